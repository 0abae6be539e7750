"""Date rules found on tune..tune29 (helper dates25, session 24): what the people a host
received on a day say and do is of that day, tested on sentences of its own (other countries
and wordings than the gold)."""

from __future__ import annotations

import pytest
from coding_helpers import dated

_VIENNA = ("VIENNA, 10 July -- Indian Prime Minister Narendra Modi arrived in Vienna in the "
           "evening of Tuesday for a state visit to Austria. On Wednesday morning the Austrian "
           "President Alexander Van der Bellen held a welcome ceremony for him.\n\nThen Modi "
           "held talks with the Chancellor Karl Nehammer. The two sides signed five documents "
           "of cooperation.")

_NAIROBI = ("NAIROBI, March 13 (AP) - Kenya agreed on Wednesday to open two more border "
            "crossings with Ethiopia during a visit by Ethiopian Prime Minister Abiy Ahmed, "
            "President William Ruto said. Ruto told a joint news conference that trade between "
            "the two countries had doubled.")

_TALKS = ("NAIROBI, March 13 (AP) - Kenyan President William Ruto held talks with Ghanaian "
          "President John Mahama in Nairobi on Wednesday, and the two signed a trade "
          "agreement.")

_RECALL = ("NAIROBI, March 13 (AP) - Kenya recalled its ambassador from Mogadishu on "
           "Wednesday over a maritime dispute.")

_ACCRA = ("ACCRA, March 13 -- Ghanaian President John Mahama, who travelled on Wednesday to "
          "Nairobi, met and held talks with Kenyan President William Ruto at State House.")

