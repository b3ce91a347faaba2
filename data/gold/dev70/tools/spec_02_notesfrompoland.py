"""dev70_02_notesfrompoland_captives: Notes from Poland, published 2025-01-15 (Wednesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
"""
SIK = "Radosław Sikorski"
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
KK = "Władysław Kosiniak-Kamysz"
HUR = "Defence Intelligence of Ukraine"
KEP = "Marta Kępińska"
OC = "Operational Command of the Polish Armed Forces"

DOCS = {
    "dev70_02_notesfrompoland_captives": {
        "figures": [
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", SIK, 1),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL, 2),
            ("hand the |two men| over", 2, None, "exact", "man", "casualties", 2, "count", ZEL),
            ("around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("2.4 billion zloty", 2400000000, None, "exact", "zloty", "money", 2400000000, "PLN", KK),
            ("€560 million", 560000000, None, "exact", "", "money", 560000000, "EUR", KK),
            ("up to 150,000 155mm shells", 150000, None, "at_most", "shell", "weapons", 150000, "count", KK),
            ("millions of shells", 1000000, None, "vague", "shell", "weapons", 1000000, "count", HUR),
            ("around 500 square kilometres", 500, None, "approximately", "square kilometre", "territory", 500, "km2", KEP),
            ("roughly 1,300", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", KEP),
            ("almost a million Ukrainian refugees", 1000000, None, "approximately", "refugee", "other", 1000000, "count", ""),
            ("992,000 people", 992000, None, "exact", "person", "other", 992000, "count", "UNHCR"),
            ("Four F-16 fighters", 4, None, "exact", "fighter", "weapons", 4, "count", OC),
        ],
        "attributions": [
            ("Captured North Korean soldiers show Russia is “outsourcing” its war", "says",
             "Polish foreign minister", SIK, "person", "Poland", "indirect"),
            ("that the capture of two North Korean soldiers in Russia’s Kursk region “tears away the last fig leaf” from Moscow’s war",
             "said", "Poland’s foreign minister", SIK, "person", "Poland", "indirect"),
            ("that his troops had captured two North Korean soldiers, one aged 20 and the other 26", "announced",
             "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Kyiv was ready to hand the two men over to Kim Jong Un if Pyongyang could arrange an exchange for Ukrainians held in Russia",
             "said", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Kim Jong Un is selling his young men, and Vladimir Putin is buying them because Russians no longer want to die for him,",
             "told journalists", "Foreign Minister Radosław Sikorski", SIK, "person", "Poland", "direct"),
            ("This is not what strength looks like.", "told journalists",
             "Foreign Minister Radosław Sikorski", SIK, "person", "Poland", "direct"),
            ("that around 300 North Korean soldiers had been killed and 2,700 wounded in Kursk, and that memos found on the dead showed Pyongyang had ordered its troops to kill themselves rather than be taken prisoner",
             "said", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that the state-owned arms group PGZ would receive 2.4 billion zloty (€560 million) to build capacity for up to 150,000 155mm shells a year within two years",
             "said", "Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz", KK, "person", "Poland", "indirect"),
            ("North Korea, by contrast, has shipped Russia millions of shells since the summer of 2023", "according to",
             "Ukraine’s military intelligence agency (HUR)", HUR, "organisation", "Ukraine", "according_to"),
            ("If Moscow learns it can rent soldiers from Pyongyang, the arithmetic of any future war on NATO’s eastern flank changes,",
             "told", "Marta Kępińska", KEP, "person", "independent", "direct"),
            ("that Ukrainian forces still hold around 500 square kilometres of Russian territory in Kursk, down from roughly 1,300 at the peak of the incursion",
             "estimates", "She", KEP, "person", "independent", "indirect"),
            ("the North Korean units will be thrown into a new Russian push “before the spring thaw”", "believes",
             "She", KEP, "person", "independent", "indirect"),
            ("992,000 people from Ukraine held temporary protection in Poland in December", "According to",
             "UNHCR", "UNHCR", "organisation", "UN", "according_to"),
            ("the number to rise if Russian strikes on Ukraine’s power grid continue", "expect",
             "officials in Warsaw", "Polish officials", "group", "Poland", "indirect"),
            ("Four F-16 fighters and a tanker aircraft were sent up, and ground-based air defence systems reached the highest state of readiness,",
             "wrote", "the Operational Command of the Polish Armed Forces", OC, "organisation", "Poland", "direct"),
        ],
        "events": [
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced the capture of two North Korean soldiers in Kursk"),
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky released a video of the captured soldiers' interrogation"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine seized ground in Russia's Kursk region"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "Sikorski told journalists in Warsaw that Kim is selling his young men"),
            ("The same day", "2025-01-13", "2025-01-13", "day", True,
             "South Korea's NIS said around 300 North Korean soldiers killed and 2,700 wounded in Kursk"),
            ("last week", "2025-01-06", "2025-01-12", "week", True,
             "Kosiniak-Kamysz said PGZ would receive 2.4 billion zloty for shell capacity"),
            ("since the summer of 2023", "2023-06-01", "2025-01-15", "open", True,
             "North Korea shipped Russia millions of shells (HUR)"),
            ("since February 2022", "2022-02-01", "2025-01-15", "open", True,
             "Poland took in almost a million Ukrainian refugees"),
            ("Poland |in December|, and", "2024-12-01", "2024-12-31", "month", True,
             "992,000 people from Ukraine held temporary protection in Poland (UNHCR)"),
            ("on Wednesday morning", "2025-01-15", "2025-01-15", "day", True,
             "Polish military scrambled aircraft during a Russian missile and drone attack on Ukraine"),
        ],
    },
}
