"""Spurious records, from error analysis in session 24 (brief precision24): each rule shown by
sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

DAY = "2025-11-20"


def assert_no_root(coder, text: str, roots: tuple[str, ...]) -> None:
    """No record of the sentence has a code of one of `roots`."""
    found = pairs(coder, text, DAY)
    assert not any(c[:2] in roots for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Beijing urged Tokyo to stop arming the Philippines.",
                 id="urged_to_stop"),
    pytest.param("Moscow asked Berlin to stop supplying tanks to Ukraine.",
                 id="asked_to_stop"),
    pytest.param("Russia said it could not take into account an order by the court to stop "
                 "its military operation in Georgia.", id="order_to_stop"),
    pytest.param("Mexico has pledged to work with Washington to stop the smuggling of "
                 "weapons into Guatemala.", id="work_to_stop"),
    pytest.param("Serbia built a fence on the border to stop the transport of weapons "
                 "from Kosovo.", id="purpose_to_stop"),
])
def test_halt_told_as_asked_or_aimed_at_is_no_halt(coder, text: str) -> None:
    # a halt told as a to-infinitive under an appeal, a noun, a verb of no chain or a purpose
    # clause is asked for or aimed at, not done: no cut of relations (16x) is coded
    assert_no_root(coder, text, ("16",))


@pytest.mark.parametrize("text", [
    pytest.param("Spain decided on Monday to stop supplying weapons to Morocco.",
                 id="decided_to_stop"),
    pytest.param("Poland stopped supplying weapons to Ukraine last week.", id="stopped"),
])
def test_halt_decided_or_done_is_coded(coder, text: str) -> None:
    # near miss: a halt decided or done cuts military aid (1622)
    found = pairs(coder, text, DAY)
    assert any(c.startswith("162") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Hundreds of protesters stormed the French embassy in Niamey on Sunday.",
                 id="protesters_stormed"),
    pytest.param("A crowd of demonstrators stormed the Danish consulate in Karachi.",
                 id="demonstrators_stormed"),
])
def test_crowd_storming_premises_is_a_riot(coder, text: str) -> None:
    # a crowd breaking into another state's premises riots (145); it seizes no property
    # as a state's forces would (1711)
    codes = {c for _, _, c in pairs(coder, text, DAY)}
    assert "145" in codes and "1711" not in codes, codes


def test_police_storming_premises_seize_them(coder) -> None:
    # near miss: a state's police storming an embassy seize property (1711)
    codes = {c for _, _, c in pairs(coder, "Iranian police stormed the British embassy "
                                    "compound in Tehran.", DAY)}
    assert "1711" in codes and "145" not in codes, codes


@pytest.mark.parametrize("text", [
    pytest.param("Ukrainian air defences said that they repelled Russian drone attacks on Kyiv "
                 "overnight.", id="repelled_attacks"),
    pytest.param("The minister said the cleric had praised and justified Russia's invasion of "
                 "Georgia in his sermons.", id="justified_invasion"),
    pytest.param("The alliance said it had no information indicating a deliberate attack by "
                 "Belarus on Poland.", id="indicating_attack"),
])
def test_attack_named_as_another_verbs_object_is_not_coded(coder, text: str) -> None:
    # a use of force told as the object of a verb that neither does it (a light verb), goes
    # on with it, answers it nor alleges it is that verb's topic: no 18-20 record
    assert_no_root(coder, text, ("18", "19", "20"))


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("India launched missile strikes on Pakistan on Wednesday, the army said.",
                 ("IND", "PAK"), id="launched_strikes"),
    pytest.param("Moscow blamed the attack on the bridge on Ukraine and vowed to respond.",
                 ("UKR", "RUS"), id="blamed_attack"),
])
def test_attack_done_or_alleged_as_an_object_is_coded(coder, text: str,
                                                       pair: tuple[str, str]) -> None:
    # near miss: a light verb does the attack; an accusation governing it alleges it
    found = pairs(coder, text, DAY)
    assert any((s, t) == pair and c[:2] == "19" for s, t, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Serbia and Kosovo have held talks on the border since 2011.",
                 id="held_talks_since_year"),
    pytest.param("Since then Seoul and Tokyo have held nine rounds of talks on the islands.",
                 id="held_rounds_since_then"),
])
def test_run_of_talks_since_a_date_is_not_coded(coder, text: str) -> None:
    # a present perfect reaching back to a point in time tells a run of acts up to now,
    # not one event (habitual, like "has long said")
    assert_no_root(coder, text, ("04",))


def test_first_visit_since_a_date_is_coded(coder) -> None:
    # near miss: one act singled out by "first" is one event
    found = pairs(coder, "The Hungarian prime minister has made his first visit to Kyiv "
                  "since the war began, the government said.", DAY)
    assert any(c.startswith("04") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Kazakhstan's exports to Russia fell again. A court in the Russian port of "
                 "Novorossiysk on Tuesday ordered the pipeline consortium to halt operations "
                 "for 30 days.", id="court_ordered_company"),
    pytest.param("Relations between Washington and Caracas have soured. The US president said "
                 "on Saturday he had told the military to prepare for possible action.",
                 id="told_own_military"),
])
def test_command_to_own_people_is_no_demand(coder, text: str) -> None:
    # an order whose addressee is no other party named in the text commands the speaker's
    # own (a company, the military): no demand (10x) on a counterpart inferred from the
    # article's main pair
    assert_no_root(coder, text, ("10",))


def test_order_to_a_named_state_is_a_demand(coder) -> None:
    # near miss: an order to a state named in the text demands it (10x)
    found = pairs(coder, "The International Court of Justice ordered Venezuela to refrain "
                  "from any action in the Essequibo region.", DAY)
    assert any(t == "VEN" and c.startswith("10") for _, t, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Canada and China are locked in a trade dispute over canola. The premier of "
                 "Saskatchewan said he would press the federal government to look at every "
                 "option.", id="press_own_government"),
    pytest.param("Israel and the Maldives are at odds over the ban. Israel's foreign ministry "
                 "urged those already there to consider leaving.", id="urged_own_citizens"),
])
def test_appeal_to_own_side_is_no_appeal_to_the_counterpart(coder, text: str) -> None:
    # an appeal whose addressee is named but is no other party asks the speaker's own side:
    # no appeal (02x/10x) to the counterpart inferred from the article's main pair
    assert_no_root(coder, text, ("02", "10"))


def test_appeal_to_both_sides_is_coded(coder) -> None:
    # near miss: "both governments" are the sides of the dispute, the main pair
    found = pairs(coder, "Ethiopia and Sudan are at odds over the border. The chairman of the "
                  "African Union urged both governments to show restraint.", DAY)
    assert any(c.startswith("02") for _, _, c in found), found


def test_talks_asked_for_in_a_second_infinitive_are_not_held(coder) -> None:
    # an appeal covers each of its conjoined infinitives, and the event nouns of their
    # objects: the talks are asked for, not held
    assert_no_root(coder, "The Pope urged Armenia and Azerbaijan to agree on a truce and start "
                   "peace talks.", ("04",))


def test_talks_started_are_held(coder) -> None:
    # near miss: talks the two sides themselves started are held (04)
    found = pairs(coder, "Armenia and Azerbaijan agreed on a truce and started peace talks "
                  "on Monday.", DAY)
    assert any(c.startswith("04") for _, _, c in found), found


@pytest.mark.parametrize(("text", "roots"), [
    pytest.param("Greece has in recent years hosted Egyptian naval drills.", ("04",),
                 id="in_recent_years_hosted"),
    pytest.param("Rabat has in the past accused Algerian soldiers of firing at Moroccan "
                 "shepherds.", ("11",), id="in_the_past_accused"),
    pytest.param("Chile has historically sought good relations with both Peru and Bolivia.",
                 ("03",), id="historically_sought"),
])
def test_acts_across_the_long_past_are_not_coded(coder, text: str,
                                                 roots: tuple[str, ...]) -> None:
    # "in the past", "in recent years", "historically": a stretch of the past, no one event
    assert_no_root(coder, text, roots)


def test_act_in_the_past_week_is_coded(coder) -> None:
    # near miss: "in the past week" dates one act
    found = pairs(coder, "Rabat in the past week accused Algerian soldiers of firing at "
                  "Moroccan shepherds.", DAY)
    assert any(c.startswith("112") for _, _, c in found), found
