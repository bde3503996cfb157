"""Candidates for a label audit: the labels on which the model, out of fold, confidently
disagrees with the gold.

Fits the shipped recipe (statements plus narration, grouped 5-fold by article) on the whole
corpus and prints, as JSON lines, every statement label whose out-of-fold probability is below
``--low`` for a gold 1 or above ``--high`` for a gold 0 (``id``, ``label``, ``gold``, ``p``).
Narration sentences the model gives a label above ``--high`` are printed too (``id`` is
``N:<article id>``): a statement may have been left unannotated. The audit of December 2026
ran this at commit a395212 (414 statement labels, 7 narration sentences); auditors saw the
candidates mixed with random labels and not the probabilities.

Usage::

    python scripts/audit_candidates.py [--low 0.1] [--high 0.9] > candidates.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stance.api import training_rows  # noqa: E402
from stance.corpus import load  # noqa: E402
from stance.model import StanceClassifier  # noqa: E402
from stance.results import LABELS  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--low", type=float, default=0.1)
    ap.add_argument("--high", type=float, default=0.9)
    args = ap.parse_args()
    corpus = load(ROOT / "corpus")
    texts, labels, groups, weights, _ = training_rows(corpus)
    model = StanceClassifier().fit(texts, labels, groups=groups, sample_weight=weights)
    proba, gold = model.oof_proba_, np.asarray(labels)
    ids = [s.id for s in corpus.statements] + [f"N:{g}" for g in groups[len(corpus.statements) :]]
    for i, sid in enumerate(ids):
        for j, name in enumerate(LABELS):
            p = float(proba[i, j])
            if (gold[i, j] == 1 and p < args.low) or (gold[i, j] == 0 and p > args.high):
                row = {"id": sid, "label": name, "gold": int(gold[i, j]), "p": round(p, 3)}
                sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
