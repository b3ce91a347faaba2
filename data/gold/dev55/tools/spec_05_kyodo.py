# dev55_05_kyodo_pows -- Kyodo News flash + full story. Manifest `published` is EMPTY; the anchor is
# Sunday 2025-01-12, taken from the page's date line "KYODO NEWS - Jan 12, 2025 - 22:48 | World, All".
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
ZEL = "Volodymyr Zelensky"
SBU = "Security Service of Ukraine"
NIS = "National Intelligence Service (South Korea)"
POW = "captured North Korean soldier"

DOCS = {
    "dev55_05_kyodo_pows": {
        "figures": [
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("The |two men|,", 2, None, "exact", "man", "casualties", 2, "count", ""),
            ("more than 3,800 North Korean soldiers", 3800, None, "more_than", "soldier", "casualties", 3800, "count", ZEL),
            ("some 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "South Korea"),
            ("more than 100 ballistic missiles", 100, None, "more_than", "ballistic missile", "weapons", 100, "count", "South Korea"),
            ("about $12 billion", 12e9, None, "approximately", "", "money", 12e9, "USD", ""),
            ("roughly 471 billion yen", 471e9, None, "approximately", "yen", "money", 471e9, "JPY", ""),
            ("$3 billion", 3e9, None, "exact", "", "money", 3e9, "USD", ""),
        ],
        "attributions": [
            ("ready to hand over N. Korean POWs to Kim in swap",
             "says", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("that Kyiv is ready to hand over two North Korean soldiers captured in Russia's Kursk region to leader Kim Jong Un if Pyongyang can arrange their exchange for Ukrainian prisoners of war held in Russia",
             "said", "Ukrainian President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organize their exchange for our warriors who are being held captive in Russia,",
             "wrote", "Zelenskyy", ZEL, "person", "Ukraine", "direct"),
            ("that there \"will undoubtedly be more\" captives",
             "adding", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("One is 20 and the other 26",
             "according to", "the SBU", SBU, "organisation", "Ukraine", "according_to"),
            ("he thought he was being sent for training, not to war, and that he had not been told he would be fighting Ukraine",
             "says", "the younger man", POW, "group", "North Korea", "indirect"),
            ("he would like to stay in Ukraine",
             "says", "The other", POW, "group", "North Korea", "indirect"),
            ("The other says he would like to stay in Ukraine",
             "said", "the SBU", SBU, "organisation", "Ukraine", "indirect"),
            ("that it had confirmed the capture in cooperation with Ukrainian intelligence, and that one of the soldiers had told interrogators his unit lost many men in combat",
             "Service |said| in a statement", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("his unit lost many men in combat",
             "told interrogators", "one of the soldiers", POW, "group", "North Korea", "indirect"),
            ("that Ukrainian forces had killed or wounded more than 3,800 North Korean soldiers in the Kursk region since mid-December",
             "Zelenskyy |said| in his video address", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("Pyongyang has sent some 11,000 troops to Russia, along with more than 100 ballistic missiles",
             "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("that Japan was \"seriously concerned\" about the deepening military cooperation between Moscow and Pyongyang and its possible impact on security in the Indo-Pacific region",
             "told a press conference", "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
        ],
        "events": [
            ("said |Sunday| that", "2025-01-12", "2025-01-12", "day", True,
             "Zelenskyy said Kyiv is ready to hand over two captured North Korean soldiers in exchange for Ukrainian POWs"),
            ("on Thursday", "2025-01-09", "2025-01-09", "day", True,
             "Two North Korean soldiers taken prisoner in the Kursk region"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "Pyongyang sent troops to fight alongside Russian forces"),
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
             "SBU released a video of the two soldiers' interrogation"),
            ("statement |Saturday| that", "2025-01-11", "2025-01-11", "day", True,
             "NIS statement confirming the capture in cooperation with Ukrainian intelligence"),
            ("address |Saturday| that", "2025-01-11", "2025-01-11", "day", True,
             "Zelenskyy's video address: more than 3,800 North Korean soldiers killed or wounded"),
            ("since mid-December", "2024-12-11", "2025-01-12", "open", True,
             "Ukrainian forces killed or wounded more than 3,800 North Korean soldiers in Kursk (Zelenskyy)"),
            ("conference |Friday| that", "2025-01-10", "2025-01-10", "day", True,
             "Hayashi told a press conference Japan was seriously concerned about Moscow-Pyongyang military cooperation"),
            ("in February 2022", "2022-02-01", "2022-02-28", "month", False,
             "Russia's full-scale invasion of Ukraine"),
            ("In December", "2024-12-01", "2024-12-31", "month", True,
             "Japan disbursed roughly 471 billion yen in loans backed by frozen Russian assets"),
        ],
    },
}
