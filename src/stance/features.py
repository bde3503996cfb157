"""TF-IDF features of statements: word n-grams, character n-grams and stance cues.

The featuriser is written here rather than taken from :class:`~sklearn.feature_extraction.text.
TfidfVectorizer` for three reasons: its whole state is plain data (a term list and an idf
vector), so a saved model needs no pickle; it analyses each distinct word once and caches the
result; and its n-gram blocks are linear in the term occurrences, so :class:`Projection` scores
a batch from per-word sums without building a matrix (about ten times faster). Its fit side
(vocabulary, document frequencies, idf) equals scikit-learn's vectorizer on the same tokens
(tested).

Thread safety: a fitted featuriser, and every :class:`Projection` over it, may be used from any
number of threads at once. The cache of analysed words is guarded by one lock per featuriser;
it holds at most ``cache_size`` words (and ``cache_size * 64`` characters of them) beyond the
words of the batch being scored, and is emptied when it grows past that.
"""

from __future__ import annotations

import json
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ._data import package_json
from .actors import trie_pattern

if TYPE_CHECKING:
    from scipy import sparse

__all__ = [
    "FEATURE_DEFAULTS",
    "CueLexicon",
    "Projection",
    "TfidfFeatures",
    "check_cues",
    "check_feature_params",
    "normalize",
    "tokenize",
]

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_TOKEN_OR_SEP = re.compile(_TOKEN.pattern + "|\x00")
_SEP = "\n\x00\n"  # between the texts of a batch: no token, cue or `.` crosses it
_NUL = re.compile("\x00")
_FOLD = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("„", '"'))

#: The featuriser's parameters and their defaults, declared once: :class:`TfidfFeatures` and
#: :class:`~stance.model.StanceClassifier` take their defaults from here, and
#: :func:`check_feature_params` is the one place that says what each may be.
FEATURE_DEFAULTS: dict[str, Any] = {
    "word_ngrams": (1, 2),
    "char_ngrams": (2, 5),
    "min_df": 2,
    "stem": False,
    "lexicon": 0.5,
}
_MAX_N = {"word_ngrams": 2, "char_ngrams": 8}  # Projection scores word unigrams and bigrams only

#: Words kept in a featuriser's cache of analysed words, unless set per featuriser.
WORD_CACHE_SIZE = 100_000


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


def check_feature_params(
    word_ngrams: Any, char_ngrams: Any, min_df: Any, stem: Any, lexicon: Any
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int, bool, float]:
    """The featuriser's parameters, checked and in canonical types; ValueError names the one
    that is not allowed.

    Parameters
    ----------
    word_ngrams : (min_n, max_n) of word n-grams, 1 <= min_n <= max_n <= 2, or None for none.
    char_ngrams : (min_n, max_n) of character n-grams inside word boundaries (each word padded
        with a space either side), 1 <= min_n <= max_n <= 8, or None for none.
    min_df : a term is kept when it occurs in at least this many training texts (an int >= 1).
    stem : stem words with NLTK's Snowball stemmer (needs no downloaded data) before making
        word n-grams.
    lexicon : weight (a finite number >= 0) of the cue-lexicon block, ``lexicon * log1p``
        of the matches of each cue group; 0 leaves the block out.

    Examples
    --------
    >>> check_feature_params([1, 2], None, 2, False, 0.5)
    ((1, 2), None, 2, False, 0.5)
    >>> check_feature_params((1, 2), (1, 10**9), 2, False, 0.5)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: 'char_ngrams' must be None or (min_n, max_n) with 1 <= min_n <= max_n <= 8; ...
    """
    ranges: list[tuple[int, int] | None] = []
    for name, r in (("word_ngrams", word_ngrams), ("char_ngrams", char_ngrams)):
        most = _MAX_N[name]
        if r is None:
            ranges.append(None)
            continue
        if not (
            isinstance(r, (tuple, list))
            and len(r) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in r)
            and 1 <= r[0] <= r[1] <= most
        ):
            raise ValueError(
                f"{name!r} must be None or (min_n, max_n) with 1 <= min_n <= max_n <= {most}; "
                f"got {_short(list(r) if isinstance(r, tuple) else r)}."
            )
        ranges.append((int(r[0]), int(r[1])))
    if ranges[0] is None and ranges[1] is None:
        raise ValueError("'word_ngrams' must be an n-gram range when 'char_ngrams' is None; got None.")
    if not (isinstance(min_df, int) and not isinstance(min_df, bool) and min_df >= 1):
        raise ValueError(f"'min_df' must be an int >= 1; got {min_df!r}.")
    if not isinstance(stem, bool):
        raise ValueError(f"'stem' must be True or False; got {stem!r}.")
    if (
        not (isinstance(lexicon, (int, float)) and not isinstance(lexicon, bool) and math.isfinite(lexicon))
        or lexicon < 0
    ):
        raise ValueError(f"'lexicon' must be a finite number >= 0; got {lexicon!r}.")
    return ranges[0], ranges[1], min_df, stem, float(lexicon)


