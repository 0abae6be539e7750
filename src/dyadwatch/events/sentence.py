"""Code one sentence: trigger sites -> chains and accusations -> actors -> DraftEvents."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from dyadwatch.actors.context import (
    ACCORDING_LEMMAS,
    act_antecedent,
    act_put_off,
    both_sides,
    both_sides_role,
    in_role,
    inferred_state,
    main_dyad,
    names_both_sides,
    other_side,
    people_role,
    resolve_pronoun,
    two_countries_earlier_in_sentence,
)
from dyadwatch.events.extract import (
    ACCUSE_LEMMAS,
    FUTURE_MODALS,
    NOUN_POS,
    OF,
    PERMITTING_VERBS,
    RECEIVER_PREPS,
    SPAN_NOUNS,
    TRAVEL_NOUNS,
    VERB_POS,
    VERBAL_ROOTS,
    Site,
    actors_of,
    adopter,
    agency_subject,
    as_counted,
    as_spanned,
    blamed_on,
    both_sides_mentioned,
    child,
    claimed_doer,
    clause_subject,
    co_members,
    destination_state,
    governing_chain,
    is_passive,
    is_time_word,
    mutual_parties,
    noun_governor_subject,
    noun_source,
    noun_targets,
    prep_object,
    returned_from,
    sentence_sites,
    side_key,
    sides,
    small_clause_object,
    trip_destination,
    venue_state,
    verb_targets,
)
from dyadwatch.events.hosting import VISIT
from dyadwatch.events.intents import (
    COUNTERPART_FLAG,
    INTENT_ROOT,
    drop_inferred_twins,
    intent_to_counterpart,
)
from dyadwatch.events.lexicon import (
    Lexicon,
    TriggerEntry,
    base_lexicon,
    criticism_words,
    naming_criticism_words,
    naming_verbs,
    praise_words,
)
from dyadwatch.events.means import refine_by_means
from dyadwatch.events.message_authors import message_author_source
from dyadwatch.events.options import open_option_sites
from dyadwatch.events.outcomes import outcome_verdict_target
from dyadwatch.events.protest_aim import protest_aim
from dyadwatch.events.recall import (
    Remembered,
    happening,
    happening_verbs,
    recalled_site,
    remember,
)
from dyadwatch.events.recipients import (
    addressee_of_appeal_noun,
    complained_about,
    infinitive_recipient,
    late_agent,
    rallied_against,
    recipient_of_forces,
)
from dyadwatch.events.rejections import settle_negated_acceptances
from dyadwatch.events.responses import is_response, response_words, settle_promised_responses
from dyadwatch.events.struck_places import names_other_state, struck_place, struck_place_act
from dyadwatch.events.territory import home_ground, only_ground
from dyadwatch.events.ultimatums import names_envoy, set_time_limit, time_limit, to_infinitive
from dyadwatch.events.war_threats import threatens_war
from dyadwatch.ground.modality import (
    BYSTANDER_ROLES,
    MEDIATION,
    NEGATION_IS_ACT,
    according_to_source,
    clause_mood,
    governed_clause_dep,
    held_back_from,
    modality_cues,
    scope_chain,
)
from dyadwatch.ground.syntax import governing_speech_verb, speaker_of, speech_kind
from dyadwatch.nlp.repair import date_word
from dyadwatch.nlp.stage import UNPARSED_POS, trigger_forms
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent
from dyadwatch.tables import read_tsv, read_words
from dyadwatch.when.expressions import find_expressions, material_act_nouns
from dyadwatch.when.lexicon import lexicon as time_lexicon
from dyadwatch.when.stage import act_noun_verbs, anaphoric_event_nouns

# Acts a state does to what is on its territory or in its institutions: when the text names
# no agent ("the office was searched in Baku", "the visit was called off"), the agent is the
# state of the place or the other party of the document's main dyad.
STATE_ACT_ROOTS = frozenset({"16", "17"})
STATE_ACT_CODES = frozenset({"0841", "084", "081", "085", "114", "115", "116", "064",
                             "174"})  # 114: summoned; 081, 085: lifting a ban
APPEAL_PREPS = frozenset({"on", "upon", "for"})
TO_PREP = frozenset({"to"})
FROM_PREP = frozenset({"from"})
LIGHT_TARGET_PREPS = frozenset({"to", "against", "toward", "towards"})
OFFICIAL_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
TARGETLESS_ROOTS = frozenset({"14", "15"})
# Clauses that state an act of their own (not participles or relative clauses): only
# these take an addressee from the document's main dyad.
MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "acomp", "xcomp"})
# Acts two parties do together: coded as a compound source (read as both directions).
MUTUAL_CODES = frozenset({"040", "044", "046", "057", "0871"})
PHONE_CALL = "041"
COURTESY_CALL = "040"  # "called on the minister": a meeting
BOTH_WAYS_CODES = MUTUAL_CODES | {PHONE_CALL}  # a call is both parties' act, as a meeting
MUTUAL_PREFIXES = ("03", "04", "05", "06", "087", "19")
# Acts of those families one party does towards another, not told as done to each other: "the
# ministers of Italy, Malta and Greece arrived", "China and Russia backed the text"
# (precision22; "praised each other" is still both ways)
ONE_WAY_CODES = frozenset({"042", "051"})
MAKE_VISIT = "042"
RALLY_OPPOSITION = "113"
WARN_LEMMAS = frozenset({"warn", "caution"})
RECIPROCAL_VERBS = frozenset({"trade", "exchange"})  # "A and B traded accusations"
ACTING_ORGANS = frozenset({"COP", "MIL", "SPY", "JUD", "GOV"})
FORCE_ORGANS = ACTING_ORGANS - {"GOV"}  # organs that arrest and try people themselves
MODAL_WORDS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll"})
# "X would face penalties / consequences / punishment": what is in store for the other party
THREAT_VERBS = frozenset({"face", "pay", "suffer", "regret"})
AGENTLESS_ACCORDS = frozenset({"0871", "057"})  # ceasefires and agreements
ACCORD_PARTICIPLES = frozenset({"agree", "sign", "reach", "broker", "conclude", "announce"})
PLACE_PREPS = frozenset({"in", "at", "across", "inside", "throughout"})
VIOLENCE_PLACE_PREPS = PLACE_PREPS | {"near", "outside", "around"}
CONSULT_NOUNS = frozenset({"talk", "meeting", "negotiation", "summit", "consultation",
                           "conference", "session", "round"})
# Verbs that report what their subject says will happen or has happened.
SPEECH_LEMMAS = frozenset({"say", "warn", "announce", "state", "declare", "tell", "confirm",
                           "threaten"})
# Verbs that commit their subject to the act in their complement.
COMMIT_LEMMAS = frozenset({"promise", "pledge", "vow", "guarantee"})
APPEAL_ROOTS = frozenset({"02", "10", "13"})
DEMAND_ROOTS = frozenset({"02", "10"})  # appeals and demands, not threats
DISAPPROVALS = frozenset({"110", "111"})  # not accusations: they name the accused
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Acts that one party agreeing to decides: reducing relations, coercion, force
DECIDED_ROOTS = frozenset({"16", "17", "18", "19", "20"})
# A statement whose content is a hostile act of another party accuses that party.
ACCUSED_ROOTS = frozenset({"18", "19", "20"})
COERCION_ROOT = "17"  # seizing, destroying property, sabotage, cyberattacks
CONDITION_MARKS = frozenset({"if", "unless"})  # "if/unless X happens": a condition


def ccomp_subject(state: CodingState, tok: Token) -> list[ActorMention]:
    comp = child(tok, "ccomp")
    if comp is None:
        return []
    subj = child(comp, "nsubj", "nsubjpass")
    if subj is None:  # a mis-parsed subject still stands before the verb
        subj = next((c for c in comp.children if c.i < comp.i and c.dep_ in (
            "compound", "npadvmod", "dep")), None)
    return actors_of(state, subj)


ASKING_VERBS = frozenset({"demand", "urge", "ask", "request", "require", "press", "call"})


def asked_pronoun(state: CodingState, tok: Token, asking: frozenset[str]
                  ) -> list[ActorMention]:
    """The party a pronoun subject of a demanded clause stands for, other than the asker."""
    comp = child(tok, "ccomp")
    subj = child(comp, "nsubj", "nsubjpass") if comp is not None else None
    # ("insisted that it treats refugees well" is the insister's own claim)
    if subj is None or subj.pos_ != "PRON" or tok.lemma_.lower() not in ASKING_VERBS:
        return []
    found = resolve_pronoun(state, subj, exclude=asking)
    return [found] if found is not None else []


HOMEWARD = frozenset({"home", "back"})


def names_call(tok: Token) -> bool:
    """"what the Kremlin called a tragedy", "called the day historic": naming, not phoning."""
    if tok.lemma_.lower() != "call":
        return False
    # ("called its ambassador home": the parser's "home" complement is where, no name)
    deps = {c.dep_ for c in tok.children if not (c.dep_ == "oprd" and c.lower_ in HOMEWARD)}
    return ("dobj" in deps and ("oprd" in deps or "xcomp" in deps or "ccomp" in deps)) or (
        "dobj" not in deps and "oprd" in deps and not any(
            c.dep_ == "xcomp" for c in tok.children)) or tok.dep_ == "relcl"


def chain_complement(tok: Token, sites: dict[int, Site], clauses: bool = False,
                     lexicon: Lexicon | None = None, depth: int = 0) -> Site | None:
    """The act a chain verb governs: its infinitive, an event noun as its object, or (for
    demands, appeals, promises: `clauses`) the act of its that-clause. Looks through
    pass-through verbs ("ready to continue the contacts")."""
    if lexicon is not None and depth < 3:
        for c in tok.children:
            if (c.dep_ == "xcomp" or (clauses and c.dep_ == "ccomp")) and c.i not in sites and (
                    lexicon.chain(c.lemma_.lower(), "act")  # ("would begin negotiations")
                    or goes_on(c)  # codes25: ("agreed to keep talking")
                    or steps_taken(c)):  # ("urged both sides to take steps to prevent ...")
                found = chain_complement(c, sites, clauses, lexicon, depth + 1)
                if found is not None:
                    return found
            if c.dep_ == "xcomp" and c.i not in sites and light_verb(lexicon, c):
                # codes22: "agreed to launch a dialogue", "agreed to keep up dialogue at all
                # levels": a light verb of no code of its own passes on its event noun
                noun = child(c, "dobj")
                if noun is not None and noun.i in sites and noun.pos_ in NOUN_POS:
                    return sites[noun.i]
    clause_deps = ("xcomp", "ccomp", "advcl", "acl") if tok.pos_ in NOUN_POS else (
        "xcomp", "ccomp", "advcl")
    if steps_taken(tok):  # "take urgent steps to prevent ...": the parser may hang the
        # infinitive on the steps
        for means in (o for o in tok.children if o.dep_ == "dobj"):
            for c in means.children:
                if c.dep_ in ("acl", "relcl") and c.i in sites and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    return sites[c.i]
    for c in tok.children:
        if c.dep_ in clause_deps and c.i in sites:
            has_to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if c.dep_ == "xcomp" or has_to or (clauses and c.dep_ == "ccomp") or (
                    small_clause_object(c)):  # "ordered the consulate closed"
                return sites[c.i]
    asks = lexicon is not None and (tok.lemma_.lower() in HOPE_LEMMAS or lexicon.chain(
        tok.lemma_.lower(), "appeal") is not None)
    for c in tok.children:
        if clauses and asks and c.dep_ == "ccomp" and c.pos_ in VERB_POS:
            # "hoped Canada would correct its practices and remove the restrictions",
            # "demanded that Tehran reconsider and release the crew": the coded act of the
            # clause is the one conjoined with a verb the lexicon does not know
            also = next((d for d in c.children if d.dep_ == "conj" and d.i in sites
                         and d.pos_ in VERB_POS and sites[d.i].code[:2] not in VERBAL_ROOTS),
                        None)  # (not "insists the wreckage fell ... and called the downing
            # an act of aggression": a judgement of its own, told beside the clause)
            if also is not None:
                return sites[also.i]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in sites and c.pos_ in NOUN_POS:
            return sites[c.i]
    prep = prep_object(tok, frozenset({"for"}))  # "called for talks"
    if prep is not None and prep.i in sites:
        return sites[prep.i]
    if prep is not None and prep.lemma_.lower() in SPAN_NOUNS:
        # codes26: "was ready for further rounds of talks": the talks the rounds measure
        spanned = prep_object(prep, OF)
        if spanned is not None and spanned.i in sites:
            return sites[spanned.i]
    prep = prep_object(tok, TO_PREP)  # "agreed to US mediation", "committed to talks",
    if prep is not None and prep.i in sites and (  # "open to negotiating with"
            prep.pos_ in NOUN_POS or (prep.dep_ == "pcomp" and prep.tag_ == "VBG")):
        return sites[prep.i]
    return None


def light_verb(lexicon: Lexicon, tok: Token) -> bool:
    """A verb whose object event is the act: the lexicon's light verbs ("launch", "hold",
    "maintain") and "keep up"."""
    return lexicon.chain(tok.lemma_.lower(), "light") is not None or (
        tok.lemma_.lower() == "keep" and child(tok, "prt") is not None
        and child(tok, "prt").lower_ == "up")


MEANS_NOUNS = frozenset({"step", "measure", "action"})


def steps_taken(tok: Token) -> bool:
    """codes19: "take steps (measures, action) to X" passes on X, the purpose the steps
    serve: "urged both sides to take steps to prevent an escalation" asks for the
    de-escalation, "called on Kabul to take measures to free the hostages" for the release."""
    return tok.lemma_.lower() == "take" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in MEANS_NOUNS for o in tok.children)


def chain_mode(lexicon: Lexicon, tok: Token) -> tuple[str, str | None] | None:
    chains = lexicon.chains.get(tok.lemma_.lower(), [])
    if not chains or tok.pos_ not in VERB_POS | {"ADJ"} | NOUN_POS:
        return None
    modes = {c.mode: c for c in chains}
    if tok.pos_ in NOUN_POS:
        # "expressed its readiness to expand cooperation": a noun of intention announces
        # the act of its infinitive, as "ready to" does (nouns take no other chain)
        noun = modes.get("nounintent")
        return ("intent", noun.root) if noun is not None else None
    appeal_cue = any(c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PREPS
                     and not names_time(c) for c in tok.children) or any(
        # "calling for Russia to withdraw": "for" marks the clause asked for
        c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for c in tok.children)
    appeal_cue = appeal_cue or appeal_without_on(tok)
    if "appeal" in modes and ("carry" not in modes or appeal_cue):
        pick = modes["appeal"]
    elif "carry" in modes:
        pick = modes["carry"]
    elif tok.pos_ == "ADJ" and "intent" in modes:
        pick = modes["intent"]  # "open to talks" is an intent; "opened talks" a light verb
    elif "intent" in modes and child(tok, "dobj") is None and any(
            c.dep_ == "xcomp" and to_infinitive(c) for c in tok.children):
        # lexicon22: "undertook to release the policemen" pledges the act; "undertook a
        # review", "undertook talks" (a light verb) do the act of their object
        pick = modes["intent"]
    else:
        pick = chains[0]
    return pick.mode, pick.root


@cache
def appeal_infinitives() -> frozenset[str]:
    return read_words("appeal_infinitives.txt")


def appeal_without_on(tok: Token) -> bool:
    """"called Manila to stop immediately the provocations" (translated copy's "called on"):
    a verb of calling with an object and an infinitive of what the object is to stop, end or
    give up (data/appeal_infinitives.txt) appeals to it; "called Putin to discuss the deal"
    is a call with a purpose."""
    return (tok.lemma_.lower() == "call" and child(tok, "dobj") is not None
            and any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in appeal_infinitives()
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in tok.children))


def driven_by_situation(state: CodingState, tok: Token) -> bool:
    """An appeal verb whose subject is no party but a situation or an act ("the crisis",
    "the strikes", "the deal") and whose object, a party, is to do the infinitive."""
    subj, obj = child(tok, "nsubj"), child(tok, "dobj")
    return (subj is not None and subj.pos_ == "NOUN" and not actors_of(state, subj)
            and obj is not None and bool(actors_of(state, obj)) and has_infinitive(tok))


def names_time(prep: Token) -> bool:
    """"on Saturday", "on 3 May": a date, not the addressee of an appeal ("called on X")."""
    times = time_lexicon()
    return any(w.lower_ in times.weekdays or w.lower_ in times.months
               for c in prep.children if c.dep_ == "pobj" for w in c.subtree)


def committed_to(tok: Token) -> bool:
    """"remains committed to the partnership", "committed to reaching a solution": an
    adjective of intent with its aim in a to-phrase rather than an infinitive."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ in ("pobj", "pcomp") for g in c.children) for c in tok.children)


RESPONSE_THREAT = "130"


def vowed_response(tok: Token) -> bool:
    """"vowed to take all necessary measures", "pledged to respond": a verb of intent whose
    infinitive is a response (data/response_words.txt)."""
    return any(c.dep_ in ("xcomp", "advcl") and is_response(c) and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def has_infinitive(tok: Token) -> bool:
    """"urged X to act": an xcomp, or a to-infinitive the parser hangs as advcl/ccomp
    ("called on Moscow to punish the perpetrators")."""
    return any(c.dep_ == "xcomp" or (c.dep_ in ("advcl", "ccomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in tok.children)


def joint_subject(state: CodingState, tok: Token) -> bool:
    """Two or more parties: "A and B agreed", "A agreed with B", "the two sides agreed".
    The "with" phrase must itself name a party: "agreed, with strings attached, ..." does not."""
    subject, _ = clause_subject(state, tok)
    if len({m.country for m in subject}) >= 2 or subject_names_both(tok):
        return True
    subj = child(tok, "nsubj")
    if subj is not None and len({m.country for m in state.mentions if m.country and (
            subj.left_edge.i <= m.token_start <= subj.right_edge.i)}) >= 2:
        return True  # "the leaders of Ethiopia and Somalia agreed"
    partner = prep_object(tok, frozenset({"with"}))
    return partner is not None and any(
        m.head == partner.i or m.token_start <= partner.i < m.token_end
        for m in actors_of(state, partner))


def agrees_to_something(tok: Token) -> bool:
    """"agreed to postpone ...", "agreed to an extension": a commitment to an act to come
    (an infinitive or a "to" phrase), not a view shared ("agreed that ...")."""
    return any(c.dep_ == "xcomp" for c in tok.children) or prep_object(tok, TO_PREP) is not None


# Taking back one's deported nationals, or others', at a deporting state's demand accedes to
# a demand for a change in policy (0832, as the annotation conventions code it)
ACCEDE_POLICY = "0832"
TAKING_VERBS = frozenset({"accept", "take", "receive", "readmit", "admit"})
DEPORTEE_WORDS = frozenset({"deportee", "returnee", "deport", "deportation", "deported"})


def takes_back_deportees(tok: Token) -> bool:
    """"Guatemala agreed to take in more deportees", "Colombia agreed to take back migrants
    deported from the United States", "agreed to accept deportation flights": what the party
    agreed to do is to receive people another state deports."""
    for verb in (c for c in tok.children if c.dep_ == "xcomp"):
        if verb.lemma_.lower() not in TAKING_VERBS:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            words = {obj.lemma_.lower(), obj.lower_} | {
                w for c in obj.children if c.dep_ in ("amod", "compound", "acl")
                for w in (c.lemma_.lower(), c.lower_)}
            if words & DEPORTEE_WORDS:
                return True
    return False


def agrees_on_future(tok: Token) -> bool:
    """"agreed that their teams would begin negotiations": an accord on an act to come told
    as a that-clause, like "agreed to begin negotiations"."""
    return any(future_clause(c) for c in tok.children)


# lexicon22: verbs of a binding undertaking: "Canada undertook to resume military aid" is
# the pledge (03 refined) and the act undertaken, coded too as still to come (future)
BINDING_INTENT_VERBS = frozenset({"undertake"})


def undated_agreed_meeting(tok: Token, comp: Site) -> bool:
    """codes26: "the two sides agreed to hold the next round in New Delhi", "agreed to keep
    up dialogue at all levels", "agreed to keep talking": a meeting the parties agree to, as
    their infinitive, with no time of its own, is their intent to meet (036) and nothing
    more, as the annotation conventions code it; "agreed to meet again next Saturday" sets
    a meeting, coded too as a future act, and so does a clause of its own ("agreed that Ali
    and Maduro would meet again")."""
    clause = next((a for a in (comp.token, *comp.token.ancestors) if a.head.i == tok.i
                   and a.i != tok.i), None)
    if clause is None or clause.dep_ != "xcomp":
        return False
    span = clause.doc[clause.left_edge.i:clause.right_edge.i + 1]
    return not find_expressions(span.text)


def future_clause(tok: Token) -> bool:
    """A finite complement clause in the future: "(promised) that X will be paid"."""
    return tok.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)


UNKNOWN_INTENT = TriggerEntry(lemma="", pos="VERB", cameo="030", particle=None, objects=(),
                              object_words=(), flags=frozenset({"speech", "needtarget"}))


def permits_protest(tok: Token, comp: Site) -> bool:
    """An authority approving or allowing a protest does not protest itself."""
    return (tok.lemma_.lower() in PERMITTING_VERBS and comp.code[:2] == "14"
            and comp.token.pos_ in NOUN_POS)


INSTRUCTING_VERBS = frozenset({"tell", "ask", "instruct", "direct", "request"})
# Verbs whose passive tells an envoy to go ("was ordered to leave", "were asked to leave").
PASSIVE_ORDERING_VERBS = INSTRUCTING_VERBS | {"order"}


def envoy_told_to_go(tok: Token, sites: dict[int, Site]) -> Site | None:
    """"told Russian ambassador Lipayev to leave", "asked the envoy to leave the country": a
    state telling another's envoy to leave orders the departure (an expulsion), where
    telling others to act is otherwise a demand or an appeal. In the passive the envoy is
    the subject ("the ambassador was not asked to leave", "two diplomats will be ordered to
    leave"), and the state that orders it is inferred as for any agentless expulsion."""
    lemma = tok.lemma_.lower()
    if lemma not in INSTRUCTING_VERBS and not (
            lemma in PASSIVE_ORDERING_VERBS and envoy_ordered_in_passive(tok)):
        return None
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if envoy_ordered_in_passive(tok):
        told = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not any(map(names_envoy, told)):
        return None
    for act in tok.children:
        site = sites.get(act.i)
        if (act.dep_ in ("xcomp", "ccomp") and site is not None
                and "ordered" in site.entry.flags
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children)):
            return site
    return None


def envoy_ordered_in_passive(tok: Token) -> bool:
    """"was ordered to leave", "were asked to leave": an ordering verb in the passive with
    no "by" agent and no object of its own."""
    return (tok.pos_ == "VERB" and child(tok, "nsubjpass") is not None
            and child(tok, "agent", "dobj", "dative") is None)


def told_to_go_in_passive(site: Site) -> bool:
    """The departure of an envoy told to go in the passive ("was asked to leave"): its agent
    is as unnamed as that of "was expelled". Only a departure envoy_told_to_go found (the
    "order" flag): another act under a passive order ("coast guard ships were ordered to
    board Philippine boats") is still done by the verb's subject."""
    return (site.controller is not None and "order" in site.flags
            and envoy_ordered_in_passive(site.controller))


def performed_by_offering(lexicon: Lexicon, tok: Token, comp: Site) -> bool:
    """"offered an apology", "offered condolences": a verbal act (an event noun of speech)
    is made by offering it, unlike aid or talks, which are only promised."""
    return (lexicon.chain(tok.lemma_.lower(), "light") is not None
            and comp.token.dep_ == "dobj" and comp.token.head.i == tok.i
            and comp.entry.speech and comp.code[:2] not in ("03", "13"))


YIELD_ROOT = "08"  # yield: ease sanctions (085), restrictions (081), cease fire (0871)
DEESCALATION = "087"  # de-escalate military engagement
TRUCE = "0871"


def halt_only_sought(lexicon: Lexicon, tok: Token) -> bool:
    """precision24: "urged Canberra to stop sending aircraft", "an order by the court to
    stop its operation", "committed to work to stop the trafficking", "installed to stop the
    transport": a halt told as a to-infinitive is asked for, promised or aimed at, not done;
    only a verb that decides or orders it ("decided to stop", "ordered X to stop") makes it
    an act. (The appeal or promise above it is coded on its own.)"""
    if not to_infinitive(tok):
        return False
    if tok.dep_ in ("acl", "advcl"):
        return True  # "an order to stop", "was installed to stop"
    mode = chain_mode(lexicon, tok.head) if tok.dep_ in ("xcomp", "ccomp") else None
    return mode is None or mode[0] == "appeal"


def forsworn_force(comp: Site) -> bool:
    """codes22: the promised act is a use of force (18, 19, 20: attack, strike, use force,
    invade) under a negation of its own: "not to attack", "never to use force"."""
    return (comp.code[:2] in VIOLENT_ROOTS and comp.token.pos_ in VERB_POS
            and is_negated(comp.token))


def apply_chains(state: CodingState, lexicon: Lexicon, sent: Span,
                 sites: dict[int, Site]) -> None:
    """decide/order to X -> X; call Y to X -> X; urge/promise/refuse/threaten to X -> coded."""
    for tok in sent:
        departure = envoy_told_to_go(tok, sites)
        if departure is not None:
            departure.flags.update(("chain", "order"))
            departure.controller = tok
            if tok.i in sites:
                sites[tok.i].suppressed = True  # the demand is the expulsion itself
            continue
        mode = chain_mode(lexicon, tok)
        if mode is None:
            continue
        kind, root = mode
        if kind == "appeal" and (tok.i not in sites or sites[tok.i].code == PHONE_CALL) and (
                appeal_without_on(tok)):
            # "called Manila to stop the provocations": the appeal "called on" would be
            appeal = next((e for e in lexicon.entries.get(("call", "VERB"), [])
                           if e.cameo == "020" and "on" in e.objects), None)
            if appeal is not None:
                sites[tok.i] = Site(tok, appeal, appeal.cameo)
        if kind == "appeal" and driven_by_situation(state, tok):
            # "the crisis could push Khartoum to close the border", "the deal could
            # encourage Moscow to seize more Americans": a situation driving a party to act
            # asks nothing of it; the party does the act, as when "forced" or "prompted"
            if tok.i in sites:
                sites[tok.i].suppressed = True
            continue
        if kind == "reaction":
            continue  # the reaction noun keeps its own code (reaction_parties)
        if kind == "light":
            asked = time_limit(tok)
            if asked is not None and tok.i not in sites:
                # "gave the ambassador 48 hours to leave" (an expulsion), "gave the junta
                # one week to restore civilian rule" (an ultimatum)
                set_time_limit(tok, asked, sites)
            continue  # only lends its subject to its event noun (noun_governor_subject)
        if kind == "intent" and is_passive(tok):
            continue  # "are expected to sign": others predict it; the act stays, as future
        own = sites.get(tok.i)
        if own is not None and (own.entry.particle or "ownenvoy" in own.entry.flags
                                or "recall" in own.entry.flags):
            continue  # "call off" is its own act, not "call (someone) to"; "called its
            # ambassador for consultations" recalls him, it asks for no consultations
        comp = chain_complement(tok, sites, clauses=kind in ("appeal", "intent", "refuse") or (
            kind == "joint" and agrees_on_future(tok) and joint_subject(state, tok)),
            lexicon=lexicon)
        if kind == "intent" and comp is not None and hoped_of_another(tok, comp):
            kind, root = "appeal", "02"  # "hoped the United States would abandon ...": asks
        if kind == "act" and comp is not None and "promised" in comp.entry.flags and (
                comp.token.dep_ == "xcomp" and comp.token.head.i == tok.i
                and child(tok, "dobj") is not None):
            # codes22: "the court ordered Poland to pay 500,000 euros a day": a sum another
            # party is ordered to pay is a penalty, no aid promised (the senses flagged
            # "promised" are only acts offered); the order stays what it is
            comp.suppressed = True
            comp = None
        if (kind in ("intent", "joint") and root == "03" and comp is not None
                and forsworn_force(comp) and not intent_withheld(tok, kind)):
            # codes22: "Beijing promised not to attack Taiwan", "pledged never to use force
            # against its neighbour": forswearing force announces a de-escalation (0356),
            # no threat (138); two parties agreeing not to attack each other ("Washington
            # and the Houthis agreed not to target each other") declare a truce (0871)
            mutual = kind == "joint" and joint_subject(state, tok)
            code = TRUCE if mutual else lexicon.refined("03", DEESCALATION)
            if own is None:
                own = Site(token=tok, entry=comp.entry, code=code)
                sites[tok.i] = own
            own.code = code
            own.flags.update({"speechlike", kind})
            own.promised = comp
            if not mutual:  # (the parties agreeing are both sides of the truce)
                own.complement = comp
            comp.suppressed = True
            continue
        if (kind == "joint" and own is not None and takes_back_deportees(tok)
                and not joint_subject(state, tok)):
            # "Guatemala agreed to take in more deportees": it gives in (0832); what it
            # receives is no visit or meeting
            own.code = ACCEDE_POLICY
            own.flags.add("speechlike")
            if comp is not None:
                comp.suppressed = True
            continue
        if (kind == "act" and own is not None and comp is not None and own.entry.speech
                and comp.code[:2] == YIELD_ROOT and comp.token.dep_ == "xcomp"
                and comp.token.head.i == tok.i and child(tok, "dobj") is not None):
            # "ordered Israel to stop its military operation": ordering another party to
            # yield demands it (107), it does not yield itself
            own.code = lexicon.refined("10", comp.code)
            own.flags.update({"speechlike", "appeal"})
            own.complement = comp
            comp.suppressed = True
            continue
        if kind == "act" and own is not None and has_infinitive(tok) and (
                comp is not None or not (own.entry.speech or own.code[:2] == "07")) and (
                not trip_with_purpose(own, comp)):
            # (helping a state do what the lexicon does not know stays aid: "would help
            # India build its first high-speed rail line")
            # "tried to cross", "ordered X to leave": the X counts. An order to do what
            # the lexicon does not know ("ordered X to appear") stays the order (a demand).
            own.suppressed = True
        if (comp is None and kind == "joint" and own is not None and agrees_to_something(tok)
                and not joint_subject(state, tok)):
            # one party agreeing to an act the lexicon does not know: an intent (030),
            # not a joint agreement (057 needs two parties)
            own.code = root + "0" if root else own.code
            own.flags.update({"speechlike", "intent"})
            continue
        if (comp is None and kind == "intent" and own is None and root == "03"
                and tok.pos_ == "ADJ" and vowed_response(tok)):
            # codes18: "troops were ready to respond to any provocation", "is prepared to
            # retaliate": a readiness to respond, as a vow to, threatens (130), it announces
            # no cooperation (030)
            sites[tok.i] = Site(tok, UNKNOWN_INTENT, RESPONSE_THREAT,
                                flags={"speechlike", "intent"})
            continue
        if (comp is None and kind == "intent" and own is None and root == "03"
                and (has_infinitive(tok) or committed_to(tok)) and tok.pos_ == "ADJ"):
            # "is willing to align its strategies with Brazil's": an intention to cooperate
            # in a way the lexicon does not know (030), aimed at the infinitive's partner
            sites[tok.i] = Site(tok, UNKNOWN_INTENT, "030", flags={"speechlike", "intent"})
            continue
        if comp is None and kind == "intent" and own is not None and vowed_response(tok):
            # "vowed to take all necessary measures against Greece", "pledged to answer
            # with measures of its own": a promised retaliation threatens (130)
            own.code = "130"
            own.flags.add("speechlike")
            continue
        addressee = prep_object(tok, APPEAL_PREPS)
        if addressee is None and appeal_without_on(tok):
            addressee = child(tok, "dobj")  # "called Manila to stop the provocations"
        if (comp is None and kind == "appeal" and own is not None and root
                and has_infinitive(tok) and actors_of(state, addressee)):
            # "called on the Arabs to unite": an appeal (02/10) to do what the lexicon
            # does not know, not a phone call
            own.code = root + "0"
            own.flags.update({"speechlike", "appeal"})
            continue
        if comp is None or comp.token.i == tok.i:
            continue
        if kind == "intent" and performed_by_offering(lexicon, tok, comp):
            if own is not None:  # "offered an apology": the apology is made, not promised
                own.suppressed = True
            continue
        if own is not None and own.entry.constrained and (
                (comp.token.dep_ == "pobj" and comp.token.head.lower_ == "to")
                or (comp.token.dep_ == "dobj" and comp.token.head.i == tok.i)):
            # "agreed to a ceasefire", "rejected the accusation" (a denial, not a refusal to
            # accuse): the lexicon row for this object already names the act
            continue
        if kind == "carry" and comp.token.pos_ not in VERB_POS:
            continue
        if kind == "refuse" and comp.code[:2] == CRITICISM_ROOT and comp.token.pos_ in VERB_POS:
            # "has declined to condemn Russia's invasion", "refused to criticise Beijing":
            # withholding criticism rejects nothing asked of the speaker and criticises no one
            comp.suppressed = True
            if own is not None:
                own.suppressed = True
            suppress_object_nouns(sites, comp.token)  # (nor is the invasion coded here)
            continue
        if permits_protest(tok, comp):
            continue  # "police approved the demonstrations": others demonstrate
        if kind in ("act", "carry"):
            if own is not None:
                own.suppressed = True
            comp.flags.add("chain")
            comp.controller = tok
            if kind == "carry":
                comp.flags.add("carry")
            continue
        if (kind == "joint" and comp.code[:2] in DECIDED_ROOTS and has_infinitive(tok)
                and not joint_subject(state, tok)):
            # codes20: "ECOWAS agreed to close its members' borders with Mali", "the EU
            # agreed to expel the diplomats": one party (a bloc, a cabinet) agreeing to a
            # sanction or a coercive act decides it, as "decided to" does: the act counts,
            # no intent to cooperate (030) is told
            if own is not None:
                own.suppressed = True
            comp.flags.update(("chain", "decided"))
            comp.controller = tok
            continue
        if kind == "joint":
            if own is not None and joint_subject(state, tok):
                comp.suppressed = True
                own.promised = comp
                if comp.code[:2] == "04":  # "agreed to meet again": an intent to meet,
                    own.code = lexicon.refined("03", comp.code)
                    # and the meeting itself, as a future act, when it is one set for a
                    # time (codes26: not "agreed to hold the next round in New Delhi")
                    comp.suppressed = undated_agreed_meeting(tok, comp)
                    if comp.suppressed:  # (nor the talks of "the next round of talks")
                        suppress_object_nouns(sites, comp.token, skip=tok.i)
                    if child(comp.token, "nsubj", "nsubjpass") is None:
                        comp.controller = tok  # by the parties that agreed (a clause of
                        # its own may name them: "agreed that Ali and Maduro would meet")
                elif comp.code[:2] == "06":  # "agreed to strengthen cooperation": an intent
                    own.code = lexicon.refined("03", comp.code)  # to cooperate (031)
                continue
        if kind in ("intent", "joint") and root == "03" and withheld_or_supposed(tok) and (
                comp.code[:2] in GIVING_WAY_ROOTS):
            # "has not offered to lift the surtax", "did not agree to reopen the pipeline",
            # "the bloc could offer to ease the sanctions": an offer not made, or only
            # supposed, announces no intent; the easing or cooperation itself is told, as
            # not done or as hypothetical
            act_not_intended(own, comp, tok)
            continue
        root = root or (own.code[:2] if own else None)
        if root is None:
            continue
        if kind == "halt" and halt_only_sought(lexicon, tok):
            # "urged Washington to stop arming Taiwan": no halt is done, and the act it
            # would stop is under way, not begun here
            for site in (own, comp):
                if site is not None:
                    site.suppressed = True
            continue
        if kind == "halt" and not "03" <= comp.code[:2] <= "08":
            # "halt its attacks": stopping hostilities reduces no relations, and the attack
            # it stops is not launched by this clause ("if Israel stopped its offensive")
            comp.suppressed = comp.suppressed or comp.code[:2] in VIOLENT_ROOTS
            continue
        if (kind == "intent" and root == "03" and intent_root(comp.code) == "13"
                and not comp.code.startswith("166")):
            # "plans to impose restrictions": an intended hostile act threatens (withdrawing
            # one's own forces or staff, 166, is as often a de-escalation: it stays 03)
            root = "13"
        code = lexicon.refined(root, comp.code)
        if kind == "appeal" and root in DEMAND_ROOTS and own_ground_vacated(
                state, tok, comp, addressee):
            code = DEMAND_WITHDRAWAL
        if own is None:
            own = Site(token=tok, entry=comp.entry, code=code)
            sites[tok.i] = own
        own.code = code
        own.flags.update({"speechlike", kind})
        own.complement = comp
        if kind in ("intent", "joint"):
            own.promised = comp
        # "promised that compensation will be paid": the promise is the intent code, and
        # the promised act, stated as a clause of its own, is coded too (as a future act).
        comp.suppressed = not (kind == "intent" and (
            future_clause(comp.token) or tok.lemma_.lower() in BINDING_INTENT_VERBS))
        for sibling in comp.token.conjuncts:  # "urged X to condemn Y and to back Z": one appeal
            if (sibling.i != tok.i and sibling.pos_ in VERB_POS
                    and sibling.tag_ == comp.token.tag_):  # ("... and called for talks": its own)
                if sibling.i in sites:
                    sites[sibling.i].suppressed = sites[sibling.i].suppressed or comp.suppressed
                elif comp.suppressed:  # precision24: "urged Moscow and Kyiv to agree on a
                    # ceasefire and start peace talks": the talks are asked for, not held
                    suppress_object_nouns(sites, sibling)
        if comp.suppressed:  # "offered to host peace talks": the talks are not held either
            suppress_object_nouns(sites, comp.token, skip=tok.i)
        if intent_withheld(tok, kind):
            act_not_intended(own, comp, tok)


# A withdrawal of forces, or the closing of their bases (the lexicon's codes)
WITHDRAWAL_ACTS = frozenset({"0874", "166", "1661"})
DEMAND_WITHDRAWAL = "106"
# where a pullback is de-escalation between armies, not leaving the asker's soil
FRONT_NOUNS = frozenset({"border", "frontier", "front", "frontline", "line", "buffer",
                         "boundary"})
OUT_PREPS = frozenset({"from", "of", "in"})
# Verbs of going away whose object is the place left ("leave the country"), not forces
LEAVING_VERBS = frozenset({"leave", "quit", "exit", "depart"})


def own_ground_vacated(state: CodingState, tok: Token, comp: Site,
                       addressee: Token | None) -> bool:
    """"The Maldives asked India to pull its military personnel out of the archipelago",
    "Senegal has asked France to close its bases there", "Baghdad requested that Turkey
    withdraw its forces from Iraqi territory": asking a state to take its own forces off the
    asker's soil demands a withdrawal (106), whatever the verb of asking; urging a pullback
    from a border or a third country ("urged Minsk to withdraw its forces from the border")
    stays an appeal for de-escalation (0256)."""
    act = comp.token
    if comp.code not in WITHDRAWAL_ACTS or act.pos_ not in VERB_POS:
        return False
    asker = {m.country for m in clause_subject(state, tok)[0] if m.country}
    asked = (actors_of(state, addressee) or actors_of(state, child(tok, "dobj"))
             or actors_of(state, child(act, "nsubj")))
    asked_side = {m.country for m in asked if m.country}
    if len(asker) != 1 or not asked_side or asked_side & asker:
        return False
    forces = child(act, "dobj")
    if forces is not None and act.lemma_.lower() in LEAVING_VERBS:
        # "asked the French soldiers to leave the country": what is left is a place
        return not {m.country for m in actors_of(state, forces) if m.country} - asker
    if forces is not None and not (
            any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in forces.children)
            or {m.country for m in actors_of(state, forces) if m.country} & asked_side):
        return False  # ("asked India to withdraw the Chinese troops": not its own)
    heads = [act] + ([forces] if forces is not None else [])
    # (a particle, or "out" read as a preposition, holds the from-phrase: "pull its troops
    # out of Syria")
    for holder in heads + [p for h in heads for p in h.children if p.dep_ == "prt" or (
            p.dep_ == "prep" and p.lower_ == "out")]:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in OUT_PREPS:
                continue
            place = child(prep, "pobj")
            if place is None:
                continue
            if place.lemma_.lower() in FRONT_NOUNS:
                return False
            if {m.country for m in actors_of(state, place) if m.country} - asker:
                return False  # another state's soil
    return True


CRITICISM_ROOT = "11"
STATEMENT_ROOT = "01"  # make a statement: plain speech, which any sentence may hold
DENIAL = "016"  # deny an accusation
SYMPATHY = "018"
NO_COMMENT = "011"  # decline to comment
REGRET_NOUNS = frozenset({"regret", "sorrow", "sadness", "grief"})
# Deaths and the dead: what regret is sympathy over ("the deaths", "the loss of life")
DEATH_NOUNS = frozenset({"death", "killing", "loss", "casualty", "fatality", "victim", "dead",
                         "passing", "demise"})


def regret_over_deaths(sites: dict[int, Site]) -> None:
    """"Expressed regret over the deaths", "voiced regret at the loss of life", "regretted
    the deaths of the soldiers": regret over deaths is sympathy (018), as condolences are;
    regret at another party's act or decision stays criticism (111)."""
    for site in sites.values():
        if not site.code.startswith(CRITICISM_ROOT):
            continue
        verb = site.token
        obj = child(verb, "dobj")
        if verb.lemma_.lower() == "regret":
            over = [obj] if obj is not None else []
        elif obj is not None and obj.lemma_.lower() in REGRET_NOUNS:
            over = [g for p in (*obj.children, *verb.children) if p.dep_ == "prep"
                    and p.lower_ in ("over", "at", "for", "about", "in") for g in p.children
                    if g.dep_ == "pobj"]
        else:
            continue
        if any(is_death(g) for g in over):
            site.code = SYMPATHY


# What a loss is a death of: lives, or people counted or named by a word for people ("the
# loss of life", "the loss of 12 sailors"); "the loss of trust", "the loss of the contract"
# are no deaths
LOST_PEOPLE = frozenset({"life", "lives", "people", "person", "civilian", "citizen",
                         "national", "sailor", "fisherman", "fishermen", "crew", "child",
                         "worker", "pilgrim", "migrant", "soldier", "troop", "officer"})


def is_death(noun: Token) -> bool:
    """A noun of death or the dead ("the deaths", "the killing", "the loss of life"); a
    loss only when it is of lives or people, or says of nothing what is lost."""
    lemma = noun.lemma_.lower()
    if lemma != "loss":
        return lemma in DEATH_NOUNS
    lost = prep_object(noun, OF)
    return lost is None or lost.lemma_.lower() in LOST_PEOPLE or any(
        c.dep_ == "nummod" for c in lost.children)


HOPE_LEMMAS = frozenset({"hope", "wish"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they"})


def untell_hoped_acts(sent: Span, sites: dict[int, Site]) -> None:
    """"China hoped the two countries would conclude the talks and establish diplomatic
    relations": the acts of a hope's clause are wished for, neither done nor announced (the
    hope itself may be coded: an appeal, an intent)."""
    for tok in sent:
        if tok.lemma_.lower() not in HOPE_LEMMAS or tok.pos_ not in VERB_POS:
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            for word in clause.subtree:
                if word.i in sites and word.i != tok.i:
                    sites[word.i].suppressed = True


def hoped_of_another(tok: Token, comp: Site) -> bool:
    """"Beijing hoped the United States would abandon its Cold War mentality", "hoped the
    two countries would conclude the talks": a hope for what another party will do appeals
    to it (02, as the annotation conventions code it); the hoped-for act is not told."""
    if tok.lemma_.lower() not in HOPE_LEMMAS:
        return False
    clause = next((a for a in (comp.token, *comp.token.ancestors)
                   if a.dep_ == "ccomp" and a.head.i == tok.i), None)
    subject = child(clause, "nsubj") if clause is not None else None
    return subject is not None and subject.lower_ not in SPEAKER_PRONOUNS


def trip_with_purpose(own: Site, comp: Site | None) -> bool:
    """"must go to Moscow to continue the discussions": a journey to a named place with an
    infinitive of purpose the lexicon does not code is the journey (a visit), not an act the
    verb hands on (modality helper, session 9: such trips are mostly still to come)."""
    return (comp is None and "destination" in own.entry.flags
            and prep_object(own.token, TO_PREP) is not None)


def intent_withheld(tok: Token, kind: str) -> bool:
    """An intent or accord not made: negated ("did not promise to", "has never pledged to") or,
    for an intent, only possible ("could pledge to"). It is coded as the act it is about
    (act_not_intended), never as a negated or hypothetical 03x."""
    return (kind in ("intent", "joint") and disowned_intent(tok)) or (
        kind == "intent" and hedged_intent(tok))


def disowned_intent(tok: Token) -> bool:
    """"did not intend to expel", "could not agree sanctions", "does not plan to": an intent
    or accord verb under a negation of its own."""
    return tok.pos_ in VERB_POS and (is_negated(tok) or held_back_from(tok))


# Modals that leave an intent only possible ("could offer", "might promise"); "would" and
# "will" tell an intent stated now ("said it would offer aid": 03x, asserted).
HEDGING_MODALS = frozenset({"could", "might", "may"})


def hedged_intent(tok: Token) -> bool:
    """"the bloc could offer to ease the sanctions", "Canberra might offer police training",
    "Moscow may be ready to resume deliveries":
    an offer or promise that is only possible has not been made; what is possible is the
    act offered, coded as that act, hypothetical (nonasserted21, session 19: the gold codes
    the act offered, never a hypothetical 03x)."""
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        tok = tok.head  # "Moscow may be ready to resume deliveries": the modal is the copula's
    elif tok.pos_ not in VERB_POS:
        return False
    return under_hedging_modal(tok)


def under_hedging_modal(tok: Token) -> bool:
    """"could offer", "might agree", "may be ready" (on the copula): not "would", "will"."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in tok.children)


def act_not_intended(own: Site | None, comp: Site, tok: Token) -> None:
    """A negated intent or accord is coded as the act it is about, negated, not as an intent
    (modality helper, session 9: the gold codes "did not intend to expel diplomats" 161 and
    "did not agree to reopen the pipeline" 061, both negated; never a negated 03x or 13x).
    The act takes the intent verb's subject and, through the chain, its negation."""
    if own is not None:
        own.suppressed = True
    comp.suppressed = False
    comp.flags.add("chain")
    comp.controller = comp.controller or tok


PHRASE_DEPS = frozenset({"prep", "pobj", "compound", "amod", "nmod", "conj"})


def object_phrase_nouns(verb: Token) -> list[Token]:
    """The nouns of a verb's object phrase ("provide a platform for negotiations": platform,
    negotiations), not of clauses inside it."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ == "dobj"]
    while todo:
        tok = todo.pop()
        if tok.pos_ in NOUN_POS:
            out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ in PHRASE_DEPS)
    return out


def suppress_object_nouns(sites: dict[int, Site], verb: Token, skip: int = -1) -> None:
    """The acts named by the nouns of a verb's object phrase are not done either ("offered to
    host peace talks": no talks); `skip` is a token left as it is (the governing verb)."""
    for noun in object_phrase_nouns(verb):
        if noun.i in sites and noun.i != skip:
            sites[noun.i].suppressed = True


def blamed_act(tok: Token) -> Token | None:
    """"blamed the attack on Ukraine" (the object), "the attack, which it blamed on Kyiv"
    (the noun the relative clause hangs on): the act blamed on someone."""
    if blamed_on(tok) is None:
        return None
    if tok.dep_ == "relcl" and tok.head.pos_ in NOUN_POS:
        return tok.head
    return child(tok, "dobj")


def phrase_nouns_above(noun: Token) -> list[Token]:
    """The nouns whose prepositional phrase holds `noun`, nearest first: "attack" for
    "bridge" in "the attack on the bridge", which a relative clause after the phrase may
    belong to (modality helper, session 18)."""
    out: list[Token] = []
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUN_POS:
        noun = noun.head.head
        out.append(noun)
    return out


def accused_object_gerund(tok: Token) -> Token | None:
    """"accused the junta of hiring mercenaries": the parser may hang the "of" gerund on the
    accused object, not on the verb; the gerund is still the alleged act (modality helper,
    session 9)."""
    accused = child(tok, "dobj")
    if accused is None:
        return None
    gerund = prep_object(accused, OF)
    return gerund if gerund is not None and gerund.tag_ == "VBG" else None


def shared_gerund_object(state: CodingState, site: Site,
                         source: list[ActorMention]) -> list[ActorMention]:
    """"accused Kampala of arresting and torturing Rwandans": an alleged gerund with no
    object of its own shares the object of the gerund conjoined after it (nonasserted25)."""
    tok = site.token
    if tok.tag_ != "VBG" or child(tok, "dobj") is not None:
        return []
    return next((found for c in tok.conjuncts
                 if c.i > tok.i and c.tag_ == "VBG" and child(c, "dobj") is not None
                 and (found := verb_targets(state, c, site.entry, sides(state, source)))), [])


def alleged_phrase_objects(tok: Token) -> list[Token]:
    """nonasserted25: the objects of every "of"/"for" phrase of an accusation, conjoined
    phrases included ("accused Kampala of harbouring rebels, and of arresting Rwandans",
    "accused the Americans of a condescending attitude and of threatening the country"),
    with the gerunds conjoined to them ("of arresting and torturing Rwandans")."""
    out: list[Token] = []
    for prep in tok.children:  # (the parser may hang a later "of" on the verb as a conj)
        if prep.dep_ in ("prep", "dative", "conj") and prep.lower_ in ("of", "for"):
            for p in (prep, *prep.conjuncts):
                obj = child(p, "pobj", "pcomp")
                if obj is not None:
                    out.append(obj)
                    out.extend(c for c in obj.conjuncts if c.tag_ == "VBG")
    return out


def apply_accusations(lexicon: Lexicon, sites: dict[int, Site]) -> None:
    """"accused Y of X-ing": the alleged act X is Y's, reported by the accusation."""
    for site in list(sites.values()):
        tok = site.token
        if tok.lemma_.lower() not in ACCUSE_LEMMAS or site.code[:2] != "11":
            continue
        alleged_tok = prep_object(tok, frozenset({"of", "for"})) or blamed_act(tok)
        if alleged_tok is None:  # only a coded act there: "of lying to justify a blockade"
            gerund = accused_object_gerund(tok)  # alleges no blockade
            alleged_tok = gerund if gerund is not None and gerund.i in sites else None
        if alleged_tok is None:
            allege_further(site, sites, None)
            continue
        alleged = sites.get(alleged_tok.i)
        if alleged is None:  # "accused X of breaking the truce with air strikes": the
            alleged = next((sites[t.i] for t in alleged_tok.subtree  # attack named under it
                            if t.i in sites and t.pos_ in NOUN_POS
                            and sites[t.i].code[:2] in VIOLENT_ROOTS), None)
        if alleged is None:  # "the attack on the bridge, which it blamed on Kyiv": the
            alleged = next((sites[t.i] for t in phrase_nouns_above(alleged_tok)  # parser
                            if t.i in sites), None)  # hangs the clause on the last noun
        if alleged is None:  # "accused X of launching a cyberattack": the noun is the act
            alleged = next((sites[c.i] for c in alleged_tok.children
                            if c.dep_ == "dobj" and c.i in sites), None)
        if alleged is None or alleged.suppressed:
            allege_further(site, sites, None)
            continue
        alleged.alleged_by = site
        alleged.flags.add("alleged")
        refined = lexicon.refined("11", alleged.code)
        if refined != "110" and site.code == "112":
            site.code = refined
        allege_further(site, sites, alleged)


def allege_further(accusation: Site, sites: dict[int, Site], first: Site | None) -> None:
    """The further acts an accusation lists in conjoined "of" phrases or gerunds ("accused
    Kampala of harbouring rebels, and of arresting and torturing Rwandans") are alleged by
    it as its first one is (nonasserted25)."""
    for other in alleged_phrase_objects(accusation.token):
        more = sites.get(other.i)
        if more is not None and more is not first and more.alleged_by is None and (
                not more.suppressed):
            more.alleged_by = accusation
            more.flags.add("alleged")


def announces(verb_site: Site, lexicon: Lexicon) -> bool:
    """A plain statement verb that is also a light verb ("announced a suspension of air
    links", "issued a warning"): the event noun it governs is the news, not the statement."""
    return (verb_site.code[:2] == "01" and "weak" in verb_site.entry.flags
            and lexicon.chain(verb_site.token.lemma_.lower(), "light") is not None)


def plans_ahead(verb: Token) -> bool:
    """A verb of planning or expecting whose subject is the act planned: a governor that
    data/modality_cues.tsv makes future ("plan", "schedule", "prepare", "expect"). (With an
    agent, "the attack had been planned by Iran's leadership", the planning is an act told
    of its planner.)"""
    return modality_cues().get("governor", {}).get(verb.lemma_.lower()) == "future" and \
        prep_object(verb, frozenset({"by"})) is None and child(verb, "agent") is None


# actors27: the prepositions setting a trip of its own beside the clause's act ("spoke
# during a visit to Australia", "will go to Doha after a visit to the UAE"); "from" only
# after a verb of return ("returned from a visit to China", extract.returned_from)
OWN_TRIP_PREPS = frozenset({"during", "after", "following"})


def own_trip(noun: Token) -> bool:
    """A travel noun with its own destination, in a phrase that sets it beside its clause's
    verb ("said during a visit to Australia", "will fly to Doha after a visit to the UAE"):
    a visit of its own, not the verb's consultation ("met him for talks")."""
    return (noun.head.lower_ in OWN_TRIP_PREPS or returned_from(noun)) \
        and trip_destination(noun) is not None


# The prepositions of a cause ("ordered the envoys to leave over a cyberattack"): the act
# they name is another event than the verb's, even of the same root (nonasserted25)
CAUSE_PREPS = frozenset({"over"})


def suppress_covered_nouns(sites: dict[int, Site], lexicon: Lexicon) -> None:
    """An event noun that is the object of a coded verb is that verb's event
    ("cancelled the visit", "lodged a protest", "launched a cyberattack")."""
    for site in sites.values():
        tok = site.token
        if tok.pos_ not in NOUN_POS or site.alleged_by is not None:
            continue
        phrase = as_counted(tok)  # "lifted most of the sanctions": the sanctions' verb
        dep, head = phrase.dep_, phrase.head
        if dep in ("dobj", "nsubjpass", "attr") and head.i in sites:
            verb_site = sites[head.i]
            if dep == "nsubjpass" and plans_ahead(head):
                # "further strikes were planned", "new sanctions are being prepared": the
                # act planned is the event (future), not a statement of intent by nobody
                verb_site.suppressed = True
                continue
            if announces(verb_site, lexicon) or (
                    "mutual" in verb_site.entry.flags and (
                        site.code[:2] != verb_site.code[:2] or (
                            site.code != verb_site.code
                            and not verb_site.entry.names(tok.lemma_.lower())))):
                # "announced a suspension": the suspension; "announced the revocation of the
                # agreement": the revocation, not a joint announcement of an agreement;
                # codes25: "announced the elevation of relations to a strategic partnership":
                # the upgrade (050), the word of agreement only inside the noun's phrase
                verb_site.suppressed = True
                continue
            if not verb_site.suppressed or verb_site.alleged_by is not None:
                site.suppressed = True
        elif dep == "pobj" and head.dep_ == "prep" and head.head.i in sites:
            verb_site = sites[head.head.i]  # "met ... for talks": one consultation
            if (head.lower_ == "of" and head.head.pos_ in NOUN_POS
                    and verb_site.entry.constrained):
                site.suppressed = True  # "the lifting of sanctions": the lifting is the act
            elif verb_site.code[:2] == site.code[:2] and not verb_site.suppressed and (
                    head.lower_ not in CAUSE_PREPS) and not (
                    verb_site.code == "042" and head.lower_ == "for"
                    and prep_object(tok, frozenset({"with"})) is not None) and not (
                    own_trip(tok)):
                # (not "flew to Moscow for talks with Putin": the trip and the talks)
                site.suppressed = True
            elif head.lower_ == "for" and site.code[:2] == "04" and verb_site.code[:2] in (
                    "11", "16"):
                site.suppressed = True  # "recalled its ambassador for consultations"


def find_actors(state: CodingState, site: Site, lexicon: Lexicon) -> None:
    tok = site.token
    if told_to_go_in_passive(site):
        # "the ambassador was not asked to leave": the envoy told to go is the target; the
        # state that orders it is inferred (infer_missing), as for "was expelled"
        source, direct = [], False
        target = actors_of(state, child(site.controller, "nsubjpass"))
    elif site.controller is not None:  # "ordered X to stop work": the order's subject acts
        source, _ = clause_subject(state, site.controller)
        if not source and subject_names_both(site.controller):
            # "the two sides would meet again to discuss the details": both main parties
            source = in_role(both_sides(state, "both sides"),
                             subject_sides_role(site.controller))
            site.flags.add("inferred")
        direct = False
        own_side = sides(state, source)  # countries; with domestic coding, and sectors
        # The carrier's own party first: "met Omani officials to discuss a return to talks
        # with Washington" discusses with Oman; "travelled to Washington to negotiate": the US
        target = (actors_of(state, child(site.controller, "dobj", "dative", "oprd"))
                  or actors_of(state, prep_object(site.controller, frozenset({"to"}))))
        if not sides(state, target) - own_side:
            target = (verb_targets(state, tok, site.entry, own_side) if tok.pos_ in VERB_POS
                      else noun_targets(state, tok, site.code, own_side))
    elif tok.pos_ not in NOUN_POS:  # verbs, and adjectives of intent ("ready to")
        source, direct = clause_subject(state, tok)
        if not source:  # "was accused of corruption by Chilean officials"
            source = late_agent(state, tok, lexicon)
        target = verb_targets(state, tok, site.entry, sides(state, source))
        if not target and site.alleged_by is not None:
            target = shared_gerund_object(state, site, source)
        pair = addressee_both(tok)
        if (pair is not None and not recent_objects(state, tok)
                and len({m.country for m in source}) < 2):
            # (not "A and B signed a treaty committing the two neighbours to ...": the pair
            # named is the subject itself)
            # "urged both sides to protect civilians": the pair, not whoever the
            # infinitive names
            target = in_role(both_sides(state, "both sides", frozenset(
                m.country for m in source if m.country), at=tok),
                object_role(pair, tok.doc[pair.left_edge.i:pair.right_edge.i + 1].text))
    else:
        source, direct = adopter(state, tok) or noun_source(state, tok), True
        reaction = reaction_parties(state, tok, lexicon)
        if reaction is not None:
            source, direct = reaction
        if not source:
            source, direct = noun_governor_subject(state, tok, lexicon, site.code), False
        target = (noun_targets(state, tok, site.code, sides(state, source))
                  or light_verb_targets(state, tok, lexicon, site.code))
        if reaction is not None and not target:
            target = reacted_act_author(state, tok, lexicon)
    if site.alleged_by is not None and tok.pos_ in NOUN_POS and not source:
        source = actors_of(state, child(site.alleged_by.token, "dobj"))
    if site.alleged_by is not None and tok.i == getattr(
            accused_object_gerund(site.alleged_by.token), "i", -1):
        # "accused the junta of hiring ...": the accused hires, not the accuser
        source = actors_of(state, child(site.alleged_by.token, "dobj")) or source
    elif site.alleged_by is not None and tok.tag_ == "VBG" and (
            tok in alleged_phrase_objects(site.alleged_by.token)[1:]):
        # a further "of" phrase ("of lying and of threatening the country", "and of
        # arresting and torturing Rwandans"): the accused acts, on the target sought again
        # now that the source is known (nonasserted25)
        accused = actors_of(state, child(site.alleged_by.token, "dobj"))
        if accused and sides(state, accused) != sides(state, source):
            source = accused
            target = (verb_targets(state, tok, site.entry, sides(state, source))
                      or shared_gerund_object(state, site, source))
    coerced_people = site.alleged_by is not None and not target and (
        alleged_coercion_of_people(state, site))
    if site.alleged_by is not None and not target and (
            site.code[:2] in VIOLENT_ROOTS or coerced_people
            or alleged_hostile_verb(site) or alleged_coercion_noun(site)):
        # "the Taliban accused Pakistan of air strikes on Paktika": an attack alleged with
        # no target named was done to the accuser's side
        target = clause_subject(state, site.alleged_by.token)[0]
        if coerced_people:
            # "Kyiv's ombudsman accused Russia of deporting children": the people of the
            # accuser's state, not its officials (whose expulsion would be a 161)
            target = [_as_state(m, True) for m in target]
    elif not target and source and tok.pos_ in NOUN_POS and (
            site.code[:2] in VIOLENT_ROOTS or site.code[:2] == COERCION_ROOT) \
            and (claim := claimed_doer(tok)) is not None:
        # "the shelling, which the Armenian defence ministry attributed to Azerbaijani
        # forces": an attack laid at a party's door with no target named was done to the
        # claimant's side, as an alleged attack is
        claimant = clause_subject(state, claim[0])[0]
        target = [m for m in claimant if not sides(state, [m]) & sides(state, source)]
    elif not target and source and alleged_coercion_of_people(state, site):
        target = told_by_other_party(state, tok, source)
    elif not target and source and site.code[:2] in TOLD_TO_SPEAKER_ROOTS and (
            site.complement is None and not is_negated(tok) and not any(
                d.dep_ == "det" and d.lower_ in NEGATING_WORDS
                for o in tok.children if o.dep_ == "dobj" for d in o.children)):
        # (not "wanted to negotiate": the act it is about names its own party; not "refused
        # no help": a refusal not made is made to no one)
        target = told_to_speaker(state, tok, source)
    comp = site.complement
    src_sides = sides(state, source)

    def other_party(found: list[ActorMention]) -> list[ActorMention]:
        # "ready to contribute its troops": only the source's own side is no target yet
        if len(src_sides) == 1 and found and sides(state, found) <= src_sides:
            return []
        return found

    if site.code == RALLY_OPPOSITION and comp is not None:
        # "urged the EU to impose sanctions on Russia": opposition is rallied against Russia,
        # the party the appealed-for act is aimed at, not the party asked; asking the party
        # addressed to cut its own ties with the speaker stays a plain appeal to it
        target, site.code = rallied_against(state, tok, comp, source, target)
        if site.code == RALLY_OPPOSITION:  # the appeal to the parties asked is coded too
            site.asked = (actors_of(state, child(tok, "dobj"))
                          or actors_of(state, prep_object(tok, frozenset({"on", "upon"}))))
    if not target and site.code[:2] in APPEAL_ROOTS and tok.pos_ in VERB_POS:
        # "demanded that Moscow withdraw from Ukraine": the party asked, not the place
        target = other_party(ccomp_subject(state, tok))
        if not target and src_sides:
            # "the Assembly demanded that it withdraw": the pronoun is the party asked, not
            # the one asking
            target = asked_pronoun(state, tok, frozenset(c for c in src_sides if c))
    if not target:  # "its demand that Israel lift the blockade": the party asked
        target = addressee_of_appeal_noun(state, tok, site.code, source)
    if comp is not None and not target and site.code[:2] in APPEAL_ROOTS:
        # "calling for Russia to withdraw its troops": the party asked, not its troops
        target = other_party(actors_of(state, child(comp.token, "nsubj")))
    if comp is not None and not target:
        target = other_party(complement_target(state, comp))
    if comp is not None and not target:  # "offered to mediate between X and Y": X and Y
        parties = mutual_parties(state, comp.token)
        target = [m for m in parties if m.country not in {s.country for s in source}]
    if comp is not None and not target and names_both_sides(
            tok.doc[comp.token.left_edge.i:comp.token.right_edge.i + 1].text):
        # "offered to mediate between the two neighbours": the main pair, less the source
        target = both_sides(state, "both sides", frozenset(m.country for m in source
                                                           if m.country))
    if not target and comp is None and site.code[:2] in INFINITIVE_OBJECT_ROOTS:
        # "threatened to block Sweden's NATO bid", "urged Seoul to ...": the party the
        # infinitive acts on, when the act is nothing the lexicon knows
        target = other_party(infinitive_object(state, tok, src_sides)
                             or infinitive_recipient(state, tok))
    if not target and site.code[:2] == "13":
        target = condition_subject(state, tok, comp, src_sides)
    if not target or only_ground(state, tok, target):
        # "rioted in protest against the army's raids": whom a protest is aimed at, before
        # the place it happens in ("blocked streets in Hong Kong in defiance of Beijing")
        target = protest_aim(state, tok, site.code, source) or target
    if not target and tok.pos_ in VERB_POS and site.code not in MUTUAL_CODES:
        # "Turkey rejected the protest": its author (not "A and B signed the deal": a
        # joint act responds to nobody's)
        target = (denied_charge_author(state, site, src_sides)
                  or ruling_court(state, tok, src_sides)
                  or referred_act_author(state, tok, src_sides)
                  or judged_act_author(state, site, src_sides)
                  or answered_claim_author(state, tok, src_sides)
                  or accord_parties(state, site, src_sides))
    target = recipient_of_forces(state, tok, source, target)  # "offered its troops to X"
    target = complained_about(state, tok, site.code, source, target)  # "to the UN over X"
    target = other_party(target)
    governor = tok.head if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" else None
    if (governor is not None and lexicon.chain(governor.lemma_.lower(), "light") is not None
            and subject_names_both(governor) and len({m.country for m in source}) < 2):
        # "the two heads of state announced the elevation of relations, witnessed the
        # signing of documents": the event noun is the pair's
        source = in_role(both_sides(state, "both sides", at=tok), subject_sides_role(governor))
        target = [m for m in target if m.country not in {s.country for s in source}]
        site.flags.add("inferred")
    elif subject_names_both(tok) and len({m.country for m in source}) < 2:
        # "the ministers of the two countries", "both leaders praised Trump": the two
        # main parties other than the one the sentence names as the target
        reciprocal = done_to_each_other(tok)  # "both sides blamed each other"
        others = frozenset() if reciprocal else frozenset(m.country for m in target
                                                          if m.country)
        if others and others <= set(main_dyad(state)):
            # "the two leaders signed a deal under which Hungary will buy jets", "the two
            # capitals may raise their relations to the level of ambassadors": a party of
            # the document's main pair is one of the sides, no target
            target, others = [], frozenset()
        source = in_role(both_sides(state, "both sides", others, at=tok),
                         subject_sides_role(tok))
        site.flags.add("inferred")
        if reciprocal:
            target = []
            site.flags.add("reciprocal")
    else:
        pair = pair_met_before(state, tok, source, target)
        if pair:
            # "Ruto met Museveni in Nairobi. They agreed to build a pipeline": "they" after a
            # meeting of two parties is the pair, each side's act on the other
            source = in_role([inferred_state(c, "they") for c in pair], "GOV")
            target = []
            site.flags.add("inferred")
    parties = mutual_parties(state, tok, site.code)  # "talks between X and Y"
    if parties and target and not source and {m.country for m in target} <= {
            m.country for m in parties}:
        # lexicon22: "exchanges of fire between Armenian and Azerbaijani forces": the
        # between-phrase read as the noun's object names both sides, no target
        target = []
    if not target and parties:
        if not source:
            source = parties
        else:
            target = [m for m in parties if m.country not in {s.country for s in source}]
    if not source and site.code in MUTUAL_CODES:
        # "talks between A and B were held", "a meeting of A and B could take place": both
        # took part
        if len({m.country for m in parties}) >= 2:
            source, target = parties, []
        elif is_passive(tok) and len({m.country for m in target}) >= 2:
            source, target = target, []
    if len({m.country for m in source}) >= 2 and not target and (
            done_to_each_other(tok) or tok.lemma_.lower() in RECIPROCAL_VERBS):
        target = []  # "Canada and India expelled six diplomats each": each other's
        site.flags.add("reciprocal")
    addressed = actors_of(state, child(tok, "dobj")) if tok.dep_ == "conj" else []
    if (addressed and tok.head.dep_ == "ccomp" and site.code[:2] in SPEECH_ROOTS
            and source and sides(state, source) == sides(state, addressed)):
        # "Washington said Serbia had massed troops and urged Belgrade to withdraw them": the
        # parser hangs the appeal on the reported clause; no party appeals to itself
        speaker, _ = clause_subject(state, tok.head.head)
        if speaker and sides(state, speaker) != sides(state, addressed):
            source, target, direct = speaker, addressed, False
    if not direct:
        site.flags.add("indirect")
    if "destination" in site.entry.flags and is_passive(tok):
        # "the minister is expected in Baghdad": the awaited visitor goes to the place
        source = actors_of(state, child(tok, "nsubjpass"))
        place = destination_state(state, tok)
        target = [place] if place is not None else []
    if ("destination" in site.entry.flags or site.code == VISIT) and not is_passive(tok):
        companions = actors_of(state, prep_object(tok, frozenset({"with"})))
        place = (destination_state(state, tok) or visited_state(state, tok)
                 if companions else None)
        if place is not None:
            # "travelled to Beirut with von der Leyen": she travels too, and the visit
            # goes to the place, not to the companion
            source = source + [m for m in companions if m not in source]
            target = [place]
    if "venue" in site.entry.flags:
        # "attended the summit in Abuja": the visit goes to the state that holds it
        place = venue_state(state, tok)
        target = [place] if place is not None else []
    if venue_only(site.code):  # "travelled to Istanbul", "met in Geneva": a venue
        target = [m for m in target if m.kind != "place"]
        if len({m.country for m in source}) >= 2:  # "A and B signed a deal in Washington"
            target = [m for m in target if not placed_in(state, m)]
            if site.code in MUTUAL_CODES:  # "signed a US-brokered agreement": a modifier
                inside = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
                target = [m for m in target if m.head not in inside]
    site.source, site.target = source, target


def visited_state(state: CodingState, tok: Token) -> ActorMention | None:
    """The state a visit verb's object names: "visited Kyiv"."""
    return next((m for m in actors_of(state, child(tok, "dobj")) if m.kind == "state"), None)


def done_to_each_other(tok: Token) -> bool:
    """"expelled six diplomats each", "accused each other", "blamed one another"."""
    for c in tok.subtree:
        if c.lower_ == "each" and (c.head.i == tok.i or c.head.head.i == tok.i):
            return True
        if c.lower_ in ("other", "another") and c.i > 0 and c.nbor(-1).lower_ in ("each", "one"):
            return True
    return False


# Adverbs telling an act as done by both parties with each other ("to work together")
JOINTLY = frozenset({"together", "jointly"})


def joint_intent(site: Site) -> bool:
    """"Both governments said they were ready to work together": an intent (03) of the
    document's two parties, inferred from a phrase naming both, to act with each other is
    each side's intent towards the other (oneside23); not a shared aim told without such
    words ("both sides remained committed to close defence ties")."""
    tok = site.token
    return site.code[:2] == "03" and "inferred" in site.flags and (
        any(t.lower_ in JOINTLY for t in tok.subtree) or done_to_each_other(tok))


def placed_in(state: CodingState, m: ActorMention) -> bool:
    """The mention is the object of "in"/"at"/"on" (or of an of-phrase under one): where
    something happens."""
    if not 0 <= m.head < len(state.doc):
        return False
    head = state.doc[m.head]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj":
        # "at the airport of Argyle", "on the island of St Vincent" (a plain "on" is no
        # place: "called on Venezuela")
        return head.head.head.head.lower_ in ("in", "at", "on")
    return head.dep_ == "pobj" and head.head.lower_ in ("in", "at")
def light_verb_targets(state: CodingState, noun: Token, lexicon: Lexicon, code: str = ""
                       ) -> list[ActorMention]:
    """"staged rallies against the leader", "gave a warm welcome to X": the light verb's
    against/to phrase is the noun event's target; for joint acts its "with" phrase too
    ("held joint drills with Belarus", "held ten days of joint drills with Belarus")."""
    noun = as_spanned(noun)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in VERB_POS or not lexicon.chain(
            verb.lemma_.lower(), "light"):
        return []
    preps = LIGHT_TARGET_PREPS | {"with"} if code.startswith(MUTUAL_PREFIXES) else (
        LIGHT_TARGET_PREPS)
    found = actors_of(state, prep_object(verb, preps))
    for other in verb.children:  # "gave the junta an ultimatum": the indirect object
        if found:
            break
        if other.dep_ in ("dobj", "dative") and other.i < noun.i:
            found = actors_of(state, other)
    return found


def condition_subject(state: CodingState, tok: Token, comp: Site | None,
                      own_side: set[str | None]) -> list[ActorMention]:
    """"threatened to close the strait if the United States attacked": a threat is aimed at
    the party whose act its condition names."""
    heads = [tok] + ([comp.token] if comp is not None else [])
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
                continue
            subject, _ = clause_subject(state, clause)
            found = [m for m in subject if side_key(state, m) not in own_side]
            if found:
                return found
    return []


# (plural ones too: "these measures"; nlp/tokens.py's REFERRING_DETERMINERS are singular)
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


INFINITIVE_ACT_PREPS = frozenset({"on", "about"})  # not "to": "refused to go to the meeting"


def infinitive_act(tok: Token) -> Token | None:
    """The object of a subjectless infinitive under `tok` ("refused to recognise the vote",
    "declined to comment on the decision"): what the refusal or response is about."""
    verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS
                 and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
    if verb is None:
        return None
    obj = child(verb, "dobj") or prep_object(verb, INFINITIVE_ACT_PREPS)
    if obj is not None and names_its_author(obj):
        return None  # "the statement of intelligence": its own author, named or not
    return obj


def names_its_author(noun: Token) -> bool:
    """The noun names whose it is ("the statement of intelligence", "Russia's statement")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
               for c in noun.children)


def referred_act(state: CodingState, tok: Token) -> Token | None:
    """The definite event noun a response or verdict takes as its object, naming no actor:
    "rejected the protest", "responded to the accusation", "condemned the launch"; or the
    object of the subjectless infinitive it governs ("refused to apply that ruling",
    "declined to comment on the protest")."""
    obj = child(tok, "dobj") or prep_object(tok, frozenset({"to"})) or infinitive_act(tok)
    if obj is None or obj.lemma_.lower() in read_words("reaction_feelings.txt"):
        # criticism23: "expressed concern about the dangerous manoeuvres", "expressed
        # concern, saying the move contradicted the deal": what the feeling is about
        # (only a material act: "concern about the move" may mean any act of anyone's,
        # often one no coded event told)
        obj = feeling_about(tok, obj)
        if obj is not None and obj.lemma_.lower() not in material_act_nouns():
            return None
    antecedent = act_antecedent(obj) if obj is not None else None
    if antecedent is not None:
        return antecedent  # "called the execution unconscionable, and ... it"
    if (obj is None or obj.pos_ not in NOUN_POS or obj.lemma_.lower() not in
            anaphoric_event_nouns() or actors_of(state, obj)
            or not any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS
                       for c in obj.children)):
        return None
    if obj.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                  for c in obj.children):
        return None  # a named instrument ("the Non-Proliferation Treaty") refers to no act
    return obj


FEELING_PREPS = frozenset({"about", "over", "at", "regarding", "by"})


def feeling_about(tok: Token, feeling: Token | None) -> Token | None:
    """What a feeling voiced by `tok` is about: the object of about/over/at on the feeling
    noun or on the verb ("expressed concern on Tuesday about the manoeuvres"), else the
    subject of a saying clause on the verb ("expressed concern, saying the move ...")."""
    if feeling is None and tok.lower_ in read_words("reaction_feelings.txt"):
        feeling = tok  # "was deeply concerned about the strikes", "alarmed by the raids"
    if feeling is not None:
        # (on the verb, not "at": "expressed regret at the meeting" tells where)
        found = (prep_object(feeling, FEELING_PREPS)
                 or prep_object(tok, FEELING_PREPS - {"at"}))
        if found is not None and not (found.head.lower_ == "at" and found.lemma_.lower()
                                      in read_words("meeting_words.txt")):
            return found
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in SPEECH_LEMMAS:
            clause = child(c, "ccomp")
            if clause is not None:
                return child(clause, "nsubj")
    return None


def denied_charge_author(state: CodingState, site: Site, own_side: set[str | None]
                         ) -> list[ActorMention]:
    """"accusing him of deporting children, which the Kremlin has denied", "accused the junta
    of hiring mercenaries, a charge Ouagadougou rejected": a denial told inside an accusation
    answers the accuser."""
    tok = site.token
    if site.code != "016" or tok.dep_ not in ("relcl", "acl"):
        return []
    accusation = next((a for a in tok.ancestors if a.lemma_.lower() in ACCUSE_LEMMAS
                       and a.pos_ in VERB_POS), None)
    if accusation is None:
        return []
    accuser, _ = clause_subject(state, accusation)
    return [m for m in accuser if side_key(state, m) not in own_side]


RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement"})
COURT_WORDS = frozenset({"court", "tribunal", "icj", "icc"})


def is_court(m: ActorMention) -> bool:
    """A court named as such ("the Supreme Court", "a court in Nairobi", "the ICJ"), not a
    judge (a person: "Judge Donoghue" gives no ruling of her own)."""
    words = f"{m.text} {m.name or ''}".lower().replace(".", "").split()
    return m.country is not None and m.kind != "person" and bool(COURT_WORDS & set(words))


def ruling_court(state: CodingState, tok: Token, own_side: set[str | None]
                 ) -> list[ActorMention]:
    """"The German foreign ministry welcomed the ruling": a verdict on a ruling is aimed at
    the court that gave it, the last court named before (within about ten sentences), even
    when later events of the parties to the case come between."""
    obj = referred_act(state, tok)
    if obj is None or obj.lemma_.lower() not in RULING_NOUNS or tok.dep_ == "relcl":
        return []
    start = obj.sent.start
    for m in reversed(state.mentions):
        if start - 400 <= m.token_start < obj.i and not m.inferred and is_court(m) and (
                side_key(state, m) not in own_side):
            return [m]
    return []


RECENT_ACT_WINDOW = 120  # tokens, about three sentences: the latest acts a noun may refer to
TOLD_ACT_WINDOW = 600  # tokens, about fifteen sentences: the act a noun names, told earlier


def referred_act_author(state: CodingState, tok: Token, own_side: set[str | None]
                        ) -> list[ActorMention]:
    """The source of the act a definite event noun object refers back to: the latest event
    of the last few sentences whose source is another party, one told with the noun's own
    verbs (data/event_anaphors.tsv: "executed" for "the execution") first."""
    obj = referred_act(state, tok)
    if obj is None or tok.dep_ == "relcl":  # "Moscow, which brokered the 2020 ceasefire":
        return []  # background told about an actor, not a response to an act just told
    start = obj.sent.start
    lemma = obj.lemma_.lower()
    material = lemma in material_act_nouns()  # "the launch": not a statement
    accord = lemma in ACCORD_NOUNS  # "the memorandum": an agreement, not a trip
    earlier = [ev for ev in reversed(state.events)
               if start - RECENT_ACT_WINDOW <= ev.trigger < start
               and (not material or material_root(ev.cameo))
               and (not accord or ev.cameo[:2] in ACCORD_ROOTS)]
    # "condemned the seizure of power": an act told with the noun's own verbs ("seized")
    # before the latest act of any kind (the sanctions imposed in reply to it)
    telling = act_noun_verbs().get(lemma, frozenset()) | {lemma}
    earlier.sort(key=lambda ev: state.doc[ev.trigger].lemma_.lower() not in telling)
    if act_noun_verbs().get(lemma):
        # "North Korea fired a missile over Japan ... [a drill, a call] ... Yoon called the
        # launch a provocation": the act the noun names, told further back with its own
        # verbs, before a later act of another kind
        told = [ev for ev in reversed(state.events)
                if start - TOLD_ACT_WINDOW <= ev.trigger < start - RECENT_ACT_WINDOW
                and state.doc[ev.trigger].lemma_.lower() in telling
                and (not material or material_root(ev.cameo))]
        cut = next((k for k, ev in enumerate(earlier)
                    if state.doc[ev.trigger].lemma_.lower() not in telling), len(earlier))
        earlier[cut:cut] = told
        if not cut and not told:
            # "Iran said it had executed a British national ... [recalls, summons] ... The
            # United States called the execution unconscionable": the act the noun names,
            # told with its own verbs but coded as no event (it had no target), before a
            # later act of another kind
            # (only the verb the noun is made from, "executed" for "the execution": not a
            # verb of motion that may tell an incursion, "flew home")
            teller = uncoded_teller(state, obj, frozenset(
                v for v in telling if v[:3] == lemma[:3]), own_side)
            if teller:
                return teller
    for ev in earlier:
        found = [m for m in ev.source if side_key(state, m) not in own_side]
        if found:
            return found
    return []


# Verbal acts (statements, appeals, intents, consultation, demands, criticism, refusals,
# threats, protests).
SPEECH_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"})
# Threats, demands, appeals, intents and refusals about an act on another party.
INFINITIVE_OBJECT_ROOTS = frozenset({"02", "03", "10", "12", "13"})


def infinitive_object(state: CodingState, tok: Token, own_side: set[str | None] | None = None
                      ) -> list[ActorMention]:
    own_side = own_side or set()
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in VERB_POS:
            obj = child(c, "dobj")
            if obj is not None:  # "Sweden's NATO bid": whose bid it is
                found = actors_of(state, child(obj, "poss")) or actors_of(state, obj)
                if found and not sides(state, found) <= own_side:
                    return found
            # "refused to transfer the former president to Kiev": to whom the act goes,
            # or with whom
            return actors_of(state, prep_object(c, RECEIVER_PREPS | {"with"}))
    return []


def answered_claim_author(state: CodingState, tok: Token, own_side: set[str | None]
                          ) -> list[ActorMention]:
    """"Sandu accused Russia of plotting a coup, a claim the Kremlin rejected": a response in
    a relative clause on an event noun ("a claim", "an allegation") answers whoever made
    the sentence's main statement."""
    # (or a participle on it: "..., a move swiftly denounced by Greece")
    if tok.dep_ not in ("relcl", "acl") or tok.head.lemma_.lower() not in (
            anaphoric_event_nouns()):
        return []
    if tok.dep_ == "acl" and child(tok, "agent") is None:
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("that", "which")
           for c in tok.children):
        return []  # the clause has an object of its own
    main = tok.sent.root
    if main.i == tok.i:
        return []
    return [m for m in clause_subject(state, main)[0] if side_key(state, m) not in own_side]


ACCORD_ROOTS = frozenset({"03", "04", "05", "08"})  # intents, talks, agreements, concessions
ACCORD_NOUNS = frozenset({"ceasefire", "truce", "agreement", "deal", "accord", "talks", "treaty",
                          "pact", "memorandum", "protocol", "contract"})


def accord_parties(state: CodingState, site: Site, own_side: set[str | None]
                   ) -> list[ActorMention]:
    """"The United States welcomed the ceasefire": a verdict on an accord no coded event
    told is about the accord's parties, the document's main pair (less the speaker)."""
    if site.code[:2] not in ("01", "05", "11"):
        return []
    obj = referred_act(state, site.token)
    if obj is None or obj.lemma_.lower() not in ACCORD_NOUNS:
        return []
    countries = frozenset(c for c in own_side if c)
    return [m for m in both_sides(state, "both sides", countries)
            if side_key(state, m) not in own_side]


DEFINITE_WORDS = frozenset({"the", "this", "that", "it"})


def retold_accord(state: CodingState, site: Site) -> bool:
    """"Australia and PNG signed a security pact on Thursday ... The pact was concluded by
    Albanese and Marape at Parliament House": a definite accord signed by the same parties
    as an accord already coded in the story is that signing told again (one event once),
    unless the sentence dates it."""
    if site.code != "057":
        return False
    accord = child(site.token, "dobj", "nsubjpass")
    if accord is None or not (accord.lower_ == "it" or any(
            c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in accord.children)):
        return False
    if any(date_word(t) for t in site.token.sent):
        return False  # "The agreement was signed on the 8th of February": its own telling
    parties = {m.country for m in site.source + site.target}
    accords = [ev for ev in state.events if ev.cameo == "057"
               and {m.country for m in ev.source + ev.target} == parties]
    if ratification(site.token, site.code):
        # "Kenya and Uganda signed a treaty ... The treaty must still be ratified by Kenya's
        # parliament": a ratification is an act of its own, told again only as a ratification
        # by the same body
        own = {m.code for m in site.source}
        return any({m.code for m in ev.source} == own for ev in accords)
    # (a ratification told before is no signing told again: "the law by which parliament
    # ratified the agreement in 2013 ... The agreement was signed in 2012")
    return len(parties) >= 2 and any(
        not ratification(state.doc[ev.trigger], ev.cameo)
        for ev in accords)


def ratification(tok: Token, code: str) -> bool:
    """A legislature's ratification or approval of an accord (057, one way)."""
    return code == "057" and tok.lemma_.lower() in RATIFYING


def material_root(code: str) -> bool:
    return "06" <= code[:2] <= "09" or code[:2] >= "15"


def uncoded_teller(state: CodingState, obj: Token, verbs: frozenset[str],
                   own_side: set[str | None]) -> list[ActorMention]:
    """The subject of the latest verb of `verbs` told as an act before `obj`'s sentence,
    within TOLD_ACT_WINDOW tokens, that is not `own_side`; [] when none."""
    start = obj.sent.start
    for tok in reversed(obj.doc[max(0, start - TOLD_ACT_WINDOW):start]):
        if tok.pos_ in VERB_POS and tok.lemma_.lower() in verbs and not is_negated(tok):
            found = [m for m in clause_subject(state, tok)[0]
                     if side_key(state, m) not in own_side]
            if found:
                return found
    return []


def judged_act_author(state: CodingState, site: Site, own_side: set[str | None]
                      ) -> list[ActorMention]:
    """"Seoul condemned the launch", "called the post inappropriate": a criticism (11x) of an
    act told before but not coded (missiles fired into the sea have no target; a post is no
    event) is aimed at the subject of the verb that told it ("North Korea fired ...", "Xue
    wrote a post"), within three sentences."""
    obj = referred_act(state, site.token) if site.code[:2] == "11" else None
    if obj is None:
        return []
    lemma = obj.lemma_.lower()
    verbs = act_noun_verbs().get(lemma, frozenset())
    if not verbs and lemma not in material_act_nouns():
        verbs = SPEECH_LEMMAS  # "called the remarks shameful": whoever made them
    if not verbs:
        return []
    forms = trigger_forms(verbs)
    for sent in reversed(preceding_sentences(obj, 3)):
        for tok in reversed(sent):
            if tok.pos_ in VERB_POS and tok.lemma_.lower() in verbs:
                found = [m for m in clause_subject(state, tok)[0]
                         if side_key(state, m) not in own_side]
            elif tok.pos_ == UNPARSED_POS and tok.lower_ in forms:
                # a sentence the parse stage skipped (no trigger word): the actor named
                # last before the verb is its subject in plain news syntax
                found = [m for m in state.mentions[::-1]
                         if sent.start <= m.token_start < tok.i and m.country
                         and side_key(state, m) not in own_side][:1]
            else:
                continue
            if found:
                return found
    return []


def preceding_sentences(tok: Token, n: int) -> list[Span]:
    """Up to n sentences before tok's, nearest last."""
    out: list[Span] = []
    start = tok.sent.start
    while start > 0 and len(out) < n:
        sent = tok.doc[start - 1].sent
        out.insert(0, sent)
        start = sent.start
    return out


def venue_only(code: str) -> bool:
    """Below root 14 (statements, appeals, cooperation) a bare city is where the act
    happens, not who it is done to; protests, coercion and attacks hit a city's people,
    and aid, troops or peacekeepers sent to a city (root 07) go to its state."""
    return code[:2] < "14" and code[:2] != "07"


def complement_target(state: CodingState, comp: Site) -> list[ActorMention]:
    if comp.token.pos_ in VERB_POS:
        return verb_targets(state, comp.token, comp.entry)
    return noun_targets(state, comp.token)


def subject_names_both(tok: Token) -> bool:
    return both_subject(tok) is not None


def subject_sides_role(tok: Token) -> str | None:
    """The role of the parties the subject at `tok` names ("the two leaders agreed": GOV)."""
    subj = both_subject(tok)
    if subj is not None and bare_pair(subj):
        return "GOV"  # "the two agreed": the two leaders or governments just named
    return None if subj is None else sides_role(subj.root, subj.text)


def both_subject(tok: Token) -> Span | None:
    """The subject phrase of the clause at `tok` when it names both parties ("The two sides
    agreed")."""
    if tok.pos_ in VERB_POS and tok.dep_ == "conj" and child(tok, "nsubj", "nsubjpass") is None:
        tok = tok.head  # "Both sides called it constructive and agreed to meet again"
    if (tok.pos_ in VERB_POS and tok.dep_ == "xcomp" and child(tok, "nsubj", "nsubjpass") is None
            and not_yet_done(tok.head)):
        tok = tok.head  # "The two sides have yet to sign": the subject of the verb above
    tok = infinitive_controller(tok)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        tok = tok.head  # "they were ready to work together": the copula's subject
    subj = child(tok, "nsubj", "nsubjpass") if tok.pos_ in VERB_POS | {"AUX"} else None
    if subj is not None:
        phrase = tok.doc[subj.left_edge.i:subj.right_edge.i + 1]
        if names_both_sides(phrase.text) or (bare_pair(phrase) and joint_act(tok)):
            return phrase
        antecedent = pair_antecedent(tok, subj)
        if antecedent is not None:
            return antecedent
    if tok.pos_ not in VERB_POS:
        return None
    # "an agreement signed by the two countries", "a deal reached between the two
    # governments": the passive's agent, or the between-phrase of a joint act, is its subject
    for prep in tok.children:
        if tok.lemma_.lower() in read_words("accord_verbs.txt") and (prep.dep_ == "agent" or (
                prep.lower_ == "between" and prep.dep_ == "prep")):
            obj = child(prep, "pobj")
            if obj is not None and names_both_sides(
                    tok.doc[obj.left_edge.i:obj.right_edge.i + 1].text):
                return tok.doc[obj.left_edge.i:obj.right_edge.i + 1]
    return None


def pair_antecedent(tok: Token, subj: Token) -> Span | None:
    """The phrase naming both parties that a "they" subject of the clause at `tok` stands
    for: the subject of the verb that reports the clause ("both ministries announced that they
    agreed ...", "the two leaders said they looked forward to signing"; oneside23)."""
    if subj.lower_ != "they" or tok.dep_ != "ccomp" or tok.head.pos_ not in VERB_POS:
        return None
    above = child(tok.head, "nsubj")
    if above is None:
        return None
    phrase = tok.doc[above.left_edge.i:above.right_edge.i + 1]
    return phrase if names_both_sides(phrase.text) else None


def pair_met_before(state: CodingState, tok: Token, source: list[ActorMention],
                    target: list[ActorMention]) -> list[str]:
    """The two countries a plural pronoun subject ("they") of a joint act stands for: those
    of a meeting, talk or call (root 04) coded one way between exactly two countries in the
    sentence before or earlier in this one ("Ruto met Museveni", "Ruto and Museveni held
    talks"), of which the pronoun was read as one."""
    verb = tok
    if verb.pos_ in VERB_POS and verb.dep_ in ("conj", "xcomp") and child(
            verb, "nsubj", "nsubjpass") is None:
        verb = verb.head  # "they met and agreed", "they agreed to sign"
    subj = child(verb, "nsubj") if verb.pos_ in VERB_POS else None
    if subj is None or subj.lower_ != "they" or tok.lemma_.lower() not in read_words(
            "joint_act_verbs.txt"):
        return []
    own = {m.country for m in source if m.country}
    if len(own) != 1 or not _pair_subjects_only(state, subj):
        return []
    here = two_countries_earlier_in_sentence(state, subj, frozenset())
    meeting = read_words("meeting_words.txt")
    if here and own <= set(here) and any(
            t.lemma_.lower() in meeting for t in tok.doc[tok.sent.start:subj.i]):
        return here  # "Ruto met Museveni, after which they signed a deal"
    start = tok.sent.start
    window = tok.doc[start - 1].sent.start if start > 0 else start
    for ev in reversed(state.events):
        if not window <= ev.trigger < tok.i or not ev.cameo.startswith("04"):
            continue
        src = {m.country for m in ev.source if m.country}
        tgt = {m.country for m in ev.target if m.country}
        pair = src | tgt
        if len(pair) == 2 and len(src) + len(tgt) == 2 and own <= pair and (
                not target or {m.country for m in target} <= pair):
            return sorted(pair)
    return []


def _pair_subjects_only(state: CodingState, subj: Token) -> bool:
    """No subject other than a named party's comes between the sentence's start and "they"
    ("The rebels said they would sign": the rebels' own)."""
    named = {m.head for m in state.mentions if m.country and not m.inferred}
    return all(t.i in named or t.pos_ == "PRON" for t in subj.doc[subj.sent.start:subj.i]
               if t.dep_ in ("nsubj", "nsubjpass"))


def bare_pair(phrase: Span) -> bool:
    """The subject phrase stands for the two parties just named ("Ruto spoke with Museveni,
    and the two agreed", "when the pair met"; not "the two vessels"): data/pair_phrases.txt."""
    return " ".join(t.lower_ for t in phrase) in read_words("pair_phrases.txt")


def joint_act(tok: Token) -> bool:
    """`tok` is what a bare "the two" does together: a joint act (not "both attended the
    inauguration", "both accuse China"), not merely agreeing that something is so ("the
    two agreed that the deal had no standing"), nor one proposed in a clause below another
    ("proposing that the two men meet") or left to come ("before the two men met": mutual20,
    act_put_off)."""
    return (tok.lemma_.lower() in read_words("joint_act_verbs.txt") and tok.dep_ != "ccomp"
            and not (tok.lemma_.lower() == "agree" and child(tok, "ccomp") is not None)
            and not act_put_off(tok))


def infinitive_controller(tok: Token) -> Token:
    """The clause whose subject does the act of a subjectless infinitive, as clause_subject
    climbs for a named subject: "the two sides are to hold talks", "officials from both
    countries are due to meet" (through the adjective to its copula), "the two neighbours are
    expected to sign"; only through "be" and passives that only place the act in time or
    likelihood (an active verb of intent or agreement is an act of its own, "agreed to
    resume flights": see apply_chains), and not past an object, which controls the
    infinitive instead ("were urged by Washington to meet")."""
    for _ in range(4):
        if tok.dep_ != "xcomp" or child(tok, "nsubj", "nsubjpass") is not None:
            break
        head = tok.head
        if child(head, "dobj", "dative") is not None:
            break
        if head.dep_ == "acomp" and head.head.i != head.i:
            head = head.head  # "are due to", "are likely to"
        elif not (head.lemma_.lower() == "be" or child(head, "auxpass") is not None):
            break
        tok = head
    return tok


# Verbs saying that their infinitive's act has not been done: "failed to reach", "refused to
# sign"; "have" and "be" only with "yet" or "still" ("have yet to sign", "are still to
# ratify"), not "did not have to agree" (no act at all).
NOT_DONE_LEMMAS = frozenset({"fail", "refuse", "decline"})
NOT_YET_LEMMAS = frozenset({"have", "be"})
NOT_YET_ADVERBS = frozenset({"yet", "still"})


def not_yet_done(verb: Token) -> bool:
    """`verb` tells that the act of its infinitive is not (yet) done, with no object of its
    own whose act the infinitive might be."""
    if verb.pos_ not in VERB_POS and verb.pos_ != "AUX":
        return False
    if child(verb, "dobj", "dative") is not None:
        return False
    lemma = verb.lemma_.lower()
    return lemma in NOT_DONE_LEMMAS or (
        lemma in NOT_YET_LEMMAS and any(c.lower_ in NOT_YET_ADVERBS for c in verb.children))


def place_state(state: CodingState, tok: Token, exclude: set[str], inferred: bool = True,
                code: str = "") -> ActorMention | None:
    """The state named as the place of the act ("searched in Baku", "strikes across Iran");
    a bare city counts only for material conflict (a venue hosts talks, it is no party)."""
    kinds = ("state", "place") if not venue_only(code) else ("state",)
    for t in (tok, tok.head):
        # every place phrase, not only the first: "In the early hours, jets struck in Syria"
        for prep in t.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in PLACE_PREPS:
                continue
            place = child(prep, "pobj", "pcomp")
            for m in actors_of(state, place) if place is not None else []:
                if m.country and m.country not in exclude and m.kind in kinds:
                    return _as_state(m, inferred)
    return None


def place_of_violence(state: CodingState, tok: Token) -> ActorMention | None:
    """The country of a place phrase ("in", "near", "outside of" ...) anywhere under the act's
    clause, the attacker's phrase included ("a bombing near Samarra killed ...")."""
    for m in state.mentions:
        if m.kind not in ("state", "place") or not m.country or m.token_start < 0:
            continue
        cur = tok.doc[m.head if m.head >= 0 else m.token_start]
        via_place = False
        while cur.i != tok.i and cur.head.i != cur.i:
            via_place = via_place or (cur.dep_ == "prep" and cur.lower_ in VIOLENCE_PLACE_PREPS)
            cur = cur.head
        if cur.i == tok.i and via_place:
            return m
    return None


def deep_place(state: CodingState, tok: Token, exclude: set) -> ActorMention | None:
    """"struck targets at 16 locations in rebel-held areas of Yemen": the state of a place
    phrase deeper in a violent act's clause, reached through its objects and prepositions
    only (not "the regime in Iran", a place that says whose an actor is)."""
    heads = {m.head for m in state.mentions if m.country and m.head >= 0}
    for m in state.mentions:
        if m.kind not in ("state", "place") or not m.country or m.country in exclude:
            continue
        if not 0 <= m.head < len(tok.doc) or not tok.left_edge.i <= m.head <= tok.right_edge.i:
            continue
        cur, via_place = tok.doc[m.head], False
        while cur.i != tok.i and cur.head.i != cur.i:
            if cur.dep_ not in ("pobj", "prep", "dobj") or (cur.i != m.head and cur.i in heads):
                break
            via_place = via_place or (cur.dep_ == "prep" and cur.lower_ in VIOLENCE_PLACE_PREPS)
            cur = cur.head
        if cur.i == tok.i and via_place:
            return _as_state(m, False)
    return None


def _as_state(m: ActorMention, inferred: bool) -> ActorMention:
    return ActorMention(code=m.country or m.code, country=m.country, roles=[], text=m.text,
                        start_char=m.start_char, end_char=m.end_char,
                        token_start=m.token_start, token_end=m.token_end, head=m.head,
                        kind="state", inferred=inferred, confidence=0.7 if inferred else 0.9)


def infer_missing(state: CodingState, site: Site) -> None:
    tok = site.token
    speech = site.entry.speech or "speechlike" in site.flags
    if not site.source and subject_names_both(tok):
        site.source = in_role(both_sides(state, "both sides", at=tok), subject_sides_role(tok))
        site.flags.add("inferred")
        if site.target and sides(state, site.target) <= sides(state, site.source):
            site.target = []  # "both sides blamed each other", "... in mutual trade"
            if done_to_each_other(tok):
                site.flags.add("reciprocal")
        return
    if not site.source and not site.target and site.code in AGENTLESS_ACCORDS and (
            accord_done(tok) or told_as_occurring(tok) or took_effect(tok)):
        # "A 48-hour truce agreed on Wednesday", "a ceasefire was agreed": an accord with
        # no party named is between the document's two main parties
        site.source = both_sides(state, "both sides")
        site.flags.add("inferred")
        return
    if (not site.source and not site.target and site.code in MUTUAL_CODES
            and (site.code[:2] == "04" or site.code == "057") and (
                told_as_occurring(tok) or planned_meeting(tok))):
        # "a meeting could still take place", "the talks will go ahead": a meeting for which
        # nobody is named is between the pair just named or the document's main parties
        site.source = both_sides(state, "both sides", at=tok)
        site.flags.add("inferred")
        return
    if (not site.source and site.target and not speech and agentless(tok) and (
            (site.code.startswith(WITHDRAWAL_CODES) and own_people(site.target))
            or (tok.lemma_.lower() in EVACUATING and one_country(site.target)))):
        # "1,500 troops would be withdrawn": a state withdraws its own forces or envoys,
        # from the place named or the other party of the main dyad
        country = site.target[0].country
        place = place_state(state, tok, {country}, code=site.code)
        other = place or other_side(state, country, "(main dyad)")
        site.source = [_as_state(site.target[0], False)]  # the forces named are its own
        site.target = [other] if other is not None else []
        site.flags.add("inferred")
        return
    if (not site.source and site.code == "161" and not speech and agentless(tok)
            and recalls(tok) and one_country(site.target)
            and all("GOV" in m.roles for m in site.target)):
        # "Turkey's ambassador to Israel was recalled", "its envoy in Tel Aviv was called
        # back": an envoy (the target found is the envoy himself, GOV) is recalled by his
        # own state, from the state he serves in
        country = site.target[0].country
        host = posted_in(state, tok, {country}) or place_state(state, tok, {country},
                                                                code=site.code)
        other = host or other_side(state, country, "(main dyad)")
        site.source = [_as_state(site.target[0], False)]
        site.target = [other] if other is not None else []
        site.flags.add("inferred")
        return
    if not site.source and site.code.startswith("16") and cancelled_visit(state, site):
        return
    if not site.source and not speech and repeated_act_parties(state, site):
        return
    if not site.source and speaker_acts(state, site):
        return
    if not site.source and site.target and speaker_consults(state, site):
        return
    if not site.source and not speech and sent_away_from(state, site):
        return
    if not site.source and not site.target and not speech and agentless(tok) and (
            site.code[:2] in STATE_ACT_ROOTS or site.code in STATE_ACT_CODES) and (
            place_named_as_target(state, site)):
        return
    if not site.source and site.target and not speech and (
            agentless(tok) or told_to_go_in_passive(site)) and (
            site.code[:2] in STATE_ACT_ROOTS or site.code in STATE_ACT_CODES):
        if place_named_as_target(state, site) or done_at_home(state, site):
            return
        targets = {m.country for m in site.target if m.country}
        inferred = summoning_office(state, tok, targets) or place_state(
            state, tok, targets, code=site.code)
        if inferred is None and len(targets) == 1:
            inferred = other_side(state, next(iter(targets)), "(main dyad)")
        if inferred is not None:
            # "was summoned", "were detained": the state's foreign ministry, its police
            site.source = in_role([inferred], agentless_role(site.code, tok, site.target))
            site.flags.add("inferred")
        return
    if (state.config.domestic and not site.source and site.target and not speech
            and site.code[:2] in VIOLENT_ROOTS):
        # PLOVER codes an attack by an unnamed attacker ("a roadside bomb near Samarra
        # killed ...") to the country where it happens
        place = place_of_violence(state, tok)
        if place is not None:
            site.source = [_as_state(place, True)]
            site.flags.add("inferred")
        return
    if not site.source and not speech and measure_told_before(state, site):
        return
    if site.source and site.target and site.code.startswith(MEDIATION) and not speech:
        site.target = mediated_parties(state, site)
    if not site.source or site.target:
        return
    countries = {m.country for m in site.source if m.country}
    # "The deal, brokered by the UN and Turkey, was signed": a participle on the main subject
    # tells the main clause's story as well
    told = tok.dep_ in MAIN_DEPS or (tok.dep_ == "acl" and tok.tag_ == "VBN"
                                     and tok.head.dep_ in ("nsubj", "nsubjpass"))
    if site.code.startswith(MEDIATION) and not speech and told:
        # "Qatar and Turkey mediated the negotiations": the mediators act on the parties,
        # the document's two main actors other than themselves, never on each other (main
        # clauses only: "the Minsk Group, which had mediated the conflict" is background)
        site.target = both_sides(state, "both sides", frozenset(countries))
        site.flags.add("inferred")
        return
    found = object_both_phrase(site)
    if found is not None:
        if len(countries) >= 2:
            site.flags.add("reciprocal")  # "A and B blamed each other"
            return
        own = frozenset(c for c in countries if c)
        # "A and B signed ..., with C, who had mediated between the two sides": a pair its
        # own sentence names before the phrase, else the document's main pair
        pair = two_countries_earlier_in_sentence(state, tok, own)
        site.target = in_role([inferred_state(c, "both sides") for c in pair] if pair
                              else both_sides(state, "both sides", own),
                              object_role(*found) if found[1] else None)
    elif not speech:  # "struck targets in Lebanon", "arrived in Amman", "lifted ... in X"
        place = place_state(state, tok, countries, inferred=False, code=site.code)
        if place is None and site.code[:2] in VIOLENT_ROOTS:
            place = deep_place(state, tok, countries)
        if (place is None and struck_place_act(site.code) and named_source(site)
                and len(countries) == 1):
            # "Israeli jets hit the port of Hodeidah": the state of the town struck
            place, unknown = struck_place(state, tok, countries)
            if place is None and unknown and not names_other_state(state, tok, countries):
                # "shelling villages near Sidakan": a town too small to know, in a sentence
                # naming no other state, is on the document's other main party's ground
                place = next(iter(dyad_partner(state, next(iter(countries)))), None)
        if venue_only(site.code) and (len(countries) >= 2 or all(
                str(c).startswith("IGO") for c in countries)):
            place = None  # "the two delegations met in Doha", "ECOWAS leaders, meeting in
            # Abuja": a venue, not a third party
        site.target = [place] if place is not None else []
        if not site.target and reduces_relations_unaddressed(site, countries):
            site.target = dyad_partner(state, next(iter(countries)))
        if not site.target and ratifies_accord_told_before(site, countries):
            site.target = dyad_partner(state, next(iter(countries)))
        if not site.target and undone_act_unaddressed(state, site, countries):
            site.target = dyad_partner(state, next(iter(countries)))
        if not site.target and third_party_measure(state, site, countries):
            site.target = same_kind_target(state, site, next(iter(countries)))
    elif speech and len(countries) == 1 and tok.dep_ in MAIN_DEPS and (
            "weak" not in site.entry.flags and "needtarget" not in site.entry.flags
            or both_sides_mentioned(tok)):
        # "agreed in Niamey to pull them out": an intent told as given in another state's
        # capital is given to that state, not to the document's other main party
        place = place_state(state, tok, countries, code=site.code) if site.code.startswith(
            "03") else None
        site.target = [place] if place is not None else dyad_partner(
            state, next(iter(countries)))
    if site.target and any(m.inferred for m in site.target):
        site.flags.add("inferred")


@cache
def repetition_words() -> frozenset[str]:
    return read_words("repetition_words.txt")


# Verbs saying that their subject act comes about ("further strikes could follow"), beside
# those of data/happening_verbs.tsv ("take place", "go ahead").
COMING_VERBS = frozenset({"follow", "come", "ensue"})


def told_as_coming(tok: Token) -> bool:
    """An act noun told as coming about: the subject of "follow", "take place" ("further
    strikes could follow"), or of a verb of planning in the passive ("more expulsions are
    expected", "further strikes were planned"), not of any verb ("further visits could
    bring more punishment": what they would cause)."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ in VERB_POS:
        return head.lemma_.lower() in COMING_VERBS or happening(head, happening_verbs())
    return tok.dep_ == "nsubjpass" and plans_ahead(head)


def repeated_act_parties(state: CodingState, site: Site) -> bool:
    """"U.S. aircraft struck militia targets in Iraq. Further strikes could follow": an act
    noun that a word of repetition (data/repetition_words.txt) marks as more of the same,
    with no party of its own, is done by the parties of the latest act of its root told
    before (its root, or a verb of data/event_anaphors.tsv for the noun), and is coded as
    that act; a target of its own must be one of that act's. Such acts are mostly planned
    or speculated (modality helper, session 15)."""
    tok = site.token
    if tok.pos_ not in NOUN_POS or not told_as_coming(tok) or not any(
            c.dep_ in ("amod", "advmod") and c.lower_ in repetition_words()
            for c in tok.children):
        return False
    own_target = sides(state, site.target)
    lemma = tok.lemma_.lower()
    verbs = act_noun_verbs().get(lemma, frozenset()) | {lemma}
    for ev in reversed(state.events):
        if not ev.source or not ev.target or not (
                ev.cameo[:2] == site.code[:2] or state.doc[ev.trigger].lemma_.lower() in verbs):
            continue  # an act of its kind: its root, or told by its verb ("expelled")
        if own_target and not own_target & sides(state, ev.target):
            continue
        site.source = list(ev.source)
        if not site.target:
            site.target = list(ev.target)
        site.code = ev.cameo  # more of the same: "air strikes ... further strikes" (195)
        site.flags.add("inferred")
        return True
    return False


# Determiners of a passive subject that names a thing the story is about: "the ban", "this
# order", or none of it ("no sanctions relief had been offered", "no missiles were fired").
MEASURE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "no"})
# Dependents of an earlier act's trigger that name what it made or did: "imposed a ban",
# "signed the swap agreement", "launched missiles" (and the "on"/"of" object of the trigger
# or of its object: "agreed on an accord", "initialled the text of a peace agreement").
MEASURE_DEPS = frozenset({"dobj", "nsubjpass"})
RESTRICTING_ROOTS = frozenset({"16", "17"})  # "reduce relations", "coerce": what is lifted
EASING_CODES = ("081", "085")  # easing administrative or economic sanctions: lifting a ban
# Modifiers of a measure that answers the one told before: it goes the other way ("US
# tariffs on Brazil ... no counter-tariffs would be imposed": Brazil's, on the US).
COUNTER_WORDS = frozenset({"counter", "retaliatory", "reciprocal", "retaliation",
                           "countermeasure", "mirror", "tit-for-tat"})


def passive_subject(tok: Token) -> Token | None:
    """The subject of a passive verb, or of the verb it completes ("the agreement is
    expected to be signed", "the ban is likely to be extended")."""
    subj = child(tok, "nsubjpass")
    if subj is None and tok.dep_ == "xcomp":
        head = tok.head.head if tok.head.dep_ == "acomp" else tok.head  # "is due to be"
        subj = child(head, "nsubjpass", "nsubj")
    return subj


def named_things(tok: Token) -> set[str]:
    """The lemmas a noun phrase names: its head and its compounds ("swap agreement"), and
    the words that make it an answer ("counter-tariffs", "retaliatory measures")."""
    return {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children
                                   if c.dep_ == "compound" and c.pos_ in NOUN_POS
                                   or c.lower_ in COUNTER_WORDS}


def measure_told_before(state: CodingState, site: Site) -> bool:
    """"Lebanon suspended flights from Iran ... The ban could be extended", "Poland imposed
    checks on the border ... the checks will be lifted", "The two sides signed a swap
    agreement ... the agreement is expected to be ratified", "no missiles were launched":
    a passive act with no agent whose subject is a measure, an accord or a weapon the story
    has told of (a referring or negating determiner) is done by the parties of the latest
    act told before that names that thing (its trigger noun or object), and goes the same
    way. Only acts not told as done (a modal, a negation, a governing "expected to", "due
    to"): what may, will or did not happen to the measure (nonasserted22: they were lost for
    want of a party); one told as done in the passive is mostly background ("the crossing
    was closed for a week in February")."""
    tok = site.token
    if tok.pos_ not in VERB_POS or not is_passive(tok) or child(tok, "agent") is not None:
        return False
    subj = passive_subject(tok)
    if subj is None or subj.pos_ not in NOUN_POS:
        return False
    things = named_things(subj)
    if not (things & COUNTER_WORDS or any(
            c.dep_ == "det" and c.lower_ in MEASURE_DETERMINERS for c in subj.children)):
        return False  # "sanctions could be imposed": no measure told before is meant
    if not (clause_mood(tok) or tok.dep_ == "xcomp" or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subj.children)):
        return False  # "the crossing was closed in February": background told as done
    own_target = sides(state, site.target)
    for ev in reversed(state.events):
        mutual = not ev.target and len({m.country for m in ev.source}) >= 2
        if not ev.source or not (ev.target or mutual):
            continue  # a party's act on another, or an accord of several ("A and B agreed")
        if ev.cameo[:2] in VERBAL_ROOTS:
            continue  # "Moscow condemned the sanctions": the measure is another's
        trigger = state.doc[ev.trigger]
        # "imposed a ban", "banned imports" (the verb's lemma names the measure too)
        named = named_things(trigger) if trigger.pos_ in NOUN_POS else {trigger.lemma_.lower()}
        for c in trigger.children:
            if c.dep_ in MEASURE_DEPS and c.pos_ in NOUN_POS:
                named |= named_things(c)
            obj = prep_object(c, frozenset({"on", "of"})) if c.dep_ in MEASURE_DEPS else None
            if c.dep_ == "prep" and c.lower_ in ("on", "of"):
                obj = child(c, "pobj")  # "agreed on a new accord", "the text of a deal"
            if obj is not None and obj.pos_ in NOUN_POS:
                named |= named_things(obj)
        kind = ev.cameo[:2] in RESTRICTING_ROOTS and (
            site.code[:2] == ev.cameo[:2] or site.code.startswith(EASING_CODES))
        # a measure extended, or lifted
        if not named & things and not kind:
            continue  # neither the thing named nor a measure of its kind ("the ban could
            # be extended": 16; "the ban can be lifted": the lifting of a restriction)
        source, target = list(ev.source), list(ev.target)
        if things & COUNTER_WORDS and target:
            source, target = target, source  # "no counter-tariffs": the answer to them
        if own_target and not own_target & sides(state, target):
            continue
        site.source = source
        if not site.target:
            site.target = target
        site.flags.add("inferred")
        return True
    return False


def mediated_parties(state: CodingState, site) -> list:
    """"brokered by St Vincent's prime minister, with Brazil's envoy also in the room": a
    lone third state the parse gives a mediation as target is a co-mediator or onlooker when
    the document's main dyad is neither mediator nor that state; the parties are that dyad."""
    own = {m.country for m in site.source if m.country}
    targets = {m.country for m in site.target if m.country}
    if len(targets) != 1 or targets & own:
        return site.target
    dyad = main_dyad(state, frozenset(own))
    if len(dyad) != 2 or targets & set(dyad):
        return site.target
    site.flags.add("inferred")
    return both_sides(state, "both sides", frozenset(own | targets))


# Withdrawing one's own forces or staff: withdraw or expel peacekeepers, aid workers (166),
# demobilise or pull back (0874).
WITHDRAWAL_CODES = ("166", "0874")
EVACUATING = frozenset({"evacuate"})  # "staff were evacuated": by their own state


def one_country(mentions: list[ActorMention]) -> bool:
    return len({m.country for m in mentions}) == 1 and bool(mentions[0].country)


RECALLING = frozenset({"recall", "withdraw"})
CALLING_BACK = frozenset({"call", "bring", "summon"})


def recalls(tok: Token) -> bool:
    """"was recalled", "was withdrawn", "was called back", "was called home", "was called
    to consultations"."""
    lemma = tok.lemma_.lower()
    return lemma in RECALLING or (lemma in CALLING_BACK and any(
        (c.dep_ in ("prt", "advmod") and c.lower_ in HOMEWARD)
        or (c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "consultation" for o in c.children))
        for c in tok.children))


def posted_in(state: CodingState, tok: Token, exclude: set[str]) -> ActorMention | None:
    """The state a passive subject envoy serves in: "the ambassador to Israel", "its envoy
    in Tel Aviv"."""
    envoy = child(tok, "nsubjpass")
    if envoy is None:
        return None
    for prep in envoy.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
            for m in actors_of(state, child(prep, "pobj")):
                if m.country and m.country not in exclude and m.kind in ("state", "place"):
                    return _as_state(m, True)
    return None


def own_people(mentions: list[ActorMention]) -> bool:
    """One country's forces ("troops", "its soldiers"); not an embassy, whose country the
    text may give by where it is ("the embassy in the Emirates")."""
    return one_country(mentions) and all("MIL" in m.roles for m in mentions)


def in_place_phrase(tok: Token, m: ActorMention) -> bool:
    """`m` is named inside a place phrase of `tok` ("arrested at Stockholm airport", "seized
    in Iranian waters"): where the act happens, not whom it is done to."""
    doc = tok.doc
    if not 0 <= m.head < len(doc):
        return False
    cur = doc[m.head]
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == tok.i:
            return cur.dep_ == "prep" and cur.lower_ in PLACE_PREPS
        if cur.dep_ not in PLACE_PHRASE_DEPS:
            return False
        cur = cur.head
    return False


PLACE_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "amod", "poss", "nmod", "case"})


