"""The labelled corpus: articles and their annotated statements, loaded and validated.

Layout of a corpus directory (the format is documented in ``corpus/GUIDELINES.md``)::

    articles.jsonl     one article a line: id, title, date, provenance, source, genre, split, file
    statements.jsonl   one statement a line: id, article_id, start, end, text, speaker, ...
    texts/<id>.txt     the article text, byte for byte

Command line: ``python -m stance.corpus stats [DIR]`` prints the data card tables;
``python -m stance.corpus realism [DIR] [--against FILE]`` compares the corpus with real
passages (aggregate figures only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from .actors import ACTOR_CODES
from .errors import CorpusError, check_type, invalid_value
from .results import KINDS, LABELS

__all__ = ["GENRES", "PROVENANCES", "SPLITS", "Article", "Corpus", "GoldStatement", "Narration", "load"]

GENRES: tuple[str, ...] = ("news", "press_release", "readout", "briefing", "speech")
PROVENANCES: tuple[str, ...] = ("seed", "authored")
SPLITS: tuple[str, ...] = ("train", "test")

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A sentence ends in terminal punctuation, perhaps followed by closing quotes or brackets; a line
# without it (a title, an issuer's name, a date and place, "Mr. President,") is a header.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb\u203a)\]]*$")


@dataclass(frozen=True)
class Article:
    """One corpus article with its metadata and text."""

    id: str
    title: str
    date: str | None
    provenance: str
    source: str
    genre: str
    split: str
    file: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The record as stored in ``articles.jsonl`` plus the text."""
        return asdict(self)


@dataclass(frozen=True)
class GoldStatement:
    """One annotated statement: ``article.text[start:end] == text``."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_resolved: str | None
    actor: str | None
    cue: str | None
    kind: str
    concern: int
    blame: int
    call_to_action: int
    blame_targets: tuple[str, ...] = ()
    call_targets: tuple[str, ...] = ()
    note: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "blame_targets", tuple(self.blame_targets))
        object.__setattr__(self, "call_targets", tuple(self.call_targets))

    @property
    def labels(self) -> tuple[int, int, int]:
        """The three stance labels in :data:`stance.results.LABELS` order."""
        return (self.concern, self.blame, self.call_to_action)

    def to_dict(self) -> dict[str, Any]:
        """The record as stored in ``statements.jsonl``."""
        out = asdict(self)
        out["blame_targets"] = list(self.blame_targets)
        out["call_targets"] = list(self.call_targets)
        return out


@dataclass(frozen=True)
class Narration:
    """A sentence of an article that is no statement: it carries no stance (all labels 0).

    ``article.text[start:end] == text``. See ``corpus/GUIDELINES.md``, "Narration".
    """

    article_id: str
    start: int
    end: int
    text: str

    labels: ClassVar[tuple[int, int, int]] = (0, 0, 0)

    def to_dict(self) -> dict[str, Any]:
        """The record as a dict."""
        return asdict(self)


def is_header(text: str, kind: str = "sentence") -> bool:
    """Whether a sentence is a header line rather than prose: a transcript name tag, or a line
    that does not end in terminal punctuation (title, issuer, date and place, salutation).

    Examples
    --------
    >>> is_header("Paris, 24 November 2022"), is_header("Mr. President,")
    (True, True)
    >>> is_header("Shelling resumed at dawn."), is_header('"It is over," he said.')
    (False, False)
    """
    return kind == "tag" or not _SENTENCE_END.search(text)


def narration_of(article: Article, statements: Sequence[GoldStatement]) -> list[Narration]:
    """The narration of one article: every sentence (:func:`stance.sentences.split_sentences`)
    that is not a header and does not overlap one of the article's gold ``statements``."""
    from .sentences import split_sentences

    spans = sorted((s.start, s.end) for s in statements)
    starts = [a for a, _ in spans]
    out = []
    for sent in split_sentences(article.text):
        text = article.text[sent.start : sent.end]
        if is_header(text, sent.kind):
            continue
        # statements never overlap one another, so of those that start before the sentence
        # ends, the last one reaches furthest: the sentence overlaps a statement iff it does
        i = bisect_left(starts, sent.end) - 1
        if i >= 0 and spans[i][1] > sent.start:
            continue
        out.append(Narration(article.id, sent.start, sent.end, text))
    return out


