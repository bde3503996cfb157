"""Compare training designs of the stance model by grouped cross-validation on the corpus.

Each design says how the training data is assembled (statements only, or statements plus the
corpus' narration sentences as negatives, with a weight) and how the estimator is set. For each
design the script reports:

- ``cv``: grouped 5-fold cross-validation over the articles of the train split. Every outer fold
  fits the whole recipe (features, regressions, calibration and thresholds by an inner
  cross-validation) on the other folds and predicts the held-out articles; per-label F1 on the
  held-out *statements*, and the share of held-out *narration* sentences given each label
  (false alarms: narration carries no stance); ``cv_all``: per-label F1 on every held-out
  sentence, statements and narration (the primary criterion: real text mixes both);
- ``test``: trained on the whole train split, per-label F1 on the test split's statements and on
  the seed articles, and the narration false-alarm rate of the test split;
- ``real`` (only with ``--real FILE``): per-label F1 on a labelled file of real passages, with
  the bootstrap interval of macro-F1. Measurement only: designs are chosen by ``cv``.

Criterion (fixed before the runs, rounds 1 and 2 alike): macro-F1 over *every* held-out sentence
of the grouped 5-fold CV on the train split (``cv_all``). A design replaces the simpler one only
if it gains more than 0.003 (differences below that are fold noise); among designs within 0.003
of the best, the simplest is taken, blame precision and narration alarms breaking ties. Test,
seed and real-passage figures are measured for the finalists, never used to choose between
designs that differ there by less than their bootstrap noise.

Usage::

    python scripts/compare_designs.py [--corpus DIR] [--real FILE] [--designs a,b,...] [--json OUT] [--no-cv]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stance.corpus import Corpus, load  # noqa: E402
from stance.metrics import binary_scores  # noqa: E402
from stance.model import StanceClassifier  # noqa: E402
from stance.results import LABELS  # noqa: E402


@dataclass(frozen=True)
class Design:
    """A training recipe: which narration goes in, with which weight, and estimator params."""

    name: str
    narration: str = "none"  # none | all | news (narration of news articles only)
    weight: float = 1.0
    gate: bool = False  # a statement-or-narration classifier that zeroes narration's labels
    blame_beta: float = 1.0  # the blame threshold maximises F-beta out of fold (beta < 1: precision)
    params: dict[str, Any] = field(default_factory=dict)
    cues: str | None = None  # extra cue groups merged into the shipped lexicon (scripts/designs/<cues>.json)
    label_C: tuple[float, float, float] | None = None  # a C per label (one model per label)
    cue_groups: tuple[str, ...] | None = None  # only these "label:group"s of ``cues`` (None: all)
    # the lexicon to start from (scripts/designs/<base_cues>.json; None: the shipped one). Every
    # design but "shipped" starts from round 1's lexicon, so that its name keeps its meaning
    base_cues: str | None = "cues_round1"
    structure: tuple[str, ...] = ()  # prototype feature blocks: "cues" (cue co-occurrence), "length"
    # round 3: cues taken out of the lexicon ("label:group:cue"), estimator params per label (one
    # model per label, like label_C), and the F-beta of each label's threshold (1: F1)
    drop: tuple[str, ...] = ()
    label_params: tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None = None
    label_beta: tuple[float, float, float] = (1.0, 1.0, 1.0)


BARE_CONCERN = tuple(f"concern:worry:{w}" for w in ("concern", "concerned", "concerns", "concerning"))

# round 4: the malformed inflections of concern:interest and blame:falsehood (see
# scripts/designs/cues_round4.json, which adds the right forms)
_MALFORMED = (
    "addresss ",
    "accommodateed",
    "accommodateing",
    "meeted ",
    "take into accounts",
    "take into accounted",
    "take into accounting",
    "understanded",
    "security security",
)


def _malformed() -> tuple[str, ...]:
    doc = json.loads((ROOT / "src" / "stance" / "data" / "stance_cues.json").read_text(encoding="utf-8"))
    out = [f"concern:interest:{c}" for c in doc["concern"]["interest"] if any(b in c for b in _MALFORMED)]
    return (*out, *(["blame:falsehood:liing"] if "liing" in doc["blame"]["falsehood"] else []))


DROP4 = _malformed()

NOCALL = ("concern:worry", "concern:danger", "concern:topic", "blame:act", "blame:generic")

DESIGNS = {
    d.name: d
    for d in (
        Design("statements-only"),
        Design("narration-all-w1", "all", 1.0),
        Design("narration-all-w0.5", "all", 0.5),
        Design("narration-all-w0.25", "all", 0.25),
        Design("narration-all-w2", "all", 2.0),
        Design("narration-news-w1", "news", 1.0),
        Design("gate", "none", gate=True),
        Design("narration-all-w1+gate", "all", 1.0, gate=True),
        Design("narration-all-w1-unbalanced", "all", 1.0, params={"class_weight": None}),
        Design("narration-all-w1-C2", "all", 1.0, params={"C": 2.0}),
        Design("narration-all-w1-C8", "all", 1.0, params={"C": 8.0}),
        Design("statements-only-unbalanced", params={"class_weight": None}),
        Design("narration-all-w1-blame-F0.5", "all", 1.0, blame_beta=0.5),
        Design("narration-all-w1-blame-F0.7", "all", 1.0, blame_beta=0.7),
        Design("narration-all-w1-lexicon0", "all", 1.0, params={"lexicon": 0.0}),
        Design("narration-all-w1-lexicon1", "all", 1.0, params={"lexicon": 1.0}),
        Design("narration-all-w1-char36", "all", 1.0, params={"char_ngrams": (3, 6)}),
        Design("narration-all-w1-nochar", "all", 1.0, params={"char_ngrams": None}),
        Design("narration-all-w1-C1", "all", 1.0, params={"C": 1.0}),
        # round 2 (issue 9): cue groups of stance structure, per-label C, min_df
        Design("w1+cues2", "all", 1.0, cues="cues_round2"),
        Design(
            "w1+cues2-concern",
            "all",
            1.0,
            cues="cues_round2",
            cue_groups=("concern:worry", "concern:danger", "concern:topic"),
        ),
        Design("w1+cues2-blame", "all", 1.0, cues="cues_round2", cue_groups=("blame:act", "blame:generic")),
        Design("w1+cues2-call", "all", 1.0, cues="cues_round2", cue_groups=("call_to_action:addressed",)),
        Design(
            "w1+cues2-nocall",
            "all",
            1.0,
            cues="cues_round2",
            cue_groups=("concern:worry", "concern:danger", "concern:topic", "blame:act", "blame:generic"),
        ),
        Design("w1+struct", "all", 1.0, structure=("cues",)),
        Design("w1+length", "all", 1.0, structure=("length",)),
        Design(
            "w1+cues2-nocall+struct",
            "all",
            1.0,
            cues="cues_round2",
            structure=("cues",),
            cue_groups=("concern:worry", "concern:danger", "concern:topic", "blame:act", "blame:generic"),
        ),
        Design(
            "w1+cues2-nocall+struct+length",
            "all",
            1.0,
            cues="cues_round2",
            structure=("cues", "length"),
            cue_groups=("concern:worry", "concern:danger", "concern:topic", "blame:act", "blame:generic"),
        ),
        Design("w1+cues2-lexicon1", "all", 1.0, cues="cues_round2", params={"lexicon": 1.0}),
        Design(
            "w1+cues2-nocall-lexicon1",
            "all",
            1.0,
            cues="cues_round2",
            cue_groups=NOCALL,
            params={"lexicon": 1.0},
        ),
        Design(
            "w1+cues2-nocall-lexicon0.25",
            "all",
            1.0,
            cues="cues_round2",
            cue_groups=NOCALL,
            params={"lexicon": 0.25},
        ),
        Design(
            "w1+cues2-nocall-blame-F0.7", "all", 1.0, cues="cues_round2", cue_groups=NOCALL, blame_beta=0.7
        ),
        *(
            Design(
                "w1+cues2-nocall-C-" + "-".join(f"{c:g}" for c in cs),
                "all",
                1.0,
                cues="cues_round2",
                cue_groups=NOCALL,
                label_C=cs,
            )
            for cs in ((4.0, 2.0, 4.0), (4.0, 8.0, 4.0), (8.0, 4.0, 4.0), (4.0, 4.0, 8.0))
        ),
        Design(
            "w1+cues2-nocall-mindf1", "all", 1.0, cues="cues_round2", cue_groups=NOCALL, params={"min_df": 1}
        ),
        Design(
            "w1+cues2-nocall-mindf3", "all", 1.0, cues="cues_round2", cue_groups=NOCALL, params={"min_df": 3}
        ),
        Design("w1+cues2-nocall-w2", "all", 2.0, cues="cues_round2", cue_groups=NOCALL),
        # the recipe of stance.train as shipped (round 2: w1+cues2-nocall, its groups now in
        # data/stance_cues.json)
        Design("shipped", "all", 1.0, base_cues=None),
        Design("shipped-blame-F0.7", "all", 1.0, base_cues=None, blame_beta=0.7),
        Design("shipped-lexicon0.25", "all", 1.0, base_cues=None, params={"lexicon": 0.25}),
        Design("shipped-w2", "all", 2.0, base_cues=None),
        Design("shipped-C8", "all", 1.0, base_cues=None, params={"C": 8.0}),
        Design("shipped+calls", "all", 1.0, base_cues=None, structure=("calls",)),
        # round 3 (issue 9, concern on real text): the speaker's own voiced worry
        # (scripts/designs/cues_round3.json), merged into the shipped lexicon
        Design(
            "shipped+voiced", "all", 1.0, base_cues=None, cues="cues_round3", cue_groups=("concern:voiced",)
        ),
        Design(
            "shipped+voiced-strict",
            "all",
            1.0,
            base_cues=None,
            cues="cues_round3",
            cue_groups=("concern:voiced",),
            drop=BARE_CONCERN,
        ),
        # round 4 (lexicon upkeep): the malformed forms out and the right ones in (lex4fix), and
        # the stance groups completed with common words of the same sense (lex4)
        Design(
            "shipped+lex4fix",
            "all",
            1.0,
            base_cues=None,
            cues="cues_round4",
            cue_groups=("concern:interest",),
            drop=DROP4,
        ),
        Design("shipped+lex4", "all", 1.0, base_cues=None, cues="cues_round4", drop=DROP4),
        Design("shipped-concern-F0.7", "all", 1.0, base_cues=None, label_beta=(0.7, 1.0, 1.0)),
        *(
            Design(
                f"shipped-concern-{key}{value:g}",
                "all",
                1.0,
                base_cues=None,
                label_params=({key: value}, {}, {}),
            )
            for key, value in (("C", 1.0), ("C", 2.0), ("lexicon", 1.0))
        ),
        Design(
            "shipped-concern-unbalanced",
            "all",
            1.0,
            base_cues=None,
            label_params=({"class_weight": None}, {}, {}),
        ),
    )
}


@dataclass
class Rows:
    texts: list[str]
    Y: np.ndarray
    groups: list[str]
    is_narration: np.ndarray
    genre: list[str]


def assemble(corpus: Corpus) -> Rows:
    """Statements (with labels) then narration sentences (labels 0) of a corpus."""
    genre = {a.id: a.genre for a in corpus.articles}
    narration = corpus.narration()
    texts = corpus.texts() + [n.text for n in narration]
    Y = np.array(corpus.label_matrix() + [n.labels for n in narration], dtype=np.int64)
    groups = corpus.groups() + [n.article_id for n in narration]
    is_narr = np.array([False] * len(corpus.statements) + [True] * len(narration))
    return Rows(texts, Y, groups, is_narr, [genre[g] for g in groups])


def weights(rows: Rows, design: Design) -> np.ndarray:
    """Per-row training weight: 1 for statements; the design's narration weight (0: left out)."""
    w = np.ones(len(rows.texts))
    for i in np.flatnonzero(rows.is_narration):
        keep = design.narration == "all" or (design.narration == "news" and rows.genre[i] == "news")
        w[i] = design.weight if keep else 0.0
    return w


