"""Findings, reports and positions the codebook counts as statements, found in the eighth round
of cue work on real news ('a poll released Friday shows ...', 'the panel found the United States
was ...', 'the ministry reported shelling ...'), and the near misses each rule must leave alone
(actions, recordings, data with no issuer). Invented sentences throughout."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

# -- a clause without 'that' after a finding verb ------------------------------------------------


def test_a_name_with_a_cue_word_opens_a_clause_without_that() -> None:
    # 'States' in 'the United States' is a name's word, not the verb 'states'
    s = one("The arbitration panel found the United States was in breach of the accord.")
    assert (s.speaker, s.cue) == ("The arbitration panel", "found")
    s = one("The tribunal found the Russian Federation had violated the convention.")
    assert s.speaker == "The tribunal"


def test_a_finding_verb_before_a_plain_object_stays_narration() -> None:
    # 'found' with an object and no clause: the panel came upon something, no statement
    assert segment("The inspectors found the United States embassy closed for the holiday.") == []
    assert segment("Rescuers found the missing hikers near the border.") == []


# -- a cue whose noun object is what was said ------------------------------------------------------


def test_a_body_that_reports_an_event_states_it() -> None:
    # README, known weaknesses: a report by an issuer is a statement
    s = one("The defence ministry reported shelling along the line of contact.")
    assert (s.speaker, s.cue) == ("The defence ministry", "reported")
    s = one("The Ministry of Defence of Armenia reported two ceasefire violations overnight.")
    assert (s.speaker, s.actor) == ("The Ministry of Defence of Armenia", "ARM")


def test_a_result_reported_by_a_company_or_by_people_stays_narration() -> None:
    # a company's result and people's experience are no issuer's report (the corpus: narration)
    assert segment("Tavrex, which flies to 40 destinations, reported a net loss of 18 million euros.") == []
    assert segment("Shares fell, and farmers in the region reported a drop in prices.") == []
    # silence, a passive with a predicate and a modifier are no reports either
    assert segment("The monitors, who patrol the road, have not reported any such cases.") == []
    assert segment("Three soldiers were reported missing after the clash.") == []
    assert segment("The clashes reported this week were the worst in a year.") == []


def test_citing_and_demanding_with_an_object_are_positions() -> None:
    s = one("Senator Ada Brill cited the figure at a forum in Ohio last week.")
    assert (s.speaker, s.cue) == ("Senator Ada Brill", "cited")
    s = one("The ministry demands the immediate release of the detained sailors.")
    assert (s.speaker, s.cue) == ("The ministry", "demands")


def test_citing_and_demanding_near_misses() -> None:
    # a thing that demands something is no speaker; a negated citation is silence
    assert segment("The situation on the border demands a careful response.") == []
    assert segment("Ada Brill never cited the study in her speech.") == []
    # the figures cited above: a participle after its noun, no speaker
    assert segment("The figures cited above come from an old survey.") == []


# -- a reply made by an act is no statement ----------------------------------------------------------


def test_a_reply_made_by_an_act_is_narration() -> None:
    # README, known weaknesses: 'Moscow responded by banning imports' reports an act
    assert segment("Moscow responded by banning imports of Moldovan wine.") == []
    assert segment("Baku replied by closing the border crossing at Lachin.") == []


def test_a_reply_made_by_speaking_stays_a_statement() -> None:
    s = one("Moscow responded by saying that the ban was lawful.")
    assert (s.speaker, s.cue) == ("Moscow", "saying")
    s = one("Yerevan responded by using the example of Georgia to show that the blockade fails.")
    assert (s.speaker, s.cue) == ("Yerevan", "responded")
    s = one("Moscow responded that the ban was lawful.")
    assert (s.speaker, s.cue) == ("Moscow", "responded")
