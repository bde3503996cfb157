"""Statements whose cue is not a say-verb, in the diplomatic and wire register (issue #10, part 2).
Invented sentences and speakers."""

from __future__ import annotations

import pytest

from stance.segmentation import segment


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("Beijing said the sale of weapons is unacceptable.", "Beijing", "CHN"),
        ("Beijing has consistently opposed the sale of weapons to the island.", "Beijing", "CHN"),
        ("Ada Fleming is the envoy. Fleming said the talks would continue.", "Fleming", "OTHER"),
    ],
)
def test_a_name_ending_in_ing_opens_a_statement(text: str, speaker: str, actor: str) -> None:
    got = [(s.speaker, s.actor) for s in segment(text)]
    assert got == [(speaker, actor)]


def test_a_participle_opening_a_sentence_is_still_no_speaker() -> None:
    assert segment("Having said that, the minister left.") == []


@pytest.mark.parametrize(
    "text",
    [
        "According to reports, the talks broke down late on Tuesday.",
        "The talks broke down late on Tuesday, according to unconfirmed media reports.",
        "The talks broke down late on Tuesday, according to press reports.",
        "Local media reports said the talks broke down late on Tuesday.",
        "The talks broke down late on Tuesday, sources said.",
        "According to rumours, the envoy has resigned.",
    ],
)
def test_hearsay_with_no_source_named_is_no_statement(text: str) -> None:
    assert segment(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The talks broke down, according to sources close to the ministry.", "the ministry"),
        ("Security sources said the talks broke down late on Tuesday.", "Security sources"),
        ("According to reports from Moscow, the talks broke down.", "reports from Moscow"),
        ("They broke down, according to a report in the Daily Courier.", "a report in the Daily Courier"),
    ],
)
def test_hearsay_that_names_its_source_or_role_is_a_statement(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("A UN report released on Monday found that the truce had been broken.", "A UN report", "UN"),
        ("The UN report released on Monday said that the truce had been broken.", "The UN report", "UN"),
        ("A report released last week said the talks would resume.", "A report", None),
    ],
)
def test_a_report_with_a_participle_and_a_time_before_its_cue_speaks(
    text: str, speaker: str, actor: str | None
) -> None:
    assert [(s.speaker, s.actor) for s in segment(text)] == [(speaker, actor)]


def test_a_plural_subject_before_report_is_still_the_speaker() -> None:
    assert [s.speaker for s in segment("The officials report the talks would resume.")] == ["The officials"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The think tank said the deal is unlikely to survive.", "The think tank"),
        ("The Brussels-based think tank warned that the deal will fail.", "The Brussels-based think tank"),
    ],
)
def test_a_think_tank_speaks(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mission documented dozens of shelling incidents along the line.", "The mission"),
        ("Amnesty International has documented cases of torture in the camps.", "Amnesty International"),
        ("The monitors have documented that the shelling came from the east.", "The monitors"),
        ("Tehran has made no secret of its opposition to the corridor.", "Tehran"),
    ],
)
def test_documented_findings_and_open_positions_are_statements(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    ["The ministry has documents that prove the claim.", "The mission has not documented any such cases."],
)
def test_documents_as_a_noun_and_a_denied_finding_are_no_statements(text: str) -> None:
    assert segment(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Yerevan's position remains that the talks should continue.", "Yerevan"),
        ("Baku's position has long been that the corridor must open.", "Baku"),
        ("Baku's position is still that the corridor must open.", "Baku"),
        ("Yerevan's stance is that the talks should continue.", "Yerevan"),
    ],
)
def test_a_position_that_remains_or_has_long_been_a_clause_is_a_statement(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Polls show that most voters support the deal.",
        "Recent opinion polls show that most voters support the deal.",
        "According to polls, most voters support the deal.",
    ],
)
def test_polls_with_no_pollster_named_are_data_not_statements(text: str) -> None:
    assert segment(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Vardan Institute's polls show that most voters back the deal.", "The Vardan Institute's polls"),
        ("A survey by the Vardan Institute found that most back it.", "A survey by the Vardan Institute"),
    ],
)
def test_a_poll_whose_pollster_is_named_is_the_pollsters_statement(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry reported at least 40 deaths in the shelling.",
        "The ministry reported more than 40 deaths in the shelling.",
        "The mission documented at least 40 cases of summary executions.",
    ],
)
def test_a_count_with_at_least_or_more_than_is_what_was_reported(text: str) -> None:
    assert [s.speaker for s in segment(text)] == [text.split(" reported")[0].split(" documented")[0]]


