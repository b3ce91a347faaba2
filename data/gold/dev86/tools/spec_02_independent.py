# dev86_02_independent_captured_soldiers -- The Independent, published 2025-01-13 (Monday)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
Z = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
SBU = "Security Service of Ukraine"
DOCS = {
    "dev86_02_independent_captured_soldiers": {
        "figures": [
            ("300 North Koreans", 300, None, "exact", "north korean", "casualties", 300, "count", "South Korea"),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("the |two men| lying", 2, None, "exact", "man", "casualties", 2, "count", ""),
            ("two North Korean servicemen", 2, None, "exact", "serviceman", "casualties", 2, "count", Z),
            ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("around 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
            ("11,000 troops", 11000, None, "exact", "troop", "personnel", 11000, "count", ""),
            ("about 400,000 followers", 400000, None, "approximately", "follower", "other", 400000, "count", ""),
            ("hundreds of men", 100, None, "vague", "man", "casualties", 100, "count", "Zapiski Shturmovika"),
            ("twenty or thirty men", 20, 30, "range", "man", "personnel", 20, "count", "Kit"),
            ("around 500 sq km", 500, None, "approximately", "sq km", "territory", 500, "km2", "Ukrainian commanders"),
            ("roughly 1,300 sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", "Ukrainian commanders"),
            ("£3bn", 3e9, None, "exact", "", "money", 3e9, "GBP", ""),
        ],
        "attributions": [
            ("offers Kim a prisoner swap", "offers", "Zelensky", Z, "person", "Ukraine", "indirect"),
            ("both men were taken alive in Kursk", "says", "Ukrainian president", Z, "person", "Ukraine", "indirect"),
            ("300 North Koreans have been killed", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Kyiv is ready to hand them back to Kim Jong Un – but only in exchange for Ukrainians held by Russia", "said",
             "Volodymyr Zelensky", Z, "person", "Ukraine", "indirect"),
            ("We are ready to hand over Kim Jong Un’s soldiers to him if he can organise their exchange for our warriors who are "
             "being held captive in Russia,", "wrote", "Mr Zelensky", Z, "person", "Ukraine", "direct"),
            ("There will be more captives. It is only a matter of time.", "wrote", "Mr Zelensky", Z, "person", "Ukraine", "direct"),
            ("Our soldiers have taken two North Korean servicemen prisoner in the Kursk region. Both were wounded, both survived and "
             "both have been brought to Kyiv. The world must see the truth about this war.", "announced", "He", Z, "person",
             "Ukraine", "direct"),
            ("the men were captured on 9 January by paratroopers and special forces", "According to",
             "the SBU, Ukraine’s security service", SBU, "organisation", "Ukraine", "according_to"),
            ("One of them, a 26-year-old rifleman, told investigators he had arrived in Russia in November and had been told he was "
             "going to a training exercise, not to a war", "the agency |said|.", "the agency", SBU, "organisation", "Ukraine", "indirect"),
            ("he had arrived in Russia in November and had been told he was going to a training exercise, not to a war",
             "told investigators", "One of them, a 26-year-old rifleman", "captured North Korean soldier", "group", "North Korea",
             "indirect"),
            ("South Korea’s National Intelligence Service confirmed the capture", "confirmed",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that some 300 North Korean soldiers had been killed and around 2,700 wounded since the contingent was sent into combat",
             "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("Russian military bloggers have painted a different picture", "painted a different picture", "Russian military bloggers",
             "Russian military bloggers", "group", "Russia", "indirect"),
            ("that Ukrainian units had lost “hundreds of men in a week” trying to hold the villages around Makhnovka", "claimed",
             "The pro-war Telegram channel Zapiski Shturmovika", "Zapiski Shturmovika", "media", "Russia", "indirect"),
            ("the men in Mr Zelensky’s video were “actors”", "said", "Another channel", "Russian pro-war Telegram channel", "media",
             "Russia", "indirect"),
            ("They come at us in waves, twenty or thirty men at a time,", "” |said| a Ukrainian drone",
             "a Ukrainian drone commander fighting in Kursk", "Kit", "person", "Ukraine", "direct"),
            ("Our drones see them long before they see us.", "” |said| a Ukrainian drone",
             "a Ukrainian drone commander fighting in Kursk", "Kit", "person", "Ukraine", "direct"),
            ("their troops still hold around 500 sq km of the region, down from roughly 1,300 sq km at the peak of the incursion "
             "last August", "say", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("Pyongyang has not publicly acknowledged sending troops to Russia", "has not publicly acknowledged", "Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ("a dangerous escalation", "called", "Britain", "United Kingdom", "government", "United Kingdom", "direct"),
        ],
        "events": [
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky posted the video of the two captured North Korean soldiers on Telegram and X"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky first announced on X the capture of two North Korean soldiers"),
            ("on 9 January", "2025-01-09", "2025-01-09", "day", True,
             "The two North Korean soldiers were captured by Ukrainian paratroopers and special forces (per the SBU)"),
            ("in November", "2024-11-01", "2024-11-30", "month", True,
             "The captured 26-year-old North Korean rifleman arrived in Russia"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "South Korea's NIS told lawmakers some 300 North Korean soldiers had been killed and around 2,700 wounded"),
            ("on Thursday", "2025-01-09", "2025-01-09", "day", True,
             "Zapiski Shturmovika claimed Ukrainian units had lost hundreds of men around Makhnovka"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Peak of Ukraine's Kursk incursion, with roughly 1,300 sq km held"),
            ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
             "North Korea and Russia signed a mutual defence pact"),
            ("in October", "2024-10-01", "2024-10-31", "month", True,
             "The North Korean deployment was first reported and Britain called it a dangerous escalation"),
        ],
    },
}
