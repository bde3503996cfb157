"""Offline sentence splitting with character offsets.

A rule-based splitter written for news and diplomatic text. It needs no downloaded model: the
abbreviations it knows are data (``stance/data/abbreviations.tsv``), read once on first use.

Rules, in order:

- a line break always ends a sentence (each non-empty line is a paragraph);
- at the start of a line, a dateline (``NAJAF, Iraq -``, ``GENEVA, March 3 (wire) -``), a
  ``date 2022-03-27`` prefix and a list marker (``-``, ``*``, ``1.``, ``(a)``) are skipped, and a
  transcript name tag (``MS. VALEVA:``) is a sentence of its own, of kind ``"tag"``;
- ``.``, ``!``, ``?`` or ``…``, with any closing quotes or brackets after them, end a sentence
  when white space and then a word that does not begin in lower case follow, except after a
  title abbreviation (``Mr.``, ``Gen.``, ``No.``), an initial (``J. R. Smith``), or an
  abbreviation such as ``U.S.`` that is followed by anything but a common sentence opener.

The splitter runs in time linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import check_type

__all__ = ["Sentence", "load_abbreviations", "split_sentences"]

#: Characters that end a line (and so always end a sentence).
_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
# A candidate sentence end: terminal punctuation, then closing quotes/brackets, then a space.
_END = re.compile(
    r"[.!?\u2026\u203c\u2047-\u2049\uff01\uff0e\uff1f\u3002]+[\"'\u201d\u2019\u00bb\u203a)\]]*(?=\s)"
)
_DATE_PREFIX = re.compile(r"date \d{4}-\d{2}-\d{2}\s+")
# NAJAF, Iraq -   GENEVA, March 3 (wire) -   WASHINGTON (Reuters) --
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:, [^\s,\-\u2013\u2014()][^,\-\u2013\u2014()\n]{0,40})?"
    r"(?: \([^()\n]{1,30}\))?"
    r" ?[-\u2013\u2014]{1,2} ?(?=\S)"
)
_LIST_MARK = re.compile(
    r"(?:[-*\u2022\u00b7\u2023\u25e6\u25aa\u2013\u2014]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,5}\))\s+"
)
# MS. VALEVA:   SPOKESPERSON KOVAL:   QUESTION:   Q:
_TAG = re.compile(r"(?:[A-Z][A-Z.'\u2019-]*\s){0,5}[A-Z][A-Z.'\u2019-]*\s?:(?=\s|$)")
_WORD_BEFORE = re.compile(r"[^\s\"'\u201c\u2018(\[\u00ab]+$")
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "But",
        "And",
        "In",
        "On",
        "At",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "Meanwhile",
        "However",
        "Yet",
        "So",
        "Still",
        "Some",
        "Many",
        "Most",
        "Asked",
        "According",
        "What",
        "Why",
        "How",
        "Who",
        "Now",
        "Then",
        "Earlier",
        "Later",
        "Last",
    ]
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end]``, stripped, and the index of its paragraph (line).

    ``kind`` is ``"sentence"``, or ``"tag"`` for a transcript name tag such as ``MS. VALEVA:``.
    """

    start: int
    end: int
    paragraph: int
    kind: str = "sentence"


@lru_cache(maxsize=1)
def load_abbreviations() -> Mapping[str, str]:
    """The shipped abbreviations, lower-cased, without the final period -> class (cached).

    Examples
    --------
    >>> load_abbreviations()["mr"], load_abbreviations()["u.s"]
    ('title', 'any')
    """
    raw = resources.files("stance").joinpath("data/abbreviations.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, kind = line.partition("\t")
        out[word.strip().lower()] = kind.strip() or "any"
    return out


def split_sentences(text: str, abbreviations: Mapping[str, str] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets.

    Parameters
    ----------
    text : the text.
    abbreviations : lower-cased abbreviations without their final period, mapped to ``"title"``
        (never ends a sentence) or ``"any"``; None for the shipped list.

    Returns
    -------
    list of Sentence
        In text order; ``text[s.start:s.end]`` is stripped and never empty.

    Raises
    ------
    StanceTypeError
        If ``text`` is not a str.

    Examples
    --------
    >>> t = 'Mr. J. R. Smith went to the U.S. Embassy. "Is it safe?" he asked. It was.'
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Mr. J. R. Smith went to the U.S. Embassy.', '"Is it safe?" he asked.', 'It was.']
    """
    check_type("text", text, str)
    abbr = load_abbreviations() if abbreviations is None else abbreviations
    out: list[Sentence] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        _split_line(text, line.start(), line.end(), paragraph, abbr, out)
    return out


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _split_line(
    text: str, start: int, end: int, paragraph: int, abbr: Mapping[str, str], out: list[Sentence]
) -> None:
    i = _skip_space(text, start, end)
    if i >= end:
        return
    m = _DATE_PREFIX.match(text, i, end)
    if m:
        i = _skip_space(text, m.end(), end)
    m = _TAG.match(text, i, end)
    if m and sum(c.isalpha() for c in m.group(0)) >= 1 and m.end() - i <= 60:
        _emit(text, i, m.end(), paragraph, out, "tag")
        i = _skip_space(text, m.end(), end)
    else:
        m = _DATELINE.match(text, i, end)
        if m and m.end() - i <= 80:
            i = _skip_space(text, m.end(), end)
        m = _LIST_MARK.match(text, i, end)
        if m:
            i = _skip_space(text, m.end(), end)
    sent_start = i
    for m in _END.finditer(text, i, end):
        nxt = _skip_space(text, m.end(), end)
        if nxt >= end or not _is_boundary(text, m, nxt, sent_start, abbr):
            continue
        _emit(text, sent_start, m.end(), paragraph, out)
        sent_start = nxt
    _emit(text, sent_start, end, paragraph, out)


def _is_boundary(text: str, m: re.Match[str], nxt: int, sent_start: int, abbr: Mapping[str, str]) -> bool:
    following = text[nxt]
    if following.islower():
        return False
    if following in ",;:\u2015\u2014\u2013":
        return False  # a comma after 'U.S.', or a dash that signs a quote ('..." -- Jane Roe')
    punct = m.group(0)
    if punct[0] != "." or len(punct.rstrip("\"'\u201d\u2019\u00bb\u203a)]")) > 1:
        return True
    # a single period: is the word before it an abbreviation or an initial?
    w = _WORD_BEFORE.search(text, max(sent_start, m.start() - 30), m.start())
    if w is None:
        return True
    word = w.group(0)
    if len(word) == 1 and word.isupper():
        return False  # an initial: J. R. Smith
    kind = abbr.get(word.lower())
    if kind is None and re.fullmatch(r"(?:\w\.)+\w", word):
        kind = "any"  # an acronym written with periods: U.S, N.A.T.O
    if kind is None:
        return True
    if kind == "title":
        return False
    nxt_word = re.match(r"[\w\u2019']+", text[nxt : nxt + 20])
    return bool(nxt_word and nxt_word.group(0) in _OPENERS)


def _emit(
    text: str, start: int, end: int, paragraph: int, out: list[Sentence], kind: str = "sentence"
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph, kind))
