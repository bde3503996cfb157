"""Typed, immutable results: a scored stance and a statement found in an article.

Both are frozen dataclasses with ``to_dict()``; ``Cls(**obj.to_dict()) == obj`` holds, so
results survive a round trip through JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["KINDS", "LABELS", "Score", "Statement"]

#: The three stance labels, in the order used everywhere (columns of probability arrays).
LABELS: tuple[str, str, str] = ("concern", "blame", "call_to_action")

#: How a statement is attributed in the text.
KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "according_to")


def _tuple_of_spans(value: Any) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in value)


@dataclass(frozen=True)
class Score:
    """Stance probabilities of one text, with the labels predicted at the model's thresholds.

    Attributes
    ----------
    concern, blame, call_to_action : probabilities in [0, 1].
    labels : the labels whose probability reaches the label's threshold, in :data:`LABELS` order.
    blame_targets, call_targets : actor codes the text names as blamed / called upon (only
        filled when the matching label is predicted).
    """

    concern: float
    blame: float
    call_to_action: float
    labels: tuple[str, ...] = ()
    blame_targets: tuple[str, ...] = ()
    call_targets: tuple[str, ...] = ()

    def __post_init__(self) -> None:  # lists (from JSON) become tuples, numbers floats
        for name in ("labels", "blame_targets", "call_targets"):
            value = getattr(self, name)
            if type(value) is not tuple:
                object.__setattr__(self, name, tuple(value))
        for name in LABELS:
            value = getattr(self, name)
            if type(value) is not float:
                object.__setattr__(self, name, float(value))

    def probabilities(self) -> dict[str, float]:
        """The three probabilities as a dict keyed by label."""
        return {name: getattr(self, name) for name in LABELS}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``Score(**s.to_dict()) == s``."""
        out = asdict(self)
        for name in ("labels", "blame_targets", "call_targets"):
            out[name] = list(out[name])
        return out


@dataclass(frozen=True)
class Statement:
    """A stretch of an article that the article attributes to a speaker.

    Attributes
    ----------
    text : the statement exactly as in the article: ``article[start:end] == text``.
    start, end : character offsets ``[start, end)`` into the article as given.
    speaker : the resolved speaker ("the Russian Foreign Ministry" for "It urged ..."), or None.
    speaker_mention : the speaker as written in or near this statement ("It"), or None.
    speaker_span : offsets of ``speaker_mention`` in the article, or None.
    actor : actor code of the resolved speaker (``RUS``, ``USA``, ...), or None if unknown.
    cue : the attribution cue as written ("said", "urged", "according to"), or None.
    kind : one of :data:`KINDS`.
    quotes : offsets of the quoted stretches inside the statement.
    score : the stance score, once the statement has been scored (see :func:`stance.analyze`).
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_span: tuple[int, int] | None = None
    actor: str | None = None
    cue: str | None = None
    kind: str = "indirect"
    quotes: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    score: Score | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "quotes", _tuple_of_spans(self.quotes))
        if self.speaker_span is not None:
            s, e = self.speaker_span
            object.__setattr__(self, "speaker_span", (int(s), int(e)))
        if isinstance(self.score, dict):
            object.__setattr__(self, "score", Score(**self.score))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``Statement(**s.to_dict()) == s``."""
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "actor": self.actor,
            "cue": self.cue,
            "kind": self.kind,
            "quotes": [list(q) for q in self.quotes],
            "score": self.score.to_dict() if self.score else None,
        }
        return out
