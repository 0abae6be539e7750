"""Mending the parse: the small model's known slips in news copy, corrected on the shared
Doc before any rule reads it (the events stage runs this first; the date stage reads the
mended tree too). Lemma and part-of-speech slips come from data/lemma_fixes.tsv; each tree
repair below names the construction it mends."""

from __future__ import annotations

import re
from functools import cache

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from dyadwatch.events.lexicon import base_lexicon
from dyadwatch.nlp.tokens import REFERRING_DETERMINERS
from dyadwatch.tables import read_tsv, read_words
from dyadwatch.when.lexicon import lexicon as time_lexicon


@cache
def lemma_fixes() -> dict[str, str]:
    return {r["form"]: r["lemma"] for r in read_tsv("lemma_fixes.tsv")}


def fix_model_slips(doc: Doc) -> None:
    """Correct the model's known lemma slips ("staged" -> "stag") so the trigger shows, and
    its part-of-speech slips: on verbs after "due to" ("is due to host President Milei"), a
    word tagged as a noun that the parse gives a direct object is a verb; so is a past form
    tagged as an adjective that has a subject and a direct object, and a word tagged as an
    adjective after the "to" of an infinitive that has a direct object ("are to free
    prisoners").

    Read off the Doc's arrays (a Token object is made only for a word that changes); each
    word's fix reads only its own text, tags and its children's labels, none of which a fix
    of another word changes."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    fixes = {get_string_id(form): lemma for form, lemma in lemma_fixes().items()}
    cols = doc.to_array([LOWER, POS, TAG, DEP, HEAD])
    heads = (numpy.arange(len(doc)) + cols[:, 4].view(numpy.int64)).tolist()
    dobj, nsubj = strings.add("dobj"), strings.add("nsubj")
    deps = cols[:, 3].tolist()
    with_object = {head for i, (dep, head) in enumerate(zip(deps, heads, strict=True))
                   if dep == dobj and head != i}
    with_subject = {head for i, (dep, head) in enumerate(zip(deps, heads, strict=True))
                    if dep == nsubj and head != i}
    noun_tag, adjective_tag = strings.add("NN"), strings.add("JJ")
    to_word, to_tag = strings.add("to"), strings.add("TO")
    for i, (lower, pos, tag) in enumerate(cols[:, :3].tolist()):
        right = fixes.get(lower)
        if right is not None:
            doc[i].lemma_ = right
        if pos == NOUN and tag == noun_tag and i in with_object:
            tok = doc[i]
            tok.pos_, tok.tag_ = "VERB", "VB"
        elif tag == adjective_tag and i in with_object and i in with_subject \
                and strings[lower].endswith("ed"):
            # "Le Drian qualified on Friday the authorities as illegitimate": a past form
            # read as an adjective that has a subject and an object is the verb
            tok = doc[i]
            tok.pos_, tok.tag_ = "VERB", "VBD"
        elif tag == adjective_tag and i in with_object and i > 0 \
                and cols[i - 1, 0] == to_word and cols[i - 1, 2] == to_tag:
            # "the Houthis are to free Saudi prisoners": a word after the "to" of an
            # infinitive, read as an adjective, that has a direct object is the verb
            tok = doc[i]
            tok.pos_, tok.tag_ = "VERB", "VB"


def repair_parse(doc: Doc) -> None:
    """Mend parses the model gets wrong in news copy, before any rule reads the tree."""
    persona = doc.vocab.strings.add("persona")
    lowers = doc.to_array([LOWER])  # (the text: no repair changes it)
    for i in numpy.flatnonzero(lowers == persona).tolist():
        repair_persona_non_grata(doc, i)
    weekdays = [doc.vocab.strings.add(w) for w in time_lexicon().weekdays]
    for i in numpy.flatnonzero(numpy.isin(lowers, weekdays)).tolist():
        repair_day_read_with_object(doc[i])
        repair_day_read_into_reported_clause(doc[i])
    comma = doc.vocab.strings.add(",")
    after_comma = (numpy.flatnonzero(lowers[:-1] == comma) + 1).tolist()
    reported: set[int] = set()  # sentences mended already (the first reporting verb only)
    for i in after_comma:
        verb = doc[i]
        if verb.lemma_.lower() in reporting_verbs() and verb.pos_ == "VERB":
            sent = verb.sent
            if sent.start not in reported and verb.i > sent.start:
                reported.add(sent.start)
                repair_inverted_reporting(verb)
    for sent in list(doc.sents):
        repair_fronted_phrase(sent)
        repair_verbless_root(sent)
        repair_subject_in_date(sent)
        repair_subject_in_opening_phrase(sent)
        repair_subject_read_as_answer_object(sent)
    # Token objects only for the words a repair may touch (hot path: read off the arrays)
    strings = doc.vocab.strings
    deps = doc.to_array([DEP])
    acl = strings.add("acl")
    for i in numpy.flatnonzero(deps == acl).tolist():
        repair_relative_clause(doc[i])
    for i in numpy.flatnonzero(numpy.isin(deps, [acl, strings.add("relcl")])).tolist():
        repair_content_of_statement(doc[i])
    for i in numpy.flatnonzero(numpy.isin(deps, [strings.add("appos"),
                                                 strings.add("npadvmod")])).tolist():
        repair_object_after_place(doc[i])
    for i in numpy.flatnonzero(doc.to_array([TAG]) == strings.add("VBG")).tolist():
        repair_gerund_with_article(doc[i])
        repair_participle_read_as_clause(doc[i])
    effect = strings.add("effect")
    for i in numpy.flatnonzero(lowers == effect).tolist():
        repair_theme_after_effect(doc[i])
    home = strings.add("home")
    for i in numpy.flatnonzero(lowers == home).tolist():
        repair_name_read_with_home(doc[i])
    wanted = [strings.add(d) for d in ("acl", "advcl", "pobj", "conj", "ccomp")]
    for i in numpy.flatnonzero(numpy.isin(deps, wanted)).tolist():
        tok = doc[i]
        if tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG":
            repair_trailing_participle(tok)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN":
            repair_quality_read_as_participle(tok)
        elif tok.dep_ == "pobj" and tok.pos_ == "ADJ":
            repair_named_quality(tok)
        elif tok.dep_ == "conj" and tok.head.dep_ == "ccomp":
            repair_second_statement(tok)
        elif tok.dep_ in ("conj", "ccomp") and tok.pos_ in ("VERB", "AUX"):
            repair_subordinate_read_as_phrase(tok)


def repair_theme_after_effect(effect: Token) -> None:
    """"decided the withdrawal with immediate effect of its ambassador": translated copy
    puts "with immediate effect" between an act noun and its "of" phrase, and the model
    hangs the "of" phrase on "effect". It belongs to the act noun."""
    with_ = effect.head
    noun = with_.head
    theme = next((c for c in effect.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (theme is None or effect.dep_ != "pobj" or with_.lower_ != "with"
            or with_.dep_ != "prep" or noun.pos_ != "NOUN" or theme.i != effect.i + 1):
        return
    theme.head = noun


def repair_name_read_with_home(home: Token) -> None:
    """"had called Belotsercovsky home for consultations": the model reads the name as a
    compound of "home" ("Belotsercovsky home", a house), and the verb gets no object. A
    name compounded with an adverbial "home" of a verb with no object is that object."""
    verb = home.head
    if home.dep_ == "dobj" and verb.lemma_.lower() in HOMING_VERBS:
        repair_object_read_with_home(home)
        return
    if home.dep_ not in ("advmod", "npadvmod", "oprd") or verb.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    names = [c for c in home.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or names[-1].i != home.i - 1:
        return
    name = names[-1]
    for other in names[:-1]:
        other.head = name
    name.head, name.dep_ = verb, "dobj"


# Verbs that send someone home ("sent the French ambassador home", "called the envoy home").
HOMING_VERBS = frozenset({"send", "call", "bring", "order", "summon", "fly", "ship"})


def repair_object_read_with_home(home: Token) -> None:
    """"sent the French ambassador home", "ordered two diplomats home": the model reads the
    object as a compound of "home" (a house) and makes "home" the object. The noun
    compounded right before "home" is the object and "home" says where it goes."""
    heads = [c for c in home.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if not heads or heads[-1].i != home.i - 1:
        return
    obj, verb = heads[-1], home.head
    for c in list(home.children):
        if c.i != obj.i:
            c.head = obj
    obj.head, obj.dep_ = verb, "dobj"
    home.dep_, home.pos_, home.tag_ = "advmod", "ADV", "RB"


SUBORDINATORS = frozenset({"after", "before", "since", "until", "when", "as"})
PLACE_PREPOSITIONS = frozenset({"in", "at"})


NAMED_DEPS = frozenset({"dobj", "oprd"})


def repair_gerund_with_article(gerund: Token) -> None:
    """"called the killing an act of terrorism", "called the shelling a war crime": after
    "the" a form in -ing is a noun, yet the model may read it as a verb taking the naming
    phrase as its object. Such a form is the verb's object, and its "object" is what the
    verb names it."""
    if gerund.dep_ not in NAMED_DEPS or gerund.head.pos_ not in ("VERB", "AUX"):
        return
    if not any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS and c.i < gerund.i
               for c in gerund.children):
        return
    named = next((c for c in gerund.children if c.dep_ == "dobj" and c.i > gerund.i), None)
    if named is None:
        return
    verb = gerund.head
    gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_
    gerund.dep_ = "dobj"
    named.head, named.dep_ = verb, "oprd"


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj"})


def repair_participle_read_as_clause(participle: Token) -> None:
    """"said that Tajik troops using tanks and mortars had attacked Kyrgyz villages",
    "said Russian forces using drones had shelled the towns": the model makes the subject
    the participle's own ("troops using" as a clause) and leaves the finite verb after it
    with no subject; the participle describes the subject, which does the finite verb's act.
    """
    if participle.dep_ not in CLAUSE_DEPS or any(
            c.dep_ in ("aux", "auxpass") for c in participle.children):
        return
    subject = next((c for c in participle.children if c.dep_ == "nsubj"
                    and c.i == participle.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return
    after = participle.right_edge.i + 1
    candidates = [participle.head] + [c for c in participle.head.children
                                      if c.dep_ in CLAUSE_DEPS and c.i != participle.i]
    verb = next((v for v in candidates if v.i >= after and v.pos_ in ("VERB", "AUX")
                 and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i != participle.i
                             for c in v.children)
                 and (v.tag_ in ("VBD", "VBZ", "VBP") or any(
                     c.dep_ == "aux" and c.i >= after for c in v.children))), None)
    if verb is None or verb.i - after > 3 and verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    if any(t.is_punct for t in participle.doc[after:verb.i]):
        return
    marks = [c for c in participle.children if c.dep_ == "mark" and c.i < subject.i]
    # (the subject first: hung on the participle it is under, it would make a cycle)
    subject.head, subject.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = subject, "acl"
    for mark in marks:
        mark.head = verb


def repair_object_after_place(appos: Token) -> None:
    """"Putin received in the Kremlin the Prime Minister of India", "Moscow recalled on
    Wednesday its ambassador": translated copy puts the place or the day before the object,
    and the model reads the object as the place's or day's apposition (or as a bare noun
    phrase of the verb). Such a phrase with no comma before it, after the
    place of a verb that has no object, is that verb's object ("Moscow, the Russian
    capital," keeps its comma and its reading; "in Beijing Tuesday" is a time)."""
    if appos.dep_ == "npadvmod":
        verb = appos.head
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i < appos.i
                     and c.right_edge.i + 1 == appos.left_edge.i), None)
        if prep is None or not any(c.dep_ == "pobj" for c in prep.children):
            return
        place = next(c for c in prep.children if c.dep_ == "pobj")
        if appos.pos_ != "PROPN" and not (appos.pos_ == "NOUN" and date_word(place)):
            return
    else:
        place = appos.head
        prep = place.head
        verb = prep.head
    if (place.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > prep.i
            or date_word(appos) or not (prep.lower_ in PLACE_PREPOSITIONS
                                        or (prep.lower_ == "on" and date_word(place)))):
        return  # ("on Monday" too: "summoned on Monday the French ambassador")
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    between = appos.doc[place.i + 1:appos.left_edge.i]
    if appos.left_edge.i <= place.i or any(t.is_punct for t in between):
        return
    appos.head, appos.dep_ = verb, "dobj"


