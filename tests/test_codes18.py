"""Wrong CAMEO roots on found events, from error analysis in session 16 (brief codes18), each
shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


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
