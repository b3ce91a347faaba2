# dev61_04_restofworld_translator -- Rest of World, September 10, 2025 (anchor 2025-09-10, Wednesday)
OFF = "former Russian army officer"
CAPT = "Russian army captain"
SAZ = "Artyom Sazonov"
LEM = "Ana Lemos"

DOCS = {"dev61_04_restofworld_translator": {
    "figures": [
        ("84.5 million rubles", 84500000, None, "exact", "ruble", "money", 84500000, "RUB", ""),
        ("84.5 million ruble", 84500000, None, "exact", "ruble", "money", 84500000, "RUB", ""),
        ("$960,000", 960000, None, "exact", "", "money", 960000, "USD", ""),
        ("about 40 engineers", 40, None, "approximately", "engineer", "other", 40, "count", ""),
        ("3,000 ruggedized tablets", 3000, None, "exact", "tablet", "other", 3000, "count", ""),
        ("some 2,400 phrases", 2400, None, "approximately", "phrase", "other", 2400, "count", ""),
        ("500 tablets", 500, None, "exact", "tablet", "other", 500, "count", SAZ),
        ("roughly 90 Korean-language interpreters", 90, None, "approximately", "interpreter", "personnel", 90, "count", OFF),
        ("more than 11,000 North Korean troops", 11000, None, "more_than", "troop", "personnel", 11000, "count", OFF),
        ("1,000 tablets", 1000, None, "exact", "tablet", "other", 1000, "count", "Lingvotek"),
        ("45 million rubles", 45000000, None, "exact", "ruble", "money", 45000000, "RUB", "Lingvotek"),
        ("between 6,000 and 8,000 North Korean soldiers", 6000, 8000, "range", "soldier", "personnel", 6000, "count", LEM),
    ],
    "attributions": [
        ("Korean-speaking interpreters were so scarce that Russian units relied on hand signals", "said", "a former officer", OFF, "group", "Russia", "indirect"),
        ("that his new North Korean platoon could not follow a single command", "wrote", "He", CAPT, "group", "Russia", "indirect"),
        ("We point, they nod, nobody moves,", "said", "the message", CAPT, "group", "Russia", "direct"),
        ("that the first 500 tablets reached units in Kursk by mid-December, and that North Korean soldiers “learned it faster than our own guys.”",
         "told", "Artyom Sazonov", SAZ, "person", "Russia", "indirect"),
        ("the Kursk grouping had roughly 90 Korean-language interpreters for more than 11,000 North Korean troops", "said",
         "A former Russian army officer who served as a liaison with North Korean units", OFF, "group", "Russia", "indirect"),
        ("Most of the time it was hand signals,", "said", "he", OFF, "group", "Russia", "direct"),
        ("At a trade fair in Vladivostok in early September, the company’s stand offered a “Korea package” of 1,000 tablets for 45 million rubles",
         "according to", "a Lingvotek brochure", "Lingvotek", "organisation", "Russia", "according_to"),
        ("Sazonov confirmed the offer in a message on Monday", "confirmed", "Sazonov", SAZ, "person", "Russia", "indirect"),
        ("Kursk was a live test of how armies with no common language fight together,", "said", "Ana Lemos", LEM, "person", "independent", "direct"),
        ("The software is what they are keeping.", "said", "Ana Lemos", LEM, "person", "independent", "direct"),
        ("that between 6,000 and 8,000 North Korean soldiers remain in the Kursk region, most of them sappers and builders, and that Russian tech firms see a market of a kind they have never had",
         "estimates", "Lemos", LEM, "person", "independent", "indirect"),
    ],
    "events": [
        ("In early November 2024", "2024-11-01", "2024-11-10", "month", False, "A Russian army captain in Kursk complained on Telegram that his North Korean platoon could not follow commands"),
        ("on November 22", "2024-11-22", "2024-11-22", "day", True, "Russian defence ministry signed an 84.5 million ruble contract with Lingvotek for 3,000 tablets"),
        ("in 2021", "2021-01-01", "2021-12-31", "year", False, "Lingvotek founded to make phrasebooks for tourists"),
        ("by mid-December", "2024-12-11", "2024-12-20", "month", True, "The first 500 Sobesednik tablets reached units in Kursk"),
        ("Since spring", "2025-03-01", "2025-09-10", "open", True, "Lingvotek has been marketing a civilian Sobesednik to North Korean state trading companies"),
        ("in early September", "2025-09-01", "2025-09-10", "month", True, "Lingvotek's stand at a Vladivostok trade fair offered a 'Korea package' of 1,000 tablets"),
        ("on Monday", "2025-09-08", "2025-09-08", "day", True, "Sazonov confirmed the offer in a message"),
    ],
}}
