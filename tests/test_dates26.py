"""Date rules found on tune..tune29 (helper dates26, session 24), tested on sentences of
their own (other countries and wordings than the gold)."""

from __future__ import annotations

import pytest
from coding_helpers import dated

_SEOUL_QUOTE = (
    "SEOUL, Oct 12 (Reuters) - South Korea on Wednesday demanded an apology from China after "
    "police in Shenyang detained a South Korean consul.\n\n\"This is deeply regrettable and "
    "wholly unacceptable,\" Foreign Minister Park Jin told a news conference, adding that the "
    "consul had done nothing wrong.\n\nSeoul lodged a protest with the Chinese embassy on "
    "Tuesday, South Korean officials said.")

_SEOUL_CONDEMNED = (
    "SEOUL, Oct 12 (Reuters) - South Korea has condemned China after police in Shenyang "
    "detained a South Korean consul, the foreign ministry said.\n\nSeoul lodged a protest "
    "with the Chinese embassy on Tuesday, South Korean officials said.")

_MADRID = (
    "MADRID, June 6 (Reuters) - Portuguese Foreign Minister Joao Cravinho on Tuesday called "
    "off a visit to Madrid after a Spanish minister criticised Lisbon.\n\nThe minister told "
    "Cadena SER radio earlier in the day that Lisbon had failed. He said the number of "
    "migrants had risen sharply since the start of the year.\n\nThe Spanish foreign ministry "
    "said Albares had phoned Cravinho in the afternoon and hoped to welcome him in Madrid "
    "soon.")

_LOME = (
    "ACCRA -- Ghanaian President John Mahama returned from Lome after a visit. Togolese "
    "President Faure Gnassingbe received the Ghanaian guest on Tuesday, and the two presidents "
    "held talks.\n\nThe most important thing is that {}.\n\nPresident Mahama thanked the "
    "Togolese people for their support.")

_ASTANA = (
    "ASTANA -- Kazakh President Kassym-Jomart Tokayev wrapped up a two-day state visit to "
    "Tajikistan on Friday.\n\nUnder a water deal signed in Astana in November, Tajikistan "
    "gave Kazakhstan a share of a reservoir. The Tajik parliament ratified the deal in "
    "November despite protests.\n\n")

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- a "since" phrase of the act's own clause dates an act that began then also in a
    # past perfect or a plain past (translated copy), not only in the present perfect
    "'Since 2021 X applied a boycott' began in 2021": (
        "ANKARA -- Since 2021 Cairo applied an unofficial boycott of Turkish goods, and "
        "exports fell sharply.", "2024-02-10", "applied", "2021"),
    "'Since 2021 X imposed a boycott' began in 2021": (
        "ANKARA -- Since 2021 Egypt imposed a boycott on Turkish goods.", "2024-02-10",
        "imposed", "2021"),
    "'Since Saturday, X had been shelling' began on Saturday": (
        "ERBIL -- Since Saturday, Turkish artillery had also been shelling villages near the "
        "border in Iraq, forcing families to flee.", "2022-09-28", "shelling", "2022-09-24"),
    # -- ... but a negated act ("did not apply any boycott since 2021") keeps null
    "... but 'Since 2021 X did not apply any boycott' stays undated": (
        "ANKARA -- Since 2021 Cairo did not apply any boycott of Turkish goods.",
        "2024-02-10", "apply", None),
    # -- "earlier in the month" in a story published on the 1st: nothing of the new month
    # came before; it is the month just ended
    "'Earlier in the month, X flew to Y' published on the 1st is the month before": (
        "NAIROBI -- Earlier in the month, Kenya's envoy to the United Nations flew to "
        "Mogadishu with a message from President Ruto.", "2022-03-01", "flew", "2022-02"),
    "... but published on the 15th it is this month": (
        "NAIROBI -- Earlier in the month, Kenya's envoy to the United Nations flew to "
        "Mogadishu with a message from President Ruto.", "2022-03-15", "flew", "2022-03"),
    "... and 'earlier this week' published on a Monday keeps its day": (
        "NAIROBI -- Earlier this week, Kenya's envoy flew to Mogadishu with a message from "
        "President Ruto.", "2022-03-14", "flew", "2022-03-14"),
    # -- a quote's saying ("'...,' X told a news conference") is an act of its own: a later
    # protest of the same countries told with a day does not re-date it
    "'\"...,\" X told a news conference' keeps the day of the report": (
        _SEOUL_QUOTE, "2022-10-12", "told", "2022-10-12"),
    "... but 'has condemned ..., the ministry said' is the protest told later on Tuesday": (
        _SEOUL_CONDEMNED, "2022-10-12", "condemned", "2022-10-11"),
    # -- a bare "in the afternoon" is a part of the story's own day, also after "X said"
    # paused the story
    "'said X had phoned Y in the afternoon' is the day of the report": (
        _MADRID, "2023-06-06", "phoned", "2023-06-06"),
    "... but 'in the afternoon of June 2' is June 2": (
        "MADRID, June 6 (Reuters) - The Spanish foreign ministry said Albares had phoned "
        "Cravinho in the afternoon of June 2.", "2023-06-06", "phoned", "2023-06-02"),
    # -- a time a modal clause looks ahead to ("from Wednesday Ghanaians can travel") does
    # not move the story: what follows stays at the meeting's day
    "'from Wednesday X can travel ... Y thanked' stays at the meeting's day": (
        _LOME.format("the Togolese side decided to lift the visa requirement, and from "
                     "Wednesday Ghanaians can travel again to Lome"), "2025-03-14",
        "thanked", "2025-03-11"),
    "... but 'lifted the requirement on Wednesday ... Y thanked' is Wednesday": (
        _LOME.format("the Togolese side lifted the visa requirement on Wednesday, and "
                     "Ghanaians travelled again to Lome"), "2025-03-14", "thanked",
        "2025-03-12"),
    # -- after a paragraph of background history, a simple-past act of one the story's
    # latest sentence named is back at the story's time
    "'X wrapped up a visit on Friday ... (history) ... X thanked' is Friday": (
        _ASTANA + "Tokayev thanked Tajik lawmakers for what he called a wise decision.",
        "2023-01-28", "thanked", "2023-01-27"),
    "... but one the story did not name stays undated": (
        _ASTANA + "Uzbekistan thanked Tajik lawmakers for what it called a wise decision.",
        "2023-01-28", "thanked", None),
}


@pytest.mark.parametrize("case", DATE_CASES)
def test_dates26(coder, case: str) -> None:
    body, pub, trigger, expected = DATE_CASES[case]
    assert dated(coder, body, pub, trigger) == expected
