# dev20_01 -- Sputnik International, published 2025-04-28 (Monday).
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
# A span "left|span|right" is located by its context; cues may use the same form.
# Not annotated (page furniture): nav, byline/timestamp line, photo credit, the inline "Read more:" teaser,
# Tags, Related list ("Over 600 Ukrainian Servicemen ... Since August - MoD"), newsletter prompt, footer ("18+").
# Not annotated (traps): "two days after", "Kim, 41,", "Article 4", "within nine months",
# "Kim ... has not commented", "Peskov declined to comment", "for the first time".

PUTIN = ("Vladimir Putin", "person", "Russia")
GERASIMOV = ("Valery Gerasimov", "person", "Russia")
CMC = ("Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea")
PESKOV = ("Dmitry Peskov", "person", "Russia")
LAVRENTYEV = ("Andrei Lavrentyev", "person", "independent")

DOCS = {
    "dev20_01_sputnik_kursk_liberation": {
        "figures": [
            ("more than 76,000 servicemen", 76000, None, "more_than", "serviceman", "casualties", 76000, "count", "Valery Gerasimov"),
            ("over 7,000 pieces", 7000, None, "more_than", "piece", "weapons", 7000, "count", "Valery Gerasimov"),
            ("412 tanks", 412, None, "exact", "tank", "weapons", 412, "count", "Valery Gerasimov"),
            ("11,000 to 12,000 North Korean troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", "Ukraine"),
            ("thousands of casualties", 1000, None, "vague", "casualty", "casualties", 1000, "count", "Western media outlets"),
            ("up to 60,000 troops", 60000, None, "at_most", "troop", "personnel", 60000, "count", "Andrei Lavrentyev"),
            ("roughly 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "Andrei Lavrentyev"),
            ("some 2,000 Korean officers", 2000, None, "approximately", "officer", "personnel", 2000, "count", "Andrei Lavrentyev"),
        ],
        "attributions": [
            # headline: two statements, each a whole clause
            ("Putin Thanks Kim Jong Un", "Thanks", "Putin", *PUTIN, "indirect"),
            ("Korean Troops Helped Liberate Kursk Region", "Confirms", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            # sub-headline
            ("Russian President Vladimir Putin has praised North Korean servicemen who fought alongside Russian troops in the Kursk region",
             "praised", "Russian President Vladimir Putin", *PUTIN, "indirect"),
            ("Pyongyang for the first time officially acknowledged their deployment", "acknowledged", "Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            # lede: an act of thanking with no that-clause -> the whole clause
            ('Russian President Vladimir Putin on Monday thanked North Korean leader Kim Jong Un and "all the Korean people" for the participation of DPRK soldiers in driving Ukrainian forces out of the Kursk region',
             "thanked", "Russian President Vladimir Putin", *PUTIN, "indirect"),
            # quote, tag, quote resumes after the tag
            ("Korean friends acted out of a sense of solidarity, justice and genuine comradeship,", "Putin |said| in a statement",
             "Putin", *PUTIN, "direct"),
            ("We will always honor the Korean heroes who gave their lives for Russia, for our common freedom, on a par with their Russian brothers in arms.",
             "Putin |said| in a statement", "Putin", *PUTIN, "direct"),
            ("that the Kursk region had been completely liberated", "reported", "Chief of the General Staff Valery Gerasimov", *GERASIMOV, "indirect"),
            ("Ukraine had lost more than 76,000 servicemen killed and wounded during the incursion, which began in August 2024, as well as over 7,000 pieces of military hardware, including 412 tanks",
             "Gerasimov |said| Ukraine", "Gerasimov", *GERASIMOV, "indirect"),
            ('units of the Korean People\'s Army "provided significant assistance" in routing the Ukrainian grouping, including during the final assault on the village of Gornal',
             "According to", "Gerasimov", *GERASIMOV, "according_to"),
            ("that the troops had been sent on Kim Jong Un's orders under Article 4 of the Treaty on Comprehensive Strategic Partnership, which the two countries signed in June 2024",
             "Korea |said| in a statement carried", "the Central Military Commission of the Workers' Party of Korea", *CMC, "indirect"),
            ("The heroic soldiers of the overseas operation units have fulfilled their noble mission,", "stressed", "the commission", *CMC, "direct"),
            ('that the "liberation of Kursk" proved the "invincible might" of the alliance', "adding", "the commission", *CMC, "indirect"),
            ('that Moscow would "never forget" the feat of the Korean fighters', "told reporters", "Kremlin spokesman Dmitry Peskov", *PESKOV, "indirect"),
            ('that the treaty\'s mutual assistance clause had worked "exactly as intended."', "noted", "Kremlin spokesman Dmitry Peskov", *PESKOV, "indirect"),
            ("that 11,000 to 12,000 North Korean troops had been deployed to the Kursk region", "claimed", "Kiev",
             "Ukraine", "government", "Ukraine", "indirect"),
            ("that the contingent suffered thousands of casualties", "alleged", "several Western media outlets",
             "Western media outlets", "media", "independent", "indirect"),
            ("Moscow has repeatedly dismissed such figures as propaganda", "dismissed", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("The Kursk operation showed that the Russian-Korean alliance is not a paper construction,", "told Sputnik",
             "Andrei Lavrentyev", *LAVRENTYEV, "direct"),
            ("that Kiev had thrown up to 60,000 troops into the region at the peak of the incursion", "estimated", "He", *LAVRENTYEV, "indirect"),
            ("only to lose almost all the ground it had seized - roughly 1,300 square kilometers - within nine months.", "estimated",
             "He", *LAVRENTYEV, "direct"),
            ('that the experience gained by some 2,000 Korean officers and sergeants who had rotated through the front since last autumn would be studied "for decades" in Pyongyang',
             "added", "Lavrentyev", *LAVRENTYEV, "indirect"),
        ],
        "events": [
            ("Putin |on Monday| thanked", "2025-04-28", "2025-04-28", "day", True,
             "Putin thanked Kim Jong Un and the Korean people for DPRK soldiers' part in driving Ukrainian forces out of Kursk"),
            ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov reported the Kursk region liberated and gave Ukraine's losses (over 76,000 servicemen, over 7,000 pieces of hardware)"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine's incursion into the Kursk region began"),
            ("Earlier on Monday", "2025-04-28", "2025-04-28", "day", True,
             "WPK Central Military Commission statement (via KCNA) that the troops were sent on Kim Jong Un's orders"),
            ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
             "North Korea and Russia signed the Treaty on Comprehensive Strategic Partnership"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Kiev claimed 11,000 to 12,000 North Korean troops had been deployed to the Kursk region"),
            ("since last autumn", "2024-09-01", "2025-04-28", "open", True,
             "Some 2,000 Korean officers and sergeants rotated through the front"),
        ],
    },
}
