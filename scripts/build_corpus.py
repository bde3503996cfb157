"""Turn annotation drafts into corpus records, or check drafts without touching the corpus.

A draft is two files in a folder: ``<id>.txt`` (the article, exactly) and ``<id>.jsonl``, whose
first line is the article's metadata (id, title, date, provenance, source, genre) and whose
other lines are its statements, in text order, each with ``text`` copied exactly from the
article but no offsets. This script finds each statement's span (searching on from the end of
the previous one), numbers the statements, assigns the split, and validates the result with
``stance.corpus.load``.

Usage:
    python scripts/build_corpus.py check DRAFT_DIR...   validate drafts in a scratch corpus
    python scripts/build_corpus.py add DRAFT_DIR...     add (or replace) them in corpus/ and
                                                        refresh the tables of corpus/README.md

The split is fixed by the article id: seed articles are test; an authored article is test when
the first byte of sha256(id) is below 52 (about one in five), else train.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stance.corpus import load, stats_markdown  # noqa: E402

ARTICLE_FIELDS = ("id", "title", "date", "provenance", "source", "genre")


#: the separator writers use between a sentence and its annotation note; never article text
MARKUP = " | "


def split_of(article_id: str, provenance: str) -> str:
    if provenance == "seed":
        return "test"
    return "test" if hashlib.sha256(article_id.encode()).digest()[0] < 52 else "train"


def read_draft(txt: Path) -> tuple[dict, list[dict], str]:
    ann = txt.with_suffix(".jsonl")
    text = txt.read_text(encoding="utf-8")
    lines = [json.loads(x) for x in ann.read_text(encoding="utf-8").splitlines() if x.strip()]
    meta, raw = lines[0], lines[1:]
    if meta.get("id") != txt.stem:
        raise SystemExit(f"{ann}:1: id {meta.get('id')!r} differs from the file name {txt.stem!r}")
    if meta.get("provenance") != "seed" and MARKUP in text:
        line = text[: text.index(MARKUP)].count("\n") + 1
        raise SystemExit(f"{txt}:{line}: annotation markup {MARKUP!r} left in the article text")
    article = {k: meta.get(k) for k in ARTICLE_FIELDS}
    article["split"] = split_of(meta["id"], meta.get("provenance", ""))
    article["file"] = f"texts/{meta['id']}.txt"
    statements, pos = [], 0
    for n, rec in enumerate(raw, 2):
        stext = rec.get("text", "")
        at = text.find(stext, pos) if stext else -1
        if at < 0:
            where = "anywhere" if text.find(stext) < 0 else "after the previous statement"
            raise SystemExit(f"{ann}:{n}: statement text not found {where}: {stext[:80]!r}")
        rec = {k: v for k, v in rec.items() if k != "text"}
        statements.append(
            {
                "id": f"{meta['id']}-s{len(statements) + 1:02d}",
                "article_id": meta["id"],
                "start": at,
                "end": at + len(stext),
                "text": stext,
                **rec,
            }
        )
        pos = at + len(stext)
    return article, statements, text


def write(corpus_dir: Path, drafts: list[Path]) -> None:
    new = [read_draft(t) for d in drafts for t in sorted(d.glob("*.txt"))]
    ids = {a["id"] for a, _, _ in new}
    (corpus_dir / "texts").mkdir(parents=True, exist_ok=True)
    arts = corpus_dir / "articles.jsonl"
    sts = corpus_dir / "statements.jsonl"
    old_a = [json.loads(x) for x in arts.read_text().splitlines() if x.strip()] if arts.exists() else []
    old_s = [json.loads(x) for x in sts.read_text().splitlines() if x.strip()] if sts.exists() else []
    all_a = sorted([a for a in old_a if a["id"] not in ids] + [a for a, _, _ in new], key=lambda a: a["id"])
    all_s = [s for s in old_s if s["article_id"] not in ids] + [s for _, ss, _ in new for s in ss]
    for a, _, text in new:
        (corpus_dir / a["file"]).write_text(text, encoding="utf-8")
    order = {a["id"]: i for i, a in enumerate(all_a)}
    all_s.sort(key=lambda s: (order[s["article_id"]], s["start"]))
    arts.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in all_a), encoding="utf-8")
    sts.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in all_s), encoding="utf-8")


def update_card(card: Path, tables: str) -> None:
    """Put the stats tables between the markers of the data card."""
    text = card.read_text(encoding="utf-8")
    head, _, rest = text.partition("<!-- stats:begin -->")
    _, _, tail = rest.partition("<!-- stats:end -->")
    card.write_text(f"{head}<!-- stats:begin -->\n{tables}<!-- stats:end -->{tail}", encoding="utf-8")


def main() -> int:
    if len(sys.argv) < 3 or sys.argv[1] not in ("check", "add"):
        print(__doc__)
        return 2
    drafts = [Path(p) for p in sys.argv[2:]]
    if sys.argv[1] == "check":
        with tempfile.TemporaryDirectory() as tmp:
            write(Path(tmp), drafts)
            corpus = load(tmp)
    else:
        write(ROOT / "corpus", drafts)
        corpus = load(ROOT / "corpus")
        update_card(ROOT / "corpus" / "README.md", stats_markdown(corpus))
    sys.stdout.write(stats_markdown(corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
