"""ModalityStage: each modality from cues in the trigger's scope."""

from __future__ import annotations

import pytest
from grounding_helpers import add_event, add_mention, make_state

from dyadwatch.config import CoderConfig
from dyadwatch.ground.stage import ModalityStage


def modality_of(text: str, word: str, nth: int = 0, **kwargs) -> tuple[str, str | None]:
    state = make_state(text)
    ev = add_event(state, word, nth, **kwargs)
    ModalityStage(CoderConfig())(state)
    return ev.modality, ev.modality_cue


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Ghana expelled two Togolese diplomats on Friday.", "expelled", "asserted"),
        ("Ghana did not expel the Togolese diplomats.", "expel", "negated"),
        ("Ghana has never expelled a Togolese diplomat.", "expelled", "negated"),
        ("Ghana held off on sanctions against Togo.", "sanctions", "negated"),
        ("Ghana may expel the Togolese diplomats.", "expel", "hypothetical"),
        ("Ghana could impose sanctions on Togo.", "impose", "hypothetical"),
        ("If Togo refuses, Ghana would impose sanctions.", "impose", "hypothetical"),
        ("The talks open the way for a possible summit with Togo.", "summit", "hypothetical"),
        ("Ghana will expel the Togolese diplomats.", "expel", "future"),
        ("Ghana plans to expel the Togolese diplomats.", "expel", "future"),
        ("Ghana is scheduled to host Togolese envoys next week.", "host", "future"),
        ("Togolese traders will be barred from the market.", "barred", "future"),
        ("The two officers will face charges in Lome.", "face", "future"),
        ("Togolese troops allegedly shelled a Ghanaian village.", "shelled", "reported"),
    ],
)
def test_cue_in_scope(text, word, modality):
    assert modality_of(text, word)[0] == modality


def test_cue_outside_the_triggers_clause_does_not_count():
    # "might" belongs to the speculation clause, not to the expulsion
    text = "Ghana expelled the envoys, and analysts think that Togo might retaliate."
    assert modality_of(text, "expelled")[0] == "asserted"


def test_announced_would_is_future_for_the_act_and_asserted_for_the_announcement():
    text = "Egypt announced it would free 40 Sudanese prisoners."
    state = make_state(text)
    announcement = add_event(state, "announced", cameo="030", speech_act=True)
    release = add_event(state, "free", cameo="0841")
    ModalityStage(CoderConfig())(state)
    assert announcement.modality == "asserted"
    assert release.modality == "future"


def test_alleged_act_is_reported_and_accusation_asserted():
    state = make_state("Serbia accused Kosovo of attacking a police patrol.")
    accusation = add_event(state, "accused", cameo="112", speech_act=True)
    attack = add_event(state, "attacking", cameo="190", alleged_by=accusation)
    ModalityStage(CoderConfig())(state)
    assert accusation.modality == "asserted"
    assert (attack.modality, attack.modality_cue) == ("reported", "accused")


def test_claimed_act_without_alleged_by_is_reported():
    text = "Local media suggested that Albanian agents detained the reporter."
    assert modality_of(text, "detained")[0] == "reported"


def test_according_to_a_third_party_is_reported():
    text = "According to witnesses, Sudanese soldiers crossed into Chad."
    assert modality_of(text, "crossed") == ("reported", "according to")


def test_officials_said_reports_unless_they_are_the_actor():
    text = "Vietnam detained a Chinese trawler, Philippine officials said."
    state = make_state(text)
    actor = add_mention(state, "Vietnam", "VNM", "VNM")
    add_mention(state, "Philippine officials", "PHLGOV", "PHL")
    ev = add_event(state, "detained", cameo="173", source=[actor])
    ModalityStage(CoderConfig())(state)
    assert ev.modality == "reported"

    own = make_state("Vietnam detained a Chinese trawler, Vietnamese officials said.")
    actor = add_mention(own, "Vietnam", "VNM", "VNM")
    add_mention(own, "Vietnamese officials", "VNMGOV", "VNM")
    ev = add_event(own, "detained", cameo="173", source=[actor])
    ModalityStage(CoderConfig())(own)
    assert ev.modality == "asserted"


def test_denial_is_an_event_not_a_negation():
    text = "Iran denied the accusations from Bahrain."
    assert modality_of(text, "denied", speech_act=True)[0] == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("Sudan has not allowed the UN monitors to return to Darfur.", "return", "negated"),
        ("The handover of the prisoners is to take place next week.", "take", "future"),
        ("The two sides agreed to exchange 500 prisoners.", "exchange", "future"),
        ("Chad urged Sudan to withdraw its troops.", "withdraw", "hypothetical"),
        ("Russia denied shelling the Ukrainian village.", "shelling", "reported"),
    ],
)
def test_governed_acts(text, word, modality):
    assert modality_of(text, word)[0] == modality


def test_passive_report_is_reported_even_when_the_subject_is_the_actor():
    text = "Iranian agents are said to have attacked the tanker."
    state = make_state(text)
    agents = add_mention(state, "Iranian agents", "IRNCOP", "IRN")
    ev = add_event(state, "attacked", cameo="190", source=[agents])
    ModalityStage(CoderConfig())(state)
    assert ev.modality == "reported"


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("The envoy left Kabul without meeting Taliban officials.", "meeting", "negated"),
        ("Seoul ruled out sanctions against Pyongyang.", "sanctions", "negated"),
        ("Unconfirmed raids by Eritrean troops were seen near the border.", "raids", "reported"),
    ],
)
def test_more_cues(text, word, modality):
    assert modality_of(text, word)[0] == modality


def test_a_finite_coordinated_verb_does_not_share_the_modal():
    text = "The president said Lima would not accept the ruling and accused Santiago of bias."
    assert modality_of(text, "accused", speech_act=True)[0] == "asserted"


def test_purpose_clause_shares_the_modal():
    text = "He said he would travel to Quito next week to meet the president."
    assert modality_of(text, "meet")[0] == "future"


def test_hedged_speech_act_is_reported():
    text = "Laos and Vietnam reportedly plan to hold joint drills."
    assert modality_of(text, "plan", speech_act=True) == ("reported", "reportedly")


def test_speaker_telling_its_own_act_is_asserted():
    text = "The rebel group said they attacked a Malian army convoy, in a statement online."
    assert modality_of(text, "attacked")[0] == "asserted"
    text = "The Malian army said jihadists attacked a convoy."
    assert modality_of(text, "attacked")[0] == "reported"
