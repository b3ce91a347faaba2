# dev88_02: NBC News web version of a Nightly News package, published Friday 14 March 2025.
# Row layouts as in spec_01_skynews.py.

UA_SOLD = "Ukrainian soldiers"
NIS = "National Intelligence Service (South Korea)"
ISW = "Institute for the Study of War"
REYES = "Callum Reyes"

DOCS = {
    "dev88_02_nbcnews_kursk_adapting": {
        "figures": [
            ("30 to 40 men", 30, 40, "range", "man", "personnel", 30, "count", UA_SOLD),
            ("at least a dozen North Korean mortar positions", 12, None, "at_least", "mortar position", "units", 12, "count",
             "Sapsan"),
            ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("some 4,000", 4000, None, "approximately", "troop", "casualties", 4000, "count", NIS),
            ("roughly 1,500 reinforcements", 1500, None, "approximately", "reinforcement", "personnel", 1500, "count", NIS),
            ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ISW),
            ("less than 400 square kilometers", 400, None, "less_than", "square kilometer", "territory", 400, "km2", ISW),
        ],
        "attributions": [
            # headline, sub-headline, video block title
            ("North Korean soldiers have ‘learned fast’", "say", "Ukrainian troops leaving Kursk", UA_SOLD, "group", "Ukraine",
             "indirect"),
            ("that the North Koreans who once charged across open fields now fly drones and dig in", "told NBC News",
             "Ukrainian soldiers", UA_SOLD, "group", "Ukraine", "indirect"),
            ("it had retaken the town of Sudzha", "said", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("North Korean troops are adapting on the Kursk front", "say", "Ukrainian soldiers", UA_SOLD, "group", "Ukraine",
             "indirect"),
            # the correspondent's piece to camera, resumed after its tag, with the soldiers' words nested inside
            ("This was Ukraine’s main supply route into Kursk for seven months. Now Russian drones hunt anything that moves on "
             "it,", "Callum Reyes |said| Thursday", "NBC News’ Callum Reyes", REYES, "person", "independent", "direct"),
            ("The soldiers pulling back along it say the North Koreans are a big part of why.", "Callum Reyes |said| Thursday",
             "NBC News’ Callum Reyes", REYES, "person", "independent", "direct"),
            ("the North Koreans are a big part of why", "say", "The soldiers pulling back along it", UA_SOLD, "group", "Ukraine",
             "indirect"),
            ("that its forces had recaptured Sudzha, the largest town Ukraine had held since its surprise incursion last August",
             "said", "Russia’s Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("Kyiv has not confirmed the town’s loss", "has not confirmed", "Kyiv", "Ukraine", "government", "Ukraine",
             "indirect"),
            ("that troops were moving “to more favorable positions.”", "said", "Ukraine’s top commander, Gen. Oleksandr Syrskyi",
             "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
            ("Ukrainian soldiers interviewed by NBC News this week described North Korean infantry who first appeared on the "
             "front in November advancing in columns of 30 to 40 men and taking heavy losses", "described",
             "Ukrainian soldiers interviewed by NBC News", UA_SOLD, "group", "Ukraine", "indirect"),
            ("Since January, they said, the North Koreans had begun flying their own reconnaissance drones and digging in before "
             "they attacked", "said", "they", UA_SOLD, "group", "Ukraine", "indirect"),
            ("At first it was like shooting at a crowd,", "said", "a 31-year-old drone operator with the 61st Mechanized Brigade",
             "Sapsan", "person", "Ukraine", "direct"),
            ("By February they were hiding from our drones better than the Russians do.", "crowd,” |said| a 31-year-old",
             "a 31-year-old drone operator with the 61st Mechanized Brigade", "Sapsan", "person", "Ukraine", "direct"),
            ("his unit alone had destroyed at least a dozen North Korean mortar positions since New Year’s", "said", "He",
             "Sapsan", "person", "Ukraine", "indirect"),
            ("that some 4,000 of them had been killed or wounded, and that Pyongyang had sent roughly 1,500 reinforcements in "
             "January and February", "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation",
             "South Korea", "indirect"),
            ("the area held by Ukraine in Kursk has shrunk from about 1,300 square kilometers at its peak last fall to less than "
             "400 square kilometers", "According to", "the Institute for the Study of War", ISW, "organisation", "independent",
             "according_to"),
            ("The Kremlin has never formally acknowledged the North Korean deployment", "has never formally acknowledged",
             "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("the North Koreans’ progress should worry Seoul as much as Kyiv", "said",
             "Elise Marchetti, a senior fellow at the Center for Strategic and International Studies in Washington",
             "Elise Marchetti", "person", "independent", "indirect"),
            ("Pyongyang is getting something no amount of money can buy: an army that has fought a modern drone war,", "said",
             "she", "Elise Marchetti", "person", "independent", "direct"),
            ("They say if the North Koreans stay, they will keep getting better,", "said", "he", REYES, "person", "independent",
             "direct"),
            ("if the North Koreans stay, they will keep getting better", "say", "They", UA_SOLD, "group", "Ukraine", "indirect"),
            ("And nobody here believes they are leaving.", "he |said|. “And", "he", REYES, "person", "independent", "direct"),
        ],
        "events": [
            ("Thursday", "2025-03-13", "2025-03-13", "day", True,
             "Callum Reyes's report for NBC Nightly News from the road out of Kursk", 1),
            ("Thursday", "2025-03-13", "2025-03-13", "day", True,
             "Russia's Defense Ministry said its forces had recaptured Sudzha", 2),
            ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine's surprise incursion into Kursk"),
            ("Wednesday", "2025-03-12", "2025-03-12", "day", True,
             "Syrskyi said troops were moving to more favorable positions"),
            ("this week", "2025-03-10", "2025-03-16", "week", True, "NBC News interviewed Ukrainian soldiers leaving Kursk"),
            ("in November", "2024-11-01", "2024-11-30", "month", True, "North Korean infantry first appeared on the front"),
            ("Since January", "2025-01-01", "2025-03-14", "open", True,
             "North Koreans flying their own reconnaissance drones and digging in"),
            ("By February", "2025-02-01", "2025-02-28", "month", True,
             "North Koreans hiding from Ukrainian drones better than the Russians (Sapsan)"),
            ("since New Year’s", "2025-01-01", "2025-03-14", "open", True,
             "Sapsan's unit destroyed at least a dozen North Korean mortar positions"),
            ("last fall", "2024-09-01", "2024-11-30", "season", True, "North Korea sent about 11,000 troops to Russia", 1),
            ("last month", "2025-02-01", "2025-02-28", "month", True,
             "NIS told lawmakers some 4,000 North Koreans killed or wounded"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "Pyongyang sent roughly 1,500 reinforcements (NIS)"),
            ("last fall", "2024-09-01", "2024-11-30", "season", True,
             "Ukrainian-held area in Kursk at its peak, about 1,300 square kilometers (ISW)", 2),
        ],
    },
}
