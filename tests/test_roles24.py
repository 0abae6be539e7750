"""Right countries, wrong roles, from error analysis in session 24 (brief roles24): the
parties a phrase naming both sides stands for take the role of the people it names, each
rule shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, sides

LEAD = "Kenya and Tanzania signed a trade accord on Monday. "


def actor_sets(coder, text: str, trigger: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(source codes, target codes) of every record whose trigger is `trigger`."""
    return {(tuple(sorted(codes(r["source"]))), tuple(sorted(codes(r["target"]))))
            for r in coded(coder, text, "2025-11-20") if r["trigger"] == trigger}


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("Officials from the two countries are due to hold talks on fishing next month.",
                 "hold", id="officials_from"),
    pytest.param("Senior officials of both countries will meet in Arusha next week.", "meet",
                 id="officials_of"),
    pytest.param("The two countries' defence chiefs are due to meet in Mombasa next month.",
                 "meet", id="possessive_chiefs"),
])
def test_people_of_both_countries_as_subject_are_their_governments(coder, text, trigger):
    # "officials from the two countries", "the two countries' defence chiefs": the people the
    # phrase names are each government's (GOV), not the states named bare
    found = actor_sets(coder, LEAD + text, trigger)
    assert (("KENGOV", "TZAGOV"), ()) in found, found


GOVERNMENTS = (("UGAGOV",), ("KENGOV", "TZAGOV"))
STATES = (("UGAGOV",), ("KEN", "TZA"))


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    # the object names the two parties' leaders: each government (GOV)
    pytest.param("Ugandan President Yoweri Museveni hosted the two leaders in Entebbe on "
                 "Friday.", "hosted", GOVERNMENTS, id="hosted_two_leaders"),
    pytest.param("Ugandan President Yoweri Museveni spoke by phone with the leaders of both "
                 "countries on Friday.", "spoke", GOVERNMENTS, id="spoke_with_leaders_of_both"),
    pytest.param("Ugandan President Yoweri Museveni praised the leaders of both countries on "
                 "Friday.", "praised", GOVERNMENTS, id="praised_leaders_of_both"),
    # near misses: an appeal to "both sides" and "the two countries" name the states (bare)
    pytest.param("Ugandan President Yoweri Museveni urged both sides on Friday to settle the "
                 "dispute peacefully.", "urged", STATES, id="urged_both_sides"),
    pytest.param("Ugandan President Yoweri Museveni hosted the two countries in Entebbe on "
                 "Friday.", "hosted", STATES, id="hosted_two_countries"),
])
def test_an_object_naming_both_sides_takes_the_role_of_its_people(coder, text, trigger,
                                                                   wanted):
    found = actor_sets(coder, LEAD + text, trigger)
    assert wanted in found, found


def test_the_two_countries_as_subject_stay_the_states(coder):
    # near miss: "the two countries" heads no people: the states themselves
    found = actor_sets(coder, LEAD + "The two countries will hold talks on fishing next month.",
                       "hold")
    assert (("KEN", "TZA"), ()) in found, found


def test_a_states_drones_and_bombers_are_its_military(coder):
    # "Ukrainian drones", "American bombers", "shot down Russian drones": the military (MIL),
    # as "Israeli warplanes" are
    found = sides(coder, "Ukrainian drones hit an oil depot in Russia's Kursk region on "
                         "Thursday night.")
    assert ("UKRMIL", "RUS", "19") in found, found
    found = sides(coder, "American bombers dropped heavy bombs on two sites in Yemen on Sunday.")
    assert ("USAMIL", "YEM", "19") in found, found
    found = sides(coder, "Romanian jets shot down two Russian drones over Tulcea on Tuesday.")
    assert any(t == "RUSMIL" for _, t, _ in found), found


def test_a_drone_maker_is_no_military(coder):
    # near miss: "drone" names the maker's product, the actor is the company
    found = sides(coder, "Kuwait signed a deal on Monday to buy combat drones from Turkish "
                         "drone maker Baykar.")
    assert not any(t.endswith("MIL") for _, t, _ in found), found


# (text, the (source, target, root) it must give, id)
NATIONALS = (
    ("An American was arrested by Russian police in Moscow on Monday.",
     ("RUSCOP", "USACVL", "17"), "an_american"),
    ("A Frenchman and a German were detained by Iranian police in Tabriz on Monday.",
     ("IRNCOP", "DEUCVL", "17"), "a_german"),
    # near misses: a nationality adjective before a noun qualifies it
    ("Russian police detained an American journalist in Moscow on Monday.",
     ("RUSCOP", "USAMED", "17"), "american_journalist"),
    ("Poland criticised the German position on Monday.", ("POL", "DEU", "11"),
     "the_german_position"),
)


@pytest.mark.parametrize(("text", "wanted"), [pytest.param(t, w, id=i) for t, w, i in NATIONALS])
def test_a_nationality_as_a_noun_is_one_of_its_people(coder, text, wanted):
    # "an American", "a German" alone: a private person of that nationality (CVL)
    found = sides(coder, text)
    assert wanted in found, found


DISPUTE = "Norway and Belarus have been at odds for months. Oslo protested on Monday. "


def test_a_named_person_detained_abroad_is_one_of_the_other_partys_people(coder):
    # "X Y was detained at Minsk airport": the act's place gives the agent (Belarus's police)
    # and the person it befalls, named by no actor, is one of the other party's people (CVL)
    found = sides(coder, DISPUTE + "Ola Nordmann was detained at Minsk airport in April.")
    assert ("BLRCOP", "NORCVL", "17") in found, found


def test_an_unnamed_detainee_stays_with_the_state(coder):
    # near miss: no name, so nothing says who the detainee is: the other party itself
    found = sides(coder, DISPUTE + "The novelist was detained at Minsk airport in April.")
    assert ("BLRCOP", "NOR", "17") in found, found
