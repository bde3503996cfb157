"""Cues and phrases of long sentences, posts and reports, found by the fifth round of probing:
lead-ins that name a medium ('posted on its Telegram channel:'), acts that are no speech
('concluded his visit'), third speakers without a comma, chains of possessives in a title, a
speaker's message, petitions and posts as media. Each rule with invented sentences, and the
cases it must leave alone."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

_BEFORE = "Fighting resumed near the border on Friday.\n\n"
_POST = (
    "\n\nVardanian units opened fire on positions near the village overnight. The command has"
    " taken measures to restore calm.\n\nTalks are due next week."
)

# -- a lead-in that names only where the words were posted introduces them -----------------------


def test_a_lead_in_naming_a_medium_gives_the_paragraph_after_it_to_its_speaker() -> None:
    for lead in (
        "The Russian Defence Ministry posted on its Telegram channel:",
        "The Russian Defence Ministry wrote on Facebook:",
        "The Russian Defence Ministry said in a post on X:",
        "The Russian Defence Ministry posted on X:",
        "The Russian Defence Ministry posted on its website on Friday:",
    ):
        found = segment(_BEFORE + lead + _POST)
        assert [s.text[:10] for s in found] == ["Vardanian ", "The comman"], lead
        assert all(s.speaker == "The Russian Defence Ministry" and s.actor == "RUS" for s in found)
        assert found[0].kind == "direct"


def test_a_lead_in_with_words_of_its_own_is_left_alone() -> None:
    # content in the lead-in itself: it is its own statement, and the paragraph after it is not
    lead = "The Russian Defence Ministry wrote on Facebook: the shelling is a provocation."
    found = segment(_BEFORE + lead + _POST)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("The Russian Defence Ministry", "The Russian Defence Ministry w")
    ]
    # a medium phrase before 'that' keeps its clause
    s = one("The ministry posted on its Telegram channel that the convoy had been shelled.")
    assert (s.speaker, s.cue) == ("The ministry", "posted")
    # posting a thing is no lead-in
    assert segment(_BEFORE + "The Russian Defence Ministry posted a video:" + _POST) == []


# -- concluding a visit, talks or a treaty is an act, not speech ----------------------------------


def test_concluding_a_visit_or_talks_is_no_statement() -> None:
    assert segment("The Personal Envoy concluded his visit to the region today.") == []
    assert segment("The Personal Envoy concluded his two-day visit to Baku and Yerevan on Thursday.") == []
    assert segment("Deputy Secretary Lana Morrow today concluded four days of talks in Vienna.") == []
    assert segment("The two ministers concluded a treaty on the border.") == []


def test_concluding_a_finding_is_still_a_statement() -> None:
    s = one("The Personal Envoy concluded that the parties were not ready to meet.")
    assert (s.speaker, s.cue) == ("The Personal Envoy", "concluded")
    s = one("The envoy concluded the meeting had been a waste of time.")
    assert (s.speaker, s.cue) == ("The envoy", "concluded")
    s = one('"We are not there yet," the envoy concluded.')
    assert (s.speaker, s.kind) == ("the envoy", "direct")


# -- a speaker's clause set off by 'and' without a comma, or by a bare comma ----------------------


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in segment(text)]


def test_a_third_speaker_after_and_without_a_comma_has_its_own_clause() -> None:
    assert _clauses(
        "The Kremlin said the talks were useful, while Washington said it was cautious and Paris said it"
        " was hopeful."
    ) == [
        ("The Kremlin", "The Kremlin said the talks were useful"),
        ("Washington", "while Washington said it was cautious"),
        ("Paris", "and Paris said it was hopeful."),
    ]
    assert _clauses("The Kremlin said the talks were useful and Washington said it was cautious.") == [
        ("The Kremlin", "The Kremlin said the talks were useful"),
        ("Washington", "and Washington said it was cautious."),
    ]


def test_a_speaker_after_a_bare_comma_has_its_own_clause() -> None:
    assert _clauses(
        "Russia said the talks were useful, Turkey said it would host the next round, and Iran called"
        " for calm."
    ) == [
        ("Russia", "Russia said the talks were useful"),
        ("Turkey", "Turkey said it would host the next round"),
        ("Iran", "and Iran called for calm."),
    ]


def test_one_speakers_sentence_is_not_split_at_a_bare_link() -> None:
    # a closing attribution, an aside, a participle, a relative clause, an apposition
    for text, speaker in (
        ("The United Nations is deeply concerned about the clashes, a UN spokesman, Ivo Brandt, said.", None),
        ("The talks, Turkey said, were useful.", "Turkey"),
        ("Turkey welcomed the truce, its Foreign Ministry saying it hoped for lasting peace.", None),
        ("Russia said the talks, which Turkey hosted, were useful.", "Russia"),
        ("The envoy said the EU, the largest donor to the fund, was concerned about the cuts.", "The envoy"),
        ("Baku said Moscow and Paris had agreed to meet.", "Baku"),
    ):
        found = segment(text)
        assert len(found) == 1 and found[0].text == text, text
        if speaker is not None:
            assert found[0].speaker == speaker


# -- a chain of possessives is one phrase in a title -----------------------------------------------


def test_a_title_with_a_chain_of_possessives_is_the_whole_speaker_phrase() -> None:
    title = "The head of Vardania's presidential administration's foreign policy department, Arin Tosk"
    s = one(title + ", said the talks would resume.")
    assert s.speaker_mention == title
    title = "The head of the presidential administration's foreign policy department, Arin Tosk"
    assert one(title + ", said the talks would resume.").speaker_mention == title
    title = "The deputy head of the ministry's press service, Lina Vork"
    assert one(title + ", said the talks would resume.").speaker_mention == title
    s = one("The head of Azerbaijan's presidential administration's policy department said it would act.")
    assert s.actor == "AZE"


def test_an_owner_after_a_verb_is_not_taken_into_the_phrase() -> None:
    # 'welcomed' is no modifier: the speaker is the name before the cue
    s = one("The envoy welcomed the ministry's decision, Arin Tosk said.")
    assert s.speaker_mention == "Arin Tosk"


# -- a speaker's message, position or statement described before a quote ----------------------


def test_the_owner_of_a_message_described_before_a_quote_speaks() -> None:
    s = one('The envoy\'s message was clear: "No talks under fire."')
    assert (s.speaker, s.kind, s.cue) == ("The envoy", "direct", "was clear")
    s = one('Moscow\'s position was blunt: "We will not withdraw."')
    assert (s.speaker, s.actor) == ("Moscow", "RUS")
    s = one('The ministry\'s statement was brief: "The border is closed."')
    assert s.speaker == "The ministry"


def test_an_owner_of_a_thing_that_says_nothing_is_left_alone() -> None:
    assert segment('The weather\'s effect was clear: "Nobody could move."') == []
    assert segment('The envoy\'s car was late: "Nobody knew why."') == []


# -- a participle with its agent after a noun modifies the noun --------------------------------


def test_a_participle_with_its_agent_after_a_noun_is_no_cue() -> None:
    s = one("A petition signed by 10,000 residents called on the mayor to resign.")
    assert s.cue == "called on"
    s = one("The letter signed by 40 lawmakers warned that the deal was dangerous.")
    assert s.cue == "warned"


def test_a_participle_with_no_later_verb_or_after_be_is_left_alone() -> None:
    s = one("The ministry condemned the strike, which it said was ordered by Baku.")
    assert (s.speaker, s.cue) == ("The ministry", "condemned")
    s = one("The two leaders signed by hand a declaration on the border.")
    assert s.cue == "signed"


# -- a post or statement on a body's channel speaks for the body --------------------------------


def test_according_to_a_post_on_a_bodys_channel_names_the_body() -> None:
    for text in (
        "According to a post on the ministry's Telegram channel, Moscow had summoned the ambassador.",
        "According to a statement on the ministry's website, Moscow had summoned the ambassador.",
        "According to the ministry's Telegram channel, Moscow had summoned the ambassador.",
        "Moscow had summoned the ambassador, according to a post on the ministry's Telegram channel.",
    ):
        s = one(text)
        assert (s.speaker_mention, s.kind) == ("the ministry", "according_to"), text
        assert s.speaker_span is not None and text[slice(*s.speaker_span)] == "the ministry"
    s = one("According to a post on the Russian Defence Ministry's Telegram channel, the strike hit a depot.")
    assert (s.speaker_mention, s.actor) == ("the Russian Defence Ministry", "RUS")


def test_a_source_phrase_without_a_medium_is_left_alone() -> None:
    s = one("According to a statement on its website, the ministry said it had summoned the envoy.")
    assert (s.speaker, s.cue) == ("the ministry", "said")
    s = one("According to the Russian Defence Ministry, the strike hit a depot.")
    assert s.speaker_mention == "the Russian Defence Ministry"


# -- an opening clause of contrast with its own speaker ------------------------------------------


def test_an_opening_clause_of_contrast_and_the_main_clause_have_their_own_speakers() -> None:
    assert _clauses("While Paris has called for an inquiry, Moscow has dismissed the reports as false.") == [
        ("Paris", "While Paris has called for an inquiry"),
        ("Moscow", "Moscow has dismissed the reports as false."),
    ]
    assert _clauses("While Moscow denied the reports, Baku said its positions had come under fire.") == [
        ("Moscow", "While Moscow denied the reports"),
        ("Baku", "Baku said its positions had come under fire."),
    ]


def test_an_opening_clause_of_the_same_speaker_is_not_split() -> None:
    text = "While she acknowledged the talks were slow, Envoy Mara Lind also noted some progress."
    assert [s.text for s in segment(text)] == [text]
    text = "While the envoy said the talks were useful, he gave no date for the next round."
    assert [s.text for s in segment(text)] == [text]


# -- a speaker's position or argument stated with 'is that' ---------------------------------------


def test_a_position_stated_with_is_that_is_the_owners_statement() -> None:
    s = one("Turkey's position is that the talks must continue.")
    assert (s.speaker, s.actor, s.cue) == ("Turkey", "TUR", "position")
    s = one("Turkey's position, as stated by its foreign minister, is that the talks must go on.")
    assert s.speaker == "Turkey"
    s = one("Baku's argument is that the corridor was promised in 2020.")
    assert (s.speaker, s.actor) == ("Baku", "AZE")


def test_a_cue_noun_that_is_no_statement_is_left_alone() -> None:
    assert segment("Turkey's position is strong after the vote.") == []
    assert segment("Baku's argument came as the talks stalled.") == []


# -- an opening phrase of time before a speaker with an apposition -------------------------------


def test_an_opening_phrase_of_time_is_no_speaker_before_an_apposition() -> None:
    s = one("During the debate, the defence minister, Karel Dvorak, told lawmakers the army needed money.")
    assert s.speaker_mention == "the defence minister, Karel Dvorak"
    s = one("On Monday, the deputy minister, Aram Tevos, said the border would stay closed.")
    assert s.speaker_mention == "the deputy minister, Aram Tevos"


def test_a_claim_rejected_by_a_bare_plural_has_its_own_speaker() -> None:
    assert _clauses("The minister said the army needed more money, a claim lawmakers rejected.") == [
        ("The minister", "The minister said the army needed more money"),
        ("lawmakers", "a claim lawmakers rejected."),
    ]


# -- a document seen or obtained by someone speaks for itself, not for who saw it ----------------


def test_a_document_seen_by_an_agency_speaks_for_its_issuer() -> None:
    s = one("A confidential UN report seen by Reuters said the militia had received weapons from abroad.")
    assert (s.speaker, s.actor) == ("A confidential UN report", "UN")
    s = one("An internal memo obtained by the Associated Press said the mission was underfunded.")
    assert s.speaker == "An internal memo"


def test_a_document_issued_by_a_body_and_people_seen_by_reporters_are_left_alone() -> None:
    assert one("A statement issued by the ministry said the talks would resume.").speaker == "the ministry"
    assert one("Refugees interviewed by UNHCR staff said they had fled the shelling.").speaker == "Refugees"


# -- a report owned by a watchdog, an NGO or a charity is one phrase --------------------------------


def test_a_report_with_its_owner_is_the_whole_speaker_phrase() -> None:
    for owner in ("The watchdog's latest", "The NGO's annual", "A charity's"):
        s = one(owner + " report concluded that the election had been marred by fraud.")
        assert s.speaker_mention == owner + " report"


def test_a_report_after_a_verb_keeps_its_speaker() -> None:
    s = one("The minister dismissed the watchdog's report, saying it was biased.")
    assert s.speaker_mention == "The minister"


# -- a motion or bill tabled by lawmakers speaks for them -----------------------------------------


def test_a_motion_tabled_by_a_party_speaks_for_it() -> None:
    s = one("The motion, tabled by the opposition, calls on the government to suspend the talks.")
    assert (s.speaker, s.speaker_mention, s.cue) == ("the opposition", "The motion", "calls on")
    s = one("The bill, introduced by three senators, calls on the administration to impose sanctions.")
    assert s.speaker == "three senators"
    s = one("The motion calls on the government to suspend the talks.")
    assert s.speaker == "The motion"


def test_a_resolution_drafted_by_a_state_is_not_the_drafters() -> None:
    # a resolution drafted by one member and adopted by a body is the body's (left to the
    # resolver, as before)
    s = one("The resolution, drafted by France, calls on the government to suspend the talks.")
    assert s.speaker == "The resolution"


def test_according_to_a_bodys_report_or_bulletin_names_the_body() -> None:
    s = one("Fourteen incidents were recorded, according to the mission's weekly bulletin.")
    assert s.speaker_mention == "the mission"
    s = one("Fourteen incidents were recorded, according to the ministry's daily report.")
    assert s.speaker_mention == "the ministry"


# -- participles of naming after a comma, titles with 'on', 'in the words of' ----------------------


def test_calling_after_a_comma_names_the_subjects_words() -> None:
    s = one('Tomas Brek went further, calling the agreement "a betrayal".')
    assert (s.speaker, s.cue, s.kind) == ("Tomas Brek", "calling", "partial")
    s = one("The deputy went further, calling the agreement a betrayal.")
    assert s.speaker == "The deputy"


def test_promising_and_a_calling_are_left_alone() -> None:
    assert segment("Relations have soured since the election, pledging nothing good for the talks.") == []
    assert segment("Diplomacy was her calling, and she served in Baku for a decade.") == []


def test_a_title_with_a_bare_noun_after_on_is_the_whole_speaker_phrase() -> None:
    text = "The UN Special Rapporteur on torture, Lina Okafor, told the council that she had had reports."
    assert one(text).speaker_mention == "The UN Special Rapporteur on torture, Lina Okafor"


def test_in_the_words_of_frames_a_sentence_at_its_start_or_end() -> None:
    s = one('In the words of one senior official, the talks are "on life support".')
    assert (s.speaker, s.kind) == ("one senior official", "according_to")
    s = one("The talks have stalled, in the words of a Western diplomat.")
    assert s.speaker == "a Western diplomat"


def test_in_the_words_of_inside_a_sentence_is_a_citation() -> None:
    text = (
        "Kelvania\nStatement by the delegation\n\nOur debt has become, in the words of many of our people,"
        " a chain as heavy as any worn in the colonial era."
    )
    assert all(s.speaker_mention != "many of our people" for s in segment(text))


# -- a hyphenated person's head -----------------------------------------------------------------


def test_a_hyphenated_persons_head_speaks() -> None:
    s = one("The OSCE chairman-in-office, whose term ends in December, urged both sides to pull back.")
    assert (s.speaker_mention, s.actor) == ("The OSCE chairman-in-office", "OSCE")
    s = one("The army's commander-in-chief said the troops were ready.")
    assert s.speaker_mention == "The army's commander-in-chief"


def test_a_hyphenated_modifier_is_no_speaker() -> None:
    assert segment("The state-owned grounds were sold, the deal reaching a record.") == []


def test_saying_little_is_silence() -> None:
    assert segment("Baku has said little in public.") == []
    assert segment("The ministry said little about the border.") == []
    assert one("The envoy said little had changed since May.").speaker == "The envoy"


# -- a claim denied by an agent -------------------------------------------------------------------


def test_a_claim_denied_by_an_agent_is_the_agents_clause() -> None:
    assert _clauses("The ministry said the attack had killed two soldiers, a claim denied by Yerevan.") == [
        ("The ministry", "The ministry said the attack had killed two soldiers"),
        ("Yerevan", "a claim denied by Yerevan."),
    ]


def test_a_passive_agent_inside_the_first_clause_is_left_alone() -> None:
    text = "The commission said the results would become final once they had been ratified by the court."
    assert _clauses(text) == [("The commission", text)]
    found = segment("The ministry cited a claim denied by Yerevan as proof.")
    assert all(s.speaker != "Yerevan" for s in found)


def test_a_source_after_of_with_an_owner_is_the_whole_phrase() -> None:
    s = one("According to the head of the ministry's press service, Moscow had summoned the ambassador.")
    assert s.speaker_mention == "the head of the ministry's press service"
    s = one("According to the head of the delegation, the talks had stalled.")
    assert s.speaker_mention == "the head of the delegation"


# -- the signatories of a statement in an apposition -------------------------------------------------


def test_the_signatories_in_an_apposition_are_the_whole_list() -> None:
    text = "The statement, signed by the foreign ministers of France, Germany and Italy, called for talks."
    assert one(text).speaker == "the foreign ministers of France, Germany and Italy"
    text = "The letter, written by the envoys of Canada, Norway and Japan, urged both sides to talk."
    assert one(text).speaker == "the envoys of Canada, Norway and Japan"


def test_a_list_after_a_publisher_or_an_object_is_left_alone() -> None:
    # the publisher is no signatory (the list itself is cut at its first comma, as on main)
    text = "In a statement published by the French Foreign Ministry, France, Germany and Britain said so."
    assert "Ministry" not in one(text).speaker
    s = one("After talks with Britain, France and Germany, Iran said it would resume inspections.")
    assert s.speaker == "Iran"


# -- an absolute clause with a speaker of its own -------------------------------------------------


def test_an_absolute_clause_with_its_own_speaker_is_split_at_with() -> None:
    assert _clauses("Lawmakers criticised the bill, with the opposition leader saying it was a gift.") == [
        ("Lawmakers", "Lawmakers criticised the bill"),
        ("the opposition leader", "with the opposition leader saying it was a gift."),
    ]


def test_an_absolute_clause_after_narration_is_one_statement() -> None:
    text = "Prices rose sharply, with analysts saying the rally could last."
    assert _clauses(text) == [("analysts", text)]
