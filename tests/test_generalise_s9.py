"""Rules found by error analysis in session 9, each shown by sentences of its own (none is
a development-set sentence): titles of courtesy or religion before an officeholder's name, a
pronoun after a bare title in the same sentence, and a possessive on a noun of relation."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab
from test_generalise_s8 import pairs

from dyadwatch.events.extract import partner_noun
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.nlp.repair import repair_parse


@pytest.mark.parametrize(("text", "pub", "wanted"), [
    pytest.param("Ayatollah Seyyed Ebrahim Raisi met the Omani foreign minister on Monday.",
                 "2023-05-10", ("IRN", "OMN", "040"),
                 id="religious_titles_before_a_known_name"),
    pytest.param("Kenyan President William Ruto received Tanzania's foreign minister in Nairobi "
                 "on Monday. Tanzanian Foreign Minister January Makamba handed the President a "
                 "letter, and the President said that he would travel to Dodoma in May.",
                 "2024-03-10", ("KEN", "TZA", "042"),
                 id="pronoun_after_a_bare_title_in_its_sentence"),
    pytest.param("A meeting between the defence ministers of Japan and Australia was held in "
                 "Darwin on Friday.", "2024-09-01", ("AUS", "JPN", "040"),
                 id="meeting_noun_between_as_passive_subject"),
    pytest.param("Talks in Doha between Kenya's under-secretary for foreign affairs and the "
                 "secretary-general of Somalia's foreign ministry ended on Monday.",
                 "2024-09-01", ("KEN", "SOM", "040"), id="meeting_between_two_officials"),
    pytest.param("A meeting of Pedro Sánchez and Gustavo Petro could take place in Seville in "
                 "June.", "2025-03-01", ("COL", "ESP", "040"), id="meeting_of_two_leaders"),
    pytest.param("In March, Kenyan President William Ruto flew to Kigali to sign a trade "
                 "agreement that cuts tariffs on farm goods.", "2024-04-01",
                 ("KEN", "RWA", "057"), id="act_a_trip_is_made_for_is_done_with_the_host"),
])
def test_session9_rules(coder, text: str, pub: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in pairs(coder, text, pub)


def test_centrafrican_is_the_central_african_republic(coder) -> None:
    found = pairs(coder, "The Centrafrican government expelled two French diplomats on Monday.",
                  "2024-03-10")
    assert ("CAF", "FRA", "161") in found


def test_a_possessive_on_a_noun_of_relation_is_a_partner() -> None:
    doc = load_pipeline()("The head of state invited his host to Accra and praised his team.")
    his = [t for t in doc if t.lower_ == "his"]
    assert [partner_noun(t) for t in his] == [True, False]


def test_subject_joined_to_the_opening_place_is_mended() -> None:
    # the tree the model gives "In Manila, the minister of Vietnam and his host, Manalo,
    # signed the memorandum": the subject is one more conjunct of the opening place
    words = ["In", "Manila", ",", "the", "minister", "of", "Vietnam", "and", "Manalo", ",",
             "signed", "the", "memorandum", "."]
    heads = [10, 0, 1, 4, 1, 4, 5, 4, 4, 10, 10, 12, 10, 10]
    deps = ["prep", "pobj", "punct", "det", "conj", "prep", "pobj", "cc", "conj", "punct",
            "ROOT", "det", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT",
           "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["IN", "NNP", ",", "DT", "NN", "IN", "NNP", "CC", "NNP", ",", "VBD", "DT", "NN",
            "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "signed")
    assert doc[1].dep_ == "pobj"
