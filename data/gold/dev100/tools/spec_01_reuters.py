"""dev100_01: Reuters markets, South Korean defence stocks; anchor 2024-11-21 (Thursday)."""
D = "dev100_01_reuters_defence_stocks"
NIS = "National Intelligence Service (South Korea)"

figures = [
    # pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence]
    ("up to $18 billion", 18e9, None, "at_most", "", "money", 18e9, "USD", "analysts"),
    ("thousands of troops", 1000, None, "vague", "troop", "personnel", 1000, "count", ""),
    ("268,500 won", 268500, None, "exact", "won", "money", 268500, "KRW", ""),
    ("More than 1.9 trillion won", 1.9e12, None, "more_than", "won", "money", 1.9e12, "KRW", "Korea Exchange"),
    ("$1.36 billion", 1.36e9, None, "exact", "", "money", 1.36e9, "USD", "Korea Exchange"),
    ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
    ("330,000 won", 330000, None, "exact", "won", "money", 330000, "KRW", "Hanyang Securities"),
    ("at least five brokerages", 5, None, "at_least", "brokerage", "other", 5, "count", ""),
    ("as much as $18 billion", 18e9, None, "at_most", "", "money", 18e9, "USD", "Hanyang Securities"),
    ("about 180 K9 howitzers", 180, None, "approximately", "howitzer", "weapons", 180, "count", "Hanyang Securities"),
    ("96 K2 tanks", 96, None, "exact", "tank", "weapons", 96, "count", "Hanyang Securities"),
    ("412 billion won", 412e9, None, "exact", "won", "money", 412e9, "KRW", ""),
    ("1,402.5 won", 1402.5, None, "exact", "won", "money", 1402.5, "KRW", ""),
    ("640 million euro", 640e6, None, "exact", "euro", "money", 640e6, "EUR", "Vallmark"),
    ("$675 million", 675e6, None, "exact", "", "money", 675e6, "USD", "Vallmark"),
]

attributions = [
    # pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence]
    ("it will not rule out sending weapons to Ukraine", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ("up to $18 billion in new export orders by 2026", "see", "Analysts", "analysts", "group", "independent", "indirect"),
    ("More than 1.9 trillion won ($1.36 billion) worth of defence shares changed hands", "according to",
     "Korea Exchange", "Korea Exchange", "organisation", "independent", "according_to"),
    ("that about 11,000 North Korean troops were now in Kursk, some of them already in combat, and that Pyongyang had also sent 170-mm self-propelled guns and 240-mm rocket launchers",
     "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("The deployment is a game changer for how this market values the sector,", "said", "Lim Ji-hoon",
     "Lim Ji-hoon", "person", "independent", "direct"),
    ("Every capital now has to price in a North Korean army that is battle-tested.", "sector,” |said| Lim Ji-hoon", "Lim Ji-hoon",
     "Lim Ji-hoon", "person", "independent", "direct"),
    ("that Haneul shares could reach 330,000 won within a year", "said", "Hanyang Securities", "Hanyang Securities",
     "organisation", "independent", "indirect"),
    ("that Seoul did not rule out providing weapons to Ukraine, depending on the level of North Korea’s involvement",
     "said", "President Yoon Suk Yeol", "Yoon Suk Yeol", "person", "South Korea", "indirect"),
    ("that European and Asian buyers could sign as much as $18 billion of new contracts with Korean arms makers over the next two years, including about 180 K9 howitzers and 96 K2 tanks sought by Poland and Romania",
     "estimate", "Analysts at Hanyang", "Hanyang Securities", "organisation", "independent", "indirect"),
    ("Valuations already assume Poland signs everything on the table,", "told Reuters", "Marta Kowalczyk",
     "Marta Kowalczyk", "person", "independent", "direct"),
    ("that Haneul traded at about 28 times forward earnings", "noting", "Marta Kowalczyk", "Marta Kowalczyk",
     "person", "independent", "indirect"),
    ("If Kursk goes quiet, so does this trade.", "told Reuters", "Marta Kowalczyk", "Marta Kowalczyk",
     "person", "independent", "direct"),
    ("the company had received “a substantial number” of inquiries from European governments since October",
     "said", "A Haneul spokesperson", "Haneul Aerospace", "group", "independent", "indirect"),
    ("a matter for Russia and the DPRK", "dismissed", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov",
     "person", "Russia", "direct"),
    ("that arms deliveries to Kyiv would “destroy” relations between the two countries", "warned",
     "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ("it had won a 640 million euro ($675 million) order for 155mm artillery shells from an unnamed NATO member",
     "saying", "Vallmark", "Vallmark", "organisation", "independent", "indirect"),
]

events = [
    # pattern, date_start, date_end, granularity, relative, event[, occurrence]
    ("October 2, 2024", "2024-10-02", "2024-10-02", "day", False,
     "A Haneul Aerospace K9 howitzer was displayed at a defence exhibition in Goyang (file photo)"),
    ("since March", "2024-03-01", "2024-11-21", "open", True,
     "Period over which the defence sub-index's 6.8% rise was its best day"),
    ("by 2026", "2026-01-01", "2026-12-31", "year", False,
     "Analysts see up to $18 billion in new Korean arms export orders"),
    ("jumped to record highs |on Thursday|,", "2024-11-21", "2024-11-21", "day", True,
     "South Korean defence shares jumped to record highs on expectations tied to North Korea's Kursk deployment"),
    ("in 2017", "2017-01-01", "2017-12-31", "year", False, "Haneul Aerospace listed its shares"),
    ("told lawmakers |on Wednesday| that", "2024-11-20", "2024-11-20", "day", True,
     "NIS told lawmakers about 11,000 North Korean troops were in Kursk, some in combat"),
    ("said in a note |on Thursday| that", "2024-11-21", "2024-11-21", "day", True,
     "Hanyang Securities said Haneul shares could reach 330,000 won"),
    ("earlier this month", "2024-11-01", "2024-11-20", "month", True,
     "Yoon Suk Yeol said Seoul did not rule out providing weapons to Ukraine"),
    ("since October", "2024-10-01", "2024-11-21", "open", True,
     "Haneul received a substantial number of inquiries from European governments"),
    ("Peskov |on Wednesday| dismissed", "2024-11-20", "2024-11-20", "day", True,
     "Peskov dismissed questions about North Korean troops and warned Seoul over arms deliveries to Kyiv"),
    ("this week", "2024-11-18", "2024-11-24", "week", True,
     "Foreign investors were net buyers of 412 billion won of Korean defence stocks"),
    ("since November 2022", "2022-11-01", "2024-11-21", "open", True,
     "Period over which the won's 1,402.5 per dollar was its weakest level"),
    ("on Tuesday", "2024-11-19", "2024-11-19", "day", True,
     "Vallmark said it won a 640 million euro order for 155mm artillery shells"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
