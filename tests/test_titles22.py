"""Titles and institutions under their translated and regional names (session 18, helper
titles22): the foreign ministry as "MID", "MFA", "Ministry of Foreign/External Relations",
"Cancilleria"; Commonwealth high commissions; councils of ministers; prosecution services
("Public Ministry"); legislatures and their presiding officers under local names; named
foreign ministries and security councils. Probe sentences of our own, in wire and translated
wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


def _sides(coder, body: str) -> set[tuple]:
    return {(src, tgt) for _, src, tgt, _ in dyads(coded(coder, body, "2024-06-05"))}


def _actors(coder, body: str) -> set[str]:
    return {c for src, tgt in _sides(coder, body) for c in (*src, *tgt)}


@pytest.mark.parametrize("body, actor", [
    # the foreign ministry under its Russian, English and Spanish/Portuguese short names
    ("The MID of Kazakhstan on Friday summoned the Kyrgyz ambassador.", "KAZGOV"),
    ("The official representative of the MID of Belarus, Anatoly Glaz, condemned the "
     "Lithuanian sanctions.", "BLRGOV"),
    ("In a statement the Ukrainian MFA condemned the Hungarian decision.", "UKRGOV"),
    ("Armenia's MOFA protested to Azerbaijan over the shelling.", "ARMGOV"),
    ("The Ministry of Foreign Relations of Cuba condemned the new American sanctions.",
     "CUBGOV"),
    ("The Ministry of External Relations of Angola welcomed the Congolese proposal.",
     "AGOGOV"),
    ("The Secretariat of Foreign Relations of Mexico criticised the Ecuadorian police.",
     "MEXGOV"),
    ("The Bolivian Cancilleria summoned the Peruvian ambassador on Tuesday.", "BOLGOV"),
    ("South Africa's DIRCO criticised the Rwandan government.", "ZAFGOV"),
    ("The Department of International Relations and Cooperation summoned the Israeli "
     "ambassador.", "ZAFGOV"),
    ("The Department of State condemned the Venezuelan elections.", "USAGOV"),
    # a high commission is an embassy
    ("The British High Commission in Nairobi condemned the attack on Kenyan protesters.",
     "GBRGOV"),
    ("Canada expelled the Indian high commission's second secretary on Monday.", "INDGOV"),
    # a council of ministers is the cabinet; a royal palace speaks for the king
    ("The Lebanese Council of Ministers condemned the Israeli strikes on Tuesday.", "LBNGOV"),
    ("Morocco's royal palace condemned the Algerian decision.", "MARGOV"),
    ("Ukraine's National Security and Defence Council imposed sanctions on Russian "
     "companies.", "UKRGOV"),
    # prosecution services
    ("The Public Ministry of Guatemala accused the Mexican company of fraud.", "GTMJUD"),
    ("Brazil's Public Ministry charged two Paraguayan smugglers.", "BRAJUD"),
    ("The Argentine public prosecutor's office accused Iranian officials of the bombing.",
     "ARGJUD"),
    # legislatures and their presiding officers
    ("The Iraqi Council of Representatives voted to expel American troops.", "IRQLEG"),
    ("House Speaker Nancy Pelosi arrived in Taipei on Tuesday, defying China.", "USALEG"),
    ("Beijing condemned the visit of U.S. House Speaker Kevin McCarthy to Taiwan.", "USALEG"),
    # a named armed corps in the singular
    ("The Revolutionary Guard seized a British tanker in the Strait of Hormuz.", "IRNMIL"),
])
def test_translated_title_or_institution(coder, body, actor):
    assert actor in _actors(coder, body)


def test_presiding_officer_with_its_state(coder):
    body = "The Iranian speaker Mohammad Bagher Ghalibaf criticised Washington on Sunday."
    assert (("IRNLEG",), ("USA",)) in _sides(coder, body)


@pytest.mark.parametrize("body", [
    # a palace without its state is a place; a bare "speaker" needs its state
    "At the presidential palace on Monday, Chile praised Peru for its help.",
    "Chile praised Peru at the royal palace in Madrid on Monday.",
    "The speaker at the forum said Chile had praised Peru.",
])
def test_place_or_countryless_word_is_no_actor(coder, body):
    assert not any(c.endswith(("GOV", "LEG", "JUD")) for c in _actors(coder, body))
