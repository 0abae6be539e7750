"""Date rules found on tune..tune27 (helper dates22, session 22), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger ("word|phrase" picks it
# among the records whose sentence holds the phrase), its date.
DATE_CASES = {
    # -- "X said on Saturday that ... It said ...": a pronoun taking up the speaker the
    # sentence before told speaking on a recent day goes on with what was said that day,
    # not the day of the report
    "'It said' after 'the ministry said on Saturday' is that Saturday": (
        "Kenya's foreign ministry said on Saturday that the arrests were unlawful. It said "
        "Uganda had violated the rights of Kenyan citizens.", "2024-05-13",
        "said|violated", "2024-05-11"),
    "... and through an undated 'The ministry said' between": (
        "Ghana's foreign ministry announced on Friday that it would close its border with "
        "Togo. The ministry said the decision answered the attacks of last week. It said "
        "Togo had violated the rights of Ghanaian traders.", "2024-05-13",
        "said|violated", "2024-05-10"),
    "'He said' after 'said on Wednesday in a statement' is that Wednesday": (
        "In a statement on Wednesday, Ethiopian spokesman Nebiat Getachew said the talks "
        "were over. He said Ethiopia would keep supplying electricity to Djibouti.",
        "2024-05-16", "said|supplying", "2024-05-15"),
    "... but not a named speaker after another's dated saying": (
        "Kenya's foreign ministry said on Saturday that the arrests were unlawful. Ugandan "
        "spokesman Felix Baryamureeba said Uganda would keep supplying electricity to "
        "Kenya.", "2024-05-13", "said|supplying", "2024-05-13"),
    "... nor 'It said' after a sentence of deeds between": (
        "Kenya's foreign ministry said on Saturday that the arrests were unlawful. Uganda "
        "closed its border with Kenya last year. It said Uganda had violated the rights of "
        "Kenyan citizens.", "2024-05-13", "said|violated", "2024-05-13"),
    # -- "The disclosure came two days after X", "It came ...": the subject places the news
    # in time, so X counts back from the narrative's time, or from the news when the
    # narrative stands in a flashback ("... had seized them in March 2021. The swap comes
    # two months after ...")
    "'The disclosure came two days after X' counts back from the news": (
        "Kenya said on Tuesday it had uncovered a spy ring run by Uganda. Trade between the "
        "two is worth $1 billion a year. The disclosure came two days after Uganda accused "
        "Kenya of sheltering rebels.", "2024-05-15", "accused", "2024-05-12"),
    "'It came two days after X' counts back from the news": (
        "Kenya said on Tuesday it had uncovered a spy ring run by Uganda. Trade between the "
        "two is worth $1 billion a year. It came two days after Uganda accused Kenya of "
        "sheltering rebels.", "2024-05-15", "accused", "2024-05-12"),
    "'The swap comes two months after X' after a flashback counts from the news": (
        "Kenya freed three Ugandan soldiers on Tuesday in exchange for two Kenyan police "
        "officers. Uganda had seized the officers in March 2021. The swap comes two months "
        "after Kenya lifted sanctions on Ugandan sugar.", "2024-05-15", "lifted", "2024-03"),
    "... but 'A delegation came two days after X' does not place the news": (
        "Kenya said on Tuesday it had uncovered a spy ring run by Uganda. Trade between the "
        "two is worth $1 billion a year. A delegation came to Nairobi two days after Uganda "
        "accused Kenya of sheltering rebels.", "2024-05-15", "accused", "2024-05-14"),
    # -- "X, who met ... on Friday, said", "Addressing a summit he chaired on Tuesday, X
    # said": a clause on the speaker, or the participle placing the saying, shows the
    # speaker at an occasion of a recent day; what is said is said there
    "'X, who met the fishermen on Friday, said' is that Friday": (
        "Kenyan Interior Minister Kithure Kindiki, who met the returning fishermen at the "
        "port of Mombasa on Friday, said Uganda had violated Kenya's sovereignty.",
        "2024-05-13", "said", "2024-05-10"),
    "'Addressing a summit that he chaired on Tuesday, X said' is that Tuesday": (
        "Addressing a summit of regional leaders that he chaired on Tuesday, President "
        "William Ruto said Uganda had violated Kenya's sovereignty.", "2024-05-16", "said",
        "2024-05-14"),
    "... but not 'X, who took office in January 2023, said'": (
        "Kenyan Interior Minister Kithure Kindiki, who took office in January 2023, said "
        "Uganda had violated Kenya's sovereignty.", "2024-05-13", "said", "2024-05-13"),
    "... nor a day in a clause on what is said about": (
        "Kenyan Interior Minister Kithure Kindiki said Uganda, which closed the border on "
        "Friday, had violated Kenya's sovereignty.", "2024-05-13", "said", "2024-05-13"),
    # -- "met X on Saturday" tells a meeting the text may refer back to ("At that meeting",
    # "The two sides agreed ..."): the day of the verb's own expression
    "'met ... on Saturday. At that meeting, X demanded' is that Saturday": (
        "NAIROBI, May 13 (Reuters) - A summit of Kenya and Uganda meant to end a border "
        "dispute was called off on Monday. Kenyan President William Ruto had arrived in "
        "Kampala for the meeting. Foreign ministers of the two countries met in Entebbe on "
        "Saturday to prepare the summit. At that meeting, the Ugandan delegation demanded "
        "that Kenya hand over the rebels.", "2024-05-13", "demanded", "2024-05-11"),
    "'where he met X on Friday. The two sides agreed' is that Friday": (
        "NAIROBI, May 13 (Reuters) - Kenyan fishermen held in Uganda returned home on "
        "Monday. Kampala detained them on May 2 and sent them to court the next day, and "
        "Nairobi sent its foreign minister to Kampala, where he met President Yoweri "
        "Museveni on Friday. The two sides agreed to set up a joint border commission.",
        "2024-05-13", "agreed", "2024-05-10"),
    "... but not after 'where he did not meet X on Friday'": (
        "NAIROBI, May 13 (Reuters) - Kenyan fishermen held in Uganda returned home on "
        "Monday. Kampala detained them on May 2 and sent them to court the next day, and "
        "Nairobi sent its foreign minister to Kampala, where he did not meet President "
        "Yoweri Museveni on Friday. The two sides agreed to set up a joint border "
        "commission.", "2024-05-13", "agreed", "2024-05-03"),
    # -- "called the expulsion shameful and alarming the same evening": the parse makes the
    # time the object of the adjective ("alarming"); it dates the verb the adjectives hang on
    "'called X shameful and alarming the same evening' is that evening": (
        "Uganda expelled two Kenyan diplomats on Sunday. President William Ruto called the "
        "expulsion shameful and alarming the same evening, saying Kampala had crossed a red "
        "line.", "2024-05-14", "called", "2024-05-12"),
    "... but 'called X shameful and alarming, saying ...' with no time is said when reported": (
        "Uganda expelled two Kenyan diplomats on Sunday. President William Ruto called the "
        "expulsion shameful and alarming, saying Kampala had crossed a red line.",
        "2024-05-14", "called", "2024-05-14"),
    # -- "who left Kampala on March 27, a month after Uganda ordered him out": an offset set
    # off by a comma after a date counts from that date, wherever the parse hangs it
    "'on March 27, a month after X ordered him out' is February": (
        "Kenya's envoy left Kampala on Friday. His departure follows that of Kenya's "
        "military attache, who left Kampala on March 27, a month after Uganda ordered him "
        "out.", "2024-05-13", "ordered", "2024-02"),
    "... and a date with more than a comma before the offset is left to the clause": (
        "Kenya's envoy left Kampala on Friday. His departure follows that of Kenya's "
        "military attache, who left Kampala on March 27 and flew home to Nairobi, a month "
        "after Uganda ordered him out.", "2024-05-13", "ordered", "2024-02"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