@contextmanager
def lexicon(
    name: str | None, only: tuple[str, ...] | None = None, base: str | None = None, drop: tuple[str, ...] = ()
) -> Iterator[None]:
    """While fitting, the cue lexicon of the design: the shipped one (or the one of
    ``scripts/designs/<base>.json``) with the groups of ``scripts/designs/<name>.json`` merged in
    (cues added to a group of the same name, new groups added; ``only``: just these groups;
    ``drop``: these ``label:group:cue``s taken out)."""
    if name is None and base is None and not drop:
        yield
        return
    import stance.features as sf

    original = sf.shipped_cues

    def read(file: str) -> dict[str, Any]:
        doc = json.loads((ROOT / "scripts" / "designs" / f"{file}.json").read_text(encoding="utf-8"))
        return {k: v for k, v in doc.items() if k != "description"}

    extra = read(name) if name else {}

    def merged() -> Any:
        groups = read(base) if base else original()
        for label, gs in extra.items():
            for g, cues in gs.items():
                if only is not None and f"{label}:{g}" not in only:
                    continue
                have = groups.setdefault(label, {}).setdefault(g, [])
                have.extend(c for c in cues if c not in have)
        for item in drop:
            label, g, cue = item.split(":", 2)
            groups[label][g] = [c for c in groups[label][g] if c != cue]
        return sf.check_cues([[lb, g, cs] for lb, gs in groups.items() for g, cs in gs.items()])

    sf.shipped_cues = merged
    try:
        yield
    finally:
        sf.shipped_cues = original


