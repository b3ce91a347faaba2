# dev101_02: Reuters Fact Check, anchor 2025-02-07 (Friday, manifest).
SMU = "social media users"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"

DOCS = {
    "dev101_02_reuters_snow_trench_photo": {
        "figures": [
            ("600 soldiers", 600, None, "exact", "soldier", "personnel", 600, "count", SMU),
            ("|40| came back", 40, None, "exact", "soldier", "personnel", 40, "count", SMU),
            ("more than 1.1 million times", 1100000, None, "more_than", "time", "other", 1100000, "count", ""),
            ("some 350 North Korean soldiers", 350, None, "approximately", "soldier", "casualties", 350, "count", NIS),
            ("more than 2,500", 2500, None, "more_than", "soldier", "casualties", 2500, "count", NIS),
            ("about 4,000", 4000, None, "approximately", "casualty", "casualties", 4000, "count", DIU),
        ],
        "attributions": [
            ("North Korean assault group before the attack on Sudzha. 600 soldiers went in, 40 came back,",
             "reads", "the caption of one post on X", SMU, "group", "independent", "direct"),
            ("that it proved Pyongyang had sent \"elite winter troops\" to Russia after its first contingent "
             "suffered heavy losses",
             "adding", "some", SMU, "group", "independent", "indirect"),
            ("Sudzha, the town named in the post, was captured by Ukrainian forces in August and remains under "
             "Ukrainian control",
             "according to", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine",
             "organisation", "Ukraine", "according_to"),
            ("that the image \"was taken by our public affairs team during a winter drill and has nothing to do "
             "with the war in Ukraine.\"",
             "told Reuters", "A spokesperson for South Korea's Joint Chiefs of Staff",
             "South Korean Joint Chiefs of Staff", "group", "South Korea", "indirect"),
            ("The camouflage is a South Korean pattern, and those are K2 rifles. North Korean units in Kursk have "
             "been filmed with Russian-issued kit,",
             ",\" |said| Lee", "Lee Dong-hwan", "Lee Dong-hwan", "person", "independent", "direct"),
            ("the same photo had circulated in December 2023 as an image of troops on the inter-Korean border",
             "He |said| the same", "He", "Lee Dong-hwan", "person", "independent", "indirect"),
            ("that some 350 North Korean soldiers had been killed and more than 2,500 wounded since they entered "
             "combat in December",
             "estimated", "South Korea's National Intelligence Service (NIS)", NIS, "organisation",
             "South Korea", "indirect"),
            ("Ukraine's military intelligence agency (HUR) put the number of North Korean dead and wounded at "
             "about 4,000 in a statement last week",
             "put", "Ukraine's military intelligence agency (HUR)", DIU, "organisation", "Ukraine", "indirect"),
            ("The Kremlin has not confirmed that North Korean troops are fighting in Kursk",
             "has not confirmed", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ],
        "events": [
            ("in January 2019", "2019-01-01", "2019-01-31", "month", False,
             "Photo taken during a South Korean army exercise in Gangwon province"),
            ("on Monday", "2025-02-03", "2025-02-03", "day", True,
             "Post on X with the false Kursk caption published"),
            ("by Thursday", "2025-02-06", "2025-02-06", "day", True,
             "The post had been viewed more than 1.1 million times"),
            ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukrainian forces captured Sudzha"),
            ("on Jan. 22, 2019", "2019-01-22", "2019-01-22", "day", False,
             "Photo first published on the South Korean defense ministry's Flickr account"),
            ("on Thursday", "2025-02-06", "2025-02-06", "day", True,
             "JCS spokesperson told Reuters the image was taken during a winter drill"),
            ("in December 2023", "2023-12-01", "2023-12-31", "month", False,
             "The photo circulated as an image of troops on the inter-Korean border"),
            ("last month", "2025-01-01", "2025-01-31", "month", True,
             "NIS estimated North Korean killed and wounded"),
            ("combat |in December|", "2024-12-01", "2024-12-31", "month", True,
             "North Korean soldiers entered combat"),
            ("last week", "2025-01-27", "2025-02-02", "week", True,
             "HUR statement put North Korean dead and wounded at about 4,000"),
            ("in 2019", "2019-01-01", "2019-12-31", "year", False,
             "Verdict: the photo shows South Korean soldiers during a winter exercise"),
        ],
    }
}
