"""Offline sentence splitting with character offsets.

A rule-based splitter written for news and diplomatic text. It needs no downloaded model: the
abbreviations it knows and its patterns are data (``stance/data/lang/<code>/abbreviations.tsv``
and ``sentences.json``), read once on first use.

Rules, in order:

- a line break ends a sentence and a paragraph, unless it only wraps the paragraph
  (:func:`unwrap`): the next line continues the clause (it opens in lower case), or the text is
  hard-wrapped at a width and the line before is full (the next line's first word would not
  have fitted), and the next line is no structure (a blank line, a name tag, a list item, a
  dateline, a deeper indent, a heading). A text written one paragraph per line is left as it
  is; a sentence that runs over a wrap holds its line break (``text[s.start:s.end]``);
- at the start of a paragraph, a dateline (``NAJAF, Iraq -``, ``GENEVA, March 3 (wire) -``) or a
  liveblog's time (``12:10 -``), a ``date 2022-03-27`` prefix and a list marker (``-``, ``*``,
  ``1.``, ``(a)``) are skipped, and a transcript name tag (``MS. VALEVA:``) is a sentence of its
  own, of kind ``"tag"``;
- ``.``, ``!``, ``?`` or ``…``, with any closing quotes or brackets after them, end a sentence
  when white space and then a word that does not begin in lower case follow, except after a
  title abbreviation (``Mr.``, ``Gen.``, ``No.``), an initial (``J. R. Smith``), or an
  abbreviation such as ``U.S.`` that is followed by anything but a common sentence opener; a
  stop followed by a footnote's number (``ceasefire.12 The``) ends one too, the number no
  sentence's;
- text as converters give it: a sentence broken by a page break (a lower-case paragraph after
  a line that ends mid-clause, with only blank lines, page numbers or a running header
  between) is one sentence; a page's furniture left inline before a sentence (``(Photo:
  AFP)``, ``Advertisement``) and links after a line's last sentence are outside it.

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

__all__ = ["Sentence", "load_abbreviations", "split_sentences", "supported_languages", "unwrap"]


#: the characters ``str.splitlines`` cuts at ('\\r\\n' is one break of two of them)
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@dataclass(frozen=True)
class SentenceRules:
    """The splitter's patterns and openers for one language (``data/lang/<code>/sentences.json``)."""

    end: re.Pattern[str]
    date_prefix: re.Pattern[str]
    dateline: re.Pattern[str]
    #: a liveblog entry's time before its text ('12:10 - ', '13:40 GMT - '): metadata, as a dateline
    time_prefix: re.Pattern[str]
    list_mark: re.Pattern[str]
    tag: re.Pattern[str]
    #: a question or answer tag before a dash ('Q - ', 'A. - ', 'R. - '): group 1 is the tag
    dash_tag: re.Pattern[str]
    word_before: re.Pattern[str]
    acronym: re.Pattern[str]
    next_word: re.Pattern[str]
    closers: str
    #: the marks that open a quote: no initial comes before one ('... said on X. "The ...')
    quote_openers: str
    no_break_before: str
    openers: frozenset[str]
    wrap_end_chars: str
    wrap_continue_chars: str
    wrap_dashes: str
    wrap_tag: re.Pattern[str]
    wrap_continuers: frozenset[str]
    #: a footnote's number after a sentence's stop ('... of the ceasefire.12 The Ministry ...', as
    #: a converted PDF gives it): the sentence ends at the stop, the number is neither's
    footnote: re.Pattern[str]
    #: a line of a converted page's furniture between the two halves of a sentence broken by a
    #: page break ('2', 'Page 3 of 5', 'Check against delivery'), whole
    page_line: re.Pattern[str]
    #: a page's furniture that a converter left inline before a sentence ('(Photo: AFP) It
    #: urged ...', 'Advertisement "The border is ours."'): the sentence starts after it
    inline_furniture: re.Pattern[str]
    #: links after a line's last sentence ('... demands. https://t.co/abc pic.twitter.com/xyz', a
    #: pasted post's): no sentence's
    trailing_links: re.Pattern[str]


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
        **{k: re.compile(doc[k]) for k in ("end", "date_prefix", "dateline", "time_prefix", "list_mark",
                                            "tag", "dash_tag", "word_before", "acronym",
                                            "next_word")},
        closers=doc["closers"],
        quote_openers=doc["quote_openers"],
        no_break_before=doc["no_break_before"],
        openers=frozenset(doc["openers"]),
        wrap_end_chars=doc["wrap_end_chars"],
        wrap_continue_chars=doc["wrap_continue_chars"],
        wrap_dashes=doc["wrap_dashes"],
        wrap_tag=re.compile(doc["wrap_tag"]),
        wrap_continuers=frozenset(doc["wrap_continuers"]),
        footnote=re.compile(doc["footnote"]),
        page_line=re.compile(doc["page_line"]),
        inline_furniture=re.compile(doc["inline_furniture"]),
        trailing_links=re.compile(doc["trailing_links"]),
    )  # fmt: skip


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end]``, stripped, and the index of its paragraph (a line, or the
    lines of a wrapped paragraph).

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
    text: str,
    abbreviations: Mapping[str, str] | None = None,
    *,
    lang: str = "en",
    join_wrapped: bool = True,
) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets.

    Parameters
    ----------
    text : the text.
    abbreviations : lower-cased abbreviations without their final period, mapped to ``"title"``
        (never ends a sentence) or ``"any"``; None for the shipped list.
    lang : the language of the text: its resources folder under ``stance/data/lang/``.
    join_wrapped : join the lines of a hard-wrapped paragraph (:func:`unwrap`); False when the
        text is already unwrapped, or to end a sentence at every line break.

    Returns
    -------
    list of Sentence
        In text order; ``text[s.start:s.end]`` is stripped and never empty (it holds a line
        break where a sentence runs over a wrapped line).

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
    >>> t = "The ministry urged both\\nsides to show restraint.\\nFighting continued."
    >>> [(t[s.start:s.end], s.paragraph) for s in split_sentences(t)]
    [('The ministry urged both\\nsides to show restraint.', 0), ('Fighting continued.', 1)]
    """
    check_type("text", text, str)
    rules = sentence_rules(lang)
    abbr = load_abbreviations(lang) if abbreviations is None else abbreviations
    if join_wrapped:
        text = unwrap(text, lang=lang)  # same length: the offsets hold for the text as given
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_lines(text)):
        _split_line(text, start, end, paragraph, abbr, rules, out)
    return out


_BREAK = re.compile(f"[{_LINE_BREAKS}]")

#: the line breaks that may wrap a paragraph; the others (form feed, U+2029 paragraph separator,
#: the information separators) always separate paragraphs
_SOFT_BREAKS = "\n\r\x85\u2028"

#: plausible hard-wrap widths, in characters: narrower lines are no evidence of wrapping (a
#: header block, a list), wider ones are paragraphs written on one line
_MIN_WIDTH, _MAX_WIDTH = 30, 250

_FIRST_WORD = re.compile(r"\S+")


def unwrap(text: str, *, lang: str = "en") -> str:
    """``text`` with each line break that only wraps a paragraph replaced by spaces.

    The result has the length of ``text`` (a ``\\r\\n`` becomes two spaces), so offsets into
    it are offsets into ``text``; it is ``text`` itself when no line is wrapped. A break between
    two non-blank lines is a wrap when the next line

    - is no structure: not a transcript name tag (``MR. PRICE:``, ``Question:``), a list item,
      a dateline or a ``date`` prefix, and not indented deeper than the line before (a first-line
      indent opens a paragraph; a list item's hanging indent does not);
    - and continues the clause: the line before ends with a word that leaves the clause open
      (``the``, ``of``, ``will``: a list in ``sentences.json``); or the next line opens in lower
      case or with a mark that cannot open a sentence (``,`` ``;`` ``)``), after a line that
      ends no sentence (after one, only in hard-wrapped text: a paragraph may open with 'de
      Mistura'); or the text is hard-wrapped and the line before is *full*: the next line's
      first word would not have fitted within the text's wrap width (give or take a tenth, for
      the ragged lines of a proportional font; exactly, when the line ends a sentence: ``.``,
      ``?``, ``:`` and closing quotes), and the next line is not a line of its own (not full,
      ending no sentence, followed by another line: a title, a date, a name) nor, after a
      sentence end, a heading or signature (not full, ending no sentence).

    The width is the length that all but one line in twenty stay within; a text is hard-wrapped
    when that width lies between 30 and 250 characters and, of the full lines that end in the
    middle of a sentence, at least two and a third are followed by a line that continues the
    clause (prose; the lines of a header block open with capitals). Texts written one paragraph
    per line are thus left alone, and a blank line, a form feed or U+2029 always separates
    paragraphs. Linear in the length of the text.

    Examples
    --------
    >>> unwrap("It urged the sides\\nto talk.\\nTalks began.")
    'It urged the sides to talk.\\nTalks began.'
    """
    check_type("text", text, str)
    rules = sentence_rules(lang)
    text, lines = _join_page_breaks(text, rules)
    if lines is None:
        lines = _content_lines(text)
    adjacent = [k for k in range(1, len(lines)) if _soft_break(text, lines[k - 1], lines[k])]
    if not adjacent:
        return text
    lengths = sorted((end - start for start, _, end, _ in lines), reverse=True)
    width = lengths[len(lengths) // 20]
    slack = width // 10
    ends = [_ends_sentence(text, line, rules) for line in lines]

    def reach(k: int) -> int:
        """How far line ``k`` with the first word of line ``k + 1`` reaches past the width."""
        start, _, end, _ = lines[k]
        _, lead, after, _ = lines[k + 1]
        m = _FIRST_WORD.match(text, lead, after)
        return end - start + 1 + (0 if m is None else m.end() - lead) - width

    items = [rules.list_mark.match(text, lead, end) is not None for _, lead, end, _ in lines]
    free = {k for k in adjacent if not _opens_structure(text, lines[k], rules, ends[k - 1] or items[k - 1])}
    # a full line ends mid-sentence at most wraps of prose, and most of the words that open the
    # next line are in lower case; in a header block ('MINISTRY OF ...' over 'Weekly press
    # conference, ...') none are
    full = [k for k in free if not ends[k - 1] and reach(k - 1) > -slack]
    lower = sum(_continues_clause(text, lines[k], rules) for k in full)
    wrapped = _MIN_WIDTH <= width <= _MAX_WIDTH and lower >= 2 and 3 * lower >= len(full)
    follows = set(adjacent)

    def own_line(k: int) -> bool:
        """Is line ``k`` a line of its own (a title, a date, a name): it ends no sentence, is not
        full, and another line follows it (else it may be the last of its paragraph)?"""
        return not ends[k] and k + 1 in follows and reach(k) <= -slack

    def heading(k: int) -> bool:
        """Is line ``k`` a heading or a signature: it ends no sentence and is not full?"""
        return not ends[k] and not (k + 1 in follows and reach(k) > -slack)

    joined: list[int] = []
    first = 0  # the first line of the current paragraph
    for k in range(1, len(lines)):
        if k in free and not (items[k] and items[first]) and _indent_continues(lines, first, k, items) and (
            # after a sentence end, only in wrapped text: a paragraph may open with 'de Mistura'
            (_continues_clause(text, lines[k], rules) and (wrapped or not ends[k - 1]))
            or _open_clause(text, lines[k - 1], rules)
            or (wrapped and not ends[k - 1] and reach(k - 1) > -slack and not own_line(k))
            or (wrapped and ends[k - 1] and reach(k - 1) > 0 and not heading(k))
        ):
            joined.append(k)
        else:
            first = k
    if not joined:
        return text
    parts: list[str] = []
    pos = 0
    for k in joined:
        brk = lines[k][0]  # the break is the end of the line before, after its trailing spaces
        a = brk
        while a > lines[k - 1][2] and text[a - 1] in _LINE_BREAKS:
            a -= 1
        parts += (text[pos:a], " " * (brk - a))
        pos = brk
    parts.append(text[pos:])
    return "".join(parts)


#: how many lines of page furniture a page break may hold between a sentence's halves
_PAGE_LINES = 3
#: how long a line must be, ending mid-clause, to be cut by a page break rather than a heading
_PAGE_FULL = 50
#: the first character of a paragraph after a blank line, a form feed (pdftotext's page break)
#: or a line that is a page number ('- 2 -', 'Page 3')
_PAGE_GAP = (
    r"(?:[ \t]*|[ \t]*(?:[Pp]age[ \t]+)?[-\u2013\u2014]?[ \t]*\d{1,4}[ \t]*[-\u2013\u2014]?[ \t]*)"
    r"[\n\r\x0c]\s*(\w)"
)
_LOWER_OPENING = re.compile(r"[\n\r\x0c]" + _PAGE_GAP)
#: the same for a text with no '\r' and no form feed: opening with the one character '\n', the
#: engine skips to each '\n' in C, where a class is tested character by character (6x as fast)
_LOWER_OPENING_LF = re.compile(r"\n" + _PAGE_GAP)
#: how long a running header or footer may be
_RUNNING_CHARS = 120


def _join_page_breaks(text: str, rules: SentenceRules) -> tuple[str, list[tuple[int, int, int, int]] | None]:
    """``text`` with each page break inside a sentence made spaces: a paragraph that opens in
    lower case after a line that ends mid-clause (a word that leaves it open, a comma, or a
    long line with no sentence end), with only blank lines and lines of page furniture ('2',
    'Page 3 of 5', 'Check against delivery') between ('We call on all parties to comply with' /
    '2' / 'international humanitarian law.'), as a converted PDF gives it. Same length. With the
    text's ``_content_lines`` when they were worked out and hold for the text returned, else None."""
    opening = _LOWER_OPENING if "\r" in text or "\x0c" in text else _LOWER_OPENING_LF
    if not any(m.group(1).islower() for m in opening.finditer(text)):
        return text, None  # no paragraph after a blank line or a page number opens in lower case
    lines = _content_lines(text)
    # a running header or footer repeats on every page ('MINISTRY OF FOREIGN AFFAIRS OF ...')
    counts: dict[str, int] = {}
    for _, lead, end, _ in lines:
        if end - lead <= _RUNNING_CHARS:
            counts[text[lead:end]] = counts.get(text[lead:end], 0) + 1

    def furniture(line: tuple[int, int, int, int]) -> bool:
        _, lead, end, _ = line
        if rules.page_line.fullmatch(text, lead, end) is not None:
            return True
        return counts.get(text[lead:end], 0) > 1 and not _ends_sentence(text, line, rules)

    cuts: list[tuple[int, int]] = []
    k = 1
    while k < len(lines):
        j = k
        while j < len(lines) and j - k < _PAGE_LINES and furniture(lines[j]):
            j += 1
        if j < len(lines) and (j > k or not _soft_break(text, lines[k - 1], lines[k])):
            before, after = lines[k - 1], lines[j]
            if text[after[1]].islower() and _cut_mid_clause(text, before, rules):
                cuts.append((before[2], after[1]))
                k = j + 1
                continue
        k += 1
    if not cuts:
        return text, lines
    parts: list[str] = []
    pos = 0
    for a, b in cuts:
        parts += (text[pos:a], " " * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts), None


