"""Bugs found reviewing session 17's changes (brief review17), each shown by sentences of
its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("The dispute over the pipeline could postpone the planned visit of Modi to "
                 "Moscow.", ("042", ("INDGOV",), ("RUS",), "future"), id="postpone_visit"),
    pytest.param("The row over the dam could postpone the scheduled trip of Sisi to Addis "
                 "Ababa.", ("042", ("EGYGOV",), ("ETH",), "future"), id="postpone_trip"),
    pytest.param("The dispute over the pipeline could delay the planned visit of Modi to "
                 "Moscow.", ("042", ("INDGOV",), ("RUS",), "future"), id="delay_visit"),
])
def test_a_thing_that_puts_off_a_visit_leaves_the_visit(coder, text: str, want: tuple) -> None:
    # lexicon20m flagged its "postpone|delay|defer" row `agentive` ("the dispute could delay
    # the visit" snubs no one), but the older "postpone" and "put off" rows without the flag
    # still matched the same objects and gave 161 with no source, which hid the visit: the
    # flag must be on every 161 row of a verb of delay
    got = dyads(coded(coder, text))
    assert want in got, got


def test_a_party_that_postpones_a_visit_still_snubs(coder) -> None:
    got = dyads(coded(coder, "Chile postponed the visit of the Israeli foreign minister."))
    assert ("161", ("CHL",), ("ISRGOV",), "asserted") in got, got


@pytest.mark.parametrize("text", [
    pytest.param("Japan's foreign minister told his Chinese counterpart that the imperial palace "
                 "would stay closed during the summit.", id="imperial_palace"),
    pytest.param("The Japanese ambassador said the Imperial Household Agency had not received a "
                 "request from Beijing.", id="imperial_household_agency"),
    pytest.param("Thailand's foreign minister said the royal and imperial families of Japan and "
                 "Thailand had long ties.", id="imperial_families"),
])
def test_imperial_is_no_word_of_criticism(coder, text: str) -> None:
    # lexicon20 added "imperial" to criticism_words.txt for "named the move imperial policy";
    # the word names courts, palaces and families as often ("the imperial palace"), and a
    # statement with it anywhere in its complement was coded a criticism (111)
    got = dyads(coded(coder, text))
    assert not any(d[0] == "111" for d in got), got


@pytest.mark.parametrize("text", [
    pytest.param("A firefight between Afghan and Pakistani border guards killed three soldiers on "
                 "Sunday.", id="firefight"),
    pytest.param("A gunbattle between Thai and Cambodian troops erupted near the temple on "
                 "Monday.", id="gunbattle"),
])
def test_a_gunfight_noun_is_a_fight_with_small_arms(coder, text: str) -> None:
    # lexicon20m coded "firefight", "gunbattle", "shooting" ... 190; the verb "shoot" is 193
    # (fight with small arms and light weapons), and so are the nouns that name the weapons
    got = dyads(coded(coder, text))
    assert any(d[0] == "193" for d in got) and not any(d[0] == "190" for d in got), got


@pytest.mark.parametrize("text", [
    pytest.param("Turkey will not let Sweden's membership bid go forward, Erdogan told "
                 "Stockholm.", id="bid_go_forward"),
    pytest.param("China will not let Taiwan go its own way, Beijing told Washington.",
                 id="go_its_own_way"),
    pytest.param("Serbia will not let Kosovo's membership application go forward, Belgrade "
                 "told Pristina.", id="application_go_forward"),
])
def test_letting_a_thing_go_its_way_releases_no_one(coder, text: str) -> None:
    # lexicon20m's "let ... go" (0841) row fired on any "go" under "let", so a refused
    # membership bid or a state's own way became a release (0841) and a refusal to release
    # persons (1243)
    got = dyads(coded(coder, text))
    assert not any(d[0] in ("0841", "1243") for d in got), got


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Russia let two American journalists go on Thursday.",
                 ("0841", ("RUS",), ("USAMED",), "asserted"), id="let_go"),
    pytest.param("Iran let the detained British sailors go home on Friday.",
                 ("0841", ("IRN",), ("GBR",), "asserted"), id="let_go_home"),
])
def test_letting_held_people_go_releases_them(coder, text: str, want: tuple) -> None:
    got = dyads(coded(coder, text))
    assert want in got, got
