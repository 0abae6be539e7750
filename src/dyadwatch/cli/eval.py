"""`dyadwatch eval`: score the coder against a gold directory or the PLOVER gold records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from dyadwatch.errors import InputError
from dyadwatch.evaluation import (
    count_causes,
    evaluate_dir,
    evaluate_plover_gsr,
    evaluate_predictions,
)
from dyadwatch.evaluation.run import BASELINES
from dyadwatch.evaluation.scoring import LEVELS


def level_cells(result: dict[str, Any]) -> str:
    return "  ".join(
        f"{level} P {result[level]['P']:.3f} R {result[level]['R']:.3f} "
        f"F1 {result[level]['F1']:.3f}"
        for level in LEVELS
    )


def score_line(label: str, result: dict[str, Any]) -> str:
    date = "-" if result["date_acc"] is None else f"{result['date_acc']:.3f}"
    modality = "-" if result["modality_acc"] is None else f"{result['modality_acc']:.3f}"
    return (f"{label:<28} docs {result['docs']:>3} gold {result['gold']:>4} "
            f"pred {result['pred']:>4}  {level_cells(result)}  date {date} "
            f"(n={result['date_n']}) modality {modality}")


def print_report(result: dict[str, Any], show_explain: bool) -> None:
    click.echo(score_line("all", result["score"]))
    if len(result["by_group"]) > 1 or "" not in result["by_group"]:
        click.echo("\nby subdirectory")
        for name, row in result["by_group"].items():
            click.echo(score_line(name or "(top level)", row))
    click.echo("\nby CAMEO root (F1 dyad_root / full / code)")
    for root, row in result["by_root"].items():
        f1 = " / ".join(f"{row[level]['F1']:.3f}" for level in LEVELS)
        click.echo(f"  {root or '??'}  gold {row['gold']:>3} pred {row['pred']:>3}  F1 {f1}")
    click.echo("\nby document (F1 dyad_root / full / code)")
    for doc, row in result["by_doc"].items():
        f1 = " / ".join(f"{row[level]['F1']:.3f}" for level in LEVELS)
        click.echo(f"  {doc:<40} gold {row['gold']:>3} pred {row['pred']:>3}  F1 {f1}")
    causes = count_causes(result["explain"])
    click.echo("\nlikely causes: " + (", ".join(f"{k} {v}" for k, v in causes.items())
                                      or "none"))
    if show_explain:
        print_explanations(result["explain"])


def short(event: dict[str, Any] | None) -> str:
    if event is None:
        return "-"
    return (f"{event['source']}->{event['target']} {event['cameo']} "
            f"date {event['date']} {event['modality']}")


def print_explanations(items: list[dict[str, Any]]) -> None:
    click.echo("")
    for item in items:
        detail = f" ({item['detail']})" if item.get("detail") else ""
        click.echo(f"[{item['kind']}: {item['cause']}{detail}] {item['doc']}")
        click.echo(f"    gold {short(item['gold'])} | pred {short(item['pred'])}")
        click.echo(f"    {item['sentence']}")


def print_plover_errors(result: dict[str, Any]) -> None:
    """Each record coded with the wrong type or actors, with its sentence."""
    texts = {str(r["id"]): r["text"] for r in result["records_read"]}
    for v in result["verdicts"]:
        if v["type_ok"] and v["source_ok"] is not False and v["target_ok"] is not False:
            continue
        wrong = [name for name, ok in (("type", v["type_ok"]), ("source", v["source_ok"]),
                                       ("target", v["target_ok"])) if ok is False]
        coded = ", ".join(v["pred_types"]) or "nothing"
        click.echo(f"[wrong {', '.join(wrong)}] {v['id']}: gold {v['type']}, coded {coded}")
        click.echo(f"    {texts.get(str(v['id']), '')}")


def print_plover(result: dict[str, Any]) -> None:
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    click.echo(f"PLOVER gold records ({result['note']})")
    if result.get("domestic"):
        click.echo("  coded with domestic events on (as --domestic): the PLOVER records code them")
    click.echo(f"  records {result['records']}  with any prediction {result['coded']}")
    click.echo(f"  event type accuracy {pct(result['type_acc'])}")
    click.echo(f"  source country agreement {pct(result['source_acc'])} (n={result['source_n']})")
    click.echo(f"  target country agreement {pct(result['target_acc'])} (n={result['target_n']})")
    for ptype, row in result["by_type"].items():
        click.echo(f"    {ptype:<10} {row['right']:>3}/{row['n']:<3} {row['acc']:.3f}")


def write_predictions(path: Path, predictions: dict[str, list[dict[str, Any]]]) -> None:
    try:
        with path.open("w", encoding="utf-8") as fh:
            for records in predictions.values():
                for record in records:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise InputError(str(path), str(exc)) from exc


@click.command("eval")
@click.argument("gold_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object (the reference scorer's keys).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the coder's predictions here as JSON Lines.")
@click.option("--explain", "show_explain", is_flag=True,
              help="List misses and false alarms with sentences and likely causes.")
@click.option("--level", "explain_level", type=click.Choice(LEVELS), default="full",
              show_default=True,
              help="Scoring level --explain judges misses and false alarms at.")
@click.option("--baseline", type=click.Choice(BASELINES),
              help="pubdate: date every event by its publication date (GDELT-style).")
@click.option("--plover-gsr", type=click.Path(dir_okay=False, path_type=Path),
              help="Also score the PLOVER gold standard records file (in-sample).")
@click.option("--pred", "pred_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Score these records (JSON Lines, e.g. from `dyadwatch code`) instead of "
                   "coding the articles.")
def eval_cmd(gold_dir, as_json, out, show_explain, explain_level, baseline, plover_gsr,
             pred_file) -> None:
    """Score the coder against GOLD_DIR (NAME.txt + NAME.gold.jsonl pairs, recursive)."""
    if gold_dir is None and plover_gsr is None:
        raise click.UsageError("give a GOLD_DIR, --plover-gsr FILE, or both")
    if pred_file is not None and (gold_dir is None or plover_gsr is not None):
        raise click.UsageError("--pred scores a GOLD_DIR only")
    payload: dict[str, Any] = {}
    coder = None if pred_file is not None or gold_dir is None else make_coder()
    if pred_file is not None:
        payload["gold"] = evaluate_predictions(gold_dir, pred_file, baseline=baseline,
                                               explain_level=explain_level)
    elif gold_dir is not None:
        payload["gold"] = evaluate_dir(gold_dir, coder, baseline=baseline,
                                       explain_level=explain_level)
        if out is not None:
            write_predictions(out, payload["gold"]["predictions"])
    if plover_gsr is not None:
        # The PLOVER records code domestic events too (86 of 322 have one country on both
        # sides): score them with the coder's domestic option on, as the output says.
        payload["plover"] = evaluate_plover_gsr(plover_gsr, make_coder(domestic=True))
        if out is not None and gold_dir is None:
            write_predictions(out, payload["plover"]["predictions"])
    for part in payload.values():
        for error in part["errors"]:
            click.echo(f"dyadwatch: coder refused {error} (scored as coding nothing)", err=True)
    if as_json:
        emit_json(payload)
        return
    if "gold" in payload:
        print_report(payload["gold"], show_explain)
    if "plover" in payload:
        if "gold" in payload:
            click.echo("")
        print_plover(payload["plover"])
        if show_explain:
            click.echo("")
            print_plover_errors(payload["plover"])


def make_coder(domestic: bool = False) -> Any:
    from dyadwatch.config import CoderConfig
    from dyadwatch.pipeline import Coder  # loads spaCy: only when articles are coded

    return Coder(CoderConfig(domestic=domestic))


PLOVER_BULK = ("predictions", "errors", "verdicts", "records_read")


def emit_json(payload: dict[str, Any]) -> None:
    """Gold alone: exactly the reference scorer's object; PLOVER alone: its figures."""
    plover = payload.get("plover")
    if plover is not None:
        plover = {k: v for k, v in plover.items() if k not in PLOVER_BULK}
    if "gold" in payload and plover is None:
        obj: dict[str, Any] = payload["gold"]["score"]
    elif "gold" in payload:
        obj = {"gold_dir": payload["gold"]["score"], "plover_gsr": plover}
    else:
        obj = plover or {}
    sys.stdout.write(json.dumps(obj) + "\n")


def register(group: click.Group) -> None:
    group.add_command(eval_cmd)
