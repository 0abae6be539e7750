"""The weapon an attack uses makes a generic code specific: "missile attack" is 195,
"drones struck" 1952, "shelled with artillery" 194; "hit back with duties" is 163
(data/attack_means.tsv)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadwatch.tables import read_tsv

# Generic codes a weapon can refine, and the codes each may become (no "downgrade": an
# aerial attack with a gun named stays 195).
# A "strike" read as a labour strike (143) that names a weapon ("a drone strike") is an attack.
WEAPON_CODES = frozenset({"193", "194", "195", "1952"})
# "hit back with tariffs": a figurative attack with economic means is a sanction (163).
REFINABLE = {"190": WEAPON_CODES | {"163"}, "143": WEAPON_CODES, "195": frozenset({"1952"})}


@cache
def means_table() -> dict[str, str]:
    return {row["word"]: row["cameo"] for row in read_tsv("attack_means.tsv")}


def _weapon_words(trigger: Token) -> list[Token]:
    """Words that may name the weapon: the trigger's own modifiers, its subject phrase's
    head and modifiers, and the object of "with"/"using"/"by" under it."""
    words = [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")]
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "agent"):
            heads = [child] if child.dep_ != "agent" else [
                g for g in child.children if g.dep_ == "pobj"]
            for head in heads:
                words.append(head)
                words.extend(c for c in head.children if c.dep_ in ("compound", "amod"))
        if child.dep_ == "dobj":  # "launched a missile attack"
            words.extend(c for c in child.children if c.dep_ in ("compound", "amod"))
        if child.dep_ == "prep" and child.lower_ in ("with", "using", "by"):
            words.extend(g for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "advcl" and child.lemma_ == "use":
            words.extend(g for g in child.children if g.dep_ == "dobj")
    return words


def refine_by_means(trigger: Token, code: str) -> str:
    """`code` made specific by the weapon the trigger's phrase names, else `code`."""
    allowed = REFINABLE.get(code)
    if not allowed:
        return code
    table = means_table()
    for word in _weapon_words(trigger):
        for key in (word.lemma_.lower(), word.lower_):
            found = table.get(key)
            if found in allowed:
                return found
    return code
