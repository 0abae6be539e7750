"""Bugs found reviewing session 16's changes (helper review16), each shown by sentences of its
own (none is a development-set sentence): the passive-order rule for envoys ("the ambassador
was ordered to leave": the envoy is the target, the ordering state inferred) fired for any
act under a passive order, so "coast guard ships were ordered to board Philippine boats"
turned the boarded party into the actor; and a ratification of accords named by "them" or
"they" found no accord, since the model lemmatises "them" as "they"."""

from __future__ import annotations

import pytest
from test_generalise_s8 import coded, pairs


@pytest.mark.parametrize("text", [
    pytest.param("Chinese coast guard ships were ordered to board Philippine supply boats.",
                 id="ships_ordered_to_board"),
])
def test_passive_order_of_a_non_envoy_keeps_its_actor(coder, text: str) -> None:
    assert not {p for p in pairs(coder, text) if p[0] == "PHL"}


@pytest.mark.parametrize("text", [
    pytest.param("The Russian ambassador was ordered to leave Poland on Tuesday.",
                 id="ambassador_ordered_to_leave"),
])
def test_passive_order_of_an_envoy_still_expels(coder, text: str) -> None:
    assert ("POL", "RUS", "161") in pairs(coder, text)


@pytest.mark.parametrize(("text", "ratifier", "other"), [
    pytest.param("Kenya and Uganda signed two trade agreements in Nairobi on Monday. Kenya's "
                 "parliament is expected to ratify them next month.", "KENLEG", "UGA",
                 id="expected_to_ratify_them"),
    pytest.param("Ghana and Togo signed three border accords on Friday. They must still be "
                 "ratified by Ghana's parliament.", "GHALEG", "TGO",
                 id="they_must_be_ratified_by"),
])
def test_ratifying_accords_named_by_a_plural_pronoun(coder, text: str, ratifier: str,
                                                     other: str) -> None:
    found = {(r["source"]["code"], r["target"]["code"]) for r in coded(coder, text, "2025-03-14")
             if r["cameo"] == "057" and isinstance(r["source"], dict) and r["target"]}
    assert (ratifier, other) in found


# "*water" (the water cannon row, 180) matched "water" anywhere in the object's phrase, and the
# verb's prepositional objects are in it: missiles or rounds fired "into the waters" around
# a state became violence short of military fire, where they are a missile strike or fire.
@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    pytest.param("China fired eleven missiles into the waters around Taiwan.",
                 ("CHN", "TWN", "195"), "180", id="missiles_into_the_waters"),
    pytest.param("The Chinese navy fired live rounds into waters claimed by Vietnam.",
                 ("CHN", "VNM", "193"), "180", id="rounds_into_waters"),
    pytest.param("A Chinese coast guard ship blasted the Vietnamese fishing boat with water "
                 "cannon near the Paracels.", ("CHN", "VNM", "180"), "-",
                 id="blasted_with_water_cannon"),
])
def test_water_only_as_a_modifier_is_water_cannon(coder, text: str, wanted: tuple[str, str, str],
                                                  unwanted: str) -> None:
    found = pairs(coder, text)
    assert wanted in found and not any(c == unwanted for _, _, c in found), found