def repair_subordinate_read_as_phrase(verb: Token) -> None:
    """"grew after a French citizen, Martin Ryan, was detained in Baku": with an apposition
    after the subject, the model reads "after a French citizen" as a prepositional phrase
    and the verb as a second main clause (or a complement) with no subject; the clause is
    subordinate and the noun its subject."""
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        return
    passive = any(c.dep_ == "auxpass" for c in children)
    if not passive and not any(c.dep_ == "aux" for c in children):
        return
    main = verb.head
    prep = next((c for c in main.children if c.dep_ == "prep" and c.lower_ in SUBORDINATORS
                 and main.i < c.i < verb.i), None)
    noun = None if prep is None else next(
        (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[prep.i + 1:verb.i]
                           if t.head.i != verb.i):
        return  # another verb in between: no plain "after <noun> ... was <verb>"
    if any(t.dep_ == "cc" for t in verb.doc[prep.i + 1:verb.i]):
        return  # "arrived after a long flight and was received": a second verb of the subject
    for tok in verb.doc[noun.right_edge.i + 1:verb.i]:
        if tok.head.i == main.i and tok.dep_ in ("npadvmod", "appos", "punct"):
            tok.head = noun  # the apposition ("Martin Ryan") names the noun
            if tok.dep_ == "npadvmod":
                tok.dep_ = "appos"
    noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
    prep.head, prep.dep_ = verb, "mark"
    verb.dep_ = "advcl"


def repair_relative_clause(verb: Token) -> None:
    """"a protocol that Sisi and Mohamud signed in Cairo": the model reads the relative
    clause as a participle ("a protocol signed in Cairo") though it has a subject of its own
    and "that" before it; a participle has neither."""
    children = list(verb.children)
    if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in children):
        return
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux", "auxpass") for c in children):
        return  # "a reminder that Uganda must withdraw its troops": the noun's content
    if not any(c.dep_ == "mark" and c.lower_ in ("that", "which") and c.i < verb.i
               for c in children):
        return
    verb.dep_, verb.tag_ = "relcl", "VBD"


