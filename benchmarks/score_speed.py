"""Scoring throughput of the embedded default model, and the cost of a first call.

Usage: python benchmarks/score_speed.py [--n 20000] [--repeats 5]
Prints statements per second scored in one batch on one core (the corpus statements, repeated
to --n; each run on a freshly loaded model, so the analysis of every distinct word is timed
too), as median, best and worst over the runs (shared machines vary by +-15% run to run), and
the wall time of `python -c "import stance; stance.score('...')"` in a fresh
interpreter (import, model load and one score).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    import stance
    from stance.api import default_model_path
    from stance.corpus import load
    from stance.persist import load_linear

    texts = load().texts()
    batch = (texts * (args.n // len(texts) + 1))[: args.n]
    rates = []
    for _ in range(args.repeats):
        model, _ = load_linear(default_model_path())  # a fresh model: no word analysed yet
        stance.score(batch[:100], model=model)  # the first call's one-off costs
        t0 = time.perf_counter()
        stance.score(batch, model=model)
        rates.append(len(batch) / (time.perf_counter() - t0))
    rates.sort()
    mean_len = sum(map(len, batch)) / len(batch)
    print(
        f"score: {len(batch)} statements (mean {mean_len:.0f} chars, every word new to the model), "
        f"{args.repeats} runs: median {rates[len(rates) // 2]:,.0f}, best {rates[-1]:,.0f}, "
        f"worst {rates[0]:,.0f} statements/s"
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
