"""Evaluation of a stance model on any labelled JSONL or CSV file."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .errors import CorpusError, check_type, invalid_value
from .model import StanceClassifier, label_report
from .results import LABELS

__all__ = ["evaluate_file", "read_labelled"]

_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no", ""}


def _flag(value: Any, path: Path, line: int, field: str) -> int:
    if isinstance(value, bool) or value in (0, 1):
        return int(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return int(value.strip().lower() in _TRUE)
    raise CorpusError(path, line, field, f"must be 0 or 1; got {value!r}")


def read_labelled(path: str | Path, text_field: str = "text") -> tuple[list[str], np.ndarray]:
    """Texts and their ``(n, 3)`` labels from a JSONL or CSV file with 0/1 label columns.

    Raises
    ------
    CorpusError
        Naming the file, line and field of the first record without a text or a label.
    """
    check_type("path", path, (str, Path))
    p = Path(path)
    if not p.is_file():
        raise invalid_value("data", "an existing JSONL or CSV file", str(path))
    rows: list[tuple[int, Mapping[str, Any]]] = []
    if p.suffix.lower() == ".csv":
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(enumerate(csv.DictReader(fh), 2))
    else:
        with p.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append((n, json.loads(line)))
                    except json.JSONDecodeError as exc:
                        raise CorpusError(p, n, None, f"not valid JSON ({exc.msg})") from None
    texts: list[str] = []
    labels: list[list[int]] = []
    for n, rec in rows:
        if not isinstance(rec, Mapping):
            raise CorpusError(p, n, None, "must be a JSON object")
        text = rec.get(text_field)
        if not isinstance(text, str):
            raise CorpusError(p, n, text_field, "missing or not a string (choose it with --text-field)")
        for name in LABELS:
            if name not in rec:
                raise CorpusError(p, n, name, "missing (labelled data needs concern, blame, call_to_action)")
        texts.append(text)
        labels.append([_flag(rec[name], p, n, name) for name in LABELS])
    return texts, np.array(labels, dtype=np.int64).reshape(-1, len(LABELS))


def passage_proba(model: StanceClassifier, texts: list[str], unit: str) -> np.ndarray:
    """Probabilities of whole texts (``unit="text"``) or of each text's strongest statement."""
    if unit == "text":
        return model.predict_proba(texts) if texts else np.zeros((0, len(LABELS)))
    if unit != "statements":
        raise invalid_value("unit", ("text", "statements"), unit)
    from .segment import segment

    out = np.zeros((len(texts), len(LABELS)))
    for i, text in enumerate(texts):
        parts = [s.text for s in segment(text)] or [text]
        out[i] = model.predict_proba(parts).max(axis=0)
    return out


def evaluate_file(
    path: str | Path,
    model: StanceClassifier | str | Path | None = None,
    text_field: str = "text",
    unit: str = "text",
    threshold: float | Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """Per-label precision, recall, F1, ECE and macro-F1 of a model on a labelled file."""
    from .api import _resolve_model, _thresholds

    m = _resolve_model(model)
    texts, Y = read_labelled(path, text_field)
    return label_report(Y, passage_proba(m, texts, unit), _thresholds(m, threshold))
