"""Modality of an event: asserted, reported, hypothetical, negated or future.

Cues come from data/modality_cues.tsv; a cue counts only when the dependency tree puts the
trigger in its scope: an auxiliary or negation of the trigger's own clause (or of a verb the
trigger complements: "did not agree to meet"), an adjective on a noun trigger ("possible
talks"), or a governing verb ("plans to expel", "held off on a strike").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dyadwatch.actors.context import resolve_countryless, resolve_pronoun, role_refers_to
from dyadwatch.ground.syntax import (
    ASCRIBING_VERBS,
    clause_head,
    governing_speech_verb,
    inserted_attribution,
    inside_quotes,
    speaker_of,
    speech_kind,
    trailing_attribution,
    voted_text,
)
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent
from dyadwatch.tables import read_tsv

MEDIATION = "045"  # CAMEO "mediate"
# Relations through which a trigger takes the auxiliaries and governors of its head.
_CLIMB_DEPS = ("xcomp", "pcomp", "pobj", "prep", "dobj", "nsubjpass", "attr", "acomp", "agent")
INTENT_ROOT = "03"  # CAMEO "express intent to cooperate"
# Stronger evidence first when several cues apply.
_PRIORITY = ("negated", "hypothetical", "future", "reported")

# Draft flag of an act told by negating a verb: a threat made by keeping an option open
# ("did not rule out force", events/options.py), a rejection made by not accepting ("would
# not accept the plan", events/rejections.py). The trigger's own negation and modal make
# the act, which is made now.
NEGATION_IS_ACT = "negation_is_act"


@dataclass(frozen=True)
class Cue:
    text: str
    modality: str


@cache
def modality_cues() -> dict[str, dict[str, str]]:
    """where -> {cue: modality}."""
    table: dict[str, dict[str, str]] = {}
    for row in read_tsv("modality_cues.tsv"):
        table.setdefault(row["where"], {})[row["cue"].lower()] = row["modality"]
    return table


def _governor_key(token: Token) -> str:
    prt = [c.lower_ for c in token.children if c.dep_ == "prt"]
    if token.lemma_.lower() in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children) and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in token.children):
        return f"{token.lemma_.lower()} yet"  # "has yet to impose", "is yet to return"
    if token.lemma_.lower() == "be" and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in token.children):
        return "be to"  # "the exchange is to take place": a scheduled act
    if token.lower_ == "going" and any(c.dep_ == "xcomp" and _infinitive(c)
                                       for c in token.children):
        return "going"  # "is going to expel": the lemma "go" would not say it
    if token.lemma_.lower() == "have" and token.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in token.children):
        return "have to"  # "still has to be ratified": not yet done ("had to" was)
    return f"{token.lemma_.lower()} {prt[0]}" if prt else token.lemma_.lower()


# Verbs whose object an act is done with ("use the visit to announce"), and occasions taken
# for one ("seize the chance to expel"): an infinitive on that object is the purpose of the
# verb itself, not of the object.
PURPOSE_VERBS = frozenset({"use", "exploit", "utilise", "utilize"})
OCCASION_VERBS = frozenset({"seize", "take", "grasp"})
OCCASION_NOUNS = frozenset({"opportunity", "chance", "occasion", "moment"})


def _purpose_object(noun: Token) -> bool:
    """"(could use) the delay (to offer)", "(may seize) the opportunity (to expel)"."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head.lemma_.lower()
    return verb in PURPOSE_VERBS or (
        verb in OCCASION_VERBS and noun.lemma_.lower() in OCCASION_NOUNS)


def scope_chain(trigger: Token) -> list[tuple[Token, bool]]:
    """(token, via_conj) for the trigger and the heads whose clause it belongs to.

    Climbing stops at a clause boundary (ccomp, relcl, advcl, the root). Through a
    coordination only auxiliaries are shared: "will expel diplomats and close the embassy".
    """
    chain = [(trigger, False)]
    current, via_conj = trigger, False
    while current.head.i != current.i:
        dep = current.dep_
        if dep == "conj" and _infinitive(current) and _infinitive(current.head):
            pass  # "undertook to lift the pause and to resume aid": both complement the verb
        elif dep == "conj" and not _finite(current) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            via_conj = True  # "will expel the envoys and close the embassy"
        elif dep in ("ccomp", "advcl") and _infinitive(current) and not speech_kind(current.head):
            pass  # "allowed the inspectors to return", "will travel to meet": like xcomp
        elif dep == "acl" and current.tag_ == "VBG" and current.head.dep_ in ("dobj", "pobj"):
            pass  # "did not issue any statement criticising China": the statement's mood
        elif dep in ("acl", "relcl") and _infinitive(current) and current.head.pos_ == "NOUN" \
                and _governor_key(current.head) in modality_cues().get("governor", {}):
            pass  # "has no plans to expel", "announced its intention to withdraw"; "could
            # open the way for the two countries to exchange envoys" (parsed a relcl)
        elif dep == "acl" and _infinitive(current) and _purpose_object(current.head):
            pass  # "could use the delay to offer projects": the parser hangs the purpose
            # clause on the object; the act is the using verb's, in its mood
        elif dep == "acl" and _infinitive(current) and voted_text(current.head):
            pass  # "will vote on a motion to declare him persona non grata": the vote's mood
        elif dep == "compound" and current.pos_ == "NOUN" and current.head.pos_ == "NOUN":
            pass  # "will announce its tariff countermeasures": the measure's mood
        elif dep not in _CLIMB_DEPS:
            break
        current = current.head
        chain.append((current, via_conj))
    return chain


