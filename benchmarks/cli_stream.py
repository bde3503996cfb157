"""The `stance score` command on 100,000 and 1,000,000 statements: wall time and peak memory.

Usage: python benchmarks/cli_stream.py [--sizes 100000 1000000] [--format jsonl|csv] [--jobs N]

Writes JSONL (or CSV) inputs of N statements of 18 words each to a temporary directory (words
drawn from the corpus, so the vocabulary is the corpus' and no two lines repeat), then runs
``python -m stance score IN --id-field id -o OUT --quiet`` in a fresh process for each size and
reports its wall time, statements per second and peak resident memory (the child's own rusage).
Streaming means the peak stays flat as the input grows tenfold.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stance.corpus import load


def make_input(path: Path, n: int, fmt: str, seed: int = 0) -> None:
    words = re.findall(r"\S+", " ".join(s.text for s in load().statements))
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh) if fmt == "csv" else None
        if writer:
            writer.writerow(["id", "source", "text"])
        for i in range(n):
            text = " ".join(rng.choices(words, k=18))
            if writer:
                writer.writerow([f"s{i}", "bench", text])
            else:
                fh.write(json.dumps({"id": f"s{i}", "source": "bench", "text": text}) + "\n")


def run(inp: Path, out: Path, jobs: int | None) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "stance", "score", str(inp), "--id-field", "id", "-o", str(out), "--quiet"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024  # KiB on Linux -> MiB


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    ap.add_argument("--jobs", type=int, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("| statements | input | wall time | statements/s | peak RSS |\n|---:|---|---:|---:|---:|")
        for n in args.sizes:
            inp = Path(tmp) / f"in-{n}.{args.format}"
            make_input(inp, n, args.format)
            out = Path(tmp) / "out.jsonl"
            elapsed, peak = run(inp, out, args.jobs)
            with out.open(encoding="utf-8") as fh:
                lines = sum(1 for _ in fh)
            assert lines == n, (lines, n)
            mb = inp.stat().st_size / 1e6
            rate = n / elapsed
            size = f"{args.format}, {mb:,.0f} MB"
            print(f"| {n:,} | {size} | {elapsed:.1f} s | {rate:,.0f} | {peak:,.0f} MiB |")
            inp.unlink()
            out.unlink()


if __name__ == "__main__":
    main()
