# dev60_06_foreignpolicy_backchannel -- Foreign Policy, "The Back Channel" (invented interview show in the
# style of FP's The Negotiators), published Wed 2025-09-10 (anchor).
# Labels "[mm:ss] NAME:" in capitals. Host Dana Whitcombe = outlet's voice; the guest Helen Park (a former
# U.S. negotiator, now speaking for herself) is a source.

HP = "Helen Park"
KISF = "Korea Institute for Strategic Finance"
NIS = "National Intelligence Service (South Korea)"

DOCS = {
    "dev60_06_foreignpolicy_backchannel": {
        "figures": [
            ("about 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", "South Korea"),
            ("roughly 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("more than 100 fallen soldiers", 100, None, "more_than", "soldier", "casualties", 100, "count", ""),
            ("at least two Pantsir systems", 2, None, "at_least", "pantsir system", "weapons", 2, "count", "South Korea"),
            ("around 23 trillion won", 23000000000000, None, "approximately", "won", "money", 23000000000000, "KRW", KISF),
            ("about $16.5 billion", 16500000000, None, "approximately", "", "money", 16500000000, "USD", KISF),
            ("6,000 military engineers", 6000, None, "exact", "military engineer", "personnel", 6000, "count", "South Korea"),
        ],
        "attributions": [
            ("Kim has learned that his army is something he can sell,", "says", "Park", HP, "person", "independent", "direct"),
            ("That is not a lesson he will forget.", "says", "Park", HP, "person", "independent", "direct"),
            ("Kursk changed it. Kim sent, by Seoul’s count, about 15,000 soldiers, and the NIS told the National Assembly in August that roughly 2,000 of them had been killed. You don’t spend that kind of blood without expecting a seat at the table.",
             "[00:51] |HELEN PARK|:", "HELEN PARK", HP, "person", "independent", "direct"),
            ("Kim sent, by Seoul’s count, about 15,000 soldiers", "by Seoul’s count", "Seoul", "South Korea", "government", "South Korea", "according_to"),
            ("that roughly 2,000 of them had been killed", "told", "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("Remarkably so. In August he held that ceremony for the returning troops, stood over the coffins, and unveiled plans for a new street of apartments for the families of the fallen. KCNA quoted him as saying their sacrifice had “won the respect of the whole world.” That is a man selling a war at home.",
             "[01:27] |HELEN PARK|:", "HELEN PARK", HP, "person", "independent", "direct"),
            ("their sacrifice had “won the respect of the whole world.”", "quoted", "him", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Oil, food, cash, and probably air defense. Seoul thinks at least two Pantsir systems went to Pyongyang. The most careful estimate I’ve seen, from the Korea Institute for Strategic Finance, puts the total at around 23 trillion won, about $16.5 billion, since June 2024. That’s close to half of what the North earns from everything else in a good year.",
             "[01:51] |HELEN PARK|:", "HELEN PARK", HP, "person", "independent", "direct"),
            ("at least two Pantsir systems went to Pyongyang", "thinks", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("The most careful estimate I’ve seen, from the Korea Institute for Strategic Finance, puts the total at around 23 trillion won, about $16.5 billion, since June 2024",
             "puts", "the Korea Institute for Strategic Finance", KISF, "organisation", "independent", "indirect"),
            ("Less, in the short run. In Singapore in 2018 and in Hanoi in February 2019, sanctions relief was the thing Kim wanted most. Now Moscow gives him much of that for free. President Trump said last month that he would like to meet Kim “this year.” Kim Yo Jong answered within days that any talks must accept the North as a nuclear state.",
             "[02:25] |HELEN PARK|:", "HELEN PARK", HP, "person", "independent", "direct"),
            ("that he would like to meet Kim “this year.”", "said", "President Trump", "Donald Trump", "person", "United States", "indirect"),
            ("that any talks must accept the North as a nuclear state", "answered", "Kim Yo Jong", "Kim Yo Jong", "person", "North Korea", "indirect"),
            ("Talk to Moscow about Pyongyang, which sounds perverse, I know. And watch the second deployment. Seoul believes another 6,000 military engineers are heading to Kursk this autumn, and I would bet some of them end up much closer to the front than anyone admits.",
             "[03:01] |HELEN PARK|:", "HELEN PARK", HP, "person", "independent", "direct"),
            ("another 6,000 military engineers are heading to Kursk this autumn", "believes", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ],
        "events": [
            ("on Sept. 3", "2025-09-03", "2025-09-03", "day", True,
             "Kim Jong Un, Xi Jinping and Vladimir Putin at a military parade in Beijing"),
            ("from 2017 to 2019", "2017-01-01", "2019-12-31", "year", False,
             "Helen Park served as U.S. deputy special representative for North Korea"),
            ("last week", "2025-09-01", "2025-09-07", "week", True,
             "Kim Jong Un stood next to Xi Jinping and Vladimir Putin in Beijing"),
            ("in August", "2025-08-01", "2025-08-31", "month", True,
             "The NIS told the National Assembly roughly 2,000 North Korean soldiers had been killed"),
            ("In August", "2025-08-01", "2025-08-31", "month", True,
             "Kim held a ceremony for the troops returning from Russia"),
            ("since June 2024", "2024-06-01", "2025-09-10", "open", True,
             "Russian payments to North Korea totalling around 23 trillion won (about $16.5 billion)"),
            ("in 2018", "2018-01-01", "2018-12-31", "year", False,
             "U.S.-North Korea summit in Singapore"),
            ("in February 2019", "2019-02-01", "2019-02-28", "month", False,
             "U.S.-North Korea summit in Hanoi"),
            ("last month", "2025-08-01", "2025-08-31", "month", True,
             "Trump said he would like to meet Kim this year"),
            ("this year", "2025-01-01", "2025-12-31", "year", True,
             "A Trump-Kim meeting Trump said he would like to hold"),
            ("this autumn", "2025-09-01", "2025-11-30", "season", True,
             "Another 6,000 North Korean military engineers heading to Kursk (Seoul's belief)"),
        ],
    },
}
