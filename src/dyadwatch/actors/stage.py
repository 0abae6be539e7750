"""Actor stage: find actor mentions in the parsed document (state.doc -> state.mentions)."""

from __future__ import annotations

import threading

from spacy.tokens import Doc

from dyadwatch.actors.context import split_both_sides_roles
from dyadwatch.actors.disambiguate import (
    dual_nationals,
    second_hats,
    settle_ambiguous,
    without_dateline,
    without_occasions,
    without_role_modifiers,
)
from dyadwatch.actors.finder import MentionFinder
from dyadwatch.actors.home import add_home_references, dateline_country
from dyadwatch.actors.lexicon import ActorLexicon, get_lexicon
from dyadwatch.actors.lists import expand_lists
from dyadwatch.actors.officeholders import LayeredIndex, OfficeholderIndex
from dyadwatch.actors.short_forms import add_short_forms, add_state_epithets
from dyadwatch.config import CoderConfig
from dyadwatch.pipeline import CodingState
from dyadwatch.read.text import DATELINE_CHARS, dateline_end

_lock = threading.Lock()
# id(lexicon) -> (lexicon, index): the lexicon is kept with its index because a freed
# lexicon's id may be given to a new one (a user dictionary's), which must not get the old
# index
_people: dict[int, tuple[ActorLexicon, OfficeholderIndex]] = {}


def officeholders_for(lexicon: ActorLexicon) -> OfficeholderIndex | LayeredIndex:
    """The officeholder index of a lexicon, built once per process; a user lexicon's own rows
    are looked up before the shared built-in index."""
    with _lock:
        built = _people.get(id(lexicon))
        if built is not None and built[0] is lexicon:
            index = built[1]
        else:
            index = OfficeholderIndex(lexicon.office_rows)
            _people[id(lexicon)] = (lexicon, index)
    if lexicon.base is None:
        return index
    return LayeredIndex([index, officeholders_for(lexicon.base)])


def text_start(doc: Doc, chars: int = DATELINE_CHARS) -> str:
    """The Doc's text up to at least `chars` characters (all of it when shorter), as
    `doc.text` begins: the dateline test reads no further, and doc.text joins every token."""
    out: list[str] = []
    length = 0
    for token in doc:
        out.append(token.text_with_ws)
        length += len(out[-1])
        if length >= chars:
            break
    return "".join(out)


class ActorStage:
    name = "actors"

    def __init__(self, config: CoderConfig):
        self.config = config
        lexicon = get_lexicon(config.dicts)
        self.finder = MentionFinder(lexicon, officeholders_for(lexicon))

    def __call__(self, state: CodingState) -> None:
        if state.doc is None:
            return
        found = self.finder.find(state.doc, state.document.pub_date)
        start = text_start(state.doc)
        home = dateline_country(found, dateline_end(start))
        undated = without_dateline(found, start)
        found = without_occasions(undated, state.doc)
        kept = {id(m) for m in found}
        state.venues = [m for m in undated if id(m) not in kept and m.kind == "state"]
        found = without_role_modifiers(found, state.doc)
        found = second_hats(found, state.doc)
        state.mentions = dual_nationals(settle_ambiguous(found), state.doc)
        split_both_sides_roles(state)
        expand_lists(state)
        add_short_forms(state)
        add_state_epithets(state, home)
        add_home_references(state, home)
        if any(m.country == home and not m.inferred for m in state.mentions):
            # (not "ADDIS ABABA -- The African Union suspended Gabon ...": a story filed from
            # an organisation's seat about elsewhere, its host state never named)
            state.dateline = home
        state.count("actor_mentions", len(state.mentions))
