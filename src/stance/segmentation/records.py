"""The records the phases pass to each other (plain data, no behaviour)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..actors import Gazetteer
from ..sentences import _BREAK, _LINE_BREAKS
from .resources import Language, Lexicon, Rules


class Doc:
    """One article and the resources it is read with (``lex`` and ``rules`` are the language's,
    kept as plain attributes: the phases read them on every token)."""

    __slots__ = (
        "_breaks", "_capitals", "_newlines", "gaz", "has_body", "lang", "lex", "np_words", "opening_names",
        "rules", "text", "titled_mentions",
    )  # fmt: skip

    def __init__(self, text: str, lang: Language, gaz: Gazetteer) -> None:
        self.text = text
        self.lang = lang
        self.gaz = gaz
        self.lex: Lexicon = lang.lexicon
        self.rules: Rules = lang.rules
        #: tokens known to be (or not to be) noun-phrase words: the lexicon's memo for the
        #: language, shared with every other text read with them (one dict store per token: safe
        #: between threads)
        self.np_words: dict[str, bool] = lang.lexicon.np_words.setdefault(lang.code, {})
        #: capitalised words that open a sentence, known to be names (or not) in this article
        self.opening_names: dict[str, bool] = {}
        #: the first places a title stands before a surname, per surname, in this article
        #: (``speakers._first_titled_mentions``)
        self.titled_mentions: dict[str, list[int]] = {}
        self._capitals: dict[str, list[int]] | None = None
        self._newlines: list[int] | None = None
        self._breaks: list[int] | None = None
        #: does the text hold a line that ends a sentence (``headers``' rules ask it line by
        #: line; worked out once per text)
        self.has_body: bool | None = None

    def line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (after the last '\\n' before it), as
        ``text.rfind("\\n", 0, pos) + 1``, from an index of the line breaks built on first use:
        a scan back per sentence would make a text with no '\\n' (lines broken by '\\r')
        quadratic."""
        newlines = self._newline_index()
        k = bisect.bisect_left(newlines, pos)
        return newlines[k - 1] + 1 if k else 0

    def line_end(self, pos: int) -> int:
        """Where the line holding ``pos`` ends: ``sentences.line_end(self.text, pos)`` (its first
        line break of any kind at or after ``pos``, or the text's end), from an index of the
        breaks built on first use: the phases ask it for each paragraph several times, and a
        search to the break each time was a fortieth of the time of ``segment``."""
        if self._breaks is None:
            text = self.text
            other = any(c in text for c in _LINE_BREAKS if c != "\n")  # in C, most texts none
            self._breaks = [m.start() for m in _BREAK.finditer(text)] if other else self._newline_index()
        k = bisect.bisect_left(self._breaks, pos)
        return self._breaks[k] if k < len(self._breaks) else len(self.text)

    def _newline_index(self) -> list[int]:
        """Where each '\\n' of the text is, in order (built once)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        return self._newlines

    def capital_starts(self, word: str) -> list[int]:
        """Where the run of word characters ``word`` (capitalised) starts in the text, in text
        order: an index built on first use by one scan, so that looking names up stays linear
        in the length of the text however many are looked up."""
        if self._capitals is None:
            index: dict[str, list[int]] = {}
            for m in _CAPITAL_RUN.finditer(self.text):
                w = m.group()
                if w[0].isupper():
                    starts = index.get(w)
                    if starts is None:
                        index[w] = [m.start()]
                    else:
                        starts.append(m.start())
            self._capitals = index
        return self._capitals.get(word, [])


_NEWLINE = re.compile("\n")

#: a run of word characters that may start with a capital (any letter but a-z), not inside a
#: run. The test of the character before comes after the first character: a pattern that opens
#: with a class lets the engine skip in a tight loop to the next candidate (ASCII letters and
#: digits first in the class, tested by a bitmap), where a look-behind first starts a match
#: attempt at every position (half the time of the scan)
_CAPITAL_RUN = re.compile(r"[^0-9a-z_\W\d](?<!\w.)\w*")


class Tokens:
    """The tokens of one sentence as parallel lists of starts and texts (no object per token)."""

    __slots__ = ("backward", "start", "text")

    def __init__(self, start: list[int], text: list[str]) -> None:
        self.start = start
        self.text = text
        #: the speaker phrases found before token k (``phrases.backward_np``): several rules of
        #: one cue ask for the same one
        self.backward: dict[int, tuple[tuple[int, int], tuple[int, int] | None] | None] = {}

    def stop(self, k: int) -> int:
        """Where token ``k`` ends."""
        return self.start[k] + len(self.text[k])

    def __len__(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class Attr:
    """An attribution found in a sentence: who (mention and offsets) and the cue."""

    mention: str
    m_start: int
    m_end: int
    cue: str
    c_start: int
    c_end: int
    according: bool = False
    inverted: bool = False
    place_actor: str | None = None  # 'At the United Nations, deputy spokesperson X said'
    antecedents: tuple[str, ...] = ()  # the names a pronoun mention may stand for in its sentence
    #: the body a role names by its head ("Russia's Foreign Ministry ..., ministry spokeswoman X")
    body: str | None = None
    position: bool = False  # a weak cue after a named state or body ('Austria backed the plan')
    #: the speaker that opens a sentence this attribution closes ('The Kremlin described the talks
    #: as "constructive", spokesman X said'): whose office an office with no country is
    subject: str | None = None
    #: the state the sentence itself says the speaker speaks for ('Speaking for Armenia, X said',
    #: 'For France, X said', 'Mr. X (Malta) said'): it outranks the actor the context gives
    delegation: str | None = None


@dataclass(slots=True)
class Unit:
    """A sentence (or a clause of a two-speaker sentence) and what is known about it."""

    start: int
    end: int
    paragraph: int
    attr: Attr | None = None
    quoted: int = 0
    quotes: list[tuple[int, int]] = field(default_factory=list)
    starts_in_quote: bool = False
    ends_in_quote: bool = False
    content_words: int = 0  # counted up to 3: the rules ask for none or fewer than three
    header: bool = False
    tag: str | None = None
    question: bool = False


@dataclass(slots=True)
class Speaker:
    """A resolved speaker: the full mention, person or institution, and its actor code."""

    resolved: str
    kind: str  # person / institution
    actor: str | None
    plural: bool = False  # 'the two leaders', 'Putin and Pashinyan'
    gender: str | None = None  # 'f' / 'm' when a word says so ('spokeswoman', 'Mr.')


@dataclass
class Header:
    """What the header block at the top of a text says: its lines, issuer and actor."""

    lines: list[str]
    end_paragraph: int
    issuer: str | None
    actor: str | None
    #: the issuer is a joint statement's signatories, whose actor ``actor`` is (one state's, or
    #: OTHER for several: a list speaks for none of them alone)
    signed: bool = False
