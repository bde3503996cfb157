"""The ``stance`` command: segment, score and analyze texts; train and evaluate models.

Inputs are text files (``-`` for standard input), JSONL files (one object a line) or CSV files
(with a header) that hold a text column (``--text-field``, default ``text``). For ``segment``
and ``analyze`` a text file is one article; for ``score`` each non-empty line of a text file is
one statement. Output is JSONL (default), CSV or an aligned table on standard output. Errors
are one line on standard error and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .errors import StanceError
from .results import LABELS

__all__ = ["main"]


class _Progress:
    """A one-line progress counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, total: int, what: str) -> None:
        self.total, self.what, self.done = total, what, 0
        self.on = total >= 20 and sys.stderr.isatty()

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.on and (self.done == self.total or self.done % 10 == 0):
            sys.stderr.write(f"\r{self.what}: {self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.on:
            sys.stderr.write("\n")


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StanceError(f"input file {path!r} does not exist") from None
    except UnicodeDecodeError as exc:
        raise StanceError(f"input file {path!r} is not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise StanceError(f"cannot read input file {path!r}: {exc.strerror}") from None


def _records(path: str, text_field: str, lines_as_items: bool) -> Iterator[dict[str, Any]]:
    """Items of one input: dicts with ``source``, ``item`` (id or line/row number) and ``text``."""
    raw = _read(path)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix in (".jsonl", ".ndjson"):
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StanceError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            yield _item(rec, path, n, text_field)
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(raw))
        for n, rec in enumerate(reader, 2):
            yield _item(rec, path, n, text_field)
    elif lines_as_items:
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                yield {"source": path, "item": n, "text": line, "record": {}}
    else:
        yield {"source": path, "item": 1, "text": raw, "record": {}}


def _item(rec: Any, path: str, n: int, text_field: str) -> dict[str, Any]:
    if not isinstance(rec, dict) or not isinstance(rec.get(text_field), str):
        fields = ", ".join(map(repr, rec)) if isinstance(rec, dict) else type(rec).__name__
        raise StanceError(
            f"{path}:{n}: no text field {text_field!r} (found {fields}); choose the column with --text-field"
        )
    return {"source": path, "item": rec.get("id", n), "text": rec[text_field], "record": rec}


def _write(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    flat = [{k: _cell(v) for k, v in row.items()} for row in rows]
    columns = list(dict.fromkeys(k for row in flat for k in row))
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return
    widths = {c: min(60, max([len(c)] + [len(row.get(c, "")) for row in flat])) for c in columns}
    out.write("  ".join(c.ljust(widths[c]) for c in columns).rstrip() + "\n")
    for row in flat:
        cells = [_clip(row.get(c, ""), widths[c]).ljust(widths[c]) for c in columns]
        out.write("  ".join(cells).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (list, tuple)):
        return " ".join(_cell(v) for v in value)
    return str(value).replace("\n", " ")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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
            out[name.strip()] = float(number)
        return out
    except ValueError:
        raise StanceError(
            f"--threshold must be a number such as 0.5 or label=number pairs such as "
            f"'concern=0.4,blame=0.6'; got {value!r}"
        ) from None


def _score_fields(score: Any) -> dict[str, Any]:
    d = score.to_dict()
    return {
        **{n: round(d[n], 4) for n in LABELS},
        "labels": d["labels"],
        "blame_targets": d["blame_targets"],
        "call_targets": d["call_targets"],
    }


def _cmd_segment(args: argparse.Namespace, analyze: bool) -> list[dict[str, Any]]:
    from .actors import Gazetteer, default_gazetteer

    gaz = (
        Gazetteer.load(args.gazetteer, replace=args.gazetteer_replace)
        if args.gazetteer
        else default_gazetteer()
    )
    items = [r for path in args.inputs for r in _records(path, args.text_field, False)]
    rows: list[dict[str, Any]] = []
    progress = _Progress(len(items), "articles")
    if analyze:
        from .api import analyze as run
        from .api import load

        model = load(args.model)
        threshold = _threshold(args.threshold)
    for item in items:
        if analyze:
            statements = run(
                item["text"], model=model, gazetteer=gaz, threshold=threshold, issuer=args.issuer
            )
        else:
            from .segmentation import segment

            statements = segment(item["text"], gazetteer=gaz, issuer=args.issuer)
        for s in statements:
            row = {"source": item["source"], "item": item["item"], **s.to_dict()}
            row.pop("score")
            row.pop("quotes")
            if analyze and s.score is not None:
                row.update(_score_fields(s.score))
            rows.append(row)
        progress.step()
    progress.close()
    return rows


def _cmd_score(args: argparse.Namespace) -> list[dict[str, Any]]:
    from .api import resolve_model, score

    model = resolve_model(args.model)
    threshold = _threshold(args.threshold)
    items = [r for path in args.inputs for r in _records(path, args.text_field, True)]
    rows = []
    progress = _Progress(len(items), "texts")
    batch = 1000
    for i in range(0, len(items), batch):
        chunk = items[i : i + batch]
        for item, sc in zip(chunk, score([x["text"] for x in chunk], model=model, threshold=threshold)):
            rows.append(
                {"source": item["source"], "item": item["item"], "text": item["text"], **_score_fields(sc)}
            )
        progress.step(len(chunk))
    progress.close()
    return rows


def _cmd_train(args: argparse.Namespace) -> list[dict[str, Any]]:
    from .api import default_model_path, train

    out = args.out or default_model_path()
    model = train(args.corpus, out=out, split=None if args.all else "train")
    rows = []
    reports = [("cross-validation", model.cv_report_)]
    meta = model.metadata_
    reports += [
        (name, meta[key])
        for key, name in (("test_report", "test split"), ("seed_report", "seed articles"))
        if key in meta
    ]
    for name, rep in reports:
        row: dict[str, Any] = {"evaluation": name}
        row.update({f"{n}_f1": round(rep["labels"][n]["f1"], 3) for n in LABELS})
        row["macro_f1"] = round(rep["macro_f1"], 3)
        rows.append(row)
    print(f"saved model to {out}", file=sys.stderr)
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
    return rows


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``stance`` command."""
    ap = argparse.ArgumentParser(prog="stance", description=__doc__.splitlines()[0])
    ap.add_argument("--version", action="version", version=_version())
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser, model: bool = True) -> None:
        p.add_argument("inputs", nargs="+", metavar="FILE", help="text, JSONL or CSV files; - for stdin")
        p.add_argument("--text-field", default="text", help="text column of JSONL/CSV input (default: text)")
        p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
        if model:
            p.add_argument("--model", default=None, help="saved model directory (default: embedded)")
            p.add_argument(
                "--threshold", default=None, help="override thresholds: 0.5, or concern=0.4,blame=0.6"
            )

    def segmenting(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--gazetteer", default=None, help="actor gazetteer JSON file, added to the shipped one"
        )
        p.add_argument(
            "--gazetteer-replace", action="store_true", help="use the --gazetteer file alone, not added"
        )
        p.add_argument(
            "--issuer", default=None, help="speaker of first-person texts (release, readout, speech)"
        )

    p = sub.add_parser("segment", help="find statements, speakers and actors in articles")
    common(p, model=False)
    segmenting(p)
    p = sub.add_parser("analyze", help="segment articles and score every statement")
    common(p)
    segmenting(p)
    p = sub.add_parser("score", help="score statements (one per line of a text file)")
    common(p)
    p = sub.add_parser("train", help="train a model on a corpus and save it")
    p.add_argument("--corpus", default=None, help="corpus directory (default: shipped corpus)")
    p.add_argument("--out", default=None, help="model directory (default: the embedded model)")
    p.add_argument("--all", action="store_true", help="train on every split, not only train")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    p = sub.add_parser("evaluate", help="per-label figures of a model on labelled data")
    p.add_argument("--data", required=True, help="JSONL or CSV with text and 0/1 label columns")
    p.add_argument("--model", default=None)
    p.add_argument("--text-field", default="text")
    p.add_argument(
        "--unit",
        choices=("text", "statements"),
        default="text",
        help="score each text whole, or segment it and take its strongest statement",
    )
    p.add_argument("--threshold", default=None)
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    return ap


def _version() -> str:
    from . import __version__

    return f"stance {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command in ("segment", "analyze"):
            rows = _cmd_segment(args, analyze=args.command == "analyze")
        elif args.command == "score":
            rows = _cmd_score(args)
        elif args.command == "train":
            rows = _cmd_train(args)
        else:
            rows = _cmd_evaluate(args)
        _write(rows, args.format, sys.stdout)
    except BrokenPipeError:  # the reader stopped early (`stance ... | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        return 0
    except (StanceError, OSError) as exc:
        print(f"stance {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stance: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
