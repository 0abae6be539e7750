"""Threats and non-asserted events (issue "Grounding", session 12 modality helper
"modal13"), each rule tested on sentences of its own (other countries and wordings than
the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# A statement that the speaker's own side will respond, take steps or strike if another
# party acts is a threat (13x) to that party, made and so asserted (events/responses.py).
PROMISED_RESPONSES = {
    "would take further measures if": (
        "Ghana's foreign minister said Accra would take further measures if Togo kept "
        "detaining its traders.", ("130", ("GHAGOV",), ("TGO",), "asserted")),
    "quoted: if ..., we will attack": (
        '"If Sudanese troops cross the border again, we will attack," Chad\'s defence '
        "minister said.", ("138", ("TCDGOV",), ("SDNMIL",), "asserted")),
    "would deal with the matter if": (
        "Uganda's president said that if Kenya kept blocking its fuel imports, Kampala would "
        "deal with the matter.", ("130", ("UGAGOV",), ("KEN",), "asserted")),
}


@pytest.mark.parametrize("name", list(PROMISED_RESPONSES))
def test_promised_response_is_a_threat(coder, name: str) -> None:
    text, expected = PROMISED_RESPONSES[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


# The hostile act held out is the threat's content, not a hypothetical act of its own.
@pytest.mark.parametrize("text, threat", [
    ("Ghana said it would expel Togo's ambassador if Lome kept detaining its traders.",
     ("1313", ("GHA",), ("TGO",), "asserted")),
    ("The Kenyan government closed the border crossing at Busia, its spokesman said, warning "
     "that Nairobi would recall its ambassador if Ugandan officials harassed Kenyan traders "
     "again.", ("1313", ("KENGOV",), ("UGAGOV",), "asserted")),
])
def test_held_out_act_is_no_event(coder, text: str, threat: tuple) -> None:
    got = dyads(coded(coder, text))
    assert threat in got, got
    assert not any(d[3] == "hypothetical" for d in got), got


# Not threats: a response with a purpose of its own, a promise of cooperation, a reply
# to a message, and an act only supposed by others.
@pytest.mark.parametrize("text", [
    "Ghana said it would take steps to improve ties if Togo agreed.",
    "Ghana said it would lift the ban on Togolese goods if Lome reopened the border.",
    "Ghana said it would respond to Togo's letter if Lome asked for talks.",
    "Analysts said Ghana could respond with sanctions if Togo kept detaining traders.",
])
def test_no_threat(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0].startswith("13") and d[3] == "asserted" for d in got), got
