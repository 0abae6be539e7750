"""Actor rules from the fifth round of error analysis (tune6): each rule gets probe sentences
of its own, in news wording that appears in no gold file."""

from __future__ import annotations

import pytest
from test_actors import mentions

from dyadwatch.actors import context
from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState
from dyadwatch.read.document import Document


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


# -- dated officeholders of Jordan, Spain, Bolivia, Cote d'Ivoire, Togo, Senegal --------------
@pytest.mark.parametrize("text, date, code", [
    ("Ayman Safadi flew to Beirut for talks.", "2024-10-02", "JORGOV"),
    ("Jordan's envoy said King Abdullah would attend the summit.", "2024-05-10", "JORGOV"),
    ("Prime Minister Pedro Sánchez defended the decision in parliament.", "2023-11-20", "ESPGOV"),
    ("Faure Gnassingbe hosted the talks in Lome.", "2024-06-11", "TGOGOV"),
    ("Bassirou Diomaye Faye travelled to Bamako.", "2024-05-30", "SENGOV"),
    ("Maria Nela Prada read the government statement.", "2023-11-02", "BOLGOV"),
])
def test_officeholders_of_tune6_states(stage, text, date, code):
    assert code in [m.code for m in mentions(stage, text, date)]


def test_a_king_abdullah_after_2015_is_no_saudi_king(stage):
    got = [m.code for m in mentions(stage, "King Abdullah met the visiting minister.",
                                    "2024-08-04")]
    assert "SAUGOV" not in got and "JORGOV" in got


def test_a_king_abdullah_in_2010_ties_and_resolves_to_neither_king(stage):
    # both kings reigned in 2010: an ambiguous bare name resolves to nobody, not by guesswork
    got = [m.code for m in mentions(stage, "King Abdullah met the visiting minister.",
                                    "2010-03-01")]
    assert "SAUGOV" not in got and "JORGOV" not in got


def _state(stage: ActorStage, text: str, date: str = "2024-12-20") -> CodingState:
    state = CodingState(document=Document("t", text, pub_date=date), config=stage.config)
    state.doc = load_pipeline()(text)
    stage(state)
    return state


# -- a list of three or more states is a group, not a pair of parties ------------------------
def test_a_conjoined_pair_counts_as_a_pair(stage):
    state = _state(stage, "Ghana and Togo signed a border accord in Accra.")
    assert context.conjoined_pairs(state, frozenset()) == {("GHA", "TGO"): 1}


def test_a_list_of_three_states_is_no_pair(stage):
    state = _state(stage, "Ghana, Togo and Benin announced a joint customs union on Monday.")
    assert not context.conjoined_pairs(state, frozenset())


# -- "the two capitals ... their border": the plural pronoun is the pair's own ----------------
@pytest.mark.parametrize("text", [
    "Ghana accused Togo of harbouring rebels. Diplomats said the two capitals could reopen "
    "talks on their common border next year.",
    "Peru recalled its envoy from Bolivia. Both governments later agreed to settle their "
    "dispute through talks.",
])
def test_their_in_a_clause_of_both_sides_is_no_single_state(stage, text):
    state = _state(stage, text)
    their = next(t for t in state.doc if t.lower_ == "their")
    assert context.resolve_pronoun(state, their) is None


def test_their_in_the_subject_of_a_both_sides_clause_keeps_its_antecedent(stage):
    text = ("Ghana accused Togo of harbouring rebels. The two presidents agreed that their "
            "envoys would meet soon.")
    state = _state(stage, text)
    their = next(t for t in state.doc if t.lower_ == "their")
    assert context.resolve_pronoun(state, their) is not None


def test_their_after_a_plural_state_subject_still_resolves(stage):
    text = "Ghana and Togo accused Benin of harbouring rebels. Their ministers met on Friday."
    state = _state(stage, text)
    their = next(t for t in state.doc if t.lower_ == "their")
    assert context.resolve_pronoun(state, their) is not None


