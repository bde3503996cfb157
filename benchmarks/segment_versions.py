"""Segmentation throughput of two source trees of stance on the same text, alternating.

Machines vary from day to day (a shared virtual machine can run at half speed); comparing two
versions of the code on the same text, in alternating runs of one process each, tells whether
a change made the segmenter faster or slower independently of that.

Usage: python benchmarks/segment_versions.py OLD_SRC_TREE NEW_SRC_TREE [--mb 5] [--rounds 2]

Each tree is a checkout (``git worktree add ../old <commit>``); the text is this checkout's
corpus repeated to ``--mb`` million characters. Each run prints the best of 3 timings (CPU
time, one core) in million characters per second.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import sys, time
sys.path.insert(0, sys.argv[1])
import stance
paths = sorted(__import__("pathlib").Path(sys.argv[2]).glob("*.txt"))
text = "\\n\\n".join(p.read_text(encoding="utf-8") for p in paths)
n = int(float(sys.argv[3]) * 1e6)
text = (text * (n // len(text) + 1))[:n]
stance.segment(text[:20000])
best = min(
    (lambda t: (stance.segment(text), time.process_time() - t)[1])(time.process_time())
    for _ in range(3)
)
print(f"{len(text) / 1e6 / best:.2f}")
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, help="the first checkout (its src/ is imported)")
    ap.add_argument("new", type=Path, help="the second checkout")
    ap.add_argument("--mb", type=float, default=5.0, help="million characters of text")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds")
    args = ap.parse_args()
    texts = ROOT / "corpus" / "texts"
    results: dict[str, list[str]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        for name, tree in (("old", args.old), ("new", args.new)):
            out = subprocess.run(
                [sys.executable, "-c", _RUN, str(tree / "src"), str(texts), str(args.mb)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()[-1]
            results[name].append(out)
    for name, tree in (("old", args.old), ("new", args.new)):
        print(f"{name} ({tree}): " + " / ".join(results[name]) + " M chars/s (best of 3 per run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
