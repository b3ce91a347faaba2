"""dev75_06: The Telegraph, 2024-10-30 (Wednesday). Families of deployed soldiers, defectors in New Malden,
rumours inside North Korea, leaflets and a surrender hotline.

Row formats as in spec_01_washingtonpost.py.
"""
NIS = "National Intelligence Service (South Korea)"
JIHYE = "Ji-hye (pseudonym)"
LEE = "Lee Seong-ho"
ORG = "leaflet balloon organiser"

DOCS = {
    "dev75_06_telegraph_families": {
        "figures": [
            ("about 3,000 troops", 3000, None, "approximately", "troop", "personnel", 3000, "count", NIS),
            ("some 10,000", 10000, None, "approximately", "troop", "personnel", 10000, "count", NIS),
            ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", NIS),
            ("6,200 won", 6200, None, "exact", "won", "money", 6200, "KPW", "Daily NK"),
            ("about 700 North Koreans", 700, None, "approximately", "north korean", "other", 700, "count",
             "local charities"),
            ("£1,500", 1500, None, "exact", "", "money", 1500, "GBP", ""),
            ("some 30 miles", 30, None, "approximately", "mile", "territory", 48.28032, "km", ORG),
            ("20 balloons", 20, None, "exact", "balloon", "other", 20, "count", ORG),
        ],
        "attributions": [
            ("North Korean soldiers’ families ‘isolated in secret compounds’", "says", "Seoul", "South Korea",
             "government", "South Korea", "indirect"),
            ("that relatives will pay the price for Kim Jong-un’s gamble in Ukraine", "warn", "Defectors in Britain",
             "North Korean defectors in Britain", "group", "independent", "indirect"),
            ("The families of North Korean soldiers sent to fight for Russia have been moved from their homes and placed "
             "under guard to stop news of the deployment spreading", "has |said|.", "South Korea’s spy agency", NIS,
             "organisation", "South Korea", "indirect"),
            ("relatives had been relocated to “collective compounds” and that Pyongyang had told them their sons were "
             "on “winter training”", "said", "Lawmakers briefed by the National Intelligence Service (NIS)",
             "South Korean lawmakers", "group", "South Korea", "indirect"),
            ("their sons were on “winter training”", "told them", "Pyongyang", "North Korea", "government",
             "North Korea", "indirect"),
            ("that about 3,000 troops had already reached Russia’s western front and that the total would rise to some "
             "10,000 by December", "told them", "The agency", NIS, "organisation", "South Korea", "indirect"),
            ("each soldier is paid about $2,000 a month, most of it kept by the state", "believes", "The NIS", NIS,
             "organisation", "South Korea", "indirect"),
            ("that mothers in the northern city of Hyesan had been seen weeping at the market after hearing their sons "
             "had been sent “to the Russian war”, and that the price of rice there had risen to 6,200 won a kilo",
             "reported", "Daily NK", "Daily NK", "media", "independent", "indirect"),
            ("is home to about 700 North Koreans", "say", "local charities", "local charities", "group",
             "independent", "indirect"),
            ("My brother is 23. He is exactly the age they send,", "said", "Ji-hye (not her real name)", JIHYE,
             "person", "independent", "direct"),
            ("Such brokers now take as much as 40 per cent of any cash sent north", "said", "she", JIHYE, "person",
             "independent", "indirect"),
            ("Kim Jong-un cannot tell his people that their sons are dying for Putin,", "said", "Lee Seong-ho", LEE,
             "person", "independent", "direct"),
            ("So the families disappear first, before the rumours can.", "|said| Lee Seong-ho", "Lee Seong-ho", LEE,
             "person", "independent", "direct"),
            ("Pyongyang has not confirmed the deployment", "has not confirmed", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            ("that any such move would be “in line with international law”", "said",
             "North Korea’s vice foreign minister Kim Jong-gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
            ("it had begun publishing appeals in Korean on October 16, promising North Koreans who lay down their arms "
             "“warm food, medical care and safety”", "said", "Its “I Want to Live” surrender hotline",
             "I Want to Live project", "organisation", "Ukraine", "indirect"),
            ("Near the border town of Paju, some 30 miles north of Seoul, activists last Thursday launched 20 balloons "
             "carrying leaflets about the deployment", "said", "one organiser", ORG, "group", "independent",
             "indirect"),
        ],
        "events": [
            ("this month", "2024-10-01", "2024-10-31", "month", True,
             "Photograph of Kim Jong-un inspecting special forces training released (caption)"),
            ("on Tuesday", "2024-10-29", "2024-10-29", "day", True,
             "NIS briefed lawmakers on the isolation of deployed soldiers' families"),
            ("by December", "2024-12-01", "2024-12-31", "month", True,
             "North Korean troops in Russia expected to rise to some 10,000"),
            ("reported |last week| that", "2024-10-21", "2024-10-27", "week", True,
             "Daily NK reported mothers in Hyesan weeping at the market and rice at 6,200 won a kilo"),
            ("in 2014", "2014-01-01", "2014-12-31", "year", False, "Ji-hye left North Korea"),
            ("two years ago", "2022-01-01", "2022-12-31", "year", True,
             "Ji-hye last heard from her family, through a broker in China"),
            ("Kim Jong-gyu said |last week| that", "2024-10-21", "2024-10-27", "week", True,
             "Kim Jong Gyu said any troop move would be in line with international law"),
            ("on October 16", "2024-10-16", "2024-10-16", "day", True,
             "I Want to Live hotline began publishing appeals in Korean"),
            ("last Thursday", "2024-10-24", "2024-10-24", "day", True,
             "Activists near Paju launched 20 balloons carrying leaflets about the deployment"),
        ],
    },
}
