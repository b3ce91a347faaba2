# dev54_02_elpais_losses -- EL PAÍS English, published 2024-12-18 (Wednesday).
# Anchor week: Mon 2024-12-16 .. Sun 2024-12-22.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"
ROB = "Margarita Robles"
BAR = "Lucía Barreiro"

DOCS = {
    "dev54_02_elpais_losses": {
        "figures": [
            ("some 200 of Kim Jong Un’s troops", 200, None, "approximately", "troop", "casualties", 200, "count", DIU),
            ("around 200 North Korean soldiers", 200, None, "approximately", "soldier", "casualties", 200, "count", DIU),
            ("some 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("about 8,000", 8000, None, "approximately", "soldier", "personnel", 8000, "count", NIS),
            ("€1 billion", 1000000000, None, "exact", "", "money", 1000000000, "EUR", ""),
            ("between 3 million and 5 million artillery shells", 3000000, 5000000, "range", "artillery shell", "weapons",
             3000000, "count", BAR),
            ("dozens of KN-23 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", BAR),
            ("several billion dollars", 1000000000, None, "vague", "dollar", "money", 1000000000, "USD", BAR),
            ("two more villages", 2, None, "exact", "village", "territory", 2, "count", "Russian Defense Ministry"),
            ("around 750 square kilometers", 750, None, "approximately", "square kilometer", "territory", 750, "km2",
             "Ukrainian commanders"),
            ("290 square miles", 290, None, "exact", "square mile", "territory", 751.09652, "km2", "Ukrainian commanders"),
            ("some 1,300", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "Ukrainian commanders"),
        ],
        "attributions": [
            # headline source tag
            ("North Korean soldiers suffer their first heavy losses in Kursk", "says", "Kyiv", "Ukraine", "government",
             "Ukraine", "indirect"),
            # standfirst: two statements
            ("that some 200 of Kim Jong Un’s troops have been killed or wounded in three days of assaults over open ground",
             "claims", "Ukraine’s military intelligence", DIU, "organisation", "Ukraine", "indirect"),
            ("that Pyongyang is “learning the war” in Europe", "warns", "Spain’s defense minister", ROB, "person", "Spain",
             "indirect"),
            ("that around 200 North Korean soldiers had been killed or wounded since Saturday in fighting near the villages of Plekhovo and Martynovka, where they advanced in columns across snow-covered fields, without armored support",
             "reported", "Ukraine’s military intelligence agency", DIU, "organisation", "Ukraine", "indirect"),
            ("that the Russian command was using the North Koreans “as cannon fodder” and that their losses were “significant.”",
             "said", "President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("Moscow throws them forward in assaults that no Russian unit wants to carry out,", "added", "he", ZEL,
             "person", "Ukraine", "direct"),
            ("Pyongyang has deployed some 11,000 soldiers to Russia since October, of whom about 8,000 are now concentrated in Kursk",
             "According to", "South Korea’s intelligence service, the NIS", NIS, "organisation", "South Korea",
             "according_to"),
            ("Most are young men between 18 and 24", "added", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("that the North Korean troops were also being paid “in dollars, through Russian channels.”", "told reporters",
             "South Korean lawmaker Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("that the deployment turns Ukraine into a “training ground” for one of the world’s largest armies", "warned",
             "Defense Minister Margarita Robles", ROB, "person", "Spain", "indirect"),
            ("North Korea is learning the war in Europe, with European blood, and it will take that knowledge back to the Korean peninsula,",
             "Robles |said| at", "Robles", ROB, "person", "Spain", "direct"),
            ("that a new batch of Hawk air-defense missiles would arrive “in the coming weeks.”", "minister |said| that",
             "the minister", ROB, "person", "Spain", "indirect"),
            # "For X, ..." = according to X (judgement call, see README)
            ("the losses say as much about Russian tactics as about North Korean inexperience", "|For| Lucía",
             "Lucía Barreiro", BAR, "person", "independent", "according_to"),
            ("They are disciplined and physically very fit, but they have never seen a drone in their lives,", "explains",
             "she", BAR, "person", "independent", "direct"),
            ("that Russia has received from Pyongyang between 3 million and 5 million artillery shells since the summer of 2023, along with dozens of KN-23 ballistic missiles, worth in total “several billion dollars.”",
             "estimates", "Barreiro", BAR, "person", "independent", "indirect"),
            ("Moscow, for its part, has never officially acknowledged the presence of North Korean soldiers on its territory",
             "has never officially acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that its troops had retaken two more villages in the Kursk region and had “liberated” more than 40% of the area occupied by Ukraine in August",
             "claimed", "The Russian Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("Kyiv disputes those figures", "disputes", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that their forces still hold around 750 square kilometers (290 square miles), compared with some 1,300 at the peak of the incursion",
             "say", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
        ],
        "events": [
            ("on December 9", "2024-12-09", "2024-12-09", "day", True,
             "A Ukrainian soldier inspects a destroyed Russian armored vehicle in the Kursk region (photo)"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True,
             "HUR reported about 200 North Korean soldiers killed or wounded near Plekhovo and Martynovka"),
            ("since Saturday", "2024-12-14", "2024-12-18", "open", True,
             "North Korean soldiers killed or wounded in fighting near Plekhovo and Martynovka"),
            ("address |on Tuesday| that", "2024-12-17", "2024-12-17", "day", True,
             "Zelenskyy said in his nightly address Russia uses the North Koreans as cannon fodder"),
            ("since October", "2024-10-01", "2024-12-18", "open", True,
             "North Korea has deployed some 11,000 soldiers to Russia"),
            ("last Friday", "2024-12-13", "2024-12-13", "day", True,
             "Lee Seong-kweun told reporters North Korean troops are paid in dollars"),
            ("warned |on Tuesday| that", "2024-12-17", "2024-12-17", "day", True,
             "Robles warned the deployment turns Ukraine into a training ground"),
            ("for 2024", "2024-01-01", "2024-12-31", "year", False,
             "Spain's €1 billion military aid commitment to Kyiv"),
            ("in May", "2024-05-01", "2024-05-31", "month", True,
             "Spain and Ukraine signed the bilateral security agreement"),
            ("since the summer of 2023", "2023-06-01", "2024-12-18", "open", True,
             "Russia received 3-5 million artillery shells and dozens of KN-23 missiles from Pyongyang"),
            ("on Sunday", "2024-12-15", "2024-12-15", "day", True,
             "Russian Defense Ministry claimed its troops retook two more villages in Kursk"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine occupied an area of the Kursk region"),
        ],
    },
}
