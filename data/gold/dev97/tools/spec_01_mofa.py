"""dev97_01: Japan MOFA, press conference by the Press Secretary (Q&A). Anchor 2024-11-27 (Wed).

Rows: (pattern, ...) where pattern is an exact substring, "left|span|right" for context, and an
optional trailing occurrence number.  See build_gold.py.
Figures:      (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker)
Attributions: (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind)
Events:       (pattern, date_start, date_end, granularity, relative, event)
"""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"

DOCS = {"dev97_01_mofa_japan_briefing": {
    "figures": [
        ("3 million US dollars", 3e6, None, "exact", "US dollar", "money", 3e6, "USD", ""),
        ("approximately 460 million yen", 460e6, None, "approximately", "yen", "money", 460e6, "JPY", ""),
        ("some 150,000 people", 150000, None, "approximately", "person", "other", 150000, "count", ""),
        ("more than 10,000 North Korean soldiers", 10000, None, "more_than", "soldier", "personnel", 10000, "count", NIS),
        ("reach |15,000| by December", 15000, None, "exact", "soldier", "personnel", 15000, "count", HUR),
        ("some 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", "South Korea"),
        ("around 10,000", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pentagon"),
        ("11 individuals", 11, None, "exact", "individual", "other", 11, "count", ""),
        ("four entities", 4, None, "exact", "entity", "other", 4, "count", ""),
        ("eight other countries", 8, None, "exact", "country", "other", 8, "count", ""),
        ("around 50 self-propelled howitzers", 50, None, "approximately", "self-propelled howitzer", "weapons", 50, "count", ""),
        ("20 multiple rocket launchers", 20, None, "exact", "multiple rocket launcher", "weapons", 20, "count", ""),
    ],
    "attributions": [
        ("that more than 10,000 North Korean soldiers had been deployed to Russia and that some of them had already entered combat in the Kursk region",
         "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("the number could reach 15,000 by December",
         "says", "Ukraine's Defence Intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("that some 11,000 North Korean soldiers are now in Russia",
         "assessed", "the ROK government", "South Korea", "government", "South Korea", "indirect"),
        ("that around 10,000 of them had moved to the Kursk region",
         "stated", "the U.S. Department of Defense", "Pentagon", "organisation", "United States", "indirect"),
        ("Japan strongly condemns the deployment, which would directly contribute to Russia's aggression against Ukraine, as well as the transfer of ballistic missiles and munitions from North Korea to Russia",
         "condemns", "Japan", "Japan", "government", "Japan", "indirect"),
        ("The G7 Foreign Ministers also condemned it in the strongest terms in their joint statement in Fiuggi, Italy, yesterday",
         "condemned", "The G7 Foreign Ministers", "G7 Foreign Ministers", "organisation", "G7", "indirect"),
        ('as "|fake news,|"', "dismissed", "Pyongyang", "North Korea", "government", "North Korea", "direct"),
        ('that cooperation between the two countries was "nobody\'s business."',
         "said", "Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova", "person", "Russia", "indirect"),
    ],
    "events": [
        ("on November 26", "2024-11-26", "2024-11-26", "day", True,
         "Japan decided to extend US$3 million Emergency Grant Aid for winterization in Ukraine"),
        ("since March", "2024-03-01", "2024-11-27", "open", True,
         "Russian attacks destroyed roughly half of Ukraine's power generation capacity"),
        ("from December 3 to 5", "2024-12-03", "2024-12-05", "day", True,
         "Latvian State Secretary Karlis Ozolins visits Japan"),
        ("last Wednesday", "2024-11-20", "2024-11-20", "day", True,
         "South Korea's NIS told lawmakers more than 10,000 North Korean soldiers had been deployed to Russia, some in combat in Kursk"),
        ("by December", "2024-12-01", "2024-12-31", "month", True,
         "North Korean troops in Russia could reach 15,000 (Ukraine's Defence Intelligence)"),
        ("on Monday", "2024-11-25", "2024-11-25", "day", True,
         "U.S. Department of Defense stated around 10,000 North Korean soldiers had moved to Kursk"),
        ("yesterday", "2024-11-26", "2024-11-26", "day", True,
         "G7 Foreign Ministers condemned the deployment in their Fiuggi joint statement"),
        ("last week", "2024-11-18", "2024-11-24", "week", True,
         "Maria Zakharova said Russia-North Korea cooperation was 'nobody's business'"),
        ("in September", "2024-09-01", "2024-09-30", "month", True,
         "Japan's most recent asset freezes over North Korea-Russia arms transfers"),
        ("in October", "2024-10-01", "2024-10-31", "month", True,
         "Multilateral Sanctions Monitoring Team launched by Japan, the ROK, the US and eight other countries"),
        ("next July", "2025-07-01", "2025-07-31", "month", True,
         "Italy hosts the Ukraine Recovery Conference"),
    ],
}}
