"""DateStage on parsed sentences: attachment, narrative carry, defaults."""

from __future__ import annotations

from grounding_helpers import add_event, make_state

from dyadwatch.config import CoderConfig
from dyadwatch.when.stage import DateStage


def run(state):
    DateStage(CoderConfig())(state)
    return state


def test_expression_attaches_to_its_clause_not_the_nearest_date():
    state = make_state(
        "In mid-March, Georgia accused Turkey of seizing two fishing boats in January 2025."
    )
    accusation = add_event(state, "accused", cameo="112", speech_act=True)
    seizure = add_event(state, "seizing", cameo="171", alleged_by=accusation)
    run(state)
    assert accusation.date.date == "2025-03"
    assert accusation.date.text == "mid-March"
    assert seizure.date.date == "2025-01"


def test_alleged_act_without_its_own_date_takes_the_accusation_date():
    # the team's gold dates an undated alleged act like the accusation that reports it
    state = make_state("On Monday, Armenia accused Iran of shelling a border post.")
    accusation = add_event(state, "accused", cameo="112", speech_act=True)
    shelling = add_event(state, "shelling", cameo="190", alleged_by=accusation)
    run(state)
    assert accusation.date.date == "2025-06-30"
    assert shelling.date.date == "2025-06-30"


def test_governing_clause_date_reaches_a_complement():
    state = make_state("On 12 April 2024, the ministry decided to expel three Chilean envoys.")
    expel = add_event(state, "expel", cameo="1663")
    run(state)
    assert expel.date.date == "2024-04-12"


def test_narrative_carry_keeps_the_frame_across_sentences_and_paragraphs():
    text = (
        "In early October last year, a freighter sank off the coast.\n\n"
        "At that time, Peru protested to the Ecuadorian envoy.\n\n"
        "The Peruvian president later phoned his counterpart in Quito."
    )
    state = make_state(text)
    protest = add_event(state, "protested", cameo="114")
    call = add_event(state, "phoned", cameo="041")
    run(state)
    assert protest.date.date == "2024-10"
    assert call.date.date == "2024-10"
    assert call.date.precision == "month"  # no finer than the frame


def test_present_tense_commentary_ends_the_carry():
    text = (
        "On March 3, Norway closed its consulate in Murmansk.\n\n"
        "Relations remain tense.\n\n"
        "Russia expelled a Norwegian diplomat."
    )
    state = make_state(text)
    closure = add_event(state, "closed", cameo="161")
    expulsion = add_event(state, "expelled", cameo="1663")
    run(state)
    assert closure.date.date == "2025-03-03"
    assert expulsion.date.date is None


def test_plain_statement_takes_the_publication_date():
    state = make_state("The Japanese foreign minister said Tokyo would lodge a complaint.")
    said = add_event(state, "said", cameo="010", speech_act=True)
    run(state)
    assert (said.date.date, said.date.precision) == ("2025-07-03", "day")


def test_undated_act_is_null_not_the_publication_date():
    state = make_state("Kenyan police arrested two Somali traders.")
    arrest = add_event(state, "arrested", cameo="173")
    run(state)
    assert arrest.date.date is None


def test_future_act_is_null_unless_dated():
    state = make_state("Poland will close the crossing. Lithuania will close its border on Monday.")
    first = add_event(state, "close", 0, cameo="163", modality="future")
    second = add_event(state, "close", 1, cameo="163", modality="future")
    run(state)
    assert first.date.date is None
    assert second.date.date == "2025-07-07"  # the coming Monday


def test_no_publication_date_leaves_relative_dates_null():
    state = make_state("Yesterday, Chad recalled its ambassador from Sudan.", pub_date=None)
    recall = add_event(state, "recalled", cameo="161")
    state_said = make_state("Chad recalled its ambassador on 2 May 2023.", pub_date=None)
    dated = add_event(state_said, "recalled", cameo="161")
    run(state)
    run(state_said)
    assert recall.date.date is None
    assert recall.date.text == "Yesterday"
    assert dated.date.date == "2023-05-02"


def test_partial_date_without_publication_date_takes_the_narratives_year():
    text = "Talks began on 4 March 2022. On April 9, Chad recalled its ambassador."
    state = make_state(text, pub_date=None)
    recall = add_event(state, "recalled", cameo="161")
    run(state)
    assert recall.date.date == "2022-04-09"


def test_said_takes_the_publication_date_over_the_narrative_and_ends_it():
    text = (
        "Mali expelled the French ambassador on Friday. "
        "The Malian prime minister said the envoy had insulted the government. "
        "Mali also banned French television channels."
    )
    state = make_state(text)
    expulsion = add_event(state, "expelled", cameo="1663")
    said = add_event(state, "said", cameo="111", speech_act=True)
    ban = add_event(state, "banned", cameo="1721")
    run(state)
    assert expulsion.date.date == "2025-06-27"
    assert said.date.date == "2025-07-03"
    assert ban.date.date is None


def test_carry_skips_present_tense_clauses():
    text = "Mali expelled the French ambassador on Friday. Mali also bans French channels."
    state = make_state(text)
    add_event(state, "expelled", cameo="1663")
    ban = add_event(state, "bans", cameo="1721")
    run(state)
    assert ban.date.date is None


def test_a_following_sentence_can_date_the_act_just_told():
    text = (
        "Niger has closed its airspace to Beninese planes, officials said on Tuesday. "
        "The decision was taken on Sunday, according to the transport ministry."
    )
    state = make_state(text)
    closure = add_event(state, "closed", cameo="163")
    run(state)
    assert closure.date.date == "2025-06-29"


def test_bounds_are_not_event_times():
    state = make_state("Chad has boycotted the talks since 2021. Chad recalled its envoy.")
    boycott = add_event(state, "boycotted", cameo="161")
    recall = add_event(state, "recalled", cameo="161")
    run(state)
    assert boycott.date.date is None
    assert recall.date.date is None
