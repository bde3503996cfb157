"""The actor gazetteer: which state or organisation a mention speaks for.

The gazetteer is data: the codebook's actors (``stance/data/actors.json``: RUS, USA, FRA, UN, ARM,
AZE, KARABAKH), every other UN member and observer state under its ISO 3166-1 alpha-3 code
(``stance/data/lang/en/states.tsv``: names, short forms, demonyms, capitals used as metonyms,
offices) and the major international organisations (``organisations.tsv``: EU, NATO, OSCE, AU,
ASEAN, CSTO, ...), non-state armed groups and movements (``groups.tsv``: Hamas, the Houthis,
the SDF, M23, ...), then the offices of the states of the United States (``subdivisions.tsv``:
'Ohio Secretary of State' is ``US_OH``, not ``USA``). Codes outside the codebook count as
``OTHER`` wherever the corpus gold is compared (:func:`codebook_code`). A user extends the
gazetteer without touching code::

    gaz = Gazetteer.default().extend("EAC", ["East African Community"])

or loads a file of the same shape with :meth:`Gazetteer.load` (added to the default unless
``replace=True``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ._data import package_json, read_json
from .errors import StanceTypeError, StanceValueError, check_type

__all__ = ["ACTOR_CODES", "ActorMatch", "Gazetteer", "codebook_code", "default_gazetteer"]

#: The codes of the codebook. A user gazetteer may add more.
ACTOR_CODES: tuple[str, ...] = ("RUS", "USA", "FRA", "UN", "ARM", "AZE", "KARABAKH", "OTHER")

_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")
_CACHE_SIZE = 65536  # mentions whose actor a gazetteer remembers (and whose hits)
#: the longest text whose hits a gazetteer remembers: a speaker's mention or a line, which the
#: segmenter looks up again and again (most of them several times in one article), not a text
_FIND_CACHE_CHARS = 200
_MISSING = object()


def codebook_code(code: str | None) -> str | None:
    """The codebook's code for an actor code: itself if the codebook has it, else ``OTHER``.

    Examples
    --------
    >>> codebook_code("RUS"), codebook_code("TUR"), codebook_code(None)
    ('RUS', 'OTHER', None)
    """
    if code is None:
        return None
    return code if code in ACTOR_CODES else "OTHER"


@dataclass(frozen=True)
class ActorMatch:
    """One gazetteer hit: ``text[start:end] == mention`` names the actor ``code`` (``name``)."""

    start: int
    end: int
    mention: str
    code: str
    name: str


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, as a trie of prefixes.

    Examples
    --------
    >>> trie_pattern(["Baku", "Bakuvian", "Berlin"])
    '(?:B(?:aku(?:vian)?|erlin))'
    >>> import re; re.match(trie_pattern(["UN", "UNDP"]), "UNDP").group(0)
    'UNDP'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if len(branches) == 1 and not ends:  # a chain of single children: no group needed
            return branches[0]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(trie) + ")"


class Gazetteer:
    """Mentions -> actor codes, matched as whole words, case-sensitively, possessives allowed.

    Parameters
    ----------
    entries : iterable of mappings with ``code`` (upper-case code such as ``"RUS"``), ``name``
        (a readable name) and ``mentions`` (strings as they are written in text).

    Examples
    --------
    >>> gaz = Gazetteer.default()
    >>> gaz.actor_of("the Russian Foreign Ministry")
    'RUS'
    >>> gaz.actor_of("Karabakh's Defense Army")
    'KARABAKH'
    >>> gaz.extend("EAC", ["East African Community"]).actor_of("the East African Community")
    'EAC'
    """

    def __init__(self, entries: Iterable[Mapping[str, Any]], shared: SharedOffices | None = None) -> None:
        self._entries: list[dict[str, Any]] = _rows(entries, "entries")
        #: office names that other bodies have too, and the words that may stand before them
        self._shared = shared
        table: dict[str, tuple[str, str]] = {}
        persons: set[str] = set()
        for entry in self._entries:
            for mention in [*entry["mentions"], *entry.get("people", [])]:
                # later entries override earlier ones, so a user extension wins over the default
                table[mention.strip()] = (entry["code"], entry["name"])
            persons.update(p.strip() for p in entry.get("people", []))
        self._table = table
        self._people = frozenset(persons)
        self._actor_cache: dict[str, str | None] = {}
        self._find_cache: dict[str, tuple[ActorMatch, ...]] = {}
        # the class of first characters rejects most positions at once, and the mentions as a
        # trie make each remaining try one pass (several times faster than a flat alternation)
        first = "".join(sorted({re.escape(m[0]) for m in table}))
        body = trie_pattern(table)
        self._pattern = re.compile(rf"(?=[{first}])(?<![\w.-]){body}(?=(?:['’]s)?(?![\w-]))")

    def __getstate__(self) -> dict[str, Any]:
        """The gazetteer without what it remembers (rebuilt on use): a gazetteer sent to worker
        processes with each batch carries its entries, not thousands of remembered look-ups."""
        state = dict(self.__dict__)
        state["_actor_cache"], state["_find_cache"] = {}, {}
        return state

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with the library (cached; do not mutate it, extend it)."""
        return default_gazetteer()

    @classmethod
    def load(cls, path: str | Path, *, replace: bool = False) -> Gazetteer:
        """Read a gazetteer file: ``{"actors": [{"code", "name", "mentions", "people"?}, ...]}``.

        Its entries are added to the default gazetteer (winning where a mention is in both),
        unless ``replace=True``, which uses the file alone.
        """
        check_type("replace", replace, bool)
        doc = read_json(path, "gazetteer")
        if not isinstance(doc, dict) or not isinstance(doc.get("actors"), list):
            got = f"a JSON {type(doc).__name__}" if not isinstance(doc, dict) else f"keys {sorted(doc)!r}"
            raise StanceValueError(
                f"'path' must hold a JSON object with a list under 'actors' ({_SHAPE}); "
                f"{str(path)!r} holds {got[:120]}."
            )
        # each entry is checked under its place in the file, not in the default gazetteer
        rows = _rows(doc["actors"], "actors", str(path))
        if replace:
            return cls(rows)
        default = default_gazetteer()
        return cls([*default._entries, *rows], default._shared)

    def extend(self, code: str, mentions: Iterable[str], name: str | None = None) -> Gazetteer:
        """A new gazetteer with one more actor (or more mentions for an existing code)."""
        check_type("code", code, str)
        mentions = list(mentions)
        return Gazetteer(
            [*self._entries, {"code": code, "name": name or code, "mentions": mentions}], self._shared
        )

    @property
    def codes(self) -> tuple[str, ...]:
        """Every actor code the gazetteer knows, in first-seen order."""
        return tuple(dict.fromkeys(e["code"] for e in self._entries))

    def to_dict(self) -> dict[str, Any]:
        """The gazetteer as a JSON-ready document (the shape :meth:`load` reads)."""
        return {"format": "stance-gazetteer", "version": 1, "actors": list(self._entries)}

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
        """Every mention in ``text[start:end]``, left to right, longest first where they overlap."""
        # the hits of a short text are remembered (a new list of the same frozen hits each time):
        # the segmenter asks for those of the same mentions many times
        whole = start == 0 and end is None and len(text) <= _FIND_CACHE_CHARS
        if whole:
            known = self._find_cache.get(text)  # one lookup: another thread may clear the cache
            if known is not None:
                return list(known)
        out = []
        shared = self._shared
        for m in self._pattern.finditer(text, start, len(text) if end is None else end):
            mention = m.group(0)
            if shared is not None and mention in shared.offices and shared.owned(text, m.start()):
                continue  # 'Hezbollah Secretary General': not the UN's
            code, name = self._table[mention]
            out.append(ActorMatch(m.start(), m.end(), mention, code, name))
        if whole:
            cache = self._find_cache
            if len(cache) >= _CACHE_SIZE:
                cache.clear()  # bounded, as the actors' cache
            cache[text] = tuple(out)  # one dict store: safe to share between threads
        return out

    def is_person(self, mention: str) -> bool:
        """Is ``mention`` (as matched) one of the entries' people ('Putin'), not a place or body?"""
        return mention in self._people

    def actor_of(self, mention: str | None) -> str | None:
        """The actor a speaker mention speaks for: the code of its first gazetteer hit, or None."""
        if not mention:
            return None
        cache = self._actor_cache
        known = cache.get(mention, _MISSING)  # one lookup: another thread may clear the cache
        if known is not _MISSING:
            return known  # type: ignore[return-value]
        hits = self.find(mention)
        code = hits[0].code if hits else None
        if len(cache) >= _CACHE_SIZE:
            cache.clear()  # bounded: a long run over many texts keeps at most this many
        cache[mention] = code  # one dict store: safe to share between threads
        return code

    def name_of(self, mention: str | None) -> str | None:
        """The readable actor name of a mention's first hit ("Russia", "European Union"), or None."""
        if not mention:
            return None
        hits = self.find(mention)
        return hits[0].name if hits else None


