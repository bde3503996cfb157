"""Offline sentence splitting with character offsets.

A rule-based splitter written for news and diplomatic text. It needs no downloaded model: the
abbreviations it knows and its patterns are data (``stance/data/lang/<code>/abbreviations.tsv``
and ``sentences.json``), read once on first use.

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

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import StanceValueError, check_type

__all__ = ["Sentence", "load_abbreviations", "split_sentences", "supported_languages"]


#: the characters ``str.splitlines`` cuts at ('\\r\\n' is one break of two of them)
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@dataclass(frozen=True)
class SentenceRules:
    """The splitter's patterns and openers for one language (``data/lang/<code>/sentences.json``)."""

    end: re.Pattern[str]
    date_prefix: re.Pattern[str]
    dateline: re.Pattern[str]
    list_mark: re.Pattern[str]
    tag: re.Pattern[str]
    word_before: re.Pattern[str]
    acronym: re.Pattern[str]
    next_word: re.Pattern[str]
    closers: str
    no_break_before: str
    openers: frozenset[str]


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """The language codes with resources in ``stance/data/lang/`` (sorted; read once)."""
    root = resources.files("stance").joinpath("data").joinpath("lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


def check_language(lang: str) -> str:
    """``lang`` if the library has resources for it; otherwise a clear error listing those it has."""
    check_type("lang", lang, str)
    known = supported_languages()
    if lang not in known:
        raise StanceValueError(
            f"'lang' must be one of the languages with segmenter resources {list(known)}; got "
            f"{lang!r}. Add a folder stance/data/lang/{lang}/ with the same files as 'en' to "
            "support it."
        )
    return lang


def lang_text(lang: str, name: str) -> str:
    """A shipped resource file of a language, ``stance/data/lang/<lang>/<name>``, as text."""
    return (
        resources.files("stance").joinpath("data").joinpath("lang").joinpath(lang).joinpath(name)
    ).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def sentence_rules(lang: str = "en") -> SentenceRules:
    """The sentence splitter's rules for ``lang`` (read once, cached)."""
    doc = json.loads(lang_text(check_language(lang), "sentences.json"))
    return SentenceRules(
        **{k: re.compile(doc[k]) for k in ("end", "date_prefix", "dateline", "list_mark",
                                            "tag", "word_before", "acronym", "next_word")},
        closers=doc["closers"],
        no_break_before=doc["no_break_before"],
        openers=frozenset(doc["openers"]),
    )  # fmt: skip


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end]``, stripped, and the index of its paragraph (line).

    ``kind`` is ``"sentence"``, or ``"tag"`` for a transcript name tag such as ``MS. VALEVA:``.
    """

    start: int
    end: int
    paragraph: int
    kind: str = "sentence"


@lru_cache(maxsize=8)
def load_abbreviations(lang: str = "en") -> Mapping[str, str]:
    """The shipped abbreviations, lower-cased, without the final period -> class (cached).

    Examples
    --------
    >>> load_abbreviations()["mr"], load_abbreviations()["u.s"]
    ('title', 'any')
    """
    raw = lang_text(check_language(lang), "abbreviations.tsv")
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, kind = line.partition("\t")
        out[word.strip().lower()] = kind.strip() or "any"
    return out


def split_sentences(
    text: str, abbreviations: Mapping[str, str] | None = None, *, lang: str = "en"
) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets.

    Parameters
    ----------
    text : the text.
    abbreviations : lower-cased abbreviations without their final period, mapped to ``"title"``
        (never ends a sentence) or ``"any"``; None for the shipped list.
    lang : the language of the text: its resources folder under ``stance/data/lang/``.

    Returns
    -------
    list of Sentence
        In text order; ``text[s.start:s.end]`` is stripped and never empty.

    Raises
    ------
    StanceTypeError
        If ``text`` is not a str.
    StanceValueError
        If ``lang`` has no resources.

    Examples
    --------
    >>> t = 'Mr. J. R. Smith went to the U.S. Embassy. "Is it safe?" he asked. It was.'
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Mr. J. R. Smith went to the U.S. Embassy.', '"Is it safe?" he asked.', 'It was.']
    """
    check_type("text", text, str)
    rules = sentence_rules(lang)
    abbr = load_abbreviations(lang) if abbreviations is None else abbreviations
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_lines(text)):
        _split_line(text, start, end, paragraph, abbr, rules, out)
    return out


