"""False alarms on fresh text, from error analysis in session 22 (brief precision22), each
rule shown by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The foreign ministers of Italy and Greece arrived in Tripoli on Tuesday.",
                 ("ITA", "GRC"), id="arrived"),
    pytest.param("The presidents of Chile and Argentina travelled to Geneva for the "
                 "conference.", ("CHL", "ARG"), id="travelled"),
    pytest.param("China and Russia backed the draft resolution on Monday.", ("CHN", "RUS"),
                 id="backed"),
    pytest.param("Brazil and India endorsed the proposal at the summit.", ("BRA", "IND"),
                 id="endorsed"),
])
def test_one_way_act_of_two_parties_is_not_done_to_each_other(coder, text: str,
                                                              pair: tuple[str, str]) -> None:
    # travelling (042) and backing (051) are done towards a third party: two parties who
    # do it together, with no other party named, do not do it to each other
    a, b = pair
    found = pairs(coder, text, "2025-11-20")
    assert not any({s, t} == {a, b} for s, t, _ in found), found


@pytest.mark.parametrize(("text", "pair", "code"), [
    pytest.param("China and Russia held talks in Moscow on Monday.", ("CHN", "RUS"), "040",
                 id="held_talks"),
    pytest.param("Serbia and Hungary signed an energy agreement on Friday.", ("SRB", "HUN"),
                 "057", id="signed"),
])
def test_mutual_act_of_two_parties_is_still_both_ways(coder, text: str,
                                                      pair: tuple[str, str],
                                                      code: str) -> None:
    # near miss: meeting and agreeing are done with each other
    a, b = pair
    found = pairs(coder, text, "2025-11-20")
    assert (a, b, code) in found and (b, a, code) in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Chile and Peru signed a declaration committing both countries to share water "
                 "data.", ("CHL", "PER"), id="declaration_committing"),
    pytest.param("Ghana and Togo signed a memorandum under which Ghana promised to open its "
                 "ports to Togolese goods.", ("GHA", "TGO"), id="memorandum_under_which"),
    pytest.param("Kenya and Uganda signed a pact committing the two states to build a joint "
                 "railway.", ("KEN", "UGA"), id="pact_committing"),
])
def test_promise_describing_the_accord_signed_is_the_accord(coder, text: str,
                                                            pair: tuple[str, str]) -> None:
    # a promise in a clause describing the accord signed is what the accord says (057),
    # not an intent (03x) of its own
    found = pairs(coder, text, "2025-11-20")
    assert (*pair, "057") in found, found
    assert not any(c[:2] == "03" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("Ghana and Togo signed a memorandum, and Ghana promised to open its ports to "
                 "Togolese goods.", id="promise_of_its_own"),
])
def test_promise_beside_the_accord_is_still_an_intent(coder, text: str) -> None:
    # near miss: a promise told in a clause of its own is an intent (030)
    found = pairs(coder, text, "2025-11-20")
    assert ("GHA", "TGO", "030") in found, found


@pytest.mark.parametrize("text", [
    pytest.param("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala "
                 "on Monday. The two leaders talked for three hours.", id="met_then_talked"),
    pytest.param("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala "
                 "on Monday. The two presidents also discussed trade.",
                 id="met_then_discussed"),
    pytest.param("Ghana's President John Mahama received Togo's President Faure Gnassingbe in "
                 "Accra on Friday. The two presidents discussed border security.",
                 id="received_then_discussed"),
])
def test_talk_at_a_meeting_told_before_is_that_meeting(coder, text: str) -> None:
    # what was said at a meeting already told is that meeting, not a second one (040)
    talks = talk_records(coder, text)
    assert not talks, talks


@pytest.mark.parametrize("text", [
    pytest.param("Kenyan President William Ruto and Ugandan President Yoweri Museveni discussed "
                 "trade in Kampala on Monday.", id="no_meeting_before"),
    pytest.param("Kenyan President William Ruto met Ugandan President Yoweri Museveni on "
                 "Monday. The two presidents will discuss trade again in May.",
                 id="talks_to_come"),
])
def test_talks_of_their_own_are_still_a_meeting(coder, text: str) -> None:
    # near miss: talks with no meeting told before, or talks still to come, are coded
    assert talk_records(coder, text)


def talk_records(coder, text: str) -> list[dict]:
    """The consultations (040) coded on a verb of talking."""
    return [r for r in coded(coder, text, "2025-11-20")
            if r["cameo"] == "040" and r["trigger"] in ("talked", "discussed", "discuss")]


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Sudan accused Egypt of arming the rebels. Egypt's foreign ministry said on "
                 "Sunday that the accusations were baseless.", ("EGY", "SDN"),
                 id="accusations_baseless"),
    pytest.param("Chile accused Peru of spying. Peru's foreign minister said the allegations "
                 "were unfounded and absurd.", ("PER", "CHL"), id="allegations_unfounded"),
])
def test_judging_the_accusation_denies_it(coder, text: str, pair: tuple[str, str]) -> None:
    # a plain statement judging only the other party's claim rejects it: a denial (016)
    found = pairs(coder, text, "2025-11-20")
    assert (*pair, "016") in found, found
    assert not any((s, t) == pair and c[:2] == "11" for s, t, c in found), found


def test_judging_a_decision_still_criticises(coder) -> None:
    # near miss: judging the other party's act criticises it (111)
    found = pairs(coder, "Sudan expelled two Egyptian diplomats. Egypt's foreign ministry said "
                         "on Sunday that the Sudanese decision was unacceptable.", "2025-11-20")
    assert ("EGY", "SDN", "111") in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The Libyan government decided on Tuesday to consider the Italian and Greek "
                 "ministers persona non grata.", ("LBY", "ITA"), id="decided_to_consider"),
    pytest.param("Mali's government said it considers the French ambassador persona non grata.",
                 ("MLI", "FRA"), id="considers"),
    pytest.param("Niger deemed the Beninese envoy persona non grata on Monday.", ("NER", "BEN"),
                 id="deemed"),
])
def test_considering_an_envoy_persona_non_grata_expels_him(coder, text: str,
                                                          pair: tuple[str, str]) -> None:
    # "consider / deem X persona non grata" is declaring X persona non grata (161), no
    # consideration (014)
    found = pairs(coder, text, "2025-11-20")
    assert (*pair, "161") in found, found
    assert not any(c == "014" for _, _, c in found), found


def test_considering_a_party_a_partner_expels_no_one(coder) -> None:
    # near miss: "consider" with another complement
    found = pairs(coder, "Kenya considers Somalia an important partner.", "2025-11-20")
    assert not any(c[:2] == "16" for _, _, c in found), found

