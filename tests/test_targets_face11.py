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


DETENTION = "Azerbaijani forces detained two Armenian soldiers near the border on Friday, the ministry said. "


@pytest.mark.parametrize(
    "text,speaker,context,expected",
    [
        # who holds them is named in the sentence before
        ("The ministry demanded their release.", "ARM", DETENTION, ("AZE",)),
        ("We call for their immediate and unconditional return.", "ARM", DETENTION, ("AZE",)),
        # ... or earlier in the statement: the state that holds them, whose offensive it is
        ("He raised the cases of Georgian detainees held in Russia and called for their release.", "USA", "",
         ("RUS",)),
        ("France condemns the Azerbaijani incursion and demands its immediate end.", "FRA", "", ("AZE",)),
        ("Paris deplored the jailing of reporters by Minsk's police and urged their release.", "FRA", "",
         ("BLR",)),
    ],
)
def test_a_call_for_their_release_is_on_who_holds_them(
    text: str, speaker: str, context: str, expected: tuple[str, ...]
) -> None:
    assert find_targets(text, "call_to_action", speaker, AA, context=context) == expected


def test_a_call_for_their_release_with_nobody_named_is_as_before() -> None:
    # nothing before it names a holder: someone outside the codes, as before
    assert find_targets("We demand their immediate release.", "call_to_action", "FRA", ()) == ("OTHER",)
    # 'its partners' are not an act: the partners are called on, as before
    assert find_targets("Yerevan expected its partners to give a clear assessment.", "call_to_action", "ARM",
                        AA) == ("OTHER",)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The ministry said 40 Armenian prisoners were still held in Baku against the truce.", ("AZE",)),
        ("We are concerned about the fate of the people jailed in Belarus for peaceful protest.", ("BLR",)),
        # talks held somewhere are hosted there: the place is no culprit
        ("We blame the rebels for the collapse of the talks held in Ankara.", ("OTHER",)),
    ],
)
def test_who_holds_prisoners_is_blamed_not_their_nation(text: str, expected: tuple[str, ...]) -> None:
    assert find_targets(text, "blame", "ARM", ()) == expected