@dataclass(frozen=True)
class Corpus:
    """Articles and statements of a corpus directory, in file order."""

    path: str
    articles: tuple[Article, ...]
    statements: tuple[GoldStatement, ...]

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise invalid_value("article_id", "the id of an article in the corpus", article_id)

    def statements_of(self, article_id: str) -> list[GoldStatement]:
        """The statements of one article, in text order."""
        return sorted((s for s in self.statements if s.article_id == article_id), key=lambda s: s.start)

    def subset(
        self, split: str | None = None, provenance: str | None = None, prefixes: Sequence[str] = ()
    ) -> Corpus:
        """The articles (and their statements) of one split and/or provenance, and/or whose id
        starts with one of ``prefixes`` (``"b37-"``: one batch)."""
        if split is not None and split not in SPLITS:
            raise invalid_value("split", SPLITS, split)
        if provenance is not None and provenance not in PROVENANCES:
            raise invalid_value("provenance", PROVENANCES, provenance)
        starts = (prefixes,) if isinstance(prefixes, str) else tuple(prefixes)
        keep = tuple(
            a
            for a in self.articles
            if (split is None or a.split == split)
            and (provenance is None or a.provenance == provenance)
            and (not starts or a.id.startswith(starts))
        )
        ids = {a.id for a in keep}
        return Corpus(self.path, keep, tuple(s for s in self.statements if s.article_id in ids))

    def narration(self) -> list[Narration]:
        """Every narration sentence of the corpus' articles, in article and text order: the
        sentences that are neither a header nor part of a gold statement (all labels 0)."""
        by_article: dict[str, list[GoldStatement]] = {}
        for s in self.statements:
            by_article.setdefault(s.article_id, []).append(s)
        return [n for a in self.articles for n in narration_of(a, by_article.get(a.id, []))]

    def texts(self) -> list[str]:
        """Statement texts, in corpus order."""
        return [s.text for s in self.statements]

    def label_matrix(self) -> list[tuple[int, int, int]]:
        """Statement labels, one (concern, blame, call_to_action) row each."""
        return [s.labels for s in self.statements]

    def groups(self) -> list[str]:
        """The article id of each statement (for grouped cross-validation)."""
        return [s.article_id for s in self.statements]

    def fingerprint(self) -> str:
        """SHA-256 over the articles' texts and metadata and the statements, in order."""
        h = hashlib.sha256()
        for a in self.articles:
            h.update(json.dumps(a.to_dict(), sort_keys=True, ensure_ascii=False).encode())
        for s in self.statements:
            h.update(json.dumps(s.to_dict(), sort_keys=True, ensure_ascii=False).encode())
        return h.hexdigest()

    def stats(self) -> dict[str, Any]:
        """Counts for the data card: per split, genre, provenance, actor and label."""
        by_article = {a.id: a for a in self.articles}
        narration = self.narration()
        out: dict[str, Any] = {
            "articles": len(self.articles),
            "statements": len(self.statements),
            "narration": len(narration),
        }
        for key in ("split", "genre", "provenance"):
            table: dict[str, dict[str, int]] = {}
            for a in self.articles:
                row = table.setdefault(getattr(a, key), {"articles": 0, "statements": 0, "narration": 0})
                row["articles"] += 1
            for s in self.statements:
                table[getattr(by_article[s.article_id], key)]["statements"] += 1
            for n in narration:
                table[getattr(by_article[n.article_id], key)]["narration"] += 1
            out[f"by_{key}"] = dict(sorted(table.items()))
        actors: dict[str, dict[str, int]] = {}
        for s in self.statements:
            row = actors.setdefault(s.actor or "None", dict.fromkeys(("statements", *LABELS, "none"), 0))
            row["statements"] += 1
            for name, value in zip(LABELS, s.labels):
                row[name] += value
            row["none"] += int(not any(s.labels))
        order = {code: i for i, code in enumerate((*ACTOR_CODES, "None"))}
        out["by_actor"] = dict(sorted(actors.items(), key=lambda kv: order.get(kv[0], 99)))
        out["labels"] = {name: sum(getattr(s, name) for s in self.statements) for name in LABELS}
        out["labels"]["none"] = sum(1 for s in self.statements if not any(s.labels))
        out["kinds"] = dict(Counter(s.kind for s in self.statements).most_common())
        return out


