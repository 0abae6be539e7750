"""A learned fallback for sentences the rules leave uncoded (an experiment, off by default:
`dyadwatch code --learned` or CoderConfig(learned_fallback=True) turns it on).

Most events the rule coder misses sit in sentences that name the actors but use words the
lexicon has no trigger for ("X and Y held a flag meeting"). This stage looks only at such
sentences: no draft event from the rules, no event word the rules weighed and dropped
(state.weighed), and at least two distinct actor countries named in the sentence. A linear
model over the sentence's lemmas (trained on the development gold by
tools/train_fallback.py, stored with its weights and a sha256 in
data/learned_fallback.json) predicts a CAMEO root; when its probability reaches the
model's threshold the stage adds one draft with the root's general code (root + "0"), the
subject side's actor as source and the other country's actor as target (joint subjects are
not paired with each other unless the root is a mutual one: see choose_pair), flagged
"learned". The later stages give it modality, attribution, date and confidence as for any
draft; confidence is lowered for the flag, and the record says `learned: true`.

Pure Python at run time: no numerical library is imported here.
"""

from __future__ import annotations

import hashlib
import json
import math
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.context import inferred_state, main_dyad
from dyadwatch.config import CoderConfig
from dyadwatch.errors import DyadwatchError
from dyadwatch.events.sentence import MEETING_ROOT, private_travellers, public_audience
from dyadwatch.pipeline import ActorMention, CodingState, DraftEvent
from dyadwatch.tables import data_path

MODEL_FILE = "learned_fallback.json"
FLAG = "learned"
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
SUBJECT_SIDE = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
PLAIN_STATEMENT_ROOT = "01"


class ModelError(DyadwatchError):
    """The model file is missing, malformed or fails its hash check."""


def model_digest(body: dict[str, Any]) -> str:
    """sha256 of the model's canonical JSON without its own `sha256` key."""
    payload = {k: v for k, v in body.items() if k != "sha256"}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_model(body: dict[str, Any], name: str = MODEL_FILE) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ModelError(f"{name}: not a learned model (a JSON object is expected)")
    if body.get("sha256") != model_digest(body):
        raise ModelError(f"{name}: sha256 does not match the model's content")
    return body


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(
        value)


def check_shape(body: dict[str, Any], name: str = MODEL_FILE) -> None:
    """review23b: a model whose hash matches may still be malformed (written by hand or by
    another trainer): refuse it with one line rather than fail or code every sentence
    later (a NaN probability passes any threshold test)."""
    classes, intercepts = body.get("classes"), body.get("intercepts")
    weights, threshold = body.get("weights"), body.get("threshold")
    problem = None
    if not (isinstance(classes, list) and all(isinstance(c, str) for c in classes)
            and set(classes) - {"none"}):
        problem = "'classes' must list the roots (and 'none')"
    elif not (isinstance(intercepts, list) and len(intercepts) == len(classes)
              and all(map(_finite, intercepts))):
        problem = "'intercepts' must hold one finite number per class"
    elif not (_finite(threshold) and 0 <= threshold <= 1):
        problem = "'threshold' must be a number from 0 to 1"
    elif not isinstance(weights, dict) or not all(
            isinstance(row, list) and all(
                isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], int)
                and not isinstance(pair[0], bool) and 0 <= pair[0] < len(classes)
                and _finite(pair[1]) for pair in row)
            for row in weights.values()):
        problem = "'weights' must map features to [class index, finite weight] pairs"
    if problem:
        raise ModelError(f"{name}: malformed learned model: {problem}")


