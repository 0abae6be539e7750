"""Agentless passives of state acts (session 19, passives19; issue #4): the state that does an
act the sentence tells with no agent is inferred, marked `inferred`, with a lower confidence.
Each rule is shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import records_in, sides_in


@pytest.mark.parametrize(("text", "words", "wanted", "wrong"), [
    pytest.param("Iran and Sweden have quarrelled for years over a jailed official. It should "
                 "be recalled that Mr. Rahimi was arrested at Stockholm airport in 2019.",
                 "Mr. Rahimi", ("SWE", "IRN", "17"), ("IRN", "SWE", "17"), id="airport"),
    pytest.param("Egypt and Ethiopia are at odds over the Nile dam. Mr. Haile Gebre was "
                 "detained in Cairo on Tuesday, a lawyer said.", "Gebre was",
                 ("EGY", "ETH", "17"), ("ETH", "EGY", "17"), id="city_said"),
    pytest.param("Russia and Estonia traded accusations on Monday. According to his family, "
                 "Andrus Kask was detained at a Moscow airport in March.", "Kask",
                 ("RUS", "EST", "17"), ("EST", "RUS", "17"), id="detained_at_airport"),
])
def test_an_agentless_act_whose_only_state_is_its_place_is_that_states(
        coder, text, words, wanted, wrong) -> None:
    """"X was arrested at Stockholm airport": when the only state an agentless arrest finds
    is the one of its place phrase (the person it befell is unresolved), that state did it,
    to the other party of the main dyad, not the reverse; both are inferred."""
    got = sides_in(coder, text, words)
    assert wanted in got
    assert wrong not in got
    rec = next(r for r in records_in(coder, text, words) if r["cameo"].startswith("17"))
    assert rec["source"]["inferred"] and rec["confidence"] < 0.7


@pytest.mark.parametrize(("text", "words", "wanted"), [
    pytest.param("Egypt and Ethiopia are at odds over the Nile dam. Mr. Haile Gebre was "
                 "detained in Cairo on Tuesday, a lawyer said.", "Gebre was",
                 ("EGY", "ETH", "17"), id="city"),
    pytest.param("Iran and Britain have traded accusations for weeks. The tanker was seized "
                 "in Iranian waters on Friday.", "tanker", ("IRN", "GBR", "17"),
                 id="waters"),
    pytest.param("China and the Philippines have clashed over the shoal. The two fishermen "
                 "have been held in Manila since March.", "fishermen", ("PHL", "CHN", "17"),
                 id="held_since"),
])
def test_an_agentless_act_with_no_party_but_its_place_is_the_places_state(
        coder, text, words, wanted) -> None:
    """"Mr. X was detained in Cairo", "the tanker was seized in Iranian waters": an
    agentless state act that names no party at all, only its place, is done by the place's
    state to the other party of the main dyad (before: no record)."""
    assert wanted in sides_in(coder, text, words)


@pytest.mark.parametrize(("text", "words", "wrong"), [
    pytest.param("Egypt and Ethiopia are at odds over the Nile dam. The opposition leader "
                 "was arrested in Cairo on Tuesday.", "opposition leader", ("ETH", "EGY", "17"),
                 id="opposition"),
    pytest.param("Russia and Estonia traded accusations on Monday. Two Russian journalists "
                 "were detained in Moscow overnight, their editor said.", "journalists",
                 ("EST", "RUS", "17"), id="journalists"),
])
def test_an_agentless_arrest_in_the_arrested_ones_own_country_is_no_foreign_act(
        coder, text, words, wrong) -> None:
    """"The opposition leader was arrested in Cairo": an arrest done in the country of the
    one arrested is that country's own, not the other party of the main dyad's (before:
    coded as the other party's arrest)."""
    assert wrong not in sides_in(coder, text, words)


@pytest.mark.parametrize(("text", "words", "wanted"), [
    pytest.param("Colombia and Venezuela traded accusations on Monday. The businessman was "
                 "extradited to Colombia from Panama in 2021.", "extradited",
                 ("PAN", "COL", "06"), id="extradited_to_from"),
    pytest.param("Peru and Bolivia have argued over the case for months. The suspect was "
                 "handed over to Peru from Chile last year.", "handed over",
                 # (a suspect handed over is judicial cooperation, 063, since lexicon28)
                 ("CHL", "PER", "06"), id="handed_over_by_a_third_state"),
    pytest.param("China and Japan have argued over the fraud ring for months. In 2017, 77 "
                 "Chinese nationals were deported from Suva on a chartered plane.", "deported",
                 ("FJI", "CHN", "17"), id="deported_from_city"),
    pytest.param("China and Fiji have argued over the fraud ring for months. In 2017, 77 "
                 "Chinese nationals were deported from Nadi on a chartered plane.", "deported",
                 ("FJI", "CHN", "17"), id="deported_from_nadi"),
])
def test_a_person_sent_away_from_a_state_is_sent_by_it(coder, text, words, wanted) -> None:
    """"was extradited to the United States from Cape Verde", "were deported from Nadi": an
    agentless sending away of a person is done by the state of its "from" phrase."""
    assert wanted in sides_in(coder, text, words)
