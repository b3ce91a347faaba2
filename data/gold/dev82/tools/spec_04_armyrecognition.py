"""dev82_04_armyrecognition_idex: Army Recognition trade-show report. Anchor 2025-02-19 (Wed, manifest)."""
D = "dev82_04_armyrecognition_idex"
HA = "Hanwha Aerospace"
LJW = "Lee Jin-woo"
MND = "Ministry of National Defense (South Korea)"
JMD = "Jean-Marc Delorme"

FIGURES = [
    ("ten countries", 10, None, "exact", "country", "other", 10, "count", HA),
    ("more than 1,300 units", 1300, None, "more_than", "unit", "weapons", 1300, "count", HA),
    ("at least three Gulf states", 3, None, "at_least", "state", "other", 3, "count", LJW),
    ("three rounds", 3, None, "exact", "round", "weapons", 3, "count", LJW),
    ("rockets to |80 km|", 80, None, "exact", "km", "territory", 80, "km", ""),
    ("missile to |290 km|", 290, None, "exact", "km", "territory", 290, "km", ""),
    ("290 launchers", 290, None, "exact", "launcher", "weapons", 290, "count", ""),
    ("more than 200 long-range artillery pieces", 200, None, "more_than", "artillery piece", "weapons", 200, "count", MND),
    ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", MND),
    ("roughly 4,000 of those soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "South Korea"),
    ("3,000 to 4,000 rounds", 3000, 4000, "range", "round", "weapons", 3000, "count", JMD),
    ("1.7 trillion won", 1.7e12, None, "exact", "won", "money", 1.7e12, "KRW", HA),
    ("$1.18 billion", 1.18e9, None, "exact", "", "money", 1.18e9, "USD", HA),
    ("11.2 trillion won", 1.12e13, None, "exact", "won", "money", 1.12e13, "KRW", HA),
    ("AED 1.2 billion", 1.2e9, None, "exact", "", "money", 1.2e9, "AED", "EDGE Group"),
    ("$327 million", 3.27e8, None, "exact", "", "money", 3.27e8, "USD", "EDGE Group"),
    ("50,000 shells", 50000, None, "exact", "shell", "weapons", 50000, "count", "EDGE Group"),
]

ATTRIBUTIONS = [
    ("that Middle Eastern interest has grown sharply since North Korean artillery appeared on the Russian side of the war in Ukraine",
     "telling", "company officials", "Hanwha Aerospace officials", "group", "independent", "indirect"),
    ("The K9 is now in service or on order with ten countries, including Poland, Norway, Australia and Egypt, and more than 1,300 units have been delivered worldwide",
     "according to", "Hanwha", HA, "organisation", "independent", "according_to"),
    ("that delegations from at least three Gulf states had asked for detailed briefings on how the K9 would perform against the kind of massed artillery Russia has used in Kursk",
     "told Army Recognition", "Lee Jin-woo", LJW, "person", "independent", "indirect"),
    ("After Kursk, every customer asks the same questions: how many rounds can you fire, and how fast can you move,",
     '," Lee |said|. "', "Lee", LJW, "person", "independent", "direct"),
    ("The K9 fires three rounds in 15 seconds and is gone in 60 seconds. That is what keeps a crew alive.",
     '," Lee |said|. "', "Lee", LJW, "person", "independent", "direct"),
    ("North Korea has sent more than 200 long-range artillery pieces to Russia, including Koksan 170mm self-propelled guns and M1991 240mm rocket launchers, along with about 11,000 troops who were deployed to the Kursk region last autumn",
     "According to", "the South Korean Ministry of National Defense", MND, "organisation", "South Korea", "according_to"),
    ("that roughly 4,000 of those soldiers have since been killed or wounded", "estimates", "Seoul", "South Korea",
     "government", "South Korea", "indirect"),
    ('the fighting in Kursk had shown that "mass still matters."', "said", "Jean-Marc Delorme", JMD, "person",
     "independent", "indirect"),
    ("that Russian and North Korean units had at times fired 3,000 to 4,000 rounds a day at the Ukrainian salient in January, while Ukrainian units were rationing shells",
     "told Army Recognition", "He", JMD, "person", "independent", "indirect"),
    ("that its operating profit for 2024 had more than doubled to 1.7 trillion won ($1.18 billion) on revenue of 11.2 trillion won, driven mainly by exports of land systems",
     "reported", "Hanwha Aerospace", HA, "organisation", "independent", "indirect"),
    ("that its subsidiary LAHAB had won an AED 1.2 billion ($327 million) contract to supply 155mm artillery shells to the UAE Armed Forces",
     "announced", "EDGE Group", "EDGE Group", "organisation", "independent", "indirect"),
    ("a new production line at Al Ain would begin turning out 50,000 shells a year in 2026", "said", "The company",
     "EDGE Group", "organisation", "independent", "indirect"),
]

EVENTS = [
    ("from February 17 to 21", "2025-02-17", "2025-02-21", "day", True, "IDEX 2025 defense exhibition held in Abu Dhabi"),
    ("on Tuesday", "2025-02-18", "2025-02-18", "day", True,
     "Lee Jin-woo told Army Recognition delegations from at least three Gulf states asked for K9 briefings"),
    ("last autumn", "2024-09-01", "2024-11-30", "season", True, "About 11,000 North Korean troops deployed to the Kursk region"),
    ("in January", "2025-01-01", "2025-01-31", "month", True,
     "Russian and North Korean units fired 3,000 to 4,000 rounds a day at the Ukrainian salient"),
    ("last week", "2025-02-10", "2025-02-16", "week", True, "Hanwha Aerospace reported its 2024 operating profit had more than doubled"),
    ("for 2024", "2024-01-01", "2024-12-31", "year", False,
     "Hanwha Aerospace operating profit 1.7 trillion won on revenue of 11.2 trillion won"),
    ("on Monday", "2025-02-17", "2025-02-17", "day", True, "EDGE Group announced LAHAB's AED 1.2 billion 155mm shell contract"),
    ("in 2026", "2026-01-01", "2026-12-31", "year", False, "EDGE's new Al Ain line to begin producing 50,000 shells a year"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
