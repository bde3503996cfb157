"""Saving and loading: identical probabilities, deterministic bytes, no code run, clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from conftest import resum

from stance.errors import ModelFileError
from stance.persist import load_model, save_model

PROBE = ["We are alarmed by the shelling.", "It accused Baku of a provocation.", "They met.", ""]




def test_save_load_gives_identical_probabilities(small_model, saved: Path) -> None:  # type: ignore[no-untyped-def]
    loaded = load_model(saved)
    assert np.array_equal(loaded.predict_proba(PROBE), small_model.predict_proba(PROBE))
    assert np.array_equal(loaded.thresholds_, small_model.thresholds_)
    assert loaded.get_params() == small_model.get_params()
    assert loaded.metadata_ == {"note": "test"}


def test_saving_is_deterministic(small_model, saved: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    again = save_model(small_model, tmp_path / "again", {"note": "test"})
    for name in ("model.json", "weights.npy", "MODEL_CARD.md", "SHA256SUMS"):
        assert (saved / name).read_bytes() == (again / name).read_bytes(), name


def test_tampered_weights_are_refused(saved: Path) -> None:
    data = bytearray((saved / "weights.npy").read_bytes())
    data[-1] ^= 1
    (saved / "weights.npy").write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="weights.npy does not match its SHA-256"):
        load_model(saved)


def test_truncated_file_is_refused(saved: Path) -> None:
    data = (saved / "model.json").read_bytes()
    (saved / "model.json").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="model.json does not match"):
        load_model(saved)


def test_pickled_weights_are_never_unpickled(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    class Boom:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (print, ("code ran",))

    buf = io.BytesIO()
    np.save(buf, np.array([Boom()], dtype=object), allow_pickle=True)
    (saved / "weights.npy").write_bytes(buf.getvalue())
    resum(saved)
    with pytest.raises(ModelFileError, match="not a plain numeric array"):
        load_model(saved)
    assert "code ran" not in capsys.readouterr().out


def test_incompatible_protocol_is_refused(saved: Path) -> None:
    doc = json.loads((saved / "model.json").read_text())
    doc["protocol"] = 99
    (saved / "model.json").write_text(json.dumps(doc))
    resum(saved)
    with pytest.raises(ModelFileError, match="protocol 99 is not supported"):
        load_model(saved)


def test_a_protocol_3_file_keeps_the_gap_meaning_it_was_trained_with(saved: Path) -> None:
    """Protocol 4 changed what a gap in a cue means ('expected ... to' no longer matches the
    forecast 'is expected to'); a protocol-3 file is read with its own meaning, a new one with
    the new meaning."""
    forecast = "the vote is expected to take place on sunday."

    def matches(model: object) -> int:
        pattern = model.features_.cues_.phrase_pattern  # type: ignore[attr-defined]
        return sum(1 for m in pattern.finditer(forecast) if m.lastgroup)

    doc = json.loads((saved / "model.json").read_text())
    assert doc["protocol"] == 4
    assert matches(load_model(saved)) == 0
    doc["protocol"] = 3
    (saved / "model.json").write_text(json.dumps(doc))
    resum(saved)
    assert matches(load_model(saved)) == 1


def test_inconsistent_shapes_are_refused(saved: Path) -> None:
    doc = json.loads((saved / "model.json").read_text())
    doc["features"]["terms"] = doc["features"]["terms"][:-1]
    (saved / "model.json").write_text(json.dumps(doc))
    resum(saved)
    with pytest.raises(ModelFileError, match="weights.npy has shape"):
        load_model(saved)


def test_missing_manifest_and_not_a_directory(saved: Path, tmp_path: Path) -> None:
    (saved / "SHA256SUMS").unlink()
    with pytest.raises(ModelFileError, match="cannot read SHA256SUMS"):
        load_model(saved)
    with pytest.raises(ModelFileError, match="not a directory"):
        load_model(tmp_path / "nowhere")


def test_unfitted_model_cannot_be_saved(tmp_path: Path) -> None:
    from stance.model import StanceClassifier

    with pytest.raises(ModelFileError, match="must be fitted"):
        save_model(StanceClassifier(), tmp_path / "x")


def test_a_model_keeps_its_own_cue_lexicon(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing data/stance_cues.json after training changes new models, never a saved one."""
    import stance.features as features

    before = load_model(saved).predict_proba(PROBE)
    monkeypatch.setattr(features, "shipped_cues", lambda: {"concern": {"other": ["nothing"]}})
    assert np.array_equal(load_model(saved).predict_proba(PROBE), before)