# Each row: the article, its publication date, the event's trigger, its date.
DATE_CASES = {
    # -- a host receiving a visitor on a day is the meeting the two held: what one of them
    # says or does to the other goes with that day, not the day of the report
    "'hosted X on Tuesday ... X thanked Y' is Tuesday": (
        "Kenyan President William Ruto hosted Ghanaian President John Mahama at State House "
        "in Nairobi on Tuesday and pledged closer trade ties.\n\nMahama thanked Ruto for the "
        "welcome and said the two countries would open direct flights.", "2025-03-13",
        "thanked", "2025-03-11"),
    "'was received on Saturday by Y ... Y also said' is Saturday": (
        "ANKARA -- Hungarian Prime Minister Viktor Orban, who flew in on Friday evening, was "
        "received on Saturday by Turkish President Recep Tayyip Erdogan at the presidential "
        "palace.\n\nErdogan also said that Turkey is ready to help Hungary with gas "
        "supplies.", "2025-03-10", "ready", "2025-03-08"),
    # -- a hosting told as the start of a stay of several days is not the meeting: what is
    # said later keeps the date it had (the day of the report)
    "... but 'greeted X on Monday at the start of a three-day state visit ... X said' is not "
    "Monday": (
        "NAIROBI, March 12 -- Kenya and Ghana signed a trade pact on Wednesday.\n\nKenyan "
        "President William Ruto greeted Ghanaian President John Mahama at the airport on "
        "Monday at the start of a three-day state visit.\n\nGhana supports Kenya's bid for the "
        "council seat, Mahama said in his speech to lawmakers.", "2025-03-12", "supports",
        "2025-03-12"),
    # -- talks dated by the story's frame ("On Wednesday morning ... Then X held talks with
    # Y") are a scene too: what X says goes with that day
    "'On Wednesday morning ... Then X held talks with Y ... X said' is Wednesday": (
        _VIENNA + "\n\nModi said India supports Austria to play a bigger role in South Asia.",
        "2024-07-11", "supports", "2024-07-10"),
    "... but a spokesman who was not at the talks said it on the day of the report": (
        _VIENNA + "\n\nIndian foreign ministry spokesman Randhir Jaiswal said India supports "
        "Austria to play a bigger role in South Asia.", "2024-07-11", "supports", "2024-07-11"),
    # -- two meetings told of one day are one scene: each one's people speak there
    "'held talks with Y on Sunday ... X was also received on Sunday by Z ... Y said' is "
    "Sunday": (
        "CAIRO -- Egyptian Foreign Minister Badr Abdelatty held talks in Ankara on Sunday with "
        "his Turkish counterpart Hakan Fidan.\n\nAbdelatty was also received on Sunday by "
        "President Recep Tayyip Erdogan and handed him a letter from President Abdel Fattah "
        "al-Sisi.\n\nFidan said that Turkey supports Egypt's efforts for a ceasefire in Gaza.",
        "2024-07-11", "supports", "2024-07-07"),
    # -- after plain "X said" sentences paused the story, a past-tense sentence whose
    # subject is someone the story's dated sentence named goes on with the story
    "'... during a visit by Abiy, Ruto said. Ruto told ... Abiy praised Kenya' is the "
    "visit's day": (
        _NAIROBI + "\n\nAbiy praised Kenya as one of Ethiopia's strongest partners in the "
        "region.", "2025-03-13", "praised", "2025-03-12"),
    "... but a subject the dated sentence did not name stays undated": (
        _NAIROBI + "\n\nSomali President Hassan Sheikh Mohamud praised Kenya as one of "
        "Ethiopia's strongest partners in the region.", "2025-03-13", "praised", None),
    "... nor a deed of a state the dated sentence named ('Kenya banned ...')": (
        _NAIROBI + "\n\nKenya banned Ethiopian miraa imports.", "2025-03-13", "banned", None),
    # -- "since March last year, when Somalia expelled ...": the "when" clause written after
    # the date (a comma between) happened then, though the parser hangs it on the main verb
    "'at a low since March last year, when X expelled Y's ambassador' is that March": (
        _RECALL + " Relations between the neighbours have been at a low since March last "
        "year, when Somalia expelled Kenya's ambassador after Nairobi hosted Somaliland's "
        "leader.", "2025-03-13", "expelled", "2024-03"),
    "... but 'closed since March last year and will reopen it when Somalia expels ...' is "
    "undated": (
        _RECALL + " Kenya has kept its border with Somalia closed since March last year and "
        "will reopen it when Somalia expels the militants.", "2025-03-13", "expels", None),
    # -- at the meeting's day, an act whose own subject is a person of the meeting is done
    # there, also when a pronoun says the saying joined to it ("..., and he said ...")
    "'X thanked the Kenyan side ..., and he said ...' after their talks is the talks' day": (
        _ACCRA + "\n\nMahama thanked the Kenyan side for its hospitality, and he said Ghana "
        "will open a trade office in Nairobi.", "2025-03-13", "thanked", "2025-03-12"),
    "... but what a ministry says a person of the meeting did is dated as said": (
        _ACCRA + "\n\nThe Ghanaian foreign ministry said that Mahama appreciated Kenya's "
        "support.", "2025-03-13", "appreciated", "2025-03-13"),
    # -- a month with no year after what an invitation is to ("to take part in the summit
    # ... in February") is when the summit is, not when the invitation was made
    "'He invited X to take part in the summit ... in February' is the talks' day": (
        _TALKS + " He invited President Mahama to take part in the summit of the African "
        "Union in Addis Ababa in February.", "2025-03-13", "invited", "2025-03-12"),
    "... but 'urged X to free them when he visited Accra in February' is February": (
        _TALKS + " Ruto urged Mahama to free two Kenyan fishermen when he visited Accra in "
        "February.", "2025-03-13", "urged", "2025-02"),
    "... and 'is expected to travel to Kampala in February' is the next February": (
        _TALKS + " Mahama is expected to travel to Kampala in February for a summit of the "
        "East African Community.", "2025-03-13", "travel", "2026-02"),
}


@pytest.mark.parametrize("case", DATE_CASES)
def test_dates25(coder, case: str) -> None:
    body, pub, trigger, expected = DATE_CASES[case]
    assert dated(coder, body, pub, trigger) == expected
