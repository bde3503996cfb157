"""Targets of blame and call to action: the actors a statement blames or calls upon.

A rule on top of the gazetteer: the actors a statement names, less the speaker's own actor;
for calls, those after the call cue (``urged Baku to ...``), or before a modal cue
(``Armenia and Azerbaijan need to ...``). Phrases such as ``the parties`` or ``both sides``
stand for the conflict parties when the caller knows them (see :func:`conflict_parties`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ._data import package_json
from .actors import ActorMatch, Gazetteer, default_gazetteer
from .errors import invalid_value

__all__ = ["conflict_parties", "find_targets"]

_MODAL = re.compile(r"^(?:need|must|should)", re.IGNORECASE)
# A mention right after one of these is a place, not a party ("withdraw from Ukraine").
_LOCATIVE = re.compile(
    r"\b(?:in|into|to|from|around|across|near|inside|within|throughout|territory of|parts of|"
    r"the (?:south|north|east|west) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The addressee of a call ends where the requested act begins.
_ACT = re.compile(r"\s(?:to|not to|that|for)\s|[,;:]")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(package_json("target_cues.json").get("places", []))


_Cues = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]


@lru_cache(maxsize=1)
def _cues() -> tuple[_Cues, _Cues]:
    """The call, blame and party cues: for lower-cased ASCII text (case-sensitive, with a
    first-letter check; about 2.5 times faster) and for any text (ignoring case)."""
    doc = package_json("target_cues.json")

    def compile_(words: list[str], flags: int) -> re.Pattern[str]:
        first = "" if flags else "(?=[" + "".join(sorted({w[0] for w in words})) + "])"
        return re.compile(first + r"\b(?:" + "|".join(words) + r")\b", flags)

    keys = ("call", "blame", "parties")
    folded = tuple(compile_([w.lower() for w in doc[k]], 0) for k in keys)
    any_case = tuple(compile_(doc[k], re.IGNORECASE) for k in keys)
    return (folded[0], folded[1], folded[2]), (any_case[0], any_case[1], any_case[2])


def conflict_parties(
    text: str,
    gazetteer: Gazetteer | None = None,
    top: int = 3,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[str, ...]:
    """The actors an article names most often (other than UN and OTHER), most named first.

    ``find_targets`` takes the first two of them that are not the speaker as "the parties".
    Mentions inside the ``skip`` spans (the speakers' own mentions) are not counted: parties are
    who an article talks about, not who talks.

    Examples
    --------
    >>> conflict_parties("Armenia and Azerbaijan clashed. Baku and Yerevan traded blame. Russia ...")
    ('ARM', 'AZE')
    """
    gaz = gazetteer or default_gazetteer()
    places = _places()
    starts, ends = _merged(skip)
    counts = Counter(
        h.code
        for h in gaz.find(text)
        if h.code not in ("UN", "OTHER") and h.mention not in places and not _inside(h.start, starts, ends)
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(code for code, n in ranked[:top] if n >= 2)


def _merged(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of ``[a, b)`` spans as sorted, disjoint starts and ends (empty spans dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted((a, b) for a, b in spans if a < b):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``pos`` lies in one of the merged spans (a binary search: O(log n))."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def find_targets(
    text: str,
    label: str,
    speaker_actor: str | None = None,
    parties: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    *,
    mentions: Sequence[ActorMatch] | None = None,
) -> tuple[str, ...]:
    """Actor codes that ``text`` blames (``label="blame"``) or calls upon (``"call_to_action"``).

    Parameters
    ----------
    text : the statement.
    label : ``"blame"`` or ``"call_to_action"``.
    speaker_actor : the speaker's own actor, never its own target.
    parties : the codes ``the parties`` / ``both sides`` stand for (empty: unresolved).
    gazetteer : the actor gazetteer (default: the shipped one).
    mentions : ``gazetteer.find(text)``, when the caller has it already (scoring both labels).

    Examples
    --------
    >>> find_targets("The ministry urged Baku to withdraw its troops.", "call_to_action", "FRA")
    ('AZE',)
    >>> find_targets("It urged the warring sides to show restraint.", "call_to_action", "RUS",
    ...              parties=("ARM", "AZE"))
    ('ARM', 'AZE')
    """
    if label not in ("blame", "call_to_action"):
        raise invalid_value("label", ("blame", "call_to_action"), label)
    gaz = gazetteer or default_gazetteer()
    places = _places()
    found = gaz.find(text) if mentions is None else mentions
    hits = [h for h in found if h.code != speaker_actor and h.mention not in places]
    if label == "call_to_action":  # an addressee is never a place ("withdraw from Ukraine")
        # only the last 64 characters before a mention can hold its preposition (the pattern
        # still sees the text before the window, so word boundaries are not cut)
        hits = [h for h in hits if not _LOCATIVE.search(text, max(0, h.start - 64), h.start)]
    parties = [p for p in parties if p != speaker_actor][:2]
    if not hits and not parties:  # nobody to name: every rule below would return ()
        return ()
    folded, any_case = _cues()
    # lower-casing keeps offsets only for ASCII text; other text is matched ignoring case
    ascii_ = text.isascii()
    subject = text.lower() if ascii_ else text
    call_cue, blame_cue, party_phrase = folded if ascii_ else any_case
    if label == "call_to_action":
        cue = call_cue.search(subject)
        if cue is not None:
            if _MODAL.match(cue.group(0)):
                chosen = [h for h in hits if h.end <= cue.start()]
                tail = subject[: cue.start()]
            else:
                act = _ACT.search(text, cue.end())
                stop = act.start() if act is not None else len(text)
                addressee = [h for h in hits if cue.end() <= h.start < stop]
                chosen = addressee or [h for h in hits if h.start >= cue.end()]
                tail = subject[cue.end() : stop] if addressee or act is None else subject[cue.end() :]
            hits = chosen
            if party_phrase.search(tail):
                hits_codes = [h.code for h in hits] + list(parties)
                return tuple(dict.fromkeys(hits_codes))
    else:
        cue = blame_cue.search(subject)
        if cue is not None:
            after = [h for h in hits if h.start >= cue.end()]
            if after:  # "Baku accused Yerevan of ...": the accused follow the cue
                hits = after
        if party_phrase.search(subject) and cue is not None and not hits:
            return tuple(parties)
    return tuple(dict.fromkeys(h.code for h in hits))
