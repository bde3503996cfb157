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


def test_the_fit_side_agrees_with_scikit_learns_vectorizer() -> None:
    """Vocabulary, document frequencies (through the idf) and n-grams equal those of
    scikit-learn's TfidfVectorizer given the same tokens: word n-grams over our tokens, and
    char_wb n-grams of each token padded with a space (with min_n <= 3 the two make the same
    set of grams per text). On texts where no term repeats, the rows agree too."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [*load().texts()[:500], "Moscow’s “CLEAR” demand — it’s urgent.", "Ähnlich ﬁne ΣΑΣ"]
    ours = TfidfFeatures(word_ngrams=(1, 2), char_ngrams=(2, 5), min_df=2, lexicon=0).fit(texts)

    def tokens(text: str) -> str:
        return " ".join(tokenize(normalize(text)))

    common = {"min_df": 2, "lowercase": False, "preprocessor": tokens, "dtype": np.float64}
    words = TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), token_pattern=r"\S+", norm=None, **common
    ).fit(texts)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), norm=None, **common).fit(texts)
    w, c = ours.blocks_[:2]
    assert ours.terms_[:w] == sorted(words.vocabulary_)
    assert ours.terms_[w : w + c] == ["c:" + g for g in sorted(chars.vocabulary_)]
    sk_idf = np.concatenate(
        [
            words.idf_[[words.vocabulary_[t] for t in ours.terms_[:w]]],
            chars.idf_[[chars.vocabulary_[t[2:]] for t in ours.terms_[w : w + c]]],
        ]
    )
    np.testing.assert_allclose(ours.idf_, sk_idf, rtol=1e-12)

    # rows: word n-grams of texts where no term repeats (char grams repeat inside any text)
    plain = ["The ministry urged restraint.", "Armenia accused Baku of shelling Goris."]
    X = ours.transform(plain).toarray()[:, :w]
    S = words.transform(plain).toarray()[:, [words.vocabulary_[t] for t in ours.terms_[:w]]]
    S /= np.linalg.norm(S, axis=1, keepdims=True)
    np.testing.assert_allclose(X, S, atol=1e-12)


def test_cues_are_words_and_phrases_matched_in_linear_time() -> None:
    """Cue words match whole tokens, phrases whole words with single spaces, '...' a gap of one
    word or more, up to 40 characters (the object of 'hold X responsible', 'expected X to');
    the matcher is built from escaped words, so crafted text cannot make it backtrack without
    bound."""
    from stance.features import check_cues, compile_cues

    lex = compile_cues(
        check_cues(
            [["blame", "hold", ["hold ... responsible", "blame"]], ["concern", "w", ["grave concern"]]]
        )
    )
    counts = {}
    for text in [
        "They hold Baku fully responsible.",
        "hold responsible",
        "hold " + "x" * 60 + " responsible",
        "We blame them; blamed.",
        "grave  concern",
        "a grave concern",
    ]:
        found = [lex.names[g] for w in tokenize(text.lower()) for g in lex.word_groups(w)]
        found += [
            lex.names[g] for m in lex.phrase_pattern.finditer(text.lower()) for g in lex.phrase_groups(m)
        ]
        counts[text] = found
    assert counts["They hold Baku fully responsible."] == ["cue:blame:hold"]
    assert counts["hold responsible"] == []  # no object: no gap
    assert counts["hold " + "x" * 60 + " responsible"] == []
    assert counts["We blame them; blamed."] == ["cue:blame:hold"]  # "blamed" is another word
    assert counts["grave  concern"] == [] and counts["a grave concern"] == ["cue:concern:w"]
    hostile = "hold " * 20_000 + "x"
    hostile_gap = "hold x " * 20_000 + "responsible"
    assert len(list(lex.phrase_pattern.finditer(hostile_gap))) == 1  # the last 'hold x responsible'
    assert list(lex.phrase_pattern.finditer(hostile)) == []  # returns (linear), finds nothing


def test_a_gap_is_an_object_not_a_forecast() -> None:
    """'expected ... to' is a call's object control ('expected Baku to'), not the wire forecast
    'is expected to' (which also holds a later 'to': 'is expected to return to the talks')."""
    from stance.features import check_cues, compile_cues

    lex = compile_cues(check_cues([["call_to_action", "expect", ["expected ... to", "asked ... to"]]]))

    def hits(text: str) -> list[str]:
        return [m.group(0) for m in lex.phrase_pattern.finditer(text.lower())]

    assert hits("The vote is expected to take place on Sunday.") == []
    assert hits("Moscow was expected to return to the talks.") == []
    assert hits("He was asked to comment.") == []
    assert hits("Russia expected Baku to comply.") == ["expected baku to"]
    assert hits("We expected the two sides to return.") == ["expected the two sides to"]
    assert hits("They asked Baku's forces to withdraw.") == ["asked baku's forces to"]
