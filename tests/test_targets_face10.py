"""Targets as a user meets them (helper face10): long texts, and invented statements in the
shapes diplomatic text uses."""

from __future__ import annotations

import time

import pytest

from stance.targets import find_targets

AA = ("ARM", "AZE")


def _seconds(text: str, label: str, speaker: str | None) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        find_targets(text, label, speaker, AA)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize(
    "sentence,label,speaker",
    [
        # every cue names nobody, so each is read in turn: its work must not reach the text's end
        ("The shelling of Armenian villages must stop. ", "call_to_action", "FRA"),
        # generic culprits ('their forces', 'the regime in Baku') beside many named states
        ("We condemn their forces and the regime in Baku, Armenia said. ", "blame", "OTHER"),
    ],
)
def test_targets_of_a_long_text_take_linear_time(sentence: str, label: str, speaker: str | None) -> None:
    # a whole file passed to stance.score as one text: 8 times the text must take about 8 times
    # as long, not 64 (4 times took 16-20 times as long, 29 s for 250 KB); the bound leaves room
    # for a loaded machine
    short = _seconds(sentence * 500, label, speaker)
    long = _seconds(sentence * 4000, label, speaker)
    assert long < 24 * max(short, 0.01), (short, long)


@pytest.mark.parametrize(
    "text,speaker,expected",
    [
        # a state cleared of blame is no culprit
        ("Armenia is not responsible for the escalation, the ministry said.", "RUS", ()),
        ("Azerbaijan, not Armenia, is responsible for the escalation.", "RUS", ("AZE",)),
        ("Russia, rather than Ukraine, bears responsibility for the war.", "FRA", ("RUS",)),
        ("The attack was carried out by Azerbaijan, not by Armenia.", "FRA", ("AZE",)),
        (
            "Moscow bears no responsibility for this outcome, which is the result of the course of "
            "the United States.",
            None,
            ("USA",),
        ),
        ("The Armenian side has nothing to do with the incident, which Baku staged.", "FRA", ("AZE",)),
        # near misses: the one named as responsible stays; a later name is not cleared by words
        # that are not about it
        ("Azerbaijan is responsible for the escalation.", "RUS", ("AZE",)),
        ("Baku is fully responsible, and Yerevan is not to blame.", "FRA", ("AZE",)),
        ("Armenia says Azerbaijan is not responsible for the escalation.", "RUS", ("ARM",)),
    ],
)
def test_a_mention_cleared_of_blame_is_no_culprit(text: str, speaker: str | None, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, "blame", speaker, AA) == expected



@pytest.mark.parametrize(
    "text,label,speaker,expected",
    [
        # a party's allies named by a possessive are others than that party
        ("We urge Armenia's partners to stop arming it.", "call_to_action", "AZE", ("OTHER",)),
        ("Baku's Western backers bear responsibility for the escalation.", "blame", "ARM", ("OTHER", "USA")),
        # near misses: the party itself, and allies named by an adjective ('our Armenian partners')
        ("We urge Armenia's government to stop arming the militias.", "call_to_action", "AZE", ("ARM",)),
        ("We call on our Armenian partners to refrain from such steps.", "call_to_action", "RUS", ("ARM",)),
    ],
)
def test_a_partys_allies_are_others(text: str, label: str, speaker: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, label, speaker, AA) == expected


def test_a_requests_window_ends_with_its_sentence_not_at_an_abbreviation() -> None:
    # 'We urge calm. We urge calm. ...': each cue read the text to 1,000 characters after it
    from stance.targets import _REQUEST_END

    def end(text: str) -> int | None:
        m = _REQUEST_END.search(text)
        return m.start() if m else None

    assert end("We urge calm. We urge calm.") == 12
    assert end('We urge calm!" Then the talks resumed.') == 12
    # near misses: a title or an initial is no sentence end
    assert end("We demand Mr. Protasevich's release") is None
    assert end("We urge the U.S. Congress to act") is None
    assert end("We urge Gen. Ulm to withdraw") is None
    assert find_targets("We demand Mr. Protasevich's immediate release.", "call_to_action", "USA", AA) == (
        "OTHER",
    )
