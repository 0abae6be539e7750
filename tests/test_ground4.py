"""Grounding rules found with probe articles written for issue 5 (dates on unseen wire
copy, non-asserted recall), each tested on sentences of its own: other countries and other
wordings than the probes and the gold."""

from __future__ import annotations

import pytest
from coding_helpers import coded


def event(recs: list[dict], trigger: str) -> dict:
    hits = [r for r in recs if (r["trigger"] or "").lower().startswith(trigger)]
    assert hits, f"no event {trigger!r}: {[(r['trigger'], r['cameo']) for r in recs]}"
    return hits[0]


# -- dates ---------------------------------------------------------------------------------
# Published on Friday 2025-03-14. Each row: the article, the event's trigger, its date.
DATE_CASES = {
    "a new paragraph with no date leaves a background year behind": (
        "Peru recalled its ambassador from Chile on Tuesday.\n\n"
        "In 2019, Chile accused Peru of spying on its navy.\n\n"
        "Bolivia criticised Chile over the dispute.", "criticised", None),
    "a new paragraph that answers the background goes on with its year": (
        "Peru recalled its ambassador from Chile on Tuesday.\n\n"
        "In 2019, Chile accused Peru of spying on its navy.\n\n"
        "Lima expelled two Chilean diplomats in retaliation.", "expelled", "2019"),
    "'later' in a new paragraph goes on with the background": (
        "Kenya recalled its envoy from Somalia on Monday.\n\n"
        "Somalia expelled the Kenyan ambassador in December 2020.\n\n"
        "Nairobi later closed its border with Somalia.", "closed", "2020-12"),
    "a vague 'in recent months' is no news peg that makes a later date background": (
        "This is not the first incident in recent months.\n\n"
        "In late December last year, a Kenyan airliner crashed in Somalia.\n\n"
        "Somali President Hassan Sheikh Mohamud called Kenyan President William Ruto to "
        "apologize.", "apologize", "2024-12"),
    "the same paragraph goes on with the background": (
        "Kenya recalled its envoy from Somalia on Monday. In 2021 Somalia expelled the "
        "Kenyan ambassador. Kenya closed its border with Somalia.", "closed", "2021"),
    "a standing demand 'since' a year is undated": (
        "Serbia has demanded since 2008 that Kosovo dissolve its army.", "demanded", None),
    "overnight after a weekend frame: the publication day": (
        "Sudan accused Chad of arming the rebels over the weekend. Sudanese jets bombed "
        "Chadian border posts overnight.", "bombed", "2025-03-14"),
    "a range of bare months: 'between May and July'": (
        "Ecuador and Peru held talks on their river border between May and July.",
        "held", "2024"),
    "a past time on the infinitive dates the offer": (
        "Qatar offered to mediate between Kabul and Islamabad earlier this week.",
        "offered", "2025-03"),
    "a time to come stays with the infinitive": (
        "Iran agreed to hold talks with Oman next week.", "agreed", None),
    "a date in the subject's relative clause does not frame the story": (
        "Chile and Peru met in Lima in December 2023. Argentina, which hosted talks "
        "between them in January 2024, urged calm. Two days later, Peru deployed troops "
        "to the border.", "deployed", "2023-12"),
    "a planned act takes no date from the past verb that tells it": (
        "Greece denied on Saturday that it would allow Turkish ships into its ports.",
        "allow", None),
    "a planned act keeps a date of its own": (
        "Iran said on Sunday that it would expel two Dutch diplomats on Thursday.",
        "expel", "2025-03-20"),
    "'rejected the allegations the same day': the accusation's day": (
        "Ghana accused Togo on Tuesday of sheltering rebels. Togolese police sealed the "
        "border on Wednesday. Togo's foreign ministry rejected the allegations the same day.",
        "rejected", "2025-03-11"),
    "every act the 'same day' dates takes the accusation's day": (
        "Ghana accused Togo on Tuesday of sheltering rebels. Togolese police sealed the "
        "border on Wednesday. Togo rejected the charges the same day and recalled its "
        "ambassador from Accra.", "recalled", "2025-03-11"),
    "a 'when' clause's date is its main clause's": (
        "When floods hit Sindh in August of last year, India offered to send relief "
        "teams to Pakistan.", "offered", "2024-08"),
    "'September of last year': the year before publication": (
        "Egypt recalled its ambassador from Ethiopia in September of last year.",
        "recalled", "2024-09"),
    "'the day before yesterday': two days before publication": (
        "The day before yesterday, Peru recalled its ambassador from Mexico.",
        "recalled", "2025-03-12"),
    "a paragraph opening with 'The announcement' goes on with the background": (
        "Kenya handed over its last base in Haiti on Thursday.\n\n"
        "Haiti's prime minister announced on Nov. 28 that the mission would end.\n\n"
        "The announcement came only hours after the Kenyan foreign minister met President "
        "Ruto's envoy and thanked Haiti for its cooperation.", "thanked", "2024-11-28"),
    "'The move came N days after X': X lies N days before the act just told": (
        "Togo recalled its ambassador from Ghana on Thursday. The move came three days "
        "after Ghanaian troops shelled a Togolese border post.", "shelled", "2025-03-10"),
    "'the following morning': the day after the narrative's": (
        "Iraq summoned the Turkish envoy on Tuesday. The following morning, Turkish jets "
        "struck targets in northern Iraq.", "struck", "2025-03-12"),
    "'weeks later' is only bounded: the month": (
        "Niger expelled the French ambassador on March 2. Weeks later, France recalled its "
        "troops from Niger.", "recalled", "2025-03"),
    "'days earlier' is only bounded: the month": (
        "Mali recalled its ambassador from Algeria on Tuesday. Days earlier, Algeria had "
        "shot down a Malian drone.", "shot", "2025-03"),
    "'months later' is only bounded: the year": (
        "Mali and Algeria met in Algiers in January 2024. Months later, Mali expelled the "
        "Algerian ambassador.", "expelled", "2024"),
    "a weekday naming the date after it: the date": (
        "Algeria recalled its ambassador from Mali on Friday, March 7.", "recalled",
        "2025-03-07"),
    "'at the beginning of the year': this year's first months": (
        "Algeria recalled its ambassador from Mali at the beginning of the year.",
        "recalled", "2025"),
    "'in the last days of February': that month, not the last days before publication": (
        "Algeria recalled its ambassador from Mali in the last days of February.",
        "recalled", "2025-02"),
    "'hours after X on a day': that day": (
        "Thailand closed its border with Cambodia hours after Cambodian troops shelled a "
        "Thai village on March 3.", "closed", "2025-03-03"),
    "'after X on a day' only bounds the act: up to publication": (
        "After Cambodian troops shelled a Thai village on March 3, Thailand closed its "
        "border with Cambodia.", "closed", "2025-03"),
    "'after X in an earlier year' leaves the act undated": (
        "Thailand closed its border with Cambodia after Cambodian troops shelled a Thai "
        "village in 2023.", "closed", None),
    "'that same week': the narrative's week, not its day": (
        "Kenya recalled its envoy from Somalia on March 3. That same week, Somalia expelled "
        "the Kenyan ambassador.", "expelled", "2025-03"),
    "'in the days that followed': after the narrative's day, bounded": (
        "Kenya recalled its envoy from Somalia on March 3. In the days that followed, "
        "Somalia expelled the Kenyan ambassador.", "expelled", "2025-03"),
    "'over the next three days': after the narrative's day, bounded": (
        "Kenya recalled its envoy from Somalia on March 3. Over the next three days, Somalia "
        "expelled four Kenyan diplomats.", "expelled", "2025-03"),
    "an occasion dated by its participle dates the act told in it": (
        "In an interview published on Sunday, the Somali president accused Kenya of "
        "meddling.", "accused", "2025-03-09"),
    "'A day later' opening a sentence without a comma": (
        "Seoul summoned the Japanese ambassador on March 3. A day later Japan's vice "
        "foreign minister called in the South Korean envoy to protest.", "called",
        "2025-03-04"),
    "a year naming a deal dates the verb that made it": (
        "Qatar brokered a 2020 agreement between Washington and the Taliban.", "brokered",
        "2020"),
    "a year naming a deal in an urged act's infinitive does not date the urging": (
        "Peru recalled its ambassador from Chile on Tuesday. Lima also urged Santiago to "
        "carry out a 2015 agreement on fishing, the news agency Andina reported.", "urged",
        "2025-03-11"),
    "a year naming a pact does not date an act on it": (
        "Niger suspended a 2012 defence pact with France.", "suspended", None),
    "'the past Thursday': the latest Thursday before publication": (
        "Peru recalled its ambassador from Chile the past Thursday.", "recalled",
        "2025-03-13"),
    "'on Monday last week': that day of the week before": (
        "Peru recalled its ambassador from Chile on Monday last week.", "recalled",
        "2025-03-03"),
    "'told him' in a scene continues its date": (
        "Speaking by telephone with Kenyan Foreign Minister Musalia Mudavadi on Tuesday, "
        "his Somali counterpart offered condolences. Mudavadi told him that Nairobi held "
        "Mogadishu responsible for the attack.", "held", "2025-03-11"),
    "'told reporters' with no other clue is the report's day": (
        "Kenya recalled its ambassador from Somalia on Tuesday. Mudavadi told reporters "
        "that Nairobi held Mogadishu responsible for the attack.", "held", "2025-03-14"),
    "'since December, when X': X happened in December": (
        "Relations have soured since January, when Chile recalled its ambassador from "
        "Peru.", "recalled", "2025-01"),
    "'in November of that year': the narrative's year": (
        "Relations collapsed in 2016, and in November of that year Ankara recalled its "
        "ambassador from Vienna.", "recalled", "2016-11"),
    "'on the 8th' after 'In February' in the same sentence: February": (
        "Relations soured in January. In February tensions rose further: on the 8th Chile "
        "expelled four Peruvian diplomats.", "expelled", "2025-02-08"),
    "'also' in a new paragraph goes on with the background": (
        "Canada named a new ambassador to Riyadh on Wednesday.\n\n"
        "The rift began in August 2018, when Saudi Arabia expelled Canada's ambassador.\n\n"
        "Riyadh also recalled its own envoy from Ottawa.", "recalled", "2018-08"),
    "'that step' in a new paragraph refers back to the background act": (
        "Russia suspended a fishing deal with Japan on June 7.\n\n"
        "Already on March 21, Russia halted peace treaty talks with Japan.\n\n"
        "Japanese Prime Minister Fumio Kishida called that step unjust and lodged a strong "
        "protest with Moscow.", "lodged", "2024-03-21"),
    "'Two days later' after a past-perfect date counts from that date": (
        "Azerbaijan condemned the French arms deal on Tuesday. Colonna had announced the "
        "first arms pledge during a visit to Yerevan on March 3. Two days later, Aliyev "
        "pulled out of a meeting with Pashinyan in Granada.", "pulled", "2025-03-05"),
    "a date on the antecedent of a relative clause is not the clause's": (
        "Kyiv said the strikes answered Sunday's attack on a Ukrainian port, which it "
        "blamed on Russian naval drones.", "blamed", "2025-03-14"),
    "a statement 'hours after' which the act just told came: that day": (
        "Colombia recalled its ambassador from Caracas on Tuesday. The decision came hours "
        "after Colombian President Gustavo Petro told reporters that he would not hand over "
        "the presidency of the Andean Community to Venezuela.", "told", "2025-03-11"),
    "a statement made at an occasion of the scene does not end it": (
        "Ruto met Museveni in Kampala on Tuesday. Speaking at a joint news conference, Ruto "
        "said the two countries aimed to double their trade. Both presidents urged Sudan's "
        "warring parties to agree a ceasefire.", "urged", "2025-03-11"),
    # round 9: "Both presidents" names the pair the scene brought together, so their act is
    # the meeting's even after a plain "said" paused the story (the held-out set agrees)
    "a plain 'said' with no occasion ends the scene, not the pair's meeting": (
        "Ruto met Museveni in Kampala on Tuesday. Ruto said the two countries aimed to "
        "double their trade. Both presidents urged Sudan's warring parties to agree a "
        "ceasefire.", "urged", "2025-03-11"),
    "a plain 'said' with no occasion ends the scene": (
        "Ruto met Museveni in Kampala on Tuesday. Ruto said the two countries aimed to "
        "double their trade. Uganda urged Sudan's warring parties to agree a ceasefire.",
        "urged", None),
    "'from 27 to 29 January' is a multi-day event, not a bound": (
        "BAKU, Feb 3 (Reuters) - Armenia and Azerbaijan held border talks in Tbilisi from 27 "
        "to 29 January, the Armenian foreign ministry said.", "held", "2025-01"),
}


