"""Source and target the right way round (session 24 helper "direction24"): a meeting or
call that its subject did not make ("did not meet", "has not spoken to", "did not
telephone") is told of the subject only, not of both sides as a meeting held is; a meeting
planned between the two that fell through ("as had been planned") stays both sides'
(src/dyadwatch/events/sentence.py, withheld_by_one). Sentences of their own."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

ONE_WAY = {
    "did not meet": (
        "Turkish President Recep Tayyip Erdogan did not meet Greek Prime Minister Kyriakos "
        "Mitsotakis at the summit.", "040", "TURGOV", "GRCGOV"),
    "has not spoken to": (
        "Kenyan President William Ruto has not spoken to Ethiopian Prime Minister Abiy Ahmed "
        "since March.", "040", "KENGOV", "ETHGOV"),
    "did not telephone": (
        "Polish President Andrzej Duda did not telephone Hungarian Prime Minister Viktor Orban "
        "on Monday.", "041", "POLGOV", "HUNGOV"),
}


@pytest.mark.parametrize("name", sorted(ONE_WAY))
def test_meeting_not_made_is_the_subjects(coder, name):
    text, cameo, source, target = ONE_WAY[name]
    assert (cameo, (source,), (target,), "negated") in dyads(coded(coder, text))
    assert not any(r["cameo"][:2] == "04" and target in str(r["source"])
                   for r in coded(coder, text))


BOTH_WAYS = {
    # a meeting held is both sides' act
    "met": "Turkish President Recep Tayyip Erdogan met Greek Prime Minister Kyriakos "
           "Mitsotakis at the summit on Monday.",
    # a meeting planned between the two that did not take place is both sides' too
    "did not meet as had been planned": "Turkish President Recep Tayyip Erdogan did not "
    "meet Greek Prime Minister Kyriakos Mitsotakis on Monday as had been planned.",
}


@pytest.mark.parametrize("name", sorted(BOTH_WAYS))
def test_meeting_of_both_stays_both_ways(coder, name):
    recs = [r for r in coded(coder, BOTH_WAYS[name]) if r["cameo"][:2] == "04"]
    assert any(isinstance(r["source"], list) and len(r["source"]) == 2 for r in recs)


# A government telling of its own national arrested or detained (an agentless passive in
# its statement) does not tell of its own act: the state where it happened, or the other
# party, holds them (events/sentence.py, speaker_acts)
HELD_ABROAD = {
    "a minister tells of the state's own diplomat detained": (
        "China expelled a Canadian diplomat on Friday. Canadian Foreign Minister Melanie Joly "
        "said the diplomat had been detained for several hours before he left.",
        "CHNCOP", "CANGOV"),
    "a minister tells of the state's own citizens arrested": (
        "Iran expelled a German diplomat on Monday. German Foreign Minister Annalena Baerbock "
        "said two German citizens were arrested last week.", "IRNCOP", "DEUCVL"),
}


@pytest.mark.parametrize("name", sorted(HELD_ABROAD))
def test_own_national_held_is_the_other_states_act(coder, name):
    text, source, target = HELD_ABROAD[name]
    recs = [r for r in coded(coder, text) if r["cameo"] == "173"]
    assert [(r["source"]["code"], r["target"]["code"]) for r in recs] == [(source, target)]


def test_security_service_tells_of_its_own_arrest(coder):
    # a force tells of its own arrests: no act of the other party
    text = ("Hungary summoned Ukraine's ambassador on Monday. Ukraine's SBU security service "
            "said two Ukrainian men were detained.")
    assert not [r for r in coded(coder, text) if r["cameo"] == "173"]


# A participle the parser conjoins to the infinitive of another participle ("ordering X to
# leave and recalling its ambassador") is the main clause's subject's act, not X's
# (events/extract.py, clause_subject)
def test_participle_conjoined_to_infinitive_is_the_subjects(coder):
    text = ("Somalia expelled Kenya's ambassador on Thursday. Kenya retaliated on Friday, "
            "ordering two Somali diplomats to leave the country and recalling its ambassador "
            "from Mogadishu.")
    recs = [r for r in coded(coder, text) if "retaliated" in r["sentence"]]
    assert ("161", ("KEN",), ("SOM",), "asserted") in dyads(recs)
    assert not any(r["source"]["code"].startswith("SOM") for r in recs)


def test_infinitive_conjoined_to_infinitive_keeps_its_subject(coder):
    # "urged Somalia to release ... and reopen ...": Somalia is asked to do both; no act of
    # Kenya's own is read off the second infinitive
    text = ("Kenyan President William Ruto on Friday urged Somalia to release the detained "
            "Kenyan truck drivers and reopen the border crossing.")
    assert dyads(coded(coder, text)) == {("0253", ("KENGOV",), ("SOM",), "asserted")}
