"""TF-IDF features of statements: stemmed word n-grams and character n-grams.

The featuriser is written here rather than taken from :class:`~sklearn.feature_extraction.text.
TfidfVectorizer` for two reasons: its whole state is plain data (a term list and an idf vector),
so a saved model needs no pickle; and it caches the analysis of each distinct word, which makes
batch scoring several times faster (statements repeat their vocabulary heavily).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from scipy import sparse

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
    return unicodedata.normalize("NFKC", text).translate(_FOLD).lower()


def tokenize(text: str) -> list[str]:
    """Word tokens of a normalised text (letters and digits, with an apostrophe suffix).

    Examples
    --------
    >>> tokenize(normalize("It urged the warring sides to “show restraint”."))
    ['it', 'urged', 'the', 'warring', 'sides', 'to', 'show', 'restraint']
    """
    return _TOKEN.findall(text)


@lru_cache(maxsize=1)
def cue_groups() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The stance cue lexicon (``data/stance_cues.json``) as (``label:group``, pattern) pairs."""
    doc = json.loads(resources.files("stance").joinpath("data/stance_cues.json").read_text("utf-8"))
    out = []
    for label, groups in doc.items():
        if label == "description":
            continue
        for group, words in groups.items():
            out.append((f"cue:{label}:{group}", re.compile(r"\b(?:" + "|".join(words) + r")\b")))
    return tuple(out)


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
            names = [name for name, _ in cue_groups()]
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
        self.blocks = blocks
        self.index = {t: i for i, t in enumerate(terms)}

    def transform(self, texts: Iterable[str]) -> sparse.csr_matrix:
        """The TF-IDF matrix of ``texts`` (one row each, ``len(terms)`` columns)."""
        index = self.index
        indptr = [0]
        indices: list[int] = []
        values: list[float] = []
        for text in texts:
            for terms in self.analyze(text):
                counts: dict[int, int] = {}
                for t in terms:
                    j = index.get(t)
                    if j is not None:
                        counts[j] = counts.get(j, 0) + 1
                if not counts:
                    continue
                cols = sorted(counts)
                w = np.array([(1.0 + math.log(counts[j])) * self.idf[j] for j in cols])
                norm = float(np.sqrt(w @ w))
                indices.extend(cols)
                values.extend((w / norm).tolist())
            if self.blocks[2]:
                base = self.blocks[0] + self.blocks[1]
                norm_text = normalize(text)
                for k, (_, pattern) in enumerate(cue_groups()):
                    n = len(pattern.findall(norm_text))
                    if n:
                        indices.append(base + k)
                        values.append(self.lexicon * math.log1p(n))
            indptr.append(len(indices))
        return sparse.csr_matrix(
            (np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
            shape=(len(indptr) - 1, len(self.terms)),
        )

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
        if blocks[2] and terms[blocks[0] + blocks[1] :] != [name for name, _ in cue_groups()]:
            raise ValueError("the cue lexicon of the model differs from data/stance_cues.json")
        if len(terms) != len(idf) or sum(blocks) != len(terms):
            raise ValueError("terms, idf and blocks disagree in size")
        obj._set_vocabulary(terms, np.asarray(idf, dtype=np.float64), blocks)
        return obj
