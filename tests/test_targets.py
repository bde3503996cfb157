"""Targets of blame and calls, and the conflict parties of an article."""

from __future__ import annotations

import pytest

from stance.errors import StanceValueError
from stance.targets import conflict_parties, find_targets


@pytest.mark.parametrize(
    "text,label,speaker,parties,expected",
    [
        (
            "The French Foreign Ministry urged Baku to withdraw its troops.",
            "call_to_action",
            "FRA",
            (),
            ("AZE",),
        ),
        (
            "We call on Russia to withdraw its forces from the territory of Ukraine.",
            "call_to_action",
            "FRA",
            (),
            ("RUS",),
        ),
        (
            "It urged the warring sides to show restraint.",
            "call_to_action",
            "RUS",
            ("ARM", "AZE"),
            ("ARM", "AZE"),
        ),
        (
            "Armenia and Azerbaijan need to use direct channels to de-escalate.",
            "call_to_action",
            "USA",
            (),
            ("ARM", "AZE"),
        ),
        ("Baku accused Yerevan of provocations on the border.", "blame", None, (), ("ARM",)),
        (
            "Russia has accused Azerbaijan of violating a Russian-brokered ceasefire.",
            "blame",
            "RUS",
            (),
            ("AZE",),
        ),
        (
            "Units entered the Russian zone in breach of the truce, Azerbaijani officials were told.",
            "blame",
            "RUS",
            (),
            ("AZE",),
        ),
        (
            "The parties must refrain from escalation, France said.",
            "call_to_action",
            "FRA",
            ("FRA", "ARM", "AZE"),
            ("ARM", "AZE"),
        ),
    ],
)
def test_find_targets(text: str, label: str, speaker, parties, expected) -> None:  # type: ignore[no-untyped-def]
    assert find_targets(text, label, speaker, parties) == expected


def test_bad_label() -> None:
    with pytest.raises(StanceValueError, match="'label' must be one of 'blame', 'call_to_action'"):
        find_targets("x", "concern")


def test_conflict_parties_rank_and_threshold() -> None:
    text = "Armenia said. Azerbaijan said. Baku replied. Yerevan insisted. Armenian troops. Russia."
    assert conflict_parties(text) == ("ARM", "AZE")
    assert conflict_parties("Russia said nothing.") == ()


def _parties_naive(text: str, skip: list[tuple[int, int]]) -> tuple[str, ...]:
    """The rule checked mention by mention against every span (quadratic), as the reference."""
    from collections import Counter

    from stance.actors import default_gazetteer
    from stance.targets import _not_parties, _paired, _party_mentions, _places, _roles

    mentions = [
        h
        for h in _party_mentions(text, default_gazetteer())
        if h.code not in _not_parties()
        and h.mention not in _places()
        and not any(a <= h.start < b for a, b in skip)
        and not _roles().third_party.match(text, h.end)
    ]
    ranked = sorted(Counter(h.code for h in mentions).items(), key=lambda kv: (-kv[1], kv[0]))
    most = ranked[0][1] if ranked else 0
    return _paired(text, mentions, tuple(code for code, n in ranked[:3] if n >= 2 and n >= 0.2 * most), 3)


def test_conflict_parties_unchanged_on_the_corpus() -> None:
    """The bisect rule gives what the all-pairs rule gave, on every corpus article."""
    from stance.corpus import load
    from stance.segmentation import segment

    differ = []
    for article in load().articles:
        skip = [s.speaker_span for s in segment(article.text) if s.speaker_span is not None]
        if conflict_parties(article.text, skip=skip) != _parties_naive(article.text, skip):
            differ.append(article.id)
    assert differ == []


def test_conflict_parties_overlapping_and_unsorted_spans() -> None:
    text = "Russia said. Armenia said. Armenia again. Azerbaijan said. Azerbaijan again. Russia."
    rus = [m.start() for m in __import__("re").finditer("Russia", text)]
    arm = text.index("Armenia")
    # overlapping, nested, unsorted and empty spans: same answer as the reference
    for skip in (
        [(rus[1], rus[1] + 6), (0, 6)],
        [(0, 40), (5, 10), (arm, arm + 3)],
        [(arm, arm), (50, 30)],
        [],
    ):
        assert conflict_parties(text, skip=skip) == _parties_naive(text, skip)
    assert conflict_parties(text, skip=[(0, 6), (rus[1], rus[1] + 6)]) == ("ARM", "AZE")


