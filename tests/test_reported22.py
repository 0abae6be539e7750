"""Reported acts told through a relative clause of someone else's claim (issue #5, session 20
helper "reported22"): "a raid that rights groups blamed on the army killed ...", "an attack
that residents blamed on the military destroyed ...": the act is laid at the actor's door by
others, so it is reported, not asserted. Sentences of their own (other countries, tenses)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

BLAMED_IN_RELATIVE = {
    "a raid that rights groups blamed on the army killed (verb trigger)": (
        "In March, a raid that rights groups blamed on the Ugandan army killed a rebel "
        "commander and his family in eastern Congo.", ("190", ("UGAMIL",), ("COD",), "reported")),
    "a drone strike that monitors blamed on the air force killed (verb trigger)": (
        "Last week, a drone strike that monitors blamed on the Turkish air force killed a "
        "militia leader in northern Iraq.", ("190", ("TURMIL",), ("IRQREB",), "reported")),
    "an attack that residents also blamed on the military destroyed (noun trigger)": (
        "Two years ago, an attack that residents also blamed on the Ethiopian military "
        "destroyed a clinic in eastern Sudan.", ("190", ("ETHMIL",), ("SDNCVL",), "reported")),
}


@pytest.mark.parametrize("name", list(BLAMED_IN_RELATIVE))
def test_act_blamed_in_a_relative_clause_is_reported(coder, name: str) -> None:
    text, expected = BLAMED_IN_RELATIVE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text, trigger", [
    # no claim: the text's own voice
    ("In March, a raid by the Ugandan army killed a rebel commander and his family in "
     "eastern Congo.", "killed"),
    # the relative clause claims something of the act, not the act itself (a copula)
    ("The visit to Tokyo by Indian Prime Minister Modi, which officials said was the first "
     "in a decade, ended with a trade deal.", "visit"),
    # a claim of saying on talks (no act of force or coercion) casts no doubt on them
    ("The talks between Indian Prime Minister Modi and Japanese Prime Minister Kishida, "
     "which officials said lasted three hours, ended with a trade deal.", "talks"),
])
def test_act_without_a_claim_on_it_stays_asserted(coder, text: str, trigger: str) -> None:
    recs = [r for r in coded(coder, text) if r["trigger"] == trigger]
    assert recs and all(r["modality"] == "asserted" for r in recs), recs


def country_dyads(recs: list[dict]) -> set[tuple[str, str, str, str]]:
    """(CAMEO root, source country, target country, modality) of each record."""
    return {(r["cameo"][:2], s["code"][:3], t["code"][:3], r["modality"])
            for r in recs for s in (r["source"] if isinstance(r["source"], list)
                                    else [r["source"]] if r["source"] else [])
            for t in (r["target"] if isinstance(r["target"], list)
                      else [r["target"]] if r["target"] else [])}


# An attack noun whose relative clause names its doer in someone's claim ("which X
# attributed to Y", "which X said was carried out by Y") is Y's act, reported; with no
# target named it was done to the claimant's side, as an alleged attack is.
CLAIMED_DOER = {
    "attributed to (active relative clause)": (
        "The shelling, which the Armenian defence ministry attributed to Azerbaijani forces, "
        "killed two Armenian soldiers near the border.", ("19", "AZE", "ARM", "reported")),
    "attributed to (a state as claimant)": (
        "The rocket attack, which Israel attributed to Hezbollah, wounded three people in "
        "the Golan Heights.", ("19", "LBN", "ISR", "reported")),
    "said was carried out by (passive claim, jets)": (
        "The bombing, which Afghan officials said was carried out by Pakistani jets, killed "
        "12 people in Khost province.", ("18", "PAK", "AFG", "reported")),
    "said was carried out by (passive claim, militants)": (
        "The shooting, which Indian police said was carried out by Pakistani militants, "
        "killed five pilgrims in Kashmir.", ("19", "PAK", "IND", "reported")),
    "attributed to (a cyberattack, coercion root 17)": (
        "The cyberattack, which the Estonian government attributed to Russian military "
        "hackers, disrupted state websites for two days.", ("17", "RUS", "EST", "reported")),
    "said was carried out by (a raid, coercion root 17)": (
        "The raid, which Sudanese officials said was carried out by Chadian troops, killed "
        "six villagers in Darfur.", ("17", "TCD", "SDN", "reported")),
}


@pytest.mark.parametrize("name", list(CLAIMED_DOER))
def test_attack_claimed_of_a_doer_in_a_relative_clause(coder, name: str) -> None:
    text, expected = CLAIMED_DOER[name]
    got = country_dyads(coded(coder, text))
    assert expected in got, got


# "X criticised Y, saying Z had done W": a participle of saying with no subject of its own
# speaks with its clause's subject, so Z's act told by X (another party) is reported.
SAYING_PARTICIPLE = {
    "criticised ..., saying the Commission had rejected (12)": (
        "Hungary's foreign minister criticised Brussels, saying the European Commission had "
        "rejected Budapest's proposal.", ("12", "IGO", "HUN", "reported")),
    "in a speech, saying Georgetown had rejected (12, a state's capital)": (
        "Venezuela's president attacked Guyana in a speech, saying Georgetown had rejected "
        "any dialogue over the Essequibo.", ("12", "GUY", "VEN", "reported")),
}


@pytest.mark.parametrize("name", list(SAYING_PARTICIPLE))
def test_act_told_in_a_saying_participle_is_reported(coder, name: str) -> None:
    text, expected = SAYING_PARTICIPLE[name]
    got = country_dyads(coded(coder, text))
    assert expected in got, got
