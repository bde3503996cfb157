"""``stance.explain``: a text's stance explained at the top level, in units a reader can use
(each label's probability and threshold, each word's share of what moved the label)."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import stance
from stance.errors import StanceTypeError, StanceValueError

CALL = "The foreign minister urged Baku and Yerevan to pull back their troops from the line."
BLAME = "Ministry spokesman Tomas Rellen accused Baku of shelling villages near the border."


def test_explain_is_a_top_level_function_with_the_default_model() -> None:
    ex = stance.explain(CALL)
    assert set(ex) == set(stance.LABELS)
    s = stance.score(CALL)
    for name in stance.LABELS:
        row = ex[name]
        assert set(row) == {"probability", "threshold", "predicted", "decision", "intercept", "up", "down"}
        # the probability is the one score() gives, and "predicted" is score()'s label set
        assert row["probability"] == pytest.approx(getattr(s, name), abs=1e-12)
        assert row["predicted"] == (name in s.labels)
        assert 0.0 <= row["threshold"] <= 1.0
        assert len(row["up"]) <= 5 and len(row["down"]) <= 5
    assert ex["call_to_action"]["predicted"]
    assert "urged" in [w for w, _ in ex["call_to_action"]["up"]]


def test_shares_are_the_contributions_over_all_that_moved_the_label(small_model) -> None:  # type: ignore[no-untyped-def]
    """Each word's share is its raw contribution (the model's explain) divided by the sum of the
    sizes of all contributions; the shares of all words make 1 in absolute value, and the
    decision is the intercept plus the contributions."""
    ex = stance.explain(BLAME, model=small_model, top=10_000)
    raw = small_model.explain(BLAME, top=10_000)
    decision = small_model.decision_function(BLAME)
    proba = small_model.predict_proba(BLAME)
    for j, name in enumerate(stance.LABELS):
        row = ex[name]
        values = dict(raw[name]["up"] + raw[name]["down"])
        mass = sum(abs(v) for v in values.values())
        shares = dict(row["up"] + row["down"])
        assert set(shares) == set(values)
        for word, share in shares.items():
            assert share == pytest.approx(values[word] / mass, abs=1e-12)
        assert sum(abs(v) for v in shares.values()) == pytest.approx(1.0, abs=1e-9)
        assert all(v > 0 for _, v in row["up"]) and all(v < 0 for _, v in row["down"])
        assert [v for _, v in row["up"]] == sorted((v for _, v in row["up"]), reverse=True)
        assert row["decision"] == pytest.approx(decision[j], abs=1e-9)
        assert row["intercept"] == pytest.approx(small_model.intercept_[j], abs=1e-12)
        assert row["decision"] - row["intercept"] == pytest.approx(sum(values.values()), abs=1e-9)
        assert row["probability"] == pytest.approx(proba[j], abs=1e-12)


def test_top_and_threshold(small_model) -> None:  # type: ignore[no-untyped-def]
    one = stance.explain(BLAME, model=small_model, top=1)
    assert all(len(one[n]["up"]) <= 1 and len(one[n]["down"]) <= 1 for n in stance.LABELS)
    none = stance.explain(BLAME, model=small_model, top=0)
    assert all(none[n]["up"] == [] and none[n]["down"] == [] for n in stance.LABELS)
    low = stance.explain(BLAME, model=small_model, threshold=0.0)
    high = stance.explain(BLAME, model=small_model, threshold={"blame": 1.0})
    assert all(low[n]["predicted"] and low[n]["threshold"] == 0.0 for n in stance.LABELS)
    assert high["blame"]["threshold"] == 1.0 and not high["blame"]["predicted"]


def test_a_saved_model_by_path(saved: Path, small_model) -> None:  # type: ignore[no-untyped-def]
    by_path = stance.explain(CALL, model=saved)
    in_memory = stance.explain(CALL, model=small_model)
    for name in stance.LABELS:
        assert by_path[name]["probability"] == pytest.approx(in_memory[name]["probability"], abs=1e-12)
        assert [w for w, _ in by_path[name]["up"]] == [w for w, _ in in_memory[name]["up"]]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(StanceValueError, match="'top' must be an int >= 0"):
        stance.explain(CALL, top=-1)
    with pytest.raises(StanceValueError, match="'top' must be an int >= 0"):
        stance.explain(CALL, top=True)
    with pytest.raises(StanceTypeError, match="'text'"):
        stance.explain([CALL])  # type: ignore[arg-type]
    with pytest.raises(StanceTypeError, match="Read the file first"):
        stance.explain(Path("statement.txt"))  # type: ignore[arg-type]


def test_explain_from_many_threads_gives_the_serial_answers() -> None:
    texts = [CALL, BLAME, "We are deeply alarmed by the rising tensions, the envoy Mira Casten said."] * 8
    serial = [stance.explain(t, top=3) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: stance.explain(t, top=3), texts))
    assert threaded == serial


def test_explain_imports_no_scikit_learn() -> None:
    code = (
        "import stance, sys; stance.explain('We urge calm.'); "
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
