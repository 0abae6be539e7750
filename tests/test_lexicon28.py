"""Gold events with no trigger word, or none of their root, found in session 24 (helper
lexicon28), each shown by sentences of its own (none is a development-set sentence):
resuming the import or export of another party's goods eases an embargo (085); handing over
a fugitive, a suspect, a prisoner or a dissident is judicial cooperation (063); handing over
ambulances is humanitarian aid (073). With the senses that must not fire: talks or flights
resumed, a base or a presidency handed over."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs


# (source country, target country, CAMEO code or root prefix) among the pairs the records
# stand for.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Beijing will resume the import of Japanese seafood next month.",
                 ("CHN", "JPN", "085"), id="resume_the_import"),
    pytest.param("Moscow restored imports of Georgian wine in 2013.",
                 ("RUS", "GEO", "085"), id="restored_imports"),
    pytest.param("Kenya handed over two Ugandan dissidents to Uganda on Friday.",
                 ("KEN", "UGA", "063"), id="handed_over_dissidents"),
    pytest.param("Pakistan handed over the Afghan suspects to Kabul.",
                 ("PAK", "AFG", "063"), id="handed_over_suspects"),
    pytest.param("Japan handed over twenty ambulances to Sri Lanka on Monday.",
                 ("JPN", "LKA", "073"), id="handed_over_ambulances"),
])
def test_missed_trigger_is_coded(coder, text, wanted):
    got = {(s[:3], t[:3], c[:len(wanted[2])]) for s, t, c in pairs(coder, text)}
    assert wanted in got


# Senses that must not fire: (text, code or root prefix that must not appear).
@pytest.mark.parametrize(("text", "code"), [
    pytest.param("Beijing will resume talks with Tokyo next month.", "085",
                 id="talks_resumed_are_no_embargo_eased"),
    pytest.param("Kenya handed over two military bases to Uganda on Friday.", "063",
                 id="bases_handed_over"),
    pytest.param("Mexico handed over the presidency of the bloc to Peru.", "063",
                 id="presidency_handed_over"),
    pytest.param("Japan handed over twenty armoured vehicles to Sri Lanka on Monday.",
                 "073", id="vehicles_are_no_aid"),
])
def test_sense_does_not_fire(coder, text, code):
    assert all(not c.startswith(code) for _, _, c in pairs(coder, text))
