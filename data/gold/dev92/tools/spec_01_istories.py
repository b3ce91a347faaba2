# dev92_01 — iStories, anchor 2024-12-10 (Tuesday), from the manifest.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
# A string "left|span|right" is located as the unique occurrence of left+span+right.

UNIT = "Military Unit 47084"
NIS = "National Intelligence Service (South Korea)"
MAZUR = "Kirill Mazur"

DOCS = {
    "dev92_01_istories_payroll_ledger": {
        "figures": [
            ("1,946 Koreans", 1946, None, "exact", "korean", "personnel", 1946, "count", ""),
            ("1,946 men", 1946, None, "exact", "man", "personnel", 1946, "count", ""),
            ("4.6 million rubles", 4600000, None, "exact", "ruble", "money", 4600000, "RUB", UNIT),
            ("about $45,000", 45000, None, "approximately", "", "money", 45000, "USD", UNIT),
            ("2,000 rubles", 2000, None, "exact", "ruble", "money", 2000, "RUB", ""),
            ("up to 5,000", 5000, None, "at_most", "ruble", "money", 5000, "RUB", ""),
            ("at least 210,000 rubles", 210000, None, "at_least", "ruble", "money", 210000, "RUB", ""),
            ("40 officers", 40, None, "exact", "officer", "personnel", 40, "count", ""),
            ("some 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("Two thousand rubles", 2000, None, "exact", "ruble", "money", 2000, "RUB", MAZUR),
            ("no more than 30 million rubles", 30000000, None, "at_most", "ruble", "money", 30000000, "RUB", MAZUR),
        ],
        "attributions": [
            ("calls the document “|a crude fake|”", "calls", "Russia’s Defense Ministry", "Russian Defense Ministry",
             "organisation", "Russia", "direct"),
            ("the regiment paid its North Korean contingent 4.6 million rubles (about $45,000) for November",
             "According to", "the ledger", UNIT, "organisation", "Russia", "according_to"),
            ("that the spreadsheet’s layout was the one used there", "confirmed",
             "Former employees of the regiment’s finance service", "former employees of the regiment’s finance service",
             "group", "independent", "indirect"),
            ("We kept the Koreans on a separate sheet from the very start, on orders from the district,",
             "told iStories", "one of them", "former employee of the regiment’s finance service",
             "group", "independent", "direct"),
            ("that the next ledger must reach the directorate by 25 December, “marked ‘secret’ and without transliteration errors.”",
             "notes", "An instruction from the Moscow Military District’s finance directorate", "Moscow Military District",
             "organisation", "Russia", "indirect"),
            ("that North Korean troops are not merely stationed in Russia but embedded in its units",
             "have |said| since", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("that North Korean troops are not merely stationed in Russia but embedded in its units",
             "have |said| since", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that some 11,000 North Korean soldiers had been distributed among Russian airborne and marine units",
             "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("Russia had to invent a category of soldier that officially does not exist, and then pay him,",
             "said", "Kirill Mazur", MAZUR, "person", "independent", "direct"),
            ("Two thousand rubles is what a conscript gets. It is pocket money, not a wage.",
             "said", "Kirill Mazur", MAZUR, "person", "independent", "direct"),
            ("that the Defense Ministry’s total bill for the North Korean contingent is no more than 30 million rubles a month, “less than the price of an Iskander.”",
             "estimated", "Mazur", MAZUR, "person", "independent", "indirect"),
            ("called the ledger “|a crude fake|”", "called", "the Defense Ministry", "Russian Defense Ministry",
             "organisation", "Russia", "direct"),
            ("that “no foreign citizens serve in the Russian Armed Forces outside the framework of the law.”",
             "said", "the Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("he had “nothing to add” on the subject of North Korean troops", "said",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ],
        "events": [
            ("last week", "2024-12-02", "2024-12-08", "week", True, "The leaked payroll file of military unit 47084 reached iStories"),
            ("since September", "2024-09-01", "2024-12-10", "open", True, "Military unit 47084 stationed near Lgov in Kursk region"),
            ("for November", "2024-11-01", "2024-11-30", "month", True, "The regiment paid its North Korean contingent 4.6 million rubles"),
            ("in November", "2024-11-01", "2024-11-30", "month", True, "HUR published a list of North Korean military ID cards"),
            ("by 25 December", "2024-12-25", "2024-12-25", "day", True, "The next ledger is due at the Moscow Military District's finance directorate"),
            ("since October", "2024-10-01", "2024-12-10", "open", True, "Seoul and Kyiv have said North Korean troops are embedded in Russian units"),
            ("last month", "2024-11-01", "2024-11-30", "month", True, "NIS told lawmakers some 11,000 North Korean soldiers were distributed among Russian units"),
            ("in 2022", "2022-01-01", "2022-12-31", "year", False, "Kirill Mazur left Russia"),
            ("on Friday", "2024-12-06", "2024-12-06", "day", True, "Defense Ministry's written reply calling the ledger a crude fake"),
            ("on Monday", "2024-12-09", "2024-12-09", "day", True, "Peskov said he had nothing to add on North Korean troops"),
        ],
    },
}