def place_named_as_target(state: CodingState, site: Site) -> bool:
    """"Mr. X was arrested at Stockholm airport", "the tanker was seized in Iranian waters":
    the only actor an agentless state act finds is the state of its place phrase (the person
    or ship it befell is unresolved). The state where it happens did it (issue #4: the state
    whose territory the act happens in), to the other party of the document's main dyad;
    both are inferred. Verbs only (an event noun's place phrase may be a venue)."""
    tok = site.token
    if tok.pos_ not in VERB_POS:
        return False
    if not site.target:
        place = place_state(state, tok, set(), code=site.code)
        if place is None:
            return False
    elif all(m.country and m.kind in ("state", "place") and in_place_phrase(tok, m)
             for m in site.target) and len({m.country for m in site.target}) == 1:
        place = site.target[0]
    else:
        return False
    other = other_side(state, place.country, "(main dyad)")
    if other is None:
        return False
    site.source = in_role([_as_state(place, True)], agentless_role(site.code, tok, []))
    # "Sansal was detained at Algiers airport": the person the act befalls, named by no
    # actor, is one of the other party's people (CVL), not the state
    site.target = in_role([other], "CVL" if private_patient(state, tok) else None)
    site.flags |= {"inferred", "place_agent"}
    return True


# Verbs of sending a person out of a country: the state he is sent from does it.
SENDING_AWAY_LEMMAS = frozenset({"extradite", "deport", "expel", "repatriate", "hand",
                                 "transfer", "return", "send", "fly"})
