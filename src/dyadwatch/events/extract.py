"""Find event triggers in a parsed sentence and read their source and target off the parse.

The rules, in the order they are tried for a trigger token:
  * subject: nsubj (active) or agent "by X" (passive); a noun event's possessor, "by" phrase
    or nationality modifier; otherwise the controller of an infinitive/conjoined verb or the
    subject of the verb whose object the event noun is ("ordered the closure of X");
  * target: direct/dative object, passive subject, a noun event's "of" phrase, and objects
    of to/against/with/on/at/toward(s)/into;
  * chains: "decided/ordered to X" is the act X; "called Y to X" is X by the subject to Y;
    "promised/urged/demanded/refused/threatened to X" is an intent/appeal/demand/refusal/
    threat coded by what X is (the X itself is not done and not coded);
  * "accused Y of X-ing": the accusation, plus the alleged act X by Y (alleged_by set).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Span, Token

from dyadwatch.actors.context import (
    PARTNER_NOUNS,
    PERSON_PRONOUNS,
    listed_antecedents,
    names_both_sides,
    other_side,
    resident_group,
    resolve_countryless,
    resolve_pronoun,
)
from dyadwatch.actors.lists import group_nouns
from dyadwatch.events.lexicon import Lexicon, TriggerEntry, base_lexicon
from dyadwatch.ground.syntax import ATTRIBUTING_VERBS, speech_kind, voted_text
from dyadwatch.pipeline import PEOPLE_KINDS, ActorMention, CodingState
from dyadwatch.tables import read_tsv, read_words
from dyadwatch.when.expressions import material_act_nouns
from dyadwatch.when.lexicon import lexicon as time_lexicon

TARGET_PREPS = frozenset({"to", "against", "with", "on", "at", "toward", "towards", "into",
                          "upon", "over"})
MUTUAL_PREPS = frozenset({"between", "among"})
PERMITTING_VERBS = frozenset({"approve", "authorize", "authorise", "allow", "permit"})
SHOW_OF_FORCE_PREPS = frozenset({"near", "around", "off"})  # where a show of force is aimed
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "oprd", "attr"})
# Dependencies that leave the noun phrase: an actor found below them is not this phrase's.
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis",
                         "mark", "advmod", "prep_in"})
NON_PARTICIPANT_PREPS = frozenset({"in", "at", "during", "after", "before", "since", "until",
                                   "for",
                                   "across", "near", "inside", "within", "throughout"})
INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "acl"})
ACCUSE_LEMMAS = frozenset({"accuse", "blame", "charge", "suspect"})
OF = frozenset({"of"})
TRAVEL_NOUNS = frozenset({"visit", "trip", "journey", "tour"})
# Verbs that put their subject in a state named by an "on" phrase ("remained on alert").
STATE_VERBS = frozenset({"remain", "stay", "be", "go", "keep", "put", "place"})
# Verbs whose subject takes part in the event named by an "in" phrase.
PARTICIPATION_VERBS = frozenset({"engage", "participate", "join", "involve"})
PRESIDING_VERBS = frozenset({"preside"})
LETTER_VERBS = frozenset({"write", "send", "address"})  # a letter's addressee hears its asks
# "Russia was behind the attack", "Russia is responsible for the attack", "bore
# responsibility for": the subject of these phrases is the agent of the event noun.
AGENCY_PREPS = {"behind": frozenset({"be", "stand"}),
                "for": frozenset({"responsible", "responsibility", "accountable"})}
LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "departure", "recall",
                           "evacuation", "exit", "expulsion"})
VERB_POS = frozenset({"VERB"})
# Auxiliaries of the future and of what a condition would bring ("will", "would respond").
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll"})
# Statements, appeals, demands, criticism, rejections and threats (not consultation,
# cooperation or protest).
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass
class Site:
    """A token the lexicon recognises, with the entry chosen for its context."""

    token: Token
    entry: TriggerEntry
    code: str
    suppressed: bool = False
    alleged_by: Site | None = None
    complement: Site | None = None  # the act an intent/appeal/refusal is about
    promised: Site | None = None  # the act agreed or intended, for a later "the X"
    controller: Token | None = None  # the chain verb whose subject does this act
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    asked: list[ActorMention] = field(default_factory=list)  # whom a 113 appeal asks


# ---------------------------------------------------------------- actors in the parse

def _mention_for(state: CodingState, tok: Token, pronouns: bool = True) -> ActorMention | None:
    """The actor a token names, pronouns and countryless roles resolved; None if none."""
    m = state.mention_at(tok)
    if m is not None and m.kind != "pronoun":
        m = resolve_countryless(state, m) if not m.country else resident_group(state, m)
    elif pronouns and (m is not None or tok.pos_ == "PRON" or tok.tag_ == "PRP$"):
        if is_expletive(tok):
            return None
        m = resolve_pronoun(state, tok)
        if m is not None and partner_noun(tok):
            return other_side(state, m.country, tok.head.text)
    else:
        m = None
    return m if m is not None and m.country else None


def partner_noun(tok: Token) -> bool:
    """"invited his host to Bangui", "thanked their guests": a possessive pronoun on a noun of
    relation names the other party (of the story's main pair), not the possessor."""
    return tok.dep_ == "poss" and tok.head.lower_ in PARTNER_NOUNS


def is_expletive(tok: Token) -> bool:
    """"It is possible to...", "it was decided": a dummy subject, not an actor."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if any(base_lexicon().chain(c.lemma_.lower(), "intent") for c in head.children
           if c.dep_ == "acomp"):
        return False  # "it is willing to withdraw": a party's intent, not a dummy subject
    if tok.dep_ == "nsubj" and any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in (
            "VBD", "VBZ") and child(c, "nsubj", "nsubjpass") is None for c in head.children):
        return False  # codes25: "said it was deeply concerned and urged Baku to ...": the
        # subject a finite verb conjoined to the copula shares is a party, no dummy
    return any(c.dep_ in ("acomp", "ccomp", "xcomp", "attr") for c in head.children) and (
        head.lemma_ in ("be", "seem", "appear", "remain") or tok.dep_ == "nsubjpass"
    )


def _with_conjuncts(state: CodingState, tok: Token, first: ActorMention) -> list[ActorMention]:
    """"Russia and Azerbaijan", "the US, Russia and Switzerland": every conjoined actor."""
    found = [first]
    for conj in (*tok.conjuncts, *listed_appositions(state, tok, first), *companions(tok)):
        if conj.i < tok.i:
            continue
        m = _mention_for(state, conj) or _first_actor_below(state, conj, allow_conj=False)
        if m is None:
            continue
        # "three people, nationals of Nigeria, Ghana and Benin": the title lists its owners
        for one in (m, *shared_title(state, m)):
            if all(one.code != f.code or one.text != f.text for f in found):
                found.append(one)
    return found


def companions(tok: Token) -> list[Token]:
    """"Abu Dhabi, together with Riyadh, Manama and Cairo, cut its relations": the actors
    a phrase is joined by "together with" / "along with" act with it."""
    preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" and any(
        c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in p.children)]
    if tok.dep_ == "nsubj":  # "Chile, along with Peru, recalled": hung on the verb
        preps += [w for a in tok.head.children if a.dep_ in ("prep", "advmod")
                  and a.lower_ in ("together", "along") and tok.i < a.i < tok.head.i
                  for w in a.children if w.dep_ == "prep" and w.lower_ == "with"]
        # "Norway recognised Palestine on Tuesday, together with Ireland and Spain": after
        # the verb, set off by a comma, named companions are the subject's (not "together
        # with a statement on Brazil")
        preps += [p for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "with"
                  and p.i > tok.head.i and p.i >= 2 and p.doc[p.i - 2].text == ","
                  and any(c.dep_ == "advmod" and c.lower_ in ("together", "along")
                          and c.i == p.i - 1 for c in p.children)
                  and all(o.pos_ == "PROPN" for o in p.children if o.dep_ == "pobj")]
    out: list[Token] = []
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out.extend((obj, *obj.conjuncts))
    return out


def listed_appositions(state: CodingState, tok: Token, first: ActorMention) -> list[Token]:
    """"Mali, Burkina Faso and Niger": the parser may hang the second state on the first as
    an apposition and the third on the second. One state is never another's apposition, so
    such a state and its conjuncts belong to the list."""
    if first.kind != "state":
        return []
    out: list[Token] = []
    for c in tok.children:
        m = _mention_for(state, c) if c.dep_ == "appos" else None
        if m is not None and m.kind == "state" and m.country != first.country:
            out.extend((c, *c.conjuncts))
    return out


def _first_actor_below(state: CodingState, tok: Token, allow_conj: bool = True
                       ) -> ActorMention | None:
    """Breadth-first: the closest actor inside the phrase headed by `tok`; named actors
    first, possessive pronouns only when none is named ("his Azerbaijani colleague")."""
    for pronouns in (False, True):
        queue = deque([tok])
        while queue:
            cur = queue.popleft()
            m = _mention_for(state, cur, pronouns=pronouns)
            if m is not None:
                return m
            for c in cur.children:
                if c.dep_ in CLAUSE_DEPS and not (allow_conj and c.dep_ == "conj"):
                    continue
                if c.dep_ == "prep" and c.lower_ in NON_PARTICIPANT_PREPS:
                    continue  # places and times are not the participant
                queue.append(c)
    return None


def co_members(state: CodingState, m: ActorMention) -> list[ActorMention]:
    """The other members of a named group of states ("the Baltic republics"): mentions over
    exactly the same words."""
    same_span = [o for o in state.mentions
                 if o.token_start == m.token_start and o.token_end == m.token_end]
    if len(same_span) < 2:  # one mention (perhaps re-coded by context): no group
        return []
    return [o for o in same_span if o.country and o.country != m.country]


def shared_title(state: CodingState, m: ActorMention) -> list[ActorMention]:
    """"The leaders of Ethiopia and Somalia", "the foreign ministers of Congo and Rwanda":
    the title before "of" applies to every country conjoined after it."""
    doc = state.doc
    if m.kind != "agent" or not m.roles or not 0 < m.token_end <= len(doc):
        return []
    owners = [t for t in doc[m.token_start:m.token_end]
              if t.dep_ == "pobj" and t.head.lower_ == "of"]  # "of the Republic of Congo"
    out: list[ActorMention] = []
    # conjoined owners, or a second object the parser hangs on the same "of"
    later = [c for owner in owners for c in owner.conjuncts if c.i >= m.token_end] + [
        c for owner in owners for c in owner.head.children
        if c.dep_ == "pobj" and c.i >= m.token_end]
    for conj in later:
        other = state.mention_at(conj)
        if other is None or other.kind != "state" or not other.country:
            continue
        if other.country != m.country and all(o.country != other.country for o in out):
            out.append(replace(other, code=other.country + "".join(m.roles),
                               roles=list(m.roles), kind="agent"))
    return out


def actors_of(state: CodingState, tok: Token | None) -> list[ActorMention]:
    """The actor(s) a phrase names, conjuncts included; [] when it names none."""
    if tok is None:
        return []
    head_mention = _mention_for(state, tok)
    office = _office_in_apposition(state, tok) if head_mention is not None and (
        head_mention.kind == "person") and not _titled_state_officer(head_mention) else None
    if office is not None:
        return [office]
    if head_mention is not None:
        found = _with_conjuncts(state, tok, head_mention)
        found[1:1] = co_members(state, head_mention) + shared_title(state, head_mention)
        if tok.pos_ == "PRON":  # "Norway and Germany ... asking them": every listed state
            found[1:1] = listed_antecedents(state, tok, head_mention)
    else:
        m = _first_actor_below(state, tok, allow_conj=False)
        if m is None:  # "bombs on Fordo, Natanz and Isfahan": a later conjunct names it
            return conjunct_actors(state, tok)
        carrier = state.doc[m.head] if 0 <= m.head < len(state.doc) else tok
        found = _with_conjuncts(state, carrier if carrier.dep_ != "conj" else tok, m)
        # "sanctions on the Baltic states"; "five men deported by the United States,
        # citizens of Vietnam, Laos and Cuba": a role below the head lists its owners too
        found[1:1] = co_members(state, m) + shared_title(state, m)
    return found + conjoined_modifiers(state, tok, found)


def _titled_state_officer(m: ActorMention) -> bool:
    """"Angolan President Joao Lourenco", "Maltese Foreign Minister Ian Borg": a person the
    text itself names with a state office before the name. An international role in
    apposition ("..., the African Union's mediator", "..., the OSCE chairman") is one they
    hold as that state's officeholder: they act for their state."""
    return (bool(m.name) and m.text != m.name and m.text.endswith(m.name) and "GOV" in m.roles
            and bool(m.country) and not m.country.startswith("IGO"))


def _office_in_apposition(state: CodingState, tok: Token) -> ActorMention | None:
    """"Kenzo Oshima, the United Nations Emergency Relief Coordinator": the office the
    text gives a person in apposition (an international organisation's) is whom they act
    for, whatever their nationality."""
    for c in tok.children:
        if c.dep_ == "appos":
            m = state.mention_at(c) or _first_actor_below(state, c, allow_conj=False)
            if m is not None and m.kind == "igo":
                return m
    return None


def conjunct_actors(state: CodingState, tok: Token) -> list[ActorMention]:
    """Actors named by the conjuncts of a phrase whose head names none."""
    found: list[ActorMention] = []
    for conj in tok.conjuncts:
        if conj.i < tok.i:
            continue
        m = _mention_for(state, conj)
        if m is None:
            continue
        # "five men, citizens of Vietnam, Laos and Cuba": the role's title lists its owners
        for one in (m, *shared_title(state, m)):
            if all(one.code != f.code for f in found):
                found.append(one)
    return found


def conjoined_modifiers(state: CodingState, tok: Token, found: list[ActorMention]
                        ) -> list[ActorMention]:
    """"Russian and Ukrainian delegations": the conjoined nationality adjectives."""
    extra: list[ActorMention] = []
    countries = {m.country for m in found}
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod") or c.i > tok.i:
            continue
        for word in [c, *c.conjuncts]:
            m = _mention_for(state, word, pronouns=False)
            if m is not None and m.country not in countries:
                countries.add(m.country)
                extra.append(m)
    return extra


def child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            obj = child(c, "pobj", "pcomp")
            if obj is not None:
                return obj
    return None


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")
    ) or shares_passive(tok) or passive_participle_clause(tok)


