"""The public functions: load and train models, score texts, analyze articles."""

from __future__ import annotations

import itertools
import json
import threading
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Union, overload

import numpy as np

from .actors import Gazetteer, default_gazetteer
from .corpus import Corpus
from .corpus import load as load_corpus
from .errors import ModelFileError, StanceTypeError, StanceValueError, as_texts, check_type, invalid_value
from .linear import LinearStance, resolve_thresholds
from .persist import load_linear, load_model, model_from_linear, save_model
from .results import LABELS, Document, Score, Statement
from .targets import CONTEXT_CHARS, answered_actor, conflict_parties, find_targets, speaker_spans

if TYPE_CHECKING:
    from .model import StanceClassifier

#: What the ``model`` argument of :func:`score` and :func:`analyze` accepts.
ModelArg = Union["StanceClassifier", LinearStance, str, Path, None]

__all__ = ["DEFAULT_MODEL", "analyze", "explain", "load", "pipe", "save", "score", "train"]

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


def load(path: str | Path | None = None, *, sha256: str | None = None) -> StanceClassifier:
    """Load a saved model; the embedded default model (loaded once, then cached) when no path.

    Parameters
    ----------
    path : a model directory written by :func:`save` or ``stance train``.
    sha256 : the digest you trust (``stance.persist.model_digest(path)`` where the model was
        made; ``stance train`` prints it). The checksums in a model directory only show that
        its files are whole: anyone who edits the weights can rewrite them. A pinned digest
        shows it is the model you trust.

    Raises
    ------
    ModelFileError
        If the directory is missing, tampered with, truncated, from an incompatible version,
        or (with ``sha256``) not the pinned model.
    """
    if sha256 is not None:
        check_type("sha256", sha256, str)
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256.lower()):
            raise StanceValueError(
                f"'sha256' must be a SHA-256 digest, 64 hexadecimal characters "
                f"(stance.persist.model_digest(path)); got {sha256[:80]!r}."
            )
    if path is None:
        if sha256 is None:
            return _default_model()
        path = _default_path_checked()
    check_type("path", path, (str, Path))
    return load_model(path, sha256=sha256)


def resolve_model(model: ModelArg) -> LinearStance:
    """The scoring arrays of a ``model`` argument: None (the embedded default, loaded once and
    without scikit-learn), a saved model's path (loaded once and cached, see
    :func:`cached_model`), a fitted StanceClassifier or a LinearStance."""
    if model is None:
        return _default_linear()
    if isinstance(model, LinearStance):
        return model
    if isinstance(model, (str, Path)):
        try:
            return cached_model(model)
        except ModelFileError as exc:  # the argument the caller gave is 'model', not 'path'
            message = str(exc)
            if message.startswith("'path' "):
                raise ModelFileError("'model' " + message[len("'path' ") :]) from exc
            raise
    from .model import StanceClassifier

    check_type("model", model, StanceClassifier, "Pass a fitted StanceClassifier or a model path.")
    return model.linear()


_CACHE_SIZE = 8
_cache: OrderedDict[tuple[Any, ...], LinearStance] = OrderedDict()
_cache_lock = threading.Lock()


def _cache_key(path: str | Path) -> tuple[Any, ...]:
    root = Path(path).resolve()
    stats = []
    for name in ("model.json", "weights.npy", "SHA256SUMS"):
        try:
            st = (root / name).stat()
        except OSError:
            return (str(root), None)  # let the loader report what is missing
        stats.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return (str(root), tuple(stats))


def cached_model(path: str | Path) -> LinearStance:
    """The scoring arrays of the saved model at ``path``, verified and read once per process.

    The cache (thread-safe, the last 8 models) is keyed by the resolved path and the size,
    inode and modification time of the model's files, so a model saved again under the same
    path is read again.
    """
    key = _cache_key(path)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    linear = load_linear(path)[0]  # outside the lock: loading one model does not stall others
    if key[1] is not None:
        with _cache_lock:
            linear = _cache.setdefault(key, linear)
            _cache.move_to_end(key)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return linear


def _thresholds(model: LinearStance, threshold: float | Mapping[str, float] | None) -> np.ndarray:
    return resolve_thresholds(model.thresholds, threshold)


