"""The stance command: segment, score and analyze texts; train and evaluate models.

Inputs are read one record at a time and results are written as they come, so files of
millions of statements run in constant memory. Errors are one line on standard error and a
non-zero exit code. The command uses the public Python API only (stance.score, stance.pipe,
stance.segment, stance.train, stance.evaluate.evaluate_file, stance.readers).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import re
import shutil
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .errors import StanceError
from .readers import FORMATS, EmptyInputError, Record, Source
from .results import LABELS, Document

__all__ = ["build_parser", "main"]

_DESCRIPTION = """\
Find who said what in news and official statements, and in which stance
(concern, blame, call to action).

Input: files, or - for standard input. A file's format comes from its name
(.txt text, .jsonl/.ndjson JSON Lines, .csv, .tsv, .json an array of objects);
standard input is recognised from its first line, or set --input-format.
Structured records hold the text in --text-field (default: text); their other
fields are carried through to the output. Text is read as UTF-8 (a byte-order
mark is dropped) with line endings as they are: character offsets index the
text exactly as read, so with Windows line endings each \\r\\n counts two.
"""

_EPILOG = """\
examples:
  stance analyze article.txt --format table
  stance analyze articles/*.txt --format html -o report.html
  stance score statements.jsonl --id-field id -o scores.jsonl
  cat items.csv | stance score - --text-field body --format csv
  stance train --data labelled.csv --text-field body --out my-model
  stance evaluate --data labelled.jsonl --model my-model
  python -m stance --help
"""


class _Progress:
    """A one-line progress bar on stderr (count, rate, percent and ETA when the size of the input
    is known); drawn only when stderr is a terminal and not --quiet, at most 5 times a second."""

    def __init__(self, inputs: list[str], unit: str, quiet: bool) -> None:
        self.unit = unit
        self.on = not quiet and sys.stderr is not None and sys.stderr.isatty()
        self.count, self.start, self.last = 0, time.monotonic(), 0.0
        self.done_bytes = 0
        self.total_bytes: int | None = 0
        for path in inputs:
            try:
                self.total_bytes = (
                    None
                    if path == "-" or self.total_bytes is None
                    else (self.total_bytes + os.stat(path).st_size)
                )
            except OSError:
                self.total_bytes = None

    def total(self) -> int | None:
        return self.total_bytes

    def step(self, n: int, source: Source) -> None:
        self.count += n
        now = time.monotonic()
        if not self.on or now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        line = f"{self.count:,} {self.unit}  {self.count / elapsed:,.0f}/s"
        total = self.total()
        if total:
            done = min(self.done_bytes + source.position(), total)
            frac = done / total
            width = 24
            fill = int(frac * width)
            eta = elapsed * (1 - frac) / frac if frac > 0 else 0.0
            line = f"[{'#' * fill}{'.' * (width - fill)}] {frac:4.0%}  {line}  ETA {_clock(eta)}"
        sys.stderr.write("\r" + line + " " * 4)
        sys.stderr.flush()

    def next_source(self, source: Source) -> None:
        self.done_bytes += source.size or 0

    def close(self) -> None:
        if self.on and self.last:
            elapsed = time.monotonic() - self.start
            sys.stderr.write(f"\r{self.count:,} {self.unit} in {_clock(elapsed)}" + " " * 40 + "\n")
            sys.stderr.flush()


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


# ----------------------------------------------------------------------------- output writers


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, (list, tuple)):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class _Writer:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def document(self, doc: Document, title: str) -> None:  # only the HTML writer needs documents
        pass

    def rows(self, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _JsonlWriter(_Writer):
    def rows(self, rows: list[dict[str, Any]]) -> None:
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        self.out.write("".join([dumps(r) + "\n" for r in rows]))


class _CsvWriter(_Writer):
    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.columns: list[str] | None = None
        self.writer = csv.writer(out, lineterminator="\n")

    def rows(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.columns is None:
            self.columns = list(dict.fromkeys(k for row in rows for k in row))
            self.writer.writerow(self.columns)
        known = set(self.columns)
        for row in rows:
            extra = [k for k in row if k not in known]
            if extra:
                raise StanceError(
                    f"{row.get('source')}:{row.get('line')}: field(s) {', '.join(map(repr, extra))} not in "
                    "the earlier records, so not in the CSV header; use --format jsonl for records of "
                    "varying fields"
                )
        columns = self.columns
        self.writer.writerows([[_cell(row.get(c)) for c in columns] for row in rows])


def _short(label: str) -> str:
    return label.split("_")[0]


_FILE_WIDTH = 160  # the width of a table written to a file or a pipe


class _TableWriter(_Writer):
    """Aligned columns that fit the terminal: the statement text is wrapped in the last column,
    internal columns (spans, mentions, quotes) are left out, and narrow terminals drop the least
    useful columns first."""

    def __init__(self, out: TextIO, kind: str, has_scores: bool, text_field: str = "text") -> None:
        super().__init__(out)
        self.text_field = text_field
        width = shutil.get_terminal_size((100, 24)).columns
        tty = getattr(out, "isatty", lambda: False)()
        if not tty and "COLUMNS" not in os.environ:
            width = max(width, _FILE_WIDTH)  # a file or a pipe: every column, whatever the terminal
        cols: list[tuple[str, int, int]] = []  # (name, width, priority: lower is dropped first)
        if kind == "score":
            cols.append(("line", 6, 5))
        else:
            cols += [("doc", 12, 3), ("start", 6, 1), ("speaker", 18, 5), ("actor", 8, 6), ("kind", 8, 0)]
        if has_scores:
            cols += [(_short(n), max(len(_short(n)), 5), 7) for n in LABELS]
            cols += [("labels", 10, 8), ("targets", 12, 4)]
        min_text = 30
        while cols and sum(w + 2 for _, w, _ in cols) + min_text > width:
            cols.remove(min(cols, key=lambda c: c[2]))
        self.cols = [(name, w) for name, w, _ in cols]
        self.text_width = max(min_text, width - sum(w + 2 for _, w in self.cols))
        self.kind, self.header = kind, False

    def _cells(self, row: dict[str, Any]) -> list[str]:
        cells = []
        for name, _ in self.cols:
            if name == "line":
                v = row.get("id", row.get("line"))
            elif name == "doc":
                line = row.get("line") or 1
                v = row.get("id", Path(str(row.get("source", ""))).name + (f":{line}" if line > 1 else ""))
            elif name in ("speaker", "actor", "kind", "start"):
                v = row.get(name)
            elif name == "labels":
                v = "+".join(_short(x) for x in row.get("labels") or ()) or "-"
            elif name == "targets":
                pairs = (("blame", "blame_targets"), ("call_to_action", "call_targets"))
                parts = [f"{label[0]}:{','.join(row[key])}" for label, key in pairs if row.get(key)]
                v = " ".join(parts)
            else:
                label = next(n for n in LABELS if _short(n) == name)
                v = f"{row[label]:.2f}" if row.get(label) is not None else ""
            cells.append("" if v is None else str(v))
        return cells

    def rows(self, rows: list[dict[str, Any]]) -> None:
        parts = []
        if not self.header:
            head = [name.ljust(w) for name, w in self.cols] + ["text"]
            parts.append("  ".join(head).rstrip() + "\n")
            self.header = True
        indent = " " * sum(w + 2 for _, w in self.cols)
        for row in rows:
            cells = [_clip(c, w).ljust(w) for c, (_, w) in zip(self._cells(row), self.cols)]
            text = " ".join(str(row.get(self.text_field, "")).split())
            lines = textwrap.wrap(text, self.text_width, break_long_words=True) or [""]
            parts.append("  ".join([*cells, lines[0]]).rstrip() + "\n")
            parts.extend(indent + line + "\n" for line in lines[1:])
        self.out.write("".join(parts))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class _HtmlWriter(_Writer):
    def __init__(self, out: TextIO, title: str) -> None:
        from .display import html_head

        super().__init__(out)
        out.write(html_head(title))
        self.count = 0

    def document(self, doc: Document, title: str) -> None:
        from .display import html_section

        self.out.write(html_section(doc, title, self.count))  # ids apart from other articles'
        self.count += 1

    def rows(self, rows: list[dict[str, Any]]) -> None:
        pass

    def close(self) -> None:
        from .display import html_foot

        self.out.write(html_foot())


# ----------------------------------------------------------------------------- rows


def _threshold(value: str | None) -> float | dict[str, float] | None:
    """``0.5`` for every label, or ``concern=0.4,blame=0.6``."""
    if value is None:
        return None
    try:
        if "=" not in value:
            return float(value)
        out = {}
        for part in value.split(","):
            name, _, number = part.partition("=")
            if name.strip() not in LABELS:
                raise StanceError(
                    f"--threshold: {name.strip()!r} is no label; the labels are {', '.join(LABELS)} "
                    f"(e.g. 'concern=0.4,blame=0.6'); got {value!r}"
                )
            out[name.strip()] = float(number)
        return out
    except ValueError:
        raise StanceError(
            f"--threshold must be a number such as 0.5 or label=number pairs such as "
            f"'concern=0.4,blame=0.6'; got {value!r}"
        ) from None


_SCORE_COLUMNS = frozenset([*LABELS, "labels", "blame_targets", "call_targets"])
_STATEMENT_COLUMNS = frozenset(["text", "start", "end", "speaker", "speaker_mention", "speaker_span", "actor",
                                "cue", "kind"]) | _SCORE_COLUMNS  # fmt: skip


class _Head:
    """The leading columns of output rows: where the record came from, then its own fields (the
    id first), a field whose name an output column takes renamed ``input_<name>``. The renaming
    is worked out once per set of field names, not once per row."""

    def __init__(self, id_field: str | None, taken: frozenset[str]) -> None:
        self.id_field, self.taken = id_field, taken | {"source", "line", "id"}
        self._names: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}

    def names(self, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        found = self._names.get(keys)
        if found is None:
            found = tuple(
                (k, f"input_{k}" if k in self.taken else k)
                for k in keys
                if self.id_field is None or k != self.id_field
            )
            self._names[keys] = found
        return found

    def __call__(self, source: Source, rec: Record) -> dict[str, Any]:
        fields = rec.fields
        row: dict[str, Any] = {"source": source.name, "line": rec.line}
        if self.id_field is not None:
            row["id"] = fields[self.id_field]
        if fields:
            for k, name in self.names(tuple(fields)):
                row[name] = fields[k]
        return row


def _records(args: argparse.Namespace, whole: bool, progress: _Progress) -> Iterator[tuple[Source, Record]]:
    several = len(args.inputs) > 1
    for path in args.inputs:
        source = Source(path, args.input_format, args.text_field, whole=whole, id_field=args.id_field)
        try:
            for rec in source:
                yield source, rec
        except EmptyInputError as exc:
            if not several:
                raise
            # one empty file of a batch is reported, not fatal to the others
            print(f"stance {args.command}: warning: {exc}; skipped", file=sys.stderr)
        progress.next_source(source)


def _run_score(args: argparse.Namespace, writer: _Writer, progress: _Progress) -> None:
    import stance

    threshold = _threshold(args.threshold)
    stance.score([], model=args.model, threshold=threshold)  # a bad model or threshold fails before reading
    head = _Head(args.id_field, _SCORE_COLUMNS | {args.text_field})
    text_field = args.text_field
    batch: list[tuple[Source, Record]] = []
    records = _records(args, False, progress)
    while True:
        batch.clear()
        for item in records:
            batch.append(item)
            if len(batch) >= args.batch_size:
                break
        if not batch:
            return
        scores = stance.score(
            [r.text for _, r in batch], model=args.model, threshold=threshold, n_jobs=args.jobs
        )
        rows = []
        for (source, rec), sc in zip(batch, scores):
            row = head(source, rec)
            row[text_field] = rec.text  # under its own name, where the input had it
            row.update(zip(LABELS, [round(p, 4) for p in sc.proba]))
            row["labels"] = sc.labels  # tuples: JSON arrays, CSV cells joined with ';'
            row["blame_targets"] = sc.blame_targets
            row["call_targets"] = sc.call_targets
            rows.append(row)
        writer.rows(rows)
        writer.out.flush()  # results leave as they come, batch by batch
        progress.step(len(rows), batch[-1][0])


def _statement_row(head: dict[str, Any], s: Any) -> dict[str, Any]:
    row = dict(head)
    row.update(
        text=s.text, start=s.start, end=s.end, speaker=s.speaker, speaker_mention=s.speaker_mention,
        actor=s.actor, cue=s.cue, kind=s.kind,
    )  # fmt: skip
    if s.score is not None:
        row.update(zip(LABELS, [round(p, 4) for p in s.score.proba]))
        row["labels"] = s.score.labels
        row["blame_targets"] = s.score.blame_targets
        row["call_targets"] = s.score.call_targets
    return row


def _run_articles(args: argparse.Namespace, analyze: bool, writer: _Writer, progress: _Progress) -> None:
    import stance

    if args.gazetteer_replace and not args.gazetteer:
        raise StanceError("--gazetteer-replace needs --gazetteer FILE (the gazetteer to use alone)")
    gaz = None
    if args.gazetteer:
        try:
            gaz = stance.Gazetteer.load(args.gazetteer, replace=args.gazetteer_replace)
        except StanceError as exc:
            raise StanceError(_as_option(str(exc), {"path": "--gazetteer FILE"})) from None
    pending: dict[int, tuple[Source, Record]] = {}
    make_head = _Head(args.id_field, _STATEMENT_COLUMNS)

    def feed() -> Iterator[tuple[int, str]]:
        for n, (source, rec) in enumerate(_records(args, True, progress)):
            pending[n] = (source, rec)
            yield n, rec.text

    if analyze:
        threshold = _threshold(args.threshold)
        docs: Iterator[Document] = stance.pipe(
            feed(), model=args.model, gazetteer=gaz, threshold=threshold, n_jobs=args.jobs, batch_size=4,
            issuer=args.issuer,
        )  # fmt: skip
    else:
        docs = (
            Document(stance.segment(text, gazetteer=gaz, issuer=args.issuer), text=text, id=n)
            for n, text in feed()
        )
    for doc in docs:
        source, rec = pending.pop(doc.id)
        head = make_head(source, rec)
        title = str(head["id"]) if "id" in head else source.name + (f":{rec.line}" if rec.line > 1 else "")
        writer.document(Document(doc, text=doc.text, id=head.get("id")), title)
        writer.rows([_statement_row(head, s) for s in doc])
        writer.out.flush()
        progress.step(1, source)


def _cmd_train(args: argparse.Namespace) -> list[dict[str, Any]]:
    import stance

    from .persist import model_digest

    if args.data and args.corpus:
        raise StanceError("give either --corpus (a corpus directory) or --data (a labelled table), not both")
    parent = Path(args.out).resolve().parent
    while not parent.exists():
        parent = parent.parent  # folders that do not exist yet are made
    if not parent.is_dir():  # before training, not after it (the error named /dev/null as 'File exists')
        raise StanceError(f"--out DIR: {str(parent)!r} is a file, not a folder; choose another path")
    if args.data:
        model = stance.train(data=args.data, text_field=args.text_field, out=args.out)
    else:
        model = stance.train(args.corpus, out=args.out, split=None if args.all else "train")
    rows = []
    reports = [("cross-validation", model.cv_report_)]
    meta = model.metadata_
    reports += [
        (name, meta[key])
        for key, name in (("test_report", "test split"), ("seed_report", "seed articles"))
        if meta.get(key) and meta[key].get("n")
    ]
    for name, rep in reports:
        row: dict[str, Any] = {"evaluation": name}
        if "n" in rep:
            row["statements"] = rep["n"]
        row.update({f"{n}_f1": round(rep["labels"][n]["f1"], 3) for n in LABELS})
        row["macro_f1"] = round(rep["macro_f1"], 3)
        rows.append(row)
    print(
        f"trained on {meta.get('training_data', '?')}; saved model to {args.out} "
        f"(sha256 to pin with stance.load: {model_digest(args.out)})",
        file=sys.stderr,
    )
    return rows


def _cmd_evaluate(args: argparse.Namespace) -> list[dict[str, Any]]:
    from .evaluate import evaluate_file

    report = evaluate_file(
        args.data,
        model=args.model,
        text_field=args.text_field,
        unit=args.unit,
        threshold=_threshold(args.threshold),
    )
    if not report.get("n"):
        raise StanceError(f"{args.data}: no labelled texts to evaluate (the file is empty)")
    rows = []
    for name in LABELS:
        r = report["labels"][name]
        rows.append(
            {
                "label": name,
                **{
                    k: round(r[k], 3) if isinstance(r[k], float) else r[k]
                    for k in ("precision", "recall", "f1", "ece", "threshold", "support")
                },
            }
        )
    lo, hi = report["macro_f1_interval"]
    rows.append(
        {
            "label": "macro",
            "f1": round(report["macro_f1"], 3),
            "support": report["n"],
            "interval_95": f"{lo:.3f}-{hi:.3f}",
        }
    )
    empty = [name for name in LABELS if not report["labels"][name]["support"]]
    if empty:
        # an F1 with nothing to find is 0 (or undefined), and the macro-F1 averages it in
        print(
            f"stance evaluate: warning: {args.data}: no positives for {', '.join(empty)}; its F1 is 0 "
            "and counts in the macro-F1",
            file=sys.stderr,
        )
    return rows


def _write_report(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """A small report (train, evaluate): JSONL, CSV, or an aligned table."""
    if fmt == "jsonl":
        _JsonlWriter(out).rows(rows)
        return
    flat = [{k: _cell(v) if not isinstance(v, float) else f"{v:.3f}" for k, v in row.items()} for row in rows]
    columns = list(dict.fromkeys(k for row in flat for k in row))
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[row.get(c, "") for c in columns] for row in flat])
        return
    widths = {c: max([len(c)] + [len(row.get(c, "")) for row in flat]) for c in columns}
    out.write("  ".join(c.ljust(widths[c]) for c in columns).rstrip() + "\n")
    for row in flat:
        out.write("  ".join(row.get(c, "").ljust(widths[c]) for c in columns).rstrip() + "\n")


# ----------------------------------------------------------------------------- parser


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be an integer such as 2 or -1; got {value!r}") from None
    if n == 0:
        raise argparse.ArgumentTypeError("must not be 0 (1: no parallelism; -1: every core)")
    return n


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer; got {value!r}")
    return n


def _para(text: str) -> str:
    return textwrap.fill(text, 78)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``stance`` command."""
    fmt = argparse.RawDescriptionHelpFormatter
    ap = argparse.ArgumentParser(prog="stance", description=_DESCRIPTION, epilog=_EPILOG, formatter_class=fmt)
    ap.add_argument("--version", action="version", version=_version(), help="print the version and exit")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def inputs(p: argparse.ArgumentParser, formats: tuple[str, ...], default: str) -> None:
        p.add_argument("inputs", nargs="+", metavar="FILE", help="input files; - reads standard input")
        p.add_argument(
            "--input-format", choices=FORMATS, default="auto",
            help="how to read the inputs (default: auto, from the file name; for standard input from "
            "its first line: {... JSONL, [... JSON, a header naming --text-field CSV or TSV, else text)",
        )  # fmt: skip
        p.add_argument(
            "--text-field", default="text", metavar="NAME",
            help="the field (JSONL, JSON) or column (CSV, TSV) holding the text (default: text)",
        )  # fmt: skip
        p.add_argument(
            "--id-field", default=None, metavar="NAME",
            help="a field every record must have; written first, as the column id, to join results "
            "back (the record's other fields are carried through in any case)",
        )  # fmt: skip
        p.add_argument(
            "--format", choices=formats, default=default,
            help=f"output format (default: {default}): jsonl one JSON object a line; csv with a header; "
            "table aligned columns that fit the terminal (targets: b: blamed, c: called upon)"
            + ("; html one self-contained page with statements highlighted" if "html" in formats else ""),
        )  # fmt: skip
        p.add_argument("-o", "--output", default=None, metavar="FILE",
                       help="write to FILE (replaced when the run succeeds), not stdout")  # fmt: skip
        p.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar (shown only when standard error is a terminal)")  # fmt: skip

    def model(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--model", default=None, metavar="DIR", help="saved model directory (default: the embedded model)"
        )
        p.add_argument(
            "--threshold", default=None, metavar="T",
            help="override the model's thresholds: one number (0.5) or label=number pairs "
            "(concern=0.4,blame=0.6)",
        )  # fmt: skip
        p.add_argument(
            "-j", "--jobs", type=_jobs, default=None, metavar="N",
            help="worker processes (default: 1; -1: every core)",
        )  # fmt: skip

    def gazetteer(p: argparse.ArgumentParser) -> None:
        p.add_argument("--gazetteer", default=None, metavar="FILE",
                       help="actor gazetteer JSON file, added to the shipped one")  # fmt: skip
        p.add_argument("--gazetteer-replace", action="store_true",
                       help="use the --gazetteer file alone, not added to the shipped one")  # fmt: skip
        p.add_argument("--issuer", default=None, metavar="NAME",
                       help="the speaker of first-person texts (press release, readout, speech) whose "
                       "header does not name it, e.g. 'the Russian Foreign Ministry'")  # fmt: skip

    p = sub.add_parser(
        "segment", help="find statements, speakers and actors in articles", formatter_class=fmt,
        description=_para(
        "Find every statement in each article (a text file is one article; each record of "
        "a JSONL/CSV/TSV/JSON file is one), with its character offsets, speaker and actor."),
    )  # fmt: skip
    inputs(p, ("jsonl", "csv", "table", "html"), "jsonl")
    gazetteer(p)
    p = sub.add_parser(
        "analyze", help="segment articles and score every statement", formatter_class=fmt,
        description=_para(
        "Segment each article (a text file is one article; each record of a JSONL/CSV/TSV/JSON "
        "file is one) and score every statement: probabilities, labels and targets."),
    )  # fmt: skip
    inputs(p, ("jsonl", "csv", "table", "html"), "jsonl")
    model(p)
    gazetteer(p)
    p = sub.add_parser(
        "score",
        help="score statements (one per line of a text file, or one per record)",
        formatter_class=fmt,
        description=_para(
        "Score statements: each non-empty line of a text file, or each record of a "
        "JSONL/CSV/TSV/JSON file, is one statement. Results are written in batches as they come."),
    )  # fmt: skip
    inputs(p, ("jsonl", "csv", "table"), "jsonl")
    model(p)
    p.add_argument("--batch-size", type=_positive, default=5000, metavar="N",
                   help="statements read, scored and written at a time (default: 5000)")  # fmt: skip
    p = sub.add_parser(
        "train", help="train a model on a corpus directory or a labelled table", formatter_class=fmt,
        description=_para(
        "Train a model and save it to --out. From a corpus directory in the format of corpus/ "
        "(--corpus), or from a labelled table (--data): a JSONL, CSV, TSV or JSON file with a text "
        "field and one 0/1 column per label (" + ", ".join(LABELS) + ")."),
    )  # fmt: skip
    p.add_argument(
        "--corpus", default=None, metavar="DIR", help="corpus directory (default: the shipped corpus)"
    )
    p.add_argument(
        "--data", default=None, metavar="FILE", help="labelled table to train on instead of a corpus"
    )
    p.add_argument(
        "--text-field", default="text", metavar="NAME", help="text field of --data (default: text)"
    )
    p.add_argument("--out", required=True, metavar="DIR",
                   help="directory to save the model to (created; an existing model there is replaced only "
                   "when training succeeds)")  # fmt: skip
    p.add_argument(
        "--all", action="store_true", help="corpus: train on every split, not only the train split"
    )
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="table",
                   help="format of the evaluation figures printed (default: table)")  # fmt: skip
    p = sub.add_parser(
        "evaluate", help="per-label figures of a model on labelled data", formatter_class=fmt,
        description=_para(
        "Precision, recall, F1 and calibration error per label, and macro-F1 with a 95% "
        "bootstrap interval, of a model on a labelled JSONL or CSV file."),
    )  # fmt: skip
    p.add_argument("--data", required=True, metavar="FILE",
                   help="JSONL or CSV with a text field and one 0/1 column per label")  # fmt: skip
    p.add_argument(
        "--model", default=None, metavar="DIR", help="saved model directory (default: the embedded model)"
    )
    p.add_argument(
        "--text-field", default="text", metavar="NAME", help="text field of --data (default: text)"
    )
    p.add_argument(
        "--unit", choices=("text", "statements"), default="text",
        help="score each text whole (text), or segment it and keep its strongest statement (statements)",
    )  # fmt: skip
    p.add_argument("--threshold", default=None, metavar="T", help="override thresholds, as for score")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="table",
                   help="output format (default: table)")  # fmt: skip
    return ap


#: the options of the command line that stand for the library's arguments, named in its errors
_OPTIONS = {
    "model": "--model DIR",
    "threshold": "--threshold",
    "issuer": "--issuer NAME",
    "n_jobs": "--jobs",
    "batch_size": "--batch-size",
}


def _as_option(message: str, options: dict[str, str]) -> str:
    """An error of the library that opens with an argument's name ("'model' must be ...") as the
    command line's user knows it ("--model DIR must be ...")."""
    m = re.match(r"'(\w+)' ", message)
    if m is not None and m.group(1) in options:
        return options[m.group(1)] + message[m.end() - 1 :]
    return message


def _version() -> str:
    from . import __version__

    return f"stance {__version__}"


class _Output:
    """Standard output, or a file written beside its final name and renamed when the run succeeds."""

    def __init__(self, path: str | None) -> None:
        self.path, self.tmp = path, None
        if path is None:
            if sys.stdout is None:
                raise StanceError("standard output is closed; write to a file with -o FILE")
            self.stream: TextIO = sys.stdout
            if isinstance(sys.stdout, io.TextIOWrapper):
                sys.stdout.reconfigure(errors="backslashreplace")  # a lone surrogate, as above
            return
        target = Path(path)
        if target.is_dir():
            raise StanceError(f"output {path!r} is a directory; give a file name")
        if not target.parent.is_dir():
            folder = str(target.parent)
            raise StanceError(f"output {path!r}: {folder!r} is not an existing folder; create it first")
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.", dir=target.parent if str(target.parent) else "."
        )
        self.tmp = tmp
        # a lone surrogate of the input (valid in JSON) is written escaped ('\ud800'), never a crash
        self.stream = open(  # noqa: SIM115  (closed in finish/abort)
            fd, "w", encoding="utf-8", errors="backslashreplace", newline=""
        )

    def finish(self) -> None:
        if self.tmp is not None:
            self.stream.close()
            os.replace(self.tmp, str(self.path))
        else:
            self.stream.flush()

    def abort(self) -> None:
        if self.tmp is not None:
            self.stream.close()
            Path(self.tmp).unlink(missing_ok=True)


def _silence_stdout() -> None:
    """After a write error on stdout, send what is left to /dev/null so exit does not fail again."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    output: _Output | None = None
    try:
        output = _Output(getattr(args, "output", None))
        out = output.stream
        if args.command in ("segment", "analyze", "score"):
            progress = _Progress(args.inputs, "texts" if args.command == "score" else "articles", args.quiet)
            if args.format == "jsonl":
                writer: _Writer = _JsonlWriter(out)
            elif args.format == "csv":
                writer = _CsvWriter(out)
            elif args.format == "html":
                writer = _HtmlWriter(out, f"stance {args.command}: " + ", ".join(args.inputs))
            else:
                text_field = args.text_field if args.command == "score" else "text"
                writer = _TableWriter(out, args.command, args.command != "segment", text_field)
            try:
                if args.command == "score":
                    _run_score(args, writer, progress)
                else:
                    _run_articles(args, args.command == "analyze", writer, progress)
                writer.close()
            finally:
                progress.close()
        else:
            rows = _cmd_train(args) if args.command == "train" else _cmd_evaluate(args)
            _write_report(rows, args.format, out)
        output.finish()
    except BrokenPipeError:  # the reader stopped early (`stance ... | head`): not an error
        _silence_stdout()
        return 0
    except (StanceError, OSError) as exc:
        if output is not None:
            output.abort()
        if isinstance(exc, OSError) and output is not None and output.tmp is None:
            _silence_stdout()
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if not isinstance(exc, OSError):
            options = {**_OPTIONS, "path": "--out DIR"} if args.command == "train" else _OPTIONS
            message = _as_option(message, options)
        where = f" {exc.filename}" if isinstance(exc, OSError) and exc.filename else ""
        print(f"stance {args.command}: error:{where} {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        if output is not None:
            output.abort()
        print("stance: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
