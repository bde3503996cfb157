"""Statement segmentation: find who said what in an article, with character offsets.

The segmenter is rule-based and offline. It splits the text into sentences
(:mod:`stance.sentences`), finds attribution cues in each (``X said``, ``"...," said X``,
``according to X``, ``X urged``, ``X's call for``), finds the speaker's noun phrase next to the
cue, follows quotes over several sentences and paragraphs, resolves pronouns and generic mentions
(``It``, ``she``, ``the ministry``, ``the Karabakh official``) to the most recent compatible
speaker, and maps the speaker to an actor with the gazetteer. First-person texts (press releases,
readouts, speeches, transcripts with name tags) are statements of their issuer.

The words it reads (cue verbs and nouns, auxiliaries, pronoun classes, generic mentions, role
nouns) are data: ``stance/data/attribution.json``, read once on first use. A user extends them by
loading a file of the same shape with :meth:`Lexicon.load` and passing ``lexicon=``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._data import package_json, read_json
from .actors import Gazetteer
from .errors import StanceValueError, check_type
from .results import Statement
from .sentences import Sentence, split_sentences

__all__ = ["Lexicon", "segment"]

_TOKEN = re.compile(
    r"[A-Z]\.(?=\s[A-Z])|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Sgt|Capt|Adm|Prof|St|Jr|Sr|Messrs)\.|(?:\w\.){2,}|\w(?:[\w'\u2019.&-]*\w)?|[^\w\s]"
)
_OPEN_Q = "\u201c\u00ab\u201e"
_CLOSE_Q = "\u201d\u00bb"
_QUOTE_CHARS = re.compile(r"''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
_INVERTING = frozenset({",", "\u201d", '"', ":", "\u2014", "\u2013", "-", "\u00bb", "'", "\u2019"})
_CHUNK_STOP = frozenset(
    {",", ";", "(", ")", "\u201c", "\u201d", '"', "\u00ab", "\u00bb", "\u2014", "\u2013", "-", "'", ":"}
)
# '"..." -- Jane Roe': a quote signed with a dash and a name at the end of the sentence
_DASH_ATTR = re.compile(
    r"[\u201d\"'\u00bb]\s{0,3}([\u2015\u2014\u2013]|--?)\s{0,3}[A-Z][^\s.!?]*(?:\s[^\s.!?]+){0,7}\s*\.?"
)
_INSTITUTION = re.compile(
    r"\b(?:Ministry|Department|Office|Mission|Embassy|Government|Spokesperson|Delegation|Council|"
    r"Secretariat|Presidency|Administration|White House|Kremlin|Elys[eé]e)\b"
)
# 'Statement by X', 'Remarks by X at ...', 'The following is attributable to X:'
_BY_LINE = re.compile(
    r"(?:Statement|Remarks|Address|Speech|Intervention|Readout|Explanation of Vote)s?\s+(?:by|of)\s+"
    r"(.{3,160}?)(?:\s+(?:at|on|to|before)\s+(?:the\s+)?[A-Z][^,]{0,80})?$"
    r"|attributable to\s+(?:the\s+)?(.{3,120}?):?$"
)
_PERSON_LINE = re.compile(r"(?:[A-Z][\w.'\u2019-]+\s){1,3}[A-Z][\w'\u2019-]+,\s+[A-Z]")
# a quote-only sentence with no cue takes the speaker of a statement at most this many
# sentences back (a third of it at least must be quoted)
_QUOTE_REACH = 6
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_POSSESSIVE = re.compile(r"['\u2019]s?$")


# --------------------------------------------------------------------------------------------
# the lexicon


@dataclass(frozen=True)
class Lexicon:
    """The words the segmenter reads, as loaded from ``attribution.json``.

    Build it with :meth:`default` (the shipped file, cached) or :meth:`load` (a file of the same
    shape); the lists are documented in the file itself.
    """

    cue_forms: dict[str, str]
    weak_cues: frozenset[str]
    according_to: tuple[str, ...]
    cue_nouns: frozenset[str]
    source_nouns: tuple[str, ...]
    auxiliaries: frozenset[str]
    pronouns: dict[str, str]
    first_person: frozenset[str]
    generic_heads: dict[str, str]
    institution_heads: frozenset[str]
    role_nouns: frozenset[str]
    np_connectors: frozenset[str]
    determiners: frozenset[str]
    np_stop: frozenset[str]
    linking_words: tuple[str, ...]
    relative_words: frozenset[str]
    time_words: frozenset[str]
    cue_pattern: re.Pattern[str] = field(repr=False, compare=False)

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from the parsed JSON document."""
        check_type("doc", doc, Mapping)
        try:
            forms: dict[str, str] = {}
            for lemma, words in doc["cue_verbs"].items():
                for w in words:
                    forms[str(w)] = str(lemma)
            according = tuple(str(w) for w in doc["according_to"])
            alternatives = sorted([*forms, *according], key=len, reverse=True)
            body = "|".join(
                r"\s+".join(
                    r"(?:[\w'\u2019-]+\s+){0,4}?" if t == "*" else re.escape(t) for t in a.split()
                ).replace(r"?\s+", "?")
                for a in alternatives
            )
            lower = lambda key: frozenset(str(w).lower() for w in doc[key])  # noqa: E731
            return cls(
                cue_forms=forms,
                weak_cues=lower("weak_cues"),
                according_to=according,
                cue_nouns=lower("cue_nouns"),
                source_nouns=tuple(str(w).lower() for w in doc["source_nouns"]),
                auxiliaries=lower("auxiliaries"),
                pronouns={str(k).lower(): str(v) for k, v in doc["pronouns"].items()},
                first_person=lower("first_person"),
                generic_heads={str(k).lower(): str(v) for k, v in doc["generic_heads"].items()},
                institution_heads=lower("institution_heads"),
                role_nouns=lower("role_nouns"),
                np_connectors=lower("np_connectors"),
                determiners=lower("determiners"),
                np_stop=frozenset(str(w) for w in doc["np_stop"]),
                linking_words=tuple(str(w).lower() for w in doc["linking_words"]),
                relative_words=lower("relative_words"),
                time_words=lower("time_words"),
                cue_pattern=re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"),
            )
        except (KeyError, AttributeError, TypeError) as exc:
            raise StanceValueError(
                f"'doc' must be an attribution lexicon shaped like stance/data/attribution.json; "
                f"missing or malformed entry: {exc}"
            ) from exc

    @classmethod
    def default(cls) -> Lexicon:
        """The shipped lexicon (read once, cached)."""
        return _default_lexicon()

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        """Read a lexicon file shaped like ``stance/data/attribution.json``."""
        return cls.from_dict(read_json(path, "lexicon"))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return Lexicon.from_dict(package_json("attribution.json"))


