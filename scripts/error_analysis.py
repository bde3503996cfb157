"""Error analysis of the stance recipe: out-of-fold errors on the train split, and the seeds.

Fits the training recipe (statements plus narration, grouped by article) on the corpus' train
split; the model's own grouped 5-fold out-of-fold probabilities (``oof_proba_``) give the
errors on the train split, which are printed per label (false positives and false negatives,
with a count of which cue groups of the lexicon they hold). The seed articles are test data:
they are predicted by the model trained on the train split and every wrong label set printed,
for reading only (nothing is fitted on them).

Usage::

    python scripts/error_analysis.py [--label blame] [--show 40] [--seeds-only]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stance.api import training_rows  # noqa: E402
from stance.corpus import load  # noqa: E402
from stance.features import cue_groups, normalize  # noqa: E402
from stance.model import StanceClassifier  # noqa: E402
from stance.results import LABELS  # noqa: E402


def cue_names(text: str) -> list[str]:
    lex = cue_groups()
    t = normalize(text)
    names = set()
    for w in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", t):
        for g in lex.word_groups(w):
            names.add(lex.names[g])
    for m in lex.phrase_pattern.finditer(t) if lex.phrase_pattern is not None else ():
        for g in lex.phrase_groups(m):
            names.add(lex.names[g])
    return sorted(names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--label", default=None, choices=LABELS)
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--seeds-only", action="store_true")
    args = ap.parse_args()
    corpus = load()
    train = corpus.subset(split="train")
    texts, labels, groups, weights, n_narr = training_rows(train, 1.0)
    model = StanceClassifier().fit(texts, labels, groups=groups, sample_weight=weights)
    Y = np.asarray(labels)
    P = model.oof_proba_
    pred = (model.thresholds_ <= P).astype(int)
    n_st = len(texts) - n_narr
    if not args.seeds_only:
        for j, name in enumerate(LABELS):
            if args.label and name != args.label:
                continue
            fp = np.flatnonzero((pred[:, j] == 1) & (Y[:, j] == 0))
            fn = np.flatnonzero((pred[:, j] == 0) & (Y[:, j] == 1))
            print(f"== {name}: threshold {model.thresholds_[j]:.2f}, FP {len(fp)} "
                  f"({np.sum(fp >= n_st)} narration), FN {len(fn)}")
            for kind, idx in (("FP", fp), ("FN", fn)):
                c = Counter(g for i in idx for g in cue_names(texts[i]))
                print(f"  {kind} cue groups: {dict(c.most_common())}")
            tp = np.flatnonzero((pred[:, j] == 1) & (Y[:, j] == 1))
            c = Counter(g for i in tp for g in cue_names(texts[i]))
            print(f"  TP cue groups (of {len(tp)}): {dict(c.most_common())}")
            for kind, idx in (("FP", fp), ("FN", fn)):
                order = idx[np.argsort(-P[idx, j] if kind == "FP" else P[idx, j])][: args.show]
                for i in order:
                    other = "".join("CBA"[k] if Y[i, k] else "." for k in range(3))
                    print(f"  {kind} {P[i, j]:.2f} [{other}] {texts[i][:300]}")
    seeds = corpus.subset(provenance="seed")
    sp = model.predict_proba(seeds.texts())
    spred = (sp >= model.thresholds_).astype(int)
    SY = np.array(seeds.label_matrix())
    print("== seeds: wrong label sets")
    for k, st in enumerate(seeds.statements):
        if (spred[k] != SY[k]).any():
            g = "".join("CBA"[m] if SY[k, m] else "." for m in range(3))
            p = "".join("CBA"[m] if spred[k, m] else "." for m in range(3))
            probs = " ".join(f"{v:.2f}" for v in sp[k])
            print(f"  gold {g} pred {p} ({probs}) {st.text[:400]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
