# dev38_06 — TRT World. The manifest gives NO published date for this page; its text prints the date
# line "18 Jun 2025", which is taken as the anchor: 2025-06-18 (Wednesday).
# Anchor week: 2025-06-16..2025-06-22; last week 2025-06-09..2025-06-15.
# Furniture (byline, date line, caption with credit, "Source:", Related links, newsletter prompt)
# carries no rows. Crossheads ("Kyiv condemns 'co-aggressor'", "Ankara urges diplomacy") are
# sub-headlines and count like sentences.
D = "dev38_06_trtworld_deminers_builders"
SHO = ("Sergei Shoigu", "person", "Russia")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
TYK = ("Heorhii Tykhyi", "person", "Ukraine")
ARS = ("Mehmet Arslan", "person", "independent")
FID = ("Hakan Fidan", "person", "Turkey")
BUD = ("Kyrylo Budanov", "person", "Ukraine")

DOCS = {D: {
    "figures": [
        ("6,000 troops", 6000, None, "exact", "troop", "personnel", 6000, "count", "Sergei Shoigu"),
        # subhead "his second visit ... in as many weeks": ordinal and duration
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel",
         5000, "count", "Sergei Shoigu"),
        ("tens of thousands of mines", 10000, None, "vague", "mine", "weapons", 10000, "count", "Russian officials"),
        ("some 1,200 square kilometres", 1200, None, "approximately", "square kilometre", "territory", 1200, "km2",
         "Russian officials"),
        ("at least 100 billion roubles", 100000000000, None, "at_least", "rouble", "money", 100000000000, "RUB",
         "Alexander Khinshtein"),
        ("$1.3 billion", 1300000000, None, "exact", "", "money", 1300000000, "USD", "Alexander Khinshtein"),
        ("around 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count",
         "South Korea"),
        ("at least 600 North Korean soldiers", 600, None, "at_least", "soldier", "casualties", 600, "count",
         "National Intelligence Service (South Korea)"),
        ("3,000 to 5,000 troops", 3000, 5000, "range", "troop", "personnel", 3000, "count",
         "National Intelligence Service (South Korea)"),
        ("about 40 percent", 40, None, "approximately", "percent", "weapons", 40, "count", "Kyrylo Budanov"),
        # "170mm", "240mm": calibres in weapon designations; "Resolution 2397": a name; "within 24 months": a duration
        ("$50 million to $70 million", 50000000, 70000000, "range", "", "money", 50000000, "USD", "Mehmet Arslan"),
        # "a third round", "a sixth day", "a third rotation": ordinals; "The two previous rounds": anaphoric, not counted
        ("more than 1,000 prisoners", 1000, None, "more_than", "prisoner", "casualties", 1000, "count", ""),
    ],
    "attributions": [
        ("North Korea to send 6,000 troops to demine and rebuild Russia's Kursk", "says", "Shoigu", *SHO, "indirect"),
        ("Russia's Security Council secretary announced the deployment after talks with Kim Jong Un in Pyongyang",
         "announced", "Russia's Security Council secretary", *SHO, "indirect"),
        ("North Korea will send 1,000 sappers to clear mines and 5,000 military construction workers to rebuild "
         "infrastructure in Russia's Kursk region", "has said", "Russian Security Council Secretary Sergei Shoigu",
         *SHO, "indirect"),
        ("that the decision was \"a manifestation of brotherly help\" from the Korean people and that the troops would "
         "work alongside Russian army engineers", "told", "Shoigu", *SHO, "indirect"),
        # "He did not say when the deployment would begin." -> no statement
        ("that Kim had pledged \"unconditional support\" for Russia's efforts to defend its sovereignty", "reported",
         "North Korea's state news agency KCNA", "KCNA", "media", "North Korea", "indirect"),
        ("Kim had pledged \"unconditional support\" for Russia's efforts to defend its sovereignty", "pledged", "Kim",
         "Kim Jong Un", "person", "North Korea", "indirect"),
        ("the first North Korean units were expected to arrive next month", "said", "A Russian regional official",
         "Russian regional official", "group", "Russia", "indirect"),
        ("retreating Ukrainian forces left behind tens of thousands of mines across some 1,200 square kilometres of the "
         "Kursk region", "say", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
        ("that rebuilding the border districts would cost at least 100 billion roubles ($1.3 billion)", "said",
         "Kursk Governor Alexander Khinshtein", "Alexander Khinshtein", "person", "Russia", "indirect"),
        ("Pyongyang began sending troops to Russia in October 2024 and has deployed around 15,000 soldiers in all",
         "according to", "South Korean estimates", "South Korea", "government", "South Korea", "according_to"),
        ("that at least 600 North Korean soldiers had died in combat and that the North was preparing a third rotation "
         "of 3,000 to 5,000 troops", "estimated", "Seoul's spy agency", *NIS, "indirect"),
        ("that the North's role goes beyond manpower", "argued", "Ukrainian officials", "Ukrainian officials", "group",
         "Ukraine", "indirect"),
        ("that North Korean shells accounted for \"about 40 percent\" of the ammunition Russia fires in Ukraine, and "
         "that Pyongyang had also delivered 170mm Koksan self-propelled guns and 240mm multiple rocket launchers",
         "said", "Kyiv's military intelligence chief, Kyrylo Budanov", *BUD, "indirect"),
        # "He did not give figures for the number of systems delivered." -> no statement
        ("Kyiv condemns 'co-aggressor'", "condemns", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("the new deployment showed that Pyongyang remained \"a co-aggressor\" in the war", "said",
         "Ukraine's Foreign Ministry spokesman Heorhii Tykhyi", *TYK, "indirect"),
        ("called on partners to respond with \"more sanctions, not more patience.\"", "called on", "Heorhii Tykhyi",
         *TYK, "indirect"),
        # "North Korea's mission to the United Nations did not immediately respond" -> no statement
        ("the engineers are soldiers, not migrant labourers", "says", "Russia", "Russia", "government", "Russia",
         "indirect"),
        ("For Pyongyang, this is a way to keep earning from the war even if the guns fall silent,", "said",
         "Mehmet Arslan", *ARS, "direct"),
        ("that the construction workers alone could bring the North \"$50 million to $70 million a year\" in hard "
         "currency", "estimated", "He", *ARS, "indirect"),
        ("Ankara urges diplomacy", "urges", "Ankara", "Turkey", "government", "Turkey", "indirect"),
        ("any step that prolonged the war was \"not helpful\"", "said", "Türkiye's Foreign Minister Hakan Fidan", *FID,
         "indirect"),
        ("reiterated Ankara's offer to host a third round of direct Russia-Ukraine talks in Istanbul", "reiterated",
         "Türkiye's Foreign Minister Hakan Fidan", *FID, "indirect"),
        ("it was ready to mediate between them", "saying", "the Kremlin", "Kremlin", "government", "Russia",
         "indirect"),
    ],
    "events": [
        ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu held talks with Kim Jong Un in Pyongyang and announced the deployment"),
        ("next month", "2025-07-01", "2025-07-31", "month", True,
         "First North Korean engineer units expected to arrive in Kursk"),
        ("last week", "2025-06-09", "2025-06-15", "week", True,
         "Khinshtein said rebuilding Kursk's border districts would cost at least 100 billion roubles"),
        ("in October 2024", "2024-10-01", "2024-10-31", "month", False,
         "Pyongyang began sending troops to Russia"),
        ("in late April", "2025-04-21", "2025-04-30", "month", True,
         "NIS estimated at least 600 North Korean soldiers had died in combat"),
        ("in May", "2025-05-01", "2025-05-31", "month", True,
         "Budanov said North Korean shells made up about 40 percent of Russia's ammunition"),
        ("in December 2017", "2017-12-01", "2017-12-31", "month", False, "UN Security Council Resolution 2397 adopted"),
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "Russia vetoed the renewal of the UN panel monitoring sanctions on North Korea"),
        ("on Wednesday", "2025-06-18", "2025-06-18", "day", True,
         "Hakan Fidan's news conference in Ankara"),
        ("on May 16", "2025-05-16", "2025-05-16", "day", True, "First round of Russia-Ukraine talks in Istanbul"),
        ("on June 2", "2025-06-02", "2025-06-02", "day", True, "Second round of Russia-Ukraine talks in Istanbul"),
    ],
}}
