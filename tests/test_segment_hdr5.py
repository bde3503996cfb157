"""UN press pages with no office named, organisations' other spellings, and text as scrapers and
converters give it (probing round 5). Invented texts and officials; the cases each rule must
leave alone."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment


def _who(found: list[Statement]) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in found]


# -- the UN's generic headers name the UN as the issuer ---------------------------------------------


def test_a_note_to_correspondents_with_no_office_is_the_uns() -> None:
    text = (
        "Note to Correspondents: Update on the situation in Sudan\n\n"
        "New York, 3 December 2026\n\n"
        "The humanitarian situation in Darfur continues to deteriorate. We call on all parties "
        "to allow safe passage for civilians."
    )
    found = segment(text)
    assert _who(found) == [("United Nations", "UN"), ("United Nations", "UN")]
    assert found[1].text == "We call on all parties to allow safe passage for civilians."
    # in capitals, with the topic on a line of its own
    text = "NOTE TO CORRESPONDENTS\n\nUpdate on Haiti\n\nWe call on all parties to cease hostilities."
    assert _who(segment(text)) == [("United Nations", "UN")]


def test_a_briefing_by_the_office_of_the_spokesperson_is_the_uns_not_its_topic_lines() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n\nSudan\n\n"
        "We call on all parties to cease hostilities."
    )
    assert _who(segment(text)) == [("the Office of the Spokesperson", "UN")]


def test_the_topic_after_the_spokespersons_title_is_not_the_issuers_name() -> None:
    text = (
        "Statement attributable to the Spokesperson for the Secretary-General on Sudan\n\n"
        "We call on all parties to cease hostilities."
    )
    assert _who(segment(text)) == [("Spokesperson for the Secretary-General", "UN")]
    # an envoy's 'on Myanmar' is his title's
    text = (
        "Statement attributable to the Special Envoy of the Secretary-General on Myanmar\n\n"
        "We call on all parties to cease hostilities."
    )
    assert _who(segment(text)) == [("Special Envoy of the Secretary-General on Myanmar", "UN")]


def test_a_state_departments_office_of_the_spokesperson_stays_the_states() -> None:
    text = (
        "Office of the Spokesperson\n\nThe United States condemns the attack. "
        "We call on all parties to cease hostilities."
    )
    assert {s.actor for s in segment(text)} == {"USA"}
    # a note to correspondents that names its issuer is that issuer's
    text = (
        "Permanent Mission of Armenia to the United Nations\n\nNote to Correspondents\n\n"
        "We call on all parties to cease hostilities."
    )
    assert {s.actor for s in segment(text)} == {"ARM"}


# -- organisations in their other spellings ---------------------------------------------------------


def test_an_organisation_in_british_or_american_spelling_is_itself() -> None:
    cases = {
        "The Organisation for Security and Co-operation in Europe (OSCE), which monitors the vote, "
        "said the count was orderly.": "OSCE",
        "The Organisation of American States said the count was orderly.": "OAS",
        "The North Atlantic Treaty Organisation said the drills were planned.": "NATO",
        "The Gulf Co-operation Council said the talks would resume.": "GCC",
        "The World Food Program said stocks were running low.": "UN",
        "The Office for the Co-ordination of Humanitarian Affairs said 4,000 people fled.": "UN",
        "The Karabakh Defence Army said two soldiers were wounded.": "KARABAKH",
        "The Organization of Petroleum Exporting Countries said output would rise.": "OPEC",
    }
    for text, code in cases.items():
        found = segment(text)
        assert [s.actor for s in found] == [code], text


def test_an_american_spelling_is_not_read_as_another_body() -> None:
    # 'American' inside the organisation's name is not the United States
    found = segment("The Organisation of American States said the vote was fair.")
    assert [s.actor for s in found] == ["OAS"]
    # the organisation's name as a place's modifier leaves a state's own office alone
    found = segment("The Armenian Defence Ministry said two soldiers were wounded.")
    assert [s.actor for s in found] == ["ARM"]


# -- a scraped page's furniture: headlines among lines with no sentence end -------------------------

_PAGE = (
    "Home\nWorld\nShare this article\n"
    "Armenia accuses Azerbaijan of shelling border villages\n"
    "By Jane Doherty, Reuters\n"
    "Updated 12:04 GMT, 3 December 2026\n"
    "YEREVAN, Dec 3 (Reuters) - Armenia's Defence Ministry said on Thursday that Azerbaijani forces "
    "had shelled three villages overnight.\n"
    "The French Foreign Ministry said it was deeply concerned.\n"
    "Related articles\n"
    "Russia says peacekeepers will stay in region\n"
    "Baku rejects Yerevan's peace proposal\n"
)


def test_a_headline_among_a_pages_furniture_is_no_statement() -> None:
    found = segment(_PAGE)
    assert _who(found) == [("Armenia's Defence Ministry", "ARM"), ("The French Foreign Ministry", "FRA")]


def test_a_releases_title_between_its_issuers_name_and_its_date_is_no_statement() -> None:
    text = (
        "Kelmont Monitoring Mission\n\n"
        "Mission strongly condemns the attack against its patrol near Tarsk\n\n"
        "Tarsk, 3 December 2026\n\n"
        "Early this morning, the patrol came under fire. The Mission condemns this attack."
    )
    assert not any(s.text.startswith("Mission strongly") for s in segment(text))


def test_open_lines_that_are_read_stay_read() -> None:
    # a lone line between paragraphs of prose (a paragraph that lost its stop)
    text = "Notes\n\nThe talks ended.\n\nUkraine says corridor must stay open\n\nThe ships waited."
    assert [s.text for s in segment(text)] == ["Ukraine says corridor must stay open"]
    # the items of a list under a lead-in's colon
    text = (
        "The talks went on all day.\n"
        "The minister said the two sides had agreed on the following:\n\n"
        "Armenia says it will open the road\n"
        "Azerbaijan says it will free the detainees\n"
    )
    assert [s.speaker for s in segment(text)] == ["The minister", "Armenia", "Azerbaijan"]
    # a quote with its speaker's name after a dash
    text = (
        "Voices from the rally\n\u201cWe want peace now\u201d \u2015 Ada Roe\n"
        "\u201cStop the war\u201d \u2015 Ben Cole\n"
    )
    assert [s.speaker for s in segment(text)] == ["Ada Roe", "Ben Cole"]
    # one line alone
    assert [s.speaker for s in segment("Russia says peacekeepers will stay in region")] == ["Russia"]


# -- text converted from PDF: words broken at line ends, footnote numbers ---------------------------


def test_a_word_broken_at_a_line_end_is_read_whole_with_exact_offsets() -> None:
    text = (
        "The Armenian Foreign Minis-\ntry said on Thursday that Azerbaijani forces had shelled "
        "three vil-\nlages. It urged Baku to stop."
    )
    found = segment(text)
    assert _who(found) == [("The Armenian Foreign Ministry", "ARM")] * 2
    for s in found:
        assert text[s.start : s.end] == s.text
    assert found[0].speaker_mention == "The Armenian Foreign Minis-\ntry"
    assert found[0].speaker_span is not None
    assert text[found[0].speaker_span[0] : found[0].speaker_span[1]] == found[0].speaker_mention
    # a hyphen before a capital is the word's own; a soft hyphen is invisible
    text = (
        "The Secretary-\nGeneral said he was alarmed. "
        "The Minis\u00adtry of Defence of Armenia said it was calm."
    )
    found = segment(text)
    assert _who(found) == [("The Secretary-General", "UN"), ("The Ministry of Defence of Armenia", "ARM")]
    assert [text[s.start : s.end] for s in found] == [s.text for s in found]


def test_a_dash_at_a_line_end_that_breaks_no_word_is_left_alone() -> None:
    text = "Armenia said the talks would resume -\nthe ministry gave no date.\n-- ENDS --"
    found = segment(text)
    assert [s.speaker for s in found] == ["Armenia"]
    assert found[0].text == "Armenia said the talks would resume -\nthe ministry gave no date."


def test_a_footnote_number_after_a_stop_ends_the_sentence_and_is_no_ones() -> None:
    text = (
        "Ministry of Foreign Affairs of Armenia\n\nStatement\n\n"
        "The Ministry strongly condemns the shelling of the villages on 2 December 2026.1 This is a "
        "gross violation of the ceasefire.2\n\nWe call on Baku to stop."
    )
    found = segment(text)
    assert [s.text for s in found] == [
        "The Ministry strongly condemns the shelling of the villages on 2 December 2026.",
        "This is a gross violation of the ceasefire.",
        "We call on Baku to stop.",
    ]
    assert {s.actor for s in found} == {"ARM"}
    text = "The French Foreign Ministry said the truce was broken.3 It urged both sides to talk.4"
    assert [(s.speaker_mention, s.text) for s in segment(text)] == [
        ("The French Foreign Ministry", "The French Foreign Ministry said the truce was broken."),
        ("It", "It urged both sides to talk."),
    ]


def test_numbers_after_a_stop_that_are_no_footnotes_are_left_alone() -> None:
    from stance.sentences import split_sentences

    for text in (
        "He was the No.1 seed in the draw.",
        "Turnout was 52.3 per cent.",
        "Exports rose by 2.5 Million tonnes.",
        "The U.S.2 Army unit said so.",
    ):
        assert len(split_sentences(text)) == 1, text


# -- UN meeting coverage under its document symbol --------------------------------------------------


def test_meeting_coverage_under_its_symbol_has_no_issuer() -> None:
    text = (
        "SC/16234\n3 December 2026\n\n"
        "Security Council Extends Mandate of Mission in South Sudan, Adopting Resolution 2790 (2026) "
        "by 13 Votes in Favour, 2 Abstentions\n\n"
        "The Security Council today extended the mandate of the Mission until 30 April 2027.\n\n"
        "Speaking in explanation of vote, the representative of the Russian Federation said that his "
        "delegation had abstained.\n\n"
        "The representative of China said the Council should respect the sovereignty of South Sudan.\n\n"
        "The meeting began at 10:05 a.m. and ended at 10:40 a.m."
    )
    assert _who(segment(text)) == [
        ("the representative of the Russian Federation", "RUS"),
        ("The representative of China", "CHN"),
    ]


def test_a_press_statement_under_a_symbol_keeps_the_issuer_its_lead_in_names() -> None:
    text = (
        "SC/16301\n9 December 2026\n\n"
        "Security Council Press Statement on Attack against Peacekeepers in Tarsk\n\n"
        "The following Security Council press statement was issued today by the Council President:\n\n"
        "The members of the Security Council condemned in the strongest terms the attack. They "
        "called on all parties to respect the ceasefire."
    )
    found = segment(text)
    assert len(found) == 2
    assert {s.actor for s in found} == {"UN"}
    # the Secretary-General's statements ('SG/SM/...') are his, not a meeting's account
    text = (
        "SG/SM/23456\n\nThe following statement was issued today by the Spokesperson for the "
        "Secretary-General:\n\nThe Secretary-General condemns the attack. He calls on all parties "
        "to exercise restraint."
    )
    assert [s.actor for s in segment(text)] == ["UN", "UN"]


# -- e-mailed releases and converted pages: their furniture is no statement ------------------------

_MAIL = (
    "From: Press Office <press@example.org>\n"
    "Sent: Thursday, December 3, 2026 10:15 AM\n"
    "To: Media List\n"
    "Subject: STATEMENT: Norway condemns attack on aid convoy\n\n"
    "Norwegian Ministry of Foreign Affairs\n\n"
    "Statement by the Minister of Foreign Affairs on the attack on an aid convoy in Sudan\n\n"
    "Norway strongly condemns yesterday's attack on an aid convoy in North Darfur. We call on the "
    "parties to ensure safe passage for aid.\n\n"
    "--\n"
    "This e-mail and any attachments are confidential. If you have received it in error, please "
    "notify the sender and delete it.\n"
)


def test_an_e_mails_header_names_no_issuer_and_its_disclaimer_is_no_statement() -> None:
    found = segment(_MAIL)
    assert _who(found) == [("the Minister of Foreign Affairs", "NOR")] * 2
    assert found[-1].text == "We call on the parties to ensure safe passage for aid."


def test_what_follows_a_releases_end_mark_is_no_statement() -> None:
    text = (
        "NEWS RELEASE\n\nMinistry of Foreign Affairs of the Republic of Kazakhstan\n\n"
        "The Ministry welcomes the resumption of talks. We urge both sides to seize this "
        "opportunity.\n\n-- ENDS --\n\nAbout the Ministry\n\nThe Ministry conducts the foreign "
        "policy of the Republic. It is headed by the Minister.\n\nPress Office\npress@example.kz\n"
    )
    found = segment(text)
    assert [s.text for s in found] == [
        "The Ministry welcomes the resumption of talks.",
        "We urge both sides to seize this opportunity.",
    ]
    assert len(segment(text.replace("-- ENDS --", "###"))) == 2
    assert len(segment(text.replace("-- ENDS --", "Background"))) == 4


def test_a_dash_line_outside_an_e_mail_and_words_ending_in_ends_are_left_alone() -> None:
    text = (
        "Ministry of Foreign Affairs of Armenia\n\nStatement\n\n"
        "We condemn the attack.\n\n--\n\nWe call on Baku to stop. The ceasefire ends\n\n"
        "We urge restraint."
    )
    assert len(segment(text)) == 3


def test_a_converted_pages_furniture_and_reference_footnotes_are_no_statements() -> None:
    text = (
        "Ministry of Foreign Affairs of Armenia\n\nStatement\n\n"
        "We condemn the shelling of the villages.\n\nPage 1 of 2\n\n"
        "We call on the international community to respond.\n\n2\n\nGE.26-12345(E)\n\n"
        "3 See A/HRC/58/10, para. 4.\n\nA/HRC/61/12\n"
    )
    assert [s.text for s in segment(text)] == [
        "We condemn the shelling of the villages.",
        "We call on the international community to respond.",
    ]
    # a numbered paragraph is read
    text = "Ministry of Foreign Affairs of Armenia\n\nStatement\n\n1. We condemn the shelling.\n"
    assert [s.text for s in segment(text)] == ["We condemn the shelling."]


def test_a_scraped_official_pages_furniture_is_not_the_issuers() -> None:
    text = (
        "Ministry of Foreign Affairs of the Republic of Armenia\nHome / Press centre / Statements\n"
        "Print\nShare:\n"
        "Statement of the Ministry of Foreign Affairs on the shelling of Sotk\n03 December, 2026\n"
        "We strongly condemn this provocation.\n"
        "We call on the international partners to give an unequivocal assessment of these actions.\n"
        "This website uses cookies. By continuing to browse the site, you agree to our use of cookies.\n"
        "Accept\n\u00a9 2026 Ministry of Foreign Affairs of the Republic of Armenia. All rights reserved.\n"
        "Is this page useful?\n"
    )
    found = segment(text)
    assert [s.text for s in found] == [
        "We strongly condemn this provocation.",
        "We call on the international partners to give an unequivocal assessment of these actions.",
    ]
    assert {s.actor for s in found} == {"ARM"}


def test_sentences_about_cookies_or_copyright_with_a_speaker_are_read() -> None:
    text = (
        "Copyright holders said the new law was unfair.\n"
        "The trade minister said the website would no longer store cookies, to respect privacy.\n"
    )
    assert [s.speaker for s in segment(text)] == ["Copyright holders", "The trade minister"]


def test_a_known_acronym_in_brackets_names_the_actor_of_a_name_the_gazetteer_lacks() -> None:
    text = (
        "The Intergovernmental Authority for Development (IGAD) said the talks would resume. "
        "It urged calm."
    )
    assert _who(segment(text)) == [("The Intergovernmental Authority for Development", "IGAD")] * 2


def test_a_bracket_that_does_not_spell_the_name_decides_nothing() -> None:
    text = "The Organisation for Democratic Votes in Europe (OSCE) said the count was orderly."
    assert [s.actor for s in segment(text)] == ["OTHER"]
    assert [s.actor for s in segment("The Kelmont Union (UK) said the talks would resume.")] == ["OTHER"]
    # a name the gazetteer knows keeps its own actor, whatever the bracket says
    text = "The French Foreign Ministry (MFA) said the talks would resume."
    assert [s.actor for s in segment(text)] == ["FRA"]


def test_a_sentence_broken_by_a_page_break_is_one_statement() -> None:
    text = (
        "Permanent Mission of Japan to the United Nations\n\n"
        "Statement by Ambassador Kenji Watanabe at the Security Council Open Debate\n\n"
        "Japan is deeply concerned about the growing number of civilians killed. We call on all "
        "parties to comply with\n\nCheck against delivery\n\n2\n\n"
        "international humanitarian law. Attacks on hospitals must stop.\n"
    )
    found = segment(text)
    assert [s.text for s in found][1] == (
        "We call on all parties to comply with\n\nCheck against delivery\n\n2\n\ninternational "
        "humanitarian law."
    )
    assert len(found) == 3
    assert all(text[s.start : s.end] == s.text for s in found)


def test_paragraphs_that_open_in_lower_case_after_a_heading_or_a_colon_stay_apart() -> None:
    from stance.sentences import split_sentences

    for text, n in (
        ("Syria talks\n\nde Mistura said the talks would resume.", 2),
        ("He said:\n\nwe will fight.", 2),
        ("A short heading\n\n2\n\nlower case para.", 3),
        ("The talks ended.\n\nthe next round is in May.", 2),
    ):
        assert len(split_sentences(text)) == n, text


def test_a_headline_that_opens_with_a_name_and_a_colon_is_no_tagged_turn() -> None:
    text = (
        "PRESS RELEASE\nFor immediate release\n3 December 2026\n\n"
        "UNICEF: 40 children killed in a week of fighting\n\n"
        "NEW YORK, 3 December 2026 - At least 40 children were killed in a week of fighting, "
        "UNICEF said today.\n"
    )
    found = segment(text)
    assert [s.text for s in found] == [
        "At least 40 children were killed in a week of fighting, UNICEF said today."
    ]


def test_a_lone_tag_over_a_turn_and_a_transcripts_tags_are_left_alone() -> None:
    # a one-line turn that ends a sentence
    text = "Briefing notes\n\nMR. ROE: We call on both sides to return to the talks.\n"
    assert [s.speaker for s in segment(text)] == ["MR. ROE"]
    # two tags: a transcript, whatever its lines end with
    text = "MR. ROE: We call on both sides to talk\nQUESTION: And Baku\nMR. ROE: We urge restraint.\n"
    assert [s.speaker for s in segment(text)] == ["MR. ROE", "MR. ROE"]


def test_an_embedded_post_speaks_for_the_author_its_signature_line_names() -> None:
    text = (
        "The Armenian Foreign Ministry said on Thursday that a deal was close.\n\n"
        "We call on Azerbaijan to refrain from maximalist demands.\n\n"
        "\u2014 MFA Armenia (@MFA_Armenia) December 3, 2026\n\n"
        "Azerbaijan's presidential aide Ilkin Hasanov told AFP that Baku would not sign."
    )
    found = segment(text)
    assert [(s.speaker, s.actor) for s in found] == [
        ("The Armenian Foreign Ministry", "ARM"),
        ("MFA Armenia", "ARM"),
        ("Azerbaijan's presidential aide Ilkin Hasanov", "AZE"),
    ]
    assert found[1].text == "We call on Azerbaijan to refrain from maximalist demands."


def test_a_line_with_a_handle_that_signs_nothing_is_left_alone() -> None:
    # a handle mentioned in running text, and a signature with no paragraph above it
    text = (
        "The ministry (@MFA_Armenia) said the talks would resume.\n\n"
        "The Foreign Ministry said it was alarmed."
    )
    assert len(segment(text)) == 2


def test_a_pages_numbered_list_of_headlines_under_its_heading_is_no_statement() -> None:
    text = (
        "The Armenian Foreign Ministry said on Thursday that a deal was close.\n\n"
        "Most read\n1. Russia warns Armenia over EU bid\n2. France says it will supply more arms\n"
    )
    assert [s.speaker for s in segment(text)] == ["The Armenian Foreign Ministry"]


def test_a_list_under_a_lead_in_or_a_sentence_is_read() -> None:
    for lead in ("The envoy listed the positions:", "The envoy listed the positions."):
        text = f"{lead}\n\u2022 Russia says the talks must go on\n\u2022 Armenia says the border is open\n"
        assert [s.speaker for s in segment(text)][-2:] == ["Russia", "Armenia"], lead


def test_a_running_header_between_a_sentences_halves_is_page_furniture() -> None:
    head = "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF AZERBAIJAN"
    text = (
        f"{head}\n\nPress release\n\n"
        "The Ministry strongly rejects the accusations. Such statements are aimed at distracting "
        f"attention from the ongoing\n\n{head}\n\n2\n\nprovocations of Armenia along the border. "
        "We call on Armenia to refrain from such steps.\n"
    )
    found = segment(text)
    assert [s.text.split()[0] for s in found] == ["The", "Such", "We"]
    assert found[1].text.endswith("provocations of Armenia along the border.")
    # a heading in capitals over a lower-case paragraph is not the sentence's first half
    from stance.sentences import split_sentences

    text = "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF AZERBAIJAN PRESS SERVICE\n\nand more."
    assert len(split_sentences(text)) == 2


# -- Markdown from a page converter -------------------------------------------------------------------


def test_markdown_marks_are_not_read_and_offsets_stay_exact() -> None:
    text = (
        "# Armenia accuses Azerbaijan of shelling border villages\n\n"
        "**YEREVAN, Dec 3 (Reuters)** - Armenia's [Defence Ministry](https://mil.example/news) said "
        "on Thursday that Azerbaijani forces had shelled three villages.\n\n"
        '> "This is a deliberate provocation," ministry spokeswoman Lusine Harutyunova told reporters.\n\n'
        "![Smoke over a village](https://example.com/photo.jpg)\n\n"
        "In a statement, the Kingdom **welcomes the resolution** and calls for calm.\n\n"
        "## Related\n\n* [Russia says peacekeepers will stay](https://example.com/a)\n"
    )
    found = segment(text)
    assert _who(found) == [
        ("Armenia's Defence Ministry", "ARM"),
        ("ministry spokeswoman Lusine Harutyunova", "ARM"),
        ("the Kingdom", "OTHER"),
    ]
    for s in found:
        assert text[s.start : s.end] == s.text
    assert found[0].text.startswith("Armenia's [Defence Ministry](https://mil.example/news) said")
    assert found[1].text.startswith('"This is')


def test_brackets_and_stars_that_are_no_markdown_are_left_alone() -> None:
    text = 'The envoy said "[the ministry] will respond" soon. * Russia said the talks were over.'
    found = segment(text)
    assert [s.text for s in found] == [
        'The envoy said "[the ministry] will respond" soon.',
        "* Russia said the talks were over.",  # a lone star is no mark of Markdown's
    ]


def test_inline_furniture_before_a_sentence_is_outside_its_span() -> None:
    text = "The Russian Foreign Ministry said the talks were over. (Photo: AFP) It urged calm."
    assert [s.text for s in segment(text)] == [
        "The Russian Foreign Ministry said the talks were over.",
        "It urged calm.",
    ]
    text = '"We will not give in," the minister of Armenia said. Advertisement "The border is ours."'
    found = segment(text)
    assert [s.text for s in found] == [
        '"We will not give in," the minister of Armenia said.',
        '"The border is ours."',
    ]
    assert found[1].kind == "direct"


def test_a_bracket_that_is_a_speakers_own_is_left_alone() -> None:
    text = "The ministry (AFP) said the talks were over. (He added that the date was not set.)"
    assert segment(text)[0].text == "The ministry (AFP) said the talks were over."
    from stance.sentences import split_sentences

    text = "Talks ended. (Photographers were kept away.) The envoy left."
    assert [text[s.start : s.end] for s in split_sentences(text)][1] == "(Photographers were kept away.)"


def test_links_after_a_lines_last_sentence_are_no_sentences() -> None:
    from stance.sentences import split_sentences

    text = "We call on them to talk. https://t.co/abc123 pic.twitter.com/xyz\nThe envoy left."
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found == ["We call on them to talk.", "The envoy left."]
    # a link inside a sentence, or one that ends a sentence with no stop, stays
    for text in ("See https://example.org for the text.", "The text is at www.example.org"):
        assert [text[s.start : s.end] for s in split_sentences(text)] == [text]


# -- invisible and fixed-width characters a page or a converter leaves ------------------------------


def test_a_no_break_space_inside_a_name_is_a_space() -> None:
    for text in (
        "The State\u00a0Department said the talks were over. It urged calm.",
        "The State&nbsp;Department said the talks were over.\r\nIt urged calm.",
    ):
        found = segment(text)
        assert _who(found) == [("The State Department", "USA")] * 2, text
        for s in found:
            assert text[s.start : s.end] == s.text
        assert found[0].speaker_mention in ("The State\u00a0Department", "The State&nbsp;Department")


def test_zero_width_characters_are_invisible() -> None:
    text = "\ufeffThe Russian Foreign \u200bMinistry said it was alarmed."
    found = segment(text)
    assert _who(found) == [("The Russian Foreign Ministry", "RUS")]
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_form_feed_page_break_inside_a_sentence_is_joined() -> None:
    text = (
        "Ministry of Foreign Affairs of Armenia\n\nStatement\n\n"
        "We call on all parties to comply with\n\x0cinternational humanitarian law. We urge restraint."
    )
    assert [s.text for s in segment(text)] == [
        "We call on all parties to comply with\n\x0cinternational humanitarian law.",
        "We urge restraint.",
    ]


def test_the_secretary_generals_remarks_by_the_office_alone_name_the_issuer() -> None:
    for title, who in (
        ("Secretary-General's remarks to the Security Council on the Middle East", "Secretary-General"),
        ("Deputy Secretary-General's video message to the conference on Sudan", "Deputy Secretary-General"),
    ):
        found = segment(f"{title}\n\nWe call on all parties to cease hostilities.")
        assert _who(found) == [(who, "UN")], title
    # a news headline with the office's possessive and a verb is no title of the office's text
    text = (
        "Secretary-General's remarks anger Moscow\n\n"
        "MOSCOW, Dec 3 - The talks ended on Monday. Russia said the remarks were biased."
    )
    assert _who(segment(text)) == [("Russia", "RUS")]


def test_a_list_of_headlines_with_no_article_is_read() -> None:
    # (the first line is the text's headline, as before)
    text = "Russia says it will withdraw\nArmenia says it welcomes the move\nBaku says nothing changed\n"
    assert [s.speaker for s in segment(text)] == ["Armenia", "Baku"]


def test_the_next_release_after_an_end_mark_is_read() -> None:
    text = (
        "PRESS RELEASE\n\nMinistry of Foreign Affairs of Georgia\n\n"
        "We condemn the attack on the monitors.\n\n###\n\nMedia contact: press@example.ge\n\n"
        "PRESS RELEASE\n\nThe Ministry welcomes the release of the detainees.\n\n###\n"
    )
    assert [s.text for s in segment(text)] == [
        "We condemn the attack on the monitors.",
        "The Ministry welcomes the release of the detainees.",
    ]


def test_a_pdfs_ligatures_are_read_as_their_letters() -> None:
    text = "A senior U.S. o\ufb03cial said the cease\ufb01re held. The con\ufb02ict, he said, was over."
    found = segment(text)
    assert _who(found) == [("A senior U.S. official", "USA")] * 2
    assert found[0].speaker_mention == "A senior U.S. o\ufb03cial"
    assert [text[s.start : s.end] for s in found] == [s.text for s in found]


def test_a_lead_in_that_names_its_speaker_first_names_the_issuer() -> None:
    text = (
        "Menu\nHome\nNews\nEmbassy of Canada to Armenia\n\n"
        "Canada condemns attack on Armenian village\n\n"
        "December 3, 2026 - Ottawa, Ontario - Global Affairs Canada\n\n"
        "The Honourable Anita Roe, Minister of Foreign Affairs, today issued the following statement:\n\n"
        '"Canada condemns the shelling of the village of Sotk. We call for an immediate cessation of '
        'hostilities."\n\n- 30 -\n\nContacts\nMedia Relations Office\n'
    )
    found = segment(text)
    assert _who(found) == [("The Honourable Anita Roe, Minister of Foreign Affairs", "CAN")] * 2


def test_a_releases_title_with_a_verb_names_the_issuer_by_its_subject() -> None:
    text = (
        "Kelmont Regional Organisation\n\n"
        "OSCE Secretariat condemns the attack on a monitoring patrol near Tarsk\n\n"
        "Vienna, 3 December 2026\n\n"
        "The Secretariat condemns in the strongest terms the attack on the patrol. The attackers "
        "fired on a clearly marked vehicle. We call for those responsible to be held to account."
    )
    found = segment(text)
    assert len(found) == 3
    assert {(s.speaker, s.actor) for s in found[1:]} == {("OSCE Secretariat", "OSCE")}


def test_a_storys_headline_or_key_points_with_verbs_are_no_release_title() -> None:
    text = (
        "Live: Armenia-Azerbaijan talks\n\nKey points\nTalks resume in Washington\n"
        "Armenia says deal is close\nBaku demands changes\n\n"
        "The Armenian Foreign Ministry said on Thursday that a deal was close.\n\n"
        "We call on Azerbaijan to refrain from maximalist demands.\n\n"
        "\u2014 MFA Armenia (@MFA_Armenia) December 3, 2026\n"
    )
    assert _who(segment(text)) == [("The Armenian Foreign Ministry", "ARM"), ("MFA Armenia", "ARM")]


def test_states_in_their_other_spellings_are_themselves() -> None:
    cases = {
        "The Democratic Republic of Congo said the rebels had seized the town.": "COD",
        "The Republic of Congo said the border was closed.": "COG",
        "Turkiye said it would host the talks.": "TUR",
        "Bosnia-Herzegovina said it would join the mission.": "BIH",
        "The Organisation of Islamic Conference said the meeting was postponed.": "OIC",
    }
    for text, code in cases.items():
        assert [s.actor for s in segment(text)] == [code], text


def test_a_page_number_line_inside_a_hard_wrapped_sentence_is_page_furniture() -> None:
    from stance.sentences import split_sentences

    text = (
        "This is a gross violation of the ceasefire, which the Ministry of Foreign Affairs regards as "
        "a direct\n- 2 -\nthreat to the peace process. We call on the international community to act."
    )
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found[0].endswith("a direct\n- 2 -\nthreat to the peace process.")
    assert len(found) == 2


def test_html_tags_a_scraper_left_are_read_as_line_breaks_or_nothing() -> None:
    text = (
        '<p>The <a href="https://mid.example/">Russian Foreign Ministry</a> said it was '
        "&quot;alarmed&quot;.</p><p>It urged <strong>both sides</strong> to show restraint.</p>"
    )
    found = segment(text)
    assert _who(found) == [("The Russian Foreign Ministry", "RUS")] * 2
    assert found[1].text == "It urged <strong>both sides</strong> to show restraint."
    assert all(text[s.start : s.end] == s.text for s in found)
    # angle brackets that are no tags are left alone
    text = "From: Press Office <press@example.org>\n\nThe minister said costs would be < 5%."
    assert [s.text for s in segment(text)] == ["The minister said costs would be < 5%."]