@pytest.mark.parametrize(
    "text,label,speaker,expected",
    [
        # culprits, not victims
        ("We condemn the Russian attack on the Ukrainian port of Odesa.", "blame", "FRA", ("RUS",)),
        ("Russia condemned the attack on the Ukrainian port of Odesa.", "blame", "RUS", ()),
        ("The ministry blamed Azerbaijan for the deaths of UN peacekeepers.", "blame", "RUS", ("AZE",)),
        ("We deplore the deaths of UN peacekeepers in an attack by the militia.", "blame", "FRA", ("OTHER",)),
        ("It accused the Azerbaijani army of shelling Armenian villages.", "blame", "RUS", ("AZE",)),
        ("It is the disinformation we have come to expect from Moscow.", "blame", "USA", ("RUS",)),
        # an OTHER speaker can blame another state outside the codebook's actors (its own ISO code;
    # evaluation against the gold counts it as OTHER)
        ("Congo's government accused Rwanda of frontal aggression.", "blame", "OTHER", ("RWA",)),
        # the addressee of a call, not the body it should help
        ("We call on the Malian government to cooperate fully with the UN mission.", "call_to_action", "FRA",
         ("MLI",)),
        ("France urged Baku to help the UN mission reach the villages.", "call_to_action", "FRA", ("AZE",)),
        ("We appeal to the UN agencies to assist the displaced.", "call_to_action", "ARM", ("UN",)),
        ("We appeal to donor governments to release the funds.", "call_to_action", "UN", ("OTHER",)),
        ("We call on the international community to act.", "call_to_action", "UN", ()),
        ("We urge the co-chairs to redouble their efforts.", "call_to_action", "AZE", ("FRA", "RUS", "USA")),
        ("The French side was called upon to abandon its one-sided approach.", "call_to_action", "RUS",
         ("FRA",)),
        ("Washington demanded that Syria withdraw its troops.", "call_to_action", "USA", ("SYR",)),
    ],
)  # fmt: skip
def test_targets_culprits_and_addressees(text: str, label: str, speaker: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, label, speaker) == expected


def test_parties_of_a_ceasefire_call_and_of_a_named_conflict() -> None:
    parties = ("ARM", "AZE")
    text = "France called for an immediate cessation of hostilities."
    assert find_targets(text, "call_to_action", "FRA", parties) == ("ARM", "AZE")
    text = "The ministry called on all parties in Syria to let aid through."
    assert find_targets(text, "call_to_action", "FRA", parties) == ("SYR",)
    # the parties of a conflict outside the actor codes
    assert find_targets("We urge both sides to show restraint.", "call_to_action", "UN", ()) == ("OTHER",)


def test_conflict_parties_count_states_outside_the_codes() -> None:
    text = "Georgia said. Tbilisi said. Russia said. Moscow said. Georgian troops. France."
    assert conflict_parties(text) == ("GEO", "RUS")


def test_unknown_speaker_named_at_the_head_is_not_its_own_target() -> None:
    text = "Armenia's Defence Ministry said Azerbaijani forces had shelled three villages."
    assert find_targets(text, "blame") == ("AZE",)
    text = "Azerbaijani forces shelled three villages overnight, the Armenian ministry said."
    assert find_targets(text, "blame") == ("AZE",)


