"""Actor rules of session 19 (context23): events whose trigger was found but whose record was
dropped, or given the wrong state, because a reference went unresolved. Each rule is shown by
sentences of its own (none is a development-set sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import country_sides, sides_in


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Lithuania closed two border crossings with Belarus on Friday. Interior "
                 "Minister Agne Vilkaite ordered the closure after smuggling balloons crossed "
                 "the border. On Monday Vilkaite accused Minsk of waging a hybrid attack.",
                 ("LTU", "BLR", "11", "On Monday"), id="surname_alone"),
    pytest.param("Estonia summoned the Russian charge d'affaires on Monday. Foreign Minister "
                 "Kaarel Pold said the airspace violation was unacceptable. Pold accused "
                 "Moscow of testing NATO.", ("EST", "RUS", "11", "Pold accused"),
                 id="surname_after_a_statement"),
])
def test_a_countryless_titled_person_named_again_is_the_first_namings_state(
        coder, text, wanted) -> None:
    """"Interior Minister Alexander X ordered ... X said": a person named first with a title
    that gives no country, then by surname alone, is the same person; the surname takes the
    state the context gives the first naming (before, the surname was no actor at all)."""
    assert wanted[:3] in sides_in(coder, text, wanted[3])


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Pakistan closed the Chaman crossing on Monday after Afghan border forces "
                 "opened fire on its guards. Foreign Office spokesperson Shafqat Ali Khan "
                 "condemned the firing. The Foreign Office also summoned the Afghan charge "
                 "d'affaires in Islamabad.", ("PAK", "AFG", "11"), id="pakistan"),
    pytest.param("Pakistan closed the Chaman crossing on Monday after Afghan border forces "
                 "opened fire on its guards. The Foreign Office also summoned the Afghan "
                 "charge d'affaires in Islamabad.", ("PAK", "AFG", "11"), id="pakistan_summons"),
    pytest.param("Russia expelled a German diplomat from Moscow on Thursday. In Berlin, the "
                 "Foreign Office summoned the Russian ambassador.", ("DEU", "RUS", "11"),
                 id="germany"),
])
def test_the_foreign_office_is_the_documents_state(coder, text, wanted) -> None:
    """Pakistan's and Germany's foreign ministries are "the Foreign Office" too: in a story
    that names one of them (and not the United Kingdom) it is that state's
    (data/actors/ambiguous_names.tsv)."""
    found = country_sides(coder, text)
    assert wanted in found
    assert not any(src == "GBR" for src, _, _ in found)


def test_the_foreign_office_stays_british_in_a_british_story(coder) -> None:
    found = country_sides(coder, "Iran seized a British-flagged tanker on Friday. The Foreign "
                                 "Office summoned the Iranian ambassador in London.")
    assert ("GBR", "IRN", "11") in found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Turkey protested to Greece over the drilling plan on Sunday. Greek government "
                 "officials declined to comment on the protest.", ("GRC", "TUR", "01"),
                 id="declined_to_comment_on_the_protest"),
    pytest.param("Moscow expelled two Latvian diplomats on Monday. Riga declined to comment on "
                 "the expulsion.", ("LVA", "RUS", "01"), id="declined_to_comment_on_expulsion"),
    pytest.param("The International Court of Justice ruled in 2018 that Chile had no "
                 "obligation to negotiate. Bolivia refused to accept that ruling.",
                 ("BOL", "IGO", "12"), id="refused_to_accept_that_ruling"),
])
def test_an_act_referred_to_by_an_infinitives_object_gives_the_target(
        coder, text, wanted) -> None:
    """"declined to comment on the protest", "refused to accept that ruling": the event noun
    that a subjectless infinitive takes as its object refers back to an act told before, and
    the refusal or response is aimed at its author, as with "rejected the protest"."""
    assert wanted in country_sides(coder, text)


@pytest.mark.parametrize("text", [
    pytest.param("Azerbaijan expelled two French diplomats. In October, President Ilham Aliyev "
                 "refused to go to the meeting in Granada.", id="go_to_the_meeting"),
    pytest.param("Russia's foreign intelligence said Serbia sold shells to Ukraine. In the "
                 "Kremlin, spokesman Dmitry Peskov refused to comment on the statement of "
                 "intelligence.", id="a_statement_of_its_own_author"),
])
def test_no_act_is_referred_to_by_a_place_or_an_owned_noun(coder, text) -> None:
    """A place the infinitive goes to ("refused to go to the meeting") and a noun with an
    author of its own ("the statement of intelligence") refer back to no act told before."""
    assert not any(root == "12" or root == "01" for _, _, root in country_sides(coder, text))
