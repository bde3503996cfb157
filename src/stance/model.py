"""The stance model: TF-IDF features and one logistic regression per label, calibrated.

:class:`StanceClassifier` follows the scikit-learn estimator contract (parameters stored in
``__init__``, ``fit`` returns ``self``, learned attributes end in ``_``), so ``clone``,
``get_params``, ``Pipeline`` and ``GridSearchCV`` work with it.

How it is fitted, per label:

1. out-of-fold decision values by (grouped) cross-validation on the training data;
2. a Platt (sigmoid) calibration fitted on those out-of-fold values;
3. the decision threshold that maximises F1 on the out-of-fold calibrated probabilities;
4. the final logistic regression on all training data.

The out-of-fold figures (precision, recall, F1, expected calibration error) are kept in
``cv_report_``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold
from sklearn.utils.validation import check_is_fitted

from .errors import StanceValueError, as_texts, check_type, invalid_value
from .features import FEATURE_DEFAULTS, TfidfFeatures, check_feature_params
from .linear import LinearStance, sigmoid
from .metrics import binary_scores, label_report
from .results import LABELS

__all__ = ["StanceClassifier", "as_label_matrix", "as_texts"]


def as_label_matrix(y: Any, n: int, name: str = "y") -> np.ndarray:
    """Labels as an ``(n, 3)`` 0/1 matrix, from a matrix or from iterables of label names.

    Examples
    --------
    >>> as_label_matrix([["blame"], [], ["concern", "call_to_action"]], 3).tolist()
    [[0, 1, 0], [0, 0, 0], [1, 0, 1]]
    """
    if hasattr(y, "columns") and hasattr(y, "to_numpy"):
        # a DataFrame: its label columns by name if it has them, else its values row by row
        # (iterating a DataFrame gives its column names)
        names = [c for c in LABELS if c in y.columns]
        y = (y[names] if len(names) == len(LABELS) else y).to_numpy()
    rows = list(y)
    if len(rows) != n:
        raise StanceValueError(f"{name!r} must have one row per text ({n}); got {len(rows)} rows.")
    out = np.zeros((n, len(LABELS)), dtype=np.int64)
    for i, row in enumerate(rows):
        if isinstance(row, str):
            row = [row]
        if np.ndim(row) == 0:
            raise invalid_value(
                f"{name}[{i}]", f"three 0/1 values in the order {LABELS} or a list of label names", row
            )
        values = list(row)
        if all(isinstance(v, str) for v in values):
            for v in values:
                if v not in LABELS:
                    raise invalid_value(f"{name}[{i}]", LABELS, v)
                out[i, LABELS.index(v)] = 1
        elif len(values) == len(LABELS) and all(v in (0, 1) for v in values):
            out[i] = values
        else:
            raise invalid_value(
                f"{name}[{i}]",
                f"three 0/1 values in the order {LABELS} or a list of label names",
                row,
            )
    return out


# Both regressions are convex, so they have one optimum, and are solved close to it: with the
# solvers' default tolerance (1e-4) a difference of 1e-12 in the inputs, as another CPU's or BLAS
# build's rounding gives, moved the shipped model's weights by up to 1e-5 of their scale and
# flipped a cross-validated prediction, so retraining did not reproduce the default model on
# another machine. At 1e-8 such a difference moves them by less than 1e-7 (training takes about
# 1.5x as long).
_TOL = 1e-8


def _platt(f: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> tuple[float, float]:
    """Fit p = sigmoid(a f + b) by regularised logistic regression on one feature."""
    lr = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000, tol=_TOL)
    lr.fit(f.reshape(-1, 1), y, sample_weight=w)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _best_threshold(p: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> float:
    """The probability threshold in [0.05, 0.95] that maximises (weighted) F1 (ties: nearest
    to 0.5)."""
    w = np.ones(len(y)) if w is None else w
    pos = float(np.sum(w * (y == 1)))
    best, best_key = 0.5, (-1.0, 0.0)
    for t in np.round(np.arange(0.05, 0.951, 0.01), 2):
        pred = p >= t
        tp = float(np.sum(w * (pred & (y == 1))))
        n_pred = float(np.sum(w * pred))
        f1 = 2 * tp / (n_pred + pos) if n_pred + pos else 0.0
        key = (round(f1, 12), -abs(t - 0.5))
        if key > best_key:
            best, best_key = float(t), key
    return best


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Concern, blame and call to action: calibrated multi-label TF-IDF + logistic regression.

    Parameters
    ----------
    C : inverse regularisation strength of each label's logistic regression.
    word_ngrams, char_ngrams, min_df, stem, lexicon : the featuriser's parameters, passed to
        :class:`~stance.features.TfidfFeatures`; :func:`~stance.features.check_feature_params`
        says what each means and may be. ``stem`` is off by default: with the character
        n-grams already covering word endings it did not help in cross-validation on the
        corpus, and leaving it off keeps NLTK out of the scoring path.
    class_weight : passed to :class:`~sklearn.linear_model.LogisticRegression`.
    cv : number of cross-validation folds for calibration and thresholds.
    random_state : seed of the (ungrouped) fold shuffle.

    Examples
    --------
    >>> texts = ["We are deeply concerned by the fighting.", "It accused Baku of shelling.",
    ...          "We urge both sides to show restraint.", "The ministers met on Friday."] * 6
    >>> y = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0]] * 6
    >>> clf = StanceClassifier(cv=3, min_df=1).fit(texts, y)
    >>> clf.predict("They urged Moscow to show restraint.").tolist()
    [0, 0, 1]
    """

    def __init__(
        self,
        C: float = 4.0,
        word_ngrams: tuple[int, int] | None = FEATURE_DEFAULTS["word_ngrams"],
        char_ngrams: tuple[int, int] | None = FEATURE_DEFAULTS["char_ngrams"],
        min_df: int = FEATURE_DEFAULTS["min_df"],
        stem: bool = FEATURE_DEFAULTS["stem"],
        class_weight: str | None = "balanced",
        lexicon: float = FEATURE_DEFAULTS["lexicon"],
        cv: int = 5,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.stem = stem
        self.class_weight = class_weight
        self.lexicon = lexicon
        self.cv = cv
        self.random_state = random_state

    # -- fitting ------------------------------------------------------------------------------
    def _check_params(self) -> None:
        if not (isinstance(self.C, (int, float)) and self.C > 0):
            raise invalid_value("C", "a positive number", self.C)
        if not (isinstance(self.cv, int) and self.cv >= 2):
            raise invalid_value("cv", "an int >= 2", self.cv)
        try:
            check_feature_params(**self._feature_params())
        except ValueError as exc:
            raise StanceValueError(str(exc)) from None

    def check_params(self) -> StanceClassifier:
        """Raise :class:`~stance.errors.StanceValueError` naming the first parameter that is not
        allowed (``fit`` does this first); return ``self``."""
        self._check_params()
        return self

    def _feature_params(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FEATURE_DEFAULTS}

    def _new_features(self) -> TfidfFeatures:
        return TfidfFeatures(**self._feature_params())

    def __sklearn_tags__(self) -> Any:
        # scikit-learn >= 1.6 reads tags from here (ClassifierMixin makes it a classifier)
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # X is a sequence of texts
        tags.input_tags.one_d_array = True  # one text per row, not a 2-D array
        tags.input_tags.two_d_array = False
        tags.classifier_tags.multi_label = True  # y is (n, 3) 0/1
        return tags

    def _more_tags(self) -> dict[str, Any]:
        # scikit-learn 1.3 to 1.5 read tags from here
        return {"X_types": ["string"], "multilabel": True, "requires_y": True}

    def _new_lr(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.C,
            class_weight=self.class_weight,
            solver="liblinear",
            tol=_TOL,
            max_iter=2000,
            random_state=self.random_state,
        )

    def fit(
        self,
        X: Sequence[str],
        y: Any,
        groups: Sequence[Any] | None = None,
        sample_weight: Sequence[float] | np.ndarray | None = None,
    ) -> StanceClassifier:
        """Fit features, per-label regressions, calibration and thresholds.

        Parameters
        ----------
        X : sequence of statement texts (and, for :func:`stance.train`, the corpus' narration
            sentences, all labels 0).
        y : ``(n, 3)`` 0/1 labels in :data:`stance.results.LABELS` order, or one iterable of
            label names per text.
        groups : optional group of each text (e.g. its article id): folds never split a group.
        sample_weight : optional non-negative weight of each text, used by the regressions,
            the calibration, the thresholds and ``cv_report_`` alike (None: all 1).

        Returns
        -------
        self
        """
        self._check_params()
        texts = as_texts(X)
        Y = as_label_matrix(y, len(texts))
        W = _weights(sample_weight, len(texts))
        if len(texts) < self.cv:
            raise StanceValueError(f"'X' must hold at least cv={self.cv} texts to fit; got {len(texts)}.")
        for j, name in enumerate(LABELS):
            if Y[:, j].min() == Y[:, j].max():
                raise StanceValueError(
                    f"'y' must contain both 0 and 1 for every label; {name!r} is always "
                    f"{Y[0, j]}. Add examples of both kinds."
                )
        if groups is not None:
            groups = list(groups)
            if len(groups) != len(texts):
                raise StanceValueError(
                    f"'groups' must have one entry per text ({len(texts)}); got {len(groups)}."
                )
            n_groups = len(set(groups))
            folds = list(GroupKFold(n_splits=min(self.cv, n_groups)).split(texts, Y, groups))
        else:
            folds = list(KFold(self.cv, shuffle=True, random_state=self.random_state).split(texts))

        oof = np.zeros(Y.shape, dtype=np.float64)
        for train_idx, test_idx in folds:
            feats = self._new_features().fit([texts[i] for i in train_idx])
            F_train = feats.transform([texts[i] for i in train_idx])
            F_test = feats.transform([texts[i] for i in test_idx])
            for j in range(len(LABELS)):
                y_train = Y[train_idx, j]
                if y_train.min() == y_train.max():
                    oof[test_idx, j] = 0.0 if y_train[0] == 0 else 1.0
                    continue
                lr = self._new_lr().fit(F_train, y_train, sample_weight=W[train_idx])
                oof[test_idx, j] = lr.decision_function(F_test)

        calibration = np.zeros((len(LABELS), 2))
        thresholds = np.zeros(len(LABELS))
        proba = np.zeros(Y.shape)
        for j in range(len(LABELS)):
            a, b = _platt(oof[:, j], Y[:, j], W)
            calibration[j] = (a, b)
            proba[:, j] = sigmoid(a * oof[:, j] + b)
            thresholds[j] = _best_threshold(proba[:, j], Y[:, j], W)
        report = label_report(Y, proba, thresholds, W)
        report.update(folds=len(folds), grouped=groups is not None)

        self.features_ = self._new_features().fit(texts)
        F = self.features_.transform(texts)
        coef = np.zeros((len(LABELS), F.shape[1]))
        intercept = np.zeros(len(LABELS))
        for j in range(len(LABELS)):
            lr = self._new_lr().fit(F, Y[:, j], sample_weight=W)
            coef[j] = lr.coef_[0]
            intercept[j] = lr.intercept_[0]
        self.coef_ = coef
        self.intercept_ = intercept
        self.calibration_ = calibration
        self.thresholds_ = thresholds
        self.cv_report_ = report
        self.oof_proba_ = proba
        self.classes_ = np.array(LABELS)
        return self

    # -- prediction -----------------------------------------------------------------------------
    def _texts(self, X: str | Sequence[str]) -> tuple[list[str], bool]:
        check_is_fitted(self, ("coef_", "features_"))
        if isinstance(X, str):
            return [X], True
        return as_texts(X), False

    def linear(self) -> LinearStance:
        """The fitted arrays as a :class:`~stance.linear.LinearStance` (shared, not copied; kept
        between calls, so that its cache of analysed words is too)."""
        check_is_fitted(self, ("coef_", "features_"))
        cached: LinearStance | None = getattr(self, "_linear", None)
        if (
            cached is not None
            and cached.features is self.features_
            and cached.coef is self.coef_
            and cached.intercept is self.intercept_
            and cached.calibration is self.calibration_
            and cached.thresholds is self.thresholds_
        ):
            return cached
        linear = LinearStance(
            self.features_,
            self.coef_,
            self.intercept_,
            self.calibration_,
            self.thresholds_,
            getattr(self, "metadata_", {}),
        )
        self._linear = linear
        return linear

    def decision_function(self, X: str | Sequence[str]) -> np.ndarray:
        """Raw (uncalibrated) decision values, ``(n, 3)``; one text in gives ``(3,)``."""
        texts, single = self._texts(X)
        D = self.linear().decision_function(texts)
        return D[0] if single else D

    def predict_proba(self, X: str | Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, ``(n, 3)`` in :data:`LABELS` order; one text gives ``(3,)``."""
        texts, single = self._texts(X)
        P = self.linear().predict_proba(texts)
        return P[0] if single else P

    def predict(self, X: str | Sequence[str]) -> np.ndarray:
        """0/1 labels at the stored thresholds, ``(n, 3)``; one text gives ``(3,)``."""
        return (self.predict_proba(X) >= self.thresholds_).astype(np.int64)

    def score(self, X: Sequence[str], y: Any) -> float:
        """Macro-F1 over the three labels (what ``GridSearchCV`` maximises)."""
        texts = as_texts(X)
        Y = as_label_matrix(y, len(texts))
        P = self.predict(texts)
        return float(np.mean([binary_scores(Y[:, j], P[:, j])["f1"] for j in range(len(LABELS))]))

    def explain(self, text: str, top: int = 5) -> dict[str, dict[str, list[tuple[str, float]]]]:
        """The words and phrases of ``text`` that pushed each label up or down.

        Each word gets what its unigram and its character n-grams contribute to the label's
        decision value; a word bigram is a phrase of its own, and a stance cue's contribution is
        shared by the cue words and phrases that matched it. The contributions of all words and
        phrases add up to the decision value less the intercept. Words are shown normalised
        (lower case, folded quotes). :func:`stance.explain` gives the same with each label's
        probability and each word's share, for the default model or any other.

        Returns
        -------
        ``{label: {"up": [(word or phrase, contribution), ...], "down": [...]}}``, the ``top``
        largest each way, largest first.

        Examples
        --------
        >>> texts = ["We are deeply concerned by the fighting.", "It accused Baku of shelling.",
        ...          "We urge both sides to show restraint.", "The ministers met on Friday."] * 6
        >>> y = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0]] * 6
        >>> clf = StanceClassifier(cv=3, min_df=1).fit(texts, y)
        >>> [w for w, _ in clf.explain("They urged Moscow to show restraint.", top=2)["call_to_action"]["up"]]
        ['restraint', 'show']
        """
        check_type("text", text, str)
        if isinstance(top, bool) or not isinstance(top, int) or top < 0:
            raise invalid_value("top", "an int >= 0", top)
        check_is_fitted(self, ("coef_", "features_"))
        parts = self.features_.contributions(text, self.coef_)
        out: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for j, name in enumerate(LABELS):
            contrib = sorted(((key, float(v[j])) for key, v in parts.items()), key=lambda kv: kv[1])
            up = [kv for kv in reversed(contrib) if kv[1] > 0][:top]
            down = [kv for kv in contrib if kv[1] < 0][:top]
            out[name] = {"up": up, "down": down}
        return out

    def top_terms(self, top: int = 15) -> dict[str, list[tuple[str, float]]]:
        """The terms with the largest positive weight per label."""
        check_is_fitted(self, ("coef_", "features_"))
        out = {}
        for j, name in enumerate(LABELS):
            order = np.argsort(-self.coef_[j])[:top]
            out[name] = [(self.features_.terms_[i], float(self.coef_[j, i])) for i in order]
        return out


def _weights(sample_weight: Sequence[float] | np.ndarray | None, n: int) -> np.ndarray:
    """Sample weights as a float array of length ``n``, checked (None: all 1)."""
    if sample_weight is None:
        return np.ones(n)
    try:
        w = np.asarray(sample_weight, dtype=np.float64)
    except (TypeError, ValueError):
        raise invalid_value("sample_weight", "a sequence of non-negative numbers", sample_weight) from None
    if w.shape != (n,) or not np.all(np.isfinite(w)) or np.any(w < 0) or not np.any(w > 0):
        raise invalid_value(
            "sample_weight", f"{n} finite non-negative numbers, not all 0 (one per text)", sample_weight
        )
    return w
