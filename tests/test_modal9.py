"""Non-asserted events found (issue 5, modality target; session 8 modality helper): hedged,
negated and reported acts that the coder missed, each tested on sentences of its own (other
countries and wordings than the gold articles), and speculation that names no state act
staying uncoded."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the article, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "an act told as the means of another takes the main dyad's other party": (
        "Kenya and Uganda are locked in a trade dispute. Kenyan officials warned Kampala on "
        "Monday. Some economists in Nairobi said Uganda could retaliate by raising electricity "
        "prices.", ("163", ("UGA",), ("KEN",), "hypothetical")),
    "cutting power to a neighbour is an embargo": (
        "Analysts said Ethiopia, which sells much of its electricity abroad, could cut power "
        "to Djibouti to press its claims.", ("163", ("ETH",), ("DJI",), "hypothetical")),
    "scaling back cooperation reduces relations": (
        "Some analysts believe Canada could scale back cooperation with India on security if "
        "the row deepens.", ("160", ("CAN",), ("IND",), "hypothetical")),
    "turning to a state for help appeals to it": (
        "Chad ordered French troops out last month. Some experts say Chad may now turn to "
        "Ankara for military help.", ("021", ("TCD",), ("TUR",), "hypothetical")),
    "not joining a state's initiative is a negated agreement": (
        "Argentina did not join the Chinese Belt and Road Initiative while Milei was in "
        "Beijing.",
        ("057", ("ARG",), ("CHN",), "negated")),
    "citizens held at an airport, told by the press, are detained by the other party": (
        "Kyrgyzstan protested to Russia on Tuesday. According to Kyrgyz media, dozens of "
        "citizens of Kyrgyzstan were held for hours at a Moscow airport.",
        ("173", ("RUSCOP",), ("KGZCVL",), "reported")),
    "training another state's police is military aid": (
        "Kenya and Haiti signed a security pact. Kenya will train Haitian police officers, the "
        "ministry said.", ("072", ("KEN",), ("HTICOP",), "future")),
    "a rupture not announced is a negated break of relations": (
        "Peru recalled its ambassador from Mexico on Monday. Peru's foreign minister said Lima "
        "was reviewing its ties with Mexico, but she did not announce a rupture.",
        ("161", ("PERGOV",), ("MEX",), "negated")),
    "a case taken to a court is brought against the other party, not the court": (
        "Egypt and Ethiopia are at odds over the dam. Ethiopia rejected Egypt's demands on "
        "Monday. Egyptian officials said Cairo could take the dispute to the International "
        "Court of Justice.", ("115", ("EGY",), ("ETH",), "hypothetical")),
    "joining another state's case sues the party it is against": (
        "Chile announced that it would join Ukraine's case against Russia at the "
        "International Court of Justice.", ("115", ("CHL",), ("RUS",), "future")),
    "intelligence sharing resumed, told by the press, is the other party's act": (
        "Britain and Qatar held talks in Doha on Tuesday. London had halted aid to Qatar "
        "last month. According to Qatari media, the sharing of intelligence with Doha was "
        "resumed on Wednesday.", ("064", ("GBR",), ("QAT",), "reported")),
    "a guest not invited to a leader's occasion: the leader's state did not invite": (
        "Chile and Peru are at odds. Chile's foreign minister was not invited to the "
        "inauguration of Peruvian President Dina Boluarte.",
        ("036", ("PERGOV",), ("CHLGOV",), "negated")),
    "a state not invited to a hosted summit: the host did not invite it": (
        "Austria hosted a conference on Syria in Vienna. Iran was not invited, and Iraq "
        "sent only a junior official.", ("036", ("AUT",), ("IRN",), "negated")),
    "joining another state's patrols is military cooperation": (
        "Australia and Indonesia signed a defence pact. Some analysts said Australia could "
        "eventually join Indonesian patrols in the Arafura Sea.",
        ("062", ("AUS",), ("IDN",), "hypothetical")),
    "an act following another party's like act is aimed at its target": (
        "Canada will lift sanctions on Iran, the prime minister said on Monday. Australia "
        "could follow with its own easing of sanctions next month, two diplomats said.",
        ("085", ("AUS",), ("IRN",), "hypothetical")),
}


@pytest.mark.parametrize("name", list(FOUND))
def test_non_asserted_event_found(coder, name: str) -> None:
    text, expected = FOUND[name]
    assert expected in dyads(coded(coder, text))


def test_joining_is_one_way(coder) -> None:
    got = dyads(coded(coder, "Argentina did not join China's Belt and Road Initiative."))
    assert not any(d[0] == "057" and d[1] == ("CHN",) for d in got)


# Speculation about no specific state act, or no other party: nothing interstate to code.
UNCODED = {
    "an impersonal outcome": "Analysts said the dispute between Kenya and Uganda could spread "
                             "to trade.",
    "a price rise at home": "Kenya raised fuel prices on Monday, the energy regulator said.",
    "power cut at home": "Storms cut power to thousands of homes in Nairobi on Monday.",
    "a standing training practice": "Turkey has had a base in Mogadishu since 2017 and trains "
                                    "Somali soldiers there.",
}


@pytest.mark.parametrize("name", list(UNCODED))
def test_speculation_without_a_state_act_stays_uncoded(coder, name: str) -> None:
    got = dyads(coded(coder, UNCODED[name]))
    assert not any(d[0][:2] in ("16", "02", "05", "06", "07", "17") for d in got), got


def test_statement_not_issued_is_negated_criticism(coder) -> None:
    text = ("Kenyan President William Ruto visited Kampala on Monday and signed a trade pact "
            "with Uganda. Ugandan President Yoweri Museveni received Ruto. The two presidents "
            "did not issue any statement criticising Sudan by name.")
    got = [d for d in dyads(coded(coder, text)) if d[0] == "111" and d[2] == ("SDN",)]
    assert got and all(d[3] == "negated" for d in got), got
    assert {c[:3] for d in got for c in d[1]} == {"KEN", "UGA"}


def test_statement_issued_keeps_its_mood(coder) -> None:
    text = "Ghana will issue a statement condemning the Togolese crackdown."
    assert ("111", ("GHA",), ("TGO",), "future") in dyads(coded(coder, text))


def test_resolution_pushed_for_carries_its_censure_and_mood(coder) -> None:
    text = ("Syria expelled the inspectors. Diplomats said Canada could push for a resolution "
            "censuring Syria at the agency's board.")
    assert ("111", ("CAN",), ("SYR",), "hypothetical") in dyads(coded(coder, text))


@pytest.mark.parametrize("text", [
    "Kenya and Uganda quarrel. Ruto's visit to Kampala remains doubtful.",
    "Kenya and Uganda quarrel. Ruto's visit to Kampala now appears uncertain.",
])
def test_event_judged_uncertain_is_hypothetical(coder, text: str) -> None:
    got = [d for d in dyads(coded(coder, text)) if d[0] == "042"]
    assert got and all(d[3] == "hypothetical" for d in got), got


def test_event_judged_a_success_stays_asserted(coder) -> None:
    got = [d for d in dyads(coded(coder, "Ruto's visit to Kampala was a success."))
           if d[0] == "042"]
    assert got and all(d[3] == "asserted" for d in got), got