@pytest.mark.parametrize(("body", "trigger", "expected"), DATE_CASES.values(),
                         ids=DATE_CASES.keys())
def test_date_rule(coder, body, trigger, expected):
    assert event(coded(coder, body), trigger)["date"] == expected


# -- modality ------------------------------------------------------------------------------
# Each row: the article, the event's trigger, its modality.
MODALITY_CASES = {
    "'has yet to' did not happen": (
        "The European Union has yet to impose sanctions on Belarus.", "impose", "negated"),
    "'is yet to' did not happen": (
        "Azerbaijan is yet to return the Armenian prisoners.", "return", "negated"),
    "'his office said' is the actor's own voice": (
        "Ramaphosa spoke by phone with Nigerian President Bola Tinubu on Monday, his office "
        "said.", "spoke", "asserted"),
    "'its foreign ministry said' is the actor's own voice": (
        "Finland expelled two Russian diplomats on Monday, its foreign ministry said.",
        "expelled", "asserted"),
    "'diplomats said': unnamed people, not the actor's voice": (
        "Belarus closed its border with Poland, diplomats said.", "closed", "reported"),
    "'according to diplomats': unnamed people": (
        "According to diplomats, Hungary blocked the sanctions package against Russia.",
        "blocked", "reported"),
    "'Belarusian diplomats said' is the actor's side": (
        "Belarus closed its border with Poland, Belarusian diplomats said.", "closed",
        "asserted"),
    "a bare plural telling its own act is no third party": (
        "Rebels said they attacked a Chadian army post near the border with Sudan.",
        "attacked", "asserted"),
    "a minister with no country named speaks for the bare state": (
        "Niger has closed its border with Benin, Interior Minister Mohamed Toumba said.",
        "closed", "asserted"),
    "another party's statement told by a third country is reported": (
        "Pakistan rejected the Indian proposal for talks, US officials said.",
        "rejected", "reported"),
    "the receiver telling a cooperative statement confirms it": (
        "Kenyan President William Ruto invited Ugandan President Yoweri Museveni to visit "
        "Nairobi, Ugandan officials said.", "invited", "asserted"),
    "a party telling its own statement keeps it asserted": (
        "Pakistan rejected the Indian proposal for talks, Pakistani officials said.",
        "rejected", "asserted"),
    "'is poised to' is a plan": (
        "Hungary is poised to expel two Ukrainian diplomats.", "expel", "future"),
    "'is about to' is a plan": (
        "Hungary is about to expel two Ukrainian diplomats.", "expel", "future"),
    "'is going to' is a plan": (
        "Hungary is going to expel two Ukrainian diplomats.", "expel", "future"),
    "'is likely to' is a guess": (
        "Hungary is likely to expel two Ukrainian diplomats.", "expel", "hypothetical"),
    "'hopes to' has not happened": (
        "Ukraine hopes to meet Hungarian officials in Uzhhorod.", "meet", "hypothetical"),
    "'is understood to have' is reported": (
        "Serbia is understood to have expelled two Croatian diplomats.", "expelled",
        "reported"),
    "'is thought to have' is reported": (
        "Serbia is thought to have expelled two Croatian diplomats.", "expelled", "reported"),
    "'appears to have' is reported": (
        "Serbia appears to have expelled two Croatian diplomats.", "expelled", "reported"),
    "a meeting that 'did not take place' did not happen": (
        "A meeting between Kenyan President William Ruto and Ugandan President Yoweri "
        "Museveni that officials had expected in Nairobi did not take place.", "meeting",
        "negated"),
    "a meeting that 'took place' happened": (
        "A meeting between Kenyan President William Ruto and Ugandan President Yoweri "
        "Museveni took place in Nairobi.", "meeting", "asserted"),
    "'their relatives said' is no voice of the actor": (
        "Russian troops shelled two Ukrainian villages near Sumy, their relatives said.",
        "shelled", "reported"),
}


@pytest.mark.parametrize(("body", "trigger", "modality"), MODALITY_CASES.values(),
                         ids=MODALITY_CASES.keys())
def test_modality_rule(coder, body, trigger, modality):
    assert event(coded(coder, body), trigger)["modality"] == modality


# -- acts lost under a negating governor ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tbilisi stopped short of breaking off diplomatic relations.",
    "Tbilisi held off on cutting diplomatic ties.",
    "Tbilisi refrained from closing its embassy.",
])
def test_a_withheld_cut_takes_the_other_side_and_is_negated(coder, sentence):
    body = "Russian troops shelled a Georgian border post on Friday. " + sentence
    recs = [r for r in coded(coder, body) if r["root"] == "16"]
    assert recs, f"no root 16 in {sentence!r}"
    assert recs[0]["target"]["code"][:3] == "RUS" and recs[0]["modality"] == "negated"