@dataclass(frozen=True)
class SharedOffices:
    """Names of an organisation's offices that other bodies have too ('Secretary General',
    'Security Council'): right after a capitalised word of the same line that is none of
    ``modifiers`` ('Hezbollah Secretary General', 'the National Security Council') the office is
    that word's body's, so the gazetteer does not read the organisation there."""

    offices: frozenset[str]
    modifiers: frozenset[str]

    def owned(self, text: str, start: int) -> bool:
        """Does a capitalised word other than a modifier stand right before ``start``, one space
        away on the same line?"""
        if start < 2 or text[start - 1] != " ":
            return False
        k = start - 1
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        word = text[k : start - 1]
        return word[:1].isupper() and word not in self.modifiers


#: the shape of a gazetteer file, as error messages show it
_SHAPE = '{"actors": [{"code": "PFF", "name": "Pacific Fisheries Forum", "mentions": ["the Forum"]}]}'


def _rows(entries: Iterable[Mapping[str, Any]], where: str, file: str = "") -> list[dict[str, Any]]:
    """Gazetteer entries checked and copied; an error names ``where[i]`` and the field (and the
    ``file`` they were read from)."""
    rows: list[dict[str, Any]] = []
    at = f"gazetteer file {file!r}: " if file else ""
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise StanceTypeError(f"{at}'{where}[{i}]' must be an object ({_SHAPE}); got {entry!r:.80}.")
        code = entry.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            raise StanceValueError(
                f"{at}'{where}[{i}].code' must be an upper-case code such as 'RUS' (letters, "
                f"digits, _; at most 32); got {code!r}."
            )
        mentions = entry.get("mentions")
        people = entry.get("people", [])
        if (
            not isinstance(mentions, (list, tuple))
            or not isinstance(people, (list, tuple))
            or not (mentions or people)
            or not all(isinstance(m, str) and m.strip() for m in [*mentions, *people])
        ):
            raise StanceValueError(
                f"{at}'{where}[{i}].mentions' (and 'people', if given) must be lists of non-empty "
                f"strings, not both empty; got mentions={mentions!r}, people={people!r}."
            )
        name = entry.get("name") or code
        row: dict[str, Any] = {"code": code, "name": str(name), "mentions": list(mentions)}
        if people:
            row["people"] = list(people)
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once: the world's states, organisations and armed groups, then the
    codebook's actors (which win where a mention is in both)."""
    core = package_json("actors.json")["actors"]
    taken = {m for e in core for m in [*e["mentions"], *e.get("people", [])]}
    world = [
        {**e, "mentions": [m for m in e["mentions"] if m not in taken]}
        for e in (
            *_tsv_entries("states.tsv", states=True),
            *_tsv_entries("organisations.tsv", states=False),
            *_tsv_entries("groups.tsv", states=False),
        )
    ]
    # the offices of a US state ('Ohio Secretary of State') after the codebook's actors, so that
    # they win over the federal title inside them ('Secretary of State' is USA)
    return Gazetteer(
        [*core, *(e for e in world if e["mentions"]), *_subdivision_entries()], _shared_offices()
    )