def governed_clause_dep(trigger: Token) -> str:
    """The relation of the clause an act belongs to when a governor of data/modality_cues.tsv
    holds it ("Baku stopped short of breaking off relations", "held off on imposing"): the
    governor's, so that such an act counts as told in its main clause; else the trigger's."""
    governors = modality_cues().get("governor", {})
    chain = scope_chain(trigger)
    for token, via_conj in chain[1:]:
        if not via_conj and _governor_key(token) in governors:
            return clause_head(token).dep_  # "short" in "stopped short of": the verb's
    return trigger.dep_


def held_back_from(verb: Token) -> bool:
    """"stopped short of agreeing to seize the assets", "failed to agree on sanctions": an
    intent or accord verb held back by a governor that denies it (data/modality_cues.tsv,
    where disown), as a negation of its own would ("did not agree to"). Refusals are not
    among them: a refusal is an act of its own."""
    disowning = modality_cues().get("disown", {})
    for token, via_conj in scope_chain(verb)[1:]:
        if via_conj:
            return False
        if _governor_key(token) in disowning:
            return True
    return False


def _finite(verb: Token) -> bool:
    """A verb with its own tense ("accused") does not share a coordinated verb's modal."""
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _local_cues(token: Token, is_trigger: bool, via_conj: bool) -> list[Cue]:
    cues = modality_cues()
    found: list[Cue] = []
    for child in token.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass") and word in cues.get("aux", {}):
            found.append(Cue(child.text, cues["aux"][word]))
        if via_conj:
            continue
        if child.dep_ == "neg" and word in cues.get("neg", {}):
            found.append(Cue(child.text, cues["neg"][word]))
        elif child.dep_ == "advmod" and word in cues.get("adv", {}):
            found.append(Cue(child.text, cues["adv"][word]))
        elif child.dep_ == "advmod" and word in cues.get("neg", {}):
            found.append(Cue(child.text, cues["neg"][word]))
        elif child.dep_ == "mark" and word in cues.get("mark", {}):
            found.append(Cue(child.text, cues["mark"][word]))
        elif child.dep_ in ("amod", "nmod") and word in cues.get("amod", {}):
            found.append(Cue(child.text, cues["amod"][word]))
        elif child.dep_ == "det" and word in cues.get("det", {}):
            found.append(Cue(child.text, cues["det"][word]))
    if is_trigger and token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
        # "a Chinese attack on Taiwan could amount to ...": an event noun that is the subject
        # of a hedged verb is only supposed (not "will": "the sanctions will hurt" exist)
        for aux in token.head.children:
            if aux.dep_ == "aux" and cues.get("aux", {}).get(aux.lower_) == "hypothetical":
                found.append(Cue(aux.text, "hypothetical"))
    if is_trigger and token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" and any(
            c.dep_ == "neg" for c in token.head.children) and _happening(token.head):
        # "a meeting between Duda and Zelenskiy did not take place"
        neg = next(c for c in token.head.children if c.dep_ == "neg")
        found.append(Cue(neg.text, "negated"))
    if is_trigger and token.pos_ in ("VERB", "AUX"):
        # "reached no agreement", "no agreement was signed": the act's object is denied;
        # so is a pronoun that denies its subject or object ("none of the six was declared")
        for obj in token.children:
            if obj.dep_ in ("dobj", "nsubjpass", "nsubj") and (
                    cues.get("pron", {}).get(obj.lower_) == "negated"):
                found.append(Cue(obj.text, "negated"))
            if obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            for det in obj.children:
                if det.dep_ == "det" and cues.get("det", {}).get(det.lower_) == "negated":
                    found.append(Cue(det.text, "negated"))
    if is_trigger and token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" and (
            _happening(token.head)):
        # "the meeting will take place soon": a scheduled event, not yet held
        for aux in token.head.children:
            if aux.dep_ == "aux" and cues.get("aux", {}).get(aux.lower_) == "future":
                found.append(Cue(aux.text, "future"))
    if not is_trigger and not via_conj and token.dep_ == "prep":
        alternative = _passed_over(token)
        if alternative is not None:
            found.append(alternative)
    if is_trigger and token.dep_ == "nsubj" and token.head.lemma_ in LINKING_VERBS:
        # "a new attack is very probable", "the visit now appears uncertain": the linking
        # verb's predicate judges the event noun
        for pred in token.head.children:
            if pred.dep_ in ("acomp", "oprd") and pred.lower_ in cues.get("pred", {}):
                found.append(Cue(pred.text, cues["pred"][pred.lower_]))
    if not is_trigger and not via_conj and token.dep_ == "prep":
        modality = cues.get("prep", {}).get(token.lower_)
        if modality:
            found.append(Cue(token.text, modality))
    if not is_trigger and not via_conj:
        key = _governor_key(token)
        modality = cues.get("governor", {}).get(key)
        denied = cues.get("not_governor", {}).get(key)
        if denied and any(c.dep_ == "neg" for c in token.children):
            # "did not rule out expelling the envoy": the negation of a negating verb
            # leaves the act possible, neither negated nor done
            return [c for c in found if c.modality != "negated"] + [Cue(key, denied)]
        if modality:
            found.append(Cue(key, modality))
    return found


