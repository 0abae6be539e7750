"""Right dyad, wrong root, from error analysis in session 20 (brief codes22), each rule shown
by sentences of its own in several phrasings (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Beijing promised not to attack Taiwan.", ("CHN", "TWN"), id="promised_not"),
    pytest.param("The Russian president pledged never to use force against Georgia.",
                 ("RUS", "GEO"), id="pledged_never_force"),
    pytest.param("Kinshasa has vowed not to invade Rwanda.", ("COD", "RWA"), id="vowed_not"),
    pytest.param("Pakistan undertook not to strike Indian territory, the minister said.",
                 ("PAK", "IND"), id="undertook_not_strike"),
    pytest.param("Ethiopia has sworn never to attack Eritrea again.", ("ETH", "ERI"),
                 id="sworn_never"),
])
def test_forswearing_force_is_an_intent_to_deescalate(coder, text: str,
                                                      pair: tuple[str, str]) -> None:
    # a promise not to attack announces de-escalation (0356), it threatens nothing (138)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, "0356") in found
    assert not any(code[:2] == "13" for _, _, code in found)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("India and Pakistan agreed not to attack each other's nuclear facilities.",
                 ("IND", "PAK"), id="agreed_not_attack"),
    pytest.param("Armenia and Azerbaijan agreed on Friday not to use force against each other.",
                 ("ARM", "AZE"), id="agreed_not_force"),
    pytest.param("Thailand and Cambodia had agreed never to shell each other's border villages "
                 "again.", ("THA", "KHM"), id="agreed_never_shell"),
    pytest.param("After Qatari mediation, Washington and Caracas agreed not to target each "
                 "other's vessels.", ("USA", "VEN"), id="mediated_agreed_not_target"),
    pytest.param("Somalia agreed with Ethiopia not to attack each other's troops.",
                 ("SOM", "ETH"), id="agreed_with_not_attack"),
])
def test_two_parties_agreeing_not_to_attack_each_other_declare_a_truce(
        coder, text: str, pair: tuple[str, str]) -> None:
    # a mutual undertaking not to attack is a truce (0871) both ways, not a bare agreement (057)
    a, b = pair
    found = pairs(coder, text, "2025-11-20")
    assert (a, b, "0871") in found and (b, a, "0871") in found
    assert not any(code == "057" for _, _, code in found)


@pytest.mark.parametrize(("text", "pair", "code"), [
    pytest.param("Britain agreed to pay Ireland 300 million pounds over three years for border "
                 "patrols.", ("GBR", "IRL"), "0331", id="agreed_pounds"),
    pytest.param("The United States has agreed to pay Costa Rica about $4 million to house the "
                 "migrants.", ("USA", "CRI"), "0331", id="agreed_dollars"),
    pytest.param("Japan pledged to pay Ukraine $4.5 billion in budget support.", ("JPN", "UKR"),
                 "0331", id="pledged_billion"),
    pytest.param("Germany promised to pay Namibia 1.1 billion euros in development aid.",
                 ("DEU", "NAM"), "0331", id="promised_euros"),
    pytest.param("Germany will pay Poland 200 million euros for the reconstruction of the "
                 "bridge.", ("DEU", "POL"), "071", id="will_pay"),
])
def test_a_sum_promised_to_another_state_is_economic_aid(coder, text: str,
                                                         pair: tuple[str, str],
                                                         code: str) -> None:
    # agreeing to pay a state a sum is an intent to give it economic aid (0331), not a bare
    # intent to cooperate (030)
    source, target = pair
    assert (source, target, code) in pairs(coder, text, "2025-11-20")


@pytest.mark.parametrize("text", [
    pytest.param("India paid Russia $2 billion for oil last year.", id="price_paid"),
    pytest.param("Beijing has paid Moscow about 5 billion yuan for the gas.", id="has_paid"),
])
def test_a_price_paid_is_no_aid(coder, text: str) -> None:
    assert not any(code.startswith("07") or code.startswith("033")
                   for _, _, code in pairs(coder, text, "2025-11-20"))


@pytest.mark.parametrize("text", [
    pytest.param("The arbitration court ordered Ecuador to pay Chevron's partner Peru 90 million "
                 "dollars in damages.", id="court_ordered"),
    pytest.param("A tribunal in The Hague ordered Russia to pay Ukraine 50 million euros.",
                 id="tribunal_ordered"),
])
def test_a_sum_ordered_paid_is_no_aid(coder, text: str) -> None:
    # an order to pay is a penalty or a ruling, not economic aid promised (071, 0331)
    assert not any(code.startswith("07") or code.startswith("033")
                   for _, _, code in pairs(coder, text, "2025-11-20"))


@pytest.mark.parametrize(("text", "pair", "code"), [
    pytest.param("Seoul and Tokyo agreed to launch a dialogue on export controls.",
                 ("KOR", "JPN"), "036", id="agreed_launch_dialogue"),
    pytest.param("The two foreign ministers agreed on Friday to keep up dialogue at all levels, "
                 "Indonesia and Malaysia said.", ("IDN", "MYS"), "036", id="keep_up_dialogue"),
    pytest.param("Kenya and Somalia have agreed to open talks on the maritime border.",
                 ("KEN", "SOM"), "036", id="agreed_open_talks"),
    pytest.param("Turkey pledged to launch talks with Greece on the Aegean.", ("TUR", "GRC"),
                 "036", id="pledged_launch_talks"),
    pytest.param("The European Union urged Belgrade to open a dialogue with Pristina.",
                 ("IGO", "SRB"), "026", id="urged_open_dialogue"),
])
def test_a_light_verb_passes_on_its_event_noun_to_an_agreement(
        coder, text: str, pair: tuple[str, str], code: str) -> None:
    # "agreed to launch a dialogue" announces talks (036), as "agreed to hold talks" does; no
    # bare agreement (057) nor bare intent (030)
    source, target = pair
    found = pairs(coder, text, "2025-11-20")
    assert (source, target, code) in found
    assert not any(s == source and c in ("057", "030", "020") for s, _, c in found)
