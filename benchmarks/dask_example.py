"""Scoring a large collection on a Dask cluster, through joblib's Dask backend.

Usage: python benchmarks/dask_example.py [--statements 200000] [--workers 2] [--scheduler ADDRESS]

Without --scheduler it starts a local cluster of WORKERS single-threaded worker processes (a
stand-in for a real cluster: pass the scheduler's address, e.g. tcp://10.0.0.5:8786, to use one).
The call is the one a user writes:

    with Client(address), joblib.parallel_config(backend="dask"):
        scores = stance.score(texts, n_jobs=-1, batch_size=20_000)

Each batch is a task; each worker loads the embedded model once. Prints the time against
stance.score(texts) in this process, and checks the results agree.
"""

from __future__ import annotations

import argparse
import random
import re
import time

import joblib
import numpy as np
from distributed import Client, LocalCluster

import stance
from stance.corpus import load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=200_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", default=None)
    args = ap.parse_args()
    words = re.findall(r"\S+", " ".join(s.text for s in load().statements))
    rng = random.Random(0)
    texts = [" ".join(rng.choices(words, k=18)) for _ in range(args.statements)]
    stance.score(texts[:1000])
    t0 = time.perf_counter()
    local = stance.score(texts)
    serial = time.perf_counter() - t0
    cluster = None
    if args.scheduler is None:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    with Client(args.scheduler or cluster) as client, joblib.parallel_config(backend="dask"):
        client.run(lambda: stance.score(["warm up"]))  # load the model on every worker first
        t0 = time.perf_counter()
        remote = stance.score(texts, n_jobs=-1, batch_size=20_000)
        elapsed = time.perf_counter() - t0
        workers = len(client.scheduler_info()["workers"])
    if cluster is not None:
        cluster.close()
    np.testing.assert_allclose([s.proba for s in remote], [s.proba for s in local], atol=1e-9)
    n = len(texts)
    print(
        f"| {n:,} statements | this process: {serial:.2f} s ({n / serial:,.0f}/s) | Dask, {workers} "
        f"workers: {elapsed:.2f} s ({n / elapsed:,.0f}/s) | {serial / elapsed:.2f}x |"
    )


if __name__ == "__main__":
    main()
