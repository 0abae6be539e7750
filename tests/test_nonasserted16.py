"""Non-asserted events found with their modality (issue #5, session 14 helper
"nonasserted16"), each rule tested on sentences of its own (other countries, tenses and
wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# A state's armed forces leaving a country withdraw (0874), in every mood: they leave, are
# due to leave, could leave, or left; with no country named, from the other party's.
FORCES_LEAVE = {
    "could leave COUNTRY (hypothetical)": (
        "Some analysts in Niamey think that the American troops could leave Niger in the "
        "coming weeks.",
        ("0874", ("USAMIL",), ("NER",), "hypothetical")),
    "are due to leave COUNTRY (future)": (
        "Russian troops are due to leave Armenia by the end of the year.",
        ("0874", ("RUSMIL",), ("ARM",), "future")),
    "left COUNTRY (asserted)": (
        "The last Chadian soldiers left Mali on Sunday.",
        ("0874", ("TCDMIL",), ("MLI",), "asserted")),
    "said the soldiers would leave, no country named (future)": (
        "Niger ordered the French forces out in August. The French defence ministry said "
        "on Tuesday that the French soldiers would leave within a month.",
        ("0874", ("FRAMIL",), ("NER",), "future")),
    "will repatriate its troops": (
        "Sweden will repatriate its troops from Mali next month.",
        ("0874", ("SWE",), ("MLI",), "future")),
}


@pytest.mark.parametrize("name", list(FORCES_LEAVE))
def test_forces_leaving_withdraw(coder, name: str) -> None:
    text, expected = FORCES_LEAVE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


# Not withdrawals: an envoy leaving, forces ordered out (an expulsion, as before), and
# people other than troops repatriated (returned, 0841).
def test_envoy_leaving_is_no_withdrawal(coder) -> None:
    got = dyads(coded(coder, "The Russian ambassador left Moldova on Monday."))
    assert not any(d[0] == "0874" for d in got), got


def test_forces_ordered_out_stay_expelled(coder) -> None:
    got = dyads(coded(coder, "Mali ordered the French troops to leave the country."))
    assert ("174", ("MLI",), ("FRAMIL",), "asserted") in got, got
    assert not any(d[0] == "0874" for d in got), got


def test_repatriated_citizens_are_returned(coder) -> None:
    got = dyads(coded(coder, "Kenya repatriated 30 citizens from Haiti on Friday."))
    assert not any(d[0] == "0874" for d in got), got


# One officer told he must leave is expelled, not a withdrawal; other things pulled out or
# withdrawn (buoys, a trade facility) take no country as the forces' target.
@pytest.mark.parametrize("text", [
    "The Home Secretary said that Colonel Ivan Petrov, a military attache, must leave the "
    "country within a week.",
    "Estonia complained to Moscow on Friday. Russian border guards pulled the buoys out of "
    "the river.",
    "Pakistan protested to Kabul on Friday. Pakistan has withdrawn a facility that allowed "
    "cargo to travel through its ports.",
])
def test_no_forces_withdrawal(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0] == "0874" for d in got), got


# A situation or an act that drives a party to act (appeal verbs with no party for subject:
# "the crisis could push X to", "the shelling could encourage X to") asks nothing: the
# party does the act, in the clause's mood, as it does when "forced" or "prompted".
DRIVEN = {
    "could encourage X to recall (hypothetical)": (
        "The shelling could encourage Armenia to recall its ambassador from Baku.",
        ("161", ("ARM",), ("AZE",), "hypothetical")),
    "pushed X to close (asserted)": (
        "The floods pushed Pakistan to close its border crossings with Afghanistan.",
        ("163", ("PAK",), ("AFG",), "asserted")),
    "fear the row could push X to expel (hypothetical)": (
        "Analysts fear the row could push Algeria to expel more French diplomats.",
        ("161", ("DZA",), ("FRAGOV",), "hypothetical")),
    "believe that the crisis could push X to close (infinitive parsed as advcl)": (
        "Observers believe that the crisis could push Sudan to close the border with Chad.",
        ("163", ("SDN",), ("TCD",), "hypothetical")),
}


@pytest.mark.parametrize("name", list(DRIVEN))
def test_driven_party_acts(coder, name: str) -> None:
    text, expected = DRIVEN[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


def test_party_pushing_party_still_appeals(coder) -> None:
    got = dyads(coded(coder, "Washington pushed Kyiv to sign the agreement on Monday."))
    assert any(d[0].startswith("10") and d[1] == ("USA",) for d in got), got


# Voting on or for a motion, resolution or bill to do an act: the voters do it, in the
# vote's mood ("will vote on a motion to expel": future).
VOTED = {
    "voted for a resolution to expel (asserted)": (
        "South Africa's parliament voted for a resolution to expel the Israeli ambassador.",
        ("161", ("ZAFLEG",), ("ISRGOV",), "asserted")),
    "is expected to vote on a motion to declare PNG (future)": (
        "Venezuela's National Assembly is expected to vote soon on a motion to declare the "
        "Guyanese Prime Minister persona non grata.",
        ("161", ("VENLEG",), ("GUYGOV",), "future")),
    "will vote on a motion to expel (future)": (
        "The Georgian parliament will vote next week on a motion to expel the Russian "
        "ambassador.",
        ("161", ("GEOLEG",), ("RUSGOV",), "future")),
    "voted for a motion to suspend trade (asserted)": (
        "Lawmakers in Ghana voted on Tuesday for a motion to suspend trade with Togo.",
        ("163", ("GHALEG",), ("TGO",), "asserted")),
}


@pytest.mark.parametrize("name", list(VOTED))
def test_voted_motion_act(coder, name: str) -> None:
    text, expected = VOTED[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


# A relative clause on the object tells what the act would do, not whom it is aimed at:
# "both sides" in it does not make the act one between the document's two parties.
CONSEQUENCE = {
    "could retaliate by restricting trade, which would hit both sides": (
        "Pakistan has expelled thousands of Afghans. Traders in Peshawar fear that Kabul could "
        "retaliate by restricting transit trade, which would hit businesses on both sides of "
        "the border.",
        ("163", ("AFG",), ("PAK",), "hypothetical")),
    "closed the crossings, which hurt both countries": (
        "Kenya accused Uganda of harbouring rebels. Nairobi closed the border crossings, which "
        "hurt traders in both countries.",
        ("163", ("KEN",), ("UGA",), "asserted")),
}


@pytest.mark.parametrize("name", list(CONSEQUENCE))
def test_consequence_clause_keeps_target(coder, name: str) -> None:
    text, expected = CONSEQUENCE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got