# -- the cue lexicon: words and phrases (data), made into a matcher here (code) ---------------

CuePatterns = dict[str, dict[str, list[str]]]

_GAP = "..."
_GAP_CHARS = 40  # what "..." in a cue stands for: 1 to this many characters on one line
_CUE_LIMITS = {"groups": 200, "cues": 20_000, "chars": 120, "words": 12, "gaps": 2}


def check_cues(rows: Any) -> CuePatterns:
    """A cue lexicon from ``[label, group, [cue, ...]]`` rows (the order-safe form a model file
    stores), every value checked; ValueError says which row or cue is not allowed.

    A cue is one or more lower-case words (letters and digits, an apostrophe suffix allowed),
    separated by single spaces; ``...`` between two words stands for 1 to 40 characters. A
    cue is data, never a pattern: the matcher is built from escaped words by the library.

    Examples
    --------
    >>> check_cues([["concern", "worry", ["alarmed", "hold ... responsible"]]])
    {'concern': {'worry': ['alarmed', 'hold ... responsible']}}
    >>> check_cues([["concern", "worry", ["(a+)+$"]]])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: cue '(a+)+$' of group 'concern:worry' must be lower-case words separated by ...
    """
    lim = _CUE_LIMITS
    if not isinstance(rows, list):
        raise ValueError(
            f"a cue lexicon must be a list of [label, group, cues] rows; got a {type(rows).__name__}."
        )
    if len(rows) > lim["groups"]:
        raise ValueError(f"a cue lexicon may hold at most {lim['groups']} groups; got {len(rows)}.")
    groups: CuePatterns = {}
    total = 0
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 3
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and 0 < len(row[0]) <= 40
            and 0 < len(row[1]) <= 40
            and isinstance(row[2], list)
        ):
            raise ValueError(f"a cue lexicon row must be [label, group, [cue, ...]]; got {_short(row)}.")
        label, group, cues = row
        if group in groups.get(label, {}):
            raise ValueError(f"cue group {label}:{group} appears twice.")
        total += len(cues)
        if total > lim["cues"]:
            raise ValueError(f"a cue lexicon may hold at most {lim['cues']} cues.")
        for cue in cues:
            _check_cue(cue, f"{label}:{group}")
        groups.setdefault(label, {})[group] = list(cues)
    return groups


def _check_cue(cue: Any, where: str) -> None:
    lim = _CUE_LIMITS
    if not isinstance(cue, str) or not 0 < len(cue) <= lim["chars"]:
        raise ValueError(
            f"a cue of group {where!r} must be a str of 1 to {lim['chars']} characters; got {_short(cue)}."
        )
    words = cue.split(" ")
    if not all(w == _GAP or _TOKEN.fullmatch(w) for w in words) or words[0] == _GAP or words[-1] == _GAP:
        raise ValueError(
            f"cue {cue!r} of group {where!r} must be lower-case words separated by single spaces "
            "(letters, digits, an apostrophe suffix; '...' for a gap between two words)."
        )
    if len(words) > lim["words"] or words.count(_GAP) > lim["gaps"] or f"{_GAP} {_GAP}" in cue:
        raise ValueError(
            f"cue {cue!r} of group {where!r} may have at most {lim['words']} words and {lim['gaps']} "
            "single gaps."
        )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def cue_rows(groups: CuePatterns) -> list[list[Any]]:
    """The rows :func:`check_cues` reads (JSON key order may not survive; list order does)."""
    return [[label, group, list(ps)] for label, g in groups.items() for group, ps in g.items()]


def shipped_cues() -> CuePatterns:
    """The groups of the shipped lexicon (``data/stance_cues.json``): label -> group -> cues."""
    doc = package_json("stance_cues.json")
    return check_cues(
        [[label, g, ps] for label, gs in doc.items() if label != "description" for g, ps in gs.items()]
    )


