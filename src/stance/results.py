"""Typed, immutable results: a scored stance, a statement found in an article, a document.

:data:`LABELS` is the one place the stance labels are listed: :class:`Score` takes one
probability per label (by keyword, or positionally in :data:`LABELS` order) and exposes each
as an attribute (``s.concern``); the API, the command line's columns, the tables and the HTML
view all iterate over :data:`LABELS`.

:class:`Score` and :class:`Statement` are immutable and have ``to_dict()``;
``Cls(**obj.to_dict()) == obj`` holds, so results survive a round trip through JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any

__all__ = ["KINDS", "LABELS", "TARGET_LABELS", "Document", "Score", "Statement"]

#: The stance labels, in the order used everywhere (columns of probability arrays, model files,
#: output columns). Adding a label means this tuple, the label's cues in
#: ``data/stance_cues.json`` and labelled examples in the corpus (see the README).
LABELS: tuple[str, ...] = ("concern", "blame", "call_to_action")

#: The labels whose targets (the actors blamed or called upon) are found, and the
#: :class:`Score` attribute that holds them.
TARGET_LABELS: dict[str, str] = {"blame": "blame_targets", "call_to_action": "call_targets"}

#: How a statement is attributed in the text.
KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "according_to")

_INDEX = {name: i for i, name in enumerate(LABELS)}
_EXTRA = ("labels", "blame_targets", "call_targets")


def _tuple_of_spans(value: Any) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in value)


def _rebuild_score(proba: tuple[float, ...], labels: tuple[str, ...], bt: tuple[str, ...],
                   ct: tuple[str, ...]) -> Score:  # fmt: skip
    return Score._make(proba, labels, bt, ct)


class Score:
    """Stance probabilities of one text, with the labels predicted at the model's thresholds.

    Build it with one probability per label of :data:`LABELS`, by keyword or positionally:
    ``Score(concern=0.9, blame=0.1, call_to_action=0.2, labels=("concern",))``.

    Attributes
    ----------
    concern, blame, call_to_action : probabilities in [0, 1] (one attribute per label of
        :data:`LABELS`).
    proba : the probabilities as a tuple in :data:`LABELS` order.
    labels : the labels whose probability reaches the label's threshold, in :data:`LABELS` order.
    blame_targets, call_targets : actor codes the text names as blamed / called upon (only
        filled when the matching label is predicted).

    Immutable, hashable and picklable; safe to share between threads.

    Examples
    --------
    >>> s = Score(0.9, 0.1, 0.2, labels=("concern",))
    >>> s.concern, s.labels
    (0.9, ('concern',))
    >>> Score(**s.to_dict()) == s
    True
    """

    __slots__ = ("blame_targets", "call_targets", "labels", "proba")

    proba: tuple[float, ...]
    labels: tuple[str, ...]
    blame_targets: tuple[str, ...]
    call_targets: tuple[str, ...]

    def __init__(
        self,
        *probabilities: float,
        labels: Iterable[str] = (),
        blame_targets: Iterable[str] = (),
        call_targets: Iterable[str] = (),
        **named: float,
    ) -> None:
        unknown = [k for k in named if k not in _INDEX]
        if unknown:
            raise TypeError(
                f"Score() got unexpected keyword argument(s) {', '.join(map(repr, unknown))}; "
                f"the probabilities are {', '.join(LABELS)}"
            )
        if probabilities and named:
            values = list(probabilities) + [None] * (len(LABELS) - len(probabilities))
            for k, v in named.items():
                if values[_INDEX[k]] is not None:
                    raise TypeError(f"Score() got multiple values for {k!r}")
                values[_INDEX[k]] = v
        elif named:
            values = [named.get(name) for name in LABELS]
        else:
            values = list(probabilities)
        if len(values) != len(LABELS) or any(v is None for v in values):
            raise TypeError(f"Score() needs one probability for each of {', '.join(LABELS)}; got {values!r}")
        self._set(
            tuple(float(v) for v in values if v is not None),
            tuple(labels),
            tuple(blame_targets),
            tuple(call_targets),
        )

    @classmethod
    def _make(
        cls, proba: tuple[float, ...], labels: tuple[str, ...], bt: tuple[str, ...], ct: tuple[str, ...]
    ) -> Score:
        """Build without checks (the scorer's fast path: values already of the right types)."""
        out = object.__new__(cls)
        out._set(proba, labels, bt, ct)
        return out

    def _set(self, proba: tuple[float, ...], labels: tuple[str, ...], bt: tuple[str, ...],
             ct: tuple[str, ...]) -> None:  # fmt: skip
        setter = object.__setattr__
        setter(self, "proba", proba)
        setter(self, "labels", labels)
        setter(self, "blame_targets", bt)
        setter(self, "call_targets", ct)

    def __getattr__(self, name: str) -> float:
        i = _INDEX.get(name)
        if i is None:
            raise AttributeError(f"'Score' object has no attribute {name!r}")
        return self.proba[i]

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_score, (self.proba, self.labels, self.blame_targets, self.call_targets))

    def _key(self) -> tuple[Any, ...]:
        return (self.proba, self.labels, self.blame_targets, self.call_targets)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Score):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        probs = ", ".join(f"{n}={p!r}" for n, p in zip(LABELS, self.proba))
        return (
            f"Score({probs}, labels={self.labels!r}, blame_targets={self.blame_targets!r}, "
            f"call_targets={self.call_targets!r})"
        )

    def probabilities(self) -> dict[str, float]:
        """The probabilities as a dict keyed by label."""
        return dict(zip(LABELS, self.proba))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``Score(**s.to_dict()) == s``."""
        out: dict[str, Any] = dict(zip(LABELS, self.proba))
        out["labels"] = list(self.labels)
        out["blame_targets"] = list(self.blame_targets)
        out["call_targets"] = list(self.call_targets)
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

    @classmethod
    def _trusted(
        cls,
        text: str,
        start: int,
        end: int,
        speaker: str | None,
        speaker_mention: str | None,
        speaker_span: tuple[int, int] | None,
        actor: str | None,
        cue: str | None,
        kind: str,
        quotes: tuple[tuple[int, int], ...],
    ) -> Statement:
        """A statement from values that already have the field types (the segmenter's, which
        builds thousands per article): no conversion, and one store of all the fields in place
        of a frozen dataclass's store per field (about 4x faster). Equal to ``Statement(...)``
        of the same values."""
        st = object.__new__(cls)
        st.__dict__.update(
            text=text,
            start=start,
            end=end,
            speaker=speaker,
            speaker_mention=speaker_mention,
            speaker_span=speaker_span,
            actor=actor,
            cue=cue,
            kind=kind,
            quotes=quotes,
            score=None,
        )
        return st

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


class Document(list[Statement]):
    """The statements of one article, in order, with the article's text and id.

    What :func:`stance.analyze` returns and :func:`stance.pipe` yields. It is a ``list`` of
    :class:`Statement` (index, slice, iterate, compare with a list as before) that also knows
    its ``text`` and ``id``, shows itself highlighted in a notebook (``_repr_html_``) and turns
    into a DataFrame (:meth:`to_frame`). Like any list it is not safe to mutate from several
    threads at once; reading it is.

    Attributes
    ----------
    text : the article the offsets index.
    id : the document's id (:func:`stance.pipe` sets it; None from :func:`stance.analyze`).
    """

    def __init__(self, statements: Iterable[Statement] = (), text: str = "", id: Any = None) -> None:
        super().__init__(statements)
        self.text = text
        self.id = id

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, {len(self)} statements, {len(self.text)} characters)"

    def to_frame(self) -> Any:
        """One row per statement as a pandas DataFrame (see :func:`stance.to_frame`)."""
        from .frame import to_frame

        return to_frame(self)

    def to_html(self) -> str:
        """The article with each statement highlighted, as a self-contained HTML page."""
        from .display import render

        return render(self)

    def _repr_html_(self) -> str:
        from .display import render

        return render(self, page=False)
