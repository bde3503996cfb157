"""Evaluation against the labelled corpus.

Segmentation: :func:`segmentation_report` compares the statements a segmenter finds with the gold
statements of each article. Stance: :func:`evaluate_file` scores a model on any labelled JSONL or
CSV file (what ``stance evaluate --data`` runs), and :func:`target_report` measures the targets
found for the corpus' gold blame and call statements. Command line::

    python -m stance.evaluate segment [CORPUS_DIR] [--prefix b37-]
    python -m stance.evaluate targets [CORPUS_DIR] [--split train|test] [--prefix b37-]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .actors import codebook_code
from .corpus import Corpus, GoldStatement, load
from .errors import StanceValueError, check_type, invalid_value
from .readers import read_labelled
from .results import LABELS, Statement

if TYPE_CHECKING:
    from .linear import LinearStance
    from .model import StanceClassifier

__all__ = ["evaluate_file", "match_spans", "read_labelled", "segmentation_report", "target_report"]

SegmentFn = Callable[[str], Sequence[Statement]]

_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "for",
        "to",
        "at",
        "mr",
        "mrs",
        "ms",
        "dr",
        "s",
    ]
)


def _content_words(s: str | None) -> set[str]:
    if not s:
        return set()
    return {w for w in re.findall(r"[^\W_]+", s.lower()) if w not in _STOP}


def match_spans(
    predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pair predicted and gold spans one to one, greedily by overlap.

    Two spans may pair when they overlap by at least half of the longer of the two.

    Parameters
    ----------
    predicted, gold : ``(start, end)`` spans.

    Returns
    -------
    list of (predicted index, gold index)
        Sorted by gold index.

    Examples
    --------
    >>> match_spans([(0, 10), (12, 30)], [(0, 9), (20, 30), (40, 50)])
    [(0, 0), (1, 1)]
    """
    candidates = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0 and 2 * overlap >= max(pe - ps, ge - gs):
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return sorted(pairs, key=lambda p: p[1])


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _speaker_ok(pred: Statement, gold: GoldStatement) -> bool:
    return bool(_content_words(pred.speaker) & _content_words(gold.speaker_resolved or gold.speaker))


def segmentation_report(corpus: Corpus, segment_fn: SegmentFn | None = None) -> dict[str, Any]:
    """Precision, recall and F1 of statement spans, and speaker and actor accuracy.

    A predicted statement matches a gold statement when their spans overlap by at least half of
    the longer of the two (one to one, greedily by overlap). Among matched pairs, the speaker is
    right when the predicted resolved speaker shares a content word with the gold
    ``speaker_resolved``, the actor is right when the codes are equal (a predicted code
    outside the codebook, such as ``TUR`` or ``EU``, counts as ``OTHER``), and the kind is right
    when it is the gold's (``direct``, ``partial``, ``indirect`` or ``according_to``).

    Parameters
    ----------
    corpus : the labelled corpus (see :func:`stance.corpus.load`).
    segment_fn : text -> statements; None for :func:`stance.segment` with defaults.

    Returns
    -------
    dict
        ``all`` (figures over every article), ``seed`` and ``authored`` (figures over those
        articles, when there are any) and ``articles`` (figures per article). Each figure set
        holds ``articles``, ``gold``, ``predicted``, ``matched``, ``precision``, ``recall``,
        ``f1``, ``speaker_accuracy``, ``actor_accuracy`` and ``kind_accuracy``.

    Examples
    --------
    >>> from stance.corpus import load
    >>> report = segmentation_report(load())
    >>> report["all"]["f1"] > 0.5
    True
    """
    check_type("corpus", corpus, Corpus)
    if segment_fn is None:
        from .segmentation import segment

        segment_fn = segment
    per_article: dict[str, dict[str, Any]] = {}
    provenance = {}
    for article in corpus.articles:
        preds = list(segment_fn(article.text))
        golds = corpus.statements_of(article.id)
        pairs = match_spans([(p.start, p.end) for p in preds], [(g.start, g.end) for g in golds])
        per_article[article.id] = {
            "gold": len(golds),
            "predicted": len(preds),
            "matched": len(pairs),
            "speaker_ok": sum(_speaker_ok(preds[i], golds[j]) for i, j in pairs),
            "actor_ok": sum(codebook_code(preds[i].actor) == golds[j].actor for i, j in pairs),
            "kind_ok": sum(preds[i].kind == golds[j].kind for i, j in pairs),
        }
        provenance[article.id] = article.provenance
    out: dict[str, Any] = {"all": _summary(per_article.values())}
    for prov in ("seed", "authored"):
        rows = [row for aid, row in per_article.items() if provenance[aid] == prov]
        if rows:
            out[prov] = _summary(rows)
    out["articles"] = {aid: {**row, **_summary([row])} for aid, row in per_article.items()}
    return out


