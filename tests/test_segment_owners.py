"""Owners written with a bare apostrophe ('the United States\u2019 envoy'), associations that a
state's name only locates, and the kind of a quote that its speaker follows. Invented speakers
throughout."""

from __future__ import annotations

import dataclasses

from segment_helpers import one

from stance.evaluate import segmentation_report
from stance.results import Statement
from stance.segmentation import segment

# -- a name that ends in s takes the bare apostrophe as its possessive --------------------------


def test_a_plural_name_owns_with_a_bare_apostrophe() -> None:
    s = one("The United States' envoy said he was troubled by the clashes.")
    assert (s.speaker, s.actor) == ("The United States' envoy", "USA")
    s = one("The United Nations\u2019 special envoy for the region said he was troubled.")
    assert (s.speaker, s.actor) == ("The United Nations\u2019 special envoy for the region", "UN")
    s = one("The Philippines' foreign ministry said it was troubled by the reports.")
    assert (s.speaker, s.actor) == ("The Philippines' foreign ministry", "PHL")


def test_a_common_plural_owner_keeps_its_phrase() -> None:
    s = one("The miners' union said it would strike on Monday.")
    assert (s.speaker, s.actor) == ("The miners' union", "OTHER")
    s = one("Farmers' groups said the quotas were unfair.")
    assert s.speaker == "Farmers' groups"


def test_a_closing_single_quote_after_a_plural_name_still_closes() -> None:
    # straight single quotes as quotes (a text with no double quotation mark): the quote's
    # last word, a name in s, is not an owner of what follows
    found = segment("'We will not bow to the Americans', Colonel Arno Brisk said on Monday.")
    assert [(s.speaker, s.kind) for s in found] == [("Colonel Arno Brisk", "direct")]


# -- an association or a network that a state's name only locates speaks for itself ------------


def test_a_civil_association_with_a_demonym_is_no_state() -> None:
    for text in (
        "The Armenian Bar Association said it was troubled by the verdict.",
        "The Azerbaijani Red Crescent Society said its teams had reached the village.",
        "The Haitian Citizens' Rights Network said the police had fired on marchers.",
        "A spokesman for the Norwegian fishermen's association, Odd Vikra, said quotas were unfair.",
    ):
        assert one(text).actor == "OTHER", text


def test_a_state_body_with_a_demonym_keeps_the_state() -> None:
    assert one("The Armenian Security Council said it was troubled.").actor == "ARM"
    assert one("The French foreign ministry said it was troubled.").actor == "FRA"


# -- a quote that its speaker follows is direct, whatever adjuncts the attribution carries -------


def test_a_whole_quote_then_its_speaker_is_direct() -> None:
    for text in (
        '"Both sides must return to the table," envoy Marten Osterby said at a news conference.',
        "\u201cOur soldiers hold their fire,\u201d Gagik Arevyan said by telephone.",
        '"We will not yield," Ada Brill told reporters in Geneva, adding that the talks would go on.',
    ):
        assert one(text).kind == "direct", text


def test_a_quoted_phrase_inside_the_sentence_stays_partial() -> None:
    s = one('France "condemns with firmness" the offensive and demands its end, the ministry said.')
    assert s.kind == "partial"
    s = one('The ministry called the strike "a provocation" and a breach of the truce, Ada Brill said.')
    assert s.kind == "partial"


def test_the_segmentation_report_scores_the_kind() -> None:
    from stance.corpus import load

    seeds = load().subset(provenance="seed")
    report = segmentation_report(seeds)
    assert report["all"]["kind_accuracy"] == 1.0

    def as_direct(text: str) -> list[Statement]:
        return [dataclasses.replace(s, kind="direct") for s in segment(text)]

    worse = segmentation_report(seeds, segment_fn=as_direct)
    assert worse["all"]["kind_accuracy"] < 1.0


# -- an office with no country that closes a sentence speaks for the body that opens it ----------


def test_a_closing_spokesman_speaks_for_the_opening_body() -> None:
    s = one('The Kremlin described the talks as "constructive", spokesman Arkady Velin said.')
    assert (s.speaker, s.actor) == ("spokesman Arkady Velin", "RUS")
    s = one("Azerbaijan accused Armenia of shelling its positions, ministry spokesman Teymur Vali said.")
    assert s.actor == "AZE"


def test_a_closing_speaker_keeps_its_own_country_or_none() -> None:
    # its own country named; a person or an act, not a body's words, opens the sentence
    s = one('The Kremlin described the talks as "constructive", Armenian ministry spokesman Tom Vell said.')
    assert s.actor == "ARM"
    assert one("Foreign Minister Ada Roe condemned the attack, spokesman Tom Vell said.").actor == "OTHER"
    assert one("Azerbaijani forces shelled the village, ministry spokeswoman Ida Haro said.").actor == "OTHER"


