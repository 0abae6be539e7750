"""Date rules found on tune..tune28 (helper dates23, session 23), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger ("word|phrase" picks it
# among the records whose sentence holds the phrase), its date.
DATE_CASES = {
    # -- a day written without its year is the latest such day on or before publication, or
    # the coming one within a month for a verb not in the past: across the turn of the year
    # too ("talks on Jan 5" told on Dec 20 is next January's)
    "'meets ... on Jan 5', told on Dec 20, is next January": (
        "Chilean President Gabriel Boric meets Peruvian President Jose Jeri in Lima on "
        "Jan 5.", "2025-12-20", "meets", "2026-01-05"),
    "'recalls its ambassador on January 2', told on December 30, is next January": (
        "Peru recalls its ambassador from Chile on January 2.", "2025-12-30", "recalls",
        "2026-01-02"),
    "'expelled on Dec 28', told on Jan 3, is last December": (
        "Peru expelled two Chilean diplomats on Dec 28, the foreign ministry in Lima said.",
        "2026-01-03", "expelled", "2025-12-28"),
    "... but a past act on Jan 5, told on Dec 20, stays this January": (
        "Peru expelled two Chilean diplomats on Jan 5, the foreign ministry in Lima said.",
        "2025-12-20", "expelled", "2025-01-05"),
    # -- a time after a noun that a cause or topic preposition governs ("over a cyberattack
    # in July") tells when that happened, not when the act above it did
    "'recalled ... on Tuesday and suspended flights over a cyberattack in March' is Tuesday": (
        "Peru on Tuesday recalled its ambassador from Chile and suspended all flights to "
        "Santiago over a cyberattack in March.", "2025-05-08", "suspended", "2025-05-06"),
    "... as is one 'over a cyberattack on Monday'": (
        "Peru on Tuesday recalled its ambassador from Chile and suspended all flights to "
        "Santiago over a cyberattack on Monday.", "2025-05-08", "suspended", "2025-05-06"),
    "'told X to leave ..., in response to a demand earlier this month' is the telling day": (
        "TALLINN, Jan 24 -- Russia on Monday expelled Estonia's ambassador. The ministry's "
        "move came hours after Estonia told Russian ambassador Vladimir Lipayev to leave by "
        "February 7, in response to a demand from Moscow earlier this month that Tallinn "
        "cut the staff of its embassy.", "2023-01-24", "leave", "2023-01-23"),
    "... but 'summoned X in April over the remarks' is April": (
        "Peru summoned Chile's ambassador in April over the remarks of the Chilean defence "
        "minister.", "2025-05-08", "summoned", "2025-04"),
    # -- a bare year in an "of" phrase after a noun names the thing, as "the 2011 agreement"
    # does: it dates no other act and sets no time for the story
    "'regret over the incidents of 1979 and pledged' is not 1979": (
        "Peru expressed its sincere regret over the border incidents of 1979 and pledged to "
        "compensate Chile's victims.", "2025-05-08", "pledged", None),
    "'the agreement of 2011' sets no time for 'Some days later'": (
        "LA PAZ -- On Monday, Bolivia's foreign ministry summoned the ambassador of Peru over "
        "the expulsions of migrants. The minister demanded that the expulsions respect the "
        "agreement of 2011 between the two countries. Some days later, Lima answered by "
        "summoning Bolivia's ambassador.", "2025-05-08", "summoning", "2025-05"),
    "... but 'signed the treaty of 1929' is 1929": (
        "Peru signed the treaty of 1929 with Chile after long talks.", "2025-05-08",
        "signed", "1929"),
    # -- "During the 2009 gas dispute, X expelled ...": the year of the occasion the act
    # happened during, not the year the story told last
    "'During the 2009 gas dispute, X expelled' is 2009": (
        "Bolivia broke off diplomatic relations with Chile in 1978. During the 2009 gas "
        "dispute, the government of President Evo Morales expelled the Chilean consul.",
        "2025-05-08", "expelled", "2009"),
    "... but not a clause on another actor: 'which cut gas exports during the 2009 crisis'": (
        "Bolivia, which cut gas exports to Chile during the 2009 crisis, expelled the Chilean "
        "consul on Monday.", "2025-05-08", "expelled", "2025-05-05"),
    # -- "called the sanctions biased on Thursday": the parse makes the quality a participle
    # of the noun, so the time seemed the participle's; it is the calling verb's
    "'called the sanctions biased on Thursday' is that Thursday": (
        "The U.S. Treasury on Wednesday imposed sanctions on four Iranian drone makers. "
        "Iran's foreign ministry called the sanctions biased on Thursday and said they would "
        "harm regional stability.", "2024-12-20", "called|biased", "2024-12-19"),
    "... but not a participle with a time of its own ('imposed on Monday')": (
        "Iran's foreign ministry called the U.S. sanctions imposed on Monday unlawful.",
        "2024-12-20", "called", None),
    # -- "threatened to send elephants to Germany in an interview with the tabloid Bild
    # published on Tuesday": the participle the parse hangs on the interviewer dates the
    # interview, and the act told in it, even when the parse hangs it on the infinitive
    "'threatened to send ... in an interview with X published on Tuesday' is Tuesday": (
        "President Masisi threatened to send 20,000 elephants to Germany in an interview "
        "with the German tabloid Bild published on Tuesday.", "2024-04-04", "threatened",
        "2024-04-02"),
    "... but not 'in an interview with a reporter who was expelled on Tuesday'": (
        "Zambia's president accused Zimbabwe of arming poachers in an interview with a "
        "reporter who was expelled on Tuesday.", "2024-04-04", "accused", None),
    # -- "investigates the panels since October and could impose tariffs in the summer": a
    # coordinated verb told as a possibility has a time still to come, not the act's; the
    # plain present with "since" (translated copy) began then, as the present perfect does
    "'investigates X since October and could impose tariffs in the summer' is October": (
        "Washington investigates Chinese solar panels since October and could impose "
        "additional tariffs on China already in the summer.", "2024-05-10", "investigates",
        "2023-10"),
    "... but 'investigates X and imposed tariffs in March' is March": (
        "Washington investigates Chinese solar panels and imposed additional tariffs on China "
        "in March.", "2024-05-10", "investigates", "2024-03"),
    "... nor 'It is his third visit since 2018' (the copula): this visit": (
        "Peru's President Jose Jeri was received on Thursday in Santiago by Chilean President "
        "Gabriel Boric. It is the third visit of Jeri to Chile since 2018.", "2025-01-18",
        "visit", None),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
