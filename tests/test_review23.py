"""Review of session 23's merged rules (helper review23): near-misses the new rules coded
too widely, each shown by sentences of its own, with the sense the rule was made for kept."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dated
from test_generalise_s8 import pairs


# -- a year in the "of" phrase of a noun of a stretch of time dates that stretch ("in the
# first half of 2019"), unlike "the agreement of 2014", whose year names the thing
@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    pytest.param("In the first half of 2021, Norway expelled three Russian diplomats.",
                 "expelled", "2021", id="first_half_of_year"),
    pytest.param("In the last quarter of 2018, the Netherlands expelled four Russian agents.",
                 "expelled", "2018", id="last_quarter_of_year"),
    pytest.param("Peru expressed its sincere regret over the border incidents of 1979 and "
                 "pledged to compensate Chile's victims.", "pledged", None,
                 id="negative_incidents_of_year"),
])
def test_year_of_a_period_noun(coder, text, trigger, wanted):
    assert dated(coder, text, "2025-05-08", trigger) == wanted


# -- a weekday after a cause or topic noun dates the act when nothing else does (news copy
# puts the act's day last); with a day of its own elsewhere, the act keeps that one
@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    pytest.param("Vietnam protested to China about the incursion on Thursday.", "protested",
                 "2025-05-08", id="protested_about_noun_on_weekday"),
    pytest.param("Vietnam on Tuesday recalled its ambassador from China and suspended all "
                 "flights to Beijing over a cyberattack on Monday.", "suspended",
                 "2025-05-06", id="negative_own_day_elsewhere"),
])
def test_weekday_after_cause_noun(coder, text, trigger, wanted):
    assert dated(coder, text, "2025-05-09", trigger) == wanted


# -- a noun governor ("the way") reached through "in" is where the noun leads, done: "led
# the way in sending tanks" is no hypothetical act; "paved the way for X to sell" stays one
def _modality(coder, text, trigger):
    return next(r["modality"] for r in coded(coder, text)
                if r["trigger"].lower().startswith(trigger))


def test_led_the_way_in_is_done(coder):
    assert _modality(coder, "Latvia led the way in sending tanks to Ukraine.",
                     "sending") == "asserted"


def test_way_for_stays_hypothetical(coder):
    text = "The agreement could open the way for Egypt to exchange ambassadors with Iran."
    assert all(r["modality"] == "hypothetical" for r in coded(coder, text)
               if r["trigger"].lower().startswith("exchange"))


# -- raising a matter "with" a party (111) is not a "with" phrase naming the partner of
# dealings inside the matter ("the question of closer ties with Russia"); "close to" is an
# approach, as "near" is (150), but troops sent to a state are deployed there (074) whatever
# place on the way is named; a stop made by a vehicle (a tanker's port call) is no visit
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Serbia raised the question of war reparations with Hungary.",
                 ("SRB", "HUN", "111"), id="raised_the_question_of_with_party"),
    pytest.param("Armenia moved troops close to the Azerbaijani border.",
                 ("ARM", "AZE", "150"), id="moved_troops_close_to_border"),
    pytest.param("Uganda deployed troops to Somalia along the border.",
                 ("UGA", "SOM", "074"), id="deployed_troops_to_state_along_border"),
    pytest.param("The Chilean president made a stop in Peru on his way home.",
                 ("CHL", "PER", "042"), id="leaders_stop_is_visit"),
])
def test_kept_sense(coder, text, wanted):
    assert wanted in pairs(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Orban raised the question of closer ties with China in parliament.", "111",
                 id="with_phrase_of_dealings"),
    pytest.param("Uganda deployed troops to Somalia along the border.", "150",
                 id="troops_to_state_along_border_no_show_of_force"),
    pytest.param("The Venezuelan tanker made a stop in Cuba before sailing on.", "042",
                 id="vehicles_stop_is_no_visit"),
])
def test_near_miss_not_coded(coder, text, code):
    assert not any(c == code for _, _, c in pairs(coder, text))