def default_path() -> Path:
    """The corpus shipped with the library (``corpus/`` of the repository)."""
    here = Path(str(resources.files("stance._corpus")))
    return here


def load(path: str | Path | None = None) -> Corpus:
    """Load and validate a corpus directory.

    Parameters
    ----------
    path : the corpus directory (holding ``articles.jsonl``, ``statements.jsonl``, ``texts/``);
        None for the corpus shipped with the library.

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusError
        For any bad record, naming the file, line and field. Nothing is skipped.

    Examples
    --------
    >>> corpus = load()
    >>> seed = corpus.article("seed-000")
    >>> s = corpus.statements_of("seed-000")[0]
    >>> seed.text[s.start:s.end] == s.text
    True
    """
    if path is None:
        root = default_path()
    else:
        check_type("path", path, (str, Path))
        root = Path(path)
    if not root.is_dir():
        raise invalid_value("path", "a corpus directory", str(root))
    articles = _load_articles(root)
    statements = _load_statements(root, {a.id: a for a in articles})
    return Corpus(str(root), tuple(articles), tuple(statements))


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise CorpusError(path, None, None, "file is missing")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(path, n, None, f"not valid JSON ({exc.msg})") from exc
            if not isinstance(rec, dict):
                raise CorpusError(path, n, None, f"must be a JSON object, got {type(rec).__name__}")
            yield n, rec


class _Fields:
    """Typed access to a record's fields; every failure names file, line and field."""

    def __init__(self, path: Path, line: int, rec: dict[str, Any], allowed: Sequence[str]) -> None:
        self.path, self.line, self.rec = path, line, rec
        extra = sorted(set(rec) - set(allowed))
        if extra:
            self.fail(extra[0], f"unknown field; allowed fields are {', '.join(allowed)}")

    def fail(self, field: str, problem: str) -> None:
        raise CorpusError(self.path, self.line, field, problem)

    def get(self, field: str, types: type | tuple[type, ...], optional: bool = False) -> Any:
        if field not in self.rec:
            if optional:
                return None
            self.fail(field, "missing")
        value = self.rec[field]
        if value is None and optional:
            return None
        if not isinstance(value, types) or (isinstance(value, bool) and types is int):
            kind = types.__name__ if isinstance(types, type) else " or ".join(t.__name__ for t in types)
            self.fail(field, f"must be {kind}{' or null' if optional else ''}, got {value!r}")
        return value

    def choice(self, field: str, allowed: Sequence[Any], optional: bool = False) -> Any:
        value = self.rec.get(field) if optional else self.get(field, object)
        if value is None and optional:
            return None
        if value not in allowed:
            self.fail(field, f"must be one of {', '.join(map(repr, allowed))}; got {value!r}")
        return value


