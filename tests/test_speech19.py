"""Criticism, accusation and threat carried by what a speaker said (session 19, brief
speech19), each rule shown by sentences of its own in several phrasings (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


def country_pairs(coder, text: str) -> set[tuple[str, str, str]]:
    return pairs(coder, text, "2025-11-20")  # pairs() already cuts codes to their country


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The Kremlin described the decision of Helsinki to close the border as a "
                 "hostile step.", ("RUS", "FIN"), id="decision_of_to_close_as_hostile"),
    pytest.param("Peru's foreign minister described Mexico's decision to grant asylum to the "
                 "former premier as an unfriendly act.", ("PER", "MEX"),
                 id="possessive_decision_to_grant_as_unfriendly"),
    pytest.param("Beijing branded the plan of Manila to build a runway on the shoal as illegal.",
                 ("CHN", "PHL"), id="branded_plan_to_build_as_illegal"),
    pytest.param("Hanoi described China's move to deploy missiles on the islands as a "
                 "provocation.", ("VNM", "CHN"), id="move_to_deploy_as_provocation"),
])
def test_naming_an_act_with_an_infinitive_criticises_its_author(
        coder, text: str, pair: tuple[str, str]) -> None:
    # the parser hangs the "as" on the object's own infinitive: the naming still criticises
    # the decision's author (111)
    source, target = pair
    found = country_pairs(coder, text)
    assert (source, target, "111") in found, found


def test_naming_an_act_with_an_infinitive_as_good_is_no_criticism(coder) -> None:
    found = country_pairs(coder, "Seoul described the decision of Tokyo to resume the talks "
                                 "as a step forward.")
    assert not any(c.startswith("11") for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Lithuania blocked transit to Kaliningrad. The Kremlin said Russia will "
                 "certainly answer such hostile actions.", ("RUS", "LTU"),
                 id="will_answer_hostile_actions"),
    pytest.param("Latvia expelled two Russian diplomats. Moscow said the answer will follow.",
                 ("RUS", "LVA"), id="the_answer_will_follow"),
    pytest.param("Estonia closed the crossing on Monday. Russia's foreign ministry said Moscow "
                 "would answer the decision of Tallinn.", ("RUS", "EST"),
                 id="would_answer_the_decision"),
])
def test_an_answer_promised_to_another_partys_act_threatens_it(
        coder, text: str, pair: tuple[str, str]) -> None:
    # a response promised with a modal is a threat (130), "answer" as "respond" already is
    source, target = pair
    found = country_pairs(coder, text)
    assert any(s == source and t == target and c.startswith("13") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "Poland sent a note to Germany. Berlin said it would answer the note next week.",
    "Poland's foreign minister said he would answer questions from German lawmakers on "
    "Friday.",
])
def test_answering_a_message_or_questions_is_no_threat(coder, text: str) -> None:
    recs = coded(coder, text, "2025-11-20")
    assert not any(r["cameo"].startswith("13") for r in recs), recs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Russian jets entered Estonian airspace on Friday. Prime Minister Kristen "
                 "Michal said the violation was unacceptable and that NATO's answer had to be "
                 "united.", ("EST", "RUS"), id="judged_clause_then_alliance"),
    pytest.param("Chinese ships rammed a Philippine vessel on Sunday. Manila said the ramming "
                 "was illegal and that it would raise the matter with ASEAN.",
                 ("PHL", "CHN"), id="judged_clause_then_bloc"),
])
def test_a_criticism_targets_no_party_of_a_clause_beside_the_judging_one(
        coder, text: str, pair: tuple[str, str]) -> None:
    # a party named only in a clause conjoined to the judging one is not the party judged:
    # the pair's other side is
    source, target = pair
    found = country_pairs(coder, text)
    assert (source, target, "111") in found, found
    assert not any(c == "111" and t == "IGO" for s, t, c in found if s == source), found


def test_a_judging_clause_after_another_judges_what_that_one_told(coder) -> None:
    # "stated that X did ..., and called it a dangerous expansion": the party of the clause
    # before the judging one is the party judged
    found = country_pairs(coder, "NATO's secretary general stated that North Korean units "
                                 "were sent to the Kursk region, and called it a dangerous "
                                 "expansion of the war.")
    assert ("IGO", "PRK", "111") in found, found


@pytest.mark.parametrize("text", [
    "\"If somebody broke the law, he will answer for it,\" the Serbian president told "
    "journalists in Belgrade.",
    "The Kosovo premier said those who attacked the police would answer for their crimes.",
])
def test_answering_for_a_deed_is_no_response(coder, text: str) -> None:
    recs = coded(coder, text, "2025-11-20")
    assert not any(r["cameo"].startswith("13") for r in recs), recs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Prime Minister Irakli Kobakhidze said that the Biden administration was "
                 "trying to spoil the relations of Georgia with the new administration.",
                 ("GEO", "USA"), id="trying_to_spoil_relations"),
    pytest.param("Pretoria said the American ambassador's remarks undermined the spirit of "
                 "partnership between the two countries.", ("ZAF", "USA"),
                 id="remarks_undermined_partnership"),
    pytest.param("Beijing said the deployment of American missiles in the Philippines would "
                 "seriously undermine regional stability.", ("CHN", "USA"),
                 id="deployment_would_undermine_stability"),
])
def test_saying_another_party_undermines_relations_criticises_it(
        coder, text: str, pair: tuple[str, str]) -> None:
    source, target = pair
    found = country_pairs(coder, text)
    assert (source, target, "111") in found, found


def test_saying_a_deal_undermines_nothing_criticises_no_one(coder) -> None:
    found = country_pairs(coder, "Seoul said the agreement with Tokyo would undermine nothing.")
    assert not any(c.startswith("11") for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("A senior Houthi official said the United States and Britain would have to "
                 "prepare to pay a heavy price.", ("YEM", "USA"), id="would_have_to_pay_price"),
    pytest.param("Iran's foreign minister said Israel will pay a high price for the "
                 "assassination.", ("IRN", "ISR"), id="will_pay_high_price"),
    pytest.param("Pyongyang said Seoul would pay dearly and pay a bitter price for the leaflets.",
                 ("PRK", "KOR"), id="would_pay_bitter_price"),
])
def test_saying_another_party_will_pay_a_price_threatens_it(
        coder, text: str, pair: tuple[str, str]) -> None:
    source, target = pair
    found = country_pairs(coder, text)
    assert any(s == source and t == target and c.startswith("13") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "The Saudi minister said oil prices would rise next year.",
    "Kenya said it would pay the price of the new Ugandan fuel.",
])
def test_a_price_paid_by_oneself_or_a_market_is_no_threat(coder, text: str) -> None:
    recs = coded(coder, text, "2025-11-20")
    assert not any(r["cameo"].startswith("13") for r in recs), recs
