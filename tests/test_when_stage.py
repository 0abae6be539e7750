"""DateStage on parsed sentences: attachment, narrative carry, defaults."""

from __future__ import annotations

from grounding_helpers import add_event, make_state

from dyadwatch.config import CoderConfig
from dyadwatch.when.stage import DateStage


def date_of(text: str, word: str, pub_date: str | None = "2025-07-03", **kwargs):
    """The date DateStage gives the one event triggered by `word` in `text`."""
    state = make_state(text, pub_date)
    ev = add_event(state, word, **kwargs)
    run(state)
    return ev.date


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
    expel = date_of("On 12 April 2024, the ministry decided to expel three Chilean envoys.",
                    "expel", cameo="1663")
    assert expel.date == "2024-04-12"


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
    said = date_of("The Japanese foreign minister said Tokyo would lodge a complaint.", "said",
                   cameo="010", speech_act=True)
    assert (said.date, said.precision) == ("2025-07-03", "day")


def test_undated_act_is_null_not_the_publication_date():
    arrest = date_of("Kenyan police arrested two Somali traders.", "arrested", cameo="173")
    assert arrest.date is None


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
    recall = date_of(text, "recalled", cameo="161", pub_date=None)
    assert recall.date == "2022-04-09"


def test_said_takes_the_publication_date_over_the_narrative_and_ends_it():
    text = (
        "Mali expelled the French ambassador on Friday. "
        "The Malian prime minister said the envoy had insulted the government. "
        "Mali banned French television channels."
    )
    state = make_state(text)
    expulsion = add_event(state, "expelled", cameo="1663")
    said = add_event(state, "said", cameo="111", speech_act=True)
    ban = add_event(state, "banned", cameo="1721")
    run(state)
    assert expulsion.date.date == "2025-06-27"
    assert said.date.date == "2025-07-03"
    assert ban.date.date is None


def test_a_sentence_that_says_it_goes_on_resumes_the_story_said_paused():
    """ground6 (tune7): "X said" only pauses the story; "Mali also banned ..." says it goes
    on with it (a continuation adverb on a past-tense main verb), so it takes its day."""
    text = (
        "Mali expelled the French ambassador on Friday. "
        "The Malian prime minister said the envoy had insulted the government. "
        "Mali also banned French television channels."
    )
    state = make_state(text)
    add_event(state, "expelled", cameo="1663")
    said = add_event(state, "said", cameo="111", speech_act=True)
    ban = add_event(state, "banned", cameo="1721")
    run(state)
    assert said.date.date == "2025-07-03"
    assert ban.date.date == "2025-06-27"


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
    closure = date_of(text, "closed", cameo="163")
    assert closure.date == "2025-06-29"


def test_bounds_are_not_event_times():
    state = make_state("Chad will boycott the talks until 2027. Chad recalled its envoy.")
    boycott = add_event(state, "boycott", cameo="161")
    recall = add_event(state, "recalled", cameo="161")
    run(state)
    assert boycott.date.date is None
    assert recall.date.date is None


def test_an_act_going_on_since_a_date_began_then_and_sets_no_frame():
    # present perfect + "since": the act (the boycott) began in 2021, as the gold conventions
    # date "has deployed warships since August"; the next sentence is not carried there
    state = make_state("Chad has boycotted the talks since 2021. Chad recalled its envoy.")
    boycott = add_event(state, "boycotted", cameo="161")
    recall = add_event(state, "recalled", cameo="161")
    run(state)
    assert boycott.date.date == "2021"
    assert recall.date.date is None


def test_frame_from_an_eventless_sentence_and_not_from_relative_clauses():
    text = (
        "On Monday, Chad recalled its envoy. "
        "Let us recall: in early March the border post, which had been shelled on May 2, "
        "was closed. "
        "Then Chad expelled two Sudanese diplomats."
    )
    expulsion = date_of(text, "expelled", cameo="1663")
    assert expulsion.date == "2025-03"


def test_negated_act_is_dated_by_the_narrative_it_is_told_in():
    # "did not send" is told of Friday's talks (the gold dates "this time the President
    # did not criticise Athens" by the visit); a present perfect "has not" stays undated
    text = ("Oman hosted talks on Friday. Iran did not send its foreign minister. "
            "Iran has not sent an envoy since.")
    state = make_state(text)
    add_event(state, "hosted", cameo="043")
    absent = add_event(state, "send", cameo="040", modality="negated")
    standing = add_event(state, "sent", cameo="040", modality="negated")
    run(state)
    assert absent.date.date == "2025-06-27"
    assert standing.date.date is None


def test_now_returns_from_a_flashback_to_the_latest_time():
    text = (
        "On Thursday, Peru and Chile signed a fisheries accord. "
        "Let us recall: in early March the two navies clashed. "
        "Now the mood has changed. Chile thanked Peru for its patience."
    )
    state = make_state(text)
    clash = add_event(state, "clashed", cameo="190")
    thanks = add_event(state, "thanked", cameo="051")
    run(state)
    assert clash.date.date == "2025-03"
    assert thanks.date.date == "2025-07-03"


def test_time_between_subject_and_verb_belongs_to_the_verb():
    text = "Sudan's government on Monday cut ties with Chad, accusing it of arming rebels."
    accusation = date_of(text, "accusing", cameo="112", speech_act=True)
    assert accusation.date == "2025-06-30"


def test_time_on_a_governing_clauses_object_reaches_a_purpose_clause():
    text = "Laos summoned the Thai ambassador on Monday to protest the border shooting."
    protest = date_of(text, "protest", cameo="114")
    assert protest.date == "2025-06-30"


def test_the_reporting_verb_does_not_take_the_reported_clauses_date():
    text = "Thai troops fired on a Lao patrol on Saturday, the Lao army said."
    state = make_state(text)
    fired = add_event(state, "fired", cameo="190")
    said = add_event(state, "said", cameo="112", speech_act=True)
    run(state)
    assert fired.date.date == "2025-06-28"
    assert said.date.date == "2025-07-03"


def test_elaboration_is_read_from_the_surface():
    text = (
        "Niger has closed its airspace to Beninese planes, officials said on Tuesday. "
        "This move was made on Sunday. Benin protested."
    )
    state = make_state(text)
    closure = add_event(state, "closed", cameo="163")
    run(state)
    assert closure.date.date == "2025-06-29"


def test_offset_clause_takes_the_main_date_moved_back():
    text = ("Latvia closed the crossing on Friday, two days after a Russian court jailed "
            "a Latvian activist.")
    state = make_state(text)
    closure = add_event(state, "closed", cameo="163")
    jailing = add_event(state, "jailed", cameo="173")
    run(state)
    assert closure.date.date == "2025-06-27"
    assert jailing.date.date == "2025-06-25"


def test_offset_phrase_and_shift_after_that():
    text = ("Latvia expelled a Russian diplomat on 10 May 2024, three days after the raid on "
            "its embassy. Two days after that, Russia recalled its envoy.")
    state = make_state(text)
    expulsion = add_event(state, "expelled", cameo="1663")
    raid = add_event(state, "raid", cameo="1711")
    recall = add_event(state, "recalled", cameo="161")
    run(state)
    assert expulsion.date.date == "2024-05-10"
    assert raid.date.date == "2024-05-07"
    assert recall.date.date == "2024-05-12"


def test_definite_subject_dated_in_the_sentence_before():
    text = ("Latvia closed the crossing on Friday, two days after a Russian court jailed "
            "a Latvian activist. The court found him guilty of espionage.")
    state = make_state(text)
    verdict = add_event(state, "found", cameo="116")
    run(state)
    assert verdict.date.date == "2025-06-25"
