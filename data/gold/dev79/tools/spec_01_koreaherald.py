"""dev79_01_koreaherald_gallup: The Korea Herald, Gallup Korea weekly release. Anchor 2024-11-15 (Fri)."""
NIS = "National Intelligence Service (South Korea)"
GK = "Gallup Korea"
YOON = "Yoon Suk Yeol"
R = "respondents"

DOCS = {"dev79_01_koreaherald_gallup": {
    # (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
    "figures": [
        ("over 11,000", 11000, None, "more_than", "troop", "personnel", 11000, "count", NIS),
        ("thousands of troops", 1000, None, "vague", "troop", "personnel", 1000, "count", GK),
        ("more than 11,000 North Korean soldiers", 11000, None, "more_than", "soldier", "personnel", 11000, "count", NIS),
        ("about 1,500 special forces troops", 1500, None, "approximately", "troop", "personnel", 1500, "count", NIS),
        ("some 13,000 containers", 13000, None, "approximately", "container", "weapons", 13000, "count", NIS),
        ("roughly 600 square kilometers", 600, None, "approximately", "square kilometer", "territory", 600, "km2", ""),
        ("$2.3 billion", 2.3e9, None, "exact", "", "money", 2.3e9, "USD", ""),
        ("139.5 billion won", 139.5e9, None, "exact", "won", "money", 139.5e9, "KRW", ""),
        ("$100 million", 1e8, None, "exact", "", "money", 1e8, "USD", ""),
    ],
    # (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
    "attributions": [
        ("66% oppose sending arms to Ukraine", "shows", "poll", GK, "organisation", "independent", "indirect"),
        ("NIS puts N. Korean troops in Russia at over 11,000", "puts", "NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Two in three South Koreans oppose sending weapons to Ukraine even after North Korea dispatched thousands of troops to fight for Russia",
         "showed", "a Gallup Korea poll", GK, "organisation", "independent", "indirect"),
        ("Seoul should not supply weapons to Kyiv", "said", "66 percent of respondents", R, "group", "independent", "indirect"),
        ("aid should be limited to nonlethal items such as medical supplies and demining equipment", "said", "16 percent", R, "group", "independent", "indirect"),
        ('that Seoul would "not exclude the possibility" of providing weapons, depending on the level of North Korean involvement in the war',
         "said", "President Yoon Suk Yeol", YOON, "person", "South Korea", "indirect"),
        ("We will consider the supply of weapons in phases, depending on how far North Korea goes,", "told reporters", "Yoon", YOON, "person", "South Korea", "direct"),
        ("We do not rule anything out.", "told reporters", "Yoon", YOON, "person", "South Korea", "direct"),
        ("that the government is weighing sending 155 mm artillery shells first, possibly through a third country",
         "reported", "Local media", "local media", "media", "independent", "indirect"),
        ("that more than 11,000 North Korean soldiers had been deployed to Russia and that some had already been sent into combat in the Kursk region",
         "told lawmakers", "The National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("about 1,500 special forces troops had been shipped to Vladivostok aboard Russian navy vessels",
         "said", "it", NIS, "organisation", "South Korea", "indirect"),
        ("that Pyongyang had shipped some 13,000 containers of artillery shells, missiles and other munitions to Russia since August last year",
         "estimated", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("North Korea's military cooperation with Russia posed a threat to South Korea's security",
         "said", "Seventy-four percent of respondents", R, "group", "independent", "indirect"),
        ("People see the North Korean deployment as a real threat, but they are wary of being dragged into a war that is being fought far from the peninsula,",
         "said", "Heo Seung-min", "Heo Seung-min", "person", "independent", "direct"),
        ("that respondents in their 60s and older were the only age group in which support for lethal aid topped 20 percent",
         "noted", "She", "Heo Seung-min", "person", "independent", "indirect"),
        ('the poll would not alter the government\'s "phased response" to the deployment',
         "said", "An official at the presidential office", "South Korean presidential office official", "group", "South Korea", "indirect"),
        ("that no decision on lethal aid had been made", "adding", "An official at the presidential office",
         "South Korean presidential office official", "group", "South Korea", "indirect"),
    ],
    # (span, date_start, date_end, granularity, relative, event[, occurrence])
    "events": [
        ("on Nov. 7", "2024-11-07", "2024-11-07", "day", True, "Yoon spoke at a press conference at the presidential office (photo caption)", 1),
        ("Friday", "2024-11-15", "2024-11-15", "day", True, "Gallup Korea poll released: two in three oppose sending weapons to Ukraine"),
        ("from Tuesday to Thursday", "2024-11-12", "2024-11-14", "day", True, "Gallup Korea survey of 1,001 adults conducted"),
        ("on Nov. 7", "2024-11-07", "2024-11-07", "day", True, "Yoon said Seoul would not exclude providing weapons to Ukraine", 2),
        ("on Wednesday", "2024-11-13", "2024-11-13", "day", True, "NIS told lawmakers more than 11,000 North Korean soldiers had been deployed to Russia"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "NIS first detected the deployment; about 1,500 special forces shipped to Vladivostok"),
        ("since August last year", "2023-08-01", "2024-11-15", "open", True, "Pyongyang shipped some 13,000 containers of munitions to Russia"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukraine launched its cross-border offensive into Kursk"),
        ("in June", "2024-06-01", "2024-06-30", "month", True, "Earlier Gallup Korea survey (58% saw a threat), after Kim and Putin signed a defense treaty"),
        ("this year", "2024-01-01", "2024-12-31", "year", True, "139.5 billion won ($100 million) humanitarian aid for Ukraine earmarked"),
        ("last week", "2024-11-04", "2024-11-10", "week", True, "Yoon's approval rating at a record-low 17 percent"),
    ],
}}