def clause_mood(trigger: Token) -> str | None:
    """The mood the trigger's own clause gives its act by its modal auxiliaries and its
    negation: "negated" ("did not board the ship", "did not try to shoot it down"),
    "hypothetical" ("could put the group back on its list") or "future" ("will take the case
    to court"); None for an act told as done. Only the auxiliaries and negations of the
    trigger and of the verbs it complements count (scope_chain), not governors that make an
    act someone's wish ("urged Baku to expel").
    """
    aux = modality_cues().get("aux", {})
    found: set[str] = set()
    for token, via_conj in scope_chain(trigger):
        for child in token.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in aux:
                found.add(aux[child.lower_])
            elif child.dep_ == "neg" and not via_conj:
                found.add("negated")
    return next((m for m in _PRIORITY[:3] if m in found), None)


def _passed_over(prep: Token) -> Cue | None:
    """"abstained instead of casting a veto", "chose talks rather than imposing sanctions":
    the act after the preposition is the one not taken (data/modality_cues.tsv, where
    alternative: the preposition's adverb and the modality it gives)."""
    words = modality_cues().get("alternative", {})
    for adverb in prep.children:
        key = f"{adverb.lower_} {prep.lower_}"
        if adverb.dep_ == "advmod" and adverb.i < prep.i and key in words:
            return Cue(key, words[key])
    return None


# Conjunctions under which a negation covers every conjunct: "did not expel X or close Y"
# says neither happened ("and" does not: "did not expel X and closed Y" is read as told).
DISJUNCTIONS = frozenset({"or", "nor"})


def _negation_shared(chain: list[tuple[Token, bool]]) -> Cue | None:
    """"has not retracted the comments or apologised for them", "did not recall its envoy
    or expel anyone", "never recalled its envoy nor summoned ...": a verb coordinated by
    "or"/"nor" with a negated verb, with no subject of its own, is negated with it
    (scope_chain lets only auxiliaries through a coordination; the tagger often reads the
    second verb as finite, "or expelled", and the chain stops there)."""
    for token, _ in chain:
        if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None  # "did not attend, or it was cancelled": a clause of its own
        head = token.head
        neg = next((c for c in head.children if c.dep_ == "neg"), None)
        if neg is not None and any(c.dep_ in ("cc", "preconj") and c.lower_ in DISJUNCTIONS
                                   and head.i < c.i < token.i for c in head.children):
            return Cue(neg.text, "negated")
        return None  # a conjunct further up belongs to another act
    return None


def _passed_over_conj(chain: list[tuple[Token, bool]]) -> Cue | None:
    """"abstained rather than join Moscow in vetoing": the parser coordinates the verb after
    "rather than" with the one chosen; the act of that conjunct is the one not taken."""
    words = modality_cues().get("alternative", {})
    for token, _ in chain:
        if token.dep_ != "conj":
            continue
        for cc in token.head.children:
            if cc.dep_ != "cc" or not token.head.i < cc.i < token.i:
                continue
            for adverb in cc.children:
                key = f"{adverb.lower_} {cc.lower_}"
                if adverb.dep_ == "advmod" and key in words:
                    return Cue(key, words[key])
        return None  # a conjunct further up belongs to another act
    return None


# Verbs that link a noun event to a judging adjective ("is probable", "appears uncertain").
LINKING_VERBS = frozenset({"be", "appear", "seem", "look", "remain"})


def _happening(verb: Token) -> bool:
    """"take place", "happen", "go ahead": a verb saying that its subject event occurs
    (data/modality_cues.tsv, where happen)."""
    words = modality_cues().get("happen", {})
    extra = [c.lower_ for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")]
    keys = [verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {w}" for w in extra)]
    return any(k in words for k in keys)


def _effect_keys(verb: Token) -> list[str]:
    """"take effect", "enter into force", "come into force": the verb with its object or the
    object of its into-phrase."""
    lemma = verb.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("into", "in"):
            keys += [f"{lemma} {o.lower_}" for o in prep.children if o.dep_ == "pobj"]
    return keys


def _takes_effect_later(trigger: Token) -> Cue | None:
    """"announced its withdrawal from the bloc, which is due to take effect in January",
    "announced an embargo on arms sales, which will enter into force on Monday": a measure
    told as a noun that a relative clause says is still to take effect (data/modality_cues.tsv,
    where effect) is not in force yet. The parser often hangs the clause on the last noun of
    the trigger's phrase, so any relative clause inside it counts. A verb's act is done
    ("signed an order imposing the duty, which will come into force later": the gold codes
    the imposing asserted), unless it only announces the measure ("announced tariffs on
    steel, which will take effect in May": the measure is the object)."""
    measure: Token | None = trigger
    if trigger.pos_ not in ("NOUN", "PROPN"):
        measure = next((c for c in trigger.children if c.dep_ == "dobj"), None) if (
            speech_kind(trigger) == "announce") else None
    if measure is None:
        return None
    effects = modality_cues().get("effect", {})
    for clause in measure.subtree:
        if clause.dep_ != "relcl" or clause.i < measure.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in clause.children):
            continue  # "which ...": a clause about a thing, not "who" (a person)
        if _through_apposition(clause.head, measure):
            continue  # "withdrawal from X, a bloc ..., a departure which is to take effect":
            # an appended restatement (the gold keeps the announced withdrawal asserted)
        for verb in [clause, *(t for t in clause.subtree if t.dep_ == "xcomp")]:
            if not any(k in effects for k in _effect_keys(verb)):
                continue
            for token, via_conj in scope_chain(verb):
                for cue in _local_cues(token, token.i == verb.i, via_conj):
                    if cue.modality == "future":
                        return cue
                if token.i == clause.i:
                    break
    return None


def _through_apposition(token: Token, top: Token) -> bool:
    """Whether the path from `token` up to `top` passes an apposition or another clause."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("appos", "relcl", "acl"):
            return True
        token = token.head
    return False


def _reported_by_future_in_past(cue: Cue, trigger: Token) -> bool:
    """"announced it would free prisoners", "agreed that the leaders would meet again":
    "would" reports a plan, not a hypothesis - unless a condition hangs on the act ("would
    be lifted only once Israel allowed aid")."""
    if cue.text.lower() not in ("would", "'d") or is_conditional(trigger):
        return False
    verb = governing_speech_verb(trigger)
    if verb is None:
        verb = _committing_verb(trigger)
    if verb is not None:
        verb = _tense_bearer(verb)
    return verb is not None and (verb.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "aux" and c.lower_ == "did" for c in verb.children))  # "did not say when"


def _tense_bearer(verb: Token) -> Token:
    """"told reporters, adding that the talks would resume": a participle of saying hung on
    a clause takes that clause's tense (its own -ing form has none)."""
    while verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
            c.dep_ == "aux" for c in verb.children):
        verb = verb.head
    return verb