@cache
def load_model(name: str = MODEL_FILE) -> dict[str, Any]:
    try:
        body = json.loads(data_path(name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{name}: cannot read the learned model ({exc})") from None
    check_model(body, name)
    check_shape(body, name)
    # tuples of numbers, which the garbage collector stops tracking, instead of lists
    body["weights"] = {f: tuple((int(k), float(w)) for k, w in row)
                       for f, row in body["weights"].items()}
    return body


# --- features (shared with tools/train_fallback.py) ---------------------------------------

def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _governing_verb(tok: Token, sent: Span) -> Token | None:
    node = tok
    for _ in range(8):
        if node.head is node or not (sent.start <= node.head.i < sent.end):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _head(doc: Doc, m: ActorMention) -> Token:
    return doc[m.head] if 0 <= m.head < len(doc) else doc[m.token_start]


def named_country(m: ActorMention) -> bool:
    return not m.inferred and bool(m.country)


def mentions_by_sentence(state: CodingState, sents: list[Span]) -> dict[int, list[ActorMention]]:
    """Each sentence's named (not inferred) mentions of an actor with a country, in text
    order, by sentence index: one pass over the mentions, not one per sentence (review23b:
    a 1,900-sentence document spent 30% of its time in a per-sentence scan)."""
    starts = [s.start for s in sents]
    found: dict[int, list[ActorMention]] = {}
    for m in sorted(filter(named_country, state.mentions), key=lambda m: m.token_start):
        k = bisect_right(starts, m.token_start) - 1
        if k >= 0 and m.token_start < sents[k].end:
            found.setdefault(k, []).append(m)
    return found


def features(sent: Span, mentions: list[ActorMention]) -> list[str]:
    """Sparse binary features: content lemmas and their bigrams (actor names left out),
    the main verb, the verbs governing the actors, negation and modal markers."""
    inside = {i for m in mentions for i in range(m.token_start, m.token_end)}
    feats: set[str] = set()
    words: list[str] = []
    for tok in sent:
        if tok.i in inside:
            continue
        if tok.dep_ == "neg":
            feats.add("neg")
        if tok.tag_ == "MD":
            feats.add("md=" + _lemma(tok))
        if tok.pos_ in CONTENT_POS and tok.is_alpha and not tok.is_stop:
            words.append(_lemma(tok))
    feats.update("w=" + w for w in words)
    feats.update(f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False))
    feats.add("root=" + _lemma(sent.root))
    for m in mentions:
        head = _head(sent.doc, m)
        verb = _governing_verb(head, sent)
        if verb is not None:
            feats.add("gov=" + _lemma(verb))
            feats.add(f"gov={_lemma(verb)}:{head.dep_}")
    countries = {m.country for m in mentions}
    feats.add("nc=" + ("3+" if len(countries) >= 3 else str(len(countries))))
    return sorted(feats)


def on_subject_side(state: CodingState, m: ActorMention) -> bool:
    tok = _head(state.doc, m)
    for _ in range(8):
        if tok.dep_ in SUBJECT_SIDE:
            return True
        if tok.head is tok or tok.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            return False
        if tok.dep_ in ("dobj", "pobj", "iobj", "dative"):
            return False
        tok = tok.head
    return False


def mention_info(state: CodingState, m: ActorMention) -> dict[str, Any]:
    """What the pair choice uses of one mention (also stored in the trainer's cache)."""
    return {"country": m.country, "subj": on_subject_side(state, m),
            "dep": _head(state.doc, m).dep_}


def choose_pair(infos: list[dict[str, Any]], root: str | None = None,
                mutual: frozenset[str] = frozenset(),
                dyad: Sequence[str] = ()) -> tuple[int, int | str] | None:
    """Indices (source, target) into `infos` (mentions in text order): the first mention on
    the subject side (else the first mention) and the first mention of another country.
    Joint subjects ("the EU and NATO condemned ...") are not paired with each other unless
    `root` is a mutual one: the target is then the first mention of a country not among
    the subjects, else the main dyad's member that is not (a country, returned as such),
    else there is no pair."""
    if len({m["country"] for m in infos}) < 2:
        return None
    subject = [k for k, m in enumerate(infos) if m["subj"]]
    source = subject[0] if subject else 0
    target = next(k for k, m in enumerate(infos) if m["country"] != infos[source]["country"])
    if mutual and root not in mutual and joint_subject(infos[source], infos[target]):
        subjects = {infos[k]["country"] for k in subject}
        rest = [k for k, m in enumerate(infos) if m["country"] not in subjects]
        if rest:
            return source, rest[0]
        other = next((c for c in dyad if c not in subjects), None)
        return (source, other) if other else None
    return source, target


def recent_first(dyad: Sequence[str], earlier: Sequence[str | None]) -> list[str]:
    """The main dyad's members, the one named last before the sentence first."""
    last = {c: k for k, c in enumerate(earlier)}
    return sorted(dyad, key=lambda c: -last.get(c, -1))


def joint_subject(source: dict[str, Any], target: dict[str, Any]) -> bool:
    return bool(source["subj"] and target["subj"] and target["dep"] == "conj")


def pick_pair(state: CodingState, mentions: list[ActorMention], model: dict[str, Any],
              root: str) -> tuple[ActorMention, ActorMention] | None:
    """The (source, target) mentions of a learned record: see choose_pair; a target taken
    from the main dyad is an inferred mention."""
    infos = [mention_info(state, m) for m in mentions]
    mutual = frozenset(model.get("mutual_roots", ()))
    dyad: list[str] = []
    if mutual and root not in mutual:
        dyad = recent_first(main_dyad(state), [
            m.country for m in state.mentions
            if not m.inferred and m.country and 0 <= m.token_start < mentions[0].token_start])
    chosen = choose_pair(infos, root, mutual, dyad)
    if chosen is None:
        return None
    source, target = chosen
    if isinstance(target, str):
        return mentions[source], inferred_state(target, mentions[source].text)
    return mentions[source], mentions[target]


# --- the model ----------------------------------------------------------------------------

def probabilities(model: dict[str, Any], feats: list[str]) -> dict[str, float]:
    """Softmax over the model's classes ("none" among them) for one feature set."""
    classes: list[str] = model["classes"]
    scores = list(model["intercepts"])
    weights = model["weights"]  # feature -> ((class, weight), ...)
    for f in feats:
        for k, w in weights.get(f, ()):
            scores[k] += w
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(classes, exps, strict=True)}


