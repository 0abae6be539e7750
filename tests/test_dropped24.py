"""Events dropped late (session 24 helper "dropped24"): a plain statement with no coded
content and no addressee is dropped unless it says something of its own. One that defends
the speaker's side's own conduct as lawful or harmless ("said the drills were purely
defensive", "said the court had acted in strict accordance with the law", "said the remarks
did not reflect the government's position") rejects the charge the other party of the main
dyad made (016, data/denial_phrases.txt). Sentences of their own."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


@pytest.mark.parametrize(("text", "source", "target"), [
    # "purely defensive"
    ("Poland closed its border with Belarus on Thursday over the military exercises. "
     "Belarus's defence ministry said the manoeuvres were purely defensive.", "BLRGOV", "POL"),
    # "in strict accordance with"
    ("Japan protested to China over the detention of a Japanese engineer in Shanghai. A "
     "Chinese foreign ministry spokesman said the authorities had acted in strict accordance "
     "with the law.", "CHNGOV", "JPN"),
    # "in line with international law"
    ("Australia accused China of an unsafe intercept of its patrol aircraft. China's defence "
     "ministry said its pilots had always acted in line with international law.",
     "CHNGOV", "AUS"),
    # "did not reflect the"
    ("Kazakhstan summoned Ukraine's ambassador over his remarks on Tuesday. Ukraine's foreign "
     "ministry said the ambassador's words did not reflect the position of the government.",
     "UKRGOV", "KAZ"),
])
def test_statement_defending_own_conduct_rejects_the_charge(coder, text, source, target):
    said = [r for r in coded(coder, text) if r["trigger"] == "said"]
    assert any(cameo == "016" and source in src and any(t.startswith(target) for t in tgt)
               for cameo, src, tgt, _ in dyads(said))


def test_promise_to_follow_the_law_is_no_rejection(coder):
    # a plain "in accordance with the law" of what is yet to be done is an assurance
    text = ("Japan protested to China over the detention of a Japanese engineer in Shanghai. "
            "A Chinese foreign ministry spokesman said the case would be handled in "
            "accordance with the law.")
    assert not any(r["cameo"] == "016" for r in coded(coder, text))


# A plain statement with no coded content and no addressee that tells relations with a
# party named in a "with" phrase are getting better is an optimistic comment on that party
# (013, data/warming_phrases.txt); it was dropped as a bare "said".
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Japanese Prime Minister Fumio Kishida said ties with Seoul were improving.",
     "JPNGOV", "KOR"),
    ("Egyptian President Abdel Fattah al-Sisi told reporters that Cairo was now closer to an "
     "agreement with Ankara.", "EGYGOV", "TUR"),
])
def test_statement_that_relations_are_warming_is_optimism(coder, text, source, target):
    assert any(cameo == "013" and source in src and any(t.startswith(target) for t in tgt)
               for cameo, src, tgt, _ in dyads(coded(coder, text)))


def test_relations_not_warming_is_no_optimism(coder):
    text = "Japanese Prime Minister Fumio Kishida said ties with Seoul were not improving."
    assert not any(r["cameo"] == "013" for r in coded(coder, text))