def repair_trailing_participle(verb: Token) -> None:
    """"X's office called off a visit that Biden had requested, accusing Washington of ...":
    the model hangs a closing participle set off by a comma on the relative clause just
    before it (or on that clause's noun), whose subject is someone else; it tells what the
    main clause's subject did."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return
    clause = verb.head if verb.dep_ == "advcl" else next(
        (c for c in verb.head.children if c.dep_ in ("acl", "relcl") and c.i < verb.i
         and c.right_edge.i in (verb.i - 2, verb.i - 1)), None)
    if (clause is None or clause.dep_ not in ("acl", "relcl")
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return
    if not all(t.is_punct or t.is_space
               for t in verb.doc[verb.right_edge.i + 1:verb.sent.end]):
        return  # only a participle that closes the sentence
    main = clause.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or main.i > verb.i:
        return
    verb.head, verb.dep_ = main, "advcl"


PHRASE_LINKS = frozenset({"pobj", "prep", "agent", "acl", "appos", "compound"})


def repair_content_of_statement(verb: Token) -> None:
    """"Tokyo said in a statement that Beijing had violated its airspace": the model hangs
    the that-clause on "statement" as a participle or a relative clause (so "violated" reads
    as passive, done to the statement); with "that" as its conjunction, not its pronoun, it
    is what the speech verb says."""
    if verb.dep_ not in ("acl", "relcl") or verb.pos_ not in ("VERB", "AUX"):
        return
    children = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in children):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i for c in children):
        return
    # up from the noun through the phrase that holds it ("in a statement carried by state
    # news agency KCNA that ...") to the speech verb
    speech = verb.head
    for _ in range(6):
        if speech.dep_ not in PHRASE_LINKS or speech.head.i == speech.i:
            return
        speech = speech.head
        if speech.pos_ in ("VERB", "AUX") and speech.dep_ not in ("acl",):
            break
    if (speech.lemma_.lower() not in CONTENT_SPEECH_VERBS
            or any(c.dep_ == "ccomp" for c in speech.children)):
        return
    verb.head, verb.dep_ = speech, "ccomp"


STATEMENT_ACTS = frozenset({"urge", "call", "add", "warn", "demand", "ask", "express",
                            "stress", "insist", "reiterate", "vow", "pledge", "appeal"})


def repair_second_statement(verb: Token) -> None:
    """"X's office said that the expulsion was regrettable and urged all stakeholders to
    ...", "Athens said the seizures amounted to piracy and demanded their release": the
    model joins the second verb to the that-clause, making "the expulsion" urge; a statement
    verb with no subject of its own, in the tense of "said", is the speaker's second act
    when the clause is a copular that-clause or its subject is an act (an event noun of
    data/event_anaphors.tsv), which urges or demands nothing."""
    clause = verb.head
    speech = clause.head
    if (verb.lemma_.lower() not in STATEMENT_ACTS or verb.tag_ != speech.tag_
            or speech.lemma_.lower() not in SAYING_VERBS
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return
    copular = (any(c.dep_ in ("acomp", "attr") for c in clause.children)
               and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))
    if not copular and not any(c.dep_ == "nsubj" and c.pos_ == "NOUN"
                               and c.lemma_.lower() in act_nouns() for c in clause.children):
        return
    for c in list(clause.children):
        if c.dep_ == "cc" and c.i < verb.i and c.i > clause.i:
            c.head = speech
    verb.head = speech


@cache
def act_nouns() -> frozenset[str]:
    """Nouns that name an act ("the seizures", "the decision"): data/event_anaphors.tsv."""
    return frozenset(r["lemma"].lower() for r in read_tsv("event_anaphors.tsv"))


QUALIFYING_VERBS = frozenset({"call", "deem", "consider", "find", "label", "term"})


def repair_named_quality(adj: Token) -> None:
    """"called the decision of Nauru "regrettable"": the model makes the adjective a second
    object of the "of" phrase; it is what the verb calls the object (its complement)."""
    prep = adj.head
    obj = prep.head
    if (prep.dep_ != "prep" or obj.dep_ != "dobj"
            or obj.head.lemma_.lower() not in QUALIFYING_VERBS
            or not any(c.dep_ == "pobj" and c.i < adj.i for c in prep.children)):
        return
    adj.head, adj.dep_ = obj.head, "oprd"


def repair_quality_read_as_participle(part: Token) -> None:
    """"called the Japanese sanctions biased on Thursday": the model makes the quality a
    past participle of the object, with the time its own. A participle of a qualifying verb's
    object, with no agent or object of its own and the verb no complement, is what the verb
    calls the object: its oprd, and its time phrases move to the verb."""
    obj = part.head
    verb = obj.head
    if (obj.dep_ != "dobj" or part.i < obj.i or verb.lemma_.lower() not in QUALIFYING_VERBS
            or any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in verb.children)):
        return
    times = [c for c in part.children if c.i > part.i and _is_time_phrase(c)]
    # (only a bare participle and its time: "the sanctions imposed on Monday unlawful" or
    # "imposed by Washington" have words of their own, and stay a clause of the noun)
    if any(c.dep_ != "advmod" and c not in times for c in part.children):
        return
    for c in times:
        c.head = verb
    part.head, part.dep_ = verb, "oprd"


def _is_time_phrase(tok: Token) -> bool:
    """"on Thursday", "Friday": a phrase that names a day or month (date_word)."""
    if tok.dep_ == "npadvmod":
        return date_word(tok)
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and date_word(c) for c in tok.children)


DECLARING_VERBS = frozenset({"declare", "name", "deem", "designate", "proclaim"})
MOVED_TO_DECLARING_VERB = frozenset({"prep", "npadvmod", "advmod", "advcl", "punct", "cc",
                                     "conj", "agent"})


def repair_persona_non_grata(doc: Doc, i: int) -> None:
    """"declared 40 Russian diplomats persona non grata in April": the model reads
    "persona" as a verb with the diplomats as its subject and the time as its own. Make the
    phrase the declaring verb's object complement, the diplomats its object, and the
    modifiers the declaring verb's, as in "was declared persona non grata on Friday"."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "non" or doc[i + 2].lower_ != "grata":
        return
    phrase, verb, grata = doc[i], doc[i].head, doc[i + 2]
    if phrase.dep_ not in ("ccomp", "xcomp") or verb.lemma_.lower() not in DECLARING_VERBS or any(
            c.dep_ in ("aux", "auxpass", "cop", "mark") for c in phrase.children):
        return  # "announced that Zhao was persona non grata" is parsed right
    for c in [*phrase.children, *grata.children]:
        if c.i in (i + 1, i + 2):
            continue
        if c.dep_ in ("nsubj", "nsubjpass"):
            c.head, c.dep_ = verb, "dobj"
        elif c.dep_ in MOVED_TO_DECLARING_VERB:
            c.head = verb
    for word in (doc[i + 1], grata):
        word.head, word.dep_ = phrase, "amod"
    phrase.dep_, phrase.pos_, phrase.tag_ = "oprd", "NOUN", "NN"
    _repair_second_act(verb)


