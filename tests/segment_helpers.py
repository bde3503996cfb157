"""Helpers shared by the segmentation tests."""

from __future__ import annotations

from stance.results import Statement
from stance.segmentation import segment


def one(text: str, **kw: object) -> Statement:
    """The one statement segment() finds in ``text`` (the test fails if there are more or none)."""
    found = segment(text, **kw)
    assert len(found) == 1, found
    return found[0]
