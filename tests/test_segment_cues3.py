"""Cue words and subjects in wire copy (markets, energy, elections): nouns that look like cue
verbs, subjects the segmenter missed, second speakers, speaker spans, reports of silence and
data. Each rule with invented sentences, and the cases it must leave alone."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

# -- a cue word at the end of a phrase that does not open a clause is a noun ------------------------


def test_a_cue_word_closing_an_agent_phrase_is_a_noun() -> None:
    assert segment("The pipeline, owned by the Russian state, was damaged.") == []
    assert segment("European shares fell on Monday on worries about weak Chinese demand.") == []
    assert segment("The fund, which backs six former Soviet states, cut its forecast.") == []
    # a relative clause on a noun: the noun's description, no speech
    assert segment("The attack broke the norms that all members of the alliance have endorsed.") == []


def test_a_closing_cue_after_a_clause_opening_still_speaks() -> None:
    s = one("Talks will resume next week, the ministry noted.")
    assert (s.speaker, s.cue) == ("the ministry", "noted")
    s = one("The border stays shut, as the ministry noted.")
    assert s.cue == "noted"
    s = one("Talks will resume, added the envoy.")
    assert (s.speaker, s.cue) == ("the envoy", "added")
    s = one("Prices rose in May, a spokesman for the ministry added.")
    assert (s.speaker, s.cue) == ("a spokesman for the ministry", "added")
    # the verbs themselves, with what they report, are left alone
    s = one("Russia states that the border is closed.")
    assert (s.speaker, s.actor, s.cue) == ("Russia", "RUS", "states")
    s = one("The ministry demands that Baku withdraw its troops.")
    assert (s.speaker, s.cue) == ("The ministry", "demands")
    s = one("Baku demanded the withdrawal of Armenian forces.")
    assert (s.speaker, s.actor, s.cue) == ("Baku", "AZE", "demanded")


# -- a weak cue after a comma is weak when its subject is before the comma ----------------------


def test_a_weak_cue_after_a_relative_clause_needs_what_it_reports() -> None:
    assert segment("The company, in which the French state holds a 30% stake, posted a loss.") == []
    assert segment("The company, which the state partly owns, posted a loss.") == []
    assert segment("The company posted a loss.") == []
    # with what it reports, the weak cue still speaks
    s = one("The ministry, in a statement, posted that the talks had failed.")
    assert (s.speaker, s.cue) == ("The ministry", "posted")
    s = one("The Armenian Foreign Ministry posted on Telegram that the talks had failed.")
    assert (s.speaker, s.actor, s.cue) == ("The Armenian Foreign Ministry", "ARM", "posted")
    s = one("The statement posted on its website said the talks had failed.")
    assert s.speaker == "The statement"


def test_a_weak_cue_after_a_known_state_and_a_comma_states_its_position() -> None:
    s = one("Kazakhstan, which has ties with both sides, is ready to host the talks.")
    assert (s.speaker, s.cue) == ("Kazakhstan", "is ready")
    s = one("Kazakhstan is ready to host the talks.")
    assert (s.speaker, s.cue) == ("Kazakhstan", "is ready")


# -- subjects: a plural owner before modifiers, a name with its acronym and a relative clause ------


def test_a_plural_owner_with_modifiers_before_the_head_speaks() -> None:
    s = one("The two countries' foreign ministries said talks would resume.")
    assert (s.speaker, s.cue) == ("The two countries' foreign ministries", "said")
    # as before: the owner right before the head, and a plural owner that is no speaker
    s = one("The miners' union said the strike would go on.")
    assert s.speaker == "The miners' union"
    s = one("The players' new contract was signed, officials said.")
    assert s.speaker == "officials"


def test_a_name_with_its_acronym_and_a_relative_clause_speaks() -> None:
    s = one(
        "The Organization for Security and Co-operation in Europe (OSCE), which monitors the "
        "vote, said turnout was low."
    )
    assert (s.speaker, s.cue) == ("The Organization for Security and Co-operation in Europe", "said")
    s = one(
        "The Collective Security Treaty Organization (CSTO), which groups six former Soviet "
        "states, said it would not send troops."
    )
    assert s.speaker == "The Collective Security Treaty Organization"
    assert s.actor not in (None, "RUS")
    # each part alone, as before
    s = one("The OSCE, which monitors the vote, said turnout was low.")
    assert s.speaker == "The OSCE"
    s = one("The Organization for Security and Co-operation in Europe (OSCE) said turnout was low.")
    assert s.cue == "said"


# -- a second speaker after 'as' or after a dash ------------------------------------------------------


def test_a_named_plural_after_as_speaks_in_a_clause_of_its_own() -> None:
    text = (
        "Two soldiers were killed, Armenian officials said on Friday, as Russian peacekeepers "
        "warned of further clashes."
    )
    first, second = segment(text)
    assert (first.speaker, first.actor) == ("Armenian officials", "ARM")
    assert (second.speaker, second.actor, second.cue) == ("Russian peacekeepers", "RUS", "warned")
    assert second.text == "as Russian peacekeepers warned of further clashes."
    first, second = segment(text.replace(" as ", " while "))
    assert second.speaker == "Russian peacekeepers"
    s = one("The talks ended, but Armenian peacekeepers said they would resume.")
    assert s.speaker == "Armenian peacekeepers"
    # no cue after 'as': the narration stays with the first statement
    s = one("Two houses were damaged, officials said, as the storm moved north.")
    assert s.text == "Two houses were damaged, officials said, as the storm moved north."
    # a list of modifiers is no clause of its own
    s = one("The ministry said that France and its Russian and American partners remained concerned.")
    assert s.speaker == "The ministry"


def test_a_dash_before_a_claim_or_a_linking_word_splits_two_speakers() -> None:
    for dash in (" - ", " \u2014 ", "\u2014", " -- "):
        text = (
            f"The Azerbaijani Defence Ministry said Armenian forces opened fire first{dash}a claim "
            "Yerevan rejected hours later."
        )
        first, second = segment(text)
        assert (first.actor, second.speaker, second.actor) == ("AZE", "Yerevan", "ARM")
        assert first.text == "The Azerbaijani Defence Ministry said Armenian forces opened fire first"
        assert second.text == "a claim Yerevan rejected hours later."
    first, second = segment("The ministry said talks would resume \u2014 and Yerevan said it would attend.")
    assert (first.text, second.speaker) == ("The ministry said talks would resume", "Yerevan")
    # a dash around an aside is no break
    s = one("The ministry said the ceasefire - agreed in May - had held.")
    assert s.text == "The ministry said the ceasefire - agreed in May - had held."


# -- a speaker's span does not swallow the clause before it -----------------------------------------


def test_a_noun_and_its_verb_before_a_name_are_no_modifiers_of_the_speaker() -> None:
    s = one(
        "The delegation included Deputy Foreign Minister Irina Valeva and the head of the Russian "
        "peacekeeping contingent, who said the situation was under control."
    )
    assert (s.speaker, s.actor) == ("the head of the Russian peacekeeping contingent", "RUS")
    s = one(
        "In Baku the delegation met Deputy Minister Ada Roe and the head of the mission, who said "
        "it went well."
    )
    assert s.speaker == "the head of the mission"
    s = one("The delegation included Deputy Foreign Minister Irina Valeva, who said the situation was calm.")
    assert s.speaker == "Deputy Foreign Minister Irina Valeva"
    # modifiers before a name, and a document with its participle, as before
    s = one("The newly appointed envoy Ada Roe said talks would resume.")
    assert s.speaker == "The newly appointed envoy Ada Roe"
    s = one("A statement issued in Khartoum accused the Council of bias.")
    assert s.speaker == "A statement issued in Khartoum"


# -- reports of silence --------------------------------------------------------------------------------


def test_not_denying_not_confirming_and_saying_nothing_are_silence() -> None:
    assert segment("Moscow did not deny this.") == []
    assert segment("Moscow has not denied the report.") == []
    assert segment("The ministry did not confirm the deaths.") == []
    assert segment("The ministry declined to comment.") == []
    assert segment("The Kremlin said nothing about the talks.") == []
    assert segment("The Kremlin has said nothing publicly.") == []
    # denials, confirmations and what 'nothing' says are statements
    s = one("Moscow denied this.")
    assert (s.speaker, s.actor, s.cue) == ("Moscow", "RUS", "denied")
    s = one("The ministry confirmed the deaths.")
    assert s.cue == "confirmed"
    s = one("The Kremlin said nothing had changed.")
    assert (s.speaker, s.cue) == ("The Kremlin", "said")
    s = one(
        "The ministry did not deny that its troops had crossed the line, but said they had been "
        "fired on."
    )
    assert (s.speaker, s.cue) == ("The ministry", "said")


# -- measurements with no issuer are no speakers ------------------------------------------------------


def test_data_that_names_no_issuer_is_no_statement() -> None:
    assert segment("Official data showed Russian industrial output fell 2% in May.") == []
    assert segment("Traders see a 60% chance of a rate cut in June, according to money-market pricing.") == []
    assert segment("Output fell 2%, official figures showed on Friday.") == []
    assert segment("Shares fell after data showed inflation running at 3%.") == []


def test_data_with_its_issuer_named_is_the_issuers_statement() -> None:
    s = one("More than 3,000 civilians were killed in October, according to UN figures.")
    assert (s.speaker, s.actor) == ("UN figures", "UN")
    s = one("Government data showed output fell 2% in May.")
    assert s.cue == "showed"
    s = one("Data from the statistics office showed output fell 2% in May.")
    assert s.cue == "showed"
    s = one("Figures from the central bank showed inflation slowed to 4%.")
    assert s.cue == "showed"
    s = one("The figures released by the ministry on Friday showed output fell.")
    assert s.cue == "showed"
    # documents are not measurements: as before
    s = one("A UN report said camps were full.")
    assert (s.speaker, s.actor) == ("A UN report", "UN")


def test_in_a_first_person_text_anonymous_data_leaves_the_issuer_speaking() -> None:
    text = (
        "Ministry of Foreign Affairs of the Republic of Armenia\n\n"
        "Press release\n\n"
        "According to preliminary data, 12 servicemen have been wounded.\n"
    )
    (s,) = segment(text)
    assert s.actor == "ARM"
    assert s.cue is None
