"""Non-asserted events found with their modality (issue #5, session 16 helper
"nonasserted18"), each rule tested on sentences of its own (other countries, tenses, voices
and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# An envoy told to go in the passive ("was asked to leave", "were ordered to leave") is
# expelled (161) by the state whose country he leaves or, with none named, by the other
# party of the story, in every mood: done, to come, possible, or not done. The state acts
# through its foreign ministry: GOV (data/agentless_roles.tsv, session 17).
ENVOY_TOLD_TO_GO = {
    "was ordered to leave COUNTRY (asserted)": (
        "The Russian ambassador was ordered to leave Sweden on Monday.",
        ("161", ("SWEGOV",), ("RUSGOV",), "asserted")),
    "had been ordered to leave COUNTRY (asserted)": (
        "A number of Iranian embassy employees had been ordered to leave Austria, the "
        "Austrian foreign ministry said.",
        ("161", ("AUTGOV",), ("IRNGOV",), "asserted")),
    "were told to leave, story's other party (asserted)": (
        "Ghana summoned the Nigerian high commissioner on Monday. Two Nigerian diplomats "
        "were told to leave the country.",
        ("161", ("GHAGOV",), ("NGAGOV",), "asserted")),
    "will be asked to leave (future)": (
        "Peru summoned the Mexican ambassador on Monday. Two Mexican diplomats will be "
        "asked to leave the country.",
        ("161", ("PERGOV",), ("MEXGOV",), "future")),
    "could be ordered to leave (hypothetical)": (
        "Latvia summoned the Belarusian charge d'affaires on Monday. Several Belarusian "
        "diplomats could be ordered to leave, officials said.",
        ("161", ("LVAGOV",), ("BLRGOV",), "hypothetical")),
    "was not asked to leave (negated)": (
        "Egypt summoned the Turkish charge d'affaires on Tuesday. The Turkish ambassador, "
        "however, was not asked to leave the country.",
        ("161", ("EGYGOV",), ("TURGOV",), "negated")),
    "has not been told to leave COUNTRY (negated)": (
        "The Chinese envoy has not been told to leave Lithuania.",
        ("161", ("LTUGOV",), ("CHNGOV",), "negated")),
}


@pytest.mark.parametrize("name", list(ENVOY_TOLD_TO_GO))
def test_envoy_told_to_go_in_the_passive_is_expelled(coder, name: str) -> None:
    text, expected = ENVOY_TOLD_TO_GO[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The Russian ambassador was asked to leave the meeting by the chairman.",
    "Russian tourists were asked to leave the hotel.",
    "The Chinese ambassador was asked to leave the room before the vote.",
])
def test_others_asked_to_leave_are_not_expelled(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0] == "161" for d in got), got


def test_active_order_to_leave_unchanged(coder) -> None:
    got = dyads(coded(coder, "Sweden ordered the Russian ambassador to leave the country."))
    assert ("161", ("SWE",), ("RUSGOV",), "asserted") in got, got


# A legislature ratifying an accord the story has told of, named by a bare noun or a
# pronoun, ratifies it towards the accord's other party (057 one way), in every mood; a
# ratification is an act of its own beside the signing told before.
TREATY = "Kenya and Uganda signed a border treaty in Nairobi on Monday. "
RATIFIED = {
    "must still be ratified by (future)": (
        TREATY + "The treaty must still be ratified by Kenya's parliament.",
        ("057", ("KENLEG",), ("UGA",), "future")),
    "is expected to ratify (future)": (
        TREATY + "Uganda's parliament is expected to ratify the treaty next year.",
        ("057", ("UGALEG",), ("KEN",), "future")),
    "was never ratified by (negated)": (
        TREATY + "The treaty was never ratified by the Kenyan parliament.",
        ("057", ("KENLEG",), ("UGA",), "negated")),
    "has not yet approved the agreement (negated)": (
        "Chile and Bolivia signed a gas agreement in La Paz on Monday. Bolivia's congress "
        "has not yet approved the agreement.",
        ("057", ("BOLLEG",), ("CHL",), "negated")),
    "ratified the pact (asserted)": (
        "Japan and the Philippines signed a defence pact in Manila in July. The Japanese "
        "parliament ratified the pact on Friday.",
        ("057", ("JPNLEG",), ("PHL",), "asserted")),
}


@pytest.mark.parametrize("name", list(RATIFIED))
def test_ratification_of_the_accord_told_before(coder, name: str) -> None:
    text, expected = RATIFIED[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


def test_ratification_keeps_the_signing(coder) -> None:
    got = dyads(coded(coder, TREATY + "The treaty must still be ratified by Kenya's parliament."))
    assert any(d[0] == "057" and set(d[1]) == {"KEN", "UGA"} for d in got), got


def test_ratification_told_twice_is_one_event(coder) -> None:
    recs = coded(coder, TREATY + "The Kenyan parliament ratified the treaty on Friday. The "
                 "treaty was ratified by the Kenyan parliament with a large majority.")
    ratified = [r for r in recs if r["trigger"].startswith("ratif")]
    assert len(ratified) == 1, ratified


def test_signing_told_after_a_ratification_is_kept(coder) -> None:
    got = dyads(coded(coder, "The court ruled that the law by which the Peruvian congress "
                      "ratified the accord with Chile in 2015 was void. The accord was signed "
                      "by the two countries in Lima in the year 2014."))
    assert ("057", ("PERLEG",), ("CHL",), "asserted") in got, got
    assert any(d[0] == "057" and set(d[1]) == {"PER", "CHL"} for d in got), got


# English tells an act still to come in a time clause ("once", "after", "when", "until",
# "before") in the present tense: under a main clause in the future (or in doubt), the act
# is future (or hypothetical), not done.
TIME_CLAUSE = {
    "once X-s (future)": (
        "The sanctions will be lifted once Russia withdraws its troops from Moldova.",
        ("RUS", "future")),
    "when X-s (future)": (
        "Talks will resume when Iran releases the French prisoners.",
        ("IRN", "future")),
    "until X-s (future)": (
        "Japan will not resume imports until China lifts its ban on Japanese seafood.",
        ("CHN", "future")),
    "after it is ratified (future)": (
        TREATY + "The treaty will enter into force only after it is ratified by Kenya's "
        "parliament.",
        ("KENLEG", "future")),
    "after X has imposed (future)": (
        "The EU will decide on its response after China has imposed its tariffs on French "
        "brandy.",
        ("CHN", "future")),
    "clause first (future)": (
        "When Iran releases the French prisoners, talks will resume.",
        ("IRN", "future")),
    "would ... once X-s (hypothetical)": (
        "The sanctions would be lifted once Russia expels the Polish diplomats.",
        ("RUS", "hypothetical")),
}


@pytest.mark.parametrize("name", list(TIME_CLAUSE))
def test_time_clause_act_under_future_is_to_come(coder, name: str) -> None:
    text, (source, modality) = TIME_CLAUSE[name]
    got = dyads(coded(coder, text))
    assert any(d[1] == (source,) and d[3] == modality for d in got), got


@pytest.mark.parametrize("text", [
    "The talks resumed after Iran released the French prisoners.",
    "Talks resume today after Iran released the French prisoners.",
    "Talks will resume today, a week after Iran released the French prisoners.",
])
def test_past_act_in_time_clause_stays_asserted(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert any(d[1] == ("IRN",) and d[3] == "asserted" for d in got), got


# An act told as the purpose of using, seizing or taking an occasion ("could use the delay
# to offer projects") is in the mood of that verb: the parser hangs the infinitive on the
# object, out of the modal's reach. Seizing an opportunity is no seizure (171).
PURPOSE = {
    "analysts: could use X to offer (hypothetical)": (
        "Analysts said Beijing could use the delay to offer new loans to Fiji.",
        ("CHN", "hypothetical")),
    "may seize the opportunity to expel (hypothetical)": (
        "Belarus may seize the opportunity to expel more Lithuanian diplomats.",
        ("BLR", "hypothetical")),
    "will use the visit to sign (future)": (
        "Modi will use the visit to sign a defence pact with Greece.",
        ("IND", "future")),
    "did not take the chance to release (negated)": (
        "Iran did not take the chance to release the Swedish prisoners.",
        ("IRN", "negated")),
    "used the delay to offer (asserted)": (
        "China used the delay to offer new loans to Fiji.",
        ("CHN", "asserted")),
}


@pytest.mark.parametrize("name", list(PURPOSE))
def test_purpose_act_takes_the_using_verbs_mood(coder, name: str) -> None:
    text, (source, modality) = PURPOSE[name]
    got = dyads(coded(coder, text))
    assert any(d[1][:1] and d[1][0].startswith(source) and d[3] == modality
               and d[0] != "171" for d in got), got


@pytest.mark.parametrize("text", [
    "Belarus may seize the opportunity to expel more Lithuanian diplomats.",
    "Armenia seized the chance to open talks with Turkey.",
])
def test_seizing_an_opportunity_is_no_seizure(coder, text: str) -> None:
    got = dyads(coded(coder, text))
    assert not any(d[0].startswith("17") for d in got), got
