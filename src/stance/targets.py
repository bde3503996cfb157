"""Targets of blame and call to action: the actors a statement blames or calls upon.

A rule on top of the gazetteer: the actors a statement names, less the speaker's own actor;
for calls, those after the call cue (``urged Baku to ...``), or before a modal cue
(``Armenia and Azerbaijan need to ...``). Phrases such as ``the parties`` or ``both sides``
stand for the conflict parties when the caller knows them (see :func:`conflict_parties`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .actors import Gazetteer, default_gazetteer
from .errors import invalid_value

__all__ = ["conflict_parties", "find_targets"]

_MODAL = re.compile(r"^(?:need|must|should)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    doc = json.loads(resources.files("stance").joinpath("data/target_cues.json").read_text("utf-8"))

    def compile_(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)

    return compile_(doc["call"]), compile_(doc["blame"]), compile_(doc["parties"])


def conflict_parties(text: str, gazetteer: Gazetteer | None = None, top: int = 2) -> tuple[str, ...]:
    """The actors an article names most often (other than UN and OTHER): its likely parties.

    Examples
    --------
    >>> conflict_parties("Armenia and Azerbaijan clashed. Baku and Yerevan traded blame. Russia ...")
    ('ARM', 'AZE')
    """
    gaz = gazetteer or default_gazetteer()
    counts = Counter(h.code for h in gaz.find(text) if h.code not in ("UN", "OTHER"))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(sorted(code for code, n in ranked[:top] if n >= 2))


def find_targets(
    text: str,
    label: str,
    speaker_actor: str | None = None,
    parties: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
) -> tuple[str, ...]:
    """Actor codes that ``text`` blames (``label="blame"``) or calls upon (``"call_to_action"``).

    Parameters
    ----------
    text : the statement.
    label : ``"blame"`` or ``"call_to_action"``.
    speaker_actor : the speaker's own actor, never its own target.
    parties : the codes ``the parties`` / ``both sides`` stand for (empty: unresolved).
    gazetteer : the actor gazetteer (default: the shipped one).

    Examples
    --------
    >>> find_targets("The ministry urged Baku to withdraw its troops.", "call_to_action", "FRA")
    ('AZE',)
    >>> find_targets("It urged the warring sides to show restraint.", "call_to_action", "RUS",
    ...              parties=("ARM", "AZE"))
    ('ARM', 'AZE')
    """
    gaz = gazetteer or default_gazetteer()
    call_cue, blame_cue, party_phrase = _cues()
    hits = [h for h in gaz.find(text) if h.code != speaker_actor]
    if label == "call_to_action":
        cue = call_cue.search(text)
        if cue is not None:
            if _MODAL.match(cue.group(0)):
                chosen = [h for h in hits if h.end <= cue.start()]
                tail = text[: cue.start()]
            else:
                chosen = [h for h in hits if h.start >= cue.end()]
                tail = text[cue.end() :]
            hits = chosen
            if party_phrase.search(tail):
                hits_codes = [h.code for h in hits] + [p for p in parties if p != speaker_actor]
                return tuple(dict.fromkeys(hits_codes))
    elif label == "blame":
        if party_phrase.search(text) and blame_cue.search(text) and not hits:
            return tuple(p for p in parties if p != speaker_actor)
    else:
        raise invalid_value("label", ("blame", "call_to_action"), label)
    return tuple(dict.fromkeys(h.code for h in hits))
