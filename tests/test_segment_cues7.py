"""Military communiques, energy and sanctions copy, found by the seventh round of probing:
'informs that' in ministries' bulletins and readouts ('The Ministry of Defence informs that ...',
'The Deputy Minister informed his interlocutors that ...'), and the cases each rule must leave
alone. Invented sentences throughout."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

# -- 'inform' reports what a speaker told someone ----------------------------------------------


def test_informs_that_is_a_cue_in_a_bulletin() -> None:
    s = one("The Ministry of Defence informs that the situation on the line of contact remains tense.")
    assert (s.speaker, s.cue) == ("The Ministry of Defence", "informs")
    s = one("The press service of the ministry informed reporters that the exercise had ended.")
    assert (s.speaker, s.cue) == ("The press service of the ministry", "informed")


def test_a_readout_sentence_with_inform_goes_to_the_one_who_informs() -> None:
    text = (
        "Deputy Minister Ana Roe informed her counterpart that Armenian units had shelled the "
        "village of Tovuz overnight."
    )
    s = one(text)
    assert (s.speaker, s.cue) == ("Deputy Minister Ana Roe", "informed")
    s = one("Yerevan informed the OSCE mission that the exercise would begin on Monday.")
    assert (s.speaker, s.actor) == ("Yerevan", "ARM")


def test_inform_leaves_the_hearer_and_adjectives_alone() -> None:
    # a passive with no agent: the subject hears, nobody named speaks
    assert segment("The envoy was informed that the talks had failed.") == []
    # 'well-informed' modifies a noun; the sentence's own cue speaks
    s = one("Well-informed sources said the convoy had left.")
    assert s.cue == "said"
    s = one("The decision was an informed one, the minister said.")
    assert (s.speaker, s.cue) == ("the minister", "said")


def test_the_object_of_keep_is_not_a_speaker() -> None:
    text = "The Russian side will keep its partners in the region informed about the work of the contingent."
    assert segment(text) == []
    assert segment("The envoy kept reporters informed of the talks.") == []
    s = one(
        "The Ministry will continue to inform the international community about every incident, "
        "and it will keep the families of the detained citizens informed of every step."
    )
    assert s.speaker == "The Ministry"


# -- a document conducted by its author speaks for the author ------------------------------------


def test_research_conducted_by_a_body_is_the_bodys_finding() -> None:
    s = one("Research conducted by the Caspian Policy Centre found that Yerevan was rated lower than Baku.")
    assert (s.speaker, s.cue) == ("the Caspian Policy Centre", "found")
    s = one("A survey conducted by the Caspian Policy Centre found that most voters backed the deal.")
    assert s.speaker == "the Caspian Policy Centre"


def test_a_document_with_a_plain_author_phrase_still_speaks_itself() -> None:
    # 'by' with no participle: the study speaks, as before; a commissioner is not the author
    s = one("A 2019 study by the Caspian Policy Centre found that Yerevan was rated lower.")
    assert s.speaker.startswith("A 2019 study")
    s = one("A study commissioned by the European Commission found that the pipeline was safe.")
    assert s.speaker != "the European Commission"


# -- an infinitive cue after an occasion: the subject of the occasion's verb speaks --------------


def test_an_occasion_used_to_speak_gives_the_infinitive_to_its_user() -> None:
    s = one("The envoy never missed an opportunity to remind reporters that Baku had signed the truce.")
    assert (s.speaker, s.cue) == ("The envoy", "remind")
    s = one("The minister used the briefing to say that the talks had failed.")
    assert (s.speaker, s.cue) == ("The minister", "say")
    s = one("The envoy took the opportunity to warn that the truce was fragile.")
    assert (s.speaker, s.cue) == ("The envoy", "warn")


def test_an_occasion_leaves_objects_passives_and_questions_alone() -> None:
    # the one urged is asked to speak; a passive recipient and a reporter's question do not speak
    s = one("The ministry urged the envoy to say that the talks had failed.")
    assert s.speaker == "The ministry"
    assert segment("Reporters were given an opportunity to ask whether the truce would hold.") == []
    assert segment("The envoy used the meeting to thank the hosts.") == []
    assert segment("Lavrov's deputy held a meeting with the envoy to discuss the truce.") == []


# -- a reply after a reporters' question starts at 'to which' -----------------------------------


def test_a_reply_to_a_reporters_question_leaves_the_question_out() -> None:
    text = "Reporters asked the spokesman if talks would resume, to which he replied that no date was set."
    s = one(text)
    assert s.text == "to which he replied that no date was set."
    assert s.speaker == "the spokesman"


def test_a_reply_to_a_speakers_question_still_gives_two_statements() -> None:
    found = segment("The minister asked Baku if it would withdraw, to which Baku replied that it would not.")
    assert [s.text for s in found] == [
        "The minister asked Baku if it would withdraw",
        "to which Baku replied that it would not.",
    ]
    # a reply with no 'to which' keeps the whole sentence
    s = one("The spokesman replied that no date had been set.")
    assert s.text.startswith("The spokesman")


# -- 'which' before a name opens a relative clause, not a longer speaker -------------------------


def test_a_which_relative_after_a_statement_is_its_own_statement() -> None:
    found = segment('The envoy said the border would stay closed, a decision which Baku called "illegal".')
    assert [(s.speaker, s.text) for s in found] == [
        ("The envoy", "The envoy said the border would stay closed"),
        ("Baku", 'a decision which Baku called "illegal".'),
    ]


def test_whose_still_owns_its_noun() -> None:
    # 'whose people' is no speaker with a name: the sentence's own speaker keeps it
    s = one("The ministry said the region, whose people had long felt ignored, would get new funds.")
    assert s.speaker == "The ministry"


# -- a relative clause of a document its subject signed or issued is the subject's ----------------


def test_a_signed_documents_relative_clause_is_its_signers_statement() -> None:
    s = one("The two sides signed a joint statement that condemned the attacks.")
    assert (s.speaker, s.cue) == ("The two sides", "condemned")
    s = one("The ministry issued a statement which called for calm.")
    assert (s.speaker, s.cue) == ("The ministry", "called for")


def test_a_read_or_passive_document_is_left_alone() -> None:
    # reading a letter aloud does not make it the reader's; a passive names no issuer here
    assert segment("The envoy read a letter that called for calm.") == []
    assert segment("A statement was issued that condemned the attacks.") == []


# -- 'a figure X denied': the denial of a bulletin's numbers is a clause of its own ---------------


def test_a_figure_another_speaker_denied_is_split_off() -> None:
    found = segment("The ministry said the enemy lost 12 servicemen, a figure Yerevan denied.")
    assert [(s.speaker, s.text) for s in found] == [
        ("The ministry", "The ministry said the enemy lost 12 servicemen"),
        ("Yerevan", "a figure Yerevan denied."),
    ]
    found = segment("The ministry said 40 people were killed, a figure confirmed by the UN.")
    assert [s.speaker for s in found] == ["The ministry", "the UN"]


def test_figures_as_data_are_left_alone() -> None:
    assert segment("Official figures showed that exports fell.") == []
    s = one("The ministry said 40 people were killed.")
    assert s.speaker == "The ministry"


# -- an agency that relays a speaker's words at the end of the sentence ---------------------------


def test_an_agency_relaying_a_named_speaker_leaves_the_sentence_to_the_speaker() -> None:
    s = one("Gazprom said it would halt flows through the pipeline, the state news agency reported.")
    assert (s.speaker, s.cue) == ("Gazprom", "said")


def test_an_agency_reporting_events_or_a_closing_speaker_is_left_alone() -> None:
    s = one("The pipeline was shut on Friday, the state news agency reported.")
    assert s.speaker == "the state news agency"
    s = one("The ministry said the talks had failed, diplomats said.")
    assert s.speaker == "diplomats"


# -- 'it is too early to say': an extraposed infinitive names nobody ------------------------------


def test_an_expletive_infinitive_cue_is_no_statement_in_wire_copy() -> None:
    assert segment("It is too early to say whether the truce will hold.") == []
    assert segment("It was hard to tell how many soldiers had died.") == []


def test_an_expletive_infinitive_keeps_a_named_or_issuing_speaker() -> None:
    s = one("It is too early to say whether the truce will hold, the minister said.")
    assert s.speaker == "the minister"
    text = (
        "Statement by the Ministry of Foreign Affairs of the Republic of Armenia\n\n"
        "We condemn the shelling of Jermuk. It is too early to say whether the truce will hold.\n"
    )
    found = segment(text)
    assert len(found) == 2 and found[1].actor == "ARM"


# -- '..., a spokesman told Reuters.' closes its sentence like '..., a spokesman said.' -----------


def test_a_closing_tell_with_only_its_hearer_takes_the_whole_sentence() -> None:
    s = one("KazMunayGas said it would comply with the sanctions, a spokesman told Reuters.")
    assert (s.speaker, s.cue) == ("a spokesman", "told")
    assert s.text.startswith("KazMunayGas said")


def test_a_closing_tell_with_a_clause_of_its_own_is_split() -> None:
    found = segment("Baku said the truce held, the spokesman told the council it would hold.")
    assert [s.speaker for s in found] == ["Baku", "the spokesman"]


# -- "X's response was to say ...": the owner of the response speaks ------------------------------


def test_the_owner_of_a_response_speaks_its_infinitive() -> None:
    s = one("The minister's response was to say that the talks had failed.")
    assert (s.speaker, s.cue) == ("The minister", "say")
    s = one("Baku's reaction was to warn that the truce was over.")
    assert (s.speaker, s.actor) == ("Baku", "AZE")


def test_a_plan_or_an_unowned_response_is_left_alone() -> None:
    assert segment("The minister's plan was to say that the talks had failed.") == []
    assert segment("The response was to say that the talks had failed.") == []


# -- a passive 'informed by X of ...' reports a topic, not X's words ------------------------------


def test_a_passive_inform_with_only_a_topic_is_no_statement() -> None:
    text = "The residents were informed by local authorities of the measures taken to ensure their safety."
    assert segment(text) == []


def test_a_passive_cue_with_a_clause_or_another_lemma_keeps_its_agent() -> None:
    s = one("The envoy was informed by the minister that the talks had failed.")
    assert s.speaker == "the minister"
    s = one("The envoy was told by the minister of plans to close the border.")
    assert s.speaker == "the minister"
