"""Speed work with identical output (helper speed11): the faster forms of rules are checked
against the forms they replace, on invented sentences and on random strings."""

from __future__ import annotations

import random
import re

from stance import segment
from stance.segmentation import _JOINING_DASH


def test_joining_dash_pattern_finds_what_the_look_behind_form_found() -> None:
    # the en dash between two word characters, found with the dash first in the pattern
    old = re.compile(r"(?<=\w)\u2013(?=\w)")
    rng = random.Random(11)
    alphabet = "a\u2013 -\u00e9_1\u2014.\nX\u2013"
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _JOINING_DASH.sub("-", s) == old.sub("-", s)


def test_en_dash_between_words_still_joins_them() -> None:
    (s,) = segment("The NATO\u2013led force in Kosovo said the situation was calm.")
    assert s.speaker_mention == "The NATO\u2013led force in Kosovo"
    (s,) = segment("Minister Ada Kest said \u2013 in a short interview \u2013 that the road was open.")
    assert s.speaker == "Minister Ada Kest"


def test_comma_before_is_the_stripped_prefix_test() -> None:
    from stance.segmentation.cues import _comma_before

    rng = random.Random(12)
    alphabet = "a ,\n\t\u00a0.,"
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for i in range(len(s) + 1):
            assert _comma_before(s, i) == s[:i].rstrip().endswith(",")


def test_participle_after_a_comma_still_goes_with_the_finite_verb() -> None:
    (s,) = segment("Vardania rejected the charge, saying it was false.")
    assert s.speaker == "Vardania"
    assert s.text == "Vardania rejected the charge, saying it was false."


def test_ascii_folds_are_all_the_characters_a_case_blind_letter_matches_outside_ascii() -> None:
    # may_hold_person_head lets these through to the case-blind pattern; any other character
    # outside ASCII never matches an ASCII letter of a head
    from stance.segmentation.speakers import ASCII_FOLDS

    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set(re.findall("[a-z]", every, re.IGNORECASE))
    assert found == set(ASCII_FOLDS)


def test_person_head_test_never_skips_a_sentence_the_pattern_matches() -> None:
    from stance.segmentation.resources import Lexicon
    from stance.segmentation.speakers import may_hold_person_head

    lex = Lexicon.default()
    assert lex.person_head_words is not None
    rng = random.Random(13)
    pieces = [
        "minister", "MINISTER", "Spokes", "spokeswoman", "envoy", "ENVOY", "offic", "ial", "a", "K",
        "\u017fpokesman", "\u017fenator", "M\u0130N\u0130STER", "m\u0131n\u0131ster", "\u212aing", "mayor",
        " ", "-", ".", ",", "\u201c", "\u2019", "\u00e9", "_", "1",
    ]  # fmt: skip
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for a, b in ((0, len(s)), (1, len(s)), (0, max(0, len(s) - 2))):
            if lex.person_head_pattern.search(s, a, b) is not None:
                assert may_hold_person_head(lex, s, a, b), (s, a, b)


def test_roles_in_narration_still_name_their_state() -> None:
    # a narration sentence's role ('the Ambassador of Vardania', written in any case) is noted
    # for the speaker who follows; the sentences are invented
    text = (
        "Minister Ada Kest received the AMBASSADOR of France on Monday. "
        "The ambassador said the talks had been useful."
    )
    statements = segment(text)
    assert [s.actor for s in statements] == ["FRA"]
