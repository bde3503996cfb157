"""Sentence splitting: offsets, abbreviations, quotes, datelines, tags, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.errors import StanceTypeError, StanceValueError
from stance.sentences import Sentence, load_abbreviations, split_sentences


def texts(t: str) -> list[str]:
    return [t[s.start : s.end] for s in split_sentences(t)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith left. Mrs. Jones stayed.", ["Mr. Smith left.", "Mrs. Jones stayed."]),
        (
            "Gen. Lt. Sen. Rep. Dr. Roe spoke. Then he left.",
            ["Gen. Lt. Sen. Rep. Dr. Roe spoke.", "Then he left."],
        ),
        ("He met J. R. Smith in St. Louis. It rained.", ["He met J. R. Smith in St. Louis.", "It rained."]),
        (
            "The U.S. Army and the U.N. Council met. Talks ended.",
            ["The U.S. Army and the U.N. Council met.", "Talks ended."],
        ),
        ("He lives in the U.S. But not for long.", ["He lives in the U.S.", "But not for long."]),
        (
            "On Jan. 5 and Feb. 6 resolution No. 4 passed. Done.",
            ["On Jan. 5 and Feb. 6 resolution No. 4 passed.", "Done."],
        ),
        ("It said the “situation.” He agreed.", ["It said the “situation.”", "He agreed."]),
        ('It said the "situation." He agreed.', ['It said the "situation."', "He agreed."]),
        ('"Is it safe?" he asked. "No!" She left.', ['"Is it safe?" he asked.', '"No!"', "She left."]),
        ("“Why?” asked the minister. Nobody knew.", ["“Why?” asked the minister.", "Nobody knew."]),
        ("It ended... and then resumed. Fine.", ["It ended... and then resumed.", "Fine."]),
        ("A line without an end\nAnother line", ["A line without an end", "Another line"]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_datelines_and_date_prefix_are_trimmed() -> None:
    assert texts("NAJAF, Iraq - Militants held the shrine.") == ["Militants held the shrine."]
    assert texts("GENEVA, March 3 (wire) - Talks began. They ended.") == ["Talks began.", "They ended."]
    assert texts("WASHINGTON (Reuters) -- Talks began.") == ["Talks began."]
    assert texts(" date 2022-03-27 Russia has accused Baku.") == ["Russia has accused Baku."]


def test_name_tags_are_sentences_of_their_own() -> None:
    text = "MS. VALEVA: We call on both sides. Thank you.\nQUESTION: Why now?"
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == [
        "MS. VALEVA:",
        "We call on both sides.",
        "Thank you.",
        "QUESTION:",
        "Why now?",
    ]
    assert [s.kind for s in sents] == ["tag", "sentence", "sentence", "tag", "sentence"]


def test_list_items_and_paragraphs() -> None:
    text = "The ministry:\n1. Condemns the attack.\n- Urges restraint.\n(a) Calls for talks."
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == [
        "The ministry:",
        "Condemns the attack.",
        "Urges restraint.",
        "Calls for talks.",
    ]
    assert [s.paragraph for s in sents] == [0, 1, 2, 3]


def test_a_line_break_ends_a_sentence_unless_it_wraps_a_paragraph() -> None:
    assert texts("Mr.\nSmith") == ["Mr.", "Smith"]
    assert texts("One\r\nTwo\u2028Three") == ["One", "Two", "Three"]
    # a line opening in lower case continues the clause, whichever break parts the lines
    assert texts("one\r\ntwo\u2028three") == ["one\r\ntwo\u2028three"]
    # a form feed or U+2029 (a page, a paragraph) always separates
    assert texts("one\x0ctwo\u2029three") == ["one", "two", "three"]


def test_abbreviations_are_data() -> None:
    abbr = load_abbreviations()
    assert abbr["gen"] == "title" and abbr["u.n"] == "any"
    assert texts("Bldg. Seven fell.") == ["Bldg.", "Seven fell."]
    assert [t for t in [s for s in split_sentences("Bldg. Seven fell.", {**abbr, "bldg": "title"})]] == [
        Sentence(0, 17, 0)
    ]


def test_bad_type() -> None:
    with pytest.raises(StanceTypeError, match="'text'"):
        split_sentences(b"bytes")  # type: ignore[arg-type]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t \n") == []


@pytest.mark.parametrize(
    "text",
    [
        "a" * 300_000,
        ". " * 150_000,
        '"' * 300_000,
        "U.S. " * 60_000,
        "-" * 300_000 + "x",
        "x" + "." * 40_000 + "x",  # once quadratic: a run of periods with no space after it
        "x" + "!?\u2026" * 10_000 + "x",
        "x" + "." * 40_000 + " Then it ended.",
    ],
    ids=range(8),
)
def test_pathological_input_is_split_correctly(text: str) -> None:
    # timing is in benchmarks/segment_speed.py --adversarial; here: correct spans
    sents = split_sentences(text)
    check(text, sents)
    if text.endswith(" Then it ended."):
        assert texts(text)[-1] == "Then it ended."


def test_other_languages_are_refused_with_the_supported_ones() -> None:
    with pytest.raises(StanceValueError, match=r"'lang'.*\['en'\].*'de'"):
        split_sentences("Hallo.", lang="de")


def check(text: str, sents: list[Sentence]) -> None:
    last = 0
    for s in sents:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last
        piece = text[s.start : s.end]
        assert piece == piece.strip() and piece
        last = s.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_gives_valid_stripped_spans(text: str) -> None:
    sents = split_sentences(text)
    check(text, sents)
    assert split_sentences(text) == sents


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "B", ".", "!", "?", "\u2026", " ", "\n", '"', "\u201d", "Mr.", "U.S."]),
        max_size=80,
    )
)
def test_runs_of_end_marks_split_like_a_single_mark(parts: list[str]) -> None:
    text = "".join(parts)
    sents = split_sentences(text)
    check(text, sents)
    # a sentence never ends inside a run of end marks
    for s in sents[:-1]:
        if s.kind == "sentence" and s.end < len(text):
            assert text[s.end] not in ".!?\u2026"


def test_lines_are_cut_at_every_line_break_of_splitlines() -> None:
    """A paragraph is a maximal run of characters other than a line break: the lines cut in C
    are those of a pattern over the breaks, whatever breaks and blank lines a text mixes."""
    import random
    import re

    from stance.sentences import _lines

    run = re.compile("[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
    rng = random.Random(3)
    pieces = ["a", "Bb c.", " ", "\t", "\u00e9", "\r\n", *"\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert list(_lines(text)) == [(m.start(), m.end()) for m in run.finditer(text)], repr(text)


def test_datelines_of_two_cities_and_of_state_agencies_are_trimmed() -> None:
    for text, first in [
        ("STEPANAKERT/BAKU, Jan 19 (Reuters) - The road was closed.", "The road was closed."),
        ("Baku, 3 October (AZERTAC) - The road was closed.", "The road was closed."),
        ("Yerevan, May 2 (Armenpress) -- The road was closed.", "The road was closed."),
    ]:
        s = split_sentences(text)[0]
        assert text[s.start : s.end] == first
    # a capitalised place before a dash with no agency is no dateline
    text = "Baku - the capital - is quiet."
    s = split_sentences(text)[0]
    assert text[s.start : s.end] == text
