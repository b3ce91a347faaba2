# dev98_01: The Korea Daily (Los Angeles), Koreatown church prays for captured North Korean soldiers.
# Anchor: manifest published 2025-01-14 (Tuesday).
# Figures: (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# Attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# Events: (span, date_start, date_end, granularity, relative, event[, occurrence])
# A span "left|span|right" is located by its context.

KIM = "Kim Sung-chul"
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"

DOCS = {
    "dev98_01_koreadaily_church_prayer": {
        "figures": [
            ("says the |two prisoners| were", 2, None, "exact", "prisoner", "casualties", 2, "count", KIM),
            ("About 150 people", 150, None, "approximately", "person", "other", 150, "count", ""),
            ("for |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("that the |two men|, one aged", 2, None, "exact", "man", "casualties", 2, "count", ZEL),
            ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("about 340 North Korean soldiers", 340, None, "approximately", "soldier", "casualties", 340, "count", NIS),
            ("around 2,800", 2800, None, "approximately", "soldier", "casualties", 2800, "count", NIS),
            ("$18,400", 18400, None, "exact", "", "money", 18400, "USD", "Choi Young-ja"),
            ("Some 40", 40, None, "approximately", "family", "other", 40, "count", "Choi Young-ja"),
            ("these |two boys|. They", 2, None, "exact", "boy", "casualties", 2, "count", "Oksana Hrytsenko"),
        ],
        "attributions": [
            ('the two prisoners were "sent to die in someone else\'s war"', "says",
             "Defector pastor", KIM, "person", "independent", "indirect"),
            ("Ukrainian President Volodymyr Zelensky announced the capture", "announced",
             "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("that the two men, one aged 20 and the other 26, had been taken alive and were being questioned by "
             "the Security Service of Ukraine", "said", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("that Kyiv was ready to hand them over to Kim Jong Un if Pyongyang could arrange an exchange for "
             "Ukrainians held in Russia", "wrote on X", "he", ZEL, "person", "Ukraine", "indirect"),
            ("These are boys from farms and coal mines,", "said", "the Rev. Kim Sung-chul", KIM, "person",
             "independent", "direct"),
            ("Nobody told them where they were going. They were sent to die in someone else's war.",
             "Kim Sung-chul, who leads the church's North Korean ministry, |said| in Korean", "the Rev. Kim Sung-chul",
             KIM, "person", "independent", "direct"),
            ("soldiers of his generation were never shown a map of anywhere outside the peninsula", "said", "He", KIM,
             "person", "independent", "indirect"),
            ("that about 340 North Korean soldiers had been killed there and around 2,800 wounded", "told lawmakers",
             "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("South Korea's National Intelligence Service told lawmakers in Seoul on Monday that about 340 North "
             "Korean soldiers had been killed there and around 2,800 wounded", "according to",
             "Yonhap News Agency", "Yonhap News Agency", "media", "independent", "according_to"),
            ("Ukrainian officials have put the losses far higher", "have put", "Ukrainian officials",
             "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("The church has raised $18,400 since November for Ukrainian refugee families in Los Angeles County",
             "said", "elder Choi Young-ja", "Choi Young-ja", "person", "independent", "indirect"),
            ("Some 40 of those families came through the federal Uniting for Ukraine program, most of them from "
             "Kharkiv and Zaporizhzhia", "added", "she", "Choi Young-ja", "person", "independent", "indirect"),
            ("a strange gift.", "called", "She", "Oksana Hrytsenko", "person", "independent", "direct"),
            ("North Korean missiles hit my city last winter,", "said", "Hrytsenko", "Oksana Hrytsenko", "person",
             "independent", "direct"),
            ("And here Koreans are praying for us. I don't feel anger at these two boys. They did not choose this.",
             "Hrytsenko |said| through", "Hrytsenko", "Oksana Hrytsenko", "person", "independent", "direct"),
            ("she had not planned to come until she saw the news on KakaoTalk", "said", "Park Min-seo",
             "Park Min-seo", "person", "independent", "indirect"),
            ("When I saw the photo of the soldier with the bandage on his jaw, I thought of my grandfather at that "
             "age,", "said", "she", "Park Min-seo", "person", "independent", "direct"),
            ("He could have been one of them.", 'at that age," she |said|.', "she", "Park Min-seo", "person",
             "independent", "direct"),
        ],
        "events": [
            ("service |on Sunday|. [Jae-hoon", "2025-01-12", "2025-01-12", "day", True,
             "Special evening service at Hanmaum Presbyterian Church for the captured North Korean soldiers (caption)"),
            ("on Sunday evening", "2025-01-12", "2025-01-12", "day", True,
             "About 150 people prayed at Hanmaum Presbyterian Church for two captured North Korean soldiers"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky said two North Korean soldiers had been captured alive and were being questioned by the SBU"),
            ("The next day", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky wrote on X that Kyiv was ready to hand the prisoners to Kim Jong Un in an exchange"),
            ("in 2009", "2009-01-01", "2009-12-31", "year", False, "Kim Sung-chul defected from North Korea"),
            ("last fall", "2024-09-01", "2024-11-30", "season", True,
             "North Korea is believed to have sent about 11,000 troops to Russia"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "NIS told lawmakers about 340 North Korean soldiers had been killed and around 2,800 wounded"),
            ("since November", "2024-11-01", "2025-01-14", "open", True,
             "The church raised $18,400 for Ukrainian refugee families in Los Angeles County"),
            ("in 2022", "2022-01-01", "2022-12-31", "year", False, "Oksana Hrytsenko left Kharkiv with her daughters"),
            ("last winter", "2023-12-01", "2024-02-29", "season", True, "North Korean missiles hit Kharkiv"),
            ("on Jan. 26", "2025-01-26", "2025-01-26", "day", True,
             "The church will hold a second prayer service (forward)"),
            ("next month", "2025-02-01", "2025-02-28", "month", True,
             "The church plans a charity bazaar for the refugee families (forward)"),
        ],
    }
}
