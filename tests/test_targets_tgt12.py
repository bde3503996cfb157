"""Targets: culprits and addressees (helper tgt12); invented sentences and names."""

from __future__ import annotations

import pytest

from stance.targets import find_targets

AA = ("ARM", "AZE")
DRONES = "Azerbaijani drones struck a bus near the border village on Sunday."


@pytest.mark.parametrize(
    "text,speaker,parties,context,expected",
    [
        # "called the attack a terrorist act": the act is terrorist, no terrorists are named (a new
        # noun phrase after "the attack" is no modifier of a generic noun): nobody, or the culprit
        # of the sentence before
        ("It called the attack a terrorist act.", "FRA", AA, "", ()),
        ("It called the attack a terrorist act.", "FRA", AA, DRONES, ("AZE",)),
        ("The ministry called the shelling a terrorist attack.", "FRA", (), "", ()),
        # a word that opens a clause ends the object of a harm: who acts in that clause is no victim
        ("Kyiv said two civilians were killed when Russian drones struck Kharkiv.", "UKR", (), "", ("RUS",)),
        ("These are crimes for which the Azerbaijani leadership is responsible.", "FRA", AA, "", ("AZE",)),
        # near miss: the object of a harm, with words between, is still its victim
        ("France condemned the shelling of two Armenian villages.", "FRA", AA, "", ()),
        # near misses: a generic noun in its own noun phrase still names a party outside the codes
        ("The ministry blamed the attack on the rebel militias.", "FRA", AA, "", ("OTHER",)),
        ("The ministry condemned the heinous terrorist attack.", "FRA", (), "", ("OTHER",)),
    ],
)
def test_blame_targets(
    text: str, speaker: str | None, parties: tuple[str, ...], context: str, expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "blame", speaker, parties, context=context)) == set(expected)


