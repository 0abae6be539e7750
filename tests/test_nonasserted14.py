"""Non-asserted events found as often as asserted ones (issue #5, session 13 helper
"nonasserted14"), each rule tested on sentences of its own (other countries and wordings
than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Attending an occasion held in another state's country or capital (a summit, a parade,
# an inauguration) is a visit to that state (042), whatever the modality: the gold codes
# "attended the inauguration in Buenos Aires" and "the summit in Harare, which Ramaphosa is
# expected to attend" so.
ATTENDED_ABROAD = {
    "attended the summit in CAPITAL": (
        "Ghana's president attended the summit in Abuja on Friday.",
        ("042", ("GHAGOV",), ("NGA",), "asserted")),
    "will attend the ceremony in CAPITAL": (
        "Ghana's president will attend the independence ceremony in Lome next week.",
        ("042", ("GHAGOV",), ("TGO",), "future")),
    "a summit in CAPITAL, which X is expected to attend": (
        "Leaders of the bloc are to meet at a summit in Abuja on Friday, which Ghana's "
        "president is expected to attend.",
        ("042", ("GHAGOV",), ("NGA",), "future")),
    "CAPITAL, where X attended": (
        "Ghana's president flew home from Lome, where President Mahama attended the "
        "inauguration of the new Togolese president.",
        ("042", ("GHAGOV",), ("TGO",), "asserted")),
    "could attend the talks in CAPITAL": (
        "Kenya's foreign minister could attend the talks in Kampala if the date is agreed.",
        ("042", ("KENGOV",), ("UGA",), "hypothetical")),
}


@pytest.mark.parametrize("name", list(ATTENDED_ABROAD))
def test_attending_abroad_is_a_visit(coder, name: str) -> None:
    text, expected = ATTENDED_ABROAD[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


# Not visits: an occasion at home, one with no place named, and a place that is no state.
@pytest.mark.parametrize("text", [
    "Ghana's president attended the summit in Accra on Friday.",
    "Ghana's president attended the summit on Friday.",
    "Ghana's president attended the summit of the African Union on Friday.",
])
def test_attending_no_foreign_venue_is_no_visit(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0] == "042" for d in got), got
