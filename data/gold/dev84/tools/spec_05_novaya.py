"""dev84_05_novaya_sappers: Novaya Gazeta Europe (English), published 2025-07-08 (Tuesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
RES = "Sudzha district residents"
VAL = "Valentina"
SHO = "Sergei Shoigu"
KHI = "Alexander Khinshtein"
LAV = "Dmitry Lavrentyev"
SRC = "source close to the Russian General Staff"

DOCS = {
    "dev84_05_novaya_sappers": {
        "figures": [
            ("6,000 more people", 6000, None, "exact", "person", "personnel", 6000, "count", ""),
            ("about 40 or 50 soldiers", 40, 50, "range", "soldier", "personnel", 40, "count", VAL),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHO),
            ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", SHO),
            ("dozens of North Korean deminers", 24, None, "vague", "deminer", "personnel", 24, "count", ""),
            ("70 billion roubles", 7e10, None, "exact", "rouble", "money", 7e10, "RUB", KHI),
            ("about €770 million", 7.7e8, None, "approximately", "", "money", 7.7e8, "EUR", KHI),
            ("more than 2,000 homes", 2000, None, "more_than", "home", "other", 2000, "count", KHI),
            ("about 1.2 billion roubles", 1.2e9, None, "approximately", "rouble", "money", 1.2e9, "RUB", "Kursk regional government"),
            ("around 6,000 North Koreans", 6000, None, "approximately", "north korean", "casualties", 6000, "count", "Ukraine"),
            ("closer to 2,000", 2000, None, "approximately", "", "casualties", 2000, "count", SRC),
            ("at least 300 billion roubles", 3e11, None, "at_least", "rouble", "money", 3e11, "RUB", LAV),
            ("180,000 roubles", 180000, None, "exact", "rouble", "money", 180000, "RUB", VAL),
        ],
        "attributions": [
            ("North Korean sappers have arrived in Kursk region", "say", "residents", RES, "group", "independent", "indirect"),
            ("The first group of North Korean military engineers reached Sudzha district at the end of June", "told Novaya Gazeta Europe",
             "residents of the district", RES, "group", "independent", "indirect"),
            ("They came in trucks without number plates, about 40 or 50 soldiers, in grey uniforms with no insignia,", "|said| Valentina",
             "Valentina", VAL, "person", "independent", "direct"),
            ("They work in silence and don’t leave the site.", "|said| Valentina", "Valentina", VAL, "person", "independent", "direct"),
            ("The deployment was announced in Pyongyang on 17 June by Sergei Shoigu, the secretary of Russia’s Security Council",
             "was announced", "Sergei Shoigu, the secretary of Russia’s Security Council", SHO, "person", "Russia", "indirect"),
            ("Kim, Shoigu said, would send 1,000 sappers to clear mines and 5,000 military construction workers to “restore infrastructure destroyed by the invaders”",
             "said", "Shoigu", SHO, "person", "Russia", "indirect"),
            ("that the damage from the Ukrainian incursion amounted to 70 billion roubles (about €770 million) and that more than 2,000 homes would have to be rebuilt",
             "said", "Acting Governor Alexander Khinshtein", KHI, "person", "Russia", "indirect"),
            ("So far, only about 1.2 billion roubles in compensation has been paid out", "according to", "the regional government",
             "Kursk regional government", "organisation", "Russia", "according_to"),
            ("that around 6,000 North Koreans were killed or wounded between December and April", "claims", "Ukraine", "Ukraine",
             "government", "Ukraine", "indirect"),
            ("the real figure was “closer to 2,000 killed”", "told Novaya Gazeta Europe", "A source close to the Russian General Staff", SRC,
             "group", "Russia", "indirect"),
            ("that bodies had been flown back to Pyongyang from Kursk “at least twice a week” in February", "adding",
             "A source close to the Russian General Staff", SRC, "group", "Russia", "indirect"),
            ("For the Kremlin, it is cheaper to pay Pyongyang than to mobilise its own citizens,", "said", "Dmitry Lavrentyev", LAV, "person",
             "independent", "direct"),
            ("the Defence Ministry spent at least 300 billion roubles on one-off bonuses for new contract soldiers in the first half of 2025 alone, while a North Korean builder costs “a fraction of that”",
             "By his count", "his", LAV, "person", "independent", "according_to"),
            ("Our own men are dying in Donbas, and they bring in Koreans to lay bricks,", "wrote",
             "the pro-war Telegram channel Severny Veter (North Wind)", "Severny Veter", "media", "independent", "direct"),
            ("Khinshtein’s office has dismissed such complaints as “provocations”", "has dismissed", "Khinshtein’s office",
             "Office of the Governor of Kursk Region", "organisation", "Russia", "indirect"),
            ("she just wants her roof repaired before winter", "says", "Valentina", VAL, "person", "independent", "indirect"),
            ("I was promised 180,000 roubles in March. I’m still waiting.", "says", "Valentina", VAL, "person", "independent", "direct"),
        ],
        "events": [
            ("in March 2025", "2025-03-01", "2025-03-31", "month", False, "Photo of a destroyed house in Sudzha (caption)"),
            ("at the end of June", "2025-06-21", "2025-06-30", "month", True,
             "The first group of North Korean military engineers reached Sudzha district"),
            ("on 17 June", "2025-06-17", "2025-06-17", "day", True, "Sergei Shoigu announced the deployment in Pyongyang"),
            ("last month", "2025-06-01", "2025-06-30", "month", True,
             "Alexander Khinshtein said damage from the incursion amounted to 70 billion roubles"),
            ("between December and April", "2024-12-01", "2025-04-30", "month", True,
             "Around 6,000 North Koreans killed or wounded (Ukraine's claim)"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "Bodies of North Korean soldiers flown back to Pyongyang from Kursk at least twice a week"),
            ("in 2022", "2022-01-01", "2022-12-31", "year", False, "Dmitry Lavrentyev left Russia"),
            ("in the first half of 2025", "2025-01-01", "2025-06-30", "month", False,
             "Russian Defence Ministry spent at least 300 billion roubles on bonuses for new contract soldiers"),
            ("last Thursday", "2025-07-03", "2025-07-03", "day", True,
             "Telegram channel Severny Veter complained about Koreans brought in to lay bricks"),
            ("before winter", "2025-12-01", "2026-02-28", "season", True,
             "Deadline by which Valentina wants her roof repaired (forward-looking)"),
            ("roubles |in March|.", "2025-03-01", "2025-03-31", "month", True, "Valentina was promised 180,000 roubles in compensation"),
        ],
    },
}
