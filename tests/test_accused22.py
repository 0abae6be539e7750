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


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Poland's deputy foreign minister, Tomasz Wrzesniak, who has accused Moscow "
                 "of plotting sabotage, said Warsaw would close the consulate.",
                 ("POL", "11"), id="accused"),
    pytest.param("Estonia's deputy interior minister, Lauri Saarepuu, who met his Finnish "
                 "counterpart on Monday, said Tallinn would tighten the checks.",
                 ("EST", "04"), id="met"),
])
def test_relative_clause_on_a_named_title_acts_for_the_title(coder, text, wanted) -> None:
    """"Ukraine's rights commissioner, Dmytro Lubinets, who has accused Russia of ...": a
    relative clause hung on the name set beside a title is the titled official's act."""
    found = {(s[:3], r["cameo"][:2]) for r in coded(coder, text) for s in codes(r["source"])}
    assert wanted in found


def test_relative_clause_on_an_unplaced_name_stays_unresolved(coder) -> None:
    """"A local farmer, Giorgi Beridze, who has accused Russia ...": no state's title
    stands beside the name; no accuser is invented."""
    found = {(s[:3], r["cameo"][:2]) for r in coded(
        coder, "A local farmer, Giorgi Beridze, who has accused Russia of kidnapping villagers, "
               "spoke to reporters on Friday.") for s in codes(r["source"])}
    assert not any(root == "11" for _, root in found)


def test_alleged_coercion_of_people_hits_the_accusers_people(coder) -> None:
    """"Kyiv's ombudsman accused Russia of deporting children": the deported are the
    people of the accuser's state (174), not its officials, whose expulsion would reduce
    relations (161)."""
    found = reported(coder, "Latvia's ombudsman accused Russia of deporting thousands of "
                            "children from occupied areas.")
    assert ("RUS", "LVA", "17") in found
    assert not any(root == "16" for _, _, root in found)


def test_alleged_expulsion_of_named_diplomats_still_reduces_relations(coder) -> None:
    """"accused Russia of expelling Latvian diplomats": officials named, 161 stays."""
    found = reported(coder, "Latvia's foreign ministry accused Russia of expelling Latvian "
                            "diplomats.")
    assert ("RUS", "LVA", "16") in found
