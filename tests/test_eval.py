"""evaluate_dir, explanations, the PLOVER scorer and the `dyadwatch eval` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.config import CoderConfig
from dyadwatch.errors import InputError, LimitExceeded
from dyadwatch.evaluation import (
    evaluate_dir,
    explain,
    find_gold,
    load_plover_gsr,
    pubdate_baseline,
    read_article,
    score_plover,
)
from dyadwatch.events.stage import RecordStage
from dyadwatch.nlp.stage import ParseStage
from dyadwatch.pipeline import ActorMention, Coder, CodingState, DraftEvent

ARTICLE = """title: test
published: 2025-07-04

Russia expelled two Azerbaijani diplomats on Monday.

The weather in Baku was warm.
"""
EXPELLED = "Russia expelled two Azerbaijani diplomats on Monday."


class ExpelStage:
    """A test-only event stage: 'expelled' between two countries named in the sentence.

    It lets the tests drive the real pipeline (parse, records) with known output.
    """

    name = "test-expel"
    COUNTRIES = {"Russia": "RUS", "Azerbaijani": "AZE"}

    def __call__(self, state: CodingState) -> None:
        for si, sent in enumerate(state.sentences()):
            found = [ActorMention(code=self.COUNTRIES[t.text], country=self.COUNTRIES[t.text],
                                  roles=[], text=t.text, token_start=t.i, token_end=t.i + 1)
                     for t in sent if t.text in self.COUNTRIES]
            state.mentions.extend(found)
            triggers = [t for t in sent if t.lower_ == "expelled"]
            if triggers and len(found) == 2:
                state.events.append(DraftEvent(
                    cameo="1663", trigger=triggers[0].i, trigger_text="expelled",
                    sent_index=si, source=[found[0]], target=[found[1]], confidence=0.9))


@pytest.fixture(scope="module")
def expel_coder() -> Coder:
    config = CoderConfig()
    return Coder(config, stages=[ParseStage(config), ExpelStage(), RecordStage(config)])


def write_pair(folder: Path, name: str, golds: list[dict], text: str = ARTICLE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.jsonl").write_text(
        "".join(json.dumps(g) + "\n" for g in golds), encoding="utf-8")


def gold_event(source="RUS", target="AZE", cameo="1663", date="2025-06-30", sentence=EXPELLED,
               modality="asserted"):
    return {"sentence": sentence, "source": source, "target": target, "cameo": cameo,
            "root": cameo[:2], "quad": 4, "date": date, "modality": modality}


def test_read_article_takes_header_and_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_article(path, "a")
    assert doc.pub_date == "2025-07-04" and doc.title == "test"
    assert doc.text.startswith("Russia expelled")
    path.write_text("Moscow: the ministry said the talks went well.\n", encoding="utf-8")
    assert read_article(path, "a").text.startswith("Moscow: the ministry said")
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError):
        read_article(path, "a")


def test_gold_dir_is_read_recursively_with_groups(tmp_path):
    write_pair(tmp_path / "tune", "one", [gold_event()])
    write_pair(tmp_path / "frozen", "two", [gold_event(), gold_event(cameo="114")])
    docs = find_gold(tmp_path)
    assert [(d.key, d.doc_id, d.group, len(d.events)) for d in docs] == [
        ("frozen/two", "two", "frozen", 2), ("tune/one", "one", "tune", 1)]


def test_evaluate_dir_codes_and_scores(tmp_path, expel_coder):
    write_pair(tmp_path / "tune", "one", [gold_event()])
    write_pair(tmp_path / "frozen", "two", [gold_event(target="AZEGOV"), gold_event(
        source="AZE", target="RUS", cameo="111", sentence="The weather in Baku was warm.")])
    result = evaluate_dir(tmp_path, expel_coder)
    assert result["score"]["gold"] == 3 and result["score"]["pred"] == 2
    assert result["score"]["full"]["tp"] == 1 and result["score"]["dyad_root"]["tp"] == 2
    assert result["by_group"]["tune"]["full"]["F1"] == 1.0
    assert result["by_group"]["frozen"]["full"]["tp"] == 0
    assert [r["doc_id"] for r in result["predictions"]["tune/one"]] == ["one"]
    # Monday before 2025-07-04 is not resolved by this coder: no date -> wrong date
    assert result["score"]["date_acc"] == 0.0
    causes = {(i["doc"], i["cause"]) for i in result["explain"]}
    assert ("frozen/two", "wrong actor") in causes  # AZEGOV in gold, AZE coded
    assert ("frozen/two", "actor not found") in causes  # no actor on the weather sentence
    assert ("tune/one", "wrong date") in causes


def test_pubdate_baseline_dates_every_event(tmp_path, expel_coder):
    write_pair(tmp_path, "one", [gold_event(date="2025-07")])
    result = evaluate_dir(tmp_path, expel_coder, baseline="pubdate")
    assert result["predictions"]["one"][0]["date"] == "2025-07-04"
    assert result["score"]["date_acc"] == 1.0
    assert pubdate_baseline([{"date": None}], "2025")[0]["date_precision"] is None


def test_explain_classifies_each_cause():
    sent, other = EXPELLED, "The weather in Baku was warm and Azerbaijani farmers were glad."
    gold = {"d": [gold_event(), gold_event(cameo="114", sentence=other)]}
    swapped = {"d": [dict(gold_event(source="AZE", target="RUS"))]}
    items = explain(gold, swapped, {"d": [{"code": "AZE", "sentence": other}]})
    by_cause = {i["cause"]: i for i in items}
    assert by_cause["wrong actor"]["detail"] == "source and target swapped"
    assert by_cause["trigger missed"]["sentence"] == other
    roles = explain(gold, {"d": [gold_event(source="RUSGOV")]})
    assert roles[0]["detail"] == "same countries, other roles"
    untargeted = explain(gold, {"d": [gold_event(target=None)]})
    assert untargeted[0]["detail"] == "no target coded"
    wrong_code = explain(gold, {"d": [gold_event(cameo="111")]})
    assert {i["cause"] for i in wrong_code if i["kind"] == "miss"} >= {"wrong code"}
    spurious = explain({"d": []}, {"d": [gold_event(sentence=sent)]})
    assert [i["cause"] for i in spurious] == ["spurious"]
    dup = explain({"d": [gold_event()]}, {"d": [gold_event(), gold_event()]})
    assert [i["detail"] for i in dup] == ["duplicate of a matched event"]
    mod = explain({"d": [gold_event(modality="reported")]}, {"d": [gold_event()]})
    assert [i["cause"] for i in mod] == ["wrong modality"]


def plover_record(rid, event, source, target, text="A sentence."):
    return {"id": rid, "event": event, "text": text,
            "source": [{"code": c} for c in source], "target": [{"code": c} for c in target]}


def test_score_plover_maps_labels_and_codes():
    records = [
        plover_record("r1", "DEMAND", ["JAP"], ["USA"]),
        plover_record("r2", "FIGHT", ["IGO"], ["ITL"]),
        plover_record("r3", "AGREE", ["HUN", "ROU"], []),
    ]
    preds = {
        "r1": [{"plover": {"type": "REQUEST"}, "source": {"code": "JPNGOV"}, "target": "USA"}],
        "r2": [{"plover": {"type": "ACCUSE"}, "source": "IGOUNO", "target": "ITAMIL"}],
    }
    result = score_plover(records, preds)
    assert result["type_acc"] == round(1 / 3, 3)
    assert (result["source_acc"], result["source_n"]) == (round(2 / 3, 3), 3)
    assert (result["target_acc"], result["target_n"]) == (1.0, 2)
    assert result["by_type"]["ASSAULT"] == {"n": 1, "right": 0, "acc": 0.0}
    assert "in-sample" in result["note"]


def test_plover_bare_igo_matches_any_igo_code():
    from dyadwatch.evaluation.plover import country_agrees

    assert country_agrees({"IGO"}, {"IGOUNO"}) and country_agrees({"NGO"}, {"NGOAMN"})
    assert not country_agrees({"IGO"}, {"NGOAMN"}) and not country_agrees({"NGO"}, {"IGOUNO"})
    assert not country_agrees({"IGO"}, {"USA"}) and not country_agrees({"USA"}, {"NGOAMN"})


def test_load_plover_gsr_drops_documentation_record(shared_dir):
    path = shared_dir / "dev" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
    records = load_plover_gsr(path)
    assert len(records) > 300 and all(r["event"] != "DOCUMENT" for r in records)


def test_cli_json_has_exactly_the_reference_keys(tmp_path):
    write_pair(tmp_path, "one", [gold_event()])
    out = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(cli, ["eval", str(tmp_path), "--json", "--out", str(out)])
    assert run.exit_code == 0, run.output
    obj = json.loads(run.output)
    assert list(obj) == ["docs", "gold", "pred", "dyad_root", "date_acc", "date_n",
                         "modality_acc", "full", "code"]
    assert set(obj["full"]) == {"P", "R", "F1", "tp"}
    assert out.is_file()


def test_cli_report_lists_groups_and_explanations(tmp_path):
    write_pair(tmp_path / "tune", "one", [gold_event()])
    write_pair(tmp_path / "frozen", "two", [gold_event()])
    run = CliRunner().invoke(cli, ["eval", str(tmp_path), "--explain"])
    assert run.exit_code == 0, run.output
    assert "by subdirectory" in run.output and "frozen" in run.output
    assert EXPELLED in run.output


@pytest.mark.parametrize("args", [["eval"], ["eval", "/nonexistent/gold"]])
def test_cli_bad_input_is_one_line(args):
    run = CliRunner().invoke(cli, args)
    assert run.exit_code != 0
    assert "Traceback" not in run.output


def test_cli_bad_gold_line_names_file_and_line(tmp_path):
    write_pair(tmp_path, "one", [gold_event()])
    (tmp_path / "one.gold.jsonl").write_text("{not json\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert run.exit_code == 1
    assert "one.gold.jsonl:1" in run.output and "Traceback" not in run.output


class RefusingStage:
    """Refuses documents that mention 'refuse-me', as the limits refuse oversize ones."""

    name = "test-refuse"

    def __call__(self, state: CodingState) -> None:
        if "refuse-me" in state.document.text:
            raise LimitExceeded(state.document.doc_id, "over a test limit")


def test_refused_document_scores_as_nothing_and_is_reported(tmp_path, expel_coder):
    write_pair(tmp_path, "ok", [gold_event()])
    write_pair(tmp_path, "bad", [gold_event()], text=ARTICLE + "refuse-me\n")
    coder = Coder(expel_coder.config, stages=[RefusingStage(), *expel_coder.stages])
    result = evaluate_dir(tmp_path, coder)
    assert result["errors"] == ["bad: over a test limit"]
    assert result["score"]["pred"] == 1 and result["score"]["gold"] == 2


def test_gold_without_article_is_one_clear_error(tmp_path):
    write_pair(tmp_path, "one", [gold_event()])
    (tmp_path / "one.txt").unlink()
    run = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert run.exit_code == 1 and "without the article" in run.output


def test_cli_plover_json_and_explain(tmp_path):
    doc = {"id": "DOC", "event": "DOCUMENT"}
    records = [plover_record("r1", "FIGHT", ["RUS"], ["AZE"], text=EXPELLED),
               plover_record("r2", "AGREE", ["ARM", "AZE"], [], text="The weather was warm.")]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([doc, *records]), encoding="utf-8")
    run = CliRunner().invoke(cli, ["eval", "--plover-gsr", str(path), "--json"])
    assert run.exit_code == 0, run.output
    obj = json.loads(run.output)
    assert obj["records"] == 2 and "in-sample" in obj["note"]
    assert "verdicts" not in obj and "predictions" not in obj
    explained = CliRunner().invoke(cli, ["eval", "--plover-gsr", str(path), "--explain"])
    assert explained.exit_code == 0
    assert "[wrong type, source] r2: gold AGREE" in explained.output
    assert "The weather was warm." in explained.output


def test_cli_scores_saved_predictions_like_the_reference(tmp_path):
    write_pair(tmp_path / "tune", "one", [gold_event(), gold_event(cameo="114")])
    pred = tmp_path / "pred.jsonl"
    record = dict(gold_event(date="2025-06"), doc_id="one", pub_date="2025-07-04")
    pred.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["eval", str(tmp_path), "--pred", str(pred), "--json"])
    assert run.exit_code == 0, run.output
    obj = json.loads(run.output)
    assert obj["full"] == {"P": 1.0, "R": 0.5, "F1": 0.667, "tp": 1}
    assert obj["date_acc"] == 0.0  # gold day 2025-06-30, predicted only the month
    base = CliRunner().invoke(cli, ["eval", str(tmp_path), "--pred", str(pred), "--json",
                                    "--baseline", "pubdate"])
    assert json.loads(base.output)["date_acc"] == 0.0
    refused = CliRunner().invoke(cli, ["eval", "--pred", str(pred)])
    assert refused.exit_code != 0 and "Traceback" not in refused.output


def test_explain_at_dyad_root_level_ignores_role_differences():
    gold = {"d": [gold_event()]}
    other_role = {"d": [gold_event(source="RUSGOV")]}
    assert {i["detail"] for i in explain(gold, other_role)} == {"same countries, other roles"}
    assert explain(gold, other_role, level="dyad_root") == []
    other_root = {"d": [gold_event(cameo="111")]}
    assert {i["cause"] for i in explain(gold, other_root, level="dyad_root")} == {"wrong code"}
