"""dev73_02_reuterspictures_captured -- Reuters Pictures slideshow, published 2025-01-14 (Tuesday).

Row layouts as in spec_01_apimages.py.
"""
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"

DOCS = {
    "dev73_02_reuterspictures_captured": {
        "figures": [
            ("captured |two North Korean soldiers| in Russia", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("an estimated 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("two men", 2, None, "exact", "man", "casualties", 2, "count", ZEL),
            ("these |two North Korean soldiers| are", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("up to 60 men", 60, None, "at_most", "man", "personnel", 60, "count", "Andriy Hnatiuk"),
            ("some 120 such guns", 120, None, "approximately", "gun", "weapons", 120, "count", DIU),
            ("up to 240 multiple rocket launchers", 240, None, "at_most", "multiple rocket launcher", "weapons", 240, "count", DIU),
            ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
            ("around 100 deaths", 100, None, "approximately", "death", "casualties", 100, "count", ""),
        ],
        "attributions": [
            ("it is ready to swap them for Ukrainians held by Russia", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("Zelenskyy announced the capture on Saturday", "announced", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("special forces and paratroopers had taken the two men on Thursday", "saying", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("Like all prisoners of war, these two North Korean soldiers are receiving the necessary medical care,", "wrote", "Zelenskyy", ZEL, "person", "Ukraine", "direct"),
            ("that they had not known they would be fighting Ukraine", "told", "The men", "captured North Korean soldiers", "group", "North Korea", "indirect"),
            ("The men, aged 20 and 26, told interrogators through a Korean interpreter that they had not known they would be fighting Ukraine",
             "the SBU |said|.", "the SBU", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
            ("he had been told he was going to a training exercise", "One of them |said| he", "One of them", "captured North Korean soldier", "group", "North Korea", "indirect"),
            ("We are ready to hand over Kim Jong Un's soldiers to him if he can organise their exchange for our warriors who are being held captive in Russia,",
             "said", "he", ZEL, "person", "Ukraine", "direct"),
            ("North Korean infantry had attacked his positions three times in a single day last week, in columns of up to 60 men",
             "said", "Major Andriy Hnatiuk", "Andriy Hnatiuk", "person", "Ukraine", "indirect"),
            ("that Pyongyang has supplied some 120 such guns and up to 240 multiple rocket launchers to Russia since last autumn",
             "estimates", "Ukraine's GUR military intelligence agency", DIU, "organisation", "Ukraine", "indirect"),
            ("Moscow gives such documents to North Korean troops to disguise them as soldiers from Siberian regions",
             "say", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("South Korea's National Intelligence Service confirmed the capture", "confirmed", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that about 300 North Korean soldiers had been killed and some 2,700 wounded", "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ],
        "events": [
            ("last year", "2024-01-01", "2024-12-31", "year", True, "Pyongyang sent an estimated 11,000 troops to help Moscow"),
            ("handout video released |January 12, 2025|.", "2025-01-12", "2025-01-12", "day", False, "SBU released video of a captured North Korean soldier being questioned in Kyiv"),
            ("Kyiv, Ukraine |January 10, 2025|. Zelenskyy", "2025-01-10", "2025-01-10", "day", False, "Zelenskyy speaks during a meeting in Kyiv (photo)"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelenskyy announced the capture of two North Korean soldiers"),
            ("on Thursday", "2025-01-09", "2025-01-09", "day", True, "Ukrainian special forces and paratroopers captured two North Korean soldiers"),
            ("handout picture released |January 12, 2025|. The men", "2025-01-12", "2025-01-12", "day", False, "Handout picture of the second captured soldier in a Kyiv hospital released"),
            ("Kyiv, Ukraine |January 12, 2025|. \"We", "2025-01-12", "2025-01-12", "day", False, "Zelenskyy attends a news conference in Kyiv (photo)"),
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "Zelenskyy offered to hand the captured soldiers to Kim Jong Un in exchange for Ukrainian prisoners"),
            ("Kursk region, |January 10, 2025|. Major", "2025-01-10", "2025-01-10", "day", False, "Ukrainian soldiers ride an armoured vehicle near the border with Kursk (photo)"),
            ("last week", "2025-01-06", "2025-01-12", "week", True, "North Korean infantry attacked Hnatiuk's positions three times in a single day"),
            ("on January 8, 2025", "2025-01-08", "2025-01-08", "day", False, "Ukraine's 58th Drone Battalion released video of a drone strike on a Koksan gun in Kursk"),
            ("since last autumn", "2024-09-01", "2025-01-14", "open", True, "Pyongyang supplied Russia with some 120 Koksan guns and up to 240 multiple rocket launchers"),
            ("on January 12", "2025-01-12", "2025-01-12", "day", True, "SBU released a picture of a Russian military ID card found on a captured soldier"),
            ("January 13, 2025", "2025-01-13", "2025-01-13", "day", False, "People in Seoul watch a broadcast about the captured soldiers (photo)"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True, "NIS told lawmakers about 300 North Korean soldiers killed and some 2,700 wounded"),
            ("its |December| estimate", "2024-12-01", "2024-12-31", "month", True, "NIS's earlier estimate of around 100 North Korean deaths"),
        ],
    },
}
