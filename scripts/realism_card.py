"""Rebuild the realism table of the data card (corpus/README.md) from the corpus' history.

Every column is the output of ``stance.corpus.realism`` on one state of the corpus: a past
state is read from git (``git archive <commit> corpus``), the current one from the working
tree, and a column of new batches is the corpus filtered to their article-id prefixes. The
real column is computed from the labelled file given with ``--real`` (measurement only: its
aggregates are printed, never its text); without it the card's real column is kept as it is.

Usage::

    python scripts/realism_card.py [--real FILE] [--write]

Without ``--write`` the table is printed; with it, the block between ``<!-- realism:begin -->``
and ``<!-- realism:end -->`` of corpus/README.md is replaced.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stance.corpus import Corpus, load, realism, realism_markdown  # noqa: E402

#: (header, git commit or None for the working tree, article-id prefixes or None for all)
COLUMNS: list[tuple[str, str | None, tuple[str, ...] | None]] = [
    ("corpus before round 1 (190 articles)", "570d778", None),
    ("corpus after round 1 (258 articles)", "73b01f9", None),
    ("corpus after round 2 (312 articles)", "7b72570", None),
    ("corpus after round 3 (378 articles)", "a7976ca", None),
    ("corpus after round 4 (446 articles)", "74eab95", None),
    ("corpus after round 5 (514 articles)", "326bbbb", None),
    ("corpus after round 6 (634 articles)", "1463af3", None),
    ("corpus after round 7 ({n} articles)", None, None),
    ("new batches b11-b14", "73b01f9", ("b11-", "b12-", "b13-", "b14-")),
    ("new batches b15-b17", "7b72570", ("b15-", "b16-", "b17-")),
    ("new batches b18-b21", "a7976ca", ("b18-", "b19-", "b20-", "b21-")),
    ("new batches b22-b25", "74eab95", ("b22-", "b23-", "b24-", "b25-")),
    ("new batches b26-b29", "326bbbb", ("b26-", "b27-", "b28-", "b29-")),
    ("new batches b30-b36", "1463af3", ("b30-", "b31-", "b32-", "b33-", "b34-", "b35-", "b36-")),
    ("new batch b37", None, ("b37-",)),
]
CARD = ROOT / "corpus" / "README.md"
BEGIN, END = "<!-- realism:begin -->", "<!-- realism:end -->"
REAL_HEADER = "real passages (dev)"


def corpus_at(commit: str | None, tmp: Path) -> Corpus:
    if commit is None:
        return load(ROOT / "corpus")
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "corpus"], check=True, capture_output=True
    ).stdout
    dest = tmp / commit
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return load(dest / "corpus")


def card_real_column() -> dict[str, str]:
    """The real column of the card as it stands, by figure (kept when no ``--real`` is given)."""
    block = CARD.read_text(encoding="utf-8").split(BEGIN)[1].split(END)[0]
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in block.splitlines()
        if line.startswith("| ")
    ]
    col = rows[0].index(REAL_HEADER)
    return {r[0]: r[col] for r in rows[1:] if len(r) > col}


def table(real: str | None) -> str:
    columns: dict[str, list[str]] = {}
    figures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for header, commit, prefixes in COLUMNS:
            corpus = corpus_at(commit, Path(tmp))
            if prefixes is not None:
                corpus = corpus.subset(prefixes=prefixes)
            if not corpus.articles:
                continue
            lines = realism_markdown(realism(corpus)).splitlines()[2:]
            cells = [[c.strip() for c in line.strip("|").split("|")] for line in lines]
            figures = figures or [c[0] for c in cells]
            columns[header.format(n=len(corpus.articles))] = [c[1] for c in cells]
        if real is not None:
            lines = realism_markdown(realism(load(ROOT / "corpus"), real)).splitlines()[2:]
            columns[REAL_HEADER] = [[c.strip() for c in line.strip("|").split("|")][2] for line in lines]
        else:
            kept = card_real_column()
            columns[REAL_HEADER] = [kept.get(f, "-") for f in figures]
    out = ["| figure | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for i, figure in enumerate(figures):
        out.append(f"| {figure} | " + " | ".join(col[i] for col in columns.values()) + " |")
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", default=None, help="a labelled JSONL file of real passages")
    ap.add_argument("--write", action="store_true", help="replace the card's realism block")
    args = ap.parse_args()
    text = table(args.real)
    if not args.write:
        sys.stdout.write(text)
        return 0
    card = CARD.read_text(encoding="utf-8")
    head, rest = card.split(BEGIN)
    _, tail = rest.split(END)
    CARD.write_text(f"{head}{BEGIN}\n{text}{END}{tail}", encoding="utf-8")
    print(f"wrote the realism table of {CARD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
