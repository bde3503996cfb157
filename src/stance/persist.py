"""Saving and loading models without pickle; a model file holds data, never a program.

A saved model is a directory::

    model.json     labels, thresholds, calibration, intercepts, parameters, vocabulary, cue
                   words and phrases, library versions, corpus hash, evaluation figures (JSON)
    weights.npy    float64 array (4, n_terms): three coefficient rows and the idf row
                   (NumPy's .npy format, parsed here: never unpickled)
    MODEL_CARD.md  a short human-readable card
    SHA256SUMS     SHA-256 of each of the files above

Loading reads only regular files of bounded size (a symlink to a device, a FIFO or an
oversized file is refused before it is read), checks every checksum, the format name and
protocol, and the type, range and size of every value before a model is built: a tampered,
truncated or incompatible directory gets a :class:`~stance.errors.ModelFileError` naming the
file and field. Nothing in the directory is ever run or compiled: the cue lexicon is stored
as words and phrases, from which the library builds its own matcher.

``SHA256SUMS`` proves integrity (a file was not truncated or corrupted), not authenticity:
whoever edits the weights can rewrite it too. To trust a model you did not make, pin its
digest: ``stance.load(path, sha256=...)`` with the value :func:`model_digest` gave (and
``stance train`` printed) where the model was made.

Protocol policy: :data:`PROTOCOL` moves whenever the meaning or layout of a file changes.
This version writes protocol 4 and reads 3 and 4. Protocol 4 changed a meaning, not the
layout: a gap in a cue ('expected ... to') holds one word or more, so that the wire forecast
'is expected to' is no call cue; a protocol-3 file is read with the meaning it was trained
with (a gap may hold nothing), so it scores as it did. Older files get an error that says to
retrain (protocol 2 stored cue *patterns*, which a reader must not compile).
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import math
import os
import platform
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ModelFileError, check_type
from .features import TfidfFeatures
from .linear import LinearStance
from .results import LABELS

if TYPE_CHECKING:
    from .model import StanceClassifier

__all__ = [
    "FORMAT",
    "PROTOCOL",
    "READS",
    "load_linear",
    "load_model",
    "model_differences",
    "model_digest",
    "model_from_linear",
    "save_model",
]

FORMAT = "stance-model"
#: 4: a cue's gap holds one word or more; 3: cue lexicon stored as words and phrases (a gap may
#: hold nothing); 2: as regular expressions; 1: before cues.
PROTOCOL = 4
#: the protocols this version reads; 3 with its own meaning of a cue's gap
READS = (3, 4)
_FILES = ("model.json", "weights.npy", "MODEL_CARD.md")
_SUMS = "SHA256SUMS"
MAX_TERMS = 5_000_000
#: The largest file of each kind a model may hold (bytes).
MAX_BYTES = {
    _SUMS: 4096,
    "model.json": 512 * 2**20,
    "weights.npy": (len(LABELS) + 1) * 8 * MAX_TERMS + 4096,
    "MODEL_CARD.md": 2**20,
}
_MAX_JSON_DEPTH = 32
_SAVE_WAITS = 50  # times a reader waits for a save over the directory it reads to finish
_SAVE_WAIT_SECONDS = 0.02


def versions() -> dict[str, str]:
    """Versions of the libraries a model was made with (read from the installed metadata)."""
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    return {
        "stance": installed("stance"),
        "scikit-learn": installed("scikit-learn"),
        "numpy": np.__version__,
        "nltk": installed("nltk"),  # from the metadata: importing NLTK takes a second
        "python": platform.python_version(),
    }


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(array, dtype="<f8"), allow_pickle=False)
    return buf.getvalue()


def model_files(model: StanceClassifier, metadata: dict[str, Any] | None = None) -> dict[str, bytes]:
    """The files of a saved model (name -> bytes), ``SHA256SUMS`` included: a deterministic
    function of the model and ``metadata``."""
    from .model import StanceClassifier

    check_type("model", model, StanceClassifier)
    if not hasattr(model, "coef_"):
        raise ModelFileError("'model' must be fitted before it is saved; call fit() first.")
    feats = model.features_
    doc = {
        "format": FORMAT,
        "protocol": PROTOCOL,
        "labels": list(LABELS),
        "thresholds": [float(t) for t in model.thresholds_],
        "calibration": [[float(a), float(b)] for a, b in model.calibration_],
        "intercept": [float(v) for v in model.intercept_],
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in model.get_params().items()},
        "features": feats.get_state(),
        "weights": {"file": "weights.npy", "shape": [len(LABELS) + 1, len(feats.terms_)]},
        "cv_report": model.cv_report_,
        "metadata": metadata or {},
    }
    files = {
        "model.json": (
            json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
        ).encode(),
        "weights.npy": _npy_bytes(np.vstack([model.coef_, feats.idf_[None, :]])),
        "MODEL_CARD.md": model_card(doc).encode(),
    }
    files[_SUMS] = "".join(f"{_sha256(files[name])}  {name}\n" for name in _FILES).encode()
    return files


def save_model(model: StanceClassifier, path: str | Path, metadata: dict[str, Any] | None = None) -> Path:
    """Write a fitted model to the directory ``path``, atomically.

    The files are written to a new directory next to ``path`` and then renamed into place, so a
    failure part-way leaves an existing model at ``path`` as it was. ``path`` must be new, empty
    or a model directory (holding only a model's files): any other directory is refused rather
    than replaced.
    """
    files = model_files(model, metadata)
    out = check_save_path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; a model directory is for its readers
    try:
        for name in (*_FILES, _SUMS):
            _write_file(tmp / name, files[name])
        _swap_into_place(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def check_save_path(path: str | Path) -> Path:
    """``path`` as a Path if a model may be saved there (new, empty, or a model directory);
    ModelFileError otherwise. Call it before a long training run to fail early."""
    check_type("path", path, (str, Path))
    out = Path(path)
    if out.exists() or out.is_symlink():
        if not out.is_dir() or out.is_symlink():
            raise ModelFileError(
                f"'path' must be a new or model directory; {str(out)!r} is a file or a symlink. "
                "Choose another path."
            )
        other = sorted(p.name for p in out.iterdir() if p.name not in (*_FILES, _SUMS))
        if other:
            raise ModelFileError(
                f"'path' must be a new, empty or model directory; {str(out)!r} also holds "
                f"{', '.join(other[:5])}. Choose another directory."
            )
    return out


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _swap_into_place(tmp: Path, out: Path) -> None:
    """Rename the finished directory ``tmp`` to ``out``; an old ``out`` is moved aside first and
    put back if the rename fails (a directory cannot be renamed over a non-empty one)."""
    if not out.exists():
        os.replace(tmp, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    os.rmdir(old)
    os.replace(out, old)
    try:
        os.replace(tmp, out)
    except BaseException:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _fail(path: Path, problem: str) -> ModelFileError:
    return ModelFileError(
        f"'path' must be a stance model directory written by stance.save; {str(path)!r}: {problem}"
    )


def _read_bounded(root: Path, name: str) -> bytes:
    """The bytes of ``root / name`` if it is a regular file of at most ``MAX_BYTES[name]``.

    The file is opened without blocking (a FIFO does not hang) and checked on its open handle
    (a symlink to a device or a swapped file is caught), then read up to the limit.
    """
    limit = MAX_BYTES[name]
    try:
        fd = os.open(root / name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _fail(root, f"cannot read {name} ({exc.strerror or exc})") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _fail(root, f"{name} is not a regular file")
        if st.st_size > limit:
            raise _fail(root, f"{name} has {st.st_size} bytes, more than the {limit} a model file may have")
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _fail(root, f"{name} is larger than the {limit} bytes a model file may have")
        return b"".join(chunks)
    finally:
        os.close(fd)


def model_digest(path: str | Path) -> str:
    """The SHA-256 of a model directory's ``SHA256SUMS`` file, which lists the SHA-256 of every
    other file: the one value to pin with ``stance.load(path, sha256=...)``."""
    check_type("path", path, (str, Path))
    return _sha256(_read_bounded(Path(path), _SUMS))


def _parse_sums(root: Path, text: bytes) -> dict[str, str]:
    try:
        lines = text.decode("ascii").splitlines()
    except UnicodeDecodeError as exc:
        raise _fail(root, "SHA256SUMS is not ASCII text") from exc
    expected: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        digest, _, name = line.partition("  ")
        if name not in _FILES or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise _fail(root, f"SHA256SUMS line {n} is not '<sha256>  <model file>': {line[:80]!r}")
        expected[name] = digest
    missing = [n for n in _FILES if n not in expected]
    if missing:
        raise _fail(root, f"SHA256SUMS does not list {', '.join(missing)}")
    return expected


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a finite number")


def _depth(value: Any, limit: int) -> int:
    """How deeply ``value`` nests lists and objects (stops counting past ``limit``)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, (dict, list)):
            deepest = max(deepest, d)
            if deepest > limit:
                return deepest
            items = v.values() if isinstance(v, dict) else v
            stack.extend((x, d + 1) for x in items if isinstance(x, (dict, list)))
    return deepest