def _scores(
    model: LinearStance,
    texts: Sequence[str],
    thresholds: np.ndarray,
    speaker_actors: Sequence[str | None],
    parties: Sequence[str],
    gazetteer: Gazetteer | None,
    answered: Sequence[str | None] | None = None,
    contexts: Sequence[str] | None = None,
) -> list[Score]:
    if not texts:
        return []
    if answered is None:
        answered = [None] * len(texts)
    if contexts is None:
        contexts = [""] * len(texts)
    proba = model.predict_proba(list(texts))
    gaz = default_gazetteer() if gazetteer is None else gazetteer
    names = [tuple(n for j, n in enumerate(LABELS) if bits >> j & 1) for bits in range(2 ** len(LABELS))]
    codes = ((proba >= thresholds) @ (1 << np.arange(len(LABELS)))).tolist()  # label set as bits
    out = []
    make = Score._make
    for text, p, code, actor, prior, before in zip(
        texts, proba.tolist(), codes, speaker_actors, answered, contexts
    ):
        labels = names[code]
        blame: tuple[str, ...] = ()
        call: tuple[str, ...] = ()
        if "blame" in labels or "call_to_action" in labels:
            found = gaz.find(text)  # once for both labels
            if "blame" in labels:
                blame = find_targets(
                    text, "blame", actor, parties, gaz, mentions=found, answered=prior, context=before
                )
            if "call_to_action" in labels:
                call = find_targets(
                    text, "call_to_action", actor, parties, gaz, mentions=found, context=before
                )
        out.append(make(tuple(p), labels, blame, call))
    return out


def _texts_arg(texts: Any, name: str = "texts") -> list[str]:
    """``texts`` as a list of str, refusing containers whose iteration is not the texts.

    A dict iterates over its keys, a set in an order that changes between processes and a
    DataFrame over its column names: each would be scored without complaint, so each is refused
    with the way to say what was meant.
    """
    if isinstance(texts, Mapping):
        raise StanceTypeError(
            f"{name!r} must be a sequence of texts, got a {type(texts).__name__} (iterating it gives its "
            "keys). Pass list(d.values()) to score the values, or stance.pipe(d.items()) to keep the "
            "keys as ids."
        )
    if isinstance(texts, (set, frozenset)):
        raise StanceTypeError(
            f"{name!r} must be a sequence of texts, got a {type(texts).__name__}, whose order changes from "
            "one process to the next, so results could not be matched to texts. Pass sorted(texts) or a list."
        )
    if _is_dataframe(texts):
        raise StanceTypeError(
            f"{name!r} must be a sequence of texts, got a pandas DataFrame (iterating it gives its column "
            "names). Pass one column: df['text']."
        )
    if isinstance(texts, (bytes, bytearray)):
        raise StanceTypeError(
            f"{name!r} must be a str or a sequence of str, got {type(texts).__name__}. Decode it first: "
            "data.decode('utf-8')."
        )
    items = as_texts(texts, name)
    return items


def _is_dataframe(value: Any) -> bool:
    return type(value).__module__.startswith("pandas") and hasattr(value, "columns")


def _is_series(value: Any) -> bool:
    return type(value).__module__.startswith("pandas") and hasattr(value, "index") and hasattr(value, "dtype")


def _check_n_jobs(n_jobs: Any) -> int | None:
    if n_jobs is None:
        return None
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise invalid_value(
            "n_jobs", "None, a positive int, or a negative int as in joblib (-1: every core)", n_jobs
        )
    return n_jobs


def _check_batch_size(batch_size: Any) -> int:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise invalid_value("batch_size", "a positive int", batch_size)
    return batch_size


def _model_spec(model: ModelArg) -> Any:
    """What to send to a worker process: None and paths travel as they are (each worker
    loads and caches the model itself); fitted models travel as their scoring arrays."""
    if model is None or isinstance(model, (str, Path)):
        if model is not None:
            cached_model(model)  # fail here, in the caller, if the path is not a model
        return None if model is None else str(model)
    # a copy without the scoring caches (rebuilt in each worker): smaller, and nothing such as a
    # lock that would not pickle
    return replace(resolve_model(model))


def _score_batch(spec: Any, texts: list[str], threshold: Any) -> list[Score]:
    m = resolve_model(spec)
    return _scores(m, texts, _thresholds(m, threshold), [None] * len(texts), (), None)


