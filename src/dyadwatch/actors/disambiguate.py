"""Document-level checks on actor mentions: names that stand for more than one state
("Congo") take the reading the document settles elsewhere (data/actors/ambiguous_names.tsv);
a wire dateline ("ATHENS, Nov 15 (Reuters) -") names where the story was filed, no actor;
nor does an organisation or state that only dates or places a gathering ("met on the sidelines
of a BRICS summit in Kazan")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from dyadwatch.actors.lexicon import capitalised
from dyadwatch.pipeline import ActorMention
from dyadwatch.read.text import dateline_end
from dyadwatch.tables import read_tsv, read_words


@cache
def ambiguous_names() -> dict[str, frozenset[str]]:
    return {row["phrase"]: frozenset(row["candidates"].split("|"))
            for row in read_tsv("actors/ambiguous_names.tsv")}


def _candidates(m: ActorMention) -> frozenset[str] | None:
    """The states a mention may stand for when it is written with an ambiguous name: the
    whole phrase ("Congo"), its first word or two ("Congolese troops", "the North's
    foreign ministry"), the name that places an agent ("officials of the BIS"), not a
    longer name ("Democratic Republic of Congo", "South Korean")."""
    return _ambiguity(m)[0]


def _ambiguity(m: ActorMention) -> tuple[frozenset[str] | None, list[str]]:
    """The candidates of a mention's ambiguous name and the words of that name."""
    table = ambiguous_names()
    words = m.text.replace("'s", "").split()
    low = [w.lower() for w in words]
    if not words:
        return None, words
    for n in (len(low), 1, 2):
        if found := table.get(" ".join(low[:n])):
            return found, words
    if m.kind != "agent":  # a state's longer name ("the Republic of the Congo")
        return None, words
    return _placing_name(table, words, low)


PLACING_LINKS = ("of", "at", "for")


def _placing_name(table: dict[str, frozenset[str]], words: list[str],
                  low: list[str]) -> tuple[frozenset[str] | None, list[str]]:
    """An agent placed by an ambiguous name after "of", "at" or "for" ("officials of the
    BIS", "researchers at MIT"): the name's candidates and words."""
    links = [i for i, w in enumerate(low[1:-1], start=1) if w in PLACING_LINKS]
    if not links:
        return None, words
    name = words[links[-1] + 1:]
    for rest in (name, name[1:] if name[0].lower() == "the" else []):
        if rest and (found := table.get(" ".join(w.lower() for w in rest))):
            return found, rest
    return None, words


def settle_ambiguous(mentions: list[ActorMention]) -> list[ActorMention]:
    """Each ambiguous mention recoded to the one candidate the document's other mentions
    name without ambiguity; unchanged when none or several are named, or dropped when the
    name is an actor only once settled ("-" among its candidates)."""
    named = {m.country for m in mentions if m.country and _candidates(m) is None}
    out = []
    for m in mentions:
        candidates, name = _ambiguity(m)
        if candidates and m.country not in candidates:
            candidates = None  # read as another name ("the Congress of New Caledonia")
        settled = (candidates & named) if candidates and m.country in candidates else set()
        if candidates and NO_ACTOR in candidates and (
                len(settled) != 1 or not capitalised(tuple(name))):
            continue
        if len(settled) == 1 and m.country not in settled:
            country = next(iter(settled))
            kind = "state" if m.kind == "igo" and not country.startswith("IGO") else m.kind
            m = replace(m, country=country, code=country + m.code[len(m.country or ""):],
                        kind=kind)  # "Brussels" in a story about Belgium, not the EU
        out.append(m)
    return out


NO_ACTOR = "-"


def in_dateline(m: ActorMention, end: int) -> bool:
    """The mention lies in the dateline, the text's first `end` characters."""
    return 0 <= m.start_char < end


def without_dateline(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """The mentions, less those inside a dateline at the start of the text."""
    end = dateline_end(text)
    return [m for m in mentions if not in_dateline(m, end)] if end else mentions


def occasion_nouns() -> frozenset[str]:
    return read_words("actors/occasion_nouns.txt")


def _occasion_of(token: Token) -> tuple[Token | None, bool]:
    """The occasion noun `token` only qualifies ("NATO" in "the NATO summit", "BRICS" in "the
    sidelines of BRICS"), and whether it only places it ("Vilnius" in "the summit in
    Vilnius"): a venue never acts, an organisation's summit may."""
    nouns = occasion_nouns()
    if token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in nouns:
        return token.head, False
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        prep, owner = token.head, token.head.head
        if owner.lemma_.lower() in nouns and prep.lower_ in ("of", "in", "at"):
            return owner, prep.lower_ != "of"
    return None, False


# "came to the summit of the CSTO": a gathering one goes to is met, its organisation too
TOWARDS = frozenset({"to", "for", "into"})


def _when_or_where(occasion: Token) -> bool:
    """The gathering only dates or places the clause: the object of a preposition other
    than one of direction ("on the sidelines of", "at the G7 meeting", "during the summit")."""
    return occasion.dep_ == "pobj" and occasion.head.lower_ not in TOWARDS


def without_occasions(mentions: list[ActorMention], doc: Doc) -> list[ActorMention]:
    """The mentions, less those that only name a gathering inside a prepositional phrase
    ("met on the margins of the NATO summit in Vilnius": NATO and Lithuania did not meet)
    and the venues of gatherings. A gathering that acts ("the NATO summit agreed") or that
    someone goes to ("came to the summit of the CSTO") keeps its organisation."""
    kept = []
    for m in mentions:
        head = doc[m.head] if 0 <= m.head < len(doc) and m.kind != "person" else None
        occasion, venue = _occasion_of(head) if head is not None else (None, False)
        if occasion is not None and (venue or _when_or_where(occasion)):
            continue
        kept.append(m)
    return kept


# "the three military-led states", "a government-backed militia": a role noun joined by a
# hyphen to one of these only describes the noun after it, which is the actor.
LED_WORDS = frozenset({"led", "run", "ruled", "backed", "controlled", "dominated", "owned"})


def without_role_modifiers(mentions: list[ActorMention], doc: Doc) -> list[ActorMention]:
    """The mentions, less a bare role ("military", "government") that only forms a hyphened
    modifier ("military-led"); a state's name stays ("Saudi-led": its leader)."""
    kept = []
    for m in mentions:
        end = m.token_end
        if (m.kind == "agent" and end + 1 < len(doc) and doc[end].text == "-"
                and doc[end + 1].lower_ in LED_WORDS and not doc[m.token_start].is_title):
            continue
        kept.append(m)
    return kept


# The office a state's leader holds for a while in a grouping he chairs ("CARICOM chair and
# Barbados Prime Minister Mia Mottley", "AU chairperson and Angolan President Joao Lourenco")
ROTATING_OFFICES = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president",
                              "presidency", "head"})
