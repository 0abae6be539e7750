"""Actor rules and data from session 12's actor round (helper actors13): each gets probe
sentences of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads
from test_actors import codes

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


# -- regional organisations under their abbreviations and British spellings -----------------
@pytest.mark.parametrize("text, mention, code", [
    ("CARICOM called for calm in Port-au-Prince on Tuesday.", "CARICOM", "IGOCRB"),
    ("Caricom urged both sides to respect the border ruling.", "Caricom", "IGOCRB"),
    ("The EAC admitted its newest member at the Arusha summit.", "EAC", "IGOEAFEAC"),
    ("ECCAS lifted its suspension of the country in Malabo.", "ECCAS", "IGOCAFECA"),
    ("The Economic Community of Central African States lifted the suspension.",
     "Economic Community of Central African States", "IGOCAFECA"),
    ("The Southern African Development Community extended its mission.",
     "Southern African Development Community", "IGOSAFSAD"),
    ("The Organisation of American States rejected the election result.",
     "Organisation of American States", "IGOOAS"),
    ("The Collective Security Treaty Organisation declined to send troops.",
     "Collective Security Treaty Organisation", "IGOCST"),
    ("The Organisation of Turkic States admitted an observer.",
     "Organisation of Turkic States", "IGOTRK"),
    ("The IOM said 300 migrants had been returned by sea.", "IOM", "NGOIMOM"),
    ("CEN-SAD welcomed the agreement on Sunday.", "CEN-SAD", "IGONAFCSS"),
])
def test_regional_organisations(stage, text, mention, code):
    assert codes(stage, text, "2024-04-02").get(mention) == code


def test_a_british_spelling_is_no_country(stage):
    got = codes(stage, "The Organisation of American States sent observers.", "2024-04-02")
    assert "American States" not in got  # was read as the United States


# -- armed forces, parliaments and agencies named without their country ---------------------
@pytest.mark.parametrize("text, mention, code", [
    ("The Maritime Self-Defense Force tracked the two destroyers.",
     "Maritime Self-Defense Force", "JPNMIL"),
    ("The SANDF said two more soldiers had died of their wounds.", "SANDF", "ZAFMIL"),
    ("The South African National Defence Force withdrew its contingent.",
     "South African National Defence Force", "ZAFMIL"),
    ("The UPDF said its troops had crossed the border at dawn.", "UPDF", "UGAMIL"),
    ("The Tatmadaw shelled villages near the border.", "Tatmadaw", "MMRMIL"),
    ("The Bundeswehr will station a brigade in the region.", "Bundeswehr", "DEUMIL"),
    ("The Storting approved the aid package on Friday.", "Storting", "NORLEG"),
])
def test_named_forces_and_bodies(stage, text, mention, code):
    assert codes(stage, text, "2024-04-02").get(mention) == code


def test_a_singular_defence_force_takes_its_country(stage):
    got = codes(stage, "Malawi's defence force denied the report.", "2024-04-02")
    assert got.get("Malawi's defence force") == "MWIMIL"


# -- first-person state phrases in translated or local copy take the document's home --------
def test_our_country_after_a_dateline(stage):
    got = codes(stage, "RABAT, 9 May -- Our country will not accept the decision, the "
                "statement added.", "2024-05-10")
    assert got.get("Our country") == "MAR"


def test_our_ministry_and_our_envoy_after_a_dateline(stage):
    got = codes(stage, "HANOI, 3 June -- Our Ministry of Foreign Affairs said that "
                "Ambassador Tran Van Minh, our envoy in Manila, had delivered the note.",
                "2024-06-04")
    assert got.get("Ministry of Foreign Affairs") == "VNMGOV"
    assert got.get("envoy") == "VNMGOV"
    assert got.get("Ambassador Tran Van Minh") == "VNMGOV"


def test_the_president_of_our_country(stage):
    got = codes(stage, "DAKAR, 3 June -- The President of our country left for Bamako "
                "on Monday.", "2024-06-04")
    assert got.get("President") == "SENGOV"


def test_a_bare_presidency_after_a_dateline(stage):
    got = codes(stage, "ALGIERS, 3 June -- The Presidency condemned the statement.",
                "2024-06-04")
    assert got.get("Presidency") == "DZAGOV"


def test_an_apposed_officeholder_tells_the_home(stage):
    # no dateline: "our country's Foreign Minister <name>" names the document's state
    got = codes(stage, "Our country's Foreign Minister Sergey Lavrov met his guest, and "
                "our embassy will reopen next month.", "2024-06-04")
    assert got.get("embassy") == "RUSGOV"


def test_a_quoted_our_country_is_the_speakers(stage):
    got = codes(stage, 'WARSAW, 3 June -- "Our country will answer," the Belarusian '
                "envoy said.", "2024-06-04")
    assert "Our country" not in got


def test_no_home_no_state(stage):
    got = codes(stage, "Our country will not accept the decision, the statement added.",
                "2024-05-10")
    assert "Our country" not in got


def test_our_country_recalled_its_ambassador(coder):
    recs = coded(coder, "RABAT, 9 May -- Our country recalled its ambassador from Paris for "
                 "consultations on Wednesday, the Ministry said.", "2024-05-10")
    assert ("161", ("MAR",), ("FRA",), "asserted") in dyads(recs)
