"""Event coding on fresh text (coder7): each rule shown by sentences written for it, not
taken from any gold set: the thing named in "what X called Y" is the verb's object, a
second party's parallel act shares the first act's target, withdrawn consent for a
consulate reduces relations, halted budget support reduces aid, handed-over territory is
returned property."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads


def roots(recs: list[dict]) -> set[tuple]:
    return {(c[:3], s, t) for c, s, t, _ in dyads(recs)}


def test_praise_of_what_another_called_a_position(coder):
    recs = coded(coder, "Chile's foreign minister welcomed what she called a courageous "
                        "decision by Argentina.")
    assert ("051", ("CHLGOV",), ("ARG",)) in roots(recs)


def test_free_relative_needs_its_wh_word(coder):
    # "he called" with no "what": a phone call, and no object for "welcomed"
    recs = coded(coder, "Chile's foreign minister welcomed the delegation from Argentina.")
    assert not any(r["cameo"] == "051" for r in recs)


def test_second_party_parallel_act_shares_the_target(coder):
    recs = coded(coder, "Germany froze its development aid to Mali on Monday, and the "
                        "Netherlands suspended its assistance the next day.")
    got = roots(recs)
    assert ("162", ("DEU",), ("MLI",)) in got
    assert ("162", ("NLD",), ("MLI",)) in got


def test_same_party_second_act_is_not_borrowed(coder):
    recs = coded(coder, "Germany froze its development aid to Mali, and its minister "
                        "praised the election.")
    assert not any(r["cameo"].startswith("162") and "DEU" in str(r["target"]) for r in recs)


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Latvia withdrew its consent for the work of the Belarusian consulate in "
                 "Daugavpils.", "161", id="withdrawn_consent_for_a_consulate"),
    pytest.param("Latvia revoked permission for the Belarusian consulate in Daugavpils.",
                 "161", id="revoked_permission_for_a_consulate"),
    pytest.param("The World Bank aside, Sweden halted its budget support to Uganda.", "1621",
                 id="halted_budget_support_reduces_aid"),  # economic aid (codes19: 1621)
    pytest.param("Portugal handed the enclave to China in 1999.", "0842",
                 id="handed_territory_is_returned_property"),
    pytest.param("Britain ceded sovereignty over the islands to Mauritius.", "0842",
                 id="ceded_sovereignty_is_returned_property"),
    pytest.param("Norway stripped three buildings owned by Russia of their diplomatic status "
                 "on Tuesday.", "172", id="stripped_diplomatic_status_is_a_sanction"),
    pytest.param("Greece began issuing fast-track visas to Turkish tourists in April.", "081",
                 id="visas_issued_to_a_states_people_ease_restrictions"),
    pytest.param("Seoul released two billion dollars of Iranian funds held in its banks.",
                 "081", id="released_frozen_funds"),
    pytest.param("Warsaw demanded a criminal investigation into the killing by Israel.", "101",
                 id="demanded_investigation_asks_for_information"),
    pytest.param("Minsk put the Lithuanian foreign minister on a wanted list.", "173",
                 id="wanted_list_seeks_arrest"),
    pytest.param("Washington put two Chinese firms on a trade blacklist.", "163",
                 id="blacklist_stays_a_sanction"),
])
def test_lexicon_rows(coder, text, code):
    assert any(r["cameo"] == code for r in coded(coder, text))


def test_withdrawn_staff_stays_a_withdrawal(coder):
    recs = coded(coder, "Kenya withdrew its staff from the embassy in Khartoum.")
    assert not any(r["cameo"] == "161" for r in recs)


def test_closing_participle_after_a_relative_clause_is_the_main_subjects(coder):
    recs = coded(coder, "Hungary's government cancelled a trip by its delegation to Berlin "
                        "that Chancellor Olaf Scholz had proposed, accusing Germany of "
                        "meddling in its affairs.")
    assert ("112", ("HUNGOV",), ("DEU",)) in roots(recs)


def test_participle_inside_the_sentence_is_left_alone():
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import repair_trailing_participle
    doc = load_pipeline()("Spain signed the deal that Italy had drafted, hoping to end the row, "
                          "and Italy signed it too.")
    hoping = next(t for t in doc if t.lower_ == "hoping")
    before = hoping.head.i
    repair_trailing_participle(hoping)
    assert hoping.head.i == before


def test_quality_named_after_an_of_phrase_criticises(coder):
    recs = coded(coder, 'A Foreign Office spokesman called the decision of Iran "deplorable".')
    assert any(r["cameo"] == "111" for r in recs)
    assert not any(r["cameo"] == "041" for r in recs)


def test_opening_accession_talks_is_an_intent_to_negotiate(coder):
    recs = coded(coder, "EU leaders agreed on Friday to open accession talks with Bosnia.")
    assert ("036", ("IGOEU",), ("BIH",)) in roots(recs)
    assert not any(r["cameo"].startswith("046") for r in recs)


def test_announced_revocation_is_the_revocation(coder):
    recs = coded(coder, "Mali's government announced on Friday the termination of the defence "
                        "agreement with France.")
    assert ("163", ("MLIGOV",), ("FRA",)) in roots(recs)


def test_joint_announcement_of_a_deal_stays_an_agreement(coder):
    recs = coded(coder, "Kenya and Uganda announced a new trade agreement on Monday.")
    assert any(r["cameo"] == "057" for r in recs)


def test_a_blocs_peace_and_security_council(coder):
    recs = coded(coder, "The African Union's Peace and Security Council condemned the coup "
                        "in Niger and suspended the country.")
    assert any("IGOAU" in str(r["source"]) for r in recs)
    assert not any("IGOUNO" in str(r["source"]) for r in recs)


def test_rejected_remarks_are_disapproved(coder):
    recs = coded(coder, "Algeria rejected the French president's remarks on Tuesday.")
    assert any(r["cameo"] == "111" for r in recs)


def test_statement_of_an_act_unless_the_other_side_yields_threatens(coder):
    recs = coded(coder, "The Kenyan minister said that Kenya would keep its troops in place "
                        "unless Somalia paid its debts.")
    assert ("130", ("KENGOV",), ("SOM",)) in roots(recs)


def test_unless_without_a_party_is_no_threat(coder):
    recs = coded(coder, "Kenya's minister said that the talks with Somalia would fail unless "
                        "the rains came.")
    assert not any(r["cameo"].startswith("13") for r in recs)


def test_second_statement_verb_after_a_copular_that_clause_is_the_speakers(coder):
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import repair_parse
    doc = load_pipeline()("The ministry said that the decision was deplorable and urged all "
                          "parties to show restraint.")
    repair_parse(doc)
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged.head.lower_ == "said"


def test_second_verb_with_a_subject_of_its_own_stays(coder):
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import repair_parse
    doc = load_pipeline()("The ministry said that the decision was deplorable and Kenya urged "
                          "all parties to show restraint.")
    repair_parse(doc)
    urged = next(t for t in doc if t.lower_ == "urged")
    assert urged.head.lower_ != "said"


def test_the_two_general_secretaries_are_the_pair_just_named(coder):
    recs = coded(coder, "Xi Jinping met Vietnamese party chief Nguyen Phu Trong in Hanoi on "
                        "Tuesday. The two general secretaries signed a joint statement.")
    assert any(r["cameo"] == "057" and {"CHN", "VNM"} <= {a["country"] for a in (
        r["source"] if isinstance(r["source"], list) else [r["source"]])} for r in recs)


def test_main_verb_after_a_relative_clause_keeps_its_subject(coder):
    recs = coded(coder, "President Recep Tayyip Erdogan, who on Thursday paid a visit to "
                        "Baghdad for the first time in years, signed together with Prime "
                        "Minister Mohammed Shia al-Sudani a framework agreement on water.")
    assert any(r["cameo"] == "057" and "TURGOV" in str(r["source"]) for r in recs)


def test_passive_participle_after_a_relative_clause_is_left_alone():
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import repair_parse
    doc = load_pipeline()("The Iranian president, who arrived in Damascus on Wednesday, "
                          "accompanied by his ministers.")
    before = [(t.i, t.head.i, t.dep_) for t in doc]
    repair_parse(doc)
    assert [(t.i, t.head.i, t.dep_) for t in doc] == before


def test_relative_clause_calling_an_act_unacceptable_criticises_it(coder):
    recs = coded(coder, "Israel barred the Spanish consulate from serving Palestinians, a step "
                        "that Madrid called unacceptable.")
    assert ("111", ("ESP",), ("ISR",)) in roots(recs)
