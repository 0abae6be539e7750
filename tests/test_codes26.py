"""Right pair, wrong CAMEO root, from error analysis in session 24 (brief codes26), each rule
shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

DAY = "2025-11-20"


@pytest.mark.parametrize("text", [
    pytest.param("Thailand and Cambodia agreed to hold the next round of border talks in "
                 "Bangkok.", id="next_round"),
    pytest.param("Egypt and Ethiopia also agreed to keep up dialogue at all levels.",
                 id="keep_up_dialogue"),
    pytest.param("Serbia and Kosovo agreed on Tuesday to keep talking under EU auspices.",
                 id="keep_talking_dated_agreement"),
])
def test_an_undated_meeting_agreed_to_is_the_intent_alone(coder, text: str) -> None:
    # two parties agreeing to meet, with no time set for the meeting, announce their intent
    # to meet (036); the meeting is no future act of its own (no 04x)
    found = pairs(coder, text, DAY)
    assert any(c == "036" for _, _, c in found), found
    assert not any(c.startswith("04") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Thailand and Cambodia agreed to hold the next round of border talks in "
                 "Bangkok next Tuesday.", id="next_round_dated"),
    pytest.param("Egypt and Ethiopia agreed to meet again in March.", id="meet_in_march"),
    pytest.param("Egypt and Ethiopia also agreed that their leaders would meet again in "
                 "Cairo.", id="that_clause"),
])
def test_a_meeting_agreed_for_a_time_is_still_coded(coder, text: str) -> None:
    # near miss: a meeting set for a time, or told as a clause of its own, is coded as a
    # future meeting beside the intent to meet
    found = pairs(coder, text, DAY)
    assert any(c == "036" for _, _, c in found), found
    assert any(c.startswith("04") for _, _, c in found), found
