"""Missed triggers found in session 13 (helper lexicon15), each shown by sentences of its own
(none is a development-set sentence): a protest held at a foreign mission is aimed at its
state, an aim verb conjoined with the participle after a protest names its aim, taking to
the streets demonstrates, a go-between mediates, and suspending or excluding a state from a
bloc breaks relations with it (from a trade scheme: limits its trade); with the senses that
must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Thousands of Kenyans rallied outside the Chinese embassy in Nairobi.",
                 ("KEN", "CHN", "141"), id="rally_outside_an_embassy_aims_at_its_state"),
    pytest.param("Hundreds of Kenyans demonstrated in front of the Chinese embassy.",
                 ("KEN", "CHN", "141"), id="in_front_of_an_embassy"),
    pytest.param("Kenyans staged a rally outside the Chinese consulate in Mombasa.",
                 ("KEN", "CHN", "141"), id="a_staged_rally_at_a_consulate"),
    pytest.param("Thousands of Nigeriens took to the streets of Niamey, demanding the "
                 "departure of the French military.",
                 ("NER", "FRA", "141"), id="taking_to_the_streets_demonstrates"),
    pytest.param("Hundreds of people marched through Nairobi waving banners and demanding "
                 "that Chinese troops leave.",
                 ("KEN", "CHN", "141"), id="aim_verb_conjoined_with_a_participle"),
    pytest.param("Qatar served as a go-between between Russia and Ukraine.",
                 ("QAT", "RUS", "045"), id="a_go_between_mediates"),
    pytest.param("The Commonwealth suspended Fiji from the bloc.",
                 ("IGO", "FJI", "161"), id="suspended_from_the_bloc"),
    pytest.param("The African Union excluded Niger from the bloc.",
                 ("IGO", "NER", "161"), id="excluded_from_the_bloc"),
    pytest.param("Washington could exclude South Africa from the trade programme.",
                 ("USA", "ZAF", "163"), id="excluded_from_a_trade_scheme"),
])
def test_lexicon15_rows(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("The Mexican president-elect excluded King Felipe VI from the list of "
                 "invited heads of state.", "161", id="left_off_a_guest_list"),
    pytest.param("Kenyan police took the protesters off the streets of Nairobi.",
                 "141", id="police_taking_protesters_off_the_streets"),
    pytest.param("Kenya's minister met the Chinese ambassador outside the embassy.",
                 "141", id="a_meeting_at_an_embassy_is_no_protest"),
])
def test_lexicon15_rows_do_not_fire(coder, text: str, unwanted: str) -> None:
    assert all(code != unwanted for _, _, code in pairs(coder, text))
