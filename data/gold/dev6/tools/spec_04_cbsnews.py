"""dev6_04_cbsnews_casualty_estimate (CBS News, published 2024-12-17, a Tuesday).
Row formats: see spec_01_moscowtimes.py."""
OFF = "senior U.S. military official"
HUR = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
SSO = "Special Operations Forces of Ukraine"
CMD = "Ukrainian commander"

DOCS = {
    "dev6_04_cbsnews_casualty_estimate": {
        "figures": [
            ("Hundreds of North Korean troops", 100, None, "vague", "troop", "casualties", 100, "count", OFF, 1),
            ("Hundreds of North Korean troops", 100, None, "vague", "troop", "casualties", 100, "count", OFF, 2),
            ("between 200 and 500", 200, 500, "range", "casualty", "casualties", 200, "count", OFF),
            ("at least 30 North Korean soldiers", 30, None, "at_least", "soldier", "casualties", 30, "count", HUR),
            ("50 North Korean troops", 50, None, "exact", "troop", "casualties", 50, "count", SSO),
            ("wounded |47| over", 47, None, "exact", "troop", "casualties", 47, "count", SSO),
            ("about 20,000 containers", 20000, None, "approximately", "container", "weapons", 20000, "count", NIS),
            ("20 to 30 men", 20, 30, "range", "man", "personnel", 20, "count", CMD),
            ("roughly 500 square miles", 500, None, "approximately", "square mile", "territory", 1294.994, "km2", ""),
            ("less than 20 miles", 20, None, "less_than", "mile", "territory", 32.18688, "km", ""),
            ("more than $62 billion", 62000000000, None, "more_than", "", "money", 62000000000, "USD", ""),
            ("$500 million", 500000000, None, "exact", "", "money", 500000000, "USD", "", 1),
        ],
        "attributions": [
            ("Hundreds of North Korean troops killed or wounded in Kursk fighting", "says",
             "U.S. official", OFF, "group", "United States", "indirect"),
            ("Hundreds of North Korean troops have been killed or wounded in their first weeks of combat in Russia's "
             "Kursk region", "said",
             "a senior U.S. military official", OFF, "group", "United States", "indirect"),
            ("the casualties numbered between 200 and 500, ranging from lightly wounded troops to soldiers killed in "
             "action", "said",
             "The official", OFF, "group", "United States", "indirect"),
            ("They are not well-prepared for this kind of fight,", "said",
             "the official", OFF, "group", "United States", "direct"),
            ('that the North Koreans had been thrown into frontal assaults "in open fields, with very little cover."',
             "adding",
             "the official", OFF, "group", "United States", "indirect"),
            ('the U.S. had seen North Korean troops "actively engaged in combat operations" in Kursk', "told reporters",
             "Pentagon press secretary Maj. Gen. Pat Ryder", "Pat Ryder", "person", "United States", "indirect"),
            ('that they had been "integrated into Russian units."', "noting",
             "Pentagon press secretary Maj. Gen. Pat Ryder", "Pat Ryder", "person", "United States", "indirect"),
            ("that at least 30 North Korean soldiers had been killed or wounded in fighting near the villages of "
             "Plekhovo and Vorozhba on Dec. 14 and 15", "said",
             "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("that they had killed 50 North Korean troops and wounded 47 over three days of fighting", "said",
             "Ukraine's Special Operations Forces", SSO, "organisation", "Ukraine", "indirect"),
            ('Moscow was using the North Koreans in "assault groups" alongside Russian paratroopers and special forces',
             "said",
             "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("Russia does not value the lives of its own people, so it certainly will not value the lives of "
             "foreigners,", "said",
             "he", "Volodymyr Zelensky", "person", "Ukraine", "direct"),
            ("that North Korea has also shipped about 20,000 containers of munitions to Russia since August 2023, and "
             "that Pyongyang may be receiving air-defense systems and help with its satellite program in return", "said",
             "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("that North Korean infantry had advanced across snowy fields in waves of 20 to 30 men", "told CBS News",
             "A Ukrainian commander fighting in Kursk", CMD, "group", "Ukraine", "indirect"),
            ("They walk straight into our drones. It is brave, and it is terrible to watch,", "said",
             "he", CMD, "group", "Ukraine", "direct"),
            ("Russian counterattacks have since clawed back much of that ground", "assessed",
             "the Washington-based Institute for the Study of War", "Institute for the Study of War", "organisation",
             "independent", "indirect"),
            ("Kim Jong Un is buying something he cannot get anywhere else: a modern battlefield laboratory,", "said",
             "retired Army Col. Gordon Avery", "Gordon Avery", "person", "independent", "direct"),
            ("the losses were unlikely to deter Pyongyang", "said",
             "He", "Gordon Avery", "person", "independent", "indirect"),
            ('that Kim could send "several more brigades" if Moscow asked', "adding",
             "He", "Gordon Avery", "person", "independent", "indirect"),
        ],
        "events": [
            ("official said |Tuesday|,", "2024-12-17", "2024-12-17", "day", True,
             "A senior U.S. military official gave the Pentagon's first public estimate of North Korean losses in Kursk"),
            ("On Monday", "2024-12-16", "2024-12-16", "day", True,
             "Pat Ryder said the U.S. had seen North Korean troops actively engaged in combat in Kursk"),
            ("over the weekend", "2024-12-14", "2024-12-15", "day", True,
             "Ukraine's military intelligence said at least 30 North Korean soldiers had been killed or wounded"),
            ("on Dec. 14 and 15", "2024-12-14", "2024-12-15", "day", True,
             "Fighting near Plekhovo and Vorozhba in which at least 30 North Korean soldiers were killed or wounded"),
            ("address |Monday|,", "2024-12-16", "2024-12-16", "day", True,
             "Zelenskyy said Moscow was using North Koreans in assault groups alongside Russian forces"),
            ("earlier this month", "2024-12-01", "2024-12-16", "month", True,
             "South Korea's spy agency said North Korea had shipped about 20,000 containers of munitions to Russia"),
            ("since August 2023", "2023-08-01", "2024-12-17", "open", True,
             "North Korea has shipped about 20,000 containers of munitions to Russia"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Ukrainian troops seized roughly 500 square miles of Kursk in a surprise cross-border offensive"),
            ("in February 2022", "2022-02-01", "2022-02-28", "month", False,
             "Russia's full-scale invasion of Ukraine"),
            ("on Thursday", "2024-12-12", "2024-12-12", "day", True,
             "A further $500 million U.S. weapons package for Ukraine was unveiled"),
        ],
    },
}