_BREAK = re.compile(f"[{_LINE_BREAKS}]")


def line_end(text: str, i: int) -> int:
    """Where the line holding ``text[i]`` ends: its first line break (any of
    ``str.splitlines``' breaks, as :func:`split_sentences` cuts lines) at or after ``i``, or the
    end of the text. Searching only to the line's own break keeps a walk over a text's lines
    linear, whichever breaks it uses."""
    m = _BREAK.search(text, i)
    return len(text) if m is None else m.start()


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each non-empty line of ``text``, without its line break (those of
    ``str.splitlines``: ``\\n``, ``\\r``, ``\\u2028`` and the others), cut in C."""
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        body = len(line.rstrip(_LINE_BREAKS))
        if body:
            yield start, start + body
        start = end


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _split_line(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    abbr: Mapping[str, str],
    rules: SentenceRules,
    out: list[Sentence],
) -> None:
    i = _skip_space(text, start, end)
    if i >= end:
        return
    m = rules.date_prefix.match(text, i, end)
    if m:
        i = _skip_space(text, m.end(), end)
    m = rules.tag.match(text, i, end)
    if m and sum(c.isalpha() for c in m.group(0)) >= 1 and m.end() - i <= 60:
        _emit(text, i, m.end(), paragraph, out, "tag")
        i = _skip_space(text, m.end(), end)
    else:
        m = rules.dateline.match(text, i, end)
        if m and m.end() - i <= 80:
            i = _skip_space(text, m.end(), end)
        m = rules.list_mark.match(text, i, end)
        if m:
            i = _skip_space(text, m.end(), end)
    sent_start = i
    for m in rules.end.finditer(text, i, end):
        nxt = _skip_space(text, m.end(), end)
        if nxt >= end or not _is_boundary(text, m, nxt, sent_start, abbr, rules):
            continue
        _emit(text, sent_start, m.end(), paragraph, out)
        sent_start = nxt
    _emit(text, sent_start, end, paragraph, out)


def _is_boundary(
    text: str, m: re.Match[str], nxt: int, sent_start: int, abbr: Mapping[str, str], rules: SentenceRules
) -> bool:
    following = text[nxt]
    if following.islower():
        return False
    if following in rules.no_break_before:
        return False  # a comma after 'U.S.', or a dash that signs a quote ('..." -- Jane Roe')
    punct = m.group(0)
    if punct[0] != "." or len(punct.rstrip(rules.closers)) > 1:
        return True
    # a single period: is the word before it an abbreviation or an initial?
    w = rules.word_before.search(text, max(sent_start, m.start() - 30), m.start())
    if w is None:
        return True
    word = w.group(0)
    if len(word) == 1 and word.isupper():
        return False  # an initial: J. R. Smith
    kind = abbr.get(word.lower())
    if kind is None and rules.acronym.fullmatch(word):
        kind = "any"  # an acronym written with periods: U.S, N.A.T.O
    if kind is None:
        return True
    if kind == "title":
        return False
    nxt_word = rules.next_word.match(text, nxt, nxt + 20)
    return bool(nxt_word and nxt_word.group(0) in rules.openers)


def _emit(
    text: str, start: int, end: int, paragraph: int, out: list[Sentence], kind: str = "sentence"
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        # equal to Sentence(start, end, paragraph, kind), in one store of the fields (a frozen
        # dataclass's __init__ stores them one by one: 3x slower, on every sentence of a text)
        sentence = object.__new__(Sentence)
        sentence.__dict__.update(start=start, end=end, paragraph=paragraph, kind=kind)
        out.append(sentence)