def read_manifest(path: str | Path, sha256: str | None = None) -> dict[str, Any]:
    """Verify a model directory and return its ``model.json`` document (no model is built).

    ``sha256``: the digest the caller trusts (see :func:`model_digest`); None skips the check.
    A model being saved over ``path`` by another thread or process (its new or old directory
    is beside it) is read again once the save is done, for up to about a second, instead of
    failing on the moment the old directory is moved aside or on a mix of old and new files. A
    path that fails is read twice (20 ms apart) before its error is raised.
    """
    check_type("path", path, (str, Path))
    root = Path(path)
    for attempt in range(_SAVE_WAITS + 1):
        try:
            return _read_manifest(root, sha256)
        except ModelFileError:
            # read twice before giving up: a save may have moved the old directory aside and put
            # the new one in place between the failed read and the look for its directories
            if attempt == _SAVE_WAITS or (attempt > 0 and not _being_saved(root)):
                raise
            time.sleep(_SAVE_WAIT_SECONDS)
    raise AssertionError("unreachable")  # pragma: no cover


def _being_saved(root: Path) -> bool:
    """Is a save over ``root`` under way: a directory that :func:`save_model` writes or moves
    aside beside it ('.<name>.<random>.tmp' or '.old')?"""
    stem = glob.escape(f".{root.name}.")
    return any(root.parent.glob(stem + "*.tmp")) or any(root.parent.glob(stem + "*.old"))


