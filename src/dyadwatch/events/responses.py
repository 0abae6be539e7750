"""Promised responses: a threat told as what the speaker's own side will do if another
party acts.

"Sikorski said he would take further steps if Moscow continued its sabotage campaign",
"'If Hezbollah violates the agreement, we will attack,' Netanyahu said", "Kagame said that
if South Africa preferred confrontation, Rwanda would deal with the matter": a statement
whose reported clause has the speaker's side as its subject, a future modal (will, would,
shall), a condition ("if", "unless") set off by another party, and as its act a response
(data/response_words.txt) or a hostile act the lexicon codes, is a threat (CAMEO 13x) to
that party, made and so asserted. The conditional act itself is no event (the annotation
conventions code the threat, not the act it holds out). A condition on the speaker's own
side ("would respond if asked") or a response to a message ("would respond to the letter
if ...", data/answer_words.txt) is no threat; an act said by someone else ("analysts said
Argentina could answer with expulsions") stays a hypothetical act.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from dyadwatch.actors.context import other_side
from dyadwatch.events.extract import FUTURE_MODALS, Site, actors_of, child, sides
from dyadwatch.events.lexicon import Lexicon
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_words

# "if/unless X acts", "will keep striking until they withdraw": set off by X
CONDITIONS = frozenset({"if", "unless", "until"})
# "..., warning that", "..., saying that": a participle that carries the statement on
SPEECH_PARTICIPLES = frozenset({"warn", "say", "add", "caution", "insist", "stress"})
STATEMENT_CODES = frozenset({"010", "012", "130"})  # say/declare, warn (that), warn (of)
# Subjects that stand for the speaker's side when they name no actor: "we will respond".
OWN_PRONOUNS = frozenset({"we", "i", "it", "he", "she"})
# Roots whose acts announced as a party's own conditional response threaten (13x).
HOSTILE_ROOTS = frozenset({"14", "16", "17", "18", "19", "20"})
# "Israel could take further steps against Brazil if ...": a party's own "could" holds out
# its response as a future modal does.
PROMISE_MODALS = FUTURE_MODALS | {"could"}
# "would take appropriate measures in response": a response to what the other side did.
ANSWERING_NOUNS = frozenset({"response", "retaliation", "reply", "answer"})
# Links from a clause's head to the verb that carries its act ("would be obliged to
# respond", "will respond and retaliate").
ACT_LINKS = frozenset({"xcomp", "acomp", "conj"})


def response_words() -> frozenset[str]:
    return read_words("response_words.txt")


def settle_promised_responses(state: CodingState, kept: dict[int, Site], lexicon: Lexicon
                              ) -> None:
    """Recode a statement whose reported clause promises its side's response to another
    party's act as a threat (130, or 13x refined by the hostile act it names); the act
    held out is dropped from `kept`."""
    dropped: set[int] = set()
    for site in list(kept.values()):
        if site.code not in STATEMENT_CODES or not site.entry.speech or site.token.i in dropped:
            continue
        if not site.source or not all(m.country for m in site.source):
            continue
        own = sides(state, site.source)
        for speaker, clause, subject in reported_clauses(site.token):
            acts = act_verbs(clause)
            responds = any(is_response(t) for t in acts)
            threatened, loose = promised_against(state, clause, subject, own,
                                                 {m.country for m in site.source}, acts)
            if not threatened or (loose and not responds):
                continue  # "could expel", "would expel ... in response": the act itself
            held_out = [kept[t.i] for t in acts if t.i in kept and kept[t.i] is not site
                        and kept[t.i].code[:2] in HOSTILE_ROOTS
                        and sides(state, kept[t.i].source) <= own]
            if responds:
                codes = []  # "would retaliate if ...": a threat, unspecified (130)
            else:
                codes = [a.code for a in held_out] or [
                    code for t in acts if (code := hostile_code(lexicon, t))]
                if not codes:
                    continue
            threat = Site(token=speaker, code=lexicon.refined("13", codes[0]) if codes else "130",
                          # a threat now, not a plain statement for settle_statements
                          entry=replace(site.entry, flags=site.entry.flags - {"weak"}),
                          source=list(site.source), target=threatened, flags={"speechlike"})
            kept[speaker.i] = threat
            for act in held_out:
                dropped.add(act.token.i)
            break
    for i in dropped:
        kept.pop(i, None)


def reported_clauses(speech: Token) -> list[tuple[Token, Token, Token | None]]:
    """(verb of saying, clause, its subject) for the clauses a verb of saying reports: its
    complement clauses and the clauses conjoined to them ("said he had ordered ... and
    would take further steps": the second shares the first one's subject), and those of a
    participle that carries the statement on ("his office said, warning that ...": the
    warning is the threat)."""
    found: list[tuple[Token, Token, Token | None]] = []
    speakers = [speech] + [c for c in speech.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                           and c.lemma_.lower() in SPEECH_PARTICIPLES]
    for verb, clause in ((v, c) for v in speakers for c in v.children):
        if clause.dep_ not in ("ccomp", "parataxis"):
            continue
        subject = child(clause, "nsubj")
        found.append((verb, clause, subject))
        for c in clause.conjuncts:
            if c.i > clause.i and c.pos_ in ("VERB", "AUX"):
                found.append((verb, c, child(c, "nsubj") or subject))
    return found


def promised_against(state: CodingState, clause: Token, subject: Token | None,
                     own: set[str | None], countries: set[str | None] = frozenset(),
                     acts: list[Token] | None = None) -> tuple[list[ActorMention], bool]:
    """The other party whose act sets off what the clause's subject (the speaker's side)
    will do; [] when the clause promises nothing of the speaker's side on such a condition
    ("would impose sanctions only if the talks failed" is a hypothetical act). The flag is
    set when the promise holds only for a response word (data/response_words.txt): told
    with "could", against a named party, or with the other party of the document's main
    dyad ("would respond if such an incursion happened again", "would take appropriate
    measures in response")."""
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"} & PROMISE_MODALS
    if not modals or subject is None:
        return [], False
    loose = not modals & FUTURE_MODALS
    actors = actors_of(state, subject)
    if actors and not sides(state, actors) <= own:
        return [], False
    if not actors and subject.lower_ not in OWN_PRONOUNS:
        return [], False
    def other_parties(named: list[ActorMention]) -> list[ActorMention]:
        return [m for m in named if m.country and sides(state, [m]) - own]

    conds = list(conditions(clause))
    for condition in conds:
        named = actors_of(state, child(condition, "nsubj"))
        if not named and (condition.pos_ == "NOUN" or child(condition, "nsubj") is None):
            # "if the holy book was burned again on Swedish soil"; "if South Africa
            # preferred confrontation", parsed as a noun phrase
            named = [m for m in state.mentions if m.country and not m.inferred
                     and condition.left_edge.i <= m.token_start <= condition.right_edge.i]
        others = other_parties(named)
        if others:
            return others, loose
    if acts is None:
        acts = act_verbs(clause)
    for verb in acts:  # "would take further steps against Brazil"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"):
            others = other_parties(actors_of(state, child(prep, "pobj")))
            if others:
                return others, True
    if actors and (conds or any(
            c.dep_ == "prep" and c.lower_ == "in" and child(c, "pobj") is not None
            and child(c, "pobj").lemma_.lower() in ANSWERING_NOUNS
            for verb in acts for c in verb.children)):
        # "would respond if such an incursion happened again", "would take appropriate
        # measures in response": the other party of the document's main dyad
        if len(countries) == 1:
            other = other_side(state, next(iter(countries)), "(main dyad)")
            if other is not None:
                return [other], True
    return [], False


def conditions(clause: Token) -> Iterable[Token]:
    """The "if"/"unless"/"until" clauses on a clause or on the verbs that carry its act."""
    for verb in [clause, *act_verbs(clause)]:
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                         for m in c.children):
                yield c


