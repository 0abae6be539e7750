"""The PLOVER type and mode of a coded event.

The CAMEO -> PLOVER table gives one type per CAMEO code; the PLOVER manual's category text
splits a few codes by how the act is reported (a promised cooperative act is AGREE, an
agreement agreed to rather than signed is AGREE). Those readings are rows of
data/plover_refine.tsv, applied here on top of the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dyadwatch.tables import plover_for, read_tsv

ANY = "*"


@dataclass(frozen=True)
class Refinement:
    from_type: str
    triggers: frozenset[str]  # empty: any trigger
    modality: str  # "*": any modality
    to_type: str

    def fits(self, ptype: str | None, trigger_lemma: str, modality: str) -> bool:
        return (ptype == self.from_type
                and (not self.triggers or trigger_lemma in self.triggers)
                and self.modality in (ANY, modality))


@cache
def refinements() -> tuple[Refinement, ...]:
    rows = []
    for r in read_tsv("plover_refine.tsv"):
        words = r["triggers"].strip()
        rows.append(Refinement(
            from_type=r["from_type"].strip(),
            triggers=frozenset() if words == ANY else frozenset(words.split("|")),
            modality=r["modality"].strip() or ANY,
            to_type=r["to_type"].strip(),
        ))
    return tuple(rows)


def plover_of(cameo_code: str, trigger_lemma: str, modality: str
              ) -> tuple[str | None, str | None]:
    """PLOVER (type, mode) of an event with this CAMEO code, trigger lemma and modality."""
    ptype, pmode = plover_for(cameo_code)
    lemma = trigger_lemma.lower()
    for rule in refinements():
        if rule.fits(ptype, lemma, modality):
            return rule.to_type, None
    return ptype, pmode