def _read_manifest(root: Path, sha256: str | None) -> dict[str, Any]:
    if not root.is_dir():
        raise _fail(root, "not a directory")
    sums = _read_bounded(root, _SUMS)
    if sha256 is not None:
        check_type("sha256", sha256, str)
        if _sha256(sums).lower() != sha256.strip().lower():
            raise _fail(
                root,
                f"its digest {_sha256(sums)} differs from the pinned sha256 {sha256.strip()!r}; this is "
                "not the model you trust (or it was rebuilt): do not load it",
            )
    expected = _parse_sums(root, sums)
    blobs = {}
    for name in _FILES:
        data = _read_bounded(root, name)
        if _sha256(data) != expected[name]:
            raise _fail(root, f"{name} does not match its SHA-256 in SHA256SUMS (changed or truncated)")
        blobs[name] = data
    try:
        doc = json.loads(blobs["model.json"].decode("utf-8"), parse_constant=_no_constant)
    except RecursionError as exc:
        raise _fail(root, "model.json nests too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, NaN / Infinity
        raise _fail(root, f"model.json is not valid JSON of finite numbers ({exc})") from exc
    if _depth(doc, _MAX_JSON_DEPTH) > _MAX_JSON_DEPTH:
        raise _fail(root, f"model.json nests more than {_MAX_JSON_DEPTH} levels deep")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        got = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise _fail(root, f"model.json field 'format' is {got!r}, not {FORMAT!r}")
    if doc.get("protocol") not in READS or isinstance(doc.get("protocol"), bool):
        raise _fail(
            root,
            f"model.json protocol {doc.get('protocol')!r} is not supported by this version (reads "
            f"{' and '.join(map(str, READS))}); retrain the model with `stance train` (or install "
            "the stance version that wrote it)",
        )
    if doc.get("labels") != list(LABELS):
        raise _fail(root, f"model.json field 'labels' is {doc.get('labels')!r}, not {list(LABELS)}")
    doc["_weights_bytes"] = blobs["weights.npy"]
    return doc


def _field(root: Path, doc: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    if key not in doc:
        raise _fail(root, f"model.json lacks the field {key!r}")
    value = doc[key]
    if not isinstance(value, kind) or (
        isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))
    ):
        raise _fail(root, f"model.json field {key!r} has the wrong type ({type(value).__name__})")
    return value


