# dev95_03: AFP urgent bulletin, withdrawal advisory and 1st LEAD expansion, published 2025-03-10 (Monday).
# Row layouts as in spec_01_reuters.py.
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"

DOCS = {
    "dev95_03_afp_kursk_pullback": {
        "figures": [
            ("more than 4,000 men", 4000, None, "more_than", "man", "casualties", 4000, "count", "Andriy Yusov"),
            ("three villages", 3, None, "exact", "village", "territory", 3, "count", "Russian Defense Ministry"),
            ("up to 250 Ukrainian servicemen", 250, None, "at_most", "serviceman", "casualties", 250, "count",
             "Russian Defense Ministry"),
            ("around 400 square kilometres", 400, None, "approximately", "square kilometre", "territory", 400, "km2", "AFP"),
            ("155 square miles", 155, None, "exact", "square mile", "territory", round(155 * 2.589988, 6), "km2", "AFP"),
            ("about 1,300 sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", "AFP"),
            ("around 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count",
             "South Korean intelligence"),
        ],
        "attributions": [
            ("North Korean troops withdrawn from Kursk front line", "says",
             "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
            ("North Korean troops have been withdrawn from the front line in Russia's Kursk region after suffering "
             "heavy losses", "said",
             "Ukraine's military intelligence", HUR, "organisation", "Ukraine", "indirect"),
            ("North Korean troops pulled back from Kursk front after heavy losses", "says",
             "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("North Korean troops have been pulled back from front-line positions in Russia's Kursk region after "
             "suffering heavy losses", "said",
             "Ukraine's military intelligence", HUR, "organisation", "Ukraine", "indirect"),
            ('The North Korean units "have not been seen on the front for the past two to three weeks"', "told AFP",
             "military intelligence spokesman Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "indirect"),
            ('that they had lost "more than 4,000 men" killed or wounded since they arrived in December', "adding",
             "military intelligence spokesman Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "indirect"),
            ("They are most likely regrouping and taking in replacements,", "Yusov |said|, without",
             "Yusov", "Andriy Yusov", "person", "Ukraine", "direct"),
            ("its troops had recaptured three villages in the Kursk region and killed up to 250 Ukrainian servicemen "
             "in the past 24 hours", "ministry |said| on Sunday",
             "Russia's defence ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("Kyiv's forces now hold around 400 square kilometres (155 square miles) of the Kursk region, down from a "
             "peak of about 1,300 sq km last summer", "according to",
             "an AFP analysis of data from the US-based Institute for the Study of War (ISW)", "AFP", "media",
             "independent", "according_to"),
            ("has hampered their ability to strike Russian positions", "say",
             "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("North Korea appeared to be preparing an additional deployment", "Chiefs of Staff |said| North",
             "the Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
            ("that Pyongyang sent around 11,000 soldiers to Russia last autumn, along with artillery shells and "
             "short-range ballistic missiles", "estimates",
             "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
            ('leader Kim Jong Un as saying Pyongyang would "invariably support" Russia\'s "just cause"', "quoted",
             "North Korea's official KCNA news agency", "Korean Central News Agency", "media", "North Korea",
             "indirect"),
            ('Pyongyang would "invariably support" Russia\'s "just cause"', "saying",
             "leader Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Pyongyang cannot afford images of its soldiers in retreat,", "retreat,\" |said| Nadia",
             "Nadia Ferrand, a Korea specialist at the Paris-based Institute for Asian Security Studies",
             "Nadia Ferrand", "person", "independent", "direct"),
            ("Expect state media to present any pullback as a planned rotation.", "retreat,\" |said| Nadia",
             "Nadia Ferrand, a Korea specialist at the Paris-based Institute for Asian Security Studies",
             "Nadia Ferrand", "person", "independent", "direct"),
        ],
        "events": [
            ("intelligence said |on Monday|.\n", "2025-03-10", "2025-03-10", "day", True,
             "Ukraine's military intelligence said North Korean troops had been withdrawn from the Kursk front line (bulletin)"),
            ("intelligence said |on Monday|, as", "2025-03-10", "2025-03-10", "day", True,
             "Ukraine's military intelligence said North Korean troops had been pulled back from the Kursk front (lead)"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "North Korean units arrived at the front"),
            ("on Sunday", "2025-03-09", "2025-03-09", "day", True,
             "Russia's defence ministry said its troops had recaptured three villages in Kursk"),
            ("last summer", "2024-06-01", "2024-08-31", "season", True,
             "Peak of Ukrainian-held territory in Kursk, about 1,300 sq km"),
            ("earlier this month", "2025-03-01", "2025-03-09", "month", True,
             "Washington paused military aid and intelligence sharing with Kyiv"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "Pyongyang sent around 11,000 soldiers to Russia"),
            ("on Saturday", "2025-03-08", "2025-03-08", "day", True,
             "KCNA quoted Kim Jong Un as saying Pyongyang would invariably support Russia"),
        ],
    },
}