AA = ("ARM", "AZE")


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # a date between the harm and its object: the object is still the victim
        ("The members of the Security Council condemned in the strongest terms the attack on 30 "
         "September against a convoy of the Russian peacekeeping contingent near Lachin, which killed "
         "two peacekeepers.", "UN", AA, ()),
        ("The Council condemned the attack on 3 March against a convoy of the Russian contingent.",
         None, (), ()),
        ("We condemn the strikes of 13 September on the territory of Armenia.", "FRA", AA, ()),
        ("We condemn the strikes on the territory of Armenia.", "FRA", AA, ()),
        # left alone: the culprit named by 'by' or before the harm
        ("The Council condemned the attack by Russian forces on 3 March against a convoy of aid "
         "workers.", "UN", (), ("RUS",)),
        ("We condemn the Azerbaijani attack on 12 May against Armenian border posts.", "FRA", AA,
         ("AZE",)),
        # what a mention holds ('Armenian territory', "Armenia's sovereignty") makes it no culprit
        ("The damage is overwhelmingly on Armenian territory, and that is deeply troubling, a State "
         "Department official said.", "USA", AA, ()),
        ("The damage is overwhelmingly on Armenian territory, and that is deeply troubling, a State "
         "Department official said.", None, AA, ()),
        ("We condemn this violation of Armenia's sovereignty and territorial integrity.", "FRA", (), ()),
        # left alone: who entered it is blamed; 'border' is no territory ('border guards')
        ("Azerbaijani troops have entered Armenian territory, the spokesperson said.", "USA", AA,
         ("AZE",)),
        ("Armenian border guards opened fire first, the ministry said.", "AZE", AA, ("ARM",)),
        # a mention facing a harm is its victim (also after 'by', as in 'stand by')
        ("France reaffirmed its attachment to the territorial integrity of Armenia in the face of the "
         "attacks of recent days, which it condemned.", "FRA", AA, ()),
        ("We support Armenia and its people in the face of the attacks of recent days.", "FRA", (), ()),
        ("We stand by Armenia and its people in the face of the attacks of recent days.", "FRA", (), ()),
        # left alone: what it faces is no harm
        ("Armenia pressed on with its offensive in the face of international calls for restraint.",
         "USA", (), ("ARM",)),
        # a place a thing runs through, or a region of a state, is no culprit
        ("The minister dismissed Iranian objections to a road through southern Armenia as baseless.",
         "TUR", (), ("IRN",)),
        ("The minister dismissed Iranian objections to a road through Armenia as baseless.", "TUR", (),
         ("IRN",)),
        ("We condemn the Azerbaijani attacks on villages in southern Armenia.", "FRA", (), ("AZE",)),
    ],
)  # fmt: skip
def test_victims_are_not_blamed(text: str, speaker: str | None, parties: tuple, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, "blame", speaker, parties) == expected


@pytest.mark.parametrize(
    "text,label,speaker,expected",
    [
        # the speaker named at the head (or in a short clause after the last comma) is not its target
        ("The Azerbaijani Defense Ministry issued a statement saying Armenian forces had opened fire.",
         "blame", None, ("ARM",)),
        ("The Azerbaijani Defense Ministry issued a statement saying Armenian forces had opened fire.",
         "blame", "AZE", ("ARM",)),
        ("Armenian forces opened fire on our positions overnight, the Azerbaijani Defense Ministry "
         "said.", "blame", None, ("ARM",)),
        ("Armenian forces opened fire on our positions overnight, said the Azerbaijani Defense "
         "Ministry.", "blame", None, ("ARM",)),
        ("The French side was called upon to abandon its one-sided approach.", "call_to_action", None,
         ("FRA",)),
        # left alone: 'saying' opens a clause of its own, whose parties are no speaker
        ("The ministry accused Baku of shelling the villages, saying Azerbaijani drones had struck a "
         "school.", "blame", None, ("AZE",)),
        ("Baku accused Yerevan of provocations, the ministry said on Tuesday in a statement sent to "
         "reporters in the capital.", "blame", None, ("ARM",)),
    ],
)  # fmt: skip
def test_the_speaker_is_not_its_own_target(
    text: str,
    label: str,
    speaker: str | None,
    expected: tuple,  # type: ignore[type-arg]
) -> None:
    assert find_targets(text, label, speaker, AA) == expected


def test_co_chairs_heading_their_statement_are_its_speaker() -> None:
    text = "The Co-Chairs stressed that both sides must take additional steps to de-escalate."
    for speaker in ("OSCE", "FRA", "RUS", None):
        assert find_targets(text, "call_to_action", speaker, AA) == ("ARM", "AZE")
    # left alone: co-chairs who are called on, or a speaker who is no co-chair
    text = "Yerevan said the co-chairs must name the side that broke the ceasefire."
    assert find_targets(text, "call_to_action", "ARM", AA) == ("FRA", "RUS", "USA")
    text = "The co-chairs stressed that both sides must take additional steps, the Azerbaijani minister said."
    assert find_targets(text, "call_to_action", "AZE", AA) == ("FRA", "RUS", "USA", "ARM")


