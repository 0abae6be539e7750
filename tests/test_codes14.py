"""Session 13 helper codes14: the right pair of countries given the wrong CAMEO code. Each
rule is shown by sentences of its own (none is a development-set sentence): the code an
object or a clause decides, and the senses the rules must leave alone."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    # Putting off or postponing tariffs already ordered eases them (085).
    pytest.param("The U.S. president on Tuesday put off for two weeks the tariffs on steel "
                 "from Canada.",
                 ("USA", "CAN", "085"), id="putting_off_tariffs_eases_them"),
    pytest.param("Brussels postponed the duties on Chinese electric cars until October.",
                 ("IGO", "CHN", "085"), id="postponing_duties_eases_them"),
    # Ordering tariffs imposes them (163), it demands nothing (100).
    pytest.param("The Brazilian president ordered new tariffs on Argentine wheat on Friday.",
                 ("BRA", "ARG", "163"), id="ordering_tariffs_imposes_them"),
    # A restrictive clause on what an act undid names the measure: the act is the undoing,
    # aimed at the clause's target.
    pytest.param("Under the accord, Kenya and Uganda lifted the embargo they had imposed on "
                 "Tanzania.",
                 ("KEN", "TZA", "085"), id="lifting_the_embargo_imposed_on_a_party"),
    pytest.param("On Friday the Chilean president suspended the duties he had ordered on "
                 "imports from Peru.",
                 ("CHL", "PER", "085"), id="suspending_the_duties_ordered_on_a_party"),
    # Accepting rescue teams or aid lets humanitarian agencies in (0863).
    pytest.param("Turkey said on Monday that it had accepted offers of rescue teams from "
                 "Greece and Italy.",
                 ("TUR", "GRC", "0863"), id="accepting_offers_of_rescue_teams"),
    pytest.param("Pakistan accepted humanitarian aid from India after the floods.",
                 ("PAK", "IND", "0863"), id="accepting_humanitarian_aid"),
    # Hoping to do an act, and a wish to do it, announce it (036 for a meeting).
    pytest.param("The Thai prime minister said he hoped to meet the Cambodian prime minister "
                 "next month.",
                 ("THA", "KHM", "036"), id="hoping_to_meet_intends_a_meeting"),
    pytest.param("The Greek prime minister conveyed his wish to meet the Turkish president "
                 "before the summer.",
                 ("GRC", "TUR", "036"), id="a_wish_to_meet_intends_a_meeting"),
    # A court ordering a party to pay finds it liable (116).
    pytest.param("A Seoul court ordered a Japanese steelmaker to pay damages to Korean "
                 "workers.",
                 ("KOR", "JPN", "116"), id="a_court_ordering_payment_finds_liable"),
    # Ordering another party to yield demands it (10x): lifting a blockade, 1056.
    pytest.param("The Arab League ordered Ethiopia to lift the blockade of Tigray.",
                 ("IGO", "ETH", "1056"), id="ordering_a_party_to_yield_demands_it"),
])
def test_codes14_codes(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Codes the rules must no longer give, or must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("The U.S. president on Tuesday put off for two weeks the tariffs on steel "
                 "from Canada.",
                 ("USA", "CAN", "100"), id="putting_off_tariffs_is_no_demand"),
    pytest.param("The Brazilian president ordered new tariffs on Argentine wheat on Friday.",
                 ("BRA", "ARG", "100"), id="ordering_tariffs_is_no_demand"),
    pytest.param("Under the accord, Kenya and Uganda lifted the embargo they had imposed on "
                 "Tanzania.",
                 ("KEN", "TZA", "163"), id="the_embargo_undone_is_not_imposed_again"),
    pytest.param("Turkey said on Monday that it had accepted offers of rescue teams from "
                 "Greece and Italy.",
                 ("TUR", "GRC", "030"), id="accepting_aid_is_no_mere_intent"),
    pytest.param("Turkey accepted the Greek proposal for talks on Monday.",
                 ("TUR", "GRC", "0863"), id="accepting_a_proposal_lets_no_aid_in"),
    pytest.param("The Thai prime minister said he hoped to meet the Cambodian prime minister "
                 "next month.",
                 ("THA", "KHM", "040"), id="a_hoped_meeting_is_not_held"),
    pytest.param("A Seoul court ordered a Japanese steelmaker to pay damages to Korean "
                 "workers.",
                 ("KOR", "JPN", "100"), id="a_court_award_is_no_demand"),
    pytest.param("The Kenyan foreign minister ordered the Somali company to pay its taxes.",
                 ("KEN", "SOM", "116"), id="a_government_order_to_pay_finds_no_one_liable"),
    pytest.param("The Arab League ordered Ethiopia to lift the blockade of Tigray.",
                 ("IGO", "ETH", "100"), id="ordering_a_party_to_yield_is_no_plain_demand"),
    pytest.param("Turkey accepted the Greek proposal amid a humanitarian crisis on the "
                 "islands.",
                 ("TUR", "GRC", "0863"), id="a_crisis_named_beside_lets_no_aid_in"),
])
def test_codes14_codes_not_given(coder, text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in pairs(coder, text)


def test_a_clause_set_off_by_a_comma_tells_its_own_act(coder) -> None:
    """"lifted the restrictions, which it had imposed on Togo in 2021": a clause set off by
    a comma tells a fact of its own (dated here), not which measure was undone; both acts
    stay coded."""
    found = pairs(coder, "Ghana lifted the restrictions, which it had imposed on Togo in 2021.")
    assert {("GHA", "TGO", "081"), ("GHA", "TGO", "163")} <= found

