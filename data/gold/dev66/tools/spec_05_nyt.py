"""dev66_05_nyt_workers: The New York Times, The Morning, published Thu 2025-06-19 (anchor 2025-06-19).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
NIS = "National Intelligence Service (South Korea)"
KIDA = "Korea Institute for Defense Analyses"
SKO = "South Korean officials"

DOCS = {
    "dev66_05_nyt_workers": {
        "figures": [
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Russia"),
            ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Russia"),
            ("about 14,000 North Korean soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", SKO),
            ("roughly 5,000", 5000, None, "approximately", "soldier", "casualties", 5000, "count", SKO),
            ("tens of thousands of laborers", 10000, None, "vague", "laborer", "personnel", 10000, "count", "Hyun-ah Baek"),
            ("about 28 trillion won", 28e12, None, "approximately", "won", "money", 28e12, "KRW", KIDA),
            ("roughly $20 billion", 20e9, None, "approximately", "", "money", 20e9, "USD", KIDA),
            ("as many as 6,000 more combat troops", 6000, None, "at_most", "combat troop", "personnel", 6000, "count", NIS),
            ("more than 400 ballistic missiles", 400, None, "more_than", "ballistic missile", "weapons", 400, "count", "Israel Defense Forces"),
            ("at least 28 people", 28, None, "at_least", "person", "casualties", 28, "count", "Ukrainian officials"),
        ],
        "attributions": [
            ("North Korea had agreed to send 1,000 deminers and 5,000 military construction workers to the Kursk region to clear mines and rebuild towns wrecked by nearly a year of fighting",
             "said", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that about 14,000 North Korean soldiers have been sent to Russia since last fall and that roughly 5,000 of them have been killed or wounded",
             "estimate", "South Korean officials", SKO, "group", "South Korea", "indirect"),
            ("that the Kursk region had been recaptured, with help from North Korean troops", "declared", "Russia", "Russia", "government", "Russia", "indirect"),
            ("The soldiers were the down payment. The workers are the installment plan,", "said", "Hyun-ah Baek", "Hyun-ah Baek", "person", "independent", "direct"),
            ("that Pyongyang had sent tens of thousands of laborers to Russia before United Nations sanctions banned the practice in 2017", "noted", "She", "Hyun-ah Baek", "person", "independent", "indirect"),
            ("that the North earned about 28 trillion won, or roughly $20 billion, from arms and troops for Russia in 2023 and 2024",
             "estimated", "The Korea Institute for Defense Analyses", KIDA, "organisation", "South Korea", "indirect"),
            ("Russia has supplied air-defense systems, oil and possibly help with satellites", "say", "U.S. and South Korean officials", "U.S. officials", "group", "United States", "indirect"),
            ("Russia has supplied air-defense systems, oil and possibly help with satellites", "say", "U.S. and South Korean officials", SKO, "group", "South Korea", "indirect"),
            ("that the workers would be looked after “like our own soldiers.”", "told", "Mr. Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
            ("Mr. Kim had called the agreement “a new chapter” in the alliance", "said", "North Korea’s state media", "North Korean state media", "media", "North Korea", "indirect"),
            ("a new chapter", "called", "Mr. Kim", "Kim Jong Un", "person", "North Korea", "direct"),
            ("that Pyongyang could dispatch as many as 6,000 more combat troops in July or August", "said", "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("he had not decided whether to join Israel’s strikes on Iran", "said", "President Trump", "Donald Trump", "person", "United States", "indirect"),
            ("I may do it, I may not do it,", "told reporters", "he", "Donald Trump", "person", "United States", "direct"),
            ("Iran has fired more than 400 ballistic missiles at Israel since Friday", "said", "the Israeli military", "Israel Defense Forces", "organisation", "Israel", "indirect"),
            ("A Russian missile and drone attack on Kyiv killed at least 28 people on Tuesday", "Ukrainian officials |said|.", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ],
        "events": [
            ("Pyongyang |on Tuesday|. Korean", "2025-06-17", "2025-06-17", "day", True, "Sergei Shoigu with Kim Jong-un in Pyongyang (photo caption)"),
            ("flew into Pyongyang |on Tuesday|", "2025-06-17", "2025-06-17", "day", True, "Shoigu flew into Pyongyang; North Korea agreed to send deminers and military builders"),
            ("second visit |this month|", "2025-06-01", "2025-06-30", "month", True, "Shoigu's second visit to Pyongyang this month"),
            ("since last fall", "2024-09-01", "2025-06-19", "open", True, "About 14,000 North Korean soldiers sent to Russia"),
            ("In April", "2025-04-01", "2025-04-30", "month", True, "Russia declared the Kursk region recaptured with North Korean help"),
            ("in 2017", "2017-01-01", "2017-12-31", "year", False, "UN sanctions banned North Korean labor exports"),
            ("in 2023 and 2024", "2023-01-01", "2024-12-31", "year", False, "North Korea earned about 28 trillion won from arms and troops for Russia"),
            ("this week", "2025-06-16", "2025-06-22", "week", True, "NIS said Pyongyang could dispatch more combat troops"),
            ("in July or August", "2025-07-01", "2025-08-31", "month", True, "Possible dispatch of more North Korean combat troops"),
            ("since Friday", "2025-06-13", "2025-06-19", "open", True, "Iran fired more than 400 ballistic missiles at Israel"),
            ("28 people |on Tuesday|", "2025-06-17", "2025-06-17", "day", True, "Russian missile and drone attack on Kyiv killed at least 28 people"),
            ("this year", "2025-01-01", "2025-12-31", "year", True, "Deadliest strikes on Kyiv this year"),
            ("next week", "2025-06-23", "2025-06-29", "week", True, "NATO leaders meet in The Hague"),
        ],
    },
}
