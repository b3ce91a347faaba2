# dev55_01_yonhap_casualties -- Yonhap (LEAD) update, published Monday 2024-12-23 (anchor 2024-12-23)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
# A span "left|span|right" is found as the unique occurrence of left+span+right.
JCS = "Joint Chiefs of Staff (South Korea)"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"

DOCS = {
    "dev55_01_yonhap_casualties": {
        "figures": [
            ("some 1,200 casualties", 1200, None, "approximately", "casualty", "casualties", 1200, "count", JCS),
            ("Some 1,200 North Korean soldiers", 1200, None, "approximately", "soldier", "casualties", 1200, "count", JCS),
            ("around 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", JCS),
            ("more than 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", ZEL),
            ("over 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", JCS),
            ("roughly 9 million artillery shells", 9000000, None, "approximately", "artillery shell", "weapons", 9000000, "count", JCS),
            ("dozens of short-range ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", JCS),
            ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
            ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
            ("three generals", 3, None, "exact", "general", "personnel", 3, "count", NIS),
            ("roughly 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "South Korea"),
        ],
        "attributions": [
            # headline source tag "...: JCS" -- the tag itself is the cue
            ("N. Korean troops in Kursk suffer some 1,200 casualties, more may be sent", ": JCS",
             "JCS", JCS, "organisation", "South Korea", "indirect"),
            ("Some 1,200 North Korean soldiers have been killed or wounded since the North's troops were first thrown into combat against Ukrainian forces in Russia's Kursk region earlier this month",
             "said", "South Korea's military", JCS, "organisation", "South Korea", "indirect"),
            ("the North appears to be preparing to rotate or reinforce its contingent of around 11,000 troops, and may ship more 240-mm multiple rocket launchers and 170-mm self-propelled guns to Russia",
             "said", "The Joint Chiefs of Staff (JCS)", JCS, "organisation", "South Korea", "indirect"),
            ("North Korean troops are believed to have suffered heavy losses due to their unfamiliarity with the battlefield and drone attacks,",
             "told reporters", "a JCS official", "JCS official", "group", "South Korea", "direct"),
            ("Their tactics have not adapted to modern warfare.",
             "told reporters", "a JCS official", "JCS official", "group", "South Korea", "direct"),
            ("that the North seemed to be mass-producing suicide drones for shipment to Russia, after leader Kim Jong-un ordered their serial production in November",
             "added", "The official", "JCS official", "group", "South Korea", "indirect"),
            ("that more than 3,000 North Korean soldiers had been killed or wounded",
             "said", "Ukrainian President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("the North has shipped over 20,000 containers of munitions to Russia since August last year, enough to hold roughly 9 million artillery shells, along with dozens of short-range ballistic missiles",
             "By the JCS count", "JCS", JCS, "organisation", "South Korea", "according_to"),
            ("that at least 100 North Korean soldiers had been killed and nearly 1,000 others wounded, including some who died in a missile strike during training",
             "told", "the National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            # Lee quoted the agency: credited to the agency (the source of the words), cue "quoted"
            ("The North Korean soldiers are being used as expendable assault troops in open fields, and they lack knowledge of drones,",
             "quoted", "the spy agency", NIS, "organisation", "South Korea", "direct"),
            ("The spy agency also believes Lt. Gen. Kim Yong-bok, a first vice chief of the General Staff of the Korean People's Army, is among three generals leading the deployment",
             "said", "Lee", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("Lt. Gen. Kim Yong-bok, a first vice chief of the General Staff of the Korean People's Army, is among three generals leading the deployment",
             "believes", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("the North sent roughly 11,000 troops to Russia in October and November, including elite \"Storm Corps\" special forces",
             "estimates", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Pyongyang has not officially acknowledged the dispatch",
             "has not officially acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ],
        "events": [
            ("on Dec. 21", "2024-12-21", "2024-12-21", "day", True,
             "Ukraine's Special Operations Forces released footage of soldiers believed to be North Korean in Kursk (photo caption)"),
            ("earlier this month", "2024-12-01", "2024-12-22", "month", True,
             "North Korean troops first thrown into combat against Ukrainian forces in Kursk", 1),
            ("|Monday|.", "2024-12-23", "2024-12-23", "day", True,
             "South Korea's military (JCS) said some 1,200 North Korean soldiers had been killed or wounded"),
            ("in November", "2024-11-01", "2024-11-30", "month", True,
             "Kim Jong-un ordered serial production of suicide drones"),
            ("Earlier in the day", "2024-12-23", "2024-12-23", "day", True,
             "Zelenskyy said on X more than 3,000 North Korean soldiers had been killed or wounded"),
            ("since August last year", "2023-08-01", "2024-12-23", "open", True,
             "North Korea shipped over 20,000 containers of munitions to Russia (JCS count)"),
            ("Last Thursday", "2024-12-19", "2024-12-19", "day", True,
             "NIS briefed the parliamentary intelligence committee: at least 100 North Korean soldiers killed, nearly 1,000 wounded"),
            ("in October and November", "2024-10-01", "2024-11-30", "month", True,
             "North Korea sent roughly 11,000 troops to Russia (Seoul estimate)"),
            ("in June", "2024-06-01", "2024-06-30", "month", True,
             "North Korea and Russia signed the comprehensive strategic partnership treaty"),
            ("earlier this month", "2024-12-01", "2024-12-22", "month", True,
             "The North Korea-Russia treaty took effect", 2),
        ],
    },
}
