"""Non-asserted events told with their modality (issue 5, modality recall; session 23
nonasserted24 helper). A pronoun that denies the subject or object of the act ("none of the
envoys was declared persona non grata", "expelled none of them", "nobody attended") makes
it negated, as "no" on the object already did ("reached no agreement"). An act that
something only opens, paves or clears the way for ("could open the way for the two
countries to exchange ambassadors", "paved the way for talks") is hypothetical: it is made
possible, not done. Each is tested on sentences of its own (other countries and wordings
than the gold articles), with near misses that stay asserted."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the article, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "none of them as the passive subject denies the expulsion": (
        "None of the Russian diplomats was declared persona non grata, Ottawa said.",
        ("161", ("CANGOV",), ("RUSGOV",), "negated")),
    "none of them as the object denies the expulsion": (
        "Canada expelled none of the Russian diplomats.",
        ("161", ("CAN",), ("RUSGOV",), "negated")),
    "an exchange of envoys the ruling could open the way for is hypothetical": (
        "Analysts said the ruling could open the way for Peru and Chile to exchange "
        "ambassadors again.", ("050", ("PER", "CHL"), (), "hypothetical")),
}

# Near misses: the act is told as done.
ASSERTED = {
    "a plain expulsion stays asserted": (
        "Canada expelled two of the Russian diplomats.",
        ("161", ("CAN",), ("RUSGOV",), "asserted")),
    "a plain exchange of envoys stays asserted": (
        "Peru and Chile exchanged ambassadors again.",
        ("050", ("PER", "CHL"), (), "asserted")),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_non_asserted_act_found_with_its_modality(coder, name: str) -> None:
    text, want = FOUND[name]
    got = dyads(coded(coder, text))
    assert want in got, got


@pytest.mark.parametrize("name", sorted(ASSERTED))
def test_near_miss_stays_asserted(coder, name: str) -> None:
    text, want = ASSERTED[name]
    got = dyads(coded(coder, text))
    assert want in got, got