def _committing_verb(trigger: Token) -> Token | None:
    """The verb whose that-clause holds the act, when it commits to a plan ("agreed",
    "promised", "decided that ..."): the future cues of the governor list."""
    clause = trigger
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    governors = modality_cues().get("governor", {})
    return head if governors.get(head.lemma_.lower()) == "future" else None


_CONDITION_MARKS = frozenset({"if", "unless"})
_RESTRICTED_MARKS = frozenset({"once", "when", "after"})  # conditions only after "only"


def is_conditional(trigger: Token) -> bool:
    """The trigger's clause has a condition: "if ...", "unless ...", "only once ..."."""
    for token, _ in scope_chain(trigger):
        for clause in token.children:
            if clause.dep_ != "advcl":
                continue
            marks = [c for c in clause.children if c.dep_ == "mark"]
            for mark in marks:
                word = mark.lower_
                only = mark.i > 0 and mark.nbor(-1).lower_ == "only"
                if word in _CONDITION_MARKS or (word in _RESTRICTED_MARKS and only):
                    return True
    return False


# Conjunctions of a time clause whose present tense tells an act still to come when the main
# clause is in the future: "will take effect once parliament ratifies it".
_TIME_MARKS = frozenset({"once", "after", "when", "until", "till", "before"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _awaited_in_time_clause(chain: list[tuple[Token, bool]]) -> Cue | None:
    """"the treaty will enter into force only after it is ratified by parliament", "talks
    will resume when Iran releases the prisoners", "will not sign until China lifts the
    ban": English tells a future act in a time clause in the present tense; under a main
    clause that a modal puts in the future or in doubt, the act is as yet to come as the
    main clause's (its modal's modality)."""
    clause = chain[-1][0]
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" or (
        c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i)), None)
    if mark is None or mark.lower_ not in _TIME_MARKS:
        return None
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return None  # the clause's own modal is read as the trigger's
    tensed = [a for a in auxes if a.lower_ != "to"] or [clause]
    if tensed[0].tag_ not in _PRESENT_TAGS:
        return None  # "after Oslo declared ...": a past act
    aux_cues = modality_cues().get("aux", {})
    for aux in clause.head.children:
        if aux.dep_ == "aux" and aux_cues.get(aux.lower_) in ("future", "hypothetical"):
            return Cue(mark.text, aux_cues[aux.lower_])
    return None


def _cue_modality(cue: Cue, trigger: Token) -> str:
    if cue.modality == "hypothetical" and _reported_by_future_in_past(cue, trigger):
        return "future"
    return cue.modality


def _countries(mentions: list[ActorMention]) -> set[str]:
    return {m.country or m.code[:3] for m in mentions if m.code}


def speaker_mention(state: CodingState, subject: Token | None,
                    resolve: bool = False) -> ActorMention | None:
    """The coded actor that a speaker phrase names, if any. With `resolve`, a role with no
    country ("according to the minister") is resolved like any other countryless mention
    (its antecedent), so that another party's minister is not taken for the actor's; a
    trailing "the ministry said" keeps the role (it refers back to the acting party)."""
    if subject is None:
        return None
    hit = state.mention_at(subject)
    if hit is None and subject.pos_ == "PRON":
        # "he also said that the UAE had agreed ...": the speaker the pronoun stands for
        hit = resolve_pronoun(state, subject)
    if hit is None:
        hit = next((m for m in map(state.mention_at, subject.subtree) if m is not None), None)
    if resolve and hit is not None and not hit.country:
        hit = resolve_countryless(state, hit)
    return hit


def according_to_source(chain: list[tuple[Token, bool]]) -> Token | None:
    """The source in "according to X" attached to the trigger's clause, or opening the
    sentence ("According to diplomatic sources, ..., a demand Bangui has refused"): then
    it covers every clause of it."""
    source = _according_object_in(chain)
    if source is not None or not chain:
        return source
    sent = chain[0][0].sent
    opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if opening is not None and opening.lower_ == "according" and opening.dep_ == "prep":
        return _according_object(opening.head)
    return None


def _according_object_in(chain: list[tuple[Token, bool]]) -> Token | None:
    """X of an "according to X" on the trigger's own clause (not one opening the sentence)."""
    return next((src for src in (_according_object(t) for t, _ in chain) if src is not None),
                None)