@pytest.mark.parametrize(
    "cues",
    [
        {"concern": {}},
        [["concern", "worry", ["(unclosed"]]],
        [["concern"]],
        [["concern", "worry", ["(a+)+$"]]],  # nested quantifiers: hung scoring when compiled
        [["concern", "worry", ["(?i)urge"]]],  # a bare re.error before
        [["concern", "worry", ["(?P<g0>x)"]]],  # a named group: clashed with the matcher's
        [["concern", "worry", ["urge", 3]]],
        [["concern", "worry", ["x" * 500]]],
    ],
)
def test_a_malformed_cue_lexicon_is_refused(saved: Path, cues: object) -> None:
    """Cues are words and phrases; anything else (a pattern above all) is refused by name."""
    doc = json.loads((saved / "model.json").read_text())
    doc["features"]["cues"] = cues
    (saved / "model.json").write_text(json.dumps(doc))
    resum(saved)
    with pytest.raises(ModelFileError, match=r"model.json field 'features' is not usable: .*cue"):
        load_model(saved)


def test_model_differences_ignore_noise_and_versions_but_catch_real_changes(
    small_model, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from stance.persist import model_differences

    def variant(name: str, change, numpy: str = "1.0") -> Path:  # type: ignore[no-untyped-def]
        root = save_model(small_model, tmp_path / name, {"note": "test", "versions": {"numpy": numpy}})
        change(root)
        resum(root)
        return root

    def scale_weights(factor: float):  # type: ignore[no-untyped-def]
        def change(root: Path) -> None:
            w = np.load(root / "weights.npy")
            w[1, np.argmax(np.abs(w[1]))] *= factor
            np.save(root / "weights.npy", w)

        return change

    def edit(fn):  # type: ignore[no-untyped-def]
        def change(root: Path) -> None:
            doc = json.loads((root / "model.json").read_text())
            fn(doc)
            (root / "model.json").write_text(json.dumps(doc))

        return change

    saved = variant("base", lambda root: None, numpy="2.0")
    noise = variant("noise", scale_weights(1 + 1e-9))
    assert model_differences(saved, noise) == []  # 1e-9 relative, other library versions
    changed = model_differences(saved, variant("w", scale_weights(1 + 1e-4)))
    assert len(changed) == 1 and changed[0].startswith("weights.npy row 1: differs by")
    moved = variant("t", edit(lambda d: d["thresholds"].__setitem__(0, d["thresholds"][0] + 0.01)))
    assert [d.split(":")[0] for d in model_differences(saved, moved)] == ["model.json.thresholds[0]"]
    renamed = variant("v", edit(lambda d: d["metadata"].__setitem__("note", "other")))
    assert [d.split(":")[0] for d in model_differences(saved, renamed)] == ["model.json.metadata.note"]


def test_a_pinned_digest_that_is_no_digest_is_named() -> None:
    import pytest

    import stance
    from stance.errors import StanceValueError

    with pytest.raises(StanceValueError, match="'sha256' must be a SHA-256 digest.*got 'abc'"):
        stance.load(sha256="abc")


def test_loading_while_the_model_is_saved_again_waits_for_the_save(small_model, saved: Path) -> None:  # type: ignore[no-untyped-def]
    """Readers of a path that another thread saves over see the old or the new model, never an
    error from the moment the old directory is moved aside."""
    import threading

    errors: list[BaseException] = []
    loads = [0]
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                load_model(saved)
                loads[0] += 1
            except BaseException as exc:  # every failure is the test's finding
                errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for _ in range(8):
            save_model(small_model, saved, {"note": "test"})
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == [] and loads[0] > 0
