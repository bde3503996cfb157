"""Phase 1: quoted stretches, paragraph by paragraph, and the quotes of each sentence."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ..sentences import Sentence
from .records import Doc, Unit
from .resources import Rules


@dataclass(frozen=True)
class Quotes:
    """Quoted stretches ``(start, end)`` with their marks, sorted; ``starts`` their starts; and
    the paragraphs that end inside an open quote."""

    spans: list[tuple[int, int]]
    starts: list[int]
    open_paragraphs: set[int]


#: the fewest words of a quote in straight single quotes (fewer: scare quotes)
_BRITISH_WORDS = 4


def find_quotes(doc: Doc, sentences: Sequence[Sentence]) -> Quotes:
    """Every quoted stretch of the text, one pass over each paragraph (``sentences`` in text
    order, as :func:`~stance.sentences.split_sentences` gives them)."""
    text, rules = doc.text, doc.rules
    open_q, close_q, closers = rules.open_quotes, rules.close_quotes, rules.quote_closers
    spans: list[tuple[int, int]] = []
    open_at_end: set[int] = set()
    by_par: dict[int, tuple[int, int]] = {}
    # a text with no double quotation mark that quotes with straight single ones ('We will not
    # tolerate it,' she said.): they are read as the single curly ones are
    british = "'" in text and "''" not in text and not any(c in text for c in (*open_q, *close_q, '"', "`"))
    marks = rules.straight_single_quote_marks if british else rules.quote_marks
    for s in sentences:  # in text order: a paragraph runs from its first sentence to its last
        first = by_par.get(s.paragraph)
        by_par[s.paragraph] = (s.start, s.end) if first is None else (first[0], s.end)
    for par, (a, b) in by_par.items():
        lead = a  # the first non-space of the paragraph (found once, not per mark)
        while lead < b and text[lead].isspace():
            lead += 1
        open_pos = -1
        opener = ""  # the mark that opened the open quote
        single = False  # the open quote is a single curly one: only its closing mark ends it
        for m in marks.finditer(text, a, b):
            c, p = m.group(0), m.start()
            if c == "'":
                # straight: it opens at the start of a word that is no number ('90s), else closes
                before = text[p - 1] if p > a else " "
                opens = before.isspace() or before in rules.quote_openers
                c = rules.single_open_quotes if opens else rules.single_close_quotes
                if opens and m.end() < b and text[m.end()].isdigit():
                    continue
            if c == rules.single_open_quotes or c == rules.single_close_quotes:
                after = text[m.end()] if m.end() < b else " "
                if c == rules.single_open_quotes and open_pos < 0:
                    before = text[p - 1] if p > a else " "
                    if (before.isspace() or before in rules.quote_openers) and not after.isspace():
                        open_pos, single = p, True  # '‘We are ready,’ the minister said.'
                elif c == rules.single_close_quotes and single and not after.isalnum():
                    # not the apostrophe of 'It’s'; and straight ones around a word or three are
                    # scare quotes ('both sides'), no one's words
                    if not (british and len(text[open_pos : m.end()].split()) < _BRITISH_WORDS):
                        spans.append((open_pos, m.end()))
                    open_pos, single = -1, False
                continue
            if single:
                continue  # a double quote inside a single one: "‘He said “no”’"
            if c == "``":
                c = open_q[0]
            elif c == "''":
                c = '"'
            if open_pos >= 0 and opener in closers and c != '"':
                if c in closers[opener]:  # '„Die Lage ist ernst“', '»We are worried«'
                    spans.append((open_pos, p + 1))
                    open_pos = -1
                continue
            if c in close_q and open_pos < 0:
                if p <= lead or (c in closers and _opens(text, p, a, b, rules)):
                    opener, open_pos = c, p  # a closing mark that opens the paragraph, or '»We ...'
                continue
            if c in open_q:
                if open_pos < 0:
                    opener, open_pos = c, p
            elif c in close_q:
                if open_pos >= 0:
                    spans.append((open_pos, p + 1))
                    open_pos = -1
            else:  # a straight quote: its direction from its neighbours
                before = text[p - 1] if p > a else " "
                after = text[m.end()] if m.end() < b else " "
                if open_pos < 0:
                    if not (after.isspace() and not before.isspace()):
                        open_pos = p
                else:
                    spans.append((open_pos, m.end()))
                    open_pos = -1
        if open_pos >= 0:
            spans.append((open_pos, b))
            open_at_end.add(par)
            single = False
    spans.sort()
    return Quotes(spans, [q[0] for q in spans], open_at_end)


def _opens(text: str, p: int, a: int, b: int, rules: Rules) -> bool:
    """Does the mark at ``p`` (in the paragraph ``text[a:b]``) open a word, after a space or an
    opener and before a letter or a digit ('said: »We are ...')?"""
    before = text[p - 1] if p > a else " "
    return p + 1 < b and text[p + 1].isalnum() and (before.isspace() or before in rules.quote_openers)


def sentence_unit(s: Sentence, quotes: Quotes) -> Unit:
    """The unit of a sentence with the quoted stretches that overlap it."""
    a, b = s.start, s.end
    unit = Unit(a, b, s.paragraph)
    spans = quotes.spans
    k = max(0, bisect.bisect_right(quotes.starts, a) - 1)
    while k < len(spans) and spans[k][0] < b:
        qa, qb = spans[k]
        if qb > a:
            lo, hi = max(qa, a), min(qb, b)
            unit.quotes.append((lo, hi))
            unit.quoted += hi - lo
            if qa < a:
                unit.starts_in_quote = True
            if qb > b:
                unit.ends_in_quote = True
        k += 1
    return unit


def _start(quote: tuple[int, int]) -> int:
    return quote[0]


def in_quotes(quotes: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of the sorted, non-overlapping ``quotes``?"""
    k = bisect.bisect_right(quotes, pos, key=_start) - 1
    return k >= 0 and quotes[k][0] <= pos < quotes[k][1]
