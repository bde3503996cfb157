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


def test_an_occasion_is_no_antecedent() -> None:
    # 'a meeting with X, who said': X speaks, not the meeting
    s = one("Mr. Vell spoke after a meeting with Ada Brill, who said the talks had failed.")
    assert s.speaker == "Ada Brill"
    s = one("He attended a summit with the Kenyan president, who warned of famine.")
    assert (s.speaker, s.actor) == ("the Kenyan president", "KEN")
    # an occasion that opens the clause still speaks, and so does a spokesman for a body
    s = one("The summit of Gulf leaders, which ended on Monday, called for a ceasefire.")
    assert s.speaker == "The summit of Gulf leaders"
    s = one("A spokesman for the ministry, who declined to be named, said the talks failed.")
    assert s.speaker == "A spokesman for the ministry"


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


def test_who_with_two_verbs_and_a_place_adverb() -> None:
    # 'X, who VERB ... and called for': the antecedent speaks, not the sentence's subject
    s = one("The video angered the protesters, who marched on Monday and demanded a new inquiry.")
    assert (s.speaker, s.cue) == ("the protesters", "demanded")
    s = one("The report is a rallying cry for students here, who have marched and called for its release.")
    assert s.speaker == "students"


def test_a_relative_clause_between_dashes_or_after_a_contraction() -> None:
    s = one("Instead, the study -- which notes that 40 firms would pay less -- proposes a fix.")
    assert (s.speaker, s.cue) == ("the study", "notes")
    s = one("It is an issue, with Ada Brill \u2014 who\u2019s called for tax hikes \u2014 leading the fight.")
    assert (s.speaker, s.cue) == ("Ada Brill", "called for")
    # 'together' stands between a subject and its cue as 'both' does
    s = one("Chile and Peru, which together vowed to cut emissions, signed the deal.")
    assert (s.speaker, s.cue) == ("Chile and Peru", "vowed")
    # a dash before a relative clause with no cue says nothing
    assert segment("The study -- which runs to 90 pages -- is long.") == []


def test_an_object_relative_with_a_place_or_medium_reports_nothing() -> None:
    # the cue's object is 'which': what the bank detailed is the antecedent, no content
    assert segment("Sales were a part of its plan, which the bank detailed in its filings.") == []
    assert segment("The findings, which the ministry rejected at a briefing in Baku, suggest a plot.") == []
    # an argument after the cue, or a clause, is content
    s = one("The attack, which Baku blamed on Yerevan, killed two soldiers.")
    assert (s.speaker, s.cue) == ("Baku", "blamed")
    s = one("The report, which the ministry said in a statement was false, was withdrawn.")
    assert s.speaker == "the ministry"


# -- a partitive relative ('many of whom say'): its antecedent speaks ----------------------------


def test_a_partitive_relative_speaks_for_its_antecedent() -> None:
    s = one("The court heard from relatives of the victims, many of whom say the claims are unfounded.")
    assert (s.speaker, s.cue) == ("relatives of the victims", "say")
    s = one("Police questioned the workers, some of whom said the fire started early.")
    assert s.speaker == "the workers"
    s = one("The union represents 4,000 nurses, most of whom say they are underpaid.")
    assert s.speaker == "4,000 nurses"
    s = one("The ministry invited ten experts, one of whom told reporters the plan was flawed.")
    assert s.speaker == "experts"  # 'invited ten' may be a verb and its object's number


def test_a_partitive_aside_before_the_cue_is_no_apposition() -> None:
    # the subject speaks; the partitive clause between commas is no part of its phrase
    s = one("The families, some of whom have spoken to reporters, say the claims are false.")
    assert (s.speaker, s.cue) == ("The families", "say")
    s = one("The families of the victims, some of whom have spoken to reporters, say the claims are false.")
    assert s.speaker == "The families of the victims"
    # an apposition with 'one of' stays one
    s = one("Jana Roe, one of the aides, recalled that the plan was dead.")
    assert s.speaker == "Jana Roe, one of the aides"


