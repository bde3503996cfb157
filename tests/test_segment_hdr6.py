"""Transcripts, interviews, speeches and meeting records found wrong by probing (hdr6), with
invented texts: each rule with the cases it must leave alone."""

from __future__ import annotations

from stance.segmentation import segment

# -- one-word name tags in a written-up interview: read by the shape of the whole text ------------

INTERVIEW = (
    "Ambassador Lena Okafor spoke to the Daily Courier about the talks.\n\n"
    "Courier: How close is a deal?\n\n"
    "Okafor: Very close. The remaining questions are technical.\n\n"
    "Courier: Critics say your government moved too slowly.\n\n"
    "Okafor: That is not true. We acted within days of every proposal.\n\n"
    "Courier: And the sanctions?\n\n"
    "Okafor: They will stay until the troops withdraw.\n"
)


def test_one_word_tags_of_an_interview_are_the_speakers() -> None:
    found = segment(INTERVIEW)
    answers = [s for s in found if s.speaker == "Okafor"]
    assert [s.text for s in answers] == [
        "Very close.",
        "The remaining questions are technical.",
        "That is not true.",
        "We acted within days of every proposal.",
        "They will stay until the troops withdraw.",
    ]
    assert all(s.kind == "direct" for s in answers)
    # the interviewer's questions are no statements; the hearsay inside one is, without the tag
    assert not any(s.speaker == "Courier" for s in found)
    critics = next(s for s in found if s.speaker == "Critics")
    assert critics.text == "Critics say your government moved too slowly."


