"""Reading texts from files and streams: plain text, JSONL, CSV, TSV and JSON, one record at a time.

Used by the command line and by :func:`stance.train` with ``data=``. Records are read lazily,
so a file of a million statements is never held in memory (except ``json``: one JSON array,
parsed whole).

How text is read, so that character offsets index it exactly: the bytes are decoded as UTF-8,
a leading byte-order mark (as Excel writes) is dropped, and line endings are kept as they are
in the file (a Windows ``\\r\\n`` counts two characters). In Python the same text is
``open(path, encoding="utf-8-sig", newline="").read()``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

from .errors import StanceValueError

__all__ = ["FORMATS", "InputError", "Record", "Source", "detect_format", "labelled_rows", "read_labelled"]

#: Input formats; ``auto`` picks one from the file name, or for standard input from its first line.
FORMATS = ("auto", "text", "jsonl", "csv", "tsv", "json")

_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
}

# Python's csv module stops at fields of 131,072 characters by default; an article is longer.
_FIELD_LIMIT = 2**31 - 1


class InputError(StanceValueError):
    """An input file or stream cannot be read as the format it is read as."""


class EmptyInputError(InputError):
    """An input holds no article or record at all (a batch may skip it)."""


@dataclass(frozen=True)
class Record:
    """One item of an input.

    Attributes
    ----------
    line : 1-based line of the file where the item starts.
    text : the item's text (the ``text_field`` of a structured record).
    fields : the record's other fields, in input order (empty for plain text).
    """

    line: int
    text: str
    fields: dict[str, Any]


def detect_format(path: str, first_line: str | None = None, text_field: str = "text") -> str:
    """The format of an input: from the file suffix, or from the first line of a stream.

    A stream whose first line starts with ``{`` is JSONL, with ``[`` JSON; a first line that,
    split at tabs or commas (CSV quoting), has ``text_field`` among its cells is a TSV or CSV
    header; anything else is plain text.

    Examples
    --------
    >>> detect_format("items.csv")
    'csv'
    >>> detect_format("-", "id,text,source")
    'csv'
    >>> detect_format("-", "We urge restraint, the ministry said.")
    'text'
    """
    if path != "-":
        return _SUFFIX.get(Path(path).suffix.lower(), "text")
    line = (first_line or "").lstrip("\ufeff").strip()
    if line.startswith("{"):
        return "jsonl"
    if line.startswith("["):
        return "json"
    if "\t" in line and text_field in [c.strip() for c in line.split("\t")]:
        return "tsv"
    try:
        cells = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return "text"
    return "csv" if len(cells) > 1 and text_field in [c.strip() for c in cells] else "text"


class Source:
    """One input (a path, or ``-`` for standard input), read record by record.

    Parameters
    ----------
    path : file path or ``-``.
    fmt : one of :data:`FORMATS`.
    text_field : the field holding the text in JSONL/CSV/TSV/JSON records.
    whole : for plain text, the whole input is one record (an article) instead of one record
        per non-empty line (a statement).
    id_field : if given, every structured record must have this field.
    raw : structured records as they are, fields unchecked (for :func:`read_labelled`).

    Not thread-safe: iterate one source from one thread at a time.
    """

    def __init__(
        self, path: str, fmt: str = "auto", text_field: str = "text", whole: bool = False,
        id_field: str | None = None, raw: bool = False,
    ) -> None:  # fmt: skip
        if fmt not in FORMATS:
            raise InputError(f"input format must be one of {', '.join(FORMATS)}; got {fmt!r}")
        self.path, self.fmt, self.text_field, self.whole, self.id_field = (
            path,
            fmt,
            text_field,
            whole,
            id_field,
        )
        self.raw = raw  # structured records as they are (fields unchecked), for read_labelled
        self.size: int | None = None
        self._binary: IO[bytes] | None = None

    @property
    def name(self) -> str:
        return "<stdin>" if self.path == "-" else self.path

    def position(self) -> int:
        """Bytes read so far (for a progress bar); 0 when unknown."""
        try:
            return self._binary.tell() if self._binary is not None else 0
        except (OSError, ValueError):
            return 0

    def _open(self) -> IO[bytes]:
        if self.path == "-":
            if sys.stdin is None:
                raise InputError("standard input is closed; pass a file instead of -")
            return sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode())
        p = Path(self.path)
        if p.is_dir():
            raise InputError(
                f"input {self.path!r} is a directory; pass the files in it (e.g. {self.path}/*.txt)"
            )
        try:
            fh = p.open("rb")
        except FileNotFoundError:
            hint = ""
            if len(self.path.split()) > 2 and "/" not in self.path and os.sep not in self.path:
                # 'stance score "Russia must withdraw."': a statement given where a file goes
                hint = "; to read a text itself, give it on standard input: echo 'TEXT' | stance COMMAND -"
            raise InputError(f"input file {self.path!r} does not exist{hint}") from None
        except OSError as exc:
            raise InputError(f"cannot read input file {self.path!r}: {exc.strerror}") from None
        try:
            self.size = p.stat().st_size if p.is_file() else None
        except OSError:
            self.size = None
        return fh

    def __iter__(self) -> Iterator[Record]:
        binary = self._open()
        self._binary = binary
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        try:
            first = ""
            fmt = self.fmt
            if fmt == "auto":
                if self.path == "-":
                    first = self._read_line(text, 1)
                fmt = detect_format(self.path, first, self.text_field)
            self.detected = fmt
            if fmt == "text" and self.id_field is not None:
                raise InputError(
                    f"{self.name}: an id field ({self.id_field!r}) needs structured input (JSONL, CSV, TSV "
                    "or JSON), but this is read as plain text; set --input-format, or leave out --id-field"
                )
            if fmt == "text" and self.text_field != "text":
                raise InputError(
                    f"{self.name}: a text field ({self.text_field!r}) needs structured input (JSONL, a CSV "
                    "or TSV whose header names it, or JSON), but this is read as plain text; set "
                    "--input-format, or leave out --text-field"
                )
            lines = _chain(first, text)
            n = 0
            if fmt == "text":
                reader = self._text(lines)
            elif fmt == "jsonl":
                reader = self._jsonl(lines)
            elif fmt == "json":
                reader = self._json(lines)
            else:
                reader = self._csv(lines, "\t" if fmt == "tsv" else ",")
            for n, rec in enumerate(reader, 1):  # noqa: B007  (n is read after the loop)
                yield rec
            if n == 0:
                what = "article" if self.whole and fmt == "text" else "record"
                raise EmptyInputError(f"{self.name}: empty input (no {what} to read)")
        finally:
            if self.path != "-":
                text.close()
            else:
                text.detach()

    def _read_line(self, text: io.TextIOWrapper, line: int) -> str:
        try:
            return text.readline()
        except UnicodeDecodeError as exc:
            raise self._not_utf8(line, exc) from None

    def _not_utf8(self, line: int, exc: UnicodeDecodeError) -> InputError:
        return InputError(
            f"{self.name}: near line {line}: not UTF-8 text ({exc.reason} at byte "
            f"{exc.object[exc.start : exc.start + 1]!r}); convert it, e.g. iconv -f latin1 -t utf-8"
        )

    def _lines(self, lines: Iterator[str]) -> Iterator[tuple[int, str]]:
        n = 0
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                raise self._not_utf8(n + 1, exc) from None
            n += 1
            yield n, line

    def _text(self, lines: Iterator[str]) -> Iterator[Record]:
        if self.whole:
            parts = [line for _, line in self._lines(lines)]
            body = "".join(parts)
            if body.strip():
                yield Record(1, body, {})
            return
        for n, line in self._lines(lines):
            line = line.rstrip("\r\n")
            if line.strip():
                yield Record(n, line, {})

    def _jsonl(self, lines: Iterator[str]) -> Iterator[Record]:
        for n, line in self._lines(lines):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{self.name}:{n}: not valid JSON ({exc.msg} at column {exc.colno})"
                ) from None
            except RecursionError:
                raise InputError(f"{self.name}:{n}: JSON nested too deeply") from None
            yield self._record(rec, n)

    def _json(self, lines: Iterator[str]) -> Iterator[Record]:
        raw = "".join(line for _, line in self._lines(lines))
        if not raw.strip():
            return
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{self.name}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise InputError(f"{self.name}: JSON nested too deeply") from None
        if not isinstance(data, list):
            raise InputError(
                f"{self.name}: a JSON input must be an array of objects (one per record); got a "
                f"{type(data).__name__}. For one object per line use JSONL (--input-format jsonl)."
            )
        for i, rec in enumerate(data):
            yield self._record({self.text_field: rec} if isinstance(rec, str) else rec, i + 1, f"item {i}")

    def _csv(self, lines: Iterator[str], delimiter: str) -> Iterator[Record]:
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        counted = _Counted(self._lines(lines))
        reader = csv.reader(counted, delimiter=delimiter)
        kind = "TSV" if delimiter == "\t" else "CSV"
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{self.name}:1: not valid {kind} ({exc})") from None
        header = [h.strip() for h in header]
        dupes = sorted({h for h in header if header.count(h) > 1})
        if dupes:
            raise InputError(
                f"{self.name}:1: the {kind} header repeats column(s) {', '.join(map(repr, dupes))}"
            )
        if self.text_field not in header and not self.raw:
            raise InputError(
                f"{self.name}:1: no column {self.text_field!r} in the {kind} header (found "
                f"{', '.join(map(repr, header))}); choose the text column with --text-field"
            )
        start = counted.n + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InputError(f"{self.name}:{start}: not valid {kind} ({exc})") from None
            if row and len(row) != len(header):
                raise InputError(
                    f"{self.name}:{start}: {len(row)} fields, but the header has {len(header)}; "
                    "quote fields that hold the delimiter"
                )
            if row:
                yield self._record(dict(zip(header, row)), start)
            start = counted.n + 1

    def _record(self, rec: Any, line: int, where: str | None = None) -> Record:
        at = f"{self.name}:{line}" if where is None else f"{self.name}: {where}"
        if self.raw and isinstance(rec, dict):
            return Record(line, "", rec)
        if not isinstance(rec, dict):
            raise InputError(
                f"{at}: a record must be an object with a {self.text_field!r} field; got a {_kind(rec)}"
            )
        if self.text_field not in rec:
            raise InputError(
                f"{at}: no text field {self.text_field!r} "
                f"(found {', '.join(map(repr, rec)) or 'no fields'}); "
                "choose the text field with --text-field"
            )
        text = rec[self.text_field]
        if not isinstance(text, str):
            raise InputError(f"{at}: field {self.text_field!r} must be a string; got {_kind(text)}")
        if self.id_field is not None and self.id_field not in rec:
            raise InputError(
                f"{at}: no id field {self.id_field!r} (found {', '.join(map(repr, rec))}); "
                "choose it with --id-field"
            )
        fields = dict(rec)
        del fields[self.text_field]
        return Record(line, text, fields)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40] + '...' if len(shown) > 40 else shown}"


class _Counted:
    """Lines with the count of lines read so far (csv records may span lines)."""

    def __init__(self, lines: Iterator[tuple[int, str]]) -> None:
        self._lines, self.n = lines, 0

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> str:
        self.n, line = next(self._lines)
        return line


def _chain(first: str, rest: io.TextIOWrapper) -> Iterator[str]:
    if first:
        yield first
    for line in rest:  # noqa: UP028  (`yield from` would close the stream when this generator is closed)
        yield line


_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


def _flag(value: Any) -> int | None:
    if isinstance(value, bool) or (isinstance(value, (int, float)) and value in (0, 1)):
        return int(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return int(value.strip().lower() in _TRUE)
    return None


def labelled_rows(
    rows: Iterable[tuple[int, Any]], text_field: str, where: str, row_word: str = "line"
) -> tuple[list[str], np.ndarray]:
    """Texts and ``(n, len(LABELS))`` 0/1 labels of labelled records, every problem reported at once.

    Raises
    ------
    InputError
        Listing, for each field, the records where it is missing or invalid (a field missing
        from every record is named once).
    """
    import numpy as np

    from .results import LABELS

    texts: list[str] = []
    labels: list[list[int]] = []
    missing: dict[str, list[int]] = {}
    invalid: dict[str, list[tuple[int, Any]]] = {}
    n_rows = 0
    for n, rec in rows:
        n_rows += 1
        if not isinstance(rec, dict):
            invalid.setdefault("(record)", []).append((n, rec))
            continue
        text = rec.get(text_field)
        if text_field not in rec:
            missing.setdefault(text_field, []).append(n)
        elif not isinstance(text, str):
            invalid.setdefault(text_field, []).append((n, text))
        row = []
        for name in LABELS:
            if name not in rec:
                missing.setdefault(name, []).append(n)
                continue
            flag = _flag(rec[name])
            if flag is None:
                invalid.setdefault(name, []).append((n, rec[name]))
            row.append(flag or 0)
        texts.append(text if isinstance(text, str) else "")
        labels.append(row)
    problems = []
    for name, lines in missing.items():
        if len(lines) == n_rows:
            problems.append(f"field {name!r} is missing from every record")
        else:
            problems.append(f"field {name!r} is missing at {row_word}s {_lines(lines)}")
    for name, bad in invalid.items():
        what = "a string" if name == text_field else "0 or 1 (or true/false, yes/no)"
        if name == "(record)":
            what = "an object"
        shown = ", ".join(f"{n} ({v!r})" for n, v in bad[:5]) + (
            f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        )
        subject = "records" if name == "(record)" else f"field {name!r}"
        problems.append(f"{subject} must be {what}; got, at {row_word}s: {shown}")
    if problems:
        raise InputError(
            f"{where}: cannot use it as labelled data ({n_rows} records; it needs a text field "
            f"{text_field!r} and 0/1 columns {', '.join(LABELS)}): "
            + "; ".join(problems)
            + (". Choose the text field with --text-field / text_field=." if text_field in missing else ".")
        )
    return texts, np.array(labels, dtype=np.int64).reshape(-1, len(LABELS))


def _lines(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:8]))
    return shown + (f" and {len(lines) - 8} more" if len(lines) > 8 else "")


def read_labelled(
    path: str | Path, text_field: str = "text", fmt: str = "auto"
) -> tuple[list[str], np.ndarray]:
    """Texts and 0/1 labels from a labelled JSONL, CSV, TSV or JSON file (every problem at once).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "l.csv"
    >>> _ = path.write_text("body,concern,blame\\nWe worry.,1,0\\n")
    >>> try:
    ...     read_labelled(path, "body")
    ... except InputError as exc:
    ...     print(str(exc).split(": ")[-1])
    field 'call_to_action' is missing from every record.
    """
    source = Source(str(path), fmt, text_field, raw=True)
    return labelled_rows(((r.line, r.fields) for r in source), text_field, source.name)
