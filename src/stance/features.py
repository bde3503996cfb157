"""TF-IDF features of statements: word n-grams, character n-grams and stance cues.

The featuriser is written here rather than taken from :class:`~sklearn.feature_extraction.text.
TfidfVectorizer` for three reasons: its whole state is plain data (a term list and an idf
vector), so a saved model needs no pickle; it analyses each distinct word once and caches the
result; and its n-gram blocks are linear in the term occurrences, so :class:`Projection` scores
a batch from per-word sums without building a matrix (about ten times faster).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ._data import package_json

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["Projection", "TfidfFeatures", "normalize", "tokenize"]

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_TOKEN_OR_SEP = re.compile(_TOKEN.pattern + "|\x00")
_SEP = "\n\x00\n"  # between the texts of a batch: no token, cue or `.` crosses it
_NUL = re.compile("\x00")
_FOLD = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("„", '"'))


def normalize(text: str) -> str:
    """Unicode-normalise, fold quotes and apostrophes, lower-case.

    Examples
    --------
    >>> normalize("Moscow’s “CLEAR” demand")
    'moscow\\'s "clear" demand'
    """
    if "\x00" in text:  # NUL separates the texts of a batch (see _Batch)
        text = text.replace("\x00", " ")
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():  # nothing to fold: skip the per-character table
        return text.lower()
    text = unicodedata.normalize("NFKC", text)
    for curly, plain in _FOLD:  # str.replace per mark is far faster than str.translate
        if curly in text:
            text = text.replace(curly, plain)
    return text.lower()


def tokenize(text: str) -> list[str]:
    """Word tokens of a normalised text (letters and digits, with an apostrophe suffix).

    Examples
    --------
    >>> tokenize(normalize("It urged the warring sides to “show restraint”."))
    ['it', 'urged', 'the', 'warring', 'sides', 'to', 'show', 'restraint']
    """
    return _TOKEN.findall(text)


@dataclass(frozen=True)
class CueLexicon:
    """A stance cue lexicon (by default ``data/stance_cues.json``), compiled for counting.

    ``names`` are the feature names (``cue:<label>:<group>``). A pattern that matches one word
    goes into ``word_patterns`` (one anchored pattern per group, tried once per distinct word);
    a pattern that spans words goes into ``phrase_pattern`` (one named alternative per group,
    ``g0``, ``g1``, ..., run once over a whole batch).
    """

    names: tuple[str, ...]
    word_patterns: tuple[re.Pattern[str] | None, ...]
    phrase_pattern: re.Pattern[str] | None

    def word_groups(self, word: str) -> list[int]:
        """Indices of the groups that a single word matches."""
        return [k for k, p in enumerate(self.word_patterns) if p is not None and p.fullmatch(word)]


_ONE_WORD = re.compile(r"^[\w()?:|]+$")


CuePatterns = dict[str, dict[str, list[str]]]


def shipped_cues() -> CuePatterns:
    """The groups of the shipped lexicon (``data/stance_cues.json``): label -> group -> patterns."""
    doc = package_json("stance_cues.json")
    return {label: groups for label, groups in doc.items() if label != "description"}


def cues_from_rows(rows: Any) -> CuePatterns:
    """A lexicon from ``[label, group, [pattern, ...]]`` rows (the order-safe form a model file
    stores); ValueError if the rows have another shape or a pattern does not compile."""
    groups: CuePatterns = {}
    if not isinstance(rows, list):
        raise ValueError("a cue lexicon is a list of [label, group, patterns] rows")
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 3
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and isinstance(row[2], list)
            and all(isinstance(p, str) and p for p in row[2])
        ):
            raise ValueError(f"a cue lexicon row is [label, group, [pattern, ...]]; got {row!r}")
        for p in row[2]:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"cue pattern {p!r} does not compile: {exc}") from exc
        groups.setdefault(row[0], {})[row[1]] = list(row[2])
    return groups


def cue_rows(groups: CuePatterns) -> list[list[Any]]:
    """The rows :func:`cues_from_rows` reads (JSON key order may not survive; list order does)."""
    return [[label, group, list(ps)] for label, g in groups.items() for group, ps in g.items()]


def compile_cues(groups: CuePatterns) -> CueLexicon:
    """A lexicon's groups compiled for counting (cached: models share their compiled lexicon)."""
    return _compile_cues(json.dumps(groups, ensure_ascii=False))