def _background_modifier(trigger: Token) -> bool:
    """Whether the act is told in a relative or participial clause on a noun ("a teenager
    who was killed by ...", "the agreement signed in 2018", "Xi, who was received by ...")
    reached, going up from the act, before any verb of saying (the clause may itself stand
    under one: "officials said the treaty, which Russia signed in 2019, ..."): the clause
    describes the noun in the text's own voice."""
    current = trigger
    while current.head.i != current.i:
        if speech_kind(current) and current.i != trigger.i:
            return False  # "the strikes, which activists said hit homes": the claim itself
        if current.dep_ in ("relcl", "acl") and current.pos_ in ("VERB", "AUX") and (
                current.head.pos_ in ("NOUN", "PROPN")):
            return True
        current = current.head
    return False


def _according_object(token: Token) -> Token | None:
    """X of an "according to X" that hangs on the token."""
    for child in token.children:
        if child.lower_ == "according" and child.dep_ == "prep":
            for to in child.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None


# Speakers who tell of others' acts, never their own state's voice: the press, private
# persons, companies, the opposition ("Kyodo reported", "relatives said").
BYSTANDER_ROLES = frozenset({"MED", "CVL", "BUS", "OPP", "NGO", "EDU"})


def _government_of_actor(state: CodingState, ev: DraftEvent,
                         speaker: ActorMention | None) -> bool:
    """"BELGRADE, 16 June -- Members of the Gendarmerie arrested ..., announced the
    ministry": a countryless government office in a story datelined in the acting party's
    state is that state's government, telling its own state's act."""
    if speaker is None or speaker.country or "GOV" not in speaker.roles:
        return False
    return bool(state.dateline) and state.dateline in _countries(ev.source)


def _source_is_speaker(ev: DraftEvent, speaker: ActorMention | None) -> bool:
    if speaker is None:
        return False
    bystander = set(speaker.roles) & BYSTANDER_ROLES
    if bystander and not any(bystander & set(m.roles) for m in ev.source):
        return False  # "Tokyo urged Seoul ..., Kyodo reported": the agency is no actor
    if not speaker.country and speaker.roles:
        # "X's foreign ministry summoned ..., the ministry said": a definite role with no
        # country refers back to the acting party of that role (a government: the state).
        return any(role_refers_to(speaker.roles, m) or _organ_of_state(speaker, m)
                   for m in ev.source)
    return bool(_countries([speaker]) & _countries(ev.source))


# Roles of the organs that speak for a state: "Burundi has shut its border, Interior
# Minister X said" is the state's own voice, as "the minister" of a government is.
STATE_ORGAN_ROLES = frozenset({"GOV", "COP", "MIL"})


def _organ_of_state(speaker: ActorMention, m: ActorMention) -> bool:
    return bool(set(speaker.roles) & STATE_ORGAN_ROLES) and not m.roles and m.kind == "state"


def as_attribution(chain: list[tuple[Token, bool]]) -> Token | None:
    """The speech verb of an "as X writes / reported" clause on the act's clause."""
    for token, _ in chain:
        for clause in token.children:
            if clause.dep_ == "advcl" and speech_kind(clause) and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                return clause
    return None


