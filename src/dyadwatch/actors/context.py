"""Document context for actors: pronouns, countryless references and the main dyad.

A sentence often names one side only ("they decided", "the visit was called off",
"solutions acceptable to both sides"). These rules take the missing side from the
document, never from the sentence's wording alone:
  * a pronoun or bare role ("they", "its", "the ministry") is the nearest compatible actor
    before it, preferring actors in subject position (they are what the text is about);
  * "both sides", "the two countries" stand for the main dyad: the two state actors
    mentioned most often (subjects count double);
  * an agentless state act takes the state whose territory it happens in, or else the
    other member of the main dyad.
Inferred mentions carry `inferred=True` and a lower confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from dyadwatch.actors.lexicon import STATE_ROLE, get_lexicon
from dyadwatch.actors.regime import regime_country
from dyadwatch.ground.syntax import inside_quotes, speaker_of, speech_kind
from dyadwatch.nlp.tokens import has_referring_determiner
from dyadwatch.pipeline import PEOPLE_KINDS, ActorMention, CodingState
from dyadwatch.tables import read_tsv, read_words
from dyadwatch.when.expressions import material_act_nouns

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "it", "its",
                            "itself", "we", "our", "us"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
INFERRED_CONFIDENCE = 0.6
PRONOUN_CONFIDENCE = 0.8


# "the two nuclear-armed neighbours", "the two Central Asian neighbours", "both warring
# sides", "the two kingdoms" (oneside23): up to two words may describe the pair between its
# count and a noun of these (not "the two other countries", another pair; nor "the two main
# parties", often a country's political parties; nor a coordination, "both rebels and
# governments")
DESCRIBED_PAIR_NOUNS = frozenset({"countries", "nations", "states", "neighbours", "neighbors",
                                  "allies", "capitals", "governments", "sides", "leaders",
                                  "republics", "armies", "militaries", "navies", "kingdoms"})
PAIR_COUNTS = frozenset({"two", "both", "each"})
DESCRIBING_WORDS = r"(?:(?!other\b|of\b|the\b|and\b|or\b|nor\b)[\w-]+ ){0,2}"


def _phrase_pattern(phrase: str) -> str:
    words = phrase.lower().split()
    if len(words) >= 2 and words[-2] in PAIR_COUNTS and words[-1] in DESCRIBED_PAIR_NOUNS:
        return (r"\b" + re.escape(" ".join(words[:-1])) + " " + DESCRIBING_WORDS
                + re.escape(words[-1]) + r"\b")
    return r"\b" + re.escape(phrase.lower()) + r"\b"


@cache
def dyad_phrases() -> re.Pattern[str]:
    """The phrases as one alternation, each a whole-word pattern of its own, in a group named
    by its row: it matches where any of them would (one search, not one per phrase)."""
    return re.compile("|".join(f"(?P<p{i}>{_phrase_pattern(r['phrase'])})"
                               for i, r in enumerate(read_tsv("dyad_phrases.tsv"))))


@cache
def dyad_phrase_ends() -> frozenset[str]:
    """The phrases' last words: every pattern ends with its phrase's last word, so a text
    without any of them cannot match (a cheap test before the whole alternation)."""
    return frozenset(r["phrase"].lower().split()[-1] for r in read_tsv("dyad_phrases.tsv"))


def _may_name_both(lowered: str) -> bool:
    return any(word in lowered for word in dyad_phrase_ends())


def names_both_sides(text: str) -> bool:
    lowered = text.lower()
    return _may_name_both(lowered) and dyad_phrases().search(lowered) is not None


@cache
def dyad_phrase_roles() -> dict[str, str]:
    """Group name of a phrase -> the role of the parties it names ("the two leaders": GOV),
    where it has one."""
    return {f"p{i}": r["role"] for i, r in enumerate(read_tsv("dyad_phrases.tsv"))
            if r.get("role")}


def both_sides_role(text: str) -> str | None:
    """The role of the parties a phrase names ("The two sides", "both leaders": GOV; "the two
    countries": none, the states themselves), from the first phrase of the table in it."""
    roles = dyad_phrase_roles()
    lowered = text.lower()
    if not _may_name_both(lowered):
        return None
    for match in dyad_phrases().finditer(lowered):
        return roles.get(match.lastgroup or "")
    return None


def people_role(head: Token) -> str | None:
    """The role of the people a phrase naming both parties is about, from the agent words
    ("officials from the two countries", "the leaders of both countries", "the two
    countries' defence chiefs": GOV; "citizens of both countries": CVL); none for the states
    themselves ("the two countries") or a word that is no agent ("the two neighbours")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in head.children:  # "the chiefs of the security services of ...": COP
        body = child_of(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "of" else None
        role = _agent_role(body) if body is not None else None
        if role:
            return role
    return _agent_role(head)


def _agent_role(head: Token) -> str | None:
    """The role the agent words give a noun with its compounds ("defence chiefs", else
    "chiefs": GOV); none for the state itself or a word that is no agent."""
    words = [t.lower_ for t in head.children if t.dep_ == "compound" and t.i < head.i]
    lexicon = get_lexicon()
    for start in range(len(words) + 1):
        for entry in lexicon.lookup(tuple(words[start:] + [head.lower_])):
            if entry.kind == "agent" and entry.code != STATE_ROLE:
                return entry.code
    return None


def in_role(mentions: list[ActorMention], role: str | None) -> list[ActorMention]:
    """The parties inferred for "both sides" in `role` ("the two leaders agreed": USAGOV,
    CHNGOV); organisations and parties already in a role stay as they are."""
    if not role:
        return mentions
    return [replace(m, code=m.country + role, roles=[role])
            if m.country and len(m.country) == 3 and not m.roles else m for m in mentions]


def is_state_level(m: ActorMention) -> bool:
    """A named actor of a country (a bare city only places acts: it is left out)."""
    return (bool(m.country) and not (m.country or "").startswith("IGO") and not m.inferred
            and m.kind != "place")


def is_party_level(m: ActorMention) -> bool:
    """A state-level actor or a regional organisation, either of which may be one of a
    document's two parties ("the two parties" of an EU-Tunisia memorandum). The UN is left
    out: it is named mostly as a forum."""
    return is_state_level(m) or (m.kind == "igo" and bool(m.country) and not m.inferred
                                 and m.country != "IGOUNO")


REPORTING_LEMMAS = frozenset({"report", "cite", "quote"})
ACCORDING_LEMMAS = frozenset({"accord", "according"})  # "according to X" (tagged either way)


def cited_outlet(state: CodingState, m: ActorMention) -> bool:
    """"According to Reuters, ...", "..., Kyodo reported": a news outlet named only as the
    source of the story is no party to it."""
    doc = state.doc
    if doc is None or "MED" not in m.roles or not 0 <= m.head < len(doc):
        return False
    head = doc[m.head]
    if head.dep_ == "pobj" and head.head.lower_ == "to" and (
            head.head.head.lemma_.lower() in ACCORDING_LEMMAS):
        return True
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_LEMMAS


def party_mentions(state: CodingState, exclude: frozenset[str]) -> list[ActorMention]:
    """The mentions that may make a document's parties (`is_party_level`), less `exclude`
    and outlets cited as the story's source."""
    return [m for m in state.mentions if is_party_level(m) and m.country not in exclude
            and not cited_outlet(state, m)]


def main_dyad(state: CodingState, exclude: frozenset[str] = frozenset()) -> list[str]:
    """The document's two most salient parties (subject mentions count double), leaving
    out `exclude` (the host of "hosted the two leaders" is not one of them). Worked out once
    per parse, exclusion and state of the mentions: the key holds every field of every
    mention the answer reads, so a mention added or changed later makes a new key."""
    key = ("main_dyad", frozenset(exclude),
           tuple((m.country, m.kind, m.inferred, "MED" in m.roles, m.head, m.start_char)
                 for m in state.mentions))
    kept = state.memo.get(key)
    if kept is None or kept[0] is not state.doc:
        kept = (state.doc, _main_dyad(state, exclude))
        state.memo[key] = kept
    return list(kept[1])


def _main_dyad(state: CodingState, exclude: frozenset[str]) -> list[str]:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    doc = state.doc
    for m in party_mentions(state, exclude):
        weight = 1
        if doc is not None and 0 <= m.head < len(doc) and doc[m.head].dep_ in SUBJECT_DEPS:
            weight = 2
        counts[m.country] += weight
        first_seen.setdefault(m.country, m.start_char)
    ranked = sorted(counts, key=lambda c: (-counts[c], first_seen[c]))
    pair = most_cooccurring(state, exclude)
    if pair:
        return sorted(pair, key=ranked.index)
    return ranked[:2] if len(ranked) >= 2 else []


def most_cooccurring(state: CodingState, exclude: frozenset[str]) -> list[str]:
    """The pair of countries named together in the most sentences (at least two): what
    "the two countries" most likely means; [] when no pair recurs."""
    if state.doc is None:
        return []
    per_sentence: dict[int, set[str]] = {}
    for m in party_mentions(state, exclude):
        if 0 <= m.head < len(state.doc):
            per_sentence.setdefault(state.doc[m.head].sent.start, set()).add(m.country)
    pairs: Counter[tuple[str, str]] = Counter()
    for countries in per_sentence.values():
        ordered = sorted(countries)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                pairs[(a, b)] += 1
    # "Pashinyan and Aliyev initialled ...": a pair named as one compound actor is a pair
    # of parties, not two states that merely share a sentence
    conjoined = conjoined_pairs(state, exclude)
    pairs.update(conjoined)
    if not pairs:
        return []
    # ties broken by how often the pair is one compound actor
    ranked = sorted(pairs, key=lambda p: (-pairs[p], -conjoined[p]))
    best, n = ranked[0], pairs[ranked[0]]
    if n < 2 or (len(ranked) > 1 and (pairs[ranked[1]], conjoined[ranked[1]])
                 == (n, conjoined[best])):
        return []  # no recurring pair, or a tie: fall back to salience
    return list(best)


def conjoined_pairs(state: CodingState, exclude: frozenset[str]) -> Counter[tuple[str, str]]:
    """Pairs of countries whose mentions are conjoined ("A and B"), once per sentence."""
    doc = state.doc
    by_head = {m.head: m for m in party_mentions(state, exclude) if 0 <= m.head < len(doc)}
    seen: set[tuple[int, tuple[str, str]]] = set()
    for i, m in by_head.items():
        members = {m.country} | {by_head[c.i].country for c in doc[i].conjuncts
                                 if c.i in by_head}
        # "Burkina Faso, Mali and Niger announced ...": a list of three or more states is a
        # group acting together, no pair of parties; nor is a pair that only might act
        # ("analysts said Manila and Hanoi could ask for clarification")
        if len(members) == 2 and not _only_might_act(doc[i]):
            seen.add((doc[i].sent.start, tuple(sorted(members))))
    return Counter(pair for _, pair in seen)


SPECULATIVE_MODALS = frozenset({"could", "might", "may", "would"})


def _only_might_act(tok: Token) -> bool:
    """The phrase is the subject of a verb under "could", "might", "may" or "would"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in tok.head.children)


def inferred_state(country: str, text: str) -> ActorMention:
    return ActorMention(code=country, country=country, roles=[], text=text, kind="state",
                        inferred=True, confidence=INFERRED_CONFIDENCE)


def other_side(state: CodingState, country: str | None, text: str) -> ActorMention | None:
    """The member of the main dyad that is not `country`."""
    dyad = main_dyad(state)
    if not dyad or country not in dyad:
        return None
    other = dyad[1] if dyad[0] == country else dyad[0]
    return inferred_state(other, text)


def both_sides(state: CodingState, text: str, exclude: frozenset[str] = frozenset(),
               at: Token | None = None) -> list[ActorMention]:
    """The two parties "both sides", "the two ministers" stand for: the pair the sentence
    before `at` names (exactly two countries: "Lavrov met Fidan ... The two ministers
    also discussed ..."), else the document's main dyad."""
    if at is not None:
        exclude = exclude | partners_of(state, at)
    pair = recent_pair(state, at, exclude) if at is not None else []
    return [inferred_state(c, text) for c in pair or main_dyad(state, exclude)]


# "agreed to set up a mechanism with Washington", "will hold talks together with Moscow"
PARTNER_LINKS = frozenset({"with", "alongside"})


def partners_of(state: CodingState, at: Token) -> frozenset[str]:
    """Countries the both-sides clause at `at` names as a partner after its verb ("The two
    sides agreed to set up a three-way mechanism with Washington"): a third party, no side.
    The attribution around the clause ("..., the Kremlin said") is outside it: a side."""
    doc = state.doc
    clause = {t.i for t in at.subtree}
    found: set[str] = set()
    for m in state.mentions:
        if not is_state_level(m) or not 0 <= m.head < len(doc) or m.head not in clause:
            continue
        head = doc[m.head]
        if (head.i > at.i and head.dep_ == "pobj"
                and head.head.lower_ in PARTNER_LINKS and not _in_own_clause(head, at)):
            found.add(m.country)
    return frozenset(found)


def _in_own_clause(tok: Token, at: Token) -> bool:
    """`tok` sits in a clause under `at` with a subject of its own ("the two leaders agreed
    ..., and Raisi said Tehran was ready to cooperate with Islamabad"): that clause's
    partner is not the both-sides clause's."""
    cur = tok
    while cur.i != at.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in cur.children):
            return True
        cur = cur.head
    return False




# "commanders from the two sides", "officials of both countries": whose the role is
SIDE_LINKS = frozenset({"from", "of", "on"})


def split_both_sides_roles(state: CodingState) -> None:
    """A countryless role qualified by a phrase that names both parties ("Military commanders
    from the two sides", "delegations of both countries") stands for that role of each party:
    one inferred mention per party over the same words, read as a compound actor."""
    doc = state.doc
    if doc is None:
        return
    out: list[ActorMention] = []
    for m in state.mentions:
        pair = _sides_qualifying(state, m) if not m.country and m.roles else []
        if len(pair) != 2:
            out.append(m)
            continue
        roles = "".join(m.roles)
        out += [replace(m, code=side.country + roles, country=side.country, inferred=True,
                        confidence=INFERRED_CONFIDENCE) for side in pair]
    state.mentions = out


def _sides_qualifying(state: CodingState, m: ActorMention) -> list[ActorMention]:
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return []
    head = doc[m.head]
    if names_both_sides(doc[head.left_edge.i:head.i + 1].text):  # "the two armies"
        return both_sides(state, head.text, at=head)
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SIDE_LINKS:
            continue
        obj = child_of(prep, "pobj")
        if obj is not None and names_both_sides(doc[prep.i:obj.i + 1].text):
            return both_sides(state, obj.text, at=head)
    return []


def recent_pair(state: CodingState, at: Token, exclude: frozenset[str]) -> list[str]:
    """For people ("the two ministers"): the countries of the last two officials named
    before, within three sentences or earlier in the same one; else the two countries of the
    sentence before, when it names exactly two."""
    doc = state.doc
    if doc is None:
        return []
    subject = next((c for c in at.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = at.head if subject is None and at.dep_ == "xcomp" else at  # "agreed to meet"
    bare = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if bare is not None and bare.lower_ in read_words("pair_words.txt") and not act_put_off(
            clause):
        pair = parties_of_clause_above(state, clause, exclude)
        if pair:
            return pair
    if at.sent.start == 0:
        return []
    heads = read_words("people_heads.txt")
    # the clause's subject ("the two ministers discussed"), or the phrase itself
    people = (subject is not None and subject.lemma_.lower() in heads) or at.lemma_.lower() in heads
    window = at.sent.start
    for _ in range(3 if people else 1):  # sentences looked at before this one
        if window > 0:
            window = doc[window - 1].sent.start
    # people may be named earlier in the same sentence ("Orban received his Swedish
    # counterpart in Budapest, where the two leaders signed a deal")
    end = (subject.left_edge.i if subject is not None else at.i) if people else at.sent.start
    found: list[ActorMention] = [
        m for m in state.mentions
        if is_state_level(m) and m.country not in exclude and not m.inferred
        and window <= m.token_start < end
        and (not people or m.kind == "person" or m.roles)]
    countries: list[str] = []
    for m in sorted(found, key=lambda m: -m.token_start) if people else found:
        if m.country not in countries:
            countries.append(m.country)
    if people:
        return sorted(countries[:2]) if len(countries) >= 2 else []
    here = countries_earlier_in_sentence(state, at, exclude)
    if len(here) == 2:
        return here
    if len(countries) != 2:
        return []
    dyad = main_dyad(state, exclude)
    if len(here) == 1 and here[0] not in countries and here[0] in dyad:
        # "China's foreign ministry announced that the two governments had signed": a
        # pair that leaves out the one party the sentence names before is no pair it means
        return dyad
    # "The talks were brokered by St Vincent, with Brazil in the room. The two governments
    # agreed ...": a pair of third parties named just before does not replace the main
    # dyad; a pair with one main party in it does ("Lavrov met Fidan. The two sides ..."),
    # and so does a pair that just acted on each other ("Chad accused Niger ...").
    if not dyad or set(dyad) & set(countries) or acted_on_each_other(state, countries, window,
                                                                     at.sent.start):
        return countries
    return []


# how a party hangs below the verb of the clause above (parties_of_clause_above): as its
# subject or object, or the object of one of its prepositions ("held talks with Modi"); not
# in a relative clause or a clause of its own ("Xi, who was received by Ramaphosa, held talks
# with Modi": Xi and Modi)
_PAIR_PATH_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "compound",
                             "appos", "conj", "cc", "amod", "poss"})


# how a clause hangs below the word that proposes it: "proposing that the two meet" (ccomp),
# "proposing in a letter that the two men meet" (the parse: a relative clause on "letter",
# the object of "in")
_PROPOSED_DEPS = frozenset({"ccomp", "relcl", "acl", "pobj", "prep"})


def act_put_off(verb: Token) -> bool:
    """The clause of `verb` does not tell its act as done: a clause of time or condition that
    leaves it to come ("before the two men met", "until the pair sign", "unless both
    agree"), or one only proposed or asked for ("proposing in a letter that the two men
    meet", "urged that both sign", "the proposal that the two meet")."""
    marks = read_words("unrealised_clause_marks.txt")
    if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return True
    governors = read_words("proposal_governors.txt")
    cur = verb
    for _ in range(4):
        if cur.dep_ not in _PROPOSED_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in governors:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False  # a verb of its own, not one of proposing
    return False


def parties_of_clause_above(state: CodingState, at: Token, exclude: frozenset[str]) -> list[str]:
    """The two countries whose actors are the subject and object of the clause `at` is
    conjoined to or hangs from ("X spoke by telephone with Y, and the two agreed"; "X
    received Y in Nairobi, where the two signed"); [] unless exactly two."""
    verb = at.head
    if at.dep_ not in ("conj", "advcl", "relcl") or verb.i == at.i or verb.pos_ not in (
            "VERB", "AUX"):
        return []
    countries: list[str] = []
    for m in state.mentions:
        if not is_state_level(m) or m.country in exclude or not (
                verb.sent.start <= m.token_start < at.i):
            continue
        cur = state.doc[m.head]
        while cur.i != verb.i and cur.dep_ in _PAIR_PATH_DEPS and cur.head.i != cur.i:
            cur = cur.head
        if cur.i == verb.i and m.country not in countries:
            countries.append(m.country)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in PERSON_PRONOUNS:  # "He spoke with Araqchi"
        m = resolve_pronoun(state, subject, exclude)
        if m is not None and m.country and m.country not in countries:
            countries.append(m.country)
    return sorted(countries) if len(countries) == 2 else []


def acted_on_each_other(state: CodingState, pair: list[str], start: int, end: int) -> bool:
    """An event coded between tokens start and end has one of the pair as source and the
    other as target. Mediation (045) does not count: a mediator acts between two others, so
    whoever the parse gave it as target is no side ("brokered by X, with Y in the room")."""
    first, second = pair
    for ev in state.events:
        if not start <= ev.trigger < end or ev.cameo.startswith("045"):
            continue
        src = {m.country for m in ev.source}
        tgt = {m.country for m in ev.target}
        if (first in src and second in tgt) or (second in src and first in tgt):
            return True
    return False


def two_countries_earlier_in_sentence(state: CodingState, at: Token,
                                      exclude: frozenset[str]) -> list[str]:
    """"A Russian delegation was received in Niamey, and both sides agreed ...": exactly two
    countries named earlier in the same sentence."""
    countries = countries_earlier_in_sentence(state, at, exclude)
    return countries if len(countries) == 2 else []


def countries_earlier_in_sentence(state: CodingState, at: Token,
                                  exclude: frozenset[str]) -> list[str]:
    """The parties named earlier in the sentence of `at`, in order."""
    countries: list[str] = []
    outside = _acting_on(at)
    for m in state.mentions:
        # an organisation may be a party ("Iran's minister and the IAEA chief signed ...,
        # with Egypt's minister, who mediated between the two sides")
        party = is_state_level(m) or (m.kind == "igo" and bool(m.country)
                                      and _in_subject_phrase(state.doc, m))
        if m.head in outside:
            continue
        if (at.sent.start <= m.token_start < at.i and party and not m.inferred
                and m.country not in exclude and m.country not in countries):
            countries.append(m.country)
    return countries


# how "the two governments" hangs below the verb of the one who acts on them ("urged both
# sides", "pressed the two countries into talks"); through an infinitive only ("has been
# trying to get the two governments to carry out"): a finite clause has a subject of its own
# ("Xi visited Hanoi, when the two leaders signed")
_OBJECT_LINKS = frozenset({"dobj", "dative", "pobj", "prep"})
_INFINITIVE_LINKS = frozenset({"xcomp", "ccomp", "advcl"})


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _acting_on(at: Token) -> set[int]:
    """Tokens of the subject of the nearest verb above `at` with a subject of its own, when
    `at` is that verb's object or the subject of its infinitive: whoever urges or brings
    "the two governments" to act is no side of them."""
    cur = at
    for _ in range(6):
        if cur.head.i == cur.i or not (
                cur.dep_ in _OBJECT_LINKS
                or (cur.dep_ == "nsubj" and _infinitive(cur.head))
                or (cur.dep_ in _INFINITIVE_LINKS and _infinitive(cur))):
            return set()
        verb = cur.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i != cur.i:
            return {t.i for t in subj.subtree}
        cur = verb
    return set()


def _in_subject_phrase(doc, m: ActorMention) -> bool:
    """The mention is a clause's subject or conjoined to one (not "on the margins of the
    General Assembly": a venue)."""
    if not 0 <= m.head < len(doc):
        return False
    tok = doc[m.head]
    for _ in range(8):  # "the head of the IAEA", "Iran's minister and the IAEA's chief"
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
        else:
            break
    return tok.dep_ in SUBJECT_DEPS


def _compatible(m: ActorMention, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:  # a person, or a person named by office ("the minister")
        return m.kind == "person" or (m.kind in ("agent", "igo") and bool(m.country)
                                      and (m.kind == "agent" or m.name is not None))
    return m.kind != "person" and m.kind != "pronoun" and bool(m.country)


# Links inside a noun phrase: "the office of a French association" is, as a whole, the subject.
_PHRASE_LINKS = frozenset({"pobj", "prep", "amod", "compound", "poss", "nmod"})


def in_subject(token: Token) -> bool:
    """The token is a subject or sits inside a subject's noun phrase."""
    current = token
    while current.dep_ in _PHRASE_LINKS and current.head.i != current.i:
        current = current.head
    return current.dep_ in SUBJECT_DEPS


PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})