OFFICE_GAP = 2  # office words between the organisation's name and "and"


def second_hats(mentions: list[ActorMention], doc: Doc) -> list[ActorMention]:
    """The mentions, with an organisation's chair named as the second hat of the person
    right after it recoded as that person: in "Rubio met CARICOM chair and Barbados Prime
    Minister Mia Mottley" one person is met, as the leader of her state. The person must
    follow "and" at once (with "the" or a name of its own the chair is someone else: "the
    AU chair and the Angolan president")."""
    starts = {m.token_start: m for m in mentions}
    out = []
    for m in mentions:
        person = _second_hat(m, doc, starts) if m.kind == "igo" else None
        out.append(m if person is None else replace(
            m, code=person.code, country=person.country, roles=list(person.roles),
            name=person.name, kind=person.kind, confidence=person.confidence))
    return out


def _second_hat(m: ActorMention, doc: Doc, starts: dict[int, ActorMention]
                ) -> ActorMention | None:
    i = m.token_end
    office = doc[m.token_end - 1].lower_ in ROTATING_OFFICES
    while i < len(doc) and i - m.token_end < OFFICE_GAP and doc[i].lower_ in ROTATING_OFFICES:
        office, i = True, i + 1
    if not office or i + 1 >= len(doc) or doc[i].lower_ != "and":
        return None
    person = starts.get(i + 1)
    if person is None or person.kind != "person" or not person.country or \
            person.country.startswith(("IGO", "NGO")):
        return None
    return person


def dual_nationals(mentions: list[ActorMention], doc: Doc) -> list[ActorMention]:
    """The mentions, with a hyphenated dual nationality ("the French-Algerian novelist",
    "a German-Iranian dual national") narrowed to the country the sentence's other parties
    do not name: in "Algeria pardoned the French-Algerian novelist" the pardoned man is the
    French side of the pair. A person phrase the second nationality begins ("Moroccan
    journalist X") keeps its words and role under the first one's country. When the
    sentence names both countries, or neither, elsewhere, both stay."""
    drop: set[int] = set()
    swap: dict[int, ActorMention] = {}
    for first, second in zip(mentions, mentions[1:], strict=False):
        if not _hyphen_pair(first, second, doc):
            continue
        sent = doc[first.token_start].sent
        named = {m.country for m in mentions
                 if m is not first and m is not second and not m.inferred
                 and sent.start <= m.token_start < sent.end}
        pair = [m for m in (first, second) if m.country in named]
        if len(pair) != 1:
            continue
        if pair[0] is first or second.kind == "state":
            drop.add(id(pair[0]))
        else:  # "Dutch-Moroccan journalist X" after Morocco: the Dutch journalist
            drop.add(id(first))
            swap[id(second)] = replace(second, country=first.country,
                                       code=first.country + "".join(second.roles))
    return [swap.get(id(m), m) for m in mentions if id(m) not in drop]


def _hyphen_pair(first: ActorMention, second: ActorMention, doc: Doc) -> bool:
    """A state adjective joined by a bare hyphen to another country's ("French-Algerian"),
    alone or beginning a person's phrase ("Moroccan journalist Karim Bennani")."""
    if first.kind != "state" or second.kind not in ("state", "person") or first.inferred \
            or second.inferred:
        return False
    if first.country == second.country or not first.country or not second.country:
        return False
    if first.country.startswith(("IGO", "NGO")) or second.country.startswith(("IGO", "NGO")):
        return False
    if second.token_start != first.token_end + 1 or first.token_end - first.token_start != 1:
        return False
    hyphen = doc[first.token_end]
    return hyphen.text == "-" and not hyphen.whitespace_ and not doc[first.token_start].whitespace_