# -- "the two sides agreed ... with Washington": a partner named in the clause is no side -----
def _verb(state: CodingState, word: str):
    return next(t for t in state.doc if t.lower_ == word)


def test_a_partner_after_the_both_sides_verb_is_a_third_party(stage):
    state = _state(stage, "The two sides also agreed to set up a joint committee with "
                          "Turkey to monitor the ceasefire, the ministry said.")
    assert context.partners_of(state, _verb(state, "agreed")) == {"TUR"}


def test_the_attribution_of_a_both_sides_clause_is_no_partner(stage):
    state = _state(stage, "The two sides agreed to expand trade, the Kremlin said on Friday.")
    assert context.partners_of(state, _verb(state, "agreed")) == frozenset()


def test_the_two_sides_leave_out_the_partner_they_act_with(stage):
    text = ("Kenya and Somalia met in Nairobi with Ethiopia. Ethiopia hosted Somalia. "
            "Ethiopia called Somalia. The two sides agreed to form a joint force with Ethiopia.")
    state = _state(stage, text)
    pair = context.both_sides(state, "both sides", at=_verb(state, "agreed"))
    assert "ETH" not in {m.country for m in pair}


# -- "the embassy": the mission of the envoy named just before --------------------------------
def _resolved(stage: ActorStage, text: str, word: str) -> str:
    state = _state(stage, text)
    m = next(m for m in state.mentions if m.text.lower().endswith(word))
    return context.resolve_countryless(state, m).code


@pytest.mark.parametrize("text, code", [
    ("Warsaw summoned the Russian ambassador over the drone incursion, and the embassy "
     "rejected the claims.", "RUSGOV"),
    ("Seoul called in the Japanese envoy on Monday. The embassy later issued a statement.",
     "JPNGOV"),
])
def test_the_embassy_is_the_mission_of_the_envoy_named_before(stage, text, code):
    assert _resolved(stage, text, "embassy") == code



# -- "the island", "the kingdom": the nearest state named before that the epithet fits -------
def _codes_of(stage: ActorStage, text: str, word: str) -> list[str]:
    return [m.code for m in _state(stage, text).mentions if m.text.lower() == word]


@pytest.mark.parametrize("text, word, code", [
    ("Washington eased sanctions on Cuba in May. Critics said the island had done nothing to "
     "earn it.", "island", "CUB"),
    ("Saudi Arabia and France signed a deal. Officials said the kingdom would buy jets.",
     "kingdom", "SAU"),
    ("China sent warships near Taiwan on Monday, and the island put its forces on alert.",
     "island", "TWN"),
])
def test_an_epithet_is_the_state_named_before_that_it_fits(stage, text, word, code):
    assert _codes_of(stage, text, word) == [code]


@pytest.mark.parametrize("text, word", [
    ("Greece sent firefighters to the island of Rhodes on Monday.", "island"),
    ("France criticised Germany. Officials said the kingdom was silent.", "kingdom"),
])
def test_an_epithet_without_a_fitting_state_is_no_actor(stage, text, word):
    assert _codes_of(stage, text, word) == []


# -- "cut ties with Israel over its offensive": "its" in a reason is the state acted on -------
def _its(stage: ActorStage, text: str) -> str | None:
    state = _state(stage, text)
    its = next(t for t in state.doc if t.lower_ == "its")
    found = context.resolve_pronoun(state, its)
    return found.country if found is not None else None


@pytest.mark.parametrize("text, country", [
    ("Belize suspended relations with Israel on Friday over its bombardment of Gaza.", "ISR"),
    ("Japan lodged a protest with China over its ships near the islands.", "CHN"),
    ("Warsaw summoned the Russian ambassador over its drone incursions.", "RUS"),
])
def test_its_in_the_reason_of_an_act_is_the_state_acted_on(stage, text, country):
    assert _its(stage, text) == country


def test_its_outside_a_reason_keeps_the_subject(stage):
    assert _its(stage, "Turkey defended its purchase of Russian missiles on Monday.") == "TUR"
