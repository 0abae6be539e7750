"""Non-asserted events told with their modality (issue 5, modality recall; session 24
nonasserted25 helper). An accusation that lists several alleged acts alleges each of them:
a further "of" phrase ("accused Paris of a colonial attitude and of threatening the country
with sanctions"; the parser hangs it on the first "of" or on the verb) is the accused
party's act as the first one is, and a gerund with no object of its own shares the object
of the gerund conjoined after it ("of arresting and torturing Egyptian traders"). A pledge
or a refusal with no party named as its target, told by another state's speaker ("Vietnam
pledged to go after the networks, Kishida told reporters", "officials said ... and that
Turkey declined"), was made to that speaker's side. A cause
named after "over" ("ordered the diplomats to leave the country, over a cyberattack that
Tusk said had been orchestrated by Minsk") is an event of its own, even of the verb's root.
Each is tested on sentences of its own (other countries and wordings than the gold
articles), with near misses that must not be coded."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# Each row: the article, then one (cameo, sources, targets, modality) the coder must give.
FOUND = {
    "a threat alleged in a second of-phrase is the accused party's": (
        "Bamako accused Paris of a colonial attitude and of threatening the country with "
        "sanctions.", ("1312", ("FRA",), ("MLI",), "reported")),
    "an arrest alleged in a second of-phrase is the accused party's": (
        "Cairo accused Addis Ababa of stalling the talks, and of arresting and torturing "
        "Egyptian traders.", ("173", ("ETH",), ("EGYCVL",), "reported")),
    "a gerund with no object shares the object of the gerund after it": (
        "Cairo accused Addis Ababa of arresting and torturing Egyptian traders.",
        ("173", ("ETH",), ("EGYCVL",), "reported")),
    "a pledge told by another state's leader was made to his side": (
        "Under the accord, Vietnam pledged to go after the smuggling networks, Japanese "
        "Prime Minister Fumio Kishida told reporters.",
        ("030", ("VNM",), ("JPNGOV",), "asserted")),
    "a refusal told by the asking state's officials answered them": (
        "Dutch officials said The Hague had asked Ankara to extradite the suspect, and that "
        "Turkey declined.", ("120", ("TUR",), ("NLDGOV",), "reported")),
    "a cause after over is an event of its own": (
        "WARSAW, Sept 8 (Reuters) - Poland on Wednesday cut diplomatic ties with Belarus and "
        "ordered its diplomats and embassy staff to leave the country within 24 hours, over a "
        "cyberattack in July that Prime Minister Donald Tusk said had been orchestrated by "
        "Minsk.", ("176", ("BLR",), ("POLGOV",), "reported")),
}

# Near misses: an accusation whose further phrase names no act codes only the accusation;
# no party accuses itself of the listed acts.
NOT_CODED = {
    "a further of-phrase naming no act adds no record": (
        "Kigali accused Kampala of harbouring rebels and of meddling in its affairs.",
        {"112"}),
    "a pledge told by the press is made to no one": (
        "Under the accord, Vietnam pledged to go after the smuggling networks, Reuters "
        "reported.", set()),
    "a refusal not made is made to no one": (
        "Dutch officials said The Hague had asked Ankara to extradite the suspect, and that "
        "Turkey did not decline.", {"0213"}),
    "a refusal of nothing is made to no one": (
        "Dutch officials said Turkey had refused no request for help.", set()),
    "talks a meeting is held for stay one consultation": (
        "Estonia's foreign minister met his Latvian counterpart in Riga for talks on Monday.",
        {"040"}),
}


@pytest.mark.parametrize("name", sorted(FOUND) + sorted(NOT_CODED))
def test_non_asserted_act_and_near_miss(coder, name: str) -> None:
    if name in FOUND:
        text, want = FOUND[name]
        got = dyads(coded(coder, text))
        assert want in got, got
    else:
        text, codes = NOT_CODED[name]
        assert {d[0] for d in dyads(coded(coder, text))} == codes


def test_accuser_is_never_the_source_of_the_listed_acts(coder) -> None:
    got = dyads(coded(coder, "Cairo accused Addis Ababa of stalling the talks, and of "
                             "arresting and torturing Egyptian traders."))
    assert not [d for d in got if d[0][:2] in ("17", "18") and d[1] == ("EGY",)], got