def passive_participle_clause(tok: Token) -> bool:
    """"X landed in Brussels, freed in an exchange for Y": a bare past participle clause is
    passive, and the main clause's subject is what it befell."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)


def shares_passive(tok: Token) -> bool:
    """"The envoy was called to the ministry and handed a note": a conjoined participle
    with no subject of its own shares the first verb's "was" (the parser often tags the
    participle as a past tense)."""
    head = tok.head
    return (tok.dep_ == "conj" and tok.lower_.endswith("ed")
            and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and head.dep_ == "ROOT")
            and head is not tok and head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children))


# ---------------------------------------------------------------- lexicon entry choice

PARTICLE_WORDS = frozenset({"out", "off", "down", "up", "over", "back", "away", "into", "home",
                            "forward"})


def preps_of(tok: Token) -> list[Token]:
    """Prepositions of a word, looking through a particle parsed as one ("pulled out of")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative"):
            out.append(c)
            if c.lower_ in PARTICLE_WORDS:
                out.extend(g for g in c.children if g.dep_ == "prep")
        elif c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS:  # "stayed away from"
            out.extend(g for g in c.children if g.dep_ == "prep")
    return out


def particles_of(tok: Token) -> set[str]:
    """Verb particles; the parser sometimes tags one right after the verb as an adverb
    ("called back its ambassador")."""
    return {c.lower_ for c in tok.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and c.lower_ in PARTICLE_WORDS) or (
        c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS and (
            c.i == tok.i + 1 or child(tok, "dobj") is not None))}  # "handed the sites back"


def infinitive_subjects(tok: Token) -> list[Token]:
    """"allowed the inspectors to return": the parse makes the inspectors the subject of the
    infinitive, but they are what the verb acts on."""
    if tok.pos_ not in VERB_POS:
        return []
    return [s for c in tok.children if c.dep_ in ("ccomp", "xcomp")
            and (bare_infinitive(c) or any(a.dep_ == "aux" and a.lower_ == "to"
                                           for a in c.children))
            for s in c.children if s.dep_ == "nsubj" and s.i < c.i]


# Verbs whose complement is a bare infinitive ("let the sailors go", "helped Kenya build").
BARE_INFINITIVE_VERBS = frozenset({"let", "make", "help"})


def bare_infinitive(verb: Token) -> bool:
    """"help India build": a base form with no auxiliary ("they would build" has one). After
    "let", "make" or "help" the model may tag the base form as a present ("let two American
    journalists go"): it is the infinitive still."""
    base = verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.dep_ in ("ccomp", "xcomp")
                                 and verb.head.lemma_.lower() in BARE_INFINITIVE_VERBS)
    return base and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)


QUANTITY_NOUNS = frozenset({"series", "package", "number", "set", "raft", "host", "range",
                            "batch", "couple", "pair", "slew", "string", "bundle", "total",
                            # "lifted most of the sanctions": a share of what is counted
                            "most", "some", "all", "part", "rest", "bulk", "majority", "half",
                            "remainder", "many", "several"})


def as_counted(noun: Token, measures: frozenset[str] = QUANTITY_NOUNS) -> Token:
    """The phrase a noun stands in for its verb: "most" in "lifted most of the sanctions"
    (a share of what is counted; or, with SPAN_NOUNS, a span that measures it), else the
    noun itself."""
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in measures
            and (measures is QUANTITY_NOUNS or noun.head.head.pos_ in NOUN_POS)):
        return noun.head.head
    return noun


# Spans an event noun is measured in: "held ten days of joint exercises", "began two rounds
# of talks", "after weeks of protests"
SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "year", "round", "session"})


def as_spanned(noun: Token) -> Token:
    """The phrase an event noun stands in for its governing verb when a span measures it:
    "days" in "held ten days of joint exercises" (the object of "held"), else the noun."""
    return as_counted(noun, SPAN_NOUNS)


def object_tokens(tok: Token) -> list[Token]:
    """Tokens whose words can select a sense: objects, passive subject, "of" phrases."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    # "a series of agreements", "a package of deals": what the quantity counts
    out.extend(g for c in list(out) if c.lemma_.lower() in QUANTITY_NOUNS
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj")
    out.extend(a for c in list(out) if (a := pronoun_antecedent(c, tok)) is not None)
    out.extend(infinitive_subjects(tok))
    out.extend(named_in_free_relative(tok))
    out.extend(remnant_in_free_relative(tok))
    for c in preps_of(tok):
        out.append(c)
        out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if tok.pos_ in NOUN_POS:
        out.extend(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        out.append(tok.head)  # "the talks held in Geneva", "the canceled visit"
    if tok.dep_ == "relcl":
        out.append(tok.head)  # "the case Sudan had brought": the case is what it brought
    out.extend(small_clause_object(tok))
    return out


# Ordering verbs whose object a bare participle says what is to become of ("ordered the
# consulate closed"); not wishes ("wants the sanctions lifted" asks, it does not lift)
RESULT_GOVERNORS = frozenset({"order", "direct"})


def small_clause_object(tok: Token) -> list[Token]:
    """codes24: "ordered the Russian consulate closed", "ordered Moscow's mission shut": a
    bare past participle under an ordering verb says what is done to the thing named before
    it (the parse's subject of the participle, or the governing verb's object), as a
    passive would ("the consulate was ordered closed")."""
    if tok.dep_ not in ("ccomp", "xcomp", "oprd") or tok.tag_ not in ("VBN", "VBD"):
        return []
    if tok.head.lemma_.lower() not in RESULT_GOVERNORS or any(
            c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in tok.children):
        return []
    subj = child(tok, "nsubj")
    if subj is not None:
        return [subj]
    obj = child(tok.head, "dobj")
    return [obj] if obj is not None and obj.i < tok.i else []


# Object pronouns that stand for a thing named before: "it" one thing, "them" several
OBJECT_PRONOUN_TAGS = {"it": "NN", "them": "NNS"}
# Where the thing a pronoun stands for is named: a subject or an object of the sentence
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def pronoun_antecedent(obj: Token, verb: Token) -> Token | None:
    """lexicon22: the thing an object pronoun stands for, named before it in the sentence:
    "the Torkham crossing remained closed after Pakistani authorities shut it" (the
    crossing), "opened its airspace two years after it closed it" (the airspace), "signed
    the protocol, and Albania's parliament ratified it" (the protocol). The nearest common
    noun of the pronoun's number that is a subject or an object, not the verb's own subject
    and no name (a name is a party, not a thing closed or ratified)."""
    tag = OBJECT_PRONOUN_TAGS.get(obj.lower_)
    if tag is None or obj.dep_ != "dobj" or obj.pos_ != "PRON":
        return None
    own = child(verb, "nsubj", "nsubjpass")
    for prev in reversed(obj.sent[:obj.i - obj.sent.start]):
        if (prev.pos_ == "NOUN" and prev.dep_ in ANTECEDENT_DEPS and prev.tag_ == tag
                and (own is None or prev.i != own.i)):  # (spaCy makes a new Token per
            # access: `is` never matches)
            return prev
    return None


FREE_RELATIVE_NAMING = frozenset({"call", "describe", "term", "label", "dub"})


def named_in_free_relative(tok: Token) -> list[Token]:
    """"welcomed what he called a constructive position": the model makes "what he called
    ..." a clause of its own, so the verb shows no object; the thing named is the object."""
    return [n for c in tok.children
            if c.dep_ == "ccomp" and c.lemma_.lower() in FREE_RELATIVE_NAMING
            and any(w.dep_ == "dobj" and w.tag_ == "WP" and w.i < c.i for w in c.children)
            for n in c.children if n.dep_ == "oprd"]