# those that send a person away only with a particle: "handed over", "sent back"
SENDING_AWAY_PARTICLES = {"hand": frozenset({"over"}), "send": frozenset({"back"})}
SENT_AWAY_ROOTS = frozenset({"06", "08"})  # extradition (063), handover or return (084)


def sent_away_from(state: CodingState, site: Site) -> bool:
    """"X was extradited to the United States from Cape Verde", "70 Chinese nationals were
    deported from Suva", "the suspect was handed over to Peru from Bolivia": an agentless
    passive of sending a person away (extradition, deportation, expulsion, handover) is done
    by the state of its "from" phrase (a country, or a city of it), inferred; it is done to
    the person's own state (the targets found; for an extradition, the state he is sent to),
    else to the state he is sent to, else to the other party of the document's main dyad."""
    tok = site.token
    lemma = tok.lemma_.lower()
    if tok.pos_ not in VERB_POS or lemma not in SENDING_AWAY_LEMMAS or not agentless(tok):
        return False
    particles = SENDING_AWAY_PARTICLES.get(lemma)
    if particles is not None and not any(c.dep_ == "prt" and c.lower_ in particles
                                         for c in tok.children):
        return False  # "handed a note", "sent troops": no one sent away
    if not (site.code[:2] in STATE_ACT_ROOTS or site.code in STATE_ACT_CODES
            or site.code[:2] in SENT_AWAY_ROOTS):
        return False  # not a journey ("was flown to Caracas": a visit), nor aid (07)
    origin = prep_object(tok, FROM_PREP)
    if origin is None and prep_object(tok, TO_PREP) is not None:
        origin = prep_object(prep_object(tok, TO_PREP), FROM_PREP)  # "to Lima from La Paz"
    senders = [m for m in actors_of(state, origin)
               if m.country and m.kind in ("state", "place")]
    if len({m.country for m in senders}) != 1:
        return False
    sender = senders[0].country
    destination = [m for m in actors_of(state, prep_object(tok, TO_PREP))
                   if m.country and m.country != sender and m.kind in ("state", "place")]
    targets = [m for m in site.target if m.country != sender and not in_place_phrase(tok, m)]
    if destination and (lemma == "extradite" or not targets):
        # an extradition is judicial cooperation with the state that asked for the person;
        # a deportation or an expulsion is done to the person's own state
        targets = destination[:1]
    if not targets:
        other = other_side(state, sender, "(main dyad)")
        if other is None:
            return False
        targets = [other]
    site.source = in_role([_as_state(senders[0], True)], agentless_role(site.code, tok, targets))
    site.target = targets
    site.flags |= {"inferred", "place_agent"}
    return True


