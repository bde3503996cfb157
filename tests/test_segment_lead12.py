"""Defects found by probing in session s27 (invented texts and speakers)."""

from __future__ import annotations

import pytest

from stance.actors import codebook_code, default_gazetteer
from stance.segmentation import segment


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.speaker, s.actor) for s in segment(text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "actor"),
    [
        ("Hamas officials said the crossing would reopen on Friday.", "Hamas officials", "HAMAS"),
        ("Taliban officials said the crossing would reopen on Friday.", "Taliban officials", "TALIBAN"),
        ("Houthi rebels said they had fired at a tanker.", "Houthi rebels", "HOUTHIS"),
        ("Fatah leaders said they would not join the cabinet.", "Fatah leaders", "FATAH"),
        # a demonym inside a group's name is not the state's
        ("The Syrian Democratic Forces said they had held the bridge.", "The Syrian Democratic Forces", "SDF"),
        ("Syrian officials said the bridge had been held.", "Syrian officials", "SYR"),
        # words that name nobody in particular stay unidentified
        ("Senior officials said the crossing would reopen on Friday.", "Senior officials", None),
        ("Western officials said the crossing would reopen on Friday.", "Western officials", None),
    ],
)
def test_armed_groups_and_movements_speak_under_codes_of_their_own(
    sentence: str, speaker: str, actor: str | None
) -> None:
    assert _speakers(sentence) == [(speaker, actor)]


def test_group_codes_count_as_other_against_the_codebook() -> None:
    gaz = default_gazetteer()
    codes = {gaz.actor_of(m) for m in ("Hamas", "the Houthis", "M23", "al-Shabaab", "the PKK")}
    assert codes == {"HAMAS", "HOUTHIS", "M23", "AL_SHABAAB", "PKK"}
    assert {codebook_code(c) for c in codes} == {"OTHER"}


def test_a_surname_shared_with_a_group_is_no_group() -> None:
    # 'Wagner' alone is a surname as often as a group: only 'Wagner Group' and 'PMC Wagner' are
    gaz = default_gazetteer()
    assert gaz.actor_of("Wagner") is None
    assert gaz.actor_of("the Wagner Group") == "WAGNER"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("PKK militants said they had attacked a base.", "PKK militants"),
        ("M23 rebels said they had taken the town.", "M23 rebels"),
        ("ELN commanders said the front was calm.", "ELN commanders"),
        ("F-16 pilots said the airspace had been violated.", "F-16 pilots"),
        ("Airline pilots said the airspace had been closed.", "Airline pilots"),
    ],
)
def test_a_code_or_acronym_opening_a_sentence_keeps_its_plural_head(sentence: str, speaker: str) -> None:
    # an unknown acronym or code before a plural of people names a group, not a person: the
    # speaker is the whole phrase, not the acronym alone
    assert [s.speaker for s in segment(sentence)] == [speaker]
