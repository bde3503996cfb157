"""Statement segmentation: find who said what in an article, with character offsets.

The segmenter is rule-based and offline, a short pipeline of phases, each a module that takes
and returns plain records (:mod:`.records`):

1. :mod:`.quotes`: quoted stretches, paragraph by paragraph (quotes that run on);
2. :mod:`.phrases`: the speaker's noun phrase next to a cue;
3. :mod:`.cues`: attribution cues in a sentence (``X said``, ``"...," said X``, ``according to
   X``, ``X's call for``), and the split of a two-speaker sentence;
4. :mod:`.headers`: the issuer of a first-person text, its header block, transcript name tags;
5. :mod:`.speakers`: speaker resolution (pronouns, generic mentions, surnames), the one phase
   with memory;
6. :mod:`.assembly`: quote runs and the statements.

Every word and pattern belongs to a language (:mod:`.resources`, ``stance/data/lang/<code>/``),
loaded once and passed to the phases.
"""

from __future__ import annotations

import bisect
import gc
import html
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from ..actors import Gazetteer
from ..errors import check_type, invalid_value
from ..results import Statement
from ..sentences import Sentence, skip_space, split_sentences, unwrap
from .assembly import assemble
from .cues import analyse
from .headers import (
    among_furniture,
    dateline_actor,
    detect_issuer,
    given_issuer,
    is_question_tag,
    mark_boilerplate,
    place_tag,
    story_starts,
)
from .quotes import find_quotes, sentence_unit
from .records import Doc, Header, Unit
from .resources import Language, Lexicon, language, supported_languages
from .speakers import SpeakerResolver

__all__ = ["Language", "Lexicon", "segment", "supported_languages"]


def segment(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    issuer: str | None = None,
    lexicon: Lexicon | None = None,
    lang: str = "en",
) -> list[Statement]:
    """Find the statements of an article: what is attributed to whom, with offsets.

    Parameters
    ----------
    text : the article text.
    gazetteer : maps speakers to actor codes; None for :meth:`Gazetteer.default`.
    issuer : the speaker of a first-person text (press release, readout, speech), e.g.
        ``"Ministry of Foreign Affairs of Armenia"``; None to detect it from a header line or
        name tags, if any.
    lexicon : the attribution words; None for the language's shipped lexicon.
    lang : the language of the text, a folder of ``stance/data/lang/`` (``"en"``).

    Returns
    -------
    list of Statement
        In text order. ``text[s.start:s.end] == s.text`` and spans do not overlap.

    Raises
    ------
    StanceTypeError
        If ``text`` is not a str (or another argument has the wrong type).
    StanceValueError
        If ``lang`` has no resources (the message lists the supported languages).

    Examples
    --------
    >>> article = ('The Russian Foreign Ministry said it is "extremely concerned". '
    ...            'It urged the sides to "show restraint". Fighting continued.')
    >>> for s in segment(article):
    ...     print(s.speaker_mention, "->", s.speaker, s.actor, s.kind, s.start, s.end)
    The Russian Foreign Ministry -> The Russian Foreign Ministry RUS partial 0 62
    It -> The Russian Foreign Ministry RUS partial 63 102
    """
    check_type("text", text, str)
    if gazetteer is not None:
        check_type("gazetteer", gazetteer, Gazetteer)
    if issuer is not None:
        check_type("issuer", issuer, str)
        if not issuer.strip():
            raise invalid_value("issuer", "a non-blank name (e.g. 'the Russian Foreign Ministry')", issuer)
    if lexicon is not None:
        check_type("lexicon", lexicon, Lexicon)
    res = language(lang, lexicon)
    if not text or text.isspace():
        return []
    # the phases read the text with the breaks that only wrap a paragraph made spaces: a wrapped
    # paragraph is one line to every rule ('Foreign\nMinistry' is a name), and a '\r\n' is
    # read as '\n' ('Foreign Ministry', not 'Foreign  Ministry'), offsets mapped back after
    # HTML character references ('&quot;', '&#39;') are read as the characters they stand for,
    # a word a converter broke at a line end ('Minis-\ntry', a PDF's) as the word, and a
    # converter's Markdown without its marks ('**YEREVAN** -', '[Defence Ministry](https://...)')
    flat, dropped = text, []
    spans: _Offsets | None = None
    if (
        ("&" in text and _ENTITY.search(text) is not None)
        or _hyphenated(text)
        or (_markup_signs(text) and _MARKUP.search(text) is not None)
        or _holds_any(text, _LIGATURES)
        or ("<" in text and _TAG.search(text) is not None)
    ):
        flat, spans = _decoded(text)
    elif "\r\n" in text:
        dropped = [m.start() - n for n, m in enumerate(_CRLF.finditer(text))]
        flat = text.replace("\r\n", "\n")
    if _holds_any(flat, _FIXED_SPACES):
        # a no-break or other fixed-width space, as a page's '&nbsp;' gives it, is a space to every
        # rule ('State\u00a0Department' is the name); one character for one: offsets hold
        flat = flat.translate(_AS_SPACE)
    if "\u2013" in flat:
        # an en dash between two words joins them as a hyphen does ('NATO-led' or 'the
        # Armenia-Azerbaijan border' written with one); one character for one: offsets hold
        flat = _JOINING_DASH.sub("-", flat)
    doc = Doc(unwrap(flat, lang=res.code), res, gazetteer or Gazetteer.default())
    issuer = issuer.strip() if issuer is not None else None
    if len(text) < _LONG_TEXT or not gc.isenabled():
        found = _run(doc, issuer)
    else:
        # On a long text the cyclic collector runs again and again over the growing lists of
        # sentences and tokens and finds nothing (the phases build no reference cycles): about
        # 5% of the time. It is paused for the call and restarted after, whatever happens (if
        # another thread pauses it meanwhile, that thread restarts it when done).
        gc.disable()
        try:
            found = _run(doc, issuer)
        finally:
            gc.enable()
    if spans is not None:
        return [_as_given(text, s, spans) for s in found]
    return found if doc.text is text else [_as_written(text, s, dropped) for s in found]


