"""Code one sentence: trigger sites -> chains and accusations -> actors -> DraftEvents."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.actors.context import both_sides, names_both_sides, other_side
from dyadwatch.events.extract import (
    ACCUSE_LEMMAS,
    NOUN_POS,
    VERB_POS,
    Site,
    actors_of,
    both_sides_mentioned,
    child,
    clause_subject,
    is_passive,
    mutual_parties,
    noun_governor_subject,
    noun_source,
    noun_targets,
    prep_object,
    sentence_sites,
    verb_targets,
)
from dyadwatch.events.lexicon import Lexicon
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent

# Acts a state does to what is on its territory or in its institutions: when the text names
# no agent ("the office was searched in Baku", "the visit was called off"), the agent is the
# state of the place or the other party of the document's main dyad.
STATE_ACT_ROOTS = frozenset({"16", "17"})
STATE_ACT_CODES = frozenset({"0841", "084", "115", "116", "174"})
APPEAL_PREPS = frozenset({"on", "upon", "for"})


def chain_complement(tok: Token, sites: dict[int, Site]) -> Site | None:
    """The act a chain verb governs: its infinitive, or an event noun as its object."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i in sites:
            has_to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if c.dep_ == "xcomp" or has_to:
                return sites[c.i]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in sites and c.pos_ in NOUN_POS:
            return sites[c.i]
    prep = prep_object(tok, frozenset({"for"}))  # "called for talks"
    if prep is not None and prep.i in sites:
        return sites[prep.i]
    return None


def chain_mode(lexicon: Lexicon, tok: Token) -> tuple[str, str | None] | None:
    chains = lexicon.chains.get(tok.lemma_.lower(), [])
    if not chains or tok.pos_ not in VERB_POS:
        return None
    modes = {c.mode: c for c in chains}
    appeal_cue = any(c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PREPS
                     for c in tok.children)
    if "appeal" in modes and ("carry" not in modes or appeal_cue):
        pick = modes["appeal"]
    elif "carry" in modes:
        pick = modes["carry"]
    else:
        pick = chains[0]
    return pick.mode, pick.root


def apply_chains(lexicon: Lexicon, sent: Span, sites: dict[int, Site]) -> None:
    """decide/order to X -> X; call Y to X -> X; urge/promise/refuse/threaten to X -> coded."""
    for tok in sent:
        mode = chain_mode(lexicon, tok)
        if mode is None:
            continue
        kind, root = mode
        own = sites.get(tok.i)
        if own is not None and own.entry.particle:
            continue  # "call off" is its own act, not "call (someone) to"
        comp = chain_complement(tok, sites)
        if comp is None or comp.token.i == tok.i:
            continue
        if kind == "carry" and comp.token.pos_ not in VERB_POS:
            continue
        if kind in ("act", "carry"):
            if own is not None:
                own.suppressed = True
            comp.flags.add("chain")
            if kind == "carry":
                comp.flags.add("carry")
            continue
        root = root or (own.code[:2] if own else None)
        if root is None:
            continue
        if root == "12" and kind == "refuse":
            code = lexicon.refined("12", comp.code)
        else:
            code = lexicon.refined(root, comp.code)
        if own is None:
            own = Site(token=tok, entry=comp.entry, code=code)
            sites[tok.i] = own
        own.code = code
        own.flags.update({"speechlike", kind})
        own.flags.discard("needtarget")
        own.complement = comp
        comp.suppressed = True


def apply_accusations(lexicon: Lexicon, sites: dict[int, Site]) -> None:
    """"accused Y of X-ing": the alleged act X is Y's, reported by the accusation."""
    for site in list(sites.values()):
        tok = site.token
        if tok.lemma_.lower() not in ACCUSE_LEMMAS or site.code[:2] != "11":
            continue
        alleged_tok = prep_object(tok, frozenset({"of", "for"}))
        if alleged_tok is None:
            continue
        alleged = sites.get(alleged_tok.i)
        if alleged is None:  # "accused X of launching a cyberattack": the noun is the act
            alleged = next((sites[c.i] for c in alleged_tok.children
                            if c.dep_ == "dobj" and c.i in sites), None)
        if alleged is None or alleged.suppressed:
            continue
        alleged.alleged_by = site
        alleged.flags.add("alleged")
        refined = lexicon.refined("11", alleged.code)
        if refined != "110" and site.code == "112":
            site.code = refined


def suppress_covered_nouns(sites: dict[int, Site]) -> None:
    """An event noun that is the object of a coded verb is that verb's event
    ("cancelled the visit", "lodged a protest", "launched a cyberattack")."""
    for site in sites.values():
        tok = site.token
        if tok.pos_ not in NOUN_POS or site.alleged_by is not None:
            continue
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass", "attr") and head.i in sites:
            verb_site = sites[head.i]
            if not verb_site.suppressed or verb_site.alleged_by is not None:
                site.suppressed = True


def find_actors(state: CodingState, site: Site) -> None:
    tok = site.token
    if tok.pos_ in VERB_POS:
        source, direct = clause_subject(state, tok)
        target = verb_targets(state, tok, site.entry)
    else:
        source, direct = noun_source(state, tok), True
        if not source:
            source, direct = noun_governor_subject(state, tok), False
        target = noun_targets(state, tok)
    if site.alleged_by is not None and tok.pos_ in NOUN_POS and not source:
        source = actors_of(state, child(site.alleged_by.token, "dobj"))
    comp = site.complement
    if comp is not None and not target:
        target = complement_target(state, comp)
    if "carry" in site.flags and not target:  # "called Y to apologize": Y
        head = tok.head
        target = actors_of(state, child(head, "dobj", "oprd", "dative"))
    if not target:
        parties = mutual_parties(state, tok)  # "talks between X and Y": reciprocal
        if parties and not source:
            source = parties
        elif parties:
            target = [m for m in parties if m.country not in {s.country for s in source}]
    if not direct:
        site.flags.add("indirect")
    site.source, site.target = source, target


