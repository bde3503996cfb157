"""The header block of official releases: publishers' formats, issuers, lead-ins and boilerplate.
Each rule with invented texts (invented officials), and the cases it must leave alone."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment


def _who(found: list[Statement]) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in found]


# -- the State Department's header format ---------------------------------------------------------


def test_a_department_spokesperson_line_is_the_state_departments() -> None:
    text = (
        "PRESS STATEMENT\n\nRebecca Tanaka-Holt, Department Spokesperson\n\nSeptember 22, 2026\n\n"
        "We call on Azerbaijan to halt its military operations."
    )
    assert _who(segment(text)) == [("Rebecca Tanaka-Holt, Department Spokesperson", "USA")]


def test_a_media_note_of_the_office_of_the_spokesperson_is_the_state_departments() -> None:
    text = (
        "Media Note\nOffice of the Spokesperson\nSeptember 26, 2026\n\n"
        "We are alarmed by the recent escalation along the Armenia-Azerbaijan border."
    )
    assert _who(segment(text)) == [("Office of the Spokesperson", "USA")]
    # in capitals as copied from the page
    caps = "PRESS STATEMENT\nOFFICE OF THE SPOKESPERSON\nSEPTEMBER 22, 2026\n\nWe call on Baku to stop."
    assert _who(segment(caps)) == [("OFFICE OF THE SPOKESPERSON", "USA")]


def test_a_press_briefing_of_a_deputy_spokesperson_dated_month_first_is_the_state_departments() -> None:
    text = "Press Briefing\nJohn Doe, Deputy Spokesperson\nMay 3, 2026\n\nMR. DOE: We call on them to stop."
    assert [s.actor for s in segment(text + "\n\nQUESTION: Why?")] == ["USA"]
    # the same with a date written day first is any ministry's
    text = text.replace("May 3, 2026", "3 May 2026")
    assert [s.actor for s in segment(text + "\n\nQUESTION: Why?")] == [None]


def test_a_department_press_briefing_gives_its_turns_the_united_states() -> None:
    text = (
        "Department Press Briefing - September 23, 2026\n\nDaniel Oroszco, Deputy Spokesperson\n\n"
        "MR OROSZCO: We urge Baku to respect the ceasefire.\n\nQUESTION: Any response?\n\nMR OROSZCO: No."
    )
    found = segment(text)
    assert [s.text for s in found] == ["We urge Baku to respect the ceasefire.", "No."]
    assert {s.actor for s in found} == {"USA"}


def test_a_department_press_briefing_with_no_speaker_line_is_the_state_departments() -> None:
    text = "MR. ROE: We urge Baku to respect the ceasefire.\n\nQUESTION: Any response?\n\nMR. ROE: No."
    assert [s.actor for s in segment("Department Press Briefing - May 3, 2026\n\n" + text)] == ["USA", "USA"]
    # any ministry's press briefing
    assert [s.actor for s in segment("Press Briefing - May 3, 2026\n\n" + text)] == [None, None]


def test_a_generic_spokesperson_header_is_not_the_state_departments() -> None:
    # a date written day first: not the format
    text = "Press Statement\nOffice of the Spokesperson\n3 March 2026\n\nWe call on Baku to stop."
    assert _who(segment(text)) == [("Office of the Spokesperson", "OTHER")]
    # no release type line
    text = "Rebecca Tanaka-Holt, Spokesperson\n\nWe call on Azerbaijan to halt its military operations."
    assert _who(segment(text)) == [("Rebecca Tanaka-Holt, Spokesperson", "OTHER")]
    # the text names its own state
    text = "Readout\nOffice of the Spokesperson\nMarch 3, 2026\n\nCanada welcomes the ceasefire."
    assert [s.actor for s in segment(text)] == ["CAN"]
    text = (
        "Press Statement\nOffice of the Spokesperson\nMarch 3, 2026\n\nThe Government of Canada welcomes the "
        "ceasefire. We call on the parties to respect it."
    )
    assert [s.actor for s in segment(text)] == ["CAN", "OTHER"]
    # another body's spokesperson
    text = (
        "Press Statement\nOffice of the Spokesperson for the Secretary-General\nMarch 3, 2026\n\n"
        "We call on Azerbaijan to halt its military operations."
    )
    assert [s.actor for s in segment(text)] == ["UN"]


# -- lead-ins and boilerplate ---------------------------------------------------------------------


def test_a_lead_in_line_is_a_header_that_names_the_issuer() -> None:
    text = (
        "The following statement was issued today by Deputy Spokesperson Marta Kellner:\n\n"
        "We call on Azerbaijan to halt its military operations."
    )
    assert [(s.speaker, s.text[:7]) for s in segment(text)] == [
        ("Deputy Spokesperson Marta Kellner", "We call")
    ]
    text = (
        "The following statement was released by the Co-Chairs of the OSCE Minsk Group (Ivo Tamm of "
        "Estonia, Ana Roe of Chile, and Jan Dee of Ghana).\n\nThe Co-Chairs call on the sides to respect "
        "the ceasefire."
    )
    found = segment(text)
    assert [(s.speaker, s.actor) for s in found] == [("the Co-Chairs of the OSCE Minsk Group", "OSCE")]
    text = (
        "The following is a near-verbatim transcript of today's noon briefing by Ines Varga, Deputy "
        "Spokesperson for the Secretary-General.\n\nGood afternoon. We remain concerned about the fighting."
    )
    found = segment(text)
    assert [(s.speaker, s.actor, s.text) for s in found] == [
        (
            "Ines Varga, Deputy Spokesperson for the Secretary-General",
            "UN",
            "We remain concerned about the fighting.",
        )
    ]


def test_a_wire_lead_in_without_the_article_is_a_lead_in() -> None:
    text = (
        "Following is the text of a statement issued today by the Ministry of Foreign Affairs of Georgia:"
        "\n\nWe call on the parties to cease fire."
    )
    assert _who(segment(text)) == [("the Ministry of Foreign Affairs of Georgia", "GEO")]
    # 'Following' opening a sentence of the body is no lead-in
    text = "Following the talks, the ministry said it would reply.\n\nWe call on the parties to cease fire."
    assert [s.text[:9] for s in segment(text)] == ["Following", "We call o"]


def test_a_joint_lead_in_names_the_issuer_only_when_nothing_else_does() -> None:
    text = (
        "The following is the text of a joint statement by the Governments of Canada and Australia.\n\n"
        "We call on Azerbaijan to halt its military operations."
    )
    assert [s.speaker for s in segment(text)] == ["the Governments of Canada and Australia"]
    text = (
        "Ministry of Foreign Affairs of Georgia\n\nThe following is the text of a joint statement by the "
        "Governments of Georgia and Moldova.\n\nWe call on Azerbaijan to halt its military operations."
    )
    assert [(s.speaker, s.actor) for s in segment(text)] == [
        ("Ministry of Foreign Affairs of Georgia", "GEO")
    ]


def test_the_following_in_running_text_is_no_lead_in() -> None:
    text = "The following day was marked by clashes, the ministry said. It urged restraint."
    assert [s.speaker for s in segment(text)] == ["the ministry", "the ministry"]
    text = "The following measures were adopted by the Council, the spokesperson said."
    assert [s.speaker for s in segment(text)] == ["the spokesperson"]


def test_boilerplate_lines_are_no_statements() -> None:
    text = (
        "Security Council\n\nWe call on the parties to cease fire.\n\n* *** *\n\n"
        "For information media. Not an official record."
    )
    assert [s.text for s in segment(text)] == ["We call on the parties to cease fire."]
    text = (
        "Ministry of Foreign Affairs of Georgia\n\nWe call on the parties to cease fire.\n\n"
        "For further information, please contact the Press Office."
    )
    assert [s.text for s in segment(text)] == ["We call on the parties to cease fire."]
    # the same words inside a sentence that says something are left alone
    text = (
        "For further information on the talks, the ministry said, reporters should contact its press office."
    )
    assert [s.cue for s in segment(text)] == ["said"]
    assert [s.cue for s in segment("Not an official record, the minister said of the leaked minutes.")] == [
        "said"
    ]


# -- who delivers a statement on behalf of others ---------------------------------------------------


def test_a_statement_on_behalf_of_a_group_delivered_by_a_state_is_that_states() -> None:
    text = (
        "Statement on behalf of the European Union delivered by Mr. Hugo Ferrand, Counsellor, Permanent "
        "Mission of France to the United Nations\n\nMr. President,\n\nWe call on Azerbaijan to refrain from "
        "any further use of force."
    )
    speaker = "Mr. Hugo Ferrand, Counsellor, Permanent Mission of France to the United Nations"
    assert _who(segment(text)) == [(speaker, "FRA")]
    # delivered by the group's own delegation: the group's
    text = text.replace(
        "Mr. Hugo Ferrand, Counsellor, Permanent Mission of France", "Ms. Jana Roe, Head of the EU Delegation"
    )
    assert [s.actor for s in segment(text)] == ["EU"]
    # the older order ('Delivered by X, on behalf of Y') as before
    text = (
        "Statement delivered by Mr. Hugo Ferrand, Counsellor, Permanent Mission of France to the United "
        "Nations, on behalf of the European Union\n\nWe call on Azerbaijan to refrain from any further "
        "use of force."
    )
    assert _who(segment(text)) == [(speaker, "FRA")]
    # 'on behalf of' opening a body sentence is no header
    text = (
        "Ministry of Foreign Affairs of Georgia\n\nOn behalf of the Government, we thank the donors for the "
        "aid delivered by road."
    )
    assert [s.actor for s in segment(text)] == ["GEO"]


# -- an organisation's name for itself ----------------------------------------------------------------


def test_the_organization_in_a_un_text_is_the_un() -> None:
    body = "The Organization calls on Governments to act on the climate."
    # a UN text with no issuer line (the UN is the context, the header's actor)
    text = "United Nations\n\nClimate summit opens in New York\n\n" + body
    assert _who(segment(text)) == [("The Organization", "UN")]
    # in a state's text, or with no context, it is no actor of its own
    text = "Ministry of Foreign Affairs of Georgia\n\nPress Release\n\n" + body
    assert [s.actor for s in segment(text) if s.speaker == "The Organization"] == [None]
    assert [s.actor for s in segment(body)] == [None]
    # a name that only ends in the word is its own body
    assert [s.actor for s in segment("The World Health Organization calls on Governments to act.")] == ["UN"]


# -- a header line that is only the issuer's name ----------------------------------------------------


def test_a_name_line_over_a_release_kind_line_is_the_issuer() -> None:
    text = (
        "ÉLYSÉE\n\nReadout - Videoconference between the diplomatic unit of the Élysée and Armenian "
        "officials\n\nFrance called on Azerbaijan to withdraw its troops. France will provide 2 million "
        "euros in emergency humanitarian aid. Both sides will stay in close contact."
    )
    found = segment(text)
    assert [(s.speaker, s.actor) for s in found] == [("ÉLYSÉE", "FRA")] * 3
    assert found[1].text.startswith("France will provide")
    text = (
        "United Nations Development Programme\n\nPress release\n\n12 May 2026\n\n"
        "The project will train 200 deminers over two years."
    )
    assert _who(segment(text)) == [("United Nations Development Programme", "UN")]


def test_a_name_line_without_a_release_kind_line_or_a_headline_is_no_issuer() -> None:
    body = "\n\nThe project will train 200 deminers over two years."
    # no line names the kind of text: a headline over a story
    assert segment("United Nations Development Programme" + body) == []
    # a headline in title case is no name, whatever kind line is there
    assert segment("Press release\n\nAzerbaijan Says Truce Broken" + body) == []


# -- question and answer tags before a dash ---------------------------------------------------------


def test_question_and_answer_tags_before_a_dash_are_tags() -> None:
    text = (
        "Armenia - Azerbaijan - Q&A from the press briefing\n\nStatements by the Deputy Spokesperson, "
        "Claire Mornet\n\nQ - Is Paris considering sanctions against Baku?\n\n"
        "A - France is extremely concerned about the fighting."
    )
    found = segment(text)
    assert [(s.speaker, s.actor, s.text) for s in found] == [
        ("the Deputy Spokesperson, Claire Mornet", "FRA", "France is extremely concerned about the fighting.")
    ]
    for q, a in (("Q. -", "R. -"), ("Q \u2013", "R \u2013"), ("Q:", "A:"), ("QUESTION -", "ANSWER -")):
        variant = text.replace("Q - ", q + " ").replace("A - ", a + " ")
        assert [(s.speaker, s.text) for s in segment(variant)] == [(found[0].speaker, found[0].text)], q
    # the answer's turn runs on over its paragraphs; a journalist's sentence that reports a
    # party's words is that party's
    more = (
        text
        + "\n\nWe call for restraint.\n\nQ - The minister said Baku had agreed. And Moscow?\n\nA - No change."
    )
    found = segment(more)
    assert [(s.speaker, s.text) for s in found][1:] == [
        ("the Deputy Spokesperson, Claire Mornet", "We call for restraint."),
        ("The minister", "The minister said Baku had agreed."),
        ("the Deputy Spokesperson, Claire Mornet", "No change."),
    ]


def test_a_heading_ends_a_questions_turn() -> None:
    text = (
        "Ministry for Europe and Foreign Affairs\nPress briefing by the Deputy Spokesperson, Ines Morel\n\n"
        "QUESTION: Thank you.\n\n2 - Mali\n\nWe express our condolences to the family of the soldier.\n\n"
        "QUESTION: On Iran?"
    )
    expected = [("FRA", "We express our condolences to the family of the soldier.")]
    assert [(s.actor, s.text) for s in segment(text)] == expected
    assert [(s.actor, s.text) for s in segment(text.replace("QUESTION:", "Q -"))] == expected
    # a turn of the spokesperson's own runs on over a heading, as before
    text = text.replace("QUESTION: Thank you.", "MS. MOREL: Good afternoon. Two points.")
    assert [s.speaker for s in segment(text)] == ["MS. MOREL", "MS. MOREL"]


def test_a_lettered_list_where_nobody_asks_has_no_answers() -> None:
    text = (
        "The plan has three options, officials said.\n\nA - Withdraw all troops from the border.\n"
        "B - Deploy monitors along the line.\nC - Hold talks in Geneva."
    )
    assert [s.speaker for s in segment(text)] == ["officials"]


def test_a_dash_after_a_capital_is_no_tag_elsewhere() -> None:
    found = segment(
        "A-level results were delayed, the ministry said.\nA -40 reading was logged, officials said."
    )
    assert [s.text[:7] for s in found] == ["A-level", "A -40 r"]
    assert segment("Plan A - the ceasefire - was rejected, the ministry said.")[0].text.startswith("Plan A")


# -- meetings coverage is the reporter's voice --------------------------------------------------------


def test_meetings_coverage_has_no_issuer() -> None:
    text = (
        "Security Council\nMeetings Coverage\n\nThe representative of Armenia said his country had been "
        "attacked. Also speaking were the representatives of Albania, Brazil and Japan. The meeting began "
        "at 10:05 a.m. and ended at 12:48 p.m."
    )
    assert _who(segment(text)) == [("The representative of Armenia", "ARM")]
    text = (
        "SC/15999 - 21 September 2026 - Security Council - 9999th meeting - Meetings Coverage\n\n"
        "The meeting began at 10:05 a.m. and ended at 12:48 p.m."
    )
    assert segment(text) == []
    # the press pages' banner names no kind of text: a press statement under it is first person
    text = (
        "United Nations\nMeetings Coverage and Press Releases\n\nSecurity Council Press Statement on Mali\n\n"
        "The following Security Council press statement was issued today by the Council President:\n\n"
        "The members of the Security Council condemned the attack. We stand ready to help."
    )
    assert [s.actor for s in segment(text)] == ["UN", "UN"]


# -- an account of a call names its own official first -------------------------------------------------

_CALL = (
    "On the telephone conversation between Deputy Foreign Minister Oleg Sarantsev and Deputy Foreign "
    "Minister of Armenia Nune Hakobyan\n\nOn 24 September, Deputy Foreign Minister of the Russian "
    "Federation Oleg Sarantsev had a telephone conversation with Deputy Foreign Minister of Armenia Nune "
    "Hakobyan.\n\nThe two sides agreed to continue contacts at various levels."
)


def test_the_parties_of_an_account_of_a_call_are_its_hosts() -> None:
    assert [(s.speaker, s.actor) for s in segment(_CALL)] == [("The two sides", "RUS")]


def test_the_host_rule_needs_a_call_title_and_a_call_report() -> None:
    # a news headline is no account's title: it names no host, and no publisher either, so the
    # two sides of the call speak for neither state (its state stays the context of officials)
    text = _CALL.replace(
        "On the telephone conversation between Deputy Foreign Minister Oleg Sarantsev and Deputy Foreign "
        "Minister of Armenia Nune Hakobyan",
        "Armenian Deputy Foreign Minister Visits Region",
    )
    assert [s.actor for s in segment(text)] == ["OTHER"]
    officials = text.replace("The two sides agreed", "Officials said they agreed")
    assert [s.actor for s in segment(officials)] == ["ARM"]
    # a first sentence that reports no call names no host
    text = _CALL.replace("had a telephone conversation with", "sent a letter to")
    assert [s.actor for s in segment(text) if s.speaker == "The two sides"] == ["ARM"]


def test_a_call_report_after_a_time_phrase_is_no_statement_of_the_issuer() -> None:
    text = (
        "Ministry of Foreign Affairs of Georgia\n\nOn 14 May, Deputy Foreign Minister of Georgia Ana Roe "
        "held talks with a delegation of the Seimas.\n\nWe welcome the strengthening of our partnership."
    )
    assert [s.text[:10] for s in segment(text)] == ["We welcome"]
    # the issuer's own meeting, after a place phrase, is its statement
    own = text.replace("Deputy Foreign Minister of Georgia Ana Roe", "we").replace("On 14 May", "In Vilnius")
    assert [s.text[:10] for s in segment(own)] == ["In Vilnius", "We welcome"]
    # content in a second clause keeps it
    text = text.replace("of the Seimas.", "of the Seimas, and she thanked them for their support.")
    assert [s.text[:10] for s in segment(text)] == ["On 14 May,", "We welcome"]


def test_a_statement_on_behalf_of_a_group_with_or_without_its_speaker() -> None:
    body = "\n\nMr. President,\n\nWe call on Azerbaijan to refrain from any further use of force."
    assert _who(segment("Statement on behalf of the European Union" + body)) == [("the European Union", "EU")]
    # 'by X' after the group names who speaks
    text = (
        "Statement on behalf of the Council by Ms. Ana Roe, Deputy Minister of Foreign Affairs of Latvia"
        + body
    )
    assert _who(segment(text)) == [("Ms. Ana Roe, Deputy Minister of Foreign Affairs of Latvia", "LVA")]
    # a line naming who delivers it wins over the group's
    text = "Statement on behalf of the European Union\n\nDelivered by Mr. Hugo Ferrand, Mission of France"
    assert [s.actor for s in segment(text + body)] == ["FRA"]


def test_kenyas_state_department_for_foreign_affairs_is_kenyas() -> None:
    text = "REPUBLIC OF KENYA\nSTATE DEPARTMENT FOR FOREIGN AFFAIRS\n\nWe call on the parties to halt."
    assert [s.actor for s in segment(text)] == ["KEN"]
    assert [s.actor for s in segment("The State Department said on Friday it was concerned.")] == ["USA"]
