# dev18_04_nv_captured_soldiers -- The New Voice of Ukraine (NV), published 2025-01-13 (Monday).
# Row formats: see spec_01_rt.py.
HUR = "Defence Intelligence of Ukraine"
YUS = "Andriy Yusov"
ZEL = "Volodymyr Zelensky"
POW = "captured North Korean soldier"
DOCS = {
    "dev18_04_nv_captured_soldiers": {
        "figures": [
            ("questioning |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", YUS),
            ("two men", 2, None, "exact", "man", "casualties", 2, "count", ""),
            ("11,000–12,000 North Korean troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", "Ukraine"),
            ("around 3,000", 3000, None, "approximately", "troop", "casualties", 3000, "count", "Ukraine"),
        ],
        "attributions": [
            ("Captured North Korean soldier thought he was going to a training exercise, not to war", "HUR:", "HUR", HUR,
             "organisation", "Ukraine", "indirect"),
            ("Ukraine's military intelligence (HUR) has begun questioning two North Korean soldiers captured in Russia's "
             "Kursk Oblast, and one of them has told interrogators he believed he was being sent on a training exercise "
             "rather than to war", "said", "HUR spokesman Andriy Yusov", YUS, "person", "Ukraine", "indirect"),
            ("he believed he was being sent on a training exercise rather than to war", "told interrogators", "one of them",
             POW, "group", "North Korea", "indirect"),
            ("Zelensky announced the capture on Saturday", "announced", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organize their exchange for our "
             "warriors who are being held captive in Russia,", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ("the older soldier, a rifleman, said he had served in the Korean People's Army since 2021 and was told by "
             "his commanders that Ukrainians were \"the enemy.\"", "According to", "Yusov", YUS, "person", "Ukraine",
             "according_to"),
            ("he had served in the Korean People's Army since 2021 and was told by his commanders that Ukrainians were "
             "\"the enemy.\"", "rifleman, |said| he had", "the older soldier", POW, "group", "North Korea", "indirect"),
            ("that Ukrainians were \"the enemy.\"", "was |told| by his", "his commanders", "North Korean commanders",
             "group", "North Korea", "indirect"),
            ("has no documents, only a Russian military ID issued in the name of a resident of Tuva,", "told NV", "Yusov",
             YUS, "person", "Ukraine", "direct"),
            ("that this was \"the standard scheme\" Moscow uses to hide the presence of foreign troops", "adding", "Yusov",
             YUS, "person", "Ukraine", "indirect"),
            ("Interrogations are conducted with the help of Korean interpreters in cooperation with South Korea's "
             "National Intelligence Service", "said", "the Security Service of Ukraine (SBU)",
             "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
            ("that the prisoners were being held in accordance with the Third Geneva Convention and had access to "
             "medical care", "stressed", "The SBU", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
            ("that 11,000–12,000 North Korean troops arrived in Kursk Oblast in the autumn of 2024, and that around "
             "3,000 of them have been killed or wounded so far", "estimates", "Ukraine", "Ukraine", "government",
             "Ukraine", "indirect"),
            ("In the Kursk direction the Koreans are losing up to a company a day, but they keep coming,", "said",
             "Colonel Oleh Tkachuk", "Oleh Tkachuk", "person", "Ukraine", "direct"),
            ("They are disciplined. They do not surrender – these men are the exception.", "coming,\" |said| Colonel",
             "Colonel Oleh Tkachuk", "Oleh Tkachuk", "person", "Ukraine", "direct"),
            ("that its soldiers are fighting in Russia", "deny", "Pyongyang", "North Korea", "government", "North Korea",
             "indirect"),
            ("it was ready to work on such an exchange \"as soon as Pyongyang shows that it is interested.\"", "said",
             "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
             "Coordination Headquarters for the Treatment of Prisoners of War", "organisation", "Ukraine", "indirect"),
            ("that it would consider any request by the soldiers to be transferred to Seoul", "said",
             "South Korea's Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea",
             "indirect"),
            ("a wounded North Korean soldier captured near the village of Kurilovka on December 26 died of his injuries "
             "the following day", "reported", "HUR", HUR, "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("on Jan. 13", "2025-01-13", "2025-01-13", "day", True,
             "Yusov said HUR had begun questioning two captured North Korean soldiers"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced the capture of two North Korean soldiers"),
            ("on X |on Sunday|", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky wrote he was ready to exchange the North Korean soldiers for Ukrainians held in Russia"),
            ("since 2021", "2021-01-01", "2025-01-13", "open", True,
             "The older captured soldier has served in the Korean People's Army"),
            ("in the autumn of 2024", "2024-09-01", "2024-11-30", "season", False,
             "11,000-12,000 North Korean troops arrived in Kursk Oblast (Ukrainian estimate)"),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True, "Peskov declined to comment on the capture"),
            ("said |on Sunday| it was", "2025-01-12", "2025-01-12", "day", True,
             "Ukraine's POW Coordination Headquarters said it was ready to work on an exchange"),
            ("last week", "2025-01-06", "2025-01-12", "week", True,
             "South Korea's Foreign Ministry said it would consider a request by the soldiers to go to Seoul"),
            ("in October", "2024-10-01", "2024-10-31", "month", True, "Pyongyang sent troops to Russia"),
            ("on December 26", "2024-12-26", "2024-12-26", "day", True,
             "A wounded North Korean soldier was captured near Kurilovka"),
            ("the following day", "2024-12-27", "2024-12-27", "day", True,
             "The North Korean soldier captured near Kurilovka died of his injuries"),
        ],
    },
}
