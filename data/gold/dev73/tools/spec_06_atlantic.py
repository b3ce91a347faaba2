"""dev73_06_atlantic_photo_mourning -- The Atlantic Photo essay, published 2025-09-05 (Friday).

Row layouts as in spec_01_apimages.py.
"""
KCNA = "Korean Central News Agency"
VOL = "Vyacheslav Volodin"

DOCS = {
    "dev73_06_atlantic_photo_mourning": {
        "figures": [
            ("about 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", "South Korean intelligence"),
            ("101 soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", KCNA),
            ("more than 5,000 North Korean soldiers", 5000, None, "more_than", "soldier", "casualties", 5000, "count", "Oleksandr Syrskyi"),
            ("an estimated 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", ""),
            ("more than 3,000 hectares", 3000, None, "more_than", "hectare", "territory", 30, "km2", "Russian officials"),
            ("1.2 billion rubles", 1200000000, None, "exact", "ruble", "money", 1200000000, "RUB", VOL),
            ("about $15 million", 15000000, None, "approximately", "", "money", 15000000, "USD", VOL),
            ("thousands of shells", 1000, None, "vague", "shell", "weapons", 1000, "count", "Ukrainian commanders"),
        ],
        "attributions": [
            ("that its troops were there at all", "denied", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that about 2,000 had been killed", "estimated", "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
            ("The coffins held the remains of 101 soldiers repatriated from Russia", "reported", "KCNA", KCNA, "media", "North Korea", "indirect"),
            ("that the soldiers had “fought for a just cause”", "said", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that their families would be cared for “for generations.”", "promised", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that his troops had killed or wounded more than 5,000 North Korean soldiers since they entered combat in December",
             "said", "General Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
            ("The notebook, officials said, recorded orders to “blow oneself up” rather than be taken prisoner",
             "said", "officials", "Ukrainian intelligence officials", "group", "Ukraine", "indirect"),
            ("the sappers have cleared more than 3,000 hectares of farmland", "say", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
            ("that Russia would build a memorial to the “Korean liberators” in Kursk", "told", "Volodin", VOL, "person", "Russia", "indirect"),
            ("pledged 1.2 billion rubles, or about $15 million, for the project", "pledged", "Volodin", VOL, "person", "Russia", "indirect"),
            ("that North Korean gunners had begun firing thousands of shells a day across the front from Koksan self-propelled guns",
             "said", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("a cynical propaganda show", "called", "Seoul’s Unification Ministry", "Ministry of Unification (South Korea)", "organisation", "South Korea", "direct"),
            ("Pyongyang to stop sending its young men to die “in another country’s war.”",
             "urged", "Seoul’s Unification Ministry", "Ministry of Unification (South Korea)", "organisation", "South Korea", "indirect"),
        ],
        "events": [
            ("Late last month", "2025-08-21", "2025-08-31", "month", True, "North Korea held a ceremony in Pyongyang honoring soldiers killed fighting for Russia"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine launched its surprise incursion into the Kursk region"),
            ("this week", "2025-09-01", "2025-09-07", "week", True, "South Korean intelligence estimated about 2,000 North Korean soldiers killed"),
            ("on August 21, 2025", "2025-08-21", "2025-08-21", "day", False, "Kim Jong Un places a hand on a flag-draped coffin at the Pyongyang ceremony for 101 repatriated soldiers"),
            ("the DPRK, in Pyongyang |on August 22, 2025|.", "2025-08-22", "2025-08-22", "day", False, "Kim presents relatives of fallen soldiers with the title Hero of the DPRK"),
            ("in March 2025", "2025-03-01", "2025-03-31", "month", False, "A Ukrainian soldier walks past a burned-out Russian vehicle near Guevo, days before the withdrawal from Sudzha (photo)"),
            ("Syrskyi, said |in March| that", "2025-03-01", "2025-03-31", "month", True, "Syrskyi said Ukrainian troops had killed or wounded more than 5,000 North Korean soldiers"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean soldiers entered combat"),
            ("on February 4", "2025-02-04", "2025-02-04", "day", True, "Ukrainian intelligence briefing in Kyiv displaying a notebook taken from a dead North Korean soldier"),
            ("this summer", "2025-06-01", "2025-08-31", "season", True, "Pyongyang sent an estimated 1,000 deminers to Kursk"),
            ("in July", "2025-07-01", "2025-07-31", "month", True, "Russia's Defense Ministry released a photo of North Korean engineers clearing a field near Tetkino"),
            ("on August 15", "2025-08-15", "2025-08-15", "day", True, "Volodin lays a wreath at the Liberation Tower in Pyongyang"),
            ("last November", "2024-11-01", "2024-11-30", "month", True, "A Ukrainian serviceman fires a D-30 howitzer in the Kursk region; North Korean gunners began firing thousands of shells a day"),
            ("Seoul Station |on August 22, 2025|.", "2025-08-22", "2025-08-22", "day", False, "South Koreans at Seoul Station watch a broadcast about the Pyongyang ceremony"),
        ],
    },
}