# -- a place and a date in a header say where the issuer met, not who it is ----------------------


def test_a_joint_statement_title_names_the_issuer_over_its_dateline() -> None:
    text = (
        "Joint Statement by the OSCE Minsk Group Co-Chairs\n\nVienna, 12 March 2026\n\n"
        "The Co-Chairs expressed concern over the recent escalation and called on the sides to "
        "reduce tensions."
    )
    assert [s.actor for s in segment(text)] == ["OSCE"]


def test_a_dateline_gives_officials_its_state_but_not_the_parties_that_met_there() -> None:
    met = segment(
        "VIENNA, March 12 - The co-chairs met the two foreign ministers for four hours. "
        "Both sides described the meeting as useful."
    )
    # the parties a story names are identified (OTHER), and not the dateline's state
    assert [(s.speaker, s.actor) for s in met] == [("Both sides", "OTHER")]
    local = one("YEREVAN, March 12 - Local officials said two houses had been hit.")
    assert local.actor == "ARM"


# -- recalling an envoy is an act, recalling a fact is a statement --------------------------------


def test_recalling_an_ambassador_is_no_statement() -> None:
    assert segment("Georgia recalled its ambassador to Moscow on Friday after the incident.") == []
    assert segment("Vardania recalled the envoy for consultations.") == []
    s = one("The minister recalled that the ambassador had been warned twice.")
    assert s.cue == "recalled"
    s = one("The ministry condemned the arrests, recalled its ambassador and began evacuating families.")
    assert s.cue == "condemned"


# -- generic mentions: 'the readout', and a leader who is not his spokeswoman --------------------


def test_the_readout_is_the_readout_named_before() -> None:
    found = segment(
        "Russian and Azerbaijani leaders spoke by telephone on Monday, according to a readout from "
        'the Kremlin.\n\nThe two sides "noted the importance of the agreements", the readout said.'
    )
    assert [(s.speaker, s.actor) for s in found] == [("a readout from the Kremlin", "RUS")] * 2


def test_a_leader_is_not_the_spokeswoman_of_the_same_state() -> None:
    found = segment(
        "Armenian Prime Minister's spokeswoman Nune Karo wrote on Facebook that Yerevan remains "
        "committed to peace.\n\nIn a televised address, the Armenian leader said his government "
        "would not accept any corridor."
    )
    assert [(s.speaker, s.actor) for s in found][1] == ("the Armenian leader", "ARM")
    again = segment(
        "Armenian Foreign Ministry spokeswoman Nune Karo said the talks had stalled. Later the "
        "Armenian spokeswoman said a new round was planned."
    )
    assert again[1].speaker == again[0].speaker


# -- a contracted pronoun is the pronoun; 'Every' opens a phrase, it names nobody -----------------


def test_a_contracted_pronoun_speaks_as_the_pronoun() -> None:
    issued = "Statement by the Ministry of Foreign Affairs of Armenia\n\n"
    for we in ("We've", "We\u2019ve", "We'd"):
        s = one(issued + f"{we} repeatedly said that the blockade must end.")
        assert (s.speaker, s.actor) == ("the Ministry of Foreign Affairs of Armenia", "ARM"), we
    found = segment("The ministry said the road was shut. They\u2019ve warned that the truce is fragile.")
    assert [s.speaker for s in found] == ["The ministry", "The ministry"]
    # with no issuer and no one before, 'I' names nobody: no speaker is made of "I've"
    assert segment("I\u2019ve mentioned Russia, China and the EU as partners.") == []


def test_every_and_each_open_a_phrase() -> None:
    assert segment("The matter is pressing: Every problem the region has with Lumera grows harder.") == []
    assert one("Each side accused the other of breaking the truce.").speaker == "Each side"
    assert one("The envoy said that each side accepted the plan.").speaker == "The envoy"


# -- an unknown name that opens an office's modifiers is part of the speaker ---------------------


def test_a_name_before_an_office_and_its_modifiers_is_kept() -> None:
    s = one("Odesa regional governor Oleh Marchenko said debris had damaged two houses.")
    assert s.speaker == "Odesa regional governor Oleh Marchenko"
    s = one("Belgorod regional governor said two people were hurt.")
    assert s.speaker == "Belgorod regional governor"
    # a time word opens no name
    assert one("Monday evening officials said the road was shut.").speaker == "officials"