@pytest.mark.parametrize(
    "text,speaker,expected",
    [
        # who wants the act, when it follows at once, is asked to do it
        ("If Moscow wants to be helpful, it can use its influence with Baku.", "USA", ("RUS",)),
        ("If Moscow wants to be helpful, it can use its influence with Baku.", None, ("RUS",)),
        # a party inside the requested act is its addressee ('the withdrawal of X')
        ("Russia called for the withdrawal of Azerbaijani forces.", "RUS", ("AZE",)),
        ("The ministry called for a full withdrawal of Armenian troops from the area.", "AZE", ("ARM",)),
        # left alone: whom the wish names after the cue; a call for X to act
        ("We want to see Baku reopen the road without delay.", "USA", ("AZE",)),
        ("We call for the Security Council to act without delay.", "FRA", ("UN",)),
    ],
)  # fmt: skip
def test_addressees_of_wishes_and_of_acts(text: str, speaker: str | None, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, "call_to_action", speaker, AA) == expected


def test_beneficiaries_and_other_clauses_are_not_addressed() -> None:
    # whom an appeal is for, and a party outside the clause of a wish, are not called upon
    assert "SYR" not in find_targets("A flash appeal for Syria is being prepared.", "call_to_action", "UN")
    text = "The Council approved a force for Mali, but it was not expected to deploy before May."
    assert "MLI" not in find_targets(text, "call_to_action", "UN")


@pytest.mark.parametrize(
    "text,speaker,parties,expected",
    [
        # the parties a rejected claim is about are not at fault; the claimant is
        ("Baku claims that Armenian forces opened fire first, which is an outright lie.", "ARM", AA,
         ("AZE",)),
        ("Moscow claims that Ukrainian units shelled the plant, and that is simply false.", "USA", (),
         ("RUS",)),
        ("The claim that the strike was carried out by Armenian units is a fabrication meant to shield "
         "the Azerbaijani command.", "ARM", AA, ("AZE",)),
        # a rebuttal with no party named falls on the other side
        ("This is an outright lie.", "ARM", AA, ("AZE",)),
        # left alone: a claim with no content clause; a claim that is not rejected
        ("The ministry dismissed the claim as a complete lie designed to cover up the Azerbaijani "
         "truce violations.", "KARABAKH", AA, ("AZE",)),
        ("The ministry said it had evidence that Armenian forces opened fire first.", "AZE", AA, ("ARM",)),
    ],
)  # fmt: skip
def test_rebuttals_blame_the_claimant(text: str, speaker: str, parties: tuple, expected: tuple) -> None:  # type: ignore[type-arg]
    assert find_targets(text, "blame", speaker, parties) == expected


def test_a_pair_named_as_two_sides_are_the_parties() -> None:
    text = (
        "The United Nations is concerned by the hostilities between Armenia and Azerbaijan. The United "
        "Nations urges the parties to exercise maximum restraint, a UN spokesperson said."
    )
    parties = conflict_parties(text)
    assert parties == ("ARM", "AZE")
    statement = text[text.index("The United Nations urges") :]
    assert find_targets(statement, "call_to_action", "UN", parties) == ("ARM", "AZE")
    assert conflict_parties("Shelling resumed along the Armenia\u2013Azerbaijan border overnight.") == (
        "ARM",
        "AZE",
    )
    # left alone: two states named together but not as two sides; counts that already give two
    assert conflict_parties("Russia and France discussed the talks.") == ()
    text = "Talks between Russia and France. Armenia said. Yerevan said. Azerbaijan said. Baku said."
    assert conflict_parties(text) == ("ARM", "AZE")


def test_mediators_are_not_parties() -> None:
    text = (
        "The OSCE said. The OSCE Minsk Group met. The OSCE again. The OSCE once more. Armenia said. "
        "Yerevan said. Azerbaijan said. Baku said."
    )
    assert conflict_parties(text) == ("ARM", "AZE")
    # left alone: an alliance can be a side
    assert conflict_parties("NATO said. NATO warned. Russia said. Moscow replied.") == ("NATO", "RUS")