def _as_clause_speaker(clause: Token) -> Token | None:
    """Who speaks in an "as X said" clause; in the inverted order of translated text ("as
    declared the secretary of the Security Council", "as said the sources") the parse takes
    the speaker after the verb for its object."""
    speaker = speaker_of(clause)
    if speaker is not None:
        return speaker
    return next((c for c in clause.children if c.dep_ in ("dobj", "attr") and c.i > clause.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _possible_that(trigger: Token) -> Cue | None:
    """"It is possible that Raisi will visit Riyadh": a clause whose governing copula calls
    it possible, likely or probable; "it is not excluded that ...", "it cannot be ruled out
    that ...": a negated negating verb leaves the clause's act possible."""
    clause = trigger
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    denied = modality_cues().get("not_governor", {}).get(_governor_key(clause.head))
    if denied and any(c.dep_ == "neg" for c in clause.head.children):
        return Cue(_governor_key(clause.head), denied)
    if clause.head.lemma_ != "be":
        return None
    preds = modality_cues().get("pred", {})
    for pred in clause.head.children:
        if pred.dep_ == "acomp" and preds.get(pred.lower_) == "hypothetical":
            return Cue(pred.text, "hypothetical")
    return None


def telling_verb(trigger: Token) -> Token | None:
    """The verb of saying that tells the act: governing its clause ("said X attacked") or
    trailing it ("X attacked, officials said")."""
    verb = governing_speech_verb(trigger)
    if verb is not None:
        # "it should be noted that ..." is the author's aside, unless someone tells the
        # aside itself ("Kenyan officials said it should be noted that ...", "it must be
        # stressed that ..., an official told reporters"): then that teller tells the act
        return telling_verb(verb) if _author_aside(verb) else verb
    verb = trailing_attribution(trigger)
    if verb is not None and _subordinate(verb):
        return None  # "ordered the envoys out, a week after Oslo declared ...": a time clause
    if verb is None:
        verb = inserted_attribution(clause_head(trigger))  # "The United States, she said,
        # had committed to ...": set between commas inside the clause it tells
    return verb


def _author_aside(verb: Token) -> bool:
    """"It should be noted that Colombo suspended ...", "it must be said that ...": a passive
    verb of saying with "it" and a modal of data/modality_cues.tsv (where aside) is the
    author's own remark, not someone else's account of the act."""
    asides = modality_cues().get("aside", {})
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in asides for c in verb.children)


def _subordinate(clause: Token) -> bool:
    """A clause a conjunction subordinates ("after Oslo declared", "when Baku said"): it
    tells of an earlier or other event, not who tells the sentence ("as X said" does)."""
    return any(c.dep_ == "mark" and c.lower_ != "as" for c in clause.children)


def reported_cue(state: CodingState, ev: DraftEvent, trigger: Token,
                 chain: list[tuple[Token, bool]]) -> Cue | None:
    """Why the act is only known through someone's claim, or None."""
    if ev.alleged_by is not None:
        return Cue(ev.alleged_by.trigger_text, "reported")
    claim = claimed_in_relative(trigger, ev.cameo)
    if claim is not None and not _source_is_speaker(
            ev, speaker_mention(state, speaker_of(claim))):
        return Cue(claim.text, "reported")
    if _background_modifier(trigger):
        # "the death of a teenager who was killed by Israeli forces", "the agreement signed
        # in 2018": an act told in a clause that describes a noun is the text's background,
        # not what the speaker of the sentence claims (unless its own clause cites a source)
        source = _according_object_in(chain)
        if source is not None and not _source_is_speaker(
                ev, speaker_mention(state, source, resolve=True)):
            return Cue("according to", "reported")
        return None
    source = according_to_source(chain)
    if source is not None:
        speaker = speaker_mention(state, source, resolve=True)
        if _unnamed_sources(source, speaker) or not _source_is_speaker(ev, speaker):
            return Cue("according to", "reported")
    verb = telling_verb(trigger)
    if verb is not None and "order" in ev.flags and verb.i == trigger.head.i:
        verb = telling_verb(verb)  # "told the envoy to leave": the telling is the act
    if verb is None:
        return None
    subject = speaker_of(verb)
    speaker = speaker_mention(state, subject)
    if _both_sides(subject) and not _bystander(speaker):
        return None  # "..., officials on both sides said", "..., a joint statement said"
        # (not "residents on both sides of the border said": onlookers, not the parties)
    if ev.speech_act and _state_outlet(state, ev, verb):
        return None  # "Minister X called on ..., state media reported": X's public word
    if _unnamed_sources(subject, speaker) and not _speaker_tells_own_act(trigger, verb):
        return Cue(verb.text, "reported")  # "..., diplomats said": no party's own voice
    if _source_is_speaker(ev, speaker):
        return None  # the acting party announces its own act
    if _government_of_actor(state, ev, speaker):
        return None  # "police arrested ..., announced the ministry": the state's own voice
    if speaker is None and _own_office(speaker_of(verb)):
        return None  # "..., his office said": the actor's own voice
    if speaker is None and speech_kind(verb) == "announce":
        return None  # "issued a statement, announcing that ...": the parties announce it
    if _speaker_tells_own_act(trigger, verb) and not (
            speaker is not None and set(speaker.roles) & BYSTANDER_ROLES):
        return None  # "the militants said they attacked": the speaker is the actor
    return Cue(verb.text, "reported")


# Roots of the acts a relative clause of saying tells as someone's claim ("the strikes,
# which activists said hit homes"): force and coercion, which are alleged; a claim on a
# talk or visit ("the talks, which officials said lasted three hours") tells of no doubt.
CLAIMED_ROOTS = frozenset({"17", "18", "19", "20"})


def claimed_in_relative(trigger: Token, cameo: str = "") -> Token | None:
    """The verb of a relative clause through which someone else tells of the act: on the
    act's noun, or on the noun that is the subject of the act's verb ("the strikes, which
    activists said hit homes, killed ten people"; "a strike that monitors blamed on the
    air force killed a trafficker"; "the explosion, which investigators said was caused
    by saboteurs, damaged the line"). The act is then known only from that claim."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        nouns = [trigger]
    else:
        nouns = [c for c in trigger.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    for noun in nouns:
        for rel in noun.children:
            if rel.dep_ == "acl" and noun.dep_ == "nsubj" and rel.lemma_.lower() in \
                    ASCRIBING_VERBS and rel.tag_ == "VBN" and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "to") for c in rel.children):
                # "a raid that rights groups blamed on the army killed ...": the parser
                # takes "groups blamed on the army" for the subject of "killed"
                return rel
            if rel.dep_ != "relcl":
                continue
            if rel.lemma_.lower() in ASCRIBING_VERBS and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "to") for c in rel.children):
                return rel  # "which Kyiv blamed on Moscow", "attributed to"
            if cameo[:2] in CLAIMED_ROOTS and speech_kind(rel) and any(
                    c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.lemma_ != "be"
                    and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
                    for c in rel.children):
                # "which activists said hit homes", "said was caused by" (not "which
                # officials said was the first", "said would take effect": no act told)
                return rel
    return None


def _state_outlet(state: CodingState, ev: DraftEvent, verb: Token) -> bool:
    """"..., state media reported": an outlet of the state (data/modality_cues.tsv, where
    state_outlet) of the speaking party, or of no named country, carries that party's own
    public statement."""
    subject = speaker_of(verb)
    if subject is None:
        return False
    words = modality_cues().get("state_outlet", {})
    if not any(w in words for w in _outlet_words(subject)):
        return False  # "state media"; "the Kuwaiti news agency (KUNA)": a national agency
    if _cites_unnamed_sources(verb):
        return False  # "..., Kyodo news agency reported, citing unnamed government sources"
    speaker = speaker_mention(state, subject)
    return speaker is None or not speaker.country or bool(
        _countries([speaker]) & _countries(ev.source))


_MODIFIER_DEPS = ("amod", "compound", "nmod")
_UNNAMED = frozenset({"source", "unnamed", "anonymous", "informed"})


def _cites_unnamed_sources(verb: Token) -> bool:
    """"reported, citing unnamed government sources": the outlet passes on what unnamed
    people told it, not a party's public word."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "quote") and any(
        t.lemma_.lower() in _UNNAMED for t in c.subtree) for c in verb.children)


