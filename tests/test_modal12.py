"""Non-asserted events (issue "Grounding", session 11 modality helper "modal12"): acts
planned, hedged, negated or reported, each rule tested on sentences of its own (other
countries and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# An act a party says it will go on with is an intention (03x, asserted), not a new act
# still to come: "would keep supplying", "will continue to provide", "will keep up".
CONTINUED = {
    "would keep supplying arms": (
        "Kenya's defence minister said Nairobi would keep supplying equipment to the Somali "
        "army.", ("0332", ("KENGOV",), ("SOMMIL",), "asserted")),
    "will continue to provide aid": (
        "The Egyptian foreign minister said Cairo would continue to provide economic aid to "
        "Sudan.", ("0331", ("EGYGOV",), ("SDN",), "asserted")),
}


@pytest.mark.parametrize("name", list(CONTINUED))
def test_continued_act_is_an_intent(coder, name: str) -> None:
    text, expected = CONTINUED[name]
    got = dyads(coded(coder, text))
    assert expected in got, got
    assert not any(d[3] == "future" for d in got), got


@pytest.mark.parametrize("text", [
    "Ghana will keep supporting Togo for as long as necessary.",
    "Ghana will keep up its support for Togo.",
    "Kenya has said it will keep raising its concerns about Uganda's elections.",
])
def test_continued_act_is_no_future_act(coder, text: str) -> None:
    assert not any(d[3] == "future" for d in dyads(coded(coder, text)))


@pytest.mark.parametrize("text, expected", [
    # a new act still to come stays a future act beside its intent
    ("Kenya's defence minister said Nairobi would supply equipment to the Somali army.",
     ("072", ("KEN",), ("SOMMIL",), "future")),
    # an act going on now is told as done
    ("Ugandan forces continued to shell rebel positions in Congo on Monday.",
     ("194", ("UGAMIL",), ("COD",), "asserted")),
])
def test_new_or_ongoing_act_is_kept(coder, text: str, expected: tuple) -> None:
    got = dyads(coded(coder, text))
    assert expected in got, got