def act_verbs(clause: Token) -> list[Token]:
    """The clause's head and the verbs it passes its act to ("would be obliged to
    respond", "will respond and retaliate")."""
    found: list[Token] = []
    todo = [clause]
    while todo:
        verb = todo.pop()
        found.append(verb)
        todo += [c for c in verb.children if c.dep_ in ACT_LINKS
                 and c.pos_ in ("VERB", "AUX", "ADJ") and child(c, "nsubj") is None]
    return found


def hostile_code(lexicon: Lexicon, verb: Token) -> str | None:
    """The code the lexicon gives a verb by itself (no particle or object required) when
    it is a hostile act: "we will attack" (190)."""
    if verb.pos_ != "VERB":
        return None
    for entry in lexicon.lookup(verb.lemma_.lower(), "VERB"):
        if not entry.void and not entry.constrained and entry.particle is None:
            return entry.cameo if entry.cameo[:2] in HOSTILE_ROOTS else None
    return None


def is_response(verb: Token) -> bool:
    """A verb of data/response_words.txt, not a mere answer to a message or an answer in
    peace (data/answer_words.txt: "would respond to the letter", "will react calmly")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    keys = {lemma}
    for c in verb.children:
        if c.dep_ in ("prt", "prep", "dobj"):
            keys.add(f"{lemma} {c.lemma_.lower()}")
    if not keys & response_words():
        return False
    if any(c.dep_ in ("xcomp", "advcl") and child(c, "aux") is not None
           and child(c, "aux").lower_ == "to" for t in (verb, child(verb, "dobj")) if t is not None
           for c in t.children) or any(
           c.dep_ == "acl" for o in verb.children if o.dep_ == "dobj" for c in o.children):
        return False  # "would take steps to normalise ties": a purpose of its own
    answers = read_words("answer_words.txt")
    heard = [c for c in verb.children if c.dep_ in ("advmod", "dobj")]
    heard += [o for p in verb.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj"]
    return not any(w.lemma_.lower() in answers for w in heard)
