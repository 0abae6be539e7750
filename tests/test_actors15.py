"""Actor rules from session 13's second actor round (helper actors15): who a pronoun and an
officer stand for. Probe sentences of our own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads
from test_actors import codes

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


# -- an armed group's officer or member is the group -----------------------------------------
@pytest.mark.parametrize("text, mention, code", [
    ("Houthi spokesman Yahya Saree said on Sunday that the group had fired two missiles.",
     "Houthi spokesman Yahya Saree", "YEMREB"),
    ("Hamas political chief Ismail Haniyeh met Egyptian intelligence officials in Cairo.",
     "Hamas political chief Ismail Haniyeh", "PSEREB"),
])
def test_group_officer(stage, text, mention, code):
    assert codes(stage, text, "2024-05-08").get(mention) == code


def test_group_officer_named_again(stage):
    got = codes(stage, "Houthi spokesman Yahya Saree spoke on Sunday. Saree said the attacks "
                "would go on.", "2024-05-08")
    assert got.get("Saree") == "YEMREB"


def test_group_leader_meets_officials(coder):
    got = dyads(coded(coder, "Hamas political chief Ismail Haniyeh met Egyptian intelligence "
                      "officials in Cairo on Monday.", "2024-05-08"))
    assert any(c == "040" and "PSEREB" in src for c, src, _, _ in got)


# -- "his counterpart" is the other party --------------------------------------------------
def test_his_counterpart_is_the_other_side(coder):
    body = ("Turkey and Egypt restored ties in 2023. Turkish Foreign Minister Hakan Fidan held "
            "talks in Ankara on Tuesday with his counterpart Omar Haddad, who said afterwards "
            "he was disappointed with Turkey's stance.")
    got = dyads(coded(coder, body, "2024-05-08"))
    assert ("111", ("EGYGOV",), ("TUR",), "asserted") in got


# -- a country, a qualifying noun, then the term: "Kenyan rights activist" -----------------
@pytest.mark.parametrize("text, mention, code", [
    ("Belarusian rights activist Ales Bialiatski was jailed in 2021.",
     "Belarusian rights activist Ales Bialiatski", "BLROPP"),
    ("Russian human rights activist Oleg Orlov was freed in a prisoner swap.",
     "Russian human rights activist Oleg Orlov", "RUSOPP"),
])
def test_country_noun_term(stage, text, mention, code):
    assert codes(stage, text, "2024-05-08").get(mention) == code


# -- "X told reporters she would ...": she is the speaker ----------------------------------
def test_she_is_the_speaker(coder):
    body = ("Belarusian rights activist Maria Kolesnikova was jailed by Belarus in 2021. The "
            "Belarusian government spokesman denied abuse. Kolesnikova told reporters she would "
            "take the Belarusian government to the European Court of Human Rights.")
    got = [r for r in coded(coder, body, "2024-05-08") if r["sentence"].startswith("Kolesn")]
    assert got and all(r["source"]["code"] == "BLROPP" for r in got)
