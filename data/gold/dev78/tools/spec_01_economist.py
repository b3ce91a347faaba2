"""dev78_01_economist_dovhan: The Economist obituary page (anchor 2025-01-23, Thursday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is located by its unique context.
"""
NIS = "National Intelligence Service (South Korea)"
DOV = "Oleksandr Dovhan"
SSO = "Special Operations Forces (Ukraine)"
COMPANY = "Oleksandr Dovhan's drone company"

DOCS = {
    "dev78_01_economist_dovhan": {
        "figures": [
            ("Forty", 40, None, "exact", "quadcopter", "weapons", 40, "count", ""),
            ("37", 37, None, "exact", "quadcopter", "weapons", 37, "count", ""),
            ("some 120 operators", 120, None, "approximately", "operator", "personnel", 120, "count", ""),
            ("about 300,000 hryvnias", 300000, None, "approximately", "hryvnia", "money", 300000, "UAH", ""),
            ("$7,200", 7200, None, "exact", "", "money", 7200, "USD", ""),
            ("€18,000", 18000, None, "exact", "", "money", 18000, "EUR", ""),
            ("about 12,000 soldiers", 12000, None, "approximately", "soldier", "personnel", 12000, "count", NIS),
            ("11,000", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Ukrainian intelligence"),
            ("more than 200 North Koreans", 200, None, "more_than", "north korean", "casualties", 200, "count", SSO),
            ("63", 63, None, "exact", "north korean", "casualties", 63, "count", COMPANY),
            ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
            ("about 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
            ("two North Koreans", 2, None, "exact", "north korean", "casualties", 2, "count", ""),
            ("three kilometres", 3, None, "exact", "kilometre", "territory", 3, "km", ""),
        ],
        "attributions": [
            ("that Pyongyang had sent about 12,000 soldiers to Russia", "said",
             "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("Ukrainian intelligence put the number near Kursk at 11,000", "put the number",
             "Ukrainian intelligence", "Ukrainian intelligence", "organisation", "Ukraine", "indirect"),
            ("They walk across the snow in lines, as if on parade,", "told a visiting reporter",
             "he", DOV, "person", "Ukraine", "direct"),
            ("Nobody has told them about drones.", "told a visiting reporter",
             "he", DOV, "person", "Ukraine", "direct"),
            ("that its soldiers were in Russia at all", "never admitted",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that its dealings with North Korea were “nobody’s business”", "said",
             "the Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("drones and infantry killed or wounded more than 200 North Koreans", "said",
             "Ukraine’s special forces", SSO, "organisation", "Ukraine", "indirect"),
            ("Mr Dovhan’s company claimed 63 of them", "claimed",
             "Mr Dovhan’s company", COMPANY, "organisation", "Ukraine", "indirect"),
            ("that at least 100 North Korean soldiers had died and about 1,000 more had been wounded", "told lawmakers",
             "Seoul’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("He did not hate them", "insisted", "he", DOV, "person", "Ukraine", "indirect"),
            ("They are 20 years old and they have been lied to since birth,", "said",
             "he", DOV, "person", "Ukraine", "direct"),
            ("So have some of ours.", "said", "he", DOV, "person", "Ukraine", "direct"),
            ("the company will keep his name", "says", "His deputy", "Lys", "person", "Ukraine", "indirect"),
            ("He left us a spreadsheet,", "Lys |says|. “Every", "Lys", "Lys", "person", "Ukraine", "direct"),
            ("Every drone, every battery, every North Korean. It is all in there.", "Lys |says|. “Every",
             "Lys", "Lys", "person", "Ukraine", "direct"),
        ],
        "events": [
            ("died |on January 5th|, aged 41", "2025-01-05", "2025-01-05", "day", True,
             "Oleksandr Dovhan, Ukrainian drone commander, died (rubric)"),
            ("in 1983", "1983-01-01", "1983-12-31", "year", False, "Oleksandr Dovhan was born in Krasnopillia"),
            ("in February 2022", "2022-02-01", "2022-02-28", "month", False,
             "Russia invaded; Dovhan joined the territorial defence"),
            ("By the summer of 2023", "2023-06-01", "2023-08-31", "season", False,
             "Dovhan was running a drone platoon"),
            ("on August 6th 2024", "2024-08-06", "2024-08-06", "day", False,
             "Ukrainian troops crossed into Russia's Kursk region"),
            ("in the autumn", "2024-09-01", "2024-11-30", "season", True, "The North Korean troops arrived"),
            ("in October", "2024-10-01", "2024-10-31", "month", True,
             "South Korea's spy agency said Pyongyang had sent about 12,000 soldiers to Russia"),
            ("by mid-November", "2024-11-11", "2024-11-20", "month", True,
             "Ukrainian intelligence put the number of North Koreans near Kursk at 11,000"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Dovhan told a visiting reporter the North Koreans walk across the snow in lines"),
            ("on December 14th and 15th", "2024-12-14", "2024-12-15", "day", True,
             "Fighting around Plekhovo: Ukraine's special forces said more than 200 North Koreans killed or wounded"),
            ("killed |on January 5th|, when", "2025-01-05", "2025-01-05", "day", True,
             "Dovhan was killed when a Russian glide bomb struck his command post near Sudzha"),
        ],
    },
}
