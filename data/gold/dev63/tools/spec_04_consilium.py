"""dev63_04_consilium_package: Council of the EU press release, published 2025-05-20 (Tue)."""
EU = "EU"
COUNCIL = "Council of the European Union"
DOCS = {
    "dev63_04_consilium_package": {
        "figures": [
            ("75 new listings", 75, None, "exact", "listing", "other", 75, "count", ""),
            ("6 generals", 6, None, "exact", "general", "personnel", 6, "count", ""),
            ("4 Russian and North Korean entities", 4, None, "exact", "entity", "other", 4, "count", ""),
            ("around 14,000 soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", COUNCIL),
            ("more than 4,000", 4000, None, "more_than", "soldier", "casualties", 4000, "count", COUNCIL),
            ("an estimated 9 million rounds", 9000000, None, "approximately", "round", "weapons", 9000000, "count", ""),
            ("dozens of ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", ""),
            ("2 Vladivostok-based trading houses", 2, None, "exact", "trading house", "other", 2, "count", ""),
            ("more than €60 million", 60000000, None, "more_than", "", "money", 60000000, "EUR", COUNCIL),
            ("some 28,000 containers", 28000, None, "approximately", "container", "weapons", 28000, "count", ""),
            ("189 additional vessels", 189, None, "exact", "vessel", "other", 189, "count", ""),
            ("342", 342, None, "exact", "vessel", "other", 342, "count", ""),
            ("31 companies", 31, None, "exact", "company", "other", 31, "count", ""),
            ("an estimated €2.4 billion", 2400000000, None, "approximately", "", "money", 2400000000, "EUR", ""),
            ("over 2,400 individuals", 2400, None, "more_than", "individual", "other", 2400, "count", ""),
        ],
        "attributions": [
            ("Every North Korean soldier sent to Kursk is a soldier Russia did not have to mobilise itself. With this "
             "package we hit those who made that trade possible, in Pyongyang as well as in Moscow,", "said",
             "Kaja Kallas", "Kaja Kallas", "person", EU, "direct"),
            ("that the Democratic People's Republic of Korea (DPRK) sent around 14,000 soldiers to Russia between "
             "October 2024 and March 2025, of whom more than 4,000 were killed or wounded in the Kursk region",
             "estimates", "The Council", COUNCIL, "organisation", EU, "indirect"),
            ("Moscow and Pyongyang officially acknowledged the deployment at the end of April", "acknowledged",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("Moscow and Pyongyang officially acknowledged the deployment at the end of April", "acknowledged",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("The EU condemns in the strongest terms the direct involvement of DPRK forces in Russia's war of "
             "aggression", "condemns", "The EU", "European Union", "organisation", EU, "indirect"),
            ("which it considers a serious violation of UN Security Council resolutions", "considers", "it",
             "European Union", "organisation", EU, "indirect"),
            ("took command of the troops in Kursk in November 2024", "according to", "the Council's legal acts",
             COUNCIL, "organisation", EU, "according_to"),
            ("handled payments worth more than €60 million", "says", "the Council", COUNCIL, "organisation", EU,
             "indirect"),
            ("the European Council strongly condemned the deployment of DPRK troops", "condemned",
             "the European Council", "European Council", "organisation", EU, "indirect"),
            ("that the EU would respond with further measures", "stated", "the European Council", "European Council",
             "organisation", EU, "indirect"),
            ("it will support Ukraine for as long as it takes", "said", "The EU", "European Union", "organisation", EU,
             "indirect"),
        ],
        "events": [
            ("The Council |today| adopted", "2025-05-20", "2025-05-20", "day", True,
             "The Council adopted the 17th package of sanctions against Russia"),
            ("between October 2024 and March 2025", "2024-10-01", "2025-03-31", "month", False,
             "The DPRK sent around 14,000 soldiers to Russia, more than 4,000 of whom were killed or wounded"),
            ("since 2023", "2023-01-01", "2025-05-20", "open", True,
             "Pyongyang has supplied Moscow with an estimated 9 million artillery rounds and dozens of ballistic missiles"),
            ("at the end of April", "2025-04-21", "2025-04-30", "month", True,
             "Moscow and Pyongyang officially acknowledged the deployment"),
            ("in November 2024", "2024-11-01", "2024-11-30", "month", False,
             "The KPA deputy chief of the General Staff took command of the troops in Kursk"),
            ("on 14 May", "2025-05-14", "2025-05-14", "day", True, "EU ambassadors agreed the 17th package"),
            ("since February 2022", "2022-02-01", "2025-05-20", "open", True,
             "Assets worth an estimated €2.4 billion of listed persons have been frozen across the EU"),
            ("On 19 December 2024", "2024-12-19", "2024-12-19", "day", False,
             "The European Council condemned the deployment of DPRK troops and said the EU would respond with further measures"),
        ],
    }
}
