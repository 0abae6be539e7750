"""Actor rules of session 15 (actors18), each shown by sentences of its own (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

# Sentences between an act and a verdict on it, more than three sentences long
FILLER = ("Markets in the region were calm on the day, and the currency held steady against "
          "the dollar as investors waited for more details of the new trade measures. "
          "Fuel prices have risen by a fifth since the spring, and the harvest is expected to "
          "be poor after months of drought in the south and floods in the north of the region. "
          "Tourism, which employs one worker in ten, has been slow to recover from the "
          "pandemic, and hotel bookings for the summer are still below their level of 2019. "
          "Economists expect growth of about two percent this year, less than the central "
          "bank forecast in January, with unemployment close to eleven percent. ")


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    pytest.param("Iran fired a ballistic missile over Iraq on Monday. " + FILLER
                 + "Hours later, Saudi fighter jets staged a bombing drill near the border. "
                 "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the launch as "
                 "reckless.", ("IRQ", "IRN", "111"), ("IRQ", "SAU", "111"),
                 id="launch_told_further_back_with_fired"),
    pytest.param("British warplanes struck rebel bases in Yemen on Friday. " + FILLER
                 + "On Saturday, Omani police arrested two Yemeni smugglers near the "
                 "border. The Egyptian foreign ministry condemned the strikes in a statement.",
                 ("EGY", "GBR", "111"), ("EGY", "OMN", "111"),
                 id="strikes_told_further_back_with_struck"),
    pytest.param("Mali expelled the Swedish ambassador on Tuesday. " + FILLER
                 + "The next day, Senegalese troops detained a Gambian fisherman "
                 "on the river. Sweden's foreign minister denounced the expulsion as "
                 "unjustified.",
                 ("SWE", "MLI", "111"), ("SWE", "SEN", "111"),
                 id="expulsion_told_further_back_with_expelled"),
])
def test_a_verdict_on_an_act_aims_at_who_did_it_told_further_back(coder, text, wanted,
                                                                   unwanted) -> None:
    found = pairs(coder, text, "2025-03-14")
    assert wanted in found
    assert unwanted not in found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Foreign Minister Iwaya Takeshi visited Seoul on Monday for talks on the "
                 "disputed islands.", ("JPN", "KOR", "042"), id="japanese_title_surname_first"),
    pytest.param("Orbán Viktor criticised the European Commission on Friday over the frozen "
                 "funds.", ("HUN", "IGO", "111"), id="hungarian_untitled_surname_first"),
    pytest.param("Ishiba Shigeru condemned North Korea's missile launch on Tuesday.",
                 ("JPN", "PRK", "111"), id="japanese_untitled_surname_first"),
    pytest.param("Defence Minister Nakatani Gen met Philippine officials in Manila on Sunday.",
                 ("JPN", "PHL", "040"), id="two_short_names_surname_first"),
])
def test_a_name_written_surname_first_is_the_same_officeholder(coder, text, wanted) -> None:
    assert wanted in pairs(coder, text, "2025-03-14")


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Kataib Hezbollah fired rockets at a U.S. base in eastern Syria on Sunday.",
                 ("IRQ", "USA", "194"), id="kataib_hezbollah"),
    pytest.param("Kata'ib Hezbollah threatened to attack American forces if the strikes "
                 "continued.", ("IRQ", "USA", "138"), id="kataib_hezbollah_apostrophe"),
])
def test_iraqi_armed_factions_are_iraqi_rebels(coder, text, wanted) -> None:
    found = pairs(coder, text, "2024-02-01")
    assert wanted in found
    assert not any(s == "LBN" for s, _, _ in found)


def test_the_islamic_resistance_in_iraq_is_an_armed_group(coder) -> None:
    from coding_helpers import coded, codes
    recs = coded(coder, "The Islamic Resistance in Iraq said it had launched drones at "
                 "Israel's Eilat port.", "2024-02-01")
    assert any(codes(r["source"]) == ["IRQREB"] for r in recs)


def test_iraqi_faction_as_a_target_is_an_armed_group(coder) -> None:
    from coding_helpers import coded, codes
    recs = coded(coder, "Washington imposed sanctions on Asaib Ahl al-Haq and its leader last "
                 "year.", "2024-02-01")
    assert any(codes(r["target"]) == ["IRQREB"] for r in recs)


@pytest.mark.parametrize(("text", "source", "target"), [
    pytest.param("The Minister of the Interior of France, Gerald Darmanin, criticised the "
                 "Italian government on Thursday.", "FRACOP", "ITAGOV",
                 id="minister_of_the_interior_of_country"),
    pytest.param("Germany's Minister of the Interior, Nancy Faeser, ordered the expulsion of "
                 "two Russian diplomats.", "DEUCOP", "RUSGOV", id="possessive_minister_of_the"),
    pytest.param("The Ministry of Public Security of China detained two Japanese citizens in "
                 "Shanghai.", "CHNCOP", "JPNCVL", id="ministry_of_public_security"),
    pytest.param("South Africa's Minister of Home Affairs, Leon Schreiber, deported forty "
                 "Zimbabweans on Monday.", "ZAFCOP", "ZWECVL", id="minister_of_home_affairs"),
    pytest.param("The Minister for Foreign Affairs of Ireland criticised Israel on Tuesday.",
                 "IRLGOV", "ISR", id="minister_for_foreign_affairs"),
])
def test_ministers_in_the_of_order_keep_their_office(coder, text, source, target) -> None:
    from coding_helpers import coded, codes
    recs = coded(coder, text, "2024-03-14")
    assert any(codes(r["source"]) == [source] and codes(r["target"]) == [target]
               for r in recs)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Lithuania accused Belarus of pushing migrants across the border on Sunday. "
                 "Its foreign ministry summoned Ambassador Aleksandr Kozlov the next day to hand "
                 "him a protest note.", ("LTU", "BLR", "114"), id="possessed_ministry"),
    pytest.param("Ghana accused Togo of shooting two fishermen on Lake Volta. The "
                 "ministry said it had summoned Ambassador Koffi Adjavon on Tuesday.",
                 ("GHA", "TGO", "114"), id="pronoun_subject"),
    pytest.param("Romania's president criticised Hungary's new citizenship law on Monday. The "
                 "foreign ministry summoned Ambassador Zsolt Kovacs to explain the law.",
                 ("ROU", "HUN", "114"), id="countryless_ministry"),
])
def test_an_envoy_a_state_acts_on_is_foreign_even_when_the_state_is_unnamed(coder, text,
                                                                          wanted) -> None:
    assert wanted in pairs(coder, text, "2024-03-14")


@pytest.mark.parametrize("text", [
    pytest.param("Niger's foreign ministry summoned Ambassador Halima Ali Musa of Nigeria on "
                 "Monday over the border closure.", id="ambassador"),
    pytest.param("Sudan expelled Ambassador Ibrahim Ali Moussa of Chad on Friday, accusing him "
                 "of arming rebels.", id="ambassador_expelled"),
])
def test_a_titled_name_is_not_a_shorter_namesakes(coder, text) -> None:
    # dropping the first word of a name to find a known person is a guess: "Halima Ali Musa"
    # is not Oman's Ali Bin Muhammad Bin Musa
    from coding_helpers import coded
    for r in coded(coder, text, "2024-03-14"):
        for side in (r["source"], r["target"]):
            for actor in side if isinstance(side, list) else [side] if side else []:
                assert actor["name"] != "Ali Bin Muhammad Bin Musa"


@pytest.mark.parametrize(("text", "target"), [
    pytest.param("Belarus accused Poland of spying on Sunday. The foreign ministry said it had "
                 "expelled Anna Kowalska, a diplomat at Poland's embassy in Minsk.", "POLGOV",
                 id="diplomat_at_embassy"),
    pytest.param("China protested to Canada on Monday. The ministry said it had declared Paul "
                 "Tremblay, consul at Canada's consulate in Shanghai, persona non grata.",
                 "CANGOV", id="consul_at_consulate_in_city"),
])
def test_an_envoy_of_a_named_mission_is_its_states(coder, text, target) -> None:
    from coding_helpers import coded, codes
    recs = coded(coder, text, "2024-03-14")
    assert any(r["cameo"].startswith("16") and codes(r["target"]) == [target] for r in recs)