def _outlet_words(subject: Token) -> list[str]:
    """The words and "modifier noun" pairs that describe a speaker: "state" in "state
    media", "news agency" in "the Kuwaiti news agency" and in "the news agency KUNA"."""
    out: list[str] = []
    for mod in subject.children:
        if mod.dep_ not in _MODIFIER_DEPS:
            continue
        out += [mod.lower_, f"{mod.lower_} {subject.lemma_.lower()}"]
        out += [f"{c.lower_} {mod.lemma_.lower()}" for c in mod.children
                if c.dep_ in _MODIFIER_DEPS]
    return out


def _bystander(speaker: ActorMention | None) -> bool:
    """A speaker of a bystander role (BYSTANDER_ROLES: residents, the press, ...)."""
    return speaker is not None and bool(set(speaker.roles) & BYSTANDER_ROLES)


def _both_sides(subject: Token | None) -> bool:
    """"officials on both sides", "a joint statement": a speaker that speaks for both
    parties (data/modality_cues.tsv, where both_sides), so their own voice."""
    if subject is None:
        return False
    words = modality_cues().get("both_sides", {})
    return any(t.lower_ in words and t.dep_ in ("det", "amod", "predet", "nummod")
               for t in subject.subtree)


def _known_from_bystanders(state: CodingState, ev: DraftEvent,
                           chain: list[tuple[Token, bool]]) -> bool:
    """A speech act known only "according to" the press, unnamed people or another
    country's side, not the speaker's own: "has invited the Australian leader, according to
    Indonesian media", "according to Nepali officials the Chinese side promised ..."."""
    source = according_to_source(chain)
    if source is None:
        return False
    speaker = speaker_mention(state, source, resolve=True)
    if _unnamed_sources(source, speaker):
        return True
    return (speaker is not None and bool(set(speaker.roles) & BYSTANDER_ROLES
                                         or speaker.country)
            and not _source_is_speaker(ev, speaker))


def _unnamed_sources(subject: Token | None, speaker: ActorMention | None) -> bool:
    """"diplomats said", "according to diplomats": a bare plural of no named country is
    some unnamed people, not the acting party's voice (which "the ministry said" is).
    Adjectives that name no party leave them unnamed ("several diplomatic sources")."""
    if subject is not None and subject.lower_ in modality_cues().get("outlet_own", {}) and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in subject.children) and not (
            inside_quotes(subject)):
        return True  # "according to our information": the outlet's own unnamed informants
    if subject is None or subject.tag_ != "NNS" or (speaker is not None and speaker.country):
        return False
    modifiers = ("det", "poss", "compound") if speaker is None else (
        "det", "poss", "compound", "amod", "nummod")
    return not any(c.dep_ in modifiers for c in subject.children)


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _own_office(subject: Token | None) -> bool:
    """"his office", "its foreign ministry", "their spokesman": a voice of the party the
    sentence names (data/modality_cues.tsv, where own_voice), not a third party."""
    if subject is None:
        return False
    voices = modality_cues().get("own_voice", {})
    if subject.lemma_.lower() not in voices and subject.lower_ not in voices:
        return False
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in subject.children)


_SELF_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it"})


def _speaker_tells_own_act(trigger: Token, verb: Token) -> bool:
    """The reported clause's subject is a pronoun standing for the speaker."""
    current = trigger
    while current.head.i != verb.i and current.head.i != current.i:
        current = current.head
    clause = current
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.dep_ == "nsubj" and subject.lower_ in _SELF_PRONOUNS


def _refusal_declared(state: CodingState, ev: DraftEvent, trigger: Token) -> bool:
    """"North Korea will reject any contact with Japan, Kim Yo Jong said": a refusal (CAMEO
    12) the refusing party declares is made by declaring it, not a plan."""
    if not ev.cameo.startswith("12") or not ev.source \
            or trigger.lemma_.lower() not in modality_cues().get("declared", {}):
        return False
    verb = telling_verb(trigger)
    if verb is None or verb.i == trigger.i or speech_kind(verb) != "say":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not say it would reject"
    speaker = speaker_mention(state, speaker_of(verb))
    return _source_is_speaker(ev, speaker) or _speaker_tells_own_act(trigger, verb)


def _other_party_teller(state: CodingState, ev: DraftEvent, trigger: Token) -> Token | None:
    """The speech verb that tells another party's statement, when its speaker is of a
    named country that is not the speaking party's ("Wei declined the request, the Pentagon
    said"): the statement is then known only through that other party."""
    verb = telling_verb(trigger)
    if verb is None or verb.i == trigger.i:
        return None
    speaker = speaker_mention(state, speaker_of(verb))
    if speaker is None or not speaker.country or not ev.source:
        return None
    if _speaker_tells_own_act(trigger, verb) or _source_is_speaker(ev, speaker):
        return None
    if ev.cameo[:2] <= "09" and speaker.country in _countries(ev.target) and not (
            _told_as_earlier(trigger) or _content_clause_of(trigger, verb)):
        return None  # the receiver confirms a cooperative act ("X invited Sisi, Fahmy added")
    return verb


