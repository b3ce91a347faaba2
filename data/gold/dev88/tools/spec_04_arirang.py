# dev88_04: Arirang News web script (anchor lead-in + reporter package), published Thursday 19 June 2025.
# Row layouts as in spec_01_skynews.py.

NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
SHOIGU = "Sergei Shoigu"
KANG = "Kang Min-jae"

DOCS = {
    "dev88_04_arirang_builders_deminers": {
        "figures": [
            ("6,000 military builders", 6000, None, "exact", "military builder", "personnel", 6000, "count", ""),
            ("thousands of military construction workers", 1000, None, "vague", "military construction worker", "personnel",
             1000, "count", "Russia"),
            ("1,200 deminers", 1200, None, "exact", "deminer", "personnel", 1200, "count", SHOIGU),
            ("4,800 military builders", 4800, None, "exact", "military builder", "personnel", 4800, "count", SHOIGU),
            ("about 11,000 combat troops", 11000, None, "approximately", "combat troop", "personnel", 11000, "count", NIS),
            ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
            ("roughly 28 trillion won", 28000000000000, None, "approximately", "won", "money", 28000000000000, "KRW", NIS),
            ("about 20 billion U.S. dollars", 20000000000, None, "approximately", "u.s. dollar", "money", 20000000000, "USD",
             NIS),
            ("about 300 North Korean deminers", 300, None, "approximately", "deminer", "personnel", 300, "count", HUR),
            ("about 40 kilometers", 40, None, "approximately", "kilometer", "territory", 40, "km", KANG),
        ],
        "attributions": [
            # anchor lead-in
            ("North Korea is sending thousands of military construction workers and deminers to Russia's Kursk region",
             "according to", "Moscow", "Russia", "government", "Russia", "according_to"),
            # reporter package
            ("North Korea will dispatch 1,200 deminers and 4,800 military builders to Kursk to help rebuild infrastructure "
             "destroyed in the fighting", "says", "Russia's Security Council Secretary Sergei Shoigu", SHOIGU, "person",
             "Russia", "indirect"),
            ("Shoigu made the announcement on Tuesday after talks with North Korean leader Kim Jong-un in Pyongyang",
             "made the announcement", "Shoigu", SHOIGU, "person", "Russia", "indirect"),
            ("that Kim had agreed to the dispatch \"without hesitation,\"", "told", "He", SHOIGU, "person", "Russia",
             "indirect"),
            ("a brotherly contribution", "calling", "He", SHOIGU, "person", "Russia", "direct"),
            ("North Korea's state media confirmed the meeting", "confirmed", "North Korea's state media",
             "North Korean state media", "media", "North Korea", "indirect"),
            ("Pyongyang sent about 11,000 combat troops to Russia from October to December last year, followed by some 3,000 "
             "reinforcements in January and February", "According to", "South Korea's National Intelligence Service", NIS,
             "organisation", "South Korea", "according_to"),
            ("that the builders and deminers could arrive in July or August, and that the North could also send more combat "
             "troops", "told lawmakers", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("that Pyongyang has earned roughly 28 trillion won, or about 20 billion U.S. dollars, from its military "
             "cooperation with Moscow since 2023", "assessed", "The NIS", NIS, "organisation", "South Korea", "indirect"),
            ("the North's engineers had \"real experience in tunneling and fortification that Russia badly needs.\"",
             "told Arirang News", "An NIS official", "NIS official", "group", "South Korea", "indirect"),
            ("Seoul's foreign ministry expressed \"grave concern\" over the plan", "expressed", "Seoul's foreign ministry",
             "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
            ("any dispatch of North Korean personnel to Russia would violate U.N. Security Council resolutions", "saying",
             "Seoul's foreign ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
            ("that a first group of about 300 North Korean deminers had already reached the Kursk region in May", "said",
             "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("that the \"builders\" would free up Russian troops for the front", "warned",
             "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("the move points to a longer stay", "say", "Experts", "experts", "group", "independent", "indirect"),
            ("The builders are a signal that North Korea expects to remain in Kursk for years, not just until the end of this "
             "war,", "said", "Kang Min-jae, a professor of North Korean studies at Kyungnam University", KANG, "person",
             "independent", "direct"),
            ("that Moscow could pay for the work in oil and food rather than cash, and that the first groups were likely to be "
             "housed at former Russian army barracks about 40 kilometers from the border", "added", "He", KANG, "person",
             "independent", "indirect"),
        ],
        "events": [
            ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korean combat troops arrived in Kursk"),
            ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu announced the dispatch of deminers and builders after talks with Kim Jong-un in Pyongyang"),
            ("this month", "2025-06-01", "2025-06-30", "month", True, "Shoigu's second trip to North Korea"),
            ("from October to December last year", "2024-10-01", "2024-12-31", "month", True,
             "About 11,000 North Korean combat troops sent to Russia (NIS figures)"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "Some 3,000 North Korean reinforcements sent to Russia (NIS figures)"),
            ("on Wednesday", "2025-06-18", "2025-06-18", "day", True, "NIS briefed lawmakers on the planned dispatch"),
            ("in July or August", "2025-07-01", "2025-08-31", "month", True,
             "North Korean builders and deminers could arrive in Russia (NIS, looking ahead)"),
            ("since 2023", "2023-01-01", "2025-06-19", "open", True,
             "Pyongyang earned roughly 28 trillion won from military cooperation with Moscow (NIS)"),
            ("on Thursday", "2025-06-19", "2025-06-19", "day", True,
             "Ukraine's military intelligence said the first North Korean deminers had reached Kursk"),
            ("in May", "2025-05-01", "2025-05-31", "month", True, "About 300 North Korean deminers reached the Kursk region"),
        ],
    },
}
