# dev12_02_chosun_nis_casualties -- anchor 2025-01-14 (Tuesday), from the manifest.
# Not annotated (traps): "Updated : 2025.01.14 10:17", the photo caption (its "Jan. 11"), "20 years old",
# "the other 26" (ages), "one of whom", "one of the prisoners" ("one of"), "240-mm", "170-mm" (calibres),
# "a second dispatch" (ordinal), the related-article list (a tagged headline with 1,500 troops, "2 N.Korean
# POWs Say ...", a date in brackets), "Most Viewed" (incl. "in 2024"); the defence ministry "declined to
# comment", the embassy "could not be reached" (no statements).
# Nested: Lee -> "the NIS believes ..." and "According to Lee, the NIS said ..."; "According to the NIS,
# one of the prisoners told ...".  Figures take the innermost speaker.

NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
LEE = ("Lee Seong-kweun", "person", "South Korea")
IPSS = ("Institute for Peninsula Security Studies", "organisation", "independent")
YOON = ("Yoon Ha-jin", "person", "independent")
CHOI = ("Choi Sang-mok", "person", "South Korea")
N = "National Intelligence Service (South Korea)"

DOCS = {"dev12_02_chosun_nis_casualties": {
    "figures": [
        ("300 N.Korean Troops", 300, None, "exact", "troop", "casualties", 300, "count", N),
        ("About 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", N),
        ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", N),
        ("more than 3,000", 3000, None, "more_than", "casualty", "casualties", 3000, "count", N),
        ("close to 30 percent", 30, None, "approximately", "percent", "casualties", 30, "count", "Lee Seong-kweun"),
        ("roughly 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Lee Seong-kweun"),
        ("two wounded North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", N),
        ("about 28 trillion won", 28e12, None, "approximately", "won", "money", 28e12, "KRW", "Institute for Peninsula Security Studies"),
        ("US$19 billion", 19e9, None, "exact", "", "money", 19e9, "USD", "Institute for Peninsula Security Studies"),
        ("10,000-15,000 troops", 10000, 15000, "range", "troop", "personnel", 10000, "count", "Yoon Ha-jin"),
    ],
    "attributions": [
        ("300 N.Korean Troops Killed in Kursk Fighting", "Says", "NIS", *NIS, "indirect"),
        ("About 300 North Korean soldiers deployed to Russia have been killed and some 2,700 wounded in fighting against Ukraine",
         "said", "the National Intelligence Service", *NIS, "indirect"),
        ("that the NIS believes North Korean casualties now number more than 3,000", "told reporters",
         "Rep. Lee Seong-kweun of the ruling People Power Party", *LEE, "indirect"),
        ("North Korean casualties now number more than 3,000", "believes", "the NIS", *NIS, "indirect"),
        ("That would be close to 30 percent of the roughly 11,000 troops Pyongyang sent to Russia in October", "said", "Lee", *LEE, "indirect"),
        ("the NIS said the heavy losses stemmed from the North Korean troops' lack of understanding of modern warfare",
         "According to", "Lee", *LEE, "according_to"),
        ("the heavy losses stemmed from the North Korean troops' lack of understanding of modern warfare", "said", "the NIS", *NIS, "indirect"),
        ("There was a case in which a North Korean soldier who was about to be captured shouted 'General Kim Jong Un' and tried to detonate a grenade,",
         "said", "he", *LEE, "direct"),
        ("that the soldiers appeared to have been ordered to kill themselves rather than be taken prisoner", "added", "Lee", *LEE, "indirect"),
        ("that Ukrainian forces had captured two wounded North Korean soldiers in Kursk", "confirmed", "The NIS", *NIS, "indirect"),
        ("Ukrainian President Volodymyr Zelensky announced the capture on Saturday", "announced",
         "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("one of the prisoners told Ukrainian interrogators that he had been led to believe he was going to Russia for training, not to fight",
         "According to", "the NIS", *NIS, "according_to"),
        ("that he had been led to believe he was going to Russia for training, not to fight", "told Ukrainian interrogators",
         "one of the prisoners", "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("it was ready to cooperate with Kyiv if either of the men wished to be sent to South Korea", "said", "The agency", *NIS, "indirect"),
        ("that Pyongyang had also supplied Russia with 240-mm multiple rocket launchers and 170-mm self-propelled guns, and that the North appears to be preparing a second dispatch of troops",
         "added", "The NIS", *NIS, "indirect"),
        ("North Korea is estimated to have earned about 28 trillion won (US$19 billion) from its arms and troop support to Russia since 2023",
         "according to", "a report released last month by the Seoul-based Institute for Peninsula Security Studies", *IPSS, "according_to"),
        ("that the bulk of the payments had come in the form of oil, food and military technology rather than cash", "said", "The report", *IPSS, "indirect"),
        ("Kim Jong Un is buying combat experience with his soldiers' lives,", "said",
         "Professor Yoon Ha-jin of the Sejong Graduate School of Unification Studies", *YOON, "direct"),
        ("Every month in Kursk teaches the Korean People's Army lessons it could never learn on its own training grounds.",
         "lives,\" |said| Professor", "Professor Yoon Ha-jin of the Sejong Graduate School of Unification Studies", *YOON, "direct"),
        ("that Pyongyang could rotate another 10,000-15,000 troops through the front this year", "said", "Yoon", *YOON, "indirect"),
        ("a clear violation of UN Security Council resolutions", "called", "Acting President Choi Sang-mok", *CHOI, "direct"),
        ("Seoul would coordinate its response closely with Washington and Kyiv", "said", "Acting President Choi Sang-mok", *CHOI, "indirect"),
        ("North Korea has not officially acknowledged the deployment", "has not officially acknowledged",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
    ],
    "events": [
        ("said |Monday|", "2025-01-13", "2025-01-13", "day", True, "NIS said ~300 North Korean soldiers killed and ~2,700 wounded"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "Pyongyang sent roughly 11,000 troops to Russia"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "NIS confirmed Ukraine captured two wounded North Korean soldiers"),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelensky announced the capture of two North Korean soldiers"),
        ("since 2023", "2023-01-01", "2025-01-14", "open", True, "North Korea earned ~28 trillion won from arms and troop support to Russia"),
        ("last month", "2024-12-01", "2024-12-31", "month", True, "Institute for Peninsula Security Studies released its report"),
        ("this year", "2025-01-01", "2025-12-31", "year", True, "Pyongyang could rotate another 10,000-15,000 troops through the front"),
        ("on Tuesday", "2025-01-14", "2025-01-14", "day", True, "Acting President Choi Sang-mok called the deployment a violation of UNSC resolutions"),
    ],
}}
