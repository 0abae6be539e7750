"""Session 23's criticism round (helper criticism23): a reaction to a material act told
earlier, named only by a noun. A feeling voiced about it ("expressed concern about the
strikes", "voiced alarm over the raids") is aimed at the act's author, as "condemned the
strikes" is; "the flight" refers back to an incursion by air. Probe sentences of our own,
in wording that appears in no gold file."""

from __future__ import annotations

from coding_helpers import sides_in

STRIKES = ("Turkish jets struck villages in northern Iraq on Monday. Iraq summoned the "
           "Turkish ambassador. ")
IRAN_AT_TURKEY = ("IRN", "TUR", "11")


def test_concern_about_the_strikes_is_aimed_at_their_author(coder):
    body = STRIKES + "Iran's foreign ministry expressed concern about the strikes."
    assert IRAN_AT_TURKEY in sides_in(coder, body, "concern about")


def test_alarm_over_the_raids_is_aimed_at_their_author(coder):
    body = STRIKES + "Iran's foreign ministry on Tuesday voiced alarm over the raids."
    assert IRAN_AT_TURKEY in sides_in(coder, body, "alarm over")


def test_concern_saying_the_strikes_is_aimed_at_their_author(coder):
    body = (STRIKES + "Iran's foreign ministry expressed concern, saying the strikes violated "
            "Iraq's sovereignty.")
    assert IRAN_AT_TURKEY in sides_in(coder, body, "saying the strikes")


def test_concern_about_manoeuvres_skips_a_later_statement(coder):
    # (the latest act before is the US criticism; "manoeuvres" are a material act)
    body = ("Chinese coast guard ships blocked a Philippine supply boat near the shoal on "
            "Monday. The US ambassador condemned the reckless action by China. Japan's "
            "embassy expressed concern on Tuesday about the dangerous manoeuvres.")
    assert ("JPN", "CHN", "11") in sides_in(coder, body, "manoeuvres")


def test_the_flight_refers_back_to_an_incursion_by_air(coder):
    body = ("Russian warplanes flew over Estonian islands on Friday. Estonia summoned the "
            "Russian envoy. The Finnish foreign minister called the flight a dangerous "
            "provocation.")
    assert ("FIN", "RUS", "11") in sides_in(coder, body, "the flight")


def test_feeling_about_an_act_no_one_told_has_no_target(coder):
    """Near miss: nothing before names whose strikes they were."""
    body = "Iran's foreign ministry expressed concern about the strikes on Tuesday."
    assert not {p for p in sides_in(coder, body, "concern") if p[1]}


def test_regret_at_a_meeting_names_the_place_not_the_act(coder):
    """Near miss: "at the meeting" tells where the regret was voiced."""
    body = STRIKES + "Iran's foreign minister expressed regret at the meeting in Tehran."
    assert IRAN_AT_TURKEY not in sides_in(coder, body, "regret at")


def test_said_it_was_concerned_about_the_strikes_is_aimed_at_their_author(coder):
    body = STRIKES + "Iran's foreign ministry said it was deeply concerned about the strikes."
    assert IRAN_AT_TURKEY in sides_in(coder, body, "concerned about")


def test_said_it_was_concerned_about_strikes_no_one_told_has_no_target(coder):
    """Near miss: a statement of concern with no act told before it."""
    body = "Iran's foreign ministry said it was deeply concerned about the strikes."
    assert not {p for p in sides_in(coder, body, "concerned") if p[1]}