REMNANT_VERBS = frozenset({"remain", "leave"})


def remnant_in_free_relative(tok: Token) -> list[Token]:
    """"scale back what remained of cultural exchanges", "cut what was left of its aid": the
    model makes "what remained of ..." a clause of its own, so the verb shows no object;
    what the remnant is of is the object."""
    return [g for c in tok.children
            if c.dep_ == "ccomp" and c.lemma_.lower() in REMNANT_VERBS
            and any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "WP" and w.i < c.i
                    for w in c.children)
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def clause_words(tok: Token) -> set[str]:
    """Lemmas anywhere under the trigger: for fixed phrases the parser splits across the
    clause ("declared two diplomats persona non grata")."""
    return {w.lemma_.lower() for w in tok.subtree}


OWN_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my"})
DESTINATION_PREPS = frozenset({"to", "into"})
# Words of travel whose own preposition names where the traveller goes or stops (actors27)
DEPARTURE_PREPS = {"leave": frozenset({"for"}), "depart": frozenset({"for"}),
                   "stop": frozenset({"in"}), "stopover": frozenset({"in"})}


def destination_state(state: CodingState, tok: Token, cities: bool = False
                      ) -> ActorMention | None:
    """The state a movement goes to when its to/into phrase names one by place: a country
    or capital ("flew to Riyadh", "sent a delegation to Tashkent"), with `cities` any city
    ("sent troops to Goma"), not a body ("went to the ICJ") or an abstraction ("went to
    war")."""
    # ("is expected in Tehran" / "was awaited in Paris": where a visitor is awaited)
    # actors27: "before leaving for Malaysia" goes there; "after stops in Panama" went there
    place = prep_object(tok, DESTINATION_PREPS | ({"in"} if is_passive(tok) else set())
                        | DEPARTURE_PREPS.get(tok.lemma_.lower(), frozenset()))
    if place is None:
        return None
    m = state.mention_at(place)
    kinds = ("state", "place") if cities else ("state",)
    if m is None or m.kind not in kinds or not m.country or m.country.startswith("IGO"):
        return None
    return m


VENUE_PREPS = frozenset({"in", "at"})


def venue_state(state: CodingState, tok: Token) -> ActorMention | None:
    """The state whose country or capital holds the occasion a verb attends: "attended the
    summit in Abuja", "Lome, where he attended the inauguration", "a summit in Abuja on
    Friday, which he is expected to attend" (the parser hangs the relative clause on any
    word of the phrase, so the last in/at place before the relative pronoun counts)."""
    obj = child(tok, "dobj")
    places = [prep_object(tok, VENUE_PREPS)]
    if obj is not None and obj.tag_ != "WDT":
        places.append(prep_object(obj, VENUE_PREPS))
    clause = tok
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "which he is expected to attend"
    if clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                      for c in tok.children):
        places.append(clause.head)  # "Lome, where he attended ..."
    elif clause.dep_ == "relcl" and obj is not None and obj.tag_ == "WDT":
        inside = {t.i for t in clause.subtree}
        top = clause.head
        while top.head.i != top.i and top.pos_ not in ("VERB", "AUX"):
            top = top.head
        places += [t for t in top.subtree if t.i < obj.i and t.i not in inside
                   and t.dep_ == "pobj" and t.head.lower_ in VENUE_PREPS]
    for place in reversed(places):
        m = None if place is None else state.mention_at(place) or state.venue_at(place)
        if m is not None and m.kind == "state" and m.country and not m.country.startswith(
                "IGO"):
            return m
    return None


def own_object(verb: Token) -> bool:
    """The direct object is the subject's own ("its ambassador", "his ministry", "our
    citizens")."""
    obj = child(verb, "dobj")
    return obj is not None and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                                   for c in obj.children)


OFFICES = frozenset({"ministry", "office", "palace", "chancellery", "chancery", "department"})
TO = frozenset({"to"})


def called_to_office(verb: Token) -> bool:
    """"called the ambassador to the foreign ministry": the to-phrase of the verb (or of
    its object, where the parser hangs it) names an office, where a foreign envoy is
    summoned."""
    obj = child(verb, "dobj")
    return any(place is not None and place.lemma_.lower() in OFFICES
               for place in (prep_object(verb, TO), obj is not None and prep_object(obj, TO)
                             or None))


def choose_entry(lexicon: Lexicon, tok: Token, state: CodingState | None = None
                 ) -> TriggerEntry | None:
    """The lexicon sense for a token, or None. A sense with no code (cameo `-`) is the
    lexicon saying the word is no event with that object ("signed a decree" is no
    agreement between states)."""
    chosen = choose_sense(lexicon, tok, state)
    return None if chosen is None or chosen.void else chosen


# Heads of a subject that names armed forces ("the French troops", "the American
# contingent", "the soldiers of operation Barkhane", "the peacekeepers"; a navy's units:
# "the Chinese flotilla", "a Russian squadron", "the navy")
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "contingent", "peacekeeper", "serviceman",
                         "servicemen", "battalion", "brigade", "paratrooper", "marine",
                         "army", "garrison", "flotilla", "squadron", "armada", "navy"})


# Craft that are armed forces when a word of their phrase says so ("Chinese coast guard
# ships", "a Venezuelan naval patrol vessel", "Russian military aircraft"), not otherwise
# ("a container ship", "a fishing boat")
CRAFT_NOUNS = frozenset({"ship", "vessel", "boat", "aircraft", "plane", "jet", "drone",
                         "helicopter", "personnel"})
MILITARY_MARKS = frozenset({"naval", "navy", "military", "guard", "patrol", "army", "warplane"})
WAR_CRAFT = frozenset({"warship", "frigate", "destroyer", "corvette", "submarine", "cutter",
                       "warplane", "bomber", "fighter"})


def names_forces(subj: Token) -> bool:
    """The phrase names armed forces: troops, a contingent, warships, military craft."""
    head = {subj.lemma_.lower(), subj.lower_}
    if head & (FORCE_NOUNS | WAR_CRAFT):
        return True
    # the marks must modify the craft itself: "a fishing boat off the coast" is no force
    marks = [w for c in subj.children if c.dep_ in ("compound", "amod", "nmod")
             for w in c.subtree]
    return bool(head & CRAFT_NOUNS) and any(w.lower_ in MILITARY_MARKS for w in marks)


def forces_subject(verb: Token, lexicon: Lexicon | None = None) -> bool:
    """The verb's subject (or, for "are due to leave", "began to leave", its governing
    verb's) names armed forces. An infinitive under a verb of asking (an appeal chain of
    `lexicon`) with an object of its own is done by that object ("asked U.S. forces to
    leave"; in the passive by its subject: "the instructors could be asked to leave").
    Orders keep their own sense ("ordered the troops to leave" expels them)."""
    for _ in range(3):
        subj = child(verb, "nsubj")
        if subj is not None:
            return names_forces(subj)
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        if verb.dep_ == "xcomp" and lexicon is not None and lexicon.chain(
                verb.head.lemma_.lower(), "appeal") is not None:
            asked = child(verb.head, "dobj") or child(verb.head, "nsubjpass")
            if asked is not None:
                return names_forces(asked)
        verb = verb.head
    return False


# The rest of the envoy's title "chargé d'affaires", which the model may split from "charge"
AFFAIRES = frozenset({"d'affaires", "d’affaires", "affaires"})


def envoy_title(tok: Token) -> bool:
    """"charge d'affaires" (written without its accent, or split as "d'" + "affaires"): the
    title of an envoy, no accusation or legal charge."""
    following = tok.doc[tok.i + 1:tok.i + 3]
    text = "".join(t.text_with_ws for t in following).lower()
    return tok.lower_ in ("charge", "chargé", "charges", "chargés") and text.replace(
        " ", "").startswith(tuple(AFFAIRES))


# What a verb says its object is made or named: "as X", "X a Y", a clause
NAMING_DEPS = frozenset({"oprd", "dative", "xcomp", "ccomp", "advcl", "acomp"})


