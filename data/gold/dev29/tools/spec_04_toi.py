# dev29_04_toi_shoigu_sappers (The Times of India, anchor 2025-06-18, a Wednesday)
# Row formats: see spec_01_indiatoday.py
NIS = "National Intelligence Service (South Korea)"
SHOIGU = "Sergei Shoigu"
HWANG = "Hwang Dae-sik"
TYKHYI = "Heorhii Tykhyi"

DOCS = {
    "dev29_04_toi_shoigu_sappers": {
        "figures": [
            ("6,000 military builders", 6000, None, "exact", "military builder", "personnel", 6000, "count", SHOIGU),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SHOIGU),
            ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel",
             5000, "count", SHOIGU),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHOIGU),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHOIGU),
            ("around 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300,
             "km2", ""),
            ("thousands of mines", 1000, None, "vague", "mine", "weapons", 1000, "count", "Russian officials"),
            ("about 10 km", 10, None, "approximately", "km", "territory", 10, "km", "Russian officials"),
            ("$800", 800, None, "exact", "dollar", "money", 800, "USD", HWANG),
            ("6,000 people", 6000, None, "exact", "person", "personnel", 6000, "count", HWANG),
            ("close to $58 million", 58000000, None, "approximately", "dollar", "money", 58000000, "USD", HWANG),
            ("two captured North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count",
             "Volodymyr Zelensky"),
            ("two men", 2, None, "exact", "man", "casualties", 2, "count", ""),
            ("around 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000,
             "count", NIS),
            ("up to 3,000", 3000, None, "at_most", "soldier", "personnel", 3000, "count", NIS),
        ],
        "attributions": [
            # headline with a source tag (": Shoigu"): the tag itself is the only marker, so it is the cue
            ("North Korea to send 6,000 military builders, deminers to Russia's Kursk", "Shoigu", "Shoigu", SHOIGU,
             "person", "Russia", "indirect"),
            ("North Korea will send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region "
             "to help rebuild infrastructure destroyed during Ukraine's incursion", "said",
             "Russian Security Council Secretary Sergei Shoigu", SHOIGU, "person", "Russia", "indirect"),
            ("Kim Jong Un has decided to send 1,000 sappers to clear mines on Russian territory, as well as 5,000 "
             "military builders to restore destroyed infrastructure,", "told Russian state television", "Shoigu",
             SHOIGU, "person", "Russia", "direct"),
            ("that the first group would leave for Russia next month", "added", "He", SHOIGU, "person", "Russia",
             "indirect"),
            ("that its troops had fought in Kursk", "acknowledged", "Kim's government", "North Korea", "government",
             "North Korea", "indirect"),
            ('that Russia would "never forget" the sacrifice of North Korean soldiers', "said",
             "President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("that talks on a memorial in Kursk had begun", "confirmed", "the Kremlin", "Kremlin", "government",
             "Russia", "indirect"),
            ("it completed the recapture of the region in April", "says", "Moscow", "Russia", "government", "Russia",
             "indirect"),
            ("fighting is still going on along the border", "says", "Kyiv", "Ukraine", "government", "Ukraine",
             "indirect"),
            ("large parts of the region's roads, bridges and power lines were destroyed, and that thousands of mines "
             "and unexploded shells remain in fields around the town of Sudzha, about 10 km from the Ukrainian border",
             "say", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
            ("the new deployment is as much about money as about military cooperation", "say", "Analysts in Seoul",
             "analysts in Seoul", "group", "independent", "indirect"),
            ("Every worker Kim sends abroad is a source of hard currency,", "said", "Professor Hwang Dae-sik", HWANG,
             "person", "independent", "direct"),
            ("At even $800 a month per head, 6,000 people means close to $58 million a year for the regime.",
             'currency," |said| Professor', "Professor Hwang Dae-sik", HWANG, "person", "independent", "direct"),
            ("the engineers are also likely to come from the same Korean People's Army units that served in Kursk, "
             "which would give Pyongyang a reason to keep its military presence in Russia after the fighting ends",
             "According to", "Hwang", HWANG, "person", "independent", "according_to"),
            ("that Kyiv was ready to swap two captured North Korean soldiers for Ukrainians held in Russia", "said",
             "Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("Ukraine's foreign ministry condemned the plan", "condemned", "Ukraine's foreign ministry",
             "Ministry of Foreign Affairs of Ukraine", "organisation", "Ukraine", "indirect"),
            ("Any North Korean citizen sent to Russia, whatever uniform he wears, becomes part of Russia's war "
             "machine,", "said", "spokesperson Heorhii Tykhyi", TYKHYI, "person", "Ukraine", "direct"),
            ("that Kyiv would raise the matter with partners at the G7", "adding", "spokesperson Heorhii Tykhyi",
             TYKHYI, "person", "Ukraine", "indirect"),
            ("that around 15,000 North Korean soldiers have been rotated through Russia since October 2024, and that "
             "up to 3,000 more could follow",
             "estimated", "Its National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ],
        "events": [
            ("said |on Tuesday| after", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu announced after talks with Kim that North Korea will send 1,000 deminers and 5,000 builders"),
            ("since March", "2025-03-01", "2025-06-18", "open", True,
             "Shoigu's visits to Pyongyang (third since March)"),
            ("next month", "2025-07-01", "2025-07-31", "month", True,
             "First group of North Korean workers to leave for Russia"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Kim's government acknowledged its troops had fought in Kursk"),
            ("on April 28", "2025-04-28", "2025-04-28", "day", True,
             "Putin said Russia would never forget the sacrifice of North Korean soldiers"),
            ("the following day", "2025-04-29", "2025-04-29", "day", True,
             "The Kremlin confirmed talks on a memorial in Kursk had begun"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukrainian forces crossed into Kursk"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "Moscow says it completed the recapture of the Kursk region"),
            ("in mid-January", "2025-01-11", "2025-01-20", "month", True,
             "Zelensky said Kyiv was ready to swap two captured North Korean soldiers"),
            ("statement |on Tuesday|,", "2025-06-17", "2025-06-17", "day", True,
             "Ukraine's foreign ministry spokesperson Heorhii Tykhyi condemned the plan in a statement"),
            ("since October 2024", "2024-10-01", "2025-06-18", "open", True,
             "Around 15,000 North Korean soldiers rotated through Russia (NIS estimate)"),
        ],
    },
}
