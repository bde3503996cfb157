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