def _summary(rows: Any) -> dict[str, Any]:
    rows = list(rows)
    gold = sum(r["gold"] for r in rows)
    pred = sum(r["predicted"] for r in rows)
    matched = sum(r["matched"] for r in rows)
    out: dict[str, Any] = {"articles": len(rows), "gold": gold, "predicted": pred, "matched": matched}
    out.update(_prf(matched, pred, gold))
    out["speaker_accuracy"] = round(sum(r["speaker_ok"] for r in rows) / matched, 4) if matched else 0.0
    out["actor_accuracy"] = round(sum(r["actor_ok"] for r in rows) / matched, 4) if matched else 0.0
    out["kind_accuracy"] = round(sum(r["kind_ok"] for r in rows) / matched, 4) if matched else 0.0
    return out


def format_segmentation(report: dict[str, Any]) -> str:
    """The report as a small Markdown table (what the command line prints)."""
    head = ("articles", "gold", "predicted", "matched", "precision", "recall", "f1",
            "speaker_accuracy", "actor_accuracy", "kind_accuracy")  # fmt: skip
    lines = ["| subset | " + " | ".join(head) + " |", "|---|" + "---:|" * len(head)]
    for key in ("all", "seed", "authored"):
        if key in report:
            lines.append(f"| {key} | " + " | ".join(str(report[key][h]) for h in head) + " |")
    return "\n".join(lines) + "\n"


def passage_proba(model: LinearStance, texts: list[str], unit: str) -> np.ndarray:
    """Probabilities of whole texts (``unit="text"``) or of each text's strongest statement."""
    if unit == "text":
        return model.predict_proba(texts) if texts else np.zeros((0, len(LABELS)))
    if unit != "statements":
        raise invalid_value("unit", ("text", "statements"), unit)
    from .segmentation import segment

    out = np.zeros((len(texts), len(LABELS)))
    for i, text in enumerate(texts):
        parts = [s.text for s in segment(text)] or [text]
        out[i] = model.predict_proba(parts).max(axis=0)
    return out