def test_a_rebuttal_blames_the_statement_it_answers() -> None:
    assert find_targets("This is an outright lie.", "blame", "ARM", (), answered="AZE") == ("AZE",)
    assert find_targets("We reject these fabrications.", "blame", "ARM", AA, answered="RUS") == ("RUS",)
    # left alone: no rebuttal; the speaker answering itself; a culprit named in the rebuttal
    assert find_targets("This is unacceptable.", "blame", "ARM", (), answered="AZE") == ()
    assert find_targets("This is an outright lie.", "blame", "ARM", (), answered="ARM") == ()
    assert find_targets("This is a lie spread by Moscow.", "blame", "USA", (), answered="AZE") == ("RUS",)
    text = "The ministry said reports in the Italian press were unfounded."
    assert find_targets(text, "blame", "FRA", (), answered="USA") == ()
    text = "Responsibility for the deaths lies with the militias."
    assert find_targets(text, "blame", "ARM", (), answered="AZE") == ("OTHER",)


def test_answered_actor_needs_the_statements_to_touch() -> None:
    from types import SimpleNamespace as S

    from stance.targets import answered_actor

    text = 'Baku claims that X. "This is a lie." Later, the ministry spoke. This is false.'
    first, second = S(start=0, end=19, actor="AZE"), S(start=20, end=36, actor="ARM")
    assert answered_actor(text, first, second) == "AZE"
    assert answered_actor(text, first, S(start=20, end=36, actor="AZE")) is None  # the same actor
    assert answered_actor(text, first, S(start=63, end=78, actor="ARM")) is None  # narration between
    assert answered_actor(text, S(start=0, end=19, actor=None), second) is None


def test_analyze_blames_the_claimant_of_a_rebutted_claim() -> None:
    import stance

    text = (
        "Statement of the Ministry of Foreign Affairs of Armenia\n\n"
        "Baku claims that Armenian forces opened fire first. This is an outright lie and a crude provocation."
    )
    claim, rebuttal = stance.analyze(text)
    assert (claim.actor, rebuttal.actor) == ("AZE", "ARM")
    assert claim.score is not None and rebuttal.score is not None
    assert claim.score.blame_targets == ("ARM",)
    assert "blame" in rebuttal.score.labels and rebuttal.score.blame_targets == ("AZE",)


def test_a_call_that_names_only_what_it_asks_has_no_target() -> None:
    assert find_targets("We urge restraint.", "call_to_action", "RUS") == ()
    assert find_targets("The UN chief urged calm and dialogue.", "call_to_action", "UN") == ()
    # someone named before the act is still the addressee
    text = "The ministry appealed to donor governments to give more."
    assert find_targets(text, "call_to_action", "FRA") == ("OTHER",)


def test_the_object_of_a_harm_verb_in_the_present_is_a_victim() -> None:
    # 'is starving Ukraine': Ukraine suffers the harm, Russia is blamed
    from stance.targets import find_targets

    assert find_targets("Russia is starving Ukraine by blockading its ports.", "blame") == ("RUS",)
    assert find_targets("Russia threatens Moldova and occupies its land.", "blame") == ("RUS",)


def test_the_context_sentence_ends_at_a_blank_line_after_a_title() -> None:
    text = "These attacks endanger the lives of seafarers."
    context = (
        "Joint statement of the Foreign Ministers of Germany and Italy on the Red Sea\n\n"
        "We strongly condemn the continued attacks by the Houthis against merchant ships."
    )
    assert find_targets(text, "blame", "ITA", (), context=context) == ("HOUTHIS",)
    from stance.targets import _last_sentence

    assert _last_sentence(context).startswith("We strongly condemn")
    assert _last_sentence("Shelling by Azerbaijani forces\n\nArmenian units fired first.") == (
        "Armenian units fired first."
    )
    # left alone: a single line break inside a wrapped sentence does not end it
    wrapped = "We condemn the attacks carried out\nby the Houthis against merchant ships."
    assert find_targets("They must stop.", "blame", "ITA", (), context=wrapped) == ("HOUTHIS",)


