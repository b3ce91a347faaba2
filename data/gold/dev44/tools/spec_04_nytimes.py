# dev44_04 - New York Times "The Morning"-style newsletter, published Tuesday 2025-04-29 (anchor).
# Column order as in spec_01_reuters.py.
NIS = "National Intelligence Service (South Korea)"
CMD = "Ukrainian drone commander"

DOCS = {
    "dev44_04_nytimes_morning_admission": {
        "figures": [
            ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
            ("About 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
            ("roughly 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS),
            ("as many as 6,000", 6000, None, "at_most", "soldier", "casualties", 6000, "count", "Ukrainian officials"),
            ("about $20 billion", 2e10, None, "approximately", "dollar", "money", 2e10, "USD", "Kwon Tae-yang"),
        ],
        "attributions": [
            ("that it had sent soldiers to fight for Russia", "acknowledged", "North Korea", "North Korea", "government", "North Korea", "indirect"),
            # carried by K.C.N.A.: the agency only relays, the row goes to the commission (cf. seed "Reuters and AFP cited")
            ('the troops had helped "liberate" the Kursk region under the mutual defense treaty the two countries signed last June', "said",
             "the ruling Workers' Party's Central Military Commission", "Central Military Commission of the Workers' Party of Korea",
             "organisation", "North Korea", "indirect"),
            # nested: the agency's account (according to) contains Kim's statement (said)
            ("Kim Jong-un, 41, said a monument to the fallen would soon rise in Pyongyang", "According to", "the agency",
             "Korean Central News Agency", "media", "North Korea", "according_to"),
            ("a monument to the fallen would soon rise in Pyongyang", "said", "Kim Jong-un", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that the Kursk region had been fully retaken", "told", "Russia's top general, Valery Gerasimov", "Valery Gerasimov",
             "person", "Russia", "indirect"),
            ("He also, for the first time, publicly credited North Korean units with helping", "credited", "He", "Valery Gerasimov",
             "person", "Russia", "indirect"),
            ("Ukraine's General Staff disputed that", "disputed", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine",
             "organisation", "Ukraine", "indirect"),
            ("its troops were still holding positions inside the region", "saying", "Ukraine's General Staff",
             "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
            ("that North Korea has sent about 15,000 troops since last fall, including some 3,000 reinforcements that arrived in January and February",
             "estimates", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("About 4,700 North Korean soldiers have been killed or wounded, including roughly 600 deaths", "told lawmakers",
             "the spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("Ukrainian officials have put the toll far higher: as many as 6,000 killed and wounded by March", "put",
             "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("The fighting was fiercest in mid-January, when North Korean infantry advanced across open fields near Sudzha, sometimes without artillery cover",
             "told", "a Ukrainian drone commander", CMD, "group", "Ukraine", "indirect"),
            ("They walked straight into the drones,", "said", "the commander", CMD, "group", "Ukraine", "direct"),
            ("Then they learned.", "said", "the commander", CMD, "group", "Ukraine", "direct"),
            ("Pyongyang now has the only army in Asia with recent experience of large-scale drone warfare,", "said",
             "Kwon Tae-yang", "Kwon Tae-yang", "person", "independent", "direct"),
            ("that the North had earned about $20 billion from the partnership since 2023, counting cash, oil and technology", "estimated",
             "He", "Kwon Tae-yang", "person", "independent", "indirect"),
            ("Kim is expected to visit Moscow in May", "said", "officials in Seoul", "officials in Seoul", "group", "South Korea", "indirect"),
            ("Mark Carney's Liberal Party won Canada's election", "according to", "CBC News", "CBC News", "media", "independent", "according_to"),
            ("the cause was still unknown", "said", "Prime Minister Pedro Sánchez", "Pedro Sánchez", "person", "Spain", "indirect"),
        ],
        "events": [
            ("On Monday", "2025-04-28", "2025-04-28", "day", True, "North Korea acknowledged for the first time sending soldiers to fight for Russia"),
            ("last June", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed their mutual defense treaty"),
            ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin the Kursk region had been fully retaken"),
            ("since last fall", "2024-09-01", "2025-04-29", "open", True, "North Korea sent about 15,000 troops to Russia (NIS estimate)"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Some 3,000 North Korean reinforcements arrived"),
            ("earlier this month", "2025-04-01", "2025-04-28", "month", True,
             "South Korea's spy agency told lawmakers about 4,700 North Korean soldiers had been killed or wounded"),
            ("by March", "2025-03-01", "2025-03-31", "month", True, "Ukrainian officials' toll of up to 6,000 North Koreans killed and wounded"),
            ("in mid-January", "2025-01-11", "2025-01-20", "month", True, "Fiercest fighting, North Korean infantry advancing across open fields near Sudzha"),
            ("since 2023", "2023-01-01", "2025-04-29", "open", True, "North Korea earned about $20 billion from the partnership with Russia (Kwon)"),
            ("in May", "2025-05-01", "2025-05-31", "month", True, "Kim Jong-un expected to visit Moscow"),
            ("for hours |on Monday|.", "2025-04-28", "2025-04-28", "day", True, "Blackout across most of Spain and Portugal"),
            ("on Tuesday", "2025-04-29", "2025-04-29", "day", True, "Trump rally in Michigan marking his 100th day in office"),
        ],
    },
}