def evaluate_file(
    path: str | Path,
    model: StanceClassifier | str | Path | None = None,
    text_field: str = "text",
    unit: str = "text",
    threshold: float | Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """Per-label precision, recall, F1, ECE and macro-F1 of a model on a labelled file."""
    from .api import resolve_model
    from .linear import resolve_thresholds
    from .metrics import label_report

    m = resolve_model(model)
    texts, Y = read_labelled(path, text_field)
    thresholds = resolve_thresholds(m.thresholds, threshold)
    proba = passage_proba(m, texts, unit)
    report = label_report(Y, proba, thresholds)
    report["macro_f1_interval"] = bootstrap_interval(Y, proba, thresholds)
    return report


def bootstrap_interval(
    Y: np.ndarray, proba: np.ndarray, thresholds: Sequence[float] | np.ndarray, rounds: int = 1000
) -> tuple[float, float]:
    """A 95% percentile bootstrap interval of macro-F1 (texts resampled; fixed seed).

    It says how far the figure of a small evaluation set can move by chance: on 185 texts
    it is about ±0.05.
    """
    from .metrics import binary_scores

    if len(Y) == 0:
        return (0.0, 0.0)
    rng = np.random.default_rng(0)
    pred = (proba >= np.asarray(thresholds)).astype(np.int64)
    values = []
    for _ in range(rounds):
        i = rng.integers(0, len(Y), len(Y))
        values.append(np.mean([binary_scores(Y[i, j], pred[i, j])["f1"] for j in range(len(LABELS))]))
    lo, hi = np.percentile(values, [2.5, 97.5])
    return (float(lo), float(hi))


def _speaker_spans(text: str) -> list[tuple[int, int]]:
    from .segmentation import segment
    from .targets import speaker_spans

    return speaker_spans(text, segment(text))


def target_report(corpus: Corpus) -> dict[str, Any]:
    """Exact-set accuracy of :func:`stance.targets.find_targets` on the gold blame and call
    statements that have targets, with the gold speaker's actor known and unknown, and (the
    ``_context`` rows) with the article's text before the statement as ``context``."""
    from .targets import CONTEXT_CHARS, conflict_parties, find_targets

    texts = {a.id: a.text for a in corpus.articles}
    parties = {a.id: conflict_parties(a.text, skip=_speaker_spans(a.text)) for a in corpus.articles}
    out: dict[str, Any] = {}
    for label, key in (("blame", "blame_targets"), ("call_to_action", "call_targets")):
        gold = [s for s in corpus.statements if getattr(s, label) and getattr(s, key)]
        row: dict[str, Any] = {"n": len(gold)}
        runs = (
            ("speaker_known", True, False),
            ("speaker_unknown", False, False),
            ("speaker_known_context", True, True),
            ("speaker_unknown_context", False, True),
        )
        for name, known, before in runs:
            found = (
                find_targets(
                    s.text,
                    label,
                    s.actor if known else None,
                    parties[s.article_id],
                    context=texts[s.article_id][max(0, s.start - CONTEXT_CHARS) : s.start] if before else "",
                )
                for s in gold
            )
            hits = sum({codebook_code(c) for c in f} == set(getattr(s, key)) for f, s in zip(found, gold))
            row[name] = hits / len(gold) if gold else 0.0
        out[label] = row
    return out


def _with_prefixes(corpus: Corpus, prefixes: Sequence[str] | None) -> Corpus:
    """The articles whose id starts with one of ``prefixes`` ('b37-': one batch), and their
    statements; the whole corpus when none is given."""
    if not prefixes:
        return corpus
    some = corpus.subset(prefixes=prefixes)
    if not some.articles:
        raise invalid_value("--prefix", "a prefix of some article id (such as 'b37-' or 'seed-')", prefixes)
    return some


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m stance.evaluate segment|targets [CORPUS_DIR] [--json] [--prefix ID_PREFIX ...]``."""
    ap = argparse.ArgumentParser(prog="python -m stance.evaluate", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("segment", help="statement spans, speakers and actors against the gold")
    p.add_argument("path", nargs="?", default=None, help="corpus directory (default: shipped)")
    p.add_argument("--json", action="store_true", help="print the whole report as JSON")
    p.add_argument("--prefix", action="append", default=None, help="only articles whose id starts so")
    p = sub.add_parser("targets", help="blame and call targets against the gold")
    p.add_argument("path", nargs="?", default=None, help="corpus directory (default: shipped)")
    p.add_argument("--split", choices=("train", "test"), default=None, help="one split (default: all)")
    p.add_argument("--prefix", action="append", default=None, help="only articles whose id starts so")
    args = ap.parse_args(argv)
    try:
        corpus = _with_prefixes(load(args.path), args.prefix)
    except StanceValueError as err:
        ap.error(str(err))
    if args.command == "targets":
        if args.split is not None:
            corpus = corpus.subset(split=args.split)
        print(json.dumps(target_report(corpus), indent=1))
        return 0
    report = segmentation_report(corpus)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        sys.stdout.write(format_segmentation(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