@pytest.mark.parametrize(
    "context,expected",
    [
        # a state outside the conflict that the sentence before calls upon to help is no culprit
        ("It urged Moscow to ensure the safety of the convoy.", ()),
        ("It asked Moscow to guarantee that the ceasefire holds.", ()),
        # ... and the culprit that sentence names stays
        ("It urged Moscow to ensure the safety of the convoy, which Azerbaijani troops fired on.", ("AZE",)),
        # near misses: asked to stop, the addressee is the culprit; so is a conflict party
        ("It urged Moscow to halt its strikes on the convoy.", ("RUS",)),
        ("It urged Baku to ensure the safety of the convoy.", ("AZE",)),
        # a state named only as keeping the peace is no culprit
        ("Russian peacekeepers are deployed along the corridor.", ()),
        ("The clash took place near a post of the Russian peacekeepers.", ()),
        # near miss: unless the sentence tells of their failure to act
        ("Russian peacekeepers did not prevent the closure of the corridor.", ("RUS",)),
    ],
)
def test_blame_from_context_third_parties(context: str, expected: tuple[str, ...]) -> None:
    text = "The State Department condemned the attack."
    assert set(find_targets(text, "blame", "USA", AA, context=context)) == set(expected)


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # parties that blame each other: the pair speaks (a list of states speaks for none of them
        # alone: OTHER) and both are blamed, whichever of them is taken as the speaker
        ("Armenia and Azerbaijan blamed each other for a border clash.", "OTHER", AA, AA),
        ("Armenia and Azerbaijan blamed each other for a border clash.", None, AA, AA),
        ("Armenia and Azerbaijan blamed each other for a border clash.", "ARM", AA, AA),
        ("Baku and Yerevan accused each other of violating the ceasefire.", None, AA, AA),
        ("Kyrgyzstan and Tajikistan blamed each other for the fighting.", "OTHER", (), ("KGZ", "TJK")),
        ("The foreign ministries of Armenia and Azerbaijan on Tuesday blamed each other.", None, AA, AA),
        ("Armenian and Azerbaijani officials traded fresh accusations.", "OTHER", AA, AA),
        # named by no name: the conflict parties
        ("Each side blamed the other for starting the clashes.", None, AA, AA),
        ("The two sides accused each other of breaking the truce.", "OTHER", AA, AA),
        # a third party that only reports mutual blame blames nobody
        ("The envoy noted that Belgrade and Pristina continued to blame one another.", "UN", (), ()),
        ("The two sides accused each other of breaking the truce, the ministry said.", "RUS", AA, ()),
        ("The UN said Armenia and Azerbaijan had blamed each other for the clash.", None, AA, ()),
        ("The EU said Armenia and Azerbaijan had blamed each other for the clash.", "OTHER", AA, ()),
        # near misses: a third party that blames in its own words; one side's accusation
        (
            "France condemned the shelling by Azerbaijani forces, though the sides traded accusations.",
            "FRA",
            AA,
            ("AZE",),
        ),
        ("Baku accused Yerevan of violating the ceasefire.", None, AA, ("ARM",)),
    ],
)
def test_mutual_blame(
    text: str, speaker: str | None, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "blame", speaker, parties)) == set(expected)


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # inside the requested act, who suffers is not called upon
        ("France called for an end to the attacks on Armenian villages.", "FRA", AA, ()),
        ("The envoy called for an inquiry into the deaths of Ukrainian civilians.", "UN", (), ("OTHER",)),
        # whoever holds the detainees is asked to release them
        ("She urged the release of all Armenian detainees held in Azerbaijan.", "USA", AA, ("AZE",)),
        ("We call for the release of the Armenian soldiers detained in Azerbaijan.", "USA", AA, ("AZE",)),
        ("Paris hopes for the release of the Armenian prisoners still held in Baku.", "FRA", AA, ("AZE",)),
        # near misses: the addressee right after the cue is asked, whatever noun follows it; a
        # doer named inside the act stays
        ("We call on the Armenian people to remain calm.", "USA", AA, ("ARM",)),
        (
            "Washington called for the withdrawal of Azerbaijani troops from Armenian soil.",
            "USA",
            AA,
            ("AZE",),
        ),
        ("Kyiv demanded the release of the Ukrainian sailors held by Russia.", "UKR", (), ("RUS",)),
    ],
)
def test_call_targets_victims_and_holders(
    text: str, speaker: str | None, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "call_to_action", speaker, parties)) == set(expected)


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # a call for an end to a harm asks whoever does it: "to" is the request's own, and a mention
        # right before a harm does it, though "to" otherwise marks a place
        ("France demanded an end to the Azerbaijani blockade of the corridor.", "FRA", AA, ("AZE",)),
        ("We call for an end to Russia's attacks on Ukrainian cities.", "USA", (), ("RUS",)),
        ("We call for an immediate halt to Russia's continued strikes on Ukraine.", "USA", (), ("RUS",)),
        # near misses: a place after "to" is still no addressee; an act with no doer asks nobody named
        ("France urged Baku to withdraw its troops to the Azerbaijani border.", "FRA", AA, ("AZE",)),
        ("France called for an end to the attacks on Armenian villages.", "FRA", AA, ()),
    ],
)
def test_call_for_an_end_to_a_harm(
    text: str, speaker: str | None, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "call_to_action", speaker, parties)) == set(expected)


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # what is directed against a state does not make it a culprit when another is named
        ("Yerevan still voices territorial claims against Azerbaijan.", None, AA, ("ARM",)),
        ("We condemn Moscow's use of force against Georgia.", "USA", (), ("RUS",)),
        # near misses: the foe of a fight or of a retaliation; a possessive names a doer; alone, it
        # stays (the rule that fills in nobody is not this one's)
        ("We were fighting not only against Azerbaijan but against Turkey.", "KARABAKH", AA, ("AZE", "TUR")),
        ("He urged Washington to retaliate against Russia for the hacking.", "OTHER", (), ("USA", "RUS")),
        ("Paris protested against Baku's decision and Yerevan's silence.", "FRA", AA, ("AZE", "ARM")),
        ("The strikes were directed against Azerbaijan.", "FRA", AA, ("AZE",)),
    ],
)
def test_blame_against(
    text: str, speaker: str | None, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "blame", speaker, parties)) == set(expected)


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # the accused are the culprits, not whom the charge names
        (
            "Yerevan blamed the Russian peacekeepers for failing to stop the Azerbaijani advance.",
            "ARM",
            AA,
            ("RUS",),
        ),
        ("Ankara accuses Paris of siding with Yerevan.", "OTHER", (), ("FRA",)),
        ("The ministry accused Washington and London of shielding Israel.", "RUS", (), ("USA", "GBR")),
        ("Moscow accused the West of stirring up unrest in Tbilisi.", "RUS", (), ("USA", "OTHER")),
        # near misses: those named as abetting the accused are culprits too; with no object right
        # after the cue, every mention after it may be
        ("Baku accused Armenia of shelling its villages with the help of Iran.", "AZE", AA, ("ARM", "IRN")),
        ("Kyiv condemned the Russian strikes and Belarusian support for them.", "UKR", (), ("RUS", "BLR")),
        # another doer's possessive after the charge is a culprit too; whose internal affairs are
        # meddled in is not
        (
            "Paris condemned Azerbaijan's shelling of the villages and Turkey's supply of drones.",
            "FRA",
            AA,
            ("AZE", "TUR"),
        ),
        ("Damascus accused Washington of meddling in Lebanon's internal affairs.", "OTHER", (), ("USA",)),
    ],
)
def test_blame_the_accused(
    text: str, speaker: str | None, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "blame", speaker, parties)) == set(expected)


