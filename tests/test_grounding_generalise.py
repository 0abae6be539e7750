"""Grounding rules found by error analysis on tune/tune2 (non-asserted recall, dates), each
tested on sentences of its own (other countries, other wordings than the gold)."""

from __future__ import annotations

from test_generalise_tune2 import coded, codes


def with_root(recs: list[dict], root: str) -> dict:
    hits = [r for r in recs if r["root"] == root]
    assert hits, f"no root {root}: {[(r['trigger'], r['cameo']) for r in recs]}"
    return hits[0]


# -- modality ------------------------------------------------------------------------------

def test_stopped_short_of_an_act_is_the_act_negated_with_its_agent(coder):
    body = ("Peruvian Ambassador Luis Vega was summoned to the ministry in Santiago on Monday. "
            "Chile stopped short of expelling the ambassador himself.")
    rec = next(r for r in coded(coder, body) if r["trigger"] == "expelling")
    assert codes(rec["source"])[0][:3] == "CHL"
    assert codes(rec["target"])[0][:3] == "PER"
    assert rec["modality"] == "negated"


def test_act_inside_an_accusation_is_reported_even_when_it_is_a_statement(coder):
    # the alleged act (backing the rebels) sits two clauses below "accused"
    body = "Bamako has accused Algiers of sending fighters to support the rebels in the north."
    recs = coded(coder, body)
    assert with_root(recs, "11")["modality"] == "asserted"
    alleged = [r for r in recs if r["root"] != "11"]
    assert alleged and all(r["modality"] == "reported" for r in alleged)


def test_according_to_another_partys_minister_is_reported(coder):
    body = ("Defence Minister Kwame Mensah of Ghana announced the recall of the envoy on "
            "Tuesday. According to the minister, Togo recently supplied the smugglers with "
            "weapons.")
    rec = next(r for r in coded(coder, body) if r["trigger"] == "supplied")
    assert rec["modality"] == "reported"


def test_according_to_the_actors_own_ministry_stays_asserted(coder):
    body = ("Ghana's foreign ministry summoned the Togolese ambassador on Monday. According to "
            "the ministry, Ghana also recalled its envoy from Lome.")
    rec = next(r for r in coded(coder, body) if r["trigger"] == "recalled")
    assert rec["modality"] == "asserted"


def test_attack_of_x_on_y_names_the_attacker_and_is_hypothetical_when_probable(coder):
    body = 'The minister said that a new attack of Eritrea on Ethiopia is "very probable".'
    rec = with_root(coded(coder, body), "19")
    assert codes(rec["source"]) == ["ERI"] and codes(rec["target"]) == ["ETH"]
    assert rec["modality"] == "hypothetical"
