"""Acts told once and taken up again: "The two sides agreed to exchange prisoners. The
exchange is to take place in the coming days." The second sentence states the exchange
itself (not yet done); its parties are those of the act the noun refers back to."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dyadwatch.events.extract import Site, child
from dyadwatch.nlp.tokens import has_referring_determiner
from dyadwatch.pipeline import ActorMention
from dyadwatch.tables import read_tsv


@dataclass
class Remembered:
    """An act in a complement ("agreed to exchange"), with the parties of its clause."""

    lemma: str
    site: Site
    source: list[ActorMention]
    target: list[ActorMention]


@cache
def happening_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in read_tsv("happening_verbs.tsv"))


def remember(kept: dict[int, Site]) -> list[Remembered]:
    """Acts kept intents and agreements are about: what a later "the X" may mean."""
    return [Remembered(site.promised.token.lemma_.lower(), site.promised,
                       list(site.source), list(site.target))
            for site in kept.values() if site.promised is not None and site.source]


def happening(tok: Token, verbs: frozenset[str]) -> bool:
    """"take place", "go ahead", "happen": the verb says only that its subject occurs."""
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "dobj", "advmod")
                     and c.i == tok.i + 1), "")
    return lemma in verbs or f"{lemma} {particle}" in verbs


def recalled_site(sent: Span, memory: list[Remembered], verbs: frozenset[str]) -> Site | None:
    """"The exchange is to take place": the remembered act, triggered by the verb that says
    it happens (whose auxiliaries and governors give its modality)."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not happening(tok, verbs):
            continue
        subj = child(tok, "nsubj")
        if subj is None and tok.dep_ == "xcomp":  # "is to take place", "is due to happen"
            subj = child(tok.head, "nsubj")
        if subj is None or not has_referring_determiner(subj):
            continue
        for act in reversed(memory):
            if act.lemma == subj.lemma_.lower():
                return Site(tok, act.site.entry, act.site.code, source=list(act.source),
                            target=list(act.target), flags={"recalled"})
    return None