def complement_target(state: CodingState, comp: Site) -> list[ActorMention]:
    if comp.token.pos_ in VERB_POS:
        return verb_targets(state, comp.token, comp.entry)
    return noun_targets(state, comp.token)


def subject_names_both(tok: Token) -> bool:
    subj = child(tok, "nsubj", "nsubjpass") if tok.pos_ in VERB_POS else None
    if subj is None:
        return False
    return names_both_sides(tok.doc[subj.left_edge.i:subj.right_edge.i + 1].text)


def place_state(state: CodingState, tok: Token, exclude: set[str]) -> ActorMention | None:
    """The state named as the place of the act ("searched in Baku")."""
    for t in (tok, tok.head):
        place = prep_object(t, frozenset({"in", "at"}))
        for m in actors_of(state, place):
            if m.country and m.country not in exclude and m.kind in ("state", "place"):
                return _as_inferred(m)
    return None


def _as_inferred(m: ActorMention) -> ActorMention:
    return ActorMention(code=m.country or m.code, country=m.country, roles=[], text=m.text,
                        kind="state", inferred=True, confidence=0.7)


def infer_missing(state: CodingState, site: Site) -> None:
    tok = site.token
    speech = site.entry.speech or "speechlike" in site.flags
    if not site.source and subject_names_both(tok):
        site.source = both_sides(state, "both sides")
        site.flags.add("inferred")
        return
    if not site.source and site.target and not speech and agentless(tok) and (
            site.code[:2] in STATE_ACT_ROOTS or site.code in STATE_ACT_CODES):
        targets = {m.country for m in site.target if m.country}
        inferred = place_state(state, tok, targets)
        if inferred is None and len(targets) == 1:
            inferred = other_side(state, next(iter(targets)), "(main dyad)")
        if inferred is not None:
            site.source = [inferred]
            site.flags.add("inferred")
        return
    if site.source and not site.target and ("needtarget" in site.entry.flags or speech):
        if both_sides_mentioned(tok):
            countries = {m.country for m in site.source if m.country}
            if len(countries) == 1:
                other = other_side(state, next(iter(countries)), "both sides")
                if other is not None:
                    site.target = [other]
                    site.flags.add("inferred")


def agentless(tok: Token) -> bool:
    """A passive without "by", or an event noun with no possessor or "by" phrase."""
    if tok.pos_ in VERB_POS:
        return is_passive(tok)
    return True


def drop_same_side(site: Site) -> bool:
    """Remove targets that are the source; True when nothing interstate remains."""
    src_countries = {m.country for m in site.source}
    if site.target:
        kept = [m for m in site.target if m.country not in src_countries or m.country is None]
        if not kept:
            return True
        site.target = kept
    return False


def keep(site: Site) -> bool:
    if site.suppressed or not site.source:
        return False
    if all(m.inferred for m in site.source) and all(m.inferred for m in site.target):
        return False
    if drop_same_side(site):
        return False
    needs_target = "needtarget" in site.entry.flags
    if needs_target and not site.target:
        return False
    if not site.target and len(site.source) < 2 and site.entry.speech:
        return False  # a speech act with no addressee or subject is not interstate
    return True


def to_draft(site: Site, index: int) -> DraftEvent:
    tok = site.token
    particle = next((c for c in tok.children if c.dep_ == "prt"), None)
    end_tok = particle if particle is not None and particle.i == tok.i + 1 else tok
    flags = set(site.flags)
    if any(m.kind == "pronoun" or m.text.lower() in ("they", "it", "its", "their", "he", "she",
                                                     "his", "her")
           for m in site.source + site.target):
        flags.add("pronoun")
    if site.entry.constrained or len(site.code) == 4:
        flags.add("specific")
    return DraftEvent(
        cameo=site.code,
        trigger=tok.i,
        trigger_text=tok.doc[tok.i:end_tok.i + 1].text,
        sent_index=index,
        source=list(site.source),
        target=list(site.target),
        trigger_start_char=tok.idx,
        trigger_end_char=end_tok.idx + len(end_tok.text),
        speech_act=site.entry.speech or "speechlike" in site.flags,
        flags=flags,
    )


def code_sentence(state: CodingState, lexicon: Lexicon, sent: Span, index: int
                  ) -> list[DraftEvent]:
    sites = {tok.i: Site(tok, entry, entry.cameo) for tok, entry in sentence_sites(lexicon, sent)}
    if not sites:
        return []
    apply_chains(lexicon, sent, sites)
    apply_accusations(lexicon, sites)
    suppress_covered_nouns(sites)
    drafts: dict[int, DraftEvent] = {}
    seen: set[tuple] = set()
    for i in sorted(sites):
        site = sites[i]
        if site.suppressed:
            continue
        find_actors(state, site)
        infer_missing(state, site)
        if not keep(site):
            continue
        key = (site.code, tuple(m.code for m in site.source), tuple(m.code for m in site.target))
        if key in seen:
            continue
        seen.add(key)
        drafts[i] = to_draft(site, index)
    for i, draft in drafts.items():
        accuser = sites[i].alleged_by
        if accuser is not None and accuser.token.i in drafts:
            draft.alleged_by = drafts[accuser.token.i]
    return list(drafts.values())
