"""dev63_06_reuters_plea: Reuters legal news, published 2025-09-09 (Tue)."""
DOJ = "U.S. Justice Department"
US = "United States"
MW = "Marcus Whitfield"
DOCS = {
    "dev63_06_reuters_plea": {
        "figures": [
            ("about $1.9 million", 1900000, None, "approximately", "", "money", 1900000, "USD", ""),
            ("forfeit |$1.9 million| and", 1900000, None, "exact", "", "money", 1900000, "USD", ""),
            ("at least 3,100", 3100, None, "at_least", "component", "other", 3100, "count", DOJ),
            ("about 410 million roubles", 410000000, None, "approximately", "rouble", "money", 410000000, "RUB", DOJ),
            ("$4.8 million", 4800000, None, "exact", "", "money", 4800000, "USD", DOJ),
            ("some HK$14.9 million", 14900000, None, "approximately", "", "money", 14900000, "HKD", DOJ),
            ("about 30 km", 30, None, "approximately", "km", "territory", 30, "km", ""),
            ("19 miles", 19, None, "exact", "mile", "territory", 30.577536, "km", ""),
            ("dozens of North Korean-made missiles", 24, None, "vague", "missile", "weapons", 24, "count",
             "Ukrainian Air Force"),
            ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", "South Korea"),
            ("around 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count",
             "National Intelligence Service (South Korea)"),
        ],
        "attributions": [
            ("Freight executive admits export, money laundering conspiracies", "admits", "Freight executive", MW,
             "person", "independent", "indirect"),
            ("parts went to North Korean missile plants", "say", "Prosecutors", DOJ, "group", US, "indirect"),
            ("ended up in North Korean ballistic missiles fired at Ukraine", "say", "prosecutors", DOJ, "group", US,
             "indirect"),
            ("that between January 2023 and November 2024 his company shipped microcontrollers and navigation modules "
             "to a Russian buyer, Andrei Kolesnik, knowing they would be sent on to North Korea", "admitted",
             "Marcus Whitfield", MW, "person", "independent", "indirect"),
            ("he expected a far shorter term given his client's cooperation", "said", "his lawyer, Craig Pettibone",
             "Craig Pettibone", "person", "independent", "indirect"),
            ("Mr. Whitfield accepted responsibility today. He did not know, and could not have known, where these "
             "parts would end up,", "told reporters", "Pettibone", "Craig Pettibone", "person", "independent",
             "direct"),
            ("at least 3,100 of the components were traced to debris recovered in Kharkiv and Kyiv after North Korean "
             "missile strikes last year and in January", "say", "Prosecutors", DOJ, "group", US, "indirect"),
            ("that Whitfield's bank had flagged the Russian payments as early as 2023", "told the judge",
             "Assistant U.S. Attorney Keenan Holt", "Keenan Holt", "person", US, "indirect"),
            ("Kolesnik's companies paid about 410 million roubles ($4.8 million) into accounts in Hong Kong and "
             "Almaty, including some HK$14.9 million received by Lucent Harbor Trading", "said", "prosecutors", DOJ,
             "group", US, "indirect"),
            ('that the case was "one of the clearest examples yet of American technology feeding Pyongyang\'s war '
             'machine."', "said", "The Justice Department", DOJ, "organisation", US, "indirect"),
            ("Russia has fired dozens of North Korean-made missiles at Ukrainian cities since the start of 2024",
             "says", "Ukraine's air force", "Ukrainian Air Force", "organisation", "Ukraine", "indirect"),
            ("North Korea has also sent about 15,000 troops to Russia since October last year", "according to",
             "South Korean estimates", "South Korea", "government", "South Korea", "according_to"),
            ("that around 4,700 of them had been killed or wounded in the Kursk region", "said",
             "Seoul's spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea",
             "indirect"),
            ("Moscow and Pyongyang acknowledged the deployment for the first time in late April", "acknowledged",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("Moscow and Pyongyang acknowledged the deployment for the first time in late April", "acknowledged",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ],
        "events": [
            ("February 6, 2024", "2024-02-06", "2024-02-06", "day", False,
             "Remains of a North Korean KN-23 missile displayed by Ukrainian officials in Kyiv (photo caption)"),
            ("for December", "2025-12-01", "2025-12-31", "month", True, "Whitfield's sentencing is set"),
            ("on Tuesday", "2025-09-09", "2025-09-09", "day", True,
             "Texas freight executive Marcus Whitfield pleaded guilty in federal court in Houston"),
            ("between January 2023 and November 2024", "2023-01-01", "2024-11-30", "month", False,
             "Whitfield's company shipped microcontrollers and navigation modules to Kolesnik for North Korea"),
            ("for Dec. 11", "2025-12-11", "2025-12-11", "day", True, "Sentencing of Whitfield set by Judge Vidaurri"),
            ("today", "2025-09-09", "2025-09-09", "day", True, "Whitfield accepted responsibility (pleaded guilty)"),
            ("strikes |last year| and", "2024-01-01", "2024-12-31", "year", True,
             "North Korean missile strikes on Kharkiv and Kyiv whose debris contained the exported components"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "North Korean missile strikes on Kharkiv and Kyiv whose debris contained the exported components"),
            ("as early as 2023", "2023-01-01", "2023-12-31", "year", False,
             "Whitfield's bank flagged the Russian payments"),
            ("in March", "2025-03-01", "2025-03-31", "month", True, "Kolesnik was charged alongside Whitfield"),
            ("since the start of 2024", "2024-01-01", "2025-09-09", "open", True,
             "Russia has fired dozens of North Korean-made missiles at Ukrainian cities"),
            ("since October last year", "2024-10-01", "2025-09-09", "open", True,
             "North Korea has sent about 15,000 troops to Russia"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "South Korea's spy agency said around 4,700 North Korean troops had been killed or wounded"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Moscow and Pyongyang acknowledged the deployment for the first time"),
        ],
    }
}
