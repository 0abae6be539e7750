"""False alarms on unseen text (session 13 helper "precision14"): background told as a
description, a conflict named as the topic of a statement, and criticism withheld. Each
rule is tested on sentences of its own (other countries and wordings than the gold
articles), with a sentence that must still be coded beside it."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

LEAD = "ACCRA, March 8 (Reuters) - Ghana and Togo agreed on Thursday to reopen their border.\n\n"


def roots(recs: list[dict], phrase: str) -> set[str]:
    return {r["cameo"][:2] for r in recs if phrase in r["sentence"]}


# A past participle describing a noun, with no agent anywhere in the sentence, says who or
# what the noun is: the act is background, not an event of this sentence.
DESCRIBED = {
    "workers deported from X": (
        "Togo agreed late on Sunday to take back workers deported from Ghana.", "17"),
    "a trader jailed in X": (
        "Koffi Mensah, a Ghanaian trader jailed in Togo on smuggling charges, was not part "
        "of the deal.", "17"),
    "convicted X citizens": (
        "The release was made possible by a treaty on the transfer of convicted Ghanaian "
        "citizens that both parliaments approved.", "11"),
    "a citizen held in CAPITAL": (
        "Togo agreed to free a Ghanaian citizen held in Lome.", "17"),
}


@pytest.mark.parametrize("name", list(DESCRIBED))
def test_participle_describing_a_noun_is_no_event(coder, name: str) -> None:
    text, root = DESCRIBED[name]
    recs = coded(coder, LEAD + text)
    assert root not in roots(recs, text[:30]), dyads(recs)


def test_participle_with_its_agent_or_as_a_clause_stays(coder) -> None:
    text = ("Togo said on Friday that two Ghanaian traders were detained in Lome. "
            "Ghana took back Ghanaian workers deported by Togo.")
    recs = coded(coder, LEAD + text)
    assert "17" in roots(recs, "were detained"), dyads(recs)
    assert "17" in roots(recs, "deported by Togo"), dyads(recs)


# A word of criticism ("war", "offensive") naming the conflict spoken of judges no one.
TOPICS = {
    "neutral in the war in X": (
        "Nairobi says it is neutral in the war in Sudan and has good ties with both sides."),
    "ready to end the war": (
        "Ruto told reporters that Kenya was ready to end the war only if Sudan's army "
        "withdrew from the capital."),
    "if X halted its offensive": (
        "The minister said the talks would resume only if Egypt halted its offensive."),
}
KENYA = "NAIROBI, March 8 (Reuters) - Kenya summoned the Israeli ambassador on Thursday.\n\n"


@pytest.mark.parametrize("name", list(TOPICS))
def test_conflict_named_as_topic_is_no_criticism(coder, name: str) -> None:
    text = TOPICS[name]
    recs = coded(coder, KENYA + text)
    assert "11" not in roots(recs, text[:30]), dyads(recs)


@pytest.mark.parametrize("text", [
    "Mudavadi said the decision was another step in the destruction of relations with "
    "Israel.",
    "Mudavadi said Israel's strike on the hospital was an act of war.",
])
def test_judgement_with_a_criticism_word_stays(coder, text: str) -> None:
    recs = coded(coder, KENYA + text)
    assert "11" in roots(recs, text[:30]), dyads(recs)


# Declining to condemn is neither a criticism nor a rejection.
@pytest.mark.parametrize("text", [
    "Nairobi has refused to condemn the invasion of Ukraine by Russia.",
    "Kenya has declined to criticise Egypt's dam, a stance that has angered Ethiopia.",
])
def test_withheld_criticism_is_no_event(coder, text: str) -> None:
    recs = coded(coder, KENYA + text)
    assert not roots(recs, text[:30]), dyads(recs)


def test_other_refusals_stay(coder) -> None:
    text = "Kenya refused to meet the Egyptian envoy."
    recs = coded(coder, KENYA + text)
    assert "12" in roots(recs, text[:20]), dyads(recs)