def _repair_second_act(verb: Token) -> None:
    """"... persona non grata and summoned Boillon": after the phrase the model reads the
    next verb as an adjective of its object ("summoned Boillon" as a noun phrase)."""
    for conj in [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]:
        acting = next((a for a in conj.children
                       if a.dep_ == "amod" and a.tag_ in ("VBD", "VBN") and a.i < conj.i), None)
        if acting is None:
            continue
        acting.head, acting.dep_, acting.pos_ = verb, "conj", "VERB"
        conj.head, conj.dep_ = acting, "dobj"


SAYING_VERBS = frozenset({"say", "state", "tell", "announce", "declare", "write"})
# Verbs whose that-clause is what they say (repair_content_of_statement).
CONTENT_SPEECH_VERBS = SAYING_VERBS | {"warn", "add", "claim", "insist", "stress", "confirm",
                                       "allege", "note", "accuse", "reiterate", "report"}


def repair_verbless_root(sent) -> None:
    """"President Erdogan, who paid a visit to Athens, signed with Mitsotakis the Athens
    Declaration": after a relative clause set off by commas the model may make the subject
    the sentence's root and the main verb a participle of it. A root noun with a relative
    clause, then a comma and a past form with an object or a phrase of its own (not a
    passive: "who ..., accompanied by his wife"), is that verb's subject. So is a root noun
    followed by a past form with an object of its own ("The junta expelled on Tuesday the
    ambassador": repair_participle_with_object)."""
    for root in [t for t in sent if t.pos_ in ("PROPN", "NOUN") and (
            t.head.i == t.i or (t.dep_ == "nsubj" and t.head.i > t.i and sum(
                c.dep_ == "nsubj" for c in t.head.children) > 1))]:
        # (or the model makes it a second subject of a later clause's verb: "..., and the
        # two delegations also put signatures under fifteen agreements")
        repair_subject_root(root)


