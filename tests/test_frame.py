"""stance.to_frame: one row per statement (or score), tidy columns."""

from __future__ import annotations

import math

import pytest

import stance
from stance.corpus import load as load_corpus
from stance.errors import StanceTypeError
from stance.frame import STATEMENT_COLUMNS
from stance.results import LABELS

pd = pytest.importorskip("pandas")


def test_documents_to_frame() -> None:
    corpus = load_corpus()
    docs = list(stance.pipe((a.id, a.text) for a in corpus.subset(provenance="seed").articles))
    df = stance.to_frame(docs)
    assert list(df.columns) == list(STATEMENT_COLUMNS)
    assert len(df) == sum(len(d) for d in docs)
    first = docs[0][0]
    row = df.iloc[0]
    assert row["doc_id"] == docs[0].id and (row["start"], row["end"], row["text"]) == (
        first.start,
        first.end,
        first.text,
    )
    assert row["actor"] == first.actor and row["labels"] == first.score.labels
    assert all(math.isclose(row[n], getattr(first.score, n)) for n in LABELS)
    for d in docs:  # offsets index each document's own text
        sub = df[df["doc_id"] == d.id]
        assert all(d.text[s:e] == t for s, e, t in zip(sub["start"], sub["end"], sub["text"]))
    assert df["concern"].dtype.kind == "f" and df["start"].dtype.kind == "i"
    assert stance.to_frame(docs[0]).equals(df[df["doc_id"] == docs[0].id].reset_index(drop=True))


def test_unscored_statements_and_scores() -> None:
    statements = stance.segment("Russia urged Azerbaijan to withdraw.")
    df = stance.to_frame(statements)
    assert len(df) == 1 and df["doc_id"].isna().all() and math.isnan(df["concern"].iloc[0])
    scores = stance.score(["We urge restraint.", "They met."])
    sf = stance.to_frame(scores)
    assert list(sf.columns) == [*LABELS, "labels", "blame_targets", "call_targets"] and len(sf) == 2
    assert sf["call_to_action"].iloc[0] == scores[0].call_to_action


def test_to_frame_rejects_other_things() -> None:
    with pytest.raises(StanceTypeError, match="'results' must be"):
        stance.to_frame("text")
    with pytest.raises(StanceTypeError, match=r"'results\[0\]' must be"):
        stance.to_frame([1, 2])