def test_a_count_not_reported_is_no_statement() -> None:
    assert segment("The ministry has not reported at least 40 deaths.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        (
            "The OSCE released its annual report on Monday. The report found that shelling had increased.",
            "The OSCE",
            "OSCE",
        ),
        (
            "The UN human rights office published a report on Monday. The latest report says the monitors "
            "were blocked.",
            "The UN human rights office",
            "UN",
        ),
    ],
)
def test_the_report_after_its_publisher_is_the_publishers(text: str, speaker: str, actor: str) -> None:
    assert [(s.speaker, s.actor) for s in segment(text)] == [(speaker, actor)]


def test_the_report_after_a_body_that_only_rejected_it_is_not_that_bodys() -> None:
    text = "Moscow rejected the UN report. The report said the talks failed."
    got = [(s.speaker, s.actor) for s in segment(text)]
    # not Moscow's: the report the sentence before names with its owner, the UN's
    assert got == [("Moscow", "RUS"), ("UN", "UN")]


def test_the_document_after_a_published_report_is_the_publishers() -> None:
    text = "The OSCE released a report on Monday. The document says the monitors were blocked."
    assert [(s.speaker, s.actor) for s in segment(text)] == [("The OSCE", "OSCE")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Washington suspects Tehran of supplying drones to Moscow.", "Washington"),
        ("Western governments suspect that Iran is enriching uranium.", "Western governments"),
        ("Kyiv reckons the offensive will succeed.", "Kyiv"),
    ],
)
def test_suspicion_and_reckoning_are_beliefs_stated(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A lawyer for the suspects, Ada Roe, said they were abroad.", "A lawyer for the suspects, Ada Roe"),
        ("Romania has reported suspected cases in the delta.", "Romania"),
    ],
)
def test_suspects_and_suspected_as_noun_and_adjective_stay_so(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("A statement posted on the Kremlin's website said the talks went well.", "the Kremlin", "RUS"),
        (
            "A statement posted on the Armenian Foreign Ministry's website said the talks went well.",
            "the Armenian Foreign Ministry",
            "ARM",
        ),
        (
            "A readout of the call released by the White House said the leaders spoke of trade.",
            "A readout of the call released by the White House",
            "USA",
        ),
    ],
)
def test_a_document_posted_or_released_by_a_body_is_the_bodys(text: str, speaker: str, actor: str) -> None:
    assert [(s.speaker, s.actor) for s in segment(text)] == [(speaker, actor)]


def test_the_resolution_after_the_body_adopted_it_is_the_bodys() -> None:
    text = (
        "The UN Security Council on Thursday adopted a resolution on the crisis. "
        "The resolution demands an end to hostilities. It also calls on all parties to allow aid."
    )
    assert [(s.speaker, s.actor) for s in segment(text)] == [("The UN Security Council", "UN")] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("People familiar with the talks say a deal is close.", "People familiar with the talks"),
        ("Sources close to the ministry say a deal is close.", "Sources close to the ministry"),
        ("Officials loyal to the president say a deal is close.", "Officials loyal to the president"),
    ],
)
def test_a_plural_source_with_familiar_close_or_loyal_says(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The party claims the vote was rigged.", "The party"),
        ("The opposition fears the vote will be rigged.", "The opposition"),
    ],
)
def test_a_clause_without_that_may_open_with_a_noun_that_is_also_a_cue(text: str, speaker: str) -> None:
    assert [s.speaker for s in segment(text)] == [speaker]
