"""Evaluation: how well the coder agrees with gold event data, as plain numbers.

Plain data in, plain data out (like scikit-learn's metrics): events are dicts with the event
record's fields, grouped by document id.

    from dyadwatch.evaluation import load_gold, load_predictions, score
    result = score(load_gold("tests/gold/dev"), predictions_by_doc)
    result["full"]["F1"]

* ``score`` / ``score_by_root`` / ``score_by_doc``: micro P/R/F1 at the dyad_root, full and
  code levels, date and modality accuracy (the rules of shared/checks/score.py);
* ``explain``: misses and false alarms with their sentences and likely causes;
* ``evaluate_dir``: run a coder over a gold directory and score it;
  ``evaluate_predictions``: the same for records coded earlier (a JSON Lines file);
* ``score_plover`` / ``evaluate_plover_gsr``: the PLOVER gold standard records.
"""

from dyadwatch.evaluation.explain import CAUSES, count_causes, explain
from dyadwatch.evaluation.gold import (
    find_gold,
    load_gold,
    load_predictions,
    predictions_by_key,
    read_article,
)
from dyadwatch.evaluation.plover import load_plover_gsr, score_plover
from dyadwatch.evaluation.run import (
    evaluate_dir,
    evaluate_plover_gsr,
    evaluate_predictions,
    pubdate_baseline,
)
from dyadwatch.evaluation.scoring import (
    LEVELS,
    date_agrees,
    expand_event,
    match_events,
    score,
    score_by_doc,
    score_by_root,
    sentences_overlap,
)

__all__ = [
    "CAUSES", "LEVELS", "count_causes", "date_agrees", "evaluate_dir", "evaluate_plover_gsr",
    "evaluate_predictions",
    "expand_event", "explain", "find_gold", "load_gold", "load_plover_gsr", "load_predictions",
    "match_events", "predictions_by_key", "pubdate_baseline", "read_article", "score",
    "score_by_doc", "score_by_root", "score_plover", "sentences_overlap",
]
