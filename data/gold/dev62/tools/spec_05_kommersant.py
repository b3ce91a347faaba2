"""dev62_05_kommersant_sappers: Kommersant (English translation), anchor 2025-06-18 (Wednesday), from the manifest.

Row layouts as in spec_01_tass.py.
"""
SH = "Sergei Shoigu"
KS = "Kommersant source"
KH = "Alexander Khinshtein"
KRG = "Kursk regional government"
UNI = "Ministry of Unification (South Korea)"
KUL = "Andrei Kulikovsky"
DOCS = {
    "dev62_05_kommersant_sappers": {
        "figures": [
            ("6,000 military personnel", 6000, None, "exact", "military personnel", "personnel", 6000, "count", ""),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH, 1),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SH, 1),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH, 2),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SH, 2),
            ("about 1,500 builders", 1500, None, "approximately", "builder", "personnel", 1500, "count", KS),
            ("about 120,000 rubles", 120000, None, "approximately", "ruble", "money", 120000, "RUB", KS),
            ("more than 1,500 hectares", 1500, None, "more_than", "hectare", "territory", 15, "km2", KH),
            ("92 billion rubles", 92e9, None, "exact", "ruble", "money", 92e9, "RUB", KH),
            ("about 200 kilometers", 200, None, "approximately", "kilometer", "territory", 200, "km", KRG),
            ("more than 1,700 residential buildings", 1700, None, "more_than", "residential building", "other", 1700, "count", KRG),
            ("between $150 million and $200 million", 150e6, 200e6, "range", "", "money", 150e6, "USD", KUL),
        ],
        "attributions": [
            ("that the DPRK would send 1,000 sappers to clear mines in the Kursk Region, as well as 5,000 military builders to restore infrastructure destroyed during the Ukrainian incursion",
             "announced", "Russian Security Council Secretary Sergei Shoigu", SH, "person", "Russia", "indirect"),
            ("Comrade Kim Jong Un has decided to send 1,000 sappers to eliminate mines and 5,000 military builders to restore the destroyed infrastructure,",
             "told journalists", "Mr. Shoigu", SH, "person", "Russia", "direct"),
            ("a clear manifestation of the brotherly feelings of the Korean people.",
             "called", "He", SH, "person", "Russia", "direct"),
            ("the two sides had agreed to build a memorial in the Kursk Region to the Korean servicemen who died there",
             "said", "The Security Council Secretary", SH, "person", "Russia", "indirect"),
            ("the legal basis for the deployment is Article 4 of the Treaty on Comprehensive Strategic Partnership, which came into force on December 4, 2024",
             "|According to| the Russian side", "the Russian side", "Russia", "government", "Russia", "according_to"),
            ("the first group of about 1,500 builders could arrive next month, and the rest by September",
             "According to", "a Kommersant source familiar with the preparations", KS, "group", "Russia", "according_to"),
            ("The builders, the source said, will be housed in modular camps near Sudzha and Korenevo and paid at the level of Russian contractors — about 120,000 rubles a month per person",
             "said", "the source", KS, "group", "Russia", "indirect"),
            ("Kursk Region Governor Alexander Khinshtein welcomed the decision",
             "welcomed", "Kursk Region Governor Alexander Khinshtein", KH, "person", "Russia", "indirect"),
            ("that Korean sappers had already cleared more than 1,500 hectares of farmland in the Glushkovo and Sudzha districts since late April, and that damage to the region’s housing stock alone was estimated at 92 billion rubles",
             "wrote", "He", KH, "person", "Russia", "indirect"),
            ("Without help from our friends, we would need years,",
             "added", "he", KH, "person", "Russia", "direct"),
            ("about 200 kilometers of roads and more than 1,700 residential buildings will have to be rebuilt",
             "According to", "the regional government", KRG, "organisation", "Russia", "according_to"),
            ("that any North Korean personnel working in “territories where hostilities continue” would be considered legitimate targets",
             "said", "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
            ("it was “closely monitoring” the situation",
             "said", "South Korea’s Ministry of Unification", UNI, "organisation", "South Korea", "indirect"),
            ("called on Pyongyang to end its “illegal military cooperation” with Moscow",
             "called on", "South Korea’s Ministry of Unification", UNI, "organisation", "South Korea", "indirect"),
            ("For Pyongyang this is above all a question of money and experience: its engineering troops will get demining practice on a scale they have never had,",
             "told Kommersant", "Andrei Kulikovsky", KUL, "person", "independent", "direct"),
            ("such contracts could bring the DPRK between $150 million and $200 million a year",
             "By his estimate", "his", KUL, "person", "independent", "according_to"),
        ],
        "events": [
            ("on June 17", "2025-06-17", "2025-06-17", "day", True,
             "Kim Jong Un and Sergei Shoigu held talks in Pyongyang (photo caption)"),
            ("Pyongyang |on Tuesday| on instructions", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu arrived in Pyongyang and announced North Korea would send sappers and builders to Kursk"),
            ("since March", "2025-03-01", "2025-06-18", "open", True,
             "Shoigu's visits to Pyongyang (the third since March)"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "Shoigu's second visit to Pyongyang in June"),
            ("on June 4", "2025-06-04", "2025-06-04", "day", True,
             "Shoigu's previous visit to Pyongyang"),
            ("on December 4, 2024", "2024-12-04", "2024-12-04", "day", False,
             "The Russia-DPRK Treaty on Comprehensive Strategic Partnership came into force"),
            ("next month", "2025-07-01", "2025-07-31", "month", True,
             "The first group of about 1,500 North Korean builders could arrive"),
            ("by September", "2025-09-01", "2025-09-30", "month", True,
             "The rest of the North Korean builders to arrive"),
            ("since late April", "2025-04-21", "2025-06-18", "open", True,
             "Korean sappers clearing farmland in the Glushkovo and Sudzha districts"),
            ("Late on Tuesday", "2025-06-17", "2025-06-17", "day", True,
             "Tykhyi said North Korean personnel in areas of hostilities would be legitimate targets"),
        ],
    }
}
