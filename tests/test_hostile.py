"""Hostile use: many threads at once, a long-running process, crafted model files, odd inputs.

Every case here broke the library before (wrong scores from threads, an IndexError after
half a million words, hangs, huge allocations, bare exceptions); each must now give the right
result or a clear error that names the file and the field.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import string
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import resum

import stance
from stance.api import default_model_path
from stance.errors import ModelFileError, StanceTypeError, StanceValueError
from stance.persist import MAX_BYTES, load_linear, load_model, model_digest, save_model

PROBE = ["We are alarmed by the shelling.", "It accused Baku of a provocation.", "They met.", ""]


def _fresh() -> Any:
    """The default model's scoring arrays, read anew (nothing analysed yet)."""
    return load_linear(default_model_path())[0]


def _batches(n_batches: int, size: int, seed: int = 0) -> list[list[str]]:
    """Batches of texts full of words no model has seen (every batch has its own)."""
    rng = random.Random(seed)
    base = stance.corpus.load().texts()[:400]
    out = []
    for _ in range(n_batches):
        batch = []
        for _ in range(size):
            new = " ".join(
                "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 12))) for _ in range(8)
            )
            batch.append(f"{rng.choice(base)} {new} {rng.choice(base)}")
        out.append(batch)
    return out


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Make threads switch as often as possible, so that races show up in a short test."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


# -- threads -------------------------------------------------------------------------------------


def test_many_threads_score_like_one(busy_switching: None) -> None:
    """64 batches with new words scored from 8 threads at once on one shared model give the
    probabilities each batch gets alone on a fresh model."""
    batches = _batches(64, 30)
    serial = [_fresh().predict_proba(b) for b in batches]
    shared = _fresh()
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(shared.predict_proba, batches))
    bad = [i for i, (a, b) in enumerate(zip(serial, threaded)) if not np.allclose(a, b, rtol=0, atol=1e-9)]
    assert bad == []


def test_many_threads_score_like_one_with_a_tiny_cache(busy_switching: None) -> None:
    """The same while the word cache is emptied again and again under the threads' feet."""
    batches = _batches(32, 20, seed=1)
    serial = [_fresh().predict_proba(b) for b in batches]
    shared = _fresh()
    shared.features.cache_size = 50
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(shared.predict_proba, batches))
    for a, b in zip(serial, threaded):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-9)


def test_threads_share_the_estimator_and_the_default_model(busy_switching: None) -> None:
    """``stance.score`` with the process-wide default model, and a fitted estimator's
    ``predict_proba``, from many threads."""
    batches = _batches(16, 20, seed=2)
    serial = [_fresh().predict_proba(b) for b in batches]

    def via_score(b: list[str]) -> np.ndarray:
        return np.array([[s.concern, s.blame, s.call_to_action] for s in stance.score(b)])

    clf = stance.load()
    for fn in (via_score, clf.predict_proba):
        with ThreadPoolExecutor(8) as pool:
            threaded = list(pool.map(fn, batches))
        for a, b in zip(serial, threaded):
            np.testing.assert_allclose(a, b, rtol=0, atol=1e-9)


# -- the word cache in a long-running process ------------------------------------------------------


def test_the_word_cache_is_bounded_and_stays_correct() -> None:
    """A small bound, many distinct words over many calls: results never change, and the cache
    never keeps more than the bound plus one batch's words."""
    batches = _batches(20, 25, seed=3)
    bounded = _fresh()
    bounded.features.cache_size = 100
    reference = _fresh()
    for batch in batches:
        np.testing.assert_allclose(bounded.predict_proba(batch), reference.predict_proba(batch), atol=1e-12)
        table = bounded.features._words
        assert table is None or table.size <= 100 + 1
    assert reference.features._words is not None and reference.features._words.size > 1000


def test_the_cache_bound_is_set_for_the_process_or_per_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import stance.features as features

    monkeypatch.setattr(features, "WORD_CACHE_SIZE", 10)
    model = _fresh()
    assert model.features.cache_size == 10
    model.predict_proba(["one two three four five six seven eight nine ten eleven twelve"])
    assert model.features._words is None  # 13 words (with the separator) > 10: dropped after the call