def _load_articles(root: Path) -> list[Article]:
    path = root / "articles.jsonl"
    fields = ("id", "title", "date", "provenance", "source", "genre", "split", "file")
    out: list[Article] = []
    seen: dict[str, int] = {}
    for n, rec in _records(path):
        f = _Fields(path, n, rec, fields)
        aid = f.get("id", str)
        if not _ID.match(aid):
            f.fail("id", f"must be lower-case letters, digits, '-' or '_' (at most 64); got {aid!r}")
        if aid in seen:
            f.fail("id", f"duplicate id {aid!r} (first on line {seen[aid]})")
        seen[aid] = n
        date = f.get("date", str, optional=True)
        if date is not None and not _DATE.match(date):
            f.fail("date", f"must be YYYY-MM-DD or null; got {date!r}")
        file = f.get("file", str)
        text_path = root / file
        if Path(file).is_absolute() or ".." in Path(file).parts or not text_path.is_file():
            f.fail("file", f"must name a text file inside the corpus directory; got {file!r}")
        try:
            text = text_path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            f.fail("file", f"{file!r} is not UTF-8 text ({exc.reason})")
        out.append(
            Article(
                id=aid,
                title=f.get("title", str),
                date=date,
                provenance=f.choice("provenance", PROVENANCES),
                source=f.get("source", str),
                genre=f.choice("genre", GENRES),
                split=f.choice("split", SPLITS),
                file=file,
                text=text,
            )
        )
    return out


def _load_statements(root: Path, articles: dict[str, Article]) -> list[GoldStatement]:
    path = root / "statements.jsonl"
    fields = (
        "id", "article_id", "start", "end", "text", "speaker", "speaker_resolved", "actor", "cue",
        "kind", *LABELS, "blame_targets", "call_targets", "note",
    )  # fmt: skip
    out: list[GoldStatement] = []
    seen: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for n, rec in _records(path):
        f = _Fields(path, n, rec, fields)
        sid = f.get("id", str)
        if sid in seen:
            f.fail("id", f"duplicate id {sid!r} (first on line {seen[sid]})")
        seen[sid] = n
        aid = f.get("article_id", str)
        if aid not in articles:
            f.fail("article_id", f"no article with id {aid!r} in articles.jsonl")
        text = articles[aid].text
        start, end = f.get("start", int), f.get("end", int)
        if not 0 <= start < end <= len(text):
            f.fail("start", f"span [{start}, {end}) is not inside the article (length {len(text)})")
        stext = f.get("text", str)
        if text[start:end] != stext:
            f.fail("text", f"article text at [{start}, {end}) is {text[start:end]!r}, not {stext!r}")
        if stext != stext.strip():
            f.fail("text", "must not begin or end with white space")
        labels = {}
        for name in LABELS:
            labels[name] = f.choice(name, (0, 1))
            if isinstance(rec[name], bool):
                f.fail(name, f"must be 0 or 1, got {rec[name]!r}")
        targets = {}
        for name, label in (("blame_targets", "blame"), ("call_targets", "call_to_action")):
            value = f.get(name, list, optional=True) or []
            for code in value:
                if code not in ACTOR_CODES:
                    f.fail(name, f"must hold actor codes ({', '.join(ACTOR_CODES)}); got {code!r}")
            if value and not labels[label]:
                f.fail(name, f"targets given but {label} is 0")
            targets[name] = tuple(value)
        actor = f.choice("actor", ACTOR_CODES, optional=True)
        speaker = f.get("speaker", str, optional=True)
        resolved = f.get("speaker_resolved", str, optional=True)
        if actor is not None and resolved is None:
            f.fail("speaker_resolved", "missing while an actor is given (name the resolved speaker)")
        for other_start, other_end, other_line in spans.get(aid, []):
            if start < other_end and other_start < end:
                f.fail("start", f"span [{start}, {end}) overlaps the statement on line {other_line}")
        spans.setdefault(aid, []).append((start, end, n))
        out.append(
            GoldStatement(
                id=sid,
                article_id=aid,
                start=start,
                end=end,
                text=stext,
                speaker=speaker,
                speaker_resolved=resolved,
                actor=actor,
                cue=f.get("cue", str, optional=True),
                kind=f.choice("kind", KINDS),
                blame_targets=targets["blame_targets"],
                call_targets=targets["call_targets"],
                note=f.get("note", str, optional=True),
                **labels,
            )
        )
    return out


