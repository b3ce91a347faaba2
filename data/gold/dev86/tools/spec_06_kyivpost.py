# dev86_06_kyivpost_kim_film -- Kyiv Post, published 2025-09-16 (Tuesday)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
KJU = "Kim Jong Un"
ZA = "Zoryana Analytics"
DOCS = {
    "dev86_06_kyivpost_kim_film": {
        "figures": [
            ("101 soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", "KCTV"),
            ("more than 6,000", 6000, None, "more_than", "casualty", "casualties", 6000, "count", DIU),
            ("at least 2,300 deaths", 2300, None, "at_least", "death", "casualties", 2300, "count", DIU),
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("two engineering brigades", 2, None, "exact", "engineering brigade", "units", 2, "count", NIS),
            ("212 coffins", 212, None, "exact", "coffin", "casualties", 212, "count", ZA),
            ("some 700,000 subscribers", 700000, None, "approximately", "subscriber", "other", 700000, "count", ""),
            ("UAH 3.2 million", 3.2e6, None, "exact", "", "money", 3.2e6, "UAH", ""),
            ("about €66,000", 66000, None, "approximately", "", "money", 66000, "EUR", ""),
        ],
        "attributions": [
            ("Real Toll Is Far Higher", "Says", "Ukraine’s Intel", DIU, "organisation", "Ukraine", "indirect"),
            ("the film honoured 101 soldiers killed “liberating” Russian land", "said", "The station", "KCTV", "media",
             "North Korea", "indirect"),
            ("They fought for the honour of the Korean people and for our brothers in Russia,", "Kim |said| in the film", "Kim", KJU,
             "person", "North Korea", "direct"),
            ("The motherland will never forget them.", "Kim |said| in the film", "Kim", KJU, "person", "North Korea", "direct"),
            ("that the film showed “only a fraction” of the losses", "said", "Ukraine’s Defence Intelligence (HUR)", DIU,
             "organisation", "Ukraine", "indirect"),
            ("putting North Korean casualties in Kursk at more than 6,000, including at least 2,300 deaths", "putting",
             "Ukraine’s Defence Intelligence (HUR)", DIU, "organisation", "Ukraine", "indirect"),
            ("Pyongyang buries its soldiers in secret and shows the cameras only what it wants. The real number of coffins is many "
             "times larger.", "told Kyiv Post", "HUR spokesperson Oleh Savchuk", "Oleh Savchuk", "person", "Ukraine", "direct"),
            ("that about 2,000 North Korean soldiers had been killed since the deployment began last autumn, and that Pyongyang had "
             "moved two engineering brigades into the region in the summer", "told lawmakers",
             "Its National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("it had counted 212 coffins in the film", "said", "The Ukrainian open-source project Zoryana Analytics", ZA,
             "organisation", "independent", "indirect"),
            ("that several scenes appeared to show the same hall filmed from different angles", "cautioned",
             "The Ukrainian open-source project Zoryana Analytics", ZA, "organisation", "independent", "indirect"),
            ("that “the Koreans have shown how to honour the fallen – our ministry could learn something.”", "wrote",
             "The pro-war channel Okopnaya Pravda", "Okopnaya Pravda", "media", "Russia", "indirect"),
            ("Kim stages a funeral for the cameras. He does not show the families who were never told where their sons died. "
             "Russia is paying for its war with other nations’ children.", "responded",
             "Ukraine’s Foreign Ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "direct"),
            ("it struck North Korean positions near Sudzha last winter", "says",
             "The drone unit of Ukraine’s 95th Air Assault Brigade", "95th Air Assault Brigade (Ukraine)", "organisation",
             "Ukraine", "indirect"),
            ("its troops were fighting in Kursk", "admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("promising them new homes on a street to be named after the Kursk “heroes.”", "promising", "Kim", KJU, "person",
             "North Korea", "indirect"),
            ("a monument to the fallen could be unveiled", "say", "analysts in Seoul", "analysts in Seoul", "group", "independent",
             "indirect"),
        ],
        "events": [
            ("on Sunday", "2025-09-14", "2025-09-14", "day", True,
             "North Korean state TV (KCTV) aired the Kursk documentary (photo caption)", 1),
            ("on Sunday", "2025-09-14", "2025-09-14", "day", True,
             "North Korean state television aired a documentary showing Kim beside soldiers' coffins", 2),
            ("on Monday", "2025-09-15", "2025-09-15", "day", True,
             "KCNA released a transcript of Kim's remarks in the documentary", 1),
            ("on Monday", "2025-09-15", "2025-09-15", "day", True,
             "HUR said on Telegram the film showed only a fraction of North Korean losses", 2),
            ("on Sept. 4", "2025-09-04", "2025-09-04", "day", True,
             "South Korea's NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "North Korea's deployment to Russia began"),
            ("in the summer", "2025-06-01", "2025-08-31", "season", True,
             "Pyongyang moved two engineering brigades into the Kursk region (per South Korea's NIS)"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True,
             "The 95th Air Assault Brigade's drone unit says it struck North Korean positions near Sudzha"),
            ("by Tuesday", "2025-09-16", "2025-09-16", "day", True,
             "The 'A gift for Kim' Monobank fundraiser had collected UAH 3.2 million"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "Pyongyang first admitted its troops were fighting in Kursk"),
            ("In August", "2025-08-01", "2025-08-31", "month", True,
             "Kim greeted returning soldiers at a ceremony in Pyongyang and promised them new homes"),
            ("on Oct. 10", "2025-10-10", "2025-10-10", "day", True,
             "Kim expected to honour the troops again at the Workers' Party's 80th anniversary"),
        ],
    },
}
