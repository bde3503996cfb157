"""Statements whose cue is not a say-verb, in the diplomatic and wire register (issue #10, part 2).
Invented sentences and speakers."""

from __future__ import annotations

import pytest

from stance.segmentation import segment


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("Beijing said the sale of weapons is unacceptable.", "Beijing", "CHN"),
        ("Beijing has consistently opposed the sale of weapons to the island.", "Beijing", "CHN"),
        ("Ada Fleming is the envoy. Fleming said the talks would continue.", "Fleming", "OTHER"),
    ],
)
def test_a_name_ending_in_ing_opens_a_statement(text: str, speaker: str, actor: str) -> None:
    got = [(s.speaker, s.actor) for s in segment(text)]
    assert got == [(speaker, actor)]


def test_a_participle_opening_a_sentence_is_still_no_speaker() -> None:
    assert segment("Having said that, the minister left.") == []
