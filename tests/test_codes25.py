"""Right dyad, wrong root, from error analysis in session 23 (brief codes25), each rule shown
by sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

DAY = "2025-11-20"


def codes_of(coder, text: str, pair: tuple[str, str]) -> set[str]:
    return {c for s, t, c in pairs(coder, text, DAY) if (s, t) == pair}


@pytest.mark.parametrize("text", [
    pytest.param("Seoul and Tokyo agreed to keep talking about the wartime labour dispute.",
                 id="keep_talking"),
    pytest.param("Hanoi and Manila agreed on Monday to keep negotiating over the fishing grounds.",
                 id="keep_negotiating"),
    pytest.param("Armenia and Azerbaijan have agreed to keep meeting in the same format.",
                 id="keep_meeting"),
])
def test_agreeing_to_keep_meeting_is_an_intent_to_meet(coder, text: str) -> None:
    # two parties agreeing to go on with talks announce an intent to meet (036), as "agreed
    # to meet again" does: a continuation verb passes the talks on to "agreed"
    found = pairs(coder, text, DAY)
    assert any(c == "036" for _, _, c in found), found
    assert not any(c.startswith("057") for _, _, c in found), found


def test_agreeing_to_keep_buying_is_no_intent_to_meet(coder) -> None:
    # near miss: a continuation verb whose act is no meeting
    found = pairs(coder, "Ankara and Moscow agreed to keep trading in roubles.", DAY)
    assert not any(c == "036" for _, _, c in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Beijing called the American accusations groundless.", ("CHN", "USA"),
                 id="called_groundless"),
    pytest.param("Moscow described the British allegations as baseless.", ("RUS", "GBR"),
                 id="described_as_baseless"),
    pytest.param("The Kremlin called the French report a lie.", ("RUS", "FRA"),
                 id="called_a_lie"),
    pytest.param("Hungary's foreign minister called the Ukrainian story anti-Hungarian "
                 "propaganda.", ("HUN", "UKR"), id="story_propaganda"),
])
def test_naming_a_claim_untrue_denies_it(coder, text: str, pair: tuple[str, str]) -> None:
    # naming another party's claim untrue denies it (016), as "said the accusations were
    # unfounded" does; it is no criticism (111)
    found = codes_of(coder, text, pair)
    assert "016" in found, found
    assert "111" not in found, found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Tehran called the American decision hasty and unfriendly.", ("IRN", "USA"),
                 id="decision_unfriendly"),
    pytest.param("Beijing called the American accusations irresponsible.", ("CHN", "USA"),
                 id="accusations_irresponsible"),
])
def test_naming_an_act_or_a_claim_badly_criticises(coder, text: str,
                                                   pair: tuple[str, str]) -> None:
    # near miss: a decision named absurd or unfriendly, or a claim named irresponsible (not
    # untrue), is criticised (111), not denied
    found = codes_of(coder, text, pair)
    assert "111" in found, found
    assert "016" not in found, found


@pytest.mark.parametrize("text", [
    pytest.param("Russia detained a Japanese consul in Vladivostok. Japan's foreign minister "
                 "said Japan would take appropriate measures in response, without giving "
                 "details.", id="measures_in_response"),
    pytest.param("Russia detained a Japanese consul in Vladivostok. Japan's foreign minister "
                 "said Tokyo would act in response.", id="act_in_response"),
])
def test_a_step_promised_in_response_threatens(coder, text: str) -> None:
    # a statement that the speaker's side will act "in response" promises a retribution: a
    # threat (13x) to the other party, as "said it would respond" is
    assert any(c[:2] == "13" for c in codes_of(coder, text, ("JPN", "RUS")))


def test_a_response_sent_is_no_threat(coder) -> None:
    # near miss: the noun "response" as a message sent
    text = ("Russia detained a Japanese consul in Vladivostok. Japan's foreign minister said "
            "Japan would send its response to the Russian note next week.")
    assert not any(c[:2] == "13" for c in codes_of(coder, text, ("JPN", "RUS")))


@pytest.mark.parametrize("text", [
    pytest.param("Beijing and Belgrade announced the elevation of their comprehensive "
                 "strategic partnership.", id="elevation_of_partnership"),
    pytest.param("Li Qiang met Anthony Albanese in Canberra, and the two heads announced the "
                 "upgrading of China-Australia relations to a comprehensive strategic "
                 "partnership.", id="two_heads_upgrading"),
])
def test_announcing_an_upgrade_of_relations_is_the_upgrade(coder, text: str) -> None:
    # announcing the elevation of relations to a partnership is the upgrade (050), not a
    # joint announcement of an agreement (057): the word of agreement is only inside the
    # upgrade's phrase
    found = pairs(coder, text, DAY)
    assert any(c == "050" for _, _, c in found), found
    assert not any(c == "057" for _, _, c in found), found


def test_announcing_a_partnership_stays_an_agreement(coder) -> None:
    # near miss: the partnership itself announced by the two parties
    found = pairs(coder, "Beijing and Belgrade announced a comprehensive strategic "
                  "partnership.", DAY)
    assert any(c == "057" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    pytest.param("The European Union said it was worried and urged Baku and Yerevan to resume "
                 "direct talks.", id="worried_and_urged"),
    pytest.param("The State Department said it was deeply alarmed and called on Baku and "
                 "Yerevan to resume direct talks.", id="alarmed_and_called_on"),
])
def test_a_feeling_told_with_an_appeal_keeps_the_appeal(coder, text: str) -> None:
    # "said it was worried and urged X to ...": the "it" a conjoined finite verb shares is
    # the speaker, no dummy subject; the appeal (02x) is coded with it
    found = pairs(coder, text, DAY)
    assert any(t == "AZE" and c[:2] == "02" for _, t, c in found), found


def test_a_dummy_it_stays_a_dummy(coder) -> None:
    # near miss: "it was unclear whether ...": no party
    found = pairs(coder, "The European Union met on Monday. It was unclear whether Baku and "
                  "Yerevan would resume direct talks.", DAY)
    assert not any(s == "IGO" for s, _, _ in found), found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Ruto said on Friday that he could meet Museveni once their ministers had "
                 "settled the border question.", ("KEN", "UGA"), id="could_meet"),
    pytest.param("Colombian President Gustavo Petro said he might meet Venezuelan President "
                 "Nicolas Maduro in Cucuta next month.", ("COL", "VEN"),
                 id="might_meet"),
])
def test_a_meeting_the_speaker_could_hold_is_an_intent_to_meet(coder, text: str,
                                                               pair: tuple[str, str]) -> None:
    # a meeting the speaker's side says it could hold is its announced intent to meet (036),
    # as "said he would meet" is; the meeting stays, as hypothetical
    assert "036" in codes_of(coder, text, pair)


def test_a_meeting_others_say_could_happen_is_no_intent(coder) -> None:
    # near miss: analysts, not a party, say the two could meet
    found = pairs(coder, "Analysts said Ruto could meet Museveni next month.", DAY)
    assert not any(c == "036" for _, _, c in found), found
