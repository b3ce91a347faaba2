# dev88_03: CNA (Channel NewsAsia) page carrying Reuters/AFP copy. Manifest `published` is EMPTY:
# the anchor is the page's own CNA date line "28 Apr 2025 03:16PM (Updated: 28 Apr 2025 06:40PM)",
# i.e. Monday 28 April 2025. Row layouts as in spec_01_skynews.py.

CMC = "Central Military Commission (North Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
UA_GS = "General Staff of the Armed Forces of Ukraine"
PARK = "Park Ji-woon"
TYKHYI = "Heorhii Tykhyi"

DOCS = {
    "dev88_03_cna_pyongyang_confirms": {
        "figures": [
            ("4,700 CASUALTIES", 4700, None, "exact", "casualty", "casualties", 4700, "count", "South Korea"),
            ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", JCS),
            ("some 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", JCS),
            ("around 14,000 soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", ""),
            ("more than 28,000 containers", 28000, None, "more_than", "container", "weapons", 28000, "count", "South Korea"),
            ("as much as US$20 billion", 20000000000, None, "at_most", "", "money", 20000000000, "USD", PARK),
        ],
        "attributions": [
            # headline and sub-headline
            ("its troops fought for Russia in Kursk", "confirms", "North Korea", "North Korea", "government", "North Korea",
             "indirect"),
            ("the deployment was ordered by leader Kim Jong Un under a mutual defence treaty", "said", "Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ("Ukrainian forces had been driven out of the Russian region", "said", "Moscow", "Russia", "government", "Russia",
             "indirect"),
            # body
            ("that it had sent troops to fight alongside Russian forces in the Kursk region", "confirmed", "North Korea",
             "North Korea", "government", "North Korea", "indirect"),
            ("its soldiers had helped \"liberate\" the area from Ukrainian troops", "saying", "North Korea", "North Korea",
             "government", "North Korea", "indirect"),
            ("Kim had ordered the deployment under the mutual defence treaty signed with Moscow last June", "said",
             "the ruling Workers' Party's Central Military Commission", CMC, "organisation", "North Korea", "indirect"),
            ("They have performed heroic feats for the honour of the motherland,", "said", "the commission", CMC,
             "organisation", "North Korea", "direct"),
            ("that a monument to the \"fallen heroes\" would soon be built in Pyongyang", "adding", "the commission", CMC,
             "organisation", "North Korea", "indirect"),
            ("that Russian forces had completed the \"liberation\" of Kursk", "said",
             "Russia's chief of general staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("praised the \"heroism\" of North Korean soldiers fighting alongside Russian units", "praised", "Valery Gerasimov",
             "Valery Gerasimov", "person", "Russia", "indirect"),
            ("Ukraine's General Staff dismissed the claim", "dismissed", "Ukraine's General Staff", UA_GS, "organisation",
             "Ukraine", "indirect"),
            ("fighting was continuing in parts of the region", "saying", "Ukraine's General Staff", UA_GS, "organisation",
             "Ukraine", "indirect"),
            ("that Moscow would \"never forget\" the sacrifice of the North Korean soldiers", "said",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            # sub-heading in capitals
            ("4,700 CASUALTIES", "SAYS", "SEOUL", "South Korea", "government", "South Korea", "indirect"),
            ("the admission showed Pyongyang was \"treating its young soldiers as cannon fodder\" in exchange for cash and "
             "weapons technology", "said", "South Korea's foreign ministry", "South Korean Foreign Ministry", "organisation",
             "South Korea", "indirect"),
            ("that about 4,700 North Korean soldiers had been killed or wounded since they entered combat in December, "
             "including some 600 deaths", "estimated", "The Joint Chiefs of Staff in Seoul", JCS, "organisation",
             "South Korea", "indirect"),
            ("Seoul has also accused Pyongyang of shipping more than 28,000 containers of munitions to Russia since August 2023",
             "accused", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("North Korea has earned as much as US$20 billion from its arms and troop deals with Moscow", "according to",
             "Park Ji-woon", PARK, "person", "independent", "according_to"),
            ("The confirmation is less about honesty than about the bill,", "told CNA", "Park", PARK, "person", "independent",
             "direct"),
            ("Kim needs his people to see the dead as heroes, not as the price of Russian oil and air defence.", "told CNA",
             "Park", PARK, "person", "independent", "direct"),
            ("that the admission \"confirms what we have said since November\"", "wrote",
             "Ukraine's foreign ministry spokesman Heorhii Tykhyi", TYKHYI, "person", "Ukraine", "indirect"),
            ("called for \"a response, not just statements\" from Seoul and Washington", "called for", "Heorhii Tykhyi", TYKHYI,
             "person", "Ukraine", "indirect"),
        ],
        "events": [
            ("on Monday (Apr 28)", "2025-04-28", "2025-04-28", "day", True,
             "North Korea confirmed for the first time that it had sent troops to fight in Kursk"),
            ("last June", "2024-06-01", "2024-06-30", "month", True, "Mutual defence treaty signed with Moscow"),
            ("on Saturday (Apr 26)", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov said Russian forces had completed the 'liberation' of Kursk"),
            ("Peskov said |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
             "Peskov said Moscow would never forget the North Korean soldiers' sacrifice"),
            ("earlier this month", "2025-04-01", "2025-04-27", "month", True,
             "South Korea's JCS estimated about 4,700 North Korean casualties"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean soldiers entered combat"),
            ("since October", "2024-10-01", "2025-04-28", "open", True,
             "North Korea sent around 14,000 soldiers plus guns and rocket launchers to Russia"),
            ("since August 2023", "2023-08-01", "2025-04-28", "open", True,
             "North Korea shipped more than 28,000 containers of munitions to Russia (Seoul)"),
            ("since November", "2024-11-01", "2025-04-28", "open", True,
             "What Ukraine has said about North Korean troops (Tykhyi)"),
        ],
    },
}
