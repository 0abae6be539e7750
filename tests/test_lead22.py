"""Session 22 lead fixes to the actor gazetteer: a country's proper name (a capital such as
"Male", a name such as "Chad") names the state only when written with its capital letter;
three-capital airport codes among a city's other names ("LAW", "ARE") are no city names."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides


@pytest.mark.parametrize("body, country", [
    ("Police in Minsk detained several male students who protested outside the Lithuanian "
     "embassy on Monday.", "MDV"),  # a common word is no capital
    ("The Minister of Law criticised the Singaporean ambassador on Monday.", "USA"),  # LAW
    ("State grid operator Ukrenergo said Russia attacked its power plants on Monday.",
     "CHN"),  # "State Grid" alone is no company
])
def test_common_words_name_no_actor(coder, body, country):
    sides = country_sides(coder, body)
    assert not any(country in (s, t) for s, t, _ in sides), sides


def test_capital_written_as_a_name_still_names_its_state(coder):
    sides = country_sides(coder, "Israel condemned the decision by Male on Monday.")
    assert ("ISR", "MDV", "11") in sides, sides


def test_capital_in_an_upper_case_dateline_still_names_its_state(coder):
    sides = country_sides(coder, "MALE, June 2 (AP) - Male banned Israeli passport holders "
                                 "on Sunday.")
    assert ("MDV", "ISR", "16") in sides, sides


def test_likening_to_an_odious_referent_criticises(coder):
    sides = country_sides(coder, "Turkey's president compared Israel's actions in Gaza to "
                                 "those of Nazi Germany on Monday.")
    assert ("TUR", "ISR", "11") in sides, sides


def test_measuring_like_with_like_is_still_no_criticism(coder):
    sides = country_sides(coder, "Turkey's president compared Israel's growth to that of "
                                 "Greece on Monday.")
    assert not any(r == "11" for _, _, r in sides), sides
