"""Many cores: `n_jobs` speedup of stance.score and stance.pipe, and analyze throughput in MB/s.

Usage: python benchmarks/parallel_speed.py [--statements 200000] [--copies 20] [--jobs 2]

- score: N statements of 18 corpus words each, scored with n_jobs=1 and n_jobs=JOBS (joblib's
  loky processes; each worker loads the embedded model once).
- analyze: the corpus' articles repeated COPIES times (distinct ids), through stance.pipe with
  n_jobs=1 and n_jobs=JOBS; MB/s counts the characters of the articles (UTF-8 bytes).
The best of three runs of each is reported; worker start-up is included in the parallel times.
"""

from __future__ import annotations

import argparse
import random
import re
import time

import stance
from stance.corpus import load


def best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=200_000)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    corpus = load()
    words = re.findall(r"\S+", " ".join(s.text for s in corpus.statements))
    rng = random.Random(0)
    texts = [" ".join(rng.choices(words, k=18)) for _ in range(args.statements)]
    stance.score(texts[:1000])  # load the model and warm the word cache outside the timing
    serial = best(lambda: stance.score(texts))
    parallel = best(lambda: stance.score(texts, n_jobs=args.jobs, batch_size=20_000))
    print(f"| what | n_jobs=1 | n_jobs={args.jobs} | speedup |\n|---|---:|---:|---:|")
    n = len(texts)
    print(f"| score {n:,} statements | {serial:.2f} s ({n / serial:,.0f}/s) | {parallel:.2f} s "
          f"({n / parallel:,.0f}/s) | {serial / parallel:.2f}x |")  # fmt: skip
    docs = [(f"{a.id}#{k}", a.text) for k in range(args.copies) for a in corpus.articles]
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    serial = best(lambda: list(stance.pipe(docs)))
    parallel = best(lambda: list(stance.pipe(docs, n_jobs=args.jobs, batch_size=64)))
    print(
        f"| analyze {len(docs):,} articles, {mb:.1f} MB (stance.pipe) | {serial:.2f} s "
        f"({mb / serial:.2f} MB/s) | {parallel:.2f} s ({mb / parallel:.2f} MB/s) | {serial / parallel:.2f}x |"
    )


if __name__ == "__main__":
    main()
