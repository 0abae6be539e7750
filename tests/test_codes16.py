"""Session 14 helper codes16: the right pair of countries given the wrong CAMEO code on new
text. Each rule is shown by sentences of its own (none is a development-set sentence): an
envoy called home or back for consultations is recalled (161), whoever the object names and
in the passive too; a modal clause naming an act or a party as a cause or target of war
threatens military force (138); a right to respond kept is a threat (130); attaches,
consuls and functionaries withdrawn or expelled are diplomats (161); aircraft violating
another state's airspace show force (150)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    # Called (home, back) for or to consultations: a recall, whoever the object names.
    pytest.param("Peru's foreign ministry said it had called Mr Juan Perez home for "
                 "consultations over remarks by Mexico's president.",
                 ("PER", "MEX", "161"), id="called_a_named_envoy_home_for_consultations"),
    pytest.param("The government of Bolivia called its ambassador in Buenos Aires, Ramiro "
                 "Tapia, to La Paz for consultations.",
                 ("BOL", "ARG", "161"), id="called_its_ambassador_to_the_capital"),
    pytest.param("The ambassador of Chile in Lima, Jorge Vidal, was called to consultations, "
                 "the Chilean foreign ministry said.",
                 ("CHL", "PER", "161"), id="an_envoy_called_to_consultations_passive"),
    pytest.param("Hungary brought its envoy in Kyiv back to Budapest for consultations on "
                 "Monday.",
                 ("HUN", "UKR", "161"), id="brought_back_for_consultations"),
    pytest.param("Algeria's foreign ministry said on Tuesday it had called Benmansour home "
                 "for consultations over the statements coming from France.",
                 ("DZA", "FRA", "161"), id="a_bare_name_called_home_for_consultations"),
    pytest.param("Turkey called its ambassador to Israel home for consultations.",
                 ("TUR", "ISR", "161"), id="called_its_ambassador_home_is_no_naming"),
    pytest.param("The Chilean foreign ministry called its ambassador in Lima to Santiago for "
                 "consultations.",
                 ("CHL", "PER", "161"), id="a_ministry_recalling_its_envoy"),
    # Aircraft violating or breaching another state's airspace show force (150).
    pytest.param("Two Russian fighter jets breached Estonian airspace on Friday, the Estonian "
                 "army said.",
                 ("RUS", "EST", "150"), id="jets_breaching_airspace"),
    pytest.param("The Bangladeshi foreign ministry said Myanmar military aircraft had violated "
                 "Bangladeshi airspace earlier this month.",
                 ("MMR", "BGD", "150"), id="aircraft_violating_airspace"),
    # A modal clause calling an act or a party a cause or target of war threatens force.
    pytest.param("Pakistan warned that any Indian attempt to divert the river would be "
                 "treated as an \"act of war\".",
                 ("PAK", "IND", "138"), id="would_be_treated_as_an_act_of_war"),
    pytest.param("The Russian defence ministry warned that ships heading to Ukrainian ports "
                 "would be regarded as legitimate military targets.",
                 ("RUS", "UKR", "138"), id="would_be_legitimate_targets"),
    pytest.param("Iran said that any attack on its nuclear sites by Israel would be "
                 "considered a declaration of war.",
                 ("IRN", "ISR", "138"), id="would_be_a_declaration_of_war"),
    pytest.param("The Kremlin warned on Tuesday that Germany would become a party to the "
                 "conflict if it sent long-range missiles to Ukraine.",
                 ("RUS", "DEU", "138"), id="would_become_a_party_to_the_conflict"),
    pytest.param("Hezbollah leader Hassan Nasrallah said that if the Cypriot government "
                 "opened its airports to Israel, Hezbollah would treat Cyprus as \"part of "
                 "the war\".",
                 ("LBN", "CYP", "138"), id="would_treat_a_state_as_part_of_the_war"),
    # A right to respond kept or retained threatens, as one reserved does.
    pytest.param("Iraq keeps its full right to respond to Turkey, the Iraqi prime minister "
                 "said.",
                 ("IRQ", "TUR", "130"), id="keeps_its_right_to_respond"),
    pytest.param("Ethiopia retains the right to retaliate against Eritrea, the Ethiopian "
                 "foreign minister said.",
                 ("ETH", "ERI", "130"), id="retains_the_right_to_retaliate"),
    # Attaches and consuls withdrawn, functionaries expelled: diplomats (161).
    pytest.param("Germany withdrew its military attache from Moscow on Friday.",
                 ("DEU", "RUS", "161"), id="withdrawing_an_attache"),
    pytest.param("Poland will withdraw its consul from Minsk, the Polish foreign ministry "
                 "said.",
                 ("POL", "BLR", "161"), id="withdrawing_a_consul"),
    pytest.param("Managua could now also expel the rest of the Brazilian functionaries.",
                 ("NIC", "BRA", "161"), id="expelling_functionaries"),
])
def test_codes16_codes(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Codes the rules must no longer give, or must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("Brazil called for consultations with the United States at the World Trade "
                 "Organization.",
                 ("BRA", "USA", "161"), id="calling_for_consultations_is_no_recall"),
    pytest.param("Bogota has not called its ambassador in Lima for consultations.",
                 ("COL", "PER", "026"), id="a_recall_asks_for_no_consultations"),
    pytest.param("Pakistan warned that any Indian attempt to divert the river would be "
                 "treated as an \"act of war\".",
                 ("PAK", "IND", "012"), id="a_war_warning_is_no_pessimistic_comment"),
    pytest.param("China said the two countries would continue joint military exercises "
                 "with Russia next year.",
                 ("CHN", "RUS", "138"), id="joint_exercises_threaten_nobody"),
    pytest.param("Germany withdrew its military attache from Moscow on Friday.",
                 ("DEU", "RUS", "0874"), id="an_attache_is_no_troop"),
    pytest.param("The Russian ambassador was called to the Polish foreign ministry for "
                 "consultations on Monday.",
                 ("RUS", "POL", "161"), id="called_to_the_ministry_is_a_summons_passive"),
    pytest.param("Poland called the Russian ambassador to the foreign ministry for "
                 "consultations on Monday.",
                 ("POL", "RUS", "161"), id="called_to_the_ministry_is_a_summons"),
    pytest.param("The Kremlin said the strike would not be treated as an act of war against "
                 "Russia.",
                 ("RUS", "---", "138"), id="no_act_of_war_is_no_threat"),
    pytest.param("Putin called the decision a mistake, the Kremlin said.",
                 ("RUS", "---", "161"), id="naming_is_no_recall"),
    pytest.param("Managua could now also expel the rest of the Brazilian functionaries.",
                 ("NIC", "BRA", "174"), id="functionaries_are_no_deportees"),
])
def test_codes16_not(coder, text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in pairs(coder, text)


def test_codes16_brazil_appeal_kept(coder) -> None:
    """Calling for consultations, with no object, stays an appeal to meet (026)."""
    assert ("BRA", "USA", "026") in pairs(
        coder, "Brazil called for consultations with the United States at the World Trade "
               "Organization.")