@dataclass(frozen=True)
class CueLexicon:
    """A cue lexicon made ready for counting.

    ``names`` are the feature names (``cue:<label>:<group>``). One-word cues go into ``words``
    (word -> the groups it belongs to), looked up once per distinct word; cues of several words
    go into ``phrase_pattern``, one pattern built from the escaped words and run once over a
    whole batch, whose match is looked up in ``phrases`` (literal phrases) or, for cues with a
    gap, named ``g<k>`` for the groups ``gapped[k]``.
    """

    names: tuple[str, ...]
    words: dict[str, tuple[int, ...]]
    phrases: dict[str, tuple[int, ...]]
    gapped: tuple[tuple[int, ...], ...]
    phrase_pattern: re.Pattern[str] | None

    def word_groups(self, word: str) -> tuple[int, ...]:
        """Indices of the groups that a single word matches."""
        return self.words.get(word, ())

    def phrase_groups(self, match: re.Match[str]) -> tuple[int, ...]:
        """Indices of the groups of a match of ``phrase_pattern``."""
        if match.lastgroup:
            return self.gapped[int(match.lastgroup[1:])]
        return self.phrases.get(match.group(0), ())


def compile_cues(groups: CuePatterns, empty_gaps: bool = False) -> CueLexicon:
    """A (checked) lexicon's groups made into a matcher. The pattern holds only escaped words,
    single spaces and bounded gaps, so its time is linear in the text. Cached: models with the
    same lexicon share one matcher. ``empty_gaps``: a gap may hold nothing, as it could in
    model files of protocol 3 (read with the meaning they were trained with)."""
    return _compile_cues(json.dumps(groups, ensure_ascii=False), empty_gaps)


@lru_cache(maxsize=8)
def _compile_cues(key: str, empty_gaps: bool) -> CueLexicon:
    groups: CuePatterns = json.loads(key)
    names: list[str] = []
    words: dict[str, list[int]] = {}
    phrases: dict[str, list[int]] = {}
    gapped: dict[str, list[int]] = {}
    for label, gs in groups.items():
        for group, cues in gs.items():
            k = len(names)
            names.append(f"cue:{label}:{group}")
            for cue in cues:
                where = gapped if _GAP in cue.split(" ") else phrases if " " in cue else words
                ks = where.setdefault(cue, [])
                if k not in ks:
                    ks.append(k)
    alternatives = [trie_pattern(phrases)] if phrases else []
    for i, cue in enumerate(gapped):
        alternatives.append(f"(?P<g{i}>{_gapped(cue, empty_gaps)})")
    firsts = sorted({cue[0] for cue in [*phrases, *gapped]})
    pattern = None
    if alternatives:
        lead = "(?=[" + "".join(re.escape(c) for c in firsts) + "])"
        pattern = re.compile(r"\b" + lead + "(?:" + "|".join(alternatives) + r")\b")
    return CueLexicon(
        tuple(names),
        {w: tuple(ks) for w, ks in words.items()},
        {p: tuple(ks) for p, ks in phrases.items()},
        tuple(tuple(ks) for ks in gapped.values()),
        pattern,
    )


def _gapped(cue: str, empty_gaps: bool = False) -> str:
    """The pattern of a cue with gaps. A gap holds one word or more, the first not the word
    after the gap: 'expected ... to' is 'expected Baku to' and 'expected the two sides to',
    never the forecast 'is expected to (go to)' nor 'asked to'; bounded to _GAP_CHARS
    characters on one line, so at most that many steps back per start. With ``empty_gaps``
    (protocol 3 model files) a gap may also hold nothing."""
    parts = [re.escape(p.strip()) for p in cue.split(_GAP)]
    if empty_gaps:
        return f"(?: .{{0,{_GAP_CHARS}}})?".join(parts)
    out = parts[0]
    for part in parts[1:]:
        out += f" (?!{part}\\b).{{1,{_GAP_CHARS - 1}}} {part}"
    return out


