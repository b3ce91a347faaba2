"""dev93_03: Kyiv Independent Telegram channel (web preview), Sudzha and North Korean troops. Anchor 2025-03-14 (Fri).
Row layout as in spec_01_reuters.py."""
SYR = "Oleksandr Syrskyi"
YUS = "Andrii Yusov"
GS = "General Staff of the Armed Forces of Ukraine"
BUD = "Kyrylo Budanov"
ZEL = "Volodymyr Zelensky"
MOD = "Russian Defense Ministry"

DOCS = {"dev93_03_kyivindependent_sudzha_telegram": {
    "figures": [
        ("some 60,000 troops", 60000, None, "approximately", "troop", "personnel", 60000, "count", SYR),
        ("five to seven", 5, 7, "range", "soldier", "personnel", 5, "count", YUS),
        ("between 8,000 and 9,000 North Korean troops", 8000, 9000, "range", "troop", "personnel", 8000, "count", YUS),
        ("tens of thousands of Russian and North Korean troops", 10000, None, "vague", "troop", "personnel", 10000, "count", ZEL),
        # the corrected (retracted) figure, in the outlet's own voice
        ("about 200 square kilometers", 200, None, "approximately", "square kilometer", "territory", 200, "km2", ""),
        ("closer to 400 square kilometers", 400, None, "approximately", "square kilometer", "territory", 400, "km2", GS),
        ("about 150 KN-23 and KN-24 ballistic missiles", 150, None, "approximately", "ballistic missile", "weapons", 150, "count", BUD),
        ("over 4 million artillery shells", 4000000, None, "more_than", "artillery shell", "weapons", 4000000, "count", BUD),
        ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", BUD),
        ("up to 2,000 North Korean reinforcements", 2000, None, "at_most", "reinforcement", "personnel", 2000, "count", "Reuters"),
    ],
    "attributions": [
        ("Ukrainian troops in Kursk Oblast are pulling back to “more favorable lines” where necessary",
         "says", "Syrskyi", SYR, "person", "Ukraine", "indirect"),
        ("that the priority was “saving the lives of our soldiers.”",
         "said", "Commander-in-Chief Oleksandr Syrskyi", SYR, "person", "Ukraine", "indirect"),
        ("Russia has concentrated some 60,000 troops around the Ukrainian-held part of Kursk Oblast, including North Korean units",
         "According to", "Syrskyi", SYR, "person", "Ukraine", "according_to"),
        ("North Korean soldiers are leading assaults toward Sudzha in groups of five to seven, using tactics learned from Russian instructors over the winter",
         "told the Kyiv Independent", "HUR spokesperson Andrii Yusov", YUS, "person", "Ukraine", "indirect"),
        ("that between 8,000 and 9,000 North Korean troops remain in Kursk Oblast after heavy losses in January",
         "estimated", "Yusov", YUS, "person", "Ukraine", "indirect"),
        ("They have learned to use drones and to disperse,", "said", "he", YUS, "person", "Ukraine", "direct"),
        ("Their first assaults were a massacre. Now they adapt.", "said", "he", YUS, "person", "Ukraine", "direct"),
        ("its forces have retaken Sudzha, the largest town Ukraine held in Kursk Oblast",
         "claims", "Russia's Defense Ministry", MOD, "organisation", "Russia", "indirect"),
        ("North Korean units took part in the assault",
         "said", "The ministry", MOD, "organisation", "Russia", "indirect"),
        ("showed North Korean soldiers raising a flag over the town's administration building",
         "said", "they", "Russian war bloggers", "group", "Russia", "indirect"),
        ("Ukraine's General Staff has not confirmed the loss of the town",
         "has not confirmed", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("The situation in Kursk is very difficult. I thank every soldier who holds positions there.",
         "said", "Zelensky", ZEL, "person", "Ukraine", "direct"),
        ("that the operation had tied down tens of thousands of Russian and North Korean troops who would otherwise be fighting in Donetsk Oblast",
         "added", "He", ZEL, "person", "Ukraine", "indirect"),
        ("the figure is closer to 400 square kilometers",
         "According to", "the General Staff", GS, "organisation", "Ukraine", "according_to"),
        ("North Korea has shipped Russia about 150 KN-23 and KN-24 ballistic missiles and over 4 million artillery shells since 2023",
         "told the Kyiv Independent", "military intelligence chief Kyrylo Budanov", BUD, "person", "Ukraine", "indirect"),
        ("In return, Pyongyang earns hundreds of millions of dollars a year",
         "said", "Budanov", BUD, "person", "Ukraine", "indirect"),
        ("that the deal “keeps the regime afloat.”",
         "adding", "Budanov", BUD, "person", "Ukraine", "indirect"),
        ("that up to 2,000 North Korean reinforcements arrived in Kursk Oblast in February to replace losses",
         "reported", "Reuters", "Reuters", "media", "independent", "indirect"),
        ("sending troops", "denied", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ],
    "events": [
        ("on March 12", "2025-03-12", "2025-03-12", "day", True,
         "Syrskyi said the priority was saving soldiers' lives as troops pulled back in Kursk Oblast"),
        ("over the winter", "2024-12-01", "2025-02-28", "season", True,
         "North Korean soldiers learned assault tactics from Russian instructors"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "North Korean troops suffered heavy losses in Kursk Oblast"),
        ("on Thursday", "2025-03-13", "2025-03-13", "day", True,
         "Zelensky's evening address on the difficult situation in Kursk"),
        ("since 2023", "2023-01-01", "2025-03-14", "open", True,
         "North Korea shipped Russia about 150 KN-23/KN-24 missiles and over 4 million artillery shells"),
        ("on Friday", "2025-03-14", "2025-03-14", "day", True,
         "Budanov told the Kyiv Independent about North Korean missile and shell shipments"),
        ("on March 13", "2025-03-13", "2025-03-13", "day", True,
         "Reuters reported up to 2,000 North Korean reinforcements had arrived in Kursk Oblast"),
        ("in February", "2025-02-01", "2025-02-28", "month", True,
         "Up to 2,000 North Korean reinforcements arrived in Kursk Oblast to replace losses"),
    ],
}}
