"""Date rules found on tune16..tune18 (helper dates14, session 13), each tested on sentences
of its own: other countries and wordings than the gold articles."""

from __future__ import annotations

import pytest
from coding_helpers import dated

# Each row: the article, its publication date, the event's trigger (with "|words" of its
# sentence, when an earlier sentence has the same trigger), its date.
DATE_CASES = {
    # -- "from <day>" on a participle or infinitive is the day what the act sets takes
    # effect; the sentence's own time dates the act that carries it, and the story goes on
    # from that time
    "'On Monday, X signed a decree imposing duties from Friday' is Monday": (
        "On Monday, Erdogan signed a decree imposing duties on Greek olive oil from "
        "Friday.", "2024-03-14", "imposing", "2024-03-11"),
    "... and 'the same day' after it is Monday too": (
        "On Monday, Erdogan signed a decree imposing duties on Greek olive oil from "
        "Friday.\n\n"
        "Athens accused Ankara of economic blackmail the same day.", "2024-03-14",
        "accused", "2024-03-11"),
    "'announced on Tuesday a ban suspending flights from Sunday' is Tuesday": (
        "Kenya's transport ministry announced on Tuesday a ban suspending all flights "
        "from Somalia from Sunday.", "2024-03-14", "suspending", "2024-03-12"),
    "'decided on Monday to suspend flights from Friday' is Monday": (
        "Kenya's cabinet decided on Monday to suspend all flights to Somalia from "
        "Friday.", "2024-03-14", "suspend", "2024-03-11"),
    "'will close ... from Thursday, X said on Tuesday' keeps Thursday": (
        "Kenya will close its border with Somalia for two weeks from Thursday, the "
        "government said on Tuesday.", "2024-03-12", "close", "2024-03-14"),
    "'suspended flights from Wednesday' alone keeps Wednesday": (
        "Kenya suspended all flights to Somalia from Wednesday.", "2024-03-14",
        "suspended", "2024-03-13"),
    # -- "X, he said, had agreed to ...": a verb of saying set inside the clause makes the
    # past perfect only the tense of reported speech
    "'Y, he said, had agreed to ...' is the day of the report": (
        "BOGOTA, March 14 (Reuters) - Colombia on Thursday reopened its border with "
        "Venezuela.\n\n"
        "Caracas, he said, had agreed to work to stop smuggling into Colombia.",
        "2024-03-14", "agreed", "2024-03-14"),
    # -- "In a statement, X said ..." does not pause the story: the next act goes on with
    # the statement's day
    "'In a statement, X said ... He urged Y to ...' is the statement's day": (
        "President Julius Maada Bio on Sunday criticised Guinea for closing the border.\n\n"
        "In a statement issued by State House, Bio said Conakry cannot claim to support "
        "regional trade while blocking it.\n\n"
        "He urged the Guinean government to reconsider its decision.", "2024-03-14",
        "urged", "2024-03-10"),
    # -- present perfect after a "since" clause on a date: between that date and
    # publication, the time both share
    "'Since the March 1 deadline expired, police have detained ...' is March": (
        "Since the March 1 deadline expired, Thai police have detained hundreds of "
        "undocumented Cambodian workers.", "2024-03-14", "detained", "2024-03"),
    "... and across two years nothing": (
        "Since the December 1 deadline expired, Thai police have detained hundreds of "
        "undocumented Cambodian workers.", "2024-01-14", "detained", None),
    "'has not deported any since the deadline expired' stays null": (
        "Since the March 1 deadline expired, Thailand has not deported any Cambodian "
        "workers.", "2024-03-14", "deported", None),
    # -- "the same threats" in what someone says would happen is another act of the kind,
    # not a retelling of the threat told before
    "'warned that ...' keeps the report's day after 'would create the same threats'": (
        "ATHENS, March 14 (AP) - Greek Prime Minister Kyriakos Mitsotakis said on Thursday "
        "that Ankara had promised on Tuesday to halt the drilling, and warned Turkey that "
        "Greece would not attend the summit if the ships returned.\n\n"
        "In Ankara, President Erdogan said on Wednesday that if Greece armed the islands, "
        "Turkey would create the same threats for Athens.", "2024-03-14", "warned",
        "2024-03-14"),
    # -- "in the same statement" after "X said on Sunday ...": the statement of that day
    "'in the same statement' after 'said on Sunday' is Sunday": (
        "NIAMEY, March 14 (Reuters) - Niger on Friday ordered the Beninese ambassador to "
        "leave the country, a ministry statement read on state television on Friday said.\n\n"
        "Benin's government said on Sunday it regretted the decision.\n\n"
        "Spokesman Wilfried Houngbedji in the same statement accused Niger of blocking "
        "Beninese exports at the border.", "2024-03-14", "accused", "2024-03-10"),
    # -- "days later" after a month stays that month, as "the next day" does
    "'Days later' after 'last month' is that month": (
        "Ecuador recalled its ambassador to Caracas last month after Venezuela criticised "
        "its elections.\n\n"
        "Days later, Quito expelled Venezuela's charge d'affaires.", "2024-01-10",
        "expelled", "2023-12"),
}


@pytest.mark.parametrize(("body", "pub", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_dates(coder, body: str, pub: str, trigger: str, expected: str | None) -> None:
    assert dated(coder, body, pub, trigger) == expected
