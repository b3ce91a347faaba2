# Annotation spec for dev49_06 (Foreign Policy, argument piece). The manifest has no published date;
# the anchor is the page's own date line "SEPTEMBER 15, 2025, 6:00 AM" (2025-09-15, a Monday).
# Row formats: see spec_01_wapo.py.
D = "dev49_06_foreignpolicy_argument_kursk_dividend"
US = "United States"
NIS = "National Intelligence Service (South Korea)"
SEOUL_BRIEF = "that Russia was helping North Korea with air-defense systems, drone production, and satellite technology"
PENTAGON_CONCL = "that Russian engineers had “almost certainly” worked on North Korean submarine programs"

DOCS = {D: {
    "figures": [
        ("roughly 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", "South Korea"),
        ("about 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
        # "by one estimate": no source named -> own voice
        ("more than 12 million artillery shells", 12000000, None, "more_than", "artillery shell", "weapons", 12000000, "count", ""),
        ("dozens of KN-23 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", ""),
        ("101 fallen soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", ""),
        ("some 11,000 North Koreans", 11000, None, "approximately", "north korean", "personnel", 11000, "count", "Pentagon"),
        ("2.5 billion rubles", 2500000000, None, "exact", "ruble", "money", 2500000000, "RUB", "Russian state media"),
        ("$31 million", 31000000, None, "exact", "dollar", "money", 31000000, "USD", "Russian state media"),
        ("some €210 billion", 210000000000, None, "approximately", "euro", "money", 210000000000, "EUR", ""),
    ],
    "attributions": [
        ("Pyongyang has sent roughly 15,000 troops to Russia since October 2024", "by Seoul’s estimate",
         "Seoul", "South Korea", "government", "South Korea", "according_to"),
        ("that about 2,000 of them had been killed", "told lawmakers",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("state media announced plans for a museum and memorial to the “overseas military operations” in Kursk", "announced",
         "state media", "North Korean state media", "media", "North Korea", "indirect"),
        # nested: the diplomat reports what Seoul briefed
        ("that allied governments had been briefed by Seoul " + SEOUL_BRIEF, "told me",
         "A senior European Union diplomat", "senior European Union diplomat", "group", "EU", "indirect"),
        (SEOUL_BRIEF, "briefed", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        # nested: the official reports what the Pentagon concluded
        ("the Pentagon had concluded " + PENTAGON_CONCL, "said",
         "One U.S. official", "U.S. official", "group", US, "indirect"),
        (PENTAGON_CONCL, "concluded", "the Pentagon", "Pentagon", "organisation", US, "indirect"),
        # inside the author's conditional: the estimate itself is credited
        ("that some 11,000 North Koreans remain in Russia", "estimate", "the Pentagon", "Pentagon", "organisation", US, "indirect"),
        ("that the Kremlin would spend 2.5 billion rubles ($31 million) rebuilding Kursk border towns with North Korean labor", "reported",
         "Russian state media", "Russian state media", "media", "Russia", "indirect"),
    ],
    "events": [
        ("Beijing |on Sept. 3|, he was", "2025-09-03", "2025-09-03", "day", True, "Kim Jong Un stood beside Xi and Putin at the Beijing military parade"),
        ("in September 2023", "2023-09-01", "2023-09-30", "month", False, "Kim traveled to Russia's Vostochny Cosmodrome to meet Putin"),
        ("since October 2024", "2024-10-01", "2025-09-15", "open", True, "Pyongyang has sent roughly 15,000 troops to Russia (Seoul's estimate)"),
        ("on Sept. 4", "2025-09-04", "2025-09-04", "day", True, "NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
        ("since 2023", "2023-01-01", "2025-09-15", "open", True, "North Korea shipped more than 12 million artillery shells to Russia"),
        ("on Aug. 21", "2025-08-21", "2025-08-21", "day", True, "Kim honoured 101 fallen soldiers and decorated returning commanders in Pyongyang"),
        ("The following day", "2025-08-22", "2025-08-22", "day", True, "North Korean state media announced a museum and memorial to the Kursk operations"),
        ("in July", "2025-07-01", "2025-07-31", "month", True, "A senior EU diplomat told the author Seoul had briefed allies on Russian help to North Korea"),
        ("in August", "2025-08-01", "2025-08-31", "month", True, "Russian state media reported the Kremlin would spend 2.5 billion rubles rebuilding Kursk towns"),
        ("on Friday", "2025-09-12", "2025-09-12", "day", True, "Russia's central bank cut its key rate to 17%"),
        ("this year", "2025-01-01", "2025-12-31", "year", True, "The Korean Peninsula's military balance shifted quickly"),
        ("next month", "2025-10-01", "2025-10-31", "month", True, "APEC summit in Gyeongju (forward-looking)"),
    ],
}}
