"""TF-IDF features of statements: stemmed word n-grams and character n-grams.

The featuriser is written here rather than taken from :class:`~sklearn.feature_extraction.text.
TfidfVectorizer` for two reasons: its whole state is plain data (a term list and an idf vector),
so a saved model needs no pickle; and it caches the analysis of each distinct word, which makes
batch scoring several times faster (statements repeat their vocabulary heavily).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from scipy import sparse

from ._data import package_json

_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)

__all__ = ["TfidfFeatures", "normalize", "tokenize"]

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})


def normalize(text: str) -> str:
    """Unicode-normalise, fold quotes and apostrophes, lower-case.

    Examples
    --------
    >>> normalize("Moscow’s “CLEAR” demand")
    'moscow\\'s "clear" demand'
    """
    if text.isascii():  # nothing to fold: skip the per-character table
        return text.lower()
    return unicodedata.normalize("NFKC", text).translate(_FOLD).lower()


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
    """The stance cue lexicon (``data/stance_cues.json``), compiled for counting.

    ``names`` are the feature names (``cue:<label>:<group>``). A pattern that matches one word
    goes into ``word_patterns`` (one anchored pattern per group, tried once per distinct word);
    a pattern that spans words goes into ``phrase_pattern`` (one named alternative per group,
    ``g0``, ``g1``, ..., run over the text).
    """

    names: tuple[str, ...]
    word_patterns: tuple[re.Pattern[str] | None, ...]
    phrase_pattern: re.Pattern[str] | None

    def word_groups(self, word: str) -> list[int]:
        """Indices of the groups that a single word matches."""
        return [k for k, p in enumerate(self.word_patterns) if p is not None and p.fullmatch(word)]

    def phrase_groups(self, text: str) -> list[int]:
        """Indices of the groups matched by multi-word cues in a normalised text, one per match."""
        if self.phrase_pattern is None:
            return []
        return [int(m.lastgroup[1:]) for m in self.phrase_pattern.finditer(text) if m.lastgroup]


_ONE_WORD = re.compile(r"^[\w()?:|]+$")


@lru_cache(maxsize=1)
def cue_groups() -> CueLexicon:
    """The shipped stance cue lexicon, read and compiled once."""
    doc = package_json("stance_cues.json")
    names: list[str] = []
    words: list[re.Pattern[str] | None] = []
    phrases: list[str] = []
    for label, groups in doc.items():
        if label == "description":
            continue
        for group, patterns in groups.items():
            k = len(names)
            names.append(f"cue:{label}:{group}")
            single = [p for p in patterns if _ONE_WORD.match(p)]
            multi = [p for p in patterns if not _ONE_WORD.match(p)]
            words.append(re.compile("|".join(f"(?:{p})" for p in single)) if single else None)
            if multi:
                phrases.append(f"(?P<g{k}>" + "|".join(multi) + ")")
    phrase = re.compile(r"\b(?:" + "|".join(phrases) + r")\b") if phrases else None
    return CueLexicon(tuple(names), tuple(words), phrase)


class TfidfFeatures:
    """Sublinear TF-IDF over stemmed word n-grams and char n-grams, each block L2-normalised.

    Parameters
    ----------
    word_ngrams : (min_n, max_n) of stemmed word n-grams, or None for no word block.
    char_ngrams : (min_n, max_n) of character n-grams inside word boundaries, or None.
    min_df : a term is kept when it occurs in at least this many training texts.
    stem : stem words with NLTK's Snowball stemmer (needs no downloaded data).
    lexicon : weight of the cue-lexicon block (``log1p`` of the matches of each cue group of
        ``data/stance_cues.json``); 0 leaves the block out.
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] | None = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        min_df: int = 2,
        stem: bool = True,
        lexicon: float = 0.0,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.stem = stem
        self.lexicon = lexicon
        self._stemmer = SnowballStemmer("english") if stem else None
        self._stems: dict[str, str] = {}
        self._chars: dict[str, list[str]] = {}
        self._entries: dict[str, tuple[int, np.ndarray, int]] = {}
        self._stem_ids: dict[str, int] = {}
        self._n_stems = 1
        self._bigram_keys = np.zeros(0, dtype=np.int64)
        self._bigram_cols = np.zeros(0, dtype=np.int64)
        self.terms: list[str] = []
        self.idf = np.zeros(0)
        self.index: dict[str, int] = {}
        self.blocks: tuple[int, int, int] = (0, 0, 0)

    # -- analysis -------------------------------------------------------------------------
    def _stem(self, word: str) -> str:
        s = self._stems.get(word)
        if s is None:
            s = self._stemmer.stem(word) if self._stemmer is not None else word
            if len(self._stems) < 500_000:
                self._stems[word] = s
        return s

    def _char_grams(self, word: str) -> list[str]:
        grams = self._chars.get(word)
        if grams is None:
            lo, hi = self.char_ngrams or (0, -1)
            padded = f" {word} "
            grams = ["c:" + padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]
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
        if self.lexicon:
            names = list(cue_groups().names)
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
        self._entries = {}
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

    def _word_entry(self, word: str) -> tuple[int, np.ndarray, int]:
        """A word's stem id (-1 if unknown) and the column ids of its unigram, char n-grams and
        one-word cues; cached per distinct word."""
        entry = self._entries.get(word)
        if entry is None:
            index = self.index
            stem = self._stem(word) if self.word_ngrams else word
            found = []
            if self.word_ngrams and self.word_ngrams[0] == 1 and stem in index:
                found.append(index[stem])
            if self.char_ngrams:
                found.extend(index[g] for g in self._char_grams(word) if g in index)
            if self.blocks[2]:
                base = self.blocks[0] + self.blocks[1]
                found.extend(base + k for k in cue_groups().word_groups(word))
            entry = (self._stem_ids.get(stem, -1), np.asarray(found, dtype=np.int64), len(found))
            if len(self._entries) < 500_000:
                self._entries[word] = entry
        return entry

    def transform(self, texts: Iterable[str]) -> sparse.csr_matrix:
        """The TF-IDF matrix of ``texts`` (one row each, ``len(terms)`` columns).

        Each text's terms become column ids (cached per distinct word); counting, sublinear
        weighting and the per-block L2 normalisation then run on whole arrays.
        """
        entries_of = self._entries
        parts: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
        stem_parts: list[list[int]] = []
        row_sizes: list[int] = []
        cues = cue_groups()
        cue_base = self.blocks[0] + self.blocks[1]
        use_cues = bool(self.blocks[2])
        for text in texts:
            norm_text = normalize(text)
            entries = [entries_of.get(w) or self._word_entry(w) for w in tokenize(norm_text)]
            parts.extend(map(_SECOND, entries))
            size = sum(map(_THIRD, entries))
            stem_parts.append(list(map(_FIRST, entries)))
            if use_cues:
                found = cues.phrase_groups(norm_text)
                if found:
                    parts.append(np.asarray(found, dtype=np.int64) + cue_base)
                    size += len(found)
            row_sizes.append(size)
        n_rows = len(row_sizes)
        rows_of_parts = np.repeat(np.arange(n_rows), row_sizes)
        cols = np.concatenate(parts)
        bigram_rows, bigram_cols = self._bigrams(stem_parts)
        rows_all = np.concatenate([rows_of_parts, bigram_rows])
        cols = np.concatenate([cols, bigram_cols])
        order = np.argsort(rows_all, kind="stable")
        cols = cols[order]
        indptr = np.zeros(n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows_all, minlength=n_rows), out=indptr[1:])
        X = sparse.csr_matrix((np.ones(len(cols)), cols, indptr), shape=(n_rows, len(self.terms)))
        X.sum_duplicates()
        counts, columns = X.data, X.indices
        rows = np.repeat(np.arange(n_rows), np.diff(X.indptr))
        is_cue = columns >= cue_base
        weights = (1.0 + np.log(counts)) * self.idf[columns]
        weights[is_cue] = 0.0
        block = (columns >= self.blocks[0]).astype(np.int64)  # 0 word, 1 char (cues zeroed)
        sq = np.bincount(rows * 2 + block, weights=weights**2, minlength=2 * n_rows)
        norms = np.sqrt(sq)[rows * 2 + block]
        norms[norms == 0] = 1.0
        data = weights / norms
        data[is_cue] = self.lexicon * np.log1p(counts[is_cue])
        X.data = data
        return X

    def _bigrams(self, stem_parts: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """Rows and column ids of the known stem bigrams of each text, computed on whole arrays."""
        empty = np.zeros(0, dtype=np.int64)
        if not self.word_ngrams or self.word_ngrams[1] < 2 or not len(self._bigram_keys):
            return empty, empty
        lengths = np.fromiter(map(len, stem_parts), dtype=np.int64, count=len(stem_parts))
        ids = np.fromiter((i for p in stem_parts for i in p), dtype=np.int64, count=int(lengths.sum()))
        rows = np.repeat(np.arange(len(stem_parts)), lengths)
        if len(ids) < 2:
            return empty, empty
        a, b = ids[:-1], ids[1:]
        ok = (rows[:-1] == rows[1:]) & (a >= 0) & (b >= 0)
        keys = a[ok] * self._n_stems + b[ok]
        pos = np.searchsorted(self._bigram_keys, keys)
        pos[pos == len(self._bigram_keys)] = 0
        hit = self._bigram_keys[pos] == keys
        return rows[:-1][ok][hit], self._bigram_cols[pos[hit]]

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
        if blocks[2] and terms[blocks[0] + blocks[1] :] != list(cue_groups().names):
            raise ValueError("the cue lexicon of the model differs from data/stance_cues.json")
        if len(terms) != len(idf) or sum(blocks) != len(terms):
            raise ValueError("terms, idf and blocks disagree in size")
        obj._set_vocabulary(terms, np.asarray(idf, dtype=np.float64), blocks)
        return obj
