"""dev84_02_lemonde_prisoners: Le Monde in English, published 2025-01-14 (Tuesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
FER = "Camille Ferrand"
POW = "captured North Korean soldier"

DOCS = {
    "dev84_02_lemonde_prisoners": {
        "figures": [
            ("Two North Korean prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", ""),
            ("capture of |two soldiers|,", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("The |two soldiers|, captured", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("about 30 kilometers", 30, None, "approximately", "kilometer", "territory", 30, "km", ""),
            ("around 3,800 North Koreans", 3800, None, "approximately", "north korean", "casualties", 3800, "count", ZEL),
            ("11,000 to 12,000 men", 11000, 12000, "range", "man", "personnel", 11000, "count", "Ukraine"),
            ("300 North Korean soldiers", 300, None, "exact", "soldier", "casualties", 300, "count", NIS),
            ("about 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
            ("up to €3 billion", 3e9, None, "at_most", "", "money", 3e9, "EUR", ""),
            ("between €500 million and €1 billion", 5e8, 1e9, "range", "", "money", 5e8, "EUR", FER),
        ],
        "attributions": [
            ("The capture of two soldiers, announced by Volodymyr Zelensky on Saturday", "announced", "Volodymyr Zelensky", ZEL,
             "person", "Ukraine", "indirect"),
            ("officials warn of a lasting military partnership between Moscow and Pyongyang", "warn", "officials", "French officials",
             "group", "France", "indirect"),
            ("Ukrainian President Volodymyr Zelensky announced their capture on Saturday, January 11, on Telegram", "announced",
             "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ('that they were "receiving the necessary medical assistance."', "adding", "Ukrainian President Volodymyr Zelensky", ZEL,
             "person", "Ukraine", "indirect"),
            ("This is only the beginning,", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ("Kyiv was ready to hand them over to Kim Jong Un if Pyongyang could organize an exchange for Ukrainians held in Russia",
             "saying", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ('one of the prisoners, aged 26, said he had been told he was going to Russia for "training," not for war', "According to",
             "the Security Service of Ukraine (SBU)", "Security Service of Ukraine", "organisation", "Ukraine", "according_to"),
            ('he had been told he was going to Russia for "training," not for war', "said", "one of the prisoners", POW, "group",
             "North Korea", "indirect"),
            ('that his unit had lost "many" men', "told investigators", "He", POW, "group", "North Korea", "indirect"),
            ("that around 3,800 North Koreans had been killed or wounded since the start of their combat deployment", "said", "Zelensky",
             ZEL, "person", "Ukraine", "indirect"),
            ("the size of the contingent at 11,000 to 12,000 men", "puts", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that 300 North Korean soldiers had been killed and about 2,700 wounded", "told South Korean lawmakers",
             "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("The presence of North Korean soldiers on European soil is a game changer for our security,", "told the National Assembly",
             "Foreign Minister Jean-Noël Barrot", "Jean-Noël Barrot", "person", "France", "direct"),
            ("Pyongyang is gaining what no amount of exercises could give it: combat experience against an army equipped by the West,",
             "said", "Camille Ferrand", FER, "person", "independent", "direct"),
            ("In return, Moscow is paying in cash, in oil and, above all, in technology.", "said", "Camille Ferrand", FER, "person",
             "independent", "direct"),
            ("Russian payments at between €500 million and €1 billion a year", "estimates", "She", FER, "person", "independent", "indirect"),
            ("Pyongyang has still not acknowledged sending troops", "has still not acknowledged", "Pyongyang", "North Korea", "government",
             "North Korea", "indirect"),
            ("a smear campaign by the puppets in Kyiv,", "described", "the state news agency KCNA", "Korean Central News Agency", "media",
             "North Korea", "direct"),
        ],
        "events": [
            ("Zelensky |on Saturday|, is", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced the capture of two North Korean soldiers"),
            ("on January 12, 2025", "2025-01-12", "2025-01-12", "day", False,
             "The Security Service of Ukraine released a video of a wounded captured North Korean soldier"),
            ("on January 9", "2025-01-09", "2025-01-09", "day", True,
             "Two North Korean soldiers were captured about 30 km north of the Ukrainian border"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang began sending troops to Russia"),
            ("on Saturday, January 11", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced the capture on Telegram, saying the prisoners were receiving medical assistance"),
            ("the next day", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky wrote 'This is only the beginning' and offered to hand the prisoners over in an exchange"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "Zelensky said around 3,800 North Koreans had been killed or wounded"),
            ("since November", "2024-11-01", "2025-01-14", "open", True,
             "A debate in Paris about the North Korean deployment has been simmering"),
            ("on Tuesday", "2025-01-14", "2025-01-14", "day", True,
             "Jean-Noël Barrot told the National Assembly North Korean soldiers on European soil are a game changer"),
            ("in 2024", "2024-01-01", "2024-12-31", "year", False,
             "France earmarked up to EUR 3 billion in military aid to Ukraine"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "The Mirage 2000-5 fighter jets France is supplying to Kyiv are due to arrive"),
            ("On Sunday", "2025-01-12", "2025-01-12", "day", True,
             "KCNA described reports of captured soldiers as a smear campaign"),
        ],
    },
}