def done_at_home(state: CodingState, site: Site) -> bool:
    """"The opposition leader was arrested in Cairo": an agentless state act done in the
    country of the one it befalls is that country's own (issue #4: the state whose territory
    the act happens in), not the other party of the main dyad's; with interstate coding the
    record is then dropped as one side's (drop_same_side). Verbs only; not a summons (an
    envoy is summoned in the capital of the state that summons him)."""
    tok = site.token
    if tok.pos_ not in VERB_POS or site.code[:2] != "17":
        return False
    targets = {m.country for m in site.target if m.country}
    if len(targets) != 1:
        return False
    place = place_state(state, tok, set(), code=site.code)
    if place is None or place.country not in targets:
        return False
    site.source = in_role([place], agentless_role(site.code, tok, site.target))
    site.flags.add("inferred")
    return True


def summoning_office(state: CodingState, tok: Token, exclude: set) -> ActorMention | None:
    """"The ambassador was summoned to the foreign ministry in Warsaw": the office an envoy
    is called to is the acting state's (inferred)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "at", "by"):
            continue
        for m in actors_of(state, child(prep, "pobj")):
            if m.country and m.country not in exclude and "GOV" in m.roles:
                return _as_state(m, True)
    return None


# Easing restrictions or sanctions (081, 085) is done to someone as reducing relations is,
# and aid (07x) is given to someone ("Warsaw would still deliver the ammunition");
# a visit with no place named ("arrived on Saturday") is paid to the other party (042), an
# embassy reopened with no host named is reopened in the other party's capital (050)
UNADDRESSED_EASING = ("081", "085", "042", "050", "07")
FORCES_WITHDRAWAL = "0874"


def reduces_relations_unaddressed(site: Site, countries: set) -> bool:
    """"Islamabad shut the crossings", "Yerevan froze its participation", "Beijing could
    remove the wine tariffs", "Dar arrived on Saturday", "the French soldiers will leave
    within a month": a state's act reducing relations (root 16), easing its measures,
    visiting or withdrawing its forces (0874), in a main clause, with no party named on the
    other side, is done to the other party of the document's main dyad."""
    # a posture or a reduction told as a light verb's object: "announced the closure of"
    verb = light_verb_of(site.token) if site.code[:2] in ("15", "16") else site.token
    if site.code[:2] == "07" and not told_plainly(verb):
        return False  # "denied arming the group", "demanded that Moscow pay compensation"
    return ((site.code[:2] in ("15", "16") or site.code.startswith(UNADDRESSED_EASING)
             # "the French soldiers will leave within a month": the other party's country
             or (site.code == FORCES_WITHDRAWAL and "forces" in site.entry.flags))
            and len(countries) == 1
            and means_clause_dep(verb) in MAIN_DEPS  # ground4: "stopped short of"
            and "ownact" not in site.entry.flags
            and verb.pos_ in VERB_POS
            and (not is_passive(verb) or child(verb, "agent") is not None)
            and not (site.code == "042" and any("MIL" in m.roles for m in site.source)))
            # (troops arriving are deployed, not visiting)


def undone_act_unaddressed(state: CodingState, site: Site, countries: set) -> bool:
    """"Belarus has not released Poczobut", "the military did not try to shoot the
    balloons down", "analysts warn that Sofia could block the process again", "Caracas will
    take all legal actions": an act a party did not do, may do or will do, told in a main or
    reported clause with no party named on the other side, takes up the document's story,
    and is done to the other party of its main dyad (negated and supposed acts name the
    dispute's objects, "the ship", "the process", "anyone", rather than its parties;
    nonasserted20). Not meetings and talks (both sides take part), nor what a party says
    it will or will not do (its statement is the event: "said it would not allow its
    territory to be used", "will never allow such history to repeat"), nor an act noun a
    preposition hangs on another act ("has not apologised for the raid")."""
    tok = site.token
    if len(countries) != 1 or clause_mood(tok) is None or "ownact" in site.entry.flags:
        return False
    if NEGATION_IS_ACT in site.flags:
        return False  # "would not accept the deal": a rejection, made
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False  # "would not allow Beijing to build a base": a stance on another's act
    if site.code[:2] == "04" or site.code in MUTUAL_CODES:
        return False
    if tok.pos_ in NOUN_POS and tok.dep_ != "dobj":
        return False
    # a noun act takes the clause of the verb it is told by ("did not order the closing")
    verb = next((t for t, _ in scope_chain(tok) if t.pos_ in VERB_POS), tok)
    if means_clause_dep(verb) not in MAIN_DEPS or (
            is_passive(verb) and child(verb, "agent") is None):
        return False
    if any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children):
        return False  # "she must leave", "they will not negotiate": whose act is less sure
    told = according_to_source(scope_chain(verb))
    if told is not None and {m.country for m in actors_of(state, told)} & countries:
        return False  # "according to the Vietnamese side, Hanoi will ...": its own word
    speech = governing_speech_verb(verb)
    return speech is None or not {m.country for m in actors_of(
        state, speaker_of(speech))} & countries  # "Colombo said it would not allow ..."


def third_party_measure(state: CodingState, site: Site, countries: set) -> bool:
    """"Poland closed its border with Belarus ... Lithuania did not close its crossings",
    "Tallinn could also close its crossings", "Copenhagen will repatriate its contingent": an
    act not told as done, by a state outside the document's main dyad, with no party named
    on the other side, that would be the main dyad's other party's were its doer one of the
    dyad (reduces_relations_unaddressed, undone_act_unaddressed): a third state doing, or
    not, what the story's act of its kind did (nonasserted23)."""
    if len(countries) != 1 or clause_mood(site.token) is None:
        return False
    country = next(iter(countries))
    if not country or country in main_dyad(state):
        return False
    return (reduces_relations_unaddressed(site, countries)
            or undone_act_unaddressed(state, site, countries))


def same_kind_target(state: CodingState, site: Site, country: str) -> list[ActorMention]:
    """The target of the latest act of the site's root told before, by and on states other
    than `country` ([] when none)."""
    for ev in reversed(state.events):
        if ev.cameo[:2] != site.code[:2] or not ev.source or not ev.target:
            continue
        if country in {m.country for m in ev.source + ev.target}:
            continue
        target = next((m.country for m in ev.target if m.country), None)
        return [inferred_state(target, "(same measure)")] if target else []
    return []


# A legislature ratifying an accord agrees to it towards the accord's other party (057, one
# way): "The deal must still be ratified by Ukraine's parliament", "Nauru's parliament is
# expected to ratify the treaty", "the pact was never ratified by parliament".
RATIFYING = frozenset({"ratify", "ratification", "approve"})
ACCORD_OBJECTS = frozenset({"agreement", "treaty", "deal", "accord", "pact", "protocol",
                            "convention", "memorandum", "text", "it", "they"})


def ratifies_accord_told_before(site: Site, countries: set) -> bool:
    """A ratification of an accord named by a bare noun or a pronoun ("the treaty", "it"),
    with no party of it named in the sentence: the accord is the one the document is about,
    between the ratifying state and the other party of the main dyad."""
    tok = site.token
    if site.code != "057" or "oneway" not in site.entry.flags or len(countries) != 1:
        return False
    if tok.lemma_.lower() not in RATIFYING:
        return False
    accord = child(tok, "nsubjpass", "dobj") if tok.pos_ in VERB_POS else prep_object(tok, OF)
    if accord is None and tok.dep_ == "xcomp":
        # "the treaty is expected to be ratified by parliament" (the accord is the passive
        # subject of the verb that governs the ratification)
        accord = child(tok.head, "nsubjpass", "dobj")
    return accord is not None and accord.lemma_.lower() in ACCORD_OBJECTS


def means_clause_dep(verb: Token) -> str:
    """The clause relation of an act, where an act told as the means of another ("could
    retaliate by raising gas prices", "responded by expelling two diplomats") belongs to the
    clause of the act it carries out (modality helper, session 8)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in VERB_POS:
        return governed_clause_dep(verb.head.head)
    return governed_clause_dep(verb)


def told_plainly(verb: Token) -> bool:
    """The act is the text's own main clause, or what a plain saying verb reports ("said
    Warsaw would deliver the arms"), not the content of a demand, denial or claim."""
    while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head  # a conjoined act is told as its first conjunct is; "will help
        # train their counterparts" as the helping is (modality helper, session 8)
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and speech_kind(verb.head) == "say")


def light_verb_of(noun: Token) -> Token:
    """"launched the exercises", "staged drills": a force posture told as the object of a
    light verb is that verb's act; other tokens are their own."""
    if noun.pos_ in NOUN_POS and noun.dep_ == "dobj" and base_lexicon().chain(
            noun.head.lemma_.lower(), "light"):
        if prep_object(noun.head, frozenset({"with"})) is not None:
            return noun  # "hold larger exercises with Japan's forces": joint, not a threat
        return noun.head
    return noun


def planned_meeting(noun: Token) -> bool:
    """"A new round of talks is expected next week", "talks between the two sides are
    scheduled for Friday", "a flag meeting between border commanders of the two sides is
    expected on Saturday": a meeting noun that is the subject of a passive verb of planning
    (data/modality_cues.tsv, governor future) is told as coming, as "will take place" tells
    it (nonasserted21, session 19: such meetings were lost for want of a party)."""
    if noun.pos_ not in NOUN_POS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubjpass":
        noun = noun.head.head  # "a new round of talks is expected"
    return noun.dep_ == "nsubjpass" and plans_ahead(noun.head)


def told_as_occurring(noun: Token) -> bool:
    """The noun is the subject of a verb that only says it happens ("take place", "go
    ahead": data/happening_verbs.tsv)."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    words = [verb.lemma_.lower()] + [c.lower_ for c in verb.children
                                     if c.dep_ in ("dobj", "prt", "advmod") and c.i > verb.i]
    return any(" ".join(words[:n]) in happening_verbs() for n in (1, 2))


# How an accord is told as binding: "the truce took effect", "the deal came into force",
# "the agreement entered into force" (verb lemma and the word after it).
IN_FORCE_PHRASES = frozenset({("take", "effect"), ("come", "into"), ("enter", "into"),
                              ("go", "into")})


def took_effect(noun: Token) -> bool:
    """The accord noun is the subject of "take effect", "come/enter into force"."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "nsubj" or noun.head.pos_ not in VERB_POS:
        return False
    verb = noun.head
    words = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "prep") and c.i > verb.i}
    return any(verb.lemma_.lower() == lemma and word in words
               for lemma, word in IN_FORCE_PHRASES)


def accord_done(tok: Token) -> bool:
    """An agentless accord told as done: "a truce agreed on Wednesday", "a ceasefire was
    agreed" - not "has not yet been signed", "can be signed", "a ceasefire must come"."""
    if tok.pos_ in VERB_POS:
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]
        return (is_passive(tok) and any(a.lower_ in ("was", "were") for a in aux)
                and not any(a.dep_ == "neg" or a.tag_ == "MD" for a in aux))
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ACCORD_PARTICIPLES
               and not any(g.dep_ == "neg" for g in c.children) for c in tok.children)


def organ_reports_own_act(state: CodingState, tok: Token) -> bool:
    """"Two local residents were detained, the SBU said": a security service, police force,
    ministry or army reporting an agentless arrest or raid did it itself."""
    speakers = actors_of(state, child(tok.head, "nsubj"))
    return bool(speakers) and all(set(m.roles) & ACTING_ORGANS for m in speakers)


def speaker_acts(state: CodingState, site: Site) -> bool:
    """"Polish officials said further crossings could be closed": an agentless state act
    reported by a state's own officials is that state's act, done to the other party of the
    document's main dyad. Only passives with no "by" phrase, in the complement of a speech
    verb whose subject is a state actor of the main dyad. A promise binds its speaker to any
    act ("promised that compensation will be paid"); a plain report only to state acts."""
    tok = site.token
    if tok.pos_ not in VERB_POS or not is_passive(tok) or tok.dep_ != "ccomp":
        return False
    commits = tok.head.lemma_.lower() in COMMIT_LEMMAS  # a promise binds its speaker
    if not commits and tok.head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    if site.target and not organ_reports_own_act(state, tok):
        return False
    if not (commits or site.code[:2] in STATE_ACT_ROOTS or site.code in STATE_ACT_CODES):
        return False
    speakers = [m for m in actors_of(state, child(tok.head, "nsubj"))
                if m.country and m.kind != "pronoun" and not m.inferred]
    if len({m.country for m in speakers}) != 1:
        return False
    if (site.target and not state.config.domestic
            and {m.country for m in site.target} == {speakers[0].country}
            and not any(set(m.roles) & FORCE_ORGANS for m in speakers)):
        return False  # direction24: "Japan's chief cabinet secretary said the consul was
        # detained": a government telling of its own national held, by the state where it
        # happened (or the other party); a force or court tells of its own arrests
        # ("two local residents were detained, the SBU said")
    if site.target:  # the organ's own arrest or raid: its own target stands
        site.source = speakers[:1]
        return True
    other = other_side(state, speakers[0].country, "(main dyad)")
    if other is None:
        return False
    site.source, site.target = speakers[:1], site.target or [other]
    site.flags.add("inferred")
    return True




