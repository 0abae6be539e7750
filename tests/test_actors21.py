"""Actor roles from session 17's actor round (helper actors21): the role a phrase or an act
gives an actor whose country the coder already has right. Probe sentences of our own, in wire
and translated wording that appears in no gold file."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


def _pairs(recs: list[dict], root: str) -> set[tuple]:
    return {(src, tgt) for code, src, tgt, _ in dyads(recs) if code.startswith(root)}


def _sources(recs: list[dict], root: str) -> set[tuple]:
    return {src for src, _ in _pairs(recs, root)}


# -- "the Chinese side": the diplomatic idiom for the government --------------------------
@pytest.mark.parametrize("body, root, pair", [
    ("The Vietnamese side lodged a strong protest with China over the ramming of a fishing "
     "boat near the Paracel Islands on Monday.", "11", (("VNMGOV",), ("CHN",))),
    ("On Tuesday the Iranian side expelled two Azerbaijani diplomats.", "16",
     (("IRNGOV",), ("AZEGOV",))),
    ("Beijing urged the Philippine side to stop its provocations at the shoal.", "02",
     (("CHN",), ("PHLGOV",))),
    ("The Turkish side will host the next round of talks with Greece in Ankara, the "
     "ministry said.", "04", (("TURGOV",), ("GRC",))),
])
def test_the_x_side_is_the_government(coder, body, root, pair):
    assert pair in _pairs(coded(coder, body, "2024-06-05"), root)


# -- a coup junta is coded MIL (ANNOTATION.md) --------------------------------------------
@pytest.mark.parametrize("body, root, source", [
    ("Guinea's military rulers expelled the French ambassador on Friday.", "16", ("GINMIL",)),
    ("The military rulers of Sudan accused Chad of arming the rebels.", "11", ("SDNMIL",)),
    ("The military junta in Myanmar rejected the ASEAN peace plan on Monday.", "12",
     ("MMRMIL",)),
    ("Niger's military regime revoked the defence agreements with France.", "16",
     ("NERMIL",)),
    ("Gabon's putschists accused France of plotting against them.", "11", ("GABMIL",)),
])
def test_a_junta_is_military(coder, body, root, source):
    assert source in _sources(coded(coder, body, "2024-06-05"), root)


# -- "the two sides agreed": the parties named by a government phrase are GOV -------------
PAIR_STORY = ("Kenya and Ethiopia held talks in Addis Ababa on Monday about the border. ")


@pytest.mark.parametrize("second, root, roles", [
    ("The two sides agreed to reopen the Moyale crossing.", "05", "GOV"),
    ("The two delegations agreed to reopen the Moyale crossing.", "05", "GOV"),
    ("Both leaders pledged to reopen the Moyale crossing next month.", "03", "GOV"),
    ("The two governments signed a deal to reopen the Moyale crossing.", "05", "GOV"),
    ("The two foreign ministers signed a memorandum on border trade.", "05", "GOV"),
    # the states themselves stay bare
    ("The two countries agreed to reopen the Moyale crossing.", "05", ""),
])
def test_both_sides_take_the_role_their_phrase_names(coder, second, root, roles):
    recs = coded(coder, PAIR_STORY + second, "2024-06-05")
    wanted = {"ETH" + roles, "KEN" + roles}
    got = [set(src) | set(tgt) for code, src, tgt, _ in dyads(
        [r for r in recs if second[:20] in r["sentence"]]) if code.startswith(root)]
    assert wanted in got


# -- agentless passives of state acts: the institution that does them ---------------------
STORY = ("Poland expelled a Russian diplomat on Monday, and Russia warned Poland of "
         "retaliation. ")


@pytest.mark.parametrize("second, root, source", [
    ("The Polish ambassador was summoned on Tuesday.", "11", ("RUSGOV",)),
    ("On Tuesday the Polish charge d'affaires was called in and handed a note of protest.",
     "11", ("RUSGOV",)),
    ("Two Polish citizens were detained at Sheremetyevo airport on Wednesday.", "17",
     ("RUSCOP",)),
    ("A Polish lorry driver has been arrested near Smolensk on suspicion of spying.", "17",
     ("RUSCOP",)),
    ("Three Polish diplomats were expelled on Thursday in response.", "16", ("RUSGOV",)),
    ("Two Polish diplomats were ordered to leave the country within 48 hours.", "16",
     ("RUSGOV",)),
])
def test_agentless_state_act_takes_its_institution(coder, second, root, source):
    recs = [r for r in coded(coder, STORY + second, "2024-06-05") if second[:20] in r["sentence"]]
    assert source in _sources(recs, root)



# -- security bodies are COP; "colleague" is a counterpart; foreign-ministry seats ----------
@pytest.mark.parametrize("body, root, source", [
    ("Kazakhstan's state security committee accused two Russian bloggers of inciting unrest.",
     "11", ("KAZCOP",)),
    ("Belarus's State Security Committee accused Lithuania of training saboteurs.", "11",
     ("BLRCOP",)),
    ("Russia's border service accused Ukrainian troops of shelling a checkpoint in Kursk.", "11",
     ("RUSCOP",)),
    ("The Russian foreign intelligence chief accused Britain of plotting to destabilise "
     "Georgia.", "11", ("RUSCOP",)),
])
def test_security_bodies_are_cop(coder, body, root, source):
    assert source in _sources(coded(coder, body, "2024-06-05"), root)


@pytest.mark.parametrize("body, root, pair", [
    ("President Tokayev received his Uzbek colleague Shavkat Mirziyoyev in Astana on Monday.",
     "04", (("KAZGOV",), ("UZBGOV",))),
    ("Lavrov criticised his Finnish colleague for the border closure.", "11",
     (("RUSGOV",), ("FINGOV",))),
    ("The Estonian charge d'affaires was summoned to Smolenskaya Square on Tuesday.", "11",
     (("RUSGOV",), ("ESTGOV",))),
    ("The Chinese ambassador was called to the Farnesina on Monday.", "11",
     (("ITAGOV",), ("CHNGOV",))),
])
def test_colleagues_and_ministry_seats(coder, body, root, pair):
    assert pair in _pairs(coded(coder, body, "2024-06-05"), root)
