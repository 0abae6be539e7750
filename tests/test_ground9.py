"""Date rules found on tune11/tune12 (issue 5, round 9), each tested on sentences of its
own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_ground4 import event

from dyadwatch.when.expressions import find_all
from dyadwatch.when.resolve import ResolveContext, parse_iso, resolve

# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    # -- "according to a readout": what the account tells was said at the meeting
    "'urged ..., according to a readout' is the meeting's day": (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in "
        "Tokyo on Tuesday. Modi urged Japan to raise its investment in Indian railways and "
        "said the two countries were natural partners, according to an Indian foreign "
        "ministry readout.", "urged", "2025-03-11"),
    "'a Kremlin readout of the call said' dates the call's content": (
        "Vladimir Putin spoke by telephone with Recep Tayyip Erdogan on Wednesday. Putin "
        "thanked Turkey for its mediation, a Kremlin readout of the call said.", "thanked",
        "2025-03-12"),
    "without a readout an undated 'said' keeps the publication date": (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in "
        "Tokyo on Tuesday. Modi urged Japan to raise its investment in Indian railways, an "
        "Indian official said.", "urged", "2025-03-14"),
    # -- "in the <message>" the text told of before: that message's date
    "'In the diplomatic note, X demanded' is the note's day": (
        "Egypt's foreign ministry on Tuesday summoned the Ethiopian charge d'affaires and "
        "handed him a diplomatic note over the dam. In the diplomatic note, Cairo demanded "
        "that Addis Ababa halt the filling of the reservoir, the state news agency MENA "
        "said.", "demanded", "2025-03-11"),
    "'in the letter' with no letter told before keeps the statement's date": (
        "In the letter, Egypt's foreign minister demanded that Ethiopia halt the filling of "
        "the reservoir, the state news agency MENA said.", "demanded", "2025-03-14"),
    # -- "A announced on the 11th that ..., and B said that ...": the parser reads the first
    # clause as what the second says; the two are coordinated, on one day
    "'announced on the 11th ..., and the secretary said' is the 11th": (
        "Japan's Ministry of Defense announced on the 11th that from the 20th Japan will "
        "deploy additional patrol ships of 500 to 800 tonnes to part of the waters surrounding "
        "the Senkaku Islands, and the Chief Cabinet Secretary Yoshimasa Hayashi said that "
        "\"pressure, intimidation and threats by China are not acceptable\".", "said",
        "2025-03-11"),
    # -- a past clause after a future one: the plan's time is not the past act's
    "'will host next year's summit, and X said he intended to invite' is a statement": (
        "India, which chairs the bloc from January, will host next year's summit in New "
        "Delhi, and Prime Minister Narendra Modi said he intended to invite Xi Jinping.",
        "intended", "2025-03-14"),
    "a future clause after the plan keeps its date": (
        "India will host the summit in New Delhi in June, and Prime Minister Narendra Modi "
        "will invite Xi Jinping to it.", "invite", "2025-06"),
    # -- a "when" clause the parser hangs on a noun as a relative clause times the main verb
    "'offered ..., including units, when Blinken visited on March 3'": (
        "Ruto first offered to send police officers to Haiti, including trained paramilitary "
        "units, when Secretary of State Antony Blinken visited his office in Nairobi on "
        "March 3, a pledge Blinken called generous.", "offered", "2025-03-03"),
    # -- a date in what would have happened is the act's own
    "'blocked a resolution that would have imposed an embargo in March 2023'": (
        "France and Britain had vetoed a Russian-drafted resolution that would have imposed "
        "an arms embargo on Ukraine in March 2023.", "vetoed", "2023-03"),
    "a date in a relative clause that happened stays the clause's": (
        "France vetoed a Russian-drafted resolution that condemned the bombing of the dam in "
        "March 2023.", "vetoed", None),
    # -- "in the middle of the month" before the day the story reached: the month of writing
    "'In the middle of the month' after 'on the 24th of February'": (
        "On the 24th of February the president of Kyrgyzstan telephoned the president of "
        "Kazakhstan. After this, traders complained about the border. In the middle of the "
        "month the foreign ministry of Kyrgyzstan handed a protest note to the Kazakh "
        "ambassador.", "handed", "2025-03"),
    "'at the end of the month' after the day told stays in the story's month": (
        "On the 24th of February the president of Kyrgyzstan telephoned the president of "
        "Kazakhstan. At the end of the month the foreign ministry of Kyrgyzstan handed a "
        "protest note to the Kazakh ambassador.", "handed", "2025-02"),
    # -- "both leaders" / "the two presidents": the pair the story met, at that meeting
    "'Both leaders thanked ... and said' after their meeting on Tuesday": (
        "Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban signed a "
        "pipeline agreement in Belgrade on Tuesday. Both leaders thanked Azerbaijan for its "
        "gas supplies and said they would invite President Ilham Aliyev to the opening.",
        "thanked", "2025-03-11"),
    "'The two presidents did not sign ..., an official said' after a dated summit": (
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Mombasa on "
        "Wednesday. Ruto told reporters that relations were excellent. The two presidents "
        "did not sign any agreement on the oil pipeline, a Kenyan official said.", "sign",
        "2025-03-12"),
    "one leader alone keeps the statement's date": (
        "Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban signed a "
        "pipeline agreement in Belgrade on Tuesday. Orban thanked Azerbaijan for its gas "
        "supplies and said he would invite President Ilham Aliyev to the opening.",
        "thanked", "2025-03-14"),
    # -- a message "dated the 11th", and what it says told in the present
    "'the note asks ...' beside a present act: the date of the note": (
        "Mali has expelled two Algerian diplomats, according to a note of the foreign "
        "ministry dated the 11th. The ministry accuses the two diplomats of interference, and "
        "the note asks the Algerian embassy to arrange their departure.", "accuses",
        "2025-03-11"),
    "a present act with no message told stays undated": (
        "Mali's foreign ministry accuses two Algerian diplomats of interference, and the note "
        "asks the Algerian embassy to arrange their departure.", "accuses", None),
    # -- "on the 3rd and 4th": two days, a multi-day event dated by its month
    "'held talks on the 3rd and 4th' is the month": (
        "Chinese and Japanese diplomats held talks in Beijing on the 3rd and 4th on the "
        "disputed islands.", "held", "2025-03"),
    "'held talks from the 3rd to the 5th' is the month, not a bound": (
        "Chinese and Japanese diplomats held talks in Beijing from the 3rd to the 5th on the "
        "disputed islands.", "held", "2025-03"),
    # -- "after the vote" when no vote was named: the story's latest day of the last days
    "'speaking after the vote, thanked ... and said' is the day the bill passed": (
        "The defence treaty between Kenya and Rwanda was approved on Wednesday by the Kenyan "
        "parliament. The treaty was signed on the 2nd of February in Kigali. President "
        "William Ruto, speaking after the vote, thanked Rwanda and said the treaty would "
        "make the region safer.", "thanked", "2025-03-12"),
    "'after the vote' with only an old day told keeps the statement's date": (
        "The defence treaty between Kenya and Rwanda was approved by the Kenyan parliament in "
        "January. President William Ruto, speaking after the vote, thanked Rwanda and said "
        "the treaty would make the region safer.", "thanked", "2025-03-14"),
    # -- a present participle with no subject of its own happens with its main verb
    "'Speaking on Monday, Ruto thanked Rwanda'": (
        "Speaking on Monday, Kenyan President William Ruto thanked Rwanda for its help.",
        "thanked", "2025-03-10"),
    "'Ruto, speaking on Monday, thanked Rwanda'": (
        "Kenyan President William Ruto, speaking on Monday, thanked Rwanda for its help.",
        "thanked", "2025-03-10"),
    "'Having met X on Monday, Ruto thanked ...' is no simultaneous participle": (
        "Having met Paul Kagame in Kigali on Monday, Kenyan President William Ruto thanked "
        "Rwanda for its help.", "thanked", None),
    # -- an opening "After meeting X on Monday," / "Following a call on Monday," bounds the act
    "'After meeting Putin on Monday, Xi praised' is bounded: the month": (
        "After meeting Vladimir Putin on Monday, Chinese President Xi Jinping praised Russia.",
        "praised", "2025-03"),
    "'Following a phone call on Monday, X and Y agreed' is bounded: the month": (
        "Following a phone call on Monday, Turkish President Tayyip Erdogan and Russian "
        "President Vladimir Putin agreed to reopen the grain corridor.", "agreed", "2025-03"),
    # -- "in remarks broadcast on Sunday": the occasion noun as written ("remarks")
    "'In remarks broadcast on Sunday, X threatened' is Sunday": (
        "In remarks broadcast on Sunday, Iranian President Masoud Pezeshkian threatened "
        "Israel.", "threatened", "2025-03-09"),
}


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=list(DATE_CASES))
def test_dates(coder, body: str, trigger: str, expected: str | None) -> None:
    assert event(coded(coder, body), trigger)["date"] == expected


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Japan protested on the 3rd and 4th over the incursions.", "2025-03-03", "2025-03-04"),
    ("The talks ran from the 10th to the 12th in Doha.", "2025-03-10", "2025-03-12"),
    ("The envoy was summoned on the 3rd.", "2025-03-03", "2025-03-03"),
    ("A note of the ministry dated the 11th asks them to leave.", "2025-03-11", "2025-03-11"),
])
def test_days_of_the_month_written_alone(text: str, first: str, last: str) -> None:
    """"on the 3rd and 4th" is a multi-day event (its month); "dated the 11th" one day."""
    found = find_all(text)
    assert len(found) == 1
    interval = resolve(found[0], ResolveContext(parse_iso("2025-03-14"), None, None))
    assert (interval.start.isoformat(), interval.end.isoformat()) == (first, last)


@pytest.mark.parametrize("text", [
    "On the 3rd and 4th it fell.", "From the 3rd to the 5th it fell.",
    "In the protest note, Peru asked it to leave.", "A note dated the 3rd asks it.",
])
def test_new_kinds_pass_the_gates(monkeypatch, text: str) -> None:
    """The sentence gates (expressions.GATED_KINDS) skip none of this round's kinds."""
    from dyadwatch.when import expressions

    gated = expressions.find_expressions(text)
    assert gated
    monkeypatch.setattr(expressions, "may_hold_expression", lambda t: True)
    monkeypatch.setattr(expressions.SentenceGates, "allow", lambda self, kind: True)
    assert expressions.find_expressions(text) == gated