def cancelled_visit(state: CodingState, site: Site) -> bool:
    """"A visit to Algiers by Spain's foreign minister was called off": the host (the place
    visited) calls it off, and the visitor is its target."""
    tok = site.token
    visit = child(tok, "nsubjpass") if is_passive(tok) else None
    if visit is None or visit.lemma_.lower() not in TRAVEL_NOUNS:
        return False
    by = next((w for w in visit.subtree if w.dep_ in ("prep", "agent") and w.lower_ == "by"),
              None)
    visitor = actors_of(state, child(by, "pobj")) if by is not None else actors_of(
        state, child(visit, "poss"))
    host = actors_of(state, prep_object(visit, frozenset({"to"})))
    if not visitor or not host or sides(state, visitor) == sides(state, host):
        return False
    site.source = [_as_state(host[0], True)]
    site.target = visitor
    site.flags.add("inferred")
    return True


def speaker_consults(state: CodingState, site: Site) -> bool:
    """"Egypt said the latest round of negotiations with Ethiopia had ended": talks with
    another party told in a speaker's own statement are the speaker's talks."""
    tok = site.token
    if tok.pos_ not in NOUN_POS or site.code[:2] != "04":
        return False
    clause = next((a for a in tok.ancestors if a.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    speakers = [m for m in actors_of(state, child(clause.head, "nsubj"))
                if m.country and not m.inferred]
    targets = {m.country for m in site.target}
    if len({m.country for m in speakers}) != 1 or speakers[0].country in targets:
        return False
    site.source = speakers[:1]
    return True


def recent_objects(state: CodingState, tok: Token) -> list[ActorMention]:
    """Actors named in the verb's own object phrases (not in its infinitive)."""
    return [m for c in tok.children if c.dep_ in ("dobj", "dative")
            for m in actors_of(state, c)]


def addressee_both(tok: Token) -> Token | None:
    """"urged both sides to ...": the verb's object that is the pair ("both sides", "the two
    countries")."""
    return next((c for c in tok.children if c.dep_ in ("dobj", "dative") and names_both_sides(
        tok.doc[c.left_edge.i:c.right_edge.i + 1].text)), None)


def sides_role(head: Token, words: str) -> str | None:
    """The role of the parties a phrase naming both of them stands for: its both-sides
    phrase's ("the two leaders": GOV), else that of the people it heads ("officials from the
    two countries": GOV); none for the states themselves ("the two countries")."""
    return both_sides_role(words) or people_role(head)


def object_role(head: Token, words: str) -> str | None:
    """sides_role() for an object that names both parties; "urged both sides to ...", "called
    on all parties": the states themselves (data/addressed_pair_nouns.txt)."""
    if head.lemma_.lower() in read_words("addressed_pair_nouns.txt"):
        return None
    return sides_role(head, words)


def private_patient(state: CodingState, verb: Token) -> bool:
    """The one the passive verb's act befalls is a person, named with a first name and a
    surname that no actor holds ("Boualem Sansal was detained"; not "the novelist was
    sentenced", no name, nor "Gazprom was fined", one word)."""
    return any(c.dep_ == "nsubjpass" and c.tag_ == "NNP" and any(
        t.dep_ == "compound" and t.tag_ == "NNP" for t in c.children)
        and state.mention_at(c) is None for c in verb.children)


def object_both_phrase(site: Site) -> tuple[Token, str] | None:
    """The object that names the two main parties ("hosted the two leaders", "hosted the
    talks") and the words it names them with (a relative clause on it left out)."""
    tok = site.token
    for c in tok.children:
        if c.dep_ not in ("dobj", "dative") and not (c.dep_ == "prep" and c.lower_ in (
                "with", "between", "on", "upon", "to")):  # "called on both sides to ..."
            continue
        # (not a relative clause on the object: "restricting transit trade, which would
        # hit businesses on both sides of the border" is aimed at one party)
        told = {t.i for r in c.subtree if r.dep_ == "relcl" and r.head.i == c.i
                for t in r.subtree}
        words = " ".join(t.text for t in c.subtree if t.i not in told)
        if names_both_sides(words):
            return (child(c, "pobj") or c) if c.dep_ == "prep" else c, words
        if c.dep_ == "dobj" and c.lemma_.lower() in CONSULT_NOUNS and site.code[:2] == "04":
            return c, ""
    return None


@cache
def agentless_roles() -> tuple[tuple[str, str, frozenset[str], str], ...]:
    return tuple((r["code"], r["role"], frozenset((r.get("lemmas") or "").split("|")) - {""},
                  r.get("target") or "") for r in read_tsv("agentless_roles.tsv"))


def agentless_role(code: str, tok: Token, target: list[ActorMention]) -> str | None:
    """The role of the state institution that does an agentless act told by a passive verb
    (data/agentless_roles.tsv): "was summoned" GOV, "were detained" COP, "was charged" JUD,
    envoys "ordered to leave" GOV. Event nouns ("the expulsion") are left to the state."""
    if tok.pos_ not in VERB_POS:
        return None
    lemma = tok.lemma_.lower()
    for prefix, role, lemmas, target_role in agentless_roles():
        if (code.startswith(prefix) and (not lemmas or lemma in lemmas)
                and (not target_role or all(target_role in m.roles for m in target))):
            return role
    return None


def agentless(tok: Token) -> bool:
    """A passive without "by", or an event noun with no possessor or "by" phrase."""
    if tok.pos_ in VERB_POS:
        return is_passive(tok)
    return True


def drop_same_side(state: CodingState, site: Site) -> bool:
    """Remove targets on the source's side; True when no other side remains (interstate
    coding: no other country; with domestic events on: no other sector either)."""
    src_sides = sides(state, site.source)
    if site.target:
        kept = [m for m in site.target if m.country is None
                or side_key(state, m) not in src_sides]
        if not kept and len(src_sides) < 2:
            return True
        site.target = kept  # a compound source with no other target: reciprocal
    return False


def denied_stance(site: Site) -> bool:
    """"said Colombia does not recognise Peru's sovereignty", "said it did not recognise the
    decision": a position (entry flag stance) its holder says it does not take, not a
    future act, is a rejection by the statement (12x); no act failed to happen."""
    verb = act_verb(site.token)
    return "stance" in site.entry.flags and is_negated(verb) and not is_future(verb)


def is_stance(site: Site) -> bool:
    """"Iran opposes any change": a standing position in the present tense, not an act.
    Voiced in a statement ("Hanoi said it firmly opposes the deployment", "Xi reiterated
    that China opposes the blockade"), it is one."""
    tok = site.token
    voiced = (tok.dep_ == "ccomp" and (tok.head.lemma_.lower() in SPEECH_LEMMAS
                                       or speech_kind(tok.head) is not None)
              and not any(c.dep_ == "advmod" and c.lemma_.lower() in habitual_adverbs()
                          for c in tok.head.children))  # "has repeatedly said it opposes"
    present = tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP")
        for c in tok.children))  # "does not recognise", "do not accept"
    return "stance" in site.entry.flags and present and not voiced


def habitual_adverbs() -> frozenset[str]:
    return read_words("habitual_cues.txt")


def is_habitual(site: Site) -> bool:
    """"Baku has long accused Paris", "the Emirates has repeatedly denied": a pattern of
    statements over time, not one event (habitual statements are not coded). A period
    ("each year") makes any act habitual; adverbs, counts ("several times") and durations
    only verbal and cooperative acts (roots 01-13). The adverb may modify the trigger or,
    for an event noun, the verb that governs it."""
    tok = site.token
    clause = tok if tok.pos_ in VERB_POS else tok.head
    if any(every_period(c) for c in clause.children):
        return True  # "more than a million Spaniards visit the country each year"
    if site.code[:2] >= "14":
        return False  # statements only: a pattern of material acts is still reported news
    if any(many_times(c) for c in clause.children):
        return True  # "had met Lula several times since 2023"
    adverbs = habitual_adverbs()
    if any(c.dep_ == "advmod" and c.lemma_.lower() in adverbs
           for w in {tok, clause} for c in w.children):
        return True
    if run_since(clause) and site.code[:2] not in VERBAL_ROOTS:
        return True  # "have held boundary talks since 1984" (a standing demand "since 2008"
        # is one, undated)
    if any(long_past(c) for c in clause.children):
        return True  # "Manama has in the past accused", "has in recent years hosted"
    if site.code[:2] not in VERBAL_ROOTS:
        return False  # "had mediated between the two sides for several weeks" is one act
    # the duration may hang on the verb or on its object ("traded accusations for months")
    holders = {tok, clause} | {c for c in clause.children if c.dep_ == "dobj"}
    return any(spans_time(c) for w in holders for c in w.children)


def run_since(verb: Token) -> bool:
    """precision24: "Bhutan and China have held boundary talks since 1984", "since then the
    two sides have held 16 rounds of talks": a present perfect reaching back to a point in
    time ("since") tells a run of acts up to now, not one event, unless one act is singled
    out ("its first visit since the war") or none was done ("has not spoken to him since").
    An event noun takes the verb above it ("have held nine rounds of talks")."""
    verb = next((w for w in [verb, *verb.ancestors] if w.pos_ in VERB_POS), verb)
    if verb.pos_ not in VERB_POS or is_negated(verb) or not any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
            for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return False
    near = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        near.append(verb.head)  # "the first case Ireland has brought since the 1970s"
    return not any(w.lower_ == "first" or w.tag_ == "JJS" for n in near for w in n.children)


def long_past(prep: Token) -> bool:
    """precision24: "in the past", "in recent years", "over the years": acts told across a
    long stretch of the past, not one event."""
    obj = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in ("in", "over") else None
    if obj is None:
        return False
    if obj.lower_ == "past":
        return prep.lower_ == "in" and len(list(obj.children)) == 1  # not "the past week"
    return obj.lower_ in ("years", "decades") and any(
        c.lower_ in ("recent", "the") for c in obj.children)


DURATION_UNITS = frozenset({"weeks", "months", "years", "decades"})
PERIOD_WORDS = frozenset({"day", "week", "month", "year", "summer", "winter", "spring",
                          "autumn"})


def every_period(tok: Token) -> bool:
    """"each year", "every summer": a recurring act, no one event."""
    return tok.dep_ == "npadvmod" and tok.lemma_.lower() in PERIOD_WORDS and any(
        c.dep_ == "det" and c.lower_ in ("each", "every") for c in tok.children)


MANY_WORDS = frozenset({"several", "many", "numerous", "multiple", "countless", "repeated"})


def many_times(tok: Token) -> bool:
    """"had met Lula several times since 2023", "has visited China three times", "has
    called him a dictator on several occasions": a run of acts, no one event."""
    if tok.dep_ == "prep" and tok.lower_ == "on":
        tok = child(tok, "pobj") or tok
        if tok.lemma_.lower() != "occasion":
            return False
    elif tok.lemma_.lower() != "time":
        return False
    return tok.tag_ == "NNS" and any(
        c.lower_ in MANY_WORDS or (c.dep_ == "nummod" and c.like_num and c.lower_ != "one")
        for c in tok.children if c.dep_ in ("amod", "nummod", "det"))


def spans_time(prep: Token) -> bool:
    """"have traded accusations for months", "for years": statements over a stretch of
    time, not one event."""
    obj = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "for" else None
    return obj is not None and obj.lower_ in DURATION_UNITS


AUDIENCE_ROLES = frozenset({"MED", "LEG"})
PUBLIC_ROLES = frozenset({"CVL", "OPP"})


def public_audience(state: CodingState, m: ActorMention) -> bool:
    """"Speaking to journalists after the meeting", "spoke directly to Moroccans",
    "speaking through a megaphone to demonstrators": the press, and the public an official
    addresses (a crowd, the citizens of a country named by their demonym), are no party to a
    consultation. Named people and groups ("the Houthis", "business leaders") are not the
    public."""
    if "MED" in m.roles:
        return True
    if m.name or m.inferred or not m.roles or not set(m.roles) <= PUBLIC_ROLES:
        return False
    doc = state.doc
    if doc is None or not 0 <= m.head < len(doc):
        return False
    tok = doc[m.head]
    return tok.lemma_.lower() in read_words("audience_heads.txt") or (
        tok.tag_ == "NNPS" and m.text == tok.text)  # a bare demonym: "Moroccans"


def drop_public_partners(state: CodingState, site: Site) -> None:
    """A consultation's partner that is the press or the public is no party: it is taken
    out of the site's sides, leaving the event to stand or fall on the parties left (the
    speaker alone makes no meeting)."""
    if site.code[:2] != MEETING_ROOT or not site.source:
        return
    partners = site.target + site.source[1:]
    if not any(public_audience(state, m) for m in partners):
        return
    site.source = [site.source[0]] + [m for m in site.source[1:]
                                      if not public_audience(state, m)]
    site.target = [m for m in site.target if not public_audience(state, m)]


def statement_participle_source(state: CodingState, site: Site) -> None:
    """"The two leaders did not issue any statement criticising China": a participle that
    tells the content of a statement noun, the object of a verb, is said by that verb's
    subject (modality helper, session 8: negated and planned statements were lost). So is a
    relative clause on it (session 9): "adopted a declaration that stopped short of
    condemning Russia"."""
    tok = site.token
    if site.source:
        return
    noun = statement_of_relative(site)
    if noun is None and (tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ not in
                         NOUN_POS):
        return
    verb = statement_verb(noun if noun is not None else tok.head)
    if verb is None:
        return
    source, _ = clause_subject(state, verb)
    if not source and subject_names_both(verb):
        others = frozenset(m.country for m in site.target if m.country)
        source = both_sides(state, "both sides", others, at=verb)
        site.flags.add("inferred")
    site.source = source


INVITATION = "036"


def uninvited_guest(state: CodingState, site: Site) -> None:
    """"King Felipe was not invited to the inauguration of Mexican President Sheinbaum",
    "Russia was not invited": an agentless passive invitation is the host's act towards the
    guest, its subject; the host is the party whose occasion it is ("the inauguration of X",
    "X's summit"), else the other party of the main dyad, else the state that hosted an event
    in the two sentences before (modality helper, session 8: such invitations are mostly
    negated, and were lost)."""
    tok = site.token
    if site.source or site.code != INVITATION or not is_passive(tok) \
            or child(tok, "agent") is not None:
        return
    guests = actors_of(state, child(tok, "nsubjpass"))
    if not guests:
        return
    taken = {m.country for m in guests}
    hosts = [m for m in site.target if m.country not in taken]
    if not hosts:
        other = other_side(state, guests[0].country, "(main dyad)")
        hosts = [other] if other is not None else recent_host(state, tok, taken)
    if hosts:
        site.source, site.target = hosts, guests
        site.flags.add("inferred")


def accepted_invitation(state: CodingState, site: Site) -> None:
    """codes26: "Putin invited To Lam to visit Russia, and the invitation was accepted with
    gratitude": an invitation accepted in the agentless passive, after the clause that told
    it in the same sentence, is the acceptance (036) of the guest that clause invited
    towards its host, as "the Egyptian leader accepted the invitation" is."""
    tok = site.token
    if site.source or site.code != INVITATION or tok.lemma_.lower() != "accept" or not (
            is_passive(tok)) or child(tok, "agent") is not None:
        return
    invite = next((v for v in reversed(tok.doc[tok.sent.start:tok.i])
                   if v.lemma_.lower() == "invite" and v.pos_ in VERB_POS), None)
    if invite is None:
        return
    hosts = actors_of(state, child(invite, "nsubj"))
    taken = {h.country for h in hosts}
    # the guest is the invitation's object, or else the one other party its clause names,
    # or else the main pair's other side ("invited To Lam to visit Russia": no mention)
    clause = {w.i for w in invite.subtree if w.i < tok.i}
    guests = [m for m in actors_of(state, child(invite, "dobj")) if m.country not in taken] or [
        m for m in state.mentions if m.country and m.country not in taken and m.head in clause
        and not m.inferred]
    if not guests and len(taken) == 1:  # a guest the story's main pair names ("To Lam")
        other = other_side(state, next(iter(taken)), "(main dyad)")
        guests = [other] if other is not None else []
    if len({m.country for m in guests}) != 1:
        return
    if hosts:
        site.source, site.target = guests, hosts
        if any(m.inferred for m in guests):
            site.flags.add("inferred")


def recent_host(state: CodingState, tok: Token, exclude: set) -> list[ActorMention]:
    """The subject of "host" in the two sentences before ("Switzerland hosted a summit",
    "the gathering, hosted by Swiss President Viola Amherd")."""
    for sent in reversed(preceding_sentences(tok, 2)):
        for word in sent:
            if word.lemma_.lower() == "host" and word.pos_ in VERB_POS:
                agent = child(word, "agent")
                host = child(agent, "pobj") if agent is not None else child(word, "nsubj")
                found = [m for m in actors_of(state, host) if m.country not in exclude]
                if found:
                    return found
    return []


STATEMENT_RELATIVES = frozenset({"that", "which"})  # a statement is a thing: no "who"


def statement_of_relative(site: Site) -> Token | None:
    """The noun a speech act's relative clause hangs on ("a declaration that condemned X",
    "a resolution which stopped short of condemning X"), reached through the complements
    and prepositions between the act and the relative verb."""
    if not site.entry.speech:
        return None
    current = site.token
    while current.dep_ in ("xcomp", "pcomp", "prep", "acomp", "advmod", "pobj"):
        current = current.head
    if current.dep_ != "relcl" or current.head.pos_ not in NOUN_POS or not any(
            c.dep_ == "nsubj" and c.lower_ in STATEMENT_RELATIVES for c in current.children):
        return None
    return current.head


def statement_verb(noun: Token) -> Token | None:
    """The verb whose object a statement noun is: "issue any statement", "push for a
    resolution"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in VERB_POS:
        return noun.head.head
    return None


FOLLOWING_VERBS = frozenset({"follow", "emulate", "mirror", "match"})


def follows_suit(tok: Token) -> bool:
    """"The European Union could follow with its own easing of sanctions": the act repeats
    one told before, by a verb of following over it or "its own"."""
    current = tok
    for _ in range(4):
        if current.lemma_.lower() in FOLLOWING_VERBS and current.pos_ in VERB_POS:
            return True
        if current.head.i == current.i:
            break
        current = current.head
    return any(c.lower_ == "own" and c.dep_ == "amod" for c in tok.children)


def follow_suit_target(state: CodingState, site: Site) -> None:
    """An act that follows another party's like act, with no target of its own, is aimed at
    that act's target: the latest event of the same root by another party (modality helper,
    session 8: such acts are mostly speculated, "could follow with ...")."""
    if site.target or not site.source or site.entry.speech or not follows_suit(site.token):
        return
    own = {m.country for m in site.source}
    for ev in reversed(state.events):
        if ev.cameo[:2] == site.code[:2] and ev.target and not own & {
                m.country for m in ev.source + ev.target}:
            site.target = list(ev.target)
            site.flags.add("inferred")
            return


SIMILAR_WORDS = frozenset({"similar", "like"})


def settle_similar_acts(state: CodingState, kept: dict[int, Site]) -> None:
    """"Riyadh denounced the attacks, and similar condemnations were issued by Doha and
    Amman": an act called similar to one just told, with no target of its own, is aimed at
    that act's target (the same sentence's like act first, then the latest before)."""
    for site in kept.values():
        tok = site.token
        if site.target or not site.source or not any(
                c.dep_ == "amod" and c.lower_ in SIMILAR_WORDS for c in tok.children):
            continue
        own = {m.country for m in site.source}
        earlier = [s.target for s in sorted(kept.values(), key=lambda s: -s.token.i)
                   if s.token.i < tok.i and s.code[:2] == site.code[:2] and s.target]
        earlier += [ev.target for ev in reversed(state.events)
                    if ev.cameo[:2] == site.code[:2] and ev.target]
        for target in earlier:
            if not own & {m.country for m in target}:
                site.target = list(target)
                site.flags.add("inferred")
                break


REPLY_VERBS = frozenset({"respond", "answer", "reply", "retaliate", "reciprocate"})
SAME_ACT_ADVERBS = frozenset({"likewise", "similarly"})
ANTECEDENT_SENTENCES = 2  # an act told this many sentences before may be the one repeated


def repeats_act(tok: Token) -> bool:
    """A verb that stands for an act told before without naming it: "responded in kind",
    "did the same", "did likewise", "followed suit", "reciprocated", "took the same
    measure", "adopted a similar step"."""
    if tok.pos_ not in VERB_POS:
        return False
    lemma = tok.lemma_.lower()
    doc = tok.doc
    if lemma in REPLY_VERBS and any(  # (the tagger may read "kind" as an adverb)
            c.lower_ == "in" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "kind"
            for c in tok.children):
        return True
    if lemma == "reciprocate":
        return not any(c.dep_ in ("dobj", "prep") for c in tok.children)
    if lemma == "do":
        return any((c.dep_ in ("dobj", "npadvmod", "advmod") and c.lower_ == "same"
                    and any(d.lower_ == "the" for d in c.children))
                   or (c.dep_ == "advmod" and c.lower_ in SAME_ACT_ADVERBS)
                   for c in tok.children)
    if lemma in MEASURE_TAKING_VERBS:
        return same_measure(tok) is not None
    return lemma == "follow" and any(c.dep_ == "dobj" and c.lower_ == "suit"
                                     for c in tok.children)


MEASURE_TAKING_VERBS = frozenset({"take", "adopt", "announce"})
AIMED_PREPS = frozenset({"against", "towards", "toward"})  # "the same measure against Madrid"
FINITE_PAST = frozenset({"VBD", "VBN"})  # "did the same", "had taken the same measure"
MEASURE_NOUNS = frozenset({"measure", "step", "action", "decision"})


def same_measure(tok: Token) -> Token | None:
    """"had taken the same measure against Madrid", "adopted a similar step": the object
    that names an act told before by its likeness."""
    obj = child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in MEASURE_NOUNS:
        return None
    return obj if any(c.lower_ in ("same", "similar", "identical") for c in obj.children) \
        or answering_measure(obj) else None