# --------------------------------------------------------------------------------------------
# working records


@dataclass
class _Tok:
    start: int
    end: int
    text: str


@dataclass
class _Attr:
    """An attribution found in a sentence: who (mention and offsets) and the cue."""

    mention: str
    m_start: int
    m_end: int
    cue: str
    c_start: int
    c_end: int
    according: bool = False
    inverted: bool = False


@dataclass
class _Unit:
    """A sentence (or a clause of a two-speaker sentence) and what is known about it."""

    start: int
    end: int
    paragraph: int
    index: int
    attr: _Attr | None = None
    quoted: int = 0
    quotes: list[tuple[int, int]] = field(default_factory=list)
    starts_in_quote: bool = False
    ends_in_quote: bool = False
    content_words: int = 0
    header: bool = False
    tag: str | None = None
    question: bool = False


@dataclass
class _Speaker:
    resolved: str
    kind: str  # person / institution
    actor: str | None


# --------------------------------------------------------------------------------------------
# the public function


def segment(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    issuer: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Statement]:
    """Find the statements of an article: what is attributed to whom, with offsets.

    Parameters
    ----------
    text : the article text.
    gazetteer : maps speakers to actor codes; None for :meth:`Gazetteer.default`.
    issuer : the speaker of a first-person text (press release, readout, speech), e.g.
        ``"Ministry of Foreign Affairs of Armenia"``; None to detect it from a header line or
        name tags, if any.
    lexicon : the attribution words; None for :meth:`Lexicon.default`.

    Returns
    -------
    list of Statement
        In text order. ``text[s.start:s.end] == s.text`` and spans do not overlap.

    Raises
    ------
    StanceTypeError
        If ``text`` is not a str (or another argument has the wrong type).

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
    if lexicon is not None:
        check_type("lexicon", lexicon, Lexicon)
    if not text or text.isspace():
        return []
    return _Segmenter(text, gazetteer or Gazetteer.default(), lexicon or Lexicon.default(), issuer).run()


# --------------------------------------------------------------------------------------------
# the work


class _Segmenter:
    def __init__(self, text: str, gaz: Gazetteer, lex: Lexicon, issuer: str | None) -> None:
        self.text = text
        self.gaz = gaz
        self.lex = lex
        self.issuer = issuer.strip() if issuer and issuer.strip() else None
        self.history: list[_Speaker] = []
        self.header: list[str] = []
        self.header_actor: str | None = None
        self.surnames: dict[str, _Speaker] = {}

    # ---- driver ----------------------------------------------------------------------------

    def run(self) -> list[Statement]:
        sentences = split_sentences(self.text)
        quotes, open_paragraphs = self._quotes(sentences)
        qstarts = [q[0] for q in quotes]
        units: list[_Unit] = []
        tag: str | None = None
        question = False
        for i, s in enumerate(sentences):
            if s.kind == "tag":
                tag = self.text[s.start : s.end].rstrip(": \t")
                question = _is_question_tag(tag)
                continue
            if i > 0 and sentences[i - 1].paragraph != s.paragraph and sentences[i - 1].kind != "tag":
                tag, question = None, False
            for u in self._analyse(s, i, quotes, qstarts):
                u.tag, u.question = tag, question
                units.append(u)
        issuer = self.issuer
        header_end = -1
        if issuer is None:
            issuer, header_end = self._detect_issuer(units)
        elif units:
            header_end = self._header_lines(units)
            self.header = [self.text[u.start : u.end] for u in units if u.paragraph <= header_end]
            self.header_actor = next((h.code for x in self.header for h in self.gaz.find(x)), None)
        for u in units:
            if u.paragraph <= header_end:
                u.header = True
        return self._emit(units, issuer, open_paragraphs)

    # ---- quotes ----------------------------------------------------------------------------

    def _quotes(self, sentences: Sequence[Sentence]) -> tuple[list[tuple[int, int]], set[int]]:
        """Quoted stretches (with their marks), paragraph by paragraph; and the paragraphs that
        end inside an open quote."""
        text = self.text
        spans: list[tuple[int, int]] = []
        open_at_end: set[int] = set()
        by_par: dict[int, tuple[int, int]] = {}
        for s in sentences:
            a, b = by_par.get(s.paragraph, (s.start, s.end))
            by_par[s.paragraph] = (min(a, s.start), max(b, s.end))
        for par, (a, b) in by_par.items():
            open_pos = -1
            for m in _QUOTE_CHARS.finditer(text, a, b):
                c, p = m.group(0), m.start()
                if c == "``":
                    c = "\u201c"
                elif c == "''":
                    c = '"'
                if c in _CLOSE_Q and open_pos < 0 and not text[a:p].strip():
                    c = "\u201c"  # a closing mark used to open the paragraph
                if c in _OPEN_Q:
                    if open_pos < 0:
                        open_pos = p
                elif c in _CLOSE_Q:
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
        spans.sort()
        return spans, open_at_end

    # ---- one sentence ----------------------------------------------------------------------

    def _analyse(
        self, s: Sentence, index: int, quotes: list[tuple[int, int]], qstarts: list[int]
    ) -> list[_Unit]:
        text, lex = self.text, self.lex
        a, b = s.start, s.end
        unit = _Unit(a, b, s.paragraph, index)
        # quoted stretches overlapping the sentence
        k = max(0, bisect.bisect_right(qstarts, a) - 1)
        while k < len(quotes) and quotes[k][0] < b:
            qa, qb = quotes[k]
            if qb > a:
                lo, hi = max(qa, a), min(qb, b)
                unit.quotes.append((lo, hi))
                unit.quoted += hi - lo
                if qa < a:
                    unit.starts_in_quote = True
                if qb > b:
                    unit.ends_in_quote = True
            k += 1

        starts = [qa for qa, _ in unit.quotes]

        def in_quote(p: int) -> bool:
            k = bisect.bisect_right(starts, p) - 1
            return k >= 0 and p < unit.quotes[k][1]

        attrs: list[_Attr] = []
        toks: list[_Tok] | None = None
        for m in lex.cue_pattern.finditer(text, a, b):
            if in_quote(m.start()):
                continue
            if toks is None:
                toks = [_Tok(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, a, b)]
            attr = self._attribution(m, toks, unit)
            if attr is not None:
                attrs.append(attr)
                if len(attrs) >= 4:
                    break
        if not attrs and unit.quoted:
            dash = _DASH_ATTR.search(text, a, b)
            if dash is not None and dash.end() == b:
                toks = [_Tok(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, a, b)]
                di = _tok_index(toks, dash.start(1))
                np = self._forward_np(toks, di + 1) if di is not None else None
                if np is not None:
                    attrs.append(
                        _Attr(
                            _span_text(text, toks, *np),
                            toks[np[0]].start,
                            toks[np[1]].end,
                            dash.group(1),
                            dash.start(1),
                            dash.end(1),
                        )
                    )
        if not attrs and toks is None and _has_cue_noun(text, a, b, lex):
            toks = [_Tok(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, a, b)]
        if not attrs and toks is not None:
            attr = self._noun_attribution(toks, unit)
            if attr is not None:
                attrs.append(attr)
        if not attrs:
            unit.content_words = _count_words(text, a, b)
            return [unit]
        unit.attr = attrs[0]
        unit.content_words = self._content_words(unit, attrs[0], toks or [])
        if len(attrs) >= 2:
            split = self._split_two(unit, attrs)
            if split is not None:
                return split
        return [unit]

    def _np_attr(self, toks: list[_Tok], np: tuple[int, int], m: re.Match[str], **flags: bool) -> _Attr:
        """The attribution whose speaker is the noun phrase ``toks[np[0]..np[1]]`` and cue ``m``."""
        mention = _span_text(self.text, toks, *np)
        return _Attr(mention, toks[np[0]].start, toks[np[1]].end, m.group(0), m.start(), m.end(), **flags)

    def _attribution(self, m: re.Match[str], toks: list[_Tok], unit: _Unit) -> _Attr | None:
        lex, text = self.lex, self.text
        cue = m.group(0)
        ci = _tok_index(toks, m.start())
        cj = _tok_index(toks, m.end() - 1)
        if ci is None or cj is None:
            return None
        if cue in lex.according_to:
            np = self._forward_np(toks, cj + 1, skip_sources=True)
            if np is None:
                return None
            return self._np_attr(toks, np, m, according=True)
        prev = toks[ci - 1].text if ci > 0 else ""
        if cue[:1].isupper() and ci == 0:
            return None  # a capitalised cue is a headline's ('..., Graham Says'), never first
        if cue.lower() in lex.weak_cues and prev not in _INVERTING and not self._weak_ok(toks, ci, cj, unit):
            return None
        # inverted: '"...," said the ministry' / ', added the statement.'
        if prev in _INVERTING or ci == 0:
            np = self._forward_np(toks, cj + 1)
            if np is not None and not self._is_time_np(toks, np):
                return self._np_attr(toks, np, m, inverted=True)
        if cue.endswith("ing") and prev == ",":
            np = self._clause_subject(toks, ci)
            if np is not None:
                return self._np_attr(toks, np, m)
            return None
        found = self._backward_np(toks, ci - 1)
        if found is None:
            return None
        (i, j), appos = found
        mention = _span_text(text, toks, i, j)
        end = toks[j].end
        if appos is not None:
            mention = text[toks[i].start : toks[appos[1]].end]
            end = toks[appos[1]].end
        return _Attr(mention, toks[i].start, end, cue, m.start(), m.end())

    def _weak_ok(self, toks: list[_Tok], ci: int, cj: int, unit: _Unit) -> bool:
        """A weak cue ('added', 'found', 'called') counts before 'that', a subject or a quote,
        or at the end of its clause (', he added.'), or when a quote follows in the sentence."""
        k = cj + 1
        if k < len(toks) and self._np_word(toks[k].text) and not toks[k].text[:1].isupper():
            return False  # 'the state minister': a noun, not a verb
        cue_end = toks[cj].end
        q = bisect.bisect_left([qa for qa, _ in unit.quotes[:64]], cue_end)
        if q < min(len(unit.quotes), 64) and unit.quotes[q][0] - cue_end < 60:
            return True
        while k < len(toks) and toks[k].text.lower().endswith("ly") and toks[k].text.islower():
            k += 1
        if k >= len(toks):
            return True
        nxt = toks[k].text
        low = nxt.lower()
        if low in {"that", ":"} or nxt in _OPEN_Q or nxt == '"' or low in self.lex.pronouns:
            return True
        if nxt in {".", "!", "?", ",", ";", "\u201d"} and ci > 0:
            return True
        return (
            k + 1 < len(toks)
            and toks[k + 1].text in {".", ","}
            and (nxt[:1].isupper() or low in self.lex.time_words)
        )

    def _noun_attribution(self, toks: list[_Tok], unit: _Unit) -> _Attr | None:
        """'X's call for ...', 'the statement said' is a verb; this finds possessive cue nouns."""
        lex, text = self.lex, self.text
        for k in range(1, len(toks)):
            t = toks[k]
            if t.text.lower() not in lex.cue_nouns:
                continue
            if _in_quotes(unit.quotes, t.start):
                continue
            owner = toks[k - 1].text
            if not _POSSESSIVE.search(owner) or not owner[:1].isupper():
                continue
            found = self._backward_np(toks, k - 1)
            if found is None:
                continue
            (i, j), _ = found
            mention = _strip_possessive(_span_text(text, toks, i, j))
            return _Attr(mention, toks[i].start, toks[i].start + len(mention), t.text, t.start, t.end)
        return None

    # ---- noun phrases ----------------------------------------------------------------------

    def _is_name(self, tok: str) -> bool:
        return tok[:1].isupper() and tok not in self.lex.np_stop and tok[:1].isalpha()

    def _np_word(self, tok: str) -> bool:
        low = tok.lower()
        return (
            self._is_name(tok) or low in self.lex.role_nouns or _strip_possessive(low) in self.lex.role_nouns
        )

    def _backward_np(self, toks: list[_Tok], j: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The speaker phrase ending just before a cue (after auxiliaries and adverbs), with an
        apposition between commas if there is one: 'The state minister, Artak Beglarian, spoke'."""
        lex = self.lex
        steps = 0
        while j >= 0 and steps < 8:
            t = toks[j].text
            low = t.lower()
            if low in lex.auxiliaries or (t.islower() and low.endswith("ly") and len(low) > 4):
                j -= 1
                steps += 1
                continue
            break
        if j >= 0 and toks[j].text == ")":
            # 'Sen. Lindsey Graham (R-S.C.) told': step over the parenthesis
            k = j - 1
            while k >= 0 and j - k < 10 and toks[k].text != "(":
                k -= 1
            if k >= 1 and toks[k].text == "(":
                j = k - 1
        if j < 0:
            return None
        t = toks[j].text
        if t.lower() in lex.relative_words and j > 0 and toks[j - 1].text == ",":
            # 'Clinton, who ..., said': the antecedent before the relative clause
            return self._backward_np(toks, j - 2) if j >= 2 else None
        if t.lower() in {"and", "but"} and j > 0 and toks[j + 1].text.endswith(("ed", "s", "id", "ld", "te")):
            # 'X ... and said': the subject of the clause
            np = self._clause_subject(toks, j)
            return (np, None) if np is not None else None
        if t == ",":
            return self._comma_np(toks, j)
        head = self._np_back(toks, j)
        return (head, None) if head is not None else None

    def _comma_np(self, toks: list[_Tok], j: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """', said' after commas: 'Richard Roe, director of X, said', 'The minister, Artak
        Beglarian, spoke', 'Trump, speaking in Ohio, said', 'X, who ..., said'. The speaker is the
        farthest of up to four comma-separated chunks that is a whole noun phrase."""
        lex = self.lex
        chunks: list[tuple[int, int]] = []
        hi = k = j - 1
        limit = max(-1, j - 48)
        while len(chunks) < 4:
            while k > limit and toks[k].text not in _CHUNK_STOP:
                k -= 1
            if k <= limit and k >= 0:
                break
            chunks.append((k + 1, hi))
            if k < 0 or toks[k].text != ",":
                break
            hi = k = k - 1
        best: tuple[int, tuple[int, int]] | None = None
        for idx, (lo, hi) in enumerate(chunks):
            if lo > hi:
                break
            words = [x.text for x in toks[lo : hi + 1]]
            if idx > 0 and any(w in lex.cue_forms and w.lower() not in lex.role_nouns for w in words):
                break
            if idx == 0 and (
                words[0].lower() in lex.relative_words
                or all(w.lower() in lex.auxiliaries or w.endswith("ly") for w in words)
            ):
                continue
            np = self._np_back(toks, hi)
            if np is None:
                continue
            lead = [x.text for x in toks[lo : np[0]]]
            if all(w in lex.np_stop or w.lower() in {"and", "but", "so", "yet", "or"} for w in lead) and (
                idx > 0 or len(chunks) == 1 or not lead
            ):
                best = (idx, np)
        if best is None:
            return None
        idx, np = best
        if idx == 0:
            return np, None
        lo, hi = chunks[idx - 1][0], chunks[0][1]
        first = toks[lo].text
        if hi - lo <= 30 and (
            first[:1].isupper()
            or first[:1].isdigit()
            or first.lower() in lex.determiners
            or first.lower() in lex.role_nouns
        ):
            return np, (lo, hi)
        return np, None

    def _np_back(self, toks: list[_Tok], j: int) -> tuple[int, int] | None:
        lex = self.lex
        if j < 0:
            return None
        t = toks[j].text
        low = t.lower()
        if low in lex.pronouns and low not in {"its", "her", "him"}:
            return (j, j)
        end = j
        while end >= 0 and toks[end].text.lower() in lex.np_connectors:
            return None
        first = -1
        k = j
        while k >= 0 and j - k < 14:
            t = toks[k].text
            low = t.lower()
            if low in lex.determiners:
                if first >= 0:
                    first = k
                break
            if self._np_word(t):
                first = k
                k -= 1
                continue
            if low in lex.np_connectors and first >= 0 and k > 0 and self._np_word(toks[k - 1].text):
                k -= 1
                continue
            if first < 0 and t.isalpha() and t.islower() and low not in lex.auxiliaries:
                # a common-noun head after a determiner: 'the bank said'
                d = k - 1
                while (
                    d >= 0
                    and k - d < 3
                    and toks[d].text.isalpha()
                    and toks[d].text.islower()
                    and toks[d].text not in lex.determiners
                ):
                    d -= 1
                if d >= 0 and toks[d].text.lower() in lex.determiners:
                    return (d, end)
                break
            if first >= 0 and t.isalpha() and t.islower():
                # adjectives between a determiner and the head: 'the newly appointed envoy'
                d = k
                while (
                    d >= 0
                    and k - d < 3
                    and toks[d].text.isalpha()
                    and toks[d].text.islower()
                    and toks[d].text.lower() not in lex.determiners
                ):
                    d -= 1
                if (
                    d >= 0
                    and toks[d].text.lower() in lex.determiners
                    and toks[d].text.lower() in {"the", "a", "an"}
                ):
                    first = d
                break
            break
        if first < 0:
            return None
        # a phrase of only stop words or determiners is no speaker (a common-noun head is
        # accepted above)
        if not any(self._np_word(x.text) for x in toks[first : end + 1]):
            return None
        return (first, end)

    def _forward_np(self, toks: list[_Tok], i: int, skip_sources: bool = False) -> tuple[int, int] | None:
        lex, text = self.lex, self.text
        if i >= len(toks):
            return None
        if skip_sources:
            rest = text[toks[i].start : toks[i].start + 40].lower()
            for phrase in lex.source_nouns:
                if rest.startswith(phrase + " "):
                    n = len(phrase.split())
                    if i + n < len(toks):
                        i += n
                    break
        t = toks[i].text
        low = t.lower()
        if low in lex.pronouns and low not in {"its", "her", "him"}:
            return (i, i)
        k = i
        first = i
        while k < len(toks) and k - i < 3 and toks[k].text.lower() in lex.determiners:
            k += 1
        last = -1
        while k < len(toks) and k - i < 16:
            t = toks[k].text
            low = t.lower()
            if self._np_word(t):
                last = k
                k += 1
                continue
            if low in lex.np_connectors and last >= 0 and k + 1 < len(toks):
                nxt = k + 1
                while nxt < len(toks) and toks[nxt].text.lower() in lex.determiners and nxt - k < 3:
                    nxt += 1
                if nxt < len(toks) and self._is_name(toks[nxt].text):
                    k = nxt
                    continue
                break
            if t.isalpha() and t.islower() and low not in lex.time_words and low not in lex.cue_forms:
                # an adjective before a head noun within three words
                look = k
                while (
                    look < len(toks)
                    and look - k < 3
                    and toks[look].text.isalpha()
                    and toks[look].text.islower()
                    and not self._np_word(toks[look].text)
                ):
                    look += 1
                if look < len(toks) and self._np_word(toks[look].text) and look - k < 3:
                    k = look
                    continue
            break
        if last < 0:
            return None
        return (first, last)

    def _clause_subject(self, toks: list[_Tok], limit: int) -> tuple[int, int] | None:
        """The subject at the start of the clause (for ', saying ...' participles)."""
        i = 0
        # skip an introductory phrase ('Earlier on Saturday, ...')
        for k in range(min(limit, 12)):
            if toks[k].text == ",":
                if toks[0].text in self.lex.np_stop or toks[0].text.lower() in self.lex.auxiliaries:
                    i = k + 1
                break
        np = self._forward_np(toks, i)
        if np is None or np[1] >= limit:
            return None
        return np

    def _is_time_np(self, toks: list[_Tok], np: tuple[int, int]) -> bool:
        return not any(self._np_word(toks[k].text) for k in range(np[0], np[1] + 1))

    # ---- content and clauses ---------------------------------------------------------------

    def _content_words(self, unit: _Unit, attr: _Attr, toks: list[_Tok]) -> int:
        """Words of the sentence that are neither speaker, cue nor 'told reporters on Friday'."""
        lo, hi = min(attr.m_start, attr.c_start), max(attr.m_end, attr.c_end)
        n = 0
        for t in toks:
            if lo <= t.start < hi or not t.text[:1].isalnum():
                continue
            if t.start >= hi and t.text.lower() in self.lex.time_words:
                continue
            n += 1
        return n

    def _split_two(self, unit: _Unit, attrs: list[_Attr]) -> list[_Unit] | None:
        """'X said A, while Y said B': two clauses, split before the linking word."""
        text = self.text
        a1 = attrs[0]
        for a2 in attrs[1:]:
            if a2.inverted or a2.according or a1.according:
                continue
            if _norm(a2.mention) == _norm(a1.mention) or a2.m_start < a1.c_end:
                continue
            if a2.mention.lower() in self.lex.pronouns:
                continue
            between = text[a1.c_end : a2.m_start]
            best = -1
            for m in re.finditer(r"(?:,|;)\s*(\w+)?", between):
                word = (m.group(1) or "").lower()
                if m.group(0).startswith(";"):
                    best = m.start(1) if m.group(1) and word in self.lex.linking_words else m.end(0)
                    if m.group(1) and word not in self.lex.linking_words:
                        best = m.start(1)
                elif word in self.lex.linking_words:
                    best = m.start(1)
            if best < 0:
                m2 = re.search(r"\s(while|whereas)\s", between)
                if m2 is None:
                    continue
                best = m2.start(1)
            cut = a1.c_end + best
            first_end = cut
            while first_end > unit.start and (text[first_end - 1].isspace() or text[first_end - 1] in ",;"):
                first_end -= 1
            if first_end <= unit.start or cut >= unit.end:
                continue
            u1 = _Unit(unit.start, first_end, unit.paragraph, unit.index, a1)
            u2 = _Unit(cut, unit.end, unit.paragraph, unit.index, a2)
            for u in (u1, u2):
                u.quotes = [
                    (max(qa, u.start), min(qb, u.end))
                    for qa, qb in unit.quotes
                    if qa < u.end and qb > u.start
                ]
                u.quoted = sum(qb - qa for qa, qb in u.quotes)
                u.content_words = 3
            u1.starts_in_quote = unit.starts_in_quote
            u2.ends_in_quote = unit.ends_in_quote
            return [u1, u2]
        return None

    # ---- issuer and headers ----------------------------------------------------------------

    def _header_lines(self, units: list[_Unit]) -> int:
        """The last paragraph of the header block at the top (lines without sentence ends)."""
        last = -1
        for u in units[:8]:
            line = self.text[u.start : u.end]
            n_words = len(line.split())
            ended = line[-1:] in '.!?\u201d"' and not re.search(r"\b(?:[A-Z]\.){2,}$", line)
            if u.paragraph > last + 2 or (ended and n_words > 6) or n_words > 25 or u.attr or u.tag:
                break
            k = units.index(u)
            whole_line = (k == 0 or units[k - 1].paragraph != u.paragraph) and (
                k + 1 >= len(units) or units[k + 1].paragraph != u.paragraph
            )
            if not whole_line or u.quoted:
                break
            last = u.paragraph
        return last

    def _detect_issuer(self, units: list[_Unit]) -> tuple[str | None, int]:
        """The issuer named in the header block at the top, if any: 'Statement by X',
        'attributable to X', 'Name, Title', or a line naming an institution of a known actor."""
        header_end = self._header_lines(units)
        lines = [self.text[u.start : u.end] for u in units if u.paragraph <= header_end]
        self.header = lines
        self.header_actor = next((h.code for line in lines for h in self.gaz.find(line)), None)
        for line in lines:
            m = _BY_LINE.search(line)
            if m:
                return (m.group(1) or m.group(2)).strip(" :"), header_end
        for line in lines:
            if _PERSON_LINE.match(line):
                return line.strip(" :"), header_end
        for line in lines:
            if _INSTITUTION.search(line) and self.gaz.find(line):
                return _issuer_phrase(line), header_end
        for line in lines:
            if _INSTITUTION.search(line) and not re.search(r"\d", line):
                return line.strip(" :"), header_end
        if any(u.tag and not u.question for u in units):
            return None, header_end
        return None, -1

    # ---- emission --------------------------------------------------------------------------

    def _emit(self, units: list[_Unit], issuer: str | None, open_pars: set[int]) -> list[Statement]:
        text, lex = self.text, self.lex
        out: list[Statement] = []
        issuer_actor = (self.gaz.actor_of(issuer) or self.header_actor) if issuer else self.header_actor
        issuer_sp = _Speaker(issuer, "institution", issuer_actor or "OTHER") if issuer else None
        if issuer_sp is not None:
            self.history.append(issuer_sp)
        tag_sp: _Speaker | None = None
        # quote runs: a sentence that starts inside a quote continues the previous one's run
        run_of = list(range(len(units)))
        for n in range(1, len(units)):
            u, p = units[n], units[n - 1]
            if u.start <= p.end:  # two clauses of one sentence
                continue
            if (u.starts_in_quote and p.ends_in_quote) or (
                (
                    u.paragraph == p.paragraph + 1
                    and p.paragraph in open_pars
                    and text[u.start : u.start + 1] in _OPEN_Q + '"'
                    and p.attr is not None
                )
                or (
                    u.paragraph == p.paragraph + 1
                    and p.paragraph in open_pars
                    and text[u.start : u.start + 1] in _OPEN_Q + '"'
                    and run_of[n - 1] != n - 1
                )
            ):
                run_of[n] = run_of[n - 1]
        run_attr: dict[int, _Unit] = {}
        for n, u in enumerate(units):
            if u.attr is not None and run_of[n] not in run_attr and (u.quoted or u.starts_in_quote):
                run_attr[run_of[n]] = u
        last_stmt: tuple[int, _Attr, _Speaker] | None = None
        for n, u in enumerate(units):
            if u.header:
                continue
            attr = u.attr
            first: _Speaker | None
            if u.tag and not u.question:
                if tag_sp is None or tag_sp.resolved != u.tag:
                    tag_sp = self._tag_speaker(u.tag, issuer_actor)
                first = tag_sp
            else:
                first = issuer_sp
            speaker: _Speaker | None = None
            mention: str | None = None
            mspan: tuple[int, int] | None = None
            cue: str | None = None
            kind = "indirect"
            if attr is not None:
                speaker = self._resolve(attr.mention, first)
                self._remember(speaker, attr.mention)
                if lex.pronouns.get(speaker.resolved.lower()) == "issuer":
                    continue  # 'we' with no issuer: nobody identifiable speaks
                if u.content_words < 1 and not u.quoted:
                    continue
                if u.question and not u.quoted:
                    continue
                mention, mspan, cue = attr.mention, (attr.m_start, attr.m_end), attr.cue
                if attr.according:
                    kind = "according_to"
            elif u.quoted or u.starts_in_quote:
                # a quote without its own cue: the run's speaker, a later speaker in the
                # paragraph, or the previous statement's speaker
                src = run_attr.get(run_of[n])
                if src is None:
                    for m in range(n + 1, min(n + 4, len(units))):
                        if units[m].paragraph != u.paragraph:
                            break
                        if units[m].attr is not None and units[m].quoted:
                            src = units[m]
                            break
                if src is not None and src.attr is not None:
                    speaker = self._resolve(src.attr.mention, first)
                    mention, mspan, cue = src.attr.mention, (src.attr.m_start, src.attr.m_end), src.attr.cue
                elif u.tag and not u.question:
                    speaker = tag_sp
                    mention = u.tag
                elif (
                    last_stmt is not None
                    and n - last_stmt[0] <= _QUOTE_REACH
                    and u.quoted * 3 >= (u.end - u.start)
                ):
                    attr0 = last_stmt[1]
                    speaker, mention, mspan, cue = (
                        last_stmt[2],
                        attr0.mention,
                        (attr0.m_start, attr0.m_end),
                        attr0.cue,
                    )
                elif issuer_sp is not None and not u.question and self._first_person(u):
                    speaker = issuer_sp
                else:
                    continue
            elif u.tag and not u.question:
                speaker = tag_sp
                mention = u.tag
                kind = "direct"
            elif issuer_sp is not None and not u.question and self._first_person(u):
                speaker = issuer_sp
                self_np = self._issuer_subject(u, issuer_actor)
                if self_np is not None:
                    mention, mspan = self_np
            else:
                continue
            if speaker is None:
                continue
            if speaker is first and first is not None:
                # first-person text: no cue; a pronoun does not name the speaker
                cue = None
                if first is tag_sp and kind == "indirect":
                    kind = "direct"
                if mention is not None and mention.lower() in lex.pronouns:
                    mention, mspan = None, None
            if kind == "indirect" and u.quoted:
                nonattr = u.end - u.start
                if attr is not None and u.start <= attr.m_start and attr.c_end <= u.end:
                    nonattr -= max(attr.m_end, attr.c_end) - min(attr.m_start, attr.c_start)
                kind = "direct" if u.quoted >= 0.75 * max(nonattr, 1) else "partial"
            if u.tag and attr is None and not u.question and kind == "indirect":
                kind = "direct"
            st = Statement(
                text=text[u.start : u.end],
                start=u.start,
                end=u.end,
                speaker=speaker.resolved,
                speaker_mention=mention,
                speaker_span=mspan,
                actor=speaker.actor,
                cue=cue,
                kind=kind,
                quotes=tuple(u.quotes),
            )
            out.append(st)
            if mspan is not None and mention is not None:
                last_stmt = (n, _Attr(mention, mspan[0], mspan[1], cue or "", 0, 0), speaker)
        return out

    def _first_person(self, u: _Unit) -> bool:
        """Does the issuer speak in this body sentence of a first-person text (a full sentence,
        not a date line or a signature)?"""
        if u.content_words < 3:
            return False
        # the body of a press release, readout or speech is the issuer's, first person or not
        return self.text[u.end - 1] in '.!?\u201d")'

    def _issuer_subject(self, u: _Unit, actor: str | None) -> tuple[str, tuple[int, int]] | None:
        m = re.match(
            r"(?:[Tt]he\s+)?(?:Ministry|Department|Government|Secretary|Embassy|Mission|Office)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'\u2019-]*)+)?",
            self.text[u.start : u.end],
        )
        if m is None:
            return None
        return m.group(0), (u.start, u.start + m.end())

    def _tag_speaker(self, tag: str, issuer_actor: str | None) -> _Speaker:
        """The speaker of a name tag ('MR. HALLORAN'), completed from a header line that names
        the same person ('Kevin Halloran, Deputy Department Spokesperson') if there is one."""
        surname = tag.split()[-1].strip(".:").lower() if tag.split() else ""
        for line in self.header:
            words = [w.strip(",:").lower() for w in line.split(",")[0].split()]
            if surname and surname in words and len(line) < 160:
                name = line.strip(" :")
                return _Speaker(name, "person", self.gaz.actor_of(name) or issuer_actor)
        return _Speaker(tag, "person", self.gaz.actor_of(tag) or issuer_actor)

    # ---- resolution ------------------------------------------------------------------------

    def _kind_of(self, mention: str) -> str:
        head = mention.split(",")[0].split()
        if not head:
            return "person"
        last = _strip_possessive(head[-1].lower())
        if last in self.lex.institution_heads:
            return "institution"
        if last in self.lex.generic_heads:
            return self.lex.generic_heads[last]
        hits = self.gaz.find(mention.split(",")[0])
        core = " ".join(w for w in head if w.lower() not in {"the"})
        if hits and len(hits) == 1 and hits[0].mention == _strip_possessive(core):
            # 'Russia', 'Moscow', 'The United States' are institutions; 'Putin' a person
            return (
                "institution"
                if hits[0].mention[:1].isupper() and not _looks_person(hits[0].mention)
                else "person"
            )
        return "person"

    def _actor(self, resolved: str) -> str | None:
        actor = self.gaz.actor_of(resolved)
        if actor is None and any(
            w[:1].isupper() for w in resolved.split() if w.lower() not in {"the", "a", "an"}
        ):
            low = resolved.lower().split()
            if not (len(low) == 1 and low[0] in self.lex.pronouns):
                return "OTHER"
        return actor

    def _resolve(self, mention: str, first: _Speaker | None) -> _Speaker:
        """The speaker a mention refers to; ``first`` is who 'we' and 'I' are (the issuer of a
        first-person text, or the speaker of the current name tag), if anyone."""
        lex = self.lex
        low = mention.lower().strip()
        if low in lex.pronouns:
            cls = lex.pronouns[low]
            if cls == "issuer":
                if first is not None:
                    return first
                cls = "any"
            for sp in reversed(self.history[-12:]):
                if cls == "any" or sp.kind == cls:
                    return sp
            return _Speaker(mention, "person" if cls == "person" else "institution", None)
        words = mention.split()
        head = _strip_possessive(words[-1].lower()) if words else ""
        if (
            words
            and words[0].lower() in {"the", "this", "that"}
            and head in lex.generic_heads
            and not any(self._is_name(w) and not self.gaz.find(w) for w in words[1:-1])
        ):
            cls = lex.generic_heads[head]
            constraint = self.gaz.actor_of(mention)
            for sp in reversed(self.history[-12:]):
                if constraint is not None:
                    if sp.actor == constraint:
                        return sp
                    continue
                if head == "statement" or (
                    sp.kind == cls
                    and (
                        head in sp.resolved.lower()
                        or head
                        in {
                            "spokesperson",
                            "spokesman",
                            "spokeswoman",
                            "official",
                            "source",
                            "ministry",
                            "department",
                        }
                    )
                ):
                    return sp
            if first is not None and head in first.resolved.lower():
                return first
            return _Speaker(mention, cls, constraint)
        name = _strip_possessive(mention)
        if len(words) <= 2 and words:
            key = _strip_possessive(words[-1])
            known = self.surnames.get(key)
            if known is not None and (
                len(words) == 1 or words[0].rstrip(".") in {"Mr", "Mrs", "Ms", "Dr", "MR", "MS", "MRS"}
            ):
                return known
        return _Speaker(name, self._kind_of(name), self._actor(name))

    def _remember(self, sp: _Speaker, mention: str) -> None:
        if sp.resolved.lower() in self.lex.pronouns:
            return
        self.history.append(sp)
        if len(self.history) > 64:
            del self.history[:32]
        if sp.kind != "person":
            return
        for part in sp.resolved.split(","):
            names = [w for w in part.split() if w[:1].isupper()]
            if len(names) >= 2:
                last = _strip_possessive(names[-1])
                if last.lower() not in self.lex.role_nouns and last.lower() not in self.lex.institution_heads:
                    self.surnames[last] = sp


# --------------------------------------------------------------------------------------------
# helpers


def _in_quotes(quotes: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(quotes, (pos, len(quotes) + pos + 1)) - 1
    return k >= 0 and quotes[k][0] <= pos < quotes[k][1]


def _tok_index(toks: list[_Tok], pos: int) -> int | None:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(toks) and toks[lo].start <= pos < toks[lo].end:
        return lo
    return None


def _span_text(text: str, toks: list[_Tok], i: int, j: int) -> str:
    return text[toks[i].start : toks[j].end]


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _count_words(text: str, a: int, b: int) -> int:
    return len(re.findall(r"\w+", text[a:b]))


def _has_cue_noun(text: str, a: int, b: int, lex: Lexicon) -> bool:
    return bool(re.search(r"['\u2019]s\s", text[a:b]))


def _is_question_tag(tag: str) -> bool:
    t = tag.upper().rstrip(".: ")
    return t in {"Q", "QUESTION", "JOURNALIST", "REPORTER", "PARTICIPANT"} or t.startswith("QUESTION")


def _looks_person(mention: str) -> bool:
    words = mention.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower()
        not in {
            "states",
            "nations",
            "union",
            "house",
            "department",
            "ministry",
            "federation",
            "kingdom",
            "republic",
        }
    )


def _issuer_phrase(line: str) -> str:
    """The issuing body in a header line ('Press Statement - U.S. Department of State')."""
    parts = [p.strip() for p in re.split(r"\s[-\u2013\u2014|]\s|:\s", line) if p.strip()]
    for p in reversed(parts):
        if _INSTITUTION.search(p) and not re.match(r"(?:Press|Statement|Readout|Remarks)\b", p):
            return p
    return parts[-1] if parts else line.strip()