@lru_cache(maxsize=8)
def _compile_cues(key: str) -> CueLexicon:
    names: list[str] = []
    words: list[re.Pattern[str] | None] = []
    phrases: list[str] = []
    phrase_lists: list[list[str]] = []
    for label, groups in json.loads(key).items():
        for group, patterns in groups.items():
            k = len(names)
            names.append(f"cue:{label}:{group}")
            single = [p for p in patterns if _ONE_WORD.match(p)]
            multi = [p for p in patterns if not _ONE_WORD.match(p)]
            words.append(re.compile("|".join(f"(?:{p})" for p in single)) if single else None)
            if multi:
                phrase_lists.append(multi)
                phrases.append(f"(?P<g{k}>" + "|".join(multi) + ")")
    # a look-ahead on the letters phrases can begin with skips most positions at once
    firsts = [_first_letters(p) for ps in phrase_lists for p in ps]
    letters: set[str] = set()
    for f in firsts:
        letters |= f or set()
    known = bool(firsts) and all(f is not None for f in firsts)
    lead = f"(?=[{''.join(sorted(letters))}])" if known else ""
    phrase = re.compile(r"\b" + lead + "(?:" + "|".join(phrases) + r")\b") if phrases else None
    return CueLexicon(tuple(names), tuple(words), phrase)


def _first_letters(pattern: str) -> set[str] | None:
    """The letters a match of ``pattern`` can begin with, or None when that is not plain to see.

    Handles a leading letter and a leading non-capturing group of alternatives (recursively);
    anything else (a class, an optional group, an escape) gives None.

    Examples
    --------
    >>> sorted(_first_letters("(?:parties|states) concerned"))
    ['p', 's']
    >>> _first_letters("(?:the )?regime") is None
    True
    """
    if pattern[:1].isalpha():
        return {pattern[0]}
    if not pattern.startswith("(?:"):
        return None
    depth, parts, start = 0, [], 3
    for i in range(3, len(pattern)):
        ch = pattern[i]
        if ch == "\\":
            return None
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif ch == ")":
            if pattern[i + 1 : i + 2] in ("?", "*", "{"):
                return None  # the group may match nothing
            parts.append(pattern[start:i])
            break
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    else:
        return None
    found: set[str] = set()
    for part in parts:
        letters = _first_letters(part)
        if letters is None:
            return None
        found |= letters
    return found


def cue_groups() -> CueLexicon:
    """The shipped stance cue lexicon, compiled (what a newly fitted featuriser uses)."""
    return compile_cues(shipped_cues())


