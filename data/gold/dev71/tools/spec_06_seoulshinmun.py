"""dev71_06_seoulshinmun_column: Seoul Shinmun column ([Seoul Plaza]) in translation, published 2025-09-08 (Monday)."""
NIS = "National Intelligence Service (South Korea)"
SK, ORG = "South Korea", "organisation"
DEF = "North Korean defector"
KHT = "Kim Hyun-taek"

DOCS = {"dev71_06_seoulshinmun_column": {
    "figures": [
        ("some 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
        ("around 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ("about 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
        ("more than 6,000", 6000, None, "more_than", "soldier", "casualties", 6000, "count", "Ukraine"),
        ("a few dozen fighter pilots", 24, None, "vague", "fighter pilot", "personnel", 24, "count", ""),
        ("101 fallen soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", ""),
        ("two classmates", 2, None, "exact", "classmate", "personnel", 2, "count", DEF),
        ("$2 billion to $3 billion", 2e9, 3e9, "range", "", "money", 2e9, "USD", KHT),
        ("roughly 2.8 trillion to 4.2 trillion won", 2.8e12, 4.2e12, "range", "won", "money", 2.8e12, "KRW", KHT),
    ],
    "attributions": [
        ('for the "|heroism|" of North Korean soldiers', "thanked", "Putin", "Vladimir Putin", "person", "Russia",
         "direct"),
        ('Russia would "never forget" their sacrifice', "said", "Putin", "Vladimir Putin", "person", "Russia",
         "indirect"),
        ("Since last October, when the first of some 11,000 troops from the so-called Storm Corps arrived in Russia's "
         "Far East, Pyongyang has sent around 15,000 soldiers", "by the count of",
         "our National Intelligence Service", NIS, ORG, SK, "according_to"),
        ("that about 4,700 of them had been killed or wounded", "estimated", "The agency", NIS, ORG, SK, "indirect"),
        ("Ukraine puts the toll far higher — more than 6,000", "puts", "Ukraine", "Ukraine", "government", "Ukraine",
         "indirect"),
        ("You have shown the world the mettle of the Korean people,", "told the returnees", "he", "Kim Jong Un",
         "person", "North Korea", "direct"),
        ("to build a museum and a street of memorial houses for the bereaved families, to be completed next year",
         "pledged", "He", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("that he had lost contact with two classmates who were sent to Kursk last November", "told this writer",
         "A defector who served in the same corps", DEF, "group", "independent", "indirect"),
        ("Their mothers were told only that they were doing an honorable duty,", "said", "he", DEF, "group",
         "independent", "direct"),
        ("Kim Hyun-taek of the Korea Institute for Security Strategy puts the North's earnings at $2 billion to "
         "$3 billion — roughly 2.8 trillion to 4.2 trillion won — in cash, oil and food", "puts", "Kim Hyun-taek",
         KHT, "person", SK, "indirect"),
        ("Some analysts point to something far more valuable: Russian know-how on air defense, drones and "
         "satellites, which no sanctions regime can claw back", "point to", "Some analysts", "analysts", "group",
         "independent", "indirect"),
        ("they will not let that transfer go unanswered", "said", "Seoul and Washington", SK, "government", SK,
         "indirect"),
        ("they will not let that transfer go unanswered", "said", "Seoul and Washington", "United States",
         "government", "United States", "indirect"),
        ("it wants dialogue", "said", "The Lee Jae-myung government", SK, "government", SK, "indirect"),
        ('that peace on the peninsula "cannot be built on the graves of young soldiers, whoever they serve."', "said",
         "Unification Minister Chung Dong-young", "Chung Dong-young", "person", SK, "indirect"),
    ],
    "events": [
        ("On the 3rd", "2025-09-03", "2025-09-03", "day", True,
         "Kim Jong Un watched the Beijing parade beside Xi Jinping and Vladimir Putin; Putin thanked him"),
        ("Since last October", "2024-10-01", "2025-09-08", "open", True,
         "North Korea has sent around 15,000 soldiers to Russia (NIS)"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "NIS estimated about 4,700 North Korean soldiers killed or wounded"),
        ("Last month", "2025-08-01", "2025-08-31", "month", True,
         "Kim Jong Un held a ceremony welcoming home a returning unit and honoring 101 fallen soldiers"),
        ("next year", "2026-01-01", "2026-12-31", "year", True,
         "Museum and memorial houses for bereaved families to be completed (Kim's pledge)"),
        ("last November", "2024-11-01", "2024-11-30", "month", True,
         "Two classmates of a defector were sent to Kursk"),
        ("in June", "2025-06-01", "2025-06-30", "month", True, "Lee Jae-myung government took office"),
        ("this spring", "2025-03-01", "2025-05-31", "season", True,
         "Chung Dong-young said peace cannot be built on the graves of young soldiers"),
        ("Next month", "2025-10-01", "2025-10-31", "month", True,
         "Workers' Party to celebrate the 80th anniversary of its founding"),
    ],
}}
