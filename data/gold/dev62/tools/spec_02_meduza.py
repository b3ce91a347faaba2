"""dev62_02_meduza_prisoners: Meduza (English edition), anchor 2025-01-14 (Tuesday), from the manifest.

Row layouts as in spec_01_tass.py.
"""
ZEL = "Volodymyr Zelensky"
POW = "captured North Korean soldier"
SBU = "Security Service of Ukraine"
NIS = "National Intelligence Service (South Korea)"
MOD = "Russian Defense Ministry"
SRC = "source close to the Russian Defense Ministry"
GS = "General Staff of the Armed Forces of Ukraine"
DOCS = {
    "dev62_02_meduza_prisoners": {
        "figures": [
            ("about the |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("had captured |two North Korean soldiers| in Russia", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("up to two battalions", 2, None, "at_most", "battalion", "units", 2, "count", GS),
            ("roughly 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("killed and |2,700| wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("17 Western-made armored vehicles", 17, None, "exact", "armored vehicle", "weapons", 17, "count", MOD),
            ("about 410,000 subscribers", 410000, None, "approximately", "subscriber", "other", 410000, "count", ""),
            ("between 11,000 and 12,000 North Korean soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", SRC),
            ("thousands more troops", 1000, None, "vague", "troop", "personnel", 1000, "count", SRC),
        ],
        "attributions": [
            ("that Ukrainian forces had captured two North Korean soldiers in Russia’s Kursk region",
             "announced", "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Both men were wounded and have been taken to Kyiv, where they are being questioned by the Security Service of Ukraine (SBU)",
             "wrote", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Zelensky offered to hand the men over to Kim Jong Un if North Korea could arrange their exchange for Ukrainians held in Russian captivity",
             "offered", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("he had served as a rifleman since 2021",
             "said", "One of the prisoners", POW, "group", "North Korea", "indirect"),
            ("that his commanders had promised him “training, not war.”",
             "told investigators", "One of the prisoners", POW, "group", "North Korea", "indirect"),
            ("he had only learned he was in Russia after arriving",
             "claimed", "The other", POW, "group", "North Korea", "indirect"),
            ("the soldiers belonged to a unit that had lost about a third of its men in December",
             "According to", "the SBU", SBU, "organisation", "Ukraine", "according_to"),
            ("that North Korean troops were being issued Russian military IDs in the names of residents of Tuva and Buryatia to disguise their presence",
             "said", "The agency", SBU, "organisation", "Ukraine", "indirect"),
            ("that Russian and North Korean units had lost up to two battalions in a failed assault near Makhnovka on January 3",
             "said", "Ukraine’s General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("South Korea’s National Intelligence Service (NIS) confirmed the capture on Sunday",
             "confirmed", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that roughly 300 North Korean soldiers had been killed and 2,700 wounded since the deployment began",
             "told lawmakers", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("Many of the deaths were caused by drones, because the troops had “no understanding of modern warfare,”",
             "quoted", "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("which has never acknowledged the presence of North Korean troops",
             "has never acknowledged", "The ministry", MOD, "organisation", "Russia", "indirect"),
            ("that Russian forces had “liberated” the village of Berdin and destroyed 17 Western-made armored vehicles in the Kursk region",
             "claimed", "The ministry", MOD, "organisation", "Russia", "indirect"),
            ("that “our Korean brothers” were “holding the line near Sudzha” alongside Russian paratroopers",
             "wrote", "The Z-channel Severny Veter", "Severny Veter", "media", "independent", "indirect"),
            ("that Kyiv was “parading wounded boys for the cameras.”",
             "complained", "The Z-channel Severny Veter", "Severny Veter", "media", "independent", "indirect"),
            ("that between 11,000 and 12,000 North Korean soldiers remain in the Kursk region, and that a second contingent of thousands more troops could arrive by spring",
             "told Meduza", "A source close to the Defense Ministry", SRC, "group", "Russia", "indirect"),
            ("Nobody in the ministry will ever say the word ‘Korean’ out loud,",
             "added", "the source", SRC, "group", "Russia", "direct"),
            ("Officially, they don’t exist.",
             "the source |added|. “Officially", "the source", SRC, "group", "Russia", "direct"),
            ("For the Kremlin, admitting the Koreans are there means admitting that the Russian army could not push Ukraine out of its own territory for five months,",
             "said", "Nikolai Vereshchagin", "Nikolai Vereshchagin", "person", "independent", "direct"),
        ],
        "events": [
            ("On Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced Ukrainian forces had captured two North Korean soldiers in Kursk"),
            ("last fall", "2024-09-01", "2024-11-30", "season", True,
             "Pyongyang began sending its troop contingent to Russia"),
            ("since 2021", "2021-01-01", "2025-01-14", "open", True,
             "One of the captured soldiers has served as a rifleman"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "The prisoners' unit lost about a third of its men"),
            ("earlier this month", "2025-01-01", "2025-01-13", "month", True,
             "Ukraine's General Staff said Russian and North Korean units lost up to two battalions near Makhnovka"),
            ("on January 3", "2025-01-03", "2025-01-03", "day", True,
             "Failed Russian-North Korean assault near Makhnovka"),
            ("the capture |on Sunday|", "2025-01-12", "2025-01-12", "day", True,
             "South Korea's NIS confirmed the capture of the two soldiers"),
            ("The following day", "2025-01-13", "2025-01-13", "day", True,
             "NIS told lawmakers roughly 300 North Korean soldiers had been killed and 2,700 wounded"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "Peskov declined to comment on the prisoners and referred journalists to the Defense Ministry"),
            ("wrote |on Sunday|", "2025-01-12", "2025-01-12", "day", True,
             "Severny Veter wrote that 'our Korean brothers' were holding the line near Sudzha"),
            ("by spring", "2025-03-01", "2025-05-31", "season", True,
             "A second North Korean contingent could arrive (per a source close to the Defense Ministry)"),
        ],
    }
}