def repair_subject_root(root: Token) -> None:
    if root.head.i == root.i and repair_participle_with_object(root):
        return
    if not any(c.dep_ == "relcl" and c.i > root.i for c in root.children):
        return
    verb = next((c for c in root.children
                 if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > root.i
                 and root.doc[c.i - 1].text == ","
                 and not any(g.dep_ in ("agent", "auxpass") for g in c.children)
                 and any(g.dep_ in ("dobj", "prep") for g in c.children)), None)
    if verb is None:
        return
    for c in list(root.children):
        if c.i > verb.i:  # the closing punctuation and whatever follows the verb
            c.head = verb
    later = root.head if root.head.i != root.i else None
    verb.tag_ = "VBD"
    if later is None:
        verb.head, verb.dep_ = verb, "ROOT"
    else:  # the later clause becomes the verb's conjunct, as "signed ..., and ... put ..."
        if later.head.i == later.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = later.head, later.dep_
        later.head, later.dep_ = verb, "conj"
    root.head, root.dep_ = verb, "nsubj"


# Verbs whose passive participle still takes an object ("the diplomats given a week to
# leave"): their participle after a noun is a reduced relative even with an object.
TWO_OBJECT_VERBS = frozenset({"give", "grant", "offer", "award", "hand", "send", "tell", "show",
                              "promise", "deny", "allow", "assign", "pay", "owe", "lend"})


