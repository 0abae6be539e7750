"""Restrictive state measures, from error analysis in session 21 (brief measures21): entry
bans on people, visas revoked, foreign hauliers restricted. Each rule is
shown by sentences of its own (none is a development-set sentence), with a near miss."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Georgia has banned the head of Russia's air force from entering its territory.",
                 ("GEO", "RUS"), id="banned_commander"),
    pytest.param("Chile said on Monday it had barred former Argentine President Carlos Menem "
                 "from entering the country.", ("CHL", "ARG"), id="barred_former_president"),
    pytest.param("Moldova has prohibited the Russian deputy defence minister from entering "
                 "Moldovan territory.", ("MDA", "RUS"), id="prohibited_minister"),
])
def test_barring_a_person_from_entering_restricts_that_person(coder, text: str,
                                                              pair: tuple[str, str]) -> None:
    # an entry ban on a person is an administrative sanction on that person (172), not an
    # embargo (163)
    source, target = pair
    found = pairs(coder, text, "2025-09-20")
    assert (source, target, "172") in found
    assert not any(s == source and code == "163" for s, _, code in found)


def test_ships_barred_from_entering_stay_an_embargo(coder) -> None:
    # goods, ships and flights barred from entering are an embargo (163), not 172
    found = pairs(coder, "Turkey barred Russian ships from entering its ports.", "2025-09-20")
    assert ("TUR", "RUS", "163") in found
    assert not any(code == "172" for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The State Department revoked the visas of three Nicaraguan judges on Friday.",
                 ("USA", "NIC"), id="revoked_visas_of"),
    pytest.param("Britain revoked the visa of a senior Iranian cleric last week.",
                 ("GBR", "IRN"), id="revoked_visa_of_cleric"),
])
def test_revoking_visas_is_an_administrative_sanction(coder, text: str,
                                                      pair: tuple[str, str]) -> None:
    source, target = pair
    assert (source, target, "172") in pairs(coder, text, "2025-09-20")


def test_a_visa_regime_cancelled_is_no_sanction(coder) -> None:
    # cancelling a visa regime eases it: no 172 (only "revoke" revokes visas)
    found = pairs(coder, "Russia cancelled the visa regime for Georgian citizens on Monday.",
                  "2025-09-20")
    assert not any(code == "172" for _, _, code in found)


@pytest.mark.parametrize("text", [
    pytest.param("Minsk could respond by restricting Lithuanian hauliers, a Belarusian "
                 "official said.", id="restricting_hauliers"),
    pytest.param("Belarus has restricted Lithuanian carriers since March.",
                 id="restricted_carriers"),
])
def test_restricting_a_states_hauliers_is_a_sanction(coder, text: str) -> None:
    # a state's hauliers, carriers or companies restricted: an embargo on it (163), not a
    # restriction of freedoms at home (172)
    found = pairs(coder, text, "2025-09-20")
    assert ("BLR", "LTU", "163") in found
    assert not any(code == "172" for _, _, code in found)


def test_a_treaty_revoked_stays_a_treaty_measure(coder) -> None:
    # only visas revoked are 172: a treaty revoked is still 163
    found = pairs(coder, "Moscow revoked its fishing agreement with Tokyo on Friday.",
                  "2025-09-20")
    assert not any(code == "172" for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The British Treasury on Monday put under sanctions the head of Belarus's "
                 "central bank.", ("GBR", "BLR"), id="put_under_sanctions"),
    pytest.param("Ottawa placed under sanctions three Iranian generals.", ("CAN", "IRN"),
                 id="placed_under_sanctions"),
    pytest.param("Peru will apply a tariff of 20% to all the products of Chile from March.",
                 ("PER", "CHL"), id="apply_tariff"),
    pytest.param("Ghana could apply reciprocity measures against Nigerian goods.",
                 ("GHA", "NGA"), id="apply_reciprocity"),
])
def test_sanctions_put_or_tariffs_applied_are_sanctions(coder, text: str,
                                                        pair: tuple[str, str]) -> None:
    source, target = pair
    assert (source, target, "163") in pairs(coder, text, "2025-09-20")


def test_applying_for_membership_is_no_sanction(coder) -> None:
    # "apply" with no tariff, duty or sanction imposes nothing
    found = pairs(coder, "Ukraine applied for membership of the European Union in 2022.",
                  "2025-09-20")
    assert not any(code == "163" for _, _, code in found)
