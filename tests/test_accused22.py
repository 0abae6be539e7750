"""Session 22, acts inside accusations (accused22): issue #5's recall of reported events.
Each rule is shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes


def reported(coder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of the reported records."""
    return {(s[:3], t[:3], r["cameo"][:2]) for r in coded(coder, text)
            if r["modality"] == "reported"
            for s in codes(r["source"]) or [""] for t in codes(r["target"]) or [""]}


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Lithuania's government blamed a Russian hacking group for a cyber campaign "
                 "against the defence ministry's email system.", ("RUS", "LTU", "17"),
                 id="blamed_for_campaign"),
    pytest.param("On Monday Warsaw blamed Belarus for a cyberattack on the finance ministry's "
                 "servers.", ("BLR", "POL", "17"), id="blamed_for_cyberattack"),
])
def test_alleged_coercion_noun_with_no_target_hits_the_accuser(coder, text, wanted) -> None:
    """"blamed APT31 for a cyber campaign against the ministry's network": coercion named
    by a noun an accusation alleges, with no party named as its target, was done to the
    accuser's side, as an alleged attack is."""
    assert wanted in reported(coder, text)


def test_coercion_noun_praised_is_no_allegation(coder) -> None:
    """"praised Estonia for a cyber campaign against disinformation": praise alleges
    nothing; no campaign is laid at the praiser's door."""
    found = reported(coder, "Lithuania's government praised Estonia for a cyber campaign "
                            "against disinformation.")
    assert not any(root == "17" for _, _, root in found)
