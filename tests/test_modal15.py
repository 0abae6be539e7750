"""Non-asserted events found (issue 5, modality target; session 15 modality helper): acts
told as more of the same ("further strikes could follow", "more expulsions are expected")
take the parties and code of the act they repeat; an act that is the subject of a passive
verb of planning ("new sanctions are planned") is that act, future, not a statement of
intent by nobody. Each is tested on sentences of its own (other countries and wordings than
the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the article, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "more strikes that could follow repeat the strikes told before": (
        "Israel bombed targets in Lebanon on Monday. More strikes could follow, analysts "
        "said.", ("195", ("ISR",), ("LBN",), "hypothetical")),
    "further expulsions expected repeat the expulsion": (
        "Russia expelled five Moldovan diplomats on Friday. Further expulsions are expected, "
        "officials in Chisinau said.", ("161", ("RUS",), ("MDAGOV",), "future")),
    "further strikes planned repeat the air strikes": (
        "Pakistan carried out air strikes in Afghanistan on Monday. Pakistani officials said "
        "further strikes were planned in the coming days.",
        ("195", ("PAK",), ("AFG",), "future")),
    "renewed shelling that may follow repeats the shelling": (
        "Thai troops shelled Cambodian positions on the border overnight. Renewed shelling "
        "may follow if talks fail, diplomats in Bangkok said.",
        ("194", ("THAMIL",), ("KHM",), "hypothetical")),
    "sanctions that are planned are the sanctions, future": (
        "New sanctions against Iran are planned, EU officials said.",
        ("163", ("IGOEU",), ("IRN",), "future")),
    "a visit that is planned is the visit, future": (
        "A visit by Erdogan to Cairo is planned for next month.",
        ("042", ("TURGOV",), ("EGY",), "future")),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_found(coder, name: str) -> None:
    text, want = FOUND[name]
    got = dyads(coded(coder, text))
    assert want in got, got


def test_planned_act_is_no_statement_of_intent(coder) -> None:
    # the planned sanctions are not a statement (030) by Iran, the noun's first actor
    got = dyads(coded(coder, "New sanctions against Iran are planned, EU officials said."))
    assert not any(d[0].startswith("03") for d in got), got


@pytest.mark.parametrize("text", [
    # what further visits would cause is no visit
    "Lithuanian lawmakers visited Taiwan on Monday. Chinese state media warned that further "
    "visits could bring more punishment.",
    # planned by a named planner: a past act told of the planner, not a future one
    "The bombing had been planned by Iran's intelligence service, the court said.",
])
def test_no_repeated_or_planned_act(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[3] in ("hypothetical", "future") for d in got), got


def test_committed_state_still_acts(coder) -> None:
    # a passive verb of intent whose subject is a state, not an act: the state commits
    got = dyads(coded(coder, "Vietnam is committed to peace with China."))
    assert ("030", ("VNM",), ("CHN",), "asserted") in got, got


# A noun act its own adjective calls planned or expected is future, even when a hedged verb
# governs it: the hedge is that verb's ("could cloud", "could delay"), not the visit's.
PLANNED = {
    "an expected visit that a row could cloud": (
        "Experts say the latest row could cloud Oli's expected visit to New Delhi.",
        ("042", ("NPLGOV",), ("IND",), "future")),
    "a planned visit that a dispute could delay": (
        "The dispute over the pipeline could delay the planned visit of Modi to Moscow.",
        ("042", ("INDGOV",), ("RUS",), "future")),
    "a scheduled visit that the unrest might disrupt": (
        "Analysts said the unrest might disrupt the scheduled visit of Lula to Beijing.",
        ("042", ("BRAGOV",), ("CHN",), "future")),
}


@pytest.mark.parametrize("name", sorted(PLANNED))
def test_planned_noun_act(coder, name: str) -> None:
    text, want = PLANNED[name]
    got = dyads(coded(coder, text))
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    # the noun act's own hedge or negation still rules
    ("A visit to Dhaka by Sharif could follow early next year, officials said.", "hypothetical"),
    ("Modi did not attend the planned summit in Moscow.", "negated"),
])
def test_planned_noun_keeps_own_cue(coder, text: str, want: str) -> None:
    got = dyads(coded(coder, text))
    assert any(d[3] == want for d in got), got