def test_a_huge_token_is_not_kept() -> None:
    """A million-character word is scored, then dropped from the cache."""
    model = _fresh()
    model.features.cache_size = 1000
    p = model.predict_proba(["We are alarmed " + "x" * 1_000_000])
    assert np.all(np.isfinite(p))
    table = model.features._words
    assert table is None or table.chars <= 64 * 1000


def test_a_pickled_model_scores_the_same() -> None:
    """Locks and caches are not pickled (joblib's process backends pickle the model)."""
    import pickle

    model = _fresh()
    before = model.predict_proba(PROBE)
    again = pickle.loads(pickle.dumps(model))
    np.testing.assert_array_equal(again.predict_proba(PROBE), before)


# -- crafted model files ------------------------------------------------------------------------------


def _edit(root: Path, change: Callable[[dict[str, Any]], None]) -> None:
    doc = json.loads((root / "model.json").read_text())
    change(doc)
    # "1e999" is how a forger writes infinity without the word Infinity (which is refused apart)
    (root / "model.json").write_text(json.dumps(doc).replace('"1e999"', "1e999"))
    resum(root)


def _refused_quickly(root: Path, match: str, **kwargs: Any) -> None:
    """Loading ``root`` ends (within a generous minute, not hanging) in a ModelFileError."""
    result: list[BaseException | None] = []

    def run() -> None:
        try:
            load_model(root, **kwargs)
            result.append(None)
        except BaseException as exc:
            result.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert result, "loading hung"
    exc = result[0]
    assert isinstance(exc, ModelFileError), repr(exc)
    assert str(root) in str(exc)
    assert match in str(exc), str(exc)


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def _delete(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc.pop(key)


def _nested(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (_set(["features", "char_ngrams"], [1, 1e9]), "'char_ngrams' must be None or (min_n, max_n)"),
        (_set(["features", "char_ngrams"], [1, 10**9]), "'char_ngrams' must be None or (min_n, max_n)"),
        (_set(["features", "word_ngrams"], [1, 3]), "'word_ngrams' must be None or (min_n, max_n)"),
        (_set(["features", "min_df"], "2"), "'min_df' must be an int"),
        (_set(["features", "lexicon"], "1e999"), "'lexicon' must be a finite number"),
        (_set(["features", "lexicon"], float("inf")), "not valid JSON of finite numbers"),
        (_set(["intercept"], [0.1, float("nan"), 0.2]), "not valid JSON of finite numbers"),
        (
            _set(["calibration"], [[1.0, 0.0], ["1e999", 0.0], [1.0, 0.0]]),
            "'calibration' must be (3, 2) finite",
        ),
        (_set(["calibration"], [[1.0, 0.0], [1.0, 0.0]]), "'calibration' must be (3, 2) finite"),
        (_set(["thresholds"], [0.5, 1.5, 0.5]), "'thresholds' must hold numbers between 0 and 1"),
        (_set(["thresholds"], "0.5"), "field 'thresholds' has the wrong type"),
        (_delete("intercept"), "lacks the field 'intercept'"),
        (_delete("features"), "lacks the field 'features'"),
        (_set(["features", "terms"], "abc"), "'features.terms' must be a list"),
        (_set(["features", "blocks"], [1, 2]), "'features.blocks' must be three counts"),
        (_set(["params", "surprise"], 1), "'params' does not hold the parameters"),
        (_set(["params", "C"], -1), "'params' is not usable"),
        (_set(["metadata"], _nested(200)), "nests more than 32 levels"),
        (_set(["protocol"], 2), "protocol 2 is not supported by this version (reads 3 and 4); retrain"),
        (_set(["format"], "pickle"), "field 'format' is 'pickle'"),
    ],
)
def test_a_crafted_model_json_is_refused_by_field(saved: Path, change: Any, match: str) -> None:
    _edit(saved, change)
    _refused_quickly(saved, match)


def test_json_nested_past_the_recursion_limit_is_refused(saved: Path) -> None:
    text = (saved / "model.json").read_text()
    (saved / "model.json").write_text(
        text.replace('"metadata": {', '"metadata": {"x": ' + "[" * 200_000 + "]" * 200_000 + ", ", 1)
    )
    resum(saved)
    _refused_quickly(saved, "model.json")


