"""The training recipe: statements plus narration negatives, and sample weights in the fit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import synthetic

from stance.api import training_rows
from stance.corpus import load
from stance.errors import StanceValueError
from stance.metrics import binary_scores, expected_calibration_error
from stance.model import StanceClassifier


def test_training_rows_append_narration_as_weighted_negatives(tiny_corpus: Path) -> None:
    c = load(tiny_corpus)
    texts, labels, groups, weights, n = training_rows(c, 0.5)
    assert n == 1 and texts[-1] == "Troops moved on Friday."
    assert labels[-1] == (0, 0, 0) and groups[-1] == "a1" and weights == [1.0, 1.0, 0.5]
    texts, labels, groups, weights, n = training_rows(c, 0)
    assert n == 0 and len(texts) == len(c.statements) == len(weights)


@pytest.mark.parametrize("bad", [-1, "1", True, float("nan")])
def test_training_rows_reject_a_bad_weight(tiny_corpus: Path, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StanceValueError, match="'narration' must be"):
        training_rows(load(tiny_corpus), bad)


def test_weighted_scores_equal_repeated_rows() -> None:
    y = np.array([1, 0, 1, 0, 1, 0])
    pred = np.array([1, 1, 0, 0, 1, 1])
    w = np.array([2.0, 1.0, 1.0, 3.0, 1.0, 2.0])
    rep = np.repeat(np.arange(6), w.astype(int))
    assert binary_scores(y, pred, w)["f1"] == pytest.approx(binary_scores(y[rep], pred[rep])["f1"])
    p = np.array([0.9, 0.8, 0.2, 0.1, 0.7, 0.6])
    assert expected_calibration_error(p, y, sample_weight=w) == pytest.approx(
        expected_calibration_error(p[rep], y[rep])
    )


def test_sample_weight_changes_the_fit_and_is_checked() -> None:
    texts, labels = synthetic(3)
    plain = StanceClassifier(cv=3, min_df=1).fit(texts, labels)
    ones = StanceClassifier(cv=3, min_df=1).fit(texts, labels, sample_weight=[1.0] * len(texts))
    assert np.allclose(plain.coef_, ones.coef_) and np.allclose(plain.thresholds_, ones.thresholds_)
    # heavy weight on the statements without stance pulls every label's intercept down
    w = [5.0 if not any(row) else 1.0 for row in labels]
    heavy = StanceClassifier(cv=3, min_df=1).fit(texts, labels, sample_weight=w)
    assert np.all(heavy.intercept_ < plain.intercept_)
    for bad in ([1.0] * 3, [-1.0] * len(texts), [0.0] * len(texts), ["x"] * len(texts)):
        with pytest.raises(StanceValueError, match="'sample_weight' must be"):
            StanceClassifier(cv=3, min_df=1).fit(texts, labels, sample_weight=bad)


def _relative_gradient(F, y: np.ndarray, w: np.ndarray, coef: np.ndarray, b: float, C: float) -> float:  # type: ignore[no-untyped-def]
    """|grad| / |grad at 0| of liblinear's L2-regularised logistic loss (the intercept is a
    weight on a constant feature 1, regularised too), with balanced class weights."""
    s = np.where(y == 1, 1.0, -1.0)
    cw = np.where(y == 1, len(y) / (2 * y.sum()), len(y) / (2 * (len(y) - y.sum())))
    sw = C * w * cw

    def grad(wv: np.ndarray, bv: float) -> np.ndarray:
        z = F @ wv + bv
        r = sw * (1 / (1 + np.exp(-s * z)) - 1) * s
        return np.concatenate([wv + F.T @ r, [bv + r.sum()]])

    return float(np.linalg.norm(grad(coef, b)) / np.linalg.norm(grad(np.zeros_like(coef), 0.0)))


def test_the_regressions_are_solved_to_their_optimum_so_retraining_reproduces_across_machines() -> None:
    # With the solver's default tolerance the weights stopped about 1e-5 short of the optimum,
    # and a rounding difference of 1e-12 in the features (another CPU's) moved the default
    # model's weights by 1e-4: retraining did not reproduce it on another machine. The
    # optimum is unique (the loss is convex), so a fit near it is the same fit everywhere.
    texts, labels = synthetic(6)
    clf = StanceClassifier(cv=3, min_df=1).fit(texts, labels)
    F = clf.features_.transform(texts)
    Y = np.array(labels)
    for j in range(3):
        g = _relative_gradient(F, Y[:, j], np.ones(len(texts)), clf.coef_[j], clf.intercept_[j], clf.C)
        assert g < 1e-7, (j, g)
