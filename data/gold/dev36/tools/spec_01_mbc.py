# dev36_01_mbc_nis_casualties -- MBC News (English), anchor 2025-01-13 (Monday)
NIS = "National Intelligence Service (South Korea)"
LEE = "Lee Seong-kweun"
D = "dev36_01_mbc_nis_casualties"

DOCS = {D: {
    "figures": [
        # headline (a headline counts like any sentence); speaker = the 'NIS:' tag
        ("About 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ('killed, |2,700| wounded in Russia"', 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        # anchor lead-in
        ("around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
        ("two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", NIS),
        # body
        ("more than 3,000", 3000, None, "more_than", "casualty", "casualties", 3000, "count", NIS),
        ("about 300", 300, None, "approximately", "", "casualties", 300, "count", NIS),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
        ("roughly 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
        ("more than 200 long-range artillery pieces", 200, None, "more_than", "artillery piece", "weapons", 200, "count", NIS),
        ("about 1,100 kilometers", 1100, None, "approximately", "kilometer", "territory", 1100, "km",
         "Joint Chiefs of Staff (South Korea)"),
    ],
    "attributions": [
        ("About 300 North Korean soldiers killed, 2,700 wounded in Russia", '|NIS:| "About 300',
         "NIS", NIS, "organisation", "South Korea", "direct"),
        ("that around 300 North Korean soldiers have been killed and some 2,700 wounded in the Kursk region",
         "told lawmakers", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("that two soldiers captured by Ukrainian forces last week are North Korean", "confirmed",
         "It", NIS, "organisation", "South Korea", "indirect"),
        ("North Korean casualties in the Kursk region now number more than 3,000", "said",
         "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("North Korean casualties in the Kursk region now number more than 3,000, the NIS said in the briefing",
         "according to", "Rep. Lee Seong-kweun", LEE, "person", "South Korea", "according_to"),
        ("The losses are concentrated in units that were pushed forward without any drone countermeasures,",
         "told reporters", "Lee", LEE, "person", "South Korea", "direct"),
        ("The NIS believes the death toll alone is about 300.", "told reporters",
         "Lee", LEE, "person", "South Korea", "direct"),
        ("the death toll alone is about 300", "believes", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that Russian commanders were using the North Koreans as expendable assault infantry and that the troops "
         "lacked a basic understanding of modern warfare, including attack drones", "assessed",
         "The agency", NIS, "organisation", "South Korea", "indirect"),
        ("the NIS had also confirmed that North Korean soldiers were under orders to kill themselves rather than be "
         "taken prisoner", "said", "Lee", LEE, "person", "South Korea", "indirect"),
        ("that North Korean soldiers were under orders to kill themselves rather than be taken prisoner", "confirmed",
         "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("In one case, a soldier who was about to be captured tried to blow himself up with a grenade while shouting "
         "the name of leader Kim Jong Un", "according to", "the agency", NIS, "organisation", "South Korea",
         "according_to"),
        ("that his forces had captured two North Korean soldiers", "announced",
         "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("One of them, a 26-year-old rifleman, told interrogators he had enlisted in 2021 and believed he was being "
         "sent to Russia for training", "said", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("he had enlisted in 2021 and believed he was being sent to Russia for training", "told interrogators",
         "a 26-year-old rifleman", "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("Moscow has neither confirmed nor denied the presence of North Korean units on its soil",
         "has neither confirmed nor denied", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("the toll reflects how poorly prepared the troops were for a battlefield saturated with drones", "say",
         "Experts", "experts", "group", "independent", "indirect"),
        ("They were trained for a war in the mountains of the Korean Peninsula, not for open fields watched around "
         "the clock by drones,", 'drones," |said| Choi', "Choi Gwang-ho", "Choi Gwang-ho", "person", "independent",
         "direct"),
        ("Their losses will keep mounting unless Russia changes the way it uses them.", 'drones," |said| Choi',
         "Choi Gwang-ho", "Choi Gwang-ho", "person", "independent", "direct"),
        ("that North Korea has sent roughly 11,000 troops to Russia since October, along with more than 200 "
         "long-range artillery pieces and a large number of 240mm multiple rocket launchers", "estimates",
         "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("It expects Pyongyang to dispatch additional forces as early as next month", "added",
         "Lee", LEE, "person", "South Korea", "indirect"),
        ("Pyongyang to dispatch additional forces as early as next month", "expects",
         "It", NIS, "organisation", "South Korea", "indirect"),
        ("North Korea fired a hypersonic intermediate-range ballistic missile into the East Sea on the 6th, its first "
         "launch of the year, which flew about 1,100 kilometers", "said", "the Joint Chiefs of Staff",
         "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea", "indirect"),
    ],
    "events": [
        ("today", "2025-01-13", "2025-01-13", "day", True,
         "NIS told lawmakers around 300 North Korean soldiers were killed and some 2,700 wounded in Kursk"),
        ("last week", "2025-01-06", "2025-01-12", "week", True,
         "Ukrainian forces captured two soldiers, confirmed by the NIS as North Korean"),
        ("on Monday", "2025-01-13", "2025-01-13", "day", True,
         "NIS briefed the National Assembly's intelligence committee behind closed doors", 1),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "Zelensky announced Ukrainian forces had captured two North Korean soldiers"),
        ("in 2021", "2021-01-01", "2021-12-31", "year", False,
         "The captured 26-year-old rifleman enlisted in the North Korean army"),
        ("on Monday", "2025-01-13", "2025-01-13", "day", True,
         "Kremlin spokesman Peskov declined to comment on the captured soldiers", 2),
        ("since October", "2024-10-01", "2025-01-13", "open", True,
         "North Korea sent roughly 11,000 troops and over 200 artillery pieces to Russia (NIS estimate)"),
        ("next month", "2025-02-01", "2025-02-28", "month", True,
         "NIS expects Pyongyang to dispatch additional forces to Russia"),
        ("on the 6th", "2025-01-06", "2025-01-06", "day", True,
         "North Korea fired a hypersonic intermediate-range ballistic missile into the East Sea"),
    ],
}}
