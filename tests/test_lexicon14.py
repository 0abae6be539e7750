"""Missed triggers found in session 13 (helper lexicon14), each shown by sentences of its own
(none is a development-set sentence): a call, meeting or visit that is the setting of a
clause ("after a telephone call with X", "during a visit to X"), and lexicon rows the coder
lacked; with the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Mexico's president announced the deal after a telephone call with Trump.",
                 ("MEX", "USA", "041"), id="a_call_the_clause_follows_is_its_subjects"),
    pytest.param("Putin said in a telephone call with Erdogan that the talks were useful.",
                 ("RUS", "TUR", "041"), id="said_in_a_call_with"),
    pytest.param("The French foreign minister announced the pledge during a visit to Armenia.",
                 ("FRA", "ARM", "042"), id="announced_during_a_visit_to"),
    pytest.param("Kenya's president signed the accord at talks with Uganda's leader.",
                 ("KEN", "UGA", "040"), id="signed_at_talks_with"),
])
def test_lexicon14_rows(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("China spoke after talks between the United States and Russia.",
                 "040", id="talks_between_others_are_not_the_subjects"),
    pytest.param("The ruble fell after talks with Washington.",
                 "040", id="no_actor_as_subject"),
    pytest.param("Germany's chancellor spoke before a visit to China.",
                 "042", id="a_visit_still_to_come_is_no_setting"),
])
def test_lexicon14_rows_do_not_fire(coder, text: str, unwanted: str) -> None:
    assert all(code != unwanted for _, _, code in pairs(coder, text))
