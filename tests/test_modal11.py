"""Non-asserted events found (issue 5, modality target; session 10 modality helper): hedged,
planned, negated and reported acts the coder missed or gave the wrong mood, each tested on
sentences of its own (other countries and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the text, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "a plan told in a participle of saying after a past verb is future": (
        "Ruto spoke to reporters after the talks on Monday, adding that Kenyan negotiators "
        "would return to Kampala for another round.", ("042", ("KENGOV",), ("UGA",), "future")),
    "a withdrawal that is due to take effect later is not done yet": (
        "Kenya has announced its withdrawal from the IGAD, which is due to take effect in "
        "March.", ("161", ("KEN",), ("IGODEVIAD",), "future")),
    "sanctions that will enter into force are not in force yet": (
        "The EU adopted new sanctions on Belarus, which will enter into force on Monday.",
        ("163", ("IGOEU",), ("BLR",), "future")),
    "tariffs expected to take effect are not in force yet": (
        "Washington imposed tariffs on Chinese steel, which are expected to take effect next "
        "month.", ("163", ("USA",), ("CHN",), "future")),
}


@pytest.mark.parametrize("text", [
    "The EU adopted new sanctions on Belarus, which entered into force on Monday.",
    "Kenya announced its withdrawal from the IGAD, which took effect immediately.",
])
def test_measure_already_in_force_stays_asserted(coder, text: str) -> None:
    got = [d for d in dyads(coded(coder, text)) if d[0][:2] == "16"]
    assert got and all(d[3] == "asserted" for d in got), got


@pytest.mark.parametrize("name", list(FOUND))
def test_non_asserted_event_found(coder, name: str) -> None:
    text, expected = FOUND[name]
    assert expected in dyads(coded(coder, text))


def test_participle_of_saying_keeps_a_condition_hypothetical(coder) -> None:
    text = ("Ruto spoke to reporters on Monday, adding that Kenyan negotiators would return "
            "to Kampala if Uganda agreed.")
    got = [d for d in dyads(coded(coder, text)) if d[0] == "042"]
    assert got and all(d[3] == "hypothetical" for d in got), got
