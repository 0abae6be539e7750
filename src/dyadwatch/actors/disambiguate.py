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
    whole phrase ("Congo"), its first word or two ("Congolese troops", "the North's
    foreign ministry"), not a longer name
    ("Democratic Republic of Congo", "South Korean")."""
    table = ambiguous_names()
    words = m.text.lower().replace("'s", "").split()
    if not words:
        return None
    return table.get(" ".join(words)) or table.get(words[0]) or table.get(" ".join(words[:2]))


def settle_ambiguous(mentions: list[ActorMention]) -> list[ActorMention]:
    """Each ambiguous mention recoded to the one candidate the document's other mentions
    name without ambiguity; unchanged when none or several are named, or dropped when the
    name is an actor only once settled ("-" among its candidates)."""
    named = {m.country for m in mentions if m.country and _candidates(m) is None}
    out = []
    for m in mentions:
        candidates = _candidates(m)
        settled = (candidates & named) if candidates and m.country in candidates else set()
        if candidates and NO_ACTOR in candidates and (len(settled) != 1 or not _capitalised(m)):
            continue
        if len(settled) == 1 and m.country not in settled:
            country = next(iter(settled))
            m = replace(m, country=country, code=country + m.code[len(m.country or ""):])
        out.append(m)
    return out


NO_ACTOR = "-"


def _capitalised(m: ActorMention) -> bool:
    words = [w for w in m.text.split() if w.lower() != "the"]
    return bool(words) and words[0][:1].isupper()


def without_dateline(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """The mentions, less those inside a dateline at the start of the text."""
    end = dateline_end(text)
    return [m for m in mentions if not 0 <= m.start_char < end] if end else mentions
