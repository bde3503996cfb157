"""Targets: culprits and addressees found by grammar (helper tgt8); invented sentences."""

from __future__ import annotations

import pytest

from stance.targets import find_targets

AA = ("ARM", "AZE")


@pytest.mark.parametrize(
    "text,label,speaker,parties,expected",
    [
        # a helping preposition before the call cue ("ready for talks") says nothing about whom
        # the requested act helps: the addressee after the cue stays
        (
            "Tomas Velder said the town was ready for talks but wanted Baku to halt its raids first.",
            "call_to_action",
            "KARABAKH",
            AA,
            ("AZE",),
        ),
        # near miss: inside the requested act, a helping preposition still marks whom it helps
        (
            "Tomas Velder wanted Baku to cooperate with the Russian peacekeepers.",
            "call_to_action",
            "KARABAKH",
            AA,
            ("AZE",),
        ),
        # 'encouragement' is no call cue (a noun); the call is 'demanded that Tbilisi ...'
        (
            "The ministry accused Georgia of acting with the encouragement of its Western sponsors, "
            "and demanded that Tbilisi end its provocations.",
            "call_to_action",
            "RUS",
            (),
            ("GEO",),
        ),
        # adverbs between the cue and its "that": the addressee follows the "that"
        (
            "We demand once again that Azerbaijan immediately withdraw its forces.",
            "call_to_action",
            "ARM",
            AA,
            ("AZE",),
        ),
        (
            "The minister insisted on Tuesday that Russia must pull back its troops.",
            "call_to_action",
            "FRA",
            (),
            ("RUS",),
        ),
        # near miss: a noun before "that" is the addressee, not an adverb ("the parties that ...")
        (
            "Mr Orlen urged the parties that signed the truce to respect it.",
            "call_to_action",
            "FRA",
            AA,
            AA,
        ),
        # a possessive generic phrase is the actor named last before it, not "someone" (OTHER)
        (
            "Baku accused Armenia of an offensive and demanded that its troops withdraw at once.",
            "call_to_action",
            "AZE",
            AA,
            ("ARM",),
        ),
        (
            "The envoy said Georgia was ready to talk and urged its leadership to release the detainees.",
            "call_to_action",
            "FRA",
            (),
            ("GEO",),
        ),
        # near miss: the speaker's own troops are nobody's target; without a possessive, a generic
        # phrase stays OTHER
        (
            "Azerbaijan said its troops were ready and demanded that the separatists withdraw.",
            "call_to_action",
            "AZE",
            AA,
            ("OTHER",),
        ),
        (
            "The ministry demanded that the junta release the president.",
            "call_to_action",
            "FRA",
            (),
            ("OTHER",),
        ),
        # the speaker's own army ("its army positions") is not someone else: the other side is blamed
        (
            "Azerbaijan said its army positions came under fire overnight.",
            "blame",
            "AZE",
            AA,
            ("ARM",),
        ),
        # a conflict party naming its adversary without naming it: the other party
        (
            "We condemn the looting of our villages by the occupying forces.",
            "blame",
            "AZE",
            AA,
            ("ARM",),
        ),
        (
            "The resolutions demanding the withdrawal of the occupying forces remain unimplemented.",
            "blame",
            "AZE",
            AA,
            ("ARM",),
        ),
        (
            "The occupying forces must leave our land before any talks, the minister said.",
            "call_to_action",
            "ARM",
            AA,
            ("AZE",),
        ),
        (
            "The world treats the aggressor and the victim alike.",
            "blame",
            "ARM",
            AA,
            ("AZE",),
        ),
        # near miss: a speaker outside the conflict does not say who "the aggressor" is; the
        # occupying forces stay someone outside the codes
        (
            "We condemn the looting of the villages by the occupying forces.",
            "blame",
            "FRA",
            AA,
            ("OTHER",),
        ),
        # who governs a place: "the leadership in Baku", "the Government of Armenia"
        (
            "The responsibility for every life lost lies with the leadership in Baku.",
            "blame",
            "FRA",
            AA,
            ("AZE",),
        ),
        (
            "We expect the authorities in Yerevan to identify and punish those responsible.",
            "call_to_action",
            "FRA",
            AA,
            ("ARM",),
        ),
        (
            "The Government of Georgia has refused access to the mission set up by this Council.",
            "blame",
            "FRA",
            (),
            ("GEO",),
        ),
        # near miss: troops in a place are not that place's ("Russian troops in Armenia"); a place
        # after a harm is still a place
        (
            "We condemn the shelling of villages in Armenia by Azerbaijani troops.",
            "blame",
            "FRA",
            AA,
            ("AZE",),
        ),
        (
            "Neglect by senior French military leaders in Armenia was a key factor in the failure.",
            "blame",
            "USA",
            (),
            ("FRA",),
        ),
        (
            "We call on the troops in Armenia to show restraint.",
            "call_to_action",
            "FRA",
            (),
            ("OTHER",),
        ),
        # "of" after an act names who does it ("the attacks of X"), after a harm suffered its victim
        (
            "We condemn the attacks of the Russian armed forces on schools and hospitals.",
            "blame",
            "FRA",
            (),
            ("RUS",),
        ),
        (
            "The military aggression of Azerbaijan has left thousands homeless.",
            "blame",
            "FRA",
            AA,
            ("AZE",),
        ),
        # near misses: a date after "attacks of"; "the deaths of" and "the shelling of" name victims;
        # "in violation of" names a law broken, not who broke it
        (
            "The attacks of 11 September on Washington shocked the world.",
            "blame",
            "FRA",
            (),
            (),
        ),
        (
            "We condemn the shelling of Armenian villages by Azerbaijani forces.",
            "blame",
            "FRA",
            AA,
            ("AZE",),
        ),
        (
            "This offensive by Azerbaijan is in gross violation of the UN Charter.",
            "blame",
            "ARM",
            AA,
            ("AZE",),
        ),
        # the two ministers, both delegations: the two parties; the co-chairmen: the co-chairs
        (
            "The envoy urged both delegations to show flexibility.",
            "call_to_action",
            "USA",
            AA,
            AA,
        ),
        (
            "We ask the co-chairmen to visit the region again.",
            "call_to_action",
            "AZE",
            AA,
            ("FRA", "RUS", "USA"),
        ),
        # a pronoun for the co-chairs stands for all three
        (
            "Armenia has given its answer to the co-chairs, and we expect them to take it into account.",
            "call_to_action",
            "ARM",
            AA,
            ("FRA", "RUS", "USA"),
        ),
        # near miss: a minister alone is no pair
        (
            "The envoy urged the minister to show flexibility.",
            "call_to_action",
            "USA",
            AA,
            ("OTHER",),
        ),
        # the body that adopted a document is neither culprit nor addressee
        (
            "We demand the withdrawal of the occupying forces, as the resolutions of this Council require.",
            "blame",
            "AZE",
            AA,
            ("ARM",),
        ),
        (
            "The shelling goes on, in defiance of four Security Council resolutions.",
            "blame",
            "AZE",
            AA,
            ("ARM",),
        ),
        (
            "Pyongyang's launch violates Security Council resolutions.",
            "blame",
            "USA",
            (),
            ("PRK",),
        ),
        # near miss: the Security Council itself can be blamed and called upon
        (
            "We call on the Security Council to act at once.",
            "call_to_action",
            "ARM",
            AA,
            ("UN",),
        ),
        # a state that only qualifies what suffers ("Ukrainian cities") is no culprit next to another
        (
            "We condemn the wave of Russian strikes that has destroyed homes in dozens of Ukrainian cities.",
            "blame",
            "FRA",
            (),
            ("RUS",),
        ),
        (
            "Azerbaijani soldiers were seen mistreating Armenian prisoners.",
            "blame",
            "FRA",
            AA,
            ("AZE",),
        ),
        # near misses: states qualifying who acts stay; with nobody else named the rule keeps the state
        (
            "Russian forces and Belarusian troops attacked the town.",
            "blame",
            "FRA",
            (),
            ("RUS", "BLR"),
        ),
        (
            "Ukrainian civilians were killed overnight.",
            "blame",
            "FRA",
            (),
            ("UKR",),
        ),
        # UN bodies named without "United Nations": the Secretariat, the Main Committees, the agencies
        (
            "We ask the Fifth Committee to correct this anomaly at the present session.",
            "call_to_action",
            "OTHER",
            (),
            ("UN",),
        ),
        (
            "We appeal to the specialized agencies to help us save the lake.",
            "call_to_action",
            "ARM",
            AA,
            ("UN",),
        ),
        # near miss: an assembly may be a parliament's; it is no UN body by its name alone
        (
            "We ask this Assembly to follow the fulfilment of that commitment closely.",
            "call_to_action",
            "AZE",
            AA,
            ("OTHER",),
        ),
        # a call cue that names nobody ("must be brought to justice") gives way to the next one
        (
            "Humanitarian access must never become a bargaining chip, and the Security Council must say so.",
            "call_to_action",
            "OTHER",
            (),
            ("UN",),
        ),
        (
            "Those responsible must be brought to justice, and we call on the Armenian authorities to act.",
            "call_to_action",
            "FRA",
            AA,
            ("ARM",),
        ),
        # near miss: the first cue names its addressee; a later wish adds nobody
        (
            "We urge Russia to withdraw, and we hope the talks will resume.",
            "call_to_action",
            "FRA",
            (),
            ("RUS",),
        ),
        # the West named by what it does ("Western sanctions", "Western officials"): USA and others
        (
            "Damascus says that Western sanctions are blocking the delivery of aid.",
            "blame",
            "SYR",
            (),
            ("USA", "OTHER"),
        ),
        # near miss: Western media are no state
        (
            "Western media continue to spread fabrications about our specialists.",
            "blame",
            "RUS",
            (),
            (),
        ),
    ],
)
def test_targets_by_grammar(
    text: str, label: str, speaker: str | None, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert find_targets(text, label, speaker, parties) == expected


@pytest.mark.parametrize(
    "text,label,speaker,context,expected",
    [
        # a blame that names no culprit blames the culprits of the sentence before
        (
            "France condemns them in the strongest terms.",
            "blame",
            "FRA",
            "Russian drones struck Odesa overnight.",
            ("RUS",),
        ),
        (
            "They may amount to war crimes.",
            "blame",
            "FRA",
            "We have seen the reports. Azerbaijani soldiers shelled the villages of Tegh and Sotk.",
            ("AZE",),
        ),
        # a call on a pronoun calls on who was named before
        (
            "We urge them to stop at once.",
            "call_to_action",
            "FRA",
            "Russian drones struck Odesa overnight.",
            ("RUS",),
        ),
        # near misses: a statement that names its culprit keeps it; a call on nobody in particular
        # stays without a target; no context, no target
        (
            "We condemn the shelling by Armenian forces.",
            "blame",
            "FRA",
            "Russian drones struck Odesa.",
            ("ARM",),
        ),
        (
            "We urge the international community to act.",
            "call_to_action",
            "FRA",
            "Russian drones struck Odesa overnight.",
            (),
        ),
        ("France condemns them in the strongest terms.", "blame", "FRA", "", ()),
        # the last sentence of the context is read, and when it names nobody the one before it in
        # the same paragraph (helper face11: 'a culprit two sentences back is missed'), no further
        (
            "France condemns them in the strongest terms.",
            "blame",
            "FRA",
            "Russian drones struck Odesa overnight. The mayor counted the dead.",
            ("RUS",),
        ),
        (
            "France condemns them in the strongest terms.",
            "blame",
            "FRA",
            "Russian drones struck Odesa overnight. The mayor counted the dead. Schools were closed.",
            (),
        ),
    ],
)
def test_targets_from_context(
    text: str, label: str, speaker: str, context: str, expected: tuple[str, ...]
) -> None:
    assert find_targets(text, label, speaker, (), context=context) == expected


def test_analyze_reads_the_culprit_of_the_sentence_before_a_statement() -> None:
    import stance

    before = "Azerbaijani forces shelled the village of Tegh on Monday, local officials said. "
    statement = (
        "The French Foreign Ministry condemned the shelling and said those responsible "
        "must be held to account."
    )
    doc = stance.analyze(before + statement)
    assert doc[-1].actor == "FRA" and "blame" in doc[-1].score.labels
    assert doc[-1].score.blame_targets == ("AZE",)
    # alone, the statement names no culprit
    (alone,) = stance.analyze(statement)
    assert alone.score.blame_targets == ()
