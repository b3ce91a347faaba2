"""dev80_04_presidentgokr_briefing: ROK presidential office briefing (Kim Tae-hyo). Anchor 2024-10-31 (Thu)."""
D = "dev80_04_presidentgokr_briefing"
NIS = "National Intelligence Service (South Korea)"
MND = "Ministry of National Defense (South Korea)"
Y = "Yoon Suk Yeol"
SK = "South Korea"
JOINT = "Defense Minister Kim Yong-hyun and Secretary of Defense Lloyd Austin issued a joint statement condemning the deployment in the strongest terms"

DOCS = {D: {
    "figures": [
        ("more than 11,000 North Korean troops", 11000, None, "more_than", "troop", "personnel", 11000, "count", NIS),
        ("an estimated 3,000", 3000, None, "approximately", "troop", "personnel", 3000, "count", NIS),
        ("at least four generals", 4, None, "at_least", "general", "personnel", 4, "count", NIS),
        ("some 500 officers", 500, None, "approximately", "officer", "personnel", 500, "count", NIS),
        ("some 13,000 containers", 13000, None, "approximately", "container", "weapons", 13000, "count", MND),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", SK),
        ("roughly 380 billion won", 380e9, None, "approximately", "won", "money", 380e9, "KRW", SK),
        ("about $276 million", 276e6, None, "approximately", "", "money", 276e6, "USD", SK),
        ("15 to 20 people", 15, 20, "range", "person", "personnel", 15, "count", ""),
    ],
    "attributions": [
        ("that more than 11,000 North Korean troops have now been sent to Russia, and that an estimated 3,000 of them have been moved by train from the Far East to the Kursk area since the 23rd",
         "reported", "the National Intelligence Service", NIS, "organisation", SK, "indirect"),
        ("the troops include at least four generals and some 500 officers", "According to", "the NIS", NIS, "organisation", SK, "according_to"),
        ("that the North has also shipped some 13,000 containers of artillery shells and other munitions to Russia since August last year",
         "added", "The Ministry of National Defense", MND, "organisation", SK, "indirect"),
        ("North Korea’s dispatch of troops to Russia is a provocation that threatens not only Europe but also the security of the Korean Peninsula. We will not stand idly by.",
         "said", "President Yoon", Y, "person", SK, "direct"),
        ("He called on the relevant ministries to prepare phased countermeasures in close coordination with our allies and partners",
         "called on", "He", Y, "person", SK, "indirect"),
        ("that any transfer of sensitive military technology from Russia to the North in return would be “a red line” for us",
         "said", "The President", Y, "person", SK, "indirect"),
        ("that Pyongyang will receive about $2,000 per soldier a month, which would amount to roughly 380 billion won, or about $276 million, a year",
         "assesses", "Our government", SK, "government", SK, "indirect"),
        ("I would like to inform you of the following measures", "inform", "I", "Kim Tae-hyo", "person", SK, "indirect"),
        (JOINT, "condemning", "Defense Minister Kim Yong-hyun", "Kim Yong-hyun", "person", SK, "indirect"),
        (JOINT, "condemning", "Secretary of Defense Lloyd Austin", "Lloyd Austin", "person", "United States", "indirect"),
        ("that North Korean soldiers had already been killed in Kursk", "reported", "Some media outlets", "media", "media", "independent", "indirect"),
        ("We cannot confirm those reports at this time", "cannot confirm", "We", SK, "government", SK, "indirect"),
        ("that the intelligence authorities of Korea and the United States are sharing information in real time",
         "can say", "we", SK, "government", SK, "indirect"),
        ("he would make a decision after reviewing the situation, including the response of our allies, after the U.S. election on November 5",
         "said", "The President", Y, "person", SK, "indirect"),
    ],
    "events": [
        ("This morning", "2024-10-31", "2024-10-31", "day", True,
         "President Yoon presided over an expanded National Security Council meeting on North Korea's troop dispatch to Russia"),
        ("since the 23rd", "2024-10-23", "2024-10-31", "open", True,
         "An estimated 3,000 North Korean troops moved by train from the Far East to the Kursk area"),
        ("since August last year", "2023-08-01", "2024-10-31", "open", True,
         "North Korea shipped some 13,000 containers of artillery shells and munitions to Russia"),
        ("in early November", "2024-11-01", "2024-11-10", "month", True, "A 15-20 member South Korean monitoring team may be dispatched to Ukraine"),
        ("next week", "2024-11-04", "2024-11-10", "week", True, "Ukrainian special delegation led by Defense Minister Rustem Umerov expected to visit Seoul"),
        ("Yesterday", "2024-10-30", "2024-10-30", "day", True,
         "Security Consultative Meeting in Washington; Kim Yong-hyun and Lloyd Austin issued a joint statement condemning the deployment"),
        ("last Friday", "2024-10-25", "2024-10-25", "day", True, "Some media outlets reported North Korean soldiers had been killed in Kursk"),
        ("on November 5", "2024-11-05", "2024-11-05", "day", True, "U.S. presidential election, after which Yoon would decide on Ukraine's request for shells"),
    ],
}}
