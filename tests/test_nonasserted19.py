"""Non-asserted events found with their modality (issue #5, session 17 helper
"nonasserted19"), each rule tested on sentences of its own (other countries, tenses, voices
and wordings than the gold articles)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, dyads

# A verb coordinated by "or"/"nor" with a negated verb, with no subject of its own, is
# negated with it: "did not recall X or expel Y" says neither happened ("and", "but" do not
# carry the negation over).
NEGATION_OR = {
    "has not recalled ... or expelled (tagged finite)": (
        "Moscow has not recalled its ambassador from Tallinn or expelled any Estonian "
        "diplomat.", ("161", ("RUS",), ("ESTGOV",), "negated")),
    "never recalled ... nor summoned": (
        "Algeria never recalled its envoy from Paris nor summoned the French ambassador.",
        ("114", ("DZA",), ("FRAGOV",), "negated")),
    "has not withdrawn the remarks or apologised": (
        "Mali protested to Senegal over the minister's remarks on Monday. The Senegalese "
        "government has not withdrawn the remarks or apologised to Bamako.",
        ("055", ("SENGOV",), ("MLI",), "negated")),
}


@pytest.mark.parametrize("name", list(NEGATION_OR))
def test_negation_carries_over_or(coder, name: str) -> None:
    text, expected = NEGATION_OR[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Peru did not recall its envoy from Mexico, but expelled two Mexican diplomats.",
     ("161", ("PER",), ("MEXGOV",), "asserted")),
    ("Russia did not expel the Estonian ambassador and closed the consulate in Narva.",
     ("161", ("RUS",), ("ESTGOV",), "asserted")),
])
def test_negation_not_carried_over_and_or_but(coder, text: str, expected: tuple) -> None:
    got = dyads(coded(coder, text))
    assert expected in got, got


# A warning by no party (analysts, commentators, observers) threatens no one: the act of its
# clause, with a subject of its own and only supposed or put ahead, is coded as after "said".
SPECULATED_IN_WARNING = {
    "commentators warned that X could reimpose checks": (
        "Spain and Britain reached a deal on Gibraltar on Monday. Some commentators in La "
        "Linea warned that Spain could reimpose checks at the fence if the treaty were not "
        "ratified.", ("163", ("ESP",), ("GBR",), "hypothetical")),
    "analysts warn that X might close the airspace (present tense)": (
        "Greece and Turkey traded accusations on Monday. Analysts warn that Ankara might "
        "close the airspace to Greek flights.", ("163", ("TUR",), ("GRC",), "hypothetical")),
}


@pytest.mark.parametrize("name", list(SPECULATED_IN_WARNING))
def test_act_speculated_in_a_bystanders_warning_is_coded(coder, name: str) -> None:
    text, expected = SPECULATED_IN_WARNING[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    # a party's own warning stays the threat it makes
    ("Kenya and Somalia traded accusations on Monday. Kenya warned that it would expel "
     "more Somali diplomats.", ("1313", ("KEN",), ("SOMGOV",), "asserted")),
])
def test_a_partys_warning_stays_a_threat(coder, text: str, expected: tuple) -> None:
    got = dyads(coded(coder, text))
    assert expected in got, got


def test_no_act_freed_from_a_bystanders_appeal(coder) -> None:
    got = dyads(coded(coder, "Kenya and Somalia traded accusations on Monday. Observers "
                               "warned Nairobi to expel Somali diplomats."))
    assert not any(d[0].startswith("16") for d in got), got


# "as it did in 2020 when it imposed ...": the text's own reminder of a party's past act
# is told in its own voice, not by the speaker who supposes the new act.
PRECEDENT = {
    "could respond ..., as it did in 2020 when it imposed": (
        "Analysts said Beijing could respond by banning Australian wine, as it did in 2020 "
        "when it imposed tariffs on Australian barley.",
        {("163", ("CHN",), ("AUS",), "asserted"), ("163", ("CHN",), ("AUS",), "hypothetical")}),
}


@pytest.mark.parametrize("name", list(PRECEDENT))
def test_precedent_clause_is_told_by_the_text(coder, name: str) -> None:
    text, expected = PRECEDENT[name]
    got = dyads(coded(coder, text))
    assert expected <= got, got


def test_plain_claim_by_experts_stays_reported(coder) -> None:
    got = dyads(coded(coder, "Some experts said Moscow had expelled ten Czech diplomats."))
    assert ("161", ("RUS",), ("CZEGOV",), "reported") in got, got


# "State House" (the presidency of Kenya, Zambia, Uganda, Tanzania, Nigeria) is the voice
# of the state the story names: what its head of state agreed is announced by his own office.
def test_state_house_is_the_presidents_own_voice(coder) -> None:
    got = dyads(coded(coder, "LUSAKA - Zambia and China signed a railway deal on Friday. State "
                             "House said Mr Hichilema and President Xi agreed to deepen "
                             "cooperation in mining."))
    assert ("0311", ("ZMBGOV", "CHNGOV"), (), "asserted") in got, got


# "said that Tajik troops using tanks had attacked ...": the model reads "troops using" as a
# clause and leaves the finite verb with no subject; the participle describes the subject.
PARTICIPLE_SUBJECT = {
    "troops using ... had attacked ... and shelled": (
        "Ukraine's border service said on Monday that Russian troops using tanks, armoured "
        "vehicles and mortars had attacked Ukrainian villages and shelled a school in the "
        "town of Vovchansk.", ("190", ("RUSMIL",), ("UKR",), "reported")),
    "soldiers using ... had fired on ... and shelled": (
        "The Indian army said on Thursday that Pakistani soldiers using mortars and machine "
        "guns had fired on Indian posts and shelled villages along the frontier.",
        ("193", ("PAKMIL",), ("IND",), "reported")),
    "troops using ... had attacked (already read right)": (
        "Armenia's defence ministry said on Friday that Azerbaijani troops using drones, "
        "artillery and mortars had attacked Armenian villages and shelled the airport in the "
        "town of Jermuk.", ("190", ("AZEMIL",), ("ARM",), "reported")),
}


@pytest.mark.parametrize("name", list(PARTICIPLE_SUBJECT))
def test_participle_on_the_subject_leaves_it_to_the_finite_verb(coder, name: str) -> None:
    text, expected = PARTICIPLE_SUBJECT[name]
    got = dyads(coded(coder, text))
    assert expected in got, got


def test_progressive_clause_keeps_its_subject() -> None:
    from dyadwatch.nlp.model import load_pipeline
    from dyadwatch.nlp.repair import repair_parse

    doc = load_pipeline()("Russia said it was using all means to protect its citizens.")
    repair_parse(doc)
    using = next(t for t in doc if t.text == "using")
    assert any(c.dep_ == "nsubj" and c.text == "it" for c in using.children)