def _finite_array(root: Path, key: str, value: Any, shape: tuple[int, ...]) -> np.ndarray:
    """``value`` as a float array of ``shape`` with finite entries, or a ModelFileError."""
    ok = isinstance(value, list) and len(value) == shape[0]
    if ok and len(shape) == 2:
        ok = all(isinstance(row, list) and len(row) == shape[1] for row in value)
    flat = [x for row in value for x in row] if ok and len(shape) == 2 else value if ok else []
    if not ok or not all(
        isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in flat
    ):
        raise _fail(root, f"model.json field {key!r} must be {shape} finite numbers")
    return np.asarray(value, dtype=np.float64)


#: the items of a ``.npy`` header, a Python dict literal written by ``np.save``; read here with
#: one bounded pattern rather than numpy's reader, which evaluates the header with
#: ``ast.literal_eval`` (more than a data file needs, and not safe from threads on CPython 3.11
#: before 3.11.8, where concurrent parses can fail with "AST constructor recursion depth
#: mismatch")
_NPY_ITEM = re.compile(
    r"'(descr|fortran_order|shape)':\s*('[<>|=]?[a-zA-Z]\d{0,3}'|True|False|\((?:\d{1,19},\s*)*\d{0,19}\))"
)
_NPY_REST = re.compile(r"[{},\s]*")
_NPY_MAX_HEADER = 4096


def _npy_header(buf: io.BytesIO) -> tuple[tuple[int, ...], bool, np.dtype[Any]]:
    """Shape, Fortran order and dtype from the header of a ``.npy`` file (versions 1.0 and 2.0),
    or ValueError."""
    if buf.read(6) != b"\x93NUMPY":
        raise ValueError("not a .npy file")
    version = tuple(buf.read(2))
    if version not in ((1, 0), (2, 0)):
        raise ValueError(f"unsupported .npy version {version}")
    size = int.from_bytes(buf.read(2 if version == (1, 0) else 4), "little")
    if size > _NPY_MAX_HEADER:
        raise ValueError(f"a header of {size} bytes")
    header = buf.read(size).decode("latin1")
    found = [(m.group(1), m.group(2)) for m in _NPY_ITEM.finditer(header)]
    items = dict(found)
    if len(found) != 3 or set(items) != {"descr", "fortran_order", "shape"}:
        raise ValueError(f"a header that is not a plain array's: {header.strip()[:200]!r}")
    if not _NPY_REST.fullmatch(_NPY_ITEM.sub("", header)):
        raise ValueError(f"a header that is not a plain array's: {header.strip()[:200]!r}")
    shape = tuple(int(n) for n in re.findall(r"\d+", items["shape"]))
    return shape, items["fortran_order"] == "True", np.dtype(items["descr"].strip("'"))


