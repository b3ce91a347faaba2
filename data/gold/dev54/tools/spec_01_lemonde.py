# dev54_01_lemonde_paris -- Le Monde in English, published 2024-10-30 (Wednesday).
# Anchor week: Mon 2024-10-28 .. Sun 2024-11-03; "last week" = 2024-10-21 .. 2024-10-27.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
# A span "left|span|right" is located as the unique occurrence of left+span+right.

NIS = "National Intelligence Service (South Korea)"
DRM = "Directorate of Military Intelligence (France)"
CML = "Claire Moreau-Lefèvre"

DOCS = {
    "dev54_01_lemonde_paris": {
        "figures": [
            ("thousands of Pyongyang's soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", "United States"),
            ("around 10,000 North Korean soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pentagon"),
            ("10,000 to 12,000 men", 10000, 12000, "range", "man", "personnel", 10000, "count", NIS),
            ("1,500 soldiers", 1500, None, "exact", "soldier", "personnel", 1500, "count", NIS),
            ("about 1,800", 1800, None, "approximately", "soldier", "personnel", 1800, "count", ""),
            ("around 600 square kilometers", 600, None, "approximately", "square kilometer", "territory", 600, "km2", DRM),
            ("some 50,000 soldiers", 50000, None, "approximately", "soldier", "personnel", 50000, "count", DRM),
            ("up to $2,000", 2000, None, "at_most", "", "money", 2000, "USD", CML),
            ("some €18 million", 18000000, None, "approximately", "", "money", 18000000, "EUR", CML),
            ("10,000 men", 10000, None, "exact", "man", "personnel", 10000, "count", CML),
            ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", CML),
            ("dozens of these cruise missiles", 24, None, "vague", "cruise missile", "weapons", 24, "count", ""),
            ("some 250 kilometers", 250, None, "approximately", "kilometer", "territory", 250, "km", ""),
        ],
        "attributions": [
            # headline source tag, speaker after the verb
            ("North Korean soldiers near Kursk are 'a very serious escalation,'", "warns", "Paris", "France",
             "government", "France", "indirect"),
            # standfirst
            ("that thousands of Pyongyang's soldiers have reached western Russia", "confirmed", "Washington",
             "United States", "government", "United States", "indirect"),
            ('that around 10,000 North Korean soldiers had been sent to eastern Russia for training and that "a portion" of them had already moved towards the Kursk region',
             "said", "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
            ("This is a very serious escalation,", "told", "French Foreign Minister Jean-Noël Barrot", "Jean-Noël Barrot",
             "person", "France", "direct"),
            ("A Russia that needs the soldiers of a dictatorship to defend its own soil is not a strong Russia,", "went on",
             "the minister", "Jean-Noël Barrot", "person", "France", "direct"),
            ('that France was consulting its partners on "all possible responses."', "adding", "the minister",
             "Jean-Noël Barrot", "person", "France", "indirect"),
            ("Pyongyang intends to send 10,000 to 12,000 men in all, drawn largely from the 11th Corps, the special forces formation nicknamed the Storm Corps",
             "According to", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea",
             "according_to"),
            ("The first 1,500 soldiers crossed from the port of Chongjin to Vladivostok earlier this month aboard Russian navy ships",
             "told lawmakers", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("Ukraine now holds around 600 square kilometers of the Kursk region, less than half of what it held at the end of August",
             "according to", "the French military intelligence directorate (DRM)", DRM, "organisation", "France",
             "according_to"),
            ("that Moscow has massed some 50,000 soldiers around the salient, North Koreans not included", "estimates",
             "The note", DRM, "organisation", "France", "indirect"),
            ("For Pyongyang, this is first of all a business,", "said", "Claire Moreau-Lefèvre", CML, "person",
             "independent", "direct"),
            ("Kim Jong Un is selling what he has in abundance: men and shells.", 'business," |said| Claire', "Claire Moreau-Lefèvre",
             CML, "person", "independent", "direct"),
            ("Moscow could be paying up to $2,000 per soldier per month, or some €18 million a month for a contingent of 10,000 men – without counting the millions of artillery shells already delivered since last year",
             "According to", "her", CML, "person", "independent", "according_to"),
            ('that the partnership with North Korea "is not directed against anyone."', "repeating", "Dmitry Peskov",
             "Dmitry Peskov", "person", "Russia", "indirect"),
            ("the Russian president himself did not deny the reports", "did not deny", "the Russian president",
             "Vladimir Putin", "person", "Russia", "indirect"),
            ('that what Moscow does with its ally is "our business."', "saying", "the Russian president",
             "Vladimir Putin", "person", "Russia", "indirect"),
            ("Paris has not publicly ruled out their use against military targets on Russian soil",
             "has not publicly ruled out", "Paris", "France", "government", "France", "indirect"),
            ("We have never set ourselves red lines,", "said", "a diplomat at the Quai d'Orsay", "French diplomat",
             "group", "France", "direct"),
        ],
        "events": [
            ("on Monday", "2024-10-28", "2024-10-28", "day", True,
             "Washington confirmed thousands of North Korean soldiers had reached western Russia"),
            ("October 24, 2024", "2024-10-24", "2024-10-24", "day", False,
             "Ukrainian servicemen prepare a self-propelled howitzer in the Sumy region (photo)"),
            ("On Monday, October 28", "2024-10-28", "2024-10-28", "day", True,
             "Pentagon said about 10,000 North Korean soldiers were sent to eastern Russia, some moving towards Kursk"),
            ("since August 6", "2024-08-06", "2024-10-30", "open", True,
             "Ukrainian troops have held a pocket of Russian territory in the Kursk region"),
            ("on Tuesday morning", "2024-10-29", "2024-10-29", "day", True,
             "Barrot told France Inter the deployment is a very serious escalation"),
            ("earlier this month", "2024-10-01", "2024-10-29", "month", True,
             "First 1,500 North Korean soldiers shipped from Chongjin to Vladivostok"),
            ("Seoul |on Tuesday|;", "2024-10-29", "2024-10-29", "day", True,
             "NIS briefed lawmakers in Seoul on the North Korean deployment"),
            ("followed |last week|.", "2024-10-21", "2024-10-27", "week", True,
             "A second contingent of about 1,800 North Korean soldiers is believed to have followed"),
            ("at the end of August", "2024-08-21", "2024-08-31", "month", True,
             "Ukraine held more than twice its current area of the Kursk region"),
            ("since last year", "2023-01-01", "2024-10-30", "open", True,
             "North Korea delivered millions of artillery shells to Russia"),
            ("Asked |on Tuesday| about", "2024-10-29", "2024-10-29", "day", True,
             "Peskov, asked about the Pentagon's figures, declined to comment"),
            ("Last week", "2024-10-21", "2024-10-27", "week", True,
             "At the BRICS summit in Kazan Putin did not deny the reports of North Korean troops"),
            ("in November", "2024-11-01", "2024-11-30", "month", True,
             "Macron due to meet Zelensky again (forward-looking)"),
        ],
    },
}
