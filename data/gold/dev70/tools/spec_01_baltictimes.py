"""dev70_01_baltictimes_kursk: The Baltic Times, published 2024-11-20 (Wednesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is located by its unique context.
"""
KAS = "Laurynas Kasčiūnas"
KIV = "Ants Kiviselg"
VDD = "State Security Service (Latvia)"
VAI = "Rūta Vaitkutė"
SRC = "Lithuanian military intelligence source"

DOCS = {
    "dev70_01_baltictimes_kursk": {
        "figures": [
            ("more than 1,000 men", 1000, None, "more_than", "man", "casualties", 1000, "count", KAS),
            ("between 11,000 and 12,000 North Korean troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", KAS),
            ("some 3.7 million artillery shells", 3700000, None, "approximately", "artillery shell", "weapons", 3700000, "count", KIV),
            ("tens of thousands of 155mm shells", 10000, None, "vague", "shell", "weapons", 10000, "count", ""),
            ("EUR 180 mln", 180000000, None, "exact", "", "money", 180000000, "EUR", ""),
            ("about 340 hectares", 340, None, "approximately", "hectare", "territory", 3.4, "km2", ""),
            ("around 4,800 soldiers", 4800, None, "approximately", "soldier", "personnel", 4800, "count", ""),
            ("around 10,000 shells", 10000, None, "approximately", "shell", "weapons", 10000, "count", VAI),
            ("at least two North Korean officers", 2, None, "at_least", "officer", "personnel", 2, "count", SRC),
        ],
        "attributions": [
            ("North Korean troops in Kursk show Russia can no longer replace its losses", "says",
             "Kasčiūnas", KAS, "person", "Lithuania", "indirect"),
            ("The arrival of North Korean soldiers on the front line in Russia's Kursk region shows that Moscow can no longer make good its losses on its own",
             "said", "Lithuanian Defence Minister Laurynas Kasčiūnas", KAS, "person", "Lithuania", "indirect"),
            ("warning the Baltic states not to mistake the move for weakness", "warning",
             "Lithuanian Defence Minister Laurynas Kasčiūnas", KAS, "person", "Lithuania", "indirect"),
            ("Russia is buying time with other people's soldiers. It is losing more than 1,000 men a day, and it needs bodies,",
             "told journalists", "Kasčiūnas", KAS, "person", "Lithuania", "direct"),
            ("But the same Russia is rebuilding its forces near our borders, and we cannot afford to forget that.",
             "told journalists", "Kasčiūnas", KAS, "person", "Lithuania", "direct"),
            ("between 11,000 and 12,000 North Korean troops have been moved to Kursk, most of them attached to Russian marine and airborne units",
             "According to", "the minister", KAS, "person", "Lithuania", "according_to"),
            ("Kyiv's reports that the first clashes took place earlier this month were \"credible\"", "said",
             "He", KAS, "person", "Lithuania", "indirect"),
            ("that the first clashes took place earlier this month", "reports",
             "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("Pyongyang has never confirmed the deployment", "has never confirmed",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that the North Korean contingent was \"not a game changer\" on the battlefield", "told",
             "Colonel Ants Kiviselg", KIV, "person", "Estonia", "indirect"),
            ("that ammunition mattered more", "argued", "He", KIV, "person", "Estonia", "indirect"),
            ("that North Korea has sent Russia some 3.7 million artillery shells since last autumn – roughly half of what Russian factories turned out over the same period",
             "estimating", "He", KIV, "person", "Estonia", "indirect"),
            ("Without these shells, the Russian artillery advantage in Donbas would look very different.",
             "Kiviselg |said|:", "Kiviselg", KIV, "person", "Estonia", "direct"),
            ("that it had found no sign of North Korean personnel in Belarus", "said",
             "Latvia's State Security Service (VDD)", VDD, "organisation", "Latvia", "indirect"),
            ("that this could \"change quickly\" if the Kremlin decided to open another front", "warned",
             "Latvia's State Security Service (VDD)", VDD, "organisation", "Latvia", "indirect"),
            ("Latvian Defence Minister Andris Sprūds has called for the EU's next sanctions package to target North Korean shipping and the Russian banks that pay for the soldiers",
             "called for", "Latvian Defence Minister Andris Sprūds", "Andris Sprūds", "person", "Latvia", "indirect"),
            ("that Europe should \"stop pretending this is a regional war\"", "wrote",
             "Outgoing Foreign Minister Gabrielius Landsbergis", "Gabrielius Landsbergis", "person", "Lithuania", "indirect"),
            ("Forty-eight hours of heavy fighting can burn through what a small country's factory makes in a month,",
             "said", "Rūta Vaitkutė", VAI, "person", "independent", "direct"),
            ("that Russian forces fired around 10,000 shells a day in the Kursk region during October, and that North Korean stocks could sustain that pace for months",
             "estimates", "She", VAI, "person", "independent", "indirect"),
            ("This is why the Baisogala timeline matters,", "added", "she", VAI, "person", "independent", "direct"),
            ("Every month of delay is a month in which Pyongyang, not Europe, sets the tempo.", "added",
             "she", VAI, "person", "independent", "direct"),
            ("that at least two North Korean officers had been seen at a Russian training ground in the Kaliningrad region in early November",
             "told", "A source in Lithuania's military intelligence", SRC, "group", "Lithuania", "indirect"),
        ],
        "events": [
            ("on Tuesday", "2024-11-19", "2024-11-19", "day", True,
             "Kasčiūnas said North Korean troops in Kursk show Russia can no longer replace its losses"),
            ("earlier this month", "2024-11-01", "2024-11-19", "month", True,
             "First clashes between North Korean and Ukrainian troops (Kyiv's reports)"),
            ("on Friday", "2024-11-15", "2024-11-15", "day", True,
             "Kiviselg told a weekly briefing in Tallinn the North Korean contingent was not a game changer"),
            ("since last autumn", "2023-09-01", "2024-11-20", "open", True,
             "North Korea sent Russia some 3.7 million artillery shells (Estonian estimate)"),
            ("last week", "2024-11-11", "2024-11-17", "week", True,
             "Latvia's VDD said it found no sign of North Korean personnel in Belarus"),
            ("next month", "2024-12-01", "2024-12-31", "month", True,
             "Gabrielius Landsbergis leaves office as foreign minister"),
            ("on Monday", "2024-11-18", "2024-11-18", "day", True,
             "Landsbergis wrote on X that Europe should stop pretending this is a regional war"),
            ("in 2026", "2026-01-01", "2026-12-31", "year", False,
             "Rheinmetall shell plant in Baisogala expected to open"),
            ("by 2027", "2027-01-01", "2027-12-31", "year", False,
             "Germany's 45th Panzer Brigade to reach around 4,800 soldiers in Lithuania"),
            ("during October", "2024-10-01", "2024-10-31", "month", True,
             "Russian forces fired around 10,000 shells a day in the Kursk region (Vaitkutė)"),
            ("in early November", "2024-11-01", "2024-11-10", "month", True,
             "Two North Korean officers seen at a Russian training ground in the Kaliningrad region"),
        ],
    },
}
