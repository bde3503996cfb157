"""Statement segmentation: attribution forms, quotes, resolution, first person, robustness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from segment_helpers import one

import stance
from stance.actors import Gazetteer
from stance.corpus import load
from stance.errors import StanceTypeError, StanceValueError
from stance.evaluate import match_spans, segmentation_report
from stance.results import Statement
from stance.segmentation import Lexicon, segment


def check_properties(text: str, found: list[Statement]) -> None:
    """What every segmentation must satisfy, whatever the text."""
    codes = {*Gazetteer.default().codes, "OTHER"}
    for s in found:
        assert s.kind in {"direct", "partial", "indirect", "according_to"}
        assert s.actor is None or s.actor in codes
        assert s.speaker.strip(), s  # someone identifiable speaks
        if s.speaker_span is not None:
            a, b = s.speaker_span
            assert text[a:b] == s.speaker_mention
        for qa, qb in s.quotes:
            assert s.start <= qa < qb <= s.end


def check_spans(text: str, found: list[Statement]) -> None:
    last = 0
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text == s.text.strip()
        assert s.start >= last
        last = s.end
        if s.speaker_span is not None:
            assert 0 <= s.speaker_span[0] < s.speaker_span[1] <= len(text)


# ---- attribution forms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "kind"),
    [
        (
            "The Russian Foreign Ministry said that the talks failed.",
            "The Russian Foreign Ministry",
            "said",
            "indirect",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said the leaders spoke on Thursday.",
            "Kremlin spokesman Dmitry Peskov",
            "said",
            "indirect",
        ),
        ('"We are closely monitoring the situation," Porter said.', "Porter", "said", "direct"),
        ('"We are closely monitoring the situation," said Porter.', "Porter", "said", "direct"),
        (
            '"We are closely monitoring the situation," said the French Foreign Ministry.',
            "the French Foreign Ministry",
            "said",
            "direct",
        ),
        ('The ministry said: "We will not accept this."', "The ministry", "said", "direct"),
        ('It urged the warring sides to "show restraint" and avoid violations.', "It", "urged", "partial"),
        (
            "According to Beglarian, the peacekeepers are in Parukh.",
            "Beglarian",
            "According to",
            "according_to",
        ),
        (
            "The peacekeepers are in Parukh, according to Beglarian.",
            "Beglarian",
            "according to",
            "according_to",
        ),
        (
            "The peacekeepers are in Parukh, according to a statement from the Kremlin.",
            "the Kremlin",
            "according to",
            "according_to",
        ),
        ("Russia has accused Azerbaijan of violating the ceasefire.", "Russia", "accused", "indirect"),
        (
            "Karabakh's Defense Army was quick to dismiss the claim as a lie.",
            "Karabakh's Defense Army",
            "dismiss",
            "indirect",
        ),
        (
            "The United States also expressed serious concern over the movement of troops.",
            "The United States",
            "expressed serious concern",
            "indirect",
        ),
        (
            "Guterres called on Armenia and Azerbaijan to exercise restraint.",
            "Guterres",
            "called on",
            "indirect",
        ),
        (
            "Armenian officials have said that they expect more from Moscow.",
            "Armenian officials",
            "said",
            "indirect",
        ),
        ("Lavrov told reporters that the deal was dead.", "Lavrov", "told", "indirect"),
        ("Baku denied that its troops had crossed the line of contact.", "Baku", "denied", "indirect"),
        (
            "In a statement, the Armenian Foreign Ministry condemned the shelling of Stepanakert.",
            "the Armenian Foreign Ministry",
            "condemned",
            "indirect",
        ),
    ],
)
def test_attribution_forms(text: str, speaker: str, cue: str, kind: str) -> None:
    s = one(text)
    assert s.speaker_mention == speaker
    assert s.cue == cue
    assert s.kind == kind
    assert s.text == text
    assert s.speaker_span is not None and text[s.speaker_span[0] : s.speaker_span[1]] == speaker


def test_cue_noun_possessive() -> None:
    s = one("Putin's call for a ceasefire was rejected by the rebels in the south.")
    assert s.speaker == "Putin" and s.actor == "RUS"


def test_apposition_and_relative_clause() -> None:
    s = one("The Karabakh state minister, Artak Beglarian, spoke of an “unsuccessful” attack.")
    assert s.speaker == "The Karabakh state minister, Artak Beglarian"
    assert s.actor == "KARABAKH"
    s = one("Lavrov, who arrived in Baku on Monday, said the talks would go on.")
    assert s.speaker == "Lavrov" and s.actor == "RUS"


# ---- quote styles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [("“", "”"), ('"', '"'), ("«", "»"), ("''", "''"), ("``", "''")],
)
def test_quote_styles(quote: tuple[str, str]) -> None:
    o, c = quote
    text = f"{o}We are alarmed. The sides must stop,{c} the Russian Foreign Ministry said."
    found = segment(text)
    assert len(found) == 2
    assert all(s.speaker == "the Russian Foreign Ministry" and s.actor == "RUS" for s in found)
    assert [s.kind for s in found] == ["direct", "direct"]
    assert found[0].quotes and found[0].quotes[0][0] == 0


def test_multi_paragraph_quote_continues_the_speaker() -> None:
    text = (
        "Porter said: “We are closely monitoring the situation.\n\n"
        "“Armenia and Azerbaijan need to use direct channels.”\n\n"
        "The talks ended on Friday."
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["Porter", "Porter"]
    assert found[1].text == "“Armenia and Azerbaijan need to use direct channels.”"


def test_quote_paragraph_takes_the_speaker_at_its_end() -> None:
    text = "Fighting resumed.\n\n“The movement of troops is a provocation. It must stop,” Porter said."
    found = segment(text)
    assert [s.speaker for s in found] == ["Porter", "Porter"]


def test_standalone_quote_after_a_statement() -> None:
    text = "“We are taking measures,” added the statement. “A call was sent to the Azerbaijani side.”"
    found = segment(text)
    assert len(found) == 2 and found[1].speaker_mention == "the statement"


def test_quote_signed_with_a_dash() -> None:
    s = one("“Nobody wants this war.” ― Anna Petrosyan")
    assert s.speaker == "Anna Petrosyan" and s.kind == "direct"


# ---- resolution ----------------------------------------------------------------------------


def test_pronouns_resolve_to_compatible_speakers() -> None:
    text = (
        "The Russian Defense Ministry said the units entered its zone. "
        "Jalina Porter, Principal Deputy Spokesperson at the U.S. Department of State, "
        "told reporters on Friday. "
        "It also confirmed that drones were used. "
        "“We are concerned,” she said."
    )
    found = segment(text)
    by_mention = {s.speaker_mention: s for s in found}
    assert by_mention["It"].speaker == "The Russian Defense Ministry"
    assert by_mention["It"].actor == "RUS"
    assert by_mention["she"].speaker.startswith("Jalina Porter")
    assert by_mention["she"].actor == "USA"
    # the sentence that only names who spoke and where is not a statement
    assert not any(s.text.startswith("Jalina Porter") for s in found)


def test_generic_mentions_and_surnames() -> None:
    text = (
        "The Karabakh state minister, Artak Beglarian, spoke of an attack. "
        "The Russian Foreign Ministry said it was concerned. "
        "They have made efforts, said the Karabakh official. "
        "The ministry urged restraint. "
        "According to Beglarian, the peacekeepers stayed."
    )
    found = segment(text)
    assert [s.actor for s in found] == ["KARABAKH", "RUS", "KARABAKH", "RUS", "KARABAKH"]
    assert found[2].speaker == found[4].speaker == "The Karabakh state minister, Artak Beglarian"
    assert found[3].speaker == "The Russian Foreign Ministry"


def test_two_speakers_in_one_sentence() -> None:
    text = "Baku said the village was taken, while Yerevan said the attack was repelled."
    found = segment(text)
    assert [s.text for s in found] == [
        "Baku said the village was taken",
        "while Yerevan said the attack was repelled.",
    ]
    assert [s.actor for s in found] == ["AZE", "ARM"]


# ---- what is not a statement ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three Karabakh Armenian soldiers were killed on Friday.",
        "The Azerbaijani army on Thursday reportedly captured Parukh.",
        "Putin and Pashinian discussed the situation in a phone call.",
        "He did not comment on Russia's possible responses.",
        "The Russian peacekeepers were deployed in Karabakh under the 2020 agreement.",
    ],
)
def test_narration_is_not_a_statement(text: str) -> None:
    assert segment(text) == []


# ---- first-person texts --------------------------------------------------------------------


def test_press_release_with_header() -> None:
    text = (
        "Ministry of Foreign Affairs of the Republic of Armenia\n"
        "Statement on the situation in Nagorno-Karabakh\n"
        "27 March 2022\n"
        "We strongly condemn the incursion of Azerbaijani troops. "
        "The Ministry calls on the international community to react.\n"
        "Yerevan, 27 March 2022"
    )
    found = segment(text)
    assert len(found) == 2
    assert all(s.speaker == "Ministry of Foreign Affairs of the Republic of Armenia" for s in found)
    assert all(s.actor == "ARM" and s.cue is None and s.kind == "indirect" for s in found)


def test_issuer_argument_and_transcript_tags() -> None:
    text = "MS. VALEVA: We call on both sides to show restraint.\nQUESTION: Will you send troops?"
    found = segment(text, issuer="Russian Foreign Ministry")
    assert len(found) == 1
    assert found[0].speaker == "MS. VALEVA" and found[0].actor == "RUS" and found[0].kind == "direct"
    assert segment("We call on both sides to show restraint.") == []
    s = one("We call on both sides to show restraint.", issuer="the French Foreign Ministry")
    assert s.actor == "FRA" and s.speaker_mention is None


# ---- the seed articles against their gold ---------------------------------------------------


@pytest.mark.parametrize("article_id", ["seed-000", "seed-001"])
def test_seed_articles_match_gold(article_id: str) -> None:
    corpus = load()
    article = corpus.article(article_id)
    gold = corpus.statements_of(article_id)
    found = segment(article.text)
    assert [(s.start, s.end) for s in found] == [(g.start, g.end) for g in gold]
    for s, g in zip(found, gold):
        assert s.actor == g.actor, g.id
        # the resolved speaker holds the gold one ('Jalina Porter' in 'Jalina Porter, Principal
        # Deputy Spokesperson at the U.S. Department of State')
        assert s.speaker is not None and (g.speaker_resolved or "").lower() in s.speaker.lower(), g.id


def test_segmentation_report_on_the_shipped_corpus() -> None:
    report = segmentation_report(load().subset(provenance="seed"))
    assert report["all"]["f1"] == 1.0 and report["all"]["actor_accuracy"] == 1.0
    assert report["all"]["kind_accuracy"] == 1.0
    empty = segmentation_report(load().subset(provenance="seed"), segment_fn=lambda t: [])
    assert empty["all"]["recall"] == 0.0 and empty["all"]["f1"] == 0.0


def test_match_spans_one_to_one() -> None:
    assert match_spans([(0, 10), (0, 10)], [(0, 10)]) == [(0, 0)]
    assert match_spans([(0, 10)], [(0, 21)]) == []  # overlap under half of the longer span
    assert match_spans([(0, 10)], [(0, 20)]) == [(0, 0)]


# ---- API, data and errors ------------------------------------------------------------------


def test_exported_and_round_trip() -> None:
    found = stance.segment('"We are alarmed," the Russian Foreign Ministry said.')
    assert found and Statement(**found[0].to_dict()) == found[0]
    assert json.loads(json.dumps(found[0].to_dict()))["actor"] == "RUS"


def test_bad_input() -> None:
    with pytest.raises(StanceTypeError, match="'text'"):
        segment(None)  # type: ignore[arg-type]
    with pytest.raises(StanceTypeError, match="'text'"):
        segment(b"Russia said so.")  # type: ignore[arg-type]
    with pytest.raises(StanceTypeError, match="'issuer'"):
        segment("x", issuer=3)  # type: ignore[arg-type]
    with pytest.raises(StanceValueError, match="'doc'"):
        Lexicon.from_dict({"cue_verbs": {}})


def test_gazetteer_and_lexicon_are_extensible(tmp_path: object) -> None:
    text = "The Pacific Fisheries Forum said the vote was fair."
    assert one(text).actor == "OTHER"
    assert one(text, gazetteer=Gazetteer.default().extend("PFF", ["Pacific Fisheries Forum"])).actor == "PFF"
    assert segment("Brussels opined that the vote was fair.") == []
    from importlib import resources

    doc = json.loads(resources.files("stance").joinpath("data/lang/en/attribution.json").read_text("utf-8"))
    doc["cue_verbs"]["opine"] = ["opined"]
    assert one("Brussels opined that the vote was fair.", lexicon=Lexicon.from_dict(doc)).cue == "opined"


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\x00\x01\x02", "\u200b"])
def test_empty_like_input(text: str) -> None:
    assert segment(text) == []


# Inputs that once took time quadratic in their size. Timing belongs to the benchmark
# (benchmarks/segment_speed.py --adversarial); here each must be segmented correctly.
_ADVERSARIAL = [
    "x" + "." * 40_000 + "x",
    "x" + "!?…" * 10_000 + "x",
    "\u201d" * 40_000,
    "a\u201d " * 20_000,
    "said " * 60_000,
    '"' * 200_000,
    "“, ” said the " * 20_000,
    "According to " * 20_000,
    "The Ministry of the State of the " * 10_000 + "said it.",
    ", " * 150_000 + "said X.",
    "Mr. " * 60_000,
    "« " * 100_000,
    "said " + "a-" * 50_000 + "-",
    "Russia said that " + "the talks and " * 20_000 + "ended.",
    "MS. X: " * 20_000,
    "Ada Roe: We met.\r" * 5_000,
]


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\u2028", "\x85"])
def test_any_line_break_is_a_line_break(brk: str) -> None:
    """A text whose lines end in another break than '\\n' is segmented as the same text with
    '\\n': a name tag's line ends at its own break, not at the next '\\n' further on (which once
    made 'Ada Roe:' a tag over an unfinished line, and each line a scan to the end of the text)."""
    lines = [
        "Ada Roe: Thanks to all of you for coming",
        "The ministry said the talks had ended without a deal.",
        "E. Mammadli: We condemn the shelling of Terter and call on Yerevan to stop it.",
    ]
    plain = segment("\n".join(lines))
    other = segment(brk.join(lines))
    shift = len(brk) - 1

    assert [(s.text, s.speaker, s.actor) for s in other] == [(s.text, s.speaker, s.actor) for s in plain]
    assert [s.start for s in other] == [s.start + shift * k for s, k in zip(plain, (1, 2), strict=True)]


@pytest.mark.parametrize("text", _ADVERSARIAL, ids=range(len(_ADVERSARIAL)))
def test_adversarial_input_is_segmented(text: str) -> None:
    found = segment(text)
    check_spans(text, found)
    check_properties(text, found)


def test_one_megabyte() -> None:
    text = (load().article("seed-000").text + "\n") * (1_000_000 // 2900)
    found = segment(text)
    check_spans(text, found)
    assert len(found) >= 17 * (1_000_000 // 2900) - 1


_ALPHABET = st.sampled_from(
    [
        *"abcXYZ .,;:!?-\n\t\"'“”‘’«»―—()0123\u00a0\u200b\x00é中",
        "said",
        " said ",
        "according to ",
        "Russia",
        "It",
        " he ",
        "Mr.",
        "U.S.",
        "''",
        "``",
        "MS. X:",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_property_on_attribution_like_strings(text: str) -> None:
    found = segment(text)
    check_spans(text, found)
    check_properties(text, found)
    assert segment(text) == found
    # a blank line before the text moves every offset and changes nothing else
    moved = segment("\n" + text)
    assert [(s.start - 1, s.end - 1, s.speaker, s.actor, s.kind) for s in moved] == [
        (s.start, s.end, s.speaker, s.actor, s.kind) for s in found
    ]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_property_any_string(text: str) -> None:
    found = segment(text)
    check_spans(text, found)
    check_properties(text, found)
    assert segment(text) == found


_WORDS = st.sampled_from(
    [
        "Russia", "Moscow", "the Foreign Ministry", "Mr. Smith", "Jane Roe", "It", "He", "She",
        "They", "We", "said", "told reporters", "urged", "believes", "according to", "insists",
        "a report found", "the statement says", "has accused", "that", ",", ".", "!", "?", "\u201c",
        "\u201d", '"', ":", "\n", "\n\n", "WALLACE:", "Q:", "Statement by the Ministry", "the two leaders",
        "and", "while", "Baku", "Yerevan", "Ankara", "NATO", "…", "--", "(R-S.C.)", "U.S.",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=50).map(" ".join))
def test_property_on_news_like_strings(text: str) -> None:
    found = segment(text)
    check_spans(text, found)
    check_properties(text, found)
    assert segment(text) == found


def test_the_package_does_not_shadow_the_function() -> None:
    import importlib
    import types

    module = importlib.import_module("stance.segmentation")
    assert isinstance(module, types.ModuleType)
    assert callable(stance.segment) and stance.segment is module.segment


def test_unsupported_language_names_the_supported_ones() -> None:
    with pytest.raises(StanceValueError, match=r"'lang'.*\['en'\].*'xx'"):
        stance.segment("Moscow said so.", lang="xx")
    with pytest.raises(StanceTypeError):
        stance.segment("Moscow said so.", lang=None)  # type: ignore[arg-type]
    assert stance.segment("Moscow said it was alarmed.", lang="en")[0].actor == "RUS"


def test_issuer_in_analyze_and_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from stance.cli import main

    text = "We call on both sides to show restraint and return to talks."
    assert stance.analyze(text) == []
    (found,) = stance.analyze(text, issuer="the Turkish Foreign Ministry")
    assert found.speaker == "the Turkish Foreign Ministry" and found.actor == "TUR"
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["segment", str(path), "--issuer", "Ministry of Foreign Affairs of Georgia"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["actor"] == "GEO" and row["speaker"] == "Ministry of Foreign Affairs of Georgia"


def test_command_line_gazetteer_adds_unless_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stance.cli import main

    gaz = tmp_path / "g.json"
    gaz.write_text(
        json.dumps({"actors": [{"code": "PFF", "mentions": ["Fisheries Forum"]}]}), encoding="utf-8"
    )
    path = tmp_path / "a.txt"
    path.write_text("The Fisheries Forum said it was alarmed. Moscow said it was worried.", encoding="utf-8")
    assert main(["segment", str(path), "--gazetteer", str(gaz)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["actor"] for r in rows] == ["PFF", "RUS"]
    assert main(["segment", str(path), "--gazetteer", str(gaz), "--gazetteer-replace"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["actor"] for r in rows] == ["PFF", "OTHER"]


def test_threads_give_the_same_statements_as_one_thread() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [a.text for a in load().articles[:40]]
    serial = [segment(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(segment, texts * 3))
    assert threaded == serial * 3


# ---- rules for real news (issue 10) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator spoke at a rally in Michigan to ask why the plant had closed.", None),
        ("In a box labeled “urgent,” the clerk had typed a note.", None),
        ("Clinton unleashed a series of tweets saying the plan had failed.", "Clinton"),
        ("Analysts noted that Clinton said the plan had failed.", "Analysts"),
        ("The observers agreed that Mrs. Clinton's proposal would raise taxes.", "The observers"),
    ],
)
def test_places_things_and_clauses_are_not_speakers(text: str, speaker: str | None) -> None:
    found = segment(text)
    if speaker is None:
        assert found == [] or all(s.speaker not in ("Michigan", "a box") for s in found)
    else:
        assert found and found[0].speaker == speaker


def test_a_transcript_name_tag_wins_over_names_in_the_answer() -> None:
    text = (
        'Partial transcript:\n\n"ROE: Why would the governor do that? Will Jane Doe be there?\n\n'
        '"POE: Well, the governor said the invitation was a joke, and Jane Doe will not attend.'
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["ROE", "ROE", "POE"]
    assert all(s.kind == "direct" for s in found)


def test_titles_and_headlines_are_not_statements() -> None:
    text = "Russia Warns Azerbaijan Over Karabakh Ceasefire\n\nMoscow said on Friday it was alarmed."
    assert [s.text for s in segment(text)] == ["Moscow said on Friday it was alarmed."]


def test_a_release_whose_title_precedes_the_issuer_line() -> None:
    text = (
        "On the Detention of Journalists in Belarus\n\nMarta Kowalczyk, Secretary of State\n\n"
        "March 2, 2029\n\nWe call on the authorities to release the journalists at once. "
        "These detentions violate basic freedoms."
    )
    found = segment(text)
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Marta Kowalczyk, Secretary of State"}
    assert {s.actor for s in found} == {"USA"}


def test_he_is_not_a_group_and_lists_of_speakers_stay_whole() -> None:
    text = (
        "The two leaders met in Sochi. Putin and Pashinyan said they discussed the ceasefire. "
        "Lavrov said the talks went well. He reiterated that the peacekeepers would stay."
    )
    found = segment(text)
    assert found[0].speaker == "Putin and Pashinyan" and found[0].actor == "OTHER"
    assert found[-1].speaker_mention == "He" and found[-1].speaker == "Lavrov"
    g7 = segment(
        "The foreign ministers of Norway, Chile, Kenya, Portugal, Japan, the Republic of Korea and "
        "the United States said they were alarmed by the escalation."
    )
    assert g7[0].speaker.startswith("The foreign ministers of Norway") and g7[0].speaker.endswith("States")
    assert g7[0].actor == "OTHER"


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("Moscow believes that the ceasefire must hold.", "Moscow", "RUS"),
        ("Baku insists the troops never crossed the line.", "Baku", "AZE"),
        ("A UN report found that civilians were killed in the shelling.", "A UN report", "UN"),
        ("Russia has accused Azerbaijan of violating the ceasefire.", "Russia", "RUS"),
        # 'According to reports' names no source: hearsay, no statement (test_segment_rec11.py)
        ("According to reports from Baku, the army captured the village.", "reports from Baku", "AZE"),
        ("One study found Trump would raise taxes on 8 million families.", "One study", None),
        ("Ankara wants to mediate between the two sides.", "Ankara", "TUR"),
    ],
)
def test_beliefs_positions_reports_and_documents_are_statements(
    text: str, speaker: str, actor: str | None
) -> None:
    s = one(text)
    assert (s.speaker, s.actor) == (speaker, actor)


def test_an_office_with_no_country_takes_the_context_actor() -> None:
    text = (
        "MOSCOW, March 3 - The Russian Foreign Ministry said it was alarmed by the shelling. "
        "Foreign Ministry spokeswoman Anna Volkova later said the talks would go on."
    )
    found = segment(text)
    assert [s.actor for s in found] == ["RUS", "RUS"]
    dated = segment("PARIS, March 3 - The Foreign Ministry spokesman said France was worried.")
    assert dated[0].actor == "FRA"


@pytest.mark.parametrize(
    "title",
    [
        "a ministry spokeswoman",
        "ministry spokeswoman",
        "the ministry's spokeswoman",
        "a spokeswoman for the ministry",
    ],
)
def test_a_name_with_an_office_in_apposition_takes_the_actor_of_that_office(title: str) -> None:
    text = (
        "Ukraine's foreign ministry said the remarks were cynical. "
        f"Olena Marchuk, {title}, added that Kyiv had shared its evidence."
    )
    assert [s.actor for s in segment(text)] == ["UKR", "UKR"]


@pytest.mark.parametrize("title", ["a farmer", "a spokeswoman for the opposition party", "the mayor of Lviv"])
def test_a_name_with_an_apposition_that_names_no_office_stays_other(title: str) -> None:
    text = (
        "Ukraine's foreign ministry said the remarks were cynical. "
        f"Olena Marchuk, {title}, added that Kyiv had shared its evidence."
    )
    assert [s.actor for s in segment(text)] == ["UKR", "OTHER"]


def test_a_pronoun_after_a_named_speaker_of_its_sentence_is_that_speaker() -> None:
    text = (
        "Dr. Mara Quist said the remedy works. "
        'Senator Jane Okafor scolded him: "The evidence is against you," she said.'
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["Dr. Mara Quist", "Senator Jane Okafor"]
    assert found[1].cue == "scolded"


def test_a_pronoun_stands_for_the_name_its_sentence_opens_with() -> None:
    text = (
        "Dr. Mara Quist said the budget was fine. "
        "Retired General Tomas Vinter is speaking out about the cuts he believes hurt the army. "
        "While he acknowledged the budget was tight, Vinter also noted that morale was low."
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["Dr. Mara Quist"] + ["Retired General Tomas Vinter"] * 2
    assert found[1].speaker_mention == "he"  # the mention as written, resolved in the sentence


def test_a_pronoun_keeps_its_speaker_when_the_sentence_opens_with_no_name() -> None:
    text = (
        "Ambassador Lena Varga said the vote was close. "
        '"Words of concern are no longer enough," she said. '
        "Though the vote was close, she said, the outcome was fair."
    )
    assert [s.speaker for s in segment(text)] == ["Ambassador Lena Varga"] * 3


def test_no_inverted_speaker_after_a_preposition() -> None:
    s = one('"Their aim is clear," Dr. Ilse Morrow, a fellow at the Lindqvist Institute, said of Norland TV.')
    assert s.speaker is not None and s.speaker.startswith("Dr. Ilse Morrow")


def test_a_weak_cue_after_a_preposition_is_a_noun() -> None:
    s = one('The Netherlands, speaking for the EU, asked Moscow to explain "how this could happen."')
    assert s.speaker == "The Netherlands"
    found = segment(
        "A long study being released on Tuesday by Norland University shows in detail how firms hide profits."
    )
    assert all(s.cue != "detail" for s in found)


def test_a_document_with_a_long_subject_speaks() -> None:
    s = one(
        "A Senate Finance Committee report released last week found that the fund lost track of its grants."
    )
    assert s.speaker == "A Senate Finance Committee report"
    assert s.cue == "found"


def test_a_weak_cue_counts_before_a_time_phrase_and_that_or_whether() -> None:
    s = one("The Norland Gazette reported Saturday that the talks had failed.")
    assert (s.speaker, s.cue) == ("The Norland Gazette", "reported")
    s = one("Delegates questioned whether the pledge still held.")
    assert s.cue == "questioned"
    assert segment("These floods remind us that the climate is changing.") == []


def test_a_cue_ending_in_a_colon_introduces_the_quote_that_follows() -> None:
    text = (
        "The fighting resumed on Monday.\n\nThe Norland Foreign Ministry said in a statement:\n\n"
        '"We will not accept this. The talks must resume at once."'
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["The Norland Foreign Ministry"] * 2
    assert [s.text for s in found] == ['"We will not accept this.', 'The talks must resume at once."']


def test_a_cue_after_an_indefinite_article_and_a_name_is_a_noun() -> None:
    found = segment("The senator is describing as “reckless” a Jana Roe tweet about the border.")
    assert [(s.speaker, s.cue) for s in found] == [("The senator", "describing")]
    s = one("The Council for a Balanced Regional Economy reported that the plan would cost more.")
    assert s.speaker == "The Council for a Balanced Regional Economy"


def test_a_name_after_a_role_and_a_preposition_is_not_the_speakers_surname() -> None:
    text = (
        "A spokeswoman for Jana Roe said the senator was unwell. "
        "Jana Roe said she would attend the debate."
    )
    assert [s.speaker for s in segment(text)] == ["A spokeswoman for Jana Roe", "Jana Roe"]


def test_a_name_with_its_apposition_before_the_comma_speaks_not_the_name_after_the_cue() -> None:
    s = one("Jana Roe, one of the senator's closest aides, recalled Mr. Vinter talking about the treaty.")
    assert s.speaker == "Jana Roe, one of the senator's closest aides"
    s = one("A ministry spokesman, Tomas Vinter, said Norland would ask the council to act.")
    assert s.speaker == "A ministry spokesman, Tomas Vinter"


def test_a_letter_or_an_article_speaks() -> None:
    s = one('"Our children are thriving in these schools," the letter reads.')
    assert (s.speaker, s.cue) == ("the letter", "reads")
    s = one('"The plan will fail," the editorial said.')
    assert s.speaker == "the editorial"


def test_a_past_participle_after_a_comma_with_its_agent_is_no_cue() -> None:
    text = "Reserve soldiers, called up by the mayor after the floods, are camped near the river."
    assert segment(text) == []


def test_a_pronoun_in_a_clause_before_the_main_one_stands_for_the_subject_after_it() -> None:
    text = (
        "Dr. Mara Quist said the treaty was weak. "
        "Back when it signed the treaty, Austria pledged that it would cut its tariffs. "
        "Minister Tomas Vinter did not give a date, though he said the cuts would come soon."
    )
    found = segment(text)
    assert [s.speaker for s in found][:2] == ["Dr. Mara Quist", "Austria"]
    assert found[2].speaker == "Minister Tomas Vinter"


def test_they_in_a_subordinate_clause_is_not_the_state_that_speaks() -> None:
    text = "Austria is ready to help its partners investigate if they ask us to, the ministry said."
    assert all(s.speaker != "Austria" for s in segment(text))


def test_an_attribution_inside_an_earlier_ones_that_clause_is_not_the_sentences() -> None:
    s = one("A Norland University poll released last week found that 74 percent of voters said it must go.")
    assert (s.speaker, s.cue) == ("A Norland University poll", "found")
    s = one('Austria "deplores" the blockade and demands that it end, the Austrian Foreign Ministry said.')
    assert s.speaker == "the Austrian Foreign Ministry"


def test_an_attribution_closing_the_sentence_after_a_comma_is_the_sentences() -> None:
    s = one("Austria urged the interim authorities to hold a fair vote, a ministry spokesman said on Friday.")
    assert (s.speaker, s.cue) == ("a ministry spokesman", "said")


def test_a_weak_cue_after_a_named_state_states_its_position() -> None:
    s = one("Austria supports the enlargement of the mission.")
    assert (s.speaker, s.actor, s.cue) == ("Austria", "AUT", "supports")
    s = one("Libyan state television said 48 people had been killed.")
    assert s.cue == "said"
    issuer = "Ms. Jeanne Roe, Ambassador of France"
    issued = segment("France supports the enlargement of the Council.", issuer=issuer)
    assert [(s.speaker, s.cue) for s in issued] == [("Ms. Jeanne Roe, Ambassador of France", None)]


def test_a_speaker_named_after_a_question_quote_takes_the_quote() -> None:
    text = 'Ana Ruiz said the plan was fine. "How many times must we see this?" Jana Roe asked.'
    found = segment(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ana Ruiz", "Ana Ruiz said the plan was fine."),
        ("Jana Roe", '"How many times must we see this?"'),
    ]
    assert found[1].speaker_mention == "Jana Roe" and found[1].cue == "asked"


def test_a_pronoun_in_a_closing_subordinate_clause_stands_for_the_nearest_name() -> None:
    text = (
        "Dr. Mara Quist said the vote was fair. "
        "Crowds met outside the Norland News after it reported that Roe won."
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["Dr. Mara Quist", "the Norland News"]
    # an act with no content in a clause of time ('after it backed Roe') is narration
    assert len(segment(text.replace("reported that Roe won", "backed Roe"))) == 1


def test_trusted_statement_equals_a_checked_one() -> None:
    from stance.results import Statement

    args = ("He said so.", 3, 14, "Jane Roe", "He", (3, 5), "OTHER", "said", "indirect", ((6, 10),))
    fields = ("text", "start", "end", "speaker", "speaker_mention", "speaker_span", "actor", "cue", "kind")
    checked = Statement(**dict(zip(fields, args[:-1])), quotes=args[-1])
    trusted = Statement._trusted(*args)
    assert trusted == checked and hash(trusted) == hash(checked) and repr(trusted) == repr(checked)
    assert trusted.to_dict() == checked.to_dict() and trusted.score is None


# -- the tokens of a sentence and its cues, against plain scans of the text ---------------------

_SPACED = [
    'Russia said, "We are concerned." The U.S. Embassy  said nothing.',
    "Mr. J. R. Smith\tsaid that\u00a0the talks\u2009ended; expressed deep concern (again)",
    '  "Said Ellis: no."  -- according to officials,\tthe well-known envoy\u2019s call  ',
    "a  b c d\t\te f\u3000g",
]


@pytest.mark.parametrize("text", _SPACED)
def test_tokens_and_their_offsets_are_the_token_patterns_matches(text: str) -> None:
    # chunks apart by one white-space character of any kind get summed offsets, the others are
    # found one by one: both must give the token pattern's own matches
    from stance.segmentation.phrases import tokenize
    from stance.segmentation.records import Doc

    doc = Doc(text, stance.segmentation.language("en"), Gazetteer.default())
    for a in range(len(text)):
        for b in range(a, len(text) + 1, 7):
            toks = tokenize(doc, a, b)
            ref = [(m.start(), m.group()) for m in doc.rules.token.finditer(text, a, b)]
            assert list(zip(toks.start, toks.text)) == ref, (a, b)


_PIECES = ["said", "Said", "says", "according", "to", "expressed", "deep", "concern", "X", "-", "'", '"']
_GAPS = [" ", "", "", "\t", "\n", ", ", "-", "\u00a0", "\u201c"]


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=12), st.data())
@settings(max_examples=300, deadline=None)
def test_cue_matches_are_the_cues_of_a_scan_with_look_behind(
    pieces: list[tuple[str, str]], data: st.DataObject
) -> None:
    # the cue pattern reads the character before a cue; a scan that tests that character with a
    # look-behind at every position finds the same cues
    import re

    text = "".join(w + gap for w, gap in pieces)

    from stance.segmentation.cues import cue_matches
    from stance.segmentation.records import Doc

    doc = Doc(text, stance.segmentation.language("en"), Gazetteer.default())
    pattern = doc.lex.cue_pattern.pattern
    assert pattern.startswith("[^")  # the class of the character before, then the cue
    ref = re.compile(r"(?<![\w-])" + pattern[pattern.index("]") + 1 :])
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    found = [tuple(c) for c in cue_matches(doc, a, b)]
    assert found == [(m.group(1), m.start(1), m.end(1)) for m in ref.finditer(text, a, b)]


@given(st.text(alphabet="ab1_ .,'\u00e9\u201c\n-", max_size=40), st.data())
@settings(max_examples=300, deadline=None)
def test_first_words_are_the_first_three_words_of_a_scan(text: str, data: st.DataObject) -> None:
    # Rules.first_words counts a sentence's words up to three in one match: as many as a scan
    # of the word pattern finds, and the same ones
    rules = stance.segmentation.language("en").rules
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    ref = [(m.start(), m.end()) for m in rules.word.finditer(text, a, b)][:3]
    m = rules.first_words.match(text, a, b)
    found = [m.span(g) for g in (1, 2, 3) if m.group(g) is not None] if m is not None else []
    assert found == ref


def test_a_position_is_in_the_quote_that_starts_there() -> None:
    from stance.segmentation.quotes import in_quotes

    quotes = [(3, 5), (10, 100), (120, 121)]
    assert [p for p in range(0, 125) if in_quotes(quotes, p)] == [3, 4, *range(10, 100), 120]
    assert not in_quotes([], 0)


def test_a_names_mentions_are_found_whole_and_in_order() -> None:
    """The index-led search for a person's mentions finds what a whole-word pattern finds."""
    import re

    from stance.segmentation import resources
    from stance.segmentation.records import Doc
    from stance.segmentation.speakers import _mentions

    text = (
        "Ada Kab said so. Ada Kabir disagreed. Ada Kab-Lenz left. Ada Kab's aide spoke. "
        "Ada Ada Kab came, and Mx Ada Kab, and de Mistura, and Ada Kab."
    )
    doc = Doc(text, resources.language("en"), stance.Gazetteer.default())
    for name in ("Ada Kab", "Ada Ada", "Kab", "de Mistura", "Mistura", "Nobody"):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        assert list(_mentions(doc, name)) == [m.span() for m in pattern.finditer(text)], name


