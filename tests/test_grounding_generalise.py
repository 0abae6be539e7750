"""Grounding rules found by error analysis on tune/tune2 (non-asserted recall, dates), each
tested on sentences of its own (other countries, other wordings than the gold)."""

from __future__ import annotations

import pytest
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


def test_an_option_considered_is_the_act_hypothetical(coder):
    recs = coded(coder, "Norway said it could consider sanctions against Belarusian officials.")
    rec = with_root(recs, "16")
    assert codes(rec["target"])[0][:3] == "BLR" and rec["modality"] == "hypothetical"
    rec = with_root(coded(coder, "Hungary is weighing expelling the Ukrainian ambassador."), "16")
    assert rec["modality"] == "hypothetical"


def test_accepting_foreign_troops_and_widening_restrictions_are_coded(coder):
    rec = with_root(coded(coder, "Officials said Juba could accept Kenyan troops."), "08")
    assert rec["cameo"] == "0861" and rec["modality"] == "hypothetical"
    rec = with_root(coded(coder, "Taiwan did not widen its restrictions on Chinese fruit."), "16")
    assert codes(rec["target"]) == ["CHN"] and rec["modality"] == "negated"


def test_agreeing_to_meet_again_codes_the_meeting_as_future_with_its_date(coder):
    body = ("Qatari and Saudi diplomats held talks in Riyadh on Saturday. Both sides agreed "
            "to meet again next Saturday.")
    recs = coded(coder, body, pub="2025-04-12")
    meeting = next(r for r in recs if r["trigger"] == "meet")
    assert meeting["modality"] == "future" and meeting["date"] == "2025-04-19"
    assert any(r["root"] == "03" for r in recs)


def test_an_attack_named_under_an_accusation_is_the_alleged_act(coder):
    body = ("On Sunday Kabul accused Islamabad of breaking the truce with air strikes on "
            "Khost province late on Saturday.")
    recs = coded(coder, body, pub="2025-10-20")
    strike = with_root(recs, "19")
    assert codes(strike["source"])[0][:3] == "PAK" and codes(strike["target"])[0][:3] == "AFG"
    assert strike["modality"] == "reported" and strike["date"] == "2025-10-18"


# -- dates ---------------------------------------------------------------------------------
# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    "on the nth: that day of the publication's month": (
        "Chile recalled its ambassador from Peru on the 3rd.", "recalled", "2025-03-03"),
    "on the nth after the publication day: the month before": (
        "Chile recalled its ambassador from Peru on the 21st.", "recalled", "2025-02-21"),
    "on the nth: that day of the narrative's month": (
        "Tensions rose in January. Chile recalled its ambassador from Peru on the 12th.",
        "recalled", "2025-01-12"),
    "overnight with no frame: the publication day": (
        "Chilean artillery shelled Peruvian posts overnight.", "shelled", "2025-03-14"),
    "overnight: the day the narrative tells": (
        "On Tuesday Peru accused Chilean troops of shelling its posts overnight.",
        "shelling", "2025-03-11"),
    "within days of a day: some day that month": (
        "Chile expelled two Peruvian diplomats on March 3. "
        "Lima recalled its ambassador from Santiago within days.", "recalled", "2025-03"),
    "within days of a month: that month": (
        "Relations soured in January over a fishing dispute. "
        "Lima recalled its ambassador from Santiago within days.", "recalled", "2025-01"),
    "within 48 hours is a deadline, not the order's date": (
        "On Monday Chile ordered two Peruvian diplomats to leave within 48 hours.",
        "leave", "2025-03-10"),  # the order is the expulsion: its trigger is "leave"
    "at the start of the month: the publication's month": (
        "Chile recalled its ambassador from Peru at the start of the month.",
        "recalled", "2025-03"),
    "at the end of the month: the narrative's month": (
        "The dispute began in November 2024. At the end of the month, Chile recalled its "
        "ambassador from Peru.", "recalled", "2024-11"),
    "N days after an act just told": (
        "Peru summoned the Chilean ambassador on Tuesday. Three days after the summons, "
        "Chile expelled two Peruvian diplomats.", "expelled", "2025-03-14"),
    "a week after an act just told": (
        "Peru summoned the Chilean ambassador on March 3. A week after that protest, "
        "Chile expelled two Peruvian diplomats.", "expelled", "2025-03-10"),
    "a deadline on a day is no date of the order": (
        "Chile expelled two Peruvian diplomats on Tuesday. Peru ordered three "
        "Chilean diplomats out of the country by midnight on Friday.", "ordered", "2025-03-11"),
    "past perfect in reported speech continues the narrative": (
        "Fighting broke out on the border on Sunday. The Peruvian army said Chilean troops "
        "had attacked a Peruvian patrol.", "attacked", "2025-03-09"),
    "in the same interview: the interview's date": (
        "Last Tuesday Peru's president told a Spanish newspaper in an interview that Chile "
        "was spreading lies. On Thursday Chile recalled its ambassador from Lima. In the "
        "same interview he accused Chile of spying on Peruvian officials.",
        "accused", "2025-03-11"),
    "present perfect since a month: the act began then": (
        "Chile has deployed three warships near the Peruvian coast since January.",
        "deployed", "2025-01"),
    "a negated act since a year stays undated": (
        "Chile has not expelled a Peruvian diplomat since 2019.", "expelled", None),
    "past perfect before a dated day: that month": (
        "Peru recalled its ambassador from Santiago on March 3. Chile had expelled two "
        "Peruvian diplomats.", "expelled", "2025-03"),
    "a wire dateline is no subject, and dates what follows": (
        "LIMA, March 12 (Reuters) - Peru expelled two Chilean diplomats overnight, the "
        "foreign ministry said.", "expelled", "2025-03-12"),
}


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_date_rule(coder, body, trigger, expected):
    recs = [r for r in coded(coder, body) if (r["trigger"] or "").startswith(trigger)]
    assert recs, f"no event {trigger!r} in {body!r}"
    assert recs[0]["date"] == expected
