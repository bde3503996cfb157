"""Scoring and training cost of stance's model, next to a plain scikit-learn pipeline.

Usage: python benchmarks/score_speed.py [--n 20000] [--repeats 5] [--single 2000]

Measured in one run, each part in a fresh process (so that its peak memory is its own), on
one core:

- stance: the embedded default model. Batch: statements per second scoring --n statements (the
  corpus statements, repeated) in one call, each run on a freshly loaded model, so the analysis
  of every distinct word is timed too; median, best and worst of --repeats runs (shared machines
  vary by +-15% run to run). One at a time: p50 and p99 latency of --single calls of
  ``stance.score(text)``. Training: seconds of ``StanceClassifier().fit`` on the train split
  (5-fold cross-validation for calibration and thresholds, then the final fit: six fits).
- scikit-learn: ``TfidfVectorizer`` (word 1-2-grams + char_wb 2-5-grams, min_df=2, in a
  ``FeatureUnion``) + one ``LogisticRegression`` per label (liblinear, C=4, balanced), the same
  features and learner without calibration or cue lexicon; one fit. Batch and one at a time
  as above, through ``predict_proba``.
- Peak memory: the peak resident set size of each process (scoring: load + batch + single
  calls; training: corpus + fit).
- Test-split macro-F1 of each, for context (stance at its thresholds, scikit-learn at 0.5).

Also the wall time of ``python -c "import stance; stance.score('...')"`` in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _latencies(fn: Any, texts: list[str]) -> tuple[float, float]:
    times = []
    for text in texts:
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2] * 1e3, times[min(len(times) - 1, int(len(times) * 0.99))] * 1e3


def _batch(n: int) -> list[str]:
    from stance.corpus import load

    texts = load().texts()
    return (texts * (n // len(texts) + 1))[:n]


def _macro_f1(Y: Any, P: Any) -> float:
    from stance.metrics import binary_scores

    return sum(binary_scores(Y[:, j], P[:, j])["f1"] for j in range(Y.shape[1])) / Y.shape[1]


def _figures(rates: list[float], p50: float, p99: float, proba: Any, thresholds: Any) -> dict[str, Any]:
    """A runner's result: its rates, latencies, test-split macro-F1 and peak memory."""
    import numpy as np

    from stance.corpus import load

    test = load().subset(split="test")
    Y = np.array(test.label_matrix())
    P = (np.asarray(proba(test.texts())) >= thresholds).astype(int)
    f1 = _macro_f1(Y, P)
    return {"rates": rates, "p50_ms": p50, "p99_ms": p99, "test_macro_f1": f1, "peak_mb": _peak_mb()}


def stance_score(args: argparse.Namespace) -> dict[str, Any]:

    import stance
    from stance.api import default_model_path
    from stance.persist import load_linear

    batch = _batch(args.n)
    rates = []
    for _ in range(args.repeats):
        model, _ = load_linear(default_model_path())  # a fresh model: no word analysed yet
        stance.score(batch[:100], model=model)  # the first call's one-off costs
        t0 = time.perf_counter()
        stance.score(batch, model=model)
        rates.append(len(batch) / (time.perf_counter() - t0))
    model, _ = load_linear(default_model_path())
    p50, p99 = _latencies(lambda t: stance.score(t, model=model), batch[: args.single])
    return _figures(rates, p50, p99, model.predict_proba, model.thresholds)


def stance_train(args: argparse.Namespace) -> dict[str, Any]:
    from stance.corpus import load
    from stance.model import StanceClassifier

    train = load().subset(split="train")
    t0 = time.perf_counter()
    StanceClassifier().fit(train.texts(), train.label_matrix(), groups=train.groups())
    return {"train_s": time.perf_counter() - t0, "n": len(train.texts()), "peak_mb": _peak_mb()}


def _pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, make_pipeline

    return make_pipeline(
        FeatureUnion(
            [
                ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2)),
                ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2)),
            ]
        ),
        OneVsRestClassifier(LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear")),
    )


def sklearn_train(args: argparse.Namespace) -> dict[str, Any]:
    import joblib
    import numpy as np

    from stance.corpus import load

    train = load().subset(split="train")
    pipe = _pipeline()
    t0 = time.perf_counter()
    pipe.fit(train.texts(), np.array(train.label_matrix()))
    seconds = time.perf_counter() - t0
    joblib.dump(pipe, args.pipeline)
    return {"train_s": seconds, "n": len(train.texts()), "peak_mb": _peak_mb()}


def sklearn_score(args: argparse.Namespace) -> dict[str, Any]:
    import joblib


    batch = _batch(args.n)
    rates = []
    for _ in range(args.repeats):
        pipe = joblib.load(args.pipeline)
        pipe.predict_proba(batch[:100])
        t0 = time.perf_counter()
        pipe.predict_proba(batch)
        rates.append(len(batch) / (time.perf_counter() - t0))
    p50, p99 = _latencies(lambda t: pipe.predict_proba([t]), batch[: args.single])
    return _figures(rates, p50, p99, pipe.predict_proba, 0.5)


WORKERS = {
    "stance-score": stance_score,
    "stance-train": stance_train,
    "sklearn-train": sklearn_train,
    "sklearn-score": sklearn_score,
}


def _run(worker: str, args: argparse.Namespace, pipeline: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", worker, "--pipeline", pipeline]
    cmd += ["--n", str(args.n), "--repeats", str(args.repeats), "--single", str(args.single)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _rates(r: dict[str, Any]) -> str:
    rates = sorted(r["rates"])
    return f"median {rates[len(rates) // 2]:,.0f}, best {rates[-1]:,.0f}, worst {rates[0]:,.0f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--single", type=int, default=2000, help="calls timed one text at a time")
    ap.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    ap.add_argument("--pipeline", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = os.path.join(tmp, "pipeline.joblib")
        results = {
            w: _run(w, args, pipeline)
            for w in ("stance-train", "stance-score", "sklearn-train", "sklearn-score")
        }
    ours, theirs = results["stance-score"], results["sklearn-score"]
    print(
        f"score: {args.n} statements (every word new to the model), {args.repeats} runs: "
        f"{_rates(ours)} statements/s"
    )
    print(f"  scikit-learn pipeline, same batch: {_rates(theirs)} statements/s")
    print(
        f"one at a time ({args.single} calls): "
        f"stance p50 {ours['p50_ms']:.2f} ms, p99 {ours['p99_ms']:.2f} ms; "
        f"scikit-learn p50 {theirs['p50_ms']:.2f} ms, p99 {theirs['p99_ms']:.2f} ms"
    )
    ts, tk = results["stance-train"], results["sklearn-train"]
    print(
        f"training on {ts['n']} statements: stance {ts['train_s']:.1f} s (5-fold calibration + final fit); "
        f"scikit-learn {tk['train_s']:.1f} s (one fit)"
    )
    print(
        f"peak memory (RSS): "
        f"scoring stance {ours['peak_mb']:.0f} MB, scikit-learn {theirs['peak_mb']:.0f} MB; "
        f"training stance {ts['peak_mb']:.0f} MB, scikit-learn {tk['peak_mb']:.0f} MB"
    )
    print(
        f"test-split macro-F1: stance {ours['test_macro_f1']:.3f} (its thresholds), "
        f"scikit-learn {theirs['test_macro_f1']:.3f} (0.5)"
    )
    cold = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "import stance; stance.score('We urge restraint.')"], check=True
        )
        cold.append(time.perf_counter() - t0)
    print(f"first call: python -c \"import stance; stance.score('...')\" best of 3: {min(cold):.2f} s")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import stance"], check=True)
    print(f"import stance alone: {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
