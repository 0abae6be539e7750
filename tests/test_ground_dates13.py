"""Date rules found on tune9..tune17 (helper dates13, session 12), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger (with "|words" of its
# sentence, when an earlier sentence has the same trigger), its date.
DATE_CASES = {
    # -- a time written just before an "after" clause is the main verb's, though the parser
    # hangs it on the clause
    "'recalled its envoy last month after X joined ...' is last month": (
        "Chile recalled its ambassador to Lima for consultations last month after Peru "
        "joined two other governments in a statement criticising Santiago.", "2024-03-14",
        "recalled", "2024-02"),
    "'last month after ...' across the new year is December": (
        "Ecuador withdrew its envoy from Caracas last month after Venezuela expelled two "
        "Ecuadorian diplomats.", "2024-01-09", "withdrew", "2023-12"),
    "'two days after X' still counts from the clause": (
        "Peru expelled a Chilean diplomat two days after Chile recalled its ambassador on "
        "Monday.",
        "2024-03-14", "expelled", "2024-03-13"),
    # -- "a year ago" is about the same time last year: the month a year before
    "'a year ago' is the month a year before publication": (
        "Ghana took Togo to the regional court a year ago, and the court has not ruled.",
        "2024-03-14", "took", "2023-03"),
    "'two years ago' stays the year": (
        "Argentina expelled a Chilean diplomat two years ago.", "2024-03-14", "expelled",
        "2022"),
    # -- a participle that only describes the object's people tells no occasion: the time
    # at its end is the act's
    "'issuing visas to students visiting X in April' is April": (
        "RABAT, May 13 (Reuters) - Morocco received the Spanish prime minister in Rabat on "
        "Monday.\n\n"
        "Madrid had begun issuing visas to Moroccan students attending Spanish universities "
        "in April.", "2024-05-13", "issuing", "2024-04"),
    # -- a statement with no time of its own by the person the story told speaking on a
    # recent day goes on with that day; anyone else's plain "said" keeps the publication
    # date (the conventions)
    "'X on Wednesday accused ... In a post, X said' is Wednesday": (
        "Venezuelan President Nicolas Maduro on Wednesday accused Guyanese President Irfaan "
        "Ali of provoking a crisis over the Essequibo region.\n\n"
        "In a televised address, Maduro said that if Guyana wanted confrontation, Venezuela "
        "would respond.", "2024-03-14", "said", "2024-03-13"),
    "'X on Wednesday accused ... Minister Y said' is the day of the report": (
        "Venezuelan President Nicolas Maduro on Wednesday accused Guyanese President Irfaan "
        "Ali of provoking a crisis over the Essequibo region.\n\n"
        "Foreign Minister Yvan Gil said that Venezuela would respond to any provocation by "
        "Guyana.", "2024-03-14", "said", "2024-03-14"),
    # -- a relative clause after "the N of the <Name> ..." tells of the nearer, named noun
    "'the suspension of the Treaty ... which X concluded in 2002' is the announcement's day": (
        "TUNIS, 11 June -- The Presidency announced on Wednesday the immediate suspension of "
        "the Treaty of Friendship, Good Neighbourliness and Cooperation which Tunisia "
        "concluded with the Kingdom of Morocco on 8 October 2002.", "2022-06-11",
        "suspension", "2022-06-08"),
    "... and what the statement goes on to tell keeps that day": (
        "TUNIS, 11 June -- The Presidency announced on Wednesday the immediate suspension of "
        "the Treaty of Friendship, Good Neighbourliness and Cooperation which Tunisia "
        "concluded with the Kingdom of Morocco on 8 October 2002.\n\n"
        "The statement of the Presidency accused the Moroccan authorities of violating their "
        "obligations.", "2022-06-11", "accused", "2022-06-08"),
    # -- a past conjunct the parse hangs on what was said, but dated after the saying, is the
    # story going on: the next "Then" follows it
    "'said on Wednesday that ..., and on Friday he travelled' moves the story to Friday": (
        "The Moroccan Foreign Minister Nasser Bourita said on Wednesday evening that his "
        "government regrets deeply the decision of Tunis, and on Friday he travelled to "
        "Brussels.\n\n"
        "Then the High Representative Josep Borrell issued a statement calling the Tunisian "
        "decision extremely worrying.", "2022-06-11", "calling", "2022-06-10"),
    # -- an act placed on the sidelines of an occasion the text dated is of its day, even
    # after commentary closed the story
    "'held talks on the sidelines of the summit' is the summit's day": (
        "DOHA, Nov 12 (AFP) - Gulf and Asian leaders meeting in the Qatari capital on "
        "Saturday demanded a halt to the fighting in Sudan.\n\n"
        "The summit called on the UN Security Council to adopt a binding resolution.\n\n"
        "Analysts said the summit showed the limits of Gulf unity.\n\n"
        "Turkish President Recep Tayyip Erdogan held talks with the emir on the sidelines of "
        "the summit, Turkish state media reported.", "2023-11-12", "held", "2023-11-11"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
