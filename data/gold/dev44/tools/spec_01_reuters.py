# dev44_01 - Reuters "Morning Bid" column, published Thursday 2024-10-24 (anchor).
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
# A span "left|span|right" is located through its unique context.
NIS = "National Intelligence Service (South Korea)"

DOCS = {
    "dev44_01_reuters_morningbid_evidence": {
        "figures": [
            ("At least 3,000 North Korean soldiers", 3000, None, "at_least", "soldier", "personnel", 3000, "count", "John Kirby"),
            ("about 10,000 troops", 10000, None, "approximately", "troop", "personnel", 10000, "count", NIS),
            ("thousands of kilometres", 1000, None, "vague", "kilometre", "territory", 1000, "km", ""),
            ("1.3 trillion won", 1.3e12, None, "exact", "won", "money", 1.3e12, "KRW", "Choi Min-seo"),
            ("$940 million", 9.4e8, None, "exact", "dollar", "money", 9.4e8, "USD", "Choi Min-seo"),
            ("about 11,000 North Korean infantrymen", 11000, None, "approximately", "infantryman", "personnel", 11000, "count", "Kyrylo Budanov"),
            ("10,000 North Korean soldiers", 10000, None, "exact", "soldier", "personnel", 10000, "count", "Volodymyr Zelensky"),
        ],
        "attributions": [
            ("that it had evidence of North Korean soldiers in Russia", "said", "Washington", "United States", "government", "United States", "indirect"),
            ("There is evidence that there are DPRK troops in Russia,", "told reporters", "U.S. Defense Secretary Lloyd Austin", "Lloyd Austin", "person", "United States", "direct"),
            ("What exactly they're doing remains to be seen.", "told reporters", "U.S. Defense Secretary Lloyd Austin", "Lloyd Austin", "person", "United States", "direct"),
            ("At least 3,000 North Korean soldiers were moved by ship to Vladivostok in mid-October and then on to training sites in Russia's Far East",
             "said", "he", "John Kirby", "person", "United States", "indirect"),
            ("that Washington did not yet know whether they would fight", "adding", "he", "John Kirby", "person", "United States", "indirect"),
            ("that Pyongyang planned to send a total of about 10,000 troops by December", "telling lawmakers",
             "Seoul's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            # Yonhap relays the lawmaker: as in the seed ("Reuters and AFP cited Zelenskyy"), the row goes to the cited source.
            ("that the first arrivals had been issued Russian uniforms and forged identity papers from the Siberian republic of Buryatia",
             "citing", "a lawmaker who attended the closed-door briefing", "South Korean lawmaker", "group", "South Korea", "indirect"),
            # sources named together that speak for different sides: one row each
            ("Moscow and Pyongyang have both brushed off the reports", "brushed off", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("Moscow and Pyongyang have both brushed off the reports", "brushed off", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("groundless, stereotyped rumours", "called", "North Korea's mission to the United Nations",
             "North Korean mission to the United Nations", "organisation", "North Korea", "direct"),
            ("Markets have learned to shrug off Korean headlines, but this one is different,", "said", "Choi Min-seo", "Choi Min-seo", "person", "independent", "direct"),
            ("It links the peninsula to a war that is already in its third year.", "said", "Choi Min-seo", "Choi Min-seo", "person", "independent", "direct"),
            ("Foreign investors have pulled a net 1.3 trillion won ($940 million) out of Korean stocks in October", "noted",
             "she", "Choi Min-seo", "person", "independent", "indirect"),
            ("the numbers are bigger", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that about 11,000 North Korean infantrymen were training in Russia's Far East", "told",
             "Ukraine's military intelligence chief Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("The first units, he said, were expected in the Kursk region by Nov. 1", "said", "he", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("that 10,000 North Korean soldiers were being prepared to join Russia's forces", "warned",
             "President Volodymyr Zelenskiy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ('that policymakers were watching geopolitical risk "very closely"', "told parliament",
             "Bank of Korea Governor Rhee Chang-yong", "Rhee Chang-yong", "person", "South Korea", "indirect"),
            ("he expected vehicle sales to grow 20% to 30% next year", "told analysts", "Chief Executive Elon Musk", "Elon Musk", "person", "independent", "indirect"),
        ],
        "events": [
            ("this week", "2024-10-21", "2024-10-27", "week", True, "Rising Treasury yields the main worry for investors"),
            ("told reporters in Rome |on Wednesday|.", "2024-10-23", "2024-10-23", "day", True,
             "Lloyd Austin told reporters in Rome there was evidence of North Korean troops in Russia"),
            ("in mid-October", "2024-10-11", "2024-10-20", "month", True, "At least 3,000 North Korean soldiers moved by ship to Vladivostok (per John Kirby)"),
            ("telling lawmakers |on Wednesday| that", "2024-10-23", "2024-10-23", "day", True,
             "South Korea's NIS told lawmakers Pyongyang planned to send about 10,000 troops"),
            ("by December", "2024-12-01", "2024-12-31", "month", True, "Planned total of about 10,000 North Korean troops in Russia (NIS)"),
            ("on Monday", "2024-10-21", "2024-10-21", "day", True, "North Korea's U.N. mission called the reports groundless rumours"),
            ("in October", "2024-10-01", "2024-10-31", "month", True, "Foreign investors pulled a net 1.3 trillion won out of Korean stocks"),
            ("on Tuesday", "2024-10-22", "2024-10-22", "day", True,
             "Budanov interview published: about 11,000 North Korean infantrymen training in Russia's Far East"),
            ("by Nov. 1", "2024-11-01", "2024-11-01", "day", True, "First North Korean units expected in the Kursk region (per Budanov)"),
            ("already warned |last week| that", "2024-10-14", "2024-10-20", "week", True,
             "Zelenskiy warned 10,000 North Korean soldiers were being prepared to join Russia's forces"),
            ("this month", "2024-10-01", "2024-10-31", "month", True, "Bank of Korea delivered its first rate cut in more than three years"),
            ("on Thursday last week", "2024-10-17", "2024-10-17", "day", True, "Rhee Chang-yong told parliament policymakers were watching geopolitical risk"),
            ("next year", "2025-01-01", "2025-12-31", "year", True, "Musk expects Tesla vehicle sales to grow 20% to 30%"),
            ("U.S. markets |on Thursday|:", "2024-10-24", "2024-10-24", "day", True,
             "Scheduled U.S. market events: jobless claims, flash PMIs, earnings, Fed speaker, TIPS auction"),
        ],
    },
}
