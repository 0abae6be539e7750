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
