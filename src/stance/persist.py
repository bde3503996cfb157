"""Saving and loading models without pickle.

A saved model is a directory::

    model.json     labels, thresholds, calibration, intercepts, parameters, vocabulary,
                   library versions, corpus hash, evaluation figures (JSON)
    weights.npy    float64 array (4, n_terms): three coefficient rows and the idf row
                   (NumPy's .npy format, read with allow_pickle=False)
    MODEL_CARD.md  a short human-readable card
    SHA256SUMS     SHA-256 of each of the files above

Loading verifies every checksum, the format name and protocol, and the consistency of every
shape before a model is built, so a tampered, truncated or incompatible directory gets a
:class:`~stance.errors.ModelFileError`; no code from the directory is ever run.
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ModelFileError, check_type
from .features import TfidfFeatures
from .linear import LinearStance
from .results import LABELS

if TYPE_CHECKING:
    from .model import StanceClassifier

__all__ = ["FORMAT", "PROTOCOL", "load_linear", "load_model", "model_from_linear", "save_model"]

FORMAT = "stance-model"
PROTOCOL = 2  # 2: occurrence-weighted TF-IDF, cue lexicon stored in the model
_FILES = ("model.json", "weights.npy", "MODEL_CARD.md")


def versions() -> dict[str, str]:
    """Versions of the libraries a model was made with."""
    from importlib.metadata import version

    import sklearn

    from . import __version__

    return {
        "stance": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "nltk": version("nltk"),  # read from the metadata: importing NLTK takes a second
        "python": platform.python_version(),
    }


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(array, dtype="<f8"), allow_pickle=False)
    return buf.getvalue()


def save_model(model: StanceClassifier, path: str | Path, metadata: dict[str, Any] | None = None) -> Path:
    """Write a fitted model to the directory ``path`` (created if needed; files overwritten).

    The files are a deterministic function of the model and ``metadata``: the same corpus and
    versions give the same bytes.
    """
    from .model import StanceClassifier

    check_type("model", model, StanceClassifier)
    check_type("path", path, (str, Path))
    if not hasattr(model, "coef_"):
        raise ModelFileError("'model' must be fitted before it is saved; call fit() first.")
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    weights = _npy_bytes(np.vstack([model.coef_, model.features_.idf[None, :]]))
    doc = {
        "format": FORMAT,
        "protocol": PROTOCOL,
        "labels": list(LABELS),
        "thresholds": [float(t) for t in model.thresholds_],
        "calibration": [[float(a), float(b)] for a, b in model.calibration_],
        "intercept": [float(v) for v in model.intercept_],
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in model.get_params().items()},
        "features": model.features_.get_state(),
        "weights": {"file": "weights.npy", "shape": [len(LABELS) + 1, len(model.features_.terms)]},
        "cv_report": model.cv_report_,
        "metadata": metadata or {},
    }
    files = {
        "model.json": (json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode(),
        "weights.npy": weights,
        "MODEL_CARD.md": model_card(doc).encode(),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
    sums = "".join(f"{_sha256(files[name])}  {name}\n" for name in _FILES)
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return out


def _fail(path: Path, problem: str) -> ModelFileError:
    return ModelFileError(
        f"'path' must be a stance model directory written by stance.save; {str(path)!r}: {problem}"
    )


def read_manifest(path: str | Path) -> dict[str, Any]:
    """Verify a model directory and return its ``model.json`` document (no model is built)."""
    check_type("path", path, (str, Path))
    root = Path(path)
    if not root.is_dir():
        raise _fail(root, "not a directory")
    try:
        sums_text = (root / "SHA256SUMS").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(root, f"cannot read SHA256SUMS ({exc})") from exc
    expected: dict[str, str] = {}
    for line in sums_text.splitlines():
        digest, _, name = line.partition("  ")
        expected[name] = digest
    missing = [n for n in _FILES if n not in expected]
    if missing:
        raise _fail(root, f"SHA256SUMS does not list {', '.join(missing)}")
    blobs = {}
    for name in _FILES:
        try:
            data = (root / name).read_bytes()
        except OSError as exc:
            raise _fail(root, f"cannot read {name} ({exc})") from exc
        if _sha256(data) != expected[name]:
            raise _fail(root, f"{name} does not match its SHA-256 in SHA256SUMS (changed or truncated)")
        blobs[name] = data
    try:
        doc = json.loads(blobs["model.json"])
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _fail(root, f"model.json is not JSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _fail(root, f"model.json format is {doc.get('format') if isinstance(doc, dict) else doc!r}")
    if doc.get("protocol") != PROTOCOL:
        raise _fail(
            root,
            f"protocol {doc.get('protocol')!r} is not supported by this version (reads {PROTOCOL}); "
            "retrain with `stance train` or install the stance version that wrote it",
        )
    if doc.get("labels") != list(LABELS):
        raise _fail(root, f"labels {doc.get('labels')!r} differ from {list(LABELS)}")
    doc["_weights_bytes"] = blobs["weights.npy"]
    return doc


def load_linear(path: str | Path) -> tuple[LinearStance, dict[str, Any]]:
    """Verify a model directory and build its scoring arrays, without importing scikit-learn.

    Returns the :class:`~stance.linear.LinearStance` and the model document (parameters,
    cross-validation report, metadata).
    """
    doc = read_manifest(path)
    root = Path(path)
    try:
        weights = np.load(io.BytesIO(doc.pop("_weights_bytes")), allow_pickle=False)
    except ValueError as exc:
        raise _fail(root, f"weights.npy is not a plain numeric array ({exc})") from exc
    try:
        n_terms = len(doc["features"]["terms"])
        if weights.dtype != np.float64 or weights.shape != (len(LABELS) + 1, n_terms):
            raise _fail(root, f"weights.npy has shape {weights.shape}, expected {(len(LABELS) + 1, n_terms)}")
        linear = LinearStance(
            features=TfidfFeatures.from_state(doc["features"], weights[len(LABELS)]),
            coef=np.array(weights[: len(LABELS)]),
            intercept=np.asarray(doc["intercept"], dtype=np.float64),
            calibration=np.asarray(doc["calibration"], dtype=np.float64),
            thresholds=np.asarray(doc["thresholds"], dtype=np.float64),
            metadata=doc["metadata"],
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ModelFileError):
            raise
        raise _fail(root, f"model.json is incomplete or inconsistent ({exc!r})") from exc
    if (
        linear.intercept.shape != (len(LABELS),)
        or linear.calibration.shape != (len(LABELS), 2)
        or linear.thresholds.shape != (len(LABELS),)
        or not np.all((linear.thresholds > 0) & (linear.thresholds < 1))
    ):
        raise _fail(root, "intercept, calibration or thresholds have the wrong shape or range")
    return linear, doc


def load_model(path: str | Path) -> StanceClassifier:
    """Load a model saved by :func:`save_model`, after verifying it (see module docstring)."""
    linear, doc = load_linear(path)
    return model_from_linear(linear, doc, path)


def model_from_linear(linear: LinearStance, doc: dict[str, Any], path: str | Path) -> StanceClassifier:
    """The estimator around arrays read by :func:`load_linear` (``doc`` is its document)."""
    from .model import StanceClassifier

    try:
        params = dict(doc["params"])
        for key in ("word_ngrams", "char_ngrams"):
            if params.get(key) is not None:
                params[key] = tuple(params[key])
        model = StanceClassifier(**params)
    except (KeyError, TypeError) as exc:
        raise _fail(Path(path), f"model.json has unusable parameters ({exc!r})") from exc
    model.features_ = linear.features
    model.coef_ = linear.coef
    model.intercept_ = linear.intercept
    model.calibration_ = linear.calibration
    model.thresholds_ = linear.thresholds
    model.cv_report_ = doc["cv_report"]
    model.metadata_ = linear.metadata
    model.classes_ = np.array(LABELS)
    return model


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def model_card(doc: dict[str, Any]) -> str:
    """The model card text of a model document."""
    meta = doc.get("metadata", {})
    lines = [
        "# stance model card",
        "",
        "Multi-label stance classifier (concern, blame, call to action): occurrence-weighted",
        "TF-IDF over word n-grams (stemmed when the parameters say so) and character n-grams,",
        "plus counts of the stance cues stored in model.json; one logistic regression per label,",
        "Platt calibration and F1-optimal thresholds from cross-validation on the training data.",
        "",
        f"- Training data: {meta.get('training_data', 'not recorded')}",
        f"- Training data SHA-256: {meta.get('corpus_sha256', 'not recorded')}",
        f"- Versions: {json.dumps(meta.get('versions', {}), sort_keys=True)}",
        f"- Parameters: {json.dumps(doc['params'], sort_keys=True)}",
        "",
        "| label | threshold | CV precision | CV recall | CV F1 | CV ECE |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in LABELS:
        r = doc["cv_report"]["labels"][name]
        lines.append(
            f"| {name} | {r['threshold']:.2f} | {_fmt(r['precision'])} | {_fmt(r['recall'])} "
            f"| {_fmt(r['f1'])} | {_fmt(r['ece'])} |"
        )
    lines.append(
        f"\nCross-validated macro-F1: {doc['cv_report']['macro_f1']:.3f} "
        f"({doc['cv_report']['folds']} folds, grouped by article: {doc['cv_report']['grouped']})."
    )
    for key, title in (("test_report", "Test split"), ("seed_report", "Seed articles")):
        rep = meta.get(key)
        if rep:
            f1s = ", ".join(f"{n} {rep['labels'][n]['f1']:.3f}" for n in LABELS)
            lines.append(f"\n{title} ({rep['n']} statements): macro-F1 {rep['macro_f1']:.3f} ({f1s}).")
    lines += [
        "",
        "Intended use: scoring statements from diplomatic news, press releases, briefings and",
        "speeches. Limits: trained only on the training data described above; English only;",
        "probabilities are calibrated on the training distribution and may drift on other genres.",
    ]
    return "\n".join(lines) + "\n"
