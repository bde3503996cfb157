"""The `stance` command line: inputs, outputs, formats, and one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from stance.cli import main
from stance.corpus import load as load_corpus


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(load_corpus().article("seed-000").text, encoding="utf-8")
    return path


def test_segment_jsonl(capsys, seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "segment", str(seed_file))
    assert code == 0 and not err
    rows = [json.loads(line) for line in out.splitlines()]
    text = seed_file.read_text(encoding="utf-8")
    assert len(rows) >= 10
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"] and r["source"] == str(seed_file)
    assert rows[0]["actor"] == "RUS"


def test_analyze_table_and_csv(capsys, seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "analyze", str(seed_file), "--format", "table")
    assert code == 0
    header = out.splitlines()[0].split()
    assert {"speaker", "actor", "concern", "blame", "call_to_action", "labels"} <= set(header)
    code, out, _ = run(capsys, "analyze", str(seed_file), "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("source,item,text,start,end")


def test_score_stdin_lines(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("We urge Baku to withdraw.\n\nThey met on Friday.\n"))
    code, out, _ = run(capsys, "score", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["item"] for r in rows] == [1, 3]
    assert rows[0]["labels"] == ["call_to_action"] and rows[0]["call_targets"] == ["AZE"]
    assert rows[1]["labels"] == []


def test_score_csv_with_text_field(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.csv"
    path.write_text("id,body\nx1,We are deeply worried by the escalation.\n", encoding="utf-8")
    code, out, _ = run(capsys, "score", str(path), "--text-field", "body")
    assert code == 0 and json.loads(out)["item"] == "x1"
    code, _, err = run(capsys, "score", str(path))
    assert code == 1 and "no text field 'text'" in err and "--text-field" in err


def test_evaluate_labelled_file(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {"text": s.text, "concern": s.concern, "blame": s.blame, "call_to_action": s.call_to_action}
        for s in load_corpus().subset(provenance="seed").statements
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", "--data", str(path), "--format", "jsonl")
    assert code == 0
    report = [json.loads(line) for line in out.splitlines()]
    assert [r["label"] for r in report] == ["concern", "blame", "call_to_action", "macro"]
    assert report[-1]["support"] == len(rows) and 0 <= report[-1]["f1"] <= 1
    lo, hi = map(float, report[-1]["interval_95"].split("-"))
    assert 0 <= lo <= report[-1]["f1"] <= hi <= 1 and lo < hi  # 30 texts: a real spread


def test_bootstrap_interval_narrows_with_more_data() -> None:
    from stance.evaluate import bootstrap_interval

    rng = np.random.default_rng(1)
    widths = []
    for n in (40, 4000):
        Y = rng.integers(0, 2, size=(n, 3))
        proba = np.clip(Y * 0.4 + rng.random((n, 3)) * 0.8, 0, 1)  # informative, imperfect
        lo, hi = bootstrap_interval(Y, proba, [0.5, 0.5, 0.5], rounds=300)
        widths.append(hi - lo)
    assert widths[1] < widths[0] / 4


@pytest.mark.parametrize(
    "args,message",
    [
        (["segment", "missing.txt"], "input file 'missing.txt' does not exist"),
        (["score", "-", "--threshold", "high"], "--threshold must be a number"),
        (["analyze", "-", "--model", "no/such/model"], "not a directory"),
        (["evaluate", "--data", "missing.jsonl"], "'data' must be an existing JSONL or CSV file"),
    ],
)
def test_errors_are_one_line(capsys, monkeypatch, args, message) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("text\n"))
    code, out, err = run(capsys, *args)
    assert code == 1 and not out
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    """`stance segment big.txt | head -1`: exit 0 and nothing on stderr."""
    import subprocess
    import sys

    big = tmp_path / "big.txt"
    big.write_text(load_corpus().article("seed-000").text * 40, encoding="utf-8")  # > a pipe buffer
    proc = subprocess.Popen(
        [sys.executable, "-m", "stance.cli", "segment", str(big), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["text"]
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    with proc.stderr:
        assert proc.stderr.read() == b""
