"""Measure the actor stage on the PLOVER gold standard records (or any file in that format).

    python tools/bench_actors.py [../shared/dev/plover-gsr/PLOVER_GSR_CAMEO.txt] [--show N]
    python tools/bench_actors.py --gold-dir DIR [--show N]

With --gold-dir (the project's gold format: NAME.txt + NAME.gold.jsonl, searched recursively):
for each gold event's source and target code, is a mention with that code (and with that
country) inside the evidence sentence? Codes the gold takes from context are counted too, so
this is an upper bound for what the sentence itself offers, not a recall the coder must reach.

For every gold actor (source and target, compound actors expanded) with its actorText found in
the sentence: is there a mention over that text, and do its country part (ISO3, or IGO + 3) and
its full code (country + sector) agree? Also: is the gold country among the countries of all
mentions in the sentence (country recall), and how long the stage takes per sentence.
Dates in that file are placeholders, so documents are coded undated.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.actors.officeholders import split_code  # noqa: E402
from dyadwatch.actors.stage import ActorStage  # noqa: E402
from dyadwatch.config import CoderConfig  # noqa: E402
from dyadwatch.nlp.model import load_pipeline  # noqa: E402
from dyadwatch.pipeline import CodingState  # noqa: E402
from dyadwatch.read.document import Document  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "dev" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
# The GSR writes Japan as JAP (see shared/dev/README.md).
GOLD_RECODE = {"JAP": "JPN"}
# Gold codes with no organisation or country ("IGO" for the UN): no coder can agree with them.
GENERIC = {"IGO", "NGO", "IMG", "INT", "MNC", "UIS"}


def locate(text: str, phrase: str) -> tuple[int, int] | None:
    """The phrase as whole words in the text, case-insensitive."""
    if not phrase.strip():
        return None
    hit = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, flags=re.IGNORECASE)
    return (hit.start(), hit.end()) if hit else None


def gold_actors(record: dict) -> list[dict]:
    actors = []
    for side in ("source", "target"):
        value = record.get(side) or []
        actors += value if isinstance(value, list) else [value]
    return [a for a in actors if isinstance(a, dict) and a.get("code")]


def gold_code(actor: dict) -> tuple[str, str]:
    code = GOLD_RECODE.get(actor["code"][:3], actor["code"][:3]) + actor["code"][3:]
    country = split_code(code)[0]
    sector = (actor.get("sector") or "").strip()
    return country, country + sector if sector and not country.startswith("IGO") else country


def read_article(path: Path) -> tuple[str, str | None]:
    """Body text and publication date of a gold-format article (header lines, blank, body)."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    lines = head.splitlines()
    if not sep or not all(re.match(r"^[a-z_]+:", ln) for ln in lines):
        return text, None
    meta = dict(ln.split(":", 1) for ln in lines)
    return body, (meta.get("published") or "").strip() or None


def bench_gold_dir(folder: Path, show: int) -> None:
    nlp, stage = load_pipeline(), ActorStage(CoderConfig())
    n = {"sides": 0, "code": 0, "country": 0, "unlocated": 0}
    for gold in sorted(folder.rglob("*.gold.jsonl")):
        body, date = read_article(gold.with_name(gold.name.replace(".gold.jsonl", ".txt")))
        state = CodingState(document=Document(gold.stem, body, pub_date=date), config=stage.config)
        state.doc = nlp(body)
        stage(state)
        for line in gold.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            at = body.find(event["sentence"])
            if at < 0:
                n["unlocated"] += 1
                continue
            end = at + len(event["sentence"])
            inside = [m for m in state.mentions if at <= m.start_char < end]
            codes = {m.code for m in inside}
            countries = {split_code(m.code)[0] for m in inside}
            for side in ("source", "target"):
                want = event.get(side)
                if not want:
                    continue
                n["sides"] += 1
                n["code"] += want in codes
                n["country"] += split_code(want)[0] in countries
                if want not in codes and show:
                    show -= 1
                    print(
                        f"{gold.stem}: {side} {want} not among {sorted(codes)}: "
                        f"{event['sentence'][:100]!r}"
                    )
    pct = lambda a, b: f"{100 * a / max(b, 1):.1f}%"  # noqa: E731
    print(f"gold sides {n['sides']} (sentences not found: {n['unlocated']})")
    print(
        f"gold code named in the evidence sentence: {pct(n['code'], n['sides'])}; "
        f"gold country: {pct(n['country'], n['sides'])}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--gold-dir", type=Path, help="a directory in the project's gold format")
    parser.add_argument("--show", type=int, default=0, help="print N disagreements")
    args = parser.parse_args()
    if args.gold_dir is not None:
        bench_gold_dir(args.gold_dir, args.show)
        return
    records = [r for r in json.loads(args.gold.read_text()) if r.get("text")]
    nlp, stage = load_pipeline(), ActorStage(CoderConfig())
    n = {"actors": 0, "located": 0, "spanned": 0, "country": 0, "code": 0, "recall": 0}
    n.update(specific=0, specific_country=0)
    shown, seconds = 0, 0.0
    for rec in records:
        text = rec["text"]
        state = CodingState(document=Document("gsr", text), config=stage.config)
        state.doc = nlp(text)
        started = time.perf_counter()
        stage(state)
        seconds += time.perf_counter() - started
        countries = {split_code(m.code)[0] for m in state.mentions}
        for actor in gold_actors(rec):
            country, code = gold_code(actor)
            n["actors"] += 1
            n["recall"] += country in countries
            hit = locate(text, actor.get("actorText") or "")
            if hit is None:
                continue
            n["located"] += 1
            at, end = hit
            over = [m for m in state.mentions if m.start_char < end and at < m.end_char]
            if not over:
                if shown < args.show:
                    shown += 1
                    print(f"MISS {code:9} {actor['actorText']!r} in {text[:90]!r}")
                continue
            n["spanned"] += 1
            got_country = {split_code(m.code)[0] for m in over}
            n["country"] += country in got_country
            if country not in GENERIC:
                n["specific"] += 1
                n["specific_country"] += country in got_country
            n["code"] += code in {m.code for m in over}
            if code not in {m.code for m in over} and shown < args.show:
                shown += 1
                print(f"DIFF {code:9} got {[m.code for m in over]} {actor['actorText']!r}")
    pct = lambda a, b: f"{100 * a / max(b, 1):.1f}%"  # noqa: E731
    print(f"sentences {len(records)}, gold actors {n['actors']}")
    print(
        f"country recall (gold country among the sentence's mentions): "
        f"{pct(n['recall'], n['actors'])}"
    )
    print(
        f"actorText found in sentence: {n['located']}; covered by a mention: "
        f"{pct(n['spanned'], n['located'])}"
    )
    print(
        f"on covered actors: country agreement {pct(n['country'], n['spanned'])}, "
        f"full code agreement {pct(n['code'], n['spanned'])}"
    )
    print(
        f"  excluding bare generic gold codes (IGO, NGO...): country agreement "
        f"{pct(n['specific_country'], n['specific'])} of {n['specific']}"
    )
    print(f"actor stage time: {1000 * seconds / max(len(records), 1):.2f} ms per sentence")


if __name__ == "__main__":
    main()
