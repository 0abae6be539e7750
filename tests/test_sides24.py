"""Session 24, events dropped because a side stayed unresolved (sides24): "the leaders" of a
summit named before as an organisation's members. Each rule is shown by sentences of its own
(none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes, sides_in

SUMMIT = ("OTTAWA, June 16 (Reuters) - Leaders of the Group of Seven met in Kananaskis on "
          "Monday for a two-day summit dominated by trade disputes. ")
EU_SUMMIT = ("BRUSSELS, Oct 24 (Reuters) - European Union leaders gathered in Brussels on "
             "Thursday for a summit on defence spending. ")
BILATERAL = ("KUALA LUMPUR, Jan 9 (Reuters) - Prime Minister Anwar Ibrahim praised "
             "Indonesia's chairmanship of ASEAN after meeting President Prabowo Subianto on "
             "Thursday. ")
PAIR = ("TOKYO, March 3 (Reuters) - Japanese Prime Minister Shigeru Ishiba met South Korean "
        "President Lee Jae-myung at the G7 summit. ")

# (story, sentence, words of the sentence, wanted (source, target, root) or None: no record
# with the organisation as source)
CASES = {
    # "the leaders" after "Leaders of the Group of Seven": the G7
    "g7_leaders_sanctions": (SUMMIT, "The leaders agreed to impose new sanctions on Belarus.",
                             "new sanctions on Belarus", ("IGO", "BLR", "16")),
    # "the seven leaders": a count other than two keeps the organisation
    "g7_seven_leaders_condemn": (SUMMIT, "The seven leaders condemned Iran's missile tests.",
                                 "missile tests", ("IGO", "IRN", "11")),
    # "European Union leaders ... the leaders": the EU
    "eu_leaders_urge": (EU_SUMMIT, "The leaders urged Serbia to align with the bloc's "
                        "foreign policy.", "align with", ("IGO", "SRB", "02")),
}

# near misses: no organisation is made the source
NEAR_MISSES = {
    # the organisation was named, but not as the owner of its members: the two leaders who
    # met are meant
    "bilateral_owner_not_named": (BILATERAL, "The leaders also condemned Myanmar's junta "
                                  "for the air strikes.", "air strikes"),
    # "the two leaders" is the main pair, not the organisation whose summit they attended
    "two_leaders": (SUMMIT + PAIR, "The two leaders condemned North Korea's missile tests.",
                    "missile tests"),
    # "the leaders of X" have an owner of their own
    "leaders_of_country": (SUMMIT, "The leaders of Armenia condemned Azerbaijan's shelling.",
                           "shelling"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_leaders_are_the_organisation_whose_members_were_named(coder, case) -> None:
    story, sentence, words, (source, target, root) = CASES[case]
    found = sides_in(coder, story + sentence, words)
    assert any(s.startswith(source) and t == target and r == root for s, t, r in found), found


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_the_leaders_without_a_named_organisation_stay_the_leaders(coder, case) -> None:
    story, sentence, words = NEAR_MISSES[case]
    found = sides_in(coder, story + sentence, words)
    assert not any(s.startswith("IGO") for s, _, _ in found), found


# "the pope" with no name is the Holy See's head of state (VATGOV); the Coptic pope is an
# Egyptian religious leader, no state's
POPE_STORY = ("MANAGUA, March 12 (Reuters) - Nicaragua suspended diplomatic relations with "
              "the Vatican on Sunday. ")


def test_the_pope_is_the_holy_see(coder) -> None:
    found = sides_in(coder, POPE_STORY + "In a radio interview on Friday, the pope called the "
                     "Ortega government a brutal dictatorship.", "brutal dictatorship")
    assert ("VAT", "NIC", "11") in found, found


def test_the_coptic_pope_is_not_the_holy_see(coder) -> None:
    found = sides_in(coder, "CAIRO, March 12 (Reuters) - Coptic Pope Tawadros II condemned "
                     "the Israeli strikes on Gaza on Sunday.", "Israeli strikes")
    assert not any(s == "VAT" for s, _, _ in found), found


# the surname alone names Uganda's army chief while he holds a military command (actor data:
# officeholders.tsv); between his commands he is no military officeholder
MUHOOZI = ("KAMPALA, {date} - Uganda and Rwanda held talks on border trade on Monday. "
           "Muhoozi promised Rwanda that the border would stay open.")


def _muhoozi_sources(coder, date: str, pub: str) -> set[str]:
    return {s for r in coded(coder, MUHOOZI.format(date=date), pub)
            if "border would stay open" in r["sentence"] for s in codes(r["source"])}


def test_muhoozi_in_command_is_ugandas_military(coder) -> None:
    assert "UGAMIL" in _muhoozi_sources(coder, "June 3", "2024-06-03")


def test_muhoozi_between_commands_is_no_military_officeholder(coder) -> None:
    assert "UGAMIL" not in _muhoozi_sources(coder, "June 5", "2023-06-05")
