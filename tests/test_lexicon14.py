"""Missed triggers found in session 13 (helper lexicon14), each shown by sentences of its own
(none is a development-set sentence): a call, meeting or visit that is the setting of a
clause ("after a telephone call with X", "during a visit to X"), and lexicon rows the coder
lacked; with the senses that must not fire."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code) among the pairs the records stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Mexico's president announced the deal after a telephone call with Trump.",
                 ("MEX", "USA", "041"), id="a_call_the_clause_follows_is_its_subjects"),
    pytest.param("Putin said in a telephone call with Erdogan that the talks were useful.",
                 ("RUS", "TUR", "041"), id="said_in_a_call_with"),
    pytest.param("The French foreign minister announced the pledge during a visit to Armenia.",
                 ("FRA", "ARM", "042"), id="announced_during_a_visit_to"),
    pytest.param("Kenya's president signed the accord at talks with Uganda's leader.",
                 ("KEN", "UGA", "040"), id="signed_at_talks_with"),
    pytest.param("Britain's prime minister and France's president co-chaired a video call "
                 "with Ukraine's president.",
                 ("GBR", "UKR", "041"), id="co_chairing_a_video_call"),
    pytest.param("Pakistani police picked up forty Afghan refugees in Karachi.",
                 ("PAK", "AFG", "173"), id="picking_up_refugees_detains_them"),
    pytest.param("Forty Afghan refugees were picked up in raids in Karachi by Pakistani "
                 "police.",
                 ("PAK", "AFG", "173"), id="picked_up_in_the_passive"),
    pytest.param("Venezuelan police captured two Spanish citizens on Saturday.",
                 ("VEN", "ESP", "173"), id="capturing_citizens_detains_them"),
    pytest.param("Kenya has thrown its weight behind Uganda.",
                 ("KEN", "UGA", "051"), id="throwing_weight_behind_endorses"),
    pytest.param("Iraq could reduce imports from Turkey.",
                 ("IRQ", "TUR", "163"), id="reducing_imports_limits_trade"),
    pytest.param("India curbed exports of rice to Bangladesh.",
                 ("IND", "BGD", "163"), id="curbing_exports_limits_trade"),
    pytest.param("Russia could close the transit for Lithuanian trucks.",
                 ("RUS", "LTU", "163"), id="closing_transit_limits_trade"),
])
def test_lexicon14_rows(coder, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text)


# Senses the rows must leave alone.
@pytest.mark.parametrize(("text", "unwanted"), [
    pytest.param("China spoke after talks between the United States and Russia.",
                 "040", id="talks_between_others_are_not_the_subjects"),
    pytest.param("The ruble fell after talks with Washington.",
                 "040", id="no_actor_as_subject"),
    pytest.param("Germany's chancellor spoke before a visit to China.",
                 "042", id="a_visit_still_to_come_is_no_setting"),
    pytest.param("The Greek minister picked up the phone.",
                 "173", id="picking_up_a_phone_detains_no_one"),
    pytest.param("Poland cut the trade deficit with Germany.",
                 "163", id="cutting_a_deficit_limits_no_trade"),
])
def test_lexicon14_rows_do_not_fire(coder, text: str, unwanted: str) -> None:
    assert all(code != unwanted for _, _, code in pairs(coder, text))


def test_supporting_the_group_behind_an_attack_backs_no_victim(coder) -> None:
    text = ("Mali cut ties with Ukraine, accusing Kyiv of supporting the rebels behind an "
            "attack on Malian soldiers.")
    assert ("UKR", "MLI", "051") not in pairs(coder, text)