class TfidfFeatures:
    """TF-IDF over word n-grams and character n-grams, plus counts of stance cues.

    Every occurrence of a known term weighs its idf; each n-gram block of a text is divided by
    the root of its occurrences' summed squared weights (the L2 norm when no term repeats).
    Unlike sublinear, aggregated TF-IDF this keeps the blocks linear in the occurrences, which
    lets :class:`Projection` score from cached per-word sums; in cross-validation on the corpus
    the two weightings score the same.

    Parameters
    ----------
    word_ngrams : (min_n, max_n) of word n-grams (of stems when ``stem``), or None for none.
    char_ngrams : (min_n, max_n) of character n-grams inside word boundaries, or None.
    min_df : a term is kept when it occurs in at least this many training texts.
    stem : stem words with NLTK's Snowball stemmer (needs no downloaded data).
    lexicon : weight of the cue-lexicon block (``log1p`` of the matches of each cue group);
        0 leaves the block out. Fitting takes the groups of ``data/stance_cues.json`` and keeps
        them (``cue_patterns``), so a fitted model never depends on later edits of that file.
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] | None = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        min_df: int = 2,
        stem: bool = False,
        lexicon: float = 0.0,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.stem = stem
        self.lexicon = lexicon
        self._stemmer: Any = None
        self._stems: dict[str, str] = {}
        self._chars: dict[str, list[str]] = {}
        self._words: _WordTable | None = None
        self._stem_ids: dict[str, int] = {}
        self._n_stems = 1
        self._bigram_keys = np.zeros(0, dtype=np.int64)
        self._bigram_cols = np.zeros(0, dtype=np.int64)
        self.cue_patterns: CuePatterns = {}
        self.cues = compile_cues({})
        self.terms: list[str] = []
        self.idf = np.zeros(0)
        self.index: dict[str, int] = {}
        self._char_index: dict[str, int] = {}
        self.blocks: tuple[int, int, int] = (0, 0, 0)

    # -- analysis -------------------------------------------------------------------------
    def _stem(self, word: str) -> str:
        s = self._stems.get(word)
        if s is None:
            if not self.stem:
                return word
            if self._stemmer is None:  # NLTK is imported only by models that stem
                from nltk.stem.snowball import SnowballStemmer

                self._stemmer = SnowballStemmer("english")
            s = self._stemmer.stem(word)
            if len(self._stems) < 500_000:
                self._stems[word] = s
        return s

    def _char_grams(self, word: str) -> list[str]:
        grams = self._chars.get(word)
        if grams is None:
            grams = ["c:" + g for g in _grams(word, self.char_ngrams or (0, -1))]
            if len(self._chars) < 500_000:
                self._chars[word] = grams
        return grams

    def analyze(self, text: str) -> tuple[list[str], list[str]]:
        """The word-block and char-block terms of one text."""
        words = tokenize(normalize(text))
        word_terms: list[str] = []
        if self.word_ngrams:
            lo, hi = self.word_ngrams
            stems = [self._stem(w) for w in words]
            for n in range(lo, hi + 1):
                word_terms.extend(" ".join(stems[i : i + n]) for i in range(len(stems) - n + 1))
        char_terms: list[str] = []
        if self.char_ngrams:
            for w in words:
                char_terms.extend(self._char_grams(w))
        return word_terms, char_terms

    # -- fitting ------------------------------------------------------------------------------
    def fit(self, texts: Sequence[str]) -> TfidfFeatures:
        """Learn the vocabulary and idf from ``texts``."""
        df: list[dict[str, int]] = [{}, {}]
        for text in texts:
            for block, terms in enumerate(self.analyze(text)):
                for t in set(terms):
                    df[block][t] = df[block].get(t, 0) + 1
        n = len(texts)
        vocabulary: list[str] = []
        idf: list[float] = []
        sizes = []
        for block in (0, 1):
            kept = sorted(t for t, c in df[block].items() if c >= self.min_df)
            vocabulary.extend(kept)
            idf.extend(math.log((1 + n) / (1 + df[block][t])) + 1.0 for t in kept)
            sizes.append(len(kept))
        self.cue_patterns = shipped_cues() if self.lexicon else {}
        self.cues = compile_cues(self.cue_patterns)
        if self.lexicon:
            names = list(self.cues.names)
            vocabulary.extend(names)
            idf.extend([1.0] * len(names))
            sizes.append(len(names))
        else:
            sizes.append(0)
        self._set_vocabulary(vocabulary, np.asarray(idf, dtype=np.float64), (sizes[0], sizes[1], sizes[2]))
        return self

    def _set_vocabulary(self, terms: list[str], idf: np.ndarray, blocks: tuple[int, int, int]) -> None:
        self.terms = terms
        self.idf = idf
        self._words = None
        word_terms = terms[: blocks[0]]
        pairs = [(t.split(" ")[0], t.split(" ")[1], j) for j, t in enumerate(word_terms) if t.count(" ") == 1]
        stems = sorted({p[0] for p in pairs} | {p[1] for p in pairs})
        self._stem_ids = {st: i for i, st in enumerate(stems)}
        self._n_stems = max(len(stems), 1)
        keyed = sorted((self._stem_ids[x] * self._n_stems + self._stem_ids[y], j) for x, y, j in pairs)
        self._bigram_keys = np.asarray([k for k, _ in keyed], dtype=np.int64)
        self._bigram_cols = np.asarray([j for _, j in keyed], dtype=np.int64)
        self.blocks = blocks
        self.index = {t: i for i, t in enumerate(terms)}
        char_terms = terms[blocks[0] : blocks[0] + blocks[1]]
        self._char_index = {t[2:]: blocks[0] + i for i, t in enumerate(char_terms)}  # without "c:"

    def _table(self) -> _WordTable:
        """The cache of analysed words (emptied when the vocabulary changes or it grows large)."""
        if self._words is None or len(self._words.stem) > 500_000:
            self._words = _WordTable(self)
        return self._words

    def transform(self, texts: Iterable[str]) -> sparse.csr_matrix:
        """The TF-IDF matrix of ``texts`` (one row each, ``len(terms)`` columns).

        Every occurrence of a known term adds its idf to the term's column; each n-gram block
        of a row is then divided by the root of the summed squared idf of its occurrences (the
        L2 norm when no term repeats). Cue columns hold ``lexicon * log1p(matches)``. Because
        the n-gram blocks are linear in the occurrences, :class:`Projection` can score texts
        from per-word sums without building this matrix; the two agree to rounding.
        """
        from scipy import sparse

        texts = list(texts)
        batch = _Batch(self, texts)
        n_rows = len(texts)
        cue_base = self.blocks[0] + self.blocks[1]
        cols, rows = batch.occurrences()
        weights = self.idf[cols]
        block = (cols >= self.blocks[0]).astype(np.int64)  # 0 word, 1 char
        sq = np.bincount(rows * 2 + block, weights=weights**2, minlength=2 * n_rows)
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        data = weights / norms[rows * 2 + block]
        cue_rows, cue_groups_, cue_counts = batch.cue_counts()
        rows = np.concatenate([rows, cue_rows])
        cols = np.concatenate([cols, cue_groups_ + cue_base])
        data = np.concatenate([data, self.lexicon * np.log1p(cue_counts)])
        X = sparse.coo_matrix((data, (rows, cols)), shape=(n_rows, len(self.terms))).tocsr()
        X.sum_duplicates()
        return X

    # -- plain-data state -------------------------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        """Everything needed to rebuild the featuriser, as JSON-ready data."""
        return {
            "word_ngrams": list(self.word_ngrams) if self.word_ngrams else None,
            "char_ngrams": list(self.char_ngrams) if self.char_ngrams else None,
            "min_df": self.min_df,
            "stem": self.stem,
            "lexicon": self.lexicon,
            "blocks": list(self.blocks),
            "cues": cue_rows(self.cue_patterns),
            "terms": self.terms,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], idf: np.ndarray) -> TfidfFeatures:
        """Rebuild a fitted featuriser from :meth:`get_state` and its idf vector."""
        wn, cn = state["word_ngrams"], state["char_ngrams"]
        obj = cls(
            word_ngrams=(int(wn[0]), int(wn[1])) if wn else None,
            char_ngrams=(int(cn[0]), int(cn[1])) if cn else None,
            min_df=int(state["min_df"]),
            stem=bool(state["stem"]),
            lexicon=float(state["lexicon"]),
        )
        terms = [str(t) for t in state["terms"]]
        blocks = (int(state["blocks"][0]), int(state["blocks"][1]), int(state["blocks"][2]))
        obj.cue_patterns = cues_from_rows(state["cues"])
        obj.cues = compile_cues(obj.cue_patterns)
        if terms[blocks[0] + blocks[1] :] != list(obj.cues.names) * bool(blocks[2]):
            raise ValueError("the cue columns of the model differ from its cue lexicon")
        if len(terms) != len(idf) or sum(blocks) != len(terms):
            raise ValueError("terms, idf and blocks disagree in size")
        obj._set_vocabulary(terms, np.asarray(idf, dtype=np.float64), blocks)
        return obj


def _grams(word: str, sizes: tuple[int, int]) -> list[str]:
    """The character n-grams of ``word`` padded with a space each side, n in ``sizes``."""
    lo, hi = sizes
    padded = f" {word} "
    return [padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]


class _WordTable:
    """The distinct words a featuriser has analysed, each with an id (0 is the batch separator).

    Per word it keeps the stem id used for bigrams (-1 when the stem starts no known bigram),
    the column ids of its unigram and character n-grams as one flat array with offsets, and
    the cue groups it matches on its own.
    """

    def __init__(self, feats: TfidfFeatures) -> None:
        self.feats = feats
        self.ids: dict[str, int] = {"\x00": 0}
        self.stem: list[int] = [-1]
        self._cols: list[list[int]] = [[]]
        self.cues: dict[int, list[int]] = {}
        self._flat = np.zeros(0, dtype=np.int64)
        self._ptr = np.zeros(1, dtype=np.int64)

    def add(self, word: str) -> None:
        feats, index = self.feats, self.feats.index
        stem = feats._stem(word) if feats.word_ngrams else word
        found = []
        if feats.word_ngrams and feats.word_ngrams[0] == 1 and stem in index:
            found.append(index[stem])
        if feats.char_ngrams:
            chars = feats._char_index  # keyed without the "c:" of the terms
            found.extend(chars[g] for g in _grams(word, feats.char_ngrams) if g in chars)
        k = len(self.stem)
        self.ids[word] = k
        self.stem.append(feats._stem_ids.get(stem, -1))
        self._cols.append(found)
        if feats.blocks[2]:
            groups = feats.cues.word_groups(word)
            if groups:
                self.cues[k] = groups

    def lookup(self, tokens: list[str]) -> np.ndarray:
        """The ids of ``tokens``, analysing words seen for the first time."""
        get, new = self.ids.get, self._id_of_new
        ids = [get(w) or new(w) for w in tokens]  # the separator's 0 takes the slow path too
        return np.fromiter(ids, dtype=np.int64, count=len(ids))

    def _id_of_new(self, word: str) -> int:
        k = self.ids.get(word)
        if k is None:
            self.add(word)
            k = self.ids[word]
        return k

    def flat(self) -> tuple[np.ndarray, np.ndarray]:
        """All words' column ids, concatenated, and the offsets of each word's run (extended
        with the words added since the last call)."""
        done = len(self._ptr) - 1
        if done < len(self._cols):
            new = self._cols[done:]
            sizes = np.fromiter(map(len, new), dtype=np.int64, count=len(new))
            self._ptr = np.concatenate([self._ptr, self._ptr[-1] + np.cumsum(sizes)])
            cols = np.fromiter((c for found in new for c in found), dtype=np.int64, count=int(sizes.sum()))
            self._flat = np.concatenate([self._flat, cols])
        return self._flat, self._ptr


def _runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions ``starts[i] .. starts[i] + lengths[i] - 1`` for every i, concatenated."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(lengths)
    return np.repeat(starts - (ends - lengths), lengths) + np.arange(total, dtype=np.int64)


class _Batch:
    """A batch of texts, tokenised in one pass: one separator-joined string, word ids, rows."""

    def __init__(self, feats: TfidfFeatures, texts: Sequence[str]) -> None:
        self.feats = feats
        self.n = len(texts)
        self.table = feats._table()
        # one normalisation of the joined batch equals normalising each text: case folding and
        # the quote table work per character, and NFKC never composes across the line breaks
        # of the separator (tested)
        clean = [t.replace("\x00", " ") if "\x00" in t else t for t in texts]
        self.big = _fold(_SEP.join(["", *clean]))
        seps = [m.start() for m in _NUL.finditer(self.big)]
        self.starts = np.asarray(seps, dtype=np.int64) + 2  # where each text begins in `big`
        ids = self.table.lookup(_TOKEN_OR_SEP.findall(self.big))
        sep = ids == 0
        rows = np.cumsum(sep) - 1
        self.ids_with_sep, self.rows_with_sep = ids, rows
        self.ids, self.rows = ids[~sep], rows[~sep]

    def bigrams(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows and positions in the bigram table (``feats._bigram_cols``) of the known word
        bigrams (the separator stops every bigram)."""
        feats = self.feats
        empty = np.zeros(0, dtype=np.int64)
        if not feats.word_ngrams or feats.word_ngrams[1] < 2 or not len(feats._bigram_keys):
            return empty, empty
        stem = np.asarray(self.table.stem, dtype=np.int64)[self.ids_with_sep]
        a, b = stem[:-1], stem[1:]
        ok = (a >= 0) & (b >= 0)
        keys = a[ok] * feats._n_stems + b[ok]
        pos = np.searchsorted(feats._bigram_keys, keys)
        pos[pos == len(feats._bigram_keys)] = 0
        hit = feats._bigram_keys[pos] == keys
        return self.rows_with_sep[:-1][ok][hit], pos[hit]

    def occurrences(self) -> tuple[np.ndarray, np.ndarray]:
        """Column id and row of every n-gram occurrence (unigrams, char n-grams, bigrams)."""
        flat, ptr = self.table.flat()
        lengths = ptr[self.ids + 1] - ptr[self.ids]
        cols = flat[_runs(ptr[self.ids], lengths)]
        rows = np.repeat(self.rows, lengths)
        brows, bpos = self.bigrams()
        return np.concatenate([cols, self.feats._bigram_cols[bpos]]), np.concatenate([rows, brows])

    def cue_counts(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, cue group, count) of every cue group a text matches, words and phrases."""
        empty = np.zeros(0, dtype=np.int64)
        if not self.feats.blocks[2]:
            return empty, empty, empty
        lexicon = self.feats.cues
        cues = self.table.cues
        rows: list[int] = []
        groups: list[int] = []
        if cues:
            has_cue = np.zeros(len(self.table.stem), dtype=bool)
            has_cue[list(cues)] = True
            at = np.flatnonzero(has_cue[self.ids])
            for k, row in zip(self.ids[at].tolist(), self.rows[at].tolist()):
                rows.extend([row] * len(cues[k]))
                groups.extend(cues[k])
        if lexicon.phrase_pattern is not None:
            positions = []
            for m in lexicon.phrase_pattern.finditer(self.big):
                if m.lastgroup:
                    positions.append(m.start())
                    groups.append(int(m.lastgroup[1:]))
            rows.extend((np.searchsorted(self.starts, positions, side="right") - 1).tolist())
        n_groups = len(lexicon.names)
        keys = np.asarray(rows, dtype=np.int64) * n_groups + np.asarray(groups, dtype=np.int64)
        uniq, counts = np.unique(keys, return_counts=True)
        return uniq // n_groups, uniq % n_groups, counts.astype(np.float64)


def _row_sums(values: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """Sums of ``values`` (one row per item) per row id; ``rows`` is sorted, ids in [0, n)."""
    out = np.zeros((n, values.shape[1]))
    if len(rows):
        counts = np.bincount(rows, minlength=n)
        starts = np.cumsum(counts) - counts
        filled = counts > 0
        out[filled] = np.add.reduceat(values, starts[filled], axis=0)
    return out


class Projection:
    """``features.transform(texts) @ coef.T`` computed from per-word sums, without the matrix.

    Each distinct word's contribution (its unigram and character n-grams, idf-weighted and
    multiplied by ``coef``) and its squared idf mass are computed once and cached; a batch is
    then a handful of array gathers and per-row sums. Results equal the matrix product to
    floating-point rounding (tested).
    """

    def __init__(self, features: TfidfFeatures, coef: np.ndarray) -> None:
        self.features = features
        self.coef = np.asarray(coef, dtype=np.float64)
        k = self.coef.shape[0]
        w_end = features.blocks[0]
        self._is_char = np.zeros(len(features.terms), dtype=bool)
        self._is_char[w_end : w_end + features.blocks[1]] = True
        weighted = self.coef * features.idf  # (k, n_terms)
        self._term_dot = np.ascontiguousarray(weighted.T)  # (n_terms, k)
        self._term_sq = features.idf**2
        self._bigram_dot = self._term_dot[features._bigram_cols]
        self._bigram_sq = self._term_sq[features._bigram_cols]
        base = features.blocks[0] + features.blocks[1]
        self._cue_coef = np.ascontiguousarray(self.coef[:, base:].T)  # (n_groups, k)
        self._table: _WordTable | None = None
        self._word = np.zeros((0, 2, k + 1))  # per word: [word block, char block] x [dot..., sq]

    def _word_sums(self) -> np.ndarray:
        table = self.features._table()
        if table is not self._table:
            self._table, self._word = table, self._word[:0]
        n_words, done = len(table.stem), len(self._word)
        if n_words > done:
            flat, ptr = table.flat()
            lo, hi = ptr[done], ptr[n_words]
            cols = flat[lo:hi]
            owner = np.repeat(np.arange(n_words - done), np.diff(ptr[done : n_words + 1]))
            slot = owner * 2 + self._is_char[cols]
            k = self.coef.shape[0]
            new = np.zeros(((n_words - done) * 2, k + 1))
            for j in range(k):
                new[:, j] = np.bincount(slot, self._term_dot[cols, j], minlength=len(new))
            new[:, k] = np.bincount(slot, self._term_sq[cols], minlength=len(new))
            self._word = np.concatenate([self._word, new.reshape(n_words - done, 2, k + 1)])
        return self._word

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """The ``(len(texts), k)`` products of the texts' feature rows with ``coef``."""
        batch = _Batch(self.features, texts)
        word = self._word_sums()
        n, k = batch.n, self.coef.shape[0]
        sums = _row_sums(word[batch.ids].reshape(-1, 2 * (k + 1)), batch.rows, n)
        sums = sums.reshape(n, 2, k + 1)  # row x block x (dot..., sq)
        brows, pos = batch.bigrams()
        if len(brows):
            pairs = np.concatenate([self._bigram_dot[pos], self._bigram_sq[pos, None]], axis=1)
            sums[:, 0] += _row_sums(pairs, brows, n)
        norms = np.sqrt(sums[:, :, k])
        norms[norms == 0] = 1.0
        out = sums[:, 0, :k] / norms[:, :1] + sums[:, 1, :k] / norms[:, 1:]
        rows, groups, counts = batch.cue_counts()
        if len(rows):
            cue = np.zeros((n, len(self._cue_coef)))
            cue[rows, groups] = self.features.lexicon * np.log1p(counts)
            out = out + cue @ self._cue_coef
        return out
