"""Session 23 speed work: what is worked out once per document must follow the document's
mentions as they change, and shortcuts must answer as the long way does."""

from __future__ import annotations

from grounding_helpers import make_state

from dyadwatch.actors.context import (
    both_sides_role,
    dyad_phrases,
    main_dyad,
    names_both_sides,
)
from dyadwatch.config import CoderConfig
from dyadwatch.events.stage import EventStage
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.read.document import Document
from dyadwatch.tables import read_tsv


def _state(*countries: str) -> CodingState:
    state = CodingState(document=Document(doc_id="t", text=""), config=CoderConfig())
    state.mentions = [_mention(c, k) for k, c in enumerate(countries)]
    return state


def _mention(country: str, at: int) -> ActorMention:
    return ActorMention(code=country, country=country, roles=[], text=country,
                        start_char=at * 10, end_char=at * 10 + 3)


def test_main_dyad_follows_mentions_added_later():
    state = _state("USA", "USA", "CHN")
    assert main_dyad(state) == ["USA", "CHN"]
    state.mentions.append(_mention("RUS", 3))
    state.mentions.append(_mention("RUS", 4))
    state.mentions.append(_mention("RUS", 5))
    assert main_dyad(state) == ["RUS", "USA"]


def test_main_dyad_follows_mentions_changed_in_place_or_replaced():
    state = _state("USA", "USA", "CHN")
    assert main_dyad(state) == ["USA", "CHN"]
    state.mentions[0].country = "IRN"  # a mention resolved anew, in place
    assert main_dyad(state) == ["IRN", "USA"]
    state.mentions[1].inferred = True  # no longer a named party
    assert main_dyad(state) == ["IRN", "CHN"]
    state.mentions = state.mentions + [_mention("TUR", 7), _mention("TUR", 8)]
    assert main_dyad(state) == ["TUR", "IRN"]


def test_main_dyad_keeps_exclusions_apart():
    state = _state("USA", "USA", "CHN", "RUS")
    assert main_dyad(state, frozenset({"USA"})) == ["CHN", "RUS"]
    assert main_dyad(state) == ["USA", "CHN"]
    answer = main_dyad(state)
    answer.append("XXX")  # a caller's list is its own
    assert main_dyad(state) == ["USA", "CHN"]


def test_main_dyad_follows_a_new_parse():
    state = make_state("Iran warned. Iran warned. Russia and China met. Russia and China met "
                       "again.")
    codes = {"Iran": "IRN", "Russia": "RUS", "China": "CHN"}
    state.mentions = [
        ActorMention(code=codes[t.text], country=codes[t.text], roles=[], text=t.text,
                     start_char=t.idx, end_char=t.idx + len(t), token_start=t.i,
                     token_end=t.i + 1, head=t.i)
        for t in state.doc if t.text in codes]
    assert main_dyad(state) == ["RUS", "CHN"]  # the pair named together, twice
    assert main_dyad(state) == ["RUS", "CHN"]
    state.doc = None  # no parse: salience alone
    assert main_dyad(state) == ["IRN", "RUS"]


def test_names_both_sides_shortcut_keeps_every_phrase():
    for row in read_tsv("dyad_phrases.tsv"):
        phrase = row["phrase"]
        text = f"On Monday {phrase.upper()} agreed"
        assert names_both_sides(text), phrase
        assert (both_sides_role(text) is not None) == bool(row.get("role")), phrase


def test_names_both_sides_near_misses():
    for text in ("The two other countries agreed", "Russia and China agreed",
                 "the sidestep was noted", ""):
        assert names_both_sides(text) is (dyad_phrases().search(text.lower()) is not None)
    assert not names_both_sides("Russia and China agreed")
    assert both_sides_role("Russia and China agreed") is None


def test_parse_repair_empties_the_memo():
    state = make_state("Russia and China signed a deal on Monday.")
    state.memo["kept"] = "read from the parse before its repair"
    EventStage(CoderConfig())(state)
    assert "kept" not in state.memo

