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


@pytest.mark.parametrize("body, code, source, target", [
    ("The U.S. Treasury added four Iranian firms to its sanctions blacklist on Monday.",
     "163", "USA", "IRNBUS"),
    ("Japan scrapped its duties on Australian wine in May.", "085", "JPN", "AUS"),
    ("Chile evacuated its diplomats from Peru on Sunday.", "161", "CHL", "PER"),
    ("Turkey expressed its solidarity with Azerbaijan.", "051", "TUR", "AZE"),
    ("Chile took the dispute to the U.N. Security Council in 2021.", "022", "CHL", "IGOUNO"),
    ("Peru took the dispute to the International Court of Justice.", "115", "PER", None),
    ("Ghana's president pointed the finger at Togo on Friday.", "112", "GHAGOV", "TGO"),
    ("China reserves the right to take countermeasures against Japan.", "130", "CHN", "JPN"),
    ("The Japanese government announced the closing of its embassy in Lima.", "161", "JPNGOV",
     None),
])
def test_session4_lexicon_rows(coder, body, code, source, target):
    recs = coded(coder, body)
    hits = [r for r in recs if r["cameo"] == code and codes(r["source"]) == [source]]
    assert hits, recs
    if target:
        assert codes(hits[0]["target"]) == [target]


def test_lone_drills_show_force_and_joint_drills_cooperate(coder):
    recs = coded(coder, "The Chinese military held drills around Taiwan on Monday.")
    assert ("150", ("CHNMIL",), ("TWN",), "asserted") in dyads(recs)
    recs = coded(coder, "Russia held joint drills with Belarus on Monday.")
    assert any(r["cameo"] == "062" for r in recs)
    assert not any(r["root"] == "15" for r in recs)


def test_an_ambiguous_bare_name_resolves_to_no_state(coder):
    # several officeholders of different states share the name: none is chosen, and the
    # answer does not depend on the process's hash seed
    recs = coded(coder, "Mohammed called on Algeria to work together with Rabat.")
    assert not any(codes(r["source"]) for r in recs)


def test_police_approving_protests_do_not_protest(coder):
    assert not any(r["root"] == "14" for r in coded(
        coder, "Danish police have approved several such demonstrations this year."))
    recs = coded(coder, "A Chilean senator began a hunger strike outside Peru's embassy to "
                        "protest its decision.")
    assert any(r["root"] == "14" and codes(r["source"])[0].startswith("CHL") for r in recs)


def test_flights_to_and_from_several_states(coder):
    recs = coded(coder, "Chile suspended commercial flights to and from Peru and Bolivia.")
    targets = {c for r in recs if r["cameo"] == "163" for c in codes(r["target"])}
    assert targets == {"PER", "BOL"}


@pytest.mark.parametrize("body, code, source, target", [
    ("Ghana withdrew its charge d'affaires from Lome.", "161", "GHA", "TGO"),
    ("Chile suspended its complaint at the World Trade Organization over Peruvian tariffs.",
     "080", "CHL", None),
    ("Bolivian embassy staff were evacuated from Lima on Sunday.", "161", "BOL", None),
    ("Peru's Indian high commissioner was called to the ministry on Monday.", "114", None,
     "INDGOV"),
])
def test_session4_diplomatic_rows(coder, body, code, source, target):
    recs = coded(coder, body)
    hits = [r for r in recs if r["cameo"] == code]
    assert hits, recs
    if source:
        assert codes(hits[0]["source"])[0].startswith(source)
    if target:
        assert codes(hits[0]["target"]) == [target]
