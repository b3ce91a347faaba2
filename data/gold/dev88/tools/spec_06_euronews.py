# dev88_06: Euronews video article ("No Comment" section), published Thursday 11 September 2025.
# Row layouts as in spec_01_skynews.py.

RU_MOD = "Russian Defense Ministry"
KCNA = "Korean Central News Agency"
KHIN = "Alexander Khinshtein"
LINDQ = "Marta Lindqvist"

DOCS = {
    "dev88_06_euronews_sappers_video": {
        "figures": [
            ("more than 1,500 hectares", 1500, None, "more_than", "hectare", "territory", 15, "km2", RU_MOD),
            ("some 20,000 mines", 20000, None, "approximately", "mine", "weapons", 20000, "count", RU_MOD),
            ("Clearing |1,500 hectares| in", 1500, None, "exact", "hectare", "territory", 15, "km2", LINDQ),
            ("less than 10 kilometres", 10, None, "less_than", "kilometre", "territory", 10, "km", ""),
            ("about 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", "Russia"),
            ("thousands of military builders", 1000, None, "vague", "military builder", "personnel", 1000, "count", "Russia"),
            ("more than 150 billion roubles", 150000000000, None, "more_than", "rouble", "money", 150000000000, "RUB", KHIN),
            ("around €1.6 billion", 1600000000, None, "approximately", "", "money", 1600000000, "EUR", KHIN),
            ("12 worst-hit settlements", 12, None, "exact", "settlement", "territory", 12, "count", KHIN),
        ],
        "attributions": [
            ("shows North Korean military engineers clearing mines and unexploded shells in the Kursk region", "says", "it",
             RU_MOD, "organisation", "Russia", "indirect"),
            ("that the North Korean sappers had cleared more than 1,500 hectares of farmland and forest since they arrived in the "
             "summer, and had defused some 20,000 mines and shells", "said", "The ministry", RU_MOD, "organisation", "Russia",
             "indirect"),
            ("Clearing 1,500 hectares in a few months with hand tools is possible, but only if you accept losses that no "
             "European army would accept,", "said",
             "Marta Lindqvist, a researcher at the Stockholm International Peace Research Institute", LINDQ, "person",
             "independent", "direct"),
            ("that the footage showed no mechanical mine-clearing vehicles", "noted", "She", LINDQ, "person", "independent",
             "indirect"),
            ("that Kim Jong Un had told the engineers before they left that \"every mine you lift is a life saved for our Russian "
             "brothers\"", "said", "North Korea's state news agency KCNA", KCNA, "media", "North Korea", "indirect"),
            ("every mine you lift is a life saved for our Russian brothers", "told", "Kim Jong Un", "Kim Jong Un", "person",
             "North Korea", "direct"),
            ("that Pyongyang would send about 1,000 deminers and thousands of military builders to the region", "announced",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("the engineers are also digging fortifications", "says", "Ukraine's military intelligence",
             "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
            ("Kursk governor Alexander Khinshtein has estimated the cost of rebuilding the region's border districts at more "
             "than 150 billion roubles (around €1.6 billion)", "estimated", "Kursk governor Alexander Khinshtein", KHIN,
             "person", "Russia", "indirect"),
            ("that most of the 12 worst-hit settlements were still without electricity", "said",
             "Kursk governor Alexander Khinshtein", KHIN, "person", "Russia", "indirect"),
            ("We will need years, not months, and we will need every pair of hands,", "told", "he", KHIN, "person", "Russia",
             "direct"),
            ("that North Korea was \"no longer a side story in this war\" and that the bloc would propose new sanctions on North "
             "Korean and Russian entities next month", "told", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person",
             "EU", "indirect"),
        ],
        "events": [
            ("in the spring", "2025-03-01", "2025-05-31", "season", True, "The last Ukrainian troops pushed out of Kursk"),
            ("on Wednesday", "2025-09-10", "2025-09-10", "day", True,
             "Russia's Defence Ministry said North Korean sappers had cleared more than 1,500 hectares"),
            ("in the summer", "2025-06-01", "2025-08-31", "season", True, "North Korean sappers arrived in Kursk"),
            ("last month", "2025-08-01", "2025-08-31", "month", True,
             "KCNA reported Kim's words to the engineers before they left"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "Moscow announced Pyongyang would send about 1,000 deminers and thousands of builders"),
            ("last week", "2025-09-01", "2025-09-07", "week", True,
             "Khinshtein said in an interview most of the 12 worst-hit settlements were without electricity"),
            ("on Tuesday", "2025-09-09", "2025-09-09", "day", True,
             "Kallas told the European Parliament North Korea was no longer a side story"),
            ("next month", "2025-10-01", "2025-10-31", "month", True,
             "EU to propose new sanctions on North Korean and Russian entities (Kallas, looking ahead)"),
            ("on 10 October", "2025-10-10", "2025-10-10", "day", True,
             "Military parade for the ruling Workers' Party's 80th anniversary (looking ahead)"),
        ],
    },
}
