"""dev83_02_rnz_prisoners: RNZ (New Zealand). Manifest `published` is EMPTY: the anchor is taken from
the page's own date line `4:58 pm on 14 January 2025` -> 2025-01-14 (Tuesday).

Row formats: see spec_01_abc.py.
"""
D = "dev83_02_rnz_prisoners"
PETERS = ("Winston Peters", "person", "New Zealand")
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
TAIT = ("Rowan Tait", "person", "independent")

DOCS = {D: {
    "figures": [
        ("the capture of |two North Korean soldiers| on the Kursk front", 2, None, "exact", "soldier", "casualties", 2, "count", "Winston Peters"),
        ("thousands of kilometres", 1000, None, "vague", "kilometre", "territory", 1000, "km", "Winston Peters"),
        ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count",
         "National Intelligence Service (South Korea)"),
        ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", "National Intelligence Service (South Korea)"),
        ("at least one soldier", 1, None, "at_least", "soldier", "casualties", 1, "count", "National Intelligence Service (South Korea)"),
        ("more than 3,800 North Korean soldiers", 3800, None, "more_than", "soldier", "casualties", 3800, "count", "Volodymyr Zelensky"),
        ("two prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", "Volodymyr Zelensky"),
        ("more than 1,600 sanctions", 1600, None, "more_than", "sanction", "other", 1600, "count", ""),
        ("four North Korean generals", 4, None, "exact", "general", "personnel", 4, "count", ""),
        ("About 100 New Zealand Defence Force personnel", 100, None, "approximately", "personnel", "personnel", 100, "count", ""),
        ("more than $130 million", 130000000, None, "more_than", "", "money", 130000000, "NZD", ""),
        ("two of its soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Rowan Tait"),
        ("up to 5,000 soldiers", 5000, None, "at_most", "soldier", "personnel", 5000, "count", "Rowan Tait"),
    ],
    "attributions": [
        ("Captured North Korean soldiers a 'wake-up call' for the Pacific", "says", "Peters", *PETERS, "indirect"),
        ("the capture of two North Korean soldiers on the Kursk front shows the war in Ukraine is \"no longer a European affair\" and New Zealand must treat it as a threat to its own neighbourhood",
         "says", "Foreign Minister Winston Peters", *PETERS, "indirect"),
        ("that his forces had taken the pair prisoner in Russia's Kursk region", "announced",
         "Ukrainian President Volodymyr Zelenskyy", *ZEL, "indirect"),
        ("Wellington had \"no illusions\" about who had sent the soldiers or why", "said", "Peters", *PETERS, "indirect"),
        ("These are young men sent by one dictator to fight and die for another, thousands of kilometres from home,",
         "home,\" he |said|.", "he", *PETERS, "direct"),
        ("What happens on the Kursk front is now tied to the missiles Pyongyang fires into the Sea of Japan.",
         "home,\" he |said|.", "he", *PETERS, "direct"),
        ("that about 300 North Korean soldiers had been killed and 2,700 wounded since they were first sent into battle in December",
         "told", "South Korea's National Intelligence Service (NIS)", *NIS, "indirect"),
        ("the troops were being used in \"human wave\" attacks with little cover from Russian artillery or drones, and that at least one soldier had killed himself rather than be taken prisoner",
         "said", "The spy agency", *NIS, "indirect"),
        ("Kyiv puts the toll far higher", "puts", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that more than 3,800 North Korean soldiers had been killed or wounded in the Kursk region", "said", "Zelenskyy", *ZEL, "indirect"),
        ("North Korea has not publicly acknowledged sending troops", "has not publicly acknowledged", "North Korea",
         "North Korea", "government", "North Korea", "indirect"),
        ("Moscow has neither confirmed nor denied their presence", "neither confirmed nor denied", "Moscow",
         "Russia", "government", "Russia", "indirect"),
        ("he was prepared to hand the two prisoners over to North Korean leader Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held captive in Russia",
         "said", "Zelenskyy", *ZEL, "indirect"),
        ("the prisoners offered a rare window into the world's most secretive military", "said",
         "Victoria University of Wellington strategic studies lecturer Dr Rowan Tait", *TAIT, "indirect"),
        ("For seventy years we've had to guess how the Korean People's Army actually fights,", "fights,\" he |said|.", "he", *TAIT, "direct"),
        ("Now two of its soldiers are sitting in a Ukrainian cell, answering questions.", "fights,\" he |said|.", "he", *TAIT, "direct"),
        ("Pyongyang to send replacements rather than pull out", "expected", "Tait", *TAIT, "indirect"),
        ("a second rotation of up to 5,000 soldiers could arrive within weeks", "said", "Tait", *TAIT, "indirect"),
    ],
    "events": [
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "Zelenskyy announced Ukrainian forces had captured two North Korean soldiers in Kursk"),
        ("on Monday", "2025-01-13", "2025-01-13", "day", True,
         "NIS told lawmakers about 300 North Korean soldiers killed and 2,700 wounded"),
        ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean troops first sent into battle"),
        ("last week", "2025-01-06", "2025-01-12", "week", True,
         "Zelenskyy said more than 3,800 North Korean soldiers had been killed or wounded in Kursk"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "Zelenskyy offered to hand the two prisoners to Kim Jong Un in exchange for Ukrainians held in Russia"),
        ("in March 2022", "2022-03-01", "2022-03-31", "month", False, "New Zealand's Russia Sanctions Act passed"),
        ("last month", "2024-12-01", "2024-12-31", "month", True,
         "New Zealand extended Russia sanctions to four North Korean generals and a Pyongyang shipping company"),
        ("until the end of June", "2025-01-14", "2025-06-30", "open", True,
         "NZDF training deployment in the United Kingdom extended"),
        ("since 2022", "2022-01-01", "2025-01-14", "open", True,
         "New Zealand committed more than $130 million in support to Ukraine"),
    ],
}}