def bare_object(verb: Token) -> bool:
    """The verb has a direct object and says nothing of what it is made or named. A
    participle clause set after it tells why, not what ("designated three firms, saying they
    helped Moscow", "citing ...", "accusing ..."); a second object the parse leaves as one
    more dobj names it ("designated the group a terrorist organisation")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and not any(
        c.dep_ in NAMING_DEPS and not (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i)
        or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


# What a thing is likened to: "compared X with Y", "compared X to Y"
LIKENING_PREPS = frozenset({"with", "to"})


@cache
def odious_referents() -> frozenset[str]:
    """What a party is likened to in order to condemn it (data/odious_referents.txt)."""
    return read_words("odious_referents.txt")


def like_for_like(verb: Token) -> bool:
    """review22: "compared China's growth with India's", "compared its growth with that of
    Uganda", "compared Uganda's rate with the Rwandan rate": the thing is set beside the
    same thing of another party (an elided possessive, a pronoun standing for the object's
    noun, or the object's own noun), a measuring, no likening of it to something else."""
    obj = child(verb, "dobj")
    if obj is None:
        return False
    other = prep_object(verb, LIKENING_PREPS) or prep_object(obj, LIKENING_PREPS)
    if other is None:
        return False
    if any(w.lemma_.lower() in odious_referents() or w.lower_ in odious_referents()
           for w in other.subtree):
        return False  # "to those of Nazi Germany": a likening that condemns
    return (
        other.lower_ in THING_PRONOUNS - {"it"} and prep_object(other, OF) is not None
        or any(c.dep_ == "case" for c in other.children)
        or other.lemma_.lower() == obj.lemma_.lower())


def onto_list(verb: Token) -> bool:
    """review22: "put Serbia on its list of friendly countries", "added Japan to the
    whitelist": the verb sets its object on a list (a "list" noun, "whitelist" included, in
    one of its prepositional phrases), not "restored friendly relations"."""
    return any(o.dep_ == "pobj" and o.lemma_.lower().endswith("list")
               for p in preps_of(verb) for o in p.children)


def person_object(state: CodingState | None, verb: Token) -> bool:
    """The direct object (in the passive, the subject) names a person or an office-holder of
    a state, not a body: "barred Evo Morales from entering", "banned the commander of its
    drone forces", "barred him", "he was barred" (a personal pronoun, actors.context's
    PERSON_PRONOUNS), not "barred Russian ships" or "barred the UN chief" (a body's
    officer)."""
    obj = child(verb, "dobj") or child(verb, "nsubjpass")
    if state is None or obj is None:
        return False
    if obj.lower_ in PERSON_PRONOUNS:
        m = _mention_for(state, obj)
        return m is None or not m.country.startswith("IGO")
    m = state.mention_at(obj)
    return (m is not None and m.kind in PEOPLE_KINDS and bool(m.country)
            and not m.country.startswith("IGO"))


def thing_subject(state: CodingState | None, verb: Token) -> bool:
    """The verb's own subject is a thing, not a party: "the dispute", "the moratorium" (a
    pronoun may stand for a party; a verb with no subject of its own is not judged)."""
    subj = child(verb, "nsubj")
    return (state is not None and subj is not None and subj.pos_ != "PRON"
            and _mention_for(state, subj) is None)


# Dependents that give a verb of motion a course, a manner or a state of its own ("go
# forward", "go its own way", "go unanswered"), and the words of a release among them
COURSE_DEPS = frozenset({"advmod", "npadvmod", "acomp", "oprd", "dobj", "xcomp"})
RELEASE_COURSES = frozenset({"home", "free", "back"})


def goes_plainly(verb: Token) -> bool:
    """"let two journalists go", "let the sailors go home": the verb's clausal complement
    has no course or manner of its own but home or free (review17: "let the bid go
    forward", "let Taiwan go its own way" release no one)."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return any(not any(g.dep_ in COURSE_DEPS and g.lower_ not in RELEASE_COURSES
                       for g in c.children) for c in comps)


# "welcomed it", "warned of this": pronouns that mostly stand for an act or a text, so they
# do not choose the sense an actor as object does ("welcomed Erdogan" hosts him)
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})


# Prepositions of whom an appeal is made to, or of what it asks for
ADDRESS_PREPS = frozenset({"to", "for", "on", "upon"})

# Nouns that, as the object of "in", make a fixed phrase and no event: "in case of an
# attack", "in any case", "in that case" (the lawsuit sense of "case" needs "against", which
# the attack's phrase may hold)
IN_IDIOM_NOUNS = frozenset({"case"})


def idiom_after_in(noun: Token) -> bool:
    """"in case of", "in any case": the noun is the object of "in" in a fixed phrase."""
    return (noun.lemma_.lower() in IN_IDIOM_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ == "in")


# Prepositions of a move towards a place, not into it ("massed troops near the border").
APPROACH_PREPS = frozenset({"toward", "towards", "near", "along", "close"})


def verb_phrase_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of the verb's prepositional phrases of `preps`, and of those the parser
    hangs in its direct object's phrase ("raised the question of reparations with Germany",
    "moved tanks and artillery towards the border"); "close" takes its "to" phrase ("moved
    troops close to the border"). Not a "with" phrase of a noun of dealings in the object's
    phrase, which names that noun's partner ("raised the question of closer ties with
    Russia", data/partner_nouns.txt)."""
    heads = [tok] + [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree
                     if t.lemma_.lower() not in partner_nouns()]
    out = [o for h in heads if (o := prep_object(h, preps)) is not None]
    if "close" in preps:
        out += [o for h in heads for c in h.children if c.lower_ == "close"
                and (o := prep_object(c, frozenset({"to"}))) is not None]
    return out


@cache
def partner_nouns() -> frozenset[str]:
    """Nouns of dealings between parties whose "with" phrase names the partner (data)."""
    return read_words("partner_nouns.txt")


def raised_with_party(state: CodingState | None, tok: Token) -> bool:
    """A "with" phrase on the verb or in its object's phrase that names no international
    body: raising a matter with ASEAN or the UN takes it to a forum, pressing it on no one."""
    partners = verb_phrase_objects(tok, frozenset({"with"}))
    return any(state is None or not any((m.country or "").startswith("IGO")
                                        for m in actors_of(state, o)) for o in partners)


def choose_sense(lexicon: Lexicon, tok: Token, state: CodingState | None = None
                 ) -> TriggerEntry | None:
    """The lexicon sense for a token: particle first, then object constraints (the longest
    code wins), then entries flagged `actorobj` when the direct object names an actor
    ("warned Tehran not to ..." threatens; "warned that ..." is a pessimistic comment),
    then the first plain entry."""
    pos = "VERB" if tok.pos_ in VERB_POS else "NOUN" if tok.pos_ in NOUN_POS else None
    if pos is None:
        return None
    entries = lexicon.lookup(tok.lemma_.lower(), pos)
    if not entries:
        return None
    if pos == "NOUN" and idiom_after_in(tok):
        return None  # "in case of an attack against Belarus" brings no case (review19)
    if envoy_title(tok):
        return None  # "downgraded its embassy to charge d'affaires level" charges no one
    if not is_passive(tok):  # "was called to the ministry" summons; "called X" phones
        entries = [e for e in entries if "passive" not in e.flags]
    if child(tok, "ccomp") is None:  # "answered that ..." states; "answered the strikes"
        entries = [e for e in entries if "thatclause" not in e.flags]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "telephoned his counterpart to stress that ...": the call is the act, the
        # infinitive only its purpose
        entries = [e for e in entries if "announcing" not in e.flags]
    if not claims_a_fact(tok):  # "insists the water is safe" claims; "insisted that
        # the troops leave" demands
        entries = [e for e in entries if "claimclause" not in e.flags]
    if child(tok, "dobj") is None and not is_passive(tok):
        # "returned the bodies" hands them back; "returned to his post" does not
        entries = [e for e in entries if "transitive" not in e.flags]
    if prep_object(tok, ADDRESS_PREPS) is None:
        # "appealed to both sides for calm" asks; "said she would appeal" goes to court
        entries = [e for e in entries if "addressed" not in e.flags]
    if any("destination" in e.flags for e in entries):
        # "flew to Riyadh", "will go to Addis Ababa": a visit only when it names where, and
        # a plain movement only with no object ("flew drones into Poland" is no visit)
        # troops or aid sent to any city of a state go to that state ("sent troops to
        # Goma"); a visit to a city that is no capital may meet a third party there
        place = destination_state(state, tok, cities=True) if state is not None else None
        to_city = place is not None
        to_state = to_city and place.kind == "state"
        bare = child(tok, "dobj") is None
        entries = [e for e in entries if "destination" not in e.flags
                   or ((to_state or (to_city and e.cameo[:2] == "07"))
                       and (bare or e.constrained))]
        if prep_object(tok, frozenset({"into"})) is not None:
            # "sent troops to Mozambique" protects (074); "sent troops into Ukraine" does not
            entries = [e for e in entries if not ("destination" in e.flags
                                                  and e.cameo[:2] == "07")]
    if any("forces" in e.flags for e in entries) and not forces_subject(tok, lexicon):
        # "the soldiers could leave the country" withdraws them; "the minister left the
        # country" is no event; "a container ship docked in Colombo" visits no one
        entries = [e for e in entries if "forces" not in e.flags]
    if any("civil" in e.flags for e in entries) and forces_subject(tok, lexicon):
        # "engaged with the authorities" consults them; "the troops engaged with the
        # rebels" fought them
        entries = [e for e in entries if "civil" not in e.flags]
    if any("agentive" in e.flags for e in entries) and thing_subject(state, tok):
        # "Chile could delay the ceremony" snubs Israel; "the dispute could delay the
        # planned visit" only hedges the visit, which stays the event
        entries = [e for e in entries if "agentive" not in e.flags]
    if any("person" in e.flags for e in entries) and not person_object(state, tok):
        # "barred Evo Morales from entering the country" restricts a person (172); "barred
        # Russian ships from entering its ports" is an embargo (163)
        entries = [e for e in entries if "person" not in e.flags]
    if any("plaingo" in e.flags for e in entries) and not goes_plainly(tok):
        # "let the journalists go" releases them; "let the bid go forward" does not
        entries = [e for e in entries if "plaingo" not in e.flags]
    if any("venue" in e.flags for e in entries):
        # "attended the summit in Abuja": a visit when the occasion is held in a state's
        # country or capital, which then names the sense; else the other senses
        venue = [e for e in entries if "venue" in e.flags]
        if state is not None and venue_state(state, tok) is not None:
            return venue[0]
        entries = [e for e in entries if "venue" not in e.flags]
    if any("infinitive" in e.flags for e in entries) and (
            not any(c.dep_ == "xcomp" and c.pos_ in VERB_POS for c in tok.children)
            or own_object(tok)):
        # "told Kabul to expel them" demands; "told reporters that ..." only states, and
        # "told its citizens to avoid ..." instructs its own people
        entries = [e for e in entries if "infinitive" not in e.flags]
    if any("bare" in e.flags for e in entries) and not bare_object(tok):
        # "designated two Iranian banks" lists them for sanctions; "designated Nigeria a
        # country of particular concern", "designated Fogel as wrongfully detained" do not
        entries = [e for e in entries if "bare" not in e.flags]
    if any("onlist" in e.flags for e in entries) and not onto_list(tok):
        # "put Serbia on its list of friendly countries" eases curbs on it; "restored
        # friendly relations" puts no one on a list
        entries = [e for e in entries if "onlist" not in e.flags]
    if any("likening" in e.flags for e in entries) and like_for_like(tok):
        # "compared Netanyahu to Hitler" criticises; "compared China's growth with
        # India's" measures
        entries = [e for e in entries if "likening" not in e.flags]
    if any("approach" in e.flags for e in entries) and (not verb_phrase_objects(
            tok, APPROACH_PREPS) or (state is not None and destination_state(state, tok))):
        # "sent fighters towards the border" shows force at it; "sent troops to Mali" is
        # another sense (a deployment to a state) or none, also with a place on the way
        # ("deployed troops to Somalia along the border", review23)
        entries = [e for e in entries if "approach" not in e.flags]
    if any("withparty" in e.flags for e in entries) and not raised_with_party(state, tok):
        # "raised the matter with Beijing" presses it on Beijing; "raised the matter at the
        # United Nations" or "raised this question directly" names no party it is pressed on
        entries = [e for e in entries if "withparty" not in e.flags]
    direct = child(tok, "dobj")
    if direct is not None and any("prepobj" in e.flags for e in entries):
        # "were taken into custody" detains them; "took custody of the embassy" does not
        entries = [e for e in entries if "prepobj" not in e.flags
                   or direct.lemma_.lower() not in e.objects]
    if any("recall" in e.flags for e in entries) and called_to_office(tok):
        # "called the ambassador to the ministry for consultations" summons him; "called
        # Belotsercovsky home for consultations" recalls him
        entries = [e for e in entries if "recall" not in e.flags]
    if any("ownenvoy" in e.flags for e in entries) and not own_object(tok):
        # "called its ambassador in Buenos Aires to La Paz" recalls him; "called the
        # ambassador" does not
        entries = [e for e in entries if "ownenvoy" not in e.flags]
    particles = particles_of(tok)
    # "called in the envoy": the parser often takes the particle for a preposition; the
    # particle sense holds only when its object fits ("called in Geneva" is no summons)
    chosen = best_constrained(
        [e for e in entries if e.particle and e.particle in adjacent_preps(tok) - particles],
        tok)
    if chosen is not None:
        return chosen
    with_particle = [e for e in entries if e.particle and e.particle in particles]
    pool = with_particle or [e for e in entries if not e.particle]
    if not pool:
        return None
    chosen = best_constrained(pool, tok)
    if chosen is not None:
        return chosen
    plain = [e for e in pool if not e.constrained]
    if state is not None and any("actorobj" in e.flags for e in plain):
        # (in the passive, the subject: "Macron was welcomed by the King")
        obj = child(tok, "dobj") or child(tok, "nsubjpass")
        if obj is None and tok.dep_ == "conj" and is_passive(tok):
            # "Modi arrived on Sunday and was welcomed at the airport by Marape": the
            # subject the passive shares with the verb it is conjoined to
            obj = child(tok.head, "nsubj", "nsubjpass")
        # the object itself names the actor ("warned Tehran", "welcomed Erdogan"), not a
        # phrase inside it ("defending its border against militias in Congo")
        of_phrase = prep_object(obj, OF) if obj is not None else None
        if obj is not None and obj.lower_ not in THING_PRONOUNS and (
                _mention_for(state, obj) is not None or (
                of_phrase is not None and _mention_for(state, of_phrase) is not None)
                or owned_people(state, obj)):
            # (or its of-phrase: "defended the right of Russian troops to ...")
            return next(e for e in plain if "actorobj" in e.flags)
    # "nongov" senses (a workers' strike) only when no other sense fits: "air strikes on
    # Kabul", "strikes on hideouts" are attacks
    usable = [e for e in plain if "actorobj" not in e.flags]
    if labour_frame(tok):  # "went on strike", "called a general strike"
        usable = [e for e in usable if "nongov" in e.flags] or usable
    return next((e for e in usable if "nongov" not in e.flags), usable[0] if usable else None)


ASKING_MODALS = frozenset({"should", "must", "shall"})


def claims_a_fact(verb: Token) -> bool:
    """A that-clause that tells how things are ("insisted the move was not directed
    against Russia", "insists that Washington could resume aid"), not what must be done
    (a bare subjunctive, "insisted that Kyiv withdraw", "insisted that the dispute be
    settled", or "should", "must")."""
    comp = child(verb, "ccomp")
    if comp is None:
        return False
    aux = sorted((c for c in comp.children if c.dep_ in ("aux", "auxpass")), key=lambda a: a.i)
    if any(a.lower_ in ASKING_MODALS for a in aux):
        return False
    if aux and aux[0].lower_ == "be" and aux[0].tag_ == "VB":
        return False  # a bare "be" first: the subjunctive passive ("be settled")
    return not (comp.tag_ == "VB" and not aux)


# People a party's possessive makes that party's ("greeted its crew", "met their delegation")
OWNED_PEOPLE = FORCE_NOUNS | frozenset({"crew", "delegation", "team", "guest", "visitor",
                                        "sailor", "official", "leader", "envoy"})


def owned_people(state: CodingState, obj: Token) -> bool:
    """"greeted its crew": people whose possessor names an actor."""
    return obj.lemma_.lower() in OWNED_PEOPLE and any(
        c.dep_ == "poss" and _mention_for(state, c) is not None for c in obj.children)


@cache
def labour_frames() -> frozenset[tuple[str, str]]:
    return frozenset((r["verb"].strip(), r["prep"].strip()) for r in read_tsv("labour_frames.tsv"))


def labour_frame(noun: Token) -> bool:
    """The noun is governed as only a workers' action is (data/labour_frames.tsv)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return (noun.head.head.lemma_.lower(), noun.head.lower_) in labour_frames()
    return noun.dep_ == "dobj" and (noun.head.lemma_.lower(), "-") in labour_frames()


def adjacent_preps(tok: Token) -> set[str]:
    """Prepositions right after a verb: possibly particles the parser took for them."""
    return {c.lower_ for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1}




# Dependents that modify a noun of the object's phrase: the "water" of "water cannon".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def best_constrained(pool: list[TriggerEntry], tok: Token) -> TriggerEntry | None:
    """The entry whose object constraint the token's objects meet; the longest code wins."""
    if not any(e.constrained for e in pool):
        return None
    objs = object_tokens(tok)
    heads = {o.lemma_.lower() for o in objs}
    phrase = {w.lemma_.lower() for o in objs for w in o.subtree} | heads
    best: tuple[int, int, int] | None = None
    chosen: TriggerEntry | None = None
    with_clause: set[str] | None = None  # phrase | clause_words(tok), made once if asked for
    for order, e in enumerate(pool):
        if not e.constrained:
            continue
        exact = any(w in heads for w in e.objects)
        words = phrase
        if "clause" in e.flags:
            if with_clause is None:
                with_clause = phrase | clause_words(tok)
            words = with_clause
        elif "modifier" in e.flags:  # ("water cannon", not "into the waters")
            words = {w.lemma_.lower() for o in objs for w in o.subtree
                     if w.dep_ in MODIFIER_DEPS}
        star = any(w in words for w in e.object_words)
        if not (exact or star):
            continue
        score = (len(e.cameo), 1 if star else 0, -order)
        if best is None or score > best:
            best, chosen = score, e
    return chosen


# ---------------------------------------------------------------- source and target

def is_time_word(tok: Token) -> bool:
    words = time_lexicon()
    return tok.lower_ in words.weekdays or tok.lower_ in words.months


def fused_time_subject(verb: Token) -> Token | None:
    """"On Monday Chile accused Bolivia": with no comma after the date the parser reads
    "Monday Chile" as one noun phrase inside "On ...", and the verb gets no subject. The
    proper noun after the time word is then the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or child(verb, "nsubj", "nsubjpass") is not None:
        return None
    if verb.i == 0:
        return None
    obj = verb.doc[verb.i - 1]  # "on second of December Latvia closed": "December Latvia"
    if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or not any(
            c.dep_ == "compound" and is_time_word(c) for c in obj.children):
        return None
    leading = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    return obj if any(obj in prep.subtree for prep in leading) else None


def planned_act(verb: Token) -> bool:
    """"Further strikes on Iraq were planned": the passive subject of a verb of intent is an
    act (an event noun of the lexicon), not a party committed to it ("Vietnam is committed
    to ...")."""
    subject = child(verb, "nsubjpass")
    return subject is not None and bool(base_lexicon().lookup(subject.lemma_.lower(), "NOUN"))


def clause_subject(state: CodingState, verb: Token, depth: int = 0) -> tuple[list, bool]:
    """The acting party of a verb, climbing infinitive and conjunct chains.

    Returns (actors, direct): direct is False when found through a chain or a pronoun."""
    if depth > 4:
        return [], False
    if depth > 0 and child(verb, "nsubjpass") is not None and child(verb, "nsubj") is None:
        return actors_of(state, child(verb, "nsubjpass")), False  # "was forced to protest"
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in intransitive_verbs()
            and verb.head.pos_ in NOUN_POS):
        found = actors_of(state, verb.head)  # "a rights group protested here": a misparse
        if found:
            return found, False
    if is_passive(verb):
        agent = prep_object(verb, frozenset({"by"}))
        if agent is None:
            agent_tok = child(verb, "agent")
            agent = child(agent_tok, "pobj") if agent_tok is not None else None
        if agent is None:
            attack = attack_named_in(verb)
            if attack is not None:  # "soldiers were killed in Chinese shelling"
                return (noun_source(state, attack)
                        or actors_of(state, child(attack, "nsubj", "poss"))), False
        if agent is None and (base_lexicon().chain(verb.lemma_.lower(), "intent")
                              or base_lexicon().chain(verb.lower_, "intent")) and not any(
                "passive" in e.flags for e in base_lexicon().lookup(verb.lemma_.lower(), "VERB")
        ) and not planned_act(verb):
            # (a verb with a passive sense of its own is a true passive: "was invited to
            # the ministry" is a summons)
            # "Vietnam is committed to ...", "is prepared to ...": a state, not a passive
            return actors_of(state, child(verb, "nsubjpass")), depth == 0
        return actors_of(state, agent), depth == 0
    subj = child(verb, "nsubj", "csubj")
    if subj is not None:
        if subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            group = verb.head
            if (group.dep_ == "pobj" and group.head.lower_ == "among"
                    and group.head.head.lemma_.lower() == "be"):
                # "X, Y and Z were among the leaders who signed ...": X, Y and Z signed
                return clause_subject(state, group.head.head, depth + 1)[0], False
            found = actors_of(state, group)
            if (not found and group.dep_ == "appos"
                    and state.mention_at(group.head) is not None
                    and (subj.lower_ == "who" or group.pos_ == "PROPN"
                         or group.lemma_.lower() in group_nouns())):
                # "Ukraine's rights commissioner, Dmytro Lubinets, who has accused ...",
                # "Mali and Niger, the two states that left ECOWAS": the name or party noun
                # the clause hangs on stands for the party named before it (not "the war in
                # Ukraine, a compromise that Modi hailed": a compromise is no party)
                found = actors_of(state, group.head)
            return found, False
        return actors_of(state, subj), depth == 0
    if (verb.dep_ == "relcl" and verb.tag_ == "VB" and verb.head.dep_ == "attr"
            and verb.head.head.lemma_.lower() in ("be", "become")):
        # "Russia became the first country to recognise ...": the subject of "became"
        return clause_subject(state, verb.head.head, depth + 1)[0], False
    fused = fused_time_subject(verb)
    if fused is not None:
        return actors_of(state, fused), depth == 0
    head = verb.head
    if head is verb:
        return [], False
    if (verb.dep_ == "conj" and head.tag_ == "VB" and head.dep_ in ("xcomp", "advcl")
            and child(head, "nsubj") is None
            and (verb.tag_ == "VBD" or verb.tag_ == "VBG" == head.head.tag_)):
        # "urged both sides to resolve it and offered to host talks": a past-tense verb the
        # parser conjoins to the infinitive is the main clause's, as is its subject; so is
        # a participle conjoined to the infinitive of a participle ("hit back, ordering the
        # envoys to leave and recalling its ambassador": Paris recalls, direction24)
        return clause_subject(state, head.head, depth + 1)[0], False
    if (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB"
            and head.dep_ == "ccomp" and any(c.tag_ == "MD" for c in head.children)):
        # "said Brazil would not veto the bid, and accused Brasilia of ...": a past-tense
        # verb cannot share the reported clause's modal; the parser conjoined it too deep,
        # and it belongs to the nearest past-tense clause above
        governor = next((a for a in head.ancestors if a.tag_ == "VBD"), None)
        if governor is not None:
            return clause_subject(state, governor, depth + 1)[0], False
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp"
            and head.head.pos_ in VERB_POS and speaks(verb) and speaks(head.head)):
        # "Egypt said the talks had ended, blaming Addis Ababa": the parser hangs the
        # speaker's participle on the reported clause; the speaker blames
        return clause_subject(state, head.head, depth + 1)[0], False
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and (
            head.pos_ in NOUN_POS):
        # "Japan's vice minister, Name, called in the envoy": a finite verb the parser hangs
        # on a verbless sentence's head noun has that noun for its subject
        found = actors_of(state, head)
        if found:
            return found, depth == 0
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in NOUN_POS:
        # "demonstrators protesting ...": they protest (not "a resolution finding Iran ...":
        # what the participle's own clause names)
        found = [m for m in actors_of(state, head)
                 if not verb.left_edge.i <= m.token_start <= verb.right_edge.i]
        if found:
            return found, False
    if depth > 0 and voted_text(verb):
        # "voted for a resolution to expel the ambassador", "will vote on a motion to
        # declare him persona non grata": the voters
        return clause_subject(state, head.head, depth + 1)[0], False
    if verb.pos_ in NOUN_POS and verb.dep_ == "dobj" and depth > 0:
        # "issued a declaration demanding ...": the issuer of the noun the clause modifies
        return clause_subject(state, head, depth + 1)[0], False
    if verb.dep_ == "acomp" or (verb.dep_ == "advmod" and depth > 0):
        # "Moscow was ready to ...": the copula's subject; "stopped short of expelling":
        # the verb the adverb modifies
        return clause_subject(state, head, depth + 1)[0], False
    if (verb.dep_ == "conj" and head.dep_ == "ccomp" and not is_passive(verb)
            and child(head, "nsubjpass") is not None and child(head, "nsubj") is None):
        # "Maduro said communications were broken and denounced the strikes": an active verb
        # conjoined to a passive reported clause is the speaker's
        return clause_subject(state, head.head, depth + 1)[0], False
    if verb.dep_ == "conj" and verb.pos_ in VERB_POS and head.pos_ not in VERB_POS | {"AUX"}:
        # "denounced the detention as unacceptable and accused X": the parser may conjoin
        # the verb to a word inside the clause before; its subject is that clause's verb's
        governor = next((a for a in head.ancestors if a.pos_ in VERB_POS), None)
        if governor is not None:
            return clause_subject(state, governor, depth + 1)[0], False
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") or (verb.dep_ == "acl" and
                                                             verb.tag_ != "VBN"):
        obj = child(head, "dobj", "oprd")
        # ("could push Sudan to close the border": the parser may hang an appeal verb's
        # infinitive as advcl)
        if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
                and base_lexicon().chain(head.lemma_.lower(), "appeal"))) and (
                obj is not None) and head.lemma_.lower() not in (
                "call", "phone", "telephone", "visit", "meet"):
            found = actors_of(state, obj)  # "urged X to leave": X acts
            if found or child(head, "nsubj") is None:
                return found, False
            # "used tear gas to disperse ...": an object that is no actor is the means
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            grand = head.head
            if grand.lemma_.lower() in ACCUSE_LEMMAS:
                return actors_of(state, child(grand, "dobj")), False
            if grand.lemma_.lower() == "join" and head.lower_ == "in":
                # "France joined Germany in condemning ...": both condemn
                return (clause_subject(state, grand, depth + 1)[0]
                        + actors_of(state, child(grand, "dobj"))), False
            return clause_subject(state, grand, depth + 1)[0], False
        return clause_subject(state, head, depth + 1)[0], False
    if verb.dep_ == "relcl":
        return actors_of(state, verb.head), False
    return [], False


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def speaks(verb: Token) -> bool:
    """A verb with a speech-act sense in the lexicon (said, blamed, accused, urged)."""
    return any(e.speech for e in base_lexicon().lookup(verb.lemma_.lower(), "VERB"))


