"""Cyberattacks alleged by their victims (issue #5, session 21 helper "reported23"): a state's
hacking groups named as security firms and governments name them (APT28, Cozy Bear, APT31:
data/actors/organisations.tsv) act for their state, and breaking into e-mail accounts or a
network, or a cyber campaign, is a cyberattack (176). The victim's word makes it reported.
Sentences of their own (other countries, tenses)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_reported22 import country_dyads

ALLEGED_CYBERATTACKS = {
    "said a GRU group had broken into e-mail accounts (told by the victim)": (
        "The Polish government said on Tuesday that APT28 had broken into the email accounts "
        "of several ministers.", ("17", "RUS", "POL", "reported")),
    "accused an SVR group of hacking into servers (accusation of a named group)": (
        "The Dutch intelligence service accused Cozy Bear of hacking into the foreign "
        "ministry's servers.", ("17", "RUS", "NLD", "reported")),
    "blamed an MSS group for a cyberattack": (
        "Norway blamed APT31 for a cyberattack on its parliament's email system.",
        ("17", "CHN", "NOR", "reported")),
    "blamed a state for a cyber campaign (noun trigger)": (
        "Norway blamed China for a cyber campaign against its parliament.",
        ("17", "CHN", "NOR", "reported")),
}




def test_the_accusation_names_the_groups_state(coder) -> None:
    got = country_dyads(coded(coder, "The Polish government said on Tuesday that APT28 had "
                                     "broken into the email accounts of several ministers."))
    assert any(root == "11" and s == "POL" and t == "RUS" for root, s, t, _ in got), got


@pytest.mark.parametrize("text", [
    # breaking into a place, not into computers or e-mail
    "Polish police broke into the flat of a suspect in Warsaw on Tuesday.",
    # a campaign that is no cyber operation
    "Norway launched an election campaign against corruption in its parliament.",
])
def test_no_cyberattack_without_computers(coder, text: str) -> None:
    got = country_dyads(coded(coder, text))
    assert not any(root == "17" for root, *_ in got), got


# A court's or investigators' finding tells an act as their conclusion ("the judges found
# that X had carried out the bombing"): reported. Only over a that-clause: "concluded a
# treaty", "found common ground" tell nothing (data/speech_verbs.tsv, kind finding).
FOUND_THAT = {
    "a court found that X had attacked": (
        "The court found that Eritrean troops had attacked Ethiopian villages in 2021.",
        ("19", "ERI", "ETH", "reported")),
    "investigators concluded that X had shelled": (
        "UN investigators concluded that Rwandan soldiers had shelled Burundian army "
        "positions.", ("19", "RWA", "BDI", "reported")),
}


def test_concluding_a_treaty_is_no_finding(coder) -> None:
    recs = [r for r in coded(coder, "Ethiopia and Eritrea concluded a peace treaty in Jeddah "
                                    "on Monday.") if r["trigger"] == "concluded"]
    assert recs and all(r["modality"] == "asserted" for r in recs), recs


REPORTED = {**ALLEGED_CYBERATTACKS, **FOUND_THAT}


@pytest.mark.parametrize("name", list(REPORTED))
def test_act_known_from_a_claim_or_finding_is_reported(coder, name: str) -> None:
    text, expected = REPORTED[name]
    got = country_dyads(coded(coder, text))
    assert expected in got, got