def _parallel(n_jobs: int | None) -> Any:
    from joblib import Parallel

    return Parallel(n_jobs=n_jobs, return_as="generator")


@overload
def score(  # type: ignore[overload-overlap]  # a str is also a Sequence[str]; str wins
    texts: str,
    *,
    model: ModelArg = ...,
    threshold: float | Mapping[str, float] | None = ...,
    n_jobs: int | None = ...,
    batch_size: int = ...,
) -> Score: ...


@overload
def score(
    texts: Iterable[str],
    *,
    model: ModelArg = ...,
    threshold: float | Mapping[str, float] | None = ...,
    n_jobs: int | None = ...,
    batch_size: int = ...,
) -> list[Score]: ...


def score(
    texts: str | Iterable[str],
    *,
    model: ModelArg = None,
    threshold: float | Mapping[str, float] | None = None,
    n_jobs: int | None = None,
    batch_size: int = 2000,
) -> Score | list[Score]:
    """Stance probabilities, predicted labels and targets of one text or many.

    Parameters
    ----------
    texts : one statement (gives one :class:`Score`) or a sequence of them: a list, a tuple, a
        generator, a numpy array or a pandas Series of str (gives a list, same order). A dict,
        a set or a DataFrame is refused (their iteration is not a list of texts).
    model : a fitted :class:`StanceClassifier`, a saved model's path (read once, then cached),
        a :class:`~stance.linear.LinearStance`, or None (the embedded default).
    threshold : override the model's per-label thresholds: one number for all labels or a
        mapping ``{label: threshold}``.
    n_jobs : score in parallel through joblib: None or 1 in this thread, ``k`` in ``k``
        worker processes, -1 on every core. Inside ``joblib.parallel_config(backend="dask")``
        the batches run on a Dask cluster.
    batch_size : texts per parallel task.

    Raises
    ------
    StanceTypeError
        If ``texts`` is not a str or a sequence of str.

    Examples
    --------
    >>> s = score("The Secretary-General calls on the parties to refrain from escalation.")
    >>> s.labels
    ('call_to_action',)
    >>> 0.0 <= s.concern <= 1.0
    True
    """
    n_jobs = _check_n_jobs(n_jobs)
    batch_size = _check_batch_size(batch_size)
    if isinstance(texts, str):
        m = resolve_model(model)
        return _scores(m, [texts], _thresholds(m, threshold), [None], (), None)[0]
    if texts is None or isinstance(texts, PurePath) or not isinstance(texts, Iterable):
        raise StanceTypeError(
            f"'texts' must be a str or a sequence of str, got {_show_type(texts)} ({texts!r:.80}). "
            + (_read_hint(texts) or "Pass one text or a list of texts.")
        )
    items = _texts_arg(texts, "texts")
    if n_jobs in (None, 1) or len(items) <= batch_size:
        m = resolve_model(model)
        return _scores(m, items, _thresholds(m, threshold), [None] * len(items), (), None)
    from joblib import delayed

    _thresholds(resolve_model(model), threshold)  # a bad threshold fails here, not in a worker
    spec = _model_spec(model)
    tasks = (
        delayed(_score_batch)(spec, items[i : i + batch_size], threshold)
        for i in range(0, len(items), batch_size)
    )
    return [s for batch in _parallel(n_jobs)(tasks) for s in batch]


def _gazetteer_arg(gazetteer: Any) -> Gazetteer:
    if gazetteer is None:
        return default_gazetteer()
    check_type(
        "gazetteer", gazetteer, Gazetteer,
        "Pass a Gazetteer, e.g. stance.Gazetteer.default().extend(code, names), or None for the default.",
    )  # fmt: skip
    return gazetteer


def _analyze(
    article: str,
    m: LinearStance,
    t: np.ndarray,
    gaz: Gazetteer,
    doc_id: Any = None,
    issuer: str | None = None,
) -> Document:
    from .segmentation import segment
    from .segmentation.assembly import scoring_texts

    statements = segment(article, gazetteer=gaz, issuer=issuer)
    parties = conflict_parties(article, gaz, skip=speaker_spans(article, statements))
    actors = [s.actor for s in statements]
    # the statement each one follows at once, if another actor's: what a rebuttal answers
    answered = [answered_actor(article, a, b) for a, b in itertools.pairwise(statements)]
    answered = [None, *answered][: len(statements)]
    # a list's items are scored with their lead-in ('We call on both sides to:' '- withdraw ...')
    # the text before each statement: a culprit named only in the sentence before it
    contexts = [article[max(0, s.start - CONTEXT_CHARS) : s.start] for s in statements]
    scores = _scores(m, scoring_texts(article, statements), t, actors, parties, gaz, answered, contexts)
    return Document((replace(s, score=sc) for s, sc in zip(statements, scores)), text=article, id=doc_id)


