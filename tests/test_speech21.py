"""Statements that criticise beside a coded act, and statements of defiance (session 21,
brief speech21): each rule shown by sentences of its own in several phrasings (none is a
development-set sentence)."""

from __future__ import annotations

import pytest
from test_generalise_s8 import pairs

# (text, source, target, code the pair must have: a prefix)
CODED = [
    # a judging clause beside a clause telling a coded act criticises (111) too
    ("Russia's foreign ministry said on Monday that the sanctions imposed by Finland were "
     "illegal and that Moscow would respond with countermeasures.", "RUS", "FIN", "11"),
    ("Kenya said the arrest of its diplomat by Uganda was a breach of the Vienna Convention, "
     "and that Nairobi was ready to discuss the matter with Kampala.", "KEN", "UGA", "11"),
    ("Peru's president said the Bolivian decision was a mistake and that Lima would recall "
     "its ambassador.", "PER", "BOL", "11"),
    ("Russia's foreign ministry said that Finland's decision was hostile and that Moscow would "
     "respond with countermeasures.", "RUS", "FIN", "11"),
    # ... and the act told beside it stays (precision23b: as the recall itself, a future
    # 16x, not as a 13x statement of intent)
    ("Peru's president said the Bolivian decision was a mistake and that Lima would recall "
     "its ambassador.", "PER", "BOL", "16"),
    ("Kenya said the arrest of its diplomat by Uganda was a breach of the Vienna Convention, "
     "and that Nairobi was ready to discuss the matter with Kampala.", "KEN", "UGA", "036"),
    # saying one's own side will not yield to pressure refuses to yield (124)
    ("Beijing expelled the Taiwanese delegation. The Taiwanese government said it would not "
     "be intimidated and that the exercises would go on.", "TWN", "CHN", "124"),
    ("China sent ships to the reef. The Philippine coast guard said the Philippines would "
     "continue its patrols near the reef and would not be bullied.", "PHL", "CHN", "124"),
    ("Moscow threatened Estonia. Estonia's foreign minister said Tallinn will not be "
     "blackmailed by Russia.", "EST", "RUS", "124"),
    # naming another party's act an assault criticises it
    ("Hungary's foreign minister called the Ukrainian strikes an assault on Hungary's energy "
     "security.", "HUN", "UKR", "11"),
    ("Baku described the Armenian shelling as an assault on its sovereignty.", "AZE", "ARM",
     "11"),
]

# (text, code prefix no pair may have)
NOT_CODED = [
    # judging a claim rejects it (a denial), it criticises no one
    ("The Indian government said the accusation was outrageous and that New Delhi would keep "
     "talking to Ottawa.", "11"),
    # a word of criticism inside a phrase of the clause is not what the clause says
    ("Kyiv said it had seen no sign of an offensive force in Belarus but that it would "
     "reinforce its border.", "11"),
    # told as a state, not as what the speaker's side will do
    ("Russia threatened Estonia. Estonia's foreign minister said Tallinn was not intimidated "
     "by the Russian statement.", "124"),
    # a participle statement only adding to the condemnation it goes with
    ("Spain condemned Israel's remarks as scandalous, telling reporters that Spain would not "
     "be intimidated.", "124"),
    # another party's resolve, not the speaker's own
    ("Russia said Ukraine would not be intimidated by the West.", "124"),
    # an assault told as done is no naming of one
    ("The general said Russian forces launched an assault on the town.", "11"),
]


def coded_pairs(coder, text: str) -> set[tuple[str, str, str]]:
    return pairs(coder, text, "2025-11-20")  # pairs() already cuts codes to their country


@pytest.mark.parametrize(("text", "source", "target", "code"), CODED)
def test_statement_codes(coder, text: str, source: str, target: str, code: str) -> None:
    found = coded_pairs(coder, text)
    assert any((s, t) == (source, target) and c.startswith(code) for s, t, c in found), found


@pytest.mark.parametrize(("text", "code"), NOT_CODED)
def test_statement_does_not_code(coder, text: str, code: str) -> None:
    found = coded_pairs(coder, text)
    assert not any(c.startswith(code) for _, _, c in found), found
