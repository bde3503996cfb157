"""Scoring with a fitted stance model's arrays, with no scikit-learn import.

:class:`LinearStance` holds what a fitted :class:`~stance.model.StanceClassifier` learned (the
featuriser, coefficients, intercepts, calibration and thresholds) and computes calibrated
probabilities from them. The estimator delegates its predictions to it, and
:func:`stance.score` / :func:`stance.analyze` use it directly, so scoring a text needs numpy
and the featuriser but neither scikit-learn nor scipy (whose imports take about a second).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .errors import invalid_value
from .features import Projection, TfidfFeatures
from .results import LABELS

__all__ = ["LinearStance", "resolve_thresholds", "sigmoid"]


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function, clipped against overflow."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


@dataclass
class LinearStance:
    """The fitted arrays of a stance model, and the scoring done with them.

    Attributes
    ----------
    features : the fitted featuriser.
    coef : ``(3, n_terms)`` coefficients; ``intercept``: ``(3,)``.
    calibration : ``(3, 2)`` Platt parameters ``(a, b)``: ``p = sigmoid(a * decision + b)``.
    thresholds : ``(3,)`` decision thresholds on the calibrated probabilities.
    metadata : what the model file says about its training (corpus hash, versions, figures).

    Scoring is safe from many threads at once (see :mod:`stance.features`).
    """

    features: TfidfFeatures
    coef: np.ndarray
    intercept: np.ndarray
    calibration: np.ndarray
    thresholds: np.ndarray
    metadata: dict[str, Any] = field(default_factory=dict)
    _projection: Projection | None = field(default=None, init=False, repr=False, compare=False)

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Raw decision values, ``(n, 3)``."""
        if self._projection is None:
            self._projection = Projection(self.features, self.coef)
        return self._projection(texts) + self.intercept

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, ``(n, 3)``."""
        D = self.decision_function(texts)
        return sigmoid(self.calibration[:, 0] * D + self.calibration[:, 1])


def resolve_thresholds(thresholds: np.ndarray, threshold: float | Mapping[str, float] | None) -> np.ndarray:
    """A model's per-label ``thresholds`` with a user's override applied.

    ``threshold`` is None (keep them), one number in [0, 1] for every label, or a mapping
    ``{label: number}`` for some labels.

    Examples
    --------
    >>> resolve_thresholds(np.array([0.4, 0.5, 0.6]), {"blame": 0.2}).tolist()
    [0.4, 0.2, 0.6]
    """
    t = np.array(thresholds, dtype=np.float64)
    if threshold is None:
        return t
    if isinstance(threshold, Mapping):
        for name, value in threshold.items():
            if name not in LABELS:
                raise invalid_value("threshold", f"a float or a mapping with keys among {LABELS}", name)
            t[LABELS.index(name)] = _check_unit("threshold", value)
        return t
    return np.full(len(LABELS), _check_unit("threshold", threshold))


def _check_unit(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise invalid_value(name, "a number in [0, 1]", value)
    return float(value)