def analyze(
    article: str,
    *,
    model: ModelArg = None,
    gazetteer: Gazetteer | None = None,
    threshold: float | Mapping[str, float] | None = None,
    issuer: str | None = None,
) -> Document:
    """Segment an article into statements and score each one.

    ``issuer`` names the speaker of a first-person text (press release, readout, speech) when
    its header does not (see :func:`stance.segment`).

    Targets: a statement's own speaker is never its target; ``the parties`` and ``both sides``
    stand for the two actors the article names most (:func:`stance.targets.conflict_parties`).

    Parameters
    ----------
    article : one article. For many, use :func:`pipe` (lazily, with ids and ``n_jobs``).
    model : as in :func:`score`.
    gazetteer : a :class:`~stance.actors.Gazetteer`, or None for the shipped one.
    threshold : as in :func:`score`.

    Returns
    -------
    Document
        A list of :class:`Statement`, in text order, each with its ``score``; it also holds the
        article (``.text``), shows itself highlighted in a notebook and has ``.to_frame()``.

    Examples
    --------
    >>> text = 'Russia urged Azerbaijan to withdraw. "We are deeply alarmed," the ministry said.'
    >>> [(s.speaker, s.actor, s.score.call_targets) for s in analyze(text)]
    [('Russia', 'RUS', ('AZE',)), ('Russia', 'RUS', ())]
    >>> first, second = analyze(text)
    >>> "call_to_action" in first.score.labels and "concern" in second.score.labels
    True
    """
    if not isinstance(article, str) and isinstance(article, Iterable) and not isinstance(article, bytes):
        raise StanceTypeError(
            f"'article' must be one str, got {_show_type(article)}. To analyze many documents, use "
            "stance.pipe(docs) (texts, (id, text) pairs or a pandas Series; lazily, with n_jobs)."
        )
    check_type("article", article, str, _read_hint(article))
    m = resolve_model(model)
    t = _thresholds(m, threshold)
    return _analyze(article, m, t, _gazetteer_arg(gazetteer), issuer=issuer)


def explain(
    text: str,
    *,
    model: ModelArg = None,
    top: int = 5,
    threshold: float | Mapping[str, float] | None = None,
) -> dict[str, dict[str, Any]]:
    """Why a text scores as it does: each label's probability, and the words that pushed it.

    The model adds up what each word and phrase of the text contributes to a label's decision
    value (its unigram and character n-grams, a bigram as a phrase of its own, a stance cue
    shared by the words that matched it: :meth:`StanceClassifier.explain`), starting from the
    label's ``intercept``; the probability is that decision value, calibrated. A word's
    ``share`` is its contribution divided by the sum of the sizes of all contributions to the
    label, with its sign: the shares of all the text's words make 1 in absolute value, and a
    word at 0.40 up gives four tenths of everything that moved the label, towards it.

    Parameters
    ----------
    text : one statement (scored as :func:`score` scores it).
    model : as in :func:`score` (None: the embedded default, loaded once and shared).
    top : how many words to list each way (the largest first).
    threshold : as in :func:`score` (it decides ``predicted``).

    Returns
    -------
    ``{label: {"probability", "threshold", "predicted", "decision", "intercept", "up",
    "down"}}`` for each label of :data:`LABELS`: the calibrated probability and the threshold
    it is compared with, whether the label is predicted (probability >= threshold), the raw
    decision value and its intercept (the decision of a text with no known word), and the
    ``top`` words and phrases that pushed it up and down as ``(word, share)`` pairs. Words are
    shown normalised (lower case, folded quotes).

    Examples
    --------
    >>> ex = explain("We urge Baku to withdraw its troops.", top=3)
    >>> call = ex["call_to_action"]
    >>> same = abs(call["probability"] - score("We urge Baku to withdraw its troops.").call_to_action) < 1e-12
    >>> call["predicted"], same
    (True, True)
    >>> word, share = call["up"][0]
    >>> word, 0 < share <= 1
    ('urge', True)
    """
    check_type("text", text, str, _read_hint(text))
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise invalid_value("top", "an int >= 0", top)
    m = resolve_model(model)  # the cached, shared arrays: read only here, as score() reads them
    thresholds = _thresholds(m, threshold)
    decision = m.decision_function([text])[0]
    proba = m.predict_proba([text])[0]
    parts = m.features.contributions(text, m.coef)
    out: dict[str, dict[str, Any]] = {}
    for j, name in enumerate(LABELS):
        values = sorted(((key, float(v[j])) for key, v in parts.items()), key=lambda kv: kv[1])
        mass = sum(abs(v) for _, v in values) or 1.0
        up = [(key, v / mass) for key, v in reversed(values) if v > 0][:top]
        down = [(key, v / mass) for key, v in values if v < 0][:top]
        out[name] = {
            "probability": float(proba[j]),
            "threshold": float(thresholds[j]),
            "predicted": bool(proba[j] >= thresholds[j]),
            "decision": float(decision[j]),
            "intercept": float(m.intercept[j]),
            "up": up,
            "down": down,
        }
    return out


