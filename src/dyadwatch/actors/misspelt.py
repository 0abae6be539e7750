"""Country names misspelt by one letter ("Ethopia", "Afganistan", "Quatar", "Phillippines").

Wire copy and translations misspell state names; a capitalised word the dictionaries do not
know that is one keystroke away from a one-word country name, adjective or demonym is read
as that form. Short words are left alone (a one-letter change turns "Mali" into a name), and
so are words the dictionaries know in any sense; the first letter must match (it is compared
against the forms that share it, which keeps the check cheap).
"""

from __future__ import annotations

from rapidfuzz import fuzz, process
from spacy.tokens import Token

from dyadwatch.actors.lexicon import ActorLexicon, Entry

MIN_LENGTH = 6  # "Quatar": shorter words are too close to names
MIN_SCORE = 90.0  # normalised Indel similarity: one letter in a word of six to eleven
FORMS = frozenset({"name", "alias", "adjective", "demonym"})


_BUILT: dict[int, tuple[ActorLexicon, dict[str, list[Entry]], dict[str, list[str]]]] = {}


def country_words(lexicon: ActorLexicon) -> tuple[dict[str, list[Entry]], dict[str, list[str]]]:
    """One-word country forms, lower-cased, with their entries, and the forms by first
    letter (a misspelling keeps the first letter: "Ethopia", "Quatar"); built once per
    lexicon."""
    built = _BUILT.get(id(lexicon))
    if built is not None and built[0] is lexicon:
        return built[1], built[2]
    out: dict[str, list[Entry]] = {}
    for key, entries in lexicon.lower.items():
        if len(key) != 1 or len(key[0]) < MIN_LENGTH - 1:
            continue
        kept = [e for e in entries if e.kind == "country" and e.form in FORMS]
        if kept and len(kept) == len(entries):  # a word with other senses is no country
            out[key[0]] = kept
    by_letter: dict[str, list[str]] = {}
    for word in out:
        by_letter.setdefault(word[0], []).append(word)
    _BUILT[id(lexicon)] = (lexicon, out, by_letter)
    return out, by_letter


def misspelt_country(token: Token, lexicon: ActorLexicon) -> list[Entry]:
    """The entries of the country form a capitalised unknown word misspells; [] if none."""
    word = token.text
    if (not word[:1].isupper() or len(word) < MIN_LENGTH or not word.isalpha()
            or token.pos_ != "PROPN" or lexicon.lookup((word,))):
        return []
    words, by_letter = country_words(lexicon)
    lower = word.lower()
    choices = by_letter.get(lower[0])
    if not choices:
        return []
    hit = process.extractOne(lower, choices, scorer=fuzz.ratio, score_cutoff=MIN_SCORE)
    if not hit or surname_in_document(token):
        return []
    return list(words[hit[0]])


# Capitalised words before a place that name part of it, not a person ("Northern Ethopia",
# "Central Afganistan"): no given name
REGION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "upper", "lower", "greater", "rural",
})


def surname_in_document(token: Token) -> bool:
    """The word is somebody's surname somewhere in the document: it follows a capitalised
    given name there ("Vjosa Osmani" is Kosovo's president, not a misspelt "Omani"), so it
    is a name in every sentence ("Osmani said"). A region word is no given name ("Northern
    Ethopia")."""
    doc = token.doc
    return any(t.text == token.text and t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
               and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].head.i == t.i
               and doc[t.i - 1].is_title and doc[t.i - 1].lower_ not in REGION_WORDS
               for t in doc)
