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
