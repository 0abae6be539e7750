"""False alarms, from error analysis in session 23 (brief precision23), each rule shown by
sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

from coding_helpers import coded, codes


def _sources(coder, text: str, words: str) -> list[list[str]]:
    return [codes(r["source"]) for r in coded(coder, text) if words in r["sentence"]]


def test_singular_group_epithet_is_one_state_named_before(coder) -> None:
    # "the Nordic country" after "Iceland": one Nordic state referred back to, not all five
    text = ("Iceland recalled its ambassador from Moscow on Friday. The Nordic country will "
            "be the first of its neighbours to close its embassy in Moscow.")
    found = _sources(coder, text, "Nordic country")
    assert found and all(src == ["ISL"] for src in found), found


def test_plural_group_is_still_every_member(coder) -> None:
    # near miss: "the Nordic countries" is the whole group
    text = "The Nordic countries condemned Russia's annexation of the four regions on Friday."
    found = _sources(coder, text, "Nordic countries")
    assert any(len(src) == 5 for src in found), found


def test_private_travellers_make_no_visit(coder) -> None:
    # people travelling as tourists (a CVL source naming no person) is no state visit (042)
    text = "About 40,000 Germans visited Tunisia last year, the tourism ministry said."
    assert not any(r["cameo"] == "042" for r in coded(coder, text))


def test_named_visitor_still_makes_a_visit(coder) -> None:
    # near miss: a named official visits
    text = "German President Frank-Walter Steinmeier visited Tunisia on Tuesday."
    assert any(r["cameo"] == "042" for r in coded(coder, text))


def test_appeal_to_a_court_asks_no_party(coder) -> None:
    # "said it would appeal": a case taken to a higher court, no appeal (020) to the other
    # party of the story
    text = ("Greece summoned Albania's ambassador on Monday. The Greek government said it "
            "would appeal.")
    found = [r for r in coded(coder, text) if "appeal" in r["sentence"]]
    assert not found, found


def test_appeal_to_a_party_still_coded(coder) -> None:
    # near miss: an appeal made to a party, for something
    text = ("Greece summoned Albania's ambassador on Monday. The Greek government appealed "
            "to Tirana for restraint.")
    found = [r for r in coded(coder, text) if "appealed" in r["sentence"]]
    assert found and found[0]["cameo"].startswith("02"), found


def test_guest_welcomed_in_a_conjoined_passive_is_hosted(coder) -> None:
    # "arrived ... and was welcomed at the airport by X": X hosts the guest (043), no
    # welcoming comment (013)
    text = ("Kenyan President William Ruto arrived in Dodoma on Monday and was welcomed at "
            "the airport by Tanzanian President Samia Suluhu Hassan.")
    found = [r for r in coded(coder, text) if r["trigger"] == "welcomed"]
    assert found and all(r["cameo"] == "043" for r in found), found


def test_welcomed_decision_is_still_a_comment(coder) -> None:
    # near miss: a decision welcomed
    text = "Germany welcomed Poland's decision to reopen the border crossing."
    assert any(r["cameo"].startswith(("01", "05")) for r in coded(coder, text))
