"""The actor gazetteer: the world's states and organisations, extension, replacement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.actors import ACTOR_CODES, Gazetteer, codebook_code, default_gazetteer
from stance.errors import StanceTypeError, StanceValueError
from stance.segmentation import segment


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("the Turkish Foreign Ministry", "TUR"),
        ("Ankara", "TUR"),
        ("Tbilisi", "GEO"),
        ("Georgian officials", "GEO"),
        ("the Ministry of Foreign Affairs of Kazakhstan", "KAZ"),
        ("Kyiv", "UKR"),
        ("the Holy See", "VAT"),
        ("the Palestinian Authority", "PSE"),
        ("Papua New Guinea", "PNG"),
        ("Guinea-Bissau", "GNB"),
        ("South Sudan", "SSD"),
        ("Downing Street", "GBR"),
        ("the EU foreign policy chief", "EU"),
        ("Brussels", "EU"),
        ("the NATO Secretary General", "NATO"),
        ("the OSCE Minsk Group", "OSCE"),
        ("CSTO", "CSTO"),
        ("the African Union Commission", "AU"),
        ("ASEAN", "ASEAN"),
        # the codebook's actors keep their codes and meaning
        ("the Russian Foreign Ministry", "RUS"),
        ("the State Department", "USA"),
        ("the Quai d'Orsay", "FRA"),
        ("the UN Secretary-General", "UN"),
        ("Yerevan", "ARM"),
        ("Baku", "AZE"),
        ("Karabakh's leadership", "KARABAKH"),
        # wire copy's name for the Karabakh leadership; Armenia's officials stay Armenia's
        ("Ethnic Armenian authorities in Nagorno-Karabakh", "KARABAKH"),
        ("ethnic Armenian officials", "KARABAKH"),
        ("Armenian officials", "ARM"),
    ],
)
def test_states_organisations_and_codebook_actors(mention: str, code: str) -> None:
    assert default_gazetteer().actor_of(mention) == code


def test_every_un_member_and_observer_has_an_alpha3_code() -> None:
    gaz = default_gazetteer()
    states = [c for c in gaz.codes if len(c) == 3 and c not in ACTOR_CODES and c.isalpha()]
    # 193 members and 2 observers; five members are codebook actors (RUS, USA, FRA, ARM, AZE),
    # and a few organisation codes have three letters too (OSCE has four, EAC/SCO/OAS... three)
    orgs = {"CIS", "SCO", "OAS", "OIC", "LAS", "GCC", "COE", "EAC", "ICC", "IMF", "WBG", "WTO"}
    groups = {"PIJ", "TTP", "HTS", "SDF", "YPG", "PKK"}  # armed groups (groups.tsv), no states
    assert len(set(states) - orgs - groups) == 193 + 2 - 5
    assert {"RUS", "USA", "FRA", "ARM", "AZE", "UN", "KARABAKH"} <= set(gaz.codes)


def test_codes_outside_the_codebook_count_as_other() -> None:
    assert codebook_code("TUR") == codebook_code("EU") == "OTHER"
    assert [codebook_code(c) for c in ACTOR_CODES] == list(ACTOR_CODES)
    assert codebook_code(None) is None


def test_people_are_persons_and_places_are_not() -> None:
    gaz = default_gazetteer()
    assert gaz.is_person("Putin") and gaz.is_person("Aliyev")
    assert not gaz.is_person("Moscow") and not gaz.is_person("Ankara")
    assert gaz.actor_of("Putin") == "RUS"


def _write(tmp_path: Path, actors: list[dict[str, object]]) -> Path:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"actors": actors}), encoding="utf-8")
    return path


def test_load_adds_to_the_default_unless_replace(tmp_path: Path) -> None:
    path = _write(
        tmp_path, [{"code": "PFF", "name": "Pacific Fisheries Forum", "mentions": ["Fisheries Forum"]}]
    )
    added = Gazetteer.load(path)
    assert added.actor_of("the Fisheries Forum") == "PFF"
    assert added.actor_of("Moscow") == "RUS" and added.actor_of("Ankara") == "TUR"
    alone = Gazetteer.load(path, replace=True)
    assert alone.actor_of("the Fisheries Forum") == "PFF"
    assert alone.actor_of("Moscow") is None
    assert alone.codes == ("PFF",)


def test_a_user_entry_wins_over_the_default(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"code": "EEAS", "mentions": ["Brussels"]}])
    assert Gazetteer.load(path).actor_of("Brussels") == "EEAS"


def test_bad_entries_name_the_argument(tmp_path: Path) -> None:
    with pytest.raises(StanceValueError, match=r"entries\[0\]\.code"):
        Gazetteer([{"code": "tur", "mentions": ["Turkey"]}])
    with pytest.raises(StanceValueError, match=r"entries\[0\]\.mentions"):
        Gazetteer([{"code": "TUR", "mentions": [], "people": []}])
    with pytest.raises(StanceValueError, match=r"entries\[0\]\.mentions"):
        Gazetteer([{"code": "TUR", "mentions": ["Turkey"], "people": "Erdogan"}])
    with pytest.raises(StanceTypeError, match="'replace'"):
        Gazetteer.load(_write(tmp_path, []), replace="yes")  # type: ignore[arg-type]
    with pytest.raises(StanceValueError, match="'path'"):
        Gazetteer.load(tmp_path / "missing.json")


def test_the_offices_of_a_us_state_speak_for_that_state_not_the_united_states() -> None:
    gaz = Gazetteer.default()
    assert gaz.actor_of("Ohio Secretary of State Ada Kessler") == "US_OH"
    assert gaz.actor_of("Georgia Secretary of State Tom Brack") == "US_GA"
    assert gaz.actor_of("the Governor of Texas") == "US_TX"
    assert gaz.actor_of("Washington Gov. Ida Lunn") == "US_WA"
    assert codebook_code(gaz.actor_of("Ohio Secretary of State")) == "OTHER"
    # the federal title and the bare names keep their actors
    assert gaz.actor_of("Secretary of State Ada Blinkman") == "USA"
    assert gaz.actor_of("Washington") == "USA"
    assert gaz.actor_of("Georgia's Foreign Minister") == "GEO"
    assert gaz.actor_of("Ohio") is None


def test_the_british_secretaries_of_state_are_british() -> None:
    gaz = Gazetteer.default()
    assert gaz.actor_of("The Secretary of State for Foreign Affairs, Lord Ashby") == "GBR"
    assert gaz.actor_of("the Defence Secretary") == "GBR"
    found = segment("Ohio Secretary of State Ada Kessler said the count would resume on Monday.")
    assert [(s.speaker, s.actor) for s in found] == [("Ohio Secretary of State Ada Kessler", "US_OH")]


def test_the_courts_agencies_and_organs_of_the_un_system_speak_for_the_un() -> None:
    gaz = Gazetteer.default()
    for mention in ("The International Court of Justice", "the ICJ", "ILO chief", "the FAO", "IOM", "UNODC"):
        assert gaz.actor_of(mention) == "UN", mention
    assert gaz.actor_of("IMO") is None  # 'in my opinion' in chat text, not a body


def test_a_us_administration_named_by_its_president_is_the_united_states() -> None:
    gaz = Gazetteer.default()
    assert gaz.actor_of("The Bush administration") == gaz.actor_of("the Obama administration") == "USA"


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Hezbollah Secretary General Omar Kassem", "HEZBOLLAH"),  # another body's office: not the UN
        ("the Kentucky General Assembly", None),
        ("the Supreme National Security Council", None),
        ("the Peace and Security Council", "AU"),
        ("the Russian Security Council", "RUS"),
        ("U.N. Secretary-General", "UN"),  # the UN's own name, a rank or an article: still the UN
        ("Deputy Secretary-General Ana Lim", "UN"),
        ("The Security Council", "UN"),
        ("the United Nations Security Council", "UN"),
        ("Mr. Secretary-General", "UN"),
    ],
)
def test_a_un_office_name_after_another_bodys_name_is_not_the_un(mention: str, code: str | None) -> None:
    assert default_gazetteer().actor_of(mention) == code


def test_shared_offices_survive_extend_and_load(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"actors": [{"code": "HZB", "mentions": ["Hezbollah"]}]}), encoding="utf-8")
    loaded = Gazetteer.load(path)
    assert loaded.actor_of("Hezbollah Secretary General Omar Kassem") == "HZB"
    extended = default_gazetteer().extend("KYL", ["Kentucky Legislature"])
    assert extended.actor_of("the Kentucky General Assembly") is None


def test_a_national_security_council_spokesperson_takes_the_datelines_state() -> None:
    text = "WASHINGTON - National Security Council spokesperson Mara Ellison said the talks went well."
    (s,) = segment(text)
    assert (s.speaker, s.actor) == ("National Security Council spokesperson Mara Ellison", "USA")
