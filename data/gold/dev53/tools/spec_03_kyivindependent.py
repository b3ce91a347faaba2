"""dev53_03: The Kyiv Independent, Ukraine war latest, 13 January 2025 (Monday).  Row formats as in spec_01."""
D = "dev53_03_kyivindependent_pows"
ZEL = "Volodymyr Zelensky"
GS = "General Staff of the Armed Forces of Ukraine"
KH = "Alexander Khinshtein"
POW = "captured North Korean soldier"
SBU = "Security Service of Ukraine"
MOD = "Russian Defense Ministry"
B47 = "47th Separate Mechanized Brigade"

DOCS = {D: {
"figures": [
    ("for |12,000 residents| of border", 12000, None, "exact", "resident", "other", 12000, "count", KH),
    ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
    ("two men", 2, None, "exact", "man", "casualties", 2, "count", SBU),
    ("about 3,800 North Korean soldiers", 3800, None, "approximately", "soldier", "casualties", 3800, "count", ZEL),
    ("around 11,000", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ZEL),
    ("about four kilometers", 4, None, "approximately", "kilometer", "territory", 4, "km", MOD),
    ("up to 150 men", 150, None, "at_most", "man", "casualties", 150, "count", B47),
    ("that |12,000 residents| of the oblast", 12000, None, "exact", "resident", "other", 12000, "count", KH),
    ("up to 4 million rubles", 4000000, None, "at_most", "ruble", "money", 4000000, "RUB", KH),
    ("$39,000", 39000, None, "exact", "", "money", 39000, "USD", KH),
    ("813,750 troops", 813750, None, "exact", "troop", "casualties", 813750, "count", GS),
    ("1,580 casualties", 1580, None, "exact", "casualty", "casualties", 1580, "count", ""),
],
"attributions": [
    ("Zelensky offers to swap captured North Korean soldiers", "offers", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
    ("Russia claims |capture of Makhnovka|\nby", "claims", "Russia", "Russia", "government", "Russia", "indirect"),
    ("Ukraine ready to hand captured North Korean soldiers to Kim Jong Un in exchange for Ukrainian POWs", "says", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
    ('he was told he was going to Russia for "training,"', "says", "Captured soldier", POW, "group", "North Korea", "indirect"),
    ("capture of Makhnovka in Kursk Oblast", "claims", "Russia", "Russia", "government", "Russia", "indirect"),
    ("fighting continues", "says", "General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("Kursk governor promises housing certificates for 12,000 residents of border districts", "promises", "Kursk governor", KH, "person", "Russia", "indirect"),
    ("Ukraine is ready to hand over two North Korean soldiers captured in Kursk Oblast to Kim Jong Un if Pyongyang can arrange their exchange for Ukrainians held in Russian captivity",
     "said", "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
    ("There should be no illusions: these are soldiers of a foreign army who came to kill Ukrainians for Russian money,", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
    ("But each of them can also become a way to bring our people home.", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
    ("the two men, a 20-year-old rifleman and a 26-year-old sniper, were captured on Jan. 9 and Jan. 10 by Ukrainian special forces and paratroopers and taken to Kyiv, where they are being questioned with the help of interpreters provided by South Korea's National Intelligence Service",
     "According to", "Ukraine's Security Service (SBU)", SBU, "organisation", "Ukraine", "according_to"),
    ('he had been told he was being sent to Russia for "training" and only realized he would be fighting Ukrainians after arriving in Kursk',
     "said", "one of the soldiers", POW, "group", "North Korea", "indirect"),
    ('his unit had lost "many" men in December and that he had not been allowed to contact his family', "said", "He", POW, "group", "North Korea", "indirect"),
    ("that about 3,800 North Korean soldiers had been killed or wounded since they entered combat in December, out of a contingent he put at around 11,000",
     "said", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
    ('that its troops had "liberated" the village of Makhnovka, near the Kursk Oblast town of Sudzha, and pushed Ukrainian forces back by about four kilometers',
     "claimed", "Russia's Defense Ministry", MOD, "organisation", "Russia", "indirect"),
    ("Ukrainian units were still holding positions on the village's southern outskirts", "said", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("that North Korean infantry had resumed mass assaults after a two-week lull, losing up to 150 men in a single day near Cherkasskaya Konopelka",
     "wrote", "The 47th Separate Mechanized Brigade", B47, "organisation", "Ukraine", "indirect"),
    ("that 12,000 residents of the oblast's border districts would receive housing certificates worth up to 4 million rubles ($39,000) each by March 1",
     "said", "Kursk Oblast Governor Alexander Khinshtein", KH, "person", "Russia", "indirect"),
    ("Russia has lost 813,750 troops in Ukraine since Feb. 24, 2022", "reported", "the General Staff of Ukraine's Armed Forces", GS, "organisation", "Ukraine", "indirect"),
],
"events": [
    ("on Jan. 9, 2025", "2025-01-09", "2025-01-09", "day", False, "Zelensky at a press conference in Kyiv (photo caption)"),
    ("on Jan. 12", "2025-01-12", "2025-01-12", "day", True, "Zelensky said Ukraine is ready to hand over two captured North Korean soldiers in exchange for Ukrainian POWs"),
    ("on Jan. 9 and Jan. 10", "2025-01-09", "2025-01-10", "day", True, "Two North Korean soldiers captured by Ukrainian special forces and paratroopers"),
    ("SBU |on Jan. 13|,", "2025-01-13", "2025-01-13", "day", True, "SBU released a video of a captured North Korean soldier"),
    ("men |in December| and", "2024-12-01", "2024-12-31", "month", True, "The captured soldier's unit lost 'many' men"),
    ("combat |in December|,", "2024-12-01", "2024-12-31", "month", True, "North Korean soldiers entered combat"),
    ("claimed |on Jan. 13| that", "2025-01-13", "2025-01-13", "day", True, "Russian Defense Ministry claimed capture of Makhnovka"),
    ("on Jan. 11", "2025-01-11", "2025-01-11", "day", True, "47th Brigade wrote that North Korean infantry resumed mass assaults, losing up to 150 men in a day"),
    ("by March 1", "2025-03-01", "2025-03-01", "day", True, "Deadline for housing certificates to 12,000 Kursk border residents (Khinshtein)"),
    ("since Feb. 24, 2022", "2022-02-24", "2025-01-13", "open", True, "Russia lost 813,750 troops since the start of the full-scale invasion"),
    ("reported |on Jan. 13|.", "2025-01-13", "2025-01-13", "day", True, "General Staff of Ukraine reported Russian losses"),
],
}}