def _shared_offices() -> SharedOffices:
    """The '@shared_offices' and '@office_modifiers' lines of ``organisations.tsv``."""
    lists: dict[str, frozenset[str]] = {}
    for line in _lang_file("organisations.tsv").splitlines():
        if line.startswith("@"):
            key, value = line.split("\t", 1)
            lists[key] = frozenset(form.strip() for form in value.split("|") if form.strip())
    return SharedOffices(lists["@shared_offices"], lists["@office_modifiers"])


@lru_cache(maxsize=1)
def organisation_codes() -> frozenset[str]:
    """The codes of the shipped international organisations, the UN's among them: what 'the
    agency', 'the bloc' or 'the alliance' may stand for, unlike a state."""
    return frozenset(e["code"] for e in _tsv_entries("organisations.tsv", states=False)) | {"UN"}


def _subdivision_entries() -> list[dict[str, Any]]:
    """Entries from ``subdivisions.tsv``: each state of a federation with its offices, the
    '@offices' forms with the state's name put in."""
    raw = _lang_file("subdivisions.tsv")
    offices: list[str] = []
    out = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, value = (f.strip() for f in line.split("\t", 1))
        if key == "@offices":
            offices = [form.strip() for form in value.split("|") if form.strip()]
            continue
        out.append({"code": key, "name": value, "mentions": [form.format(value) for form in offices]})
    return out


def _lang_file(name: str) -> str:
    """A shipped English resource of the gazetteer, as text."""
    folder = resources.files("stance").joinpath("data").joinpath("lang").joinpath("en")
    return folder.joinpath(name).read_text(encoding="utf-8")


def _tsv_entries(name: str, *, states: bool) -> list[dict[str, Any]]:
    """Entries from a shipped TSV: states (code, name, other names, demonyms, capitals, offices)
    or organisations (code, name, other names, offices)."""
    raw = _lang_file(name)
    out = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith(("#", "@")):
            continue
        code, name_, *lists = line.split("\t")
        mentions = [name_.strip()]
        for field in lists:
            mentions.extend(m.strip() for m in field.split("|") if m.strip())
        out.append({"code": code.strip(), "name": name_.strip(), "mentions": list(dict.fromkeys(mentions))})
    return out
