"""dev75_02: BBC News, 2025-07-15 (Tuesday). Russian tourists at Wonsan Kalma; flights and trains.

Row formats as in spec_01_washingtonpost.py.
"""
NIS = "National Intelligence Service (South Korea)"
SOKOLOV = "Yevgeny Sokolov"
WHITFIELD = "Anna Whitfield"

DOCS = {
    "dev75_02_bbc_tourism": {
        "figures": [
            ("19 Russian tourists", 19, None, "exact", "tourist", "other", 19, "count", ""),
            ("nearly 20,000 guests", 20000, None, "approximately", "guest", "other", 20000, "count",
             "North Korean state media"),
            ("4km", 4, None, "exact", "km", "territory", 4, "km", ""),
            ("about 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000,
             "count", NIS),
            ("around 600", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
            ("140,000 roubles", 140000, None, "exact", "rouble", "money", 140000, "RUB", SOKOLOV),
            ("$1,790", 1790, None, "exact", "", "money", 1790, "USD", SOKOLOV),
            ("more than 300 Russians", 300, None, "more_than", "russian", "other", 300, "count", SOKOLOV),
            ("about 1,500 Russians", 1500, None, "approximately", "russian", "other", 1500, "count",
             "Federal Agency for Tourism (Russia)"),
            ("tens of thousands of visitors", 10000, None, "vague", "visitor", "other", 10000, "count", WHITFIELD),
            ("up to $50m", 50000000, None, "at_most", "", "money", 50000000, "USD", WHITFIELD),
        ],
        "attributions": [
            ("We did not see a single other foreigner. For the price, it is fine - like the Soviet Union, but cleaner,",
             "said", "Pavel", "Pavel (tourist from Khabarovsk)", "person", "independent", "direct"),
            ("a very attractive destination for Russian tourists", "called", "Russia's Foreign Minister Sergei Lavrov",
             "Sergei Lavrov", "person", "Russia", "direct"),
            ('Moscow would "do everything" to increase flights', "said", "Russia's Foreign Minister Sergei Lavrov",
             "Sergei Lavrov", "person", "Russia", "indirect"),
            ("can accommodate nearly 20,000 guests", "say", "North Korean state media", "North Korean state media",
             "media", "North Korea", "indirect"),
            ("a proud first step", "called", "Mr Kim", "Kim Jong Un", "person", "North Korea", "direct"),
            ("that about 15,000 North Korean soldiers have been deployed since last autumn and that around 600 have "
             "been killed", "estimates", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("The Vladivostok agency that organised it, Primorsky Travel Bureau, charged 140,000 roubles ($1,790) per "
             "person, including flights", "told the BBC", "the company's director Yevgeny Sokolov", SOKOLOV,
             "person", "independent", "indirect"),
            ("more than 300 Russians had signed up for tours in July and August, and that a second group would leave "
             "on Friday", "said", "He", SOKOLOV, "person", "independent", "indirect"),
            ("about 1,500 Russians visited North Korea in 2024", "According to", "Russia's federal tourism agency",
             "Federal Agency for Tourism (Russia)", "organisation", "Russia", "according_to"),
            ("Direct flights between Moscow and Pyongyang, operated by Nordwind Airlines, are due to begin on 27 July",
             "announced", "Russia's transport ministry", "Russian Transport Ministry", "organisation", "Russia",
             "indirect"),
            ("For Pyongyang, every Russian on that beach is proof that the alliance pays,", "said",
             "Dr Anna Whitfield", WHITFIELD, "person", "independent", "direct"),
            ('that the resort would need "tens of thousands of visitors a year" to cover its running costs', "added",
             "She", WHITFIELD, "person", "independent", "indirect"),
            ("which she put at up to $50m annually", "put", "she", WHITFIELD, "person", "independent", "indirect"),
            ('Ukraine\'s foreign ministry has urged Russians to "think about where their holiday money goes"', "urged",
             "Ukraine's foreign ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("state media |on Saturday|", "2025-07-12", "2025-07-12", "day", True,
             "State media released a photo of Russian tourists on the beach at Wonsan Kalma (caption)"),
            ("on 1 July", "2025-07-01", "2025-07-01", "day", True,
             "Wonsan Kalma resort opened to domestic holidaymakers"),
            ("last week", "2025-07-07", "2025-07-13", "week", True,
             "Group of 19 Russian tourists flew from Vladivostok to Pyongyang"),
            ("toured the resort |on Saturday|", "2025-07-12", "2025-07-12", "day", True,
             "Sergei Lavrov toured the Wonsan Kalma resort during a three-day visit"),
            ("last month", "2025-06-01", "2025-06-30", "month", True,
             "Kim Jong Un cut the ribbon at Wonsan Kalma"),
            ("since last autumn", "2024-09-01", "2025-07-15", "open", True,
             "About 15,000 North Korean soldiers deployed to Russia (NIS estimate)"),
            ("in July and August", "2025-07-01", "2025-08-31", "month", True,
             "More than 300 Russians signed up for tours to North Korea"),
            ("on Friday", "2025-07-18", "2025-07-18", "day", True,
             "Second Russian tour group due to leave for North Korea"),
            ("in 2024", "2024-01-01", "2024-12-31", "year", False, "About 1,500 Russians visited North Korea"),
            ("Since last year", "2024-01-01", "2025-07-15", "open", True,
             "Russians the only foreigners allowed into North Korea in any numbers"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "Rason briefly reopened to Western tour groups, then cancelled after a few weeks"),
            ("on 27 July", "2025-07-27", "2025-07-27", "day", True,
             "Direct Moscow-Pyongyang flights by Nordwind Airlines due to begin"),
            ("earlier this month", "2025-07-01", "2025-07-14", "month", True,
             "Russian transport ministry announced direct Moscow-Pyongyang flights"),
            ("in 2020", "2020-01-01", "2020-12-31", "year", False, "Moscow-Pyongyang passenger train service suspended"),
            ("in June", "2025-06-01", "2025-06-30", "month", True, "Moscow-Pyongyang passenger train service resumed"),
        ],
    },
}