def attack_named_in(verb: Token) -> Token | None:
    """"were killed in Chinese shelling", "died in an Israeli strike": the attack (a noun
    meaning a material act, data/event_anaphors.tsv) a passive says its act happened in."""
    nouns = material_act_nouns()
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            obj = child(prep, "pobj")
            if obj is not None and (obj.lemma_.lower() in nouns or obj.lower_ in nouns):
                return obj
    return None


@cache
def intransitive_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv("intransitive_verbs.tsv"))


def noun_source(state: CodingState, noun: Token) -> list[ActorMention]:
    poss = child(noun, "poss")
    if poss is not None:
        if poss.lower_ == "their" and noun.dep_ == "dobj":
            # "Burkina Faso, Mali and Niger announced their joint withdrawal": "their" is
            # the several subjects of the verb, not the nearest one
            subjects = actors_of(state, child(noun.head, "nsubj"))
            if len({m.country for m in subjects}) >= 2:
                return subjects
        found = actors_of(state, poss)
        if found:
            return found
    # "a demand from X" names the demander; "the withdrawal from X" names the place left
    agent_preps = frozenset({"by"}) if noun.lemma_.lower() in LEAVING_NOUNS else frozenset(
        {"by", "from"})
    by = prep_object(noun, agent_preps)
    if by is not None:
        found = actors_of(state, by)
        if found:
            return found
    if noun.lemma_.lower() in TRAVEL_NOUNS and prep_object(noun, frozenset({"to"})) is not None:
        # "the first visit of an Iranian president to Damascus": the of-phrase travels
        found = actors_of(state, prep_object(noun, OF))
        if found:
            return found
    if actors_of(state, prep_object(noun, frozenset({"on", "against"}))):
        # "a new attack of Azerbaijan on Armenia": beside a target actor, the of-phrase
        # names the agent (a common wording of translated news); not "on Wednesday"
        found = actors_of(state, prep_object(noun, OF))
        if found:
            return found
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            m = _mention_for(state, c)
            if m is not None:
                return [m]
    return []