def test_an_other_speaker_is_not_the_other_party() -> None:
    # OTHER lumps every actor outside the codes: a group of states speaking is not the armed group
    # counted as OTHER among the parties, so "the other side" is not inferred
    text = "These attacks endanger the lives of seafarers."
    assert find_targets(text, "blame", "OTHER", ("OTHER", "DEU", "FRA")) == ()
    # left alone: a coded speaker that is a party blames the other party
    assert find_targets("These attacks must be answered.", "blame", "ARM", AA) == ("AZE",)


def test_the_issuer_named_in_a_header_is_who_talks_not_a_party() -> None:
    from stance import analyze, segment
    from stance.targets import speaker_spans

    text = (
        "Statement by Ambassador Ilse Varga, Permanent Representative of Poland to the United "
        "Nations, at the Security Council briefing on Ukraine\n\n"
        "Poland aligns itself with the statement of the European Union.\n\n"
        "Every night, Russian drones strike Ukrainian cities. Ukrainian hospitals are hit. "
        "These are not accidents. They are deliberate attacks on civilian infrastructure, and "
        "they constitute war crimes."
    )
    found = segment(text)
    assert found[0].speaker_span is None  # the issuer's own sentences
    header = text.index("Ambassador Ilse Varga")
    assert (header, header + len(found[0].speaker)) in speaker_spans(text, found)
    assert "POL" in conflict_parties(text)
    assert "POL" not in conflict_parties(text, skip=speaker_spans(text, found))
    last = analyze(text)[-1]
    # Poland is no side of the war, so the pronoun's culprits are not "the other side" (UKR)
    assert "blame" in last.score.labels and "UKR" not in last.score.blame_targets


def test_a_speaker_introduced_before_its_pronoun_statements_is_who_talks_not_a_party() -> None:
    from stance import analyze

    text = (
        "Russia accused Azerbaijan of violating the truce in Karabakh. Azerbaijani troops crossed "
        "the line near Armenian villages, Russia said. Armenian officials said the villages in "
        "Armenia were shelled.\n\n"
        "The United States also expressed concern over the movement of Azerbaijani troops. Ada Roe, "
        "Deputy Spokesperson at the U.S. Department of State, told reporters on Friday.\n\n"
        '"The United States is deeply concerned," she said. "We are watching closely," Roe said.\n\n'
        "The Russian Foreign Ministry urged the warring sides to show restraint."
    )
    last = analyze(text)[-1]
    assert last.actor == "RUS" and set(last.score.call_targets) == {"ARM", "AZE"}


def test_a_state_named_as_keeping_or_brokering_the_peace_is_not_counted_as_a_party() -> None:
    text = (
        "Armenia and Azerbaijan traded fire. Baku blamed Yerevan. The Russian peacekeepers said "
        "they were in contact with both sides, and the Russian peacekeeping contingent moved in. "
        "The Russian-brokered truce is fragile. Russian mediators flew to Yerevan."
    )
    assert conflict_parties(text) == ("ARM", "AZE")
    # left alone: a state that fights is counted, however near a peacekeeping word
    text = "Russian troops shelled Georgian villages. Georgia said Russia attacked. Russia denied it."
    assert conflict_parties(text)[:2] == ("RUS", "GEO")


def test_whom_a_call_was_sent_to_is_its_addressee() -> None:
    text = '"A call for the withdrawal of the troops was sent to the Azerbaijani side," it added.'
    assert find_targets(text, "call_to_action", "RUS", AA) == ("AZE",)
    assert find_targets("A demand to withdraw was addressed to Baku.", "call_to_action", "RUS") == ("AZE",)
    # left alone: a place after 'to' in the requested act
    text = "The ministry urged Baku to let aid be delivered to Armenia."
    assert find_targets(text, "call_to_action", "RUS") == ("AZE",)


def test_the_parties_of_a_region_the_codes_do_not_name_are_other() -> None:
    text = "We also urge all parties in the Middle East to agree to an immediate ceasefire."
    assert find_targets(text, "call_to_action", "FRA", ("UKR", "RUS")) == ("OTHER",)
    # left alone: a region that names an actor, and the conflict's own parties
    assert find_targets("We urge all parties in Syria to agree to a truce.", "call_to_action", "FRA", AA) == (
        "SYR",
    )
    text = "We urge all parties to the conflict to agree to a truce."
    assert find_targets(text, "call_to_action", "FRA", AA) == AA
