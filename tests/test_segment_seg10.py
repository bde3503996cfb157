"""Registers probed by helper "seg10": live blogs, posts on social media, other quotation
styles (guillemets, German quotes, a quote over several paragraphs), interview transcripts,
numbered resolutions and communiques, Security Council press statements, translated official
statements. Invented texts throughout."""

from __future__ import annotations

from segment_helpers import one

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


# -- other quotation styles: German '„…“', '»…«', French '« … »' with spaces inside


def test_german_low_quotes_close_with_the_high_opening_mark() -> None:
    text = (
        "Foreign Minister Klara Weiss spoke in Berlin. „The situation is grave“, she said. "
        "„We call on both sides to stop the fighting.“ Then she left for Vienna."
    )
    found = segment(text)
    assert [text[s.start : s.end] for s in found] == [
        "„The situation is grave“, she said.",
        "„We call on both sides to stop the fighting.“",
    ]
    assert {s.speaker for s in found} == {"Foreign Minister Klara Weiss"}


def test_reversed_guillemets_quote_and_invert_the_cue() -> None:
    text = "»We are deeply worried,« said Klara Weiss, the German envoy. The talks ended on Friday."
    s = one(text)
    assert (text[s.start : s.end], s.speaker_mention, s.kind) == (
        "»We are deeply worried,« said Klara Weiss, the German envoy.",
        "Klara Weiss, the German envoy",
        "direct",
    )
    text = "Klara Weiss said: »We are deeply worried about the situation.« The talks ended on Friday."
    s = one(text)
    assert (s.end, s.kind) == (text.index(" The talks"), "direct")


def test_a_spaced_closing_guillemet_stays_with_its_sentence() -> None:
    text = "The French ministry said: « France calls on Baku to withdraw its forces. » It gave no details."
    s = one(text)
    assert text[s.start : s.end].endswith("forces. »") and s.kind == "direct"
    # the corpus's own style is untouched: '«put an end»' is a partial quote of its sentence
    text = "France called on both sides to «put an end to the fighting» and to resume talks. The talks ended."
    s = one(text)
    assert (text[s.end - 6 : s.end], s.kind) == ("talks.", "partial")
    # English quotes are untouched
    text = "“We call on both sides to stop,” said Tom Vell. “It is grave.” Then he left."
    assert [text[s.start : s.end] for s in segment(text)] == [
        "“We call on both sides to stop,” said Tom Vell.",
        "“It is grave.”",
    ]