def blamed_on(verb: Token) -> Token | None:
    """Whom "blame ... on X" names: the verb's own "on" phrase or, as the parser often
    hangs it on the object ("blamed the attack on the bridge on Ukraine"), the last "on"
    phrase inside the object after the first."""
    if verb.lemma_.lower() != "blame":
        return None
    own = prep_object(verb, frozenset({"on"}))
    if own is not None:
        return own
    obj = child(verb, "dobj")
    if obj is None:
        return None
    ons = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "on"]
    return child(ons[-1], "pobj") if len(ons) >= 2 else None


def blamed_on_clause(noun: Token) -> Token | None:
    """The "blame ... on X" verb an event noun is the object of, directly or through a
    relative clause; None if there is none."""
    verbs = [noun.head] if noun.dep_ == "dobj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"]
    # "the attack on the bridge, which it blamed on Kyiv", "the strike on a convoy near the
    # border, which ...": the clause hung on a noun of the act's prepositional phrases
    verbs += [c for o in _phrase_objects(noun) for c in o.children if c.dep_ == "relcl"]
    return next((v for v in verbs if blamed_on(v) is not None), None)


def claimed_doer(noun: Token) -> tuple[Token, Token] | None:
    """The relative clause on an event noun that names its doer in someone's claim, and that
    doer: "the shelling, which Yerevan attributed to Azerbaijani forces", "the explosion,
    which investigators said was caused by saboteurs", "the strikes, which activists said
    were carried out by Israeli jets". (The act is then reported: ground/modality.py.)"""
    # the clause may hang on a noun of the act's prepositional phrases ("the damage to the
    # pipeline between Finland and Estonia, which investigators said was caused by ...")
    for rel in [c for o in [noun, *_phrase_objects(noun)] for c in o.children]:
        if rel.dep_ != "relcl":
            continue
        if rel.lemma_.lower() in ATTRIBUTING_VERBS:
            to = prep_object(rel, frozenset({"to"}))
            if to is not None:
                return rel, to
        if speech_kind(rel) is None:
            continue
        for clause in rel.children:
            if clause.dep_ in ("ccomp", "xcomp") and clause.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" for c in clause.children):
                agent = child(clause, "agent")
                doer = child(agent, "pobj") if agent is not None else None
                if doer is not None:
                    return rel, doer
    return None


