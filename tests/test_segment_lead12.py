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
        ("The Syrian Democratic Forces said they held the bridge.", "The Syrian Democratic Forces", "SDF"),
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


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Analysts at the Brenner Policy Institute said the truce was fragile.", "OTHER"),
        ("Economists with Harland Capital said growth would slow.", "OTHER"),
        # no name after the preposition, or a place: the people are not identified
        ("Analysts at a Lisbon bank said growth would slow.", None),
        ("Residents of Tovuz said the shelling went on all night.", None),
        # diplomats at a body speak for their states, not the body
        ("Diplomats at the United Nations said the vote was close.", None),
    ],
)
def test_people_known_by_a_private_role_take_the_named_body_they_work_at(
    sentence: str, actor: str | None
) -> None:
    assert [s.actor for s in segment(sentence)] == [actor]


@pytest.mark.parametrize("head", ["watchdog", "regulator", "broadcaster"])
def test_an_inverted_speaker_may_be_a_body_named_by_its_kind(head: str) -> None:
    text = f"The dispute could spread to the ports, said the {head}."
    assert [(s.speaker, s.kind) for s in segment(text)] == [(f"the {head}", "indirect")]


def test_a_passive_agent_of_a_plural_kind_is_still_no_speaker() -> None:
    # 'signed and ratified by both countries' reports an act: no statement
    assert segment("The accord still has to be signed and ratified by both countries.") == []


def test_a_delegates_state_in_brackets_is_whom_he_speaks_for() -> None:
    text = (
        "Mr. KORVALD (Norway) said his delegation was deeply troubled by the shelling.\n\n"
        "Ms. ADEYEMI (Nigeria) called on the parties to exercise restraint.\n\n"
        "Mr. KORVALD added that the talks must resume."
    )
    assert _speakers(text) == [("Mr. KORVALD", "NOR"), ("Ms. ADEYEMI", "NGA"), ("Mr. KORVALD", "NOR")]
    # brackets that hold anything but one state say nothing of whom the speaker speaks for
    assert _speakers("Sen. Ada Roe (R-Ohio) said the bill would pass.") == [("Sen. Ada Roe", "OTHER")]


def test_meeting_coverage_procedure_is_no_statement_of_the_issuer() -> None:
    text = (
        "SECURITY COUNCIL\n\n"
        "The representative of Peru said the ceasefire must hold.\n\n"
        "Also speaking were the representatives of Ghana, Japan and Ecuador.\n\n"
        "The representatives of Kenya and Chile also took the floor.\n\n"
        "The meeting began at 10:02 a.m. and ended at 1:05 p.m."
    )
    assert _speakers(text) == [("The representative of Peru", "PER")]


@pytest.mark.parametrize("agency", ["Varna Wire", "Varna Wire news agency"])
@pytest.mark.parametrize("verb", ["cited", "quoted"])
def test_who_an_agency_cites_as_saying_speaks_not_the_agency(agency: str, verb: str) -> None:
    text = f"{agency} {verb} the ministry as saying 14 drones were downed."
    assert [s.speaker for s in segment(text)] == ["the ministry"]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Georgia lashed out at Moscow over the strikes.", "lashed out at"),
        ("The ministry hit out at the mediators for their silence.", "hit out at"),
        ("Baku pinned the blame on Armenian sabotage units.", "pinned the blame on"),
        ("The envoy sounded the alarm about the shelling of the town.", "sounded the alarm"),
        ("The minister implored both sides to stop the shelling.", "implored"),
        ("The ombudsman voiced alarm at the arrests.", "voiced alarm"),
    ],
)
def test_wire_verbs_of_blame_call_and_concern_are_cues(sentence: str, cue: str) -> None:
    (s,) = segment(sentence)
    assert s.cue == cue


def test_a_speaker_with_a_relative_clause_and_an_aside_before_the_cue() -> None:
    text = "A diplomat who follows the talks, speaking on condition of anonymity, said the truce was fragile."
    assert _speakers(text) == [("A diplomat", None)]


