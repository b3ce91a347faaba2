"""dev75_05: Novaya Gazeta Europe, 2025-05-21 (Wednesday). North Korean 'students' working on Russian building
sites; education exchanges.

Row formats as in spec_01_washingtonpost.py.
"""
FSB = "Federal Security Service (Russia)"
UNIS = "Russian universities"
REC = "labour recruiter in Vladivostok"
MIN = "Russian Ministry of Science and Higher Education"
REZ = "Yulia Reznik"

DOCS = {
    "dev75_05_novayagazeta_students": {
        "figures": [
            ("thousands of North Koreans", 1000, None, "vague", "north korean", "other", 1000, "count", ""),
            ("4,612 citizens", 4612, None, "exact", "citizen", "other", 4612, "count", FSB),
            ("|3,870| gave", 3870, None, "exact", "citizen", "other", 3870, "count", ""),
            ("11 universities", 11, None, "exact", "university", "other", 11, "count", ""),
            ("only |three| told", 3, None, "exact", "university", "other", 3, "count", ""),
            ("212 such students", 212, None, "exact", "student", "other", 212, "count", UNIS),
            ("30 men", 30, None, "exact", "man", "other", 30, "count", REC),
            ("about 2.4 million roubles", 2400000, None, "approximately", "rouble", "money", 2400000, "RUB", REC),
            ("€26,500", 26500, None, "exact", "", "money", 26500, "EUR", REC),
            ("1,000 North Korean students", 1000, None, "exact", "student", "other", 1000, "count", MIN),
            ("up from |40| in 2023", 40, None, "exact", "student", "other", 40, "count", MIN),
            ("between 15,000 and 20,000 North Korean workers", 15000, 20000, "range", "worker", "other", 15000,
             "count", REZ),
            ("between $700 and $1,000", 700, 1000, "range", "", "money", 700, "USD", REZ),
        ],
        "attributions": [
            ("In the first three months of 2025, 4,612 citizens of North Korea entered Russia", "according to",
             "the FSB, Russia’s Federal Security Service", FSB, "organisation", "Russia", "according_to"),
            ("that North Korean students were currently enrolled", "told Novaya Gazeta Europe", "only three", UNIS,
             "group", "Russia", "indirect"),
            ("Together they reported 212 such students", "reported", "they", UNIS, "group", "Russia", "indirect"),
            ("The rest go straight to work", "according to", "a labour recruiter in Vladivostok", REC, "group",
             "independent", "according_to"),
            ("They arrive with a student card from some college in Khabarovsk and the next day they are pouring "
             "concrete,", "told Novaya Gazeta Europe", "he", REC, "group", "independent", "direct"),
            ("A team of 30 men costs a developer about 2.4 million roubles (€26,500) a month", "said", "he", REC,
             "group", "independent", "indirect"),
            ("that 1,000 North Korean students would be admitted to Russian universities this year under an agreement "
             "signed last year, up from 40 in 2023, and that Russian students would go to Kim Il Sung University in "
             "Pyongyang for the first time since the Soviet era", "said",
             "Russia’s Ministry of Science and Higher Education", MIN, "organisation", "Russia", "indirect"),
            ("that “our Korean friends” had shed “their blood on Kursk soil.”", "said",
             "Kursk region governor Alexander Khinshtein", "Alexander Khinshtein", "person", "Russia", "indirect"),
            ("that some of the “students” had been sent on to military construction projects in occupied Donetsk",
             "claimed", "Ukraine’s military intelligence, the HUR", "Defence Intelligence of Ukraine",
             "organisation", "Ukraine", "indirect"),
            ("Study visas are simply the loophole of choice,", "said", "Yulia Reznik", REZ, "person", "independent",
             "direct"),
            ("After the UN banned North Korean labour in 2017, work visas became politically toxic. A student visa "
             "costs nothing politically.", "|said| Yulia Reznik", "Yulia Reznik", REZ, "person", "independent",
             "direct"),
            ("that between 15,000 and 20,000 North Korean workers are now in Russia, roughly double the number before "
             "the full-scale invasion", "estimates", "Reznik", REZ, "person", "independent", "indirect"),
            ("Each earns the state between $700 and $1,000 a month", "believes", "she", REZ, "person", "independent",
             "indirect"),
        ],
        "events": [
            ("In the first three months of 2025", "2025-01-01", "2025-03-31", "month", False,
             "4,612 North Korean citizens entered Russia (FSB border statistics)"),
            ("in the whole of 2023", "2023-01-01", "2023-12-31", "year", False,
             "Fewer North Koreans than in early 2025 gave study as the purpose of entry to Russia"),
            ("since 2023", "2023-01-01", "2025-05-21", "open", True,
             "Eleven Far East and Siberian universities signed exchange agreements with North Korean institutions"),
            ("since 2019", "2019-01-01", "2025-05-21", "open", True,
             "Vladivostok labour recruiter has placed North Korean crews on building sites"),
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "Russian science ministry said 1,000 North Korean students would be admitted this year"),
            ("this year", "2025-01-01", "2025-12-31", "year", True,
             "1,000 North Korean students to be admitted to Russian universities"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Russia-North Korea education agreement signed"),
            ("in 2023", "2023-01-01", "2023-12-31", "year", False,
             "40 North Korean students admitted to Russian universities"),
            ("On Victory Day", "2025-05-09", "2025-05-09", "day", True,
             "North Korean student choir sang Soviet war songs in Vladivostok; Khinshtein thanked 'our Korean friends'"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "HUR claimed North Korean 'students' were sent on to military construction projects in occupied Donetsk"),
            ("in 2017", "2017-01-01", "2017-12-31", "year", False, "UN banned North Korean labour"),
        ],
    },
}
