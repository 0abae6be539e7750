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


# "the two sides" after a state visit: a pair of bystanders named together once, only as
# what they might do ("analysts said Somalia and Eritrea could seek similar deals"), is not
# the document's pair.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Kenyan President William Ruto arrived in Addis Ababa on Friday for a two-day "
                 "state visit. On Saturday the President was welcomed at the national palace "
                 "with a military parade. After the talks, the two sides signed an agreement "
                 "on a new road link. The Kenyan side also offered help with the port of Lamu. "
                 "Ethiopia is landlocked and depends on Djibouti's port. Analysts said Somalia "
                 "and Eritrea could seek similar deals.", {"KEN", "ETH"}, id="could_seek"),
    pytest.param("Indian Prime Minister Narendra Modi flew to Hanoi on Tuesday for a three-day "
                 "visit. On Wednesday the Prime Minister was received with honours by "
                 "Vietnamese President To Lam. In the joint statement issued after the "
                 "meeting, the two countries agreed to expand defence cooperation. Observers "
                 "said Beijing and Manila would follow the visit closely.", {"IND", "VNM"},
                 id="would_follow"),
    pytest.param("Brazil's foreign minister travelled to Luanda on Monday. There he was "
                 "received by the Angolan president. At the end of the visit the two "
                 "governments signed five cooperation agreements. Diplomats said Portugal and "
                 "Mozambique might join the project later.", {"BRA", "AGO"},
                 id="might_join"),
])
def test_a_pair_that_only_might_act_is_not_the_documents_pair(coder, text, wanted) -> None:
    recs = [r for r in coded(coder, text) if "two" in r["sentence"]]
    assert recs
    assert all({c[:3] for c in codes(r["source"]) + codes(r["target"])} == wanted
               for r in recs)


# A Chinese two-syllable given name written as two words, as translated Asian press writes
# it ("Xi Jin Ping", "Li Ke Qiang"), is the same officeholder.
@pytest.mark.parametrize(("text", "pub", "wanted"), [
    pytest.param("President Xi Jin Ping received Malaysian Prime Minister Anwar Ibrahim in "
                 "Beijing on Friday.", "2024-11-09", "CHNGOV", id="xi_jin_ping"),
    pytest.param("Premier Li Ke Qiang condemned the sanctions imposed by Washington.",
                 "2019-05-14", "CHNGOV", id="li_ke_qiang"),
    pytest.param("Spokeswoman Hua Chun Ying accused Japan of provocation.",
                 "2021-05-14", "CHNGOV", id="hua_chun_ying"),
    pytest.param("Prime Minister Wen Jia Bao met his Vietnamese counterpart in Hanoi.",
                 "2008-05-14", "CHNGOV", id="wen_jia_bao"),
])
def test_a_chinese_given_name_written_in_syllables_is_the_same_officeholder(
        coder, text, pub, wanted) -> None:
    from dyadwatch.read.document import Document

    state = coder.run(Document("gen", text, pub_date=pub))
    assert state.mentions[0].code == wanted


# Bodies named without their own state, or with the other side's name (data rows in
# organisations.tsv): Beijing's office for Taiwan, Taipei's council for the mainland, Seoul's
# ministry for the North, foreign ministries by their own names.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Taiwan Affairs Office warned Taipei against any move towards formal "
                 "independence.", ("CHN", "TWN"), id="taiwan_affairs_office"),
    pytest.param("The Mainland Affairs Council urged Beijing to release the detained "
                 "publisher.", ("TWN", "CHN"), id="mainland_affairs_council"),
    pytest.param("The unification ministry criticised Pyongyang for blowing up the roads.",
                 ("KOR", "PRK"), id="unification_ministry_lower_case"),
    pytest.param("The Ministry of Unification called on North Korea to return the "
                 "abductees.", ("KOR", "PRK"), id="ministry_of_unification"),
    pytest.param("Kemlu summoned the Chinese ambassador over the coast guard incident.",
                 ("IDN", "CHN"), id="kemlu"),
    pytest.param("Wisma Putra protested to Beijing over the survey ship.", ("MYS", "CHN"),
                 id="wisma_putra"),
])
def test_a_body_named_without_its_state_is_that_states(coder, text, wanted) -> None:
    from test_generalise_s8 import pairs

    assert wanted in {(s, t) for s, t, _ in pairs(coder, text)}


# A verdict on an act ("condemned the execution") aims at whoever the text told did it with
# the noun's own verb ("had executed"), even when that act was coded as no event (it had no
# target), before a later act of another kind by a third party.
@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    pytest.param("Saudi Arabia said on Monday it had executed a man convicted of drug "
                 "smuggling. Pakistan recalled its ambassador from Riyadh on Tuesday. The "
                 "man's family said he was innocent. Norway condemned the execution on "
                 "Wednesday.", ("NOR", "SAU", "111"), ("NOR", "PAK", "111"),
                 id="execution"),
    pytest.param("Belarus deported three activists on Sunday, the interior ministry said. "
                 "Lithuania closed two border crossings the next day. Germany criticised the "
                 "deportation as unlawful.", ("DEU", "BLR", "111"), ("DEU", "LTU", "111"),
                 id="deportation"),
    pytest.param("Singapore hanged a convicted trafficker at dawn on Friday. Malaysia expelled "
                 "a Singaporean diplomat hours later. Rights groups mourned the man. The "
                 "European Union denounced the hanging in a statement.",
                 ("IGO", "SGP", "111"), ("IGO", "MYS", "111"), id="hanging"),
])
def test_a_verdict_aims_at_who_did_the_act_told_with_its_own_verb(coder, text, wanted,
                                                                  unwanted) -> None:
    from test_generalise_s8 import pairs

    found = {(s[:3], t[:3], c) for s, t, c in pairs(coder, text)}
    assert wanted in found
    assert unwanted not in found


# Translated copy reports after the report, the speaker last ("..., informed the Bolivian
# foreign minister."): the speaker is the subject and gives a countryless body its state, also
# when the sentence ends a paragraph (the break is a token of its own) and the verb is one
# translated copy uses ("informed", "precised", "indicated").
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The ministry summoned the Peruvian ambassador on Monday, informed the "
                 "Bolivian foreign minister.\n\nLima did not comment on the summons.",
                 ("BOL", "PER", "114"), id="informed_read_as_clause"),
    pytest.param("The government expelled two Russian diplomats on Tuesday, precised the "
                 "Estonian prime minister.\n\nMoscow promised a response.",
                 ("EST", "RUS", "161"), id="precised"),
    pytest.param("The ministry recalled its ambassador from Kigali on Sunday, announced the "
                 "Burundian presidency.\n\nKigali regretted the decision.",
                 ("BDI", "RWA", "161"), id="announced_before_paragraph_break"),
    pytest.param("The ministry recalled its ambassador from Kigali on Sunday, announced the "
                 "Burundian presidency. Kigali regretted the decision.",
                 ("BDI", "RWA", "161"), id="announced_report_read_as_clause"),
])
def test_a_speaker_named_after_the_report_is_its_subject(coder, text, wanted) -> None:
    from test_generalise_s8 import pairs

    assert wanted in pairs(coder, text)
