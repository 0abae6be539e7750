"""Right dyad, wrong root, from error analysis in session 21 (brief codes23), each rule shown
by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("China seized control of the reef from Vietnam in 1988.", ("CHN", "VNM"),
                 id="seized_control_reef"),
    pytest.param("Azerbaijani forces took the border town from Armenia in 2020.",
                 ("AZE", "ARM"), id="took_town"),
    pytest.param("Rwandan-backed troops wrested control of the province from Congo last year.",
                 ("RWA", "COD"), id="wrested_control_province"),
    pytest.param("Russian troops seized control of the island from Ukraine in February.",
                 ("RUS", "UKR"), id="seized_control_island"),
])
def test_seizing_control_of_territory_occupies_it(coder, text: str,
                                                  pair: tuple[str, str]) -> None:
    # control of a territory taken from a state occupies it (192), no property seizure (171)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "192") in found
    assert not any(code[:3] == "171" for _, _, code in found)


def test_seizing_control_of_a_ship_stays_a_seizure(coder) -> None:
    # near miss: control of a vessel is property seized (171), no territory occupied
    found = pairs(coder, "Iran seized control of a Greek tanker in the Gulf on Monday.",
                  "2025-11-20")
    assert ("IRN", "GRC", "171") in found
    assert not any(c == "192" for _, _, c in found)


def test_taking_part_in_a_summit_in_a_city_occupies_nothing(coder) -> None:
    # near miss: a place in a phrase of "take" that is not its object
    found = pairs(coder, "The Syrian president took part in the Arab League summit in the "
                         "Saudi city of Jeddah.", "2025-11-20")
    assert not any(c[:2] == "19" for _, _, c in found)


@pytest.mark.parametrize(("text", "pair", "root"), [
    pytest.param("Japan's prime minister spoke to reporters, adding that Japan would help "
                 "Vietnam build its coast guard.", ("JPN", "VNM"), "03", id="adding_help"),
    pytest.param("President Lula stressed that Brazil will continue to provide support for "
                 "Bolivia's economic development.", ("BRA", "BOL"), "03",
                 id="stressed_support"),
    pytest.param("Kenya's trade minister praised the talks but added that Nairobi would keep "
                 "trading with Somalia.", ("KEN", "SOM"), "03", id="added_trade"),
])
def test_adding_that_ones_side_will_act_announces_it(coder, text: str, pair: tuple[str, str],
                                                     root: str) -> None:
    # an act of one's own side, added or stressed as to come, is an announced intent (03x)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert any(s == source and t == target and c[:2] == root for s, t, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("The Polish minister called the talks useful, adding that Russia had attacked "
                 "Ukraine's grid again.", id="adding_others_act"),
    pytest.param("The Polish foreign minister telephoned his Lithuanian counterpart to stress "
                 "that Poland values its close ties with Lithuania.", id="to_stress"),
])
def test_adding_what_is_no_own_act_to_come_announces_nothing(coder, text: str) -> None:
    # near misses: what "adding that" says of another party is left to "said"; "to stress"
    # is the purpose of the call, which stays the event (041)
    found = pairs(coder, text, "2025-11-20")
    assert not any(s == "POL" and c[:2] in ("01", "03", "11") for s, _, c in found), found


@pytest.mark.parametrize(("text", "pair", "code"), [
    pytest.param("Mexico's president proposed to break relations with Spain.",
                 ("MEX", "ESP"), "1313", id="proposed_break"),
    pytest.param("Mexico's president proposed to pause relations with Spain.",
                 ("MEX", "ESP"), "1313", id="proposed_pause"),
    pytest.param("Germany proposed to send troops to Lithuania.", ("DEU", "LTU"), "0334",
                 id="proposed_send_troops"),
])
def test_proposing_to_act_announces_the_act(coder, text: str, pair: tuple[str, str],
                                            code: str) -> None:
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, code) in found
    assert not any(c == "030" for _, _, c in found)