def test_a_surnames_titled_mentions_are_those_of_the_pattern() -> None:
    """The index-led search for 'Title Surname' finds what the pattern it replaces finds."""
    import re

    from stance.segmentation import resources
    from stance.segmentation.records import Doc
    from stance.segmentation.speakers import _titled_mentions

    text = (
        "Minister Kab said so. O'Brien Kab left. x-Kab Kab, Lenz Kab Kab and Kab. Lenz  Kab-Ross. "
        "the Kab, Ana\tKab's aide, Éva Kab, AKab Kab."
    )
    doc = Doc(text, resources.language("en"), stance.Gazetteer.default())
    for last in ("Kab", "Ross", "Nobody"):
        pattern = rf"(?<![\w-])[A-Z][\w’'-]*\s+{re.escape(last)}(?![\w-])"
        assert list(_titled_mentions(doc, last)) == [m.start() for m in re.finditer(pattern, text)], last


_CUE_WORDS = ["said", "Said", "expressed", "deep", "concern", "were", "quoted", "as", "saying",
              "according", "to", "called", "on", "for", "voiced", "calls", "Calls", "For", "X"]  # fmt: skip


@given(st.lists(st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from(_GAPS)), max_size=14))
@settings(max_examples=300, deadline=None)
def test_cue_pattern_grouped_by_first_character_finds_the_cues_in_their_first_order(
    pieces: list[tuple[str, str]],
) -> None:
    # the cue pattern groups its cues by their first character; the same cues in one flat list
    # (those with a '*' first, longest first, then the trie of the plain ones) find the same
    import re

    from stance.actors import trie_pattern
    from stance.segmentation.resources import _cue_pattern, _wild_body

    text = "".join(w + gap for w, gap in pieces)
    lex = stance.segmentation.language("en").lexicon
    cues = [*lex.cue_forms, *lex.according_to]
    wild = sorted((c for c in cues if "*" in c.split()), key=len, reverse=True)
    plain = [" ".join(c.split()) for c in cues if "*" not in c.split()]
    flat = [_wild_body(c) for c in wild] + [trie_pattern(plain).replace(r"\ ", r"\s+")]
    ref = re.compile(rf"[^0-9A-Za-z_\w-]({'|'.join(flat)})(?![\w-])")
    grouped = _cue_pattern(cues)
    assert grouped.pattern != ref.pattern
    assert [m.span(1) for m in grouped.finditer(text)] == [m.span(1) for m in ref.finditer(text)]