def _number_agrees(head: Token, pronoun: str) -> bool:
    """"They"/"them" stand for a plural phrase ("the returning Russians", "Russia and
    Azerbaijan"), "it"/"its" for a singular one (a state, a ministry): news English speaks of
    a state as "it"."""
    plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
    if pronoun in PLURAL_PRONOUNS:
        return plural
    return not plural if pronoun in GROUP_PRONOUNS else True


# "cut ties with Israel over its offensive": prepositions that give the reason of an act
REASON_PREPS = frozenset({"over", "for"})
# how the party acted on hangs on the verb: "with Israel", "against Russia", "summoned X"
ACTED_ON_LINKS = frozenset({"with", "against", "on", "to", "from"})


def _reason_possessor(state: CodingState, token: Token) -> ActorMention | None:
    """"Bolivia broke off relations with Israel over its military offensive", "Warsaw
    summoned the Russian envoy over its drone incursions": "its" in the reason of an act is
    the state acted on (the verb's object), not the acting subject."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return None
    phrase = token.head
    while phrase.dep_ in ("conj", "appos") and phrase.head.i != phrase.i:
        phrase = phrase.head
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ not in REASON_PREPS:
        return None
    verb = prep.head
    if verb.dep_ == "dobj":  # "summoned the envoy over its ...": the parse may hang it there
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = state.doc
    acted_on = []
    for m in state.mentions:
        if (not m.country or m.inferred or not 0 <= m.head < len(doc)
                or not verb.i < m.head < token.i or m.kind == "place"):
            continue
        head = doc[m.head]
        if head.head.i == verb.i and head.dep_ == "dobj":
            acted_on.append(m)
        elif (head.dep_ == "pobj" and head.head.lower_ in ACTED_ON_LINKS
              and head.head.head.i in (verb.i, *(c.i for c in verb.children
                                                 if c.dep_ == "dobj"))):
            acted_on.append(m)
    return max(acted_on, key=lambda m: m.token_start) if acted_on else None


def _owns_actor(state: CodingState, token: Token) -> bool:
    """The pronoun possesses an actor ("their special representatives", "their troops"): who
    those belong to is read elsewhere (each side's), so the pronoun keeps its antecedent."""
    head = token.head.i
    return any(m.token_start <= head < m.token_end for m in state.mentions if not m.inferred)


def _subject_names_both_sides(token: Token) -> bool:
    """The clause around `token` has a subject that names both parties ("the two capitals",
    "both governments"): a plural pronoun in that clause is the pair's own."""
    doc = token.doc
    for verb in token.ancestors:  # the nearest clause with a subject of its own before token
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for child in verb.children:
            # "their dispute was over": a subject holding the pronoun is no antecedent
            if (child.dep_ in ("nsubj", "nsubjpass")
                    and child.right_edge.i < token.i):
                return names_both_sides(doc[child.left_edge.i:child.right_edge.i + 1].text)
    return False


def quoted_speaker(state: CodingState, token: Token) -> ActorMention | None:
    """The named speaker of the quotation a first-person subject of a present-tense verb
    stands in: the speaker of a saying verb of the same sentence outside the quotes."""
    if not (token.dep_ == "nsubj" and token.head.tag_ == "VBP"):
        return None  # performative present only ("we condemn", "we demand"): "we have
        # closed the border", "we will cooperate" retell or promise, coded elsewhere
    if not inside_quotes(token):
        return None
    # any saying verb outside the quotes: the parser often makes a quoted verb the root
    # and the saying verb its conjunct ('"Ghana stood by us ...," the minister told ...')
    verb = next((v for v in token.sent if speech_kind(v) and not inside_quotes(v)), None)
    speaker = speaker_of(verb) if verb is not None else None
    m = state.mention_at(speaker) if speaker is not None else None
    if m is None or not m.country or m.kind == "pronoun":
        return None
    return replace(m, text=token.text, start_char=token.idx,
                   end_char=token.idx + len(token.text), token_start=token.i,
                   token_end=token.i + 1, head=token.i,
                   confidence=min(m.confidence, PRONOUN_CONFIDENCE))


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


# What a state's act violates or enters is another's ("violated its airspace"): a
# possessive on these never means the acting subject.
VIOLATED_THINGS = frozenset({"airspace", "territory", "sovereignty", "waters", "border",
                             "borders", "soil", "integrity"})
VIOLATING_VERBS = frozenset({"violate", "breach", "enter", "invade", "intrude", "penetrate",
                             "encroach", "infringe", "cross", "undermine"})


def clause_subject_heads(token: Token) -> set[int]:
    """Token indices of the subject of the verb an object pronoun belongs to ("received
    him", "met with them"): a plain pronoun never means that subject."""
    if (token.lower_ in ("its", "their") and token.dep_ == "poss"
            and token.head.lemma_.lower() in VIOLATED_THINGS
            and token.head.head.lemma_.lower() in VIOLATING_VERBS):
        token = token.head  # "a Chinese aircraft violated its airspace": not China's
    elif token.lower_ not in OBJECT_PRONOUNS:
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("dobj", "pobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    while not subjects and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i \
            and (verb.tag_ == "VBG" or verb.dep_ != "advcl"):
        # "cut ties with Qatar, accusing it of ...", "met Xi and thanked him": the verb
        # shares the subject of the clause it hangs on
        verb = verb.head
        subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return subjects


def act_antecedent(token: Token) -> Token | None:
    """The material act an object "it" refers back to in its own sentence: "The United
    States called the execution unconscionable, and France also condemned it": a definite
    act noun of data/event_anaphors.tsv before it, with no name or pronoun between (its own
    clause's subject aside). None for any other "it"."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return None
    doc = token.doc
    own = {t.i for i in clause_subject_heads(token) for t in doc[i].subtree}
    for tok in reversed(doc[token.sent.start:token.i]):
        if tok.i in own:
            continue  # (the whole subject: "the United Kingdom also condemned it")
        if tok.pos_ in ("PROPN", "PRON"):
            return None  # a name or pronoun nearer than the act: "it" may be that
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in material_act_nouns() \
                and has_referring_determiner(tok):
            return tok
    return None


def resolve_pronoun(state: CodingState, token: Token, exclude: frozenset[str] = frozenset()
                    ) -> ActorMention | None:
    """The nearest compatible named actor before `token`, preferring recent subjects; none
    of the `exclude` countries."""
    word = token.lower_
    if word not in PERSON_PRONOUNS and word not in GROUP_PRONOUNS:
        return None
    if word in ("we", "our", "us"):
        # the author's side: not an actor the text names, unless a speaker is quoted
        # ("'we thank our Armenian friends,' Cavusoglu told reporters": Cavusoglu's side)
        return quoted_speaker(state, token)
    if act_antecedent(token) is not None:
        return None  # "called the execution unconscionable, and France condemned it"
    if (word in PLURAL_PRONOUNS and not in_subject(token) and not _owns_actor(state, token)
            and _subject_names_both_sides(token)):
        # "the two capitals might resume talks on their common border": the pair's own (a
        # pronoun in a subject, "their envoys will meet", keeps its antecedent: the event
        # reads each side from it)
        return None
    reason_target = _reason_possessor(state, token)
    if reason_target is not None:
        chosen = reason_target
        return replace(chosen, text=token.text, start_char=token.idx,
                       end_char=token.idx + len(token.text), token_start=token.i,
                       token_end=token.i + 1, head=token.i, kind=chosen.kind,
                       confidence=min(chosen.confidence, PRONOUN_CONFIDENCE))
    speaker = _reporting_speaker(state, token)
    if speaker is not None:
        return replace(speaker, text=token.text, start_char=token.idx,
                       end_char=token.idx + len(token.text), token_start=token.i,
                       token_end=token.i + 1, head=token.i,
                       confidence=min(speaker.confidence, PRONOUN_CONFIDENCE))
    chosen = _nearest_antecedent(state, token, exclude)
    if chosen is None:
        return None
    if chosen.country:
        chosen = resident_group(state, chosen)  # "Bosnian Serbs said their forces ..."
    return replace(chosen, text=token.text, start_char=token.idx,
                   end_char=token.idx + len(token.text), token_start=token.i,
                   token_end=token.i + 1, head=token.i, kind=chosen.kind,
                   confidence=min(chosen.confidence, PRONOUN_CONFIDENCE))


def _nearest_antecedent(state: CodingState, token: Token, exclude: frozenset[str]
                        ) -> ActorMention | None:
    """The named actor (as written there) a pronoun stands for: see resolve_pronoun."""
    word = token.lower_
    doc = state.doc
    sent_start = token.sent.start
    window_start = max(0, sent_start - 120)  # about three sentences back
    best: tuple[int, int] | None = None
    chosen: ActorMention | None = None
    own_subject = clause_subject_heads(token)
    subject_pronoun = token.dep_ in ("nsubj", "nsubjpass")
    for m in state.mentions:
        if m.inferred or m.token_start < window_start or m.token_end > token.i:
            continue
        if m.head in own_subject or m.country in exclude:
            continue  # "Aliyev received him": him is not Aliyev
        if not m.country and m.kind in PEOPLE_KINDS and m.roles and (
                word in GROUP_PRONOUNS or m.token_start >= sent_start):
            # "Militants loyal to ... said they ...", "the President said that he will
            # travel": a bare role stands for the actor it refers to
            m = resolve_countryless(state, m)
        if not _compatible(m, word):
            continue
        head = doc[m.head] if 0 <= m.head < len(doc) else None
        if word in PERSON_PRONOUNS and (_plural_role(state, m) or _body(state, m)):
            continue  # "Japanese media reported that he promised", "if the Cypriot
            # government opened ... He also warned": a body or plural role is no "he"
        # a name the parser makes the root of its sentence ("Petro at first hit back,
        # instructing his minister ...": "hit" misread) is that sentence's subject
        root_name = head is not None and head.dep_ == "ROOT" and head.pos_ == "PROPN"
        direct = head is not None and (head.dep_ in SUBJECT_DEPS or root_name)
        # A subject phrase of the pronoun's own sentence first ("the office of a French
        # association was searched and two of its employees detained"), then subjects, then
        # recency.
        here = head is not None and m.token_start >= sent_start and (
            in_subject(head) or root_name)
        agrees = head is not None and _number_agrees(head, word)
        # a pronoun subject continues the subject of a sentence before ("Warsaw ordered
        # Moscow's mission shut. It closed ...": Warsaw), before a subject of a clause
        # below it; within its own sentence the nearest subject stays first ("Britain
        # imposed sanctions after Iran said it had executed ...": Iran)
        main = (subject_pronoun and agrees and m.token_start < sent_start
                and _main_subject(head))
        score = (1 if agrees else 0, 1 if here else 0, 1 if main else 0, 1 if direct else 0,
                 m.token_start)
        if best is None or score > best:
            best, chosen = score, m
    return chosen


# Plural object pronouns that stand for a whole list of states ("Norway and Germany ...
# asking them"); a subject "they" is left to its first state (a list of subjects with no
# target would read as acts between them: "Madrid and Dublin said they will not reverse")
LIST_PRONOUNS = frozenset({"them", "themselves"})


def listed_antecedents(state: CodingState, token: Token, first: ActorMention
                       ) -> list[ActorMention]:
    """"sent notes to Norway and Germany, asking them to ...": the other states conjoined to
    the named state a plural pronoun stands for (`first`, as resolve_pronoun gives it), each
    over the pronoun's own word."""
    if token.lower_ not in LIST_PRONOUNS or first.kind != "state" or not first.country:
        return []
    chosen = _nearest_antecedent(state, token, frozenset())
    doc = state.doc
    if chosen is None or chosen.country != first.country or not 0 <= chosen.head < len(doc):
        return []
    out: list[ActorMention] = []
    for conj in doc[chosen.head].conjuncts:
        m = state.mention_at(conj)
        if (m is None or m.kind != "state" or not m.country or m.inferred
                or m.country == first.country or any(o.country == m.country for o in out)):
            continue
        out.append(replace(m, text=token.text, start_char=token.idx,
                           end_char=token.idx + len(token.text), token_start=token.i,
                           token_end=token.i + 1, head=token.i,
                           confidence=min(m.confidence, PRONOUN_CONFIDENCE)))
    return out


def _main_subject(head: Token) -> bool:
    """`head` is the subject of its sentence's main verb (or of a verb conjoined to it),
    not of a clause below it."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _body(state: CodingState, m: ActorMention) -> bool:
    """An unnamed body ("the Brazilian government", "the ministry"): never what "he" or
    "she" stands for (data/actors/institution_nouns.txt)."""
    doc = state.doc
    if m.kind != "agent" or m.name is not None or not 0 <= m.head < len(doc):
        return False
    return doc[m.head].lemma_.lower() in read_words("actors/institution_nouns.txt")


def _plural_role(state: CodingState, m: ActorMention) -> bool:
    """An unnamed plural role ("Japanese media", "officials"): never what "he" or "she"
    stands for (a name the tagger takes for a plural, "Guterres", still may be)."""
    doc = state.doc
    if m.kind != "agent" or m.name is not None or not 0 <= m.head < len(doc):
        return False
    head = doc[m.head]
    return head.tag_ in ("NNS", "NNPS")


def _reporting_speaker(state: CodingState, token: Token) -> ActorMention | None:
    """"his counterpart Liu, who said afterwards he was dissatisfied", "the minister told
    reporters she would resign": "he"/"she" as the subject of what a person says is that
    speaker (the relative "who" stands for the noun it hangs on)."""
    if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or inside_quotes(token) or not speech_kind(clause.head):
        return None
    verb = clause.head
    speaker = speaker_of(verb)
    if speaker is not None and speaker.tag_ == "WP" and verb.dep_ == "relcl":
        speaker = verb.head
    m = state.mention_at(speaker) if speaker is not None else None
    if m is None or m.inferred or m.kind not in PEOPLE_KINDS or _plural_role(state, m):
        return None
    if not m.country and m.roles:
        m = resolve_countryless(state, m)
    return m if m.country and _compatible(m, token.lower_) else None


# Prepositions that place a countryless agent inside its own phrase or clause:
# "opposition groups in Zimbabwe", "rebels from Uganda", "police in Nairobi arrested".
PLACE_LINKS = frozenset({"in", "of", "from", "inside", "across", "throughout"})
# Agents that usually belong to the state whose territory they act in (PETRARCH's rule for
# "police", "the army", "protesters" without a nationality).
LOCAL_ROLES = frozenset({"COP", "MIL", "SPY", "GOV", "JUD", "LEG", "OPP", "REB", "CVL", "INS",
                         "MED", "BUS", "EDU", "LAB", "HLH", "REF", "CRM", "AGR", "ELI"})


def resolve_countryless(state: CodingState, m: ActorMention) -> ActorMention:
    """A role without a country ("the government", "police", "rebels") takes, in order:
    a place named in its own phrase ("groups in Zimbabwe"); the place of the clause it is
    the subject of ("police arrested ... in Nairobi"); the nearest earlier named actor,
    preferring subjects (what the text is about); else a state named elsewhere in the
    sentence (the sentence's own context)."""
    if m.country or m.inferred or state.doc is None:
        return m
    first = _first_naming(state, m)
    if first is not None:
        # "Interior Minister Alexander Dobrindt ordered ... Dobrindt said": the person named
        # again is whoever the first naming, in its own context, made him
        found = resolve_countryless(state, first)
        if found.country:
            return replace(m, code=found.code, country=found.country, roles=found.roles,
                           kind=found.kind, confidence=min(m.confidence, found.confidence))
    court = _named_court(state, m)
    if court is not None:  # "the International Court of Justice ... the Court ordered"
        return replace(m, code=court.code, country=court.country, roles=[], kind="igo",
                       confidence=min(m.confidence, PRONOUN_CONFIDENCE))
    # "Vice Foreign Minister Sun summoned the Japanese ambassador", "the government could
    # halt exports to the Emirates": a role does not belong to the state its clause acts on
    # (courts and parliaments acting on officials are the exception: _officials_court)
    court = _officials_court(state, m) is not None
    acted_on = frozenset() if court else _acted_on_countries(
        state, m, people=not set(m.roles) & DOMESTIC_ORGAN_ROLES)
    # a possessor ("its ambassador") may be the acting subject's country; nothing else may
    avoid = acted_on if court else acted_on | _acting_countries(state, m)
    envoys = _envoys_acted_on(state, m)
    avoid |= {e.country for e in envoys if e.country}
    chosen = None
    excluded = avoid
    for find in (_joint_counterpart, _own_force_owner, _possessor, _leaders_body, _principal,
                 _modifier_owner, _envoys_own_mission, _phrase_place, _apposed_person,
                 regime_country, _same_title, _same_body,
                 _envoys_mission, _envoys_host, _clause_place, _speakers_own,
                 _officials_court, _voiced_state):
        found = find(state, m)
        barred = acted_on if find is _possessor else avoid
        if find is _own_force_owner:
            barred = frozenset()  # "recalled Romania's ambassador": its own envoy
        if find is _voiced_state and _own_envoys_only(state, m):
            barred = avoid - {state.voice}  # "summoned X and recalled our ambassador"
        if found is not None and found.country not in barred:
            chosen, excluded = found, barred
            break
    if chosen is None:
        chosen = (_earlier_actor(state, m, avoid) or _dateline_forces(state, m)
                  or _sentence_actor(state, m))
    if chosen is None or chosen.country in excluded:
        return m
    if (chosen.country or "").startswith(("IGO", "NGO")) and m.roles == ["GOV"]:
        # "its secretary general" of an organisation acts for it: the organisation's code,
        # no state role ("the spokesperson of the UN" stays the UN; its forces keep theirs)
        return replace(m, code=chosen.code, country=chosen.country, roles=[], kind="igo",
                       confidence=min(m.confidence, PRONOUN_CONFIDENCE))
    roles = "".join(m.roles)
    return replace(m, code=(chosen.country or "") + roles, country=chosen.country,
                   confidence=min(m.confidence, PRONOUN_CONFIDENCE))


def _joint_counterpart(state: CodingState, m: ActorMention) -> ActorMention | None:
    """A titled person joined by "and" to a foreign person as the doers of a joint act
    ("signed by Indonesian Law Minister X and Justice Undersecretary Y", "Ambassador X and
    Opposition Leader Y met"): the other party of the document's main pair, when the
    partner's country is one of its two."""
    doc = state.doc
    if m.kind != "person" or not 0 <= m.head < len(doc):
        return None
    head = doc[m.head]
    if head.dep_ == "conj":
        other, first = head.head, head.head
    else:
        other = next((c for c in head.children if c.dep_ == "conj"), None)
        first = head
    partner = state.mention_at(other) if other is not None else None
    if (partner is None or partner is m or partner.kind != "person" or partner.inferred
            or not partner.country or partner.country.startswith(("IGO", "NGO"))):
        return None
    if first.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return None
    if first.dep_ == "pobj" and first.head.dep_ != "agent":
        return None  # only the doers: "signed by A and B"
    verb = _governing_verb(first)
    if verb is None or verb.lemma_.lower() not in read_words("joint_act_verbs.txt"):
        return None
    dyad = main_dyad(state)
    if len(dyad) != 2 or partner.country not in dyad:
        return None
    return inferred_state(next(c for c in dyad if c != partner.country), m.text)


def _first_naming(state: CodingState, m: ActorMention) -> ActorMention | None:
    """The first mention of the same countryless person (by the name the finder gave it),
    when `m` names that person again; None for the first naming itself."""
    if m.kind != "person" or not m.name:
        return None
    return next((o for o in state.mentions if o.kind == "person" and o.name == m.name
                 and not o.country and not o.inferred and o.token_start < m.token_start),
                None)


# Roles that act on their own state's territory (PETRARCH's rule for countryless "police"),
# and the government that speaks for them
HOME_FORCE_ROLES = frozenset({"COP", "MIL", "SPY", "GOV"})


def _dateline_forces(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"NAIROBI, June 3 -- Police arrested two Ugandan opposition activists", "..., announced
    the ministry": with no actor named before it, a countryless security force or
    government office is the one of the state the dateline places the story in (rather
    than another state its own sentence names)."""
    if not state.dateline or not set(m.roles) & HOME_FORCE_ROLES:
        return None
    return inferred_state(state.dateline, m.text)


APPOSITION_MARKS = frozenset({",", "-", "\u2013", "\u2014", "("})


def _apposed_person(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"The Minister of the Armies, Florence Parly, accused ...": a role with a known
    officeholder in apposition right after it is that person's state's."""
    doc = state.doc
    if m.token_end >= len(doc) or doc[m.token_end].text not in APPOSITION_MARKS:
        return None
    if 0 <= m.head < len(doc) and any(c.dep_ == "poss" for c in doc[m.head].children):
        return None  # "the court's president, U.S. judge Joan Donoghue": the court's
    return next((o for o in state.mentions if o.token_start == m.token_end + 1
                 and o.kind == "person" and o.country and not o.inferred
                 and not o.country.startswith(("IGO", "NGO"))), None)


def _voiced_state(state: CodingState, m: ActorMention) -> ActorMention | None:
    """Local and state press that speaks for its state ("our ambassador in Madrid", with a
    dateline "CARACAS, 16 of September --") names its own government without a country:
    "the Ministry of Foreign Relations summoned the ambassador of Spain", "the chancellor
    Yvan Gil qualified the words of the Spanish minister as insolent". A countryless
    government role there is the document's state, not the last foreign state named; its
    own phrase, a possessor or a place (the finders before this one) still come first."""
    if not state.voice or "GOV" not in m.roles or not 0 <= m.head < len(state.doc):
        return None
    if _titled_envoy(m):
        return None  # "Ambassador Xing" is most often the foreign envoy posted there
    return inferred_state(state.voice, m.text)


def _titled_envoy(m: ActorMention) -> bool:
    """A word of the mention's title names an envoy ("Ambassador Xing", "consul Lalonde")."""
    return bool(set(_title_words(m.text)) & read_words("actors/envoy_nouns.txt"))


def _own_envoys_only(state: CodingState, m: ActorMention) -> bool:
    """Whether every mention of the document's state later in `m`'s sentence is one of its
    envoys ("called to consultations our ambassador in Madrid"): a government recalling its
    own envoy still acts for itself."""
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return False
    sent = doc[m.head].sent
    envoys = read_words("actors/envoy_nouns.txt")
    own = [o for o in state.mentions if o.country == state.voice and not o.inferred
           and m.token_start < o.token_start < sent.end and 0 <= o.head < len(doc)]
    return bool(own) and all(doc[o.head].lower_ in envoys for o in own)


COURT_WORDS = ("court", "tribunal")
COURT_WINDOW = 120  # tokens, about three sentences


def _named_court(state: CodingState, m: ActorMention) -> ActorMention | None:
    """A countryless court or judge after an international court was named ("The
    International Court of Justice ... However, the Court did not order ..."): that court,
    the nearest one named before within a few sentences."""
    if "JUD" not in m.roles:
        return None
    found = None
    for o in state.mentions:
        if not (m.token_start - COURT_WINDOW <= o.token_start < m.token_start):
            continue
        if o.kind == "igo" and o.country and any(w in o.text.lower() for w in COURT_WORDS):
            found = o
    return found


# Prepositions after a verb that name whom the act is done to or with; "in", "at" place it.
ACTED_ON_PREPS = frozenset({"to", "against", "from", "with", "for", "toward", "towards", "on"})


def _acting_countries(state: CodingState, m: ActorMention) -> frozenset[str]:
    """"Paris has never recognised the military authorities": the country of the subject
    acting on the role (its direct object) is not the role's own, whichever mention of it
    came before (a state's own forces it deploys are: own_force_verbs.txt)."""
    doc = state.doc
    if not 0 <= m.head < len(doc) or doc[m.head].dep_ not in ("dobj", "dative"):
        return frozenset()
    verb = doc[m.head].head
    if verb.lemma_.lower() in read_words("own_force_verbs.txt"):
        return frozenset()
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    # courts, police and parliaments act on their own state's people and officials
    found = frozenset(o.country for o in state.mentions
                      if o.country and is_state_level(o) and o.head in subjects
                      and (not o.roles or "GOV" in o.roles))
    if found or not _titled_envoy(m):
        return found
    # "The foreign ministry said it had summoned Ambassador Mariam Ali Moussa": a state acts
    # on a foreign envoy, even when the text names it only by a pronoun or a countryless
    # ministry. Only a subject before the envoy: a pronoun after it ("Which ambassador did
    # they summon?") may stand for the envoy itself, whose resolution would ask this again
    acting = (_subject_state(state, doc[i]) for i in sorted(subjects) if i < m.token_start)
    return frozenset(o.country for o in acting
                     if o is not None and o.country and (not o.roles or "GOV" in o.roles))


def _subject_state(state: CodingState, token: Token) -> ActorMention | None:
    """The actor a pronoun or a countryless government role in subject position stands for."""
    if token.lower_ in GROUP_PRONOUNS or token.lower_ in PERSON_PRONOUNS:
        return resolve_pronoun(state, token)
    o = state.mention_at(token)
    if o is None or o.country or o.inferred or "GOV" not in o.roles:
        return None
    return resolve_countryless(state, o)


# Police and courts act on their own state's people: "police arrested a former vice
# president" does not make the police foreign to him
DOMESTIC_ORGAN_ROLES = frozenset({"COP", "JUD"})
PEOPLE_ROLES = frozenset({"CVL", "ELI", "OPP", "REB", "MED", "BUS"})


def _acted_on_countries(state: CodingState, m: ActorMention,
                        people: bool = True) -> frozenset[str]:
    """The countries named in the objects of the clause `m` is the subject of (and of verbs
    conjoined to it that share the subject): whom the act is done to; without `people`,
    persons and private groups acted on do not count."""
    doc = state.doc
    if not 0 <= m.head < len(doc) or doc[m.head].dep_ != "nsubj":
        return frozenset()
    verb = doc[m.head].head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                      and not any(k.dep_ in SUBJECT_DEPS for k in c.children)]
    heads: set[int] = set()
    for v in verbs:
        for c in v.children:
            objects = [c] if c.dep_ in ("dobj", "dative") else []
            if c.dep_ == "prep" and c.lower_ in ACTED_ON_PREPS:
                objects = [k for k in c.children if k.dep_ == "pobj"]
            for obj in objects:  # the object, its conjuncts, and "exports to the Emirates"
                for o in (obj, *(k for k in obj.children if k.dep_ == "conj")):
                    heads.add(o.i)
                    heads.update(k.i for p in o.children if p.dep_ == "prep"
                                 and p.lower_ in ACTED_ON_PREPS
                                 for k in p.children if k.dep_ == "pobj")
    # only actors that are these objects, not words inside them ("the BBC's Azerbaijani
    # service" is the BBC's)
    return frozenset(o.country for o in state.mentions
                     if o.country and is_state_level(o) and o.head in heads
                     and (people or not (o.kind == "person" or set(o.roles) & PEOPLE_ROLES)))


def resident_group(state: CodingState, m: ActorMention) -> ActorMention:
    """"Ethnic Albanians in south Serbia" are Serbia's people (CAMEO and PLOVER code an
    ethnic group by the state it lives in when the text places it, in its own phrase or in
    its clause: "ethnic Albanians demonstrated in Serbia"); so are "the Albanians of southern
    Serbia" and "Bosnian Serbs" (a state's adjective before another people's name).
    "Russian citizens in Baku" stay Russians: only an explicitly ethnic group moves."""
    if state.doc is None or "CVL" not in m.roles or not 0 <= m.token_start < len(state.doc):
        return m
    first = state.doc[m.token_start]
    before = state.doc[m.token_start - 1] if m.token_start > 0 else None
    if first.lower_ == "ethnic" or (before is not None and before.lower_ == "ethnic"):
        place = _phrase_place(state, m) or _clause_place(state, m)
    else:
        place = _people_of(state, m) or _adjective_before(state, m)
    if place is None or place.country == m.country:
        return m
    return replace(m, code=f"{place.country}CVL", country=place.country,
                   confidence=min(m.confidence, PRONOUN_CONFIDENCE))


def _people_of(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"the Albanians of southern Serbia": a people named with the state it belongs to."""
    head = state.doc[m.head] if 0 <= m.head < len(state.doc) else None
    if head is None or head.tag_ not in ("NNPS", "NNS"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = child_of(prep, "pobj")
            return _state_at(state, obj) if obj is not None else None
    return None


def _adjective_before(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"Bosnian Serbs", "Croatian Serbs": another state's adjective right before the people."""
    if m.token_start == 0 or m.token_end - m.token_start != 1:
        return None
    prev = state.doc[m.token_start - 1]
    found = _state_at(state, prev)
    if found is None or found.token_end != m.token_start or found.kind != "state":
        return None
    return found


def child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _state_at(state: CodingState, token: Token) -> ActorMention | None:
    for other in state.mentions:
        if other.token_start <= token.i < other.token_end and (
                is_state_level(other) or other.kind == "place"):
            return other
    return None


def _placed_by(state: CodingState, token: Token) -> ActorMention | None:
    """The state named by an in/of/from phrase under `token` (its object or a conjunct)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_LINKS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                found = _state_at(state, obj)
                if found is not None:
                    return found
    return None


def _leaders_body(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"Several ministers in Meloni's right-wing coalition", "officials of Erdogan's party":
    members of a body that a named official of a state owns ("X's coalition") are that
    official's state's, not the state named nearest before them."""
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return None
    for prep in doc[m.head].children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from"):
            continue
        for obj in prep.children:
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if obj.dep_ != "pobj" or owner is None:
                continue
            found = next((o for o in state.mentions if o.kind == "person" and o.country
                          and not o.inferred and o.token_start <= owner.i < o.token_end
                          and not o.country.startswith(("IGO", "NGO"))), None)
            if found is not None:
                return found
    return None


# Nouns that name a party by its relation to another: "his host" is not he.
PARTNER_NOUNS = frozenset({"host", "hosts", "counterpart", "counterparts", "guest", "guests",
                           "interlocutor", "interlocutors", "visitor", "visitors"})


def _possessor(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"France recalled its ambassador": a possessive pronoun names the role's country; on
    a noun of relation ("held talks with his counterpart Liu Jinsong") it names the other
    party of the document's main pair."""
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return None
    for c in doc[m.head].children:
        if c.dep_ == "poss" and c.tag_ == "WP$":
            return _relative_antecedent_state(state, c)
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            found = resolve_pronoun(state, c)
            if found is None or not found.country:
                return None
            if c.head.lower_ in PARTNER_NOUNS:
                return other_side(state, found.country, c.head.text)
            return found
        if c.dep_ == "poss":
            # "the interim government's foreign ministry": a countryless owner, resolved in
            # its own right, is the role's country
            owner = state.mention_at(c)
            if owner is not None and owner is not m and not owner.country and owner.roles:
                found = resolve_countryless(state, owner)
                return found if found.country else None
    return None


def _own_force_owner(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"The Foreign Ministry recalled Romania's ambassador in Vienna", "the ministry withdrew
    Hungary's troops": a countryless subject of a verb whose object is the subject's own
    envoys or forces (own_force_verbs.txt) is the state that owns that object."""
    doc = state.doc
    if not 0 <= m.head < len(doc) or doc[m.head].dep_ != "nsubj":
        return None
    verb = doc[m.head].head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(k.dep_ in SUBJECT_DEPS for k in c.children)]
    own = read_words("own_force_verbs.txt")
    for v in verbs:
        particles = [f"{v.lemma_.lower()} {c.lower_}" for c in v.children if c.dep_ == "prt"]
        if v.lemma_.lower() not in own and not own.intersection(particles):
            continue
        for obj in (c for c in v.children if c.dep_ == "dobj"):
            o = state.mention_at(obj)
            if (o is not None and o is not m and o.country and not o.inferred
                    and o.kind == "agent" and is_state_level(o)):
                return o
    return None


@cache
def principal_preps() -> dict[str, str]:
    """Role words that act for whom their preposition names (actors/principal_nouns.tsv)."""
    return {r["word"]: r["preposition"] for r in read_tsv("actors/principal_nouns.tsv")}


def _principal(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"A spokesman for U.N. Secretary-General Antonio Guterres", "an adviser to Tinubu",
    "a spokeswoman for the German foreign ministry": a countryless spokesperson or adviser
    speaks for the actor its preposition names (not for the last actor named before)."""
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return None
    head = doc[m.head]
    prep = principal_preps().get(head.lower_)
    if prep is None:
        return None
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ != prep:
            continue
        for obj in (c for c in p.children if c.dep_ == "pobj"):
            o = state.mention_at(obj)
            if o is None or o is m or o.inferred or o.kind == "group":
                continue
            if not o.country and o.roles:
                o = resolve_countryless(state, o)
            if o.country:
                return o
    return None


def _modifier_owner(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"The Taliban government": an actor named as a modifier of the role owns it."""
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return None
    for c in doc[m.head].children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < m.head:
            found = next((o for o in state.mentions if o is not m and o.country
                          and o.token_start <= c.i < o.token_end), None)
            if found is not None:
                return found
    return None


def _phrase_place(state: CodingState, m: ActorMention) -> ActorMention | None:
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return None
    head = doc[m.head]
    # "Opposition groups in Zimbabwe": the agent word modifies the phrase's head noun
    carriers = [head] + ([head.head] if head.dep_ in ("compound", "amod", "nmod") else [])
    # "the authorities of the transition in Burkina Faso": the place may hang on the "of"
    # phrase that names which authorities
    carriers += [o for p in carriers[0].children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    for tok in carriers:
        found = _placed_by(state, tok)
        if found is not None:
            return found
    return None


PLACE_OF_ACT_PREPS = frozenset({"into", "at", "outside", "inside", "near"})


def _clause_place(state: CodingState, m: ActorMention) -> ActorMention | None:
    if not set(m.roles) & LOCAL_ROLES or not 0 <= m.head < len(state.doc):
        return None
    head = state.doc[m.head]
    if {head.lower_, head.lemma_.lower()} & read_words("actors/envoy_nouns.txt"):
        return None  # envoys act abroad: "the envoys first met in Moscow" are not Russia's
    while head.dep_ == "pobj" and head.head.lower_ == "of" and _is_quantity(head.head.head):
        head = head.head.head  # "hundreds of thousands of people blocked streets in X"
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head  # "was detained in Baku by the security service"
    elif head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
    elif head.dep_ == "dobj" and "CVL" in m.roles:
        verb = head.head  # "killing tens of thousands of people" in the place it happens
    else:
        return None
    # only "in X" places the actor ("arrested them in Baku"), also when the parse hangs it
    # on the verb's object ("blocked streets in Hong Kong")
    # (for a government, not an envoy or a mission of no named state: "the government could
    # downgrade the embassy in Tel Aviv" acts on its own mission abroad; a host still acts
    # where "Belarus's ambassador in Vilnius" serves, and protesters who storm "the embassy
    # in Tehran" are still where it is)
    envoys = read_words("actors/envoy_nouns.txt") if "GOV" in m.roles else frozenset()
    carriers = [verb] + [c for c in verb.children if c.dep_ == "dobj" and not (
        {c.lemma_.lower(), c.lower_} & envoys and not _named_owner(state, c))]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "waged war in X, killing ..."
        carriers += [verb.head] + [c for c in verb.head.children if c.dep_ == "dobj"]
    # "broke into the embassy in Quito", "gathered outside the consulate in Lyon": the place
    # of the building the act is done at
    carriers += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in PLACE_OF_ACT_PREPS
                 for o in p.children if o.dep_ == "pobj"]
    for carrier in carriers:
        for prep in carrier.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "across", "throughout"):
                for obj in prep.children:
                    found = _state_at(state, obj) if obj.dep_ == "pobj" else None
                    if found is not None and found.kind not in ("state", "place"):
                        # "would call in China's ambassador": an envoy, a body or a person
                        # is no place the actor acts in
                        found = None
                    if found is None and obj.dep_ == "pobj" and obj.lower_ in read_words(
                            "actors/area_nouns.txt"):  # "in Nigeria's northeast"
                        found = _possessing_state(state, obj) or _placed_by(state, obj)
                    if found is not None:
                        return found
    return None


def _relative_antecedent_state(state: CodingState, whose: Token) -> ActorMention | None:
    """"Niger, whose military government revoked the accord": "whose" names the state the
    relative clause hangs on, not the document's other party."""
    cur = whose.head
    for _ in range(4):
        if cur.dep_ == "relcl":
            return _state_at(state, cur.head)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _named_owner(state: CodingState, token: Token) -> bool:
    """The mention at `token` names its own state ("Belarus's ambassador")."""
    found = state.mention_at(token)
    return found is not None and bool(found.country)


def _possessing_state(state: CodingState, token: Token) -> ActorMention | None:
    """The state named as the possessor of `token` ("Nigeria's northeast")."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return _state_at(state, owner) if owner is not None else None


def _speakers_own(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"French lawmakers say the government could ...", "commentators in Chisinau believe
    the government will ...": people who speak of "the government" without a country mean
    their own, so the subject of the clause's reporting verb (or the place it is in)
    gives the country."""
    doc = state.doc
    if not 0 <= m.head < len(doc):
        return None
    head = doc[m.head]
    if head.dep_ not in SUBJECT_DEPS or head.head.dep_ != "ccomp":
        return None
    speaker = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    found = _state_at(state, speaker) or _placed_by(state, speaker)
    if found is None:
        found = next((o for o in state.mentions if o.token_start <= speaker.i < o.token_end
                      and o.country and o.kind != "pronoun"), None)
    return found if found is not None and found.country else None


def _officials_court(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"The constitutional court suspended Prime Minister X": a court or parliament that
    acts on a state's own officials is that state's (foreign courts do not suspend prime
    ministers; foreign nationals, by contrast, are often arrested abroad)."""
    doc = state.doc
    if not {"JUD", "LEG"} & set(m.roles) or not 0 <= m.head < len(doc):
        return None
    head = doc[m.head]
    if head.dep_ != "nsubj":
        return None
    for obj in head.head.children:
        if obj.dep_ != "dobj":
            continue
        other = next((o for o in state.mentions if o.token_start <= obj.i < o.token_end), None)
        if other is not None and other.country and "GOV" in other.roles:
            return other
    return None


# Words that make another office of a title ("Vice President" is not "the President").
TITLE_QUALIFIERS = frozenset({"vice", "deputy", "former", "ex", "acting", "first", "prime",
                              "assistant", "under", "interim"})


def _title_words(text: str) -> list[str]:
    return [w for w in text.lower().replace("-", " ").split() if w != "the"]


def _holds_title(person: ActorMention, title: list[str]) -> bool:
    """The person was named with this very title ("President Recep Tayyip Erdogan" for
    "the President"), not a longer office that ends with it ("Vice President ...")."""
    words = _title_words(person.text)
    for i in range(len(words) - len(title) + 1):
        if words[i:i + len(title)] == title:
            return i == 0 or words[i - 1] not in TITLE_QUALIFIERS
    return False


def _same_title(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"The President did not criticise Athens": a bare title with no country is the person
    the document last named with that title (or named again since by name alone), not the
    nearest official of any office."""
    if m.kind != "agent" or m.name is not None:
        return None
    title = _title_words(m.text)
    if not 1 <= len(title) <= 3:
        return None
    titled = {p.name: p for p in state.mentions
              if p.kind == "person" and p.name and p.country and not p.inferred
              and p.token_start < m.token_start and _holds_title(p, title)}
    if not titled:
        return None
    last = max((p for p in state.mentions if p.kind == "person" and p.name in titled
                and p.token_start < m.token_start), key=lambda p: p.token_start)
    return last if last.country == titled[last.name].country else titled[last.name]


def _same_body(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"The MID of Ukraine summoned the ambassador ... In the statement the MID demanded":
    a bare body with no country (its head word and role alone: "the MID", "the ministry";
    head words in actors/body_nouns.txt) is the body of the same head word and role the
    document last named with its state, not the document's own state (in first-person
    copy) or the last state named."""
    doc = state.doc
    if m.kind != "agent" or m.name is not None or not 0 <= m.head < len(doc):
        return None
    head = doc[m.head].lemma_.lower()
    if head not in read_words("actors/body_nouns.txt"):
        return None
    earlier = [o for o in state.mentions
               if o.kind == "agent" and o.country and not o.inferred and o.roles == m.roles
               and o.token_start < m.token_start and 0 <= o.head < len(doc)
               and doc[o.head].lemma_.lower() == head]
    return max(earlier, key=lambda o: o.token_start) if earlier else None


MISSION_WINDOW = 80  # tokens, about two sentences


def _envoys_mission(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"Prague summoned the Chinese ambassador ..., and the embassy dismissed the accusation":
    a countryless mission is that of the envoy or mission of a state named last before it,
    within about two sentences, not of the state that acts on the envoy."""
    text = " ".join(_title_words(m.text))
    if m.kind != "agent" or text not in read_words("actors/mission_nouns.txt"):
        return None
    envoys = read_words("actors/envoy_nouns.txt")
    doc = state.doc
    earlier = [p for p in state.mentions
               if p.country and not p.inferred and p is not m
               and m.token_start - MISSION_WINDOW <= p.token_start < m.token_start
               and 0 <= p.head < len(doc) and doc[p.head].lower_ in envoys]
    return max(earlier, key=lambda p: p.token_start) if earlier else None


def _envoys_own_mission(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"Jennifer Lynn Lalonde, consul at Canada's consulate-general in Shanghai": an envoy
    whose own phrase names a state's mission is that state's (not the city's it is posted
    in)."""
    doc = state.doc
    if not 0 <= m.head < len(doc) or not _titled_envoy(m):
        return None
    phrase = {t.i for t in doc[m.head].subtree}
    missions = read_words("actors/mission_nouns.txt")
    return next((o for o in state.mentions
                 if o is not m and o.country and not o.inferred and is_state_level(o)
                 and o.head in phrase and o.token_start >= m.token_end
                 and " ".join(_title_words(doc[o.head].text)) in missions), None)


def _envoys_acted_on(state: CodingState, m: ActorMention) -> list[ActorMention]:
    """Foreign envoys of the role's sentence that a host acts on in an agentless passive
    ("Iran's chargé d'affaires was summoned to the foreign ministry and handed a protest
    note, the ministry said"): a government role told beside them is the host's, not theirs.
    Only for government roles (the envoy's own embassy may speak of it: _envoys_mission)."""
    doc = state.doc
    text = " ".join(_title_words(m.text))
    if "GOV" not in m.roles or text in read_words("actors/mission_nouns.txt"):
        return []
    if not 0 <= m.head < len(doc):
        return []
    sent = doc[m.head].sent
    envoys = read_words("actors/envoy_nouns.txt")
    acts = read_words("actors/envoy_acts.txt")
    found = []
    for e in state.mentions:
        if e is m or not e.country or e.inferred or not 0 <= e.head < len(doc):
            continue
        head = doc[e.head]
        if not sent.start <= head.i < sent.end or head.dep_ != "nsubjpass":
            continue
        if not any(t.lower_ in envoys for t in doc[e.token_start:e.token_end]):
            continue
        verbs = [head.head] + [c for c in head.head.children if c.dep_ == "conj"]
        if any(v.lemma_.lower() in acts and child_of(v, "agent") is None for v in verbs):
            found.append(e)
    return found


def _envoys_host(state: CodingState, m: ActorMention) -> ActorMention | None:
    """"Iran's chargé d'affaires in Baghdad was summoned, the ministry said": the host state
    is where the envoy is posted."""
    doc = state.doc
    for e in _envoys_acted_on(state, m):
        for token in doc[e.head].subtree:
            where = child_of(token, "pobj") if token.lower_ == "in" else None
            place = _state_at(state, where) if where is not None else None
            if place is not None and place.country != e.country:
                return place
    return None


def _governing_verb(token: Token) -> Token | None:
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _acts_on(doc, prev: ActorMention, m: ActorMention) -> bool:
    """`prev` is the subject of the verb whose object phrase holds `m`: "the Baltic
    republics closed entry for the interior minister" - a role the actor acts on is not
    its own (a state's own officials would be "its interior minister")."""
    if not (0 <= prev.head < len(doc) and 0 <= m.head < len(doc)):
        return False
    if prev.roles and "GOV" not in prev.roles:
        return False  # courts and police act on their own state's people
    subject = doc[prev.head]
    if subject.dep_ not in ("nsubj", "nsubjpass") or doc[m.head].dep_ in SUBJECT_DEPS:
        return False
    verb = _governing_verb(doc[m.head])
    # "summoned the ambassador ... and accused the minister": conjoined verbs share it;
    # "stopped short of expelling the ambassador", "refrained from summoning the envoy": a
    # subjectless prepositional complement acts for the verb it completes (unless that verb
    # has an object, who is then the one acting: "accused Russia of killing civilians")
    while verb is not None and verb.dep_ in ("conj", "pcomp") and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        if verb.dep_ == "conj":
            verb = verb.head
            continue
        governor = _governing_verb(verb)
        if governor is None or any(c.dep_ in ("dobj", "dative") for c in governor.children):
            break
        verb = governor
    return (verb is not None and verb.i == subject.head.i
            and verb.lemma_.lower() not in read_words("own_force_verbs.txt"))
QUANTITY_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen",
                            "dozens", "million", "millions", "group", "crowd", "number",
                            "some", "many", "most", "scores"})


def _is_quantity(tok: Token) -> bool:
    return tok.pos_ == "NUM" or tok.lower_ in QUANTITY_WORDS


def role_refers_to(roles: list[str], m: ActorMention) -> bool:
    """Whether a countryless role word can refer back to `m`: an actor with the same role
    ("the broadcaster": media), or, for a government ("the minister", "the ministry"), a
    bare state, which names its government as well ("Belgrade could ..., the minister")."""
    if not roles:
        return False
    return bool(set(roles) & set(m.roles)) or (
        "GOV" in roles and not m.roles and m.kind == "state")


def _head_word(doc, m: ActorMention) -> str:
    return doc[m.head].lower_ if 0 <= m.head < len(doc) else ""


def _earlier_actor(state: CodingState, m: ActorMention,
                   avoid: frozenset[str] = frozenset()) -> ActorMention | None:
    doc = state.doc
    window_start = max(0, m.token_start - 120)
    best: tuple[int, ...] | None = None
    chosen: ActorMention | None = None
    for prev in state.mentions:
        if prev.token_start >= m.token_start or prev.token_start < window_start:
            continue
        if prev.country in avoid:
            continue
        if not is_state_level(prev) or _acts_on(doc, prev, m):
            continue
        same_role = role_refers_to(m.roles, prev)
        if ("CVL" in prev.roles or "BUS" in prev.roles) and not same_role:
            # a nationality's people, or a company (which works abroad), say little about
            # whose "government" or "police" it is
            continue
        head = doc[prev.head] if 0 <= prev.head < len(doc) else None
        subject = head is not None and head.dep_ in SUBJECT_DEPS
        # "Pakistan's foreign ministry ... India had ... The ministry also accused": the
        # same term named before wins over a bare state that could also be meant
        same_term = same_role and _head_word(doc, m) in prev.text.lower().split()
        score = (1 if same_term else 0, 1 if same_role else 0, 1 if subject else 0,
                 prev.token_start)
        if best is None or score > best:
            best, chosen = score, prev
    return chosen


def _sentence_actor(state: CodingState, m: ActorMention) -> ActorMention | None:
    """A later state or officeholder of the same sentence ("Police clashed with supporters
    of President Mugabe"), when the sentence names just one country: with two the context
    is ambiguous and the agent stays without a country. Foreign nationals ("two Russian
    citizens") do not count: they are often where the act takes place, not whose it is."""
    if not set(m.roles) & LOCAL_ROLES or not 0 <= m.head < len(state.doc):
        return None
    sent = state.doc[m.head].sent
    found = {o.country: o for o in state.mentions
             if sent.start <= o.token_start < sent.end and o.token_start > m.token_start
             and is_state_level(o) and (o.kind in ("state", "person") or "GOV" in o.roles)}
    return next(iter(found.values())) if len(found) == 1 else None
