"""Review of session 22's merged rules (brief review22b): near misses that the rules caught
wider than their comments say, each shown by sentences of our own."""

from __future__ import annotations

from test_generalise_s8 import pairs


def _talks(coder, text: str) -> bool:
    return any(code == "040" for _, _, code in pairs(coder, text, "2025-11-20"))


def test_talks_with_a_date_of_their_own_are_not_an_earlier_meeting(coder) -> None:
    # precision22's talks_retold dropped any talks after any meeting of the same pair; talks
    # told with their own date ("In October") are an occasion of their own
    assert _talks(coder, "Putin travelled to Beijing in May, where Xi received him. In "
                         "October, the two leaders discussed energy.")


def test_talks_by_phone_are_not_an_earlier_meeting_in_person(coder) -> None:
    assert _talks(coder, "Putin travelled to Beijing in May, where Xi received him. The "
                         "visit drew attention. Later the two leaders discussed trade by "
                         "phone.")


def test_talks_at_the_meeting_just_told_are_still_that_meeting(coder) -> None:
    # near misses: no date of their own, or the meeting's own date
    assert not _talks(coder, "Petro travelled to Caracas on Monday, where Maduro received "
                             "him. The two leaders talked for more than three hours.")
    assert not _talks(coder, "Petro travelled to Caracas on Monday, where Maduro received "
                             "him. The visit was the first in years. On Monday, the two "
                             "leaders discussed oil.")


SUDAN = ("Sudan and Chad have traded accusations for months. In March, Burhan sent a "
         "letter to the UN Security Council. ")


def _sudan_accuses(coder, text: str) -> bool:
    return any(s == "SDN" and t == "TCD" and code.startswith("11")
               for s, t, code in pairs(coder, text, "2025-11-20"))


def test_a_letter_introduced_later_is_not_the_earlier_authors(coder) -> None:
    # oneside22's message_author went past a nearer letter that names no author ("a letter
    # appeared", in a sentence the parse stage left untagged) back to Burhan's
    assert not _sudan_accuses(coder, SUDAN + "On Monday, a letter appeared on social media. "
                                             "The letter accused Chad of arming the rebels.")


def test_the_letter_told_again_is_still_its_authors(coder) -> None:
    # near miss: "the letter" refers back to Burhan's
    assert _sudan_accuses(coder, SUDAN + "The letter accused Chad of arming the rebels.")


PHILIPPINES = "China and the Philippines have clashed at sea. "


def _codes(coder, text: str) -> set[str]:
    return {code for s, t, code in pairs(coder, text, "2025-11-20") if (s, t) == ("PHL", "CHN")}


def test_a_claim_found_alarming_is_criticised_not_denied(coder) -> None:
    # precision22's denial read any word of criticism on a claim as calling it untrue
    found = _codes(coder, PHILIPPINES + "The Philippine foreign ministry said on Monday that "
                                        "the reports were alarming.")
    assert "016" not in found and "111" in found, found


def test_a_claim_called_baseless_is_still_denied(coder) -> None:
    found = _codes(coder, PHILIPPINES + "The Philippine foreign ministry said on Monday that "
                                        "the accusations were baseless.")
    assert "016" in found, found


def test_one_way_act_told_as_done_to_each_other_is_both_ways(coder) -> None:
    # precision22's ONE_WAY_CODES dropped a compound source's praise or visit even when the
    # text tells it as done to each other
    found = pairs(coder, "Hungary and Serbia praised each other on Monday.", "2025-11-20")
    assert ("HUN", "SRB", "051") in found and ("SRB", "HUN", "051") in found, found
    found = pairs(coder, "The leaders of Kenya and Ethiopia visited each other's capitals "
                         "last year.", "2025-11-20")
    assert any(code == "042" and {s, t} == {"KEN", "ETH"} for s, t, code in found), found


def test_one_way_act_of_two_parties_to_no_one_named_stays_dropped(coder) -> None:
    # near miss: no "each other"
    found = pairs(coder, "Hungary and Serbia praised the agreement on Monday.", "2025-11-20")
    assert not any({s, t} == {"HUN", "SRB"} for s, t, _ in found), found
