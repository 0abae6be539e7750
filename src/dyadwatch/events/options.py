"""Options kept open: a party declining to rule out a hostile act threatens it.

"The Algerian president refused to rule out military force against Morocco", "Spain did not
rule out further measures against Argentina", "China has never excluded the use of force":
keeping an option open is a threat (CAMEO 13x) with it, made by saying so (asserted, though
the verb is negated). The threat's code comes from the option's words
(data/open_options.tsv). A verb kept open ("did not rule out expelling the envoy") is left
to the act's own coding, as a possibility (ground.modality's "not_governor" cues).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from dyadwatch.events.extract import Site
from dyadwatch.events.lexicon import TriggerEntry
from dyadwatch.ground.modality import NEGATION_IS_ACT
from dyadwatch.tables import read_tsv

# "rule out" and "exclude", said with a negation or under a refusal
RULING_OUT = frozenset({("rule", "out"), ("exclude", None)})
REFUSING = frozenset({"refuse", "decline"})


@cache
def option_codes() -> dict[str, str]:
    return {row["word"]: row["cameo"] for row in read_tsv("open_options.tsv")}


def kept_open(verb: Token) -> Token | None:
    """The option (the direct object) a negated or refused "rule out" / "exclude" keeps
    open; None otherwise."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if (verb.lemma_.lower(), particle) not in RULING_OUT:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
    option = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not (negated or refused) or option is None or option.pos_ != "NOUN":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return None  # "refused to exclude the delegation from the talks": no option
    return option


def threat_code(option: Token) -> str:
    codes = option_codes()
    words = {w.lemma_.lower() for w in option.subtree}
    return next((code for word, code in codes.items() if word in words), "130")


def open_option_sites(sent: Span, sites: dict[int, Site]) -> None:
    """Add a threat site for each option kept open in the sentence; the refusal that
    keeps it open ("refused to rule out") is the threat itself, no rejection."""
    for verb in sent:
        option = kept_open(verb)
        if option is None:
            continue
        code = threat_code(option)
        entry = TriggerEntry(lemma=verb.lemma_.lower(), pos="VERB", cameo=code, particle=None,
                             objects=(), object_words=(), flags=frozenset({"speech"}))
        sites[verb.i] = Site(verb, entry, code, flags={NEGATION_IS_ACT})
        refusal = sites.get(verb.head.i) if verb.dep_ == "xcomp" else None
        if refusal is not None:
            refusal.suppressed = True
