"""stance: who said what, and in which stance, in diplomatic news.

>>> import stance
>>> [s.actor for s in stance.segment('"We are alarmed," the Russian Foreign Ministry said.')]
['RUS']

The heavy parts (scikit-learn, the model) load on first use, so ``import stance`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "LABELS",
    "Document",
    "Gazetteer",
    "Score",
    "StanceClassifier",
    "Statement",
    "__version__",
    "analyze",
    "explain",
    "load",
    "pipe",
    "render",
    "save",
    "score",
    "segment",
    "to_frame",
    "train",
]

_WHERE = {
    "LABELS": "results",
    "Score": "results",
    "Statement": "results",
    "Document": "results",
    "Gazetteer": "actors",
    "StanceClassifier": "model",
    "analyze": "api",
    "explain": "api",
    "load": "api",
    "pipe": "api",
    "render": "display",
    "to_frame": "frame",
    "save": "api",
    "score": "api",
    "train": "api",
}

# The segmenter is light (standard library only); its package is `stance.segmentation`, so the
# name `stance.segment` is always the function.
from .segmentation import segment  # noqa: E402  (after the name table, before TYPE_CHECKING)

if TYPE_CHECKING:
    from .actors import Gazetteer
    from .api import analyze, explain, load, pipe, save, score, train
    from .display import render
    from .frame import to_frame
    from .model import StanceClassifier
    from .results import LABELS, Document, Score, Statement


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'stance' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
