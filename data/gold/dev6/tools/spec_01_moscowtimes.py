"""dev6_01_moscowtimes_kursk_pullback (The Moscow Times, published 2025-02-12, a Wednesday).

Row formats (read by build_gold.py):
  figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
  attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
  events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is located by its unique context; a cue "left|cue|right" likewise.
"""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev6_01_moscowtimes_kursk_pullback": {
        "figures": [
            ("11,000 to 12,000 soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", NIS),
            ("around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
            ("nearly 4,000 North Koreans", 4000, None, "approximately", "north korean", "casualties", 4000, "count",
             "Volodymyr Zelensky"),
            ("about 30 kilometers", 30, None, "approximately", "kilometer", "territory", 30, "km", "Oleksandr Kindratenko"),
            ("up to 3,000 fresh troops", 3000, None, "at_most", "troop", "personnel", 3000, "count", HUR),
            ("dozens of KN-23 missiles", 24, None, "vague", "missile", "weapons", 24, "count", HUR),
            ("roughly half a million artillery shells", 500000, None, "approximately", "artillery shell", "weapons",
             500000, "count", HUR),
            ("roughly 500 square kilometers", 500, None, "approximately", "square kilometer", "territory", 500, "km2",
             "Frontline Atlas"),
            ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2",
             "Frontline Atlas"),
            ("3 million rubles", 3000000, None, "exact", "ruble", "money", 3000000, "RUB", "Alexander Khinshtein", 1),
            ("$31,000", 31000, None, "exact", "", "money", 31000, "USD", "Alexander Khinshtein"),
            ("1 million rubles", 1000000, None, "exact", "ruble", "money", 1000000, "RUB", ""),
            ("at least $500 million", 500000000, None, "at_least", "", "money", 500000000, "USD", "Yevgenia Marchenko"),
        ],
        "attributions": [
            ("North Korean Troops Pulled From Kursk Front After Heavy Losses", "Says",
             "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("North Korean troops deployed to Russia's Kursk region have been pulled back from the front lines after "
             "suffering heavy losses", "said",
             "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("The North Korean contingent, estimated at 11,000 to 12,000 soldiers, has not been seen in combat for "
             "roughly three weeks", "told lawmakers",
             "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("that the spy agency believes the pullback is linked to mounting casualties", "told reporters",
             "Lawmaker Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("the pullback is linked to mounting casualties", "believes",
             "the spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("It looks like the units were withdrawn to rest and regroup, not to go home,", "said",
             "Lee", "Lee Seong-kweun", "person", "South Korea", "direct"),
            ("that around 300 North Korean soldiers had been killed and some 2,700 wounded in Kursk", "estimated",
             "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("that nearly 4,000 North Koreans had been killed or wounded", "said",
             "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("They haven't gone anywhere. They are licking their wounds about 30 kilometers behind the line,",
             'line," |said| Oleksandr',
             "Oleksandr Kindratenko", "Oleksandr Kindratenko", "person", "Ukraine", "direct"),
            ("We expect them back within weeks, probably with better drone training.", 'line," |said| Oleksandr',
             "Oleksandr Kindratenko", "Oleksandr Kindratenko", "person", "Ukraine", "direct"),
            ("that Pyongyang was preparing to rotate up to 3,000 fresh troops into the region, along with more artillery systems, "
             "dozens of KN-23 missiles and roughly half a million artillery shells", "reported",
             "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ("Ukrainian forces still hold roughly 500 square kilometers of the Kursk region, down from a peak of about "
             "1,300 square kilometers in August", "according to",
             "Frontline Atlas", "Frontline Atlas", "organisation", "independent", "according_to"),
            ("Moscow has never officially confirmed the presence of North Korean soldiers on Russian soil",
             "has never officially confirmed",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that volunteers who sign up to defend the border would receive a one-time payment of 3 million rubles "
             "($31,000)", "announced",
             "Kursk region acting governor Alexander Khinshtein", "Alexander Khinshtein", "person", "Russia", "indirect"),
            ("Pyongyang has learned more about modern war in two months in Kursk than in 70 years of parade-ground "
             "drills,", "said",
             "Yevgenia Marchenko", "Yevgenia Marchenko", "person", "independent", "direct"),
            ("that Moscow had paid the North at least $500 million for the deployment so far, largely in oil, food and "
             "hard currency", "She |estimated| that",
             "She", "Yevgenia Marchenko", "person", "independent", "indirect"),
            ('that the experience would make North Korea\'s army "far more dangerous" to South Korea', "warned",
             "She", "Yevgenia Marchenko", "person", "independent", "indirect"),
        ],
        "events": [
            ("NIS) said |Wednesday|.", "2025-02-12", "2025-02-12", "day", True,
             "South Korea's NIS said North Korean troops had been pulled back from the Kursk front after heavy losses"),
            ("Last month", "2025-01-01", "2025-01-31", "month", True,
             "The NIS estimated around 300 North Korean soldiers killed and some 2,700 wounded in Kursk"),
            ("in early January", "2025-01-01", "2025-01-31", "month", True,
             "Zelensky said nearly 4,000 North Koreans had been killed or wounded"),
            ("since August", "2024-08-01", "2025-02-12", "open", True,
             "Ukraine's 95th Air Assault Brigade has been fighting in Kursk"),
            ("last week", "2025-02-03", "2025-02-09", "week", True,
             "Ukraine's military intelligence (HUR) reported Pyongyang was preparing to rotate fresh troops into Kursk"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Ukraine's hold in Kursk peaked at about 1,300 square kilometers"),
            ("on Wednesday", "2025-02-12", "2025-02-12", "day", True,
             "Kremlin spokesman Dmitry Peskov declined to comment on the NIS findings"),
            ("In late January", "2025-01-01", "2025-01-31", "month", True,
             "Kursk acting governor Alexander Khinshtein announced a 3 million ruble one-time payment for border volunteers"),
            ("in 2024", "2024-01-01", "2024-12-31", "year", False,
             "The one-time payment for Kursk border volunteers stood at 1 million rubles"),
        ],
    },
}
