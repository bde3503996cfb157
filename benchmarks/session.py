"""The README's short session, timed step by step: a folder of articles -> DataFrame -> chart -> HTML.

Usage: python benchmarks/session.py [FOLDER] [--out DIR]

FOLDER defaults to corpus/texts (the 190 corpus articles). Writes stance_by_actor.png and
report.html to DIR (default: a temporary directory) and prints the time of each step (one run,
in a fresh process, so the first step includes loading the model).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "corpus" / "texts"))
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    out = Path(args.out or tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    steps = []
    t0 = time.perf_counter()

    def step(name: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        steps.append((name, now - t0))
        t0 = now

    import matplotlib

    matplotlib.use("Agg")
    import stance

    step("import stance, matplotlib")
    articles = {p.stem: p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))}
    step(f"read {len(articles)} articles ({sum(map(len, articles.values())) / 1e6:.2f} M characters)")
    docs = list(stance.pipe(articles.items()))
    step(f"stance.pipe: segment and score ({sum(map(len, docs)):,} statements)")
    df = stance.to_frame(docs)
    step(f"stance.to_frame ({len(df):,} rows x {len(df.columns)} columns)")
    ax = df.groupby("actor")[list(stance.LABELS)].mean().plot.bar(figsize=(8, 3), rot=0)
    ax.set_ylabel("mean probability")
    ax.figure.tight_layout()
    ax.figure.savefig(out / "stance_by_actor.png")
    step("chart: mean probability per actor (pandas + matplotlib), saved as PNG")
    (out / "report.html").write_text(stance.render(docs, title="Corpus articles"), encoding="utf-8")
    size = (out / "report.html").stat().st_size / 1e6
    step(f"stance.render: one HTML report ({size:.1f} MB)")
    print("| step | seconds |\n|---|---:|")
    for name, seconds in steps:
        print(f"| {name} | {seconds:.2f} |")
    print(f"| total | {sum(s for _, s in steps):.2f} |")
    print(f"\nwrote {out / 'stance_by_actor.png'} and {out / 'report.html'}")


if __name__ == "__main__":
    main()
