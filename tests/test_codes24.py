"""Right dyad, wrong root, from error analysis in session 22 (brief codes24), each rule shown
by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

DAY = "2025-11-20"


def assert_coded(coder, text: str, pair: tuple[str, str], code: str,
                 never: tuple[str, ...] = ()) -> None:
    """The sentence codes the pair with `code`, and no record with a code starting with
    one of `never`."""
    found = pairs(coder, text, DAY)
    assert (*pair, code) in found, found
    assert not any(c.startswith(never) for _, _, c in found if never), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Mali's junta has asked French troops to leave without delay.", ("MLI", "FRA"),
                 id="asked_troops_leave"),
    pytest.param("Burkina Faso formally asked the French soldiers to leave the country.",
                 ("BFA", "FRA"), id="asked_soldiers_leave_country"),
    pytest.param("Niger has not asked the American forces to leave, an official said.",
                 ("NER", "USA"), id="not_asked_forces_leave"),
    pytest.param("Niger's junta urged the French soldiers to leave the country.",
                 ("NER", "FRA"), id="urged_soldiers_leave"),
])
def test_asking_anothers_forces_to_leave_demands_withdrawal(coder, text: str,
                                                            pair: tuple[str, str]) -> None:
    # the forces asked to leave are who would leave: the asker demands their withdrawal
    # from its soil (106), not a plain appeal (020)
    assert_coded(coder, text, pair, "106", never=("020", "174"))


def test_asking_a_delegation_to_leave_a_room_demands_no_withdrawal(coder) -> None:
    # near miss: people who are no armed forces asked to leave
    found = pairs(coder, "The minister asked the Chinese delegation to leave the room.",
                  DAY)
    assert not any(c == "106" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Madrid downgraded its mission in Caracas to charge d'affaires level.",
                 id="downgraded_to_charge_daffaires"),
    pytest.param("Kenya downgraded its relations with Sudan to charge d’affaires in March.",
                 id="downgraded_curly_apostrophe"),
])
def test_charge_daffaires_is_an_envoy_not_a_charge(coder, text: str) -> None:
    # "charge d'affaires" is an envoy's title: no accusation (112) or legal charge (115)
    found = pairs(coder, text, DAY)
    assert not any(c[:3] in ("112", "115") for _, _, c in found), found
    assert any(c[:2] == "16" for _, _, c in found), found


def test_charging_people_stays_a_charge(coder) -> None:
    # near miss: "charged" as a verb of prosecution or accusation
    found = pairs(coder, "A court in Minsk charged two Lithuanian nationals with espionage.",
                  DAY)
    assert any(c[:2] == "11" for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Oman halted work visas for Bangladeshi nationals on Tuesday.", ("OMN", "BGD"),
                 id="halted_work_visas_nationals"),
    pytest.param("Kuwait suspended the issuing of visas to Filipino workers last week.",
                 ("KWT", "PHL"), id="suspended_issuing_visas_workers"),
])
def test_visas_halted_for_a_people_are_an_administrative_sanction(
        coder, text: str, pair: tuple[str, str]) -> None:
    # visas stopped for a state's people (citizens, workers) sanction them administratively
    # (172), as revoking a visa does
    assert_coded(coder, text, pair, "172")


def test_a_visa_free_regime_suspended_stays_a_sanction_on_the_state(coder) -> None:
    # near miss: a visa-free scheme suspended, or visas stopped for a state's officials
    found = pairs(coder, "The European Union suspended the visa-free regime for Georgian "
                         "citizens on Monday.", DAY)
    assert not any(c[:3] == "172" for _, _, c in found), found
    found = pairs(coder, "France suspended visas for Algerian officials.", DAY)
    assert ("FRA", "DZA", "163") in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The U.S. Treasury on Tuesday designated Iran's state oil company and three "
                 "shipping firms.", ("USA", "IRN"), id="designated_company"),
    pytest.param("Washington designated the Russian state arms exporter and five of its "
                 "subsidiaries on Friday.", ("USA", "RUS"), id="designated_exporter"),
])
def test_designating_a_named_party_lists_it_for_sanctions(coder, text: str,
                                                          pair: tuple[str, str]) -> None:
    # a designation that says nothing of what the party is designated as is a sanctions
    # listing (163), no accusation (112)
    assert_coded(coder, text, pair, "163", never=("112",))


def test_designating_a_party_as_an_offender_stays_an_accusation(coder) -> None:
    # near miss: what the party is designated as is said ("as a state that failed ...")
    found = pairs(coder, "The State Department designated Eritrea as a country that failed "
                         "to combat trafficking.", DAY)
    assert not any(c[:3] == "163" for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Seoul put Japan back on its list of trusted trading partners on Monday.",
                 ("KOR", "JPN"), id="put_back_trusted_list"),
    pytest.param("Canberra added Beijing to its list of friendly trading partners.",
                 ("AUS", "CHN"), id="added_friendly_list"),
])
def test_a_list_of_trusted_partners_eases_curbs(coder, text: str,
                                               pair: tuple[str, str]) -> None:
    # a state put on a list of trusted or friendly partners has curbs eased (085), it is
    # not blacklisted (163)
    assert_coded(coder, text, pair, "085", never=("163",))


def test_a_blacklist_stays_a_sanction(coder) -> None:
    # near miss: any other list
    found = pairs(coder, "Washington put Cuba on its list of state sponsors of terrorism.",
                  DAY)
    assert ("USA", "CUB", "163") in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Vilnius ordered the Belarusian consulate in Klaipeda closed on Friday.",
                 ("LTU", "BLR"), id="ordered_consulate_closed"),
    pytest.param("Prague ordered Moscow's trade mission in Brno shut last month.",
                 ("CZE", "RUS"), id="ordered_mission_shut"),
])
def test_ordering_a_mission_closed_reduces_relations(coder, text: str,
                                                    pair: tuple[str, str]) -> None:
    # "ordered X closed" says what is done to X, as "ordered the closure of X" does: the
    # closing of another state's mission (161) by the state that orders it, no bare demand
    assert_coded(coder, text, pair, "161", never=("100",))


def test_ordering_a_bridge_repaired_reduces_no_relations(coder) -> None:
    # near miss: the same construction on a thing that is no mission
    found = pairs(coder, "Vilnius ordered the damaged bridge repaired on Friday.",
                  DAY)
    assert not any(c[:2] == "16" for _, _, c in found), found
