"""Score the coder on every development gold set at once, and compare with an earlier sweep.

    PYTHONPATH=src python tools/gold_sweep.py OUT_DIR [--base OLD_DIR] [--held-out tune28,frozen]
                                              [--sets tune2,tune3]

For each set under tests/gold/dev (or those --sets names) it writes OUT_DIR/SET.json, the
scorer's totals as `dyadwatch eval --json` prints them, and OUT_DIR/SET.jsonl, the records as
`dyadwatch eval --out` writes them. Held-out sets get their totals only: their records are
never written, so that no one reads them while tuning. It prints dyad_root F1, true positives
and records per set (with the change from --base's sweep), the totals over the analysed sets,
and how often each gold modality is found with its modality there (issue #5's recall).

One coder codes every set, so the model loads once.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from dyadwatch.cli.eval import write_predictions
from dyadwatch.evaluation.gold import find_gold
from dyadwatch.evaluation.run import evaluate_dir, modality_recall
from dyadwatch.pipeline import Coder

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "dev"


def gold_sets() -> list[str]:
    """Every set folder, in the order tune, tune2, tune3, ... then the rest by name."""
    names = [p.name for p in GOLD.iterdir() if p.is_dir() and any(p.glob("*.gold.jsonl"))]
    return sorted(names, key=_set_order)


def _set_order(name: str) -> tuple[int, int, str]:
    number = name.removeprefix("tune")
    if name.startswith("tune") and (number == "" or number.isdigit()):
        return (0, int(number or 1), name)
    return (1, 0, name)


def write_set(out: Path, name: str, result: dict[str, Any], held_out: bool) -> None:
    (out / f"{name}.json").write_text(json.dumps(result["score"]) + "\n", encoding="utf-8")
    if not held_out:
        write_predictions(out / f"{name}.jsonl", result["predictions"])


def line(name: str, score: dict[str, Any], base: dict[str, Any] | None) -> str:
    root = score["dyad_root"]
    text = (f"{name:8s} F1 {root['F1']:.3f} tp {root['tp']:4d} pred {score['pred']:4d} "
            f"gold {score['gold']:4d} date {score['date_acc']} modality {score['modality_acc']}")
    if base is not None:
        was = base["dyad_root"]
        text += (f"   change F1 {root['F1'] - was['F1']:+.3f} tp {root['tp'] - was['tp']:+d} "
                 f"pred {score['pred'] - base['pred']:+d}")
    return text


def read_base(base: Path | None, name: str) -> dict[str, Any] | None:
    path = base / f"{name}.json" if base is not None else None
    return json.loads(path.read_text(encoding="utf-8")) if path and path.exists() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--base", type=Path, help="an earlier sweep's OUT_DIR to compare with")
    parser.add_argument("--held-out", default="frozen",
                        help="comma-separated sets scored by totals only (default: frozen)")
    parser.add_argument("--sets", help="comma-separated sets (default: every set)")
    args = parser.parse_args()
    held_out = set(filter(None, args.held_out.split(",")))
    names = args.sets.split(",") if args.sets else gold_sets()
    args.out.mkdir(parents=True, exist_ok=True)
    coder = Coder()
    tp = pred = gold = 0
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name in names:
        result = evaluate_dir(GOLD / name, coder, explain_level="dyad_root")
        write_set(args.out, name, result, name in held_out)
        score = result["score"]
        print(line(name, score, read_base(args.base, name)), flush=True)
        if name in held_out:
            continue
        tp, pred, gold = tp + score["dyad_root"]["tp"], pred + score["pred"], gold + score["gold"]
        for modality, (hit, n) in modality_recall(find_gold(GOLD / name),
                                                   result["predictions"]).items():
            found[modality] += hit
            total[modality] += n
    if gold:
        print(f"analysed sets: dyad_root tp {tp} of {gold} gold, {pred} records")
        for modality, n in total.most_common():
            print(f"  {modality:13s} found with its modality {found[modality]}/{n}")


if __name__ == "__main__":
    main()
