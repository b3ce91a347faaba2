# dev32_01 — Daily Maverick, published 2025-01-14 (Tuesday). Anchor week: Mon 13 - Sun 19 January 2025.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
# "left|span|right" locates span by unique context.
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"
SBU = "Security Service of Ukraine"
HUR = "Defence Intelligence of Ukraine"
PS = "Pieter Steenkamp"

DOCS = {"dev32_01_dailymaverick_kursk_prisoners": {
    "figures": [
        ("3,000 of Kim’s soldiers", 3000, None, "exact", "soldier", "casualties", 3000, "count", "South Korea"),
        ("Two wounded North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("two young men", 2, None, "exact", "man", "casualties", 2, "count", ""),
        ("an estimated 11,000 to 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", ""),
        ("around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("more than 3,800 North Korean soldiers", 3800, None, "more_than", "soldier", "casualties", 3800, "count", ZEL),
        ("more than 1,000", 1000, None, "more_than", "soldier", "casualties", 1000, "count", HUR),
        ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", PS),
        ("dozens of KN-23 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", PS),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "South Korean Defense Ministry"),
        ("roughly R37,000", 37000, None, "approximately", "", "money", 37000, "ZAR", ""),
        ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", ""),
        ("the |two men| over", 2, None, "exact", "man", "casualties", 2, "count", ZEL),
        ("thousands more troops", 1000, None, "vague", "troop", "personnel", 1000, "count", PS),
    ],
    "attributions": [
        ("3,000 of Kim’s soldiers killed or wounded", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("They will not be the last", "warn", "analysts", "analysts", "group", "independent", "indirect"),
        ("Zelensky had announced their capture on 11 January", "announced", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
        ("that the pair were taken alive by paratroopers and special forces in the Kursk region", "saying", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
        ("One of the prisoners told interrogators that he had believed he was being sent on a training exercise, not to a war", "said",
         "the Security Service of Ukraine (SBU)", SBU, "organisation", "Ukraine", "indirect"),
        ("that he had believed he was being sent on a training exercise, not to a war", "told interrogators",
         "One of the prisoners", "North Korean prisoner", "group", "North Korea", "indirect"),
        ("The man, 26, had served as a rifleman since 2021", "added", "it", SBU, "organisation", "Ukraine", "indirect"),
        ("that around 300 North Korean soldiers had been killed and 2,700 wounded", "told lawmakers",
         "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("North Korean troops are being used as expendable assault infantry, without drone or artillery cover,", "told reporters",
         "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "direct"),
        ("that more than 3,800 North Korean soldiers had already been killed or wounded", "claimed", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
        ("that more than 1,000 of them have died", "estimates", "Ukraine’s military intelligence agency, known as HUR", HUR,
         "organisation", "Ukraine", "indirect"),
        ("The capture matters more than the casualty count,", "said", "Pieter Steenkamp", PS, "person", "independent", "direct"),
        ("For the first time, Ukraine has living witnesses who can describe how Pyongyang recruited, trained and shipped these men. "
         "That is a diplomatic weapon as much as a military one.", "count,” |said| Pieter", "Pieter Steenkamp", PS, "person", "independent", "direct"),
        ("that North Korea had also supplied Russia with millions of artillery shells and dozens of KN-23 ballistic missiles since 2023",
         "noted", "Steenkamp", PS, "person", "independent", "indirect"),
        ("that the troop deployment was “the logical next step of a barter economy”", "argued", "Steenkamp", PS, "person", "independent", "indirect"),
        ("that each North Korean soldier in Russia is paid about $2,000 a month, most of which is kept by the state", "estimated",
         "Seoul’s defence ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect"),
        ("that Kyiv was ready to hand the two men over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainian prisoners held in Russia",
         "said", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
        ("There may be other options for those North Korean soldiers who do not wish to return,", "wrote", "he", ZEL, "person", "Ukraine", "direct"),
        ("that South Africa “views with concern any expansion of the conflict beyond its original parties”", "said",
         "International Relations Minister Ronald Lamola", "Ronald Lamola", "person", "South Africa", "indirect"),
        ("Pyongyang to rotate thousands more troops into Kursk in the coming months", "expects", "Steenkamp", PS, "person", "independent", "indirect"),
        ("Kim has learnt that his soldiers are a currency Moscow will pay for,", "said", "he", PS, "person", "independent", "direct"),
    ],
    "events": [
        ("footage |on Sunday| of", "2025-01-12", "2025-01-12", "day", True, "Ukraine's security service released footage of the two captured North Korean soldiers"),
        ("on 11 January", "2025-01-11", "2025-01-11", "day", True, "Zelensky announced the capture of two North Korean soldiers in the Kursk region"),
        ("since last August", "2024-08-01", "2025-01-14", "open", True, "Ukraine has held a salient in the Kursk region"),
        ("in October and November", "2024-10-01", "2024-11-30", "month", True, "Pyongyang sent an estimated 11,000 to 12,000 troops to Russia"),
        ("since 2021", "2021-01-01", "2025-01-14", "open", True, "The 26-year-old prisoner had served as a rifleman (according to the SBU)"),
        ("lawmakers |on Monday| that", "2025-01-13", "2025-01-13", "day", True, "NIS told lawmakers around 300 North Korean soldiers had been killed and 2,700 wounded"),
        ("last week", "2025-01-06", "2025-01-12", "week", True, "Zelensky claimed more than 3,800 North Korean soldiers had been killed or wounded"),
        ("since 2023", "2023-01-01", "2025-01-14", "open", True, "North Korea supplied Russia with millions of artillery shells and dozens of KN-23 missiles"),
        ("prisoners |on Monday|, Kremlin", "2025-01-13", "2025-01-13", "day", True, "Dmitry Peskov declined to comment on the prisoners"),
        ("at the weekend", "2025-01-11", "2025-01-12", "week", True, "Zelensky offered to hand the two prisoners to Kim Jong Un in exchange for Ukrainians held in Russia"),
        ("in November", "2024-11-01", "2024-11-30", "month", True, "Ronald Lamola said South Africa views with concern any expansion of the conflict"),
        ("this week", "2025-01-13", "2025-01-19", "week", True, "DIRCO did not respond to questions sent by Daily Maverick"),
    ],
}}