def test_partitive_relatives_that_name_nobody_who_speaks() -> None:
    # 'none of whom' and 'few of whom' say nothing of the group; a singular body cannot be 'all of
    # which'; a document's content is not its own statement in a cited list
    assert segment("The plan angered residents, none of whom said they had been consulted.") == []
    assert segment("The bill has 40 sponsors, few of whom say it will pass.") == []
    assert segment("The resolutions, all of which call for a ceasefire, were adopted.") == []
    found = segment(
        "Armenia has supported resolutions 822, 853 and 884 of the Security Council, all of which"
        " call for the cessation of hostilities."
    )
    assert [s.speaker for s in found] == ["Armenia"]
    # no cue after the partitive: nothing is said
    assert segment("The ship carried 300 migrants, many of whom drowned.") == []


# -- what someone says as the subject of the writer's claim -----------------------------------------


def test_a_free_relative_subject_is_the_writers_claim() -> None:
    # the cue's object is the relative's gap: nothing is reported, the sentence judges it
    assert segment("Everything Tom Vell says is a lie.") == []
    assert segment("Everything that Tom Vell says is a lie.") == []
    assert segment("What the ministry said about the treaty was false.") == []
    assert segment("Nothing Ada Brill said was new.") == []
    assert segment("Whatever Tom Vell says, the treaty is dead.") == []
    assert segment("Much of what Tom Vell said on Monday was wrong.") == []
    assert segment("Whoever says that is lying.") == []


def test_a_pseudo_cleft_or_a_quoted_word_keeps_its_speaker() -> None:
    s = one("What Tom Vell said was that the treaty was dead.")
    assert (s.speaker, s.cue) == ("Tom Vell", "said")
    s = one("What the ministry said on Monday was that talks had failed.")
    assert s.speaker == "the ministry"
    s = one("This is what the minister said: the treaty is dead.")
    assert s.speaker == "the minister"
    s = one("What Tom Vell considers \u201csmart\u201d others call evasive.")
    assert s.speaker == "Tom Vell"


# -- a question in the writer's voice about someone's view ------------------------------------------


def test_a_question_about_a_view_reports_none() -> None:
    assert segment("What is Ada Brill's view of the treaty?") == []
    assert segment("Is Tom Vell's call for a ceasefire sincere?") == []
    # the statement form and a quoted question keep theirs
    s = one("Ada Brill's view is that the treaty is dead.")
    assert (s.speaker, s.cue) == ("Ada Brill", "view")
    s = one("\u201cWhat is your view of the treaty?\u201d Tom Vell asked.")
    assert s.speaker == "Tom Vell"


# -- a noun after a law's name, and a measure after 'according to' ----------------------------------


def test_rules_after_a_laws_name_is_a_noun() -> None:
    assert segment("The ministry drafted a package of Clean Air Act rules that may close mines.") == []
    assert segment("The agency issued Clean Water Act rules that limit runoff.") == []
    # a court or a judge still rules
    s = one("The court rules that the law is void.")
    assert (s.speaker, s.cue) == ("The court", "rules")
    s = one("Judge Ada Brill rules that the contract is void.")
    assert s.speaker == "Judge Ada Brill"


def test_a_measure_after_according_to_is_no_source() -> None:
    # an index, a scale, a formula, a definition: no issuer, no statement (GUIDELINES)
    assert segment("The table ranks the town as poor according to its regional poverty index.") == []
    assert segment("Prices rose 3 percent, according to the consumer price index.") == []
    # a named index or an issuer after it speaks, as UN figures do
    s = one("Norway ranks first, according to the Global Peace Index.")
    assert s.speaker == "the Global Peace Index"
    s = one("The country is at peace, according to an index compiled by the Vienna institute.")
    assert s.speaker == "an index compiled by the Vienna institute"
    s = one("Inflation rose to 9 percent, according to UN figures.")
    assert (s.speaker, s.actor) == ("UN figures", "UN")
