"""Feeds of short stories, relayed posts, ministry briefings, UN and EU texts (probing round 4).
Each rule with invented texts (invented officials), and the cases it must leave alone."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment
from stance.sentences import split_sentences


def _who(found: list[Statement]) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in found]


# -- a feed of short stories, each read on its own --------------------------------------------------

_FEED = (
    "Russia warns of response to sanctions\n\n"
    "MOSCOW, March 3 (Reuters) - Russian Foreign Ministry spokeswoman Marina Drozdova said Moscow "
    "would respond to any new sanctions.\n\n"
    "Ukraine says corridor must stay open\n\n"
    "KYIV, March 3 (Reuters) - A Foreign Ministry spokesman, Oleh Bondar, said the grain corridor "
    "must stay open. He said ships were waiting.\n\n"
    "ISLAMABAD, March 3 (Reuters) - The Foreign Ministry spokesperson said aid was arriving."
)


def test_a_story_under_its_own_dateline_takes_its_places_state() -> None:
    # not the ministry of the story before, nor the first headline's state
    assert _who(segment(_FEED)) == [
        ("Russian Foreign Ministry spokeswoman Marina Drozdova", "RUS"),
        ("A Foreign Ministry spokesman, Oleh Bondar", "UKR"),
        ("A Foreign Ministry spokesman, Oleh Bondar", "UKR"),
        ("The Foreign Ministry spokesperson", "PAK"),
    ]


def test_a_storys_headline_over_its_dateline_is_no_statement() -> None:
    found = segment(_FEED)
    assert not any(s.text.startswith("Ukraine says") for s in found)
    # the same headline over running text, with no dateline under it, is still read
    text = "Notes\n\nThe talks ended.\n\nUkraine says corridor must stay open\n\nThe ships waited."
    assert [s.text for s in segment(text)] == ["Ukraine says corridor must stay open"]


def test_a_pronoun_or_a_quote_at_a_storys_start_is_not_the_last_storys_speaker() -> None:
    text = (
        "YEREVAN, May 2 - Armenia's Defence Ministry said two soldiers were wounded.\n\n"
        'BAKU, May 2 - "Our positions came under fire overnight."\n\n'
        "PARIS, May 2 - The Foreign Ministry said it was alarmed. It urged both sides to talk."
    )
    assert _who(segment(text)) == [
        ("Armenia's Defence Ministry", "ARM"),
        ("The Foreign Ministry", "FRA"),
        ("The Foreign Ministry", "FRA"),
    ]


def test_a_person_named_in_an_earlier_story_keeps_his_actor() -> None:
    text = (
        "MOSCOW, May 2 - Russian Deputy Foreign Minister Pavel Sorin said the talks would resume.\n\n"
        "GENEVA, May 3 - Sorin said the next round would open on Monday."
    )
    assert _who(segment(text)) == [
        ("Russian Deputy Foreign Minister Pavel Sorin", "RUS"),
        ("Russian Deputy Foreign Minister Pavel Sorin", "RUS"),
    ]


def test_a_liveblogs_time_stamped_entries_are_stories() -> None:
    text = (
        "Ukraine war: live updates\n\n"
        "10:05 GMT - Moscow rejects talks offer\n"
        "Russian Foreign Ministry spokeswoman Marina Drozdova said Moscow saw no basis for talks.\n\n"
        "10:40 GMT - Poland summons envoy\n"
        "Poland's Foreign Ministry summoned the Russian ambassador. A ministry spokesman, Piotr "
        'Nowicki, said the incident was "unacceptable".\n\n'
        "11:15 GMT - Kyiv reports strikes\n"
        "The Foreign Ministry spokesman said missiles had hit two cities. He said Kyiv needed help.\n\n"
        "11:45 GMT - Moscow responds\n"
        "Drozdova later said the strikes had hit military sites."
    )
    assert [s.actor for s in segment(text)] == ["RUS", "POL", "UKR", "UKR", "RUS"]
    # entries under a time alone on its line ('6:05 p.m.')
    text = (
        "6:05 p.m.\n\nThe Interior Ministry of Georgia said 12 people were detained.\n\n___.\n\n"
        "5:40 p.m.\n\nThe Foreign Ministry spokeswoman said the embassy would stay open."
    )
    assert _who(segment(text)) == [
        ("The Interior Ministry of Georgia", "GEO"),
        ("The Foreign Ministry spokeswoman", "OTHER"),  # not Georgia's
    ]


def test_a_digests_headings_open_its_stories() -> None:
    text = (
        "World news in brief\n\n"
        "Kenya floods\n"
        "Kenya's Interior Ministry said 40 people had died in floods.\n\n"
        "Georgia protests\n"
        "The Interior Ministry said the protesters had attacked officers. A spokesman said they "
        "would be charged.\n\n"
        "Pakistan aid\n"
        "The Foreign Ministry spokesperson said aid was arriving. She said the government was grateful."
    )
    assert [s.actor for s in segment(text)] == ["KEN", "GEO", "GEO", "PAK", "PAK"]


def test_one_story_stays_one_under_subheadings_a_title_or_one_dateline() -> None:
    # an article's subheading opens no story: the office and the pronoun go on
    text = (
        "Russia warns Baku over truce\n\n"
        "Russian Foreign Ministry spokeswoman Marina Drozdova said Moscow was alarmed.\n\n"
        "THE TALKS\n\n"
        "A ministry spokeswoman said Moscow would host the next round. She said both sides agreed."
    )
    assert [s.actor for s in segment(text)] == ["RUS", "RUS", "RUS"]
    # one dateline under a title that ends a sentence: one story, as before (no dateline's state
    # for a bare office: the title may be a campaign's)
    text = (
        "Campaign sharpens its attacks.\n\nWASHINGTON - A spokeswoman for the campaign, Dana Wells, "
        "said the pressure would go on. The Foreign Ministry spokesman said the talks would go on."
    )
    assert [s.actor for s in segment(text)] == ["OTHER", "OTHER"]
    # a dateline's keyword ('UPDATE 1-') names no place and opens no story
    text = (
        "MOSCOW, May 2 - The Foreign Ministry said it was alarmed.\n\n"
        "UPDATE 1-The ministry said later that talks would resume."
    )
    assert [s.actor for s in segment(text)] == ["RUS", "RUS"]


# -- an EU declaration by the High Representative ---------------------------------------------------


def test_a_declaration_by_x_names_its_issuer() -> None:
    text = (
        "Declaration by the High Representative on behalf of the EU on the escalation along the "
        "Armenia-Azerbaijan border\n\n"
        "The European Union is deeply concerned by the escalation. It calls on both sides to cease "
        "hostilities.\n\n"
        "The candidate countries North Macedonia, Montenegro and Albania, and the EFTA country "
        "Iceland, member of the European Economic Area, align themselves with this declaration."
    )
    found = segment(text)
    # every sentence is the issuer's, the alignment formula too (as the corpus codes it)
    assert {s.speaker for s in found} == {"the High Representative on behalf of the EU"}
    assert [s.actor for s in found] == ["EU", "EU", "EU"]
    # 'Declaration of' names a text, not its issuer ('Universal Declaration of Human Rights')
    text = "Universal Declaration of Human Rights at 75\n\nThe Assembly adopted it. We must defend it."
    assert segment(text) == []


# -- a briefing's by-line: the speaker, not the place and date after it ------------------------------


def test_a_by_lines_place_and_date_or_topic_are_not_the_issuers_name() -> None:
    text = (
        "Briefing by Foreign Ministry Spokeswoman Yelena Dronova, Moscow, September 14, 2022\n\n"
        "Question: How do you assess the statements by Baku?\n\n"
        "Answer: We expect the sides to refrain from steps that could escalate tension."
    )
    assert _who(segment(text)) == [("Foreign Ministry Spokeswoman Yelena Dronova", "RUS")]
    text = text.replace("Moscow, September 14, 2022", "Moscow, 14 September 2022")
    assert _who(segment(text)) == [("Foreign Ministry Spokeswoman Yelena Dronova", "RUS")]
    text = (
        "Statement attributable to the Spokesperson for the Secretary-General - on the Armenia-"
        "Azerbaijan border\n\nWe are alarmed by the reports of shelling along the border."
    )
    assert _who(segment(text)) == [("Spokesperson for the Secretary-General", "UN")]
    # a name with a comma and a title after it stays whole; so does a place that is the seat
    text = (
        "Remarks by Ana Roe, Permanent Representative of Ireland\n\n"
        "We are alarmed by the reports of shelling along the border."
    )
    assert _who(segment(text)) == [("Ana Roe, Permanent Representative of Ireland", "IRL")]


# -- posts relayed from social media --------------------------------------------------------------


def test_a_pasted_posts_author_line_speaks_for_the_post_under_it() -> None:
    text = (
        "The Russian Defence Ministry posted on its Telegram channel:\n\n"
        "Russian Defence Ministry (@mod_russia)\n"
        "Units of the peacekeeping contingent continue to fulfil their tasks. The situation is stable.\n\n"
        "Shortly afterwards, Armenia's Foreign Ministry replied on X:\n\n"
        "MFA Armenia @MFA_Armenia \u00b7 2h\n"
        "We call on the Russian side to take concrete steps to ensure the withdrawal of the forces.\n\n"
        "Fighting continued near the village overnight."
    )
    found = segment(text)
    posts = [(s.speaker, s.actor) for s in found if s.cue is None]
    assert posts == [
        ("Russian Defence Ministry", "RUS"),
        ("Russian Defence Ministry", "RUS"),
        ("MFA Armenia", "ARM"),
    ]
    assert not any(s.text.startswith("Fighting") for s in found)  # narration after the post


def test_a_lead_in_clause_at_the_top_is_no_issuer() -> None:
    # 'X posted on its Telegram channel:' is no name line: the narration is nobody's
    text = (
        "The Russian Defence Ministry posted on its Telegram channel:\n\n"
        "Units of the contingent continue to fulfil their tasks.\n\nFighting went on near the village."
    )
    assert not any(s.text.startswith("Fighting") for s in segment(text))
    # an issuer's name line with a colon still names the issuer (without the colon)
    text = "Ministry of Foreign Affairs of Armenia:\n\nWe call on Baku to withdraw its troops."
    assert _who(segment(text)) == [("Ministry of Foreign Affairs of Armenia", "ARM")]
    # a handle inside a sentence, or an e-mail address, is no author line
    text = "The ministry wrote on X (@MFA_Armenia) that Baku must withdraw its troops."
    assert [s.speaker for s in segment(text)] == ["The ministry"]
    text = "Write to press@mfa.example for accreditation.\n\nThe ministry said talks would resume."
    assert [s.speaker for s in segment(text)] == ["The ministry"]


# -- a liveblog entry's time stamp is metadata ----------------------------------------------------


def test_a_liveblog_entrys_time_is_outside_its_statement() -> None:
    text = (
        "12:10 - Armenian Foreign Ministry spokeswoman Ani Sargsyan said Yerevan was ready for talks.\n\n"
        "13:02 GMT - In Tbilisi, a government spokeswoman said Georgia would host the talks."
    )
    found = segment(text)
    assert [s.text[:9] for s in found] == ["Armenian ", "In Tbilis"]
    assert [s.actor for s in found] == ["ARM", "GEO"]  # 'In Tbilisi,' opens the sentence again
    # a time inside a sentence stays where it is; so does a time with no dash after it
    text = "The ministry said at 12:10 - an hour late - that talks would resume."
    assert [s.text for s in segment(text)] == [text]
    text = "12:10 - The talks ended.\n12.30 GMT | Fighting resumed.\n12:45 the ministry said."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "The talks ended.",
        "Fighting resumed.",
        "12:45 the ministry said.",
    ]


def test_an_issuers_self_naming_subject_is_a_whole_word() -> None:
    text = (
        "Statement attributable to the Spokesperson for the Secretary-General of the Coral Sea Forum\n\n"
        "The Secretary-General is following the reports of shelling near the border."
    )
    assert [s.speaker_mention for s in segment(text)] == ["The Secretary-General"]  # not 'The Secretary'
    text = "Press Release\nMinistry of Foreign Affairs of Armenia\n\nThe Ministry condemns the attack."
    assert [s.speaker_mention for s in segment(text)] == ["The Ministry"]


# -- a spokesperson's regular press conference ------------------------------------------------------


_PRESSER = (
    "Foreign Ministry Spokesperson Ren Haolin's Regular Press Conference on May 9, 2025\n\n"
    "Question: The EU has adopted new sanctions against Chinese companies. What is your response?\n\n"
    "Ren Haolin: {answer} We urge the EU to stop this practice.\n\n"
    "Question: What is your comment on the peace agreement?\n\n"
    "Ren Haolin: We hope both sides will sign the agreement soon."
)


def test_a_press_conferences_tag_takes_its_title_and_its_answers_state() -> None:
    found = segment(_PRESSER.format(answer="China firmly opposes the unilateral sanctions."))
    assert {s.speaker for s in found} == {"Foreign Ministry Spokesperson Ren Haolin"}
    assert {s.actor for s in found} == {"CHN"}  # the state its answers speak as


def test_answers_that_name_another_state_or_two_name_no_actor() -> None:
    # another state as the subject of a report, not of the speaker's own stance
    found = segment(_PRESSER.format(answer="Russia attacked the port again."))
    assert {s.actor for s in found} == {None}
    # two states, each as a speaker's own subject: a joint press conference names neither
    text = (
        "Joint Press Conference on May 9, 2025\n\n"
        "Ana Roe: Ireland welcomes the agreement.\n\nJon Dale: Norway supports the agreement."
    )
    roe, dale = (s.actor for s in segment(text))
    assert roe != "NOR" and dale != "IRL"  # neither speaks for the other's state


# -- a statement's kind after its topic; commentaries and answers to a question ---------------------


def test_a_kind_line_after_a_topic_makes_the_body_line_above_the_issuer() -> None:
    text = (
        "European External Action Service\n\n"
        "Patria: Statement on the presidential election and post-electoral detentions\n\n"
        "Brussels, 6 August 2024\n\n"
        "The European Union has followed the developments since the election with great concern. "
        "More than a week after the vote, the results have still not been published."
    )
    assert _who(segment(text)) == [("European External Action Service", "EU")] * 2
    # a headline with a colon is no kind line: a wire story's narration stays nobody's
    text = (
        "European External Action Service\n\nPatria: election results still not published\n\n"
        "More than a week after the vote, the results have still not been published."
    )
    assert segment(text) == []


def test_a_titles_topic_before_a_colon_is_not_the_issuers_state() -> None:
    text = (
        "Armenia/Azerbaijan: Statement by the Spokesperson on the latest developments\n\n"
        "The European Union is following closely the situation on the border. We urge both sides to "
        "refrain from any action that could escalate tension.\n\nThe EU stands ready to support the process."
    )
    assert {s.actor for s in segment(text)} == {"EU"}  # not Armenia's
    # the issuer's own state before the colon still names it when nothing else does
    text = "Armenia: Statement by the Ministry of Foreign Affairs\n\nWe condemn the shelling of Sotk."
    assert _who(segment(text)) == [("the Ministry of Foreign Affairs", "ARM")]


def test_a_commentary_or_an_answer_to_a_question_names_its_issuer() -> None:
    text = (
        "Commentary by the Official Representative of the Ministry of Foreign Affairs of the Russian "
        "Federation on the question of the media regarding the situation in the South Caucasus\n\n"
        "Question: How does Moscow assess the latest developments?\n\n"
        "Answer: We are seriously concerned. We call on Baku and Yerevan to show restraint."
    )
    issuer = "the Official Representative of the Ministry of Foreign Affairs of the Russian Federation"
    assert _who(segment(text)) == [(issuer, "RUS")] * 2
    text = (
        "Answer of the Spokesperson of the Ministry of Foreign Affairs of Armenia Hasmik Tadevosyan "
        "to the question of Armenpress news agency\n\n"
        "Question: How would you comment on the latest statement of Baku?\n\n"
        "Answer: We regard this statement as an attempt to mislead the international community."
    )
    issuer = "the Spokesperson of the Ministry of Foreign Affairs of Armenia Hasmik Tadevosyan"
    assert _who(segment(text)) == [(issuer, "ARM")]


# -- questions tagged, answers not ------------------------------------------------------------------


def test_an_untagged_answer_after_a_tagged_question_is_the_issuers() -> None:
    text = (
        "Statement by the Spokesperson of the Ministry of Foreign Affairs of Armenia\n\n"
        "Question: How does the Ministry assess the elections in Georgia?\n\n"
        "We note the statements of the observers. We call on all parties to respect the results.\n\n"
        "QUESTION:\nWill Yerevan attend the talks?\n\nArmenia has not received an invitation yet."
    )
    found = segment(text)
    assert [s.text[:12] for s in found] == ["We note the ", "We call on a", "Armenia has "]
    assert {s.actor for s in found} == {"ARM"}


def test_numbered_questions_and_a_spokespersons_answers_to_questions() -> None:
    text = (
        "Foreign Ministry Spokesperson's answers to media questions\n\n"
        "Question 1: How does the Ministry assess the elections in Georgia?\n\n"
        "We call on all political forces to respect the results.\n\n"
        "Question 2: Will Yerevan attend the talks?\n\nArmenia has not received an invitation yet."
    )
    found = segment(text)
    assert [s.text[:12] for s in found] == ["We call on a", "Armenia has "]
    assert {s.speaker for s in found} == {"Foreign Ministry Spokesperson"}


def test_a_second_paragraph_of_a_tagged_answer_stays_the_answerers() -> None:
    text = (
        "Briefing by Foreign Ministry Spokeswoman Yelena Dronova\n\n"
        "Question: How do you assess the statements by Baku?\n\n"
        "Yelena Dronova: We have noted these statements.\n\n"
        "We expect the sides to refrain from steps that could escalate tension.\n\n"
        "Question: What about the talks? The OSCE mediators said they would meet next week.\n\n"
        "Yelena Dronova: The date is not set."
    )
    found = segment(text)
    assert [s.text[:12] for s in found] == ["We have note", "We expect th", "The OSCE med", "The date is "]
    speaker = "Foreign Ministry Spokeswoman Yelena Dronova"
    # a question that reports a party's words is that party's statement
    assert [s.speaker for s in found] == [speaker, speaker, "The OSCE mediators", speaker]


# -- a dateline in capitals with a colon ---------------------------------------------------------------


def test_a_place_in_capitals_with_a_colon_is_a_dateline_not_a_speaker() -> None:
    text = (
        "KYIV: Ukraine's Foreign Ministry said Russian drones had struck a port. A ministry spokesman "
        "said three people were hurt.\n\n"
        "BAKU: The Foreign Ministry spokesman said Azerbaijan would host the next round."
    )
    found = segment(text)
    assert _who(found) == [
        ("Ukraine's Foreign Ministry", "UKR"),
        ("A ministry spokesman", "UKR"),
        ("The Foreign Ministry spokesman", "AZE"),  # the story's own dateline
    ]
    assert found[0].text.startswith("Ukraine's")


def test_a_delegations_or_a_persons_tag_in_capitals_still_speaks() -> None:
    # a state's tag over its own words in the first person is a delegation's turn
    text = "RUSSIAN FEDERATION: We call on both sides to show restraint.\n\nFRANCE: We agree with this call."
    assert _who(segment(text)) == [("RUSSIAN FEDERATION", "RUS"), ("FRANCE", "FRA")]
    text = "MS. HALVERSEN: Armenia's Foreign Ministry said the talks would resume. We welcome that."
    assert [s.speaker for s in segment(text)] == ["MS. HALVERSEN", "MS. HALVERSEN"]


# -- a meeting report after a fronted time phrase --------------------------------------------------


def test_a_meeting_report_after_a_time_phrase_is_no_statement() -> None:
    text = (
        "Highlights of the Noon Briefing by Nadia Ferrante, Spokesperson for the Coral Sea Forum\n\n"
        "We urge both sides to exercise restraint.\n\n"
        "This morning, the Security Council held consultations on Libya. Earlier today, the Deputy "
        "Secretary-General met the Foreign Minister of Chile."
    )
    assert [s.text[:9] for s in segment(text)] == ["We urge b"]
    # a time phrase before words with content leaves them the issuer's
    text = text.replace("held consultations on Libya", "is alarmed by the fighting in Libya")
    assert [s.text[:9] for s in segment(text)] == ["We urge b", "This morn"]


# -- a joint statement's signatories ----------------------------------------------------------------


def test_a_joint_statements_signatories_under_its_title_speak() -> None:
    text = (
        "Joint Statement on the Detention of Journalists\n\nAustralia\nCanada\nJapan\nNew Zealand\n\n"
        "We are deeply concerned by the detention of journalists. We call for their release."
    )
    # a list of states speaks for none of them alone
    assert _who(segment(text)) == [("Australia, Canada, Japan and New Zealand", "OTHER")] * 2
    text = "Joint Statement on the Detention of Journalists\n\nCanada\n\nWe call for their release."
    assert _who(segment(text)) == [("Canada", "CAN")]


def test_a_joint_statements_closing_list_of_signatories_speaks_and_is_no_statement() -> None:
    body = (
        "Joint statement on the human rights situation in Belarus\n\n"
        "We are deeply concerned by the repression of civil society. We call on the authorities to "
        "release all political prisoners.\n\n"
    )
    text = body + "This statement is supported by the following countries: Austria, Bosnia and Herzegovina, "
    text += "Canada, the United Kingdom and the United States."
    speaker = "Austria, Bosnia and Herzegovina, Canada, the United Kingdom and the United States"
    assert _who(segment(text)) == [(speaker, "OTHER")] * 2  # not Belarus, the title's subject
    text = body + "Signed by:\nAustria\nCanada\nFrance"
    assert _who(segment(text)) == [("Austria, Canada and France", "OTHER")] * 2


def test_a_joint_statement_with_an_issuer_or_no_list_is_left_as_it_was() -> None:
    # published by a state: the publisher's (the guidelines)
    text = (
        "Media Note\nOffice of the Spokesperson\nMay 4, 2026\n\nThe following is the text of a joint "
        "statement by the Governments of the United States, Japan and the Republic of Korea:\n\n"
        "We strongly condemn the missile launch."
    )
    assert [s.actor for s in segment(text)] == ["USA"]
    # no signatories named: 'We' is nobody identifiable
    text = "Joint statement on media freedom\n\nWe call on the authorities to release the journalists."
    assert segment(text) == []


def test_a_list_items_dateline_is_skipped_and_opens_a_story() -> None:
    text = (
        "PARIS, May 2 - A Foreign Ministry spokesman said France urged both sides to return to talks.\n\n"
        "\u2022 BAKU, May 2 - The Defence Ministry said its positions had come under fire.\n"
        "\u2022 YEREVAN, May 2 - The Defence Ministry said the claim was false."
    )
    found = segment(text)
    assert [s.actor for s in found] == ["FRA", "AZE", "ARM"]
    assert [s.text[:7] for s in found[1:]] == ["The Def", "The Def"]
    # a list item with no dateline is left as it was
    text = "\u2022 The Defence Ministry said its positions had come under fire."
    assert [s.text for s in segment(text)] == [text[2:]]
