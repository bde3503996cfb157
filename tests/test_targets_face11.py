"""Targets as a user meets them (helper face11): questions that ask a state to act, a speaker's
own forces, a culprit named only by context, and the conflict parties of a short article named
in its headline."""

from __future__ import annotations

import time

import pytest

from stance.targets import find_targets

AA = ("ARM", "AZE")


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # the subject of the question is asked to act; what the act is about is not
        ("Will Washington finally condemn Kyiv's crimes?", "RUS", (), ("USA",)),
        ("Why does Yerevan refuse to sign the treaty Moscow drafted?", "AZE", AA, ("ARM",)),
        ("Why does Baku keep its troops on Armenian soil while Ankara looks on?", "ARM", AA, ("AZE",)),
        ("When will Moscow and Minsk stop arming the rebels Tbilisi fights?", "USA", (), ("RUS", "BLR")),
        ("Enough. How long will the Azerbaijani side ignore France's courts?", "ARM", AA, ("AZE",)),
    ],
)
def test_a_question_calls_on_its_subject(
    text: str, speaker: str, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert find_targets(text, "call_to_action", speaker, parties) == expected


def test_a_statement_that_only_asks_is_read_as_before() -> None:
    # no auxiliary opens the question: what it names is read as before
    assert find_targets("Baku must withdraw. What is Russia doing?", "call_to_action", "ARM", AA) == ("AZE",)


def test_questions_take_linear_time() -> None:
    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            find_targets(text, "call_to_action", "FRA", AA)
            best = min(best, time.perf_counter() - t)
        return best

    sentence = "Will Baku and Yerevan and "  # no stop anywhere: each question's end is looked for
    short, long = seconds(sentence * 300 + "?"), seconds(sentence * 2400 + "?")
    assert long < 24 * max(short, 0.01), (short, long)


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # 'its forces' after the speaker's own reporting verb are the speaker's: the provocation
        # is the other side's
        ("It said its forces had responded to a provocation.", "AZE", AA, ("ARM",)),
        ("The ministry said its troops had been forced to respond to the provocation.", "ARM", AA, ("AZE",)),
    ],
)
def test_the_speakers_own_forces_are_not_another_party(
    text: str, speaker: str, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert find_targets(text, "blame", speaker, parties) == expected


def test_own_forces_leave_the_culprit_to_the_sentence_before() -> None:
    before = "The ministry said Armenian units had opened fire on its positions near the village of Dovlat. "
    text = "It said its forces had responded to a provocation."
    assert find_targets(text, "blame", "AZE", ("AZE",), context=before) == ("ARM",)
    # with no reporting verb before it, 'their forces' still names someone outside the codes
    assert find_targets("Their forces must answer for the massacre.", "blame", "FRA", ()) == ("OTHER",)