def answering_measure(obj: Token) -> bool:
    """"any reciprocal measure", "answer measures": a measure named as an answer in kind
    (data/answering_measure_words.txt)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in read_words(
        "answering_measure_words.txt") for c in obj.children)


def told_by_own_clause(tok: Token, sites: dict[int, Site]) -> bool:
    """"responded in kind by expelling ...", "answered in kind, warning that ...": the act
    the repeating verb stands for is told in a clause of its own (a trigger there; not a
    conjoined act: "did the same and pulled out of the summit")."""
    return any(i != tok.i and (
        (site.token.head.i == tok.i and site.token.dep_ != "conj")
        or (site.token.head.head.i == tok.i and site.token.head.dep_ == "prep"))
        for i, site in sites.items())


def last_done_act(state: CodingState, by: set[str | None], at: set[str | None] | None = None
                  ) -> list[tuple[str, list[ActorMention], list[ActorMention], bool]]:
    """The latest act told before (done, with a target; not a statement) whose source is
    one of `by` (and target one of `at`, when given), as add_repeated_acts lists acts."""
    return [(ev.cameo, ev.source, ev.target, False)
            for ev in reversed(state.events) if not ev.speech_act and ev.target
            and ev.modality == "asserted" and by & {m.country for m in ev.source}
            and (at is None or at & {m.country for m in ev.target})][:1]


def add_repeated_acts(state: CodingState, sent: Span, index: int, sites: dict[int, Site],
                      kept: dict[int, Site]) -> None:
    """"Norway expelled three Russian diplomats, and Russia responded in kind", "Tunisia
    recalled its ambassador to Morocco, a day after Rabat did the same": a verb that repeats
    an act told before (in the sentence; for a reply "in kind", and for a repeat done when
    its sentence has no act, also in the last sentences) is that act by its own subject.
    Done by the party the act was done to, the repeat answers it and is aimed at the first
    act's author; otherwise it follows suit, aimed at the same target, or at the party
    its own phrase names ("had taken the same measure against Madrid": then the act is
    the subject's own earlier one)."""
    for tok in sent:
        if not repeats_act(tok) or told_by_own_clause(tok, sites):
            continue
        source = clause_subject(state, tok)[0]
        own = {m.country for m in source if m.country}
        if not own:
            continue
        earlier = [(site.code, site.source, site.target, site.entry.speech)
                   for site in sorted(kept.values(), key=lambda s: -s.token.i)
                   if site.token.i < tok.i and not repeats_act(site.token)]
        if tok.lemma_.lower() in REPLY_VERBS or (not earlier and tok.tag_ in FINITE_PAST):
            # "did the same" repeats an act of its sentence, or else of the last ones (done:
            # not "was prepared to do the same")
            earlier += [(ev.cameo, ev.source, ev.target, ev.speech_act)
                        for ev in reversed(state.events)
                        if index - ev.sent_index <= ANTECEDENT_SENTENCES]
        measure = same_measure(tok)
        named = actors_of(state, prep_object(tok, AIMED_PREPS))
        if not named and measure is not None:
            named = actors_of(state, prep_object(measure, AIMED_PREPS))  # "similar steps
            # against Spanish officials"
        if named and measure is not None and answering_measure(measure):
            # "has not announced any reciprocal measure against Colombian diplomats": the
            # named party's last act done to the subject's side, answered
            earlier = last_done_act(state, {m.country for m in named}, own)
        elif named:  # "had taken the same measure against Madrid": its own act, at someone new
            earlier = [act for act in earlier if own & {m.country for m in act[1]}]
            if not earlier:  # "could take similar steps against Spanish officials": its
                # last act told before in the document
                earlier = last_done_act(state, own)
        for code, act_source, act_target, speech in earlier:
            if not act_source or not act_target:
                continue
            authors = {m.country for m in act_source}
            if own & authors and not named:
                break  # the same party again: no act between others to repeat (unless at
                # someone new: "had taken the same measure against Madrid")
            answered = own & {m.country for m in act_target}
            entry = TriggerEntry(tok.lemma_.lower(), "VERB", code, None, (), (),
                                 frozenset({"speech"}) if speech else frozenset())
            site = Site(tok, entry, code, source=list(source),
                        target=named or [replace(m, inferred=True) for m in (
                            act_source if answered else act_target)])
            site.flags.add("inferred")
            kept[tok.i] = site
            break


def describes_cited_source(tok: Token) -> bool:
    """"according to two diplomats who attended the closed session": a relative clause on
    the source an "according to" phrase cites tells who that source is, not the news."""
    if tok.dep_ not in ("relcl", "acl"):
        return False
    source = tok.head
    prep = source.head
    return (source.dep_ == "pobj" and prep.lower_ == "to"
            and prep.head.lemma_.lower() in ACCORDING_LEMMAS)


def told_by_other_party(state: CodingState, act: Token, source: list[ActorMention]
                        ) -> list[ActorMention]:
    """"Kyiv said Russia had deported thousands of children": coercion of people told by
    another party, as what it says, was done to that party's side (an accusation, as
    "accused Russia of deporting" is)."""
    if act.dep_ != "ccomp" or act.head.lemma_.lower() not in SPEECH_LEMMAS:
        return []
    speaker = clause_subject(state, act.head)[0]
    if not speaker or sides(state, speaker) & sides(state, source):
        return []
    return [_as_state(m, True) for m in speaker[:1]]  # the people of the speaker's state


# Pledges and refusals (intend to cooperate, reject) with no party named as their target:
# told by another state's speaker, they were made to that speaker's side (nonasserted25)
TOLD_TO_SPEAKER_ROOTS = frozenset({"03", "12"})


def told_to_speaker(state: CodingState, act: Token, source: list[ActorMention]
                    ) -> list[ActorMention]:
    """"China pledged to go after the firms, Biden told a news conference", "officials said
    Ottawa had asked India to waive immunity and that New Delhi declined": a pledge or a
    refusal with no target, told by another state's speaker (not the press or bystanders),
    was made to that speaker's side."""
    while act.dep_ == "conj" and act.head.pos_ in VERB_POS:
        act = act.head
    if not (act.dep_ == "ccomp" or act.dep_ == "advcl" and act.i < act.head.i) or (
            act.head.lemma_.lower() not in SPEECH_LEMMAS):
        return []  # (the parser may hang the act before a trailing "X told" as an advcl)
    speaker = clause_subject(state, act.head)[0][:1]
    if not speaker or set(speaker[0].roles) & BYSTANDER_ROLES or not speaker[0].country or (
            sides(state, speaker) & sides(state, source)):
        return []
    return speaker


def alleged_coercion_of_people(state: CodingState, site: Site) -> bool:
    """"Kyiv accused Russia of deporting thousands of children": coercion (17x) of people
    no country is named for, alleged by an accuser, was done to the accuser's side, as an
    alleged attack is (modality helper, session 9)."""
    if site.code[:2] != "17" or site.token.pos_ not in VERB_POS:
        return False
    obj = child(site.token, "dobj")
    if obj is not None and obj.tag_ != "NNS":
        obj = prep_object(obj, OF)  # "thousands of children"
    return obj is not None and obj.tag_ == "NNS" and not any(
        m.token_start <= t.i < m.token_end for m in state.mentions if not m.inferred
        for t in obj.subtree)


def alleged_coercion_noun(site: Site) -> bool:
    """"Prague blamed APT31 for a cyber campaign against the ministry's network", "accused
    Moscow of the sabotage of the cable": coercion (17x) named by a noun an accusation
    alleges, with no party named as its target, was done to the accuser's side, as an
    alleged attack is."""
    return (site.alleged_by is not None and site.code[:2] == COERCION_ROOT
            and site.token.pos_ in NOUN_POS)


# Hostile acts short of force (reject, threaten, protest, show force, reduce relations):
# alleged with no target named, they were aimed at the accuser's side. (Coercion, 17, has
# its own rule, alleged_coercion_of_people; defying norms, 128, is aimed at no party.)
ALLEGED_HOSTILE_ROOTS = frozenset({"12", "13", "14", "15", "16"})
DEFY_NORMS = "128"


def alleged_hostile_verb(site: Site) -> bool:
    """"Cairo accused Addis Ababa of rejecting every compromise", "blamed Niamey for
    threatening the country with sanctions": the gerund an accusation alleges, of a
    hostile root and with no party named as its target, was aimed at the accuser, as an
    alleged attack is."""
    if (site.alleged_by is None or site.code[:2] not in ALLEGED_HOSTILE_ROOTS
            or site.code.startswith(DEFY_NORMS) or site.token.pos_ not in VERB_POS
            or site.token.tag_ != "VBG"):
        return False
    accusation = site.alleged_by.token
    return site.token.i in {*(t.i for t in alleged_phrase_objects(accusation)),
                            getattr(accused_object_gerund(accusation), "i", -1)}


def passive_sender(state: CodingState, site: Site) -> None:
    """"F-16s were being transferred from Denmark and Norway", "tanks were delivered to Kyiv
    from Poland": an agentless passive transfer of aid (07x) is made by the states of its
    "from" phrase (modality helper, session 9: such deliveries are mostly told by a third
    party)."""
    tok = site.token
    if site.source or site.code[:2] != "07" or tok.pos_ not in VERB_POS or not is_passive(
            tok) or child(tok, "agent") is not None:
        return
    source_phrase = prep_object(tok, FROM_PREP)
    if source_phrase is None and prep_object(tok, TO_PREP) is not None:
        source_phrase = prep_object(prep_object(tok, TO_PREP), FROM_PREP)  # "to Kyiv from X"
    senders = [m for m in actors_of(state, source_phrase) if m.country and not m.roles]
    moved = child(tok, "nsubjpass")
    cargo = range(moved.left_edge.i, moved.right_edge.i + 1) if moved is not None else range(0)
    receivers = [m for m in site.target if m.head not in cargo]  # not "F-16 jets" themselves
    if senders and receivers and not {m.country for m in senders} & {
            m.country for m in receivers}:
        site.source, site.target = senders, receivers


def speakers_they(state: CodingState, site: Site) -> None:
    """"Ireland, Spain and Norway announced they would recognise ...": a "they" that opens
    the complement clause of a verb with a coordinated subject stands for every party of that
    subject, not the nearest one (modality helper, session 9: such announced acts are mostly
    future). So does "their" in the clause's subject ("Peru and Chile said their countries
    would recall ...") and a subject that coordinates the states of its "of" phrase ("the
    military rulers of Mali, Burkina Faso and Niger said their countries were leaving ...",
    "the foreign ministers of Estonia, Latvia and Lithuania said they would ...")."""
    if len(site.source) != 1:
        return
    doc = state.doc
    pronoun = doc[site.source[0].head] if doc is not None and 0 <= site.source[0].head < len(
        doc) else None
    if pronoun is not None and pronoun.dep_ == "poss" and pronoun.lower_ == "their":
        pronoun = pronoun.head  # "their countries", "their governments"
    elif pronoun is not None and pronoun.lower_ != "they" and not any(
            c.dep_ == "poss" and c.lower_ == "their" for c in pronoun.children):
        return
    if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
        return
    verb = pronoun.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    span = range(subject.left_edge.i, subject.right_edge.i + 1)
    named = [m for m in state.mentions
             if not m.inferred and m.country and m.head in span]
    coordinated = any(c.dep_ == "conj" for c in subject.children) or any(
        doc[m.head].dep_ == "conj" for m in named)
    if coordinated and len({m.country for m in named}) >= 2 and site.source[0].country in {
            m.country for m in named}:
        site.source = named


def complete_actors(state: CodingState, site: Site) -> None:
    """Parties the parse leaves open in a few constructions, filled before the site is
    judged: the host of an uninvited guest, the speaker of a statement told as a participle,
    the target of an act that follows another's, the party a case before a court is
    against, the host of a trip an act is made for, the parties a named mediator mediates
    between, every party a "they" stands for, the sender of a passive transfer, whom a
    refusal to comment answers, the author of a message told as acting, and the other party
    of a judgement that names none."""
    uninvited_guest(state, site)
    accepted_invitation(state, site)
    statement_participle_source(state, site)
    follow_suit_target(state, site)
    sue_before_forum(state, site)
    trip_purpose_target(state, site)
    next_meeting_guest(state, site)
    mediation_adjunct(state, site)
    speakers_they(state, site)
    passive_sender(state, site)
    outcome_verdict_target(state, site)
    no_comment_target(state, site)
    message_author_source(state, site)
    implicit_counterpart(state, site)


def no_comment_target(state: CodingState, site: Site) -> None:
    """"Kremlin spokesman Dmitry Peskov declined to comment": a refusal to comment (011)
    names no one; it answers what the story asks of the speaker's side, so it is aimed at the
    other party of the document's main dyad (none when the speaker's country is in none).
    Only the no-comment formula itself: "declined to say whether the note had been received"
    withholds one fact, with no one it answers; and not when the topic names its own author
    ("refused to comment on the statement of intelligence", which infinitive_act leaves
    unaimed: its author may be the speaker's own side)."""
    if site.code != NO_COMMENT or site.target or not site.source:
        return
    if site.complement is not None:
        verb = site.complement.token
        if verb.lemma_.lower() != "comment":
            return
        topic = prep_object(verb, INFINITIVE_ACT_PREPS)
        if topic is not None and names_its_author(topic):
            return
    site.target = dyad_partner(state, site.source[0].country)


@cache
def implicit_counterpart_codes() -> tuple[str, ...]:
    return tuple(sorted(read_words("implicit_counterpart_codes.txt")))


def implicit_counterpart(state: CodingState, site: Site) -> None:
    """"Assadi was convicted by a court in Antwerp", "Managua brought the case in 2013", "the
    State Department designated Fogel as wrongfully detained": a disapproval, accusation,
    complaint or judgement (data/implicit_counterpart_codes.txt; also a statement of intent,
    03, under the checks of events/intents.py) told as done, in a main or
    reported clause, by a named party (no pronoun, nothing inferred) of one country that is
    in the document's main dyad, with no target found, is done to the dyad's other party
    (inferred), as a refusal to comment is (no_comment_target). Not negated or modal acts
    (undone_act_unaddressed), nor weak statements (settle_statements)."""
    if site.target or not named_source(site) or "inferred" in site.flags:
        return
    if not site.code.startswith(implicit_counterpart_codes()) or "weak" in site.entry.flags:
        return
    countries = {m.country for m in site.source}
    tok = site.token
    if len(countries) != 1 or (tok.pos_ not in VERB_POS and tok.pos_ != "ADJ"):
        return
    if clause_mood(tok) is not None or is_negated(tok) or means_clause_dep(tok) not in MAIN_DEPS:
        return
    country = next(iter(countries))
    partner = dyad_partner(state, country)
    if not partner or (site.code.startswith(INTENT_ROOT)
                       and not intent_to_counterpart(state, site, country, partner[0].country)):
        return
    site.target = partner
    site.flags.update(("inferred", COUNTERPART_FLAG))


def private_travellers(source: list[ActorMention]) -> bool:
    """Every source is a people's group with no named person among them ("About 11,000
    Israelis", "Chinese tourists"): their travel is no state visit (keep; the learned
    fallback, events/learned.py, for its root 04 too)."""
    return all("CVL" in m.roles and m.name is None for m in source)


def keep(state: CodingState, site: Site) -> bool:
    if site.suppressed or not site.source or is_stance(site) or is_habitual(site):
        return False
    if site.alleged_by is not None and is_habitual(site.alleged_by):
        return False  # "has long accused France of taking Armenia's side": no one claim
    if "namedaddressee" in site.entry.flags and site.target and all(
            m.inferred for m in site.target):
        return False  # "Maduro ordered the state oil company to hand out licences"
    if own_side_addressed(site):
        return False  # "she would ask Moscow to close its embassy"
    if (site.code[:2] == REDUCING_ROOT and base_lexicon().chain(site.token.lemma_.lower(), "halt")
            and halt_only_sought(base_lexicon(), site.token)):
        return False  # "an order by the court to stop its military operation"
    if "ordered" in site.entry.flags and site.controller is None and (
            site.code[:2] == YIELD_ROOT or not is_obligation(site.token)):
        # "left the country": only an ordered departure is an expulsion; "both sides must
        # avoid escalation" (codes19): a de-escalation that no one asks, promises or decides
        # here is none
        return False
    if "promised" in site.entry.flags and site.complement is None and (
            site.controller is None) and not promised(site.token):
        return False  # "is working with Beijing": only promised work is coded (030)
    drop_public_partners(state, site)
    if site.target and all(m.inferred for m in site.source + site.target) and (
            "place_agent" not in site.flags):
        return False  # nothing in the sentence names either side (a place phrase does)
    if describes_cited_source(site.token):
        return False  # "according to two diplomats who attended the session": who says it
    if "mutual" in site.entry.flags and len({m.country for m in site.source}) < 2:
        return False  # "Stoltenberg announced the deal": only the parties announce one
    if ("destination" in site.entry.flags or "venue" in site.entry.flags) and not all(
            not m.roles or set(m.roles) & OFFICIAL_ROLES for m in site.source):
        return False  # "the airline will fly to Moscow", "Castillo's family flew to ...":
        # a journey by a company or a private person is no state visit
    if site.code == MAKE_VISIT and private_travellers(site.source):
        return False  # "About 11,000 Israelis visited the Maldives": people's travel (no
        # named person among them) is no state visit
    if "destination" in site.entry.flags and travelling_thing(site.token):
        return False  # "a Russian government plane flew to Berlin"
    if discussed_topic(site.token):
        return False  # "discussed strengthening security cooperation": a topic, not an act
    if retold_as_modifier(state, site):
        return False  # "the detained French citizen": the detention told before
    if hosting_as_description(site):
        return False  # "Ramaphosa, hosting the summit, announced ...": who he is
    if generic_statement(site.token) or in_whether_clause(site.token) or denied_act(site.token):
        return False  # "The expulsion of an ambassador is rare", "did not say whether ...",
        # "denied arming the RSF"
    if drop_same_side(state, site):
        if not ("weak" in site.entry.flags and site.entry.speech):
            return False
        site.target = []
    if "weak" in site.entry.flags and site.entry.speech:
        if is_negated(site.token) and not site.complement:
            return False  # "has not commented on the decision": nothing was said
        if site.target and all(set(m.roles) & AUDIENCE_ROLES for m in site.target):
            # "told reporters", "told parliament", "told senators": the press and the
            # legislature are the channel, not the addressee
            site.target = []
        return True  # settled with the statement's content (settle_statements)
    if site.target or state.config.domestic:
        return True  # domestic events on: a party's own act may stand (targetless_ok)
    if site.code == RESPONSE_THREAT and "intent" in site.flags and site.entry is UNKNOWN_INTENT:
        return True  # codes18: "said its troops were ready to respond to any provocation":
        # the statement may name whom (settle_criticism); targetless_ok drops it otherwise
    if "needtarget" in site.entry.flags and not (
            (site.code in MUTUAL_CODES or joint_intent(site))
            and len({m.country for m in site.source}) >= 2):
        return False  # "Orban spoke" is no meeting; "Orban and Zelensky spoke" is one
    if len(site.source) < 2 and site.entry.speech:
        # a speech act with no addressee or subject is not interstate, unless it is a
        # warning whose clause may name the party threatened ("Russia warned that the
        # United States would run risks"): settle_consequence_warnings looks for it, and
        # targetless_ok drops the warning if none is found
        return warning_with_clause(site.token)
    return True


def free_speculated_act(site: Site) -> None:
    """"Some commentators warned that Spain could reimpose checks at the fence", "analysts
    warn that Ankara might close the strait": a warning or intent verb whose speaker is no
    party (no source found: analysts, commentators, observers) threatens no one; the act of
    its clause, which names its own subject and is only supposed or put ahead, is coded as
    such, as it is after a plain "said". Only a complement after the verb is freed (the
    sites before it are already settled)."""
    comp = site.complement
    if site.source or comp is None or not comp.suppressed or comp.token.i < site.token.i:
        return
    if "speechlike" not in site.flags or comp.token.pos_ not in VERB_POS:
        return
    if child(comp.token, "nsubj", "nsubjpass") is None:
        return  # "analysts urged Madrid to close the border": an appeal's content
    if clause_mood(comp.token) not in ("hypothetical", "future"):
        return
    comp.suppressed = False


def warning_with_clause(tok: Token) -> bool:
    """"warned that ...": a warning verb with a clausal complement."""
    return tok.lemma_.lower() in WARN_LEMMAS and any(c.dep_ == "ccomp" for c in tok.children)


LAWSUIT = "115"


def accord_content(site: Site, kept: dict[int, Site]) -> bool:
    """"signed a defence treaty, committing the two neighbours to come to each other's aid":
    a promise told as a participle after a signing is what the accord says, not an intent
    of its own. So is one told in a clause describing the accord signed ("signed a
    declaration committing their countries to ...", "signed a memorandum under which
    Stockholm promised to ...": precision22)."""
    tok = site.token
    if site.code[:2] != "03":
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        signer = tok.head
    elif tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "dobj":
        signer = tok.head.head
    else:
        return False
    signing = kept.get(signer.i)
    return signing is not None and signing.code == "057"


# Verbs telling what parties said to each other at a meeting ("discussed trade", "talked for
# three hours"), not the meeting itself (precision22)
CONVERSING_VERBS = frozenset({"discuss", "talk"})


def talks_retold(state: CodingState, site: Site, kept: dict[int, Site]) -> bool:
    """"Petro travelled to Caracas ... Maduro received him. The two leaders talked for more
    than three hours", "The two leaders also discussed Uzbek migrant workers": what was said
    at a meeting the story has already coded between the same parties is that meeting (one
    event once), not a consultation of its own. Only such verbs, told as done. (review22b:
    not talks told with a date of their own (a weekday, month or year) that the meeting's
    sentence does not give, "met
    in May ... In October the two leaders discussed trade", nor talks by phone after a
    meeting in person; a meeting coded in the talks' own sentence is always theirs: "spoke
    by telephone and discussed security".)"""
    tok = site.token
    if site.code != COURTESY_CALL or tok.lemma_.lower() not in CONVERSING_VERBS or (
            tok.tag_ not in ("VBD", "VBN")) or promised(tok):
        return False
    pair = {m.country for m in site.source + site.target}
    if len(pair) < 2:
        return False
    if any(other is not site and other.code[:2] == MEETING_ROOT
           and {m.country for m in other.source + other.target} == pair
           and not own_trip(other.token)  # "discussed ... during his visit to Delhi"
           for other in kept.values()):
        return True
    phone = told_by_phone(tok)
    meetings = [ev for ev in state.events
                if ev.cameo[:2] == MEETING_ROOT and (not phone or ev.cameo == PHONE_CALL)
                and {m.country for m in ev.source + ev.target} == pair]
    own_dates = {t.lower_ for t in tok.subtree if is_time_word(t) or t.shape_ == "dddd"}
    return any(not own_dates or own_dates <= meeting_words(state, ev) for ev in meetings)


def meeting_words(state: CodingState, ev: DraftEvent) -> set[str]:
    """The words, lower-cased, of the sentence an event was told in."""
    doc = state.doc
    if doc is None or not 0 <= ev.trigger < len(doc):
        return set()
    return {t.lower_ for t in doc[ev.trigger].sent}


def retold_as_modifier(state: CodingState, site: Site) -> bool:
    """"if the case of the detained French citizen is not solved", "the expelled diplomats
    left on Friday": a participle describing a noun refers back to an act the story has
    already coded (one event once), when an earlier event has the same code and a target of
    the same state."""
    tok = site.token
    if tok.dep_ != "amod" or tok.tag_ != "VBN":
        return False
    targets = {m.country for m in site.target}
    return any(ev.cameo[:3] == site.code[:3] and targets & {m.country for m in ev.target}
               for ev in state.events)


DESCRIBING_DEPS = frozenset({"acl", "amod"})


def described_by_participle(site: Site) -> bool:
    """"migrants deported from the United States", "the sanctions imposed on Niger", "an
    American teacher jailed in Russia", "convicted U.S. citizens": a past participle that
    describes a noun, with no agent named anywhere in the sentence (the source had to be
    inferred), tells who or what the noun is, not an act of its own: the act is background
    or told elsewhere in the story (the gold sets code none of these). Run after
    settle_undone_measures, which reads the measure an undoing lifted off such a participle
    ("lifted most of the sanctions imposed on Niger")."""
    tok = site.token
    if tok.tag_ != "VBN" or tok.dep_ not in DESCRIBING_DEPS or site.code in MUTUAL_CODES:
        return False  # ("a pact the two governments signed", parsed as "governments signed")
    if any(c.dep_ in ("agent", "nsubj") for c in tok.children):
        return False  # "sanctions imposed by the EU", "a pact the two governments signed"
    return bool(site.source) and all(m.inferred for m in site.source)


HOSTING = "043"
GATHERING_NOUNS = frozenset({"summit", "conference", "gathering", "forum", "meeting",
                             "session", "games", "congress", "assembly"})


def hosting_as_description(site: Site) -> bool:
    """"South Africa's president, hosting the summit, announced ...", "Kishida, who hosted
    the summit in his home city, met ...": hosting a gathering told in a clause that
    describes the host is who the host is, not a reception of each guest (the gold sets
    code the act of the main clause and no 043 to every participant)."""
    tok = site.token
    if site.code != HOSTING or tok.lemma_.lower() != "host":
        return False
    obj = child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in GATHERING_NOUNS:
        return False
    return tok.dep_ == "relcl" or (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl")
                                   and not any(c.dep_ == "aux" for c in tok.children))


MEDIATION_LINKS = frozenset({"with", "under", "through", "via", "thanks"})


def mediation_adjunct(state: CodingState, site: Site) -> None:
    """"With the mediation of China, Iran and Saudi Arabia agreed to restore ties", "under
    the auspices of the African Union, the two sides signed": the organisation or state
    named as mediator mediates (045) between the parties of the act it is told with."""
    tok = site.token
    if site.code != MEDIATION or tok.pos_ not in NOUN_POS or tok.dep_ != "pobj":
        return
    link = tok.head
    if link.lower_ not in MEDIATION_LINKS or link.head.pos_ not in VERB_POS:
        return
    mediator = actors_of(state, prep_object(tok, OF)) or actors_of(
        state, child(tok, "poss"))
    if not mediator:
        return
    verb = link.head
    own = sides(state, mediator)
    parties = clause_subject(state, verb)[0] + actors_of(state, child(verb, "dobj"))
    parties = [m for m in parties if side_key(state, m) not in own]
    if parties:
        site.source, site.target = mediator, parties


def next_meeting_guest(state: CodingState, site: Site) -> None:
    """"Singapore will host the next retreat", "India will host the next round of talks": the
    next sitting of a meeting the story's two parties hold is hosted for the other party of
    the document's main pair."""
    tok = site.token
    if site.code != HOSTING or site.target or len(site.source) != 1:
        return
    occasion = child(tok, "dobj")
    if occasion is None or not any(c.lower_ == "next" for c in occasion.children):
        return
    other = other_side(state, site.source[0].country, occasion.text)
    if other is not None:
        site.target = [other]
        site.flags.add("inferred")


TRIP_PURPOSE_PREFIXES = ("03", "04", "05", "06", "07", "08")  # intents, talks, deals, aid


def trip_purpose_target(state: CodingState, site: Site) -> None:
    """"Blinken flew to Port Moresby to sign a defence agreement", "travelled to Ankara to
    discuss trade": an act a trip is made for, naming no party of its own, is done with the
    state the trip goes to."""
    tok = site.token
    if site.target or not site.source or not site.code.startswith(TRIP_PURPOSE_PREFIXES):
        return
    if tok.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return
    destination = actors_of(state, prep_object(tok.head, frozenset({"to"})))
    own = sides(state, site.source)
    found = [m for m in destination if side_key(state, m) not in own]
    if found:
        site.target = found


def sue_before_forum(state: CodingState, site: Site) -> None:
    """"Tokyo could take the trade dispute to the World Trade Organization", "Poland could
    take its claim to the ICJ": the body a case is brought to is the forum, not the party
    sued, which is the other party of the document's main dyad (modality helper, session 8:
    such cases are mostly speculated or announced)."""
    if not site.target:
        return
    doc = site.token.doc
    verb = site.token
    case = {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"}  # "the dispute to"
    if site.code != LAWSUIT and not (
            site.code[:2] == CRITICISM_ROOT and all(m.kind == "igo" for m in site.target)
            and any(doc[i].lemma_.lower() in GRIEVANCE_NOUNS for i in case)):
        return  # "lodged a complaint with the U.N. Security Council": a forum too
    sued = [m for m in map(state.mention_at, against_objects(doc, case)) if m is not None]
    if sued:
        site.target = sued  # "joined South Africa's case against Israel": Israel is sued
        return
    if not all(m.kind == "igo" for m in site.target):
        return
    forum = all(0 <= m.head < len(doc) and doc[m.head].head.lower_ in FORUM_LINKS
                and doc[m.head].head.head.i in case for m in site.target)
    countries = {m.country for m in site.source if m.country}
    if forum and len(countries) == 1:
        partner = dyad_partner(state, next(iter(countries)))
        if partner:
            site.target = partner


# What is brought before a body that hears it ("a complaint with the Security Council")
GRIEVANCE_NOUNS = frozenset({"complaint", "case", "claim", "lawsuit", "suit", "grievance",
                             "dispute", "protest", "petition"})
FORUM_LINKS = frozenset({"to", "with", "before", "at"})


def against_objects(doc, heads: set[int]) -> list[Token]:
    """Objects of "against" phrases on the given tokens ("a case against Israel")."""
    return [g for i in heads for c in doc[i].children if c.dep_ == "prep"
            and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]


DOMESTIC_VOICE_ROLES = frozenset({"OPP", "BUS", "CVL", "LEG"})


def private_voice(site: Site) -> bool:
    """"Opposition politicians in Warsaw accuse the ruling party of ...", "Colombian
    business leaders said a trade war would have devastated exports", "some Iraqi lawmakers
    have called for a boycott": what opposition figures, business people, private persons
    or legislators say is domestic politics, not an act of their state (statements,
    appeals, demands, criticism, rejections, threats; a parliament's ratification or a
    delegation's visit stays an act)."""
    return site.code[:2] in VERBAL_ROOTS and bool(site.source) and all(
        m.kind == "agent" and m.roles and set(m.roles) <= DOMESTIC_VOICE_ROLES
        for m in site.source)  # (a named movement, "the NCRI", speaks for itself)


TOPIC_VERBS = frozenset({"discuss", "explore", "debate", "examine", "study"})


def discussed_topic(tok: Token) -> bool:
    """A gerund that is what talks were about ("discussed strengthening cooperation",
    "talked about expanding trade"): the topic of the talks, not an act done."""
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ in ("about", "on"):
        head = head.head
    return head.lemma_.lower() in TOPIC_VERBS | {"talk"}


def travelling_thing(verb: Token) -> bool:
    """The subject of a journey is a vehicle ("the government plane flew to Berlin"); of a
    travel noun, the subject of the verb that makes it ("the tanker made a stop in Syria",
    review23)."""
    if verb.pos_ in NOUN_POS and verb.dep_ == "dobj":
        verb = verb.head
    subject = child(verb, "nsubj", "nsubjpass")
    return subject is not None and subject.lemma_.lower() in read_words("vehicle_nouns.txt")


def generic_statement(tok: Token) -> bool:
    """An event noun said to be rare, routine or unprecedented with "be": a generalisation
    about such acts ("The expulsion of an ambassador is rare"), not a report of one."""
    if tok.pos_ not in NOUN_POS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in read_words("generic_predicates.txt")
        for c in verb.children)


DENYING_VERBS = frozenset({"deny", "refute", "dismiss", "reject"})
CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "report", "suggestion",
                         "assertion", "story"})


def denied_act(tok: Token) -> bool:
    """The act a party denies doing ("denied arming the RSF", "denies that its troops
    crossed the border"): the denial is the event; the act is not told as having happened."""
    head = tok.head
    if tok.dep_ == "acl" and head.lemma_.lower() in CLAIM_NOUNS and head.head.i != head.i:
        # "rejected the charge that it backed the RSF": the charge's content
        return head.head.lemma_.lower() in DENYING_VERBS
    if head.i == tok.i or head.lemma_.lower() not in DENYING_VERBS:
        return False
    if tok.dep_ in ("xcomp", "dobj") and tok.tag_ == "VBG":
        return True
    # "denied that its troops had crossed": a past act denied (a denied plan, "denied that
    # it would allow ...", stays a future act)
    return tok.dep_ == "ccomp" and head.lemma_.lower() == "deny" and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def in_whether_clause(tok: Token) -> bool:
    """An act inside a "whether" clause ("did not say whether the kingdom would suspend the
    treaty", "it is unclear whether Cuba will slow the releases") is an open question."""
    current = tok
    while True:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in current.children):
            return not pending_decision(current)
        if current.head.i == current.i or current.dep_ not in (
                "ccomp", "xcomp", "conj", "aux", "dobj", "pobj", "prep", "acl"):
            return False
        current = current.head


def pending_decision(clause: Token) -> bool:
    """"has not decided yet whether the suspension will be extended": a "whether" clause on a
    decision not yet taken names a specific act still open, which the gold codes as
    hypothetical (modality helper, session 10; data/modality_cues.tsv, where pending), unlike
    "did not say whether" or "asked whether", which tell no act."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i:
        return False
    pending = modality_cues().get("pending", {})
    return head.lemma_.lower() in pending and any(c.dep_ == "neg" for c in head.children)


def diplomats_expelled(site: Site) -> str:
    """Expelling a state's officials (diplomats, embassy staff) reduces relations: 161, as
    the CAMEO 1.1b3 usage notes of 166 and 174 say; 174 stays for other people."""
    if site.code.startswith("174") and site.target and all(
            "GOV" in m.roles for m in site.target):
        return "161"
    if site.code in WITHDRAWAL_CODES and site.target and all(
            m.kind == "igo" for m in site.target) and not forces_withdrawn(site.token):
        return "161"  # "withdrew from ECOWAS": leaving a body reduces relations with it
    return site.code


EMBARGO = "163"
ADMINISTRATIVE_SANCTION = "172"
# a visa-free scheme suspended is a state's measure on the other state (163)
VISA_FREE_WORDS = frozenset({"free", "visa-free", "waiver", "regime"})


def visas_halted_for_people(site: Site, code: str) -> str:
    """"suspended the issuing of visas to Haitians", "halted work visas for Thai nationals":
    visas stopped for a state's people (its citizens, workers: a CVL target) are an
    administrative sanction on them (172, as revoking a visa is); stopped for a state or its
    officials, or a visa-free scheme suspended, they stay a sanction on the state (163)."""
    if code != EMBARGO or not site.target or not all("CVL" in m.roles for m in site.target):
        return code
    if "visa" not in site.entry.objects + site.entry.object_words:
        return code
    words = {w.lower_ for c in site.token.children if c.dep_ in ("dobj", "nsubjpass", "prep")
             for w in c.subtree}
    if not any("visa" in w for w in words) or words & VISA_FREE_WORDS or any(
            "visa-free" in w for w in words):
        return code
    return ADMINISTRATIVE_SANCTION


def forces_withdrawn(tok: Token) -> bool:
    """"withdrew its troops from the UN mission": forces, not membership, are withdrawn."""
    obj = child(tok, "dobj")
    return obj is not None and obj.lemma_.lower() not in ("membership", "delegation")


def withheld_by_one(site: Site) -> bool:
    """direction24: "Muttaqi did not meet Modi", "Lapid did not telephone Putin": a meeting
    or call its subject did not make is told of the subject only (X to Y, negated), not of
    both as a meeting held is. Not one planned between the two that fell through ("did not
    meet Zelenskiy as had been planned": a governor of data/modality_cues.tsv that makes
    an act future, as a clause of the verb), nor one whose other party the verb does not
    name ("did not speak about it", the other party found elsewhere)."""
    verb = act_verb(site.token)
    if not is_negated(verb) or site.target[0].head not in {t.i for t in verb.subtree}:
        return False
    planned = modality_cues().get("governor", {})
    return not any(c.dep_ == "advcl" and planned.get(c.lemma_.lower()) == "future"
                   for c in verb.children)


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
        cameo=refine_by_means(tok, visas_halted_for_people(site, diplomats_expelled(site))),
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


def statement_content(speech: Site, kept: dict[int, Site]) -> list[Site]:
    """Coded events inside what a speaker says (the speech verb's complement clause)."""
    comps = [c for c in speech.token.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
    inside = {t.i for c in comps for t in c.subtree}
    # A done cooperative act with one party and no addressee ("Saakashvili is receiving
    # treatment") is dropped later: it is no content. Intentions and refusals are.
    return [s for i, s in kept.items() if i in inside and s is not speech
            and not in_condition(s)  # "said it would retaliate if attacked": no claim
            and (s.target or alleged_kind(s.code) or len({m.country for m in s.source}) > 1
                 or is_future(act_verb(s.token)) or is_negated(act_verb(s.token)))]


# Verbs of a trailing attribution ("..., officials said"): the clause before is the news.
TRAILING_ATTRIBUTION = frozenset({"say", "report", "tell", "announce", "add", "confirm",
                                  "state", "claim"})


def act_verb(tok: Token) -> Token:
    """The verb that carries an event noun's tense ("will extend the curfew"), or the verb
    that carries the act on ("would keep supplying": its tense is the carrying verb's)."""
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and tok.head.pos_ in VERB_POS:
        return tok.head
    return continuing_verb(tok) or tok


def continuing_verb(tok: Token) -> Token | None:
    """"would continue to provide", "will keep supplying", "will keep up its support": the
    verb (data/continuation_verbs.txt) that goes on with the act, which is then no new act."""
    if tok.dep_ == "xcomp" or (tok.pos_ in NOUN_POS and tok.dep_ == "dobj"):
        head = tok.head
        if goes_on(head):
            return head
    return None


def goes_on(verb: Token) -> bool:
    """The verb (with its particle, if any) is one that goes on with an act ("continue",
    "keep", "keep up": data/continuation_verbs.txt)."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    keys = [verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in prt)]
    return verb.pos_ in VERB_POS and any(k in read_words("continuation_verbs.txt") for k in keys)


def in_condition(site: Site) -> bool:
    """"would stop supplying bombs if its forces launched an assault on Rafah", "if Canada
    imposes tariffs, ...": an act named only as the condition of another is no event (the
    annotation conventions code the conditional act or threat, not its condition)."""
    clause = scope_chain(site.token)[-1][0]
    if clause.dep_ in ("nsubj", "nsubjpass") and clause.pos_ in NOUN_POS:
        clause = clause.head  # "if a new attack happens"
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def continued_in_future(site: Site) -> bool:
    """An act a party will go on with ("will continue to help Bangui", codes26: "will
    respond calmly and continue contacts with Moscow", the modal on the verb the continuing
    one is conjoined with): its intention is told (03x, by the statement that says it), the
    act itself is not a new, future one."""
    verb = continuing_verb(site.token)
    return verb is not None and (is_future(verb) or (
        verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and is_future(verb.head)))


# cooperation, aid and concessions: what an offer not made, or only supposed, is told as
GIVING_WAY_ROOTS = frozenset({"05", "06", "07", "08"})


def withheld_or_supposed(tok: Token) -> bool:
    """"has not offered to", "did not agree to", "was not ready to" (the copula's negation),
    "could offer to", "might agree to"; not "would offer to" or "will agree to", an intent
    stated now (HEDGING_MODALS, as hedged_intent reads them: review19)."""
    words = [tok, tok.head] if tok.dep_ in ("acomp", "xcomp") and tok.pos_ == "ADJ" else [tok]
    return any(is_negated(w) or under_hedging_modal(w) for w in words)


def hedged(tok: Token) -> bool:
    """"said a Chinese attack on Taiwan could amount to ...": an act only supposed, as the
    subject or object of a modal verb or itself under one, accuses no one (the modals
    data/modality_cues.tsv calls hypothetical)."""
    verb = tok.head if tok.pos_ in NOUN_POS and tok.dep_ in ("nsubj", "dobj") else tok
    hedges = modality_cues().get("aux", {})
    return any(c.dep_ == "aux" and hedges.get(c.lower_) == "hypothetical"
               for c in verb.children)


MEETING_ROOT = "04"


def joint_plan(act: Site, speech: Token, speaker: set[str | None]) -> bool:
    """codes18: "Asif said the two sides would meet again in Istanbul", "said that the meeting
    with his Saudi colleague will take place soon": a meeting still to come that the speaker's
    side will hold with another party (the act's source names both, or the speaker's side
    meets a target) is the speaker's announced intention to meet (036, asserted, as the
    annotation conventions code it), as "said it will visit" is; the meeting itself stays, as
    a future act. The future modal may sit on a verb above the act ("the meeting will take
    place", "would meet ... to discuss"). Only meetings: future aid, training or agreements
    told by one party are coded by the gold as the future act alone, as often as not."""
    countries = {m.country for m in act.source}
    mutual = not act.target and len(countries) > 1 and bool(speaker) and speaker < countries
    own = bool(act.target) and bool(countries) and countries <= speaker
    if not (mutual or own) or act.code[:2] != MEETING_ROOT:
        return False
    for tok in (act.token, *act.token.ancestors):
        if tok.i == speech.i:
            return False
        if is_future(tok) and not is_negated(tok):
            return True
    return False


# Modals of a possibility ("said he could meet Assad"): a meeting the speaker's side says it
# could hold is its announced intention to meet, as "would meet" is
POSSIBLE_MODALS = HEDGING_MODALS | {"can"}


def possible_meeting(act: Site) -> bool:
    """codes25: "Erdogan said he could meet Assad once the ministers had met": a meeting told
    with a modal of possibility (the speaker's side its source: settle_statements)."""
    verb = act.token  # (the meeting's own verb: "could delay the planned visit" is none)
    return act.code[:2] == MEETING_ROOT and verb.pos_ in VERB_POS and not is_negated(
        verb) and any(c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS for c in verb.children)


def is_future(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_MODALS for c in tok.children)


# Links from an act up to the verb whose modal tells it is to come ("would go back to
# working with", "will continue to work with").
PROMISE_LINKS = frozenset({"xcomp", "pcomp", "prep", "advmod"})


def promised(tok: Token) -> bool:
    """The act is told as one to come: a future modal on it or on a verb it hangs from
    through an infinitive or a preposition ("would go back to working with Australia")."""
    for _ in range(4):
        if is_future(tok):
            return True
        if tok.dep_ not in PROMISE_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def announced_root(code: str) -> str | None:
    """The intent family of an act a statement announces for its speaker's side: that of
    intent_root, or the intent itself for an act that is one ("would keep working with
    Washington": working with a party is coded as the intent to cooperate, 030)."""
    return intent_root(code) or ("03" if code[:2] == "03" else None)


def intent_root(code: str) -> str | None:
    """The intent family of an announced act: cooperation (03) or threat (13)."""
    if "04" <= code[:2] <= "09":
        return "03"
    if code[:2] in ("14", "16", "17", "18", "19", "20"):
        return "13"  # a protest or strike announced is a threat of dissent (133)
    return None


def is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def is_obligation(tok: Token) -> bool:
    """"Libya must hand over", "the US must be ready to mediate"."""
    words = [tok, tok.head] if tok.dep_ in ("acomp", "xcomp") else [tok]
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should")
               for w in words for c in w.children)


def settle_consequence_warnings(state: CodingState, kept: dict[int, Site]) -> None:
    """"X warned that Y would face penalties", "warned that it would respond if attacked",
    "Khamenei said Israel would face severe punishment": a warning of what will happen to
    the other party, or of what the speaker will do on a condition, and a plain statement
    promising retribution (a modal and a word of data/threat_words.txt), are threats (13x)
    to the party the clause names or, failing that, the main pair's other side."""
    words = threat_words()
    for site in kept.values():
        warning = site.token.lemma_.lower() in WARN_LEMMAS and site.code[:2] in ("01", "13")
        statement = ("weak" in site.entry.flags and site.entry.speech
                     and not statement_content(site, kept))
        if not (warning or statement) or len({m.country for m in site.source}) != 1:
            continue
        for comp in site.token.children:
            if comp.dep_ != "ccomp" or not any(
                    t.dep_ == "aux" and t.lower_ in MODAL_WORDS for t in comp.subtree):
                continue
            war = threatens_war(comp)  # "would be treated as an act of war": 138
            retribution = war or any(((t.lemma_.lower() in words or t.lower_ in words)
                                      and not mere_answer(t)) or done_in_response(t)
                                     for t in comp.subtree) or (
                # ("said Israel will pay a high price": paid by another party, not "said it
                # would pay the price of the fuel")
                any(t.dep_ == "dobj" and verb_object(t) in words for t in comp.subtree)
                and bool(others_subject(state, site, comp)))
            conditional = any(c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                for c in comp.children)
            threatened = threatened_party(state, site, comp)
            if not retribution and not (warning and (
                    threatened or comp.lemma_.lower() in THREAT_VERBS or conditional)):
                continue  # "warned that the economy will shrink": a pessimistic comment
            if war:
                site.code = "138"
            elif site.code[:2] != "13":
                site.code = "130"
            site.target = threatened or site.target or (
                dyad_partner(state, site.source[0].country))
            site.flags.add("speechlike")
            break


def done_in_response(tok: Token) -> bool:
    """codes25: "said Japan would take appropriate measures in response": an act promised
    "in response" is a retribution, as "would respond" is (the noun alone is none: "would
    send its response to the proposal"). review23b: only an act left unnamed (measures,
    steps, action, or no object: "would act in response"); a named one is that act ("would
    send a delegation in response", "would make a counterproposal in response")."""
    if not (tok.lower_ == "response" and tok.dep_ == "pobj" and tok.head.lower_ == "in"):
        return False
    head = tok.head.head
    obj = child(head, "dobj") if head.pos_ in VERB_POS else head
    return obj is None or obj.lemma_.lower() in MEASURE_NOUNS


# Words of a response (data/threat_words.txt) that a message or a manner may make a mere
# answer: "will respond calmly", "would answer the letter"
RESPONSE_LEMMAS = frozenset({"respond", "answer"})


def verb_object(word: Token) -> str:
    """"pay price" for "would pay a heavy price": the lemmas of an object's verb and its own,
    as data/threat_words.txt writes a retribution that only the pair names."""
    return f"{word.head.lemma_.lower()} {word.lemma_.lower()}"


def mere_answer(word: Token) -> bool:
    """"will respond calmly", "would respond to Togo's letter", "will answer questions": a
    response promised in peace or to a message answers it (data/answer_words.txt); any
    other is retribution ("Russia will answer such hostile actions", "the answer will
    follow")."""
    if word.lemma_.lower() not in RESPONSE_LEMMAS:
        return False
    if word.lemma_.lower() == "answer" and any(c.dep_ == "prep" and c.lower_ == "for"
                                               for c in word.children):
        return True  # ("he will answer for it": called to account, by no party)
    answers = read_words("answer_words.txt")
    heard = [c for c in word.children if c.dep_ in ("advmod", "dobj")]
    # (speech19: "would answer the letter", "will answer questions": what is answered)
    heard += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in answers for w in heard)


def group_members_aimed_at(state: CodingState, site: Site) -> list[ActorMention]:
    """"its ambassadors in the four countries": a target found as one member of a plural
    group noun that lists its states (dyadwatch.actors.lists) is every member of it."""
    if len(site.target) != 1 or not 0 <= site.target[0].head < len(state.doc):
        return []
    m = site.target[0]
    if state.doc[m.head].tag_ not in ("NNS", "NNPS"):
        return []
    own = sides(state, site.source)
    return [o for o in co_members(state, m) if side_key(state, o) not in own]


def threatened_party(state: CodingState, site: Site, comp: Token) -> list[ActorMention]:
    """The other party a threat's clause names: its subject first ("Israel would face"),
    then any party named in it."""
    first = others_subject(state, site, comp) or other_parties_named_in(state, site, [comp])[:1]
    return with_listed_parties(state, site, first)


def with_listed_parties(state: CodingState, site: Site, found: list[ActorMention]
                        ) -> list[ActorMention]:
    """"if Finland and Sweden allowed NATO troops", "any hostile step of Tallinn and Riga":
    one party found stands with every state conjoined to it."""
    if len(found) != 1 or found[0].kind != "state" or not 0 <= found[0].head < len(state.doc):
        return found
    own = sides(state, site.source)
    listed = [m for m in actors_of(state, state.doc[found[0].head])
              if m.kind == "state" and side_key(state, m) not in own]
    if not any(m is found[0] for m in listed):
        return found  # the phrase there names another actor first
    return found + [m for m in listed if m.country != found[0].country]


def others_subject(state: CodingState, site: Site, comp: Token) -> list[ActorMention]:
    """The clause's subject when it names a party other than the site's source side."""
    own = sides(state, site.source)
    return [m for m in actors_of(state, child(comp, "nsubj", "nsubjpass"))
            if side_key(state, m) not in own]


def other_parties_named_in(state: CodingState, site: Site, clauses: list[Token]
                           ) -> list[ActorMention]:
    """Named parties other than the site's source side inside any of the clauses."""
    own = sides(state, site.source)
    return [m for m in state.mentions if m.country and not m.inferred
            and side_key(state, m) not in own
            and any(c.left_edge.i <= m.token_start <= c.right_edge.i for c in clauses)]


def popular_protest(site: Site) -> None:
    """A protest by people who hold no office (students, refugees, opposition, rebels) is a
    demonstration (141), not an official complaint (114, which officials lodge); premises
    stormed by a crowd are a riot (145)."""
    if not site.source:
        return
    if site.code == "114" and all(m.roles and not set(m.roles) & OFFICIAL_ROLES
                                  for m in site.source):
        site.code = "141"
    elif site.code == PREMISES_SEIZED and all(m.roles and set(m.roles) <= PUBLIC_ROLES
                                             for m in site.source):
        # precision24: "protesters stormed the Swedish embassy": a crowd breaking into
        # premises riots (145); it seizes no property as a state's forces would (1711)
        site.code = RIOT


PREMISES_SEIZED = "1711"
RIOT = "145"


def is_ultimatum(tok: Token) -> bool:
    """"will boycott the elections unless the president steps down": an act its subject
    says it will do unless its demand is met. (A plain "if" keeps the act, as hypothetical:
    "crossings could be closed if ...", the gold conventions' modality rule.)"""
    modal = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)
    return modal and not is_passive(tok) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                  for m in c.children) for c in tok.children)


