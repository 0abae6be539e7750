"""Review of session 22's merged rules (helper review22): near-miss sentences of our own on
which a new rule fired far wider than its comment says, each with the sense that must stay.

- lexicon25's compare row (111 with any target) also coded a plain measuring of one party's
  thing beside the same thing of another ("compared China's growth with India's") as a
  criticism: a like-for-like comparison likens nothing (triggers.tsv flag likening).
- codes24's list row (085 for "*trusted|*whitelist|*friendly") also took "restored friendly
  relations" (054) and "added a friendly visit" for easing sanctions: it needs a list
  (triggers.tsv flag onlist); and a state taken off such a list was still coded as eased
  (085, the blacklist row): it loses the eased curbs (163).
- codes24's bare designation (163) took a participle clause after the object ("designated
  three firms, saying they helped Moscow") for a naming of it, and the designation fell back
  to an accusation (112): a clause of reasons names nothing (extract.bare_object).
- reported24's author aside ("it should be noted that ...": asserted) also silenced a teller
  of the aside itself ("Kenyan officials said it should be noted that ...", "..., an official
  told reporters"): that teller still makes the act reported (modality.telling_verb)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs

DAY = "2025-11-20"


def roots(coder, text: str) -> set[tuple[str, str, str]]:
    return {(s[:3], t[:3], c) for s, t, c in pairs(coder, text, DAY)}


# Near misses the rules coded: (text, code that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("The IMF report compared China's growth with India's.", "111",
                 id="elided_possessive"),
    pytest.param("Kenya compared its growth with that of Uganda.", "111", id="that_of"),
    pytest.param("The World Bank compared Brazil's inflation to Argentina's.", "111",
                 id="compared_to"),
    pytest.param("Kenya compared Uganda's tax rate with the Rwandan rate.", "111",
                 id="same_noun"),
    pytest.param("Kenya restored friendly relations with Uganda.", "085",
                 id="restored_friendly_relations"),
    pytest.param("China added a friendly visit by Pakistan's premier to its calendar.", "085",
                 id="friendly_visit_added"),
    pytest.param("The US designated the Chinese firms as partners, citing their help.", "163",
                 id="designated_as_with_reasons"),
    pytest.param("Russia removed Serbia from its list of friendly countries.", "085",
                 id="friendly_list_removal_eases_nothing"),
])
def test_near_miss_is_not_coded(coder, text: str, code: str) -> None:
    got = roots(coder, text)
    assert not any(c == code for _, _, c in got), got


def test_friendly_ties_restored_are_restored_ties(coder) -> None:
    got = roots(coder, "Kenya restored friendly relations with Uganda.")
    assert ("KEN", "UGA", "054") in got, got


# What the rules are for still codes: (text, (source, target, code)).
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Erdogan compared Netanyahu to Hitler.", ("TUR", "ISR", "111"),
                 id="party_to_tyrant"),
    pytest.param("Poland's president compared Russia's campaign in Ukraine with the crimes of "
                 "a colonial empire.", ("POL", "RUS", "111"), id="act_to_something_else"),
    pytest.param("Russia put Serbia on its list of friendly countries.", ("RUS", "SRB", "085"),
                 id="put_on_list_of_friendly"),
    pytest.param("Serbia was put on Russia's list of friendly countries.",
                 ("RUS", "SRB", "085"), id="passive_put_on_list"),
    pytest.param("Japan added Australia to its whitelist.", ("JPN", "AUS", "085"),
                 id="added_to_whitelist"),
    pytest.param("Russia removed Serbia from its list of friendly countries.",
                 ("RUS", "SRB", "163"), id="removed_from_friendly_list"),
    pytest.param("Japan took South Korea off its whitelist.", ("JPN", "KOR", "163"),
                 id="taken_off_whitelist"),
    pytest.param("Washington removed Cuba from its blacklist.", ("USA", "CUB", "085"),
                 id="removed_from_blacklist_still_eases"),
    pytest.param("Washington designated three Chinese firms, saying they helped Russia.",
                 ("USA", "CHN", "163"), id="designated_saying_why"),
    pytest.param("The US designated Iran's central bank, accusing it of financing Hezbollah.",
                 ("USA", "IRN", "163"), id="designated_accusing"),
])
def test_rule_still_codes(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in roots(coder, text), roots(coder, text)


def modalities(coder, text: str) -> dict[str, str]:
    """The trigger -> modality of each record of the text."""
    return {r["trigger"]: r["modality"] for r in coded(coder, text, DAY)}


@pytest.mark.parametrize(("text", "modality"), [
    pytest.param("Kenyan officials said it should be noted that Uganda expelled the Kenyan "
                 "envoy.", "reported", id="aside_told_by_officials"),
    pytest.param("It must be stressed that Uganda expelled the Kenyan envoy, a Kenyan official "
                 "told reporters.", "reported", id="aside_with_trailing_teller"),
    pytest.param("It should be noted that Uganda expelled the Kenyan envoy.", "asserted",
                 id="authors_own_aside"),
])
def test_an_aside_told_by_someone_is_theirs(coder, text: str, modality: str) -> None:
    assert modalities(coder, text).get("expelled") == modality, modalities(coder, text)