def _weights(root: Path, data: bytes, n_terms: int) -> np.ndarray:
    """Parse ``weights.npy`` by its header, checking dtype and shape before any array is made."""
    buf = io.BytesIO(data)
    try:
        shape, fortran, dtype = _npy_header(buf)
    except (ValueError, TypeError) as exc:
        raise _fail(root, f"weights.npy is not a plain numeric array ({exc})") from exc
    want = (len(LABELS) + 1, n_terms)
    if dtype != np.dtype("<f8") or fortran:
        raise _fail(root, f"weights.npy holds {dtype} (fortran={fortran}), not a plain numeric array of <f8")
    if tuple(shape) != want:
        raise _fail(root, f"weights.npy has shape {tuple(shape)}, expected {want}")
    body = data[buf.tell() :]
    if len(body) != want[0] * want[1] * 8:
        raise _fail(root, f"weights.npy holds {len(body)} bytes of data, expected {want[0] * want[1] * 8}")
    weights = np.frombuffer(body, dtype="<f8").reshape(want).astype(np.float64)
    if not np.all(np.isfinite(weights)):
        raise _fail(root, "weights.npy holds NaN or infinite values")
    return weights


def load_linear(path: str | Path, sha256: str | None = None) -> tuple[LinearStance, dict[str, Any]]:
    """Verify a model directory and build its scoring arrays, without importing scikit-learn.

    Returns the :class:`~stance.linear.LinearStance` and the model document (parameters,
    cross-validation report, metadata). ``sha256`` pins the digest the caller trusts.
    """
    doc = read_manifest(path, sha256)
    root = Path(path)
    features = _field(root, doc, "features", dict)
    terms = features.get("terms")
    if not isinstance(terms, list) or not 0 < len(terms) <= MAX_TERMS:
        raise _fail(root, f"model.json field 'features.terms' must be a list of 1 to {MAX_TERMS} terms")
    weights = _weights(root, doc.pop("_weights_bytes"), len(terms))
    shape = _field(root, doc, "weights", dict).get("shape")
    if shape != [len(LABELS) + 1, len(terms)]:
        raise _fail(
            root, f"model.json field 'weights.shape' is {shape!r}, expected {[len(LABELS) + 1, len(terms)]}"
        )
    k = len(LABELS)
    intercept = _finite_array(root, "intercept", _field(root, doc, "intercept", list), (k,))
    calibration = _finite_array(root, "calibration", _field(root, doc, "calibration", list), (k, 2))
    thresholds = _finite_array(root, "thresholds", _field(root, doc, "thresholds", list), (k,))
    if not np.all((thresholds > 0) & (thresholds < 1)):
        raise _fail(root, "model.json field 'thresholds' must hold numbers between 0 and 1")
    _field(root, doc, "params", dict)
    _field(root, doc, "cv_report", dict)
    metadata = _field(root, doc, "metadata", dict)
    try:
        feats = TfidfFeatures.from_state(features, weights[k], empty_gaps=doc["protocol"] == 3)
    except ValueError as exc:
        raise _fail(root, f"model.json field 'features' is not usable: {exc}") from exc
    linear = LinearStance(
        features=feats,
        coef=np.array(weights[:k]),
        intercept=intercept,
        calibration=calibration,
        thresholds=thresholds,
        metadata=metadata,
    )
    return linear, doc


def load_model(path: str | Path, sha256: str | None = None) -> StanceClassifier:
    """Load a model saved by :func:`save_model`, after verifying it (see module docstring)."""
    linear, doc = load_linear(path, sha256)
    return model_from_linear(linear, doc, path)


def model_from_linear(linear: LinearStance, doc: dict[str, Any], path: str | Path) -> StanceClassifier:
    """The estimator around arrays read by :func:`load_linear` (``doc`` is its document)."""
    from .errors import StanceError
    from .model import StanceClassifier

    root = Path(path)
    params = dict(doc["params"])
    names = set(StanceClassifier().get_params())
    if set(params) != names:
        odd = sorted(set(params) ^ names)
        raise _fail(root, f"model.json field 'params' does not hold the parameters of this version ({odd})")
    for key in ("word_ngrams", "char_ngrams"):
        if isinstance(params.get(key), list):
            params[key] = tuple(params[key])
    model = StanceClassifier(**params)
    try:
        model.check_params()
    except (StanceError, ValueError) as exc:
        raise _fail(root, f"model.json field 'params' is not usable: {exc}") from exc
    feats = linear.features
    if (feats.word_ngrams, feats.char_ngrams, feats.min_df, feats.stem, feats.lexicon) != (
        model.word_ngrams,
        model.char_ngrams,
        model.min_df,
        model.stem,
        model.lexicon,
    ):
        raise _fail(root, "model.json fields 'params' and 'features' disagree")
    model.features_ = feats
    model.coef_ = linear.coef
    model.intercept_ = linear.intercept
    model.calibration_ = linear.calibration
    model.thresholds_ = linear.thresholds
    model.cv_report_ = doc["cv_report"]
    model.metadata_ = linear.metadata
    model.classes_ = np.array(LABELS)
    return model