def _npy_header(shape: tuple[int, ...], dtype: str = "<f8") -> bytes:
    header = f"{{'descr': '{dtype}', 'fortran_order': False, 'shape': {shape}, }}"
    header += " " * (63 - (10 + len(header)) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode("latin1")


def test_a_weights_header_claiming_a_huge_shape_is_refused(saved: Path) -> None:
    (saved / "weights.npy").write_bytes(_npy_header((4, 10**11)) + b"\0" * 64)
    resum(saved)
    _refused_quickly(saved, "weights.npy has shape (4, 100000000000)")


def test_weights_of_another_dtype_or_truncated_are_refused(saved: Path) -> None:
    n = len(json.loads((saved / "model.json").read_text())["features"]["terms"])
    (saved / "weights.npy").write_bytes(_npy_header((4, n), "<f4") + b"\0" * (16 * n))
    resum(saved)
    _refused_quickly(saved, "weights.npy holds float32")
    (saved / "weights.npy").write_bytes(_npy_header((4, n)) + b"\0" * (32 * n - 8))
    resum(saved)
    _refused_quickly(saved, "weights.npy holds")


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_weights_are_refused(saved: Path, bad: float) -> None:
    weights = np.load(saved / "weights.npy")
    weights[1, 3] = bad
    np.save(saved / "weights.npy", weights)
    resum(saved)
    _refused_quickly(saved, "weights.npy holds NaN or infinite values")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_symlink_to_a_device_is_refused(saved: Path) -> None:
    (saved / "model.json").unlink()
    os.symlink("/dev/zero", saved / "model.json")
    _refused_quickly(saved, "model.json is not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_checksum_file_is_refused(saved: Path) -> None:
    (saved / "SHA256SUMS").unlink()
    os.mkfifo(saved / "SHA256SUMS")
    _refused_quickly(saved, "SHA256SUMS is not a regular file")


def test_an_oversized_file_is_refused_unread(saved: Path) -> None:
    with open(saved / "MODEL_CARD.md", "r+b") as fh:
        fh.truncate(MAX_BYTES["MODEL_CARD.md"] + 1)  # sparse: no disk used
    _refused_quickly(saved, "MODEL_CARD.md has 1048577 bytes, more than")


def test_a_malformed_checksum_file_is_refused(saved: Path) -> None:
    (saved / "SHA256SUMS").write_text("xyz  ../../etc/passwd\n")
    _refused_quickly(saved, "SHA256SUMS line 1 is not")


# -- pinning the digest you trust ---------------------------------------------------------------


def test_a_pinned_digest_tells_a_forged_model_from_the_trusted_one(small_model: Any, saved: Path) -> None:
    trusted = model_digest(saved)
    np.testing.assert_array_equal(
        stance.load(saved, sha256=trusted).predict_proba(PROBE), small_model.predict_proba(PROBE)
    )
    weights = np.load(saved / "weights.npy")
    weights[0] *= -1  # a forger flips the concern weights and rewrites SHA256SUMS
    np.save(saved / "weights.npy", weights)
    resum(saved)
    load_model(saved)  # the checksums alone cannot tell
    _refused_quickly(saved, "differs from the pinned sha256", sha256=trusted)
    with pytest.raises(ModelFileError, match="pinned sha256"):
        stance.load(sha256="0" * 64)  # the embedded model can be pinned too


# -- saving atomically ---------------------------------------------------------------------------------


def test_a_failed_save_leaves_the_old_model_loadable(
    small_model: Any, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stance.persist as persist

    before = load_model(saved).predict_proba(PROBE)
    real = persist._write_file

    def fail_on_weights(path: Path, data: bytes) -> None:
        if path.name == "weights.npy":
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(persist, "_write_file", fail_on_weights)
    small_model.set_params(C=99.0)  # a different model: nothing of it may reach the directory
    try:
        with pytest.raises(OSError, match="No space left"):
            save_model(small_model, saved)
    finally:
        small_model.set_params(C=4.0)
    np.testing.assert_array_equal(load_model(saved).predict_proba(PROBE), before)
    assert sorted(p.name for p in saved.parent.iterdir()) == ["m"]  # no temporary left over


def test_save_replaces_a_model_but_never_a_directory_of_other_files(small_model: Any, tmp_path: Path) -> None:
    out = save_model(small_model, tmp_path / "m")
    save_model(small_model, out)  # a model directory is replaced
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "thesis.tex").write_text("years of work")
    with pytest.raises(ModelFileError, match="also holds thesis.tex"):
        save_model(small_model, tmp_path / "home")
    assert (tmp_path / "home" / "thesis.tex").read_text() == "years of work"


def test_train_refuses_a_bad_out_before_training(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stance.model import StanceClassifier

    def no_fit(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("trained before checking 'out'")

    monkeypatch.setattr(StanceClassifier, "fit", no_fit)
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ModelFileError, match="also holds notes.txt"):
        stance.train(out=tmp_path)


def test_a_saved_model_is_readable_by_others(small_model: Any, tmp_path: Path) -> None:
    out = save_model(small_model, tmp_path / "m")
    assert out.stat().st_mode & 0o755 == 0o755


def test_stance_train_never_writes_into_the_package_by_default() -> None:
    from stance.cli import build_parser

    before = {p.name: p.stat().st_mtime_ns for p in default_model_path().iterdir()}
    with pytest.raises(SystemExit) as exc:  # --out is required: there is no default to overwrite
        build_parser().parse_args(["train"])
    assert exc.value.code != 0
    assert {p.name: p.stat().st_mtime_ns for p in default_model_path().iterdir()} == before


# -- bad inputs to the library layer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ({"a": "b"}, "got a dict"),
        ({"We urge restraint.", "They met."}, "got a set, whose order changes"),
        (b"We urge restraint.", "(?i)decode it first"),
        (None, "got a NoneType"),
        (3, "got a int"),
        ([b"We urge restraint."], r"'texts\[0\]' must be str, got b'We urge restraint.'"),
    ],
)
def test_texts_that_are_not_texts_are_refused(value: Any, match: str) -> None:
    with pytest.raises((StanceTypeError, StanceValueError), match=match):
        stance.score(value)


@pytest.mark.parametrize("value", [{"a": "b"}, {"a", "b"}, b"ab"])
def test_fit_and_predict_refuse_them_too(small_model: Any, value: Any) -> None:
    with pytest.raises(StanceTypeError, match="'X' must be a sequence of texts"):
        small_model.predict_proba(value)
    with pytest.raises(StanceTypeError, match="'X' must be a sequence of texts"):
        stance.StanceClassifier().fit(value, [[0, 0, 0]] * 2)


def test_a_dataframe_is_refused_and_a_series_is_taken() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": PROBE})
    with pytest.raises(StanceTypeError, match=r"Pass one column: df\['text'\]"):
        stance.score(frame)
    by_series = stance.score(frame["text"])
    assert by_series == stance.score(list(PROBE))


def test_the_hostile_files_leave_no_trace(tmp_path: Path) -> None:
    """Sanity: the fixtures above work on copies (the embedded model is untouched)."""
    copy = shutil.copytree(default_model_path(), tmp_path / "copy")
    assert model_digest(copy) == model_digest(default_model_path())


@pytest.mark.parametrize(
    "header",
    [
        "{'descr': '<f8', 'fortran_order': False, 'shape': (4, 3), 'extra': __import__('os'), }",
        "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (4, 3), }",
        "{'descr': '<f8', 'fortran_order': False}",
        "[1, 2, 3]",
    ],
)
def test_a_weights_header_that_is_no_plain_array_header_is_refused(saved: Path, header: str) -> None:
    """The header is read by one bounded pattern, never evaluated (numpy's own reader runs
    ast.literal_eval, which CPython 3.11 before 3.11.8 cannot run from several threads at once)."""
    header += " " * (63 - (10 + len(header)) % 64) + "\n"
    data = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode("latin1")
    (saved / "weights.npy").write_bytes(data + b"\0" * 96)
    resum(saved)
    _refused_quickly(saved, "weights.npy is not a plain numeric array")


def test_the_weights_header_reader_agrees_with_numpy() -> None:
    import io

    from stance.persist import _npy_header

    for array in (np.zeros((4, 7)), np.zeros((2,), dtype="<f4"), np.asfortranarray(np.zeros((3, 2)))):
        buf = io.BytesIO()
        np.save(buf, array, allow_pickle=False)
        buf.seek(0)
        shape, fortran, dtype = _npy_header(buf)
        fortran_order = array.flags.f_contiguous and array.ndim > 1
        assert (shape, fortran, dtype) == (array.shape, fortran_order, array.dtype)
        assert buf.read() == array.tobytes(order="F" if fortran else "C")
