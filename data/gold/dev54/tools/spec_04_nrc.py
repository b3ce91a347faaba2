# dev54_04_nrc_admission -- NRC (English), published 2025-04-29 (Tuesday).
# Anchor week: Mon 2025-04-28 .. Sun 2025-05-04; "last week" = 2025-04-21 .. 2025-04-27.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

GER = "Valery Gerasimov"
MIVD = "Defence Intelligence and Security Service (Netherlands)"
KCNA = "Korean Central News Agency"
BRE = "Ruben Brekelmans"
VDL = "Joris van der Laan"

DOCS = {
    "dev54_04_nrc_admission": {
        "figures": [
            ("more than 76,000 soldiers", 76000, None, "more_than", "soldier", "casualties", 76000, "count", GER),
            ("some 14,000 soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", MIVD),
            ("roughly 4,000 to 4,700", 4000, 4700, "range", "soldier", "casualties", 4000, "count", MIVD),
            ("€3.5 billion", 3500000000, None, "exact", "", "money", 3500000000, "EUR", "Netherlands"),
            ("€500 million", 500000000, None, "exact", "", "money", 500000000, "EUR", "Netherlands"),
            ("about 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", ""),
            ("a few dozen square kilometres", 24, None, "vague", "square kilometre", "territory", 24, "km2", ""),
        ],
        "attributions": [
            # headline: two governments speaking for different sides -> one row each
            ("what everyone knew: North Korean soldiers fought in Kursk", "admit", "Moscow", "Russia", "government",
             "Russia", "indirect"),
            ("what everyone knew: North Korean soldiers fought in Kursk", "admit", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            # standfirst: two sources, different sides
            ("Russia’s chief of staff and the North Korean state media confirmed the deployment within days of each other",
             "confirmed", "Russia’s chief of staff", GER, "person", "Russia", "indirect"),
            ("Russia’s chief of staff and the North Korean state media confirmed the deployment within days of each other",
             "confirmed", "the North Korean state media", KCNA, "media", "North Korea", "indirect"),
            ("that almost a third of the contingent has been killed or wounded", "estimates",
             "Dutch military intelligence", MIVD, "organisation", "Netherlands", "indirect"),
            ("that the region had been ‘completely liberated’ and that Ukraine had lost more than 76,000 soldiers there",
             "announced", "he", GER, "person", "Russia", "indirect"),
            ("praised the ‘heroism’ of the North Korean units that had fought ‘shoulder to shoulder’ with Russian troops",
             "praised", "he", GER, "person", "Russia", "indirect"),
            ("the troops had been sent on the personal order of Kim Jong-un, under the mutual defence treaty signed with Moscow last June",
             "a |statement| from", "the Central Military Commission of the Workers’ Party",
             "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
            ("Our Korean friends acted out of a sense of solidarity, justice and genuine comradeship,", "Putin |said| in",
             "Putin", "Vladimir Putin", "person", "Russia", "direct"),
            ("We will never forget this.", "Putin |said| in", "Putin", "Vladimir Putin", "person", "Russia", "direct"),
            ("Pyongyang has sent some 14,000 soldiers to Russia since October, of whom roughly 4,000 to 4,700 were killed or wounded",
             "According to", "the Dutch Military Intelligence and Security Service (MIVD)", MIVD, "organisation",
             "Netherlands", "according_to"),
            ("That is almost a third of the contingent, in less than six months of fighting,", "told", "an MIVD analyst",
             "MIVD analyst", "group", "Netherlands", "direct"),
            ("the admission changed little for the Netherlands", "said", "Defence Minister Ruben Brekelmans", BRE,
             "person", "Netherlands", "indirect"),
            ("We knew this from the start. What matters is what Pyongyang gets in return: oil, money and perhaps missile technology,",
             "wrote", "he", BRE, "person", "Netherlands", "direct"),
            ("that it will make €3.5 billion available for military support to Ukraine in 2025, including €500 million for drones",
             "confirmed", "The cabinet", "Netherlands", "government", "Netherlands", "indirect"),
            ("that the Russian reconquest came at a price", "points out", "Russia specialist Joris van der Laan", VDL,
             "person", "independent", "indirect"),
            ("Without the North Koreans, that would have taken Russia much longer,", "says", "Van der Laan", VDL,
             "person", "independent", "direct"),
            ("They were the shock troops.", "Laan |says|.", "Van der Laan", VDL, "person", "independent", "direct"),
            ("Now they admit it,", "said", "foreign ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person",
             "Ukraine", "direct"),
            ("that Ukraine had presented the first evidence of North Korean troops ‘already in October 2024.’", "noting",
             "foreign ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
            ("to hold positions in the Kursk and Belgorod regions", "claims", "Ukraine", "Ukraine", "government",
             "Ukraine", "indirect"),
            ("which Moscow denies", "denies", "Moscow", "Russia", "government", "Russia", "indirect"),
        ],
        "events": [
            ("Putin |on Saturday|.", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov during a video link with Putin (photo)"),
            ("On Saturday", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov announced Kursk liberated and praised the North Korean units"),
            ("On Monday", "2025-04-28", "2025-04-28", "day", True,
             "KCNA published the Central Military Commission statement confirming the deployment"),
            ("last June", "2024-06-01", "2024-06-30", "month", True,
             "North Korea and Russia signed the mutual defence treaty"),
            ("on Monday evening", "2025-04-28", "2025-04-28", "day", True,
             "Kremlin published Putin's statement thanking the North Korean troops"),
            ("report in The Hague |last week|,", "2025-04-21", "2025-04-27", "week", True,
             "MIVD presented its annual report in The Hague"),
            ("since October", "2024-10-01", "2025-04-29", "open", True,
             "Pyongyang has sent some 14,000 soldiers to Russia"),
            ("confirmed |last week| that", "2025-04-21", "2025-04-27", "week", True,
             "Dutch cabinet confirmed €3.5 billion for military support to Ukraine"),
            ("in 2025", "2025-01-01", "2025-12-31", "year", False,
             "Dutch military support to Ukraine worth €3.5 billion"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False,
             "Ukraine took about 1,300 square kilometres of the Kursk region"),
            ("by March", "2025-03-01", "2025-03-31", "month", True,
             "After the fall of Sudzha only a few dozen square kilometres remained in Ukrainian hands"),
            ("said |on Monday|,", "2025-04-28", "2025-04-28", "day", True,
             "Tykhyi reacted to the admission of the North Korean deployment"),
            ("in October 2024", "2024-10-01", "2024-10-31", "month", False,
             "Ukraine presented the first evidence of North Korean troops"),
        ],
    },
}