_NOT_STANCE = {"cue:concern:interest", "cue:concern:topic", "cue:blame:generic"}


def structure_columns(feats: Any, X: Any, texts: list[str], blocks: tuple[str, ...]) -> np.ndarray:
    """Prototype blocks of stance structure, from the cue columns of ``X`` and the text length.

    ``cues``: which labels' cue groups a text holds, as co-occurrence flags (a call cue with no
    blame cue, a concern cue with no blame cue, a blame cue alone, blame with call, blame with
    concern, no cue at all); ``length``: one-hot bins of the number of words (<= 12, 13-25,
    26-40, > 40). Weight 0.5 each, like the lexicon."""
    from stance.features import normalize, tokenize

    cols = []
    if "cues" in blocks:
        base = feats.blocks_[0] + feats.blocks_[1]
        names = feats.terms_[base:]
        has = {}
        for label in ("concern", "blame", "call_to_action"):
            idx = [
                base + k
                for k, n in enumerate(names)
                if n.startswith(f"cue:{label}:") and n not in _NOT_STANCE
            ]
            has[label] = np.asarray((X[:, idx] > 0).sum(axis=1)).ravel() > 0
        c, b, a = has["concern"], has["blame"], has["call_to_action"]
        cols += [a & ~b, c & ~b, b & ~a & ~c, b & a, b & c, ~a & ~b & ~c]
    if "calls" in blocks:  # only: a call cue with no blame cue, a concern cue with no blame cue
        base = feats.blocks_[0] + feats.blocks_[1]
        names = feats.terms_[base:]
        has = {}
        for label in ("concern", "blame", "call_to_action"):
            idx = [
                base + k
                for k, n in enumerate(names)
                if n.startswith(f"cue:{label}:") and n not in _NOT_STANCE
            ]
            has[label] = np.asarray((X[:, idx] > 0).sum(axis=1)).ravel() > 0
        cols += [has["call_to_action"] & ~has["blame"], has["concern"] & ~has["blame"]]
    if "length" in blocks:
        n = np.array([len(tokenize(normalize(t))) for t in texts])
        cols += [n <= 12, (n > 12) & (n <= 25), (n > 25) & (n <= 40), n > 40]
    return 0.5 * np.stack(cols, axis=1).astype(float)


