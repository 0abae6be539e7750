"""People not resolved as actors (session 24 helper "people24").

A hyphenated dual nationality ("the Dutch-Moroccan journalist") names two countries; when
the sentence's other parties name one of them, the person is the other side of the pair
(actors/disambiguate.py dual_nationals). A titled person without a nationality joined by
"and" to a foreign person as the doers of a joint act ("signed by Kenyan Trade Minister X
and Deputy Secretary Y") belongs to the other party of the document's main pair
(actors/context.py _joint_counterpart). A role owned by a countryless body ("the court's
president") takes that body's own resolution (actors/context.py _possessor). Sentences of
their own."""

from __future__ import annotations

from coding_helpers import coded, dyads


def _pairs(coder, text: str, trigger: str) -> set[tuple]:
    return {(cameo, src, tgt) for cameo, src, tgt, _ in
            dyads([r for r in coded(coder, text) if r["trigger"] == trigger])}


def test_dual_national_is_the_side_the_sentence_does_not_name(coder):
    text = ("Moroccan King Mohammed VI pardoned the Dutch-Moroccan journalist Karim Bennani "
            "on Friday.")
    pairs = _pairs(coder, text, "pardoned")
    assert any(tgt and tgt[0].startswith("NLD") for _, _, tgt in pairs)


def test_pair_of_nationalities_both_named_elsewhere_stays(coder):
    # both countries of the pair act in the sentence: nothing is narrowed
    text = ("Russia and Japan resumed the Russian-Japanese dialogue on fisheries on Monday "
            "after a pause of two years.")
    recs = coded(coder, text)
    assert not any(src and tgt and src[0][:3] == tgt[0][:3]
                   for _, src, tgt, _ in dyads(recs))


def test_titled_partner_of_a_foreign_signatory_is_the_other_party(coder):
    text = ("Kenya and Tanzania agreed on Monday to reopen the border post. The deal was "
            "signed in Arusha on Tuesday by Kenyan Trade Minister Moses Kiptoo and Foreign "
            "Minister Amina Juma.")
    recs = [r for r in coded(coder, text) if r["trigger"] == "signed"]
    sides = {c for _, src, _, _ in dyads(recs) for c in src}
    assert "KENGOV" in sides and any(c.startswith("TZA") for c in sides)


def test_partner_of_a_one_sided_act_is_no_counterpart(coder):
    # "criticised" is no joint act: the minister is not made the other party
    text = ("Kenya and Tanzania agreed on Monday to reopen the border post. Kenyan Trade "
            "Minister Moses Kiptoo and Foreign Minister Amina Juma criticised Uganda over "
            "the new tariffs.")
    recs = [r for r in coded(coder, text) if r["trigger"] == "criticised"]
    assert recs
    assert not any(c.startswith("TZA") for _, src, _, _ in dyads(recs) for c in src)


def test_role_of_a_countryless_owner_takes_the_owners_resolution(coder):
    # "the court's president": the court, resolved in its own right, is the speaker's body
    text = ("The International Court of Justice ruled on Ukraine's case against Russia on "
            "Wednesday. Reading the order, the court's president criticised Russia for "
            "ignoring earlier rulings.")
    pairs = _pairs(coder, text, "criticised")
    assert ("111", ("IGOUNO",), ("RUS",)) in pairs


def test_owner_resolution_keeps_the_actors_own_side(coder):
    # the owner ("the army") is the officials' own side: they stay Sudan's, not the envoys'
    text = ("Sudan accused Chad of arming the rebels. Officials of the army's intelligence "
            "branch met Chadian envoys in Khartoum on Tuesday.")
    recs = [r for r in coded(coder, text) if r["trigger"] == "met"]
    sides = {c for _, src, _, _ in dyads(recs) for c in src}
    assert "SDNGOV" in sides