def _cut_mid_clause(text: str, line: tuple[int, int, int, int], rules: SentenceRules) -> bool:
    """Does the line end in the middle of a clause: no sentence end or colon, and a word that
    leaves the clause open ('with', 'the'), a comma, or a full line of prose?"""
    _, lead, end, _ = line
    if _ends_sentence(text, line, rules) or text[end - 1] in rules.closers or text[lead:end].isupper():
        return False  # a sentence, or a heading in capitals (a running header)
    return text[end - 1] == "," or _open_clause(text, line, rules) or end - lead >= _PAGE_FULL


def _content_lines(text: str) -> list[tuple[int, int, int, int]]:
    """Each line of ``text`` that is not blank: its start, first and last-plus-one non-space
    characters, and the start of the next line (after its break)."""
    out: list[tuple[int, int, int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        nxt = start + len(line)
        end = start + len(line.rstrip())
        if end > start:
            out.append((start, nxt - len(line.lstrip()), end, nxt))
        start = nxt
    return out


def _soft_break(text: str, before: tuple[int, int, int, int], line: tuple[int, int, int, int]) -> bool:
    """Are the two lines next to each other, with no blank line between, and parted by a break
    that may wrap a paragraph ('\\n', '\\r\\n', '\\r', U+2028, U+0085)?"""
    return before[3] == line[0] and text[line[0] - 1] in _SOFT_BREAKS


def _ends_sentence(text: str, line: tuple[int, int, int, int], rules: SentenceRules) -> bool:
    """Does the line end with a sentence end or a colon, with any closing quotes after it?"""
    _, lead, end, _ = line
    i = end - 1
    while i > lead and text[i] in rules.closers:
        i -= 1
    return text[i] in rules.wrap_end_chars


def _opens_structure(
    text: str, line: tuple[int, int, int, int], rules: SentenceRules, after_end: bool
) -> bool:
    """Does the line open with what the splitter knows as structure: a ``date`` prefix, a name
    tag, a dateline or a list item? A dash or a number ('24.') opens a list item only after a
    sentence end, a colon or another list item (``after_end``); after a clause it may be a dash
    or a number of the clause ('on September\\n24.'), and the other tests decide."""
    _, i, end, _ = line
    if rules.date_prefix.match(text, i, end):
        return True
    m = rules.tag.match(text, i, end)
    if m and m.end() - i <= 60 and any(c.isalpha() for c in m.group(0)):
        return True
    if rules.dash_tag.match(text, i, end):
        return True
    m = rules.dateline.match(text, i, end)
    if m and m.end() - i <= 80:
        return True
    m = rules.list_mark.match(text, i, end)
    if m:
        return after_end or not (text[i] in rules.wrap_dashes or text[i].isdigit())
    return rules.wrap_tag.match(text, i, min(end, i + 60)) is not None


def _open_clause(text: str, line: tuple[int, int, int, int], rules: SentenceRules) -> bool:
    """Does the line end with a word that leaves its clause open ('the', 'of', 'will')?"""
    _, lead, end, _ = line
    i = end
    while i > lead and not text[i - 1].isspace() and end - i < 12:
        i -= 1
    return text[i:end] in rules.wrap_continuers


def _continues_clause(text: str, line: tuple[int, int, int, int], rules: SentenceRules) -> bool:
    """Does the line open in lower case or with a mark that continues a clause?"""
    c = text[line[1]]
    return c.islower() or c in rules.wrap_continue_chars


def _indent_continues(lines: list[tuple[int, int, int, int]], first: int, k: int, items: list[bool]) -> bool:
    """Is line ``k`` indented no deeper than the line before it (or is it the hanging indent of
    a list item that opens the paragraph)?"""
    start, lead, _, _ = lines[k]
    before = lines[k - 1]
    return lead - start <= before[1] - before[0] or items[first]


def line_end(text: str, i: int) -> int:
    """Where the line holding ``text[i]`` ends: its first line break (any of
    ``str.splitlines``' breaks, as :func:`split_sentences` cuts lines) at or after ``i``, or the
    end of the text. Searching only to the line's own break keeps a walk over a text's lines
    linear, whichever breaks it uses. On the text :func:`unwrap` gives (what the segmenter
    reads), a line is a paragraph, the lines of a wrapped one included."""
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


def skip_space(text: str, i: int, end: int) -> int:
    """The first position from ``i`` (before ``end``) that holds no white space, or ``end``."""
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
    i = skip_space(text, start, end)
    if i >= end:
        return
    m = rules.date_prefix.match(text, i, end)
    if m:
        i = skip_space(text, m.end(), end)
    m = rules.tag.match(text, i, end)
    dash = None if m else rules.dash_tag.match(text, i, end)
    if m and sum(c.isalpha() for c in m.group(0)) >= 1 and m.end() - i <= 60:
        _emit(text, i, m.end(), paragraph, out, "tag")
        i = skip_space(text, m.end(), end)
    elif dash is not None:
        # 'Q - Is Paris ...', 'R. - France ...': the tag is the letters, the dash is neither its
        # nor the sentence's
        _emit(text, i, dash.end(1), paragraph, out, "tag")
        i = skip_space(text, dash.end(), end)
    else:
        m = rules.dateline.match(text, i, end)
        if m and m.end() - i <= 80:
            i = skip_space(text, m.end(), end)
        else:
            m = rules.time_prefix.match(text, i, end)
            if m:
                i = skip_space(text, m.end(), end)
        m = rules.list_mark.match(text, i, end)
        if m:
            i = skip_space(text, m.end(), end)
            m = rules.dateline.match(text, i, end)  # '• BAKU, May 2 - ...': an item's dateline
            if m and m.end() - i <= 80:
                i = skip_space(text, m.end(), end)
    i = _past_furniture(text, i, end, rules)
    if text.find("http", i, end) >= 0 or text.find("www.", i, end) >= 0 or text.find("pic.", i, end) >= 0:
        m = rules.trailing_links.search(text, i, end)
        end = m.start() if m is not None and m.start() > i else end
    sent_start = i
    if rules.footnote.search(text, i, end) is not None:
        _split_noted(text, i, end, paragraph, abbr, rules, out)
        return
    for m in rules.end.finditer(text, i, end):
        nxt = skip_space(text, m.end(), end)
        if nxt >= end or not _is_boundary(text, m, nxt, sent_start, abbr, rules):
            continue
        _emit(text, sent_start, m.end(), paragraph, out)
        sent_start = _past_furniture(text, nxt, end, rules)
    _emit(text, sent_start, end, paragraph, out)


def _past_furniture(text: str, i: int, end: int, rules: SentenceRules) -> int:
    """Where the sentence at ``i`` starts after any inline furniture before it ('(Photo: AFP)
    ', 'Advertisement '), if anything follows it on the line."""
    m = rules.inline_furniture.match(text, i, end)
    while m is not None and m.end() < end:
        i = m.end()
        m = rules.inline_furniture.match(text, i, end)
    return i


def _split_noted(
    text: str,
    i: int,
    end: int,
    paragraph: int,
    abbr: Mapping[str, str],
    rules: SentenceRules,
    out: list[Sentence],
) -> None:
    """The sentences of a line from ``i`` to ``end`` that holds footnote numbers after stops
    ('... of the ceasefire.12 The Ministry ...'): each such stop ends its sentence (as a stop
    with a space would: not before a word in lower case, nor after an abbreviation: 'No.1'), and
    the number belongs to no sentence, nor does one that ends the line."""
    cuts: list[tuple[int, int, re.Match[str] | None]] = []  # the stop, the next start, the end mark
    for e in rules.end.finditer(text, i, end):
        cuts.append((e.end(), skip_space(text, e.end(), end), e))
    for f in rules.footnote.finditer(text, i, end):
        w = rules.word_before.search(text, max(i, f.start() - 30), f.start())
        if w is not None and w.group(0).lower() in abbr:
            continue  # 'No.1', 'art.2': an abbreviation and its number
        cuts.append((f.start(1), skip_space(text, f.end(), end), None))
    sent_start = i
    for stop, nxt, m in sorted(cuts, key=lambda cut: cut[0]):
        if m is not None:
            if nxt >= end or not _is_boundary(text, m, nxt, sent_start, abbr, rules):
                continue
        elif nxt < end and (text[nxt].islower() or text[nxt] in rules.no_break_before):
            continue
        _emit(text, sent_start, stop, paragraph, out)
        sent_start = _past_furniture(text, nxt, end, rules)
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
        # an initial (J. R. Smith), unless a lower-case word comes before it and a quote or a
        # sentence's opener after it ('... said on X. "The aggression must stop."')
        before = text[max(sent_start, w.start() - 20) : w.start()].split()
        if not before or not before[-1].islower():
            return False
        nxt_word = rules.next_word.match(text, nxt, nxt + 20)
        return following in rules.quote_openers or bool(nxt_word and nxt_word.group(0) in rules.openers)
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
