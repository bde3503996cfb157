"""Datelines under a headline, headings inside a digest, travel headlines and official formulas.
Each rule with invented texts (invented officials), and the cases it must leave alone."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment


def _who(found: list[Statement]) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in found]


# -- a dateline under a headline or a byline ------------------------------------------------------

_LEAD = "BAKU, Sept 2 (Reuters) - The Defence Ministry said Armenian forces had opened fire on its positions."


def test_a_dateline_on_the_first_line_names_a_bare_ministrys_state() -> None:
    assert _who(segment(_LEAD)) == [("The Defence Ministry", "AZE")]


def test_a_dateline_under_a_headline_or_a_byline_names_a_bare_ministrys_state() -> None:
    assert _who(segment("Border clashes leave two dead\n\n" + _LEAD)) == [("The Defence Ministry", "AZE")]
    assert _who(segment("By Tamsin Oakhurst\n\n" + _LEAD)) == [("The Defence Ministry", "AZE")]
    both = "Border clashes leave two dead\n\nBy Tamsin Oakhurst\n\n" + _LEAD
    assert _who(segment(both)) == [("The Defence Ministry", "AZE")]
    text = (
        "Police detain dozens after night of protests\n\nLYON, France (Reuters) - Police detained dozens "
        "of people on Saturday. The Interior Ministry said 40 officers were hurt."
    )
    assert _who(segment(text)) == [("The Interior Ministry", "FRA")]


def test_a_place_after_a_first_paragraph_is_no_dateline() -> None:
    # a lead paragraph that ends a sentence comes first: a later line's place is no dateline
    text = (
        "Fighting resumed on the border overnight.\n\nBAKU - The Defence Ministry said Armenian forces "
        "had opened fire on its positions."
    )
    assert _who(segment(text)) == [("The Defence Ministry", "OTHER")]
    # with no dateline under the headline, the bare ministry has no state
    text = "Border clashes leave two dead\n\nThe Defence Ministry said Armenian forces had opened fire."
    assert _who(segment(text)) == [("The Defence Ministry", "OTHER")]


def test_a_dateline_names_no_state_for_a_mission_or_an_embassy_posted_there() -> None:
    # the place of a mission abroad is its host's
    text = (
        "Monitors report new fence near village\n\nTBILISI, Aug 30 - A spokesman for the mission, "
        "Joris Vandermeer, said its patrols had seen the new fence. The Interior Ministry said the "
        "checkpoint would stay."
    )
    assert _who(segment(text)) == [
        ("A spokesman for the mission, Joris Vandermeer", "OTHER"),
        ("The Interior Ministry", "GEO"),
    ]
    # the same on the first line; a delegation's too
    first = "TBILISI, Aug 30 - A spokesman for the mission, Joris Vandermeer, said its patrols had seen it."
    assert _who(segment(first)) == [("A spokesman for the mission, Joris Vandermeer", "OTHER")]
    first = "VIENNA, June 3 - A delegation spokesman, Piet Haverkamp, said the talks had ended."
    assert _who(segment(first)) == [("A delegation spokesman, Piet Haverkamp", "OTHER")]
    # the issuer's actor still names its own embassy ('the Embassy' of a State Department release)
    text = (
        "Press Statement\nOffice of the Spokesperson\nSeptember 22, 2026\n\nThe United States condemns "
        "the attack. The Embassy said it would stay open."
    )
    assert [s.actor for s in segment(text)] == ["USA", "USA"]


# -- a digest's headings and a UN letter's title ----------------------------------------------------


def test_a_heading_under_a_digests_title_is_no_issuer() -> None:
    text = (
        "DIPLOMATIC DIARY\n\nSecurity Council\nThe Council will meet on Tuesday. Azerbaijani forces "
        "shelled the village of Sotk on Sunday, killing two Armenian soldiers."
    )
    assert segment(text) == []  # narration, the Council's no more than the shelling is
    text = (
        "WEEK AHEAD\n\nRussian Foreign Ministry\nThe ministry's weekly briefing moves to Thursday. "
        "Azerbaijani forces shelled the village of Sotk on Sunday."
    )
    assert segment(text) == []
    # a speaker the digest quotes still speaks
    text = "Daily Diary\n\nJane Roe, Foreign Minister of France\nThe minister said she would travel to Baku."
    assert [(s.cue, s.actor) for s in segment(text)] == [("said", "FRA")]


def test_a_body_heading_over_text_with_another_such_heading_later_is_no_issuer() -> None:
    text = (
        "Security Council\nThe Council will meet on Tuesday to discuss the border.\n\n"
        "General Assembly\nThe Assembly will hold its annual debate on Wednesday."
    )
    assert segment(text) == []


def test_a_releases_organ_line_stays_its_issuer() -> None:
    # with a release line, a signature at the end, or a subheading naming a body in its text
    release = "Ministry of Foreign Affairs of the Republic of Armenia\nPress release\n\n"
    body = "The Ministry strongly condemns the shelling of Sotk.\n\n"
    for end in (
        "We call on the international community to respond.",
        "We call on the international community to respond.\n\nMinistry of Foreign Affairs\nYerevan, 3 May",
        "Security Council\nWe call on the Security Council to respond without delay.",
    ):
        found = segment(release + body + end)
        assert [s.speaker for s in found] == ["Ministry of Foreign Affairs of the Republic of Armenia"] * 2
        assert {s.actor for s in found} == {"ARM"}
    # a title of that shape under the organ line is the release's subject
    text = "Ministry of Foreign Affairs of the Republic of Armenia\nThe Reform Agenda\n\n" + body
    assert _who(segment(text)) == [("Ministry of Foreign Affairs of the Republic of Armenia", "ARM")]
    # one organ line over the text: the body's own release
    text = "Security Council\n\nThe Security Council expresses its deep concern at the fighting."
    assert [s.actor for s in segment(text)] == ["UN"]


def test_a_un_letters_title_names_its_writer_not_the_organ_above_it() -> None:
    text = (
        "Security Council\nLetter from the Permanent Mission of Armenia to the United Nations addressed "
        "to the President of the Security Council\n\nThe Permanent Mission of Armenia has the honour to "
        "transmit herewith the statement of the Ministry of Foreign Affairs of Armenia on the shelling."
    )
    assert [s.actor for s in segment(text)] == ["ARM"]
    text = (
        "Letter dated 2 May 2026 from the Permanent Representative of Azerbaijan to the United Nations "
        "addressed to the Secretary-General\n\nI have the honour to transmit herewith a statement of the "
        "Ministry of Foreign Affairs of Azerbaijan on the shelling of Azerbaijani positions."
    )
    writer = "the Permanent Representative of Azerbaijan to the United Nations"
    assert _who(segment(text)) == [(writer, "AZE")]
    # a letter named in a sentence is no title
    text = "A letter from the Permanent Mission of Armenia to the Secretary-General was circulated on Monday."
    assert segment(text) == []


# -- a traveller in a headline, a title across a line break -------------------------------------


def test_a_headlines_destination_is_not_the_travellers_actor() -> None:
    text = (
        "Deputy Foreign Minister Irina Valeva Visits Armenia\n\nDeputy Foreign Minister Valeva said "
        "Moscow was concerned about the border clashes."
    )
    assert [s.actor for s in segment(text)] != ["ARM"]
    for verb in ("Travels to", "Arrives in", "to Visit", "Heads to"):
        found = segment(text.replace("Visits", verb))
        assert [s.actor for s in found] != ["ARM"], verb
    # the traveller's own state in the headline still names the minister's
    text = "Armenian Foreign Minister Visits Paris\n\nThe minister said Armenia was ready to sign the treaty."
    assert [s.actor for s in segment(text)] == ["ARM"]
    text = "Foreign Minister of Armenia Arsen Kalo visits Paris\n\nKalo said Armenia was ready to sign."
    assert [s.actor for s in segment(text)] == ["ARM"]


def test_a_persons_title_is_read_on_the_line_of_the_name() -> None:
    text = (
        "U.S. DEPARTMENT OF STATE\nOffice of the Spokesperson\n\nSpecial Envoy Dana Marlow Travels to "
        "Azerbaijan\n\nSpecial Envoy Marlow will urge Baku to release the remaining detainees."
    )
    assert [s.actor for s in segment(text)] == ["USA"]
    # a title that names a state before the full name still gives it
    text = (
        "Yesterday's talks\n\nThe talks were held with Deputy Foreign Minister of Azerbaijan Rauf "
        "Tahirli. Deputy Minister Tahirli said Baku was ready to continue."
    )
    assert [s.actor for s in segment(text)] == ["AZE"]
    # an office with no country in a ministry's own release: the ministry's state
    text = (
        "Ministry of Foreign Affairs of the Russian Federation\nOn Deputy Foreign Minister Oleg "
        "Varnin's meetings\n\nOn May 3, Deputy Foreign Minister Oleg Varnin met the ambassadors. "
        "Oleg Varnin stressed that there is no alternative to a political settlement."
    )
    assert _who(segment(text)) == [("Oleg Varnin", "RUS")]
    # not in a wire story: the dateline's or headline's place is where the talks were, and the
    # minister's state follows his name
    for head in ("", "Talks in Moscow\n\n"):
        text = (
            head + "MOSCOW, May 3 (Reuters) - Russian officials held talks with Foreign Minister "
            "Arsen Kalo of Armenia. Kalo said Yerevan wanted peace."
        )
        assert [s.actor for s in segment(text)] != ["RUS"]


# -- the note verbale's formula ---------------------------------------------------------------------


def test_the_note_verbales_formula_is_a_cue() -> None:
    text = (
        "The Permanent Mission of Azerbaijan has the honour to inform that Armenian forces shelled "
        "Azerbaijani positions in violation of the ceasefire."
    )
    found = segment(text)
    assert [(s.speaker, s.actor, s.cue) for s in found] == [
        ("The Permanent Mission of Azerbaijan", "AZE", "has the honour to inform")
    ]
    for verb, rest in (
        ("transmit", "herewith the statement of the Ministry of Foreign Affairs of Armenia."),
        ("refer", "to the letter dated 3 May and to reject its claims."),
        ("invite", "the members of the diplomatic corps to a briefing on the ceasefire."),
    ):
        text = f"The Permanent Mission of Armenia to the United Nations has the honour to {verb} {rest}"
        assert [(s.actor, s.cue) for s in segment(text)] == [("ARM", f"has the honour to {verb}")]
    # after the compliments, in American spelling, in the plural
    text = (
        "The Embassy of France presents its compliments to the Ministry and has the honor to inform "
        "it that the consulate will close on Monday."
    )
    assert [s.actor for s in segment(text)] == ["FRA"]
    text = "The delegations of Armenia and France have the honour to request a meeting of the Council."
    assert [s.cue for s in segment(text)] == ["have the honour to request"]


def test_an_honour_that_is_no_formula_is_no_cue() -> None:
    assert segment("It was an honour to inform the families of the soldiers in person.") == []
    assert segment("Baku had the honour to host the summit in May.") == []


# -- 'according to' inside a first-person sentence ----------------------------------------------------


_CITING = (
    "We are concerned that the fighting - which has displaced 40,000 people, according to UN figures - "
    "threatens the ceasefire."
)


def test_a_source_cited_inside_the_issuers_first_person_sentence_does_not_take_it() -> None:
    found = segment("Statement by the Ministry of Foreign Affairs of France\n\n" + _CITING)
    assert _who(found) == [("the Ministry of Foreign Affairs of France", "FRA")]
    # at the sentence's end, and under a delegation's name
    text = (
        "Statement by the delegation of France\n\nMy delegation is alarmed that the fighting has "
        "displaced 40,000 people, according to UN figures."
    )
    assert _who(segment(text)) == [("the delegation of France", "FRA")]
    # a speaker's turn in a transcript
    text = "MS. ROE: " + _CITING + "\n\nQUESTION: Thank you."
    assert [s.speaker for s in segment(text)] == ["MS. ROE"]


def test_a_speech_with_no_issuer_gives_no_statement_to_the_cited_source() -> None:
    assert segment("Mr. President,\n\n" + _CITING) == []


def test_according_to_outside_a_first_person_sentence_keeps_its_source() -> None:
    issuer = "Statement by the Ministry of Foreign Affairs of France\n\n"
    for body in (
        "The fighting has displaced 40,000 people, according to UN figures.",
        "According to UN figures, the fighting has displaced 40,000 people.",
    ):
        assert _who(segment(issuer + body)) == [("UN figures", "UN")]
    # a quote in the first person is the quoted source's
    found = segment('"We will not give in," according to the Armenian Foreign Minister.')
    assert _who(found) == [("the Armenian Foreign Minister", "ARM")]
    found = segment("The fighting, which has displaced 40,000 people according to UN figures, goes on.")
    assert _who(found) == [("UN figures", "UN")]
