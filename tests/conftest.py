"""Shared fixtures: a small valid corpus on disk that tests can break one record at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TEXT = (
    'Russia urged Baku to withdraw. "We are deeply concerned," the ministry said.\n'
    "Troops moved on Friday."
)


def write_corpus(root: Path, articles: list[dict], statements: list[dict], texts: dict[str, str]) -> Path:
    (root / "texts").mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (root / "texts" / name).write_text(text, encoding="utf-8")
    (root / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (root / "statements.jsonl").write_text("".join(json.dumps(s) + "\n" for s in statements), encoding="utf-8")
    return root


def good_records() -> tuple[list[dict], list[dict], dict[str, str]]:
    article = {"id": "a1", "title": "T", "date": "2022-03-26", "provenance": "authored",
               "source": "test", "genre": "news", "split": "train", "file": "texts/a1.txt"}
    first = TEXT.index(".") + 1
    second_start = TEXT.index('"')
    second_end = TEXT.index("said.") + len("said.")
    statements = [
        {"id": "a1-s01", "article_id": "a1", "start": 0, "end": first, "text": TEXT[:first],
         "speaker": "Russia", "speaker_resolved": "Russia", "actor": "RUS", "cue": "urged",
         "kind": "indirect", "concern": 0, "blame": 0, "call_to_action": 1,
         "blame_targets": [], "call_targets": ["AZE"]},
        {"id": "a1-s02", "article_id": "a1", "start": second_start, "end": second_end,
         "text": TEXT[second_start:second_end], "speaker": "the ministry",
         "speaker_resolved": "Russia", "actor": "RUS", "cue": "said", "kind": "direct",
         "concern": 1, "blame": 0, "call_to_action": 0, "blame_targets": [], "call_targets": []},
    ]
    return [article], statements, {"a1.txt": TEXT}


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    articles, statements, texts = good_records()
    return write_corpus(tmp_path / "corpus", articles, statements, texts)
