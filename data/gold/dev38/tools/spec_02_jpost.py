# dev38_02 — The Jerusalem Post, published 2025-04-28 (Monday). Anchor week: 2025-04-28..2025-05-04.
# Furniture (byline, date/updated lines, photo caption + credit, Premium Plus "$5" promo, Related
# Content links) carries no rows.
D = "dev38_02_jpost_pyongyang_confirms"
NK = ("North Korea", "government", "North Korea")
KIM = ("Kim Jong Un", "person", "North Korea")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
GER = ("Valery Gerasimov", "person", "Russia")
GS = ("General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine")
HAN = ("Hanbit Center for Security Studies", "organisation", "independent")
LEV = ("Amnon Levitan", "person", "independent")
ISR = ("Israeli defense official", "group", "Israel")

DOCS = {D: {
    "figures": [
        ("4,700 North Korean casualties", 4700, None, "exact", "casualty", "casualties", 4700, "count", "South Korea"),
        ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count",
         "National Intelligence Service (South Korea)"),
        ("some 600", 600, None, "approximately", "soldier", "casualties", 600, "count",
         "National Intelligence Service (South Korea)"),
        ("roughly 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count",
         "National Intelligence Service (South Korea)"),
        ("about 2,000 more troops", 2000, None, "approximately", "troop", "personnel", 2000, "count",
         "National Intelligence Service (South Korea)"),
        ("an estimated 12 million artillery shells", 12000000, None, "approximately", "artillery shell", "weapons",
         12000000, "count", "Hanbit Center for Security Studies"),
        ("more than 200 artillery pieces", 200, None, "more_than", "artillery piece", "weapons", 200, "count",
         "Hanbit Center for Security Studies"),
        ("120 KN-23 and KN-24 ballistic missiles", 120, None, "exact", "ballistic missile", "weapons", 120, "count",
         "Hanbit Center for Security Studies"),
        ("as much as $20 billion", 20000000000, None, "at_most", "", "money", 20000000000, "USD",
         "Hanbit Center for Security Studies"),
        ("some 73 billion shekels", 73000000000, None, "approximately", "shekel", "money", 73000000000, "ILS",
         "Hanbit Center for Security Studies"),
        # "nearly 70 percent of the North's annual economic output": a share of nothing counted in the story
        # "for 30 years", "seven-month": durations; "KN-23", "KN-24", "Yak-130": model names
        ("by the |hundreds| each week", 100, None, "vague", "drone", "weapons", 100, "count", "Amnon Levitan"),
        ("38,000 casualties", 38000, None, "exact", "casualty", "casualties", 38000, "count", "Volodymyr Zelensky"),
    ],
    "attributions": [
        ("it sent troops to fight in Russia's Kursk", "confirms", "North Korea", *NK, "indirect"),
        ("heroes,", "calls", "Kim Jong Un", *KIM, "direct"),
        ("monument will be built in Pyongyang", "says", "Kim Jong Un", *KIM, "indirect"),
        ("4,700 North Korean casualties", "estimates", "Seoul", "South Korea", "government", "South Korea",
         "indirect"),
        ("that it had deployed troops to Russia", "confirmed", "North Korea", *NK, "indirect"),
        ("its soldiers had helped Moscow retake the Kursk region from Ukrainian forces under a mutual defense treaty "
         "the two countries signed last year", "saying", "North Korea", *NK, "indirect"),
        ("Units of the Korean People's Army \"annihilated and wiped out the Ukrainian neo-Nazi occupiers\" on the "
         "orders of leader Kim Jong Un", "said", "the ruling Workers' Party's Central Military Commission",
         "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
        ("that the soldiers were \"heroes\" who had shown the \"invincible might\" of the North's army, and that a "
         "monument to the fallen would soon be built in Pyongyang", "quoted as saying", "Kim", *KIM, "indirect"),
        ("that the last Ukrainian-held village in the region, Gornal, had been retaken", "told",
         "Valery Gerasimov", *GER, "indirect"),
        ("North Korean servicemen had \"provided significant assistance\" and shown \"high professionalism, "
         "fortitude, courage and heroism in combat.\"", "said", "Gerasimov", *GER, "indirect"),
        ("the Korean friends had acted \"out of a sense of solidarity, justice and genuine comradeship.\"", "said",
         "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        ("that the operation is over", "denied", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("that its troops were still fighting in \"certain areas\" of Kursk and the neighboring Belgorod region",
         "said", "Ukraine's General Staff", *GS, "indirect"),
        ("propaganda.", "calling", "Ukraine's General Staff", *GS, "direct"),
        # "A spokesman for Ukraine's Foreign Ministry declined to comment" -> no statement
        ("that about 4,700 North Korean soldiers had been killed or wounded, including some 600 killed, out of a "
         "force of roughly 15,000 sent since last autumn", "estimated", "South Korea's National Intelligence Service",
         *NIS, "indirect"),
        ("that about 2,000 more troops had arrived in January and February to replenish the losses",
         "told lawmakers", "The NIS", *NIS, "indirect"),
        ("Pyongyang has also shipped Moscow an estimated 12 million artillery shells since 2023, along with more than "
         "200 artillery pieces and 120 KN-23 and KN-24 ballistic missiles", "according to",
         "a report published last week by the Hanbit Center for Security Studies", *HAN, "according_to"),
        ("that North Korea may have earned as much as $20 billion from the arms trade and the deployment, or some 73 "
         "billion shekels, a sum equal to nearly 70 percent of the North's annual economic output", "estimated",
         "The report", *HAN, "indirect"),
        ("Israeli intelligence had seen \"no evidence\" that North Korean missile technology had reached Iran since "
         "the Kursk deployment began", "said", "A senior Israeli defense official", *ISR, "indirect"),
        ("that Tehran and Pyongyang \"have cooperated on missiles for 30 years.\"", "warned",
         "A senior Israeli defense official", *ISR, "indirect"),
        ("Russia has paid its bills to Pyongyang in oil, food and, we believe, space and submarine technology,",
         "said", "Prof. Amnon Levitan", *LEV, "direct"),
        ("Those are precisely the capabilities Iran covets.", "said", "Prof. Amnon Levitan", *LEV, "direct"),
        ("that Iranian-designed Shahed drones, now assembled in Russia's Alabuga special economic zone, were still "
         "being launched at Ukraine by the hundreds each week, and that Moscow had in turn delivered Yak-130 trainer "
         "jets to Tehran in September 2023", "noted", "Levitan", *LEV, "indirect"),
        ("that Kyiv's forces had inflicted 38,000 casualties on Russian and North Korean troops during the "
         "seven-month Kursk operation", "said", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky",
         "person", "Ukraine", "indirect"),
    ],
    "events": [
        ("on Monday", "2025-04-28", "2025-04-28", "day", True,
         "North Korea confirmed for the first time that it had deployed troops to Russia", 1),
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "North Korea and Russia signed their mutual defense treaty"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov told Putin the last Ukrainian-held village in Kursk, Gornal, had been retaken"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True,
         "Kremlin statement in which Putin praised the North Korean troops", 2),
        ("on Sunday", "2025-04-27", "2025-04-27", "day", True,
         "Ukraine's General Staff said its troops were still fighting in parts of Kursk and Belgorod"),
        ("earlier this month", "2025-04-01", "2025-04-27", "month", True,
         "NIS estimated about 4,700 North Korean soldiers killed or wounded"),
        ("since last autumn", "2024-09-01", "2025-04-28", "open", True,
         "North Korea sent a force of roughly 15,000 to Russia"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True,
         "About 2,000 more North Korean troops arrived to replenish losses"),
        ("since 2023", "2023-01-01", "2025-04-28", "open", True,
         "North Korea shipped Moscow an estimated 12 million artillery shells"),
        ("last week", "2025-04-21", "2025-04-27", "week", True,
         "Hanbit Center for Security Studies published its report on North Korean arms shipments"),
        ("in September 2023", "2023-09-01", "2023-09-30", "month", False,
         "Moscow delivered Yak-130 trainer jets to Tehran"),
        ("in March", "2025-03-01", "2025-03-31", "month", True,
         "Zelensky said Kyiv's forces had inflicted 38,000 casualties in the Kursk operation"),
        ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine's Kursk operation began"),
    ],
}}
