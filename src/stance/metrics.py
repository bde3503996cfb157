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


def binary_scores(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """Precision, recall and F1 of one 0/1 label.

    Examples
    --------
    >>> print(binary_scores(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))["f1"])
    0.5
    """
    tp = float(np.sum((pred == 1) & (y == 1)))
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / y.sum() if y.sum() else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "support": int(y.sum())}


def expected_calibration_error(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE over equal-width probability bins: sum of |accuracy - confidence| weighted by bin size.

    Examples
    --------
    >>> p, y = np.array([0.9, 0.9, 0.1, 0.1]), np.array([1, 1, 0, 0])
    >>> print(round(expected_calibration_error(p, y), 3))
    0.1
    """
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() / len(p) * abs(float(y[m].mean()) - float(p[m].mean()))
    return total


def label_report(
    Y: np.ndarray, proba: np.ndarray, thresholds: Sequence[float] | np.ndarray
) -> dict[str, Any]:
    """Per-label precision, recall, F1, support and ECE, and macro-F1, of probabilities.

    Parameters
    ----------
    Y : ``(n, 3)`` gold 0/1 labels.
    proba : ``(n, 3)`` probabilities.
    thresholds : one decision threshold per label.
    """
    out: dict[str, Any] = {"n": len(Y), "labels": {}}
    for j, name in enumerate(LABELS):
        pred = (proba[:, j] >= thresholds[j]).astype(int)
        scores = binary_scores(Y[:, j], pred)
        scores["ece"] = expected_calibration_error(proba[:, j], Y[:, j])
        scores["threshold"] = float(thresholds[j])
        out["labels"][name] = scores
    out["macro_f1"] = float(np.mean([out["labels"][n]["f1"] for n in LABELS]))
    return out
