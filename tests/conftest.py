"""Shared fixtures: a small valid corpus on disk that tests can break one record at a time."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run and machine (derandomised), so the suite's
# verdict does not depend on the seed: a case they should catch is written down as a plain test.
# STANCE_HYPOTHESIS=explore draws fresh random examples on each run, to look for new failures
# (README, "Development").
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("STANCE_HYPOTHESIS", "default"))

TEXT = 'Russia urged Baku to withdraw. "We are deeply concerned," the ministry said.\nTroops moved on Friday.'


def write_corpus(root: Path, articles: list[dict], statements: list[dict], texts: dict[str, str]) -> Path:
    (root / "texts").mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (root / "texts" / name).write_text(text, encoding="utf-8")
    (root / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (root / "statements.jsonl").write_text(
        "".join(json.dumps(s) + "\n" for s in statements), encoding="utf-8"
    )
    return root


def good_records() -> tuple[list[dict], list[dict], dict[str, str]]:
    article = {
        "id": "a1",
        "title": "T",
        "date": "2022-03-26",
        "provenance": "authored",
        "source": "test",
        "genre": "news",
        "split": "train",
        "file": "texts/a1.txt",
    }
    first = TEXT.index(".") + 1
    second_start = TEXT.index('"')
    second_end = TEXT.index("said.") + len("said.")
    statements = [
        {
            "id": "a1-s01",
            "article_id": "a1",
            "start": 0,
            "end": first,
            "text": TEXT[:first],
            "speaker": "Russia",
            "speaker_resolved": "Russia",
            "actor": "RUS",
            "cue": "urged",
            "kind": "indirect",
            "concern": 0,
            "blame": 0,
            "call_to_action": 1,
            "blame_targets": [],
            "call_targets": ["AZE"],
        },
        {
            "id": "a1-s02",
            "article_id": "a1",
            "start": second_start,
            "end": second_end,
            "text": TEXT[second_start:second_end],
            "speaker": "the ministry",
            "speaker_resolved": "Russia",
            "actor": "RUS",
            "cue": "said",
            "kind": "direct",
            "concern": 1,
            "blame": 0,
            "call_to_action": 0,
            "blame_targets": [],
            "call_targets": [],
        },
    ]
    return [article], statements, {"a1.txt": TEXT}


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    articles, statements, texts = good_records()
    return write_corpus(tmp_path / "corpus", articles, statements, texts)


_CONCERN = [
    "We are deeply concerned by the fighting near {p}.",
    "The ministry is alarmed by the escalation in {p}.",
    "{a} voiced grave concern about the shelling of {p}.",
    "We are troubled by reports of casualties in {p}.",
]
_BLAME = [
    "{a} accused {b} of shelling {p}.",
    "The ministry condemned {b} for the attack on {p}.",
    "{a} said {b} had violated the ceasefire near {p}.",
    "The raid on {p} was a provocation by {b}, it said.",
]
_CALL = [
    "{a} urged {b} to withdraw from {p}.",
    "We call on both sides to show restraint in {p}.",
    "{a} appealed to {b} to reopen the road to {p}.",
    "The parties must return to talks on {p}, it said.",
]
_NONE = [
    "The ministers met in {p} on Friday.",
    "{a} said the talks on {p} would resume next week.",
    "The delegation arrived in {p} on Monday.",
    "{a} announced new flights to {p}.",
]


def synthetic(n_per_template: int = 3) -> tuple[list[str], list[list[int]]]:
    """A small labelled set made from templates (for fast unit tests of the estimator)."""
    places = ["Parukh", "Gori", "Aleppo", "Kidal", "Goma", "Mosul"]
    actors = [("Russia", "Azerbaijan"), ("France", "Baku"), ("The United States", "Moscow")]
    texts, labels = [], []
    for k in range(n_per_template):
        p = places[k % len(places)]
        a, b = actors[k % len(actors)]
        for templates, y in (
            (_CONCERN, [1, 0, 0]),
            (_BLAME, [0, 1, 0]),
            (_CALL, [0, 0, 1]),
            (_NONE, [0, 0, 0]),
        ):
            for t in templates:
                texts.append(t.format(a=a, b=b, p=p))
                labels.append(y)
    return texts, labels


@pytest.fixture(scope="session")
def small_model():  # type: ignore[no-untyped-def]
    from stance.model import StanceClassifier

    texts, labels = synthetic(4)
    return StanceClassifier(min_df=1, cv=3).fit(texts, labels)


@pytest.fixture
def saved(small_model, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A saved copy of ``small_model`` that a test may break."""
    from stance.persist import save_model

    return save_model(small_model, tmp_path / "m", {"note": "test"})


def resum(root: Path) -> None:
    """Rewrite SHA256SUMS to match the files (what a forger would do)."""
    lines = [
        f"{hashlib.sha256((root / n).read_bytes()).hexdigest()}  {n}\n"
        for n in ("model.json", "weights.npy", "MODEL_CARD.md")
    ]
    (root / "SHA256SUMS").write_text("".join(lines))
