"""Dependency-tree helpers shared by the date and grounding stages.

Scope is read from the tree, not from word distance: a cue, a date or a place belongs to an
event when it hangs on the event's trigger or on a clause that governs it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadwatch.tables import read_tsv

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Relations that embed a reported clause or act under a speech verb.
REPORT_DEPS = ("ccomp", "xcomp", "pcomp", "prep", "pobj", "dobj", "parataxis", "advcl", "conj")
# Conjunctions of a time clause the narrator puts around a statement.
NARRATIVE_MARKS = frozenset({"after", "before", "when", "once", "until"})
# Verbs that lay an act at someone's door "to" them ("the shelling, which Yerevan
# attributed to Baku's forces"); with "blame" (on), the verbs that ascribe an act.
ATTRIBUTING_VERBS = frozenset({"attribute", "ascribe"})
ASCRIBING_VERBS = ATTRIBUTING_VERBS | {"blame"}


@cache
def speech_verbs() -> dict[str, str]:
    """lemma -> kind (say | claim | announce | finding), from data/speech_verbs.tsv
    (speech_kind reads a finding as a claim over a that-clause, as no speech otherwise)."""
    return {r["lemma"].lower(): r["kind"] for r in read_tsv("speech_verbs.tsv")}


def speech_kind(token: Token) -> str | None:
    if token.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    kind = speech_verbs().get(token.lemma_.lower())
    if kind == "finding":  # a finding tells a claim only over its that-clause
        return "claim" if any(c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children) else None
    return kind


def ancestors(token: Token) -> list[Token]:
    """The token's heads up to the sentence root, nearest first."""
    out: list[Token] = []
    current = token
    while current.head.i != current.i:
        current = current.head
        out.append(current)
    return out


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head  # "a statement, which said ...": the statement
            return child
    # "X, who said ..." / conjoined verbs share the first verb's subject
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def speaker_of(verb: Token) -> Token | None:
    """Who speaks: the subject, but in the passive ("X is said to have ...", "it was
    reported by Interfax") the agent, or no one."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        for child in verb.children:
            if child.dep_ == "agent":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
        return None
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        # "Kinshasa blamed Kigali, saying Rwanda had refused to sign", "Trump said, adding
        # that ...": a participle of saying with no subject of its own speaks with the
        # subject of the clause it hangs on
        return speaker_of(verb.head)
    return subject


def governing_speech_verb(token: Token, kinds: tuple[str, ...] | None = None) -> Token | None:
    """The nearest speech verb above `token` whose reported content contains it.

    "Baku accused Moscow of launching a cyberattack": `launching` -> `accused`.
    "Russia expelled two diplomats, officials said": `expelled` -> `said`.
    """
    current = token
    while current.head.i != current.i:
        dep = current.dep_
        head = current.head
        if precedent_clause(current):
            return None  # "could respond by raising duties, as it did in June 2019 when it
            # imposed tariffs": the text's own reminder of a past act, not what is said
        kind = speech_kind(head)
        if kind and dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in NARRATIVE_MARKS
                                           for c in current.children):
            return None  # "accused Madrid of ... after it recognised ...": the text's own
            # time clause around the statement, not what the statement says
        if kind and (kinds is None or kind in kinds) and dep in REPORT_DEPS:
            if dep != "conj" or any(c.dep_ == "mark" and c.lower_ == "that"
                                    for c in current.children):
                # "said X, but that Fico had refused it": a second "that" clause the
                # parse joins to the verb of saying is still what was said
                return head
        if dep in ("nsubj", "nsubjpass", "relcl", "acl", "appos"):
            # the subject of a speech verb is the speaker, not what is said
            if speech_kind(head):
                return None
        current = head
    return None


def precedent_clause(verb: Token) -> bool:
    """"as it did in June 2019", "as its troops did in 2015 when they shelled ...": a clause
    of "do" with "as" that compares an act with a past one of the same party."""
    return verb.dep_ == "advcl" and verb.lemma_.lower() == "do" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def clause_head(token: Token) -> Token:
    """The verb of the clause a token sits in (the token itself when it is a verb)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def phrase_text(token: Token, max_tokens: int = 12) -> str:
    """The token's subtree as written, cut at a relative clause or after max_tokens."""
    tokens = [t for t in token.subtree if t.dep_ != "punct" or t.i < token.right_edge.i]
    start = tokens[0].i
    end = min(tokens[-1].i, start + max_tokens - 1)
    for t in tokens:
        if t.dep_ in ("relcl", "acl") and t.i > token.i:
            end = min(end, t.left_edge.i - 1)
    span = token.doc[start:end + 1]
    return span.text.strip(" ,;:\"'")


