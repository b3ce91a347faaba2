# dev52_05_euractiv_afet: Euractiv, published Thursday 2025-09-04 (anchor).
EU = "EU"
EEAS = "European External Action Service"
TR = "Tomas Reindl"
PA = "Petras Auštrevičius"

DOCS = {
    "dev52_05_euractiv_afet": {
        "figures": [
            ("at least 6,000 additional workers", 6000, None, "at_least", "worker", "personnel", 6000, "count", EEAS),
            ("at least 8 million rounds", 8e6, None, "at_least", "round", "weapons", 8e6, "count", TR),
            ("about 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", EEAS),
            ("around 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", EEAS),
            ("40-kilometre", 40, None, "exact", "kilometre", "territory", 40, "km", TR),
            ("€1.5-2 billion", 1.5e9, 2e9, "range", "", "money", 1.5e9, "EUR", TR),
            ("11 North Korean military officers", 11, None, "exact", "military officer", "personnel", 11, "count", ""),
            ("three generals", 3, None, "exact", "general", "personnel", 3, "count", ""),
            ("45 Russian and third-country companies", 45, None, "exact", "company", "other", 45, "count", ""),
            ("more than 20,000 troops", 20000, None, "more_than", "troop", "personnel", 20000, "count", PA),
        ],
        "attributions": [
            ("of deeper Pyongyang role in Kursk", "warn", "EU diplomats", "EU diplomats", "group", EU, "indirect"),
            ("North Korea has sent at least 6,000 additional workers and military engineers to Russia’s Kursk region since June",
             "told MEPs", "the EU’s diplomatic service", EEAS, "organisation", EU, "indirect"),
            ("Pyongyang had shipped “at least 8 million rounds” of artillery ammunition to Russia since the autumn of 2023 and was now supplying roughly half of the shells fired by Russian forces",
             "said", "deputy managing director Tomas Reindl", TR, "person", EU, "indirect"),
            ("that about 15,000 North Korean soldiers have served in Kursk, of whom “around 2,000” have been killed",
             "estimates", "the EEAS", EEAS, "organisation", EU, "indirect"),
            ("In total, the EEAS estimates that about 15,000 North Korean soldiers have served in Kursk, of whom “around 2,000” have been killed",
             "told the committee", "Reindl", TR, "person", EU, "indirect"),
            ("A further 40-kilometre stretch of railway near Sudzha is being rebuilt by North Korean crews", "added", "he", TR, "person", EU, "indirect"),
            ("Reindl put the value of Russian payments to Pyongyang at €1.5-2 billion a year, mostly in oil, food and military technology",
             "put", "Reindl", TR, "person", EU, "indirect"),
            ("that the bloc’s 19th sanctions package, due to be presented later this month, would list “all North Korean entities” involved in sending labour to Russia",
             "wrote", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person", EU, "indirect"),
            ("the figures showed that North Korea had become “a co-belligerent in all but name”", "said", "Committee chair David McAllister",
             "David McAllister", "person", EU, "indirect"),
            ("the EEAS was “counting late and counting low”", "said", "Lithuanian MEP Petras Auštrevičius", PA, "person", EU, "indirect"),
            ("that Kyiv’s own figure was “more than 20,000 troops” over the past year", "adding", "Lithuanian MEP Petras Auštrevičius", PA, "person", EU, "indirect"),
            ("accusing the service of presenting “numbers from Kyiv dressed up as EU intelligence”", "accusing", "Hungarian MEP Kinga Bódis",
             "Kinga Bódis", "person", EU, "indirect"),
            ("Reindl rejected that", "rejected", "Reindl", TR, "person", EU, "indirect"),
            ("the estimates drew on “national intelligence from several member states”", "saying", "Reindl", TR, "person", EU, "indirect"),
            ("Greens MEP Hannah Neumann called for the EU to open a dedicated monitoring cell on North Korean activity in Russia",
             "called for", "Greens MEP Hannah Neumann", "Hannah Neumann", "person", EU, "indirect"),
            ("that North Korean troops had fought in Kursk", "acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that North Korean troops had fought in Kursk", "acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ],
        "events": [
            ("Brussels |on Wednesday|.", "2025-09-03", "2025-09-03", "day", True, "McAllister opens the AFET committee meeting (photo caption)"),
            ("since June", "2025-06-01", "2025-09-04", "open", True, "North Korea sent at least 6,000 additional workers and military engineers to Kursk"),
            ("MEPs |on Wednesday|,", "2025-09-03", "2025-09-03", "day", True, "EEAS briefed AFET; row among MEPs over North Korean numbers"),
            ("since the autumn of 2023", "2023-09-01", "2025-09-04", "open", True, "Pyongyang shipped at least 8 million artillery rounds to Russia"),
            ("29 August", "2025-08-29", "2025-08-29", "day", True, "Kallas's letter to AFET on the 19th sanctions package dated"),
            ("later this month", "2025-09-05", "2025-09-30", "month", True, "19th sanctions package due to be presented"),
            ("In April", "2025-04-01", "2025-04-30", "month", True, "Moscow and Pyongyang first acknowledged North Korean troops fought in Kursk"),
            ("on 24 September", "2025-09-24", "2025-09-24", "day", True, "AFET joint hearing with the SEDE subcommittee"),
        ],
    },
}
