"""The library's exceptions, and the one place where their wording is made.

Every error names the argument (or file, line and field), says what is allowed and shows what
was received. The classes subclass the built-in :class:`ValueError` or :class:`TypeError`, so
callers may catch them either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "CorpusError",
    "ModelFileError",
    "StanceError",
    "StanceTypeError",
    "StanceValueError",
    "as_texts",
    "check_type",
    "invalid_value",
]


class StanceError(Exception):
    """Base class of every error raised on purpose by :mod:`stance`."""


class StanceValueError(StanceError, ValueError):
    """An argument has the right type but a value that is not allowed."""


class StanceTypeError(StanceError, TypeError):
    """An argument has a type that is not allowed."""


class CorpusError(StanceValueError):
    """A corpus file holds a record that breaks the corpus format.

    Parameters
    ----------
    path : path of the file.
    line : 1-based line number, or None for a whole-file problem.
    field : the offending field, or None.
    problem : what is wrong, with what was received.
    """

    def __init__(self, path: str | Path, line: int | None, field: str | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.problem = problem
        where = self.path if line is None else f"{self.path}:{line}"
        what = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{what} {problem}")


class ModelFileError(StanceValueError):
    """A saved model is missing, tampered with, truncated or incompatible."""


def _show(value: Any) -> str:
    text = repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return f"{text} (a {type(value).__name__})"


def check_type(name: str, value: Any, allowed: type | tuple[type, ...], hint: str = "") -> None:
    """Raise :class:`StanceTypeError` unless ``value`` is an instance of ``allowed``.

    Examples
    --------
    >>> check_type("text", 3, str)
    Traceback (most recent call last):
    ...
    stance.errors.StanceTypeError: 'text' must be str, got 3 (a int).
    """
    if isinstance(value, allowed) and not (isinstance(value, bool) and bool not in _tuple(allowed)):
        return
    names = " or ".join(t.__name__ for t in _tuple(allowed))
    raise StanceTypeError(f"{name!r} must be {names}, got {_show(value)}.{_hint(hint)}")


def invalid_value(name: str, allowed: str | Iterable[Any], got: Any, hint: str = "") -> StanceValueError:
    """Build (not raise) the error for a value outside what ``name`` allows.

    Examples
    --------
    >>> raise invalid_value("format", ["jsonl", "csv"], "xml")
    Traceback (most recent call last):
    ...
    stance.errors.StanceValueError: 'format' must be one of 'jsonl', 'csv'; got 'xml' (a str).
    """
    what = allowed if isinstance(allowed, str) else "one of " + ", ".join(repr(a) for a in allowed)
    return StanceValueError(f"{name!r} must be {what}; got {_show(got)}.{_hint(hint)}")


def as_texts(X: Any, name: str = "X") -> list[str]:
    """Check that ``X`` is a sequence of texts and return it as a list.

    Lists, tuples, generators, NumPy arrays and pandas Series of str are accepted. One str or
    bytes, a dict or other mapping (its keys are not texts), a set (it has no order), a
    DataFrame (iterating it gives column names) and None are refused with the fix to make.

    Examples
    --------
    >>> as_texts(("a", "b"))
    ['a', 'b']
    >>> as_texts({"text": "We urge restraint."}, "texts")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.errors.StanceTypeError: 'texts' must be a sequence of texts, got a dict (...); iterating ...
    """
    kind = type(X).__name__
    problem = ""
    if isinstance(X, str):
        raise StanceValueError(
            f"{name!r} must be a sequence of texts, got a single str. Wrap it in a list: [text]."
        )
    if isinstance(X, (bytes, bytearray, memoryview)):
        problem = "; decode it first: [data.decode('utf-8')]"
    elif isinstance(X, Mapping):
        problem = "; iterating it would give its keys. Pass list(d.values()) or [d['text']]"
    elif isinstance(X, (set, frozenset)):
        problem = "; a set has no order, so results could not be matched to texts. Pass sorted(s) or a list"
    elif hasattr(X, "columns") and hasattr(X, "iloc"):
        problem = "; iterating a DataFrame gives its column names. Pass one column: df['text']"
    elif X is None or not isinstance(X, Iterable):
        problem = "; pass a list of str"
    if problem:
        raise StanceTypeError(
            f"{name!r} must be a sequence of texts, got a {kind} ({_show(X).rsplit(' (a ', 1)[0]}){problem}."
        )
    texts = list(X)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            hint = "Decode it first: .decode('utf-8')." if isinstance(t, (bytes, bytearray)) else ""
            check_type(f"{name}[{i}]", t, str, hint)
    return texts


def _tuple(allowed: type | tuple[type, ...]) -> tuple[type, ...]:
    return allowed if isinstance(allowed, tuple) else (allowed,)


def _hint(hint: str) -> str:
    return f" {hint}" if hint else ""
