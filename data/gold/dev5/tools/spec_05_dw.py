# dev5_05_dw_shoigu_sappers -- Deutsche Welle, published 2025-06-18 (Wednesday)
# Row formats: see spec_01_cnn.py.
# Not annotated (page furniture): section lines, date line "06/18/2025June 18, 2025", short link
# (p.dw.com/p/4xK2L), photo caption "... in Pyongyang on TuesdayImage: KCNA/REUTERS", "Advertisement",
# intertitles, "Related topics" box, author initials and wire credit, "Edited by", the "Explore more"
# teaser (with "North Korea confirmed on Monday that ..." and "04/28/2025April 28, 2025"), footer.
# The headline carries a source tag ("Shoigu:") and is annotated like any sentence; its cue is the source tag with its colon.

D = "dev5_05_dw_shoigu_sappers"
NIS = "National Intelligence Service (South Korea)"
SS = "Sergei Shoigu"
HI = "Hanseong Institute for Defense Policy"
AK = "Alexander Khinshtein"

DOCS = {D: {
    "figures": [
        ("6,000 builders", 6000, None, "exact", "builder", "personnel", 6000, "count", SS),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SS),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SS),
        ("thousands of military engineers", 1000, None, "vague", "military engineer", "personnel", 1000, "count", SS),
        ("a thousand sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SS),
        ("five thousand military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SS),
        ("about 1,200 square kilometers", 1200, None, "approximately", "square kilometer", "territory", 1200, "km2", AK),
        ("up to 30 kilometers", 30, None, "at_most", "kilometer", "territory", 30, "km", AK),
        ("as much as 28 trillion won", 28e12, None, "at_most", "won", "money", 28e12, "KRW", HI),
        ("about $20 billion", 20e9, None, "approximately", "", "money", 20e9, "USD", HI),
        ("between $700 and $1,000", 700, 1000, "range", "", "money", 700, "USD", "analysts"),
    ],
    "attributions": [
        ("North Korea to send 6,000 builders and deminers to Kursk", "Ukraine\n|Shoigu:| North Korea",
         "Shoigu", SS, "person", "Russia", "indirect"),
        ("Pyongyang will dispatch 1,000 sappers and 5,000 military builders to the war-torn border region", "says",
         "Russian Security Council chief Sergei Shoigu", SS, "person", "Russia", "indirect"),
        ("the deal is paying for the North's weapons programs", "fears",
         "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("North Korea will send thousands of military engineers and deminers to Russia's Kursk region to clear mines and rebuild infrastructure destroyed during Ukraine's months-long incursion",
         "announced", "a senior Russian official", SS, "person", "Russia", "indirect"),
        ("Kim Jong Un has decided to send a thousand sappers to clear the mines and five thousand military builders to restore the destroyed infrastructure,",
         "told Russian state media", "Shoigu", SS, "person", "Russia", "direct"),
        ("fraternal assistance.", "describing",
         "Shoigu", SS, "person", "Russia", "direct"),
        ("Pyongyang only acknowledged the deployment in April", "acknowledged",
         "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("about 1,200 square kilometers of the region remain contaminated with mines and unexploded ordnance, in a belt extending up to 30 kilometers from the border",
         "According to", "Kursk's acting governor, Alexander Khinshtein", AK, "person", "Russia", "according_to"),
        ("that any dispatch of North Korean laborers would violate UN Security Council sanctions adopted in 2017 that ban the North from earning money from workers abroad",
         "said", "the office of President Lee Jae-myung", "South Korean presidential office", "government", "South Korea", "indirect"),
        # nested: Kwon (outer) reports what the NIS believes (inner)
        ("that the National Intelligence Service believed Pyongyang could also deploy additional combat troops in July or August",
         "told reporters", "Kwon Tae-ho", "Kwon Tae-ho", "person", "South Korea", "indirect"),
        ("Pyongyang could also deploy additional combat troops in July or August", "believed",
         "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("another breach of international law", "called",
         "Germany's Foreign Office", "German Foreign Office", "organisation", "Germany", "direct"),
        ("that North Korea may have earned as much as 28 trillion won (about $20 billion) from arms sales and troop deployments to Russia since 2023",
         "estimated", "A report by the Seoul-based Hanseong Institute for Defense Policy", HI, "organisation", "independent", "indirect"),
        ("that each North Korean laborer sent abroad earns the regime between $700 and $1,000 a month", "estimate",
         "Analysts", "analysts", "group", "independent", "indirect"),
        ("that the North's economy grew 3.1% in 2023, its fastest pace in seven years, partly thanks to arms sales to Russia",
         "estimated", "The Bank of Korea", "Bank of Korea", "organisation", "South Korea", "indirect"),
        ("This is the next phase of the relationship: from cannon fodder to construction crews,", "said",
         "Jana Brenneke", "Jana Brenneke", "person", "independent", "direct"),
        ("Russia gets labor it badly needs, and North Korea gets hard currency it cannot earn anywhere else,", "added",
         "she", "Jana Brenneke", "person", "independent", "direct"),
    ],
    "events": [
        ("announced |on Tuesday|.", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu announced North Korea will send military engineers and deminers to Kursk"),
        ("since March", "2025-03-01", "2025-06-18", "open", True,
         "Shoigu's visits to North Korea (his third since March)"),
        ("last October", "2024-10-01", "2024-10-31", "month", True,
         "North Korean troops first arrived in Russia"),
        ("this spring", "2025-03-01", "2025-05-31", "season", True,
         "North Korean troops helped Russian forces push Ukrainian units out of Kursk"),
        ("deployment |in April|.", "2025-04-01", "2025-04-30", "month", True,
         "Pyongyang acknowledged the deployment of troops to Russia"),
        ("earlier this month", "2025-06-01", "2025-06-17", "month", True,
         "Lee Jae-myung took office as South Korea's president"),
        ("on Wednesday", "2025-06-18", "2025-06-18", "day", True,
         "Lee's office said dispatching North Korean laborers would violate UN sanctions"),
        ("in 2017", "2017-01-01", "2017-12-31", "year", False,
         "UN Security Council adopted sanctions banning North Korea from earning money from workers abroad"),
        ("in July or August", "2025-07-01", "2025-08-31", "month", True,
         "Pyongyang could deploy additional combat troops (NIS assessment)"),
        ("estimated |in April| that", "2025-04-01", "2025-04-30", "month", True,
         "Hanseong Institute report estimated North Korea's earnings from Russia"),
        ("since 2023", "2023-01-01", "2025-06-18", "open", True,
         "North Korea earned up to 28 trillion won from arms sales and troop deployments to Russia"),
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "The Bank of Korea estimated North Korea's 2023 economic growth"),
        ("in 2023", "2023-01-01", "2023-12-31", "year", False,
         "North Korea's economy grew 3.1%"),
    ],
}}
