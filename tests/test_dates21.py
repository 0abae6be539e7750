"""Date rules found on tune..tune26 (helper dates21, session 21), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- a day written without its year, a few days after publication, is the coming one
    # (an order taking effect "from Aug 4"), not the same day a year back
    "'raising tariffs from Aug 4' in a July article is this August": (
        "Hours later, President Donald Trump signed an order raising tariffs on Indian "
        "textiles to 40% from Aug 4.", "2025-07-28", "raising", "2025-08-04"),
    "... but a day weeks after publication is still last year's": (
        "Kenya closed its border with Somalia to all trucks from Aug 20, citing security "
        "threats.", "2025-07-01", "closed", "2024-08-20"),
    "... nor a day told of a verb in the past": (
        "Already on Aug 4, Kenya halted talks with Somalia on the maritime border.",
        "2025-07-28", "halted", "2024-08-04"),
    # -- a time told of a verb in the past tense is behind publication, even for an act
    # the coder takes as planned ("after a telephone call ..., Xi agreed to suspend")
    "'on the 2nd of April ... agreed' in an April article is this April": (
        "In early March, Beijing had imposed duties on Canadian canola, but on the 2nd of "
        "April, after a telephone call with Carney, Xi agreed to suspend them for 60 days, "
        "in exchange for which the Canadian side promised to review its own tariffs.",
        "2025-04-10", "call", "2025-04-02"),
    "... but 'will visit on the 2nd of April' looks ahead to next year": (
        "Ruto will visit Beijing on the 2nd of April, in exchange for which China promised "
        "to review its tariffs.", "2025-04-10", "visit", "2026-04-02"),
    # -- "the 2019 accord, signed by ...": the year of the thing made dates the participle
    # that makes it, not other participles on it
    "'the 2019 accord, signed by X and Y' is 2019": (
        "The 2019 accord, signed by Kenya and Somalia in Nairobi, set up a joint border "
        "commission.", "2023-11-23", "signed", "2019"),
    "'the 2015 pact, signed by the presidents of X and Y' is 2015": (
        "The 2015 pact, signed by the presidents of Egypt and Sudan in Khartoum, shared the "
        "waters of the Nile.", "2025-03-05", "signed", "2015"),
    "'a 2016 charter of principles signed by X and Y' is 2016": (
        "Nairobi called the raid a breach of a 2016 charter of principles signed by Kenya "
        "and Somalia.", "2025-03-05", "signed", "2016"),
    "... but 'the 2015 pact, denounced by X' is not 2015": (
        "The 2015 pact, denounced by the presidents of Egypt and Sudan in Khartoum, shared "
        "the waters of the Nile.", "2025-03-05", "denounced", None),
    # -- "the accord of March 2019, under which X lifted ...": a past relative clause on a
    # noun dated by "of <date>" tells what happened on that occasion, like "a March 2019
    # letter in which ..."
    "'the declaration of March 2019, under which X lifted the ban' is 2019-03": (
        "Somalia and Kenya restored ties in line with the Nairobi declaration of March 2019, "
        "under which Kenya lifted its ban on Somali khat imports.", "2024-06-12", "lifted",
        "2019-03"),
    "... but not when the date does not name the declaration": (
        "Somalia and Kenya restored ties in line with the Nairobi declaration in force "
        "since March 2019, under which Kenya lifted its ban on Somali khat imports.",
        "2024-06-12", "lifted", None),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