def test_one_word_tags_need_a_question_and_answer_rhythm() -> None:
    # a story's labels ('Note:', 'Update:', 'Background:') are no speakers' tags
    text = (
        "GENEVA, Dec 3 (Reuters) - The United Nations said on Thursday that aid convoys had reached "
        "the town.\n\n"
        "Note: The figures could not be independently verified.\n\n"
        "Update: The convoy left the town at 6 p.m., a UN spokesman said.\n\n"
        "Background: The town has been under siege since March.\n"
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["The United Nations", "a UN spokesman"]
    # the label is no part of the statement's span
    assert found[1].text == "The convoy left the town at 6 p.m., a UN spokesman said."
    # one tagged line alone, or one name over and over with no questions, is no transcript
    text = (
        "Okafor: We will not sign.\n\n"
        "The talks resumed on Monday. The ministry said the date was set.\n"
    )
    assert not any(s.speaker == "Okafor" for s in segment(text))
    text = (
        "Wiley: We will not sign.\n\nWiley: We will not wait.\n\n"
        "Wiley: We will not yield.\n\nWiley: We will not go.\n"
    )
    assert not any(s.speaker == "Wiley" for s in segment(text))


def test_letter_tags_of_an_interview() -> None:
    text = (
        "The minister spoke to our correspondent in Yerevan on Tuesday.\n\n"
        "Q. Minister, is a peace treaty possible this year?\n\n"
        "A. It is possible, but it depends on the other side. We have done our part.\n\n"
        "Q. What about the border commission?\n\n"
        "A. The commission meets next week.\n"
    )
    found = segment(text)
    assert [s.text for s in found] == [
        "It is possible, but it depends on the other side.",
        "We have done our part.",
        "The commission meets next week.",
    ]
    assert all(s.kind == "direct" for s in found)
    # 'A.' with no 'Q.' is no tag (an initial), nor are 'Q.' and 'A.' with no questions asked
    text = "A. Roe said the talks would resume.\n\nA. Roe said the date was set.\n"
    assert [s.speaker for s in segment(text)] == ["A. Roe", "A. Roe"]
    text = (
        "Q. Roe said the talks would resume.\n\nA. Roe said the date was set.\n\n"
        "Q. Roe said the border was calm.\n\nA. Roe said the maps were ready.\n"
    )
    assert [s.speaker for s in segment(text)] == ["Q. Roe", "A. Roe", "Q. Roe", "A. Roe"]


# -- an office's tag in a debate's record -----------------------------------------------------------

DEBATE = (
    "Mr Alan Pryce (Westbury) (Con): What assessment has the Secretary of State made of the "
    "situation in Georgia?\n\n"
    "The Secretary of State for Foreign, Commonwealth and Development Affairs: We are monitoring "
    "the situation closely. The UK stands with the people of Georgia.\n\n"
    "Ms Ruth Kemble (Eastfield) (Lab): Will the Government impose sanctions on those responsible?\n\n"
    "The Secretary of State: We do not speculate on future sanctions, but nothing is off the table.\n"
)


def test_an_office_tag_among_members_tags_is_its_speaker() -> None:
    found = segment(DEBATE)
    office = "The Secretary of State for Foreign, Commonwealth and Development Affairs"
    answers = [s for s in found if s.speaker == office]
    assert [s.text for s in answers] == [
        "We are monitoring the situation closely.",
        "The UK stands with the people of Georgia.",
        "We do not speculate on future sanctions, but nothing is off the table.",
    ]
    # the short form is the office named whole before, with its state (not the U.S. one's)
    assert {s.actor for s in answers} == {"GBR"}
    assert not any(s.text.startswith("The Secretary of State") for s in found)


def test_an_office_tag_alone_is_no_tag() -> None:
    text = "The Prime Minister: A profile of a cautious reformer.\n\nHe said the vote would be held in May.\n"
    assert all(s.speaker != "The Prime Minister" for s in segment(text))


# -- a title's 'by' names the tag's speaker -----------------------------------------------------------


def test_a_tag_is_completed_from_a_by_in_the_title() -> None:
    text = (
        "Press Conference by Foreign Ministry Spokesperson Maria Delova, 3 December 2026\n\n"
        "Maria Delova: We are deeply concerned by the reports of shelling near the border.\n\n"
        "Question: Will the peacekeepers stay?\n\n"
        "Maria Delova: Our position has not changed.\n"
    )
    assert [s.speaker for s in segment(text)] == ["Foreign Ministry Spokesperson Maria Delova"] * 2
    text = (
        "Noon briefing by Ana Keller, Deputy Spokesperson for the Secretary-General\n\n"
        "MS. KELLER: We are deeply concerned by the reports of shelling near the border.\n"
    )
    s = segment(text)[0]
    assert (s.speaker, s.speaker_mention) == (
        "Ana Keller, Deputy Spokesperson for the Secretary-General",
        "MS. KELLER",
    )


# -- a headline ending on a quoted phrase --------------------------------------------------------------


def test_a_headline_ending_on_a_quoted_phrase_is_no_statement() -> None:
    text = (
        'Envoy says peace deal "within reach"\n\n'
        "YEREVAN, Dec 3 (Reuters) - The Armenian foreign minister said on Thursday the deal was close.\n"
    )
    assert [s.speaker for s in segment(text)] == ["The Armenian foreign minister"]
    text = 'Envoy says peace deal \u201cwithin reach\u201d\n\nThe foreign minister said the deal was close.\n'
    assert [s.speaker for s in segment(text)] == ["The foreign minister"]


def test_a_sentence_ending_on_a_quote_stays_a_statement() -> None:
    text = 'The envoy told reporters the deal was "within reach."\n\nHe said talks would resume.\n'
    assert [s.speaker for s in segment(text)][:1] == ["The envoy"]
    text = 'Talks resumed on Monday.\n\nThe envoy said: "We are close, very close."\n'
    assert [s.speaker for s in segment(text)] == ["The envoy"]


# -- entities outside the UN's members in the gazetteer ---------------------------------------------


def test_entities_outside_the_un_have_codes_of_their_own() -> None:
    from stance.actors import codebook_code, default_gazetteer

    gaz = default_gazetteer()
    assert gaz.actor_of("Palestine") == "PSE"  # an observer state
    cases = {
        "Kosovo's government": "KOSOVO",
        "Taiwan's foreign ministry": "TAIWAN",
        "The Polisario Front": "WESTERN_SAHARA",
        "The de facto foreign ministry in Sukhumi": "ABKHAZIA",
        "The separatist authorities in Tskhinvali": "SOUTH_OSSETIA",
        "Transnistrian officials": "TRANSNISTRIA",
        "The Turkish Cypriot leader": "NORTHERN_CYPRUS",
    }
    assert {m: gaz.actor_of(m) for m in cases} == cases
    assert {codebook_code(c) for c in cases.values()} == {"OTHER"}
    # the states that claim them, and names inside longer ones, keep their own codes
    assert gaz.actor_of("Turkish officials") == "TUR"
    assert gaz.actor_of("The People's Republic of China") == "CHN"
    assert gaz.actor_of("North Ossetian officials") is None
    assert gaz.actor_of("The Russian peacekeeping command in Tskhinvali") == "RUS"
    text = "The separatist authorities in Tskhinvali said two men were hurt."
    assert segment(text)[0].actor == "SOUTH_OSSETIA"


# -- a UN report's title names its author -------------------------------------------------------------


def test_a_report_of_a_special_rapporteur_is_issued_by_the_rapporteur() -> None:
    text = (
        "United Nations A/HRC/61/40\n\n"
        "Human Rights Council\nSixty-first session\n\n"
        "Report of the Special Rapporteur on the situation of human rights in Eritrea\n\n"
        "Summary\n"
        "Arbitrary detention remains widespread. Conscription continues to be indefinite.\n"
    )
    found = segment(text)
    assert [(s.speaker, s.actor) for s in found] == [("the Special Rapporteur", "UN")] * 2
    # a report of a meeting is no author's ('Report of the meeting' names none)
    text = (
        "Report of the meeting on the border\n\n"
        "The meeting was held in Geneva. Delegates agreed to meet again.\n"
    )
    assert all(s.speaker != "the meeting" for s in segment(text))


# -- a letter's annex is the annexed text's issuer's ------------------------------------------------

LETTER = (
    "Letter dated 2 December 2026 from the Permanent Representative of Armenia to the United "
    "Nations addressed to the President of the Security Council\n\n"
    "I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of the "
    "Republic of Armenia on the shelling of a border village (see annex).\n\n"
    "(Signed) Ani Roe\nPermanent Representative\n\n"
    "Annex\n"
    "The Ministry of Foreign Affairs of the Republic of Armenia strongly condemns the shelling of "
    "the village. We call on Azerbaijan to stop its provocations.\n"
)


def test_the_first_person_of_an_annex_is_the_annexed_text_issuer() -> None:
    found = segment(LETTER)
    we = next(s for s in found if s.text.startswith("We call on"))
    assert (we.speaker, we.actor) == ("The Ministry of Foreign Affairs of the Republic of Armenia", "ARM")
    # the letter itself stays its writer's
    assert found[0].speaker == "the Permanent Representative of Armenia to the United Nations"


def test_an_annex_naming_no_body_leaves_the_writer() -> None:
    named = "The Ministry of Foreign Affairs of the Republic of Armenia strongly condemns the shelling of "
    text = LETTER.replace(named + "the village. ", "")
    we = next(s for s in segment(text) if s.text.startswith("We call on"))
    assert we.speaker == "the Permanent Representative of Armenia to the United Nations"


# -- a footnote of content under a text that marks it -------------------------------------------------


def test_a_footnote_of_content_is_no_statement() -> None:
    text = (
        "Statement by the Ministry of Foreign Affairs of Armenia\n\n"
        "The Ministry of Foreign Affairs of Armenia strongly condemns the violation of the ceasefire "
        "regime.1 We call on the international community to respond.\n\n"
        "1 The ceasefire of 10 November 2020.\n"
    )
    assert [s.text for s in segment(text)] == [
        "The Ministry of Foreign Affairs of Armenia strongly condemns the violation of the ceasefire regime.",
        "We call on the international community to respond.",
    ]


def test_a_numbered_line_with_no_mark_stays_a_statement() -> None:
    text = (
        "Statement by the Ministry of Foreign Affairs of Armenia\n\n"
        "The Ministry condemns the attack.\n\n"
        "2 The Ministry calls on the parties to respect the ceasefire.\n"
    )
    assert len(segment(text)) == 2
    # a mark of another number does not make it a footnote
    assert len(segment(text.replace("the attack.", "the attack.1"))) == 2


# -- a meeting record's procedure; an interview's title names the tag's speaker ------------------------


def test_a_meeting_records_procedure_is_no_statement() -> None:
    text = (
        "Mr. Durand (France): France condemns the attack in the strongest terms.\n\n"
        "Mr. Volkov (Russian Federation): We reject the accusations. They are groundless.\n\n"
        "The meeting rose at 11.05 a.m.\n"
    )
    assert [s.text for s in segment(text)] == [
        "France condemns the attack in the strongest terms.",
        "We reject the accusations.",
        "They are groundless.",
    ]
    # a sentence that tells more than the hour stays
    text = text.replace("The meeting rose at 11.05 a.m.", "The meeting rose at 11.05 a.m. and we left.")
    assert segment(text)[-1].text == "The meeting rose at 11.05 a.m. and we left."


def test_an_interview_title_with_a_name_completes_the_tag() -> None:
    text = (
        "Interview with Foreign Minister Tomas Ruud\n\n"
        "Courier: Minister, will you send more aid?\n\n"
        "Ruud: Yes. We will double our contribution this year.\n\n"
        "Courier: Is the ceasefire holding?\n\n"
        "Ruud: It is fragile.\n"
    )
    assert {s.speaker for s in segment(text)} == {"Foreign Minister Tomas Ruud"}


# -- a UN verbatim record's tags ---------------------------------------------------------------------

RECORD = (
    "The PRESIDENT: I now give the floor to the representative of Armenia.\n\n"
    "Mr. ARAMYAN (Armenia): Armenia condemns the attack on the village. We call on the Council to act.\n\n"
    "The PRESIDENT: I thank the representative of Armenia for his statement. I now give the floor to the "
    "representative of Azerbaijan.\n\n"
    "Mr. ALIZADE (Azerbaijan) (spoke in Russian): We reject these allegations. They are false.\n"
)


def test_a_verbatim_records_tags_are_its_speakers() -> None:
    found = segment(RECORD)
    delegates = [(s.speaker, s.actor, s.text) for s in found if s.speaker.startswith("Mr.")]
    assert delegates == [
        ("Mr. ARAMYAN (Armenia)", "ARM", "Armenia condemns the attack on the village."),
        ("Mr. ARAMYAN (Armenia)", "ARM", "We call on the Council to act."),
        ("Mr. ALIZADE (Azerbaijan) (spoke in Russian)", "AZE", "We reject these allegations."),
        ("Mr. ALIZADE (Azerbaijan) (spoke in Russian)", "AZE", "They are false."),
    ]
    # the President, whose state the record does not give, speaks for no state named in it
    assert {(s.speaker, s.actor) for s in found if s.speaker == "The PRESIDENT"} == {("The PRESIDENT", None)}


def test_a_capitalised_name_with_no_country_is_no_record_tag() -> None:
    text = "Mr. ROE said the talks would resume. The ministry said the date was set.\n"
    assert segment(text)[0].speaker == "Mr. ROE"
    text = "Ms. ROE (AFP) reported: The talks resumed.\n\nThe ministry said the date was set.\n"
    assert all(s.speaker != "Ms. ROE (AFP) reported" for s in segment(text))


def test_a_collective_interjection_is_no_statement() -> None:
    text = (
        "Kate Lindell (Northfield) (Lab): Does the Minister agree that the shelling is unacceptable?\n\n"
        "The Minister of State for Europe (Paul Arden): I agree entirely.\n\n"
        "Hon. Members: Hear, hear!\n\n"
        "Kate Lindell: I thank the Minister for that answer.\n"
    )
    texts = [s.text for s in segment(text)]
    assert "Hon. Members: Hear, hear!" not in texts
    assert "I agree entirely." in texts
    # a member's turn that only opens with 'Members' stays
    text = "Members: The committee will meet again on Monday, the chair said.\n"
    assert len(segment(text)) == 1


# -- an outlet's tag in a press conference is a journalist's -----------------------------------------

BRIEFING = (
    "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on December 3, 2026\n\n"
    "Lin Qiao: Good afternoon. I have no announcement to make today.\n\n"
    "Reuters: The Armenian government said yesterday that the border talks had stalled. What is "
    "your comment?\n\n"
    "Lin Qiao: We have noted the reports. We hope the two sides will settle their differences.\n\n"
    "AFP: Will the foreign minister visit Baku next month?\n\n"
    "Lin Qiao: I have no information on that at the moment.\n"
)


def test_an_outlets_tag_asks_a_question() -> None:
    found = segment(BRIEFING)
    assert [(s.speaker, s.text) for s in found] == [
        ("Foreign Ministry Spokesperson Lin Qiao", "I have no announcement to make today."),
        ("The Armenian government", BRIEFING[BRIEFING.index("The Armenian") : BRIEFING.index(" What is")]),
        ("Foreign Ministry Spokesperson Lin Qiao", "We have noted the reports."),
        ("Foreign Ministry Spokesperson Lin Qiao", "We hope the two sides will settle their differences."),
        ("Foreign Ministry Spokesperson Lin Qiao", "I have no information on that at the moment."),
    ]


def test_an_outlets_name_outside_a_transcript_is_no_tag() -> None:
    # a story's line opening with an outlet and a colon, in a text with no speakers' tags
    text = "Reuters: The ministry said the talks would resume on Monday.\n"
    assert [s.speaker for s in segment(text)] == ["The ministry"]


def test_the_presidents_tag_is_completed_from_the_records_header() -> None:
    text = (
        "Security Council\n9999th meeting\nTuesday, 3 December 2026, 10 a.m.\nNew York\n\n"
        "President: Mr. Okoro (Nigeria)\n\n"
        "The President: I now give the floor to the representative of France.\n\n"
        "Mr. Durand (France): France condemns the attack in the strongest terms.\n"
    )
    first = segment(text)[0]
    assert (first.speaker, first.speaker_mention) == ("Mr. Okoro (Nigeria)", "The President")
    assert first.actor == "NGA"


def test_an_answer_tag_under_an_interview_title_is_the_one_it_names() -> None:
    text = (
        "Interview with Foreign Minister Tomas Ruud\n\n"
        "Q: Minister, will you send more aid?\n\nA: Yes. We will double our contribution.\n\n"
        "Q: Is the ceasefire holding?\n\nA: It is fragile.\n"
    )
    found = segment(text)
    assert {(s.speaker, s.speaker_mention) for s in found} == {("Foreign Minister Tomas Ruud", "A")}
    assert len(found) == 3
    # with no title naming anyone, the tag stays as written
    found = segment(text.replace("Interview with Foreign Minister Tomas Ruud\n\n", ""))
    assert {s.speaker for s in found} == {"A"}


def test_a_monitoring_missions_report_speaks_for_its_organisation() -> None:
    text = (
        "Organization for Security and Co-operation in Europe\n"
        "Special Monitoring Mission to Ukraine\n\n"
        "Daily Report 12/2026\n3 December 2026\n\n"
        "Summary\nThe Mission recorded 112 ceasefire violations in the region.\n"
    )
    assert {s.actor for s in segment(text)} == {"OSCE"}


def test_a_role_tag_is_the_person_the_title_names_in_that_role() -> None:
    text = (
        "The following is a near-verbatim transcript of today's noon briefing by Ana Keller, "
        "Spokesperson for the Secretary-General.\n\n"
        "**Question**: Does the Secretary-General have a reaction to the shelling?\n\n"
        "**Spokesperson**: We are deeply concerned by the reports.\n"
    )
    s = segment(text)[0]
    assert (s.speaker, s.speaker_mention, s.actor) == (
        "Ana Keller, Spokesperson for the Secretary-General",
        "Spokesperson",
        "UN",
    )
    # a title naming someone in another role leaves the role tag as it is
    text = text.replace("Spokesperson for the Secretary-General.", "Director of Communications.")
    assert segment(text)[0].speaker != "Ana Keller, Director of Communications"


def test_a_labelled_header_line_gives_the_person_not_the_label() -> None:
    text = (
        "Press briefing, 3 December 2026\n"
        "Spokesman: Paul Roe\n\n"
        "MR. ROE: We are deeply concerned by the reports.\n\n"
        "QUESTION: Will the minister travel?\n\n"
        "MR. ROE: Not this week.\n"
    )
    assert {s.speaker for s in segment(text)} == {"Paul Roe"}


# -- links to other stories under 'Read more:' are no one's statements -------------------------


def test_the_links_under_a_related_stories_heading_are_not_statements() -> None:
    text = (
        "The ministry said the talks had failed.\n\nRelated coverage\n"
        "Norland says it downed 30 drones overnight\nThe bloc agrees a new sanctions package\n\n"
        "The envoy said the talks would resume."
    )
    assert [s.speaker for s in segment(text)] == ["The ministry", "The envoy"]
    text = "The ministry said the talks had failed.\nREAD MORE: Kremlin says the talks are dead\n"
    assert [s.speaker for s in segment(text)] == ["The ministry"]


def test_a_sentence_that_opens_with_a_heading_word_is_left_alone() -> None:
    found = segment("Related talks will continue, the ministry said. See also the envoy, who said so.")
    assert [s.speaker for s in found] == ["the ministry", "the envoy"]
    # after the blank line that ends the links, statements are read again
    text = "Read more:\nKremlin says the talks are dead\n\nThe Kremlin said the talks were dead."
    assert [s.speaker for s in segment(text)] == ["The Kremlin"]


# -- straight single quotes, the British way -------------------------------------------------------

BRITISH = (
    "'We will not tolerate threats against people living here,' Foreign Secretary Ada Roe told "
    "parliament. 'The regime must understand that there will be consequences.\n\n"
    "'We are working closely with our partners.'\n\n"
    "The ambassador was summoned over what she called 'a pattern of hostile activity'."
)


def test_a_text_that_quotes_with_straight_single_quotes_is_read_as_with_double_quotes() -> None:
    import re

    doubled = re.sub(r"(?<![A-Za-z])'|'(?![A-Za-z])", '"', BRITISH)  # the same text, double quotes
    assert doubled.count('"') == 7
    found = [(s.start, s.end, s.speaker, s.kind, s.cue) for s in segment(BRITISH)]
    assert found == [(s.start, s.end, s.speaker, s.kind, s.cue) for s in segment(doubled)]
    # the quote goes on in the next paragraph, and a partial quote is one
    assert [k for _, _, _, k, _ in found] == ["direct", "direct", "direct", "partial"]


def test_straight_single_quotes_are_left_alone_as_apostrophes_scare_quotes_or_in_double_quoting() -> None:
    # scare quotes around a word or three, an apostrophe, a decade
    found = segment("The ministry said the 'all for all' exchange in the '90s was the envoy's idea.")
    assert [s.kind for s in found] == ["indirect"]
    # a text that quotes with double quotes keeps its single ones as they were
    text = BRITISH.replace("over what she called", 'as "a step too far", over what she called')
    assert [s.kind for s in segment(text)[:1]] == ["indirect"]


# -- a list under a lead-in that names its speaker ------------------------------------------------

LISTED = (
    "Norland's foreign ministry is gravely concerned by the offensive. The ministry calls on:\n\n"
    "- the rebels to cease hostilities and withdraw from the occupied areas;\n"
    "- Rwanda to end its support to the rebels;\n"
    "- all parties to respect international humanitarian law.\n\n"
    "The fighting went on overnight."
)


def test_every_item_of_a_list_under_a_speaker_s_lead_in_is_the_speaker_s() -> None:
    found = segment(LISTED)
    items = [s for s in found if s.start > LISTED.index("calls on:")]
    assert [s.text.split()[0] for s in items] == ["the", "Rwanda", "all"]
    assert {s.speaker for s in items} == {"Norland's foreign ministry"}  # 'The ministry'
    # the paragraph after the list is narration again
    assert not any(s.text.startswith("The fighting") for s in found)


def test_a_list_item_is_scored_with_its_lead_in() -> None:
    from stance import analyze
    from stance.segmentation.assembly import scoring_texts

    found = segment(LISTED)
    texts = scoring_texts(LISTED, found)
    assert texts[-2] == "The ministry calls on Rwanda to end its support to the rebels;"
    item = next(s for s in analyze(LISTED) if s.text.startswith("Rwanda"))
    assert "call_to_action" in item.score.labels and item.score.call_targets == ("RWA",)


def test_the_topic_after_a_title_s_issuer_names_no_actor_of_the_issuer() -> None:
    text = "Statement by the Spokesperson on the escalation in Georgia\n\nWe call on all sides to stop."
    assert [s.actor for s in segment(text)] == ["OTHER"]  # was GEO, the topic's
    text = text.replace("the Spokesperson", "the Ministry of Foreign Affairs of Armenia")
    assert [s.actor for s in segment(text)] == ["ARM"]
    # nor does the venue: a state the gazetteer does not know is not the UN for speaking there
    text = (
        "Address by Mr. Tomas Varga, Minister for Foreign Affairs of the Republic of Norland, at the "
        "general debate of the United Nations General Assembly\n\nWe call on all sides to stop."
    )
    assert [s.actor for s in segment(text)] == ["OTHER"]
    # a place and a date after the issuer still say whose it is
    text = "Briefing by Foreign Ministry Spokeswoman Ada Roe, Moscow, 15 May\n\nWe call on all sides to stop."
    assert [s.actor for s in segment(text)] == ["RUS"]
