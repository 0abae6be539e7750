"""Time limits: a party given a span of time or a last day to do something.

"Algeria gave the French ambassador 48 hours to leave": a time limit set for an envoy's
departure is an order to leave, and the expulsion counts.
"The summit gave the junta one week to restore civilian rule", "Ghana gave Togo until
Friday to release the fishermen": any other time limit threatens the party with what
follows if the act is not done, which CAMEO codes as an ultimatum (139) from the one who
sets the limit to the one who is given it; the act asked for is not done.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.events.extract import Site
from dyadwatch.events.lexicon import TriggerEntry
from dyadwatch.tables import read_words
from dyadwatch.when.lexicon import lexicon as time_lexicon

ULTIMATUM = TriggerEntry(lemma="give", pos="VERB", cameo="139", particle=None, objects=(),
                         object_words=(), flags=frozenset())
GIVING_VERBS = frozenset({"give", "grant", "allow"})
# Spans of time a party is given: "48 hours", "one week", "a month"
TIME_LIMIT_UNITS = frozenset({"hour", "day", "week", "month"})
# "until Friday", "till 1 January", "by midnight", "by the end of the month"
LIMIT_PREPS = frozenset({"until", "till", "by"})
LAST_MOMENTS = frozenset({"midnight", "noon", "end", "deadline"})
CLAUSE_DEPS = frozenset({"xcomp", "advcl", "relcl", "acl"})


def time_limit(verb: Token) -> Token | None:
    """The act a party is given a span of time or a last day ("until Friday") to do: the
    to-infinitive of a giving verb that has a recipient (dative or direct object)."""
    if verb.lemma_.lower() not in GIVING_VERBS or verb.pos_ != "VERB":
        return None
    limits = [c for c in verb.children if (
        c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_LIMIT_UNITS) or (
        c.dep_ == "prep" and c.lower_ in LIMIT_PREPS and names_day(c))]
    if not limits or not any(c.dep_ in ("dative", "dobj") and c not in limits
                             for c in verb.children):
        return None
    holders = [verb, *limits, *(o for p in limits for o in p.children if o.dep_ == "pobj")]
    return next((c for h in holders for c in h.children
                 if c.dep_ in CLAUSE_DEPS and to_infinitive(c)), None)


def set_time_limit(tok: Token, asked: Token, sites: dict[int, Site]) -> None:
    """Code the time limit `tok` sets for the act `asked`. A departure asked of an envoy
    ("48 hours to leave", "until Friday to leave") is the expulsion itself; anything else,
    migrants given until a day to leave included, is an ultimatum."""
    act = sites.get(asked.i)
    given = [c for c in tok.children if c.dep_ in ("dative", "dobj")]
    if act is not None and "ordered" in act.entry.flags and any(map(envoys_given, given)):
        act.flags.add("chain")
        act.controller = tok
        return
    if act is not None:
        act.suppressed = True
    sites[tok.i] = Site(tok, ULTIMATUM, ULTIMATUM.cameo)


def envoys_given(given: Token) -> bool:
    """"the ambassador", "four diplomats of the embassy", or "them" (in "declared them
    persona non grata and gave them 72 hours to leave": the envoys just named)."""
    return given.pos_ == "PRON" or names_envoy(given)


def names_envoy(phrase: Token) -> bool:
    """The phrase names an envoy ("Russian ambassador Lipayev", "the diplomats")."""
    envoys = read_words("actors/envoy_nouns.txt")
    return any({w.lower_, w.lemma_.lower()} & envoys for w in phrase.subtree)


def names_day(prep: Token) -> bool:
    """"until Friday", "till 1 January", "by midnight", "by the end of the month"."""
    times = time_lexicon()
    return any(w.lower_ in times.weekdays or w.lower_ in times.months
               or w.lemma_.lower() in LAST_MOMENTS
               for o in prep.children if o.dep_ == "pobj" for w in o.subtree)


def to_infinitive(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