_CRLF = re.compile("\r\n")
#: the spaces of fixed width that are no line break (no-break, figure, thin, narrow no-break)
_FIXED_SPACES = "\u00a0\u2007\u2009\u200a\u202f"
_AS_SPACE = {ord(c): " " for c in _FIXED_SPACES}
#: the dash is the pattern's first item, the word character before it a look-behind after it: the
#: engine then finds each dash by a fast literal search, where a look-behind first is tried at every
#: position of the text (a thirtieth of the time of ``segment`` on a long text with one en dash)
_JOINING_DASH = re.compile(r"\u2013(?<=\w\u2013)(?=\w)")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: a word broken at a line end by a hyphen or a soft hyphen ('Minis-\ntry', 'Secretary-\nGeneral'),
#: and a soft hyphen or a zero-width character anywhere (invisible: 'Minis\u00adtry' is 'Ministry')
_HYPHENATED = re.compile(
    r"[-\u00ad](?:(?<=[^\W\d_][-\u00ad])[ \t]*(?:\r\n|[\n\r])[ \t]*(?=[^\W\d_])|(?<=\u00ad))"
    r"|[\u200b-\u200d\u2060\ufeff]"  # the other invisible characters: a zero-width space, a BOM
)
#: what ``_HYPHENATED`` needs to find anything: a hyphen before a line break (white space between)
#: or one of the soft hyphen and the invisible characters (each found by a scan in C)
_HYPHEN_BREAK = re.compile(r"-[ \t]*[\n\r]")
_SOFT_OR_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def _holds_any(text: str, chars: str) -> bool:
    """Does the text hold one of ``chars``? One search in C per character: on a long text many
    times faster than a regular expression's class, which tests every character in turn."""
    return any(c in text for c in chars)


def _hyphenated(text: str) -> bool:
    """Does ``_HYPHENATED`` find something in the text? Searched only when its fast tests
    (``_HYPHEN_BREAK``, ``_SOFT_OR_INVISIBLE``) find what it needs: the pattern alone, with
    its look-behind at every hyphen, was a twentieth of the time of ``segment`` on a long text."""
    if _HYPHEN_BREAK.search(text) is None and not _holds_any(text, _SOFT_OR_INVISIBLE):
        return False
    return _HYPHENATED.search(text) is not None


#: the marks of Markdown that a page converter writes, none of them words: bold ('**YEREVAN**'),
#: a link's brackets and address ('[Defence Ministry](https://...)': its text stays), an image
#: ('![a photo](https://...)'), a heading's '#'s and a quotation's '>' at a line's start
_MARKUP = re.compile(
    # the look-ahead on a mark's first character rejects every other position at once
    r"(?m)(?=[*!\[\]]|^[ \t#>])(?:\*\*(?=\S)|(?<=\S)\*\*|!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)"
    r"|\[(?=[^\]\n]{1,200}\]\((?:https?://|www\.|/|#))|\]\((?:https?://|www\.|/|#)[^)\s]{0,500}\)"
    r"|^[ \t]{0,3}#{1,6}[ \t]+|^[ \t]{0,3}>[ \t]?)"
)


def _markup_signs(text: str) -> bool:
    """Does the text hold a character sequence that only Markdown's marks open (a fast test
    before the search)?"""
    return "**" in text or "](" in text or "\n#" in text or "\n>" in text or text[:1] in ("#", ">")


