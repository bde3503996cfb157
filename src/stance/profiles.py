"""The analyst's view: each actor's stance profile, and who blames or calls on whom.

These work on scored statements (from :func:`stance.analyze`) or on gold corpus statements,
through :func:`rows_from_statements` / :func:`rows_from_gold`, which reduce either to plain
rows ``{"actor", "text", "concern", "blame", "call_to_action", "blame_targets",
"call_targets"}`` with 0/1 labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .corpus import GoldStatement
from .errors import StanceValueError, invalid_value
from .results import LABELS, Statement

__all__ = ["actor_profiles", "rows_from_gold", "rows_from_statements", "target_matrix"]


def rows_from_statements(statements: Iterable[Statement]) -> list[dict[str, Any]]:
    """Rows of scored statements (labels are the predicted ones)."""
    rows = []
    for s in statements:
        if s.score is None:
            raise StanceValueError(
                "'statements' must be scored statements (from stance.analyze(), not segment()); "
                f"got one with score=None: {s.text[:60]!r}"
            )
        row: dict[str, Any] = {"actor": s.actor, "speaker": s.speaker, "text": s.text}
        row.update({name: int(name in s.score.labels) for name in LABELS})
        row["blame_targets"] = list(s.score.blame_targets)
        row["call_targets"] = list(s.score.call_targets)
        rows.append(row)
    return rows


def rows_from_gold(statements: Iterable[GoldStatement]) -> list[dict[str, Any]]:
    """Rows of gold corpus statements."""
    return [
        {
            "actor": s.actor,
            "speaker": s.speaker_resolved,
            "text": s.text,
            **{name: getattr(s, name) for name in LABELS},
            "blame_targets": list(s.blame_targets),
            "call_targets": list(s.call_targets),
        }
        for s in statements
    ]


def actor_profiles(
    rows: Sequence[dict[str, Any]], actors: Sequence[str] | None = None
) -> dict[str, dict[str, float]]:
    """Per actor: number of statements and the share carrying each stance.

    Examples
    --------
    >>> rows = [{"actor": "RUS", "concern": 1, "blame": 0, "call_to_action": 1},
    ...         {"actor": "RUS", "concern": 0, "blame": 1, "call_to_action": 1}]
    >>> actor_profiles(rows)["RUS"]
    {'statements': 2, 'concern': 0.5, 'blame': 0.5, 'call_to_action': 1.0}
    """
    order = list(actors) if actors is not None else sorted({r["actor"] for r in rows if r["actor"]})
    out: dict[str, dict[str, float]] = {}
    for actor in order:
        mine = [r for r in rows if r["actor"] == actor]
        out[actor] = {"statements": len(mine)}
        for name in LABELS:
            out[actor][name] = sum(r[name] for r in mine) / len(mine) if mine else 0.0
    return out


def target_matrix(
    rows: Sequence[dict[str, Any]], label: str, actors: Sequence[str]
) -> tuple[list[list[int]], dict[tuple[str, str], list[str]]]:
    """Counts of statements in which a speaker actor (row) blames / calls on a target (column).

    Parameters
    ----------
    rows : statement rows.
    label : ``"blame"`` or ``"call_to_action"``.
    actors : the actor codes, in the order of both rows and columns.

    Returns
    -------
    (matrix, cells)
        ``matrix[i][j]`` counts statements of ``actors[i]`` targeting ``actors[j]``; ``cells``
        maps ``(speaker, target)`` to the statement texts behind the count.
    """
    if label not in ("blame", "call_to_action"):
        raise invalid_value("label", ("blame", "call_to_action"), label)
    key = "blame_targets" if label == "blame" else "call_targets"
    index = {a: i for i, a in enumerate(actors)}
    matrix = [[0] * len(actors) for _ in actors]
    cells: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        if not r[label] or r["actor"] not in index:
            continue
        for target in dict.fromkeys(r[key]):
            if target in index:
                matrix[index[r["actor"]]][index[target]] += 1
                cells.setdefault((r["actor"], target), []).append(r["text"])
    return matrix, cells
