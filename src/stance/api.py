"""The public functions: load and train models, score texts, analyze articles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union, overload

import numpy as np

from .actors import Gazetteer, default_gazetteer
from .corpus import Corpus
from .corpus import load as load_corpus
from .errors import StanceValueError, as_texts, check_type, invalid_value
from .linear import LinearStance
from .persist import load_linear, load_model, model_from_linear, save_model
from .results import LABELS, Score, Statement
from .targets import conflict_parties, find_targets

if TYPE_CHECKING:
    from .model import StanceClassifier

#: What the ``model`` argument of :func:`score` and :func:`analyze` accepts.
ModelArg = Union["StanceClassifier", LinearStance, str, Path, None]

__all__ = ["DEFAULT_MODEL", "analyze", "load", "save", "score", "train"]

#: Where the embedded default model lives inside the package.
DEFAULT_MODEL = "models/default"


def default_model_path() -> Path:
    """The directory of the embedded default model."""
    return Path(str(resources.files("stance").joinpath(DEFAULT_MODEL)))


def _default_path_checked() -> Path:
    path = default_model_path()
    if not (path / "model.json").is_file():
        raise StanceValueError(
            f"the embedded default model is missing from {str(path)!r}; build it with "
            "`stance train` (or pass model=... / a path to stance.load)."
        )
    return path


@lru_cache(maxsize=1)
def _default_read() -> tuple[LinearStance, dict[str, Any]]:
    """The embedded model's arrays and document, verified and read once per process."""
    return load_linear(_default_path_checked())


def _default_linear() -> LinearStance:
    return _default_read()[0]


@lru_cache(maxsize=1)
def _default_model() -> StanceClassifier:
    # shares the arrays of _default_read(): score() and load() never read the directory twice
    return model_from_linear(*_default_read(), default_model_path())


def load(path: str | Path | None = None) -> StanceClassifier:
    """Load a saved model; the embedded default model (loaded once, then cached) when no path.

    Raises
    ------
    ModelFileError
        If the directory is missing, tampered with, truncated or from an incompatible version.
    """
    if path is None:
        return _default_model()
    check_type("path", path, (str, Path))
    return load_model(path)


def resolve_model(model: ModelArg) -> LinearStance:
    """The scoring arrays of a ``model`` argument: None (the embedded default, loaded once and
    without scikit-learn), a saved model's path, a fitted StanceClassifier or a LinearStance."""
    if model is None:
        return _default_linear()
    if isinstance(model, LinearStance):
        return model
    if isinstance(model, (str, Path)):
        return load_linear(model)[0]
    from .model import StanceClassifier

    check_type("model", model, StanceClassifier, "Pass a fitted StanceClassifier or a model path.")
    return model.linear()


def _thresholds(model: LinearStance, threshold: float | Mapping[str, float] | None) -> np.ndarray:
    t = np.array(model.thresholds, dtype=np.float64)
    if threshold is None:
        return t
    if isinstance(threshold, Mapping):
        for name, value in threshold.items():
            if name not in LABELS:
                raise invalid_value("threshold", f"a float or a mapping with keys among {LABELS}", name)
            t[LABELS.index(name)] = _check_unit("threshold", value)
        return t
    return np.full(len(LABELS), _check_unit("threshold", threshold))


