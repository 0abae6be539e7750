"""Wire and translated wordings found by error analysis in session 4, each rule tested on
sentences of its own: treaties torn up, deadlines to leave, offered apologies, pledged money
and personnel, summons with the particle parsed as a preposition, retaliation vowed."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes


def dyads(recs: list[dict]) -> set[tuple]:
    return {(r["cameo"], tuple(codes(r["source"])), tuple(codes(r["target"])), r["modality"])
            for r in recs}


@pytest.mark.parametrize("body", [
    "Chile tore up a fisheries agreement with Peru on Tuesday.",
    "Bolivia pulled out of the transit deal with Paraguay in July.",
    "Estonia withdrew from the border agreement with Latvia.",
    "Ghana scrapped its defence pact with Togo.",
])
def test_leaving_or_tearing_up_an_agreement_suspends_a_treaty(coder, body):
    assert any(r["cameo"] == "163" for r in coded(coder, body))


def test_pulling_out_of_talks_or_troops_is_not_a_treaty_suspension(coder):
    assert not any(r["cameo"] == "163" for r in coded(
        coder, "Chile pulled its troops out of Peru in May."))


@pytest.mark.parametrize("body, target", [
    ("Mali's military government gave the French ambassador 72 hours to leave.", "FRAGOV"),
    ("Russia gave two Estonian diplomats a week to leave the country.", "ESTGOV"),
])
def test_a_deadline_to_leave_expels(coder, body, target):
    recs = coded(coder, body)
    assert any(r["cameo"] == "161" and codes(r["target"]) == [target] for r in recs)


def test_time_given_for_talks_is_no_expulsion(coder):
    recs = coded(coder, "Ghana gave the Togolese delegation two days of talks in Accra.")
    assert not any(r["root"] == "16" for r in recs)


def test_an_offered_apology_is_made(coder):
    assert ("055", ("JPN",), ("KOR",), "asserted") in dyads(
        coded(coder, "Japan offered an apology to South Korea on Monday."))
    assert ("055", ("JPN",), ("KOR",), "negated") in dyads(
        coded(coder, "Japan did not offer a new apology to South Korea."))


def test_offered_talks_stay_an_offer(coder):
    recs = coded(coder, "Chile offered talks to Peru on Monday.")
    assert any(r["root"] == "03" for r in recs)


@pytest.mark.parametrize("body, code, target", [
    ("Germany pledged 300 million euros to Ukraine.", "0331", "UKR"),
    ("Canada promised troops to Latvia.", "0334", "LVA"),
    ("Norway pledged air defence missiles to Ukraine.", "0332", "UKR"),
])
def test_what_is_pledged_sets_the_intent_and_its_receiver_the_target(coder, body, code,
                                                                   target):
    recs = coded(coder, body)
    assert any(r["cameo"] == code and codes(r["target"]) == [target] for r in recs)


def test_a_summons_with_the_particle_parsed_as_preposition(coder):
    recs = coded(coder, "Japan's vice foreign minister, Takehiro Funakoshi, called in the "
                        "Chinese envoy to complain about the message.")
    assert ("114", ("JPNGOV",), ("CHNGOV",), "asserted") in dyads(recs)


def test_meeting_in_a_city_is_no_summons(coder):
    recs = coded(coder, "Chile's foreign minister called in Lima for calm on Monday.")
    assert not any(r["cameo"] == "114" for r in recs)


def test_a_vow_to_answer_with_measures_threatens_sanctions(coder):
    recs = coded(coder, "Israel pledged to answer with measures of its own against Turkey.")
    assert any(r["root"] == "13" and codes(r["source"]) == ["ISR"] for r in recs)