def repair_participle_with_object(root: Token) -> bool:
    """"The junta expelled on Tuesday the French ambassador": with the day before the object
    (translated word order) the model may read the verb as a participle of its subject and
    leave the sentence without a verb. A past form right after the root noun's phrase that
    has a direct object of its own (a passive participle has none) is the sentence's
    verb. The object may be read as the root noun's apposition ("qualified on Friday the
    decision of Chile as unacceptable"): a noun phrase right after the verb's own phrase."""
    verb = next((c for c in root.children if c.i > root.i and _past_form_after_noun(c)
                 and c.lemma_.lower() not in TWO_OBJECT_VERBS
                 and (any(g.dep_ == "dobj" for g in c.children)
                      or _object_read_as_apposition(root, c) is not None)
                 and not any(g.dep_ in ("agent", "auxpass", "nsubj", "nsubjpass")
                             for g in c.children)), None)
    if verb is None or not _only_own_phrase_between(root, verb):
        return False  # (a relative clause between: repair_subject_root's case)
    obj = _object_read_as_apposition(root, verb)
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"
    for c in list(root.children):
        if c.i > verb.i:  # the closing punctuation and whatever follows the verb
            c.head = verb
    verb.tag_, verb.pos_ = "VBD", "VERB"
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    return True


def _object_read_as_apposition(root: Token, verb: Token) -> Token | None:
    """A noun phrase in apposition to the root noun that starts right after the past form's
    own phrase ("qualified on Friday | the decision"), when the past form has no object."""
    if any(g.dep_ == "dobj" for g in verb.children):
        return None
    end = verb.right_edge.i
    return next((c for c in root.children if c.dep_ == "appos" and c.left_edge.i == end + 1
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _past_form_after_noun(tok: Token) -> bool:
    """A participle after its noun, or a past form the model tags as an adjective there
    ("The Prime Minister, X, qualified on Wednesday the arrest as kidnapping")."""
    return (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN")) or (
        tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.lower_.endswith("ed"))


def _only_own_phrase_between(root: Token, verb: Token) -> bool:
    """Between the root noun and the verb stand only the noun's own phrase ("of the
    Office") and, set off by commas, the officeholder's name in apposition ("The foreign
    minister, Jose Albares, condemned on Monday the attack"): no clause of its own."""
    between = root.doc[root.i + 1:verb.i]
    appos = any(t.dep_ == "appos" for t in between)
    for t in between:
        if t.dep_ in ("relcl", "acl") or t.pos_ in ("VERB", "AUX"):
            return False
        if t.is_punct and (t.text != "," or not appos):
            return False
    return True


def repair_day_read_with_object(day: Token) -> None:
    """"accused on Thursday Pristina of persecution", "summoned on Sunday Britain's
    ambassador": with the day before the object (translated word order) the model may read
    the object as part of the day's phrase: a name the day is a compound of, or a second
    object of "on". The day alone is the object of "on"; the other noun is the verb's
    object."""
    glued = day.dep_ == "compound" and day.head.i == day.i + 1 and day.head.tag_ == "NNP"
    if glued:
        obj, day_phrase = day.head, day.head  # "on Thursday Pristina" (not "Sunday evening")
    elif day.dep_ == "pobj":
        day_phrase = day
        obj = next((c for c in day.head.children if c.dep_ == "pobj" and c.i > day.i), None)
    else:
        return
    prep = day_phrase.head
    if obj is None or obj.tag_ not in ("NNP", "NN", "NNS") or date_word(obj) \
            or day_phrase.dep_ != "pobj" or prep.lower_ != "on" or prep.i != day.i - 1:
        return
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
        return
    if glued:
        day.head, day.dep_ = prep, "pobj"
    obj.head, obj.dep_ = verb, "dobj"


CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def repair_day_read_into_reported_clause(day: Token) -> None:
    """"said on Monday it would open an embassy", "said on Wednesday Berlin had expelled
    them": with no "that", the model may hang the day on the reported clause (or read "on"
    as its conjunction and the day as part of its subject's name). A day told between the
    saying verb and the clause's subject is when it was said."""
    if (day.dep_ == "compound" and day.head.dep_ in CLAUSE_SUBJECTS and day.head.i == day.i + 1
            and day.i > 0):  # (a day opening the text has no "on" before it)
        prep, clause = day.doc[day.i - 1], day.head.head  # "on Wednesday Berlin had ..."
        if prep.lower_ != "on" or prep.dep_ != "mark" or prep.head != clause:
            return
        glued = True
    elif day.dep_ == "pobj" and day.head.lower_ == "on" and day.head.dep_ == "prep":
        prep, clause, glued = day.head, day.head.head, False
    else:
        return
    verb = clause.head
    subject = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECTS), None)
    if clause.dep_ != "ccomp" or not verb.i < prep.i or subject is None \
            or any(c.dep_ == "mark" and c.i < prep.i for c in clause.children):
        return
    # the subject's phrase starts after the day (glued: the day is its first word)
    if subject.left_edge.i < day.i or (not glued and subject.left_edge.i == day.i):
        return
    if glued:
        day.head, day.dep_ = prep, "pobj"
    prep.head, prep.dep_ = verb, "prep"


