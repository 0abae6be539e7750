"""Reported acts found (issue #5's weakest modality, session 18 helper "reported21"): the
act alleged inside an accusation is coded, reported, with the accuser's side as its target.
Each rule is tested on sentences of its own (other countries, tenses, voices, wordings)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# "accused Y of X-ing" where X is a hostile act short of force (reject, threaten, protest,
# show force, reduce relations) and names no target: X was aimed at the accuser's side, as an
# alleged attack is (events/sentence.py, alleged_hostile_verb).
ALLEGED_HOSTILE = {
    "accused ... of rejecting (12, past)": (
        "Egypt accused Ethiopia on Tuesday of rejecting every compromise put forward in "
        "the talks.", ("120", ("ETH",), ("EGY",), "reported")),
    "blamed ... for rejecting (blame for, participle clause)": (
        "CAIRO, Dec 20 - The talks ended without result, with Egypt blaming Addis Ababa for "
        "rejecting every compromise.", ("120", ("ETH",), ("EGY",), "reported")),
    "has accused ... of refusing to extradite (12, perfect)": (
        "Serbia's foreign minister has accused Croatia of refusing to extradite the "
        "suspects.", ("121", ("HRV",), ("SRBGOV",), "reported")),
    "accuses ... of threatening the country (13, present)": (
        "The Kenyan government accuses Uganda of threatening the country with sanctions.",
        ("1312", ("UGA",), ("KENGOV",), "reported")),
    "accused ... of closing the border (16)": (
        "Ghana accused Togo of closing the border without notice.",
        ("163", ("TGO",), ("GHA",), "reported")),
}


@pytest.mark.parametrize("name", list(ALLEGED_HOSTILE))
def test_alleged_hostile_act_is_aimed_at_the_accuser(coder, name: str) -> None:
    text, expected = ALLEGED_HOSTILE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    # a target named in the alleged act stays its target
    ("Ecuador accused Colombia of rejecting Peru's proposal.", ("COL", "ECU")),
    # defying norms (128) is aimed at no party
    ("Abbas accused Washington of defying the will of the international community.",
     ("USA", "PSEGOV")),
])
def test_alleged_hostile_act_keeps_other_targets(coder, text: str, absent) -> None:
    got = dyads(coded(coder, text))
    assert not any(src == (absent[0],) and tgt == (absent[1],) for _, src, tgt, _ in got), got


# Breaking or breaching a ceasefire violates it (196), an act mostly known through the other
# side's accusation (data/triggers.tsv).
BROKEN_TRUCE = {
    "accused ... of breaking the ceasefire": (
        "Armenia accused Azerbaijan of breaking the ceasefire overnight.",
        ("196", ("AZE",), ("ARM",), "reported")),
    "said ... had breached the truce": (
        "The Thai army said Cambodian troops had breached the truce by firing on Thai "
        "positions.", ("196", ("KHMMIL",), ("THA",), "reported")),
    "said ... broke the armistice (passive-free, other region)": (
        "Seoul said North Korea broke the armistice on Monday.",
        ("196", ("PRK",), ("KOR",), "reported")),
}


@pytest.mark.parametrize("name", list(BROKEN_TRUCE))
def test_broken_truce_is_a_ceasefire_violation(coder, name: str) -> None:
    text, expected = BROKEN_TRUCE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


def test_talks_breaking_up_without_a_truce_violate_nothing(coder) -> None:
    got = dyads(coded(coder, "Egyptian and Qatari mediators hosted Israeli and Hamas "
                             "negotiators in Cairo, but the talks broke up on Thursday "
                             "without a truce."))
    assert not any(code == "196" for code, *_ in got), got


# "the attack on the bridge, which it blamed on Kyiv": the parser hangs the relative clause
# on the last noun of the act's phrase; the act blamed is still the attack, reported, by the
# party it is blamed on (events/sentence.py, phrase_nouns_above; events/extract.py,
# blamed_on_clause).
BLAMED_PHRASE = {
    "attack on the bridge, which it blamed on (past, subordinate)": (
        "Moscow said the strikes were retaliation for Monday's attack on the Crimean bridge, "
        "which it blamed on Ukrainian naval drones.", ("190", ("UKRMIL",), ("RUS",), "reported")),
    "shelling of the island, which it blamed on": (
        "Seoul protested the shelling of Yeonpyeong island, which it blamed on North Korean "
        "artillery units.", ("194", ("PRKMIL",), ("KOR",), "reported")),
    "drone strike on a convoy near the border (two phrases)": (
        "Ankara condemned the drone strike on a Turkish convoy near the border, which it "
        "blamed on Syrian government forces.", ("1952", ("SYRGOV",), ("TUR",), "reported")),
    "attack on its positions near Naqoura (possessive, two phrases)": (
        "Lebanon's army reported an attack on its positions near Naqoura, which it blamed on "
        "Israeli troops.", ("190", ("ISRMIL",), ("LBNMIL",), "reported")),
}


@pytest.mark.parametrize("name", list(BLAMED_PHRASE))
def test_act_blamed_in_a_clause_on_its_phrase_is_reported(coder, name: str) -> None:
    text, expected = BLAMED_PHRASE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got
