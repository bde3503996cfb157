"""The public API on the embedded default model: score, analyze, load, train."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

import stance
from stance.corpus import load as load_corpus
from stance.errors import StanceTypeError, StanceValueError
from stance.results import LABELS, Score


def test_import_stays_light() -> None:
    code = "import stance, sys; print(sorted(m for m in ('sklearn', 'numpy', 'nltk') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_scoring_with_the_default_model_needs_only_numpy() -> None:
    """The first score stays well under a second: no NLTK, scikit-learn or scipy import."""
    code = (
        "import stance, sys; stance.score('We urge restraint.'); "
        "print(sorted(m for m in ('sklearn', 'scipy', 'nltk') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_score_one_and_many() -> None:
    texts = [
        "We are deeply alarmed by the shelling of civilians.",
        "The ministry accused Baku of violating the ceasefire.",
        "We call on both sides to return to negotiations.",
        "The ministers met in Geneva on Friday.",
    ]
    one = stance.score(texts[0])
    many = stance.score(texts)
    assert isinstance(one, Score) and isinstance(many, list) and len(many) == 4
    assert one == many[0]
    # the concern sentence also draws blame above its threshold (a known weakness, see README)
    assert "concern" in many[0].labels and "call_to_action" not in many[0].labels
    assert [s.labels for s in many[1:]] == [("blame",), ("call_to_action",), ()]
    for s in many:
        assert all(0.0 <= p <= 1.0 for p in s.probabilities().values())
        assert Score(**s.to_dict()) == s
        assert json.loads(json.dumps(s.to_dict())) == s.to_dict()
    assert many[1].blame_targets == ("AZE",)


def test_labels_follow_thresholds() -> None:
    text = "We urge Moscow to withdraw its troops."
    assert stance.score(text, threshold=0.0).labels == LABELS
    s = stance.score(text, threshold={"call_to_action": 1.0})
    assert "call_to_action" not in s.labels or s.call_to_action == 1.0


def test_score_rejects_bad_input() -> None:
    with pytest.raises(StanceTypeError, match=r"'texts\[1\]' must be str"):
        stance.score(["fine", None])  # type: ignore[list-item]
    with pytest.raises(StanceValueError, match="'threshold' must be a number in"):
        stance.score("x", threshold=1.5)
    with pytest.raises(StanceValueError, match="'threshold' must be a float or a mapping"):
        stance.score("x", threshold={"worry": 0.5})
    with pytest.raises(StanceTypeError, match="'model' must be StanceClassifier"):
        stance.score("x", model=42)  # type: ignore[arg-type]
    assert stance.score([]) == []


def test_analyze_seed_article() -> None:
    corpus = load_corpus()
    text = corpus.article("seed-000").text
    statements = stance.analyze(text)
    assert statements and all(s.score is not None for s in statements)
    for s in statements:
        assert text[s.start : s.end] == s.text
        assert type(s)(**s.to_dict()) == s
    first = statements[0]
    assert first.actor == "RUS" and first.text.startswith("Russia has accused Azerbaijan")
    assert "blame" in first.score.labels and first.score.blame_targets == ("AZE",)
    assert stance.analyze("") == []


def test_default_model_is_built_from_the_shipped_corpus() -> None:
    model = stance.load()
    assert model is stance.load()  # loaded once
    meta = model.metadata_
    assert meta["corpus_sha256"] == load_corpus().fingerprint()
    assert set(meta["versions"]) >= {"stance", "scikit-learn", "numpy", "nltk"}
    for key in ("test_report", "seed_report"):
        assert set(meta[key]["labels"]) == set(LABELS)
    assert all(0 < t < 1 for t in model.thresholds_)


def test_retraining_reproduces_the_default_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shipped = stance.load()
    model = stance.train(out=tmp_path / "m")
    test = load_corpus().subset(split="test").texts()
    from stance.api import default_model_path
    from stance.persist import model_differences

    # numbers within 1e-6 relative (other CPUs and BLAS move weights by ~1e-8); vocabulary, cue
    # lexicon, parameters and metadata exactly, except the library versions
    assert model_differences(tmp_path / "m", default_model_path()) == []
    np.testing.assert_allclose(model.predict_proba(test), shipped.predict_proba(test), atol=1e-6)
