"""Per-modality recall of the coder on a gold directory: for each gold modality, how many
gold events a prediction matches at dyad_root level with the same modality.

    PYTHONPATH=src python tools/modality_recall.py tests/gold/dev/tune
"""

from __future__ import annotations

import sys

from dyadwatch.evaluation.gold import find_gold, read_article
from dyadwatch.evaluation.run import modality_recall
from dyadwatch.pipeline import Coder


def coded_recall(gold_dir: str) -> dict[str, tuple[int, int]]:
    coder = Coder()
    docs = find_gold(gold_dir)
    predictions = {doc.key: [r.model_dump(mode="json")
                             for r in coder.code(read_article(doc.text_path, doc.doc_id))]
                   for doc in docs}
    return modality_recall(docs, predictions)


if __name__ == "__main__":
    for modality, (hit, n) in coded_recall(sys.argv[1]).items():
        print(f"{modality:13s} {hit}/{n}")