def test_meeting_coverage_says_whom_each_speaker_speaks_for() -> None:
    text = (
        "Security Council\n\nMeetings Coverage\n\n"
        "Briefing the Council, Ada Lenz, a Director in the Department of Political and Peacebuilding "
        "Affairs, said the fighting posed a grave risk.\n\n"
        "Speaking for Armenia, Counsellor Aram Tovmasyan said that Azerbaijan had launched an attack. "
        "He decried the silence of the Council.\n\n"
        "For France, Counsellor Nadia Roux said her country was deeply alarmed.\n\n"
        "On behalf of the European Union, the representative of France said the bloc condemned the strikes."
    )
    assert [s.actor for s in segment(text)] == ["UN", "ARM", "ARM", "FRA", "FRA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A shop owner slammed the door on the reporters.",
        "The province declared independence in 2008.",
        "The junta declared martial law in six townships.",
        "Young men stood by a barricade of trucks on the bridge.",
        "Crowds protested at the arrest of a former officer accused of attacking a patrol.",
        "Police detained two men blamed for the riot.",
    ],
)
def test_cue_words_read_literally_or_as_passives_make_no_statement(sentence: str) -> None:
    assert segment(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry slammed the decision as reckless.",
        "The government declared that the vote was void.",
        "The president declared that the war was over.",
        "The party stood by its decision to boycott the vote.",
        "Baku accused Yerevan of shelling the village.",
    ],
)
def test_the_same_cue_words_still_speak(sentence: str) -> None:
    assert len(segment(sentence)) == 1


@pytest.mark.parametrize("dateline", ["", "YEREVAN/BAKU, July 13 - "])
def test_a_wire_storys_pair_of_parties_speaks_for_neither(dateline: str) -> None:
    text = (
        "Armenia, Azerbaijan trade blame over border clashes\n\n"
        f"{dateline}Armenia and Azerbaijan accused each other on Monday of shelling villages.\n\n"
        "The Armenian Defence Ministry said two soldiers were wounded.\n\n"
        "Both sides blamed the other for breaking the lull."
    )
    assert [s.actor for s in segment(text)] == ["OTHER", "ARM", "OTHER"]


def test_a_readouts_two_sides_are_still_its_publishers() -> None:
    text = (
        "Readout of the Meeting of the French and Armenian Foreign Ministers\n\n"
        "Ministry for Europe and Foreign Affairs\n\n"
        "The two sides agreed that the border must be delimited by negotiation."
    )
    assert [s.actor for s in segment(text)] == ["FRA"]


def test_unnamed_world_leaders_stay_unidentified() -> None:
    assert _speakers("World leaders said the attack was an outrage.") == [("World leaders", None)]


def test_an_issued_text_that_rebuts_another_partys_claim_speaks_itself() -> None:
    text = (
        "Statement of the Ministry of Foreign Affairs of the Republic of Armenia\n\n"
        "Azerbaijan's claims that Armenian units attacked first are a deliberate distortion of the facts."
    )
    assert [s.actor for s in segment(text)] == ["ARM"]
    # in a wire story the claim is still its owner's
    wire = "Azerbaijan's claims that Armenian units attacked first are false."
    assert _speakers(wire) == [("Azerbaijan", "AZE")]


def test_evaluate_reads_one_batch_by_its_id_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    from stance.evaluate import main

    assert main(["segment", "--prefix", "seed-"]) == 0
    table = capsys.readouterr().out
    row = next(line for line in table.splitlines() if line.startswith("| all "))
    assert row.split("|")[2].strip() == "2"  # the two seed articles only
    with pytest.raises(SystemExit):
        main(["segment", "--prefix", "no-such-batch-"])
    assert "'--prefix' must be a prefix of some article id" in capsys.readouterr().err


def test_each_side_of_a_story_is_identified_and_a_two_word_body_inverts() -> None:
    text = "YEREVAN, May 2 - Armenia said two soldiers died.\n\nEach side blamed the other for the shelling."
    assert _speakers(text) == [("Armenia", "ARM"), ("Each side", "OTHER")]
    inverted = "The conflict could spread, said the think tank, which is based in Brussels."
    assert [s.speaker for s in segment(inverted)] == ["the think tank"]


def test_a_named_group_of_leaders_is_identified_not_the_datelines_state() -> None:
    text = "KYIV, May 2 - Crimean Tatar leaders said the ban was unlawful."
    assert _speakers(text) == [("Crimean Tatar leaders", "OTHER")]


def test_a_corpus_subset_by_id_prefix() -> None:
    from stance.corpus import load

    corpus = load()
    seeds = corpus.subset(prefixes="seed-")
    assert [a.id for a in seeds.articles] == [a.id for a in corpus.subset(provenance="seed").articles]
    assert {s.article_id for s in seeds.statements} == {a.id for a in seeds.articles}
    assert corpus.subset(split="train", prefixes=["seed-"]).articles == ()  # seeds are test
