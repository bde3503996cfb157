"""Targets as a user meets them (helper face11): questions that ask a state to act, a speaker's
own forces, a culprit named only by context, and the conflict parties of a short article named
in its headline."""

from __future__ import annotations

import time

import pytest

from stance import analyze
from stance.targets import conflict_parties, find_targets

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


HEADLINE = (
    "Kyrgyzstan and Tajikistan exchange fire at disputed frontier\n\n"
    "BISHKEK, Sept 16 (Wire) - Border guards exchanged fire at several points overnight, officials said.\n\n"
    "A spokesman for the Collective Security Treaty Organization, Ruslan Temirov, said the alliance was "
    "ready to help. He urged both parties to agree on a ceasefire at once.\n"
)


def test_a_headline_that_names_a_conflict_names_its_parties() -> None:
    assert conflict_parties(HEADLINE) == ("KGZ", "TJK")
    last = analyze(HEADLINE)[-1]
    assert last.text.startswith("He urged both parties") and last.score.call_targets == ("KGZ", "TJK")
    briefing = (
        "Briefing by the spokeswoman\n\n"
        "Question: How do you assess the situation on the Armenia-Azerbaijan border?\n\n"
        "Answer: We urge the sides to show restraint.\n"
    )
    assert conflict_parties(briefing) == ("ARM", "AZE")
    wire = "Clashes on Georgian-Russian frontier\n\nThe envoy, Alma Perrin, called on all sides to be calm.\n"
    assert conflict_parties(wire) == ("GEO", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        # no conflict in the headline: two states that talk are not two sides
        "Russia and France discuss trade in Paris\n\nThe ministers met on Friday. Both sides praised it.\n",
        # a headline ends with no stop: a first sentence is no headline
        "Russia and France clash over trade.\n\nThe ministers met on Friday.\n",
        # hyphenated words that are not two sides
        "Iranian-Americans rallied. A Russia-China draft treaty was tabled. Both sides spoke.\n",
    ],
)
def test_pairs_that_are_not_two_sides(text: str) -> None:
    assert len(conflict_parties(text)) < 2


CONDEMN = "Yerevan condemned the detention."


def test_a_culprit_two_sentences_back_in_the_same_paragraph() -> None:
    context = (
        "Azerbaijani forces detained two Armenian soldiers near the border on Friday. "
        "The two men had been on a routine patrol, their families said. "
    )
    assert find_targets(CONDEMN, "blame", "ARM", (), context=context) == ("AZE",)
    # the sentence before names the culprit: it is read first, as before
    context2 = context + "Russian drones struck a depot in Odesa. "
    assert find_targets("Paris condemned the strike.", "blame", "FRA", (), context=context2) == ("RUS",)
    # a statement that opens a paragraph reads only the sentence before it
    assert find_targets(CONDEMN, "blame", "ARM", (), context=context + "\n\n") == ()
    # nor is a sentence read across a paragraph break
    split = context.replace("Friday. ", "Friday.\n\n")
    assert find_targets(CONDEMN, "blame", "ARM", (), context=split) == ()


def test_the_nation_of_who_is_held_is_not_blamed_beside_the_holder() -> None:
    text = "We raised the cases of the Armenian soldiers detained in Azerbaijan and called for their release."
    assert find_targets(text, "call_to_action", "USA", AA) == ("AZE",)
    text = "The ministry is following the situation of the Georgian servicemen held in Russia."
    assert find_targets(text, "blame", None, ()) == ("RUS",)


def test_a_state_speaking_of_the_articles_one_party_is_its_other_side() -> None:
    # a ministry's comment on Azerbaijan: its own name, as who talks, is not counted among the
    # article's parties, so AZE is the only one; the speaker is the other side
    assert find_targets("We strongly condemn this new provocation.", "blame", "ARM", ("AZE",)) == ("AZE",)
    # a mediator (the UN) is nobody's other side; a state that is the one party is not its own
    assert find_targets("We strongly condemn this new provocation.", "blame", "UN", ("AZE",)) == ()
    assert find_targets("We strongly condemn this new provocation.", "blame", "AZE", ("AZE",)) == ()


def test_the_one_party_is_no_culprit_when_a_third_state_is_named_before() -> None:
    context = "Every night, Russian drones strike Ukrainian cities. Hospitals are hit. "
    text = "These are deliberate attacks on civilian infrastructure."
    # Russia is named before: Ukraine, the article's one party, may be the victim (and Russia is the
    # culprit two sentences back); with nothing before, the speaker is the one party's other side
    assert find_targets(text, "blame", "POL", ("UKR",), context=context) == ("RUS",)  # two sentences back
    assert find_targets(text, "blame", "POL", ("UKR",)) == ("UKR",)