#: the typographic ligatures a PDF's text holds ('ofﬁcial', 'conﬂict'): read as their letters
_LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_LIGATURE = re.compile(f"[{_LIGATURES}]")
#: an HTML tag a scraper left in the text ('<p>', '</strong>', '<a href="...">', '<br/>'): a
#: tag that opens or closes a block is a line break, any other nothing; group 1 is its name
_BLOCK_TAGS = frozenset((
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "table", "section", "article", "header", "footer", "figure", "figcaption", "hr", "nav", "aside",
))  # fmt: skip
_TAG = re.compile(
    r"</?((?:p|br|div|span|a|strong|b|i|em|u|h[1-6]|li|ul|ol|blockquote|tr|td|th|table|tbody|thead|img"
    r"|figure|figcaption|section|article|header|footer|sup|sub|small|font|hr|nav|aside))(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
#: the characters any of ``_DECODED``'s marks opens with: a look-ahead on them rejects every other
#: position at once (on a long text with one mark, the scan was a tenth of ``segment``'s time)
_DECODED_FIRST = "\r&\\-\u00ad\u200b-\u200d\u2060\ufeff*!\\[\\]#>ﬀ-ﬆ<"
_DECODED = re.compile(
    rf"(?=[{_DECODED_FIRST}]|^[ \t])(?:\r\n|{_ENTITY.pattern}|(?P<broken>{_HYPHENATED.pattern})"
    rf"|(?P<markup>{_MARKUP.pattern[4:]})"
    rf"|(?P<ligature>{_LIGATURE.pattern})|(?P<tag>{_TAG.pattern.replace('((?:', '(?:(?:', 1)}))",
    re.MULTILINE | re.IGNORECASE,
)

#: the characters a mark of ``_DECODED`` opens with, and a line opened by a space or tab (the
#: start of a mark of Markdown there): where each match of ``_DECODED`` starts
_DECODED_START = re.compile(f"[{_DECODED_FIRST}]")
_INDENTED = re.compile("\n[ \t]")


def _decoded_marks(text: str) -> Iterator[re.Match[str]]:
    """What ``_DECODED.finditer(text)`` finds, found faster: the places a match can start (its
    look-ahead) are found by two scans in C, without the engine's case-blind test of every
    character (five times as long on a long text), and the pattern is tried at those only. A
    match is never empty: the next one starts after it."""
    starts = [m.start() for m in _DECODED_START.finditer(text)]
    starts += [m.start() + 1 for m in _INDENTED.finditer(text)]
    if text[:1] in (" ", "\t"):
        starts.append(0)
    starts.sort()
    pos, match = 0, _DECODED.match
    for at in starts:
        if at >= pos and (m := match(text, at)) is not None:
            yield m
            pos = m.end()


class _Offsets:
    """Where each character of a decoded text comes from in the text as given (``_decoded``):
    pieces copied as they are, each a run of characters one for one, and characters that stand
    for a longer source ('&quot;', a word's break at a line end, a ligature); each piece is kept once,
    so mapping an offset back is a binary search, not a list as long as the text."""

    def __init__(self) -> None:
        self.at: list[int] = []  # where each piece starts in the decoded text
        self.source: list[tuple[int, int, bool]] = []  # its source start and end, copied or not

    def add(self, decoded: int, start: int, end: int, copied: bool) -> None:
        if copied and start == end:
            return
        self.at.append(decoded)
        self.source.append((start, end, copied))

    def start(self, i: int) -> int:
        """Where the decoded character ``i`` starts in the source."""
        k = bisect.bisect_right(self.at, i) - 1
        a, _, copied = self.source[k]
        return a + (i - self.at[k]) if copied else a

    def end(self, i: int) -> int:
        """Where the decoded character ``i`` ends in the source."""
        k = bisect.bisect_right(self.at, i) - 1
        a, b, copied = self.source[k]
        return a + (i - self.at[k]) + 1 if copied else b


def _decoded(text: str) -> tuple[str, _Offsets]:
    """The text with each HTML character reference that stands for one character decoded
    ('&quot;' -> '"', '&#39;' -> "'"), each '\r\n' read as '\n', and each word broken at a line
    end made whole ('Minis-\ntry' -> 'Ministry'; before a capital the hyphen is the word's:
    'Secretary-\nGeneral' -> 'Secretary-General') and the marks of Markdown dropped ('**',
    '[text](https://...)' -> 'text') and ligatures read as their letters ('ﬁ' -> 'fi'); with
    where every character of the result comes from in ``text``."""
    pieces: list[str] = []
    offsets = _Offsets()
    size = 0  # the decoded text's length so far
    pos = 0
    for m in _decoded_marks(text):
        a, b = m.span()
        found = m.group()
        if m.group("markup") is not None:
            char = ""  # a mark of Markdown: nothing of it is read
        elif m.group("tag") is not None:
            name = _TAG.match(found)
            char = "\n" if name is not None and name.group(1).lower() in _BLOCK_TAGS else ""
        elif m.group("ligature") is not None:
            char = unicodedata.normalize("NFKC", found)  # 'ﬁ' -> 'fi' ('ofﬁcial', a PDF's)
        elif m.group("broken") is not None:
            # a broken word: nothing of the break is read, but a hyphen before a capital
            char = "-" if found[0] == "-" and text[b : b + 1].isupper() else ""
            b = a + 1 if char else b
        else:
            char = "\n" if found == "\r\n" else html.unescape(found)
            if len(char) != 1:
                continue  # an unknown reference is left as written
        pieces.append(text[pos:a])
        offsets.add(size, pos, a, True)
        size += a - pos
        if char:
            pieces.append(char)
            first = a + 1 if char == "\n" and b - a == 2 else a  # the '\n' of a '\r\n'
            offsets.add(size, first, b, False)  # a ligature's letters all stand for it
            size += len(char)
        pos = b if char != "-" else m.end()
    pieces.append(text[pos:])
    offsets.add(size, pos, len(text), True)
    return "".join(pieces), offsets


def _as_given(text: str, s: Statement, offsets: _Offsets) -> Statement:
    """The statement in the text as given, from the decoded text's offsets (``_decoded``)."""
    a, b = offsets.start(s.start), offsets.end(s.end - 1)
    span, mention = s.speaker_span, s.speaker_mention
    if span is not None:
        span = (offsets.start(span[0]), offsets.end(span[1] - 1))
        mention = text[span[0] : span[1]] if mention is not None else None
    quotes = tuple((offsets.start(qa), offsets.end(qb - 1)) for qa, qb in s.quotes)
    return Statement._trusted(text[a:b], a, b, s.speaker, mention, span, s.actor, s.cue, s.kind, quotes)


def _as_written(text: str, s: Statement, dropped: list[int]) -> Statement:
    """The statement in the text as given: offsets past each dropped '\r' (``dropped``: the
    offsets of the '\n's that followed one, in the text the phases read) moved on by one, and
    the text and speaker mention cut from it, wrapping line breaks included."""

    def start(i: int) -> int:
        return i + bisect.bisect_right(dropped, i)

    def end(i: int) -> int:
        return i + bisect.bisect_left(dropped, i)

    a, b = start(s.start), end(s.end)
    span, mention = s.speaker_span, s.speaker_mention
    if span is not None:
        span = (start(span[0]), end(span[1]))
        mention = text[span[0] : span[1]] if mention is not None else None
    quotes = tuple((start(qa), end(qb)) for qa, qb in s.quotes) if dropped else s.quotes
    return Statement._trusted(text[a:b], a, b, s.speaker, mention, span, s.actor, s.cue, s.kind, quotes)


def _inline_tags(doc: Doc, sentences: list[Sentence]) -> dict[int, tuple[str, int]]:
    """The name tags in mixed case that open a line ('E. Mammadli: We ...', 'Question: ...', and
    in a debate's record with members' tags, 'The Secretary of State: ...'):
    for the index of the line's first sentence, the tag and where the words after it start."""
    text = doc.text
    out: dict[int, tuple[str, int]] = {}
    offices: dict[int, tuple[str, int]] = {}
    for i, s in enumerate(sentences):
        if s.kind == "tag" or (i > 0 and sentences[i - 1].paragraph == s.paragraph):
            continue
        m = doc.rules.inline_tag.match(text, s.start, doc.line_end(s.start))
        into = out
        if m is None:
            # 'Mr. ARAMYAN (Armenia): ...' in a UN verbatim record
            m = doc.rules.record_tag.match(text, s.start, doc.line_end(s.start))
        if m is None:
            # 'The Secretary of State for Foreign Affairs: We are ...' in a debate's record
            m, into = doc.rules.office_tag.match(text, s.start, doc.line_end(s.start)), offices
        if m is not None and m.end() < s.end:
            into[i] = (text[s.start : m.end()].rstrip(": \t"), skip_space(text, m.end(), s.end))
    if out:
        # an office's tag among members' tags (alone, a headline or a label); a short form of an
        # office named whole before ('The Secretary of State:' after 'The Secretary of State for
        # Foreign Affairs:') is that office
        whole: list[str] = []
        for i, (tag, start) in sorted(offices.items()):
            tag = next((w for w in whole if w.startswith(tag + " ")), tag)
            whole.append(tag)
            out[i] = (tag, start)
    return out


def _word_tags(
    doc: Doc, sentences: list[Sentence], inline: dict[int, tuple[str, int]], listed: set[int]
) -> dict[int, tuple[str, int]]:
    """The one-word name tags of an interview ('Sargsyan: No. We ...', 'Euronews: Is that
    fair?') and its letter tags ('Q. Is a treaty possible?' / 'A. It is.'), read as tags only
    where the whole text is shaped as a transcript: four tagged lines or more opening paragraphs,
    two names or more, each of the new names on two lines or more, and a question/answer rhythm
    (the name changes from one tagged line to the next at least every other time, and one name
    asks: its lines end in a question mark). One such line alone ('Note: ...', 'Update: ...', a
    headline 'UNICEF: 40 children killed') is left as it is (``_askers`` reads the rhythm).
    Returns the tags found, by the index of their line's first sentence (as ``_inline_tags``)."""
    text, rules = doc.text, doc.rules
    found: dict[int, tuple[str, int]] = {}
    for i, s in enumerate(sentences):
        if i in inline or s.kind == "tag" or (i > 0 and sentences[i - 1].paragraph == s.paragraph):
            continue
        stop = doc.line_end(s.start)
        m = rules.name_word_tag.match(text, s.start, stop) or rules.letter_tag.match(text, s.start, stop)
        if m is None or m.end() >= s.end or m.group(1) in rules.not_name_tags:
            continue
        found[i] = (m.group(1), skip_space(text, m.end(), s.end))
    if not found:
        return {}
    counts: dict[str, int] = {}
    for name, _ in found.values():
        counts[name] = counts.get(name, 0) + 1
    # a name on one line is no tag, but an outlet's is in a transcript ('Reuters: ...?' among
    # other speakers' tags: two or more)
    others = len(inline) + sum(s.kind == "tag" and s.start not in listed for s in sentences)
    outlets = {i for i, t in found.items() if t[0] in rules.news_outlets and others >= 2}
    # the surname of a speaker tagged by the full name before ('Aram Galstyan: ...' then
    # 'Galstyan: ...'): a tag on one line too
    full = {name.split()[-1]: at for at, (name, _) in inline.items() if len(name.split()) > 1}
    outlets |= {i for i, t in found.items() if full.get(t[0], i) < i}
    found = {i: t for i, t in found.items() if counts[t[0]] >= 2 or i in outlets}
    letters = {t[0] for t in found.values() if len(t[0]) == 1}
    if letters and len(letters) < 2:
        found = {i: t for i, t in found.items() if len(t[0]) > 1}  # 'A.' with no 'Q.': no tags
    if found and not _askers(doc, sentences, {**inline, **found}, listed):
        found = {i: t for i, t in found.items() if i in outlets}  # no rhythm: outlets only
    return found


def _labels(doc: Doc, sentences: list[Sentence]) -> dict[int, int]:
    """The labels that open a line before its sentence ('Update: The convoy left ..., a UN
    spokesman said.', 'Note: ...'): for the index of the line's first sentence, where its words
    start. A label is no speaker and no part of a statement's span."""
    text, rules = doc.text, doc.rules
    out: dict[int, int] = {}
    for i, s in enumerate(sentences):
        if s.kind == "tag" or (i > 0 and sentences[i - 1].paragraph == s.paragraph):
            continue
        m = rules.name_word_tag.match(text, s.start, doc.line_end(s.start))
        if m is not None and m.group(1) in rules.not_name_tags and m.end() < s.end:
            out[i] = skip_space(text, m.end(), s.end)
    return out


def _tag_name(doc: Doc, s: Sentence) -> str:
    """The name of a tag in capitals, as its own sentence ('MS. ROE:' -> 'MS. ROE')."""
    return doc.text[s.start : s.end].rstrip(": \t").lstrip(doc.rules.open_quotes + '" ')


#: how far back from a turn's end its question mark is looked for (past closing quotes and spaces)
_ASK_REACH = 64


def _askers(
    doc: Doc, sentences: list[Sentence], inline: dict[int, tuple[str, int]], listed: set[int]
) -> set[str]:
    """The tags that ask, in a text shaped as an interview: four tagged lines or more, two
    names or more, the name changing from one tagged line to the next at least every other
    time; a name asks when it tags two lines or more and most of its turns end in a question
    mark ('Daily Courier: Is the ceasefire holding?'), and some other name does not ask. Its
    turns are questions, no statements, as a journalist's 'Q:' is."""
    text = doc.text
    ends: dict[int, int] = {}  # the end of each paragraph's last sentence
    for s in sentences:
        ends[s.paragraph] = s.end
    seq = sorted(
        [(i, t[0]) for i, t in inline.items()]
        + [(i, _tag_name(doc, s)) for i, s in enumerate(sentences)
           if s.kind == "tag" and s.start not in listed]
    )  # fmt: skip
    names = [name for _, name in seq]
    switches = sum(a != b for a, b in itertools.pairwise(names))
    if len(seq) < 4 or len(set(names)) < 2 or 2 * switches < len(names) - 1:
        return set()
    asks: dict[str, list[bool]] = {}
    for i, name in seq:
        end = ends[sentences[i].paragraph]
        last = text[max(0, end - _ASK_REACH) : end].rstrip(" \t\"\u201d\u2019)")  # not from 0: linear
        asks.setdefault(name, []).append(last.endswith("?"))
    askers = {name for name, marks in asks.items() if len(marks) >= 2 and 2 * sum(marks) > len(marks)}
    return askers if askers and askers != set(names) else set()


def _annex(doc: Doc, units: list[Unit], header: Header) -> tuple[int, Header] | None:
    """Where an issued letter's annex starts ('Annex' alone on its line, after the letter) and
    the annexed text's own header: its issuer is the body the annex's first sentences name as
    their subject ('The Ministry of Foreign Affairs of the Republic of Armenia strongly condemns
    ...') or its title names ('Statement by the Ministry of ...'), with that body's actor. None
    if the text has no issuer, no annex line, or the annex names no known body in its first
    three sentences (then the writer's header stands)."""
    if header.issuer is None:
        return None
    text = doc.text
    for k, u in enumerate(units):
        line = text[u.start : u.end].strip()
        if u.paragraph <= header.end_paragraph or not doc.rules.annex_line.match(line):
            continue
        for v in units[k + 1 : k + 4]:
            mention = v.attr.mention if v.attr is not None else ""
            by = doc.rules.by_line.search(text, v.start, v.end)
            if by is not None and by.start() == v.start and not mention:
                mention = next((g for g in by.groups() if g), "").strip(" :")  # 'Statement by X'
            if mention and doc.rules.institution.search(mention) and doc.gaz.actor_of(mention) is not None:
                return k, Header(header.lines, header.end_paragraph, mention, doc.gaz.actor_of(mention))
        return None
    return None


def _dateline_tags(doc: Doc, sentences: list[Sentence]) -> set[int]:
    """The starts of the name tags in capitals that are datelines: a place the gazetteer knows
    ('KYIV:', 'ISLAMABAD:'), before news on its line, which does not open in the first person
    ('RUSSIAN FEDERATION: We ...' in a meeting's record is a delegation's turn)."""
    text = doc.text
    out: set[int] = set()
    for i, s in enumerate(sentences[:-1]):
        after = sentences[i + 1]
        if s.kind != "tag" or after.paragraph != s.paragraph or place_tag(doc, text[s.start : s.end]) is None:
            continue
        first = text[after.start : after.end].split(None, 1)[0].strip("\"\u201c").lower()
        if first not in doc.lex.first_person:
            out.add(s.start)
    return out


def _headline_tags(doc: Doc, sentences: list[Sentence]) -> set[int]:
    """The start of the one name tag in capitals of a text when it opens a headline ('UNICEF: 40
    children killed in a week of fighting' between 'For immediate release' and a date): its line
    ends no sentence and stands among the page's other lines with none, as a title does. The
    headline's name is no speaker's tag (a transcript has two tags or more)."""
    text = doc.text
    tags = [i for i, s in enumerate(sentences) if s.kind == "tag"]
    if len(tags) != 1:
        return set()
    i = tags[0]
    s = sentences[i]
    if i + 1 >= len(sentences) or sentences[i + 1].paragraph != s.paragraph:
        return set()
    if i + 2 < len(sentences) and sentences[i + 2].paragraph == s.paragraph:
        return set()  # the line holds sentences: a turn
    last = text[sentences[i + 1].end - 1]
    rules = doc.rules
    if last in rules.sentence_end_chars or last in rules.close_quotes or last in ":;,":
        return set()
    line = doc.line_start(s.start)
    return {s.start} if among_furniture(doc, line, sentences[i + 1].end) else set()


def _asks_only(
    doc: Doc, sentences: list[Sentence], inline: dict[int, tuple[str, int]], listed: set[int]
) -> bool:
    """Are all the name tags of the text a journalist's ('Question:', 'Q:', 'Question 2:')?"""
    text = doc.text
    names = [tag for tag, _ in inline.values()]
    names += [
        text[s.start : s.end].rstrip(": \t").lstrip(doc.rules.open_quotes + '" ')
        for s in sentences
        if s.kind == "tag" and s.start not in listed
    ]
    return bool(names) and all(is_question_tag(doc, name) for name in names)


def _list_letters(doc: Doc, sentences: list[Sentence]) -> set[int]:
    """The starts of the answer tags before a dash ('A - ', 'R. - ') in a text where nobody asks
    (no question tag: 'Q - ', 'QUESTION:'): there they are the letters of a list's items ('A -
    Withdraw all troops.'), not tags."""
    text = doc.text
    tags = [s for s in sentences if s.kind == "tag"]
    names = [text[s.start : s.end].rstrip(": \t").lstrip(doc.rules.open_quotes + '" ') for s in tags]
    if any(is_question_tag(doc, name) for name in names):
        return set()
    return {s.start for s in tags if not text[s.start : s.end].rstrip().endswith(":")}


def _handles(doc: Doc, sentences: list[Sentence]) -> dict[int, str]:
    """The author lines of pasted posts ('MFA Armenia @MFA_Armenia' over the post's text): for
    the index of each such line's sentence, the author's name, which speaks for the paragraph
    under it as a name tag does."""
    text = doc.text
    out: dict[int, str] = {}
    if "@" not in text:
        return out
    for i, s in enumerate(sentences):
        if s.kind == "tag" or "@" not in text[s.start : s.end]:
            continue
        if i > 0 and sentences[i - 1].paragraph == s.paragraph:
            continue
        if i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph:
            continue  # a whole line
        m = doc.rules.handle_line.fullmatch(text, s.start, s.end)
        if m is not None:
            out[i] = m.group(1).strip()
    return out


def _embedded(doc: Doc, sentences: list[Sentence]) -> tuple[dict[int, str], set[int]]:
    """The posts embedded in a scraped page, each a paragraph over its signature line ('We call
    on ...' / '— MFA Armenia (@MFA_Armenia) December 3, 2026'): for the index of each sentence of
    such a paragraph, its author, who speaks it as a name tag's speaker does; and the indices of
    the signature lines' sentences (no statement)."""
    text = doc.text
    authors: dict[int, str] = {}
    signatures: set[int] = set()
    if "(@" not in text:
        return authors, signatures
    for i, s in enumerate(sentences):
        if i == 0 or s.kind == "tag" or (sentences[i - 1].paragraph == s.paragraph):
            continue
        start = doc.line_start(s.start)
        m = doc.rules.embed_signature_line.fullmatch(text, start, doc.line_end(s.start))
        if m is None:
            continue
        own = [k for k in range(i, len(sentences)) if sentences[k].paragraph == s.paragraph]
        above = [k for k in range(i) if sentences[k].paragraph == sentences[i - 1].paragraph]
        signatures.update(own)
        for k in above:
            authors[k] = m.group(1).strip()
    return authors, signatures


def _stage_direction(doc: Doc, start: int) -> bool:
    """Is the line at ``start`` wholly in brackets ('(Laughter.)', '[The briefing was concluded
    at 3:05 p.m.]', '(Reporting by ...)')? It is not the words of the turn it interrupts, and the
    turn goes on after it. A quotation mark before it is the transcript's, quoted whole in a
    story ('"(CROSSTALK.)')."""
    marks = doc.rules.open_quotes + doc.rules.close_quotes + '"'
    line = doc.text[start : doc.line_end(start)].strip(" \t").lstrip(marks).rstrip(marks + " \t.")
    return len(line) > 1 and line[0] in "([" and line[-1] in ")]"


def _ends_sentence(doc: Doc, start: int) -> bool:
    """Does the line at ``start`` end as a sentence does (a stop, a closing quote or bracket)?"""
    line = doc.text[start : doc.line_end(start)].rstrip()
    return bool(line) and line[-1] in doc.rules.sentence_end_chars + doc.rules.close_quotes


_LONG_TEXT = 200_000  # characters: shorter texts gain nothing measurable from pausing the collector


def _run(doc: Doc, issuer: str | None) -> list[Statement]:
    """The pipeline: sentences -> quotes -> cues -> header -> speakers -> statements."""
    text = doc.text
    sentences = split_sentences(text, lang=doc.lang.code, join_wrapped=False)  # unwrapped
    quotes = find_quotes(doc, sentences)
    units: list[Unit] = []
    tag: str | None = None
    question = False
    aside = -1  # the paragraph of a stage direction
    heading = False  # the line is a heading inside a turn
    inline = _inline_tags(doc, sentences)
    # tags that are none: a list item's letter ('A - Withdraw all troops.') or a dateline in
    # capitals with a colon ('ISLAMABAD: Pakistan's Foreign Office said ...')
    placed = _dateline_tags(doc, sentences)
    listed = _list_letters(doc, sentences) | placed | _headline_tags(doc, sentences)
    words = _word_tags(doc, sentences, inline, listed)
    inline.update(words)
    # 'Courier: Is it holding?' asks: an interviewer's one-word tag (a name tag of two words or
    # in capitals that asks is left a speaker's: real transcripts' hosts are attributed)
    askers = _askers(doc, sentences, inline, listed) & {name for name, _ in words.values()}
    labels = {} if inline else _labels(doc, sentences)
    # in a transcript (two name tags or more: turns) a turn runs on over untagged paragraphs
    # until the next tag; a lone tag speaks for its own line only
    turns = len(inline) + sum(s.kind == "tag" and s.start not in listed for s in sentences) >= 2
    if turns and _asks_only(doc, sentences, inline, listed):
        # only the questions are tagged ('Question 1: ...?' over the spokesperson's answer): a
        # question is its own paragraph's, and the untagged answer after it is the issuer's
        turns = False
    # a pasted post's author line speaks for the paragraph under it only, in a text with no turns
    handles = {} if turns else _handles(doc, sentences)
    # a post embedded in a page speaks for its author, named on the signature line under it
    authors, signatures = ({}, set()) if turns else _embedded(doc, sentences)
    for i, s in enumerate(sentences):
        if s.kind == "tag" and s.start in listed:
            continue  # 'A - Withdraw all troops': a list item's letter, no answer's tag
        if i in handles:
            tag, question, heading = handles[i], False, False
            continue
        if i in signatures:
            continue  # '— MFA Armenia (@MFA_Armenia) December 3, 2026': its post's author
        if s.kind == "tag":
            tag = _tag_name(doc, s)
            question = is_question_tag(doc, tag)
            heading = False
            continue
        new_line = i == 0 or sentences[i - 1].paragraph != s.paragraph
        if new_line:
            aside = s.paragraph if _stage_direction(doc, s.start) else -1
            if i > 0 and not turns and sentences[i - 1].kind != "tag" and i - 1 not in handles:
                tag, question = None, False
        if s.paragraph == aside:
            # '(Laughter.)', '(Reporting by ...)': not the turn's words; only a cue with its own
            # speaker makes a statement of it
            for u in analyse(doc, sentence_unit(s, quotes)):
                if u.attr is not None and not u.attr.position:
                    units.append(u)
            continue
        if i in labels:
            s = replace(s, start=labels[i])  # 'Update: The convoy left ...': the label is no one's
        if i in inline:
            tag, start = inline[i]
            question = is_question_tag(doc, tag) or tag in askers
            s = replace(s, start=start)
        if new_line:
            # a turn runs on over sentences, not over a topic heading ('ZIMBABWE', '12:47 p.m.')
            own = i in inline or (i > 0 and sentences[i - 1].kind == "tag")
            heading = not own and not _ends_sentence(doc, s.start)
            if heading and question:
                # a journalist writes no headings ('3 - Mali'): the question's turn ends there
                tag, question = None, False
        if i in authors:
            tag, question, heading = authors[i], False, False
        for u in analyse(doc, sentence_unit(s, quotes)):
            u.tag, u.question = (None, False) if heading else (tag, question)
            units.append(u)
    header = detect_issuer(doc, units) if issuer is None else given_issuer(doc, units, issuer)
    for u in units:
        if u.paragraph <= header.end_paragraph:
            u.header = True
    mark_boilerplate(doc, units)
    resolver = SpeakerResolver(doc, dateline_actor(doc, [s for s in sentences if s.start not in placed]))
    resolver.issued = header.issuer is not None
    # a feed of short stories under their own datelines: each story is read afresh, as a reader
    # does ('a Foreign Ministry spokesman' under 'PARIS, July 8 -' is not the ministry of the
    # story before, nor is 'He'); an issuer's text or a transcript is one text whatever its lines
    starts = [] if header.issuer is not None or any(u.tag for u in units) else story_starts(doc, units)
    annex = _annex(doc, units, header)
    if annex is not None:
        # a letter's annex: its first person is the annexed text's issuer, not the letter's writer
        k, annexed = annex
        return assemble(doc, units[:k], header, quotes.open_paragraphs, resolver) + assemble(
            doc, units[k:], annexed, quotes.open_paragraphs, resolver
        )
    if not starts:
        return assemble(doc, units, header, quotes.open_paragraphs, resolver)
    bounds = [k for k, _ in starts]
    found = assemble(doc, units[: bounds[0]], header, quotes.open_paragraphs, resolver)
    for (k, actor), stop in zip(starts, [*bounds[1:], len(units)]):
        story = Header(header.lines, header.end_paragraph, None, None)
        fresh = SpeakerResolver(doc, actor)
        fresh.surnames = dict(resolver.surnames)  # a person named before is the same person
        fresh.share_text_memos(resolver)
        resolver = fresh
        found += assemble(doc, units[k:stop], story, quotes.open_paragraphs, resolver)
    return found
