# dev61_02_1843_apprentices -- The Economist, 1843 magazine. Manifest date EMPTY; anchor from the page's
# date line "Jun 26th 2025|7 min read" -> 2025-06-26 (Thursday).
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
CHO = "Cho Min-jae"
COL = "South Korean army colonel"

DOCS = {"dev61_02_1843_apprentices": {
    "figures": [
        ("about 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
        ("4,000", 4000, None, "exact", "troop", "casualties", 4000, "count", HUR),
        ("dozens of men", 24, None, "vague", "man", "personnel", 24, "count", ""),
        ("some 2,000 North Korean drone operators", 2000, None, "approximately", "drone operator", "personnel", 2000, "count", CHO),
        ("at least 30", 30, None, "at_least", "drone operator", "personnel", 30, "count", CHO),
        ("more than 1m barrels", 1000000, None, "more_than", "barrel", "other", 1000000, "count", "Nambuk Analytics"),
        ("as much as $20bn", 20000000000, None, "at_most", "", "money", 20000000000, "USD", "Nambuk Analytics"),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
    ],
    "attributions": [
        ("The clip was filmed near Sudzha in March", "according to", "the Russian military blogger who first posted it",
         "Russian military blogger", "media", "Russia", "according_to"),
        ("He is better at this than most of my own operators,", "said", "the colonel", COL, "group", "South Korea", "direct"),
        ("about 11,000 came in the first wave", "reckons", "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("it counted 4,000 of them killed or wounded in the first three months alone", "says",
         "Ukraine’s military intelligence agency, HUR", HUR, "organisation", "Ukraine", "indirect"),
        ("they had been withdrawn to lick their wounds", "assumed", "Ukrainian officers", "Ukrainian officers", "group", "Ukraine", "indirect"),
        ("that the last Ukrainian units had been driven out of Kursk", "told", "Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("that its soldiers had been there at all", "admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("heroes", "praised", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "direct"),
        ("They adapted in about six weeks,", "says", "Cho Min-jae", CHO, "person", "independent", "direct"),
        ("The North Koreans stopped bunching, began carrying their own jammers and by February were flying first-person-view (FPV) drones themselves",
         "says", "he", CHO, "person", "independent", "indirect"),
        ("Russia taught them. Russia had to, because it needed them.", "says", "he", CHO, "person", "independent", "direct"),
        ("that some 2,000 North Korean drone operators have now been trained in Russia, and that at least 30 have gone home to instruct others",
         "estimates", "Mr Cho", CHO, "person", "independent", "indirect"),
        ("Since the two countries signed a mutual-defence treaty in June 2024, Russia has shipped Pyongyang more than 1m barrels of oil, air-defence systems and cash worth as much as $20bn",
         "according to", "Nambuk Analytics", "Nambuk Analytics", "organisation", "independent", "according_to"),
        ("Mr Kim wanted the lessons more", "think", "officials in Seoul", "South Korean officials", "group", "South Korea", "indirect"),
        ("that North Korea would send 1,000 deminers and 5,000 military builders to Kursk, to clear mines and rebuild what the fighting had destroyed",
         "announced", "Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("This was never only about Kursk,", "told me", "the colonel", COL, "group", "South Korea", "direct"),
        ("It was a rehearsal. The question is, for what?", "told me", "the colonel", COL, "group", "South Korea", "direct"),
    ],
    "events": [
        ("in March", "2025-03-01", "2025-03-31", "month", True, "Video of a North Korean drone operator filmed near Sudzha"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korea's first troops reached Kursk"),
        ("In January", "2025-01-01", "2025-01-31", "month", True, "North Korean troops vanished from the front for nearly a month"),
        ("By April 26th", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin the last Ukrainian units had been driven out of Kursk"),
        ("Two days later", "2025-04-28", "2025-04-28", "day", True, "Pyongyang admitted for the first time that its soldiers had fought in Kursk; Kim Jong Un praised them"),
        ("by February", "2025-02-01", "2025-02-28", "month", True, "North Korean soldiers were flying FPV drones themselves"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "North Korea and Russia signed a mutual-defence treaty"),
        ("On June 17th", "2025-06-17", "2025-06-17", "day", True, "Shoigu flew to Pyongyang and announced 1,000 deminers and 5,000 military builders for Kursk"),
    ],
}}