TIME_CONJUNCTIONS = frozenset({"after", "before", "when", "as", "while", "once", "since", "until"})


@cache
def reporting_verbs() -> frozenset[str]:
    """Verbs that report a statement neutrally or announce an act (data/speech_verbs.tsv),
    and those translated copy reports with after the report
    (data/inverted_reporting_verbs.txt: "..., informed the chancellor")."""
    return frozenset(r["lemma"] for r in read_tsv("speech_verbs.tsv")
                     if r["kind"] in ("say", "announce")) | read_words(
        "inverted_reporting_verbs.txt")


def names_an_act(noun: Token) -> bool:
    """An event noun of the trigger lexicon or an act anaphor ("sanctions", "the expulsion",
    "new measures"): what a verb announces, never who speaks."""
    lemma = noun.lemma_.lower()
    return lemma in act_nouns() or bool(base_lexicon().lookup(lemma, "NOUN"))


def repair_inverted_reporting(verb: Token) -> None:
    """"Police arrested three men near the border, announced the ministry": translated copy
    puts the reporting verb (`verb`, the sentence's first one after a comma) before its
    subject at the end of the sentence, and the model reads the speaker as the verb's
    object, the verb as a second act (or the report's object as the verb's subject). The
    speaker is the subject and what precedes is what it reports."""
    doc, sent = verb.doc, verb.sent
    end = sent.end - 1
    while end > sent.start and (doc[end].is_punct or doc[end].is_space):
        end -= 1  # (the paragraph break after a sentence is a token of its own)
    speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                    and c.right_edge.i == end and c.pos_ in ("NOUN", "PROPN")
                    and not names_an_act(c)), None)
    if speaker is None or any(c.dep_ not in ("dobj", "punct", "npadvmod", "advmod")
                              for c in verb.children if c.i > verb.i):
        return
    # (read as a second act, or as a clause on the act: "..., informed the minister")
    if ((verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBD"))
            and verb.head.head.i == verb.head.i and verb.head.i < verb.i):
        told = verb.head  # "arrested ..., announced the ministry": the report's content
        for c in list(told.children):
            if c.i > verb.i:  # the closing punctuation
                c.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        told.head, told.dep_ = verb, "ccomp"
        speaker.dep_ = "nsubj"
        return
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    taken = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ == "ROOT" and taken is None and told is not None:
        speaker.dep_ = "nsubj"  # the report read as the verb's clause: only its speaker
        return
    if verb.dep_ != "ROOT" or taken is None:
        return
    if told is None:  # the act read as a participle of its own subject
        told = next((c for c in taken.children if c.dep_ == "acl" and c.i > taken.i
                     and c.tag_ in ("VBD", "VBN") and any(g.dep_ == "dobj" for g in c.children)
                     and not any(g.dep_ in ("agent", "auxpass") for g in c.children)), None)
        if told is None:
            return
        told.head, told.dep_, told.tag_ = verb, "ccomp", "VBD"
        taken.head, taken.dep_ = told, "nsubj"
        speaker.dep_ = "nsubj"
        return
    if taken.i < told.i or any(c.dep_ == "dobj" for c in told.children):
        return
    taken.head, taken.dep_ = told, "dobj"  # "arrested on Wednesday three members of ..."
    speaker.dep_ = "nsubj"


def repair_fronted_phrase(sent) -> None:
    """"In February last year, after a court sentenced him, Germany expelled two diplomats":
    the model hangs the opening phrase on the after-clause that follows its comma; a phrase
    set off before a subordinate clause's "after", "when" or "as" belongs to the main
    clause."""
    first = sent[0]
    if first.dep_ != "prep" or first.head.dep_ not in ("advcl", "ccomp"):
        return
    clause = first.head
    edge = first.right_edge.i
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if (mark is None or mark.lower_ not in TIME_CONJUNCTIONS or mark.i != edge + 2
            or sent.doc[edge + 1].text != "," or clause.head.i == clause.i):
        return
    first.head = clause.head
    clause.dep_ = "advcl"  # "after a court sentenced him" is no reported content


ORDINAL = re.compile(r"^\d{1,2}(st|nd|rd|th)?$")


def repair_subject_in_date(sent) -> None:
    """"On the 24th of March the president of Tajikistan telephoned Putin": with no comma
    after the opening date the model may read the subject as an apposition of the date and
    leave the verb without one. A noun phrase in apposition to a date word that ends right
    before a subjectless finite verb is that verb's subject."""
    root = sent.root
    if root.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return
    for tok in sent:
        if tok.i >= root.i:
            return
        if (tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN")
                and tok.right_edge.i == root.i - 1 and date_word(tok.head)
                and not date_word(tok) and root in tok.ancestors):
            tok.head, tok.dep_ = root, "nsubj"
            return


def repair_subject_in_opening_phrase(sent) -> None:
    """"In Beijing, Foreign Minister Wang Yi and his Nauruan counterpart signed the
    communique": the model may join the subject to the opening phrase's place as one more
    conjunct and leave the verb without one. A conjunct of an opening phrase's object, set
    off by a comma and ending right before a subjectless finite verb, is that verb's
    subject."""
    root = sent.root
    if root.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return
    doc = sent.doc
    end = root.i - 2 if doc[root.i - 1].text == "," else root.i - 1
    for tok in sent:
        if tok.i >= root.i:
            return
        if (tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.pos_ in ("NOUN", "PROPN")
                and tok.right_edge.i == end and tok.left_edge.i > sent.start
                and doc[tok.left_edge.i - 1].text == "," and root in tok.ancestors):
            tok.head, tok.dep_ = root, "nsubj"
            return


# "in answer", "in response", "in reply": what translated copy opens a retaliation with
ANSWER_NOUNS = frozenset({"answer", "response", "reply"})


def repair_subject_read_as_answer_object(sent) -> None:
    """"declared that in answer the Russian ambassador must leave Estonia": with no comma
    after "in answer" the model may read "answer" as a verb and the subject as its object,
    leaving the verb of the clause without a subject. The object of "answer" in "in
    answer", before a verb that has no subject, is that verb's subject."""
    for tok in sent:
        if tok.lower_ not in ANSWER_NOUNS or tok.dep_ not in ("pobj", "pcomp") \
                or tok.head.lower_ != "in" or tok.head.i != tok.i - 1:
            continue
        verb = tok.head.head
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None or verb.pos_ not in ("VERB", "AUX") or verb.i < obj.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        obj.head, obj.dep_ = verb, "nsubjpass" if passive else "nsubj"


def date_word(tok: Token) -> bool:
    words, text = time_lexicon(), tok.text.lower()
    return text in words.months or text in words.weekdays or bool(ORDINAL.match(text))