def test_both_sides_read_from_the_text_before_in_an_article_about_several_conflicts() -> None:
    # the article's parties (ARM, AZE) are not named in the paragraph about another conflict:
    # "both sides" are the two that paragraph names most
    context = (
        "On Kosovo, the envoy said Belgrade had lifted its barricades. Pristina welcomed the move, "
        "and Belgrade said the talks would resume in Brussels next week, Pristina's negotiator said.\n\n"
    )
    text = "We encourage both sides to refrain from unilateral steps."
    assert set(find_targets(text, "call_to_action", "UN", AA, context=context)) == {"SRB", "KOSOVO"}
    # near miss: a paragraph that names one of the article's parties keeps the article's parties
    context = "Azerbaijan said on Monday that Serbia and Kosovo had no bearing on the talks with Serbia."
    assert set(find_targets(text, "call_to_action", "UN", AA, context=context)) == set(AA)


def test_co_chair_countries_of_the_minsk_group_are_its_three_states_not_the_osce() -> None:
    text = "We call on the co-chair countries of the OSCE Minsk Group to press Yerevan to withdraw."
    assert set(find_targets(text, "call_to_action", "AZE", AA)) == {"FRA", "RUS", "USA"}
    text = "The co-chair countries of the OSCE Minsk Group must condemn Armenia's aggression."
    assert set(find_targets(text, "blame", "AZE", AA)) == {"ARM"}


def test_pressure_is_no_call_cue() -> None:
    # "pressure on X" is a noun, not "pressed X to": the call is on the international community
    text = "Baku called on the international community to put pressure on Armenia."
    assert find_targets(text, "call_to_action", "AZE", AA) == ()
    # near miss: the verb is a cue
    assert find_targets("Paris pressed Baku to reopen the corridor.", "call_to_action", "FRA", AA) == ("AZE",)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a speaker outside the codes, named at the head of its statement under a code of its own,
        # is not among those it calls upon
        ("Turkey's Foreign Ministry said Armenia should end its provocations.", ("ARM",)),
        ("The European Union's foreign service said both Armenia and Azerbaijan must show restraint.", AA),
        # near miss: a state outside the codes named after the head is still called upon
        ("The Arab League urged Iran to stop arming the militias.", ("IRN",)),
    ],
)
def test_an_other_speaker_does_not_call_on_itself(text: str, expected: tuple[str, ...]) -> None:
    assert set(find_targets(text, "call_to_action", "OTHER", AA)) == set(expected)