def structured_classifier(blocks: tuple[str, ...], params: dict[str, Any]) -> StanceClassifier:
    """A StanceClassifier whose features carry the prototype blocks (scored through the matrix
    path, not the fast projection: a prototype for comparison only)."""
    from scipy import sparse

    from stance.features import TfidfFeatures
    from stance.linear import sigmoid

    class Feats(TfidfFeatures):
        def transform(self, texts: Any) -> Any:
            texts = list(texts)
            X = super().transform(texts)
            return sparse.hstack([X, sparse.csr_matrix(structure_columns(self, X, texts, blocks))]).tocsr()

    class Clf(StanceClassifier):
        def _new_features(self) -> TfidfFeatures:
            return Feats(**self._feature_params())

        def predict_proba(self, X: Any) -> np.ndarray:
            texts = list(X)
            D = self.features_.transform(texts) @ self.coef_.T + self.intercept_
            return sigmoid(self.calibration_[:, 0] * D + self.calibration_[:, 1])

    return Clf(**params)


class Fitted:
    """A design fitted on some rows: the stance model and, for gated designs, the gate."""

    def __init__(self, design: Design, rows: Rows, idx: np.ndarray) -> None:
        w = weights(rows, design)[idx]
        keep = idx[w > 0]
        if design.label_params is not None:
            per_label = [dict(design.params, **p) for p in design.label_params]
        elif design.label_C is not None:
            per_label = [dict(design.params, C=C) for C in design.label_C]
        else:
            per_label = [dict(design.params)]
        self.models = []
        done: dict[str, StanceClassifier] = {}  # labels with the same params share one fit
        with lexicon(design.cues, design.cue_groups, design.base_cues, design.drop):
            for params in per_label:
                key = repr(sorted(params.items()))
                if key not in done:
                    clf = (
                        structured_classifier(design.structure, params)
                        if design.structure
                        else StanceClassifier(**params)
                    )
                    done[key] = clf.fit(
                        [rows.texts[i] for i in keep],
                        rows.Y[keep],
                        groups=[rows.groups[i] for i in keep],
                        sample_weight=w[w > 0],
                    )
                self.models.append(done[key])
        self.model = self.models[0]
        if len(self.models) > 1:  # label j from the model fitted with the j-th C
            for j, m in enumerate(self.models):
                self.model.thresholds_[j] = m.thresholds_[j]
                self.model.oof_proba_[:, j] = m.oof_proba_[:, j]
        betas = list(design.label_beta)
        if design.blame_beta != 1.0:
            betas[LABELS.index("blame")] = design.blame_beta
        for j, beta in enumerate(betas):
            if beta != 1.0:
                self.model.thresholds_[j] = best_fbeta(
                    self.model.oof_proba_[:, j], rows.Y[keep, j], w[w > 0], beta
                )
        self.gate = None
        if design.gate:
            from sklearn.linear_model import LogisticRegression

            from stance.features import TfidfFeatures

            texts = [rows.texts[i] for i in idx]
            self.gate_features = TfidfFeatures((1, 2), (2, 5), 2, False, 0.0).fit(texts)
            y = (~rows.is_narration[idx]).astype(int)
            self.gate = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear").fit(
                self.gate_features.transform(texts), y
            )

    def predict(self, texts: list[str]) -> np.ndarray:
        if len(self.models) > 1:
            proba = np.stack([m.predict_proba(texts)[:, j] for j, m in enumerate(self.models)], axis=1)
            pred = (proba >= self.model.thresholds_).astype(np.int64)
        else:
            pred = self.model.predict(texts)
        if self.gate is not None:
            keep = self.gate.predict(self.gate_features.transform(texts)) == 1
            pred = pred * keep[:, None]
        return pred


