"""The featuriser: the fast per-word projection must equal the TF-IDF matrix it stands for."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.actors import default_gazetteer, trie_pattern
from stance.corpus import load
from stance.features import Projection, TfidfFeatures, _Batch, normalize, tokenize
from stance.targets import find_targets

# letters that stress the batch path: curly quotes, NUL (the batch separator), final sigma,
# dotted capital I (lower-cases to two characters), ligatures and combining marks (NFKC)
ODD = "abcXYZ \n\t\x00'’“”«»„ΣσςİıﬁÅe\u0301\u0308.,-0123"


@pytest.fixture(scope="module")
def fitted() -> tuple[TfidfFeatures, np.ndarray, list[str]]:
    texts = load().subset(split="train").texts()[:600]
    feats = TfidfFeatures(min_df=2, lexicon=0.5).fit(texts)
    coef = np.random.default_rng(0).normal(size=(3, len(feats.terms_)))
    return feats, coef, texts


def test_projection_equals_matrix_product(fitted) -> None:  # type: ignore[no-untyped-def]
    feats, coef, texts = fitted
    unseen = load().subset(split="test").texts()[:300]
    for batch in (texts, unseen, unseen[:1], []):
        X = feats.transform(batch)
        assert X.shape == (len(batch), len(feats.terms_))
        expected = np.asarray(X @ coef.T).reshape(len(batch), 3)
        assert np.allclose(Projection(feats, coef)(batch), expected, atol=1e-12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list(ODD)) | st.characters(), max_size=60), max_size=8))
def test_projection_equals_matrix_product_on_any_text(fitted, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    feats, coef, _ = fitted
    expected = np.asarray(feats.transform(texts) @ coef.T).reshape(len(texts), 3)
    assert np.allclose(Projection(feats, coef)(texts), expected, atol=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list(ODD)), max_size=40), max_size=10))
def test_batch_tokens_equal_per_text_tokens(fitted, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Normalising the joined batch once gives each text the tokens it has on its own."""
    feats, _, _ = fitted
    batch = _Batch(feats, texts)
    words = {i: w for w, i in batch.table.ids.items()}
    per_text: list[list[str]] = [[] for _ in texts]
    for i, row in zip(batch.ids.tolist(), batch.rows.tolist()):
        per_text[row].append(words[i])
    assert per_text == [tokenize(normalize(t)) for t in texts]


def test_occurrence_weighting() -> None:
    """Each occurrence weighs its idf; a block is divided by the root of the summed squares."""
    feats = TfidfFeatures(word_ngrams=(1, 1), char_ngrams=None, min_df=1, lexicon=0).fit(["a b", "a c", "b"])
    X = feats.transform(["a a b"]).toarray()[0]
    idf_a, idf_b = feats.idf_[feats.vocabulary_["a"]], feats.idf_[feats.vocabulary_["b"]]
    norm = np.sqrt(2 * idf_a**2 + idf_b**2)
    assert X[feats.vocabulary_["a"]] == pytest.approx(2 * idf_a / norm)
    assert X[feats.vocabulary_["b"]] == pytest.approx(idf_b / norm)
    assert X[feats.vocabulary_["c"]] == 0


def test_refitting_drops_the_cached_word_analysis(fitted) -> None:  # type: ignore[no-untyped-def]
    _, _, texts = fitted
    refitted = TfidfFeatures(min_df=1).fit(texts[:50])
    refitted.transform(texts[:20])  # fills the word cache for the first vocabulary
    refitted.fit(texts[:80])
    fresh = TfidfFeatures(min_df=1).fit(texts[:80])
    assert refitted.terms_ == fresh.terms_
    assert np.array_equal(refitted.transform(texts[:20]).toarray(), fresh.transform(texts[:20]).toarray())


def test_stemming_is_optional_and_lazy() -> None:
    stemmed = TfidfFeatures((1, 1), None, min_df=1, stem=True, lexicon=0).fit(["urged urging"])
    plain = TfidfFeatures((1, 1), None, min_df=1, lexicon=0).fit(["urged urging"])
    assert stemmed.terms_ == ["urg"]
    assert plain.terms_ == ["urged", "urging"]


def test_gazetteer_trie_matches_like_a_longest_first_alternation() -> None:
    gaz = default_gazetteer()
    mentions = sorted(gaz._table, key=len, reverse=True)
    flat = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, mentions)) + r")(?=(?:['’]s)?(?![\w-]))")
    texts = load().texts()[:800] + [" ".join(mentions[i : i + 7]) + "'s x" for i in range(0, 280, 7)]
    for text in texts:
        assert [m.span() for m in gaz._pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert re.fullmatch(trie_pattern(["UN", "UNDP", "UNHCR"]), "UNDP")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry urged Baku to withdraw its troops.",
        "THE MINISTRY URGED BAKU TO WITHDRAW ITS TROOPS.",
        "The ministry urged Baku to withdraw its troops from Karabakh — “now”.",
        "Yerevan accused Baku of shelling; it urged the parties to show restraint.",
    ],
)
def test_targets_do_not_depend_on_case_or_ascii(text: str) -> None:
    """Targets of ASCII text are matched on a lower-cased copy, others ignoring case."""
    for label in ("blame", "call_to_action"):
        plain = find_targets(text, label, "FRA", ("ARM", "AZE"))
        accented = find_targets(text + " é", label, "FRA", ("ARM", "AZE"))
        assert plain == accented