def bare_statement(site: Site, kept: dict[int, Site]) -> bool:
    """A plain verb of saying by one party whose content the lexicon codes as no act:
    what its words say (criticism, praise, a condition) may make it one."""
    return statement_with_content(site) and not statement_content(site, kept)


def settle_unless_statements(state: CodingState, kept: dict[int, Site]) -> None:
    """"told Mulino that the United States would take the measures needed unless Panama
    moved": a plain statement that its side will act unless the other side does something
    threatens (130) that side, even when the lexicon knows no code for the act itself."""
    for site in kept.values():
        if site.code != "010" or not bare_statement(site, kept):
            continue
        for comp in (c for c in site.token.children if c.dep_ == "ccomp"):
            condition = unless_clause(comp)
            if condition is None:
                continue
            own = sides(state, site.source)
            threatened = site.target or [
                m for m in actors_of(state, child(condition, "nsubj"))
                if side_key(state, m) not in own]
            actor = [m for m in actors_of(state, child(comp, "nsubj"))
                     if side_key(state, m) in own]
            if threatened and actor:
                site.code, site.target = "130", threatened
                site.flags.add("speechlike")
                break


def unless_clause(verb: Token) -> Token | None:
    """The "unless" clause of a verb with a future modal ("would take the measures needed
    unless Panama moved"): the model may hang it on a word inside the verb's object."""
    if is_passive(verb) or not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS
                                   for c in verb.children):
        return None
    for tok in verb.subtree:
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                       for m in tok.children):
            between = tok.head
            while between.i != verb.i and between.dep_ not in ("ccomp", "relcl"):
                between = between.head
            if between.i == verb.i:
                return tok
    return None


def settle_warnings(state: CodingState, kept: dict[int, Site], lexicon: Lexicon) -> None:
    """"warned that police will no longer tolerate rallies": a warning that the speaker's
    own side will act is a threat (13x), not a pessimistic comment (012)."""
    for site in kept.values():
        tok = site.token
        if site.code not in ("012", "130") or tok.lemma_.lower() != "warn" or not site.source:
            continue
        speaker = {m.country for m in site.source}
        for comp in tok.children:
            if comp.dep_ != "ccomp" or not is_future(comp):
                continue
            actors = actors_of(state, child(comp, "nsubj"))
            if not actors or not {m.country for m in actors} <= speaker:
                continue
            acts = [c for c in statement_content(site, kept) if c.code[:2] >= "14"]
            site.code = lexicon.refined("13", acts[0].code) if acts else "130"
            site.target = site.target or (list(acts[0].target) if acts else [])
            site.flags.add("speechlike")
            break


def settle_conditional_threats(kept: dict[int, Site], lexicon: Lexicon) -> None:
    """A hostile act a party will do unless something happens is a threat (13x), the
    conditional form CAMEO's threat category describes."""
    for site in kept.values():
        root = intent_root(site.code)
        if root == "13" and site.token.pos_ in VERB_POS and is_ultimatum(site.token):
            site.code = lexicon.refined("13", site.code)
            site.flags.add("speechlike")


def settle_obligations(state: CodingState, kept: dict[int, Site], lexicon: Lexicon) -> None:
    """An act another party "must" do, inside what someone says, reiterates or concludes,
    is that someone's demand ("X reiterated that Libya must hand over the suspects")."""
    for i, act in list(kept.items()):
        if not act.source or not is_obligation(act.token):
            continue
        clause = act.token if act.token.dep_ not in ("acomp", "xcomp") else act.token.head
        governor = clause.head
        if clause.dep_ in ("acl", "relcl") and governor.pos_ in NOUN_POS and (
                governor.dep_ == "dobj") and (
                any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
            # "issued a reminder to Iraq that it must cooperate": the reminder's issuer;
            # "notified the ambassador that she must leave" (the model reads the that-clause
            # as a relative clause of the person told): the one who notifies
            if clause.dep_ == "relcl":
                governor = governor.head
                demander, _ = clause_subject(state, governor)
            else:
                demander, _ = clause_subject(state, governor.head)
        elif clause.dep_ != "ccomp" or governor is clause:
            continue
        else:
            demander, _ = clause_subject(state, governor)
        if not demander and governor.dep_ in ("acl", "relcl") and governor.head.dep_ == "dobj":
            demander, _ = clause_subject(state, governor.head.head)  # "issued a reminder"
        actors = {m.country for m in act.source}
        if not demander or {m.country for m in demander} & actors:
            continue
        del kept[i]
        if "ordered" in act.entry.flags:
            # "wrote that two Hungarian diplomats must leave Ukraine": the statement is the
            # order itself (an expulsion), by whoever says so
            kept[governor.i] = Site(token=governor, entry=act.entry, code=act.code,
                                    source=demander, target=list(act.source),
                                    flags={"speechlike"})
            continue
        # The statement is the demand: its verb is the trigger (an asserted speech act).
        demand = Site(token=governor, entry=act.entry, code=lexicon.refined("10", act.code),
                      source=demander, target=list(act.source), flags={"speechlike"})
        kept[governor.i] = demand


def obliged_party(state: CodingState, speech: Token, modal: str = "must"
                  ) -> list[ActorMention]:
    """"declared that China must drop barriers": the party a statement says must (or
    should) act (not the speaker), when the act itself is nothing the lexicon knows."""
    for comp in speech.children:
        if comp.dep_ != "ccomp" or not any(
                c.dep_ == "aux" and c.lower_ == modal for c in comp.children):
            continue
        return actors_of(state, child(comp, "nsubj"))
    return []


def blamed_party(state: CodingState, speech: Token) -> list[ActorMention]:
    """"said Belarus bore responsibility for the incursions", "said Russia was behind it":
    the party a statement blames, when what it is blamed for is nothing the lexicon knows."""
    for comp in speech.children:
        if comp.dep_ != "ccomp":
            continue
        for tok in comp.subtree:
            if tok.dep_ == "prep":
                found = agency_subject(state, tok)
                if found:
                    return found
    return []


def warming_partner(state: CodingState, speech: Token, speaker_sides: set
                    ) -> list[ActorMention]:
    """"said relations with Beijing were improving", "we get closer to a deal with
    Israel": the other party of relations a statement tells are getting better, named in
    a "with" phrase of its reported clause (data/warming_phrases.txt); none when negated."""
    for comp in speech.children:
        if comp.dep_ != "ccomp":
            continue
        words = list(comp.subtree)
        text = " ".join(t.lower_ for t in words if not t.is_punct)  # ("at the cusp" of)
        if not any(p in text for p in read_words("warming_phrases.txt")) or any(
                t.dep_ == "neg" or t.lower_ in NEGATING_WORDS for t in words):
            continue
        for prep in words:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                found = [m for m in actors_of(state, child(prep, "pobj"))
                         if side_key(state, m) not in speaker_sides]
                if found:
                    return found
    return []


def dyad_partner(state: CodingState, country: str | None) -> list[ActorMention]:
    """The other party of the document's main dyad, inferred ([] when `country` is in none)."""
    other = other_side(state, country, "(main dyad)")
    return [other] if other is not None else []


def denies_involvement(speech: Token) -> bool:
    """The statement's reported clause denies involvement (data/denial_phrases.txt)."""
    for comp in speech.children:
        if comp.dep_ == "ccomp":
            words = " ".join(t.lower_ for t in comp.subtree)
            if any(phrase in words for phrase in read_words("denial_phrases.txt")):
                return True
    return False


def alleged_kind(code: str) -> bool:
    """Acts another party's statement is taken to accuse: force, and cyberattacks (covert
    by nature, so only ever alleged)."""
    return code[:2] in ACCUSED_ROOTS or code.startswith("176")


# Hostile acts short of force that a party is accused of by being told to have done them
# (speech20): coercion (17: "said Chinese coast guard personnel boarded Philippine navy boats
# and seized seven rifles"). (Shows of force, 15, are not: "the coast guard said Chinese
# ships had sailed within 24 miles of the coast" is news of the drills, by the gold's
# conventions, as often as an accusation.)
TOLD_HOSTILE_ROOTS = frozenset({COERCION_ROOT})
PAST_TAGS = frozenset({"VBD", "VBN"})


def told_done(act: Token, speech: Token) -> bool:
    """"said Chinese personnel boarded the boats", "said Russian troops had detained two
    journalists": an act told as done, by a verb in the past of what the speech verb's
    clause tells ("could push Ethiopia to reconsider the deployment", "had no authority to
    expel him", "the fishermen it detained" tell no act)."""
    return (act.pos_ in VERB_POS and act.tag_ in PAST_TAGS
            and act.dep_ in ("ccomp", "conj") and in_told_predicate(act, speech))


# Dependencies of a word that describes a noun rather than tells what the clause says: a
# relative clause, a participle or an apposition ("said the North could rebuild the posts
# it had destroyed", "confirmed that five men deported by the United States landed", "said
# it had executed Akbari, a former minister convicted of spying")
NOUN_DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})


def in_told_predicate(word: Token, speech: Token) -> bool:
    """Whether `word` is part of what the speech verb's clause tells, not of a description of
    one of its nouns (speech20)."""
    while word.head.i != word.i and word.head.i != speech.i:
        if word.dep_ in NOUN_DESCRIBING_DEPS:
            return False
        word = word.head
    return word.head.i == speech.i


def critical_namings(lexicon: Lexicon, sent: Span, sites: dict[int, Site]) -> dict[int, Site]:
    """"calling the border closure a provocation", "called the downing an act of
    aggression": naming an act with a word of criticism criticises it (111), coded as
    "condemned" would be; naming a party an ally, friend or partner praises it (051)."""
    entry = next(iter(lexicon.entries.get(("condemn", "VERB"), [])), None)
    praise = next(iter(lexicon.entries.get(("praise", "VERB"), [])), None)
    if entry is None:
        return {}
    found: dict[int, Site] = {}
    words, good = naming_criticism_words(), praise_words()
    for tok in sent:
        if tok.i in sites and not (sites[tok.i].code == PHONE_CALL or (
                sites[tok.i].code == COURTESY_CALL and child(tok, "dobj") is not None)):
            continue  # (a call that names its object with a word of criticism is no call,
            # nor a courtesy call read from a date: "on Monday called the conduct dangerous")
        named = naming_words(tok)
        if any(t.lemma_.lower() in words or t.lower_ in words or negated_praise(t, words)
               for t in named):  # ("called the sanctions biased": the participle's lemma
            # is the verb's, "bias")
            found[tok.i] = Site(tok, entry, DENIAL if names_claim_untrue(tok, named, words)
                                else entry.cameo)
        elif praise is not None and any(t.lemma_.lower() in good and not (
                t.dep_ == "pobj" and t.head.lower_ != "as") for t in named):
            # "described Kenya as a reliable partner", "called Qatar a great friend": praise
            # ("what he called its disregard for Hungary's allies" names no ally)
            found[tok.i] = Site(tok, praise, praise.cameo)
    return found


def names_claim_untrue(verb: Token, named: list[Token], words: frozenset[str]) -> bool:
    """codes25: "called the accusations groundless", "described the allegations as lies":
    naming another party's claim untrue (data/untrue_words.txt) denies it (016), as "said
    the accusations were unfounded" does; "called the decision absurd", "called the
    accusations alarming" criticise (111)."""
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in CLAIM_NOUNS:
        return False
    untrue = read_words("untrue_words.txt")
    judging = [t for t in named if t.lemma_.lower() in words]
    return bool(judging) and all(t.lemma_.lower() in untrue or t.lower_ in untrue
                                 for t in judging)


# What the parser may make of a named object when it reads the name as the object: a noun
# modifier ("called Xi a dictator": "Xi" nmod of "dictator"), a compound ("called the
# application meritless": "application" compound of "meritless")
NAMED_AS_MODIFIER = frozenset({"nmod", "compound"})
# Heads of a verbless clause the model may make of a named object ("the remarks insulting")
SMALL_CLAUSE_TAGS = frozenset({"VBG", "JJ", "NN", "NNS"})


