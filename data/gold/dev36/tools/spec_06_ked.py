# dev36_06_ked_troop_revenue -- The Korea Economic Daily (KED Global), anchor 2024-11-21 (Thursday)
NIS = "National Intelligence Service (South Korea)"
KIDE = "Korea Institute for Defense Economics"
AHN = "Ahn Jae-sung"
D = "dev36_06_ked_troop_revenue"

DOCS = {D: {
    "figures": [
        ("up to $20 million", 20e6, None, "at_most", "dollar", "money", 20e6, "USD", KIDE),
        ("as much as $20 million", 20e6, None, "at_most", "dollar", "money", 20e6, "USD", KIDE),
        ("more than 10,000 North Korean troops", 10000, None, "more_than", "troop", "personnel", 10000, "count", ""),
        ("roughly $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", KIDE),
        ("an estimated 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", AHN),
        ("about 370 billion won", 370e9, None, "approximately", "won", "money", 370e9, "KRW", AHN),
        ("roughly $264 million", 264e6, None, "approximately", "dollar", "money", 264e6, "USD", AHN),
        ("at least 210,000 rubles", 210000, None, "at_least", "ruble", "money", 210000, "RUB", AHN),
        ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", KIDE),
        ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", ""),
        ("$17.3 billion", 17.3e9, None, "exact", "dollar", "money", 17.3e9, "USD", ""),
        ("$13 billion", 13e9, None, "exact", "dollar", "money", 13e9, "USD", ""),
        ("$3.4 billion", 3.4e9, None, "exact", "dollar", "money", 3.4e9, "USD", ""),
        ("180 K2 tanks", 180, None, "exact", "tank", "weapons", 180, "count", ""),
        ("180 tanks", 180, None, "exact", "tank", "weapons", 180, "count", ""),
    ],
    "attributions": [
        ("North Korea earns up to $20 million a month renting troops to Russia", "estimates", "think tank", KIDE,
         "organisation", "independent", "indirect"),
        ("North Korea is pocketing as much as $20 million a month by renting out its soldiers to Russia",
         "according to", "the Korea Institute for Defense Economics (KIDE)", KIDE, "organisation", "independent",
         "according_to"),
        ("that Moscow pays roughly $2,000 per soldier each month, most of which is kept by the state rather than the "
         "troops or their families", "estimated", "The report", KIDE, "organisation", "independent", "indirect"),
        ("Based on an estimated 11,000 soldiers, that adds up to about 370 billion won, or roughly $264 million, a "
         "year,", 'a year," |said| Ahn', "Ahn Jae-sung", AHN, "person", "independent", "direct"),
        ("For an economy the size of North Korea's, that is not small change.", 'a year," |said| Ahn',
         "Ahn Jae-sung", AHN, "person", "independent", "direct"),
        ("that a Russian contract soldier deployed to the front earns at least 210,000 rubles a month, far more than "
         "Moscow is believed to pay for each North Korean", "noted", "Ahn", AHN, "person", "independent",
         "indirect"),
        ("Beyond manpower, North Korea has shipped more than 13,000 containers of munitions to Russia since August "
         "2023", "report |said|. Those", "the report", KIDE, "organisation", "independent", "indirect"),
        ("that some North Korean troops had already been deployed to combat in the Kursk region",
         "NIS |said| earlier", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ('that Seoul "does not rule out" supplying weapons to Ukraine, depending on the level of North Korea\'s '
         'involvement', "Yeol |said| on Nov. 7", "President Yoon Suk Yeol", "Yoon Suk Yeol", "person",
         "South Korea", "indirect"),
        ('that no decision had been made, but that the government was reviewing "all options" step by step',
         "told lawmakers", "Defense Minister Kim Yong-hyun", "Kim Yong-hyun", "person", "South Korea", "indirect"),
        ("Moscow has warned Seoul against arming Kyiv", "warned", "Moscow", "Russia", "government", "Russia",
         "indirect"),
        ('that any supply of lethal weapons to Ukraine would "destroy" bilateral relations',
         "Zinoviev |said| last week", "Russian Ambassador Georgy Zinoviev", "Georgy Zinoviev", "person", "Russia",
         "indirect"),
        ("A Ukrainian delegation led by Defense Minister Rustem Umerov is expected to visit Seoul next week to "
         "present a list of requested weapons", "source |said|, adding", "a South Korean diplomatic source",
         "South Korean diplomatic source", "group", "South Korea", "indirect"),
        ("that air-defense systems top the list", "adding", "a South Korean diplomatic source",
         "South Korean diplomatic source", "group", "South Korea", "indirect"),
    ],
    "events": [
        ("on Thursday", "2024-11-21", "2024-11-21", "day", True,
         "KIDE released its report estimating North Korea's earnings from troops in Russia", 1),
        ("since August 2023", "2023-08-01", "2024-11-21", "open", True,
         "North Korea shipped more than 13,000 containers of munitions to Russia"),
        ("earlier this month", "2024-11-01", "2024-11-20", "month", True,
         "NIS said some North Korean troops had been deployed to combat in Kursk"),
        ("on Nov. 7", "2024-11-07", "2024-11-07", "day", True,
         "Yoon said Seoul does not rule out supplying weapons to Ukraine"),
        ("on Wednesday", "2024-11-20", "2024-11-20", "day", True,
         "Defense Minister Kim Yong-hyun told lawmakers no decision had been made on arms for Ukraine"),
        ("on Thursday", "2024-11-21", "2024-11-21", "day", True,
         "Hanwha Aerospace, LIG Nex1 and Hyundai Rotem shares rose on the KOSPI", 2),
        ("in 2022", "2022-01-01", "2022-12-31", "year", False,
         "South Korea's arms exports hit a record $17.3 billion", 1),
        ("last year", "2023-01-01", "2023-12-31", "year", True,
         "South Korea's arms exports eased to $13 billion"),
        ("in 2022", "2022-01-01", "2022-12-31", "year", False,
         "Hyundai Rotem signed a $3.4 billion contract with Poland for 180 K2 tanks", 2),
        ("last week", "2024-11-11", "2024-11-17", "week", True,
         "Russian Ambassador Zinoviev said arms supplies to Ukraine would destroy bilateral relations"),
        ("next week", "2024-11-25", "2024-12-01", "week", True,
         "Ukrainian delegation led by Rustem Umerov expected to visit Seoul"),
    ],
}}
