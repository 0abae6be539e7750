"""Non-asserted events found with their modality (issue #5, session 14 helper
"nonasserted16"), each rule tested on sentences of its own (other countries, tenses and
wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# A state's armed forces leaving a country withdraw (0874), in every mood: they leave, are
# due to leave, could leave, or left; with no country named, from the other party's.
FORCES_LEAVE = {
    "could leave COUNTRY (hypothetical)": (
        "Some analysts in Niamey think that the American troops could leave Niger in the "
        "coming weeks.",
        ("0874", ("USAMIL",), ("NER",), "hypothetical")),
    "are due to leave COUNTRY (future)": (
        "Russian troops are due to leave Armenia by the end of the year.",
        ("0874", ("RUSMIL",), ("ARM",), "future")),
    "left COUNTRY (asserted)": (
        "The last Chadian soldiers left Mali on Sunday.",
        ("0874", ("TCDMIL",), ("MLI",), "asserted")),
    "said the soldiers would leave, no country named (future)": (
        "Niger ordered the French forces out in August. The French defence ministry said "
        "on Tuesday that the French soldiers would leave within a month.",
        ("0874", ("FRAMIL",), ("NER",), "future")),
    "will repatriate its troops": (
        "Sweden will repatriate its troops from Mali next month.",
        ("0874", ("SWE",), ("MLI",), "future")),
}


@pytest.mark.parametrize("name", list(FORCES_LEAVE))
def test_forces_leaving_withdraw(coder, name: str) -> None:
    text, expected = FORCES_LEAVE[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


# Not withdrawals: an envoy leaving, forces ordered out (an expulsion, as before), and
# people other than troops repatriated (returned, 0841).
def test_envoy_leaving_is_no_withdrawal(coder) -> None:
    got = dyads(coded(coder, "The Russian ambassador left Moldova on Monday."))
    assert not any(d[0] == "0874" for d in got), got


def test_forces_ordered_out_stay_expelled(coder) -> None:
    got = dyads(coded(coder, "Mali ordered the French troops to leave the country."))
    assert ("174", ("MLI",), ("FRAMIL",), "asserted") in got, got
    assert not any(d[0] == "0874" for d in got), got


def test_repatriated_citizens_are_returned(coder) -> None:
    got = dyads(coded(coder, "Kenya repatriated 30 citizens from Haiti on Friday."))
    assert not any(d[0] == "0874" for d in got), got


# One officer told he must leave is expelled, not a withdrawal; other things pulled out or
# withdrawn (buoys, a trade facility) take no country as the forces' target.
@pytest.mark.parametrize("text", [
    "The Home Secretary said that Colonel Ivan Petrov, a military attache, must leave the "
    "country within a week.",
    "Estonia complained to Moscow on Friday. Russian border guards pulled the buoys out of "
    "the river.",
    "Pakistan protested to Kabul on Friday. Pakistan has withdrawn a facility that allowed "
    "cargo to travel through its ports.",
])
def test_no_forces_withdrawal(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0] == "0874" for d in got), got

