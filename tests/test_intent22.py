"""Session 22, statements of intent (intent22): a statement of intent that names no one it
is made to, in a story of two parties. Each rule is shown by sentences of its own (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides, records_in

STORY = "Chile and Bolivia have argued for decades over access to the Pacific. "


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param(STORY + "Foreign Minister Alberto van Klaveren said on Monday that Chile was "
                 "ready to engage seriously.", ("CHL", "BOL", "03"), id="own_speaker"),
    pytest.param(STORY + "La Paz remains committed to a negotiated solution.",
                 ("BOL", "CHL", "03"), id="no_speaker"),
])
def test_an_intent_of_one_party_is_told_to_the_other(coder, text, wanted) -> None:
    """"Chile's foreign minister said Chile was ready to engage seriously": a party's own word of
    intent, naming no one, is said to the other party of the story's pair."""
    assert wanted in country_sides(coder, text)


@pytest.mark.parametrize("text", [
    pytest.param(STORY + "Analysts said Chile was ready to engage seriously.", id="analysts"),
    pytest.param(STORY + "Foreign Minister Alberto van Klaveren said on Monday that Chile was "
                 "ready to engage seriously only if the court ruled first.", id="conditional"),
    pytest.param(STORY + "Foreign Minister Alberto van Klaveren said on Monday that Chile was "
                 "ready to engage seriously and asked Peru to host the talks.", id="third_party"),
])
def test_an_intent_said_by_others_or_to_others_names_no_addressee(coder, text) -> None:
    """An analyst's reading, a conditional offer, or a sentence that names a third party the
    intent may be told to: nothing says the other party is addressed."""
    assert not any(s == "CHL" and t == "BOL" and root == "03"
                   for s, t, root in country_sides(coder, text))


def test_an_inferred_intent_twin_of_a_named_one_is_dropped(coder) -> None:
    """"Bolivia remains committed to a solution and is ready to talk with Chile": the intent
    with no addressee adds nothing to the one that names Chile."""
    found = [r for r in records_in(coder, STORY + "Bolivia's foreign ministry said Bolivia "
                                   "remains committed to a negotiated solution and that it is "
                                   "ready to resume dialogue with Chile.", "solution")
             if r["cameo"].startswith("03")]
    assert len(found) == 1


def test_a_word_after_an_infinitives_to_with_an_object_is_a_verb(coder) -> None:
    """"the Houthis are to free Saudi prisoners": the model reads "free" after "are to" as an
    adjective; with a direct object it is the verb, and the release is coded (future)."""
    found = country_sides(coder, "Saudi Arabia and Yemen's Houthi movement have fought since "
                                 "2015. Under the deal, the Houthis are to free Saudi "
                                 "prisoners next week.")
    assert ("YEM", "SAU", "08") in found


def test_an_adjective_after_be_with_no_object_stays_an_adjective(coder) -> None:
    """"The Houthis are free to leave the talks": "free" has no object; nothing is released."""
    found = country_sides(coder, "Saudi Arabia and Yemen's Houthi movement have fought since "
                                 "2015. The Houthis are free to leave the talks.")
    assert not any(root == "08" for _, _, root in found)
