"""Speakers and actors left from probing (lead8): each rule with the near miss it must leave
alone. Invented speeches and wire copy."""

from __future__ import annotations

from stance.segmentation import segment

# -- a speech with no header that opens 'On behalf of <group>': the group speaks -----------------


def test_a_speech_on_behalf_of_a_group_is_the_groups() -> None:
    text = (
        "On behalf of the Nordic countries, I would like to thank the Special Representative for her "
        "briefing.\n\nWe are deeply concerned by the continued fighting in the east. We call on all "
        "parties to respect the ceasefire."
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["the Nordic countries"] * 3
    assert {s.actor for s in found} == {"OTHER"}
    text = (
        "Mr. President,\n\nI have the honour to speak on behalf of the European Union.\n\n"
        "We condemn the attack on the convoy. We urge both sides to return to talks."
    )
    assert [(s.speaker, s.actor) for s in segment(text)][-2:] == [("the European Union", "EU")] * 2
    text = (
        "Allow me, on behalf of the Government of Ghana, to congratulate you. "
        "We remain concerned about the fighting."
    )
    assert [s.actor for s in segment(text)] == ["GHA", "GHA"]
    text = (
        "Thank you, Mr. President.\n\nI speak on behalf of the Nordic countries: Denmark, Finland, "
        "Iceland, Norway and Sweden. We are alarmed by the fighting."
    )
    assert [s.speaker for s in segment(text)] == ["the Nordic countries"] * 2
    text = "I am pleased to speak on behalf of the 27 member States of the European Union. We condemn it."
    assert [s.actor for s in segment(text)] == ["EU", "EU"]


def test_on_behalf_of_in_someone_elses_sentence_names_no_speaker() -> None:
    # the group is the one another speaker or statement spoke for, not the text's
    text = (
        "We associate ourselves with the statement delivered on behalf of the European Union. "
        "We are concerned about the fighting."
    )
    assert all(s.actor != "EU" for s in segment(text))
    text = "On behalf of the EU, the Finnish minister said the bloc was concerned. We will see."
    assert [s.speaker for s in segment(text)] == ["the Finnish minister"]
    # the speaker's own government, unnamed: nobody identifiable
    text = "Mr. President, on behalf of my Government, I thank you. We are concerned about the fighting."
    assert segment(text) == []
    # a quote is the quoted speaker's words
    text = '"On behalf of the Nordic countries, we protest," Ada Lindqvar said. We will follow the case.'
    assert [s.speaker for s in segment(text)] == ["Ada Lindqvar"]


# -- a debate's topic heading is not its members' state -------------------------------------------


def test_members_under_a_topic_heading_do_not_take_its_state() -> None:
    text = (
        "Georgia: Elections\n\nMr. Tobin Hale (Westbridge) (Con): I welcome the peaceful conduct of the "
        "elections in Georgia. Does the Minister agree that the opposition must be heard?"
    )
    assert [s.actor for s in segment(text)] == [None, None]
    text = (
        "Situation in Georgia\n\nMs. Ada Corven (Northfield): I welcome the peaceful conduct of the "
        "elections.\n\nMr. Tobin Hale (Westbridge): I agree with my honourable friend."
    )
    assert all(s.actor != "GEO" for s in segment(text))
    # an occasion of speaking about a state: the state is still the topic
    text = "Briefing on Georgia\n\nMR. HALE: We welcome it.\n\nQUESTION: Any response?\n\nMR. HALE: No."
    assert [s.actor for s in segment(text)] == [None, None]


def test_a_title_that_names_an_occasion_of_speaking_gives_its_state() -> None:
    text = (
        "Armenia: Press conference\n\nMR. PETROSYAN: We remain committed to the negotiations.\n\n"
        "QUESTION: Will you meet?\n\nMR. PETROSYAN: We are ready to meet him."
    )
    assert [s.actor for s in segment(text)] == ["ARM", "ARM"]
    text = (
        "Interview of the Armenian Foreign Minister to Radio Liberty\n\nQ: Are the talks over?\n\n"
        "A: No. We remain committed to the negotiations."
    )
    assert [s.actor for s in segment(text)] == ["ARM"]


# -- '<actor>-led', '-backed', '-brokered' name the leader or the backer, not the speaker ---------


def test_a_led_or_backed_body_does_not_speak_for_its_leader() -> None:
    for text, leader in (
        ("The NATO-led force said it had sent patrols to the village.", "NATO"),
        ("The U.S.-led coalition said it had struck three depots.", "USA"),
        ("A U.S.-brokered truce held overnight, the U.N.-backed government said.", "UN"),
    ):
        s = segment(text)[-1]
        assert s.actor != leader, s
        assert s.speaker.endswith(("force", "coalition", "government")), s


def test_the_leaders_own_name_still_speaks() -> None:
    text = "The U.S.-Russian talks ended without a deal, the U.S. envoy said."
    assert [(s.speaker, s.actor) for s in segment(text)] == [("the U.S. envoy", "USA")]
    assert segment("NATO said it had sent patrols to the village.")[0].actor == "NATO"
    assert segment("The U.S. said it had struck three depots.")[0].actor == "USA"


def test_a_led_body_in_a_place_is_not_the_places() -> None:
    for text in (
        "The NATO-led force in Kosovo said it had increased patrols.",
        "The Saudi-led coalition in Yemen said it intercepted a missile.",
        "The Turkish-backed forces in Karabakh said they had taken the town.",
    ):
        assert segment(text)[0].actor == "OTHER", text
    # the place's own government, whoever backs it; a body named before the place; no leader
    assert segment("The U.S.-backed government in Kabul said it would talk.")[0].actor == "AFG"
    assert segment("The Russian-led CSTO force in Armenia said it was ready.")[0].actor == "CSTO"
    assert segment("The forces in Karabakh said they had taken the town.")[0].actor == "KARABAKH"


# -- a known acronym in brackets after a name: the speaker resolver gives its actor ---------------


def test_an_acronym_given_later_names_the_actor_of_earlier_and_later_mentions() -> None:
    text = (
        "The Intergovernmental Authority for Development said on Monday the talks would resume. "
        "Later, the Intergovernmental Authority for Development (IGAD) said it urged calm."
    )
    assert [s.actor for s in segment(text)] == ["IGAD", "IGAD"]
    # the body is known by its acronym's actor when 'the bloc' is read
    text = (
        "The Intergovernmental Authority for Development (IGAD) said the talks would resume. "
        "The bloc urged calm."
    )
    assert [(s.speaker, s.actor) for s in segment(text)] == [
        ("The Intergovernmental Authority for Development", "IGAD")
    ] * 2


def test_an_acronym_that_does_not_spell_the_name_gives_no_actor_anywhere() -> None:
    text = "The Kelmont Union said the talks would resume. Later, the Kelmont Union (UK) urged calm."
    assert [s.actor for s in segment(text)] == ["OTHER", "OTHER"]


# -- a compound modifier opening a sentence ('NATO-led peacekeepers said') ------------------------


def test_a_sentence_opening_compound_modifier_stays_in_the_speaker_phrase() -> None:
    for text, speaker in (
        ("NATO-led peacekeepers said the road was open again.", "NATO-led peacekeepers"),
        ("Kremlin-backed separatists said they had taken the village.", "Kremlin-backed separatists"),
        ("U.S.-backed fighters said the town had fallen.", "U.S.-backed fighters"),
        ("Blue-helmeted peacekeepers said the road was open again.", "Blue-helmeted peacekeepers"),
    ):
        (s,) = segment(text)
        assert s.speaker == speaker, text
        assert s.actor not in ("NATO", "RUS", "USA"), text  # the leader is not the speaker


def test_a_hyphenated_name_opening_a_sentence_is_still_a_name() -> None:
    # 'Nagorno-Karabakh' ends in a capitalised part: a name, not a modifier
    (s,) = segment("Nagorno-Karabakh officials said the road was open again.")
    assert s.speaker == "Nagorno-Karabakh officials"
    assert segment("Television footage showed the road was open again.") == []


# -- counts and compound nouns in a speaker's phrase ----------------------------------------------


def test_a_count_after_a_determiner_stays_in_the_speaker_phrase() -> None:
    for text, speaker in (
        ("The 27 member states said the attack was unacceptable.", "The 27 member states"),
        ("Its 27 members said the attack was unacceptable.", "Its 27 members"),
        ("The bloc's 27 members said the attack was unacceptable.", "The bloc's 27 members"),
    ):
        (s,) = segment(text)
        assert s.speaker == speaker, text
    (s,) = segment("In 2014 officials said the attack was unacceptable.")
    assert s.speaker == "officials"


def test_member_states_is_a_noun_not_a_cue() -> None:
    text = "I have the honour to speak on behalf of the European Union and its member states."
    assert all(s.cue != "states" for s in segment(text))
    text = "In a declaration on behalf of its 27 member states, the European Union condemned the attack."
    (s,) = segment(text)
    assert (s.speaker, s.actor, s.cue) == ("the European Union", "EU", "condemned")
    # the verb 'states' after a document is still a cue
    (s,) = segment("The report states that the ceasefire was broken.")
    assert (s.speaker, s.cue) == ("The report", "states")


def test_modifiers_from_the_sentence_start_stay_in_the_speaker_phrase() -> None:
    for text, speaker in (
        ("Kremlin-backed separatist leaders said the road was open.", "Kremlin-backed separatist leaders"),
        ("Human rights groups said the road was open again.", "Human rights groups"),
        ("Shipping industry sources said the tanker had left port.", "Shipping industry sources"),
        # a prefix makes the name an adjective: 'Pro-Russian' names no one
        ("Pro-Russian separatist leaders said the road was open.", "Pro-Russian separatist leaders"),
        ("Anti-Western protesters said they would march again.", "Anti-Western protesters"),
    ):
        (s,) = segment(text)
        assert s.speaker == speaker, text
    # a head that does not speak opens no speaker phrase
    assert segment("Television news footage showed the road was open again.") == []
