"""Statements and speakers in relative clauses ('X, who in 2010 said ...', 'a feud with X, who
said ...', 'the families, many of whom say ...'), and sentences that only look like statements
(a question in the writer's voice, what someone says as a subject, a noun after a compound, a
measure after 'according to'). Invented sentences throughout."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

# -- the antecedent of 'who' / 'which' after a comma is the nearest phrase that can speak -----------


def test_the_antecedent_is_the_person_not_the_thing_it_complements() -> None:
    s = one("Mayor Pell has had a frosty relationship with Ada Brill, who said the goal was to beat him.")
    assert (s.speaker, s.cue) == ("Ada Brill", "said")
    s = one("Tallin signed a deal with Iran, which says the sanctions must end.")
    assert (s.speaker, s.actor) == ("Iran", "IRN")
    s = one("The border with Azerbaijan, which says the land is its own, remains closed.")
    assert s.speaker == "Azerbaijan"


def test_an_antecedent_whose_head_speaks_stays_whole() -> None:
    # the head before the preposition is a person, a body or a name: the whole phrase
    s = one("Ada Brill met the leader of the party, who said the goal was to win.")
    assert s.speaker == "the leader of the party"
    s = one("Tom Vell visited the Ministry of Defence, which said the drills were routine.")
    assert s.speaker == "the Ministry of Defence"
    s = one("Critics of the plan, who say it costs too much, held a rally.")
    assert s.speaker == "Critics of the plan"


# -- an adjunct between the relative word and its cue -----------------------------------------------


def test_a_time_or_place_adjunct_after_who_or_which() -> None:
    s = one("Mayor Pell met Ada Brill, who in 2010 said the goal was to beat him.")
    assert (s.speaker, s.cue) == ("Ada Brill", "said")
    s = one("Mayor Pell met Ada Brill, who in March said the goal was to beat him.")
    assert s.speaker == "Ada Brill"
    s = one("Tom Vell, who at a rally in Ohio said the plan was dead, left early.")
    assert s.speaker == "Tom Vell"
    s = one("The ministry, which in a statement said the talks had failed, was silent.")
    assert s.speaker == "The ministry"


def test_a_subject_after_which_is_no_adjunct() -> None:
    # 'which the council said': an object relative whose subject speaks, not the antecedent
    found = segment("Inflation hit the poorest regions, which the council described as a crisis.")
    assert [s.speaker for s in found] == ["the council"]
    # an adjunct before a verb that is no cue: nothing is said
    assert segment("The plan, which in 2010 passed the Senate, was dead.") == []
    assert segment("The fire spread to the old mill, which in 2010 burned down.") == []