def _read_hint(value: Any) -> str:
    """How to make a text of what a user passed instead of one: a path or bytes."""
    if isinstance(value, PurePath):
        return "Read the file first: Path(...).read_text(encoding='utf-8')."
    if isinstance(value, (bytes, bytearray)):
        return "Decode it first: data.decode('utf-8')."
    return ""


def _show_type(value: Any) -> str:
    return f"a {type(value).__name__}"


def _doc_items(docs: Any) -> Iterator[tuple[Any, str]]:
    """(id, text) pairs of what :func:`pipe` accepts, checked one by one as they come."""
    if isinstance(docs, str):
        raise StanceTypeError(
            "'docs' must be an iterable of documents, got a single str. Use stance.analyze(text), or "
            "wrap it: [text]."
        )
    if _is_dataframe(docs):
        raise StanceTypeError(
            "'docs' must be texts, (id, text) pairs or a pandas Series, got a DataFrame. Pass one column "
            "(df['text'], its index becomes the id) or pairs: zip(df['id'], df['text'])."
        )
    if isinstance(docs, (set, frozenset)):
        raise StanceTypeError(
            f"'docs' must be an ordered iterable, got a {type(docs).__name__} (its order changes between "
            "processes). Pass sorted(docs) or (id, text) pairs."
        )
    if _is_series(docs):
        items: Iterable[Any] = docs.items()
        pairs = True
    elif isinstance(docs, Mapping):
        items, pairs = docs.items(), True
    elif isinstance(docs, Iterable):
        items, pairs = docs, False
    else:
        hint = " Read the files first: ((p.stem, p.read_text(encoding='utf-8')) for p in paths)."
        raise StanceTypeError(
            f"'docs' must be an iterable of documents, got {_show_type(docs)}."
            + (hint if isinstance(docs, PurePath) else "")
        )
    return _checked_items(items, pairs)


def _checked_items(items: Iterable[Any], pairs: bool) -> Iterator[tuple[Any, str]]:
    for i, item in enumerate(items):
        if pairs:
            doc_id, text = item
        elif isinstance(item, str):
            doc_id, text = i, item
        elif isinstance(item, tuple) and len(item) == 2:
            doc_id, text = item
        else:
            raise StanceTypeError(
                f"'docs[{i}]' must be a str or an (id, text) pair, got {_show_type(item)}: {repr(item)[:60]}."
            )
        if not isinstance(text, str):
            raise StanceTypeError(
                f"the text of document {doc_id!r} (docs[{i}]) must be str, got {_show_type(text)}."
            )
        yield doc_id, text


def _analyze_batch(
    spec: Any, texts: list[str], threshold: Any, gazetteer: Gazetteer | None, issuer: str | None = None
) -> list[list[Statement]]:
    """A worker's task: the statements of each text (the texts stay with the caller, which
    builds the documents, so they are not sent back)."""
    m = resolve_model(spec)
    t = _thresholds(m, threshold)
    gaz = _gazetteer_arg(gazetteer)
    return [list(_analyze(text, m, t, gaz, issuer=issuer)) for text in texts]


