"""Rules found by error analysis in session 13, each shown by sentences of its own (none is
a development-set sentence)."""

from __future__ import annotations

from test_generalise_s8 import pairs


def test_a_warning_names_the_threatened_party_in_its_clause(coder) -> None:
    # the document's main pair is another one: the party threatened comes from the clause
    found = pairs(coder, "Ghana recalled its ambassador from Togo on Monday.\n\n"
                         "Nigeria sent food aid to Niger on Tuesday.\n\n"
                         "Morocco warned that Algeria would pay a heavy price if it armed the "
                         "rebels.", "2025-11-20")
    assert ("MAR", "DZA", "130") in found
