"""Session 22 lists: an act aimed at (or done by) several states named together is coded for
every one of them, where the coder read only the first: the party a threat's clause names
("if Norway and Denmark hosted ..."), companions after the verb ("..., together with Peru
and Ecuador"), a plural object pronoun that stands for a list ("asking them"), a target
found as one member of a numbered group noun ("its ambassadors in the four countries"), and
a qualified numbered group whose list is in its own sentence ("the three Andean governments").
"""

from __future__ import annotations

import pytest
from coding_helpers import country_sides


@pytest.mark.parametrize("text,source,listed,root", [
    ("Moscow said on Monday that if Norway and Denmark hosted American bombers, Russia would "
     "be forced to respond.", "RUS", ("NOR", "DNK"), "13"),
    ("The Russian foreign ministry said that Moscow will not leave any new hostile step of "
     "Vilnius and Warsaw without an answer.", "RUS", ("LTU", "POL"), "13"),
    # a numbered group noun that stands for a list ("the three countries")
    ("Bolivia, Cuba and Nicaragua denounced the vote on Monday, and Lima recalled its "
     "ambassadors in the three countries for consultations.", "PER", ("BOL", "CUB", "NIC"),
     "16"),
    # a qualified one ("the three Andean governments") when the list is in its sentence
    ("Chile, Peru and Ecuador recognised the new government on Monday, and Bolivia sharply "
     "criticised the three Andean governments.", "BOL", ("CHL", "PER", "ECU"), "11"),
])
def test_every_listed_state_is_a_target(coder, text, source, listed, root):
    sides = country_sides(coder, text)
    for target in listed:
        assert (source, target, root) in sides, sides


def test_threat_does_not_take_the_owners_of_a_thing(coder):
    # the threatened party is Oslo; the bombers' owners are not conjoined to it
    sides = country_sides(coder, "Lavrov said on Monday that if Oslo hosted the bombers of "
                                 "the United States and Britain, Russia would be forced to "
                                 "respond.")
    assert ("RUS", "NOR", "13") in sides, sides
    assert not any(t in ("USA", "GBR") for _, t, _ in sides), sides


def test_companions_after_the_verb_act_with_the_subject(coder):
    sides = country_sides(coder, "Chile recognised the new government of Bolivia on Monday, "
                                 "together with Peru and Ecuador.")
    for source in ("CHL", "PER", "ECU"):
        assert (source, "BOL", "05") in sides, sides


def test_unnamed_companion_is_no_actor(coder):
    sides = country_sides(coder, "Chile recognised the new government of Bolivia on Monday, "
                                 "together with a statement on Brazil.")
    assert ("CHL", "BOL", "05") in sides, sides
    assert not any("BRA" in (s, t) for s, t, _ in sides), sides


def test_object_pronoun_stands_for_the_list(coder):
    sides = country_sides(coder, "Italy sent letters to Norway and Germany on Friday, urging "
                                 "them to take in the migrants.")
    assert ("ITA", "NOR", "02") in sides, sides
    assert ("ITA", "DEU", "02") in sides, sides


def test_subject_they_is_no_act_between_the_listed(coder):
    sides = country_sides(coder, "Spain and Ireland said on Monday they would not reverse "
                                 "their recognition.")
    assert not any({s, t} == {"ESP", "IRL"} for s, t, _ in sides), sides


def test_one_capital_of_a_list_is_that_state_only(coder):
    sides = country_sides(coder, "Bolivia, Cuba and Nicaragua denounced the vote on Monday, "
                                 "and Lima recalled its ambassador in Havana for "
                                 "consultations.")
    assert ("PER", "CUB", "16") in sides, sides
    assert not any(t in ("BOL", "NIC") for _, t, r in sides if r == "16"), sides


def test_qualified_group_does_not_reach_back_to_an_earlier_sentence(coder):
    sides = country_sides(coder, "Chile, Peru and Ecuador recognised the new government on "
                                 "Monday. Bolivia sharply criticised the three European "
                                 "countries that abstained.")
    assert not any(t in ("PER", "ECU") for s, t, _ in sides if s == "BOL"), sides
