"""Code the ground4 probe articles (team-written wire and translated news, issue 5) and check
each NAME.exp expectation: `snippet :: trigger :: date :: modality` (date `null` for none,
`-` to skip a field). A MISS is an event the coder did not find at all (event recall, not
grounding); a WRONG is a found event with another date or modality.

    PYTHONPATH=src python tools/ground4_probes/probe.py tools/ground4_probes/p*.txt [-v]
"""

from __future__ import annotations

import os
import sys

from dyadwatch.evaluation.gold import read_article
from dyadwatch.pipeline import Coder


def check(path: str, records: list) -> tuple[int, int]:
    expected = path[:-4] + ".exp"
    if not os.path.exists(expected):
        return 0, 0
    total = bad = 0
    for line in open(expected, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        snippet, trigger, date, modality = (x.strip() for x in line.split("::"))
        total += 1
        hits = [r for r in records
                if snippet in r.sentence and r.trigger.lower().startswith(trigger.lower())]
        if not hits:
            bad += 1
            print(f"MISS  {os.path.basename(path)}: [{trigger}] {snippet}")
            continue
        got = str(hits[0].date) if hits[0].date else "null"
        if (date not in ("-", got)) or (modality not in ("-", hits[0].modality)):
            bad += 1
            print(f"WRONG {os.path.basename(path)}: [{trigger}] {snippet}: got {got} "
                  f"{hits[0].modality}, want {date} {modality}")
    return total, bad


def main(args: list[str]) -> None:
    coder = Coder()
    total = bad = 0
    for path in (a for a in args if not a.startswith("-")):
        records = coder.code(read_article(path, os.path.basename(path)))
        if "-v" in args:
            for r in records:
                print(f"  {str(r.date):10s} {r.cameo:5s} {r.modality:12s} [{r.trigger}] "
                      f"{r.sentence.strip()[:80]}")
        t, b = check(path, records)
        total, bad = total + t, bad + b
    print(f"{total - bad}/{total} expectations met")


if __name__ == "__main__":
    main(sys.argv[1:])