def model_differences(a: str | Path, b: str | Path, rtol: float = 1e-6) -> list[str]:
    """How two saved models differ, beyond floating-point noise; empty when they agree.

    Built for "does retraining reproduce this model?" on another machine, where BLAS and CPU
    move weights by ~1e-8: every number (weights, idf, intercepts, calibration, thresholds,
    figures) must agree within ``rtol`` relative to the largest magnitude of its array, and
    everything else (vocabulary, cue lexicon, parameters, labels, metadata) exactly, except
    the library versions in ``metadata.versions``.

    Examples
    --------
    >>> from stance.api import default_model_path
    >>> model_differences(default_model_path(), default_model_path())
    []
    """
    docs, weights = [], []
    for path in (a, b):
        linear, doc = load_linear(path)
        weights.append(np.vstack([linear.coef, linear.features.idf_[None, :]]))
        docs.append(doc)
    out: list[str] = []
    _compare(docs[0], docs[1], "model.json", rtol, out)
    if weights[0].shape != weights[1].shape:
        out.append(f"weights.npy: shape {weights[0].shape} != {weights[1].shape}")
    else:
        for i, (x, y) in enumerate(zip(*weights)):
            scale = max(float(np.max(np.abs(x), initial=0.0)), 1e-300)
            worst = float(np.max(np.abs(x - y), initial=0.0))
            if worst > rtol * scale:
                out.append(f"weights.npy row {i}: differs by {worst:.3g} (> {rtol:g} x {scale:.3g})")
    return out


def _compare(x: Any, y: Any, where: str, rtol: float, out: list[str]) -> None:
    if where == "model.json.metadata.versions":
        return
    if isinstance(x, dict) and isinstance(y, dict):
        for key in sorted(set(x) | set(y)):
            if key not in x or key not in y:
                out.append(f"{where}.{key}: only in {'the first' if key in x else 'the second'} model")
            else:
                _compare(x[key], y[key], f"{where}.{key}", rtol, out)
    elif isinstance(x, list) and isinstance(y, list):
        if len(x) != len(y):
            out.append(f"{where}: {len(x)} items != {len(y)}")
            return
        numbers = [v for v in x + y if isinstance(v, float)]
        scale = max((abs(v) for v in numbers), default=0.0)
        for i, (u, v) in enumerate(zip(x, y)):
            if isinstance(u, float) and isinstance(v, float):
                if abs(u - v) > rtol * max(scale, 1e-300):
                    out.append(f"{where}[{i}]: {u!r} != {v!r}")
            else:
                _compare(u, v, f"{where}[{i}]", rtol, out)
    elif isinstance(x, float) and isinstance(y, float):
        if abs(x - y) > rtol * max(abs(x), abs(y), 1e-300):
            out.append(f"{where}: {x!r} != {y!r}")
    elif x != y or type(x) is not type(y):
        out.append(f"{where}: {_brief(x)} != {_brief(y)}")


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


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
        "plus counts of the stance cue words and phrases stored in model.json; one logistic",
        "regression per label, Platt calibration and F1-optimal thresholds from cross-validation",
        "on the training data.",
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
        "",
        "Integrity: SHA256SUMS shows the files are whole, not who made them. Pin the digest of",
        "SHA256SUMS you trust with stance.load(path, sha256=...).",
    ]
    return "\n".join(lines) + "\n"
