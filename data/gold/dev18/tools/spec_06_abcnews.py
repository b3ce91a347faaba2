# dev18_06_abcnews_kursk_veterans_parade -- ABC News (US), published 2025-10-14 (Tuesday).
# Row formats: see spec_01_rt.py.
NIS = "National Intelligence Service (South Korea)"
KIM = "Kim Jong Un"
AHN = "Ahn Min-jung"
KAMIN = "Kamin"
DOCS = {
    "dev18_06_abcnews_kursk_veterans_parade": {
        "figures": [
            ("roughly 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count",
             NIS),
            ("estimate of |600|,", 600, None, "exact", "soldier", "casualties", 600, "count", NIS),
            ("5,000 to 6,000 troops", 5000, 6000, "range", "troop", "personnel", 5000, "count", NIS),
            ("about 28 trillion won", 28e12, None, "approximately", "won", "money", 28e12, "KRW", NIS),
            ("roughly $20 billion", 20e9, None, "approximately", "dollar", "money", 20e9, "USD", NIS),
            ("dozens of North Korean firing positions", 24, None, "vague", "firing position", "units", 24, "count", KAMIN),
            ("some 30 Kursk veterans", 30, None, "approximately", "veteran", "personnel", 30, "count", AHN),
            ("more than 100 self-propelled guns", 100, None, "more_than", "self-propelled gun", "weapons", 100, "count",
             "Defence Intelligence of Ukraine"),
        ],
        "attributions": [
            ("Seoul's spy agency raised its estimate of North Korean deaths", "raised its estimate", "Seoul's spy agency",
             NIS, "organisation", "South Korea", "indirect"),
            ("the clearest sign yet that Pyongyang intends to make its first foreign war in half a century a pillar of "
             "state propaganda", "called", "analysts", "analysts", "group", "independent", "indirect"),
            ("Russian Security Council Deputy Chairman Dmitry Medvedev, who attended the parade, told Kim that Russia "
             "\"will never forget the feat\" of the Korean soldiers", "reported", "North Korea's state media",
             "North Korean state media", "media", "North Korea", "indirect"),
            ("that Russia \"will never forget the feat\" of the Korean soldiers", "told",
             "Russian Security Council Deputy Chairman Dmitry Medvedev", "Dmitry Medvedev", "person", "Russia",
             "indirect"),
            ("that roughly 2,000 North Korean soldiers are believed to have been killed in the fighting, up from its "
             "earlier estimate of 600, and that Pyongyang had sent an additional 5,000 to 6,000 troops and military "
             "engineers to Russia since June", "told lawmakers", "South Korea's National Intelligence Service", NIS,
             "organisation", "South Korea", "indirect"),
            ("The agency also assesses that North Korea earned about 28 trillion won -- roughly $20 billion -- from its "
             "military cooperation with Moscow since 2023", "told reporters", "Rep. Kang Dong-hoon", "Kang Dong-hoon",
             "person", "South Korea", "indirect"),
            ("that North Korea earned about 28 trillion won -- roughly $20 billion -- from its military cooperation with "
             "Moscow since 2023", "assesses", "The agency", NIS, "organisation", "South Korea", "indirect"),
            ("The Koreans learned fast. In November they were walking across open fields in lines; in March they were "
             "flying their own drones,", "told ABC News",
             "a Ukrainian drone unit commander who goes by the call sign \"Kamin\"", KAMIN, "person", "Ukraine",
             "direct"),
            ("his unit alone had hit dozens of North Korean firing positions over the winter", "said", "He", KAMIN,
             "person", "Ukraine", "indirect"),
            ("Both countries initially denied the deployment", "denied", "Both countries", "Russia", "government",
             "Russia", "indirect"),
            ("Both countries initially denied the deployment", "denied", "Both countries", "North Korea", "government",
             "North Korea", "indirect"),
            ("Kim acknowledged it publicly only in late April", "acknowledged", "Kim", KIM, "person", "North Korea",
             "indirect"),
            ("it had pushed Ukrainian forces out of Kursk", "announced", "Moscow", "Russia", "government", "Russia",
             "indirect"),
            ("the soldiers had \"carried out the most glorious mission.\"", "said", "Kim", KIM, "person", "North Korea",
             "indirect"),
            ("Their blood has sealed our alliance for a hundred years,", "said", "he", KIM, "person", "North Korea",
             "direct"),
            ("\"Their blood has sealed our alliance for a hundred years,\" he said", "according to",
             "the official Korean Central News Agency", "Korean Central News Agency", "media", "North Korea",
             "according_to"),
            ("the United States \"remains deeply concerned\" about military cooperation between Moscow and Pyongyang, "
             "which it said violates multiple U.N. Security Council resolutions", "parade, |said| the United",
             "A State Department spokesperson", "U.S. State Department", "group", "United States", "indirect"),
            ("violates multiple U.N. Security Council resolutions", "which it |said| violates", "it", "United States",
             "government", "United States", "indirect"),
            ("Money is the least of it,", "said", "Ahn Min-jung", AHN, "person", "independent", "direct"),
            ("What worries us is whether Russia pays in submarine technology, in satellite help, in combat-tested drone "
             "know-how. Some of that may already be flowing.", "it,\" |said| Ahn", "Ahn Min-jung", AHN, "person",
             "independent", "direct"),
            ("the parade suggested some 30 Kursk veterans had been promoted to senior command posts", "said", "Ahn", AHN,
             "person", "independent", "indirect"),
            ("North Korean artillery remains a fixture on the front", "say", "Ukrainian officials", "Ukrainian officials",
             "group", "Ukraine", "indirect"),
            ("that Pyongyang had delivered more than 100 self-propelled guns and multiple rocket launchers since the "
             "start of the year", "estimated", "Kyiv's military intelligence", "Defence Intelligence of Ukraine",
             "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("on Friday", "2025-10-10", "2025-10-10", "day", True,
             "North Korean Kursk veterans marched at the head of the Workers' Party anniversary parade in Pyongyang"),
            ("Saturday", "2025-10-11", "2025-10-11", "day", True,
             "North Korean state media reported Medvedev told Kim Russia will never forget the Korean soldiers' feat"),
            ("last month", "2025-09-01", "2025-09-30", "month", True,
             "The NIS told lawmakers roughly 2,000 North Korean soldiers are believed killed"),
            ("since June", "2025-06-01", "2025-10-14", "open", True,
             "Pyongyang sent an additional 5,000 to 6,000 troops and military engineers to Russia"),
            ("since 2023", "2023-01-01", "2025-10-14", "open", True,
             "North Korea earned about 28 trillion won from military cooperation with Moscow (NIS)"),
            ("In November", "2024-11-01", "2024-11-30", "month", True,
             "North Korean troops were walking across open fields in lines"),
            ("in March", "2025-03-01", "2025-03-31", "month", True, "North Korean troops were flying their own drones"),
            ("earlier this month", "2025-10-01", "2025-10-13", "month", True,
             "Drone unit commander 'Kamin' spoke to ABC News in the Sumy region"),
            ("over the winter", "2024-12-01", "2025-02-28", "season", True,
             "Kamin's unit hit dozens of North Korean firing positions"),
            ("in October 2024", "2024-10-01", "2024-10-31", "month", False, "North Korea began sending troops to Russia"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Kim Jong Un publicly acknowledged the deployment"),
            ("in August", "2025-08-01", "2025-08-31", "month", True,
             "Kim spoke at the unveiling of a memorial to the fallen in Pyongyang"),
            ("in September", "2025-09-01", "2025-09-30", "month", True,
             "Ukraine's military intelligence estimated North Korean deliveries of self-propelled guns and MLRS"),
            ("since the start of the year", "2025-01-01", "2025-10-14", "open", True,
             "Pyongyang delivered more than 100 self-propelled guns and multiple rocket launchers"),
        ],
    },
}
