"""dev76_05_globeandmail_sudzha: The Globe and Mail, updated article with editor's note. Anchor 2025-03-14 (Friday).

Row formats as in spec_01_reuters.py.
"""
GS = "General Staff of the Armed Forces of Ukraine"
SYR = "Oleksandr Syrskyi"
WI = "Western intelligence"
PUT = "Vladimir Putin"
JOLY = "Mélanie Joly"
BRO = "Alexandra Brodeur"
NIS = "National Intelligence Service (South Korea)"
LEAD = ("Ukrainian forces have pulled back from most of the Russian town of Sudzha, the largest settlement they held in "
        "the Kursk region, after a week-long assault in which North Korean infantry fought alongside Russian paratroopers")

DOCS = {
    "dev76_05_globeandmail_sudzha": {
        "figures": [
            ("12 nearby villages", 12, None, "exact", "village", "territory", 12, "count", "Russian Defense Ministry"),
            ("about 70,000 troops", 70000, None, "approximately", "troop", "personnel", 70000, "count", SYR),
            ("some 3,000 North Korean reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", SYR),
            ("about 400 square kilometres", 400, None, "approximately", "square kilometre", "territory", 400, "km2", WI),
            ("roughly 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", WI),
            ("less than 100 square kilometres", 100, None, "less_than", "square kilometre", "territory", 100, "km2", "Ukrainian officer"),
            ("more than $19-billion", 19000000000, None, "more_than", "", "money", 19000000000, "CAD", ""),
            ("$4.5-billion", 4500000000, None, "exact", "", "money", 4500000000, "CAD", ""),
            ("14 North Korean entities", 14, None, "exact", "entity", "other", 14, "count", "Global Affairs Canada"),
            ("about US$500-million", 500000000, None, "approximately", "", "money", 500000000, "USD", NIS),
            ("two or three brigades", 2, 3, "range", "brigade", "units", 2, "count", BRO),
        ],
        "attributions": [
            (LEAD, "say", "Ukrainian officers and Western officials", "Ukrainian officers", "group", "Ukraine", "indirect"),
            (LEAD, "say", "Ukrainian officers and Western officials", "Western officials", "group", "West", "indirect"),
            ("that its troops had recaptured Sudzha and 12 nearby villages", "said", "Russia’s Defence Ministry",
             "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("Ukraine’s General Staff did not confirm the loss of the town", "did not confirm", "Ukraine’s General Staff",
             GS, "organisation", "Ukraine", "indirect"),
            ("its units were “manoeuvring to more advantageous positions.”", "said", "Ukraine’s General Staff",
             GS, "organisation", "Ukraine", "indirect"),
            ("The situation is difficult, but there is no threat of encirclement,", "wrote",
             "Ukraine’s commander-in-chief, General Oleksandr Syrskyi", SYR, "person", "Ukraine", "direct"),
            ("Russia had concentrated about 70,000 troops on the Kursk axis, including some 3,000 North Korean reinforcements sent since January",
             "said", "He", SYR, "person", "Ukraine", "indirect"),
            ("Ukraine held about 400 square kilometres of Kursk territory on March 1, down from roughly 1,300 square kilometres last August",
             "According to", "a Western intelligence assessment seen by The Globe and Mail", WI, "group", "West", "according_to"),
            ("By Thursday, the pocket had shrunk to less than 100 square kilometres", "told", "a Ukrainian officer in the area",
             "Ukrainian officer", "group", "Ukraine", "indirect"),
            ("the North Koreans had changed their tactics since their first assaults", "said",
             "A Ukrainian drone-unit commander near Sudzha", "Hrim", "person", "Ukraine", "indirect"),
            ("In December they walked at us in columns. Now they come in small groups, they dig in fast and they shoot at our drones,",
             "told", "he", "Hrim", "person", "Ukraine", "direct"),
            ("that he supported the idea of a 30-day ceasefire proposed by Washington, but that “there are questions that we need to discuss.”",
             "Wednesday, |said| on Thursday", "Russian President Vladimir Putin", PUT, "person", "Russia", "indirect"),
            ("Ukrainian soldiers left in Kursk faced “either surrender or death.”", "said", "He", PUT, "person", "Russia", "indirect"),
            ("Canada would soon announce new sanctions on North Korean and Russian entities", "said",
             "Foreign Affairs Minister Mélanie Joly", JOLY, "person", "Canada", "indirect"),
            ("Moscow of “importing soldiers from a dictatorship to fight a war it cannot win on its own.”", "accused",
             "Foreign Affairs Minister Mélanie Joly", JOLY, "person", "Canada", "indirect"),
            ("Ottawa sanctioned 14 North Korean entities in December over the arms transfers", "according to",
             "Global Affairs Canada", "Global Affairs Canada", "organisation", "Canada", "according_to"),
            ("that Pyongyang had been promised about US$500-million a year for the deployment, as well as Russian help with satellites and submarines",
             "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("North Korea’s troops were the difference in Sudzha,", "said", "Alexandra Brodeur", BRO, "person", "independent", "direct"),
            ("Without them, Russia would have had to pull two or three brigades out of the Donbas, and it simply didn’t want to.",
             "said", "Alexandra Brodeur", BRO, "person", "independent", "direct"),
        ],
        "events": [
            ("on March 11", "2025-03-11", "2025-03-11", "day", True,
             "Ukrainian servicemen ride an armoured vehicle near the Russian border in Sumy (photo caption)"),
            ("said |on Thursday| that its troops", "2025-03-13", "2025-03-13", "day", True,
             "Russia's Defence Ministry said its troops had recaptured Sudzha and 12 nearby villages"),
            ("on Wednesday evening", "2025-03-12", "2025-03-12", "day", True,
             "Syrskyi wrote on Telegram that there was no threat of encirclement"),
            ("since January", "2025-01-01", "2025-03-14", "open", True,
             "Some 3,000 North Korean reinforcements sent to the Kursk axis"),
            ("on March 1", "2025-03-01", "2025-03-01", "day", True,
             "Ukraine held about 400 sq km of Kursk territory, per a Western intelligence assessment"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine held roughly 1,300 sq km of Kursk territory"),
            ("By Thursday", "2025-03-13", "2025-03-13", "day", True,
             "The Ukrainian pocket in Kursk had shrunk to less than 100 sq km"),
            ("In December", "2024-12-01", "2024-12-31", "month", True,
             "North Korean troops attacked Ukrainian positions in columns"),
            ("fatigues |on Wednesday|,", "2025-03-12", "2025-03-12", "day", True,
             "Putin visited a command post in the Kursk region in military fatigues"),
            ("said |on Thursday| that he", "2025-03-13", "2025-03-13", "day", True,
             "Putin said he supported the idea of a 30-day ceasefire but had questions"),
            ("since February, 2022", "2022-02-01", "2025-03-14", "open", True,
             "Canada committed more than $19-billion in assistance to Ukraine"),
            ("entities |in December| over", "2024-12-01", "2024-12-31", "month", True,
             "Ottawa sanctioned 14 North Korean entities over arms transfers"),
            ("last month", "2025-02-01", "2025-02-28", "month", True,
             "NIS told lawmakers Pyongyang had been promised about US$500-million a year for the deployment"),
        ],
    },
}
