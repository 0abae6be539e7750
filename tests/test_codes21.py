"""Right trigger, wrong CAMEO code, from error analysis in session 19 (brief codes21), each
rule shown by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded
from test_generalise_s8 import pairs


def country(actor) -> str:
    actor = actor[0] if isinstance(actor, list) and actor else actor
    return ((actor or {}).get("code") or "")[:3]

# a first sentence whose main pair leaves the critic out, so that only the appeal conjoined
# with the criticism names whom it is aimed at
SCENE = ("Armenia and Azerbaijan traded fire along their border on Monday, and Armenian "
         "officials said two soldiers were wounded. ")


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The German foreign minister on Tuesday condemned the use of force and called "
                 "on Baku to halt the operation.", ("DEU", "AZE"), id="condemned_called_on"),
    pytest.param("The Italian foreign ministry on Wednesday expressed deep concern over the "
                 "shelling and called Baku to respect the ceasefire.", ("ITA", "AZE"),
                 id="concern_called_translated"),
    pytest.param("Canada denounced the offensive and urged Azerbaijan to withdraw its forces.",
                 ("CAN", "AZE"), id="denounced_urged"),
    pytest.param("Spain voiced concern about the shelling and asked Baku to return to the "
                 "negotiations.", ("ESP", "AZE"), id="voiced_concern_asked"),
    pytest.param("Japan deplored the missile launches and called on Pyongyang to return to "
                 "talks.", ("JPN", "PRK"), id="deplored_called_on"),
    pytest.param("The Dutch government criticised the strikes and demanded that Baku pull its "
                 "troops back.", ("NLD", "AZE"), id="criticised_demanded"),
])
def test_a_criticism_conjoined_with_an_appeal_is_aimed_at_its_addressee(
        coder, text: str, pair: tuple[str, str]) -> None:
    # the criticism names only an act; the appeal told with it names the party (111 and the
    # appeal, both)
    source, target = pair
    found = pairs(coder, SCENE + text, "2025-11-20")
    assert (source, target, "111") in found
    assert any(s == source and t == target and code[:2] in ("02", "10")
               for s, t, code in found)


@pytest.mark.parametrize(("text", "pair", "code", "modality"), [
    pytest.param("Analysts said the European Union could offer to lift the sanctions on Belarus.",
                 ("IGO", "BLR"), "085", "hypothetical", id="could_offer_to_lift"),
    pytest.param("Beijing might agree to lift its ban on Japanese seafood imports.",
                 ("CHN", "JPN"), "085", "hypothetical", id="might_agree_to_lift"),
    pytest.param("Moscow could agree to release the two Estonian citizens.", ("RUS", "EST"),
                 "084", "hypothetical", id="could_agree_to_release"),
    pytest.param("India was not willing to resume military cooperation with the Maldives.",
                 ("IND", "MDV"), "06", "negated", id="not_willing_to_resume"),
    pytest.param("Ottawa has so far not offered to lift the surtax on Chinese electric "
                 "vehicles.", ("CAN", "CHN"), "085", "negated", id="not_offered_surtax"),
    pytest.param("Brussels did not agree to scrap the surcharge on Chinese steel.",
                 ("IGO", "CHN"), "085", "negated", id="not_agreed_surcharge"),
])
def test_an_offer_not_made_or_supposed_tells_the_act_itself(
        coder, text: str, pair: tuple[str, str], code: str, modality: str) -> None:
    # "has not offered to lift", "could offer to ease": no intent is announced (03x); the
    # easing itself is told, as not done or only supposed
    source, target = pair
    recs = coded(coder, text, "2025-11-20")
    found = {(country(r["source"]), country(r["target"]), r["cameo"], r["modality"])
             for r in recs}
    assert any(s == source and t == target and c.startswith(code) and m == modality
               for s, t, c, m in found), found
    assert not any(c.startswith("03") for _, _, c, _ in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The Maldives has asked India to pull its military personnel out of the "
                 "archipelago by March 15.", ("MDV", "IND"), id="asked_pull_out_of_own"),
    pytest.param("Senegal has asked France to close its military bases in the country.",
                 ("SEN", "FRA"), id="asked_close_bases"),
    pytest.param("Niger's junta asked the United States to withdraw its troops from Niger.",
                 ("NER", "USA"), id="asked_withdraw_from_own"),
    pytest.param("Iraq's government requested that Turkey pull its forces out of Iraqi "
                 "territory.", ("IRQ", "TUR"), id="requested_that_pull_out"),
    pytest.param("Mali's military rulers asked Paris to vacate its bases by the end of the year.",
                 ("MLI", "FRA"), id="asked_vacate_bases"),
])
def test_asking_a_state_off_ones_own_soil_demands_withdrawal(
        coder, text: str, pair: tuple[str, str]) -> None:
    # a state asking another to take its forces or bases off its own soil demands a
    # withdrawal (106), whatever the verb of asking
    source, target = pair
    assert (source, target, "106") in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The European Union urged Minsk to withdraw its forces from the border.",
                 ("IGO", "BLR"), id="pullback_from_border"),
    pytest.param("Germany urged Russia to withdraw its troops from Ukraine.", ("DEU", "RUS"),
                 id="withdrawal_from_third_state"),
])
def test_a_pullback_elsewhere_stays_an_appeal(coder, text: str, pair: tuple[str, str]) -> None:
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert any(s == source and t == target and c.startswith("02") for s, t, c in found)
    assert (source, target, "106") not in found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("China's embassy said it hoped Ottawa would correct its wrong practices and "
                 "remove the restrictions.", ("CHN", "CAN"), id="hoped_correct_and_remove"),
    pytest.param("Beijing said it hoped Washington would stop its erroneous actions and lift "
                 "the sanctions on Chinese firms.", ("CHN", "USA"), id="hoped_stop_and_lift"),
    pytest.param("Moscow hoped that Tallinn would abandon its hostile course and release the "
                 "Russian diplomats.", ("RUS", "EST"), id="hoped_abandon_and_release"),
])
def test_a_hope_for_a_conjoined_act_appeals_for_it(coder, text: str,
                                                   pair: tuple[str, str]) -> None:
    # the hoped-for act the lexicon knows is the second of two conjoined verbs: the hope
    # appeals for it (02x), and the blame words of the first verb's object make no criticism
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert any(s == source and t == target and c.startswith("02") for s, t, c in found)
    assert (source, target, "111") not in found


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Honduras agreed to accept deportation flights from the United States.",
                 ("HND", "USA"), id="accept_deportation_flights"),
    pytest.param("Ecuador agreed on Friday to take back migrants deported from the United "
                 "States.", ("ECU", "USA"), id="take_back_deported_migrants"),
    pytest.param("Pakistan agreed to readmit its nationals deported from Germany.",
                 ("PAK", "DEU"), id="readmit_deported_nationals"),
    pytest.param("Mexico has agreed to receive deported migrants of other nationalities from "
                 "the United States.", ("MEX", "USA"), id="receive_deported_migrants"),
])
def test_agreeing_to_take_back_deportees_gives_in(coder, text: str,
                                                  pair: tuple[str, str]) -> None:
    # a state agreeing to receive the people another deports accedes to its demand (0832),
    # it announces no cooperation (030) and hosts no visit (036)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "0832") in found
    assert not any(c.startswith("03") for s, _, c in found if s == source)


def test_offering_to_take_in_deportees_stays_an_offer(coder) -> None:
    found = pairs(coder, "El Salvador offered to take in deportees from the United States.",
                  "2025-11-20")
    assert ("SLV", "USA", "030") in found
