"""Targets of blame and calls, and the conflict parties of an article."""

from __future__ import annotations

import pytest

from stance.errors import StanceValueError
from stance.targets import conflict_parties, find_targets


@pytest.mark.parametrize(
    "text,label,speaker,parties,expected",
    [
        (
            "The French Foreign Ministry urged Baku to withdraw its troops.",
            "call_to_action",
            "FRA",
            (),
            ("AZE",),
        ),
        (
            "We call on Russia to withdraw its forces from the territory of Ukraine.",
            "call_to_action",
            "FRA",
            (),
            ("RUS",),
        ),
        (
            "It urged the warring sides to show restraint.",
            "call_to_action",
            "RUS",
            ("ARM", "AZE"),
            ("ARM", "AZE"),
        ),
        (
            "Armenia and Azerbaijan need to use direct channels to de-escalate.",
            "call_to_action",
            "USA",
            (),
            ("ARM", "AZE"),
        ),
        ("Baku accused Yerevan of provocations on the border.", "blame", None, (), ("ARM",)),
        (
            "Russia has accused Azerbaijan of violating a Russian-brokered ceasefire.",
            "blame",
            "RUS",
            (),
            ("AZE",),
        ),
        (
            "Units entered the Russian zone in breach of the truce, Azerbaijani officials were told.",
            "blame",
            "RUS",
            (),
            ("AZE",),
        ),
        (
            "The parties must refrain from escalation, France said.",
            "call_to_action",
            "FRA",
            ("FRA", "ARM", "AZE"),
            ("ARM", "AZE"),
        ),
    ],
)
def test_find_targets(text: str, label: str, speaker, parties, expected) -> None:  # type: ignore[no-untyped-def]
    assert find_targets(text, label, speaker, parties) == expected


def test_bad_label() -> None:
    with pytest.raises(StanceValueError, match="'label' must be one of 'blame', 'call_to_action'"):
        find_targets("x", "concern")


def test_conflict_parties_rank_and_threshold() -> None:
    text = "Armenia said. Azerbaijan said. Baku replied. Yerevan insisted. Armenian troops. Russia."
    assert conflict_parties(text) == ("ARM", "AZE")
    assert conflict_parties("Russia said nothing.") == ()
