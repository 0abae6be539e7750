"""Per-modality recall of the coder on a gold directory: for each gold modality, how many
gold events a prediction matches at dyad_root level with the same modality.

    PYTHONPATH=src python tools/modality_recall.py tests/gold/dev/tune
"""

from __future__ import annotations

import sys
from collections import Counter

from dyadwatch.evaluation.gold import find_gold, read_article
from dyadwatch.evaluation.scoring import expand_events, match_events, modality_of
from dyadwatch.pipeline import Coder


def modality_recall(gold_dir: str) -> dict[str, tuple[int, int]]:
    coder = Coder()
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for doc in find_gold(gold_dir):
        golds = expand_events(doc.events)
        records = coder.code(read_article(doc.text_path, doc.doc_id))
        preds = expand_events([r.model_dump(mode="json") for r in records])
        for pi, gi in match_events(preds, golds, "dyad_root"):
            if modality_of(preds[pi]) == modality_of(golds[gi]):
                found[modality_of(golds[gi])] += 1
        total.update(modality_of(g) for g in golds)
    return {m: (found[m], n) for m, n in total.items()}


if __name__ == "__main__":
    for modality, (hit, n) in modality_recall(sys.argv[1]).items():
        print(f"{modality:13s} {hit}/{n}")
