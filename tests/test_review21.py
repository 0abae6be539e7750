"""Review of session 21's merged rules (brief review21): rows that fired wider than their
comments said, and an entry ban on a person told with a subject pronoun in the passive.
Sentences of the reviewer's own, none from a development set."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize("text", [
    pytest.param("Canada applied for an exemption from the US tariffs.", id="applied_for"),
    pytest.param("Mexico applies a duty-free regime to goods from Canada.", id="duty_free"),
])
def test_applying_no_tariff_imposes_none(coder, text: str) -> None:
    # "apply" imposes (163) only a tariff, duty, levy or sanction that is its own object,
    # not one named anywhere in a phrase beside it
    assert not any(code == "163" for _, _, code in pairs(coder, text, "2025-09-20"))


def test_applying_duties_still_imposes_them(coder) -> None:
    found = pairs(coder, "India will apply anti-dumping duties on Chinese steel.", "2025-09-20")
    assert ("IND", "CHN", "163") in found


@pytest.mark.parametrize("text", [
    pytest.param("Israeli soldiers broke into the Hamas tunnel network in Gaza.", id="tunnels"),
    pytest.param("Ukrainian troops broke into the network of Russian trenches near Bakhmut.",
                 id="trenches"),
])
def test_breaking_into_a_network_of_tunnels_is_no_cyberattack(coder, text: str) -> None:
    # a network of tunnels or trenches is no computer network (176)
    assert not any(code == "176" for _, _, code in pairs(coder, text, "2025-09-20"))


def test_breaking_into_a_computer_network_is_a_cyberattack(coder) -> None:
    found = pairs(coder, "Russian hackers broke into the computer network of the German "
                  "parliament.", "2025-09-20")
    assert ("RUS", "DEU", "176") in found


def test_a_person_barred_told_as_he_is_restricted(coder) -> None:
    # "he was banned from entering" restricts the person (172), as "banned him" does
    found = pairs(coder, "Belarusian politician Pavel Latushko visited Poland. He was banned "
                  "by Russia from entering its territory.", "2025-09-20")
    assert ("RUS", "BLR", "172") in found
    assert not any(code == "163" for _, _, code in found)
