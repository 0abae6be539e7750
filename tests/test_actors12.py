"""Actor rules from the twelfth round of error analysis (tune .. tune16): each rule gets probe
sentences of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_actors import codes

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


# -- "Dominican" is the Dominican Republic's adjective before Dominica's ---------------------
@pytest.mark.parametrize("text, mention, code", [
    ("Dominican soldiers detained forty migrants near Elias Pina on Sunday.",
     "Dominican soldiers", "DOMMIL"),
    ("Dominican officials said the crossing at Jimani would stay shut.",
     "Dominican officials", "DOMGOV"),
])
def test_dominican_is_the_dominican_republic(stage, text, mention, code):
    assert codes(stage, text, "2024-03-02").get(mention) == code


def test_dominica_itself_stays_dominica(stage):
    got = codes(stage, "Dominica hosted the regional summit in Roseau.", "2024-03-02")
    assert got.get("Dominica") == "DMA"


# -- "General Assembly" is the UN's; another organisation's assembly stays that organisation's
@pytest.mark.parametrize("text, mention, code", [
    ("The General Assembly voted on Thursday to back the Palestinian bid.",
     "General Assembly", "IGOUNO"),
    ("The 193-member General Assembly adopted the text without a vote.",
     "General Assembly", "IGOUNO"),
    ("The OAS General Assembly opened in Asuncion on Wednesday.",
     "OAS General Assembly", "IGOOAS"),
])
def test_general_assembly_is_the_uns(stage, text, mention, code):
    assert codes(stage, text, "2024-05-10").get(mention) == code


def test_a_general_assembly_of_shareholders_is_no_actor(stage):
    got = codes(stage, "The shareholders' general assembly approved the merger.", "2024-05-10")
    assert "general assembly" not in got


# -- garbled romanisations: a hard "c" written "k", "ph" written "f", "th" written "t", a
# Serbo-Croat "č"/"ć" written "ch" ------------------------------------------------------------
@pytest.mark.parametrize("text, mention, code", [
    ("President Makron arrived in Dakar on Tuesday for a two-day visit.",
     "President Makron", "FRAGOV"),
    ("President Vuchich told reporters in Novi Sad that Serbia would not impose sanctions.",
     "President Vuchich", "SRBGOV"),
    ("Prime Minister Fam Minh Tchinh chaired the cabinet meeting in Hanoi.",
     "Prime Minister Fam Minh Tchinh", "VNMGOV"),
])
def test_a_garbled_romanisation_finds_the_officeholder(stage, text, mention, code):
    assert codes(stage, text, "2024-06-12").get(mention) == code


def test_president_vo_van_tuong_is_vietnams(stage):
    got = codes(stage, "President Vo Van Tuong received the envoy at the Presidential Palace.",
                "2023-09-12")
    assert got.get("President Vo Van Tuong") == "VNMGOV"


def test_the_folds_are_symmetric():
    from dyadwatch.actors.officeholders import normalise
    assert normalise("Macron") == normalise("Makron")
    assert normalise("Vučić") == normalise("Vuchich")
    assert normalise("Pham Minh Chinh") == normalise("Fam Minh Tchinh")
    assert normalise("Chinh") != normalise("Kinh")  # "ch" stays a sound of its own


# -- deputy ministers, security advisers and spokespeople news names without their country --
@pytest.mark.parametrize("text, mention, country, date", [
    ("Deputy Foreign Minister Sergei Ryabkov said arms control talks were off the table.",
     "Deputy Foreign Minister Sergei Ryabkov", "RUS", "2023-02-21"),
    ("National Security Adviser Ajit Doval flew to Moscow for the security meeting.",
     "National Security Adviser Ajit Doval", "IND", "2024-09-11"),
    ("Foreign Secretary Vikram Misri briefed reporters after the talks in Kathmandu.",
     "Foreign Secretary Vikram Misri", "IND", "2025-01-20"),
    ("Presidential spokesman Manuel Adorni called the protest a political stunt.",
     "Presidential spokesman Manuel Adorni", "ARG", "2024-05-02"),
    ("Vice Foreign Minister Sun Weidong met the Pakistani envoy in Beijing.",
     "Vice Foreign Minister Sun Weidong", "CHN", "2023-08-09"),
    ("Home Secretary James Cleverly signed the new treaty in Kigali.",
     "Home Secretary James Cleverly", "GBR", "2023-12-05"),
])
def test_a_named_deputy_or_adviser_has_the_state(stage, text, mention, country, date):
    got = codes(stage, text, date).get(mention) or ""
    assert got[:3] == country


# -- a capitalised title the lexicon does not know runs into a known full name ---------------
@pytest.mark.parametrize("text, mention, country, date", [
    ("Home Secretary James Cleverly told MPs the bill would pass.",
     "Home Secretary James Cleverly", "GBR", "2024-01-16"),
])
def test_a_full_name_after_an_unknown_title_is_the_person(stage, text, mention, country, date):
    name = " ".join(mention.split()[-2:])
    got = [c for t, c in codes(stage, text, date).items() if t.endswith(name)]
    assert got and got[0][:3] == country


def test_an_unknown_title_before_an_unknown_name_stays_no_one(stage):
    got = codes(stage, "Harbour Master Jonathan Holloway opened the hearing.", "2024-02-10")
    assert not any(text.endswith("Holloway") for text in got)
