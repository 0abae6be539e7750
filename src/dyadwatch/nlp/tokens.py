"""Small questions about parsed tokens that several stages ask in the same way."""

from __future__ import annotations

from spacy.tokens import Token

# Determiners that point back to something the text already named: "the decision",
# "this move", "that attack" (never "a", "any", "more").
REFERRING_DETERMINERS = frozenset({"the", "this", "that"})


def has_referring_determiner(noun: Token) -> bool:
    """Whether the noun carries a determiner that refers back ("the visit", "this decision")."""
    return any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in noun.children)