# -- long lists of speakers and titles set off by dashes -----------------------------------------


def test_a_long_list_of_ministers_in_apposition_to_we_is_whole() -> None:
    text = (
        "The talks ended on Monday. We, the foreign ministers of Norway, Chile, Kenya, Portugal, "
        "Japan, Ghana, and the Republic of Korea, together with the High Representative "
        "of the European Union, condemn the attack."
    )
    s = one(text)
    assert s.speaker_mention is not None and s.speaker_mention.startswith(
        "We, the foreign ministers of Norway"
    )
    assert s.speaker_mention.endswith("High Representative of the European Union")


def test_a_title_before_a_list_set_off_by_dashes_speaks() -> None:
    s = one(
        "The co-Chairs of the OSCE Minsk Group \u2014 France, Russia and the United States \u2014 "
        "have repeated many times that the present situation cannot last."
    )
    assert (s.speaker, s.actor) == ("The co-Chairs of the OSCE Minsk Group", "OSCE")
    s = one("The talks ended. Ada Roe -- a former minister -- has said the plan is dead.")
    assert s.speaker == "Ada Roe"


def test_a_sentence_of_names_alone_is_no_title() -> None:
    # capitals make it look like a headline, but its verb is in lower case and it ends with a stop
    s = one("Canada, France, Germany, Italy, Japan, Spain, Poland, Greece and Norway condemned the attack.")
    assert s.speaker == "Canada, France, Germany, Italy, Japan, Spain, Poland, Greece and Norway"
    assert segment("Armenia Says Azerbaijan Shelled Villages.") == []


def test_an_en_dash_between_words_joins_them_as_a_hyphen() -> None:
    s = one("The NATO\u2013led force in Kosovo said the situation was calm.")
    assert (s.speaker, s.actor) == ("The NATO-led force in Kosovo", "OTHER")
    # the text and the mention are the text's own, en dash and all
    assert s.speaker_mention == "The NATO\u2013led force in Kosovo" and "\u2013" in s.text
    s = one("He said \u2013 in a rare interview \u2013 that the talks were over.")
    assert s.speaker == "He"


def test_a_free_relative_after_a_preposition_is_no_part_of_the_speaker() -> None:
    s = one("The distance between what Roe says her budget will achieve and what it achieves has grown.")
    assert s.speaker == "Roe"
    s = one("The talks focused on what the ministry said about the border.")
    assert s.speaker == "the ministry"


def test_a_role_of_a_state_is_a_person_whom_he_or_she_names() -> None:
    found = segment(
        "The representative of the Russian Federation said Moscow was in contact with both sides. "
        "He rejected what he called attempts to politicize the work of the peacekeepers."
    )
    assert [(s.speaker, s.actor) for s in found] == [
        ("The representative of the Russian Federation", "RUS")
    ] * 2
    found = segment(
        "The Ministry of Foreign Affairs of the Russian Federation said it was concerned. "
        "It called for restraint."
    )
    assert found[1].speaker == "The Ministry of Foreign Affairs of the Russian Federation"


# -- in an issuer's text, another's words cited to make a point are the issuer's ----------------


def test_an_issued_text_that_cites_another_speaks_itself() -> None:
    issued = "Statement by the Ministry of Foreign Affairs of Armenia\n\n"
    s = one(issued + 'As the Secretary-General rightly noted, "there is no alternative to dialogue".')
    assert (s.speaker, s.actor) == ("the Ministry of Foreign Affairs of Armenia", "ARM")
    s = one(issued + "The Council has rightly expressed its full support for the peace process.")
    assert s.actor == "ARM"
    # a plain report of another's words stays that speaker's, and so does a citation in news
    s = one(issued + "The Secretary-General said the meeting in Geneva was useful.")
    assert s.actor == "UN"
    assert one("As the ministry noted, the talks failed.").speaker == "the ministry"


def test_a_headline_about_a_body_names_no_issuer() -> None:
    text = (
        "Security Council Hears Briefing on Escalation in Southern Caucasus\n\n"
        "The Security Council met this afternoon to hear a briefing.\n\n"
        "The meeting began at 3:05 p.m. and ended at 4:40 p.m."
    )
    assert segment(text) == []
    issued = "Security Council Press Statement on Attack in Mali\n\nWe condemn the attack on the convoy."
    assert [s.actor for s in segment(issued)] == ["UN"]


def test_a_blank_issuer_is_refused_by_name() -> None:
    import pytest

    from stance.errors import StanceValueError

    with pytest.raises(StanceValueError, match="'issuer' must be a non-blank name"):
        segment("The ministry said the talks failed.", issuer="  ")
