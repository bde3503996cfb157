"""Registers probed by helper "seg10": live blogs, posts on social media, other quotation
styles (guillemets, German quotes, a quote over several paragraphs), interview transcripts,
numbered resolutions and communiques, Security Council press statements, translated official
statements. Invented texts throughout."""

from __future__ import annotations

from stance.segmentation import segment

# -- a quote over several paragraphs: an opening mark on each, the closing one and the cue on the last


def test_a_quote_over_paragraphs_takes_the_cue_of_its_last_paragraph() -> None:
    text = (
        "The ministry issued a statement on Friday.\n\n"
        '"Russia condemns the shelling of civilian areas.\n\n'
        '"We call on Azerbaijan to respect the ceasefire.\n\n'
        '"The peacekeepers will remain in place," the statement said.'
    )
    found = segment(text)
    assert [text[s.start : s.end][:12] for s in found] == ['"Russia cond', '"We call on ', '"The peaceke']
    assert {s.speaker_mention for s in found} == {"the statement"}
    text = (
        "Armen Sarkissian, a village head, described the night.\n\n"
        '"They shelled us for hours.\n\n'
        '"Nobody came to help," he said.'
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["Armen Sarkissian, a village head"] * 2


def test_a_quote_left_open_after_a_cue_does_not_run_into_another_speakers_paragraph() -> None:
    text = (
        '"It is a provocation," Senator Ada Brill said on Friday. "If they go on like this, '
        "nobody will trust them.\n\n"
        '"We have seen this before," added Senator Tom Vell, who chairs the committee.'
    )
    found = segment(text)
    assert [s.speaker for s in found][:2] == ["Senator Ada Brill"] * 2
    assert found[2].speaker.startswith("Senator Tom Vell")
