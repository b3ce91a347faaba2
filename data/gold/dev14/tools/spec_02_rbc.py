# dev14_02_rbcukraine_pow_exchange  (anchor: manifest published 2025-01-13, a Monday)
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"
POW = "captured North Korean soldier"
DOCS = {
    "dev14_02_rbcukraine_pow_exchange": {
        "figures": [
            ("first |two soldiers| from the DPRK", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("the |two soldiers| were captured", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("5,000 to 6,000 troops", 5000, 6000, "range", "troop", "personnel", 5000, "count", "Andrii Yusov"),
            ("some 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("about $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", ""),
            ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", "Ukrainian Air Force"),
            ("dozens of ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", "Ukrainian Air Force"),
        ],
        "attributions": [
            ("This was stated by President Volodymyr Zelensky in his evening address on Sunday", "stated", "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("In addition to the first two soldiers from the DPRK, there will undoubtedly be more,", "said", "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ("It is only a matter of time before our troops manage to capture others.", 'more," Zelensky |said|. "It', "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ('that Ukraine would also consider other options for those North Koreans who "do not wish to return" and who want to help bring peace closer "by spreading the truth about this war in Korean."',
             "added", "He", ZEL, "person", "Ukraine", "indirect"),
            ("the two soldiers were captured on Saturday by paratroopers and special operations forces and handed over to the Security Service of Ukraine (SBU)",
             "According to", "Zelensky", ZEL, "person", "Ukraine", "according_to"),
            ("that he believed he was being sent to Russia for training, not to fight", "told interrogators", "One of them, a 26-year-old rifleman", POW, "group", "North Korea", "indirect"),
            ("that he had not been told he would be fighting against Ukraine", "says", "the second soldier, who is 20 years old", POW, "group", "North Korea", "indirect"),
            ('that North Korean units had suffered "significant losses" and had been pulled back from some positions in Kursk', "said",
             "Ukraine's Defence Intelligence (HUR) representative Andrii Yusov", "Andrii Yusov", "person", "Ukraine", "indirect"),
            ('that Pyongyang could send reinforcements of 5,000 to 6,000 troops "within weeks."', "warned", "He", "Andrii Yusov", "person", "Ukraine", "indirect"),
            ("that some 300 North Korean soldiers had been killed and 2,700 wounded since they entered combat in December", "told lawmakers",
             "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ('Russian commanders have been using the North Koreans as "expendable" assault infantry, and some soldiers were ordered to blow themselves up rather than be captured',
             "According to", "the NIS", NIS, "organisation", "South Korea", "according_to"),
            ("that, according to Ukrainian intelligence, Russian troops were burning the faces of killed North Koreans to conceal their identities", "said", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Russian troops were burning the faces of killed North Koreans to conceal their identities", "according to", "Ukrainian intelligence", "Ukrainian intelligence", "organisation", "Ukraine", "according_to"),
            ("Moscow has never officially acknowledged their presence", "has never officially acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("In addition to soldiers, North Korea has supplied Russia with millions of artillery shells and dozens of ballistic missiles, some of which have struck Kyiv and Kharkiv",
             "according to", "the Ukrainian Air Force", "Ukrainian Air Force", "organisation", "Ukraine", "according_to"),
            ("Ukrainian officials have repeatedly called on Seoul to provide more direct assistance, including artillery ammunition and air defense systems",
             "called on", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ],
        "events": [
            ("address |on Sunday|", "2025-01-12", "2025-01-12", "day", True, "Zelensky said in his evening address Ukraine is ready to swap captured North Koreans for Ukrainian POWs"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Two North Korean soldiers were captured in Kursk by Ukrainian paratroopers and special operations forces"),
            ("interrogation |on Sunday|", "2025-01-12", "2025-01-12", "day", True, "The SBU released a video of the interrogation of a captured North Korean soldier"),
            ("last week", "2025-01-06", "2025-01-12", "week", True, "Andrii Yusov said North Korean units had suffered significant losses and been pulled back from some positions"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True, "The NIS told lawmakers some 300 North Korean soldiers had been killed and 2,700 wounded"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean troops entered combat"),
            ("in the autumn of 2024", "2024-09-01", "2024-11-30", "season", False, "North Korea sent about 11,000 troops to Russia"),
            ("in late October", "2024-10-01", "2024-10-31", "month", True, "North Korean units were first spotted in the Kursk region"),
            ("in mid-December", "2024-12-01", "2024-12-31", "month", True, "North Korean units joined assaults on Ukrainian positions in Kursk"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine launched its surprise offensive into the Kursk region"),
        ],
    }
}
