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