def predict(model: dict[str, Any], feats: list[str]) -> tuple[str, float]:
    """The most probable root (never "none") and its probability."""
    probs = probabilities(model, feats)
    probs.pop("none", None)
    root = max(probs, key=probs.__getitem__)
    return root, probs[root]


class LearnedStage:
    """Between the events stage and the modality stage: one draft per uncoded sentence with
    two named countries whose predicted root passes the threshold."""

    name = "learned"

    def __init__(self, config: CoderConfig):
        self.config = config
        self.model = load_model() if config.learned_fallback else None

    def threshold(self) -> float:
        if self.config.learned_threshold is not None:
            return self.config.learned_threshold
        return float(self.model["threshold"]) if self.model else 1.0

    def __call__(self, state: CodingState) -> None:
        if self.model is None or state.doc is None:
            return
        coded = {ev.sent_index for ev in state.events}
        cap = self.config.limits.max_sentence_chars
        threshold = self.threshold()
        sents = state.sentences()
        named = mentions_by_sentence(state, sents)
        for index, sent in enumerate(sents):
            if (index in coded or index in state.weighed or index not in named
                    or len(sent.text) > cap):
                continue
            mentions = named[index]
            if len({m.country for m in mentions}) < 2:
                continue
            root, prob = predict(self.model, features(sent, mentions))
            if prob < threshold:
                continue
            if root == PLAIN_STATEMENT_ROOT and not self.config.statements:
                continue
            pair = pick_pair(state, mentions, self.model, root)
            if pair is None or (root == MEETING_ROOT
                                and any(public_audience(state, m) for m in pair)):
                continue  # the press or the public is no meeting partner
            if root == MEETING_ROOT and private_travellers([pair[0]]):
                continue  # "About 11,000 Israelis visited the Maldives": no state's visit,
                # as the rules' keep says of the visit (review23b)
            state.events.append(learned_draft(state, sent, index, root, pair))
            state.count("events.learned")


def learned_draft(state: CodingState, sent: Span, index: int, root: str,
                  pair: tuple[ActorMention, ActorMention]) -> DraftEvent:
    source, target = pair
    verb = sent.root
    return DraftEvent(
        cameo=root + "0", trigger=verb.i, trigger_text=verb.text, sent_index=index,
        source=[source], target=[target], trigger_start_char=verb.idx,
        trigger_end_char=verb.idx + len(verb.text), flags={FLAG, "indirect"},
    )
