# dev31_01: The Guardian live blog, Tue 24 Dec 2024 (anchor 2024-12-24).
# Figures: (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# Attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# Events: (span, date_start, date_end, granularity, relative, event[, occurrence])
VZ = "Volodymyr Zelensky"
JCS = "Joint Chiefs of Staff (South Korea)"
UAF = "Ukrainian Air Force"
OFF = "senior Ukrainian officer"

DOCS = {"dev31_01_guardian_northkorea_casualties": {
    "figures": [
        ("Zelenskyy says |more than 3,000 North Korean soldiers| killed", 3000, None, "more_than", "soldier", "casualties", 3000, "count", VZ),
        ("puts losses at |about 1,100|", 1100, None, "approximately", "soldier", "casualties", 1100, "count", JCS),
        ("Zelenskyy said |more than 3,000 North Korean soldiers| have been", 3000, None, "more_than", "soldier", "casualties", 3000, "count", VZ),
        ("estimated that |about 1,100 North Korean soldiers| had been", 1100, None, "approximately", "soldier", "casualties", 1100, "count", JCS),
        ("78 drones", 78, None, "exact", "drone", "weapons", 78, "count", UAF, 1),
        ("two Iskander-M ballistic missiles", 2, None, "exact", "ballistic missile", "weapons", 2, "count", UAF, 1),
        ("About 1,100 North Korean soldiers", 1100, None, "approximately", "soldier", "casualties", 1100, "count", JCS),
        ("roughly 11,000 men", 11000, None, "approximately", "man", "personnel", 11000, "count", JCS),
        ("already |exceeds 3,000|,", 3000, None, "more_than", "soldier", "casualties", 3000, "count", VZ),
        ("20 to 30 men", 20, 30, "range", "man", "personnel", 20, "count", OFF),
        ("two kilometres", 2, None, "exact", "kilometre", "territory", 2, "km", OFF),
        ("as much as $500m", 500000000, None, "at_most", "dollar", "money", 500000000, "USD", "Namsan Security Forum"),
        ("hundreds of North Korean soldiers", 100, None, "vague", "soldier", "casualties", 100, "count", "Pentagon"),
        ("78 drones", 78, None, "exact", "drone", "weapons", 78, "count", UAF, 2),
        ("two Iskander-M ballistic missiles", 2, None, "exact", "ballistic missile", "weapons", 2, "count", UAF, 2),
        ("Fifty-one drones", 51, None, "exact", "drone", "weapons", 51, "count", UAF),
        ("24 more drones", 24, None, "exact", "drone", "weapons", 24, "count", UAF),
    ],
    "attributions": [
        # headline and standfirst
        ("more than 3,000 North Korean soldiers killed or wounded in Kursk", "says", "Zelenskyy", VZ, "person", "Ukraine", "indirect"),
        ("Pyongyang could send more troops", "warns", "Ukrainian president", VZ, "person", "Ukraine", "indirect"),
        ("South Korea’s military puts losses at about 1,100", "puts", "South Korea’s military", JCS, "organisation", "South Korea", "indirect"),
        # pinned summary
        ("more than 3,000 North Korean soldiers have been killed or wounded in Russia’s Kursk region", "said", "Volodymyr Zelenskyy", VZ, "person", "Ukraine", "indirect"),
        ("that Pyongyang could send “additional soldiers and military equipment” to Russia", "warned", "The Ukrainian president", VZ, "person", "Ukraine", "indirect"),
        ("that about 1,100 North Korean soldiers had been killed or wounded", "estimated", "South Korea’s joint chiefs of staff (JCS)", JCS, "organisation", "South Korea", "indirect"),
        ("|Russia launched 78 drones and two Iskander-M ballistic missiles at Ukraine overnight|, the Ukrainian air force said.", "said", "the Ukrainian air force", UAF, "organisation", "Ukraine", "indirect"),
        # 15.47
        ("South Korea’s military has put North Korean losses well below the figure given by Kyiv", "has put", "South Korea’s military", JCS, "organisation", "South Korea", "indirect"),
        ("About 1,100 North Korean soldiers have been killed or wounded since they were first sent into combat in early December", "said", "the JCS", JCS, "organisation", "South Korea", "indirect"),
        ("Kyiv’s figure “may include lightly wounded soldiers who have since returned to the line”", "said", "it", JCS, "organisation", "South Korea", "indirect"),
        ("The report put the North Korean contingent at roughly 11,000 men, most of them drawn from the Storm Corps, the unit also known as the 11th Corps", "put", "The report", JCS, "organisation", "South Korea", "indirect"),
        ("the gap between the two estimates was “hardly surprising”", "said", "Cho Min-hyuk", "Cho Min-hyuk", "person", "independent", "indirect"),
        ("Kyiv counts everyone who leaves the line,", "told the Guardian", "he", "Cho Min-hyuk", "person", "independent", "direct"),
        ("Seoul counts bodies and stretchers, and it has fewer eyes on the ground.", "told the Guardian", "he", "Cho Min-hyuk", "person", "independent", "direct"),
        # 12.41
        ("According to preliminary data, the number of killed and wounded North Korean soldiers in the Kursk region already exceeds 3,000,", "wrote", "he", VZ, "person", "Ukraine", "direct"),
        ("There was a risk, he added, that North Korea would send “additional soldiers and military equipment” to the Russian army", "added", "he", VZ, "person", "Ukraine", "indirect"),
        ("the North Koreans were attacking in groups of 20 to 30 men, often across open fields", "said", "A senior Ukrainian officer in the Kursk sector", OFF, "group", "Ukraine", "indirect"),
        ("They walk in lines, like it is 1951,", "said", "the officer", OFF, "group", "Ukraine", "direct"),
        ("Our drones see them coming from two kilometres away.", "said", "the officer", OFF, "group", "Ukraine", "direct"),
        ("North Korea could earn as much as $500m a year from the deployment", "according to", "the Namsan Security Forum", "Namsan Security Forum", "organisation", "independent", "according_to"),
        # 10.15
        ("questions about the armed forces “should be addressed to the defence ministry”", "said", "Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("Moscow and Pyongyang have never formally acknowledged the deployment", "never formally acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Moscow and Pyongyang have never formally acknowledged the deployment", "never formally acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("it began in October", "say", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("it began in October", "say", "its western allies", "Western allies", "group", "West", "indirect"),
        ("hundreds of North Korean soldiers had been killed or wounded", "said", "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        # 08.02
        ("|Russia launched 78 drones and two Iskander-M ballistic missiles at Ukraine overnight|, the Ukrainian air force said on Telegram", "said", "the Ukrainian air force", UAF, "organisation", "Ukraine", "indirect"),
        ("Fifty-one drones were shot down, it said, while 24 more drones were “lost” to electronic jamming", "said", "it", UAF, "organisation", "Ukraine", "indirect"),
        ("a 67-year-old man had been injured by falling debris", "said", "Oleh Syniehubov", "Oleh Syniehubov", "person", "Ukraine", "indirect"),
    ],
    "events": [
        ("in early December", "2024-12-01", "2024-12-10", "month", True, "North Korean soldiers were first sent into combat in Kursk (per the JCS)"),
        ("on Tuesday", "2024-12-24", "2024-12-24", "day", True, "The JCS reported to lawmakers about 1,100 North Korean soldiers killed or wounded"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "The North Korean deployment to Russia began (per Kyiv and its western allies)"),
        ("in June", "2024-06-01", "2024-06-30", "month", True, "Russia and North Korea signed a mutual defence treaty"),
        ("on 4 December", "2024-12-04", "2024-12-04", "day", True, "The Russia-North Korea mutual defence treaty came into force"),
        ("Last week", "2024-12-16", "2024-12-22", "week", True, "The Pentagon said hundreds of North Korean soldiers had been killed or wounded"),
    ],
}}
