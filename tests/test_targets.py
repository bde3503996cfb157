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


def _parties_naive(text: str, skip: list[tuple[int, int]]) -> tuple[str, ...]:
    """The rule checked mention by mention against every span (quadratic), as the reference."""
    from collections import Counter

    from stance.actors import default_gazetteer
    from stance.targets import _party_mentions, _places

    counts = Counter(
        h.code
        for h in _party_mentions(text, default_gazetteer())
        if h.code != "UN" and h.mention not in _places() and not any(a <= h.start < b for a, b in skip)
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    most = ranked[0][1] if ranked else 0
    return tuple(code for code, n in ranked[:3] if n >= 2 and n >= 0.2 * most)


def test_conflict_parties_unchanged_on_the_corpus() -> None:
    """The bisect rule gives what the all-pairs rule gave, on every corpus article."""
    from stance.corpus import load
    from stance.segmentation import segment

    differ = []
    for article in load().articles:
        skip = [s.speaker_span for s in segment(article.text) if s.speaker_span is not None]
        if conflict_parties(article.text, skip=skip) != _parties_naive(article.text, skip):
            differ.append(article.id)
    assert differ == []


def test_conflict_parties_overlapping_and_unsorted_spans() -> None:
    text = "Russia said. Armenia said. Armenia again. Azerbaijan said. Azerbaijan again. Russia."
    rus = [m.start() for m in __import__("re").finditer("Russia", text)]
    arm = text.index("Armenia")
    # overlapping, nested, unsorted and empty spans: same answer as the reference
    for skip in (
        [(rus[1], rus[1] + 6), (0, 6)],
        [(0, 40), (5, 10), (arm, arm + 3)],
        [(arm, arm), (50, 30)],
        [],
    ):
        assert conflict_parties(text, skip=skip) == _parties_naive(text, skip)
    assert conflict_parties(text, skip=[(0, 6), (rus[1], rus[1] + 6)]) == ("ARM", "AZE")


@pytest.mark.parametrize(
    "text,label,speaker,expected",
    [
        # culprits, not victims
        ("We condemn the Russian attack on the Ukrainian port of Odesa.", "blame", "FRA", ("RUS",)),
        ("Russia condemned the attack on the Ukrainian port of Odesa.", "blame", "RUS", ()),
        ("The ministry blamed Azerbaijan for the deaths of UN peacekeepers.", "blame", "RUS", ("AZE",)),
        ("We deplore the deaths of UN peacekeepers in an attack by the militia.", "blame", "FRA", ("OTHER",)),
        ("It accused the Azerbaijani army of shelling Armenian villages.", "blame", "RUS", ("AZE",)),
        ("It is the disinformation we have come to expect from Moscow.", "blame", "USA", ("RUS",)),
        # an OTHER speaker can blame another state outside the codebook's actors (its own ISO code;
    # evaluation against the gold counts it as OTHER)
        ("Congo's government accused Rwanda of frontal aggression.", "blame", "OTHER", ("RWA",)),
        # the addressee of a call, not the body it should help
        ("We call on the Malian government to cooperate fully with the UN mission.", "call_to_action", "FRA",
         ("MLI",)),
        ("France urged Baku to help the UN mission reach the villages.", "call_to_action", "FRA", ("AZE",)),
        ("We appeal to the UN agencies to assist the displaced.", "call_to_action", "ARM", ("UN",)),
        ("We appeal to donor governments to release the funds.", "call_to_action", "UN", ("OTHER",)),
        ("We call on the international community to act.", "call_to_action", "UN", ()),
        ("We urge the co-chairs to redouble their efforts.", "call_to_action", "AZE", ("FRA", "RUS", "USA")),
        ("The French side was called upon to abandon its one-sided approach.", "call_to_action", "RUS",
         ("FRA",)),
        ("Washington demanded that Syria withdraw its troops.", "call_to_action", "USA", ("SYR",)),
    ],
)  # fmt: skip
def test_targets_culprits_and_addressees(text: str, label: str, speaker: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, label, speaker) == expected


def test_parties_of_a_ceasefire_call_and_of_a_named_conflict() -> None:
    parties = ("ARM", "AZE")
    text = "France called for an immediate cessation of hostilities."
    assert find_targets(text, "call_to_action", "FRA", parties) == ("ARM", "AZE")
    text = "The ministry called on all parties in Syria to let aid through."
    assert find_targets(text, "call_to_action", "FRA", parties) == ("SYR",)
    # the parties of a conflict outside the actor codes
    assert find_targets("We urge both sides to show restraint.", "call_to_action", "UN", ()) == ("OTHER",)


def test_conflict_parties_count_states_outside_the_codes() -> None:
    text = "Georgia said. Tbilisi said. Russia said. Moscow said. Georgian troops. France."
    assert conflict_parties(text) == ("GEO", "RUS")


def test_unknown_speaker_named_at_the_head_is_not_its_own_target() -> None:
    text = "Armenia's Defence Ministry said Azerbaijani forces had shelled three villages."
    assert find_targets(text, "blame") == ("AZE",)
    text = "Azerbaijani forces shelled three villages overnight, the Armenian ministry said."
    assert find_targets(text, "blame") == ("AZE",)
