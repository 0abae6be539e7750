"""The state of the place a material act was done to, when the act names no party as target.

"Israeli jets hit the port of Hodeidah", "the Guards fired missiles at bases near Koya and
Sulaimani", "troops seized a tanker off Fujairah", "paratroopers were deployed to Almaty": a
strike, shelling, raid, seizure or deployment whose object or place phrase names a town is
done to the state that town is in. The actor stage knows capitals and some cities as parties;
this rule also uses the location stage's gazetteer (countries and cities of over 15,000
people), so smaller or less reported towns count too. A place in the acting party's own
country names no target ("Russian police raided a flat in Kazan"), and neither does a place
reached through the actor ("troops from Tabriz"), a person's name, a date ("in March") or a
sea or strait. A name the gazetteer does not know, told as a place ("villages near Sidakan",
"the port of Hodeidah"), is the ground of the document's other main party when the sentence
names no other state (see `infer_missing`). Only a single actor's act: "A and B clashed near
X" is mutual and names no third party.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.ground.location import gazetteer
from dyadwatch.nlp.repair import date_word
from dyadwatch.pipeline import ActorMention, CodingState
from dyadwatch.tables import read_words

# Material conflict: force posture (15), coercion (17), assault (18), fight (19), mass
# violence (20), and peacekeeping deployments and withdrawals (074, 0874).
STRUCK_ROOTS = ("15", "17", "18", "19", "20")
DEPLOY_CODES = ("074", "0874")
# "at bases near Koya", "strikes on Hodeidah", "flew troops into X", "a tanker off Fujairah"
# (not "over": "clashed over Russia" is a topic)
STRUCK_PREPS = frozenset({"at", "on", "near", "in", "into", "across", "inside",
                          "outside", "around", "off", "against", "to", "onto", "upon",
                          "throughout", "within"})
# What links the place to the act: objects, prepositions, "the port of X", "X's airport",
# "a Kinmen tourist boat", "Koya, Erbil and Sulaimani"
PATH_DEPS = frozenset({"pobj", "prep", "dobj", "conj", "compound", "poss", "appos",
                       "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})  # the act's own object (passive subject)
# An unknown name is a place only where nothing else can stand: "near Sidakan", "the port
# of Hodeidah" (not "on Hamas", "against Wagner", "in Operation Sindoor")
PLACE_ONLY_PREPS = frozenset({"near", "outside", "around", "into", "off", "across"})
# (the nouns that make a name a place, and the words of waters, are data files:
# struck_place_nouns.txt, water_words.txt)


def struck_place_act(code: str) -> bool:
    return code.startswith(STRUCK_ROOTS) or code in DEPLOY_CODES


def _reached(place: Token, act: Token) -> bool:
    """The place hangs on the act through its object or a place preposition (with "of" and
    possessives inside a noun phrase: "the port of Hodeidah", "Hodeidah's airport")."""
    cur, via = place, False
    while cur.i != act.i:
        if cur.head.i == cur.i or cur.dep_ not in PATH_DEPS:
            return False
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
            return False  # "fired rockets ... and rehearsed strikes in drills around X"
        if cur.dep_ == "prep":
            if cur.lower_ in STRUCK_PREPS:
                via = True
            elif cur.lower_ != "of":
                return False
        if cur.dep_ in OBJECT_DEPS:
            if cur.head.i != act.i:
                return False
            via = True
        cur = cur.head
    return via


def _name_heads(act: Token) -> list[Token]:
    """Proper nouns under the act that end a name ("Hodeidah", not "Hassan" of "Hassan
    Nasrallah"), in text order; not seas and straits, no state's ground ("rockets into the
    East China Sea", "near Second Thomas Shoal")."""
    return [t for t in act.subtree
            if t.i != act.i and t.pos_ == "PROPN" and t.text[:1].isupper()
            and not (t.dep_ == "compound" and t.head.pos_ == "PROPN") and not date_word(t)
            and t.lower_ not in read_words("water_words.txt")]


def _names(tok: Token) -> list[str]:
    """"Hodeidah"; "Ras Isa" whole, never its first word alone; "the Kursk region" -> "Kursk
    region", "Kursk" (the compound of a common noun)."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
             and c.pos_ == "PROPN"]
    if tok.head.pos_ == "NOUN" and tok.dep_ == "compound":
        return [tok.doc[tok.i:tok.head.i + 1].text, tok.text]
    return [tok.doc[parts[0].i:tok.i + 1].text] if parts else [tok.text]


def _told_as_place(name: Token) -> bool:
    """An unknown name told as a place: the object of "near", "in", "at" ... or "the port
    of X", "X's airport", "villages of X"."""
    if name.dep_ == "pobj" and name.head.lower_ in PLACE_ONLY_PREPS:
        return True
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        return name.head.head.lemma_.lower() in read_words("struck_place_nouns.txt")
    return name.dep_ == "poss" and name.head.lemma_.lower() in read_words(
        "struck_place_nouns.txt")


def struck_place(state: CodingState, act: Token,
                 own: set) -> tuple[ActorMention | None, bool]:
    """The state of the first place the act was done to, unless it is the actor's own; and
    whether a place the gazetteer does not know was named instead ("villages near
    Sidakan": the caller may then take the document's other main party)."""
    gaz = gazetteer()
    unknown = False
    for name in _name_heads(act):
        if not _reached(name, act):
            continue
        mention = state.mention_at(name)
        if mention is not None:
            if mention.kind not in ("state", "place") or not mention.country:
                continue  # a person, a group: not a place
            country = mention.country
        else:
            place = next((p for v in _names(name)
                          if (p := gaz.lookup(v, set())) is not None), None)
            if place is None or not place.country:
                unknown = unknown or _told_as_place(name)
                continue
            country = place.country
        if country in own:
            return None, False  # a place in the actor's own country names no other party
        return ActorMention(code=country, country=country, roles=[], text=name.text,
                            start_char=name.idx, end_char=name.idx + len(name.text),
                            token_start=name.i, token_end=name.i + 1, head=name.i,
                            kind="state", confidence=0.7), False
    return None, unknown


def names_other_state(state: CodingState, act: Token, own: set) -> bool:
    """The act's sentence names a party of a country other than the actor's."""
    sent = act.sent
    return any(m.country and m.country not in own
               and sent.start <= m.token_start < sent.end for m in state.mentions)
