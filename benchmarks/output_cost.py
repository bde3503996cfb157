"""What `stance score` spends on output next to scoring: the phases of one batch, timed apart.

Usage: python benchmarks/output_cost.py [--statements 100000]

Reads a JSONL input (made as in cli_stream.py), scores it, then builds the output rows and
encodes them as JSONL and CSV exactly as the command does, and prints each phase's time.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

import stance
from stance import cli
from stance.readers import Source
from stance.results import LABELS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_stream import make_input  # the benchmark next to this one


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        make_input(path, args.statements, "jsonl")
        src = Source(str(path), id_field="id")
        t = time.perf_counter()
        recs = [(src, r) for r in src]
        read = time.perf_counter() - t
    stance.score(["warm up"])
    t = time.perf_counter()
    scores = stance.score([r.text for _, r in recs])
    scoring = time.perf_counter() - t
    head = cli._Head("id", cli._SCORE_COLUMNS | {"text"})
    t = time.perf_counter()
    rows = []
    for (source, rec), sc in zip(recs, scores):  # as cli._run_score does
        row = head(source, rec)
        row["text"] = rec.text
        row.update(zip(LABELS, [round(p, 4) for p in sc.proba]))
        row["labels"] = sc.labels
        row["blame_targets"], row["call_targets"] = sc.blame_targets, sc.call_targets
        rows.append(row)
    build = time.perf_counter() - t
    t = time.perf_counter()
    cli._JsonlWriter(io.StringIO()).rows(rows)
    jsonl = time.perf_counter() - t
    t = time.perf_counter()
    cli._CsvWriter(io.StringIO()).rows(rows)
    csv = time.perf_counter() - t
    print("| phase | seconds |\n|---|---:|")
    phases = (("read JSONL", read), ("score", scoring), ("build rows", build), ("encode JSONL", jsonl))
    for name, sec in (*phases, ("encode CSV", csv)):
        print(f"| {name} | {sec:.2f} |")
    print(f"\noutput (rows + JSONL) / scoring: {(build + jsonl) / scoring:.0%}")


if __name__ == "__main__":
    main()
