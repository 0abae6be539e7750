"""Document-level checks on actor mentions: names that stand for more than one state
("Congo") take the reading the document settles elsewhere (data/actors/ambiguous_names.tsv);
a wire dateline ("ATHENS, Nov 15 (Reuters) -") names where the story was filed, no actor."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from dyadwatch.pipeline import ActorMention
from dyadwatch.read.text import dateline_end
from dyadwatch.tables import read_tsv


@cache
def ambiguous_names() -> dict[str, frozenset[str]]:
    return {row["phrase"]: frozenset(row["candidates"].split("|"))
            for row in read_tsv("actors/ambiguous_names.tsv")}


def _candidates(m: ActorMention) -> frozenset[str] | None:
    """The states a mention may stand for when it is written with an ambiguous name: the
    whole phrase ("Congo") or its first word ("Congolese troops"), not a longer name
    ("Democratic Republic of Congo", "South Korean")."""
    table = ambiguous_names()
    words = m.text.lower().replace("'s", "").split()
    if not words:
        return None
    return table.get(" ".join(words)) or table.get(words[0])


def settle_ambiguous(mentions: list[ActorMention]) -> list[ActorMention]:
    """Each ambiguous mention recoded to the one candidate the document's other mentions
    name without ambiguity; unchanged when none or several are named."""
    named = {m.country for m in mentions if m.country and _candidates(m) is None}
    out = []
    for m in mentions:
        candidates = _candidates(m)
        settled = (candidates & named) if candidates and m.country in candidates else set()
        if len(settled) == 1 and m.country not in settled:
            country = next(iter(settled))
            m = replace(m, country=country, code=country + m.code[len(m.country or ""):])
        out.append(m)
    return out


def without_dateline(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """The mentions, less those inside a dateline at the start of the text."""
    end = dateline_end(text)
    return [m for m in mentions if not 0 <= m.start_char < end] if end else mentions
