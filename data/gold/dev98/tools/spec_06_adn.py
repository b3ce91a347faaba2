# dev98_06: Anchorage Daily News, Ukrainians and a Korean American veteran outside the Trump-Putin
# summit at Joint Base Elmendorf-Richardson.
# Anchor: manifest published 2025-08-16 (Saturday).
# Row formats as in spec_01_koreadaily.py.

HP = "Hanna Petrenko"
KO = "Kenneth Oh"
VS = "Vitalii Sorokin"
KL = "Karen Lindqvist"
HUR = "Defence Intelligence of Ukraine"
MI = 1.609344  # km per statute mile

DOCS = {
    "dev98_06_adn_summit_ukrainians": {
        "figures": [
            ("About 300 people", 300, None, "approximately", "person", "other", 300, "count", ""),
            ("about 1,450 Ukrainians", 1450, None, "approximately", "ukrainian", "other", 1450, "count",
             "Catholic Social Services"),
            ("roughly 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000,
             "count", HUR),
            ("5,000 more", 5000, None, "exact", "troop", "personnel", 5000, "count", HUR),
            ("14 soldiers", 14, None, "exact", "soldier", "casualties", 14, "count", ""),
            ("60 kilometers", 60, None, "exact", "kilometer", "territory", 60, "km", HP),
            ("less than 3 miles", 3, None, "less_than", "mile", "territory", round(3 * MI, 6), "km", ""),
            ("some 3,700 miles", 3700, None, "approximately", "mile", "territory", round(3700 * MI, 6), "km", ""),
            ("$150,000", 150000, None, "exact", "", "money", 150000, "USD", KL),
        ],
        "attributions": [
            ("why nobody is talking about North Korea", "ask", "Anchorage’s Ukrainians", "Ukrainians in Anchorage",
             "group", "independent", "indirect"),
            ("about 1,450 Ukrainians have arrived in Alaska through the federal Uniting for Ukraine program, most of "
             "them in Anchorage", "says", "Catholic Social Services", "Catholic Social Services", "organisation",
             "independent", "indirect"),
            ("Everybody here is talking about territory. Nobody is talking about the North Koreans,", "said",
             "Vitalii Sorokin", VS, "person", "independent", "direct"),
            ("His brother, a sergeant in a Ukrainian assault brigade, fought in Russia’s Kursk region last winter and "
             "was wounded by a North Korean mortar crew in February", "said", "Sorokin", VS, "person",
             "independent", "indirect"),
            ("that roughly 11,000 North Korean troops remain in the Kursk region and that Pyongyang has promised "
             "5,000 more, including military builders and deminers", "said", "Ukraine’s military intelligence", HUR,
             "organisation", "Ukraine", "indirect"),
            ("that neither leader mentioned North Korea in public remarks after the meeting", "reported",
             "The Associated Press", "Associated Press", "media", "independent", "indirect"),
            ("They say the North Koreans are in Kursk now, 60 kilometers from my town,", "said", "she", HP,
             "person", "independent", "direct"),
            ("My mother hears their artillery at night.", "said", "she", HP, "person", "independent", "direct"),
            ("I stared across the DMZ at North Korean boys for two years,", "said", "Oh", KO, "person",
             "independent", "direct"),
            ("Now Putin is using them like sandbags.", "said", "Oh", KO, "person", "independent", "direct"),
            ("she would ask the Assembly next week to add $150,000 for English classes and job training for "
             "Ukrainian families", "said", "Anchorage Assembly member Karen Lindqvist", KL, "person",
             "United States", "indirect"),
            ("These families chose Alaska. The least we can do is make sure they can work here,", "said",
             "Lindqvist", KL, "person", "United States", "direct"),
        ],
        "events": [
            ("on Friday, Aug. 15, 2025", "2025-08-15", "2025-08-15", "day", False,
             "Demonstrators waved Ukrainian flags outside JBER as Trump met Putin on the base (caption)"),
            ("Elmendorf-Richardson |on Friday|, waving", "2025-08-15", "2025-08-15", "day", True,
             "About 300 people lined the Glenn Highway outside JBER during the Trump-Putin summit"),
            ("in February 2022", "2022-02-01", "2022-02-28", "month", False, "Russia's full-scale invasion of Ukraine"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True,
             "Vitalii Sorokin's brother fought in Russia's Kursk region"),
            ("mortar crew |in February|, Sorokin", "2025-02-01", "2025-02-28", "month", True,
             "Sorokin's brother was wounded by a North Korean mortar crew"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "HUR said roughly 11,000 North Korean troops remain in Kursk and Pyongyang promised 5,000 more"),
            ("reported |Friday| that", "2025-08-15", "2025-08-15", "day", True,
             "AP reported neither leader mentioned North Korea in public remarks after the meeting"),
            ("since 2022", "2022-01-01", "2025-08-16", "open", True,
             "14 soldiers from Okhtyrka were killed"),
            ("in 1976", "1976-01-01", "1976-12-31", "year", False,
             "Kenneth Oh served along the Demilitarized Zone"),
            ("on Aug. 28", "2025-08-28", "2025-08-28", "day", True,
             "Kenneth Oh's talk at the Loussac Library, Alaska Veterans Speaker Series (forward)"),
            ("next week", "2025-08-18", "2025-08-24", "week", True,
             "Karen Lindqvist will ask the Assembly to add $150,000 for Ukrainian families (forward)"),
            ("on Saturday evening", "2025-08-16", "2025-08-16", "day", True,
             "A smaller vigil planned at Town Square Park"),
        ],
    }
}
