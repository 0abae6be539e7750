"""Target choice rules from the twelfth round of error analysis (tune .. tune16): each rule
gets probe sentences of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# -- a verdict on "the ruling" is aimed at the court that gave it, even several sentences and
# other parties' acts later -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The International Court of Justice on Friday dismissed the case Bolivia had "
                 "filed against Chile over access to the sea. Bolivia's lawyers had argued "
                 "that Santiago owed La Paz negotiations. Chilean officials said they had "
                 "always been ready to talk. President Gabriel Boric said Chile would keep "
                 "working with its neighbours. The Chilean foreign ministry welcomed the "
                 "ruling on Saturday.", ("CHL", "IGO", "051"), id="court_sentences_back"),
    pytest.param("The International Court of Justice on Friday dismissed the case Bolivia had "
                 "filed against Chile over access to the sea, ruling that it had no "
                 "jurisdiction. Chile's foreign minister welcomed the ruling the same day.",
                 ("CHL", "IGO", "051"), id="court_before_the_case_parties"),
    pytest.param("The ICJ on Friday dismissed the case Bolivia had filed against Chile over "
                 "access to the sea. Judge Joan Donoghue of the United States read the "
                 "decision. The Chilean foreign ministry welcomed the ruling on Saturday.",
                 ("CHL", "IGO", "051"), id="a_judge_is_not_the_court"),
])
def test_a_ruling_is_the_courts(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, "2025-06-14")


def test_a_ruling_named_with_its_court_stays_the_courts(coder) -> None:
    found = pairs(coder, "A court in Nairobi on Tuesday ordered the deportation of the Ugandan "
                         "activist. Uganda's foreign ministry criticised the ruling as "
                         "interference.", "2025-06-14")
    assert ("UGA", "KEN", "111") in found
