"""Segmentation rules found by probing with invented sentences in the registers of diplomatic
news (wire copy, releases, readouts, UN statements): each rule with the cases it must leave
alone."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment


def one(text: str) -> Statement:
    found = segment(text)
    assert len(found) == 1, found
    return found[0]


# -- a force speaks ------------------------------------------------------------------------------


def test_a_force_speaks() -> None:
    s = one("The Nordic-led force in Vardania said it had doubled its patrols near the river.")
    assert (s.speaker, s.cue, s.actor) == ("The Nordic-led force in Vardania", "said", "OTHER")
    s = one("The Russian peacekeeping force in the region said it had opened a second checkpoint.")
    assert (s.speaker, s.actor) == ("The Russian peacekeeping force in the region", "RUS")
    s = one("The peacekeeping force warned that the convoy would be stopped.")
    assert (s.speaker, s.cue) == ("The peacekeeping force", "warned")


def test_force_as_a_thing_does_not_speak() -> None:
    s = one("The force of the blast shattered windows, witnesses said.")
    assert s.speaker == "witnesses"
    s = one("The threat of force, the minister said, was real.")
    assert s.speaker == "the minister"
    s = one("He said the force would stay until the end of the year.")
    assert s.speaker_mention == "He"
