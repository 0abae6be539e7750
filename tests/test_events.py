"""The event coder's constructions, on short sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.config import CoderConfig, Limits
from dyadwatch.errors import InputError
from dyadwatch.events.confidence import score
from dyadwatch.events.lexicon import base_lexicon, load_lexicon
from dyadwatch.pipeline import ActorMention, Coder, DraftEvent
from dyadwatch.read.document import Document
from dyadwatch.tables import cameo_codes


def code(coder: Coder, text: str) -> list:
    return coder.code(Document(doc_id="t", text=text, pub_date="2025-07-03"))


def countries(field) -> list[str]:
    if field is None:
        return []
    items = field if isinstance(field, list) else [field]
    return [a.country for a in items]


def find(records, code_prefix: str):
    return [r for r in records if r.cameo.startswith(code_prefix)]


def one(records, code_prefix: str):
    hits = find(records, code_prefix)
    assert hits, f"no {code_prefix} event in {[(r.cameo, r.source, r.target) for r in records]}"
    return hits[0]


# ------------------------------------------------------------------ the lexicon

def test_lexicon_codes_exist_and_cover_every_root():
    lex = base_lexicon()
    codes = {e.cameo for entries in lex.entries.values() for e in entries if not e.void}
    assert codes <= set(cameo_codes())
    assert {c[:2] for c in codes} == {f"{n:02d}" for n in range(1, 21)}
    assert sum(1 for c in codes if len(c) == 4) >= 20  # 4-digit codes where the text allows


def test_lexicon_object_constraints_pick_the_sense():
    lex = base_lexicon()
    expel = {e.cameo for e in lex.lookup("expel", "VERB")}
    assert {"161", "174"} <= expel  # diplomats vs individuals
    assert any(e.particle == "off" and e.cameo == "161" for e in lex.lookup("call", "VERB"))


# ------------------------------------------------------------------ constructions

def test_active_voice_object_is_target(coder):
    r = one(code(coder, "France expelled two Iranian diplomats on Tuesday."), "161")
    assert countries(r.source) == ["FRA"] and countries(r.target) == ["IRN"]


def test_passive_with_agent(coder):
    r = one(code(coder, "Two Georgian journalists were detained by Russian police."), "173")
    assert r.source.code.startswith("RUS") and r.target.code == "GEOMED"


def test_passive_without_agent_takes_the_state_of_the_place(coder):
    text = ("Poland and Belarus traded accusations over the border. "
            "The office of a Polish newspaper was raided in Minsk on Monday.")
    r = one(code(coder, text), "1711")
    assert countries(r.source) == ["BLR"] and r.source.inferred
    assert countries(r.target) == ["POL"]


def test_agentless_cancellation_takes_the_other_side_of_the_main_dyad(coder):
    text = ("Relations between Serbia and Croatia worsened this year. Serbia accused Croatia "
            "of provocations. The planned visit of the Croatian foreign minister was called off.")
    r = one(code(coder, text), "161")
    assert countries(r.source) == ["SRB"] and r.source.inferred
    assert countries(r.target) == ["HRV"]
    assert r.confidence < 0.6


def test_nominal_event_inside_a_demand(coder):
    r = one(code(coder, "Hungary demanded the closure of the Ukrainian cultural centre."), "10")
    assert countries(r.source) == ["HUN"] and countries(r.target) == ["UKR"]


def test_decision_counts_as_the_act(coder):
    records = code(coder, "The Turkish government decided to revoke the licence of a Greek "
                          "broadcaster.")
    r = one(records, "1721")
    assert r.source.code == "TURGOV" and r.target.code == "GRCMED"
    assert not find(records, "01")


def test_order_to_stop_work_is_the_orderers_act(coder):
    r = one(code(coder, "Tbilisi ordered the Russian cultural foundation to stop its work."),
            "166")
    assert countries(r.source) == ["GEO"] and countries(r.target) == ["RUS"]


def test_called_someone_to_apologize(coder):
    records = code(coder, "The Japanese prime minister called the South Korean president "
                          "to apologize for the incident.")
    r = one(records, "055")
    assert r.source.code == "JPNGOV" and r.target.code == "KORGOV"


def test_appeal_is_refined_by_what_is_asked(coder):
    r = one(code(coder, "Ukraine urged Germany to return to the negotiating table."), "02")
    assert r.cameo == "026"
    assert countries(r.source) == ["UKR"] and countries(r.target) == ["DEU"]


def test_accusation_and_the_alleged_act(coder):
    coder_ = coder
    state = coder_.run(Document(doc_id="t", text="Lithuania accused Belarus of staging a "
                                "cyberattack on Lithuanian government websites."))
    by_code = {e.cameo: e for e in state.events}
    assert "112" in by_code and "176" in by_code
    accusation, attack = by_code["112"], by_code["176"]
    assert accusation.speech_act and not attack.speech_act
    assert attack.alleged_by is accusation
    assert [m.country for m in attack.source] == ["BLR"]
    assert [m.country for m in attack.target] == ["LTU"]


def test_statement_of_another_partys_attack_is_an_accusation(coder):
    records = code(coder, "The Moldovan president said the drone had been launched by Russia.")
    r = one(records, "11")
    assert countries(r.source) == ["MDA"] and countries(r.target) == ["RUS"]


def test_compound_actors_stay_lists(coder):
    r = one(code(coder, "Egypt and Sudan signed a water agreement in Cairo."), "057")
    assert isinstance(r.source, list) and countries(r.source) == ["EGY", "SDN"]
    assert r.target is None


def test_conjoined_nationality_adjectives(coder):
    r = one(code(coder, "Chilean and Peruvian delegations met in Lima."), "04")
    assert sorted(countries(r.source)) == ["CHL", "PER"]


def test_each_other_is_reciprocal(coder):
    r = one(code(coder, "Armenia and Azerbaijan blamed each other for the shooting."), "112")
    assert sorted(countries(r.source)) == ["ARM", "AZE"] and r.target is None


def test_pronoun_takes_the_nearest_subject(coder):
    text = "The Estonian government met on Monday. On Tuesday, it expelled a Russian diplomat."
    r = one(code(coder, text), "161")
    assert countries(r.source) == ["EST"] and countries(r.target) == ["RUS"]


def test_both_sides_in_a_statement_take_the_main_dyad(statements_coder):
    # (a plain statement, 010: made a record only with plain statements on)
    text = ("India and Pakistan exchanged fire last week. A spokesman for the Indian foreign "
            "ministry stated that dialogue acceptable to both sides remains possible.")
    records = code(statements_coder, text)
    r = [x for x in records if "both sides" in x.sentence]
    assert r and countries(r[0].source) == ["IND"] and countries(r[0].target) == ["PAK"]
    assert r[0].target.inferred


def test_target_is_not_the_sources_own_possession(coder):
    r = one(code(coder, "Serbia recalled its ambassador from Montenegro."), "161")
    assert countries(r.source) == ["SRB"] and countries(r.target) == ["MNE"]


def test_violence_takes_the_place_as_target(coder):
    r = one(code(coder, "Israeli aircraft struck targets in Lebanon overnight."), "19")
    assert countries(r.source) == ["ISR"] and countries(r.target) == ["LBN"]


@pytest.mark.parametrize("text", [
    "Kazakhstan controls important pipeline routes.",  # a state of affairs
    "German police arrested three German citizens.",  # domestic
    "The meeting was called off.",  # no actor anywhere
    "Airlines cancelled flights across the region.",
])
def test_no_event_without_an_interstate_actor(coder, text):
    assert code(coder, text) == []


def test_naming_is_not_a_phone_call(coder):
    records = code(coder, "Croatia called the decision by Serbia a provocation.")
    assert not find(records, "041")


# ------------------------------------------------------------------ limits, dictionaries

def test_long_sentences_are_skipped_and_counted():
    coder = Coder(CoderConfig(limits=Limits(max_sentence_chars=40)))
    state = coder.run(Document(doc_id="t", text=(
        "France expelled two Iranian diplomats on Tuesday after a long dispute. "
        "Iran protested.")))
    assert state.stats.get("sentences_skipped_long") == 1
    assert not [e for e in state.events if e.cameo == "161"]


def test_user_trigger_dictionary(tmp_path: Path, coder):
    text = "Brazil snubbed Argentina at the summit."
    assert not code(coder, text)
    extra = tmp_path / "triggers.tsv"
    extra.write_text("lemma\tpos\tcameo\tprt\tobj\tflags\nsnub\tVERB\t125\t-\t-\t-\n")
    mine = Coder(CoderConfig(dicts=[extra]))
    r = one(mine.code(Document(doc_id="t", text=text)), "125")
    assert countries(r.source) == ["BRA"] and countries(r.target) == ["ARG"]


def test_bad_user_dictionary_is_one_clear_error(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tpos\tcameo\tprt\tobj\tflags\nsnub\tVERB\t999\t-\t-\t-\n")
    with pytest.raises(InputError, match="unknown CAMEO code"):
        load_lexicon([bad])


def test_confidence_rule_orders_named_above_inferred():
    named = ActorMention(code="FRA", country="FRA", roles=[], text="France")
    other = ActorMention(code="IRN", country="IRN", roles=[], text="Iran")
    guessed = ActorMention(code="IRN", country="IRN", roles=[], text="", inferred=True,
                           confidence=0.6)
    direct = DraftEvent("161", 0, "expelled", 0, [named], [other], flags={"specific"})
    inferred = DraftEvent("161", 0, "expelled", 0, [named], [guessed], flags={"indirect"})
    assert score(direct) > score(inferred)
    assert 0.05 <= score(inferred) < score(direct) <= 0.99


# ------------------------------------------------------------------ the parse stage

def test_fast_parse_keeps_offsets_and_skips_sentences_without_triggers(coder):
    from dyadwatch.nlp.stage import ParseStage

    text = ("The weather in Vienna was mild.\n\nAustria expelled a Russian diplomat on "
            "Friday.  Tourists enjoyed the sun.")
    state = coder.run(Document(doc_id="t", text=text))
    assert state.doc.text == text
    assert state.stats["sentences_parsed"] == 1 and state.stats["sentences_unparsed"] == 2
    sents = list(state.doc.sents)
    assert [s.text.strip() for s in sents][1] == "Austria expelled a Russian diplomat on Friday."
    r = one(state.records, "161")
    assert text[r.start:r.end] == r.sentence
    assert text[r.trigger_start:r.trigger_end] == "expelled"
    assert ParseStage.__init__.__defaults__ == (True,)  # fast by default


def test_fast_and_full_parse_code_the_seed_alike(shared_dir: Path):
    from dyadwatch.nlp.stage import ParseStage
    from dyadwatch.pipeline import default_stages

    text = (shared_dir / "seed" / "000_d07b6db2e23c9954.txt").read_text(encoding="utf-8")
    config = CoderConfig()
    full = Coder(config, [ParseStage(config, fast=False), *default_stages(config)[1:]])
    fast = Coder(config)
    doc = Document(doc_id="s", text=text, pub_date="2025-07-03")

    def keys(records):
        return {(r.cameo, str(countries(r.source)), str(countries(r.target))) for r in records}

    assert keys(fast.code(doc)) == keys(full.code(doc))


def test_trigger_word_forms_cover_inflections():
    from dyadwatch.nlp.stage import word_forms

    assert {"expelled", "expels", "expelling"} <= word_forms("expel")
    assert {"said", "says"} <= word_forms("say")
    assert {"apologised", "apologized"} <= word_forms("apologize")


def test_trigger_dictionary_missing_columns_is_refused(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tpos\tcameo\nsnub\tVERB\t125\n")
    with pytest.raises(InputError, match="lacks the columns prt, obj, flags"):
        load_lexicon([bad])


def test_meeting_with_someone_is_mutual(coder):
    r = one(code(coder, "The Greek prime minister met with his Turkish counterpart in Ankara."),
            "04")
    assert sorted(countries(r.source)) == ["GRC", "TUR"] and r.target is None


def test_present_tense_stance_is_not_an_event(coder):
    assert not code(coder, "Hungary opposes any change to the border with Romania.")
    r = one(code(coder, "Hungary opposed the Romanian proposal on Monday."), "110")
    assert countries(r.target) == ["ROU"]


def test_warning_a_party_is_a_threat(coder):
    r = one(code(coder, "The Turkish president warned Greece not to militarize the islands."),
            "13")
    assert countries(r.source) == ["TUR"] and countries(r.target) == ["GRC"]


def test_announced_intention_is_an_intent_and_the_act_is_kept(coder):
    records = code(coder, "Israel announced it would free 150 Palestinian prisoners.")
    intent = one(records, "03")
    assert intent.cameo == "0353" and intent.modality == "asserted"
    act = one(records, "084")
    assert countries(act.source) == ["ISR"] and countries(act.target) == ["PSE"]
    assert act.modality == "future"


def test_obligation_in_a_statement_is_a_demand(coder):
    r = one(code(coder, "Russia said on Tuesday that Sudan must return the seized helicopter."),
            "10")
    assert countries(r.source) == ["RUS"] and countries(r.target) == ["SDN"]


def test_what_another_party_must_do_is_a_demand_of_the_speaker(coder):
    r = one(code(coder, "A senior British minister reiterated that Libya must hand over the "
                        "suspects."), "10")
    assert r.trigger == "reiterated" and r.modality == "asserted"
    assert countries(r.source) == ["GBR"] and countries(r.target) == ["LBY"]
