"""Segmentation of hard-wrapped text: the corpus re-wrapped at a fixed width against the gold.

Usage: python benchmarks/wrapped_text.py [--width 70] [--crlf] [--no-blank] [--ragged] [--corpus DIR]

Each corpus article is rebuilt twice from its non-blank lines (its paragraphs): *unwrapped*, one
paragraph per line with a blank line between paragraphs, and *wrapped*, each paragraph filled
with ``textwrap.fill(paragraph, width)`` (words are never broken, nor lines cut after a hyphen,
so the two texts differ only in white space), paragraphs again separated by a blank line. With
``--crlf`` the wrapped text uses ``\\r\\n`` line breaks; with ``--no-blank`` paragraphs are parted
by a line break only (the end of a paragraph is then told only by a short last line); with
``--ragged`` lines are filled as a proportional font fills them (``width`` average characters:
narrow letters count less, wide ones more), as in text pulled out of a PDF.

Printed, for the original articles, the unwrapped and the wrapped texts:

- precision, recall, F1, speaker and actor accuracy against the gold statements, whose offsets
  are mapped onto each text through its non-space characters (the figures of
  ``python -m stance.evaluate segment`` on the original articles);
- for the wrapped text, agreement with the segmenter's own output on the unwrapped text: the
  share of those statements found again with the same text (white space normalised), and of
  those, the share with the same speaker and actor.
"""

from __future__ import annotations

import argparse
import textwrap
import time
from typing import Any

import stance
from stance.actors import codebook_code
from stance.corpus import Article, GoldStatement, load
from stance.evaluate import match_spans
from stance.results import Statement


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of an article, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


#: widths of characters in a proportional font, relative to the average ('ragged' wrapping, as in
#: text pulled out of a PDF): the same width in print is a varying number of characters
_NARROW, _WIDE = frozenset("iljtfr.,;:'’()|!1 "), frozenset("mwMWOQDGHNU@%")


