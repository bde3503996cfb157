"""Instructions of one ``segment()`` of the corpus, counted by valgrind (steadier than time on a
machine whose speed drifts).

Usage: python benchmarks/segment_instructions.py [CHECKOUT ...]

For each checkout (default: this one), runs Python under ``valgrind --tool=cachegrind`` twice:
once segmenting the first 200,000 characters only (start-up, imports, warm-up), once doing the
same and then segmenting this checkout's whole corpus (its articles joined by blank lines); the
difference of the two instruction counts is the cost of one ``segment()`` of the corpus. The
checkout's ``src/`` is imported, so two checkouts (``git worktree add ../old <commit>``) are
compared on the same text. Needs valgrind on the PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import stance
paths = sorted(Path(sys.argv[2]).glob("*.txt"))
text = "\\n\\n".join(p.read_text(encoding="utf-8") for p in paths)
stance.segment(text[:200000])
if sys.argv[3] == "1":
    stance.segment(text)
"""


def instructions(checkout: Path, whole: bool) -> int:
    texts = str(ROOT / "corpus" / "texts")
    cmd = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, "-c", _RUN, str(checkout / "src"), texts, "1" if whole else "0",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    err = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", err)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{err[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind)")
        return 2
    for checkout in [Path(p).resolve() for p in sys.argv[1:]] or [ROOT]:
        cost = instructions(checkout, True) - instructions(checkout, False)
        print(f"{checkout}: {cost / 1e6:,.0f} M instructions per segment() of the corpus")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