def cue_groups() -> CueLexicon:
    """The shipped stance cue lexicon, ready for counting (what a newly fitted featuriser uses)."""
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
    word_ngrams, char_ngrams, min_df, stem, lexicon
        The featuriser's parameters; :func:`check_feature_params` says what each means and may
        be, and :data:`FEATURE_DEFAULTS` holds their defaults. Fitting takes the cue groups of
        ``data/stance_cues.json`` and keeps them (``cue_patterns_``), so a fitted model never
        depends on later edits of that file.
    cache_size : how many analysed words to keep between calls (not a model parameter: it
        changes memory and speed, never a result); None takes :data:`WORD_CACHE_SIZE` as it is
        when the featuriser is made (or loaded).

    Attributes
    ----------
    terms_ : the feature names, in column order: word n-grams, ``c:`` char n-grams, cues.
    vocabulary_ : term -> column.
    idf_ : the idf of each column (1 for the cue columns).
    blocks_ : the number of word, char and cue columns.
    cue_patterns_ : the cue groups, label -> group -> cues; ``cues_``: them made ready.
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] | None = FEATURE_DEFAULTS["word_ngrams"],
        char_ngrams: tuple[int, int] | None = FEATURE_DEFAULTS["char_ngrams"],
        min_df: int = FEATURE_DEFAULTS["min_df"],
        stem: bool = FEATURE_DEFAULTS["stem"],
        lexicon: float = FEATURE_DEFAULTS["lexicon"],
        *,
        cache_size: int | None = None,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.stem = stem
        self.lexicon = lexicon
        self.cache_size = WORD_CACHE_SIZE if cache_size is None else cache_size
        self._init_caches()

    def _init_caches(self) -> None:
        self._lock = threading.RLock()
        self._stemmer: Any = None
        self._stems: dict[str, str] = {}
        self._chars: dict[str, list[str]] = {}
        self._words: _WordTable | None = None

    def __getstate__(self) -> dict[str, Any]:
        # the lock cannot be pickled, and the caches are rebuilt on demand
        state = dict(self.__dict__)
        for key in ("_lock", "_stemmer", "_stems", "_chars", "_words"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._init_caches()

    def _params(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int, bool, float]:
        return check_feature_params(self.word_ngrams, self.char_ngrams, self.min_df, self.stem, self.lexicon)

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
            if len(self._stems) >= self.cache_size:
                self._stems = {}  # a new dict: a thread reading the old one is not disturbed
            self._stems[word] = s
        return s

    def _char_grams(self, word: str) -> list[str]:
        grams = self._chars.get(word)
        if grams is None:
            grams = ["c:" + g for g in _grams(word, self.char_ngrams or (1, 0))]
            if len(self._chars) >= self.cache_size:
                self._chars = {}
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
        """Learn the vocabulary and idf from ``texts``.

        The idf is scikit-learn's smoothed one, ``ln((1 + n) / (1 + df)) + 1``.
        """
        self._params()  # checked, never rewritten (scikit-learn's rule for parameters)
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
        patterns = shipped_cues() if self.lexicon else {}
        cues = compile_cues(patterns)
        vocabulary.extend(cues.names)
        idf.extend([1.0] * len(cues.names))
        sizes.append(len(cues.names))
        self._set_vocabulary(
            vocabulary, np.asarray(idf, dtype=np.float64), (sizes[0], sizes[1], sizes[2]), patterns
        )
        return self

    def _set_vocabulary(
        self,
        terms: list[str],
        idf: np.ndarray,
        blocks: tuple[int, int, int],
        patterns: CuePatterns,
        empty_gaps: bool = False,
    ) -> None:
        with self._lock:
            self._words = None
            self.cue_patterns_ = patterns
            self.cues_ = compile_cues(patterns, empty_gaps)
            self.terms_ = terms
            self.idf_ = idf
            word_terms = terms[: blocks[0]]
            pairs = [
                (t.split(" ")[0], t.split(" ")[1], j) for j, t in enumerate(word_terms) if t.count(" ") == 1
            ]
            stems = sorted({p[0] for p in pairs} | {p[1] for p in pairs})
            self._stem_ids = {st: i for i, st in enumerate(stems)}
            self._n_stems = max(len(stems), 1)
            keyed = sorted((self._stem_ids[x] * self._n_stems + self._stem_ids[y], j) for x, y, j in pairs)
            self._bigram_keys = np.asarray([k for k, _ in keyed], dtype=np.int64)
            self._bigram_cols = np.asarray([j for _, j in keyed], dtype=np.int64)
            self.blocks_ = blocks
            self.vocabulary_ = {t: i for i, t in enumerate(terms)}
            char_terms = terms[blocks[0] : blocks[0] + blocks[1]]
            self._char_index = {t[2:]: blocks[0] + i for i, t in enumerate(char_terms)}  # without "c:"

    def _check_fitted(self) -> None:
        if not hasattr(self, "terms_"):
            from .errors import StanceValueError

            raise StanceValueError("this TfidfFeatures is not fitted yet; call fit() first.")

    def _table(self) -> _WordTable:
        """The cache of analysed words, for one batch (call with the lock held)."""
        self._trim()
        if self._words is None:
            self._words = _WordTable(self)
        return self._words

    def _trim(self) -> None:
        """Empty the word cache when it has outgrown ``cache_size`` (call with the lock held,
        after a batch: a batch's own words always stay until it is done)."""
        table = self._words
        if table is not None and (table.size > self.cache_size or table.chars > 64 * self.cache_size):
            self._words = None

    def transform(self, texts: Iterable[str]) -> sparse.csr_matrix:
        """The TF-IDF matrix of ``texts`` (one row each, ``len(terms_)`` columns).

        Every occurrence of a known term adds its idf to the term's column; each n-gram block
        of a row is then divided by the root of the summed squared idf of its occurrences (the
        L2 norm when no term repeats). Cue columns hold ``lexicon * log1p(matches)``. Because
        the n-gram blocks are linear in the occurrences, :class:`Projection` can score texts
        from per-word sums without building this matrix; the two agree to rounding.
        """
        from scipy import sparse

        self._check_fitted()
        texts = list(texts)
        with self._lock:
            batch = _Batch(self, texts)
            cols, rows = batch.occurrences()
            cue_rows, cue_groups_, cue_counts = batch.cue_counts()
            self._trim()
        n_rows = len(texts)
        cue_base = self.blocks_[0] + self.blocks_[1]
        weights = self.idf_[cols]
        block = (cols >= self.blocks_[0]).astype(np.int64)  # 0 word, 1 char
        sq = np.bincount(rows * 2 + block, weights=weights**2, minlength=2 * n_rows)
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        data = weights / norms[rows * 2 + block]
        rows = np.concatenate([rows, cue_rows])
        cols = np.concatenate([cols, cue_groups_ + cue_base])
        data = np.concatenate([data, self.lexicon * np.log1p(cue_counts)])
        X = sparse.coo_matrix((data, (rows, cols)), shape=(n_rows, len(self.terms_))).tocsr()
        X.sum_duplicates()
        return X

    def contributions(self, text: str, coef: np.ndarray) -> dict[str, np.ndarray]:
        """What each word and phrase of ``text`` adds to ``transform([text]) @ coef.T``.

        A word gets the contributions of its unigram and of its character n-grams (every
        occurrence); a bigram is a phrase of its own; a cue group's contribution is shared
        equally by the cue words and phrases that matched it. The values sum to the product.
        Words are shown normalised (lower case, folded quotes).
        """
        self._check_fitted()
        coef = np.asarray(coef, dtype=np.float64)
        k = coef.shape[0]
        words = tokenize(normalize(text))
        base = self.blocks_[0] + self.blocks_[1]
        parts: list[tuple[str, int, int]] = []  # (key, column, block) per occurrence
        stems = [self._stem(w) for w in words] if self.word_ngrams else words
        if self.word_ngrams:
            lo, hi = self.word_ngrams
            for n in range(lo, hi + 1):
                for i in range(len(words) - n + 1):
                    j = self.vocabulary_.get(" ".join(stems[i : i + n]))
                    if j is not None:
                        parts.append((" ".join(words[i : i + n]), j, 0))
        if self.char_ngrams:
            for w in words:
                parts.extend((w, j, 1) for j in _known_grams(w, self.char_ngrams, self._char_index))
        cols = np.asarray([c for _, c, _ in parts], dtype=np.int64)
        weight = self.idf_[cols] if len(cols) else np.zeros(0)
        norms = np.ones(2)
        for b in (0, 1):
            mass = float(np.sum(weight[[blk == b for _, _, blk in parts]] ** 2)) if parts else 0.0
            norms[b] = math.sqrt(mass) or 1.0
        out: dict[str, np.ndarray] = {}
        for (key, j, b), w in zip(parts, weight.tolist()):
            out[key] = out.get(key, np.zeros(k)) + w / norms[b] * coef[:, j]
        if self.blocks_[2]:
            matched: dict[int, list[str]] = {}
            for w in words:
                for g in self.cues_.word_groups(w):
                    matched.setdefault(g, []).append(w)
            if self.cues_.phrase_pattern is not None:
                for m in self.cues_.phrase_pattern.finditer(normalize(text)):
                    for g in self.cues_.phrase_groups(m):
                        matched.setdefault(g, []).append(m.group(0))
            for g, keys in matched.items():
                share = self.lexicon * math.log1p(len(keys)) * coef[:, base + g] / len(keys)
                for key in keys:
                    out[key] = out.get(key, np.zeros(k)) + share
        return out

    # -- plain-data state -------------------------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        """Everything needed to rebuild the fitted featuriser, as JSON-ready data (the idf
        vector is stored apart, in the weights file)."""
        self._check_fitted()
        return {
            "word_ngrams": list(self.word_ngrams) if self.word_ngrams else None,
            "char_ngrams": list(self.char_ngrams) if self.char_ngrams else None,
            "min_df": self.min_df,
            "stem": self.stem,
            "lexicon": self.lexicon,
            "blocks": list(self.blocks_),
            "cues": cue_rows(self.cue_patterns_),
            "terms": self.terms_,
        }

    @classmethod
    def from_state(cls, state: Any, idf: np.ndarray, empty_gaps: bool = False) -> TfidfFeatures:
        """Rebuild a fitted featuriser from :meth:`get_state` and its idf vector, checking every
        value; ValueError names the field that is not allowed. ``empty_gaps``: the cues' gaps
        may hold nothing (model files of protocol 3, see :func:`compile_cues`)."""
        if not isinstance(state, dict):
            raise ValueError(f"'features' must be an object; got a {type(state).__name__}.")
        missing = [
            k
            for k in ("word_ngrams", "char_ngrams", "min_df", "stem", "lexicon", "blocks", "cues", "terms")
            if k not in state
        ]
        if missing:
            raise ValueError(f"'features' lacks {', '.join(map(repr, missing))}.")
        wn, cn, min_df, stem, lexicon = check_feature_params(
            state["word_ngrams"], state["char_ngrams"], state["min_df"], state["stem"], state["lexicon"]
        )
        obj = cls(wn, cn, min_df, stem, lexicon)
        terms, blocks = state["terms"], state["blocks"]
        if not (isinstance(terms, list) and all(isinstance(t, str) and 0 < len(t) <= 200 for t in terms)):
            raise ValueError("'features.terms' must be a list of terms (str of 1 to 200 characters).")
        if not (
            isinstance(blocks, list)
            and len(blocks) == 3
            and all(isinstance(b, int) and not isinstance(b, bool) and b >= 0 for b in blocks)
            and sum(blocks) == len(terms)
        ):
            raise ValueError(f"'features.blocks' must be three counts that add up to the {len(terms)} terms.")
        if len(set(terms)) != len(terms):
            raise ValueError("'features.terms' must not repeat a term.")
        word, char = terms[: blocks[0]], terms[blocks[0] : blocks[0] + blocks[1]]
        if any(t.startswith("c:") or t.count(" ") > (wn[1] - 1 if wn else -1) for t in word):
            raise ValueError("'features.terms' has a word n-gram that the parameters do not make.")
        if any(not t.startswith("c:") or not (cn and cn[0] <= len(t) - 2 <= cn[1]) for t in char):
            raise ValueError("'features.terms' has a character n-gram that the parameters do not make.")
        patterns = check_cues(state["cues"])
        names = list(compile_cues(patterns).names)
        if terms[blocks[0] + blocks[1] :] != names * bool(blocks[2]):
            raise ValueError("'features.terms' ends in cue columns that differ from 'features.cues'.")
        idf = np.asarray(idf, dtype=np.float64)
        if idf.shape != (len(terms),) or not np.all(np.isfinite(idf)) or np.any(idf <= 0):
            raise ValueError("the idf row must hold one finite positive number per term.")
        obj._set_vocabulary(list(terms), idf, (blocks[0], blocks[1], blocks[2]), patterns, empty_gaps)
        return obj


def _grams(word: str, sizes: tuple[int, int]) -> list[str]:
    """The character n-grams of ``word`` padded with a space each side, n in ``sizes``."""
    lo, hi = sizes
    padded = f" {word} "
    return [padded[i : i + n] for n in range(lo, hi + 1) for i in range(len(padded) - n + 1)]


def _known_grams(word: str, sizes: tuple[int, int], index: dict[str, int]) -> Iterator[int]:
    """The columns of the known character n-grams of ``word`` (nothing built for unknown ones
    beyond one slice at a time: a word of a million characters costs time, not memory)."""
    lo, hi = sizes
    padded = f" {word} "
    get = index.get
    for n in range(lo, hi + 1):
        for i in range(len(padded) - n + 1):
            j = get(padded[i : i + n])
            if j is not None:
                yield j


class _Grow:
    """A numpy array that grows at its end with amortised O(1) appends (capacity doubling)."""

    def __init__(self, shape: tuple[int, ...], dtype: Any) -> None:
        self._data = np.zeros((16, *shape), dtype=dtype)
        self.n = 0

    def extend(self, rows: np.ndarray) -> None:
        need = self.n + len(rows)
        if need > len(self._data):
            bigger = np.zeros((max(need, 2 * len(self._data)), *self._data.shape[1:]), dtype=self._data.dtype)
            bigger[: self.n] = self._data[: self.n]
            self._data = bigger
        self._data[self.n : need] = rows
        self.n = need

    def view(self) -> np.ndarray:
        return self._data[: self.n]


class _WordTable:
    """The distinct words a featuriser has analysed, each with an id (0 is the batch separator).

    Per word it keeps the stem id used for bigrams (-1 when the stem starts no known bigram),
    the column ids of its unigram and character n-grams as one flat array with offsets, and
    whether it is a cue word. Only used with the featuriser's lock held.
    """

    def __init__(self, feats: TfidfFeatures) -> None:
        self.feats = feats
        self.ids: dict[str, int] = {"\x00": 0}
        self.chars = 0
        self.cues: dict[int, tuple[int, ...]] = {}  # id -> cue groups, of the cue words only
        self._pending: list[tuple[int, list[int], bool]] = []  # (stem id, columns, is a cue word)
        self._stem = _Grow((), np.int64)
        self._stem.extend(np.array([-1]))
        self._is_cue = _Grow((), bool)
        self._is_cue.extend(np.array([False]))
        self._flat = _Grow((), np.int64)
        self._ptr = _Grow((), np.int64)
        self._ptr.extend(np.array([0, 0]))  # the separator (id 0) has no columns

    @property
    def size(self) -> int:
        return len(self.ids)

    def add(self, word: str) -> int:
        feats, index = self.feats, self.feats.vocabulary_
        stem = feats._stem(word) if feats.word_ngrams else word
        found = []
        if feats.word_ngrams and feats.word_ngrams[0] == 1 and stem in index:
            found.append(index[stem])
        if feats.char_ngrams:
            found.extend(_known_grams(word, feats.char_ngrams, feats._char_index))
        k = len(self.ids)
        self.ids[word] = k
        self.chars += len(word)
        groups = feats.cues_.word_groups(word) if feats.blocks_[2] else ()
        if groups:
            self.cues[k] = groups
        self._pending.append((feats._stem_ids.get(stem, -1), found, bool(groups)))
        return k

    def lookup(self, tokens: list[str]) -> np.ndarray:
        """The ids of ``tokens``, analysing words seen for the first time."""
        get, new = self.ids.get, self._id_of_new
        ids = [get(w) or new(w) for w in tokens]  # the separator's 0 takes the slow path too
        return np.fromiter(ids, dtype=np.int64, count=len(ids))

    def _id_of_new(self, word: str) -> int:
        k = self.ids.get(word)
        return self.add(word) if k is None else k

    def _settle(self) -> None:
        """Move the words added since the last call into the arrays."""
        new = self._pending
        if not new:
            return
        self._pending = []
        sizes = np.fromiter((len(f) for _, f, _ in new), dtype=np.int64, count=len(new))
        self._ptr.extend(self._ptr.view()[-1] + np.cumsum(sizes))
        self._flat.extend(
            np.fromiter((c for _, f, _ in new for c in f), dtype=np.int64, count=int(sizes.sum()))
        )
        self._stem.extend(np.fromiter((s for s, _, _ in new), dtype=np.int64, count=len(new)))
        self._is_cue.extend(np.fromiter((c for _, _, c in new), dtype=bool, count=len(new)))

    def flat(self) -> tuple[np.ndarray, np.ndarray]:
        """All words' column ids, concatenated, and the offsets of each word's run."""
        self._settle()
        return self._flat.view(), self._ptr.view()

    def stems(self) -> np.ndarray:
        """The bigram stem id of every word."""
        self._settle()
        return self._stem.view()

    def cue_words(self) -> np.ndarray:
        """Whether each word is a cue word."""
        self._settle()
        return self._is_cue.view()


def _runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions ``starts[i] .. starts[i] + lengths[i] - 1`` for every i, concatenated."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(lengths)
    return np.repeat(starts - (ends - lengths), lengths) + np.arange(total, dtype=np.int64)


class _Batch:
    """A batch of texts, tokenised in one pass: one separator-joined string, word ids, rows.

    Built and used with the featuriser's lock held: its word ids index ``table``.
    """

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
        stem = self.table.stems()[self.ids_with_sep]
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
        if not self.feats.blocks_[2]:
            return empty, empty, empty
        lexicon = self.feats.cues_
        rows: list[int] = []
        groups: list[int] = []
        at = np.flatnonzero(self.table.cue_words()[self.ids])
        if len(at):
            cues = self.table.cues
            for k, row in zip(self.ids[at].tolist(), self.rows[at].tolist()):
                gs = cues[k]
                rows.extend([row] * len(gs))
                groups.extend(gs)
        if lexicon.phrase_pattern is not None:
            positions = []
            for m in lexicon.phrase_pattern.finditer(self.big):
                for g in lexicon.phrase_groups(m):
                    positions.append(m.start())
                    groups.append(g)
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
    multiplied by ``coef``) and its squared idf mass are computed once and cached next to the
    featuriser's word cache; a batch is then a handful of array gathers and per-row sums.
    Results equal the matrix product to floating-point rounding (tested). Safe to call from
    many threads at once (the caches are used under the featuriser's lock).
    """

    def __init__(self, features: TfidfFeatures, coef: np.ndarray) -> None:
        features._check_fitted()
        self.features = features
        self.coef = np.asarray(coef, dtype=np.float64)
        w_end = features.blocks_[0]
        self._is_char = np.zeros(len(features.terms_), dtype=bool)
        self._is_char[w_end : w_end + features.blocks_[1]] = True
        weighted = self.coef * features.idf_  # (k, n_terms)
        self._term_dot = np.ascontiguousarray(weighted.T)  # (n_terms, k)
        self._term_sq = features.idf_**2
        self._bigram_dot = self._term_dot[features._bigram_cols]
        self._bigram_sq = self._term_sq[features._bigram_cols]
        base = features.blocks_[0] + features.blocks_[1]
        self._cue_coef = np.ascontiguousarray(self.coef[:, base:].T)  # (n_groups, k)
        self._reset(None)

    def _reset(self, table: _WordTable | None) -> None:
        self._table = table
        self._word = _Grow((2, self.coef.shape[0] + 1), np.float64)  # [word, char] x [dot..., sq]

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_table"] = state["_word"] = None  # rebuilt on demand
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._reset(None)

    def _word_sums(self, table: _WordTable) -> np.ndarray:
        """The per-word sums of every word of ``table`` (call with the featuriser's lock)."""
        if table is not self._table:
            self._reset(table)
        flat, ptr = table.flat()
        n_words, done = len(ptr) - 1, self._word.n
        if n_words > done:
            lo, hi = ptr[done], ptr[n_words]
            cols = flat[lo:hi]
            owner = np.repeat(np.arange(n_words - done), np.diff(ptr[done : n_words + 1]))
            slot = owner * 2 + self._is_char[cols]
            k = self.coef.shape[0]
            new = np.zeros(((n_words - done) * 2, k + 1))
            for j in range(k):
                new[:, j] = np.bincount(slot, self._term_dot[cols, j], minlength=len(new))
            new[:, k] = np.bincount(slot, self._term_sq[cols], minlength=len(new))
            self._word.extend(new.reshape(n_words - done, 2, k + 1))
        return self._word.view()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """The ``(len(texts), k)`` products of the texts' feature rows with ``coef``."""
        n, k = len(texts), self.coef.shape[0]
        with self.features._lock:
            batch = _Batch(self.features, texts)
            per_word = self._word_sums(batch.table)[batch.ids].reshape(-1, 2 * (k + 1))
            brows, pos = batch.bigrams()
            rows, groups, counts = batch.cue_counts()
            self.features._trim()
        sums = _row_sums(per_word, batch.rows, n).reshape(n, 2, k + 1)  # row x block x (dot..., sq)
        if len(brows):
            pairs = np.concatenate([self._bigram_dot[pos], self._bigram_sq[pos, None]], axis=1)
            sums[:, 0] += _row_sums(pairs, brows, n)
        norms = np.sqrt(sums[:, :, k])
        norms[norms == 0] = 1.0
        out = sums[:, 0, :k] / norms[:, :1] + sums[:, 1, :k] / norms[:, 1:]
        if len(rows):
            cue = np.zeros((n, len(self._cue_coef)))
            cue[rows, groups] = self.features.lexicon * np.log1p(counts)
            out = out + cue @ self._cue_coef
        return out