def best_fbeta(p: np.ndarray, y: np.ndarray, w: np.ndarray, beta: float) -> float:
    """The threshold in [0.05, 0.95] that maximises weighted F-beta of out-of-fold probabilities."""
    best, best_f = 0.5, -1.0
    for t in np.round(np.arange(0.05, 0.951, 0.01), 2):
        pred = p >= t
        tp = float(np.sum(w * (pred & (y == 1))))
        fp = float(np.sum(w * (pred & (y == 0))))
        fn = float(np.sum(w * (~pred & (y == 1))))
        b2 = beta * beta
        f = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
        if f > best_f:
            best, best_f = float(t), f
    return best


def figures(Y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    out = {name: binary_scores(Y[:, j], pred[:, j])["f1"] for j, name in enumerate(LABELS)}
    out["macro"] = float(np.mean([out[n] for n in LABELS]))
    out["blame_precision"] = binary_scores(Y[:, 1], pred[:, 1])["precision"]
    out["concern_precision"] = binary_scores(Y[:, 0], pred[:, 0])["precision"]
    out["concern_recall"] = binary_scores(Y[:, 0], pred[:, 0])["recall"]
    return out


def false_alarms(pred: np.ndarray) -> dict[str, float]:
    """Share of narration sentences given each label, and any label."""
    if not len(pred):
        return {}
    out = {name: float(pred[:, j].mean()) for j, name in enumerate(LABELS)}
    out["any"] = float(pred.any(axis=1).mean())
    return out


def run(design: Design, corpus: Corpus, real: Path | None, folds: int = 5, cv: bool = True) -> dict[str, Any]:
    train = assemble(corpus.subset(split="train"))
    out: dict[str, Any] = {"design": design.name}
    if cv:
        pred = np.zeros_like(train.Y)
        splitter = GroupKFold(n_splits=folds)
        for tr, te in splitter.split(train.texts, train.Y, train.groups):
            fitted = Fitted(design, train, tr)
            pred[te] = fitted.predict([train.texts[i] for i in te])
        st = ~train.is_narration
        out["cv"] = figures(train.Y[st], pred[st])
        # every sentence of the held-out articles, statements and narration alike: the primary
        # criterion (real text mixes both; a false alarm on narration counts against precision)
        out["cv_all"] = figures(train.Y, pred)
        out["cv_narration_alarms"] = false_alarms(pred[train.is_narration])
    fitted = Fitted(design, train, np.arange(len(train.texts)))
    test = assemble(corpus.subset(split="test"))
    tpred = fitted.predict(test.texts)
    st = ~test.is_narration
    out["test"] = figures(test.Y[st], tpred[st])
    out["test_narration_alarms"] = false_alarms(tpred[test.is_narration])
    seeds = corpus.subset(provenance="seed")
    out["seed"] = figures(np.array(seeds.label_matrix()), fitted.predict(seeds.texts()))
    if real is not None:
        from stance.evaluate import bootstrap_interval, read_labelled

        texts, Y = read_labelled(real)
        rp = fitted.predict(texts)
        out["real"] = figures(Y, rp)
        out["real"]["interval"] = bootstrap_interval(Y, rp.astype(float), [0.5, 0.5, 0.5])
    return out


def row(name: str, f: dict[str, float]) -> str:
    return f"{name}: " + " ".join(f"{k}={v:.3f}" for k, v in f.items() if isinstance(v, float))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--real", type=Path, default=None, help="labelled real passages (measurement only)")
    ap.add_argument("--designs", default=",".join(DESIGNS), help=f"comma-separated, among {list(DESIGNS)}")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON lines")
    ap.add_argument(
        "--no-cv",
        action="store_true",
        help="skip the cross-validation: measure designs already chosen (test, seeds, --real) only",
    )
    args = ap.parse_args()
    corpus = load(args.corpus)
    results = []
    for name in args.designs.split(","):
        t0 = time.time()
        res = run(DESIGNS[name], corpus, args.real, cv=not args.no_cv)
        results.append(res)
        print(f"== {name} ({time.time() - t0:.0f} s)")
        for key in ("cv_all", "cv", "cv_narration_alarms", "test", "test_narration_alarms", "seed", "real"):
            if key in res:
                extra = (
                    f" interval={res[key]['interval'][0]:.3f}-{res[key]['interval'][1]:.3f}"
                    if key == "real"
                    else ""
                )
                print("  " + row(key, res[key]) + extra, flush=True)
        if args.json:
            with args.json.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(res) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