def naming_words(tok: Token) -> list[Token]:
    """The words a verb of naming gives its object: "called the move a provocation", "called
    the remarks shameful" (the parser may hang the adjective on the object), "called the
    application meritless" (or make the object a compound of it), "described the raid as
    illegal", "dismissed the trial as a sham"."""
    lemma = tok.lemma_.lower()
    naming = naming_verbs()
    if lemma != "call" and lemma not in naming:
        return []  # (before the object is looked for: this runs on every word)
    obj = child(tok, "dobj")
    heads: list[Token] = []  # (words that name the object by themselves, not their phrase)
    if lemma == "call":
        named = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
        if obj is not None:  # "the remarks shameful": an adjective after its noun, also
            # one hung on a noun of the object's phrase ("the conduct of a Chinese destroyer
            # 'dangerous, unsafe and unprofessional'")
            named += [a for a in obj.subtree if a.dep_ == "amod" and a.i > a.head.i
                      and in_noun_phrase(a, obj)]
            # ("called the remark insulting": the model may read a bare participle after
            # the object as a clause of it)
            named += [a for a in obj.children if a.dep_ == "acl" and a.i > obj.i
                      and a.tag_ == "VBG" and not any(True for _ in a.children)]
            if any(c.dep_ in NAMED_AS_MODIFIER and c.pos_ in ("NOUN", "PROPN") for c in
                   obj.children):
                # "called Xi a dictator", "called the application meritless": the parser
                # may make the name the object and the object a modifier of it
                heads.append(obj)
        elif tok.dep_ == "relcl" and any(c.dep_ == "oprd" and c.pos_ == "ADJ" for c in named):
            pass  # "a measure Madrid called unjustified": the object is the noun before
        elif not any(c.dep_ == "oprd" and any(g.dep_ == "compound" for g in c.children)
                     for c in named):
            return []  # "called for calm", "called on X": no object named
        if obj is None and not names_call(tok) and not named:
            return []
    elif lemma in naming and obj is None:
        # "deemed the remarks insulting": the model may read object and name as a clause
        named = [c for c in tok.children if c.dep_ == "ccomp" and c.tag_ in SMALL_CLAUSE_TAGS
                 and child(c, "nsubj") is not None and child(c, "aux") is None]
    elif lemma in naming:
        # (the parser may hang "as" on the object: "described the remarks as rude")
        named = [g for c in (*tok.children, *obj.children) if c.dep_ == "prep"
                 and c.lower_ == "as" for g in c.children
                 if g.dep_ in ("pobj", "amod", "acomp")]
        # (speech19: "described Mexico's decision to grant asylum as an unfriendly act": the
        # parser may hang the "as" on the object's own infinitive, as its last word)
        named += [g for a in obj.children if a.dep_ == "acl" and a.i > obj.i
                  for c in a.children if c.dep_ == "prep" and c.lower_ == "as"
                  and c.i == max(d.i for d in a.children)
                  for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        named += [c for c in tok.children if c.dep_ in ("oprd", "advcl", "acomp")
                  and (any(g.lower_ == "as" for g in c.children)
                       or (c.dep_ == "oprd" and lemma != "describe"))]
        # ("labelled China a hostile force": the second object names it as well)
        named += [a for a in obj.subtree if a.dep_ == "amod" and a.i > a.head.i]
        # ("defined the behaviour of the government unacceptable": an adjective after its
        # noun, as translated copy names without "as")
    else:
        return []
    if obj is not None:
        named += second_objects(tok, obj)
    elif lemma in naming:  # ("labelled the move a betrayal": the object read as a verb)
        named += [g for c in tok.children if c.dep_ == "ccomp" and child(c, "nsubj") is None
                  for g in c.children if g.dep_ == "dobj" and g.i > c.i]
    return [t for c in named for t in c.subtree] + heads


# Dependencies that keep a word inside its noun phrase ("the conduct of a destroyer
# 'dangerous'"), not in a clause of its own ("the president, whom he described as dangerous")
NOUN_PHRASE_DEPS = frozenset({"amod", "prep", "pobj", "compound", "conj", "cc", "nmod", "poss"})


def in_noun_phrase(word: Token, head: Token) -> bool:
    """Whether `word` hangs on `head` through noun-phrase dependencies only."""
    while word.i != head.i:
        if word.dep_ not in NOUN_PHRASE_DEPS or word.head.i == word.i:
            return False
        word = word.head
    return True


def second_objects(verb: Token, obj: Token) -> list[Token]:
    """The name a verb of naming gives its object when the parser reads it as a second
    object: "branded the decision a provocation" (two objects of the verb), "called the
    seizure a flagrant breach" (the object read as a verb with an object of its own), "called
    the decision of Prague a mistake" (the name read as an apposition of the object's
    "of" phrase)."""
    of_phrase = prep_object(obj, OF)
    appositions = [] if of_phrase is None else [
        a for a in of_phrase.children if a.dep_ == "appos" and a.i > of_phrase.i]
    # ("called the Colombian president a dictator": the name read as an apposition of the
    # object itself, not set off by a comma as "the president, a former banker," is)
    appositions += [a for a in obj.children if a.dep_ == "appos" and a.i > obj.i
                    and not any(t.is_punct for t in obj.doc[obj.i + 1:a.left_edge.i])]
    return [c for c in (*verb.children, *obj.children)
            if c.dep_ == "dobj" and c is not obj and c.i > obj.i] + appositions


def settle_criticism(state: CodingState, kept: dict[int, Site]) -> None:
    """"Zakharova said the decision was another step in the destruction of relations",
    "the premier said this decision is shameful": a plain statement with no coded content
    whose complement judges with a word of criticism is a criticism (111) of the other
    party. speech21: one whose content is coded too ("said the sanctions were illegal and
    that Moscow would respond") criticises as well, in a site of its own on the word that
    judges, when that word's clause is not the one that tells the coded act."""
    words = criticism_words()
    for site in list(kept.values()):
        if site.code[:2] == "13":
            continue  # (a threat of retribution for a crime stays a threat)
        bare = bare_statement(site, kept)
        if not bare and not statement_with_content(site):
            continue
        if "appeal" in site.flags and site.complement is not None:
            continue  # "hoped Canada would correct its wrong practices and remove the
            # restrictions": an appeal for a coded act, not a judgement
        comps = [c for c in site.token.children if c.dep_ in ("ccomp", "oprd", "xcomp")]
        # (the word as written too: "troubled" in "it was deeply troubled by" is a verb)
        judging = [t for c in comps for t in c.subtree
                   if (t.lemma_.lower() in words or t.lower_ in words)
                   and not conflict_as_topic(t) and not denied_judgement(t)]
        if not bare:
            content = statement_content(site, kept)
            if any(c.code[:2] == "11" for c in content):
                continue  # ("is deeply concerned and resolutely protests": told once)
            judging = [t for t in judging if t.i not in kept and predicated(t)
                       and not judges_claim(t) and not any(
                           c.token.i in judging_clause([t], comps)
                           and not judged_subject(c.token, t) for c in content)]
        if not judging:
            continue
        target = list(site.target)
        if not target:  # "he was very unhappy with the Israeli decision": Israel
            # (speech19: a party of the clause that judges, not one of a clause beside it:
            # "said the violation was unacceptable and that NATO's answer had to be united"
            # judges the violator, the pair's other side)
            clause = judging_clause(judging, comps)
            target = [m for m in other_parties_named_in(state, site, comps)
                      if m.token_start in clause][:1]
        if not target:
            # criticism23: "said it was deeply concerned about the strikes": the author of
            # the material act told before that the feeling is about
            own = sides(state, site.source)
            target = next((found for t in judging if t.lower_ in read_words(
                "reaction_feelings.txt") and (found := referred_act_author(state, t, own))),
                [])
        if not target:
            target = dyad_partner(state, site.source[0].country)
        if not target:  # (failing the pair, a party of the statement's other clauses)
            target = other_parties_named_in(state, site, comps)[:1]
        inside = {t.i for c in comps for t in c.subtree}
        threat = next((s for i, s in kept.items() if i in inside and s.code[:2] == "13"
                       and "intent" in s.flags and not s.target), None)
        if threat is not None and target:
            # codes18: "said his troops were ready to respond to any provocation": the
            # provocation is what the threat answers, not a criticism; the threat is the
            # event, against the party the criticism would have been aimed at
            threat.target = target
            if bare:
                site.target = []
            continue
        if not target:
            continue
        if bare:
            # precision22: "said that the accusations were unfounded": judging only the other
            # party's claim rejects it, a denial (016), not a criticism (review22b: only as
            # untrue, data/untrue_words.txt: "said the reports were alarming" criticises)
            untrue = read_words("untrue_words.txt")
            denial = all(judges_claim(t) and (t.lemma_.lower() in untrue or t.lower_ in untrue)
                         for t in judging)
            site.target, site.code = target, DENIAL if denial else "111"
            site.flags.add("speechlike")
        else:
            word = judging[0]
            kept[word.i] = Site(word, site.entry, "111", source=list(site.source),
                                target=target, flags={"speechlike"})


def settle_defiance(state: CodingState, kept: dict[int, Site]) -> None:
    """speech21: "the court said it would not be intimidated", "said the Philippines would
    continue its missions and would not be bullied": a plain statement that the speaker's
    own side will not yield to pressure (a negated passive, with a future modal, of a verb of
    data/defiance_verbs.txt) refuses to yield (124) to the party named as pressing or, failing
    one, to the main pair's other side. Not a participle statement that only adds to another
    coded act ("condemned the remarks, telling reporters that Spain would not be
    intimidated": the condemnation is the event)."""
    verbs = read_words("defiance_verbs.txt")
    for site in kept.values():
        if site.code != "010" or not bare_statement(site, kept) or (
                site.token.dep_ == "advcl" and site.token.head.i in kept):
            continue
        own = sides(state, site.source)
        comps = [c for c in site.token.children if c.dep_ == "ccomp"]
        for tok in (t for c in comps for t in c.subtree):
            if not (tok.lemma_.lower() in verbs and tok.pos_ in VERB_POS and is_passive(tok)
                    and is_negated(tok) and is_future(tok)):
                continue
            subject = child(tok, "nsubjpass") or (
                child(tok.head, "nsubj", "nsubjpass") if tok.dep_ == "conj" else None)
            if not sides(state, actors_of(state, subject)) & own:
                continue
            agent = next((g for a in tok.children if a.dep_ == "agent"
                          for g in a.children if g.dep_ == "pobj"), None)
            target = (actors_of(state, agent) or list(site.target)
                      or dyad_partner(state, site.source[0].country))
            target = [m for m in target if not sides(state, [m]) & own]
            if target:
                site.code, site.target = "124", target
                site.flags.add("speechlike")
                break


def judged_subject(act: Token, word: Token) -> bool:
    """"said the sanctions imposed by Finland were illegal": the coded act lies in the
    subject that the word of criticism judges, not in what the clause tells."""
    return any(a.dep_ in ("nsubj", "nsubjpass") and word not in a.subtree
               and word in a.head.subtree for a in (act, *act.ancestors))


def predicated(word: Token) -> bool:
    """"the sanctions were illegal", "the tariffs are a mistake", "a very dumb thing", "the
    trip violated the principle": the word of criticism is what its clause says of its
    subject, not a word inside one of its phrases ("no sign of an offensive force")."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "amod" and word.head.dep_ == "attr":
        word = word.head
    return word.dep_ in ("acomp", "attr", "oprd") or (
        word.pos_ in VERB_POS and word.dep_ in ("ccomp", "xcomp"))


def judges_claim(word: Token) -> bool:
    """"said the very accusation of genocide is outrageous": judging a claim rejects it."""
    while word.dep_ in ("conj", "acomp", "attr", "oprd", "amod") and word.head.i != word.i:
        word = word.head
    subject = child(word, "nsubj")
    return subject is not None and subject.lemma_.lower() in CLAIM_NOUNS


def statement_with_content(site: Site) -> bool:
    """A plain verb of saying by one party (what bare_statement asks, less the content)."""
    return ("weak" in site.entry.flags and bool(site.entry.speech)
            and len({m.country for m in site.source}) == 1)


def judging_clause(words: list[Token], comps: list[Token]) -> set[int]:
    """The tokens of the clauses that hold the words of criticism, each without the clauses
    conjoined after it ("said the violation was unacceptable and that NATO's answer had to
    be united": the first clause only), and with the clauses before it."""
    found: set[int] = set()
    for word in words:
        head = word  # (up to the reported clause, or to a clause conjoined in it)
        while head not in comps and head.head.i != head.i and not (
                head.dep_ == "conj" and head.pos_ in ("VERB", "AUX")):
            head = head.head
        beside = [t.i for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                  for t in c.subtree]
        found |= {t.i for t in head.subtree} - set(beside)
        if head.dep_ == "conj" and head not in comps:
            # ("stated that the North Korean units were sent to Kursk, and called it a
            # dangerous expansion": a clause after may judge what the one before it told)
            found |= {t.i for t in head.head.subtree if t.i < head.i}
    return found


def denied_judgement(word: Token) -> bool:
    """"said it had not violated any law", "said the move was not hostile": a word of
    criticism under a negation, or in a condition ("if Hezbollah violates the agreement, we
    will attack"), judges no one."""
    holder = word.head if word.dep_ in ("acomp", "attr") else word
    if any(c.dep_ == "dobj" and c.lower_ in NEGATING_WORDS for c in word.children):
        return True  # ("said the deal would undermine nothing")
    return any(c.dep_ == "neg" for c in (*word.children, *holder.children)) or any(
        # ("said: if Hezbollah violates the agreement, we will attack": only supposed)
        a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                  for m in a.children) for a in (word, *word.ancestors))


# Prefixes that make a word of criticism of a good word ("unfriendly", "illegitimate")
NEGATING_PREFIXES = ("un", "il")


def negated_praise(word: Token, words: frozenset[str]) -> bool:
    """"called the reaction of Tel Aviv 'not constructive'", "called the position not
    acceptable": a good word under a negation names as its negative form does, when that
    form is a word of criticism (data/criticism_words.txt: "unconstructive",
    "unacceptable", "illegitimate"); "not responsible" denies, it does not judge."""
    holder = word.head if word.dep_ in ("acomp", "attr") else word
    if not (is_negated(word) or is_negated(holder)):
        return False
    return any(prefix + word.lower_ in words for prefix in NEGATING_PREFIXES)


# Verbs that start, widen, stop or flee a conflict: their object is what is spoken of
CONFLICT_COURSE_VERBS = frozenset({"start", "begin", "widen", "expand", "escalate", "end", "stop",
                                   "halt", "flee", "escape"})
# Prepositions that place a state or an act in a conflict ("neutral in the war")
SETTING_PREPS = frozenset({"in", "during", "amid", "since", "throughout"})


def conflict_as_topic(word: Token) -> bool:
    """"said Moscow was ready to end the war", "said it is neutral in the war in Ukraine",
    "if Israel stopped its offensive", "refugees who fled the war": a word of criticism
    (data/criticism_words.txt) that names the conflict spoken of, as the object of a verb
    that starts, widens, stops or flees it or as the setting of a state or act, judges
    no one (a judgement is predicated: "the strike was an act of war", "a step in the
    destruction of relations")."""
    head = word.head
    if word.dep_ == "dobj":
        return head.lemma_.lower() in CONFLICT_COURSE_VERBS
    return (word.dep_ == "pobj" and head.lower_ in SETTING_PREPS
            and head.head.pos_ not in NOUN_POS)


def threat_words() -> frozenset[str]:
    return read_words("threat_words.txt")


GRATITUDE_WORDS = frozenset({"grateful", "thankful", "indebted"})


def settle_praise(state: CodingState, kept: dict[int, Site]) -> None:
    """"told reporters that Qatar was a great ally": a plain statement with no coded
    content calling another party an ally, friend or partner praises it (051), as does
    one saying the speaker is grateful to another party."""
    words = praise_words()
    for site in kept.values():
        if site.code != "010" or not bare_statement(site, kept):
            continue
        for comp in (c for c in site.token.children if c.dep_ == "ccomp"):
            attr = child(comp, "attr")
            grateful = child(comp, "acomp")
            if grateful is not None and grateful.lemma_.lower() in GRATITUDE_WORDS:
                # "We are grateful to Switzerland": thanks to whom the phrase names
                praised = actors_of(state, prep_object(grateful, frozenset({"to"})))
            elif attr is not None and attr.lemma_.lower() in words:
                praised = actors_of(state, child(comp, "nsubj"))
            else:
                continue
            praised = [m for m in praised if side_key(state, m) not in sides(state, site.source)]
            if praised:
                site.code, site.target = "051", praised
                site.flags.add("speechlike")
                break


NEGATING_WORDS = frozenset({"no", "never", "neither", "nor", "nothing"})
# From protest up (14-20), a party saying it will not do an act forgoes it: no refusal (12)
UNREFUSED_ROOT = "14"


def settle_optimism(kept: dict[int, Site]) -> None:
    """"stated that it is always possible to find solutions acceptable to both sides": a
    plain statement to another party whose content hopes for a way out of the dispute,
    with no negation in it, is an optimistic comment (013; data/optimism_words.txt)."""
    words = read_words("optimism_words.txt")
    for site in kept.values():
        if site.code != "010" or not site.target or not bare_statement(site, kept):
            continue
        content = [t for c in site.token.children if c.dep_ in ("ccomp", "xcomp")
                   for t in c.subtree]
        if any(t.lemma_.lower() in words for t in content) and not any(
                t.dep_ == "neg" or t.lower_ in NEGATING_WORDS for t in content):
            site.code = "013"
            site.flags.add("speechlike")


def attribute_participle(site: Site) -> bool:
    """precision23b: a past participle before the noun it qualifies ("committed to finding
    a negotiated solution", "a negotiated settlement") tells what kind of thing the noun is,
    not an act any party did."""
    tok = site.token
    return (tok.pos_ in VERB_POS and tok.dep_ == "amod" and tok.tag_ == "VBN"
            and tok.head.pos_ in NOUN_POS and tok.i < tok.head.i)


def forum_gathering(site: Site) -> bool:
    """precision23b: a summit told as a meeting (04x) by the noun alone is the occasion of a
    forum, no meeting between its members, when it belongs to a forum ("the joint summit of
    the Arab League and the OIC", "the third summit of the Forum for India-Pacific Islands
    Cooperation") or when no party of the record is named in the sentence ("the summit also
    took place amid anger"). "A summit between Biden and Xi" stays a meeting; "held a
    summit" is told by its verb."""
    tok = site.token
    if (site.code[:2] != MEETING_ROOT or tok.pos_ not in NOUN_POS
            or tok.lemma_.lower() not in read_words("forum_gathering_nouns.txt")):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    parties = list(site.source) + list(site.target)
    return bool(parties) and all(m.inferred for m in parties)


def settle_statements(state: CodingState, kept: dict[int, Site], lexicon: Lexicon) -> None:
    """A plain "said/told/stated" whose content is coded is not an event of its own, except
    when the content is another party's hostile act: then the statement accuses that party
    ("Aliyev said the plane was shot down by Russia"). Without coded content it stands only
    with a named or inferred addressee."""
    for i, site in list(kept.items()):
        if "weak" not in site.entry.flags or not site.entry.speech:
            continue
        content = statement_content(site, kept)
        speaker = {m.country for m in site.source}
        hostile = [c for c in content if (alleged_kind(c.code) or (
                       c.code[:2] in TOLD_HOSTILE_ROOTS and told_done(c.token, site.token)))
                   and c.source
                   and not hedged(c.token)
                   # ("said ... the attack, which it blamed on Kyiv": the blame accuses)
                   and (c.alleged_by is None or c.alleged_by.token.i not in kept)
                   and not speaker & {m.country for m in c.source}
                   and not all(m.inferred for m in c.source)]
        intended = [c for c in content if (is_future(act_verb(c.token)) or denied_stance(c)
                                           or possible_meeting(c))
                    and (not c.source or {m.country for m in c.source} <= speaker)]
        intended = intended or [c for c in content if joint_plan(c, site.token, speaker)]
        if "announcing" in site.entry.flags and not (
                intended and announced_root(intended[0].code)
                and not is_negated(act_verb(intended[0].token))):
            # "adding that Australia would help PNG ...": this sense only announces the
            # speaker's own act to come (03x, 13x); anything else it adds is left to "said"
            del kept[i]
            continue
        if intended and is_negated(act_verb(intended[0].token)) and (
                intended[0].code[:2] >= UNREFUSED_ROOT):
            # "said Ireland would not close its embassy", "said it will not attack
            # Eritrea": forgoing a hostile act refuses nothing; the act stays, negated
            del kept[i]
            continue
        if intended and (announced_root(intended[0].code) or is_negated(act_verb(
                intended[0].token))):
            # "Hungary said it will support ...": the stated intention is the event (03x,
            # or 13x for a hostile act); the act itself stays, as a future act. "said it
            # would not meet ...": an announced refusal (12x).
            act = intended[0]
            root = "12" if is_negated(act_verb(act.token)) else announced_root(act.code)
            if root == "13" and act.code[:2] == REDUCING_ROOT and act.target and not (
                    continued_in_future(act) or denied_stance(act)
                    or act.token.lemma_.lower() in threat_words()):
                # precision23b: "Russia said it would expel 20 German diplomats", "Canada
                # said it will impose tariffs": a plain statement of the speaker's own
                # reduction of relations to come is told by the act itself (a future 16x,
                # not a 133 for a boycott or protest announced), which names
                # its party; the statement is no threat of its own (warn/threaten stay 13x,
                # and so does a retribution: "said Moscow would respond with countermeasures")
                del kept[i]
                continue
            if (continued_in_future(act) and root != "12") or denied_stance(act) or (
                    act.code[:2] == root):
                # "said it would keep supplying arms": the intent only; "said it would keep
                # working with Washington": an act that is itself an intent, told once
                del kept[act.token.i]
            site.code = lexicon.refined(root, act.code)
            site.target = list(act.target) or [
                m for m in act.source if m.country not in speaker] or site.target
            if len(speaker) > 1:  # "the two sides said they will ...": to each other
                site.target = [m for m in site.target if m.country not in speaker]
            site.flags.add("speechlike")
            if not site.target and not (state.config.domestic and named_source(site)):
                del kept[i]
            continue
        speaker_sides = sides(state, site.source)  # country, or country and sector
        obliged = [c for c in content if is_obligation(c.token) and c.source
                   and not speaker_sides & sides(state, c.source)]
        if obliged and not hostile:  # "Russia said Sudan must return the helicopter"
            act = obliged[0]
            site.code = lexicon.refined("10", act.code)
            site.target = list(act.source)
            site.flags.add("speechlike")
            del kept[act.token.i]
            continue
        if hostile and reported_main_clause(act_verb(hostile[0].token)):
            # "North Korea fired two missiles, South Korea's military said": news
            # attribution of the act (reported), not an accusation of its own
            del kept[i]
        elif hostile and denies_involvement(site.token) and (denied_to := [
                m for m in (hostile[0].target or (
                    dyad_partner(state, site.source[0].country) if site.source else []))
                if side_key(state, m) not in speaker_sides]):
            # "said Tehran had played no part in the Houthi attack on Israel": a denial of
            # the act, made to the party it struck, not an accusation of its author
            site.code, site.target = "016", denied_to
            site.flags.add("speechlike")
        elif hostile:
            act = hostile[0]
            code = lexicon.refined("11", act.code)
            site.code = "112" if code == "110" else code
            site.target = list(act.source)
            site.flags.add("speechlike")
            act.alleged_by = site
            if not act.target and site.source:
                # "police said agents of India had been involved in homicides": an attack
                # told with no target named was done to the speaker's side
                act.target = [_as_state(site.source[0], True)]
        elif not content and (obliged := [m for m in obliged_party(state, site.token)
                                          if side_key(state, m) not in speaker_sides]):
            site.code, site.target = "100", obliged  # the statement is a demand
            site.flags.add("speechlike")
        elif not content and (advised := [m for m in obliged_party(state, site.token, "should")
                                          if side_key(state, m) not in speaker_sides]):
            site.code, site.target = "020", advised  # "said Washington should ...": an appeal
            site.flags.add("speechlike")
        elif not content and (blamed := [m for m in blamed_party(state, site.token)
                                         if side_key(state, m) not in speaker_sides]):
            site.code, site.target = "112", blamed  # the statement accuses
            site.flags.add("speechlike")
        elif not content and denies_involvement(site.token) and (denied_to := (
                site.target or dyad_partner(state, site.source[0].country))):  # kept: a source
            # "told reporters that Rwanda had nothing to do with the rebels": a denial, made
            # to the other party of the main dyad unless the statement names its addressee
            site.code, site.target = "016", denied_to
            site.flags.add("speechlike")
        elif not content and not site.target and (warmed := warming_partner(
                state, site.token, speaker_sides)):
            site.code, site.target = "013", warmed  # "said relations with X were improving"
            site.flags.add("speechlike")
        elif content or not site.target:
            del kept[i]


def targetless_ok(state: CodingState, site: Site) -> bool:
    """Most acts need a target to be events. Without one we keep acts of a single party by
    nature (protests, force posture), a party's act on its own commitments, and mutual acts
    of a compound source ("the two sides agreed", "A and B held talks"). The events stage
    later drops one party's targetless acts in interstate coding (`interstate_only`)."""
    if site.target:
        return True
    compound = len({m.country for m in site.source}) >= 2
    if compound and site.code in ONE_WAY_CODES and named_source(site) and not (
            "reciprocal" in site.flags or done_to_each_other(site.token)):
        # (review22b: unless told as done to each other: "praised each other", "visited
        # each other's capitals")
        return False  # "the ministers of A and B arrived": to a third party, not each other
        # (a pair only inferred, "the two sides ... praised Cairo", may be a misread speaker)
    if "ownact" in site.entry.flags and named_source(site):
        site.flags.add("ownact")
        return True  # leaving a treaty is one party's act, whatever its mood
    if site.code[:2] in TARGETLESS_ROOTS or single_party_report(state, site):
        return True  # (interstate coding drops these unless a later rule finds a target)
    if state.config.domestic and named_source(site) and "inferred" not in site.flags:
        return True  # PLOVER codes one party's act with no recipient ("declared a ceasefire")
    if compound and "reciprocal" in site.flags:
        return True
    if compound and site.code == "030" and len({m.country for m in site.source}) > 2:
        return False  # "the Bahamas, Jamaica and Benin promised personnel": to a third party
    return compound and any(site.code.startswith(p) for p in MUTUAL_PREFIXES)


def named_source(site: Site) -> bool:
    """The sentence itself names the acting party (no pronoun, nothing inferred)."""
    return bool(site.source) and all(
        m.country and not m.inferred and m.kind != "pronoun" for m in site.source)


def reported_main_clause(tok: Token) -> bool:
    """"Serbia lifted the curfew, officials said": the parse hangs the act under the
    trailing attribution verb, but it is the sentence's main clause."""
    head = tok.head
    return (tok.dep_ == "ccomp" and head.i > tok.i and head.dep_ == "ROOT"
            and head.lemma_.lower() in TRAILING_ATTRIBUTION)


def single_party_report(state: CodingState, site: Site) -> bool:
    """A plain main-clause act by a named actor ("Serbia lifted the curfew", "the rebels
    surrendered"): coded with no target. Not nouns, relative or reported clauses, negations,
    or acts whose sense needs a target. Accusations, demands and hostile acts need an
    identifiable target in interstate coding; with domestic events on (PLOVER codes
    "X demanded elections" with no target) a named actor's own act is enough."""
    tok = site.token
    if tok.pos_ not in VERB_POS or "indirect" in site.flags or "inferred" in site.flags:
        return False
    main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
    if not (main or reported_main_clause(tok)):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if not state.config.domestic and ("needtarget" in site.entry.flags or site.code[:2] in (
            "11", "16", "17", "18", "19", "20") or site.entry.speech):
        return False  # accusations and hostile acts need an identifiable target
    return all(m.kind in ("state", "agent", "person", "igo") and m.country
               and not m.inferred and m.kind != "pronoun" for m in site.source)


def one_per_country(mentions: list[ActorMention]) -> list[ActorMention]:
    """"Tel Aviv and other Israeli cities" is one target: Israel."""
    out: list[ActorMention] = []
    for m in mentions:
        if all(o.country != m.country for o in out):
            out.append(m)
    return out


def reaction_parties(state: CodingState, noun: Token, lexicon: Lexicon
                     ) -> tuple[list[ActorMention], bool] | None:
    """"The move drew criticism from Kiev and the EU", "which provoked protests from X":
    a reaction noun that an act "drew" is made by the parties its "from" phrase names."""
    verb = noun.head
    if noun.dep_ != "dobj" or lexicon.chain(verb.lemma_.lower(), "reaction") is None:
        return None
    found: list[ActorMention] = []
    for holder in (verb, noun):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for p in (prep, *prep.conjuncts):
                    found += [m for m in actors_of(state, child(p, "pobj")) if m not in found]
    return (found, True) if found else None


def reacted_act_author(state: CodingState, noun: Token, lexicon: Lexicon
                       ) -> list[ActorMention]:
    """Whose act drew the reaction: the reaction verb's subject ("Georgia's decision"), or,
    for "..., which drew criticism", the main clause's subject."""
    verb = noun.head
    if lexicon.chain(verb.lemma_.lower(), "reaction") is None:
        return []
    subj = child(verb, "nsubj")
    if subj is None:
        return []
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        # "..., which drew criticism": the state whose act the clause before told
        for anc in verb.head.ancestors:
            if anc.pos_ not in VERB_POS:
                continue
            found = [m for m in clause_subject(state, anc)[0]
                     if not set(m.roles) & PRIVATE_ROLES]
            if found:
                return found
        return []
    return actors_of(state, subj) or noun_source(state, subj)


PRIVATE_ROLES = frozenset({"BUS", "CVL", "MED"})


def borrow_conjoined_addressee(state: CodingState, site: Site, sites: dict[int, Site]) -> None:
    """"urged both governments to talk and offered to host the talks": an offer or appeal
    conjoined to another by the same party with no addressee of its own is made to the
    same addressee."""
    tok = site.token
    if site.target or not site.source or tok.dep_ != "conj":
        return
    if site.code[:2] not in ("02", "03"):
        borrow_parallel_target(state, site, sites)
        return
    head = tok.head
    if head.i not in sites and head.dep_ in ("xcomp", "advcl"):
        head = head.head  # the parser may hang the verb on the infinitive before it
    partner = sites.get(head.i)
    if (partner is not None and partner.target and partner.code[:2] in SPEECH_ROOTS
            and sides(state, partner.source) == sides(state, site.source)):
        site.target = list(partner.target)


def criticism_with_appeal(state: CodingState, sites: dict[int, Site],
                          kept: dict[int, Site]) -> None:
    """"condemned the use of force and called on Baku to stop the operation", "expressed
    concern over the talks and urged Moscow to respect the sanctions": a criticism whose
    object names no party, conjoined with an appeal or demand by the same party that names
    its addressee, is aimed at that addressee, before any party inferred from the document or
    found as the author of an act told in an earlier sentence ("said it was concerned about
    the arrest and called for her release": the criticism told in the statement the appeal
    is conjoined with)."""
    for i, site in sites.items():
        tok = site.token
        sent = tok.sent
        if site.code[:3] not in DISAPPROVALS or site.suppressed or not site.source or any(
                not m.inferred and sent.start <= m.head < sent.end for m in site.target):
            continue  # (a party named outside the sentence: the act referred to told before)
        heads = [tok]
        if tok.dep_ == "ccomp" and tok.head.pos_ in VERB_POS and tok.head.i not in sites:
            heads.append(tok.head)  # "said it was concerned about ... and called for ..."
        partner = next((kept[c.i] for h in heads for c in h.children
                        if c.dep_ == "conj" and c.i in kept
                        and kept[c.i].code[:2] in DEMAND_ROOTS), None)
        if (partner is None or not partner.target or any(m.inferred for m in partner.target)
                or sides(state, partner.source) != sides(state, site.source)
                or sides(state, partner.target) & sides(state, site.source)):
            continue
        site.target = list(partner.target)
        if not any(m.inferred for m in site.source):
            site.flags.discard("inferred")
        if i not in kept and keep(state, site):
            kept[i] = site


def borrow_parallel_target(state: CodingState, site: Site, sites: dict[int, Site]) -> None:
    """"Paris suspended its aid to Niger, and the European Union halted its budget support":
    a second party doing, in a conjoined clause of its own, the same kind of act as the
    first, with no target named, does it to the first act's target."""
    tok = site.token
    if child(tok, "nsubj") is None:
        return  # one subject for both verbs: the same party's second act
    partner = sites.get(tok.head.i)
    if (partner is None or not partner.target or partner.code[:3] != site.code[:3]
            or sides(state, partner.source) & sides(state, site.source)):
        return
    if sides(state, partner.target) & sides(state, site.source):
        return
    site.target = list(partner.target)


PHONE_WORDS = frozenset({"phone", "telephone", "videoconference", "video"})
# "video" names the medium only as a modifier ("in a video call", "by video link"): "summoned
# the envoy over a video posted by the embassy" is about a video, not a call
PHONE_NOUNS = PHONE_WORDS - {"video"}
CALL_NOUNS = frozenset({"call", "conversation", "conference", "link"})
MEDIUM_PREPS = frozenset({"in", "during", "over", "by"})


def told_by_phone(tok: Token) -> bool:
    """"apologised in a telephone call", "said during a phone conversation": the act was
    done on the phone. The parser often hangs the medium phrase on the noun before it
    ("thanked the emir for the help in a phone call", "apologised for the strike by
    telephone"): a medium phrase on the verb's object, or on the object of one of its
    prepositions, tells the verb's medium too."""
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for holder in holders:
        for prep in holder.children:
            # ("agreed by telephone": the parser may read "by" as a passive's agent)
            if prep.dep_ in ("prep", "agent") and prep.lower_ in MEDIUM_PREPS and by_phone(
                    prep):
                return True
    return False


def by_phone(prep: Token) -> bool:
    """"in a telephone call", "by phone", "during a video conversation"."""
    noun = child(prep, "pobj")
    return noun is not None and (noun.lemma_.lower() in PHONE_NOUNS or (
        noun.lemma_.lower() in CALL_NOUNS
        and any(c.lemma_.lower() in PHONE_WORDS for c in noun.children)))


def retaliation_told_otherwise(site: Site, kept: dict[int, Site]) -> bool:
    """"ordered a Canadian diplomat to leave, retaliating against ...", "retaliated by
    expelling two diplomats": retaliating names why another act told in the sentence was
    done, not an attack of its own."""
    tok = site.token
    if tok.lemma_.lower() != "retaliate":
        return False
    head = kept.get(tok.head.i)
    by_act = any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pcomp" and g.i in kept for g in c.children) for c in tok.children)
    # (the act it explains: the governing verb, or the act that verb orders or decides)
    told = (head is not None and head is not site) or any(
        other is not site and other.token.head.i == tok.head.i
        and other.token.dep_ in ("xcomp", "dobj") for other in kept.values())
    return by_act or (tok.dep_ == "advcl" and told)


def consequence_of_attack(site: Site, kept: dict[int, Site]) -> bool:
    """"bombed the consulate in Damascus, killing two generals": the killing is the attack
    told by the verb it hangs on, not a second one (whose target the place would give)."""
    tok = site.token
    head = kept.get(tok.head.i)
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and head is not None and head is not site
            and bool(head.target) and site.code[:2] in VIOLENT_ROOTS
            and head.code[:2] in VIOLENT_ROOTS)


BOARDING_LEMMAS = frozenset({"board"})


def boarding_for_violence(site: Site, kept: dict[int, Site]) -> bool:
    """"boarded a Vietnamese fishing boat and beat its crew", "boarded Philippine navy boats,
    injuring a sailor": a boarding that comes with violence is told by the violence (18x,
    19x, coded on its own verb), not as a seizure of its own (1711)."""
    tok = site.token
    if site.code[:3] != "171" or tok.lemma_.lower() not in BOARDING_LEMMAS:
        return False
    for c in tok.children:
        other = kept.get(c.i) if c.dep_ in ("conj", "advcl") else None
        if other is not None and other.target and other.code[:2] in VIOLENT_ROOTS:
            return True
    return False


PAYING_VERBS = frozenset({"pay", "compensate", "reimburse", "indemnify", "refund"})
FOUND_LIABLE = "116"


def award_by_court(site: Site) -> None:
    """"the Supreme Court ordered Japanese firms to pay damages", "the court ordered Poland
    to pay 500,000 euros a day": a court ordering a party to pay finds it liable (116), it
    makes no demand of it (100). Other court orders ("ordered Israel to stop") stay
    demands."""
    tok = site.token
    if (site.code[:2] == "10" and tok.lemma_.lower() == "order" and site.source
            and all(is_court(m) for m in site.source)
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in PAYING_VERBS
                    for c in tok.children)):
        site.code = FOUND_LIABLE


SHOW_OF_FORCE = "150"
# the verbs that send a missile or rocket ("fired a missile over Japan", "launched a rocket
# over Okinawa") and the prepositions that aim it at a place, which keep it an attack
SENDING_VERBS = frozenset({"fire", "launch"})
AIMING_PREPS = frozenset({"at", "on", "into", "toward", "towards", "against", "onto", "upon"})


def missile_overflight(state: CodingState, site: Site) -> None:
    """"North Korea fired a ballistic missile over Japan", "launched a rocket over
    Okinawa": a missile sent over a country, and not at, on or into a country or a place in
    one, demonstrates military power there (150), as a military aircraft entering its
    airspace does; it is no aerial attack on it (195)."""
    tok = site.token
    if site.code[:3] != "195" or tok.lemma_.lower() not in SENDING_VERBS:
        return
    # (the parser hangs the phrase on the verb or on the missile)
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    if any(p.lower_ in AIMING_PREPS and actors_of(state, child(p, "pobj")) for p in preps):
        return  # ("over Japan into the Pacific" still shows force; "into Ukraine" attacks)
    over = [child(p, "pobj") for p in preps if p.lower_ == "over"]
    if any(o is not None and actors_of(state, o) for o in over):
        site.code = SHOW_OF_FORCE


def own_side_addressed(site: Site) -> bool:
    """precision24: "urged those already there to consider leaving", "would press the
    federal government to look at every option", "asked the Arab countries not to
    interfere": an appeal or demand whose addressee is named in the text ("urged X to do")
    but is no other party, so that the counterpart was only inferred from the article's main
    pair, asks the speaker's own side or a crowd of parties, not that counterpart. ("urged it
    to protect": a personal pronoun stands for a party told before.)"""
    tok = site.token
    if (site.code[:2] not in DEMAND_ROOTS or tok.pos_ not in VERB_POS or not site.target
            or not all(m.inferred for m in site.target) or child(tok, "xcomp") is None):
        return False
    addressee = child(tok, "dobj")
    if addressee is None or (addressee.pos_ == "PRON" and addressee.lower_ in PERSONAL_PRONOUNS):
        return False
    phrase = " ".join(w.text for w in addressee.subtree)
    return not names_both_sides(phrase) and addressee.lemma_.lower() not in read_words(
        "addressed_pair_nouns.txt")


PERSONAL_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "you"})


def attack_only_named(site: Site) -> bool:
    """precision24: "repelled drone attacks", "condemned Iran's missile attack", "justified
    Moscow's invasion", "no information indicating an attack": a use of force (18-20) told
    as a noun that is the object of another verb is that verb's topic, not an attack done
    here. A light verb ("launched an attack", "carried out the bombing"), a verb going on
    with it ("resumed its strikes") or answering it ("answered the air strikes") does the
    act or needs it told, a verb of telling tells it ("reported an attack on its positions",
    data/telling_verbs.txt); an accusation that governs it alleges it ("blamed the attack on
    Kyiv"); one told around it does not make it the accusation's object ("said the cleric
    had justified Moscow's invasion": the statement accuses, the invasion is not retold)."""
    tok = site.token
    if tok.pos_ not in NOUN_POS or tok.dep_ != "dobj" or site.code[:2] not in VIOLENT_ROOTS:
        return False
    verb = tok.head
    if site.alleged_by is not None and (site.alleged_by.token.i == verb.i
                                        or site.alleged_by.token in tok.subtree):
        return False  # "blamed the attack on Kyiv", "protested the shelling, which it blamed on"
    lemma = verb.lemma_.lower()
    return (verb.pos_ in VERB_POS and not governing_chain(base_lexicon(), lemma)
            and not goes_on(verb) and lemma not in response_words()
            and lemma not in read_words("telling_verbs.txt"))


REDUCING_ROOT = "16"  # reduce relations: impose sanctions (163), cut aid (162), ...
CLAUSE_BREAKS = frozenset({",", "(", "-", "--", "–", "—", ";"})


def undoing_act(site: Site, sites: dict[int, Site]) -> Site | None:
    """"lifted the embargo they had imposed on Qatar", "lifted most of the sanctions
    imposed on Niger", "put off the tariffs he had ordered": a restrictive relative or
    participle clause on the object of an act that undoes a measure (08) tells which
    measure is undone (16). The act coded is the undoing; the clause is what it undid."""
    tok = site.token
    if tok.dep_ not in ("relcl", "acl") or tok.pos_ not in VERB_POS:
        return None
    if site.code[:2] != REDUCING_ROOT:
        return None
    start = tok.left_edge.i
    if start > 0 and tok.doc[start - 1].text in CLAUSE_BREAKS:
        return None  # "the membership of Damascus, which was suspended in November 2011":
        # a clause set off by a comma tells a fact of its own, not which measure
    noun = as_counted(tok.head)  # ("most of the sanctions")
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    undoing = sites.get(noun.head.i)
    if undoing is None or undoing is site or undoing.suppressed:
        return None
    return undoing if undoing.code[:2] == YIELD_ROOT else None


def settle_undone_measures(state: CodingState, sites: dict[int, Site],
                           kept: dict[int, Site]) -> None:
    """The clause that tells which measure an act undid is no act of its own (the
    imposition was told, if at all, where it happened); the undoing act takes from it the
    party the measure was aimed at, and, when its own subject names no actor ("West
    African leaders lifted ..."), the party that imposed it: a measure is lifted by whoever
    imposed it."""
    for i, site in sorted(kept.items()):
        undoing = undoing_act(site, sites)
        if undoing is None:
            continue
        del kept[i]
        if not undoing.target:
            undoing.target = list(site.target)
        if not undoing.source:
            undoing.source = list(site.source)
            if "inferred" in site.flags:
                undoing.flags.add("inferred")
        if undoing.token.i not in kept and keep(state, undoing):
            kept[undoing.token.i] = undoing


def code_sentence(state: CodingState, lexicon: Lexicon, sent: Span, index: int,
                  memory: list[Remembered] | None = None) -> list[DraftEvent]:
    """The sentence's events. `memory` holds the complement acts of the sentence before
    and is replaced with this sentence's ("agreed to exchange ... The exchange is to take
    place": see dyadwatch.events.recall)."""
    recalled = recalled_site(sent, memory, happening_verbs()) if memory else None
    if memory is not None:
        memory.clear()
    sites = {tok.i: Site(tok, entry, entry.cameo)
             for tok, entry in sentence_sites(lexicon, sent, state) if not names_call(tok)}
    sites.update(critical_namings(lexicon, sent, sites))
    regret_over_deaths(sites)  # "expressed regret over the deaths": sympathy, not criticism
    if recalled is not None:
        return [to_draft(recalled, index)]
    apply_chains(state, lexicon, sent, sites)  # may add sites ("is willing to ...")
    untell_hoped_acts(sent, sites)  # "hoped the two countries would establish relations"
    open_option_sites(sent, sites)  # "refused to rule out military force"
    settle_negated_acceptances(sites, lexicon)  # "will never accept the proposal"
    if any(site.code[:2] != STATEMENT_ROOT for site in sites.values()):
        state.weighed.add(index)
    if not sites and not any(repeats_act(tok) for tok in sent):
        return []
    apply_accusations(lexicon, sites)
    suppress_covered_nouns(sites, lexicon)
    kept: dict[int, Site] = {}
    for i in sorted(sites):
        site = sites[i]
        if site.suppressed:
            continue
        find_actors(state, site, lexicon)
        borrow_conjoined_addressee(state, site, sites)
        infer_missing(state, site)
        popular_protest(site)
        complete_actors(state, site)
        award_by_court(site)
        missile_overflight(state, site)
        if keep(state, site):
            kept[i] = site
        else:
            free_speculated_act(site)
    criticism_with_appeal(state, sites, kept)
    settle_undone_measures(state, sites, kept)
    # (after the measures undone: "lifted the sanctions imposed on Niger" takes its target
    # from the participle before it is dropped)
    kept = {i: site for i, site in kept.items() if not described_by_participle(site)}
    settle_consequence_warnings(state, kept)
    settle_obligations(state, kept, lexicon)
    settle_criticism(state, kept)
    settle_defiance(state, kept)
    settle_unless_statements(state, kept)
    settle_promised_responses(state, kept, lexicon)
    settle_praise(state, kept)
    settle_optimism(kept)
    settle_statements(state, kept, lexicon)
    settle_conditional_threats(kept, lexicon)
    settle_warnings(state, kept, lexicon)
    settle_similar_acts(state, kept)
    drop_inferred_twins(kept)  # after every inferred target
    add_repeated_acts(state, sent, index, sites, kept)
    kept = {i: site for i, site in kept.items()
            if not continued_in_future(site) and not in_condition(site)
            and targetless_ok(state, site)
            and not consequence_of_attack(site, kept)
            and not boarding_for_violence(site, kept)
            and not accord_content(site, kept)
            and not talks_retold(state, site, kept)
            and not retaliation_told_otherwise(site, kept)
            and not forum_gathering(site)
            and not attack_only_named(site)  # (after the statements that tell it)
            and not attribute_participle(site)
            and not (private_voice(site) and not state.config.domestic)}
    if memory is not None:
        memory.extend(remember(kept))
    drafts: dict[int, DraftEvent] = {}
    extra: list[DraftEvent] = []
    seen: set[tuple] = set()
    for i, site in sorted(kept.items()):
        if not site.target:  # domestic coding: "imposed a curfew in Lima" is done to Peru
            site.target = home_ground(state, site.token, site.code)
        site.target += group_members_aimed_at(state, site)
        site.source, site.target = one_per_country(site.source), one_per_country(site.target)
        if (site.code in BOTH_WAYS_CODES and len(site.source) == 1 and len(site.target) == 1
                and "oneway" not in site.entry.flags and not withheld_by_one(site)):
            # "X met (with) Y", "X signed a deal with Y": both took part, both ways
            site.source, site.target = site.source + site.target, []
        # One real-world event once: "attacked ... killing ..." is one attack.
        # Statements, diplomatic acts and coercion differ at three digits ("summoned the envoy and
        # denounced the arrest": 114 and 111; "searched ... and detained": 171, 173); force by root.
        kind = site.code[:3] if site.code[:2] < "18" else site.code[:2]
        if site.code[:2] == "16":
            # "recalled its ambassador ..., expelled the envoy and ordered the closure of the
            # consulates": acts reducing relations told by different words are different acts
            kind += "/" + site.token.lemma_.lower()
        key = (kind, tuple(sorted(str(m.country) for m in site.source)),
               tuple(sorted(str(m.country) for m in site.target)))
        if key in seen or retold_accord(state, site):
            continue
        seen.add(key)
        drafts[i] = to_draft(site, index)
        if ((site.target or len(key[1]) >= 2) and site.code[:2] != "04"
                and told_by_phone(site.token) and (PHONE_CALL,) + key[1:] not in seen):
            # "apologised to Qatar in a telephone call": the call is an event too (041), as
            # it is between the several parties of a subject with no target ("the two
            # ministers agreed in a telephone call on a ceasefire")
            seen.add((PHONE_CALL,) + key[1:])
            extra.append(replace(drafts[i], cameo=PHONE_CALL, flags=set(drafts[i].flags)))
        if site.asked and sides(state, site.asked) - sides(state, site.source):
            # "called on Chile and Colombia to condemn Hamas": opposition rallied against
            # Hamas (113), and an appeal to Chile and Colombia (020)
            extra.append(replace(drafts[i], cameo="020", target=list(site.asked),
                                 flags=set(drafts[i].flags)))
    for i, draft in drafts.items():
        accuser = kept[i].alleged_by
        if accuser is not None and accuser.token.i in drafts:
            draft.alleged_by = drafts[accuser.token.i]
    return list(drafts.values()) + extra