def _told_as_earlier(trigger: Token) -> bool:
    """"Phumtham said Beijing had given assurances", "she said, had in turn committed": an
    act in the past perfect is put back before the telling, so the teller recounts what it
    says the other party did (its own account), not a statement made before the reader."""
    for token, via_conj in scope_chain(trigger):
        if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                       for c in token.children):
            return True
        if via_conj:
            break
    return False


def _content_clause_of(trigger: Token, verb: Token) -> bool:
    """"she said Kishida had conveyed his wish to meet": the act's clause is what the speech
    verb before it says (its ccomp), the teller's account of the other party's act, not a
    confirming line set after the act ("X invited Sisi, Fahmy added")."""
    current = trigger
    while current.head.i != current.i and current.head.i != verb.i:
        current = current.head
    return current.head.i == verb.i and current.dep_ == "ccomp" and verb.i < current.i


def decide(state: CodingState, ev: DraftEvent) -> tuple[str, str | None]:
    doc = state.doc
    if doc is None or not 0 <= ev.trigger < len(doc):
        return "asserted", None
    trigger = doc[ev.trigger]
    chain = scope_chain(trigger)
    cues: list[Cue] = []
    planned_noun = False  # "Oli's expected visit", "the planned visit": a noun act planned
    for index, (token, via_conj) in enumerate(chain):
        local = _local_cues(token, index == 0, via_conj)
        if index == 0 and trigger.pos_ in ("NOUN", "PROPN"):
            planned_noun = any(c.modality == "future" and c.text.lower() in modality_cues().get(
                "amod", {}) for c in local)
        elif planned_noun and token.pos_ in ("VERB", "AUX"):
            # "the row could cloud Oli's expected visit", "could delay the planned visit":
            # the hedge is the governing verb's; the visit itself is planned (future)
            local = [c for c in local if c.modality != "hypothetical"]
        if NEGATION_IS_ACT in ev.flags and index < 2:
            # "did not rule out force", "refused to rule out force", "would not accept the
            # plan": the negation makes the act, which is made now
            local = [c for c in local if index and c.modality != "negated"]
        if ev.cameo == MEDIATION and index and chain[index - 1][0].dep_ == "prep":
            # "with China's mediation, Iran and Saudi Arabia agreed to restore ties": the
            # mediation belongs to the agreement, not to the act agreed on
            local = [c for c in local if c.text != _governor_key(token)]
        if index and token.pos_ == "NOUN" and chain[index - 1][0].dep_ == "prep" \
                and chain[index - 1][0].lower_ == "in":
            # "led the way in sending tanks": the act is where the noun leads, done; not
            # what a way, a plan or an aim is for ("paved the way for talks")
            local = [c for c in local if c.text != _governor_key(token)]
        cues.extend(local)
        if index and chain[index - 1][0].dep_ == "xcomp" and token.lemma_ == "be":
            cues.append(Cue(f"{token.text} to", "future"))  # "the exchange is to take place"
    if trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children) and (
            modality_cues().get("governor", {}).get(trigger.lemma_.lower()) == "future"):
        cues.append(Cue(trigger.text, "future"))  # "is expected in Tehran": not there yet
    if "order" in ev.flags:
        # "asked the ambassador to leave": said to an envoy, the request is an order, done
        # as told (an expulsion), not an appeal that may go unheeded
        cues = [c for c in cues if not (c.text == _governor_key(trigger.head)
                                        and c.modality == "hypothetical")]
    if "decided" in ev.flags:
        # "ECOWAS agreed to close the borders": a sanction one party agrees to is decided,
        # as "decided to close" is, not an act still to come
        cues = [c for c in cues if not (c.text == _governor_key(trigger.head)
                                        and c.modality == "future")]
    clause_cue = _possible_that(trigger)
    if clause_cue is not None:
        cues.append(clause_cue)
    later = _takes_effect_later(trigger)
    if later is not None:
        cues.append(later)
    alternative = _passed_over_conj(chain)
    if alternative is not None:
        cues.append(alternative)
    shared = _negation_shared(chain)
    if shared is not None and NEGATION_IS_ACT not in ev.flags:
        cues.append(shared)
    awaited = _awaited_in_time_clause(chain)
    if awaited is not None:
        cues.append(awaited)
    ranked = sorted(cues, key=lambda c: _PRIORITY.index(_cue_modality(c, trigger)))
    if ranked:
        top = ranked[0]
        modality = _cue_modality(top, trigger)
        if modality == "future" and _refusal_declared(state, ev, trigger):
            return "asserted", None
        if modality == "future" and ev.cameo[:2] == INTENT_ROOT and telling_verb(
                trigger) is not None:
            # "said it would seek talks with Lome": saying what one will do expresses the
            # intent now (CAMEO 03); only the act intended lies ahead
            return "asserted", None
        return modality, top.text
    press = as_attribution(chain)
    if press is not None and not _source_is_speaker(
            ev, speaker_mention(state, _as_clause_speaker(press))):
        return "reported", press.text  # "As the Greek press writes, Athens promised ..."
    if ev.speech_act and ev.alleged_by is None and governing_speech_verb(
            trigger, ("claim",)) is None:
        if _known_from_bystanders(state, ev, chain):
            return "reported", "according to"  # "... has invited him, according to media"
        teller = _other_party_teller(state, ev, trigger)
        if teller is not None and not _state_outlet(state, ev, teller):
            return "reported", teller.text  # "Beijing declined the call, the Pentagon said"
        return "asserted", None  # a speech act told in the text's own voice or by a "said"
    cue = reported_cue(state, ev, trigger, chain)
    if cue is not None:
        return "reported", cue.text
    return "asserted", None