def _phrase_objects(noun: Token) -> list[Token]:
    """The nouns of a noun's chain of prepositional phrases ("on a convoy near the
    border": convoy, border)."""
    out: list[Token] = []
    todo = [noun]
    while todo:
        head = todo.pop()
        found = [o for p in head.children if p.dep_ == "prep" for o in p.children
                 if o.dep_ == "pobj"]
        out += found
        todo += found
    return out


@cache
def adoption_verbs() -> frozenset[str]:
    """Verbs taking up a measure others made (data/adoption_verbs.txt)."""
    return read_words("adoption_verbs.txt")


def adopter(state: CodingState, noun: Token) -> list[ActorMention]:
    """actors27: "Iceland has joined European Union sanctions against Russia", "Tokyo joined
    Western sanctions against Moscow": the subject of the verb taking up the measure acts,
    not the party the noun's modifier names (whose measure it first was)."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return []
    if noun.head.lemma_.lower() not in adoption_verbs():
        return []
    return clause_subject(state, noun.head)[0]


def noun_governor_subject(state: CodingState, noun: Token, lexicon: Lexicon, code: str = ""
                          ) -> list[ActorMention]:
    """"Baku ordered the closure", "launched an attack": the subject of the light or chain
    verb whose object the event noun is (not of any verb: "called the attack a crime").
    An event noun modifying the object counts too ("undertook a mediation mission")."""
    if noun.dep_ == "compound" and noun.head.pos_ in NOUN_POS and noun.head.dep_ == "dobj":
        noun = noun.head
    noun = as_spanned(noun)
    blamer = blamed_on_clause(noun)
    if blamer is not None:
        # "Russia blamed the attack on Ukraine", "the attack, which it blamed on Kyiv": the
        # party it is blamed on did it (as alleged)
        return actors_of(state, blamed_on(blamer))
    claim = claimed_doer(noun)
    if claim is not None and actors_of(state, claim[1]):
        return actors_of(state, claim[1])  # "the shelling, which Yerevan attributed to Baku"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in VERB_POS:
        if not governing_chain(lexicon, noun.head.lemma_.lower()):
            return []
        if code[:2] == "14" and noun.head.lemma_.lower() in PERMITTING_VERBS:
            return []  # "police approved the demonstrations": others demonstrate
        return clause_subject(state, noun.head)[0]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if (noun.head.lower_ == "on" and verb.pos_ in VERB_POS | {"AUX"}
                and verb.lemma_.lower() in STATE_VERBS):
            return clause_subject(state, verb)[0]  # "troops remained on alert"
        agency = agency_subject(state, noun.head)
        if agency is not None:
            return agency
        if (noun.head.lower_ == "in" and verb.lemma_.lower() in PARTICIPATION_VERBS
                and not any(c.dep_ == "neg" for c in verb.children)):
            # "forces were engaged in ethnic cleansing", "took part in the attack"
            subj = child(verb, "nsubj", "nsubjpass")
            return actors_of(state, subj)
        if (noun.head.lower_ == "over" and verb.lemma_.lower() in PRESIDING_VERBS
                and verb.pos_ in VERB_POS):
            return clause_subject(state, verb)[0]  # "presided over the signing of accords"
        if verb.pos_ in VERB_POS and noun.head.lower_ in ("for", "of"):
            if verb.lemma_.lower() in ACCUSE_LEMMAS:
                return actors_of(state, child(verb, "dobj"))
            return clause_subject(state, verb)[0]
        if consultation_setting(state, noun, code):
            # "announced the deal after a telephone call with Trump", "said during a visit
            # to Yerevan": the meeting, call or visit the clause is set in is its subject's
            return clause_subject(state, verb)[0]
    return []


# the prepositions that set a clause in a meeting, call or visit the subject takes part in
# ("after a call with X", "during a visit to X", "at talks with X", "in a call with X");
# not "before" or "ahead of", which name one still to come
SETTING_PREPS = frozenset({"during", "after", "following", "at", "in", "on"})
# actors27: "returned from a state visit to China": the trip the subject comes back from
RETURN_PREPS = frozenset({"from"})
RETURN_VERBS = frozenset({"return"})  # not "refrained from trips to Russia"


def returned_from(noun: Token) -> bool:
    """"returned from a state visit to China": the noun is the trip its clause's subject
    comes back from (actors27)."""
    return noun.head.lower_ in RETURN_PREPS and noun.head.head.lemma_.lower() in RETURN_VERBS


def consultation_setting(state: CodingState, noun: Token, code: str) -> bool:
    """The consultation noun (04: a call, meeting, visit, talks) is the setting of its
    clause's act and names its partner or destination ("after a call with Trump", "during a
    visit to Yerevan", not "after talks between Kyiv and Moscow", whose parties it names
    itself, nor "during the talks", whose parties may be anyone's)."""
    if not code.startswith(CONSULT_ROOT) or noun.head.lower_ not in SETTING_PREPS | (
            RETURN_PREPS if noun.lemma_.lower() in TRAVEL_NOUNS else frozenset()):
        return False
    verb = noun.head.head
    if noun.head.lower_ in RETURN_PREPS and not returned_from(noun):
        return False  # "refrained from trips to Russia" comes back from none
    if verb.pos_ not in VERB_POS or prep_object(noun, MUTUAL_PREPS) is not None:
        return False
    partner = prep_object(noun, frozenset({"with", "to"})) or trip_destination(noun)
    return partner is not None and bool(actors_of(state, partner))


def trip_destination(noun: Token) -> Token | None:
    """Where a travel noun goes: "a visit to Australia", "stops in Panama" (actors27)."""
    if noun.lemma_.lower() in TRAVEL_NOUNS:
        return prep_object(noun, frozenset({"to"}))
    if noun.pos_ in NOUN_POS and noun.lemma_.lower() in DEPARTURE_PREPS:
        return prep_object(noun, DEPARTURE_PREPS[noun.lemma_.lower()])
    return None


def agency_subject(state: CodingState, prep: Token) -> list[ActorMention] | None:
    """The agent named by "X was behind N", "X was responsible for N", "X bore
    responsibility for N" (prep is "behind" or "for"); None when the phrase is not one."""
    heads = AGENCY_PREPS.get(prep.lower_)
    if heads is None:
        return None
    word = prep.head
    if word.lemma_.lower() not in heads:
        return None
    if word.lemma_.lower() in ("responsibility", "responsible", "accountable"):
        word = word.head  # the verb: "was responsible", "bore responsibility"
    if any(c.dep_ == "neg" for c in word.children):
        return []  # "Russia was not behind the attack" names no agent
    return actors_of(state, child(word, "nsubj", "nsubjpass"))


def side_key(state: CodingState, m: ActorMention) -> str | None:
    """What counts as "the same side". Interstate coding (the default): the country.
    With domestic events on: the country and its sector, so that the government and the
    opposition of one state are two sides (a bare state name is its government)."""
    if not state.config.domestic or not m.country:
        return m.country
    sector = m.code[len(m.country):] if m.code.startswith(m.country) else m.code
    return f"{m.country}:{sector or 'GOV'}"


def sides(state: CodingState, mentions: list[ActorMention]) -> set[str | None]:
    return {side_key(state, m) for m in mentions}


def governing_chain(lexicon: Lexicon, lemma: str) -> bool:
    """A chain or light verb, or its repetition ("reimposed a blockade", "relaunched")."""
    def governs(word: str) -> bool:  # a reaction verb's subject is what drew the reaction
        return any(c.mode != "reaction" for c in lexicon.chains.get(word, []))

    if governs(lemma):
        return True
    return lemma.startswith("re") and len(lemma) > 5 and governs(lemma[2:])


def verb_targets(state: CodingState, verb: Token, entry: TriggerEntry,
                 own_side: set[str | None] | None = None) -> list[ActorMention]:
    """The first target candidate (objects, passive subject, prepositional objects) that is
    not on the source's side ("recalled its ambassador from Montenegro": Montenegro)."""
    own_side = own_side or set()
    fallback: list[ActorMention] = []
    for found in target_candidates(state, verb, entry):
        if not found:
            continue
        if sides(state, found) - own_side:
            return found
        fallback = fallback or found
    # Only the source's own side: a domestic act, or an addressee guessed from context
    # (a countryless "the families"); leave the target open for the context rules.
    return [] if own_side and all(m.confidence < 1.0 for m in fallback) else fallback


CONFLICT_SPEECH_ROOTS = frozenset({"10", "11", "12", "13", "14"})
CONSULT_ROOT = "04"
SANCTION_ROOT = "16"  # reduce relations: sanctions, embargoes, cut aid
SUPPORT_ROOT = "05"


