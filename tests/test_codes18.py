"""Wrong CAMEO roots on found events, from error analysis in session 16 (brief codes18), each
shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The Philippine navy stands ready to respond to any Chinese incursion, Manila "
                 "said.", ("PHL", "CHN"), id="navy_stands_ready"),
    pytest.param("India said it was ready to respond firmly to any misadventure by Pakistan.",
                 ("IND", "PAK"), id="said_it_was_ready"),
    pytest.param("Israel's army is prepared to respond forcefully to any attack from Lebanon, "
                 "the defence minister said.", ("ISR", "LBN"), id="army_prepared"),
])
def test_a_readiness_to_respond_threatens(coder, text: str, pair: tuple[str, str]) -> None:
    # "ready to respond to any provocation" announces a response, as "vowed to respond"
    # does: a threat (13x), not an intention to cooperate (030)
    found = pairs(coder, text, "2025-11-20")
    assert any((s, t) == pair and code.startswith("13") for s, t, code in found)
    assert not any(code.startswith("03") for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("China sent warships near Taiwan on Monday. Taiwan's defence ministry said its "
                 "forces stood ready to respond to any provocation.", ("TWN", "CHN"),
                 id="forces_stood_ready"),
    pytest.param("Armenia shelled Azerbaijani positions on Friday. Baku said on Saturday its "
                 "army was prepared to respond decisively to any provocation.",
                 ("AZE", "ARM"), id="army_was_prepared"),
])
def test_a_readiness_to_respond_to_a_provocation_is_no_criticism(coder, text: str,
                                                                 pair: tuple[str, str]) -> None:
    # the provocation is what the response answers: the statement threatens the other
    # party of the dyad, it does not criticise it (111)
    found = pairs(coder, text, "2025-11-20")
    assert any((s, t) == pair and code.startswith("13") for s, t, code in found)
    assert not any((s, t) == pair and code.startswith("11") for s, t, code in found)


def test_a_readiness_to_answer_a_letter_stays_no_threat(coder) -> None:
    found = pairs(coder, "Turkey said it was ready to respond to the letter from Greece.",
                  "2025-11-20")
    assert not any(code.startswith("13") for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Pakistan's defence minister Khawaja Asif said the two sides would meet again "
                 "in Istanbul on October 25 to discuss the details with Afghanistan.",
                 ("PAK", "AFG"), id="two_sides_would_meet_to_discuss"),
    pytest.param("The Chinese foreign minister said he and his Japanese counterpart would hold "
                 "talks in Beijing next month.", ("CHN", "JPN"), id="he_and_counterpart"),
    pytest.param("Kenya and Tanzania will hold talks next week, Nairobi said.", ("KEN", "TZA"),
                 id="trailing_attribution"),
    pytest.param("Iran's foreign minister said on Sunday that a meeting with his Saudi "
                 "counterpart will take place soon.", ("IRN", "SAU"), id="meeting_will_take_place"),
])
def test_a_meeting_announced_by_one_of_its_parties_is_its_intent(coder, text: str,
                                                                 pair: tuple[str, str]) -> None:
    # the annotation conventions: an announced intention is coded 03x (asserted) and the
    # meeting itself stays, as a future act
    found = pairs(coder, text, "2025-11-20")
    assert (pair[0], pair[1], "036") in found
    assert any(code.startswith("04") for _, _, code in found)


def test_a_meeting_announced_by_a_third_party_is_no_intent_of_it(coder) -> None:
    found = pairs(coder, "Moscow said the Indian and Pakistani army chiefs would meet next week.",
                  "2025-11-20")
    assert not any(s == "RUS" and code.startswith("03") for s, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The South Korean military said it had resumed reconnaissance flights along "
                 "the border with North Korea.", ("KOR", "PRK"), id="resumed_reconnaissance"),
    pytest.param("Washington resumed spy flights off China's coast on Monday.",
                 ("USA", "CHN"), id="resumed_spy_flights"),
    pytest.param("China has stepped up spy flights over Taiwan.", ("CHN", "TWN"),
                 id="stepped_up_spy_flights"),
    pytest.param("The US Air Force conducted reconnaissance flights near Venezuela's coast on "
                 "Thursday.", ("USA", "VEN"), id="conducted"),
])
def test_military_flights_are_a_military_posture(coder, text: str, pair: tuple[str, str]) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert (pair[0], pair[1], "150") in found
    assert not any(code == "085" for _, _, code in found)


def test_surveillance_of_ones_own_sites_is_no_military_move(coder) -> None:
    found = pairs(coder, "Norway has stepped up surveillance around its offshore gas "
                  "installations since the Russian sabotage.", "2025-11-20")
    assert not any(code == "150" for _, _, code in found)


def test_resumed_flights_still_ease_a_flight_ban(coder) -> None:
    assert ("RUS", "GEO", "085") in pairs(coder, "Russia will resume flights to Georgia next "
                                          "month.", "2025-11-20")


@pytest.mark.parametrize(("text", "host", "guest"), [
    pytest.param("Egypt's President Sisi hosted Jordan's King Abdullah in Cairo on Sunday.",
                 "EGY", "JOR", id="hosted_king"),
    pytest.param("Kenya and Ethiopia signed a trade deal on Monday, as President Ruto hosted "
                 "Ethiopian Prime Minister Abiy Ahmed in Nairobi.", "KEN", "ETH",
                 id="as_clause_with_deal"),
    pytest.param("German Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in "
                 "Berlin, where the two leaders agreed to expand military cooperation.",
                 "DEU", "POL", id="hosted_where_agreed"),
])
def test_one_guest_hosted_in_person_made_a_visit(coder, text: str, host: str, guest: str
                                                 ) -> None:
    found = pairs(coder, text, "2025-11-20")
    assert (host, guest, "043") in found and (guest, host, "042") in found


@pytest.mark.parametrize("text", [
    pytest.param("Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali President "
                 "Hassan Sheikh Mahmoud in Ankara.", id="two_guests"),
    pytest.param("Trump announced the talks last Monday while hosting Israeli Prime Minister "
                 "Benjamin Netanyahu at the White House.", id="while_hosting"),
    pytest.param("Qatar hosted the talks between Rwanda and Congo.", id="hosted_talks"),
])
def test_hosting_a_summit_or_a_scene_tells_no_visit(coder, text: str) -> None:
    assert not any(code == "042" for _, _, code in pairs(coder, text, "2025-11-20"))
