"""Train the learned fallback (dyadwatch.events.learned) on the development gold.

    PYTHONPATH=src python tools/train_fallback.py extract CACHE.jsonl --sets tune,...,tune28
    PYTHONPATH=src python tools/train_fallback.py train CACHE.jsonl --train tune,...,tune22 \
        --pick tune23,...,tune28 [--threshold T] [--mutual 03,04,05,06] [--l2 L] \
        [--epochs N] [--dyad] [--write]

Shipped settings (session 23, learned23b): --l2 0.0001 --epochs 1000 --threshold 0.55
--mutual 03,04,05,06, written with --train tune,...,tune28.

`extract` codes every article of the sets with the rules alone (the fallback off) and
writes one line per sentence of the coder's own split: its features, what the pair choice
uses of each named actor (mention_info) and the document's main dyad, the pair of actors
the stage would pick before it knows the root, whether the rules made a draft there, and
the gold events whose sentence it is (source and target country, root). `train` fits a
multinomial logistic regression (classes: the roots and "none"; numpy, full-batch gradient
descent with L2) on the candidate sentences of --train, prints on the candidate sentences
of --pick, for each threshold, the records the stage would add and how many of them match
a gold event at dyad_root (source country, target country, root; with --mutual the pair
is chosen after the root, as the stage does), and with --write stores the model (weights
rounded, rare features dropped, sha256) as src/dyadwatch/data/learned_fallback.json.

Never pass held-out sets (tune30, frozen) to either command.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from dyadwatch.actors.context import main_dyad
from dyadwatch.config import CoderConfig
from dyadwatch.evaluation.gold import find_gold
from dyadwatch.evaluation.run import _article
from dyadwatch.evaluation.scoring import (
    actor_code,
    actor_country,
    expand_event,
    sentence_words,
)
from dyadwatch.events.learned import (
    MODEL_FILE,
    choose_pair,
    features,
    mention_info,
    mentions_by_sentence,
    model_digest,
    recent_first,
)
from dyadwatch.pipeline import Coder

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "dev"
HELD_OUT = {"tune30", "frozen"}
PRUNE = 0.02  # weights smaller than this are left out of the stored model


def overlap(a: str, b: str) -> float:
    wa, wb = sentence_words(a), sentence_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def gold_keys(event: dict[str, Any]) -> list[list[str | None]]:
    return [[actor_country(actor_code(p.get("source"))), actor_country(actor_code(p.get("target"))),
             str(p.get("cameo") or "")[:2]] for p in expand_event(event)]


def extract(out: Path, sets: list[str]) -> None:
    coder = Coder(CoderConfig(learned_fallback=False))  # the rules alone
    with out.open("w", encoding="utf-8") as fh:
        for name in sets:
            if name in HELD_OUT:
                raise SystemExit(f"{name} is held out")
            for doc in find_gold(GOLD / name):
                state = coder.run(_article(doc, coder.config.limits))
                sents = state.sentences()
                # the rules coded it, or weighed an event word there: the stage leaves it
                coded = {ev.sent_index for ev in state.events} | state.weighed
                golds: dict[int, list] = {}
                for g in doc.events:
                    best = max(range(len(sents)), default=None,
                               key=lambda i, g=g: overlap(g.get("sentence") or "", sents[i].text))
                    if best is not None and overlap(g.get("sentence") or "",
                                                    sents[best].text) >= 0.6:
                        golds.setdefault(best, []).extend(gold_keys(g))
                named = mentions_by_sentence(state, sents)
                dyad = main_dyad(state)
                for i, sent in enumerate(sents):
                    mentions = named.get(i, [])
                    # "pair" is set by repick when training
                    row = {"set": name, "doc": doc.key, "i": i, "text": sent.text,
                           "coded": i in coded, "feats": features(sent, mentions),
                           "ments": [mention_info(state, m) for m in mentions],
                           "dyad": dyad, "gold": golds.get(i, [])}
                    fh.write(json.dumps(row) + "\n")
            print("extracted", name, flush=True)


def read_cache(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def label(row: dict[str, Any]) -> str:
    """The gold root of the sentence that the stage's pair would match, else the commonest
    gold root on it, else none."""
    roots = [r for _, _, r in row["gold"] if r]
    if not roots:
        return "none"
    if row["pair"]:
        matching = [r for s, t, r in row["gold"] if [s, t] == row["pair"]]
        if matching:
            return Counter(matching).most_common(1)[0][0]
    return Counter(roots).most_common(1)[0][0]


def fit(rows: list[dict[str, Any]], l2: float, epochs: int, min_count: int) -> dict[str, Any]:
    import numpy as np  # training only

    counts = Counter(f for r in rows for f in r["feats"])
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(vocab)}
    classes = sorted({label(r) for r in rows})
    cindex = {c: k for k, c in enumerate(classes)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    for n, r in enumerate(rows):
        for f in r["feats"]:
            if f in index:
                x[n, index[f]] = 1.0
    y = np.zeros((len(rows), len(classes)), dtype=np.float32)
    for n, r in enumerate(rows):
        y[n, cindex[label(r)]] = 1.0
    w = np.zeros((len(vocab), len(classes)), dtype=np.float32)
    b = np.log(y.mean(axis=0) + 1e-6).astype(np.float32)
    rate = 0.5
    for _ in range(epochs):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = p - y
        w -= rate * ((x.T @ grad) / len(rows) + l2 * w)
        b -= rate * grad.mean(axis=0)
    weights = {}
    for f, k in index.items():
        row = [[c, round(float(v), 3)] for c, v in enumerate(w[k]) if abs(v) >= PRUNE]
        if row:
            weights[f] = row
    return {"classes": classes, "intercepts": [round(float(v), 4) for v in b],
            "weights": weights}


def repick(rows: list[dict[str, Any]], dyad: bool = False) -> None:
    """The pair the stage picks before it knows the root (the label's reference)."""
    for r in rows:
        chosen = choose_pair(r["ments"])
        r["pair"] = [r["ments"][chosen[0]]["country"],
                     r["ments"][chosen[1]]["country"]] if chosen else None
        r["one"] = False
        if dyad and chosen is None and r["ments"]:
            named = r["ments"][0]
            other = dyad_other(r["dyad"], named["country"])
            if other:
                r["one"] = True
                r["pair"] = [named["country"], other] if named["subj"] else [other,
                                                                          named["country"]]


def dyad_other(dyad: list[str], country: str) -> str | None:
    if len(dyad) < 2 or country not in dyad:
        return None
    return dyad[1] if dyad[0] == country else dyad[0]


def pair_accuracy(rows: list[dict[str, Any]]) -> str:
    withgold = [r for r in rows if r["gold"]]
    right = sum(1 for r in withgold if r["pair"] in [g[:2] for g in r["gold"]])
    rev = sum(1 for r in withgold if [r["pair"][1], r["pair"][0]] in [g[:2] for g in r["gold"]]
              and r["pair"] not in [g[:2] for g in r["gold"]])
    return f"{len(withgold)} with gold: pair right {right}, reversed {rev}"


def candidates(rows: list[dict[str, Any]], sets: set[str]) -> list[dict[str, Any]]:
    return [r for r in rows if r["set"] in sets and not r["coded"] and r["pair"]]


def scan(model: dict[str, Any], rows: list[dict[str, Any]]) -> list[tuple[float, bool, str]]:
    from dyadwatch.events.learned import predict

    found = []
    mutual = frozenset(model.get("mutual_roots", ()))
    for r in rows:
        root, prob = predict(model, r["feats"])
        if root == "01":
            continue
        pair = r["pair"]
        if mutual and not r.get("one"):
            chosen = choose_pair(r["ments"], root, mutual, r["dyad"])
            if chosen is None:
                continue
            target = chosen[1]
            pair = [r["ments"][chosen[0]]["country"],
                    target if isinstance(target, str) else r["ments"][target]["country"]]
        true = [pair[0], pair[1], root] in r["gold"]
        found.append((prob, true, root))
    return found


def train(args: argparse.Namespace) -> None:
    rows = read_cache(args.cache)
    train_sets, pick_sets = set(args.train.split(",")), set(args.pick.split(","))
    if (train_sets | pick_sets) & HELD_OUT:
        raise SystemExit("held-out set named")
    earlier: list[str] = []
    for n, r in enumerate(rows):
        if n and rows[n - 1]["doc"] != r["doc"]:
            earlier = []
        r["dyad"] = recent_first(r["dyad"], earlier)
        earlier.extend(m["country"] for m in r["ments"])
    repick(rows, args.dyad)
    print("pick pairs:", pair_accuracy(candidates(rows, pick_sets)))
    fit_rows = candidates(rows, train_sets) if args.only_candidates else [
        r for r in rows if r["set"] in train_sets and r["pair"]]
    print(f"training rows {len(fit_rows)}; labels {Counter(label(r) for r in fit_rows)}")
    model = fit(fit_rows, args.l2, args.epochs, args.min_count)
    if args.mutual:
        model["mutual_roots"] = args.mutual.split(",")
    model.update(trained_on=sorted(train_sets, key=lambda s: int(s[4:] or 1)),
                 features="events.learned.features v1")
    pick = candidates(rows, pick_sets)
    gold_there = sum(1 for r in pick if r["gold"])
    print(f"pick: {len(pick)} candidate sentences, {gold_there} with gold events")
    found = scan(model, [r for r in pick if not r.get("one")])
    for t in [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]:
        hits = [(p, ok, root) for p, ok, root in found if p >= t]
        tp = sum(ok for _, ok, _ in hits)
        print(f"threshold {t:.2f}: records {len(hits):4d} true {tp:4d} false {len(hits) - tp:4d}")
    if args.threshold is not None:
        hits = [(p, ok, root) for p, ok, root in found if p >= args.threshold]
        print("by root at threshold:", sorted(Counter((root, ok) for _, ok, root in hits).items()))
        lower = args.threshold - 0.2
        hits = [(p, ok, root) for p, ok, root in found if lower <= p < args.threshold]
        print(f"by root in [{lower:.2f}, threshold):",
              sorted(Counter((root, ok) for _, ok, root in hits).items()))
    if args.dyad:
        ones = scan(model, [r for r in pick if r.get("one")])
        print(f"one-country candidates: {len(ones)}")
        for t in [0.2, 0.25, 0.3, 0.35, 0.4, 0.5]:
            hits = [(p, ok, root) for p, ok, root in ones if p >= t]
            tp = sum(ok for _, ok, _ in hits)
            print(f"  one-country threshold {t:.2f}: records {len(hits):4d} true {tp:4d} "
                  f"false {len(hits) - tp:4d}")
    if args.write:
        model["threshold"] = args.threshold
        model["sha256"] = model_digest(model)
        path = ROOT / "src" / "dyadwatch" / "data" / MODEL_FILE
        path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
        print("wrote", path, len(model["weights"]), "features")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract")
    ex.add_argument("cache", type=Path)
    ex.add_argument("--sets", required=True)
    tr = sub.add_parser("train")
    tr.add_argument("cache", type=Path)
    tr.add_argument("--train", required=True)
    tr.add_argument("--pick", required=True)
    tr.add_argument("--threshold", type=float)
    tr.add_argument("--l2", type=float, default=0.001)
    tr.add_argument("--epochs", type=int, default=300)
    tr.add_argument("--min-count", type=int, default=2)
    tr.add_argument("--only-candidates", action="store_true")
    tr.add_argument("--write", action="store_true")
    tr.add_argument("--mutual", help="roots whose joint subjects may be paired (03,04,...)")
    tr.add_argument("--dyad", action="store_true",
                    help="also sentences naming one country of the main dyad")
    args = parser.parse_args()
    if args.command == "extract":
        extract(args.cache, args.sets.split(","))
    else:
        train(args)


if __name__ == "__main__":
    main()
