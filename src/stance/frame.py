"""Results as a pandas DataFrame: one row per statement (or per score), tidy columns.

pandas is an optional extra (``pip install "stance[pandas]"``); it is imported only when a
frame is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import StanceTypeError
from .results import LABELS, Document, Score, Statement

__all__ = ["STATEMENT_COLUMNS", "to_frame"]

#: The columns of a statement frame, in order.
STATEMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "start", "end", "text", "speaker", "speaker_mention", "actor", "kind", "cue",
    *LABELS, "labels", "blame_targets", "call_targets",
)  # fmt: skip


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "stance.to_frame needs pandas, an optional extra: pip install 'stance[pandas]'"
        ) from None
    return pandas


def _statement_row(doc_id: Any, s: Statement) -> tuple[Any, ...]:
    sc = s.score
    probs: tuple[Any, ...] = sc.proba if sc is not None else (float("nan"),) * len(LABELS)
    tail = (sc.labels, sc.blame_targets, sc.call_targets) if sc is not None else (None, None, None)
    return (
        doc_id,
        s.start,
        s.end,
        s.text,
        s.speaker,
        s.speaker_mention,
        s.actor,
        s.kind,
        s.cue,
        *probs,
        *tail,
    )


def to_frame(results: Any) -> Any:
    """A pandas DataFrame with one row per statement, or one row per score.

    Parameters
    ----------
    results : what :func:`stance.analyze` returns (one :class:`~stance.results.Document`),
        what :func:`stance.pipe` yields (an iterable of documents; consumed), a list of
        :class:`~stance.results.Statement`, or a list of :class:`~stance.results.Score` (from
        :func:`stance.score`).

    Returns
    -------
    pandas.DataFrame
        For statements, the columns :data:`STATEMENT_COLUMNS`: ``doc_id`` (the document's id;
        None for a bare list of statements), ``start``/``end`` (offsets into the document),
        ``text``, ``speaker``, ``speaker_mention``, ``actor``, ``kind``, ``cue``, one
        probability column per label (NaN when not scored), ``labels``, ``blame_targets`` and
        ``call_targets`` (tuples). For scores, the probability columns, ``labels`` and the
        targets, indexed as the scores were.

    Raises
    ------
    ImportError
        If pandas is not installed.
    StanceTypeError
        If ``results`` holds something else.

    Examples
    --------
    >>> import stance
    >>> df = stance.to_frame(stance.pipe([("a", 'Russia urged Azerbaijan to withdraw.')]))
    >>> df[["doc_id", "actor", "labels", "call_targets"]].to_dict("records")
    [{'doc_id': 'a', 'actor': 'RUS', 'labels': ('call_to_action',), 'call_targets': ('AZE',)}]
    """
    pd = _pandas()
    if isinstance(results, Score):
        results = [results]
    if isinstance(results, Document):
        docs: Iterable[Any] = [results]
    elif isinstance(results, (str, bytes)) or not isinstance(results, Iterable):
        raise StanceTypeError(
            "'results' must be a Document, Documents (from stance.pipe), Statements or Scores; "
            f"got a {type(results).__name__}."
        )
    else:
        docs = results
    rows: list[tuple[Any, ...]] = []
    scores: list[Score] = []
    for i, item in enumerate(docs):
        if isinstance(item, Document):
            rows.extend(_statement_row(item.id, s) for s in item)
        elif isinstance(item, Statement):
            rows.append(_statement_row(None, item))
        elif isinstance(item, Score):
            scores.append(item)
        else:
            raise StanceTypeError(
                f"'results[{i}]' must be a Document, a Statement or a Score; got a {type(item).__name__}."
            )
        if rows and scores:
            raise StanceTypeError("'results' mixes statements and scores; make one frame of each.")
    if scores:
        columns = [*LABELS, "labels", "blame_targets", "call_targets"]
        return pd.DataFrame(
            [(*s.proba, s.labels, s.blame_targets, s.call_targets) for s in scores], columns=columns
        )
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
