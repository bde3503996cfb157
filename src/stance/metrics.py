"""Figures of stance predictions: precision, recall, F1 and calibration error per label.

Kept apart from the estimator so that evaluating a model needs neither
:mod:`stance.model` nor scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .results import LABELS

__all__ = ["binary_scores", "expected_calibration_error", "label_report"]


def binary_scores(
    y: np.ndarray, pred: np.ndarray, sample_weight: np.ndarray | None = None
) -> dict[str, float]:
    """Precision, recall and F1 of one 0/1 label (rows weighted by ``sample_weight`` if given).

    Examples
    --------
    >>> print(binary_scores(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))["f1"])
    0.5
    """
    if sample_weight is None:
        tp = float(np.sum((pred == 1) & (y == 1)))
        n_pred, n_pos = float(pred.sum()), float(y.sum())
    else:
        tp = float(np.sum(sample_weight * ((pred == 1) & (y == 1))))
        n_pred, n_pos = float(np.sum(sample_weight * (pred == 1))), float(np.sum(sample_weight * (y == 1)))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_pos if n_pos else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "support": int(y.sum())}


def expected_calibration_error(
    p: np.ndarray, y: np.ndarray, bins: int = 10, sample_weight: np.ndarray | None = None
) -> float:
    """ECE over equal-width probability bins: sum of |accuracy - confidence| weighted by bin size.

    Examples
    --------
    >>> p, y = np.array([0.9, 0.9, 0.1, 0.1]), np.array([1, 1, 0, 0])
    >>> print(round(expected_calibration_error(p, y), 3))
    0.1
    """
    w = np.ones(len(p)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = (idx == b) & (w > 0)
        if m.any():
            wm = w[m]
            gap = abs(float(np.average(y[m], weights=wm)) - float(np.average(p[m], weights=wm)))
            total += float(wm.sum()) / float(w.sum()) * gap
    return total


def label_report(
    Y: np.ndarray,
    proba: np.ndarray,
    thresholds: Sequence[float] | np.ndarray,
    sample_weight: np.ndarray | None = None,
) -> dict[str, Any]:
    """Per-label precision, recall, F1, support and ECE, and macro-F1, of probabilities.

    Parameters
    ----------
    Y : ``(n, 3)`` gold 0/1 labels.
    proba : ``(n, 3)`` probabilities.
    thresholds : one decision threshold per label.
    sample_weight : optional weight of each row (None: all 1); ``n`` and ``support`` stay counts.
    """
    out: dict[str, Any] = {"n": len(Y), "labels": {}}
    for j, name in enumerate(LABELS):
        pred = (proba[:, j] >= thresholds[j]).astype(int)
        scores = binary_scores(Y[:, j], pred, sample_weight)
        scores["ece"] = expected_calibration_error(proba[:, j], Y[:, j], sample_weight=sample_weight)
        scores["threshold"] = float(thresholds[j])
        out["labels"][name] = scores
    out["macro_f1"] = float(np.mean([out["labels"][n]["f1"] for n in LABELS]))
    return out
