"""dev100_06: Financial Times Lex, Korean defence stocks; anchor 2025-09-08 (Monday)."""
D = "dev100_06_ft_lex_korean_defence"
NIS = "National Intelligence Service (South Korea)"
DJ = "Daejin Defence Industries"

figures = [
    ("five biggest listed defence groups", 5, None, "exact", "defence group", "other", 5, "count", ""),
    ("Won21.6tn", 21.6e12, None, "exact", "", "money", 21.6e12, "KRW", ""),
    ("$15.5bn", 15.5e9, None, "exact", "", "money", 15.5e9, "USD", ""),
    ("$23bn", 23e9, None, "exact", "", "money", 23e9, "USD", "Defense Acquisition Program Administration"),
    ("$30bn", 30e9, None, "exact", "", "money", 30e9, "USD", "South Korean officials"),
    ("about 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
    ("more than 6,000", 6000, None, "more_than", "soldier", "casualties", 6000, "count", NIS),
    ("tens of thousands", 10000, None, "vague", "shell", "weapons", 10000, "count", ""),
    ("about €4,800", 4800, None, "approximately", "", "money", 4800, "EUR", DJ),
    ("some 6,000 military builders", 6000, None, "approximately", "military builder", "personnel", 6000, "count", ""),
]

attributions = [
    ("that its order book was “effectively full for three years”", "told investors",
     "Hanbit Aerospace’s chief executive Yoo Jae-hyun", "Yoo Jae-hyun", "person", "independent", "indirect"),
    ("Nato members pledged in June to lift core defence spending to 3.5 per cent of gross domestic product by 2035, from about 2 per cent now",
     "pledged", "Nato members", "NATO members", "government", "NATO", "indirect"),
    ("South Korea’s arms exports hit a record $23bn last year", "according to",
     "the Defense Acquisition Program Administration", "Defense Acquisition Program Administration", "organisation",
     "South Korea", "according_to"),
    ("they are aiming for $30bn in 2026", "said", "officials in Seoul", "South Korean officials", "group",
     "South Korea", "indirect"),
    ("Pyongyang sent about 15,000 soldiers to Russia, Seoul’s spy agency reckons, and lost more than 6,000 of them killed or wounded",
     "reckons", "Seoul’s spy agency", NIS, "organisation", "South Korea", "indirect"),
    ("Ammunition prices, which trebled between 2022 and 2024, have flattened at about €4,800 a round", "said",
     "Daejin", DJ, "organisation", "independent", "indirect"),
    ("that more production happen at home", "insisting", "Poland", "Poland", "government", "Poland", "indirect"),
    ("that future K2 tank orders would require at least 60 per cent local content", "said", "its defence ministry",
     "Polish Defense Ministry", "organisation", "Poland", "indirect"),
    ("it is still pursuing", "says", "Washington", "United States", "government", "United States", "indirect"),
]

events = [
    ("in April", "2025-04-01", "2025-04-30", "month", True, "The fighting in Russia's Kursk region ended"),
    ("since October 2024", "2024-10-01", "2025-09-08", "open", True,
     "An index of South Korea's five biggest listed defence groups rose 340 per cent"),
    ("last Tuesday", "2025-09-02", "2025-09-02", "day", True,
     "Yoo Jae-hyun told investors Hanbit Aerospace's order book was effectively full for three years"),
    ("in June", "2025-06-01", "2025-06-30", "month", True,
     "Nato members pledged to lift core defence spending to 3.5 per cent of GDP"),
    ("by 2035", "2035-01-01", "2035-12-31", "year", False,
     "Target date for Nato members' core defence spending of 3.5 per cent of GDP"),
    ("last year", "2024-01-01", "2024-12-31", "year", True, "South Korea's arms exports hit a record $23bn"),
    ("in 2026", "2026-01-01", "2026-12-31", "year", False, "Seoul aims for $30bn of arms exports"),
    ("between 2022 and 2024", "2022-01-01", "2024-12-31", "year", False, "Ammunition prices trebled"),
    ("in July", "2025-07-01", "2025-07-31", "month", True, "Daejin said ammunition prices had flattened at about €4,800 a round"),
    ("last week", "2025-09-01", "2025-09-07", "week", True,
     "Poland's defence ministry said future K2 tank orders would require at least 60 per cent local content"),
    ("since June", "2025-06-01", "2025-09-08", "open", True,
     "North Korea sent some 6,000 military builders and deminers to Kursk"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
