"""Actor mentions: countries, roles with modifiers, organisations, people, user dictionaries."""

from __future__ import annotations

import pytest

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState
from dyadwatch.read.document import Document


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


def mentions(stage: ActorStage, text: str, date: str | None = "2025-07-03"):
    state = CodingState(document=Document("t", text, pub_date=date), config=stage.config)
    state.doc = load_pipeline()(text)
    stage(state)
    for m in state.mentions:  # offsets must point exactly at the mention text
        assert text[m.start_char : m.end_char] == m.text
        assert state.doc[m.token_start : m.token_end].text == m.text
        assert m.token_start <= m.head < m.token_end
    return state.mentions


def codes(stage: ActorStage, text: str, date: str | None = "2025-07-03") -> dict[str, str]:
    return {m.text: m.code for m in mentions(stage, text, date)}


def test_country_names_capitals_and_aliases(stage):
    got = codes(stage, "Baku and Moscow argued while Kazakhstan, the DPRK and the U.S. watched.")
    assert got == {
        "Baku": "AZE",
        "Moscow": "RUS",
        "Kazakhstan": "KAZ",
        "DPRK": "PRK",
        "U.S.": "USA",
    }


def test_pronoun_us_is_not_the_united_states(stage):
    assert codes(stage, "Let us talk about it.") == {}


def test_seats_of_government_are_gov(stage):
    got = codes(stage, "The Kremlin replied to the White House and Downing Street.")
    assert got == {"Kremlin": "RUSGOV", "White House": "USAGOV", "Downing Street": "GBRGOV"}


def test_modifier_country_decides_the_agent(stage):
    got = codes(
        stage,
        "The Russian Foreign Ministry summoned Azerbaijan's ambassador. "
        "The Ambassador of Armenia met Georgian police and the Turkish parliament.",
    )
    assert got["Russian Foreign Ministry"] == "RUSGOV"
    assert got["Azerbaijan's ambassador"] == "AZEGOV"
    assert got["Ambassador of Armenia"] == "ARMGOV"
    assert got["Georgian police"] == "GEOCOP"
    assert got["Turkish parliament"] == "TURLEG"


def test_media_business_and_civilians(stage):
    got = codes(
        stage,
        "Azerbaijani media criticised Azerbaijan Airlines. Ethnic Azerbaijanis were detained. "
        "Sputnik Azerbaijan, a branch of the Russian state news agency, was closed.",
    )
    assert got["Azerbaijani media"] == "AZEMED"
    assert got["Azerbaijan Airlines"] == "AZEBUS"
    assert got["Ethnic Azerbaijanis"] == "AZECVL"
    assert got["Sputnik Azerbaijan"] == "RUSMED"
    assert got["Russian state news agency"] == "RUSMED"


def test_title_decides_for_a_garbled_name(stage):
    found = mentions(stage, "Russian Deputy Prime Minister Alexei Ovechkin cancelled the trip.")
    assert found[0].code == "RUSGOV"
    assert found[0].kind == "person"
    assert found[0].text == "Russian Deputy Prime Minister Alexei Ovechkin"


def test_international_organisations(stage):
    got = codes(stage, "The UN, the OSCE, NATO and the European Union met the IMF.")
    assert got == {
        "UN": "IGOUNO",
        "OSCE": "IGOOSC",
        "NATO": "IGONAT",
        "European Union": "IGOEU",
        "IMF": "IGOIMF",
    }


def test_agent_without_country_is_left_for_context(stage):
    found = mentions(stage, "The ministry said that the embassy had closed.")
    assert [(m.code, m.country) for m in found] == [("GOV", None), ("GOV", None)]


def test_terms_that_need_a_country_are_not_actors_alone(stage):
    assert codes(stage, "He spoke at a press conference.") == {}
