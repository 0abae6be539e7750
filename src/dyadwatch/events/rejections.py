"""Rejections told by a negated acceptance.

"Peru will never accept the Chilean proposal", "Vilnius would not accept such pressure",
"the government did not accept the offer": saying that one does not or will not accept
what another party proposes, demands or offers rejects it (CAMEO 12x, refined by what is not
accepted: a demand gives 124, a proposal 120), and the rejection is made now (asserted),
where the negated acceptance alone would be no event. "Has not yet accepted the offer" is
still open, no rejection.
"""

from __future__ import annotations

from dyadwatch.events.extract import Site
from dyadwatch.events.lexicon import Lexicon
from dyadwatch.ground.modality import NEGATION_IS_ACT

ACCEPTING = frozenset({"accept"})
# What another party puts forward: a proposal or deal (03x), an invitation (036), a demand
# (08x), mediation (045). Not one's own responsibility (015) or refugees (075).
PUT_FORWARD = ("03", "08", "045")
STILL_OPEN = frozenset({"yet"})  # "has not yet accepted": pending, not refused
REJECT_ROOT = "12"


def settle_negated_acceptances(sites: dict[int, Site], lexicon: Lexicon) -> None:
    """Recode each negated acceptance site as the rejection it tells."""
    for site in sites.values():
        verb = site.token
        if (site.suppressed or verb.lemma_.lower() not in ACCEPTING
                or not site.code.startswith(PUT_FORWARD)):
            continue
        adverbs = {c.lower_ for c in verb.children if c.dep_ in ("neg", "advmod")}
        if not any(c.dep_ == "neg" for c in verb.children) or adverbs & STILL_OPEN:
            continue
        site.code = lexicon.refined(REJECT_ROOT, site.code)
        site.flags.add(NEGATION_IS_ACT)
