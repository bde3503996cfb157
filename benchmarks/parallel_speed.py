"""Many cores: `n_jobs` speedup of stance.score and stance.pipe, and analyze throughput in MB/s.

Usage: python benchmarks/parallel_speed.py [--statements 200000] [--copies 20] [--jobs 2]

- score: N statements of 18 corpus words each, scored with n_jobs=1 and n_jobs=JOBS (joblib's
  loky processes; each worker loads the embedded model once).
- analyze: the corpus' articles repeated COPIES times (distinct ids), through stance.pipe with
  n_jobs=1 and n_jobs=JOBS; MB/s counts the characters of the articles (UTF-8 bytes).
Serial and parallel runs alternate (REPEAT pairs) so both meet the same load from other jobs
on the machine; the best of each is reported. Worker start-up is included in the parallel times
(the pool is kept between runs, as joblib does).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time

import stance
from stance.corpus import load


def best_pair(serial, parallel, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((serial, times[0]), (parallel, times[1])):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return min(times[0]), min(times[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=200_000)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus = load()
    words = re.findall(r"\S+", " ".join(s.text for s in corpus.statements))
    rng = random.Random(0)
    texts = [" ".join(rng.choices(words, k=18)) for _ in range(args.statements)]
    stance.score(texts[:1000])  # load the model and warm the word cache outside the timing
    serial, parallel = best_pair(
        lambda: stance.score(texts),
        lambda: stance.score(texts, n_jobs=args.jobs, batch_size=20_000),
        args.repeat,
    )
    busy = os.getloadavg()[0]
    print(f"load average before: {busy:.2f} on {os.cpu_count()} cores (a speedup needs a free core)")
    print(f"| what | n_jobs=1 | n_jobs={args.jobs} | speedup |\n|---|---:|---:|---:|")
    n = len(texts)
    print(f"| score {n:,} statements | {serial:.2f} s ({n / serial:,.0f}/s) | {parallel:.2f} s "
          f"({n / parallel:,.0f}/s) | {serial / parallel:.2f}x |")  # fmt: skip
    docs = [(f"{a.id}#{k}", a.text) for k in range(args.copies) for a in corpus.articles]
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    serial, parallel = best_pair(
        lambda: list(stance.pipe(docs)),
        lambda: list(stance.pipe(docs, n_jobs=args.jobs, batch_size=64)),
        args.repeat,
    )
    print(
        f"| analyze {len(docs):,} articles, {mb:.1f} MB (stance.pipe) | {serial:.2f} s "
        f"({mb / serial:.2f} MB/s) | {parallel:.2f} s ({mb / parallel:.2f} MB/s) | {serial / parallel:.2f}x |"
    )


if __name__ == "__main__":
    main()
