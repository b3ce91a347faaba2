# dev54_03_corriere_prisoners -- Corriere della Sera (translated), published 2025-02-06 (Thursday).
# Anchor week: Mon 2025-02-03 .. Sun 2025-02-09; "last week" = 2025-01-27 .. 2025-02-02.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

ZEL = "Volodymyr Zelensky"
CRO = "Guido Crosetto"
OLD = "North Korean prisoner (older)"
YNG = "North Korean prisoner (younger)"
ISSA = "Istituto di Studi Strategici Adriatici"

DOCS = {
    "dev54_03_corriere_prisoners": {
        "figures": [
            # "the two ..." quantifying captured soldiers: counted (captured = casualties); pronominal "the two" is not
            ("the |two North Korean prisoners| speak", 2, None, "exact", "prisoner", "casualties", 2, "count", ""),
            ("The |two North Korean prisoners| during", 2, None, "exact", "prisoner", "casualties", 2, "count", ""),
            ("the |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("interview the |two prisoners|", 2, None, "exact", "prisoner", "casualties", 2, "count", "South Korea"),
            ("some 20 kilometres", 20, None, "approximately", "kilometre", "territory", 20, "km", ""),
            ("40 men", 40, None, "exact", "man", "personnel", 40, "count", OLD),
            ("more than 30", 30, None, "more_than", "man", "casualties", 30, "count", OLD),
            ("around 11,000 men", 11000, None, "approximately", "man", "personnel", 11000, "count", ZEL),
            ("about 4,000", 4000, None, "approximately", "man", "casualties", 4000, "count", ZEL),
            ("at least 1,500 replacements", 1500, None, "at_least", "replacement", "personnel", 1500, "count", ZEL),
            ("some 300 dead", 300, None, "approximately", "dead", "casualties", 300, "count", "South Korean intelligence"),
            ("2,700 wounded", 2700, None, "exact", "wounded", "casualties", 2700, "count", "South Korean intelligence"),
            ("1.2 billion dollars", 1200000000, None, "exact", "dollar", "money", 1200000000, "USD", ISSA),
            ("about 1.15 billion euros", 1150000000, None, "approximately", "euro", "money", 1150000000, "EUR", ISSA),
        ],
        "attributions": [
            # headline: quote first, tag after
            ("We were told it was an exercise", "speak", "the two North Korean prisoners", "North Korean prisoners",
             "group", "North Korea", "direct"),
            # standfirst
            ("he is ready to exchange them for Ukrainians held in Russia", "says", "Zelensky", ZEL, "person", "Ukraine",
             "indirect"),
            ("Pyongyang is being paid in technology", "warns", "the Defence Minister Crosetto", CRO, "person", "Italy",
             "direct"),
            ("We were told it was a training exercise, that we would fight against nobody", "said", "the older of the two",
             OLD, "group", "North Korea", "direct"),
            ("he was wounded in the jaw and in the hands during an assault in which «of the 40 men of my platoon, more than 30 died»",
             "says", "He", OLD, "group", "North Korea", "indirect"),
            ("that he wants to stay in Ukraine", "only |said| that", "The younger one", YNG, "group", "North Korea",
             "indirect"),
            ("If I go back, they will consider me a traitor", "only |said| that", "The younger one", YNG, "group",
             "North Korea", "direct"),
            ("the two are among the very few survivors of units that have been decimated", "According to", "Kiev",
             "Ukraine", "government", "Ukraine", "according_to"),
            ("that the North Korean contingent, which counted «around 11,000 men» when it arrived in Kursk, has lost «about 4,000» between killed and wounded, and that Pyongyang has sent «at least 1,500 replacements» since the beginning of the year",
             "said", "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("South Korean intelligence, more cautious, speaks of some 300 dead and 2,700 wounded", "speaks of",
             "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
            ("North Korea does not send soldiers out of friendship: it is paid in oil, in money and above all in military technology that it could not obtain in any other way",
             "said", "the minister", CRO, "person", "Italy", "direct"),
            ("that Italy «has no evidence» of Russian nuclear know-how transferred to Pyongyang but «follows the dossier with great attention»",
             "adding", "the minister", CRO, "person", "Italy", "indirect"),
            ("Moscow has paid Pyongyang so far the equivalent of 1.2 billion dollars, about 1.15 billion euros, for shells, missiles and men",
             "According to", "the Istituto di Studi Strategici Adriatici (ISSA)", ISSA, "organisation", "independent",
             "according_to"),
            ("Seoul has asked to be able to interview the two prisoners", "has asked", "Seoul", "South Korea",
             "government", "South Korea", "indirect"),
            ("that it would welcome them «if they express the wish»", "reiterated", "the South Korean foreign ministry",
             "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
        ],
        "events": [
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "The two North Korean soldiers were captured in the Kursk region"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "The two soldiers left North Korea for the first time"),
            ("on January 9", "2025-01-09", "2025-01-09", "day", True,
             "Two North Korean soldiers captured near Korenevo"),
            ("yesterday", "2025-02-05", "2025-02-05", "day", True,
             "The two prisoners met foreign journalists at the SBU in Kiev"),
            ("on Monday", "2025-02-03", "2025-02-03", "day", True,
             "Zelensky said the North Korean contingent had lost about 4,000 killed and wounded"),
            ("since the beginning of the year", "2025-01-01", "2025-02-06", "open", True,
             "Pyongyang sent at least 1,500 replacements to Kursk"),
            ("on Tuesday evening", "2025-02-04", "2025-02-04", "day", True,
             "Crosetto spoke about North Korea in a Rete 4 television interview"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Italy approved its tenth military aid package for Kiev"),
            ("last week", "2025-01-27", "2025-02-02", "week", True,
             "South Korean foreign ministry reiterated it would welcome the prisoners"),
        ],
    },
}