def trailing_attribution(token: Token) -> Token | None:
    """"China has informed Japan that ..., Japanese media reported on Wednesday": a speech
    verb the parse hangs as a sibling clause after the act's main clause, with no content of
    its own: the attribution of the whole sentence."""
    root = token
    while root.head.i != root.i:
        root = root.head
    # the parse may hang it as one more conjunct of coordinated verbs: "pledged ... and
    # agreed ..., a presidential aide told reporters" (not their "after X declared" clauses)
    heads = [root]
    while (nxt := next((c for c in heads[-1].children if c.dep_ == "conj"), None)) is not None:
        heads.append(nxt)
    candidates = [*root.children, *(c for head in heads[1:] for c in head.children
                                    if c.dep_ == "conj")]
    for child in candidates:
        if (child.i > token.i and child.dep_ in ("ccomp", "parataxis", "advcl", "conj")
                and speech_kind(child) in ("say", "claim") and child.pos_ in ("VERB", "AUX")
                and _after_comma(child)
                and not any(c.tag_ in ("WDT", "WP") for c in child.children)
                and not any(c.dep_ in ("ccomp", "xcomp") for c in child.children)
                and any(c.dep_ in SUBJECT_DEPS for c in child.children)):
            return child
    return None


def inserted_attribution(verb: Token) -> Token | None:
    """"The United States, she said, had committed to ...": a verb of saying set between
    commas inside the clause it attributes (the parse hangs it on the clause's verb), with a
    subject and no content of its own."""
    for child in verb.children:
        if (child.i < verb.i and child.dep_ in ("parataxis", "ccomp", "advcl")
                and speech_kind(child) == "say" and child.pos_ in ("VERB", "AUX")
                and _after_comma(child)
                and (child.right_edge.is_punct or child.right_edge.i + 1 < len(child.doc)
                     and child.doc[child.right_edge.i + 1].is_punct)
                and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children)
                and any(c.dep_ in SUBJECT_DEPS for c in child.children)):
            return child
    return None


def _after_comma(clause: Token) -> bool:
    first = clause.left_edge
    return first.is_punct or (first.i > 0 and clause.doc[first.i - 1].is_punct)


_QUOTES = "\"“”«»"


def inside_quotes(trigger: Token) -> bool:
    """The token stands inside quotation marks opened earlier in its sentence."""
    sent = trigger.sent
    # Only the sentence's tokens before the trigger: Doc.text rebuilds the whole document's
    # text on every call, which made long documents quadratic (tests/hostile).
    before = trigger.doc[sent.start:trigger.i].text_with_ws
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def quoting_verb(trigger: Token) -> Token | None:
    """The speech verb outside the quotation that holds the trigger; for a quotation that
    goes on in a sentence of its own, the verb that introduced it in the sentence before."""
    root = trigger.sent.root
    if speech_kind(root) and not inside_quotes(root):
        return root
    start = trigger.sent.start
    if start == 0:
        return None
    previous = trigger.doc[start - 1].sent
    if not any(q in previous.text for q in _QUOTES):
        return None
    verb = previous.root
    if speech_kind(verb) and not inside_quotes(verb):
        return verb
    return None


VOTED_TEXTS = frozenset({"motion", "resolution", "bill", "proposal", "draft"})


def voted_text(noun: Token) -> bool:
    """A motion, resolution or bill voted on or for ("voted on a motion to expel ...")."""
    return (noun.lemma_.lower() in VOTED_TEXTS and noun.dep_ == "pobj"
            and noun.head.lower_ in ("on", "for") and noun.head.head.lemma_.lower() == "vote")
