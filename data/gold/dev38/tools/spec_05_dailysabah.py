# dev38_05 — Daily Sabah, published 2024-10-29 (Tuesday). Anchor week: 2024-10-28..2024-11-03.
# Furniture (byline, dateline/timestamp, caption with credit, "SOURCE", newsletter box, Related
# Articles, address/phone line) carries no rows. The crosshead "Ankara calls for restraint" is a
# sub-headline and counts like a sentence.
# Turkey is written "Türkiye" by the outlet; canonical names and affiliations use "Turkey".
D = "dev38_05_dailysabah_nato_turkiye"
RUT = ("Mark Rutte", "person", "NATO")
TFM = ("Turkish Foreign Ministry", "organisation", "Turkey")
TUR = ("Turkey", "government", "Turkey")
YIL = ("Serkan Yıldırım", "person", "independent")

DOCS = {D: {
    "figures": [
        ("more than 600,000 casualties", 600000, None, "more_than", "casualty", "casualties", 600000, "count",
         "Mark Rutte"),
        ("around 10,000 North Korean soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count",
         "Sabrina Singh"),
        ("more than 6,000 kilometers", 6000, None, "more_than", "kilometer", "territory", 6000, "km", ""),
        ("some 3,000 men", 3000, None, "approximately", "man", "personnel", 3000, "count",
         "Defence Intelligence of Ukraine"),
        ("up to 12,000 troops", 12000, None, "at_most", "troop", "personnel", 12000, "count", "South Korea"),
        ("another 2,000", 2000, None, "exact", "troop", "personnel", 2000, "count", "South Korea"),
        ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count",
         "Defense Intelligence Agency (South Korea)"),
        ("some 1.2 billion liras", 1200000000, None, "approximately", "lira", "money", 1200000000, "TRY",
         "Turkish Foreign Ministry"),
        ("around $35 million", 35000000, None, "approximately", "", "money", 35000000, "USD",
         "Turkish Foreign Ministry"),
        ("hundreds of Iranian-made drones", 100, None, "vague", "drone", "weapons", 100, "count", "Serkan Yıldırım"),
        # "Bayraktar TB2": a model name; "several prisoner exchanges": 'several' is not counted
    ],
    "attributions": [
        ("North Korean troops deployed to Russia's Kursk region", "confirms", "NATO", "NATO", "organisation", "NATO",
         "indirect"),
        ("significant escalation", "calls", "Alliance chief Rutte", *RUT, "direct", 1),
        ("Türkiye urges restraint", "urges", "Türkiye", *TUR, "indirect"),
        ("it is following developments 'with concern'", "says", "Türkiye", *TUR, "indirect"),
        ("that North Korean troops had been sent to Russia and that North Korean military units had been deployed to "
         "the Kursk region", "said", "NATO Secretary-General Mark Rutte", *RUT, "indirect"),
        ("significant escalation", "calling", "NATO Secretary-General Mark Rutte", *RUT, "direct", 2),
        ("the deployment was also \"a sign of Russia's growing desperation,\"", "said", "Rutte", *RUT, "indirect"),
        ("that Moscow had suffered more than 600,000 casualties since it launched its full-scale invasion in February "
         "2022", "noting", "Rutte", *RUT, "indirect"),
        ("that around 10,000 North Korean soldiers had been sent to train in eastern Russia, and that some of them had "
         "moved closer to Ukraine \"over the past several days.\"", "told reporters",
         "Pentagon spokeswoman Sabrina Singh", "Sabrina Singh", "person", "United States", "indirect"),
        ("the first North Korean units, some 3,000 men in all, reached the Kursk region on Oct. 23 and 24", "said",
         "Ukraine's Defense Intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("that Pyongyang has committed up to 12,000 troops in total, with another 2,000 expected by December",
         "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("that Seoul could consider supplying weapons to Ukraine \"in phases,\" depending on the level of North Korean "
         "involvement", "said", "South Korean President Yoon Suk Yeol's office", "South Korean presidential office",
         "organisation", "South Korea", "indirect"),
        ("Pyongyang has already shipped more than 13,000 containers of munitions to Russia since August 2023", "said",
         "South Korea's Defense Intelligence Agency", "Defense Intelligence Agency (South Korea)", "organisation",
         "South Korea", "indirect"),
        ("that any such deployment \"would be an act in line with the regulations of international law.\"", "said",
         "North Korea's Vice Foreign Minister Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
        # "Peskov declined to comment" -> no statement, but the "saying ..." clause is one
        ("Moscow's cooperation with Pyongyang was \"a sovereign matter.\"", "saying",
         "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        # crosshead = sub-headline
        ("Ankara calls for restraint", "calls for", "Ankara", *TUR, "indirect"),
        ("that Ankara was following reports of the deployment \"with concern\"", "said", "The Turkish Foreign Ministry",
         *TFM, "indirect"),
        ("called on all parties to \"avoid steps that could further escalate the war.\"", "called on",
         "The Turkish Foreign Ministry", *TFM, "indirect"),
        ("Türkiye has sent humanitarian aid worth some 1.2 billion liras (around $35 million) to Ukraine since the war "
         "began", "added", "the ministry", *TFM, "indirect"),
        ("remains ready to host any talks that could lead to a just and lasting peace.", "added", "the ministry", *TFM,
         "direct"),
        ("Pyongyang's troops change the picture for Ankara, because the war is now truly internationalized,",
         "told Daily Sabah", "Professor Serkan Yıldırım", *YIL, "direct"),
        ("Türkiye borders the Black Sea and Iran. It cannot pretend this is a distant European quarrel,", "said",
         "Yıldırım", *YIL, "direct"),
        ("that Iran, Türkiye's eastern neighbor, had already supplied Russia with hundreds of Iranian-made drones",
         "pointed out", "He", *YIL, "indirect"),
        ("that Tehran and Pyongyang were now \"competing to be Moscow's most useful partner.\"", "argued", "He", *YIL,
         "indirect"),
        ("the North Korean contingent would matter less on the battlefield than in diplomacy", "According to",
         "Yıldırım", *YIL, "according_to"),
        ("Kim Jong Un is buying a seat at the table,", "said", "he", *YIL, "direct"),
        # "The South Korean Embassy in Ankara could not be reached for comment." -> no statement
        ("Ukrainian President Volodymyr Zelenskyy, who spoke with President Recep Tayyip Erdoğan by phone on Sunday, "
         "urged Türkiye to use its influence with Moscow", "urged", "Ukrainian President Volodymyr Zelenskyy",
         "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("Erdoğan told him that Ankara would \"continue its efforts for a ceasefire,\"", "said",
         "the Turkish Communications Directorate", "Turkish Communications Directorate", "organisation", "Turkey",
         "indirect"),
        ("that Ankara would \"continue its efforts for a ceasefire,\"", "told", "Erdoğan", "Recep Tayyip Erdoğan",
         "person", "Turkey", "indirect"),
    ],
    "events": [
        ("said |Monday| that", "2024-10-28", "2024-10-28", "day", True,
         "Rutte confirmed North Korean units had been deployed to the Kursk region"),
        ("in February 2022", "2022-02-01", "2022-02-28", "month", False,
         "Russia launched its full-scale invasion of Ukraine"),
        ("later the same day", "2024-10-28", "2024-10-28", "day", True,
         "Sabrina Singh said around 10,000 North Korean soldiers had been sent to train in eastern Russia"),
        ("on Oct. 23 and 24", "2024-10-23", "2024-10-24", "day", True,
         "The first North Korean units, some 3,000 men, reached the Kursk region"),
        ("by December", "2024-12-01", "2024-12-31", "month", True,
         "Another 2,000 North Korean troops expected in Russia (Seoul estimate)"),
        ("said |Tuesday| that", "2024-10-29", "2024-10-29", "day", True,
         "Yoon Suk Yeol's office said Seoul could consider supplying weapons to Ukraine in phases"),
        ("since August 2023", "2023-08-01", "2024-10-29", "open", True,
         "North Korea shipped more than 13,000 containers of munitions to Russia"),
        ("earlier this month", "2024-10-01", "2024-10-28", "month", True,
         "South Korea's Defense Intelligence Agency gave the container figure"),
        ("last week", "2024-10-21", "2024-10-27", "week", True,
         "Kim Jong Gyu said any deployment would be in line with international law"),
        ("on Monday", "2024-10-28", "2024-10-28", "day", True,
         "Peskov declined to comment, calling cooperation with Pyongyang a sovereign matter"),
        ("on Tuesday", "2024-10-29", "2024-10-29", "day", True,
         "The Turkish Foreign Ministry issued its written statement on the deployment"),
        ("in July 2022", "2022-07-01", "2022-07-31", "month", False, "Turkey brokered the Black Sea grain deal"),
        ("on Sunday", "2024-10-27", "2024-10-27", "day", True, "Zelensky and Erdoğan spoke by phone"),
    ],
}}
