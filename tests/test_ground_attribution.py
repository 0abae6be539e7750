"""AttributionStage: the speaker of said/claimed/accused/according to/quotations."""

from __future__ import annotations

from grounding_helpers import add_event, add_mention, make_state

from dyadwatch.config import CoderConfig
from dyadwatch.ground.stage import AttributionStage


def run(state):
    AttributionStage(CoderConfig())(state)
    return state


def test_speaker_of_said_is_coded_when_it_is_a_mention():
    state = make_state("Kazakhstan closed two Kyrgyz border posts, the Kyrgyz foreign "
                       "ministry said.")
    speaker = add_mention(state, "Kyrgyz foreign ministry", "KGZGOV", "KGZ")
    ev = add_event(state, "closed", cameo="163")
    run(state)
    assert ev.attribution is speaker
    assert ev.attribution_text == "the Kyrgyz foreign ministry"


def test_uncoded_speaker_keeps_its_text():
    state = make_state("Two diplomats were expelled, sources close to the government claimed.")
    ev = add_event(state, "expelled", cameo="1663")
    run(state)
    assert ev.attribution is None
    assert ev.attribution_text == "sources close to the government"


def test_according_to():
    state = make_state("According to the Tunisian coast guard, Libyan boats seized a tanker.")
    ev = add_event(state, "seized", cameo="171")
    run(state)
    assert ev.attribution_text == "the Tunisian coast guard"


def test_quotation_takes_the_quoting_speaker():
    state = make_state('The Malian minister said: "We will close the border with Niger."')
    add_mention(state, "The Malian minister", "MLIGOV", "MLI")
    ev = add_event(state, "close", cameo="163")
    run(state)
    assert ev.attribution_text == "The Malian minister"
    assert ev.attribution is not None and ev.attribution.code == "MLIGOV"


def test_alleged_act_is_attributed_to_the_accuser():
    state = make_state("Serbia accused Kosovo of attacking a police patrol.")
    serbia = add_mention(state, "Serbia", "SRB", "SRB")
    accusation = add_event(state, "accused", cameo="112", source=[serbia], speech_act=True)
    attack = add_event(state, "attacking", cameo="190", alleged_by=accusation)
    run(state)
    assert attack.attribution is serbia
    assert accusation.attribution is None  # the article's own voice


def test_plain_statement_of_fact_has_no_attribution():
    state = make_state("Kazakhstan closed two Kyrgyz border posts on Monday.")
    ev = add_event(state, "closed", cameo="163")
    run(state)
    assert (ev.attribution, ev.attribution_text) == (None, None)


def test_passive_speech_verb_names_its_agent_not_its_subject():
    state = make_state("The strike was reported by Interfax to have hit a Georgian port.")
    ev = add_event(state, "hit", cameo="190")
    run(state)
    assert ev.attribution_text == "Interfax"


def test_quotation_going_on_in_the_next_sentence():
    text = ('"We will not be intimidated," the Peruvian president said. '
            '"We will close the border with Bolivia."')
    state = make_state(text)
    ev = add_event(state, "close", cameo="163")
    run(state)
    assert ev.attribution_text == "the Peruvian president"
