"""The corpus loader (good data, every kind of bad record) and the shipped corpus' invariants."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import good_records, write_corpus

from stance import corpus as corpus_mod
from stance.actors import ACTOR_CODES
from stance.corpus import CorpusError, load
from stance.results import KINDS, LABELS

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_good_corpus_loads(tiny_corpus: Path) -> None:
    c = load(tiny_corpus)
    assert [a.id for a in c.articles] == ["a1"]
    assert [s.id for s in c.statements] == ["a1-s01", "a1-s02"]
    s = c.statements[1]
    assert c.articles[0].text[s.start : s.end] == s.text
    assert s.labels == (1, 0, 0)
    assert c.statements[0].call_targets == ("AZE",)


def test_narration_is_every_other_sentence(tiny_corpus: Path, tmp_path: Path) -> None:
    c = load(tiny_corpus)
    assert [n.text for n in c.narration()] == ["Troops moved on Friday."]
    assert c.narration()[0].labels == (0, 0, 0)
    # headers are not narration; a sentence that overlaps a statement only in part is not either
    articles, statements, texts = good_records()
    head = "Ministry of Foreign Affairs\nParis, 3 May 2022\n"
    texts = {"a1.txt": head + texts["a1.txt"] + " Calm returned."}
    shift = len(head)
    for s in statements:
        s["start"] += shift
        s["end"] += shift
    statements[1]["start"] += 1  # the span now starts inside the sentence (after the quote mark)
    statements[1]["text"] = statements[1]["text"][1:]
    c = load(write_corpus(tmp_path / "h", articles, statements, texts))
    assert [n.text for n in c.narration()] == ["Troops moved on Friday.", "Calm returned."]


def test_shipped_narration_never_touches_a_statement() -> None:
    c = load()
    spans: dict[str, list[tuple[int, int]]] = {}
    for s in c.statements:
        spans.setdefault(s.article_id, []).append((s.start, s.end))
    texts = {a.id: a.text for a in c.articles}
    narration = c.narration()
    assert len(narration) >= 400
    for n in narration:
        assert texts[n.article_id][n.start : n.end] == n.text == n.text.strip()
        assert not corpus_mod.is_header(n.text)
        assert all(n.end <= a or b <= n.start for a, b in spans.get(n.article_id, []))


def _broken(tmp_path: Path, which: str, change) -> Path:  # type: ignore[no-untyped-def]
    articles, statements, texts = good_records()
    articles, statements = copy.deepcopy(articles), copy.deepcopy(statements)
    change(articles if which == "articles" else statements)
    return write_corpus(tmp_path / "bad", articles, statements, texts)


BAD_STATEMENTS = [
    ("start", lambda s: s[0].update(end=10_000), "start"),
    ("text", lambda s: s[0].update(text="Russia urged Moscow to withdraw."), "text"),
    ("actor", lambda s: s[0].update(actor="XYZ"), "actor"),
    ("concern", lambda s: s[0].update(concern=2), "concern"),
    ("blame", lambda s: s[0].update(blame=True), "blame"),
    ("kind", lambda s: s[0].update(kind="rumour"), "kind"),
    ("missing", lambda s: s[0].pop("call_to_action"), "call_to_action"),
    ("duplicate", lambda s: s[1].update(id="a1-s01"), "id"),
    ("article", lambda s: s[0].update(article_id="nope"), "article_id"),
    ("target code", lambda s: s[0].update(call_targets=["Baku"]), "call_targets"),
    ("target without label", lambda s: s[1].update(blame_targets=["AZE"]), "blame_targets"),
    ("unknown field", lambda s: s[0].update(colour="red"), "colour"),
]


@pytest.mark.parametrize("name,change,field", BAD_STATEMENTS, ids=[b[0] for b in BAD_STATEMENTS])
def test_bad_statement_names_file_line_field(tmp_path: Path, name: str, change, field: str) -> None:  # type: ignore[no-untyped-def]
    root = _broken(tmp_path, "statements", change)
    with pytest.raises(CorpusError) as info:
        load(root)
    err = info.value
    assert err.path.endswith("statements.jsonl")
    assert err.line in (1, 2)
    assert err.field == field
    assert f":{err.line}:" in str(err) and repr(field) in str(err)


def test_overlapping_spans_are_rejected(tmp_path: Path) -> None:
    articles, statements, texts = good_records()
    statements[1].update(start=5, end=statements[0]["end"] + 3)
    statements[1]["text"] = texts["a1.txt"][5 : statements[1]["end"]]
    root = write_corpus(tmp_path / "ov", articles, statements, texts)
    with pytest.raises(CorpusError, match="overlaps the statement on line 1"):
        load(root)


BAD_ARTICLES = [
    ("genre", lambda a: a[0].update(genre="blog"), "genre"),
    ("split", lambda a: a[0].update(split="dev"), "split"),
    ("provenance", lambda a: a[0].update(provenance="scraped"), "provenance"),
    ("date", lambda a: a[0].update(date="26 March 2022"), "date"),
    ("file", lambda a: a[0].update(file="texts/missing.txt"), "file"),
    ("escape", lambda a: a[0].update(file="../a1.txt"), "file"),
    ("id", lambda a: a[0].update(id="Bad Id"), "id"),
    ("duplicate", lambda a: a.append(dict(a[0])), "id"),
    ("missing", lambda a: a[0].pop("title"), "title"),
]


@pytest.mark.parametrize("name,change,field", BAD_ARTICLES, ids=[b[0] for b in BAD_ARTICLES])
def test_bad_article_names_file_line_field(tmp_path: Path, name: str, change, field: str) -> None:  # type: ignore[no-untyped-def]
    root = _broken(tmp_path, "articles", change)
    with pytest.raises(CorpusError) as info:
        load(root)
    assert info.value.path.endswith("articles.jsonl")
    assert info.value.field == field


def test_invalid_json_line_is_reported(tmp_path: Path, tiny_corpus: Path) -> None:
    path = tiny_corpus / "statements.jsonl"
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(CorpusError, match=r"statements\.jsonl:3: not valid JSON"):
        load(tiny_corpus)


def test_missing_file_and_bad_path(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="articles.jsonl: file is missing"):
        load(tmp_path / "empty")
    with pytest.raises(ValueError, match="'path' must be a corpus directory"):
        load(tmp_path / "nowhere")
    with pytest.raises(TypeError, match="'path' must be str or Path"):
        load(42)  # type: ignore[arg-type]


# -- the shipped corpus ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load()


def test_spans_match_and_are_trimmed(shipped) -> None:  # type: ignore[no-untyped-def]
    texts = {a.id: a.text for a in shipped.articles}
    for s in shipped.statements:
        assert texts[s.article_id][s.start : s.end] == s.text == s.text.strip()
        assert s.actor in (*ACTOR_CODES, None)
        assert s.kind in KINDS


def test_no_annotation_markup_in_authored_text(shipped) -> None:  # type: ignore[no-untyped-def]
    # a writer's note after ' | ' once leaked into article and statement text (batch b24)
    authored = {a.id for a in shipped.articles if a.provenance == "authored"}
    assert not [a.id for a in shipped.articles if a.id in authored and " | " in a.text]
    assert not [s.id for s in shipped.statements if s.article_id in authored and " | " in s.text]


def test_seed_articles_are_verbatim_and_in_test(shipped) -> None:  # type: ignore[no-untyped-def]
    seeds = shipped.subset(provenance="seed")
    assert {a.id for a in seeds.articles} == {"seed-000", "seed-001"}
    assert all(a.split == "test" for a in seeds.articles)
    if SEEDS.is_dir():
        originals = sorted(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
        assert sorted(a.text for a in seeds.articles) == originals
    assert len(seeds.statements) >= 28


def test_split_is_by_article_and_reproducible(shipped) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_corpus import split_of

    for a in shipped.articles:
        assert a.split == split_of(a.id, a.provenance)
    train = {a.id for a in shipped.subset(split="train").articles}
    test = {a.id for a in shipped.subset(split="test").articles}
    assert train and test and not train & test


def test_corpus_size_and_balance(shipped) -> None:  # type: ignore[no-untyped-def]
    st = shipped.stats()
    assert st["articles"] >= 100
    assert st["statements"] >= 1500
    for code in ("RUS", "USA", "FRA", "UN", "ARM", "AZE"):
        assert st["by_actor"][code]["statements"] >= 150, code
    for name in LABELS:
        assert st["labels"][name] >= 350, name
    assert st["labels"]["none"] >= 300
    assert {a.provenance for a in shipped.articles} == {"seed", "authored"}
    assert set(st["by_genre"]) == set(corpus_mod.GENRES)


def test_data_card_matches_the_data(shipped) -> None:  # type: ignore[no-untyped-def]
    card = (Path(shipped.path) / "README.md").read_text(encoding="utf-8")
    assert corpus_mod.stats_markdown(shipped) in card


def test_stats_command_prints_the_tables() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "stance.corpus", "stats"], check=True, capture_output=True, text=True
    ).stdout
    assert out == corpus_mod.stats_markdown(load())


# -- the realism report ---------------------------------------------------------------------


def _real_file(path: Path) -> Path:
    rows = [
        {"text": "We are deeply concerned about the fighting.", "genre": "news_wire", "concern": 1,
         "blame": 0, "call_to_action": 0, "is_statement": True},
        {"text": "Russia condemned the attack by the militia, officials said.", "genre": "news_wire",
         "concern": 0, "blame": 1, "call_to_action": 0, "is_statement": True},
        {"text": "Shares fell sharply in Tokyo.", "genre": "news_wire", "concern": 0, "blame": 0,
         "call_to_action": 0, "is_statement": False},
        {"text": " ".join(["word"] * 45) + ".", "genre": "un_general_debate_speech", "concern": 0,
         "blame": 0, "call_to_action": 1},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_realism_of_a_tiny_file(tiny_corpus: Path, tmp_path: Path) -> None:
    report = corpus_mod.realism(load(tiny_corpus), _real_file(tmp_path / "real.jsonl"))
    real, corp = report["real"], report["corpus"]
    assert real["units"] == 4 and real["statements"] == 3
    assert real["share of narration (all units)"] == pytest.approx(0.25)
    assert real["share of narration (news)"] == pytest.approx(1 / 3)
    assert real["share of statements over 40 words"] == pytest.approx(1 / 3)
    assert real["median words per statement"] == 9
    assert real["concern: positives with a cue word"] == 1.0
    assert real["blame: positives with a cue word"] == 1.0
    assert real["call_to_action: positives with a cue word"] == 0.0
    assert real["'concern' word: share of statements"] == pytest.approx(1 / 3)
    assert real["'concern' word: share of those labelled concern"] == 1.0
    assert real["stance rate, news"] == 1.0 and real["stance rate, speech"] == 1.0
    assert real["stance rate, briefing"] is None
    # the tiny corpus: two statements (a call, a concern) and one narration sentence
    assert corp["statements"] == 2 and corp["share of narration (all units)"] == pytest.approx(1 / 3)
    assert corp["concern: positives with a cue word"] == 1.0
    assert corp["call_to_action: positives with a cue word"] == 1.0
    table = corpus_mod.realism_markdown(report)
    assert "| share of narration (news) | 0.333 | 0.333 |" in table
    assert "| stance rate, briefing | - | - |" in table


def test_realism_command_without_and_with_the_real_file(tiny_corpus: Path, tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "stance.corpus", "realism", str(tiny_corpus)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    assert out.splitlines()[0] == "| figure | corpus |"
    real = _real_file(tmp_path / "real.jsonl")
    out = subprocess.run([*cmd, "--against", str(real)], check=True, capture_output=True, text=True).stdout
    assert out.splitlines()[0] == "| figure | corpus | real |"
    assert "Shares fell" not in out  # aggregates only, never a text
    bad = subprocess.run([*cmd, "--against", str(tmp_path / "nope.jsonl")], capture_output=True, text=True)
    assert bad.returncode == 1 and "'against' must be" in bad.stderr


#: the header of the data card's realism column that describes the corpus as it is now
CARD_CORPUS_COLUMN = "corpus after round 7"


def test_data_card_realism_column_matches_the_data(shipped) -> None:  # type: ignore[no-untyped-def]
    """The card's column of the corpus as it is now is what the realism command prints for it."""
    card = (Path(shipped.path) / "README.md").read_text(encoding="utf-8")
    block = card.split("<!-- realism:begin -->")[1].split("<!-- realism:end -->")[0]
    ours = corpus_mod.realism_markdown(corpus_mod.realism(shipped)).splitlines()[2:]
    lines = [line for line in block.splitlines() if line.startswith("| ")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    col = [i for i, h in enumerate(header) if h.startswith(CARD_CORPUS_COLUMN)]
    assert len(col) == 1, header
    card_rows = lines[1:]
    assert len(card_rows) == len(ours)
    for mine, theirs in zip(ours, card_rows):
        figure, value = [c.strip() for c in mine.strip("|").split("|")]
        cells = [c.strip() for c in theirs.strip("|").split("|")]
        assert cells[0] == figure and cells[col[0]] == value, (figure, value, cells)


def test_a_label_audit_applies_once_and_reports_stale_decisions() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from apply_audit import apply

    rows = [
        {"id": "x-s01", "concern": 0, "blame": 1, "call_to_action": 0, "blame_targets": ["AZE"]},
        {"id": "x-s02", "concern": 1, "blame": 0, "call_to_action": 0, "call_targets": []},
    ]
    decisions = [
        {"id": "x-s01", "label": "blame", "old": 1, "new": 0, "rule": "no culprit", "targets": []},
        {"id": "x-s02", "label": "call_to_action", "old": 0, "new": 1, "rule": "call", "targets": ["UN"]},
        {"id": "x-s02", "label": "concern", "old": 1, "new": 1, "rule": "worry", "targets": None},
        {"id": "x-s09", "label": "blame", "old": 1, "new": 0, "rule": "gone", "targets": []},
    ]
    changed, problems = apply(rows, decisions)
    assert changed == 2
    assert rows[0]["blame"] == 0 and rows[0]["blame_targets"] == []
    assert rows[1]["call_to_action"] == 1 and rows[1]["call_targets"] == ["UN"]
    assert "audit: call_to_action 0->1 (call)" in rows[1]["note"]
    assert problems == ["x-s09 blame: no such statement or label"]
    assert apply(rows, decisions)[0] == 0  # applied already: nothing changes