def participle_agent(noun: Token) -> Token | None:
    """The "by" agent of a past participle on a noun: "the sanctions imposed by X"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = child(c, "agent")
            if agent is not None:
                return child(agent, "pobj")
    return None


QUANTITY_LINKS = frozenset({"of", "in"})


def quantity_chain(obj: Token, depth: int = 3) -> list[Token]:
    """"pledged a minimum of 40 billion euros in military aid for Ukraine": the object and
    the nouns its "of"/"in" phrases lead to, where the receiver may hang."""
    out = [obj]
    for prep in obj.children:
        if depth and prep.dep_ == "prep" and prep.lower_ in QUANTITY_LINKS:
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                out += quantity_chain(noun, depth - 1)
    return out


def target_candidates(state: CodingState, verb: Token, entry: TriggerEntry):
    if entry.particle and entry.particle in adjacent_preps(verb):
        yield actors_of(state, prep_object(verb, frozenset({entry.particle})))  # "called in X"
    if entry.cameo[:2] == CONSULT_ROOT:
        # "discussed with his Saudi counterpart the situation in Gaza": whom one talks with
        # comes before what (or where) the talks are about ("with Turkish help" is no one)
        partner = prep_object(verb, frozenset({"with"}))
        if partner is not None and partner.lemma_.lower() not in HELP_NOUNS and not (
                absolute_with(partner)):
            yield actors_of(state, partner)
    if entry.cameo[:2] in GIVING_ROOTS:
        # "promised troops to Latvia": what is given (troops) is no target; its receiver is
        for holder in (verb, *(n for c in verb.children if c.dep_ == "dobj"
                               for n in quantity_chain(c)),
                       *(n for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj"  # "pledged $3bn in grants
                         for n in quantity_chain(g))):  # to Kenya": the parser hangs "in" high
            yield actors_of(state, prep_object(holder, RECEIVER_PREPS))
    if is_passive(verb):
        subj = child(verb, "nsubjpass")
        if subj is None and passive_participle_clause(verb):
            subj = child(verb.head, "nsubj", "nsubjpass")
        if subj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and any(
                c.dep_ == "auxpass" for c in verb.children):
            # "apologised ..., after being summoned to the ministry": the main clause's
            # subject was summoned
            subj = child(verb.head.head, "nsubj", "nsubjpass")
        if (subj is None and verb.dep_ in ("acl", "amod")) or (
                subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"):
            subj = verb.head  # "Xi, who was received by Ramaphosa": Xi was received
        yield actors_of(state, subj)
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.lower_ in ("who", "whom") and verb.dep_ == "relcl":
            yield actors_of(state, verb.head)  # "bin Salman, whom the president thanked"
            continue
        if c.dep_ in OBJECT_DEPS:
            if entry.cameo[:2] in CONFLICT_SPEECH_ROOTS:
                # "opposes the blockade imposed on Cuba by the United States": disapproval
                # of an act is aimed at its author, not at whom the act befell
                yield actors_of(state, participle_agent(c))
            if entry.cameo[:2] == SANCTION_ROOT:
                # actors27: "adopted the EU's sanctions against Belarus": the measure's
                # "against" phrase is its target; its possessor first made it
                yield actors_of(state, prep_object(c, frozenset({"against"})))
            yield actors_of(state, c)
            # "threw out the case Sudan had brought": whose case (or proposal, demand) it is
            for rel in c.children:
                if rel.dep_ == "relcl" and rel.i > c.i:
                    yield actors_of(state, child(rel, "nsubj"))
            # "launched drones and missiles at Ukraine": force is aimed at someone
            preps = OBJECT_PREPS | {"at"} if entry.cameo[:2] >= "15" else OBJECT_PREPS
            for obj in (c, *(k for k in c.children if k.dep_ == "conj")):
                # "its ambassador from Montenegro", "action against X", "closed entry for
                # X", "suspended exports to and imports from Israel" (the conjoined object)
                for p in obj.children:
                    if p.dep_ == "prep" and p.lower_ in preps:
                        yield actors_of(state, child(p, "pobj"))
                yield movement_ends(state, obj)  # "suspended flights to and from Panama"
    for subj in infinitive_subjects(verb):  # "allowed the inspectors of the IAEA to return"
        yield actors_of(state, subj)
        yield actors_of(state, prep_object(subj, frozenset({"of", "from"})))
    preps = TARGET_PREPS if entry.cameo[:2] > "08" else TARGET_PREPS - {"at"}
    if entry.cameo[:2] == SUPPORT_ROOT and entry.constrained:
        # "threw its weight behind Pretoria": whom the idiom backs (not "supported the
        # groups behind the attack"); "stood by Albania" (lexicon27; not a passive's agent)
        preps = preps | {"behind"} | (set() if is_passive(verb) else {"by"})
    if entry.cameo[:2] == "15":
        preps = preps | SHOW_OF_FORCE_PREPS  # "drills near the Azerbaijani border"
    for c in preps_of(verb):  # "at the White House" is a place for a meeting
        obj = child(c, "pobj", "pcomp")
        if c.lower_ in preps and not (obj is not None and c.lower_ == "with" and (
                obj.lemma_.lower() in HELP_NOUNS or absolute_with(obj))):
            yield actors_of(state, obj)
            if obj is not None:  # "closed its airspace to all flights to and from Mali"
                yield movement_ends(state, obj)
    for c in preps_of(verb):  # "protested to the ambassador of X", "pulled out of talks"
        if c.lower_ in ("of", "for", "from") and (
                entry.lemma not in ACCUSE_LEMMAS):
            yield actors_of(state, child(c, "pobj"))
    if (entry.speech and verb.tag_ == "VBG" and verb.dep_ == "advcl"
            and verb.head.lemma_.lower() in LETTER_VERBS):
        # "wrote to Dodoma asking for urgent talks": a participle of speech is said to
        # whom the letter goes ("handed a note to the ambassador, demanding ..." is the
        # protest itself, one act)
        addressee = prep_object(verb.head, frozenset({"to"}))
        if addressee is not None and _mention_for(state, addressee) is not None:
            yield actors_of(state, addressee)


def absolute_with(obj: Token) -> bool:
    """"with the UAE mediating": a "with" phrase that is a clause of its own names no
    partner of the act."""
    if obj.lower_.endswith("ing") and any(c.dep_ in ("compound", "nsubj")
                                          for c in obj.children):
        return True  # the parser may take the participle for a noun ("the UAE mediating")
    return any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in obj.children)


def movement_ends(state: CodingState, noun: Token) -> list[ActorMention]:
    """The place a movement noun goes to or comes from ("flights to and from Mali",
    "shipments to Russia"), one or two prepositions down."""
    for p in noun.children:
        for q in (p, *(k for k in p.children if k.dep_ == "conj")):
            if q.dep_ in ("prep", "conj") and q.lower_ in ("to", "from"):
                found = actors_of(state, child(q, "pobj"))
                if found:
                    return found
    return []


def noun_targets(state: CodingState, noun: Token, code: str = "",
                 own_side: set[str | None] | None = None) -> list[ActorMention]:
    order = [TARGET_PREPS, OF]
    if code == "042" and noun.lemma_.lower() in DEPARTURE_PREPS:
        order.insert(0, DEPARTURE_PREPS[noun.lemma_.lower()])  # "stops in Panama and Peru"
    if code[:2] == "15":
        order.insert(1, SHOW_OF_FORCE_PREPS)  # "drills near the Azerbaijani border"
    if noun.lemma_.lower() in LEAVING_NOUNS:
        order.insert(0, frozenset({"from"}))  # "the withdrawal of troops from Somalia"
    for preps in order:
        obj = prep_object(noun, preps)
        if obj is None and preps is SHOW_OF_FORCE_PREPS and noun.dep_ == "dobj":
            obj = prep_object(noun.head, preps)  # "held drills near the border": on the verb
        if obj is None and noun.dep_ == "compound" and noun.head.pos_ in NOUN_POS:
            # "an arrest warrant for Putin", "a travel ban against its officials"
            obj = prep_object(noun.head, preps | {"for"})
        if obj is not None and not helper_phrase(state, obj):
            found = actors_of(state, obj)
            if obj.head.lower_ == "at":  # "tariffs ... at the WTO": a venue, not a target
                found = [m for m in found if m.kind != "igo"]
            if found and not (own_side and sides(state, found) <= own_side):
                return found
    theme = prep_object(noun, OF)
    if theme is not None and own_side:
        # "the closing of its embassy in Tegucigalpa": where the thing acted on is
        found = actors_of(state, prep_object(theme, THEME_PLACE_PREPS))
        if found and not sides(state, found) <= own_side:
            return found
    return []


THEME_PLACE_PREPS = frozenset({"in", "from", "to"})
GIVING_ROOTS = frozenset({"03", "07"})  # pledges and the aid itself
RECEIVER_PREPS = frozenset({"to", "for"})
OBJECT_PREPS = frozenset({"from", "in", "to", "of", "against", "on", "with", "toward",
                          "towards", "for"})
HELP_NOUNS = frozenset({"help", "support", "assistance", "mediation", "backing",
                        "facilitation"})


def helper_phrase(state: CodingState, obj: Token) -> bool:
    """"with Albania's help", "with US support", "with Turkish help": the helper is no
    target."""
    return obj.head.lower_ == "with" and state.mention_at(obj) is None and (
        any(c.dep_ == "poss" for c in obj.children) or obj.lemma_.lower() in HELP_NOUNS)


MEETING_NOUN_CODES = frozenset({"040", "044"})


def mutual_parties(state: CodingState, tok: Token, code: str = "") -> list[ActorMention]:
    """"talks between X and Y": both parties, read as a reciprocal compound; also "a meeting
    of Sánchez and Sheinbaum" and "a meeting between A and B was held", where the verb is the
    trigger and the meeting noun its object or passive subject."""
    preps = MUTUAL_PREPS | {"of"} if code in MEETING_NOUN_CODES and tok.pos_ in NOUN_POS else (
        MUTUAL_PREPS)
    obj = prep_object(tok, preps)
    of = prep_object(tok, OF) if obj is None and tok.pos_ in NOUN_POS else None
    if of is not None:
        # lexicon22: "an exchange of fire between Pakistani and Afghan troops", where the
        # parser hangs the parties on the noun's of-complement
        obj = prep_object(of, MUTUAL_PREPS)
    if obj is None and code in MEETING_NOUN_CODES and tok.pos_ in VERB_POS:
        noun = child(tok, "dobj", "nsubjpass")
        return mutual_parties(state, noun, code) if noun is not None else []
    if obj is None:
        return []
    found = actors_of(state, obj)
    return found if len({m.country for m in found}) >= 2 else []


def complement_text(tok: Token) -> str:
    parts = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj", "advcl")]
    if not parts:
        parts = [c for c in tok.sent if c.i > tok.i and c.dep_ != "punct"][:1]
        return tok.sent[tok.i - tok.sent.start + 1:].text if parts else ""
    return " ".join(p.sent.doc[p.left_edge.i:p.right_edge.i + 1].text for p in parts)


def sentence_sites(lexicon: Lexicon, sent: Span, state: CodingState | None = None
                   ) -> list[tuple[Token, TriggerEntry]]:
    out = []
    for tok in sent:
        entry = choose_entry(lexicon, tok, state)
        if entry is not None:
            out.append((tok, entry))
    return out


def both_sides_mentioned(tok: Token) -> bool:
    return names_both_sides(complement_text(tok))