def stats_markdown(corpus: Corpus) -> str:
    """The data card's tables as Markdown (what ``python -m stance.corpus stats`` prints)."""
    st = corpus.stats()
    lines = [
        f"Articles: {st['articles']}; statements: {st['statements']}; narration sentences: "
        f"{st['narration']}.",
        "",
    ]
    for key in ("split", "genre", "provenance"):
        lines += [f"| {key} | articles | statements | narration |", "|---|---:|---:|---:|"]
        lines += [
            f"| {k} | {v['articles']} | {v['statements']} | {v['narration']} |"
            for k, v in st[f"by_{key}"].items()
        ]
        lines.append("")
    head = ("statements", *LABELS, "none")
    lines += ["| actor | " + " | ".join(head) + " |", "|---|" + "---:|" * len(head)]
    for actor, row in st["by_actor"].items():
        lines.append(f"| {actor} | " + " | ".join(str(row[h]) for h in head) + " |")
    total = st["labels"]
    lines.append(f"| all | {st['statements']} | " + " | ".join(str(total[h]) for h in head[1:]) + " |")
    lines += ["", "| kind | statements |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in st["kinds"].items()]
    return "\n".join(lines) + "\n"


# -- realism: the corpus next to real text ------------------------------------------------------

#: Genres of a labelled file of real passages, as the corpus' genres.
REAL_GENRES: dict[str, str] = {
    "news_wire": "news",
    "news": "news",
    "government_press_release": "press_release",
    "press_release": "press_release",
    "readout": "readout",
    "government_transcript": "briefing",
    "briefing": "briefing",
    "un_general_debate_speech": "speech",
    "speech": "speech",
}
#: The cue words of each label that the realism report counts (whole words, any case).
CUE_WORDS: dict[str, str] = {
    "concern": r"\bconcern(?:s|ed)?\b",
    "blame": r"\b(?:condemn\w*|blam\w*|accus\w*|responsib\w*)",
    "call_to_action": r"\b(?:urg\w*|calls?\s+(?:on|upon|for)|called\s+(?:on|upon|for))",
}
_PRIORITY = re.compile(
    r"\b(?:primary|first|main|chief|principal|top|overriding|foremost|paramount)\s+concerns?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Unit:
    """One scored unit for the realism report: a statement, a narration sentence or a passage."""

    text: str
    labels: tuple[int, int, int]
    genre: str | None
    narration: bool


def _units_of_corpus(corpus: Corpus) -> list[_Unit]:
    genre = {a.id: a.genre for a in corpus.articles}
    out = [_Unit(s.text, s.labels, genre[s.article_id], False) for s in corpus.statements]
    out += [_Unit(n.text, n.labels, genre[n.article_id], True) for n in corpus.narration()]
    return out


def _units_of_file(path: Path) -> list[_Unit]:
    """Passages of a labelled JSONL file: ``text``, the three labels, optional ``genre`` and
    ``is_statement`` (false: narration)."""
    out = []
    for n, rec in _records(path):
        f = _Fields(path, n, rec, tuple(rec))  # any fields; the ones used are checked
        text = f.get("text", str)
        labels = tuple(int(f.choice(name, (0, 1, True, False))) for name in LABELS)
        raw_genre = f.get("genre", str, optional=True)
        genre = REAL_GENRES.get(raw_genre, raw_genre) if raw_genre is not None else None
        is_statement = f.get("is_statement", (bool, int), optional=True)
        out.append(
            _Unit(
                text, (labels[0], labels[1], labels[2]), genre, is_statement is not None and not is_statement
            )
        )
    if not out:
        raise CorpusError(path, None, None, "holds no passages")
    return out


def _realism_column(units: list[_Unit], per_genre: bool = True) -> dict[str, float | None]:
    """The aggregate figures of one column of the realism report."""
    statements = [u for u in units if not u.narration]
    words = sorted(len(_WORD.findall(u.text)) for u in statements)
    col: dict[str, float | None] = {
        "units": float(len(units)),
        "statements": float(len(statements)),
        "median words per statement": float(words[len(words) // 2]) if words else None,
        "share of statements over 40 words": sum(w > 40 for w in words) / len(words) if words else None,
        "share of narration (all units)": sum(u.narration for u in units) / len(units) if units else None,
    }
    news = [u for u in units if u.genre == "news"]
    col["share of narration (news)"] = sum(u.narration for u in news) / len(news) if news else None
    cue_words = {name: re.compile(CUE_WORDS[name], re.IGNORECASE) for name in LABELS}
    for j, name in enumerate(LABELS):
        pos = [u for u in statements if u.labels[j]]
        pattern = cue_words[name]
        col[f"{name}: share of statements"] = len(pos) / len(statements) if statements else None
        col[f"{name}: positives with a cue word"] = (
            sum(bool(pattern.search(u.text)) for u in pos) / len(pos) if pos else None
        )
    worded = [u for u in statements if cue_words["concern"].search(u.text)]
    col["'concern' word: share of statements"] = len(worded) / len(statements) if statements else None
    col["'concern' word: share of those labelled concern"] = (
        sum(u.labels[0] for u in worded) / len(worded) if worded else None
    )
    col["'primary concern' per 1,000 statements"] = (
        1000 * sum(bool(_PRIORITY.search(u.text)) for u in statements) / len(statements)
        if statements
        else None
    )
    col["stance rate: statements with any label"] = (
        sum(any(u.labels) for u in statements) / len(statements) if statements else None
    )
    if per_genre:
        for genre in GENRES:
            rows = [u for u in statements if u.genre == genre]
            col[f"stance rate, {genre}"] = sum(any(u.labels) for u in rows) / len(rows) if rows else None
    return col


def realism(corpus: Corpus, against: str | Path | None = None) -> dict[str, dict[str, float | None]]:
    """Aggregate figures of the corpus (and, given ``against``, of a labelled file of real
    passages) that show how close the corpus is to real text: statement length, share of
    narration, cue-word rates per label, "primary concern" rate, stance rate per genre.

    Only aggregates are computed: no text of ``against`` is kept or printed.

    Returns
    -------
    dict
        ``{column: {figure: value or None}}`` with columns ``corpus`` and, given ``against``,
        ``real``.
    """
    out = {"corpus": _realism_column(_units_of_corpus(corpus))}
    if against is not None:
        check_type("against", against, (str, Path))
        path = Path(against)
        if not path.is_file():
            raise invalid_value("against", "a labelled JSONL file of real passages", str(path))
        out["real"] = _realism_column(_units_of_file(path))
    return out


def realism_markdown(report: dict[str, dict[str, float | None]]) -> str:
    """The realism report as a Markdown table (what ``python -m stance.corpus realism`` prints)."""
    cols = list(report)
    lines = ["| figure | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    for key in report["corpus"]:
        cells = []
        for c in cols:
            v = report[c].get(key)
            if v is None:
                cells.append("-")
            elif key in ("units", "statements") or key.startswith("median"):
                cells.append(f"{v:.0f}")
            elif key.startswith("'primary"):
                cells.append(f"{v:.1f}")
            else:
                cells.append(f"{v:.3f}")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m stance.corpus stats|check [DIR]`` or ``realism [DIR] [--against FILE]``."""
    ap = argparse.ArgumentParser(prog="python -m stance.corpus", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("stats", "check", "realism"))
    ap.add_argument("path", nargs="?", default=None, help="corpus directory (default: shipped)")
    ap.add_argument(
        "--against",
        default=None,
        help="realism: a labelled JSONL file of real passages (text, labels, optional genre and "
        "is_statement) to compare with; without it, the corpus' own column only",
    )
    args = ap.parse_args(argv)
    try:
        corpus = load(args.path)
        if args.command == "realism":
            sys.stdout.write(realism_markdown(realism(corpus, args.against)))
            return 0
    except (CorpusError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"ok: {len(corpus.articles)} articles, {len(corpus.statements)} statements")
    else:
        sys.stdout.write(stats_markdown(corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
