# Annotation spec for dev49_01 (The Washington Post, Editorial Board, published 2024-10-31, a Thursday).
# Figures: (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# Attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# Events: (span, date_start, date_end, granularity, relative, event[, occurrence])
# A span "left|span|right" is located as the unique occurrence of left+span+right.
D = "dev49_01_wapo_editorial_kursk_deployment"
US = "United States"

DOCS = {D: {
    "figures": [
        # dek (sub-headline) counts like any sentence
        ("thousands of troops", 1000, None, "vague", "troop", "personnel", 1000, "count", ""),
        ("approximately 10,000 soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Sabrina Singh"),
        ("about 8,000", 8000, None, "approximately", "troop", "personnel", 8000, "count", "Antony Blinken"),
        # inside the conditional: the Pentagon's estimate is credited, the "if" is the Board's
        ("estimate of |10,000| is right", 10000, None, "exact", "soldier", "personnel", 10000, "count", "Pentagon"),
        ("more than 690,000 casualties", 690000, None, "more_than", "casualty", "casualties", 690000, "count", "UK Ministry of Defence"),
        # "By some accounts": no source named -> own voice
        ("upward of 1,200 soldiers", 1200, None, "more_than", "soldier", "casualties", 1200, "count", ""),
        ("about $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", "Park Seung-hoon"),
        ("on the order of $20 million", 20000000, None, "approximately", "dollar", "money", 20000000, "USD", "Park Seung-hoon"),
        ("a force of |10,000|.", 10000, None, "exact", "soldier", "personnel", 10000, "count", "Park Seung-hoon"),
        ("about 190 miles", 190, None, "approximately", "mile", "territory", 305.77536, "km", ""),
    ],
    "attributions": [
        ("that his war against Ukraine is going according to plan", "told", "Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        ("that North Korea had sent approximately 10,000 soldiers to train in eastern Russia and that some of them were moving “closer to Ukraine.”",
         "told reporters", "Pentagon press secretary Sabrina Singh", "Sabrina Singh", "person", US, "indirect"),
        ("about 8,000 of those troops had already reached the Kursk border region", "said",
         "Secretary of State Antony Blinken", "Antony Blinken", "person", US, "indirect"),
        ("that if such a deployment were happening, it would be “an act complying with the regulations of international law.”", "said",
         "Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
        ("that military cooperation with North Korea is Russia’s “sovereign right.”", "said",
         "Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("the Pentagon’s estimate of 10,000", "estimate", "the Pentagon", "Pentagon", "organisation", US, "indirect"),
        ("that Russian forces have suffered more than 690,000 casualties since February 2022", "estimates",
         "Britain’s Defence Ministry", "UK Ministry of Defence", "organisation", "United Kingdom", "indirect"),
        ("Pyongyang could collect about $2,000 a month for each soldier — on the order of $20 million a month for a force of 10,000", "said",
         "South Korean lawmaker Park Seung-hoon", "Park Seung-hoon", "person", "South Korea", "indirect"),
        ("Russia will share space, missile or submarine technology that Mr. Kim cannot build on his own", "fear",
         "Western officials", "Western officials", "group", "West", "indirect"),
        ("that any North Korean units that cross into Ukraine would be “fair game.”", "warned",
         "Mr. Blinken", "Antony Blinken", "person", US, "indirect"),
        ("that North Korean units had been deployed to Kursk", "confirmed",
         "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
        ("a significant escalation.", "calling",
         "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "direct"),
        ("has said |it may reconsider|.", "said", "South Korea", "South Korea", "government", "South Korea", "indirect"),
    ],
    "events": [
        ("this week", "2024-10-28", "2024-11-03", "week", True, "Putin's fiction of a war going to plan collapsed as the North Korean deployment was confirmed"),
        ("told reporters |Monday| that", "2024-10-28", "2024-10-28", "day", True, "Sabrina Singh said North Korea had sent about 10,000 soldiers to train in eastern Russia"),
        ("On Thursday", "2024-10-31", "2024-10-31", "day", True, "Blinken said about 8,000 North Korean troops had reached the Kursk border region"),
        ("since Aug. 6", "2024-08-06", "2024-10-31", "open", True, "Ukrainian forces have held a slice of the Kursk region"),
        ("last week", "2024-10-21", "2024-10-27", "week", True, "North Korean vice foreign minister Kim Jong Gyu said any deployment would comply with international law"),
        ("since February 2022", "2022-02-01", "2024-10-31", "open", True, "Russian forces suffered more than 690,000 casualties (UK estimate)"),
        ("since the spring", "2024-03-01", "2024-10-31", "open", True, "The Post's Editorial Board has argued Ukraine should be allowed to use ATACMS inside Russia"),
        ("warned |Thursday| that", "2024-10-31", "2024-10-31", "day", True, "Blinken warned North Korean units crossing into Ukraine would be fair game"),
        ("confirmed |Monday| that", "2024-10-28", "2024-10-28", "day", True, "Mark Rutte confirmed North Korean units had been deployed to Kursk"),
        ("next month", "2024-12-01", "2024-12-31", "month", True, "NATO foreign ministers gather in Brussels (forward-looking)"),
        ("on Tuesday", "2024-11-05", "2024-11-05", "day", True, "US presidential election (forward-looking)"),
    ],
}}
