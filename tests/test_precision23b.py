"""False alarms, second round (brief precision23b, session 23), each rule shown by sentences
of its own (none is a development-set sentence)."""

from __future__ import annotations

from coding_helpers import coded


def _roots(coder, text: str) -> list[str]:
    return [r["cameo"][:2] for r in coded(coder, text)]


def test_said_it_would_expel_is_the_expulsion_only(coder) -> None:
    # a plain statement of the speaker's own hostile act to come: the act (future), no threat
    text = "Belarus said on Monday it would expel 14 Lithuanian diplomats."
    roots = _roots(coder, text)
    assert "16" in roots and "13" not in roots, roots


def test_announced_tariffs_are_the_tariffs_only(coder) -> None:
    text = "Norway announced on Tuesday that it will impose 40 percent tariffs on Chinese steel."
    roots = _roots(coder, text)
    assert "16" in roots and "13" not in roots, roots


def test_warning_of_an_expulsion_stays_a_threat(coder) -> None:
    # near miss: "warned" is a threat of its own
    text = "Belarus warned on Monday it would expel 14 Lithuanian diplomats."
    assert "13" in _roots(coder, text)


def test_summit_of_a_forum_is_no_meeting_of_its_members(coder) -> None:
    text = ("The emergency joint summit of the African Union and the Arab League, hosted by "
            "King Abdullah, called on the Security Council to act.")
    recs = [r for r in coded(coder, text) if r["trigger"] == "summit"]
    assert not recs, recs


def test_summit_naming_no_party_is_no_meeting(coder) -> None:
    text = ("Indonesia criticised Myanmar's generals on Tuesday. The summit also took place "
            "amid anger over a new map published by Beijing.")
    recs = [r for r in coded(coder, text) if r["trigger"] == "summit"]
    assert not recs, recs


def test_summit_between_two_leaders_stays_a_meeting(coder) -> None:
    # near miss: the summit names its two parties
    text = "A summit between Putin and Erdogan took place in Sochi on Friday."
    assert any(r["trigger"] == "summit" and r["cameo"][:2] == "04" for r in coded(coder, text))


def test_said_it_would_retaliate_stays_a_threat(coder) -> None:
    # near miss: an act that is itself a retribution ("would respond") is threatened
    text = ("Turkey's foreign ministry said on Monday that the sanctions were unlawful and that "
            "Ankara would respond with countermeasures against Sweden.")
    assert "13" in _roots(coder, text)


def test_negotiated_solution_is_no_negotiation(coder) -> None:
    # a past participle before its noun qualifies it: no act of negotiating (046)
    text = ("The African Union said it remained committed to finding a negotiated solution "
            "with Chad, Sudan and Libya.")
    assert not any(r["cameo"][:3] == "046" for r in coded(coder, text))


def test_parties_that_negotiated_a_deal_still_negotiate(coder) -> None:
    # near miss: the verb of the clause
    text = "Serbia and Kosovo negotiated a deal in Brussels on Monday."
    assert any(r["cameo"][:3] == "046" for r in coded(coder, text))
