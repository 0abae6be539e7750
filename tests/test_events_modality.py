"""Non-asserted events (hypothetical, negated, future) on sentences written for these tests:
the event stage must produce them, and the ground stage gives them their modality."""

from __future__ import annotations

from dyadwatch.pipeline import Coder
from dyadwatch.read.document import Document


def code(coder: Coder, text: str) -> list:
    return coder.code(Document(doc_id="t", text=text, pub_date="2025-07-03"))


def code_of(field) -> str | None:
    return None if field is None else field.code


def events(records) -> list[tuple]:
    return [(r.cameo, code_of(r.source), code_of(r.target), r.modality) for r in records]


def test_agentless_passive_under_modal_is_the_speakers_act(coder):
    """"officials said crossings could be closed": the speaker's state closes them, to the
    other party of the dispute, hypothetically."""
    records = code(coder, "Georgia and Russia have argued over the region for months. Georgian "
                          "officials said more crossings could be closed if Moscow kept "
                          "sending troops.")
    assert ("163", "GEOGOV", "RUS", "hypothetical") in events(records)


def test_agentless_passive_asserted_report(coder):
    records = code(coder, "Georgia and Russia disagree over the region. Georgian officials "
                          "said the crossing was closed on Monday.")
    assert ("163", "GEOGOV", "RUS", "asserted") in events(records)


def test_agentless_passive_needs_a_state_speaker(coder):
    """Analysts are no party: their speculation names no agent and gives no event."""
    records = code(coder, "Norway and Russia have argued over fishing. Analysts said the "
                          "border could be closed.")
    assert events(records) == []
    assert events(code(coder, "Officials said the border could be closed.")) == []


def test_hypothetical_press_restriction(coder):
    records = code(coder, "Norway and Russia have argued over fishing for years. Norwegian "
                          "officials said Oslo could respond by restricting the work of "
                          "Russian journalists in Norway.")
    found = [e for e in events(records) if e[0] == "1721"]
    assert found and found[0][2] == "RUSMED" and found[0][3] == "hypothetical"


def test_negated_permission_names_the_infinitive_subject(coder):
    """"has not allowed the inspectors of X to visit": the inspectors' organisation is the
    target of the (negated) permission, though the parse makes them the verb's subject."""
    records = code(coder, "Syria and Israel have argued over the site for years. Damascus has "
                          "not allowed the inspectors of the IAEA to visit the reactor.")
    assert ("086", "SYR", "IGOUNOIAE", "negated") in events(records)
    records = code(coder, "Iraq allowed UN monitors to enter the facility on Monday.")
    assert ("086", "IRQ", "IGOUNO", "asserted") in events(records)


def test_promised_clause_gives_intent_and_future_act(coder):
    """"promised that reparations will be paid": the promise (03x, asserted) and the promised
    act, whose agent is the one who promised (future)."""
    text = ("Turkey and Iraq have quarrelled over water. Erdogan promised that reparations "
            "will be paid to Iraq.")
    found = events(code(coder, text))
    assert ("0331", "TURGOV", "IRQ", "asserted") in found
    assert ("071", "TURGOV", "IRQ", "future") in found


def test_promise_with_infinitive_is_the_intent_only(coder):
    text = ("Turkey and Iraq have quarrelled over water. Erdogan promised to pay reparations "
            "to Iraq.")
    assert [e[0] for e in events(code(coder, text))] == ["0331"]


def test_leaving_a_treaty_needs_no_target(coder):
    """A party's act on its own commitments stands with no target, in any mood."""
    base = "Iran and Israel exchanged strikes. "
    found = events(code(coder, base + "The Iranian parliament may decide to leave the "
                                      "Non-Proliferation Treaty."))
    assert ("163", "IRNLEG", None, "hypothetical") in found
    assert ("163", "IRN", None, "negated") in events(code(coder, base + "Iran did not leave "
                                                                      "the treaty."))


def test_speculation_gives_no_asserted_event(coder):
    """The author's speculation is no event; a hedged act is never asserted."""
    text = ("Iran and Israel exchanged strikes. Some analysts believe the crossings could "
            "perhaps be closed one day. Tehran might leave the treaty, observers speculated.")
    assert all(e[3] != "asserted" for e in events(code(coder, text)))


def test_scheduled_act_taken_up_from_the_agreement(coder):
    """"agreed to swap prisoners ... The swap/exchange is to take place": the agreement is
    asserted; the exchange itself, stated in the next sentence, is a future act of both."""
    text = ("Armenia and Azerbaijan held talks in Geneva. The two sides agreed to exchange "
            "40 detainees each. The exchange is to take place next month.")
    records = code(coder, text)
    swap = [r for r in records if r.cameo == "0841"]
    assert swap and swap[0].modality == "future"
    assert sorted(a.country for a in swap[0].source) == ["ARM", "AZE"]
    assert "take place" in swap[0].sentence


def test_happening_needs_an_act_just_agreed(coder):
    """With no agreement before it, "the exchange will take place" names nobody's act."""
    text = ("Armenia and Azerbaijan held talks in Geneva. The exchange is to take place "
            "next month.")
    assert not [r for r in code(coder, text) if r.cameo == "0841"]
