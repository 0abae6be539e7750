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


# An act named only as the condition of another ("if X attacks") is no event; the
# conditional act or threat it hangs on is.
@pytest.mark.parametrize("text, condition_root", [
    ("Ghana warned that it would halt arms deliveries to Togo if Togolese troops attacked "
     "the border town of Aflao.", "19"),
    ("If Kenya imposes tariffs on Ugandan goods, Uganda will respond in kind.", "16"),
    ("A ministry official in Accra said Ghana could attend the ceremonies if the two "
     "governments agree on their format.", "05"),
])
def test_condition_is_no_event(coder, text: str, condition_root: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0][:2] == condition_root for d in got), got


def test_retaliation_on_condition_is_a_threat_not_an_accusation(coder) -> None:
    got = dyads(coded(coder, "Ghana said it would retaliate if Togo attacked its territory."))
    assert ("130", ("GHA",), ("TGO",), "asserted") in got, got
    assert not any(d[0][:2] in ("11", "19") for d in got), got


def test_conditional_act_stays_hypothetical(coder) -> None:
    got = dyads(coded(coder, "Estonia could close its border crossings with Russia if "
                             "migrants began arriving in large numbers."))
    assert ("163", ("EST",), ("RUS",), "hypothetical") in got, got


# A speech verb in a subordinate time clause ("a week after Oslo declared ...") tells an
# earlier event, not who tells the sentence: the act stays in the text's own voice.
@pytest.mark.parametrize("text, expected", [
    ("Kenya on Thursday ordered two Ugandan diplomats to leave the country, a week after "
     "Kampala declared three Kenyan envoys persona non grata.",
     ("161", ("KEN",), ("UGAGOV",), "asserted")),
    ("Ghana closed its border with Togo on Monday, two days after Lome declared a state of "
     "emergency.", ("163", ("GHA",), ("TGO",), "asserted")),
])
def test_time_clause_is_no_attribution(coder, text: str, expected: tuple) -> None:
    got = dyads(coded(coder, text))
    assert expected in got, got


def test_trailing_attribution_still_reports(coder) -> None:
    got = dyads(coded(coder, "Kenya closed its border with Uganda on Monday, Ugandan "
                             "officials said."))
    assert ("163", ("KEN",), ("UGA",), "reported") in got, got


# A position its holder says it does not take ("said it does not recognise ...") is a
# rejection by the statement (12x), not an act that failed to happen.
@pytest.mark.parametrize("text, expected", [
    ("The Kenyan foreign ministry said it did not recognise the decision of the Ugandan "
     "court.", ("120", ("KENGOV",), ("UGAJUD",), "asserted")),
    ("Ghana's foreign minister said that Ghana does not recognise Togo's claim to the "
     "island.", ("120", ("GHAGOV",), ("TGO",), "asserted")),
])
def test_denied_stance_is_a_rejection(coder, text: str, expected: tuple) -> None:
    got = dyads(coded(coder, text))
    assert expected in got, got
    assert not any(d[3] == "negated" for d in got), got


def test_act_not_done_stays_negated(coder) -> None:
    got = dyads(coded(coder, "Ghana has not recognised Togo's new government."))
    assert ("054", ("GHA",), ("TGOGOV",), "negated") in got, got
