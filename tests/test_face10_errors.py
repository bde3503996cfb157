"""Errors as a user meets them (helper face10): each names the argument or option the user gave,
what is allowed and what was received."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stance
from stance.actors import Gazetteer
from stance.cli import main
from stance.errors import ModelFileError, StanceTypeError, StanceValueError


def _err(capsys, argv: list[str]) -> str:  # type: ignore[no-untyped-def]
    assert main(argv) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("The Pelorian Foreign Ministry urged Baku to withdraw its troops.\n", encoding="utf-8")
    return path


def test_a_bad_gazetteer_file_is_named_as_the_option(capsys, tmp_path: Path, article: Path) -> None:  # type: ignore[no-untyped-def]
    missing = _err(capsys, ["segment", str(article), "--gazetteer", str(tmp_path / "none.json")])
    assert "--gazetteer FILE must be a readable JSON gazetteer file" in missing and "'path'" not in missing
    assert "--gazetteer FILE" in _err(capsys, ["segment", str(article), "--gazetteer", str(tmp_path)])
    listed = tmp_path / "list.json"
    listed.write_text('{"PFF": ["Pacific Fisheries Forum"]}', encoding="utf-8")
    shape = _err(capsys, ["analyze", str(article), "--gazetteer", str(listed)])
    # the shape expected and what the file holds
    assert '{"actors": [{"code": "PFF"' in shape and "holds keys ['PFF']" in shape


def test_a_bad_gazetteer_entry_is_named_by_its_place_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    entry = {"code": "pff", "mentions": ["Pacific Forum"]}
    path.write_text(json.dumps({"actors": [entry]}), encoding="utf-8")
    # it was 'entries[282].code': the place among the default gazetteer's entries
    where = r"gazetteer file '.*mine\.json': 'actors\[0\]\.code'.*got 'pff'"
    with pytest.raises(StanceValueError, match=where):
        Gazetteer.load(path)
    path.write_text(json.dumps({"actors": [{"code": "PFF", "mentions": ["x"]}, 3]}), encoding="utf-8")
    with pytest.raises(StanceTypeError, match=r"'actors\[1\]' must be an object .*got 3"):
        Gazetteer.load(path, replace=True)


def test_a_bad_model_path_is_named_as_the_argument_given(capsys, tmp_path: Path, article: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelFileError, match=r"^'model' must be a stance model directory"):
        stance.score("We urge calm.", model=tmp_path / "none")
    message = _err(capsys, ["analyze", str(article), "--model", str(tmp_path / "none")])
    assert "error: --model DIR must be a stance model directory" in message


def test_a_threshold_for_no_label_names_the_labels(capsys, article: Path) -> None:  # type: ignore[no-untyped-def]
    message = _err(capsys, ["analyze", str(article), "--threshold", "blam=0.3"])
    assert "'blam' is no label; the labels are concern, blame, call_to_action" in message


def test_an_output_in_a_missing_folder_names_the_folder(capsys, tmp_path: Path, article: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "nowhere" / "out.jsonl"
    message = _err(capsys, ["analyze", str(article), "-o", str(out)])
    # it named the temporary file beside the output ('.out.jsonl.x8k2...')
    assert f"output {str(out)!r}" in message and "is not an existing folder" in message
    assert ".out.jsonl." not in message


def test_a_path_or_bytes_given_for_a_text_says_how_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    with pytest.raises(StanceTypeError, match=r"'article' must be str, got PosixPath.*read_text"):
        stance.analyze(path)  # type: ignore[arg-type]
    with pytest.raises(StanceTypeError, match=r"'article' must be str, got b'x'.*decode\('utf-8'\)"):
        stance.analyze(b"x")  # type: ignore[arg-type]
    with pytest.raises(StanceTypeError, match=r"'texts' must be a str or a sequence of str.*read_text"):
        stance.score(path)  # type: ignore[call-overload]
    with pytest.raises(StanceTypeError, match=r"'docs' must be an iterable of documents.*read_text"):
        list(stance.pipe(path))  # type: ignore[arg-type]
    # score takes one str too: the error for what is neither says so (it said 'a sequence of texts')
    with pytest.raises(StanceTypeError, match=r"'texts' must be a str or a sequence of str, got a NoneType"):
        stance.score(None)  # type: ignore[call-overload]


def test_train_out_under_a_file_fails_before_training(capsys, tmp_path: Path, article: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "labelled.jsonl"
    data.write_text("", encoding="utf-8")  # never read: the --out check comes first
    message = _err(capsys, ["train", "--data", str(data), "--out", str(article / "model")])
    # it trained, then failed with '<file> File exists'
    assert f"--out DIR: {str(article)!r} is a file, not a folder" in message
