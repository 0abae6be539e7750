"""Right pair, wrong CAMEO root, from error analysis in session 24 (brief codes26), each rule
shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_codes25 import codes_of
from test_generalise_s8 import pairs

DAY = "2025-11-20"


@pytest.mark.parametrize("text", [
    pytest.param("Thailand and Cambodia agreed to hold the next round of border talks in "
                 "Bangkok.", id="next_round"),
    pytest.param("Egypt and Ethiopia also agreed to keep up dialogue at all levels.",
                 id="keep_up_dialogue"),
    pytest.param("Serbia and Kosovo agreed on Tuesday to keep talking under EU auspices.",
                 id="keep_talking_dated_agreement"),
])
def test_an_undated_meeting_agreed_to_is_the_intent_alone(coder, text: str) -> None:
    # two parties agreeing to meet, with no time set for the meeting, announce their intent
    # to meet (036); the meeting is no future act of its own (no 04x)
    found = pairs(coder, text, DAY)
    assert any(c == "036" for _, _, c in found), found
    assert not any(c.startswith("04") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Thailand and Cambodia agreed to hold the next round of border talks in "
                 "Bangkok next Tuesday.", id="next_round_dated"),
    pytest.param("Egypt and Ethiopia agreed to meet again in March.", id="meet_in_march"),
    pytest.param("Egypt and Ethiopia also agreed that their leaders would meet again in "
                 "Cairo.", id="that_clause"),
])
def test_a_meeting_agreed_for_a_time_is_still_coded(coder, text: str) -> None:
    # near miss: a meeting set for a time, or told as a clause of its own, is coded as a
    # future meeting beside the intent to meet
    found = pairs(coder, text, DAY)
    assert any(c == "036" for _, _, c in found), found
    assert any(c.startswith("04") for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Japan's prime minister invited the Indian prime minister to visit Tokyo, and "
                 "the invitation was accepted.", ("IND", "JPN"), id="accepted"),
    pytest.param("The Kenyan president invited the Tanzanian president to visit Nairobi, and "
                 "the invitation was accepted with thanks, the Kenyan presidency said.",
                 ("TZA", "KEN"), id="accepted_with_thanks"),
])
def test_an_invitation_accepted_in_the_passive_is_the_guests_acceptance(
        coder, text: str, pair: tuple[str, str]) -> None:
    # "the invitation was accepted": the guest the clause before invited accepts it (036
    # towards the host), as "the Indian leader accepted the invitation" does
    found = pairs(coder, text, DAY)
    assert (*pair, "036") in found, found
    assert (pair[1], pair[0], "036") in found, found


def test_an_invitation_not_accepted_is_no_acceptance(coder) -> None:
    # near miss: an invitation declined is no acceptance
    found = pairs(coder, "Japan's prime minister invited the Indian prime minister to visit "
                  "Tokyo, but the invitation was not accepted.", DAY)
    assert ("IND", "JPN", "036") not in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Armenia's foreign minister welcomed the French deployment on Monday, calling "
                 "the monitors a factor of stability.", ("ARM", "FRA"), id="deployment"),
    pytest.param("Serbia welcomed Hungary's veto on Monday.", ("SRB", "HUN"), id="veto"),
    pytest.param("The Russian side said that it welcomes China's position paper on Ukraine.",
                 ("RUS", "CHN"), id="position_paper"),
])
def test_welcoming_another_partys_doing_endorses_it(coder, text: str,
                                                   pair: tuple[str, str]) -> None:
    # welcoming what another party did or said, whatever the noun, endorses it (051), as
    # "welcomed the decision" does; it is no optimistic comment (013)
    found = pairs(coder, text, DAY)
    assert not any(c == "013" for _, _, c in found), found
    assert (*pair, "051") in found, found


def test_welcoming_a_leader_is_hosting(coder) -> None:
    # near miss: welcoming a visiting leader hosts him (043), no endorsement
    found = pairs(coder, "Japan welcomed the Indian prime minister in Tokyo on Monday.", DAY)
    assert ("JPN", "IND", "043") in found, found
    assert not any(c.startswith("05") for _, _, c in found), found


def test_welcoming_a_visiting_warship_hosts_its_navy(coder) -> None:
    # welcoming a foreign warship hosts its navy (043); no endorsement of anything
    found = pairs(coder, "The Solomon Islands prime minister spoke at a ceremony welcoming "
                  "the Japanese training ship Kashima in Honiara.", DAY)
    assert ("SLB", "JPN", "043") in found, found
    assert not any(c.startswith(("01", "05")) for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair", "root"), [
    pytest.param("Analysts said Moscow may also close other channels of cooperation with Tokyo.",
                 ("RUS", "JPN"), "16", id="channels_of_cooperation"),
    pytest.param("Officials in Berlin said Germany would close the Goethe-Institut branches in "
                 "Russia.", ("DEU", "RUS"), "16", id="institute_branches"),
])
def test_closing_channels_or_branches_reduces_relations(coder, text: str, pair: tuple[str, str],
                                                        root: str) -> None:
    # closing channels of contact, or the branches of a cultural institute, reduces
    # relations (16x); it restricts no press freedom (1721)
    found = codes_of(coder, text, pair)
    assert any(c.startswith(root) for c in found), found
    assert "1721" not in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Latvia closed two Russian television channels on Monday.", ("LVA", "RUS"),
                 id="television_channels"),
    pytest.param("Russia closed the Moscow bureau of the German broadcaster Deutsche Welle.",
                 ("RUS", "DEU"), id="bureau"),
])
def test_closing_a_news_outlet_still_restricts_the_press(coder, text: str,
                                                          pair: tuple[str, str]) -> None:
    # near miss: a broadcaster's channel or bureau closed restricts the press (1721)
    assert "1721" in codes_of(coder, text, pair)


def test_contacts_continued_beside_a_future_verb_are_the_intent_alone(coder) -> None:
    # "will respond calmly and continue contacts with Moscow": contacts the speaker's side
    # goes on with are its intent to meet (036), no new future meeting (04x), with the modal
    # on the verb "continue" is conjoined with, as in "will continue contacts"
    found = pairs(coder, "Japan's chief cabinet secretary said that Tokyo will respond calmly "
                  "and continue contacts with Moscow through diplomatic channels.", DAY)
    assert ("JPN", "RUS", "036") in found, found
    assert not any(c.startswith("04") for _, _, c in found), found


def test_a_meeting_set_beside_continued_contacts_is_still_coded(coder) -> None:
    # near miss: talks the speaker's side will hold next week are a future meeting
    found = pairs(coder, "Japan's chief cabinet secretary said that Tokyo will hold talks with "
                  "Moscow next week and continue contacts with Beijing.", DAY)
    assert any(c.startswith("04") and t == "RUS" for _, t, c in found), found


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Armenia said it was ready for a new round of negotiations with Azerbaijan.",
                 "036", id="ready_for_round"),
    pytest.param("Armenia called for a new round of negotiations with Azerbaijan.", "026",
                 id="called_for_round"),
])
def test_rounds_of_talks_pass_on_the_talks(coder, text: str, code: str) -> None:
    # "ready for a new round of negotiations" is the intent to meet (036), "called for a new
    # round of negotiations" the appeal to meet (026), as "ready for talks" and "called for
    # talks" are; the negotiations are not held (no 04x)
    found = pairs(coder, text, DAY)
    assert ("ARM", "AZE", code) in found, found
    assert not any(c.startswith("04") for _, _, c in found), found


def test_talks_held_in_rounds_are_still_held(coder) -> None:
    # near miss: rounds of talks held are a meeting
    found = pairs(coder, "Armenia and Azerbaijan held a new round of negotiations in "
                  "Washington on Monday.", DAY)
    assert any(c.startswith("04") for _, _, c in found), found
