"""Actor rules of session 16 (actors19), each shown by sentences of its own (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import coded, codes


def _sources(coder, text: str, words: str, pub: str = "2025-03-14") -> set[str]:
    """The source codes of the records of the sentence holding `words`."""
    return {c for r in coded(coder, text, pub) if words in r["sentence"]
            for c in codes(r["source"])}


# A title written right after a body with a country ("Israeli army" + "spokesman") is that
# body's officer: the speaker is the body, not a countryless official the context would give
# to the last person named (here an official of another state).
@pytest.mark.parametrize(("text", "words", "wanted"), [
    pytest.param("Egyptian Foreign Minister Badr Abdelatty met his Jordanian counterpart in "
                 "Cairo on Monday. Israeli army spokesman Avichay Adraee accused Hezbollah of "
                 "firing rockets at Haifa.", "Adraee", "ISRMIL", id="army_spokesman"),
    pytest.param("French President Emmanuel Macron called for restraint on Tuesday. Houthi "
                 "military spokesman Yahya Sarea threatened to attack American warships in "
                 "the Red Sea.", "Sarea", "YEMREB", id="armed_group_military_spokesman"),
    pytest.param("Qatar's prime minister hosted the negotiators in Doha. Hamas political "
                 "bureau chief Khalil al-Hayya accused Israel of blocking the deal.",
                 "Hayya", "PSEREB", id="group_bureau_chief_noun_between"),
    pytest.param("The German chancellor spoke to reporters in Berlin on Monday. Pakistani "
                 "navy spokesman Kamran Ahmed accused India of violating its waters.",
                 "Kamran", "PAKMIL", id="navy_spokesman"),
    pytest.param("Turkish President Recep Tayyip Erdogan arrived in Baghdad on Sunday. "
                 "Sudanese army spokesman Nabil Abdullah accused the United Arab Emirates of "
                 "arming the paramilitary forces.", "Abdullah", "SDNMIL",
                 id="army_spokesman_accusing_a_state"),
])
def test_a_title_after_a_qualified_body_is_that_bodys_officer(coder, text, words,
                                                              wanted) -> None:
    assert wanted in _sources(coder, text, words)


def test_a_states_military_leader_is_its_ruler(coder) -> None:
    from dyadwatch.read.document import Document

    state = coder.run(Document("gen", "Mali's military leader Assimi Goita accused Algeria "
                               "of backing the rebels.", pub_date="2025-03-14"))
    assert any(m.code == "MLIGOV" for m in state.mentions)


def test_an_adjective_of_people_takes_no_title_after_it(coder) -> None:
    """"national" (a national, a citizen) before "carrier" is no body with officers."""
    recs = coded(coder, "Algeria suspended flights by Morocco's national carrier Royal Air "
                 "Maroc on Friday.")
    assert not any(c.endswith("CVL") for r in recs for c in codes(r["target"]))
