"""Date and modality agreement on gold events matched by evidence sentence and CAMEO root only.

score.py measures date and modality among events whose actors also match, so its figures
move with actor coding; this matches on the sentence (same 60% word overlap, one-to-one)
and the CAMEO root alone, to judge the grounding stages on more events.

Usage: python tools/grounding_agreement.py GOLD_DIR PRED.jsonl [--checks ../shared/checks] [-v]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys


def load_score(checks: pathlib.Path):
    spec = importlib.util.spec_from_file_location("score", checks / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no score.py in {checks}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=pathlib.Path)
    parser.add_argument("pred", type=pathlib.Path)
    parser.add_argument("--checks", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parents[2] / "shared" / "checks")
    parser.add_argument("-v", "--verbose", action="store_true", help="list disagreements")
    args = parser.parse_args()
    score = load_score(args.checks)
    score.key = lambda e, level: (str(e.get("cameo") or "")[:2],)  # root only
    preds: dict[str, list] = {}
    for line in args.pred.read_text().splitlines():
        if line.strip():
            rec = json.loads(line)
            doc = pathlib.Path(str(rec.get("doc_id"))).name.removesuffix(".txt")
            preds.setdefault(doc, []).extend(score.expand(rec))
    dates: list[bool] = []
    mods: list[bool] = []
    for path in sorted(args.gold_dir.glob("*.gold.jsonl")):
        doc = path.name.removesuffix(".gold.jsonl")
        golds = [x for ln in path.read_text().splitlines() if ln.strip()
                 for x in score.expand(json.loads(ln))]
        for pred, gold in score.match(preds.get(doc, []), golds, "root"):
            ok = score.date_ok(pred, gold)
            if ok is not None:
                dates.append(ok)
            same = (pred.get("modality") or "asserted") == (gold.get("modality") or "asserted")
            mods.append(same)
            if args.verbose and (ok is False or not same):
                print(f"{doc}: {pred.get('trigger')} gold {gold.get('date')} {gold.get('modality')}"
                      f" | coded {pred.get('date')} {pred.get('modality')}")
    print(f"matched {len(mods)}; date {sum(dates)}/{len(dates)}; modality {sum(mods)}/{len(mods)}")


if __name__ == "__main__":
    main()
