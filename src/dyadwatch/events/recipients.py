"""The party an act is done for or against when its object is the actor's own forces.

"Syria offered its troops to Lebanon", "France is ready to contribute troops to a force in
Mali", "Kenya will withdraw its troops from Somalia", "Britain mobilized reservists for a
war against Iraq": the object is the source's own armed forces, which only carry the act;
the other party is the one a "to / from / against / into / in" phrase names. With domestic
coding on, a state and its own army are two sides, so without this rule the army would be
taken for the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.events.extract import (
    _mention_for,
    actors_of,
    child,
    is_passive,
    noun_targets,
    prep_object,
    verb_targets,
)
from dyadwatch.events.lexicon import Lexicon
from dyadwatch.pipeline import ActorMention, CodingState

FORCE_ROLES = frozenset({"MIL", "COP", "SPY"})
RECIPIENT_PREPS = frozenset({"to", "from", "against", "into", "in", "inside", "toward",
                             "towards", "for"})


def own_forces(target: list[ActorMention], source: list[ActorMention]) -> bool:
    countries = {m.country for m in source if m.country}
    return bool(target) and all(
        m.country in countries and FORCE_ROLES & set(m.roles) for m in target)


def phrase_heads(state: CodingState, tok: Token, target: list[ActorMention]) -> list[Token]:
    """Prepositions on the trigger, on the verbs between it and the forces, and on the
    forces' own phrase."""
    doc = state.doc
    heads = [tok]
    for m in target:
        if not 0 <= m.head < len(doc):
            continue
        cur = doc[m.head]
        heads.append(cur)
        while cur.i != tok.i and cur.head.i != cur.i and cur.dep_ != "ROOT":
            cur = cur.head  # the verbs that carry the forces up to the trigger
            heads.append(cur)
            if cur.i == tok.i:
                break
    return heads


def recipient_of_forces(state: CodingState, tok: Token, source: list[ActorMention],
                        target: list[ActorMention]) -> list[ActorMention]:
    """The other party for an act on the source's own forces; the target unchanged when the
    act names none."""
    if not own_forces(target, source):
        return target
    own = {m.country for m in source if m.country}
    seen: set[int] = set()
    # the phrases on the way from the forces to the trigger first, then any in the clause
    # ("rejected a call for its forces to be deployed in East Timor")
    preps = [p for head in phrase_heads(state, tok, target) for p in head.children]
    preps += [t for t in tok.subtree if t.dep_ == "prep"]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in RECIPIENT_PREPS or prep.i in seen:
            continue
        seen.add(prep.i)
        for t in prep.subtree:
            m = _mention_for(state, t, pronouns=False)
            if m is not None and m.country not in own:
                return [m]
    return target


APPEAL_NOUN_ROOTS = ("02", "10")  # appeals and demands
CLAUSE_DEPS = frozenset({"acl", "ccomp"})


def addressee_of_appeal_noun(state: CodingState, tok: Token, code: str,
                             source: list[ActorMention]) -> list[ActorMention]:
    """"its demand that Israel lift the blockade", "a call for Peru to free the crew": the
    party a demand or appeal noun asks to act is the subject of the clause it governs."""
    if tok.pos_ not in ("NOUN", "PROPN") or not code.startswith(APPEAL_NOUN_ROOTS):
        return []
    own = {m.country for m in source if m.country}
    clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS]
    if tok.dep_ == "dobj":  # "reiterated its demand today that Israel ...": the parser
        clauses += [c for c in tok.head.children  # hangs the clause on the verb
                    if c.dep_ == "ccomp" and c.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for clause in clauses:
        for subj in clause.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                m = _mention_for(state, subj, pronouns=False)
                if m is not None and m.country not in own:
                    return [m]
    return []


INFINITIVE_RECIPIENT_PREPS = frozenset({"to", "against", "on", "at", "toward", "towards",
                                        "upon"})


def infinitive_recipient(state: CodingState, tok: Token) -> list[ActorMention]:
    """"threatened to deliver blows to the United States", "vowed to take measures against
    Kyiv": the party the infinitive's act is aimed at, named in a phrase on the infinitive
    or on its object, when the object itself names no actor."""
    for comp in tok.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        heads = [comp, *(c for c in comp.children if c.dep_ == "dobj")]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in INFINITIVE_RECIPIENT_PREPS:
                    continue
                for t in prep.subtree:
                    m = _mention_for(state, t, pronouns=False)
                    if m is not None:
                        return [m]
    return []


def late_agent(state: CodingState, verb: Token, lexicon: Lexicon) -> list[ActorMention]:
    """"was accused of corruption by Chilean officials": the parser hangs the passive's
    "by" agent on the noun of the phrase before it. The "by" phrase is the verb's agent
    unless that noun is an act of its own ("accused of attacks by its troops": the troops
    attacked)."""
    if not is_passive(verb) or child(verb, "agent") is not None:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lexicon.lookup(noun.lemma_.lower(), "NOUN"):
                continue
            by = next((c for c in noun.children
                       if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
            agent = child(by, "pobj") if by is not None else None
            found = actors_of(state, agent)
            if found:
                return found
    return []


COMPLAINT_ROOT = "11"
ABOUT_PREPS = frozenset({"over", "about", "against", "at"})


def complained_about(state: CodingState, tok: Token, code: str, source: list[ActorMention],
                     target: list[ActorMention]) -> list[ActorMention]:
    """"complained to the United Nations over Israeli air raids": a complaint lodged with an
    international organisation is against the party it is about (CAMEO 114's own example);
    the organisation only receives it."""
    if not code.startswith(COMPLAINT_ROOT) or not target or any(
            m.kind != "igo" for m in target):
        return target
    own = {m.country for m in source if m.country} | {m.country for m in target}
    # (the phrase may hang on the complaint: "lodged a complaint with the UN over ...")
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ABOUT_PREPS:
            continue
        for t in prep.subtree:
            m = _mention_for(state, t, pronouns=False)
            if m is not None and m.kind != "igo" and m.country not in own:
                return [m]
    return target


RALLY_OPPOSITION = "113"
PLAIN_APPEAL = "020"
ADDRESSEE_PREPS = frozenset({"on", "upon"})  # "called on the UN to ..."


def rallied_against(state: CodingState, tok: Token, comp_site, source: list[ActorMention],
                    target: list[ActorMention]) -> tuple[list[ActorMention], str]:
    """Target and code of an appeal for a hostile act (refined to 113): rallying opposition
    against a third party the act is aimed at ("urged the EU to impose sanctions on
    Russia", "called for sanctions against Uganda"); with no such third party ("asked
    Lithuania to recall its envoy from Beijing"), a plain appeal to the party addressed."""
    addressed = (actors_of(state, child(tok, "dobj"))
                 or actors_of(state, prep_object(tok, ADDRESSEE_PREPS)))
    comp = comp_site.token
    aimed = (verb_targets(state, comp, comp_site.entry) if comp.pos_ == "VERB"
             else noun_targets(state, comp))
    taken = {m.country for m in source + addressed if m.country}
    third = [m for m in aimed if m.country and m.country not in taken]
    if third:
        return third, RALLY_OPPOSITION
    return target, PLAIN_APPEAL
