"""Segmentation rules for real news beyond 'X said' (issue 10, part 2): each rule with invented
sentences, and the cases it must leave alone."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment


def one(text: str) -> Statement:
    found = segment(text)
    assert len(found) == 1, found
    return found[0]


# -- a time phrase between the subject and its cue ---------------------------------------------


def test_a_time_phrase_between_the_subject_and_the_cue_is_stepped_over() -> None:
    s = one("The embassy in April denied any role in the collision.")
    assert (s.speaker, s.cue) == ("The embassy", "denied")
    s = one("Norway just this month announced it would reopen its consulate.")
    assert (s.speaker, s.cue) == ("Norway", "announced")
    s = one("The agency on 3 March 2021 rejected the findings of the inquiry.")
    assert (s.speaker, s.cue) == ("The agency", "rejected")


def test_a_time_phrase_after_an_object_does_not_make_the_object_a_speaker() -> None:
    # 'the country' is the object of 'of', not the subject of 'denied'
    text = "Fighting in the east of the country in June denied farmers their harvest."
    assert segment(text) == []
    # inside a 'that' clause, the phrase before the time is no speaker of its own
    found = segment("Ministers hope that the summit in Oslo this November will agree on a fund.")
    assert [s.speaker for s in found] == ["Ministers"]


def test_reporters_and_critics_can_speak() -> None:
    s = one("Several foreign reporters have complained they were refused visas.")
    assert s.speaker == "Several foreign reporters"
    s = one("One questioner claimed that the fleet was poorly maintained.")
    assert s.speaker == "One questioner"
