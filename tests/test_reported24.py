"""Who tells an act (issue #5, session 22 helper "reported24"): the speaker a pronoun stands
for ("He said China had sent ..."), a speaker set between commas inside the act's clause
("Ethiopian troops, Kenyan officials said, attacked ..."), the outlet's own unnamed
informants ("according to our information"), onlookers on both sides ("residents on both
sides of the border said": not the parties' joint voice), and the receiving side's account of a
cooperative statement in its own that-clause or in the past perfect ("Ugandan officials said
that Ruto invited Museveni"), which only that side tells; an act in a clause describing a
noun ("the agreement that Kenya signed in 2019"), or under the author's aside ("it should be
noted that"), is the text's own, not a claim; in an inverted "as declared the minister of
Uganda" the speaker follows its verb (src/dyadwatch/ground/modality.py).
Sentences of their own."""

from __future__ import annotations

import pytest
from coding_helpers import coded


def modality_of(coder, text: str, trigger: str, cameo: str) -> list[str]:
    return [r["modality"] for r in coded(coder, text)
            if r["trigger"] == trigger and r["cameo"].startswith(cameo)]


CASES = {
    # a pronoun speaker is the actor's own minister: its act is told in its own voice
    "he (the acting state's minister) said it had sent a team": (
        "Chinese Foreign Minister Wang Yi spoke to reporters in Beijing on Monday. He said "
        "China had sent a team of investigators to Pakistan.", "sent", "04", "asserted"),
    # the receiver's that-clause recounts the other party's statement: reported
    "the receiver said that the other side invited": (
        "Ugandan officials said that Kenyan President William Ruto invited Ugandan "
        "President Yoweri Museveni to visit Nairobi.", "invited", "036", "reported"),
    "the receiver tells a promise in the past perfect": (
        "Kenya had promised to reopen the border crossing at Busia, Ugandan officials said.",
        "promised", "03", "reported"),
    # an attribution set between commas inside the act's clause
    "another state's officials, inserted between commas": (
        "Ethiopian troops, Kenyan officials said, attacked Kenyan border posts on Monday.",
        "attacked", "19", "reported"),
    # the outlet's own informants
    "according to our information": (
        "According to our information, Russia asked Belarus to close its border with Poland.",
        "asked", "02", "reported"),
    "according to our sources": (
        "According to our sources, Russia asked Belarus to close its border with Poland.",
        "asked", "02", "reported"),
    # onlookers on both sides are not the parties' joint voice
    "residents on both sides of the border said": (
        "Eritrean troops shelled Ethiopian villages on Monday, residents on both sides of the "
        "border said.", "shelled", "19", "reported"),
}

# An act told in a clause that describes a noun is the text's background, not what the
# sentence's speaker claims: asserted (were reported).
BACKGROUND = {
    "a relative clause on the subject, with a trailing attribution": (
        "Chinese President Xi Jinping, who was received by Kenyan President William Ruto in "
        "Nairobi on Monday, held talks with business leaders, Ugandan officials said.",
        "received", "043", "asserted"),
    "a relative clause on a noun inside the that-clause": (
        "Ugandan officials said the ban followed the trade agreement that Kenya signed with "
        "Tanzania in 2019.", "signed", "057", "asserted"),
    # the author's own aside: "it should be noted that", "it must be said that"
    "it should be noted that": (
        "It should be noted that last year Kenya suspended imports of Ugandan sugar.",
        "suspended", "16", "asserted"),
    "it must be said that": (
        "It must be said that in April Kenya expelled two Ugandan diplomats.",
        "expelled", "16", "asserted"),
    # the inverted "as said X" of translated text: X is the speaker, here a party
    "as declared a party's minister (inverted)": (
        "Kenya and Uganda agreed on a ceasefire on Monday, as declared the foreign minister "
        "of Uganda.", "agreed", "08", "asserted"),
}

NEAR_MISSES = {
    # inverted, but a third state's minister: still its account
    "as declared a third state's minister (inverted)": (
        "Kenya and Uganda agreed on a ceasefire on Monday, as declared the foreign minister "
        "of Tanzania.", "agreed", "08", "reported"),
    # hearsay with no modal stays someone else's account
    "it is said that": (
        "It is said that in April Kenya expelled two Ugandan diplomats.",
        "expelled", "16", "reported"),
    "it was reported that": (
        "It was reported that in April Kenya expelled two Ugandan diplomats.",
        "expelled", "16", "reported"),
    # an act alleged in a relative clause is the accusation's, not background
    "a commissioner who has accused a state of deporting children": (
        "Ukraine's human rights commissioner, who has accused Russia of deporting Ukrainian "
        "children, met Qatari officials in Doha on Monday.", "deporting", "17", "reported"),
    # a relative clause on the actor does not make its main act background
    "the troops who crossed the border had shelled": (
        "Ugandan officials said the Kenyan troops who crossed the border had shelled the post "
        "at Busia.", "shelled", "19", "reported"),
    # officials on both sides speak for the parties: their act stays asserted
    "officials on both sides said": (
        "Eritrean troops shelled Ethiopian villages on Monday, officials on both sides said.",
        "shelled", "19", "asserted"),
    # a trailing line of the receiver confirms the statement (test_ground4's rule stays)
    "the receiver's trailing line in the simple past": (
        "Kenya promised to reopen the border crossing at Busia, Ugandan officials said.",
        "promised", "03", "asserted"),
    # another party's pronoun speaker still makes the act reported
    "he (the other side's minister) said the troops had attacked": (
        "Polish Foreign Minister Radoslaw Sikorski spoke to reporters in Warsaw on Monday. "
        "He said Belarusian troops had attacked Polish border guards.", "attacked", "19",
        "reported"),
    # the actor's own office inserted between commas: its own voice
    "its own foreign ministry, inserted between commas": (
        "Ethiopia, its foreign ministry said, expelled two Kenyan diplomats on Monday.",
        "expelled", "16", "asserted"),
    # "our" on an office is no outlet's informant
    "according to our ambassador": (
        "According to our ambassador, Russia asked Belarus to close its border with Poland.",
        "asked", "02", "asserted"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_who_tells_the_act(coder, name: str) -> None:
    text, trigger, cameo, modality = CASES[name]
    got = modality_of(coder, text, trigger, cameo)
    assert got == [modality], got


@pytest.mark.parametrize("name", list(BACKGROUND))
def test_background_clause_is_the_texts_own(coder, name: str) -> None:
    text, trigger, cameo, modality = BACKGROUND[name]
    got = modality_of(coder, text, trigger, cameo)
    assert got == [modality], got


@pytest.mark.parametrize("name", list(NEAR_MISSES))
def test_near_misses_keep_their_modality(coder, name: str) -> None:
    text, trigger, cameo, modality = NEAR_MISSES[name]
    got = modality_of(coder, text, trigger, cameo)
    assert got == [modality], got
