"""Bugs found reviewing session 18's changes (brief review18), each shown by sentences of
its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Seoul regretted the loss of trust caused by the Japanese decision.",
                 ("111", ("KOR",), ("JPN",), "asserted"), id="loss_of_trust"),
    pytest.param("China voiced regret at the loss of the Philippine contract.",
                 ("111", ("CHN",), ("PHL",), "asserted"), id="loss_of_contract"),
    pytest.param("Hanoi expressed regret over the loss of access caused by the Chinese ban.",
                 ("111", ("VNM",), ("CHN",), "asserted"), id="loss_of_access"),
])
def test_regret_over_a_loss_of_no_lives_stays_criticism(coder, text: str, want: tuple) -> None:
    # codes20's regret_over_deaths read any "loss" as a death: regret over the loss of
    # trust or of a contract was coded sympathy (018), not criticism (111)
    got = dyads(coded(coder, text))
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Malaysia expressed regret over the loss of life in the Thai raid.",
                 ("018", ("MYS",), ("THA",), "asserted"), id="loss_of_life"),
    pytest.param("Jakarta voiced regret at the loss of 12 Indonesian fishermen in the "
                 "Australian operation.", ("018", ("IDN",), ("AUS",), "asserted"),
                 id="loss_of_fishermen"),
])
def test_regret_over_a_loss_of_lives_is_sympathy(coder, text: str, want: tuple) -> None:
    got = dyads(coded(coder, text))
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("The Venezuelan president called the Colombian president a dictator.",
                 ("111", ("VENGOV",), ("COLGOV",), "asserted"), id="dictator"),
    pytest.param("The Iranian foreign minister called the Israeli prime minister a thug.",
                 ("111", ("IRNGOV",), ("ISRGOV",), "asserted"), id="thug"),
])
def test_a_name_read_as_the_objects_apposition_names_it(coder, text: str, want: tuple) -> None:
    # the parser often reads "called the Colombian president a dictator" as the name in
    # apposition to the object; second_objects read appositions only of the object's "of"
    # phrase, so the naming was a phone call (041)
    got = dyads(coded(coder, text))
    assert want in got, got
    assert not any(d[0] == "041" for d in got), got


def test_an_apposition_set_off_by_commas_names_nothing(coder) -> None:
    got = dyads(coded(coder, "Maduro called the Guyanese president, a former dictator, on "
                             "Monday."))
    assert not any(d[0] == "111" for d in got), got


@pytest.mark.parametrize("text", [
    pytest.param("both rebels and governments", id="rebels_and_governments"),
    pytest.param("both companies or governments", id="companies_or_governments"),
    pytest.param("the two soldiers and leaders", id="soldiers_and_leaders"),
])
def test_a_coordination_is_no_described_pair(text: str) -> None:
    # context22's described pairs let any two words stand between "both" and the noun, so
    # "both X and governments" (a coordination) read as "both governments"
    from dyadwatch.actors.context import names_both_sides

    assert not names_both_sides(text)


@pytest.mark.parametrize("text", [
    pytest.param("both warring governments", id="warring_governments"),
    pytest.param("the two Baltic republics", id="baltic_republics"),
])
def test_a_described_pair_still_names_both_sides(text: str) -> None:
    from dyadwatch.actors.context import names_both_sides

    assert names_both_sides(text)


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Beijing insisted that the Philippine ships be removed from the shoal.",
                 ("100", ("CHN",), ("PHL",), "asserted"), id="be_removed"),
    pytest.param("Ankara insists that the Cypriot gas survey be halted.",
                 ("100", ("TUR",), ("CYP",), "asserted"), id="be_halted"),
    pytest.param("Moscow insisted that the Estonian authorities be punished.",
                 ("100", ("RUS",), ("ESTGOV",), "asserted"), id="be_punished"),
])
def test_insisting_on_a_passive_subjunctive_demands(coder, text: str, want: tuple) -> None:
    # actors22's claims_a_fact took any auxiliary for a told fact, so the bare "be" of a
    # passive subjunctive ("insisted that the ships be removed") made the insistence a claim
    # (010) rather than a demand (100)
    got = dyads(coded(coder, text))
    assert want in got, got


def test_insisting_on_a_fact_with_a_passive_claims(statements_coder) -> None:
    got = dyads(coded(statements_coder, "Beijing insisted that the drills were not aimed at "
                                        "Manila."))
    assert not any(d[0] == "100" for d in got), got


@pytest.mark.parametrize(("text", "end"), [
    pytest.param("ÖREBRO, Sweden, Nov 3 (Reuters) - The Swedish", 34, id="orebro"),
    pytest.param("GDAŃSK, May 2 (Reuters) - Polish", 26, id="gdansk"),
    pytest.param("ÉVIAN-LES-BAINS — The two", 18, id="evian"),
    pytest.param("MALÉ — The Maldives", 7, id="male"),
])
def test_a_dateline_may_open_with_an_accented_capital(text: str, end: int) -> None:
    # context22 let accented capitals into a dateline's place name but not as its first
    # letter, nor the capitals of Latin Extended-A ("Ń", "Ł", "Š")
    from dyadwatch.read.text import dateline_end

    assert dateline_end(text) == end


def test_a_sentence_with_an_accented_capital_is_no_dateline() -> None:
    from dyadwatch.read.text import dateline_end

    assert dateline_end("Écija is a town - in Spain") == 0
