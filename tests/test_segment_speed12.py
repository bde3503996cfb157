"""Speed work with identical output (helper speed12): what is remembered or made once is checked
against what it stands for, on invented strings."""

from __future__ import annotations

import random

from stance.actors import Gazetteer
from stance.segmentation.phrases import np_word
from stance.segmentation.records import Doc
from stance.segmentation.resources import Lexicon, language


def _fresh() -> Gazetteer:
    return Gazetteer.default().extend("PFF", ["Pacific Fisheries Forum", "the Forum"])


def test_gazetteer_remembers_the_hits_of_a_short_text() -> None:
    gaz = _fresh()
    first = gaz.find("the Vardanian Foreign Ministry and the Pacific Fisheries Forum")
    assert [h.code for h in first] == ["PFF"]
    assert "the Vardanian Foreign Ministry and the Pacific Fisheries Forum" in gaz._find_cache
    again = gaz.find("the Vardanian Foreign Ministry and the Pacific Fisheries Forum")
    assert again == first
    assert again is not first  # a new list each time: a caller may change its own


def test_a_caller_changing_its_hits_changes_no_later_answer() -> None:
    gaz = _fresh()
    hits = gaz.find("Russia and France")
    assert [h.code for h in hits] == ["RUS", "FRA"]
    hits.clear()
    hits.append(gaz.find("China")[0])
    assert [h.code for h in gaz.find("Russia and France")] == ["RUS", "FRA"]


def test_hits_of_part_of_a_text_or_a_long_text_are_not_remembered() -> None:
    gaz = _fresh()
    text = "Talks in Geneva: Russia said the Forum would meet. " * 10  # over 200 characters
    assert [h.code for h in gaz.find(text, 17, 23)] == ["RUS"]
    assert len(gaz.find(text)) == 20
    assert gaz._find_cache == {}


def test_remembered_hits_equal_fresh_hits_on_random_strings() -> None:
    remembering, fresh = _fresh(), _fresh()
    words = ["Russia", "Russia's", "the Forum", "France", "Secretary General", "Hezbollah", "UN", "x", ","]
    rng = random.Random(12)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    for text in texts + texts:  # the second time from what is remembered
        fresh._find_cache.clear()
        assert remembering.find(text) == fresh.find(text)


def _doc(text: str, lexicon: Lexicon | None = None) -> Doc:
    return Doc(text, language("en", lexicon), Gazetteer.default())


def test_noun_phrase_words_are_remembered_per_lexicon_for_every_text() -> None:
    import json

    from stance.sentences import lang_text

    first, second = _doc("One text."), _doc("Another text.")
    assert first.np_words is second.np_words
    assert not np_word(first, "vizier")
    assert first.np_words["vizier"] is False
    # a lexicon of its own that makes 'vizier' a role: its own answer, not the shipped lexicon's
    doc = json.loads(lang_text("en", "attribution.json"))
    doc["role_nouns"] = [*doc["role_nouns"], "vizier"]
    own = _doc("One text.", Lexicon.from_dict(doc))
    assert own.np_words is not first.np_words
    assert np_word(own, "vizier")
    assert not np_word(second, "vizier")


def test_a_pickled_gazetteer_leaves_what_it_remembers_behind() -> None:
    import pickle

    gaz = _fresh()
    assert gaz.actor_of("the Pacific Fisheries Forum") == "PFF"
    assert gaz._find_cache and gaz._actor_cache
    copy = pickle.loads(pickle.dumps(gaz))
    assert copy._find_cache == {} and copy._actor_cache == {}
    assert gaz._find_cache  # the original keeps its own
    assert copy.actor_of("the Pacific Fisheries Forum") == "PFF"
    assert copy.find("Russia and the Forum") == gaz.find("Russia and the Forum")


def test_a_long_token_is_tested_but_not_remembered() -> None:
    doc = _doc("One text.")
    long = "Vardania-" * 20 + "Forum"
    assert np_word(doc, long)  # a name, as is
    assert long not in doc.np_words
    assert np_word(doc, "Vardania") and doc.np_words["Vardania"] is True
