# dev86_05_businessinsider_drone_skills -- Business Insider, published 2025-07-22 (Tuesday)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
KB = "Kyrylo Budanov"
HO = "Hannah Olsen"
SKDM = "South Korean Defense Ministry"
HRSF = "Han River Security Forum"
TWO = "North Korean units were also taught to shoot down drones with shotguns and small arms"
DOCS = {
    "dev86_05_businessinsider_drone_skills": {
        "figures": [
            ("up to 30,000 more soldiers", 30000, None, "at_most", "soldier", "personnel", 30000, "count", "Ukraine"),
            ("two men", 2, None, "exact", "man", "personnel", 2, "count", ""),
            ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", KB),
            ("25,000 to 30,000 more soldiers", 25000, 30000, "range", "soldier", "personnel", 25000, "count", KB),
            ("up to 15 kilometers", 15, None, "at_most", "kilometer", "territory", 15, "km", KB),
            ("$800", 800, None, "exact", "", "money", 800, "USD", HO),
            ("$4 million", 4e6, None, "exact", "", "money", 4e6, "USD", HO),
            ("as much as $14 billion", 14e9, None, "at_most", "", "money", 14e9, "USD", HRSF),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
            ("1.2 trillion won", 1.2e12, None, "exact", "won", "money", 1.2e12, "KRW", SKDM),
            ("about $870 million", 8.7e8, None, "approximately", "", "money", 8.7e8, "USD", SKDM),
        ],
        "attributions": [
            ("the world should worry", "says", "Ukraine's spy chief", KB, "person", "Ukraine", "indirect"),
            ("Pyongyang is preparing to send up to 30,000 more soldiers", "says", "Ukraine", "Ukraine", "government", "Ukraine",
             "indirect"),
            ("was in the Kursk region", "said", "the channel", "Grom Z", "media", "Russia", "indirect"),
            ("The Korean comrades learn faster than our own recruits,", "wrote", "the channel", "Grom Z", "media", "Russia", "direct"),
            ("that about 11,000 North Korean troops remained in the Kursk region and that Pyongyang was preparing to send 25,000 to "
             "30,000 more soldiers", "told", "Kyrylo Budanov, the head of Ukraine's military intelligence agency, HUR", KB, "person",
             "Ukraine", "indirect"),
            ('North Korean drone crews, he said, had hit targets "up to 15 kilometers" behind Ukrainian lines', "said", "he", KB,
             "person", "Ukraine", "indirect"),
            (TWO, "have said", "US and South Korean officials", "U.S. officials", "group", "United States", "indirect"),
            (TWO, "have said", "US and South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
            ("they first saw in Kursk last winter", "say", "Ukrainian soldiers", "Ukrainian soldiers", "group", "Ukraine", "indirect"),
            ("This is the first time in 70 years that the North Korean army has real combat experience, and it is the most modern "
             "kind,", '," |said| Hannah', "Hannah Olsen", HO, "person", "independent", "direct"),
            ("They saw what an $800 drone can do to a $4 million tank.", '," |said| Hannah', "Hannah Olsen", HO, "person",
             "independent", "direct"),
            ('that the North Koreans "adapted in weeks, not months."', "told BI",
             "A Ukrainian officer with the 47th Mechanized Brigade", "Ukrainian officer with the 47th Mechanized Brigade", "group",
             "Ukraine", "indirect"),
            ('that Moscow was "likely" using the deployment as a live-fire training ground for Pyongyang\'s forces', "assessed",
             "The Institute for the Study of War", "Institute for the Study of War", "organisation", "independent", "indirect"),
            ("that North Korea had earned as much as $14 billion from arms and troop deals with Moscow since 2023", "estimated",
             "Analysts at the Seoul-based Han River Security Forum", HRSF, "organisation", "independent", "indirect"),
            ("that Pyongyang would send 1,000 deminers and 5,000 military builders to the Kursk region", "said",
             "Russia's Security Council secretary, Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
            ("it would spend 1.2 trillion won, or about $870 million, on counter-drone systems along the border over the next three "
             "years", "said", "South Korea's Defense Ministry", SKDM, "organisation", "South Korea", "indirect"),
        ],
        "events": [
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "North Korean state media released a photo of Kim Jong Un watching a drone test"),
            ("last week", "2025-07-14", "2025-07-20", "week", True,
             "Grom Z posted a video of North Korean soldiers launching an FPV drone, it said in the Kursk region"),
            ("earlier this month", "2025-07-01", "2025-07-21", "month", True,
             "Budanov told RBC-Ukraine about 11,000 North Korean troops remained in Kursk and 25,000-30,000 more could be sent"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True,
             "Ukrainian soldiers first saw North Korean troops shooting down drones with shotguns in Kursk"),
            ("on Sunday", "2025-07-20", "2025-07-20", "day", True,
             "ISW assessed Moscow was likely using the deployment as a live-fire training ground"),
            ("in May", "2025-05-01", "2025-05-31", "month", True,
             "Han River Security Forum estimated North Korea had earned up to $14 billion from deals with Moscow"),
            ("since 2023", "2023-01-01", "2025-07-22", "open", True,
             "North Korea's arms and troop deals with Moscow (up to $14 billion earned)"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "Shoigu said Pyongyang would send 1,000 deminers and 5,000 military builders to the Kursk region"),
            ("last month", "2025-06-01", "2025-06-30", "month", True,
             "South Korea's Defense Ministry said it would spend 1.2 trillion won on counter-drone systems"),
        ],
    },
}