def ragged_fill(paragraph: str, width: int) -> str:
    """``paragraph`` wrapped at ``width`` average characters of a proportional font."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        trial = f"{line} {word}" if line else word
        size = sum(0.6 if c in _NARROW else 1.4 if c in _WIDE else 1.05 for c in trial)
        if line and size > width:
            lines.append(line)
            trial = word
        line = trial
    return "\n".join([*lines, line])


def rebuild(
    article: Article, width: int | None, newline: str = "\n", gap: int = 2, ragged: bool = False
) -> str:
    """The article one paragraph per line (``width`` None) or each paragraph filled at ``width``,
    paragraphs parted by ``gap`` line breaks."""
    pars = paragraphs(article.text)
    if width is not None:
        pars = [
            (
                ragged_fill(p, width)
                if ragged
                else textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
            ).replace("\n", newline)
            for p in pars
        ]
    return (newline * gap).join(pars) + newline


def non_space_positions(text: str) -> list[int]:
    """The offset of each non-space character of ``text``, in order."""
    return [i for i, c in enumerate(text) if not c.isspace()]


def map_gold(article: Article, golds: list[GoldStatement], text: str) -> list[tuple[int, int]]:
    """The gold spans of ``article`` as spans of ``text`` (same non-space characters)."""
    src = article.text
    rank = [0] * (len(src) + 1)  # number of non-space characters before each offset
    n = 0
    for i, c in enumerate(src):
        rank[i] = n
        n += not c.isspace()
    rank[len(src)] = n
    pos = non_space_positions(text)
    if len(pos) != n:
        raise ValueError(f"{article.id}: the rebuilt text does not keep the article's characters")
    return [(pos[rank[g.start]], pos[rank[g.end] - 1] + 1) for g in golds]


def _norm(s: str) -> str:
    return " ".join(s.split())


def score(rows: list[dict[str, int]]) -> dict[str, float]:
    """Precision, recall, F1, speaker and actor accuracy over per-article counts."""
    tot = {k: sum(r[k] for r in rows) for k in ("gold", "pred", "matched", "speaker", "actor")}
    p = tot["matched"] / tot["pred"] if tot["pred"] else 0.0
    r = tot["matched"] / tot["gold"] if tot["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    m = tot["matched"] or 1
    return {"P": p, "R": r, "F1": f, "speaker": tot["speaker"] / m, "actor": tot["actor"] / m}


def against_gold(
    text: str, spans: list[tuple[int, int]], golds: list[GoldStatement], found: list[Statement]
) -> dict[str, int]:
    """Counts of one article's statements against its gold (as ``stance.evaluate`` counts)."""
    from stance.evaluate import _speaker_ok

    pairs = match_spans([(s.start, s.end) for s in found], spans)
    return {
        "gold": len(golds),
        "pred": len(found),
        "matched": len(pairs),
        "speaker": sum(_speaker_ok(found[i], golds[j]) for i, j in pairs),
        "actor": sum(codebook_code(found[i].actor) == golds[j].actor for i, j in pairs),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--width", type=int, default=70)
    ap.add_argument("--crlf", action="store_true", help="wrap with \\r\\n line breaks")
    ap.add_argument("--corpus", default=None, help="corpus directory (default: the shipped corpus)")
    ap.add_argument("--no-blank", action="store_true", help="no blank line between paragraphs")
    ap.add_argument("--ragged", action="store_true", help="wrap as a proportional font does (PDF)")
    args = ap.parse_args()
    corpus = load(args.corpus)
    rows: dict[str, list[dict[str, int]]] = {"original": [], "unwrapped": [], "wrapped": []}
    same_text = same_speaker = same_actor = reference = 0
    seconds = 0.0
    for article in corpus.articles:
        golds = list(corpus.statements_of(article.id))
        texts = {
            "original": article.text,
            "unwrapped": rebuild(article, None),
            "wrapped": rebuild(
                article, args.width, "\r\n" if args.crlf else "\n", 1 if args.no_blank else 2, args.ragged
            ),
        }
        found: dict[str, list[Statement]] = {}
        for name, text in texts.items():
            t0 = time.process_time()
            found[name] = stance.segment(text)
            if name == "wrapped":
                seconds += time.process_time() - t0
            spans = (
                [(g.start, g.end) for g in golds] if name == "original" else map_gold(article, golds, text)
            )
            rows[name].append(against_gold(text, spans, golds, found[name]))
        wrapped: dict[str, Statement] = {_norm(s.text): s for s in found["wrapped"]}
        for s in found["unwrapped"]:
            reference += 1
            w = wrapped.get(_norm(s.text))
            if w is not None:
                same_text += 1
                same_speaker += w.speaker is not None and _norm(w.speaker) == _norm(s.speaker or "")
                same_actor += w.actor == s.actor
    n_gold = sum(r["gold"] for r in rows["original"])
    crlf = (" with CRLF" if args.crlf else "") + (", no blank lines" if args.no_blank else "")
    crlf += ", ragged (proportional font)" if args.ragged else ""
    print(f"corpus: {len(corpus.articles)} articles, {n_gold} gold statements; width {args.width}{crlf}")
    print("| text | precision | recall | f1 | speaker | actor |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        s: dict[str, Any] = score(r)
        cells = " | ".join(f"{s[k]:.3f}" for k in ("P", "R", "F1", "speaker", "actor"))
        print(f"| {name} | {cells} |")
    print(
        f"wrapped vs the segmenter on the unwrapped text: {same_text}/{reference} statements with the same "
        f"text ({same_text / reference:.3f}); of those, speaker {same_speaker / max(same_text, 1):.3f}, "
        f"actor {same_actor / max(same_text, 1):.3f}; segmenting the wrapped texts took {seconds:.2f} s CPU"
    )


if __name__ == "__main__":
    main()
