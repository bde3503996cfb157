"""Registers probed by helper "seg10": live blogs, posts on social media, other quotation
styles (guillemets, German quotes, a quote over several paragraphs), interview transcripts,
numbered resolutions and communiques, Security Council press statements, translated official
statements. Invented texts throughout."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

# -- a quote over several paragraphs: an opening mark on each, the closing one and the cue on the last


def test_a_quote_over_paragraphs_takes_the_cue_of_its_last_paragraph() -> None:
    text = (
        "The ministry issued a statement on Friday.\n\n"
        '"Russia condemns the shelling of civilian areas.\n\n'
        '"We call on Azerbaijan to respect the ceasefire.\n\n'
        '"The peacekeepers will remain in place," the statement said.'
    )
    found = segment(text)
    assert [text[s.start : s.end][:12] for s in found] == ['"Russia cond', '"We call on ', '"The peaceke']
    assert {s.speaker_mention for s in found} == {"the statement"}
    text = (
        "Armen Sarkissian, a village head, described the night.\n\n"
        '"They shelled us for hours.\n\n'
        '"Nobody came to help," he said.'
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["Armen Sarkissian, a village head"] * 2


def test_a_quote_left_open_after_a_cue_does_not_run_into_another_speakers_paragraph() -> None:
    text = (
        '"It is a provocation," Senator Ada Brill said on Friday. "If they go on like this, '
        "nobody will trust them.\n\n"
        '"We have seen this before," added Senator Tom Vell, who chairs the committee.'
    )
    found = segment(text)
    assert [s.speaker for s in found][:2] == ["Senator Ada Brill"] * 2
    assert found[2].speaker.startswith("Senator Tom Vell")


# -- other quotation styles: German '„…“', '»…«', French '« … »' with spaces inside


def test_german_low_quotes_close_with_the_high_opening_mark() -> None:
    text = (
        "Foreign Minister Klara Weiss spoke in Berlin. „The situation is grave“, she said. "
        "„We call on both sides to stop the fighting.“ Then she left for Vienna."
    )
    found = segment(text)
    assert [text[s.start : s.end] for s in found] == [
        "„The situation is grave“, she said.",
        "„We call on both sides to stop the fighting.“",
    ]
    assert {s.speaker for s in found} == {"Foreign Minister Klara Weiss"}


def test_reversed_guillemets_quote_and_invert_the_cue() -> None:
    text = "»We are deeply worried,« said Klara Weiss, the German envoy. The talks ended on Friday."
    s = one(text)
    assert (text[s.start : s.end], s.speaker_mention, s.kind) == (
        "»We are deeply worried,« said Klara Weiss, the German envoy.",
        "Klara Weiss, the German envoy",
        "direct",
    )
    text = "Klara Weiss said: »We are deeply worried about the situation.« The talks ended on Friday."
    s = one(text)
    assert (s.end, s.kind) == (text.index(" The talks"), "direct")


def test_a_spaced_closing_guillemet_stays_with_its_sentence() -> None:
    text = "The French ministry said: « France calls on Baku to withdraw its forces. » It gave no details."
    s = one(text)
    assert text[s.start : s.end].endswith("forces. »") and s.kind == "direct"
    # the corpus's own style is untouched: '«put an end»' is a partial quote of its sentence
    text = "France called on both sides to «put an end to the fighting» and to resume talks. The talks ended."
    s = one(text)
    assert (text[s.end - 6 : s.end], s.kind) == ("talks.", "partial")
    # English quotes are untouched
    text = "“We call on both sides to stop,” said Tom Vell. “It is grave.” Then he left."
    assert [text[s.start : s.end] for s in segment(text)] == [
        "“We call on both sides to stop,” said Tom Vell.",
        "“It is grave.”",
    ]


# -- numbered resolutions and communiques: 'The Assembly:' then '1. Condemns ...;'


def test_the_items_under_a_bodys_name_with_a_colon_are_its_statements() -> None:
    text = (
        "The Parliamentary Assembly of the Council of Europe adopted a resolution on Thursday.\n\n"
        "The Assembly:\n"
        "1. Condemns the military operation launched by Azerbaijan on 19 September;\n"
        "2. Calls upon Azerbaijan to ensure the safe return of the displaced population;\n"
        "3. Urges Armenia and Azerbaijan to resume negotiations.\n\n"
        "The resolution was adopted by 98 votes to 4."
    )
    found = segment(text)
    assert [text[s.start : s.end][:10] for s in found] == ["Condemns t", "Calls upon", "Urges Arme"]
    assert {(s.speaker_mention, s.cue) for s in found} == {("The Assembly", None)}
    text = "Final communique\n\nThe Ministers:\n\n- Expressed deep concern over it;\n\n- Welcomed the talks."
    found = segment(text)
    assert [s.speaker_mention for s in found] == ["The Ministers"] * 2


def test_a_bodys_lead_in_after_a_sentence_or_a_fronted_phrase_and_lettered_items() -> None:
    text = (
        "The European Parliament adopted a resolution on Thursday. In the text, the Parliament:\n\n"
        "- condemns the military attack by Azerbaijan;\n"
        "- calls on the Commission to suspend the gas deal;\n"
        "- expresses its solidarity with the people of Armenia.\n\n"
        "The vote was 491 to 9."
    )
    found = segment(text)
    assert [s.speaker_mention for s in found] == ["the Parliament"] * 3  # not 'the Commission'
    text = (
        "The Parliament:\n\n(a) Strongly condemns the blockade of the corridor;\n\n"
        "(b) Urges the peacekeepers to fulfil their mandate;\n\n(c) Asks the Commission to act."
    )
    found = segment(text)
    assert [text[s.start : s.end][:6] for s in found] == ["Strong", "Urges ", "Asks t"]
    assert {s.speaker_mention for s in found} == {"The Parliament"}


def test_a_lettered_item_c_is_no_copyright_line() -> None:
    text = "Final text\n\n(c) 2024 Herald Media\n\nThe ministry said the talks had failed."
    assert [s.speaker_mention for s in segment(text)] == ["The ministry"]


def test_a_list_under_a_heading_that_names_no_speaker_stays_narration() -> None:
    # the items open with no cue verb, or with an imperative, or the heading is no name
    for text in (
        "The Facts:\n1. Troops crossed the border on Friday;\n2. Two villages were shelled.",
        "The Assembly:\n1. Condemn the attack;\n2. Free the prisoners.",
        "Key points:\n- Condemns the attack;\n- Calls for talks.",
    ):
        assert not [s for s in segment(text) if s.speaker_mention and s.speaker_mention[0] in "TK"]


# -- live blogs and wire quotes: the actor of an office with no country


def test_a_place_inside_the_quote_before_a_spokesman_is_not_his_title() -> None:
    s = one('"This is a provocation staged by Yerevan," spokesman Tural Hasanli told reporters.')
    assert (s.speaker, s.actor) == ("spokesman Tural Hasanli", "OTHER")
    text = (
        "Azerbaijan's defence ministry denied the claim. "
        '"This is a provocation staged by Yerevan," spokesman Tural Hasanli told reporters.'
    )
    assert segment(text)[1].actor == "AZE"
    # a title in front of the name still gives its state
    s = one("Armenian defence ministry spokesman Aram Torosyan said the border was calm.")
    assert s.actor == "ARM"


# -- live blogs: the time stamp before an entry is no part of its statement


def test_a_live_blog_entrys_time_stamp_is_not_in_the_statement() -> None:
    stamps = ("Update, 3.10pm: ", "Updated at 14:05 GMT: ", "Tuesday 14:05 - ", "[14:05] ", "2:15 p.m. ET: ")
    for stamp in (*stamps, "1405 GMT: ", "14:05 GMT - "):
        text = stamp + "The Kremlin said it was deeply concerned."
        s = one(text)
        assert (s.start, s.speaker, s.actor) == (len(stamp), "The Kremlin", "RUS"), stamp
    # a figure that opens a sentence is no time stamp
    text = "14.50 euros is the price, the Kremlin said."
    assert one(text).start == 0


# -- translated statements: 'X issued a statement. The statement stressed that ...'


def test_the_statement_a_body_issued_speaks_for_it() -> None:
    text = (
        "The Armenian foreign ministry issued a statement on Monday. "
        "The statement stressed that the blockade is a flagrant violation of international law."
    )
    s = one(text)
    assert (s.speaker, s.actor) == ("The Armenian foreign ministry", "ARM")
    text = "Armenia's foreign ministry has issued a long statement. The statement said the siege is illegal."
    assert one(text).actor == "ARM"
    # a group the gazetteer does not know stays unresolved
    text = "The villagers issued a statement on Monday. The statement stressed that the blockade is illegal."
    assert one(text).actor is None


def test_an_impersonal_passive_that_names_its_document_is_the_documents() -> None:
    text = (
        "The Armenian foreign ministry issued a statement on Monday. It was stressed in the statement "
        "that the blockade of the corridor constitutes a flagrant violation of international law."
    )
    s = one(text)
    assert (s.speaker_mention, s.speaker, s.actor, s.cue) == (
        "the statement",
        "The Armenian foreign ministry",
        "ARM",
        "stressed",
    )
    s = one("It was also emphasized in the final communique that the peacekeepers must act.")
    assert s.speaker_mention == "the final communique"
    # no source named, a meeting named, or no 'that' clause: no statement
    for text in (
        "It is noted with concern that Azerbaijan continues to ignore the order.",
        "It was stressed in the talks that both sides want peace.",
        "The village was mentioned in the report that was published on Monday.",
    ):
        assert segment(text) == [], text


# -- social media: 'posted on X that ...', '... said on X. "..."'


def test_posted_on_a_platform_that_a_clause_is_a_cue() -> None:
    s = one("The ministry posted on X that talks had failed.")
    assert (s.speaker_mention, s.cue) == ("The ministry", "posted")
    s = one("Armenia's foreign ministry posted on its Telegram channel that troops were advancing.")
    assert s.actor == "ARM"
    # no medium, or 'that' as a determiner: no statement
    assert segment("Zephyr posted in the first quarter that profit was up.") == []
    assert segment("The company posted on its website that day a notice.") == []


def test_a_platform_called_x_ends_a_sentence() -> None:
    text = '"We stand with Armenia," Senator Claude Morel said on X. "The aggression must stop."'
    found = segment(text)
    assert [text[s.start : s.end] for s in found] == [
        '"We stand with Armenia," Senator Claude Morel said on X.',
        '"The aggression must stop."',
    ]
    assert {s.speaker for s in found} == {"Senator Claude Morel"}
    # an initial in a name stays one
    s = one("He spoke to J. Smith on Friday, the ministry said.")
    assert s.start == 0 and s.speaker == "the ministry"
    s = one("President John F. Kennedy said it was time.")
    assert s.speaker == "President John F. Kennedy"


# -- interview transcripts: a name tag takes the actor of the introduction that names the guest


def test_a_guests_name_tag_takes_the_actor_of_the_introduction() -> None:
    text = (
        "In an interview with Le Monde, French Foreign Minister Jeanne Lefort discussed the crisis.\n\n"
        "Le Monde: Are you worried about a new war?\n\n"
        "Jeanne Lefort: Yes, very. We call on Azerbaijan to withdraw its troops.\n\n"
        "Le Monde: Has Russia failed?\n\n"
        "Jeanne Lefort: Russia has not fulfilled its commitments."
    )
    found = segment(text)
    assert found and {(s.speaker, s.actor) for s in found} == {("Jeanne Lefort", "FRA")}
    # another surname, or no introduction: no actor is made up
    other = text.replace("Minister Jeanne Lefort discussed", "Minister Paul Vidal discussed")
    assert {s.actor for s in segment(other)} == {None}


def test_a_fronted_phrase_before_a_narrated_subject_is_skipped() -> None:
    # 'In ...,' opens the sentence: the subject after the comma is whom 'she' stands for
    text = (
        "At a summit in Oslo on Friday, Deputy Minister Jeanne Lefort visited the border.\n\n"
        '"We call on both sides to stop," she said.'
    )
    s = one(text)
    assert (s.speaker_mention, s.speaker) == ("she", "Deputy Minister Jeanne Lefort")


# -- Security Council press statements


def test_the_council_members_after_the_members_of_the_security_council() -> None:
    text = (
        "The members of the Security Council condemned in the strongest terms the attack on the convoy. "
        "The Council members reiterated their full support for the mission."
    )
    found = segment(text)
    assert [(s.speaker_mention, s.actor) for s in found] == [
        ("The members of the Security Council", "UN"),
        ("The Council members", "UN"),
    ]
    # with no council named before, they stay unknown
    assert one("The Council members met on Friday and said they were worried.").actor != "UN"


def test_an_interviewee_introduced_after_the_article_answers() -> None:
    text = (
        "The Azerbaijani presidential aide Farid Mammadli gave an interview to our correspondent.\n\n"
        "Question: Is Baku preparing a new offensive?\n\n"
        "Answer: No. Armenia is spreading disinformation to justify its own build-up."
    )
    found = segment(text)
    aide = "Azerbaijani presidential aide Farid Mammadli"
    assert found and {(s.speaker, s.actor) for s in found} == {(aide, "AZE")}
    text = 'The Russian envoy Ivan Sorokin visited Baku on Friday.\n\n"We call for calm," he said.'
    assert (one(text).speaker, one(text).actor) == ("Russian envoy Ivan Sorokin", "RUS")
    # a body after the article is no person's name ('he' stays unresolved)
    text = 'The Russian Foreign Ministry summoned the envoy on Friday.\n\n"We call for calm," he said.'
    assert one(text).speaker == "he"


def test_a_capitalised_name_tag_takes_the_actor_of_the_title_in_the_header() -> None:
    text = (
        "Transcript of an interview with EU envoy Toivo Kallas on Radio Baltica.\n\n"
        "ANNA BERG: Is the ceasefire holding?\n\n"
        "TOIVO KALLAS: It is fragile. We urge both sides to refrain from provocations."
    )
    found = [s for s in segment(text) if s.speaker == "TOIVO KALLAS"]
    assert found and {s.actor for s in found} == {"EU"}
    # the host named nowhere else stays no actor's
    assert {s.actor for s in segment(text) if s.speaker == "ANNA BERG"} <= {None}


# -- a quote over paragraphs in single curly quotes


def test_a_quote_over_paragraphs_in_single_quotes() -> None:
    text = "The envoy spoke.\n\n‘The ceasefire holds.\n\n‘Both sides have pulled back,’ the spokesman said."
    found = segment(text)
    assert [text[s.start : s.end][:8] for s in found] == ["‘The cea", "‘Both si"]
    assert {s.speaker_mention for s in found} == {"the spokesman"}


def test_a_post_that_is_only_a_picture_is_no_statement() -> None:
    assert segment("Pashinyan posted a photo on Instagram.") == []
    text = "Prime Minister Ada Pashin posted a video on Facebook. In it, he said Armenia would not yield."
    assert [s.speaker_mention for s in segment(text)] == ["he"]
    # a picture shared with words about it still speaks
    s = one("Russia shared a video of the strike, saying it proved Kyiv had lied.")
    assert s.speaker == "Russia"


def test_who_posted_a_message_on_a_platform_calling_for_speaks() -> None:
    s = one("Pashinyan posted a message on Facebook calling for calm.")
    assert (s.speaker, s.actor) == ("Pashinyan", "ARM")
    s = one("Armenia's foreign ministry posted a statement on its website calling for calm.")
    assert (s.speaker, s.actor) == ("Armenia's foreign ministry", "ARM")


# -- wire copy on the Council: 'the 15-member body', 'the 27-nation bloc'


def test_a_body_with_a_count_before_its_head_speaks() -> None:
    text = "The Security Council said it was alarmed. The 15-member body also urged the sides to de-escalate."
    found = segment(text)
    assert [(s.speaker_mention, s.actor) for s in found] == [
        ("The Security Council", "UN"),
        ("The 15-member body", "UN"),
    ]
    text = "The EU said it was alarmed. The 27-nation bloc urged the parties to de-escalate."
    assert segment(text)[1].actor == "EU"
    s = one("The 193-member General Assembly demanded a ceasefire.")
    assert (s.speaker, s.actor) == ("The 193-member General Assembly", "UN")
    # a body that is a corpse is no speaker
    text = "Armenia said it was alarmed. The body of a soldier was found on Friday, the ministry said."
    assert segment(text)[1].speaker_mention == "the ministry"


def test_a_communiques_opening_with_a_comma_gives_its_items_to_the_body() -> None:
    text = (
        "Communique of the 1150th meeting of the Peace and Security Council\n\n"
        "The Peace and Security Council of the African Union (AU), at its 1150th meeting,\n\n"
        "1. EXPRESSES deep concern over the escalation of violence in the region;\n\n"
        "2. CALLS UPON the parties to cease hostilities immediately."
    )
    found = segment(text)
    assert [text[s.start : s.end][:8] for s in found] == ["EXPRESSE", "CALLS UP"]
    assert {s.actor for s in found} == {"AU"}  # not the UN's, as the title's 'Security Council' gave
    # a phrase in lower case before the comma names no body
    text = "After a long debate at its meeting,\n\n1. Condemns the attack;\n\n2. Calls for talks."
    assert segment(text) == []


# -- press statements: condolences, sympathy, solidarity, gratitude are expressed, i.e. said


def test_expressing_condolences_or_solidarity_is_a_statement() -> None:
    text = (
        "Security Council press statement on Mali\n\n"
        "The members of the Security Council expressed their deepest condolences to the families.\n\n"
        "They condemned the attack."
    )
    found = segment(text)
    assert [(s.speaker, s.actor) for s in found] == [("The members of the Security Council", "UN")] * 2
    s = one("The French foreign ministry expressed its solidarity with Armenia.")
    assert (s.actor, s.cue) == ("FRA", "expressed its solidarity")
    # 'expressed' with no such noun is no cue
    assert segment("The courier expressed the parcel to Baku.") == []


def test_two_clauses_of_one_sentence_by_one_speaker_are_one_statement() -> None:
    text = (
        "Question: Kyiv demands compensation. How do you respond?\n\n"
        "Marina Kostrova: Moscow has said it regrets the incident, and the President said he was sorry."
    )
    found = [s for s in segment(text) if s.speaker == "Marina Kostrova"]
    assert [text[s.start : s.end][:9] for s in found] == ["Moscow ha"]
    assert found[0].text.endswith("was sorry.")
    # two speakers in one sentence keep their clauses; two sentences stay two statements
    found = segment("Baku said the talks had failed, but Yerevan said they would go on.")
    assert [s.speaker for s in found] == ["Baku", "Yerevan"]
    found = segment('"We are ready," Ada Roe said. "We will sign."')
    assert len(found) == 2


def test_an_impersonal_passive_right_after_a_bodys_statement_goes_on_with_it() -> None:
    text = (
        "The Armenian foreign ministry issued a statement on Monday.\n\n"
        "It was stressed in the statement that the blockade is a flagrant violation of the law.\n\n"
        "It is noted with deep concern that Azerbaijan continues to ignore the court.\n\n"
        "It was emphasized that the peacekeepers must ensure free movement.\n\n"
        "The meeting was held in a friendly atmosphere."
    )
    found = segment(text)
    assert [text[s.start : s.end][:9] for s in found] == ["It was st", "It is not", "It was em"]
    assert {(s.speaker, s.actor) for s in found} == {("The Armenian foreign ministry", "ARM")}
    # after a person, after narration, or with no statement before: no one's
    assert len(segment("Ada Roe said the talks were over. It was noted that she looked tired.")) == 1
    text = "The ministry of Armenia said talks were over. Two soldiers died. It was noted that it went on."
    assert len(segment(text)) == 1
    assert segment("It is noted with concern that Azerbaijan continues to ignore the order.") == []
