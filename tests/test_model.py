"""The estimator: scikit-learn contract, inputs and outputs, calibration report, explanations."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import synthetic
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from stance.errors import StanceTypeError, StanceValueError
from stance.metrics import expected_calibration_error
from stance.model import StanceClassifier, as_label_matrix


def test_params_clone_and_fit_returns_self() -> None:
    clf = StanceClassifier(C=2.0, char_ngrams=None)
    assert clf.get_params()["C"] == 2.0
    twin = clone(clf)
    assert twin.get_params() == clf.get_params() and twin is not clf
    clf.set_params(C=3.0)
    assert clf.C == 3.0
    texts, labels = synthetic(2)
    assert clf.set_params(min_df=1, cv=3).fit(texts, labels) is clf
    learned = [k for k in vars(clf) if k.endswith("_")]
    assert {"coef_", "intercept_", "thresholds_", "calibration_", "cv_report_", "features_"} <= set(learned)


def test_predict_before_fit_raises() -> None:
    with pytest.raises(NotFittedError):
        StanceClassifier().predict_proba(["text"])


def test_one_in_one_out(small_model) -> None:  # type: ignore[no-untyped-def]
    one = small_model.predict_proba("We call on both sides to show restraint.")
    many = small_model.predict_proba(["We call on both sides to show restraint.", "They met."])
    assert one.shape == (3,) and many.shape == (2, 3)
    np.testing.assert_allclose(one, many[0])
    assert ((many >= 0) & (many <= 1)).all()
    assert small_model.predict("We call on both sides to show restraint.").tolist() == [0, 0, 1]


def test_learns_each_label(small_model) -> None:  # type: ignore[no-untyped-def]
    pred = small_model.predict(
        [
            "Armenia is deeply concerned about the shelling.",
            "Armenia accused Baku of violating the ceasefire.",
            "Armenia urged Moscow to withdraw.",
            "The ministers met on Friday.",
        ]
    )
    assert pred.tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0]]


def test_cv_report_has_thresholds_and_calibration(small_model) -> None:  # type: ignore[no-untyped-def]
    rep = small_model.cv_report_
    assert rep["folds"] == 3 and rep["grouped"] is False
    for name in ("concern", "blame", "call_to_action"):
        r = rep["labels"][name]
        assert 0 < r["threshold"] < 1 and 0 <= r["ece"] <= 1 and 0 <= r["f1"] <= 1
        assert r["threshold"] == small_model.thresholds_[["concern", "blame", "call_to_action"].index(name)]


def test_deterministic() -> None:
    texts, labels = synthetic(2)
    a = StanceClassifier(min_df=1, cv=3).fit(texts, labels)
    b = StanceClassifier(min_df=1, cv=3).fit(texts, labels)
    assert np.array_equal(a.coef_, b.coef_) and np.array_equal(a.thresholds_, b.thresholds_)


def test_grouped_folds_never_split_a_group() -> None:
    texts, labels = synthetic(3)
    groups = [i // 4 for i in range(len(texts))]
    clf = StanceClassifier(min_df=1, cv=3).fit(texts, labels, groups=groups)
    assert clf.cv_report_["grouped"] is True


def test_pipeline_and_grid_search() -> None:
    texts, labels = synthetic(3)
    pipe = Pipeline(
        [
            ("strip", FunctionTransformer(lambda xs: [x.strip() for x in xs])),
            ("clf", StanceClassifier(min_df=1, cv=3)),
        ]
    )
    pipe.fit(texts, np.array(labels))
    assert pipe.predict(["We urge Baku to withdraw."]).shape == (1, 3)
    grid = GridSearchCV(
        StanceClassifier(min_df=1, cv=3), {"C": [1.0, 8.0]}, cv=KFold(3, shuffle=True, random_state=0)
    )
    grid.fit(texts, np.array(labels))
    assert grid.best_params_["C"] in (1.0, 8.0) and 0 <= grid.best_score_ <= 1


def test_label_formats_agree() -> None:
    names = [["concern"], [], ["blame", "call_to_action"]]
    assert as_label_matrix(names, 3).tolist() == [[1, 0, 0], [0, 0, 0], [0, 1, 1]]
    with pytest.raises(StanceValueError, match=r"'y\[0\]' must be one of"):
        as_label_matrix([["worry"]], 1)


def test_bad_inputs_have_clear_errors() -> None:
    texts, labels = synthetic(1)
    with pytest.raises(StanceValueError, match="got a single str"):
        StanceClassifier().fit("one text", [[1, 0, 0]])
    with pytest.raises(StanceValueError, match="one row per text"):
        StanceClassifier(min_df=1).fit(texts, labels[:-1])
    with pytest.raises(StanceTypeError, match=r"'X\[1\]' must be str"):
        StanceClassifier().fit(["a", 2, "c"], [[0, 0, 0]] * 3)
    with pytest.raises(StanceValueError, match="'C' must be a positive number"):
        StanceClassifier(C=-1).fit(texts, labels)
    with pytest.raises(StanceValueError, match="'concern' is always 0"):
        StanceClassifier(min_df=1, cv=2).fit(["a b", "c d", "e f"], [[0, 1, 0], [0, 0, 1], [0, 0, 0]])


def test_explain_points_at_the_cue(small_model) -> None:  # type: ignore[no-untyped-def]
    ex = small_model.explain("Russia urged Baku to withdraw its troops.", top=3)
    assert set(ex) == {"concern", "blame", "call_to_action"}
    up = [term for term, w in ex["call_to_action"]["up"]]
    assert up and all(w > 0 for _, w in ex["call_to_action"]["up"])
    assert "urged" in up


def test_explain_speaks_in_words_that_add_up_to_the_decision(small_model) -> None:  # type: ignore[no-untyped-def]
    """Every item is a word or a phrase of the text (never a char n-gram such as 'c:e '), and
    the contributions of all of them add up to the decision value less the intercept."""
    text = "Yerevan accused Baku of shelling; it urged the parties to show restraint."
    words = [
        "yerevan",
        "accused",
        "baku",
        "of",
        "shelling",
        "it",
        "urged",
        "the",
        "parties",
        "to",
        "show",
        "restraint",
    ]
    phrases = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    ex = small_model.explain(text, top=10_000)
    decision = small_model.decision_function(text) - small_model.intercept_
    for j, name in enumerate(("concern", "blame", "call_to_action")):
        items = ex[name]["up"] + ex[name]["down"]
        keys = [k for k, _ in items]
        assert set(keys) <= set(words) | phrases, set(keys) - set(words) - phrases
        assert len(keys) == len(set(keys))  # one entry per word: its char n-grams are folded in
        assert sum(v for _, v in items) == pytest.approx(decision[j], abs=1e-9)
    assert ex["blame"]["up"][0][0] in {"accused", "accused baku"}
    with pytest.raises(StanceValueError, match="'top' must be an int >= 0"):
        small_model.explain(text, top=-1)


def test_a_classifier_of_texts_to_scikit_learn() -> None:
    from sklearn.base import is_classifier
    from sklearn.utils import get_tags

    clf = StanceClassifier()
    assert is_classifier(clf)
    tags = get_tags(clf)
    assert tags.estimator_type == "classifier" and tags.input_tags.string and not tags.input_tags.two_d_array
    assert tags.classifier_tags is not None and tags.classifier_tags.multi_label
    assert tags.target_tags.required


def test_learned_attributes_end_in_an_underscore(small_model) -> None:  # type: ignore[no-untyped-def]
    """Public attributes are parameters or learned (trailing underscore), for the estimator and
    for its featuriser."""
    from stance.features import FEATURE_DEFAULTS

    for obj, params in (
        (small_model, set(small_model.get_params())),
        (small_model.features_, {*FEATURE_DEFAULTS, "cache_size"}),
    ):
        public = {k for k in vars(obj) if not k.startswith("_")}
        assert public - params, public
        assert all(k.endswith("_") for k in public - params), public - params
    assert {"terms_", "idf_", "vocabulary_", "blocks_", "cue_patterns_"} <= set(vars(small_model.features_))


def test_the_featurisers_parameters_are_declared_once() -> None:
    """The estimator's featuriser parameters are the featuriser's, with the same defaults."""
    import inspect

    from stance.features import FEATURE_DEFAULTS, TfidfFeatures

    mine = inspect.signature(StanceClassifier).parameters
    theirs = inspect.signature(TfidfFeatures).parameters
    for name, default in FEATURE_DEFAULTS.items():
        assert mine[name].default == theirs[name].default == default
    clf = StanceClassifier(char_ngrams=(1, 10**9))
    with pytest.raises(StanceValueError, match="'char_ngrams' must be None or"):
        clf.fit(*synthetic(1))


def test_expected_calibration_error() -> None:
    y = np.array([1, 0, 1, 0])
    assert expected_calibration_error(np.array([1.0, 0.0, 1.0, 0.0]), y) == 0.0
    assert expected_calibration_error(np.array([0.0, 1.0, 0.0, 1.0]), y) == pytest.approx(1.0)


def test_cue_lexicon_block() -> None:
    from stance.features import TfidfFeatures, cue_groups

    texts, _ = synthetic(1)
    with_cues = TfidfFeatures(min_df=1, lexicon=0.5).fit(texts)
    without = TfidfFeatures(min_df=1, lexicon=0.0).fit(texts)
    names = list(cue_groups().names)
    assert with_cues.terms_[-len(names) :] == names and with_cues.blocks_[2] == len(names)
    assert without.blocks_[2] == 0 and not set(names) & set(without.terms_)
    row = with_cues.transform(["We are deeply alarmed and urge restraint."])
    fired = {with_cues.terms_[i] for i in row.indices if i >= sum(with_cues.blocks_[:2])}
    assert fired == {"cue:concern:worry", "cue:call_to_action:urge"}


def test_evaluating_imports_neither_the_estimator_nor_scikit_learn(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Metrics live in stance.metrics: evaluating a saved model needs no estimator module."""
    import json
    import subprocess
    import sys

    data = tmp_path / "d.jsonl"
    rows = [{"text": "We urge restraint.", "concern": 0, "blame": 0, "call_to_action": 1}] * 3
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code = (
        "import sys; from stance.evaluate import evaluate_file; "
        f"r = evaluate_file({str(data)!r}); assert 0 <= r['macro_f1'] <= 1; "
        "print(sorted(m for m in sys.modules if m in ('stance.model', 'sklearn')))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_labels_from_a_dataframe_or_a_flat_array() -> None:
    import numpy as np
    import pandas as pd

    from stance.errors import StanceValueError
    from stance.model import as_label_matrix

    frame = pd.DataFrame({"call_to_action": [0, 0, 1], "blame": [0, 1, 0], "concern": [1, 0, 0]})
    assert as_label_matrix(frame, 3).tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    with pytest.raises(StanceValueError, match=r"'labels\[0\]' must be three 0/1 values"):
        as_label_matrix(np.array([1, 0, 1]), 3, "labels")
