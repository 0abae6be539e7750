"""The coder's domestic option: off by default (interstate coding), on for PLOVER."""

from __future__ import annotations

import pytest

from dyadwatch.pipeline import Coder
from dyadwatch.read.document import Document

DOMESTIC = "The Zimbabwean government arrested opposition leaders in Harare on Monday."


def codes(records) -> list[tuple[str, str, str]]:
    def one(field) -> str:
        return field.code if field is not None and not isinstance(field, list) else "-"

    return [(r.cameo, one(r.source), one(r.target)) for r in records]


def code(coder: Coder, text: str) -> list:
    return coder.code(Document(doc_id="d", text=text, pub_date="2025-03-03"))


def test_domestic_events_are_dropped_by_default(coder):
    assert code(coder, DOMESTIC) == []


def test_domestic_option_codes_government_against_opposition(domestic_coder):
    found = codes(code(domestic_coder, DOMESTIC))
    assert ("173", "ZWEGOV", "ZWEOPP") in found


def test_domestic_option_still_drops_self_loops(domestic_coder):
    found = codes(code(domestic_coder, "The Kenyan government praised the Kenyan government."))
    assert all(src != tgt for _, src, tgt in found)


def test_domestic_option_keeps_interstate_events(domestic_coder):
    found = codes(code(domestic_coder, "Russia expelled two Polish diplomats on Monday."))
    assert any(c.startswith("16") or c.startswith("17") for c, _, _ in found)


# ------------------------------------------------- agents without a country take context

def test_agent_takes_the_place_in_its_own_phrase(domestic_coder):
    found = codes(code(domestic_coder, "Opposition groups in Zimbabwe demanded that President "
                                       "Mugabe resign."))
    assert any(src == "ZWEOPP" for _, src, _ in found), found


def test_agent_subject_takes_the_place_of_its_clause(domestic_coder):
    found = codes(code(domestic_coder, "Police detained two Russian citizens in Baku."))
    assert ("173", "AZECOP", "RUSCVL") in found, found


def test_foreign_nationals_do_not_lend_their_country(domestic_coder):
    found = codes(code(domestic_coder, "Police detained two Russian citizens on Friday."))
    assert all(src != "RUSCOP" for _, src, _ in found), found


def test_agent_takes_the_sentence_state(domestic_coder):
    found = codes(code(domestic_coder, "Rebels attacked an army base in northern Mali."))
    assert any(src == "MLIREB" for _, src, _ in found), found


# ------------------------------------------------- one-party acts

def test_domestic_option_keeps_a_named_partys_own_demand(domestic_coder):
    found = codes(code(domestic_coder, "The former prime minister of Greece demanded early "
                                       "elections on Monday."))
    assert any(c.startswith("10") and src.startswith("GRC") for c, src, _ in found), found


def test_one_party_demand_is_not_an_interstate_event(coder):
    found = codes(code(coder, "The former prime minister of Greece demanded early elections "
                              "on Monday."))
    assert not any(c.startswith("10") for c, _, _ in found), found


def has(found, prefix: str, source: str, target: str | None = None) -> bool:
    return any(c.startswith(prefix) and src.startswith(source)
               and (target is None or tgt == target) for c, src, tgt in found)


@pytest.mark.parametrize(("text", "prefix", "source", "target"), [
    # "announced a suspension": the event noun is the event, the announcement is not
    ("Italy announced a suspension of air links with Serbia on Wednesday.", "163", "ITA", "SRB"),
    # a repeated light verb lends its subject to its event noun
    ("Israel reimposed a blockade on Gaza on Friday.", "19", "ISR", None),
    # a bare city stands for its country's people when it is hit
    ("Russian missiles struck Kharkiv overnight.", "19", "RUS", "UKRCVL"),
    # a later conjunct names the target when the first names none
    ("Russian missiles hit Zelenyi Hai and Kharkiv overnight.", "19", "RUS", "UKRCVL"),
])
def test_interstate_constructions(coder, text, prefix, source, target):
    found = codes(code(coder, text))
    assert has(found, prefix, source, target), found
    assert prefix.startswith("0") or not any(c.startswith("01") for c, _, _ in found), found


def test_he_refers_to_a_named_head_of_an_organisation(domestic_coder):
    found = codes(code(domestic_coder, "U.N. Secretary-General Kofi Annan announced on Monday "
                                       "that he will withdraw the inspectors from Iraq."))
    # the withdrawal of inspectors he announces (1662, future) is done by Annan's UN
    # (precision23b: told by the act itself, no 136 statement of intent beside it)
    assert has(found, "16", "IGOUNO", "IRQ"), found


def test_a_city_is_a_venue_not_a_party_of_talks(coder):
    found = codes(code(coder, "Serbian and Kosovar negotiators met in Istanbul on Friday."))
    assert not any("TUR" in src + tgt for _, src, tgt in found), found


def test_ethnic_group_placed_in_a_state_is_its_people(domestic_coder):
    found = codes(code(domestic_coder, "Up to 100 ethnic Albanians in Serbia demonstrated on "
                                       "Tuesday against the government."))
    assert ("141", "SRBCVL", "SRBGOV") in found, found


def test_nationals_abroad_keep_their_nationality(domestic_coder):
    found = codes(code(domestic_coder, "Russian citizens in Latvia protested against the "
                                       "new language law."))
    assert any(src == "RUSCVL" for _, src, _ in found), found


def test_tightening_a_blockade_is_the_blockaders_and_a_helper_is_no_target(coder):
    found = codes(code(coder, "NATO tightened the naval blockade of Serbia with Albania's help."))
    assert ("191", "IGONAT", "SRB") in found, found


def test_an_act_before_a_trailing_attribution_is_the_main_clause(domestic_coder):
    # (one party's act with no other party: coded with domestic events on; interstate coding
    # drops it since session 5)
    found = codes(code(domestic_coder, "Serbia lifted the curfew in Belgrade on Sunday, "
                                       "officials said."))
    assert has(found, "08", "SRB"), found
