"""Non-asserted events found (issue 5, modality target; session 21 nonasserted23 helper): an
act not told as done ("did not close its crossings", "could also close its border", "will
suspend its flights"), by a state outside the document's main dyad, with no party named on
the other side, is done to the target of the latest act of its kind told before by others
(a third state doing, or not, what the story's act did). Acts of the dyad's own parties keep
the rule of nonasserted20 (the other party of the dyad). Each is tested on sentences of its
own (other countries and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_nonasserted22 import last_sentence

# Each row: the article, then the (cameo root, source, target, modality) one record of the
# last sentence must have.
FOUND = {
    "a neighbour that did not close its crossings": (
        "Hungary closed its border with Serbia on Friday after a surge of migrants. Budapest "
        "accused Belgrade of doing nothing to stop them. Serbia rejected the accusation. "
        "Romania did not close its crossings.",
        ("16", "ROU", "SRB", "negated")),
    "a neighbour that could also close its border": (
        "Norway closed its border with Russia on Monday after drones were seen near its "
        "bases. Oslo accused Moscow of spying. Russia denied it. Officials in Helsinki said "
        "Finland could also close its border.",
        ("16", "FIN", "RUS", "hypothetical")),
    "a third state that will suspend its flights": (
        "Kenya suspended flights to Somalia on Tuesday after a row over a maritime border. "
        "Nairobi accused Mogadishu of provocations. Somalia rejected the claims. Uganda will "
        "also suspend its flights next week, a minister said.",
        ("16", "UGA", "SOM", "future")),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_third_state_measure_takes_the_target_of_its_kind(coder, name: str) -> None:
    text, want = FOUND[name]
    assert want in last_sentence(coded(coder, text), text)


@pytest.mark.parametrize("text", [
    # no act of its kind told before: whose crossings they are stays unknown
    "Hungary accused Serbia on Friday of doing nothing to stop migrants. Serbia rejected the "
    "accusation. Romania did not close its crossings.",
    # told as done: a third state's act with no party named stays unaddressed (taking it
    # up for acts told as done brought more false records than true ones)
    "Hungary closed its border with Serbia on Friday after a surge of migrants. Budapest "
    "accused Belgrade of doing nothing to stop them. Serbia rejected the accusation. "
    "Romania closed its crossings on Saturday.",
    # the act of its kind told before is the third state's own business with the dyad
    "Romania closed its border with Serbia on Friday. Hungary accused Serbia of doing "
    "nothing to stop migrants. Serbia rejected the accusation. Romania did not close its "
    "airports.",
])
def test_third_state_measure_not_taken_up(coder, text: str) -> None:
    got = last_sentence(coded(coder, text), text)
    assert not any(g[0] == "16" and g[1] == "ROU" for g in got), got
