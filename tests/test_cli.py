"""The `stance` command line: inputs, outputs, formats, and one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    assert {"speaker", "actor", "concern", "blame", "call", "labels", "text"} <= set(header)
    code, out, _ = run(capsys, "analyze", str(seed_file), "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("source,line,text,start,end")


def test_score_stdin_lines(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("We urge Baku to withdraw.\n\nThey met on Friday.\n"))
    code, out, _ = run(capsys, "score", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["line"] for r in rows] == [1, 3]
    assert rows[0]["labels"] == ["call_to_action"] and rows[0]["call_targets"] == ["AZE"]
    assert rows[1]["labels"] == []


def test_score_csv_with_text_field(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.csv"
    path.write_text("id,body\nx1,We are deeply worried by the escalation.\n", encoding="utf-8")
    code, out, _ = run(capsys, "score", str(path), "--text-field", "body", "--id-field", "id")
    assert code == 0 and json.loads(out)["id"] == "x1"
    code, _, err = run(capsys, "score", str(path))
    assert code == 1 and "no column 'text'" in err and "'body'" in err and "--text-field" in err


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
        (["evaluate", "--data", "missing.jsonl"], "input file 'missing.jsonl' does not exist"),
        # a statement given where a file goes: how to pass a text
        (["score", "Baku must withdraw its troops."], "give it on standard input: echo 'TEXT' | stance"),
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


# --------------------------------------------------------------------------- inputs (issue 11)


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_csv_on_stdin_is_read_as_csv(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stdin_bytes(monkeypatch, b'id,body\nx1,"We urge Baku, at once, to withdraw."\nx2,They met.\n')
    code, out, err = run(capsys, "score", "-", "--text-field", "body", "--id-field", "id")
    rows = jsonl(out)
    assert code == 0, err
    assert [r["id"] for r in rows] == ["x1", "x2"]  # the header is not scored
    assert rows[0]["body"] == "We urge Baku, at once, to withdraw." and "call_to_action" in rows[0]["labels"]


def test_explicit_input_format_wins(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stdin_bytes(monkeypatch, b"text\nWe urge restraint.\n")
    code, out, _ = run(capsys, "score", "-", "--input-format", "text")
    assert code == 0 and [r["text"] for r in jsonl(out)] == ["text", "We urge restraint."]
    stdin_bytes(monkeypatch, b"text\nWe urge restraint.\n")
    code, out, _ = run(capsys, "score", "-", "--input-format", "csv")
    assert code == 0 and [r["text"] for r in jsonl(out)] == ["We urge restraint."]


@pytest.mark.parametrize(
    "name,content",
    [
        ("in.tsv", "id\ttext\nt1\tWe urge Baku to withdraw.\nt2\tThey met on Friday.\n"),
        (
            "in.json",
            json.dumps(
                [
                    {"id": "t1", "text": "We urge Baku to withdraw."},
                    {"id": "t2", "text": "They met on Friday."},
                ]
            ),
        ),
        (
            "in.csv",
            "\ufeffid,text\r\nt1,We urge Baku to withdraw.\r\nt2,They met on Friday.\r\n",
        ),  # Excel: BOM, CRLF
    ],
)
def test_tsv_json_and_excel_csv_files(capsys, tmp_path: Path, name: str, content: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    code, out, err = run(capsys, "score", str(path), "--id-field", "id")
    assert code == 0, err
    rows = jsonl(out)
    assert [(r["id"], r["text"]) for r in rows] == [
        ("t1", "We urge Baku to withdraw."),
        ("t2", "They met on Friday."),
    ]
    assert rows[0]["labels"] == ["call_to_action"]


def test_long_csv_field_is_read(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long = "We urge restraint. " * 10_000  # 190,000 characters: over the csv module's default limit
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\n1,"{long}"\n', encoding="utf-8")
    code, out, err = run(capsys, "score", str(path))
    assert code == 0, err
    assert jsonl(out)[0]["text"] == long


@pytest.mark.parametrize(
    "data,message",
    [
        (b'{"text": {"a": 1}}\n', "<stdin>:1: field 'text' must be a string; got dict"),
        (b'{"text": null}\n', "<stdin>:1: field 'text' must be a string; got null"),
        (b'{"text": "ok"}\n[1, 2]\n', "<stdin>:2: a record must be an object"),
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", "nested too deeply"),
        (b'{"body": "x"}\n', "no text field 'text' (found 'body')"),
        (b"We urge \xff restraint.\n", "near line 1: not UTF-8 text"),
        (b"", "<stdin>: empty input"),
        (b"\n  \n", "<stdin>: empty input"),
    ],
)
def test_bad_input_is_one_line(capsys, monkeypatch, data: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    stdin_bytes(monkeypatch, data)
    code, _, err = run(capsys, "score", "-")
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1, err


def test_empty_file_is_an_error(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("empty.txt", "empty.jsonl", "empty.csv"):
        (tmp_path / name).write_text("", encoding="utf-8")
        for command in ("score", "analyze", "segment"):
            code, _, err = run(capsys, command, str(tmp_path / name))
            assert code == 1 and "empty input" in err, (command, name, err)


def test_evaluate_on_an_empty_file_fails(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "evaluate", "--data", str(path))
    assert code == 1 and not out and "empty input (no record to read)" in err


def test_offsets_index_the_text_as_read_with_windows_line_endings(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = load_corpus().article("seed-000").text.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    code, out, _ = run(capsys, "analyze", str(path))
    rows = jsonl(out)
    assert code == 0 and len(rows) >= 10
    with path.open(encoding="utf-8-sig", newline="") as fh:  # the documented way to read it
        as_read = fh.read()
    assert as_read == text
    for r in rows:
        assert as_read[r["start"] : r["end"]] == r["text"]


def test_a_closed_stdout_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "in.txt"
    path.write_text("We urge restraint.\n", encoding="utf-8")
    for redirect in (">&-", ">/dev/full"):
        proc = subprocess.run(
            f"{sys.executable} -m stance score {path} {redirect}", shell=True, capture_output=True, text=True
        )
        assert proc.returncode == 1, (redirect, proc.stderr)
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


# --------------------------------------------------------------------------- streaming (issue 11)


def test_columns_and_ids_are_carried_through(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "in.jsonl"
    recs = [
        {"doc": "d1", "body": "We urge Baku to withdraw.", "concern": 1, "meta": {"page": 3}},
        {"doc": "d2", "body": "They met on Friday.", "concern": 0, "meta": None},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    code, out, _ = run(capsys, "score", str(path), "--text-field", "body", "--id-field", "doc")
    rows = jsonl(out)
    assert code == 0
    assert list(rows[0])[:3] == ["source", "line", "id"] and [r["id"] for r in rows] == ["d1", "d2"]
    assert rows[0]["input_concern"] == 1 and 0 <= rows[0]["concern"] <= 1  # a clash is renamed, not lost
    assert rows[0]["meta"] == {"page": 3} and rows[0]["body"] == recs[0]["body"]
    code, out, _ = run(capsys, "score", str(path), "--text-field", "body", "--format", "csv")
    header = out.splitlines()[0].split(",")
    assert code == 0 and {"doc", "input_concern", "meta", "body", "concern", "labels"} <= set(header)
    code, _, err = run(capsys, "score", str(path), "--text-field", "body", "--id-field", "nope")
    assert code == 1 and "no id field 'nope'" in err
    text = tmp_path / "in.txt"
    text.write_text("We urge restraint.\n", encoding="utf-8")
    code, _, err = run(capsys, "score", str(text), "--id-field", "id")
    assert code == 1 and "needs structured input" in err


def test_results_are_written_as_they_come() -> None:
    """With --batch-size 2, the first results arrive while standard input is still open."""
    import subprocess
    import sys
    import threading

    proc = subprocess.Popen(
        [sys.executable, "-m", "stance", "score", "-", "--batch-size", "2", "--input-format", "text"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"We urge restraint.\nThey met.\n")
    proc.stdin.flush()
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(proc.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=60)
    assert got and json.loads(got[0])["line"] == 1  # before stdin is closed
    proc.stdin.close()
    proc.wait(timeout=60)
    proc.stdout.close()
    assert proc.stderr is not None
    proc.stderr.close()


def test_output_file_and_progress_is_quiet_in_pipes(tmp_path: Path) -> None:
    import subprocess
    import sys

    src = tmp_path / "in.txt"
    src.write_text("We urge restraint.\n" * 50, encoding="utf-8")
    out = tmp_path / "out.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "stance", "score", str(src), "-o", str(out), "--format", "csv"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 51
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []  # no temporary left


def test_analyze_does_not_import_scikit_learn(tmp_path: Path) -> None:
    import subprocess
    import sys

    src = tmp_path / "a.txt"
    src.write_text(load_corpus().article("seed-000").text, encoding="utf-8")
    code = (
        "import sys, io; from stance.cli import main; sys.stdout = io.StringIO(); "
        f"rc = main(['analyze', {str(src)!r}]); sys.stdout = sys.__stdout__; "
        "print(rc, sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "0 []"


# --------------------------------------------------------------------------- analyst's experience (issue 12)


def test_table_fits_the_terminal(capsys, monkeypatch, seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    for width in (80, 120):
        monkeypatch.setenv("COLUMNS", str(width))
        code, out, _ = run(capsys, "analyze", str(seed_file), "--format", "table")
        lines = out.splitlines()
        assert code == 0 and len(lines) > 17
        assert max(len(line) for line in lines) <= width
        assert "speaker_span" not in lines[0] and "quotes" not in lines[0]
    words = " ".join(out.split()).split()
    assert "Nagorno-Karabakh" in " ".join(words)  # the wrapped text is all there


def test_help_is_plain_and_explains_every_option() -> None:
    import argparse
    import subprocess
    import sys

    from stance.cli import build_parser

    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subs.choices.items():
        for action in sub._actions:
            assert action.help, (name, action.dest)
        text = sub.format_help()
        assert "``" not in text and ":func:" not in text and ":class:" not in text
    out = subprocess.run(
        [sys.executable, "-m", "stance", "--help"], check=True, capture_output=True, text=True
    )
    assert out.stdout.startswith("usage: stance") and "``" not in out.stdout and "--help" in out.stdout


def test_analyze_html_report(capsys, tmp_path: Path, seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    from html.parser import HTMLParser

    report = tmp_path / "report.html"
    code, out, err = run(capsys, "analyze", str(seed_file), "--format", "html", "-o", str(report))
    assert code == 0 and out == "", err
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    for fetch in ("<script", "src=", "href=", "url(", "@import"):
        assert fetch not in html
    marks: list[str] = []

    class P(HTMLParser):
        depth = 0

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            if tag == "mark":
                self.depth += 1
                marks.append("")

        def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
            if tag == "mark":
                self.depth -= 1

        def handle_data(self, data):  # type: ignore[no-untyped-def]
            if self.depth:
                marks[-1] += data

    P(convert_charrefs=True).feed(html)
    code, out, _ = run(capsys, "analyze", str(seed_file))
    assert marks == [r["text"] for r in jsonl(out)]


def test_train_from_a_labelled_table(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv as csvmod

    statements = load_corpus().subset(split="train").statements[:240]
    path = tmp_path / "labelled.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csvmod.writer(fh)
        w.writerow(["body", "concern", "blame", "call_to_action"])
        w.writerows([[s.text, s.concern, s.blame, s.call_to_action] for s in statements])
    out_dir = tmp_path / "m"
    code, out, err = run(capsys, "train", "--data", str(path), "--text-field", "body", "--out", str(out_dir))
    assert code == 0, err
    assert "test split" not in out and "cross-validation" in out
    card = (out_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "240 labelled texts from labelled.csv" in card
    bad = tmp_path / "bad.csv"
    bad.write_text("text,concern\nWe worry.,2\nFine.,1\n", encoding="utf-8")
    code, out, err = run(capsys, "train", "--data", str(bad), "--out", str(tmp_path / "m2"))
    assert code == 1 and not (tmp_path / "m2").exists()
    assert "'blame' is missing from every record" in err and "'call_to_action' is missing" in err
    assert "'concern' must be 0 or 1" in err and "2 ('2')" in err  # every problem in one message


def test_progress_bar_on_a_terminal_only(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    src = tmp_path / "in.txt"
    src.write_text("We urge restraint.\n" * 300, encoding="utf-8")
    for quiet, expect in ((False, True), (True, False)):
        err = Tty()
        monkeypatch.setattr("sys.stderr", err)
        args = ["score", str(src), "--batch-size", "100", "-o", str(tmp_path / "o.jsonl")]
        assert main([*args, "--quiet"] if quiet else args) == 0
        shown = err.getvalue()
        assert ("texts" in shown and "/s" in shown and "ETA" in shown and "%" in shown) == expect, shown
        assert ("300 texts in" in shown) == expect


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.sampled_from([b"", b"{", b"[", b"id,text\n", b"text\t", b'{"text": ', b"\xef\xbb\xbf"]),
    body=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    fmt=st.sampled_from(["auto", "text", "jsonl", "csv", "tsv", "json"]),
    command=st.sampled_from(["score", "segment"]),
)
def test_any_bytes_on_stdin_end_in_a_result_or_one_line(
    capsys, monkeypatch, prefix, body, fmt, command
) -> None:  # type: ignore[no-untyped-def]
    stdin_bytes(monkeypatch, prefix + body)
    code, _, err = run(capsys, command, "-", "--input-format", fmt)
    assert code in (0, 1)
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, err


def test_one_empty_file_of_a_batch_is_reported_and_the_others_are_read(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("The ministry said the road was closed.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"))
    assert code == 0 and len(jsonl(out)) == 1
    assert "empty.txt: empty input" in err and "skipped" in err


def test_a_lone_surrogate_in_json_input_is_written_escaped(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for command, fmt in (("score", "jsonl"), ("score", "csv"), ("score", "table"), ("analyze", "html")):
        stdin_bytes(monkeypatch, b'{"text": "We urge calm \\ud800."}\n')
        out_path = tmp_path / f"out.{fmt}"
        code, _, err = run(capsys, command, "-", "--format", fmt, "-o", str(out_path))
        assert code == 0, err
        assert "\\ud800" in out_path.read_text(encoding="utf-8")


def test_a_table_written_to_a_file_keeps_every_column(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("COLUMNS", raising=False)
    (tmp_path / "a.txt").write_text("Baku urged Yerevan to withdraw.", encoding="utf-8")
    out_path = tmp_path / "t.txt"
    code, _, err = run(capsys, "analyze", str(tmp_path / "a.txt"), "--format", "table", "-o", str(out_path))
    assert code == 0, err
    header = out_path.read_text(encoding="utf-8").splitlines()[0].split()
    assert {"doc", "speaker", "actor", "targets", "text"} <= set(header)


def test_evaluate_warns_of_a_label_with_no_positives(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ev.jsonl"
    path.write_text(
        '{"text": "Baku urged calm.", "concern": 0, "blame": 0, "call_to_action": 1}\n'
        '{"text": "We are alarmed.", "concern": 1, "blame": 0, "call_to_action": 0}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "evaluate", "--data", str(path))
    assert code == 0 and "no positives for blame" in err and "macro" in out


def test_a_blank_issuer_is_refused_by_name(capsys, seed_file: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "analyze", "--issuer", "  ", str(seed_file))
    assert code != 0 and out == ""
    assert "--issuer NAME" in err and "'  '" in err
    code, out, _ = run(capsys, "segment", "--issuer", "the Russian Foreign Ministry", str(seed_file))
    assert code == 0 and out


def test_a_text_field_on_plain_text_is_refused(capsys, seed_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "score", "--text-field", "body", str(seed_file))
    assert code != 0 and out == "" and "'body'" in err and "plain text" in err
    # a CSV whose header names the field is read by it
    table = tmp_path / "items.csv"
    table.write_text("id,body\n1,We urge Baku to withdraw its troops.\n", encoding="utf-8")
    code, out, _ = run(capsys, "score", "--text-field", "body", str(table))
    assert code == 0 and "withdraw" in out