def _batches(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def pipe(
    docs: Iterable[str] | Iterable[tuple[Any, str]] | Mapping[Any, str] | Any,
    *,
    model: ModelArg = None,
    gazetteer: Gazetteer | None = None,
    threshold: float | Mapping[str, float] | None = None,
    n_jobs: int | None = None,
    batch_size: int = 16,
    issuer: str | None = None,
) -> Iterator[Document]:
    """Analyze many documents, lazily, in order, each result carrying its document's id.

    Like spaCy's ``nlp.pipe``: documents are read from ``docs`` as they are needed and the
    results come back one :class:`Document` at a time, so a collection larger than memory
    streams through.

    Parameters
    ----------
    docs : texts (ids are their positions 0, 1, ...), ``(id, text)`` pairs, a mapping
        ``{id: text}``, or a pandas Series (its index gives the ids).
    model, gazetteer, threshold, issuer : as in :func:`analyze` (``issuer`` applies to every document).
    n_jobs : analyze in parallel through joblib (None or 1: in this thread; -1: every core; on
        a Dask cluster inside ``joblib.parallel_config(backend="dask")``).
    batch_size : documents per parallel task.

    Yields
    ------
    Document
        The statements of each document, with ``.id`` and ``.text``, in input order.

    Not thread-safe: the returned generator, like any generator, must be consumed by one
    thread at a time (separate ``pipe`` calls in separate threads are fine).

    Examples
    --------
    >>> docs = [("a", 'Russia urged Azerbaijan to withdraw.'), ("b", "Nothing was said.")]
    >>> [(d.id, len(d)) for d in pipe(docs)]
    [('a', 1), ('b', 0)]
    """
    n_jobs = _check_n_jobs(n_jobs)
    batch_size = _check_batch_size(batch_size)
    m = resolve_model(model)
    _thresholds(m, threshold)  # fail before the first document
    gaz = _gazetteer_arg(gazetteer)
    items = _doc_items(docs)
    check_type("issuer", issuer, (str, type(None)))
    return _pipe(items, m, model, gaz, gazetteer, threshold, n_jobs, batch_size, issuer)


def _pipe(
    items: Iterator[tuple[Any, str]], m: LinearStance, model: ModelArg, gaz: Gazetteer,
    gazetteer: Gazetteer | None, threshold: Any, n_jobs: int | None, batch_size: int, issuer: str | None,
) -> Iterator[Document]:  # fmt: skip
    if n_jobs in (None, 1):
        t = _thresholds(m, threshold)
        for doc_id, text in items:
            yield _analyze(text, m, t, gaz, doc_id, issuer)
        return
    from joblib import delayed

    spec = _model_spec(model)
    sent: deque[list[tuple[Any, str]]] = deque()  # batches dispatched, in order, awaiting results

    def tasks() -> Iterator[Any]:
        for batch in _batches(items, batch_size):
            sent.append(batch)
            yield delayed(_analyze_batch)(spec, [text for _, text in batch], threshold, gazetteer, issuer)

    for statements in _parallel(n_jobs)(tasks()):
        batch = sent.popleft()
        for (doc_id, text), found in zip(batch, statements):
            yield Document(found, text=text, id=doc_id)


def _corpus_arg(corpus: Corpus | str | Path | None) -> Corpus:
    if corpus is None or isinstance(corpus, (str, Path)):
        return load_corpus(corpus)
    check_type("corpus", corpus, Corpus, "Pass a Corpus, a corpus directory, or None.")
    return corpus


def evaluate_model(model: StanceClassifier, corpus: Corpus) -> dict[str, Any]:
    """Per-label and macro figures of ``model`` on the statements of ``corpus``."""
    from .metrics import label_report

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
    data: Any = None,
    text_field: str = "text",
    labels: Any = None,
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
    out : directory to save the model to (None: do not save); written atomically, so a failed
        run leaves a model already there intact.
    split : train on this split (``"train"``; None trains on every article). Test-split and
        seed-article figures go into the model's metadata when those statements were held out.
    data : instead of a corpus, a labelled table: a JSONL, CSV, TSV or JSON file (the format
        ``stance evaluate --data`` reads) or a pandas DataFrame, with a text field and one 0/1
        column per label; every problem in it is reported at once.
    text_field : the text field of ``data``.
    labels : with texts as the first argument, ``train(texts, labels)``: ``(n, 3)`` 0/1 labels
        or label-name lists, as :meth:`StanceClassifier.fit` takes.
    narration : the sample weight of each narration sentence (0: statements only). 1 was chosen
        by grouped cross-validation (``scripts/compare_designs.py``; ``corpus/README.md``).
    **params : parameters of :class:`StanceClassifier` (``C``, ``char_ngrams``, ...). The
        defaults, with the cue lexicon of ``data/stance_cues.json``, are the recipe chosen by
        grouped cross-validation in rounds 1 and 2 of issue 9 (design ``shipped`` in
        ``corpus/README.md``: narration weight 1, C 4, balanced class weights, lexicon 0.5, F1
        thresholds out of fold); per-label C, other lexicon weights and F-beta thresholds did
        not beat it.

    Returns
    -------
    StanceClassifier
        Fitted, with ``metadata_`` (training data, corpus hash, versions, evaluation figures).
    """
    from .model import StanceClassifier
    from .persist import check_save_path, versions

    if out is not None:
        check_save_path(out)  # before training, not after
    if data is not None or labels is not None:
        return _train_on_table(corpus, data, labels, text_field, out, params)
    full = _corpus_arg(corpus)
    data = full.subset(split=split) if split is not None else full
    if not data.statements:
        raise StanceValueError(f"the corpus at {full.path!r} has no statements in split {split!r}.")
    texts, labels, groups, weights, n_narration = training_rows(data, narration)
    model = StanceClassifier(**params)
    model.fit(texts, labels, groups=groups, sample_weight=weights)
    from .metrics import label_report

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
    if split == "train" and full.subset(split="test").statements:  # no "test split 0.000" without one
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


def _train_on_table(
    texts: Any, data: Any, labels: Any, text_field: str, out: str | Path | None, params: dict[str, Any]
) -> StanceClassifier:
    """:func:`train` on a labelled table (``data``) or on texts and labels."""
    import hashlib

    from .model import StanceClassifier
    from .persist import versions
    from .readers import read_labelled

    if data is not None and (labels is not None or texts is not None):
        raise StanceValueError("pass either data=... (a labelled table) or texts and labels=..., not both.")
    if data is not None:
        if _is_dataframe(data):
            X, Y, where = _frame_labelled(data, text_field)
            digest = hashlib.sha256(
                json.dumps([X, Y.tolist()], ensure_ascii=False).encode("utf-8")
            ).hexdigest()
        else:
            check_type("data", data, (str, Path), "Pass a labelled JSONL/CSV/TSV/JSON file or a DataFrame.")
            X, Y = read_labelled(data, text_field)
            where = f"{Path(data).name}"
            digest = hashlib.sha256(Path(data).read_bytes()).hexdigest()
    else:
        from .model import as_label_matrix

        if labels is None:
            raise StanceValueError("train(texts, labels): 'labels' is missing.")
        X = _texts_arg(texts, "texts")
        Y = as_label_matrix(labels, len(X), "labels")
        where = "texts passed to stance.train"
        digest = hashlib.sha256(json.dumps([X, Y.tolist()], ensure_ascii=False).encode("utf-8")).hexdigest()
    if not X:
        raise StanceValueError(f"the labelled data {where!r} holds no texts to train on.")
    model = StanceClassifier(**params)
    model.fit(X, Y)
    return _finish_table_model(model, X, Y, where, digest, out, versions())


def _finish_table_model(
    model: StanceClassifier, X: list[str], Y: np.ndarray, where: str, digest: str, out: str | Path | None,
    versions: dict[str, str],
) -> StanceClassifier:  # fmt: skip
    counts = ", ".join(f"{name} {int(n)}" for name, n in zip(LABELS, Y.sum(axis=0)))
    model.metadata_ = {
        "training_data": f"{len(X)} labelled texts from {where} (positives: {counts}); no held-out split",
        "corpus_sha256": digest,
        "versions": versions,
    }
    if out is not None:
        save_model(model, out, model.metadata_)
    return model


def _frame_labelled(df: Any, text_field: str) -> tuple[list[str], np.ndarray, str]:
    from .readers import labelled_rows

    records = df.to_dict("records")
    X, Y = labelled_rows(((i, r) for i, r in enumerate(records)), text_field, "the DataFrame", row_word="row")
    return X, Y, f"a DataFrame of {len(df)} rows"