def _check_unit(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise invalid_value(name, "a number in [0, 1]", value)
    return float(value)


def _scores(
    model: LinearStance,
    texts: Sequence[str],
    thresholds: np.ndarray,
    speaker_actors: Sequence[str | None],
    parties: Sequence[str],
    gazetteer: Gazetteer | None,
) -> list[Score]:
    if not texts:
        return []
    proba = model.predict_proba(list(texts))
    gaz = gazetteer or default_gazetteer()
    names = [tuple(n for j, n in enumerate(LABELS) if bits >> j & 1) for bits in range(2 ** len(LABELS))]
    codes = ((proba >= thresholds) @ (1 << np.arange(len(LABELS)))).tolist()  # label set as bits
    out = []
    for text, p, code, actor in zip(texts, proba.tolist(), codes, speaker_actors):
        labels = names[code]
        blame: tuple[str, ...] = ()
        call: tuple[str, ...] = ()
        if "blame" in labels or "call_to_action" in labels:
            found = gaz.find(text)  # once for both labels
            if "blame" in labels:
                blame = find_targets(text, "blame", actor, parties, gaz, mentions=found)
            if "call_to_action" in labels:
                call = find_targets(text, "call_to_action", actor, parties, gaz, mentions=found)
        out.append(Score(p[0], p[1], p[2], labels, blame, call))
    return out


@overload
def score(  # type: ignore[overload-overlap]  # a str is also a Sequence[str]; str wins
    texts: str,
    *,
    model: ModelArg = ...,
    threshold: float | Mapping[str, float] | None = ...,
) -> Score: ...


@overload
def score(
    texts: Sequence[str],
    *,
    model: ModelArg = ...,
    threshold: float | Mapping[str, float] | None = ...,
) -> list[Score]: ...


def score(
    texts: str | Sequence[str],
    *,
    model: ModelArg = None,
    threshold: float | Mapping[str, float] | None = None,
) -> Score | list[Score]:
    """Stance probabilities, predicted labels and targets of one text or many.

    Parameters
    ----------
    texts : one statement (gives one :class:`Score`) or a sequence (gives a list, same order).
    model : a fitted :class:`StanceClassifier`, a saved model's path, a
        :class:`~stance.linear.LinearStance`, or None (the embedded default).
    threshold : override the model's per-label thresholds: one number for all labels or a
        mapping ``{label: threshold}``.

    Examples
    --------
    >>> s = score("The Secretary-General calls on the parties to refrain from escalation.")
    >>> s.labels
    ('call_to_action',)
    >>> 0.0 <= s.concern <= 1.0
    True
    """
    m = resolve_model(model)
    t = _thresholds(m, threshold)
    if isinstance(texts, str):
        return _scores(m, [texts], t, [None], (), None)[0]
    items = as_texts(texts, "texts")
    return _scores(m, items, t, [None] * len(items), (), None)


def analyze(
    article: str,
    *,
    model: ModelArg = None,
    gazetteer: Gazetteer | None = None,
    threshold: float | Mapping[str, float] | None = None,
) -> list[Statement]:
    """Segment an article into statements and score each one.

    Targets: a statement's own speaker is never its target; ``the parties`` and ``both sides``
    stand for the two actors the article names most (:func:`stance.targets.conflict_parties`).

    Examples
    --------
    >>> text = 'Russia urged Azerbaijan to withdraw. "We are deeply alarmed," the ministry said.'
    >>> [(s.speaker, s.actor, s.score.call_targets) for s in analyze(text)]
    [('Russia', 'RUS', ('AZE',)), ('Russia', 'RUS', ())]
    >>> first, second = analyze(text)
    >>> "call_to_action" in first.score.labels and "concern" in second.score.labels
    True
    """
    from .segment import segment

    check_type("article", article, str)
    m = resolve_model(model)
    t = _thresholds(m, threshold)
    gaz = gazetteer or default_gazetteer()
    statements = segment(article, gazetteer=gaz)
    speakers = [s.speaker_span for s in statements if s.speaker_span is not None]
    parties = conflict_parties(article, gaz, skip=speakers)
    scores = _scores(m, [s.text for s in statements], t, [s.actor for s in statements], parties, gaz)
    return [replace(s, score=sc) for s, sc in zip(statements, scores)]


def _corpus_arg(corpus: Corpus | str | Path | None) -> Corpus:
    if corpus is None or isinstance(corpus, (str, Path)):
        return load_corpus(corpus)
    check_type("corpus", corpus, Corpus, "Pass a Corpus, a corpus directory, or None.")
    return corpus


def evaluate_model(model: StanceClassifier, corpus: Corpus) -> dict[str, Any]:
    """Per-label and macro figures of ``model`` on the statements of ``corpus``."""
    from .model import label_report

    Y = np.array(corpus.label_matrix(), dtype=np.int64).reshape(-1, len(LABELS))
    proba = model.predict_proba(corpus.texts()) if len(Y) else np.zeros((0, len(LABELS)))
    return label_report(Y, proba, model.thresholds_)


def training_rows(
    corpus: Corpus, narration: float = 1.0
) -> tuple[list[str], list[tuple[int, int, int]], list[str], list[float], int]:
    """Texts, labels, groups (article ids) and sample weights to fit on: every statement
    (weight 1), then every narration sentence (labels 0, weight ``narration``; none if 0).
    Returns them with the number of narration sentences."""
    if isinstance(narration, bool) or not isinstance(narration, (int, float)) or not 0 <= narration < 1e6:
        raise invalid_value("narration", "a non-negative weight (0: statements only)", narration)
    texts, labels, groups = corpus.texts(), corpus.label_matrix(), corpus.groups()
    weights = [1.0] * len(texts)
    rows = corpus.narration() if narration > 0 else []
    texts += [n.text for n in rows]
    labels += [n.labels for n in rows]
    groups += [n.article_id for n in rows]
    weights += [float(narration)] * len(rows)
    return texts, labels, groups, weights, len(rows)


def narration_alarms(model: StanceClassifier, corpus: Corpus) -> dict[str, float]:
    """The share of a corpus' narration sentences that ``model`` gives each label (all are
    false alarms: narration carries no stance)."""
    rows = corpus.narration()
    if not rows:
        return {}
    pred = model.predict([n.text for n in rows])
    return {name: float(pred[:, j].mean()) for j, name in enumerate(LABELS)}


def train(
    corpus: Corpus | str | Path | None = None,
    *,
    out: str | Path | None = None,
    split: str | None = "train",
    narration: float = 1.0,
    **params: Any,
) -> StanceClassifier:
    """Fit a :class:`StanceClassifier` on a corpus, evaluate it, and optionally save it.

    The training data are the corpus' statements with their labels and its narration
    sentences (:meth:`stance.corpus.Corpus.narration`: every other sentence, no stance) as
    negatives, so that a neutral report of shelling or arrests does not score as blame.

    Parameters
    ----------
    corpus : a :class:`~stance.corpus.Corpus`, a corpus directory, or None (the shipped corpus).
    out : directory to save the model to (None: do not save).
    split : train on this split (``"train"``; None trains on every article). Test-split and
        seed-article figures go into the model's metadata when those statements were held out.
    narration : the sample weight of each narration sentence (0: statements only). 1 was chosen
        by grouped cross-validation (``scripts/compare_designs.py``; ``corpus/README.md``).
    **params : parameters of :class:`StanceClassifier` (``C``, ``char_ngrams``, ...).

    Returns
    -------
    StanceClassifier
        Fitted, with ``metadata_`` (training data, corpus hash, versions, evaluation figures).
    """
    from .model import StanceClassifier
    from .persist import versions

    full = _corpus_arg(corpus)
    data = full.subset(split=split) if split is not None else full
    if not data.statements:
        raise StanceValueError(f"the corpus at {full.path!r} has no statements in split {split!r}.")
    texts, labels, groups, weights, n_narration = training_rows(data, narration)
    model = StanceClassifier(**params)
    model.fit(texts, labels, groups=groups, sample_weight=weights)
    from .model import label_report

    n_st = len(data.statements)
    meta: dict[str, Any] = {
        "training_data": f"{n_st} statements and {n_narration} narration sentences "
        f"(weight {narration:g}) from {len(data.articles)} articles (split={split})",
        # cv_report_ covers every training sentence; this one the statements alone
        "cv_statements_report": label_report(
            np.array(labels[:n_st], dtype=np.int64), model.oof_proba_[:n_st], model.thresholds_
        ),
        "corpus_sha256": full.fingerprint(),
        "versions": versions(),
    }
    if split == "train":
        test = full.subset(split="test")
        meta["test_report"] = evaluate_model(model, test)
        meta["test_narration_false_alarms"] = narration_alarms(model, test)
        seeds = full.subset(provenance="seed")
        if seeds.statements and all(a.split != "train" for a in seeds.articles):
            meta["seed_report"] = evaluate_model(model, seeds)
    model.metadata_ = meta
    if out is not None:
        save_model(model, out, meta)
    return model


def save(model: StanceClassifier, path: str | Path) -> Path:
    """Save a fitted model (with its ``metadata_`` if any) to the directory ``path``."""
    return save_model(model, path, getattr(model, "metadata_", None))
