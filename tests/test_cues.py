"""The shipped stance cue lexicon (data/stance_cues.json) and the design lexicons of
scripts/compare_designs.py."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest

from stance.features import cue_groups, normalize, shipped_cues, tokenize

ROOT = Path(__file__).resolve().parents[1]


def groups_of(text: str) -> set[str]:
    lex = cue_groups()
    t = normalize(text)
    found = {lex.names[g] for w in tokenize(t) for g in lex.word_groups(w)}
    if lex.phrase_pattern is not None:
        found |= {lex.names[g] for m in lex.phrase_pattern.finditer(t) for g in lex.phrase_groups(m)}
    return found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Talks concerning the border resume on Monday.", "cue:concern:topic"),
        ("We firmly reject the accusations levelled at Moscow.", "cue:blame:generic"),
        ("We condemn terrorism in all its forms and manifestations.", "cue:blame:generic"),
        ("Its European sponsors torpedoed the negotiating process.", "cue:blame:act"),
        ("We are appalled by the images from the town.", "cue:concern:worry"),
        ("The credibility of the mission is at stake.", "cue:concern:danger"),
    ],
)
def test_round_two_groups_match_their_cues(text: str, group: str) -> None:
    assert group in groups_of(text)


def test_round_two_groups_do_not_fire_on_plain_text() -> None:
    assert groups_of("The ministers met in Geneva on Friday and will meet again in May.") == set()


def test_the_lexicon_has_no_gapped_cue_in_the_round_two_groups() -> None:
    """The round-2 groups are literal (a gap cost matcher time; see corpus/README.md)."""
    cues = shipped_cues()
    for label, group in (("concern", "topic"), ("blame", "act"), ("blame", "generic")):
        assert cues[label][group], (label, group)
        assert not [c for c in cues[label][group] if "..." in c.split(" ")], (label, group)


def test_design_lexicons_start_from_round_one_and_restore_the_shipped_one() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import compare_designs as cd

    import stance.features as sf

    shipped = sf.shipped_cues
    d = cd.DESIGNS["narration-all-w1"]
    with cd.lexicon(d.cues, d.cue_groups, d.base_cues):
        r1 = sf.shipped_cues()
    assert sf.shipped_cues is shipped
    assert "topic" not in r1["concern"] and "generic" not in r1["blame"]
    doc = json.loads((ROOT / "scripts" / "designs" / "cues_round1.json").read_text(encoding="utf-8"))
    assert r1["blame"]["accuse"] == doc["blame"]["accuse"]
    d = cd.DESIGNS["w1+cues2-nocall"]
    with cd.lexicon(d.cues, d.cue_groups, d.base_cues):
        r2 = sf.shipped_cues()
    assert "addressed" not in r2["call_to_action"]
    # the chosen design is what ships: round 2's groups, with round 4's corrected forms of
    # concern:interest (design shipped+lex4fix)
    r4 = json.loads((ROOT / "scripts" / "designs" / "cues_round4.json").read_text(encoding="utf-8"))
    for label, groups in shipped_cues().items():
        for group, cues in groups.items():
            fixed = set(r4[label][group]) if (label, group) == ("concern", "interest") else set()
            assert set(cues) <= set(r2[label][group]) | fixed | {
                "reject the accusations",
                "rejects the accusations",
                "rejected the accusations",
                "reject accusations",
                "rejects accusations",
                "rejected accusations",
            }, (label, group)


def test_the_shipped_cues_are_well_formed_words() -> None:
    """No cue repeats a word ('security security concerns') or carries a form built by gluing a
    suffix to a verb ('addresss', 'accommodateed', 'meeted'); the right forms are there."""
    bad = ("addresss", "accommodateed", "accommodateing", "meeted", "understanded", "accounted", "liing")
    for label, groups in shipped_cues().items():
        for group, cues in groups.items():
            for cue in cues:
                words = cue.split(" ")
                assert all(a != b for a, b in itertools.pairwise(words)), (label, group, cue)
                assert not set(words) & set(bad), (label, group, cue)
    interest = set(shipped_cues()["concern"]["interest"])
    for cue in (
        "addresses the concerns",
        "accommodated their concerns",
        "met our legitimate concerns",
        "took into account these concerns",
        "understood their concerns",
    ):
        assert cue in interest, cue
