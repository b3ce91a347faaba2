"""dev64_05_iiss_engineers: IISS Military Balance blog, published 2025-06-20 (Friday).

Row formats as in spec_01_rand.py.  Table 1 is stored as tab-separated text (as copied from the
page); its numbers are the article's own estimates (no attribution), unit taken from the column
header "Personnel"; its period cells are events.
"""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"
IISS = "International Institute for Strategic Studies"
SKO = "South Korean military official"

DOCS = {
    "dev64_05_iiss_engineers": {
        "figures": [
            ("1,000 mine-clearance specialists", 1000, None, "exact", "mine-clearance specialist", "personnel", 1000, "count", "Sergei Shoigu"),
            ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
            ("11,000–12,000", 11000, 12000, "range", "personnel", "personnel", 11000, "count", ""),
            ("c. 3,000", 3000, None, "approximately", "personnel", "personnel", 3000, "count", ""),
            ("(announced)\t|6,000|\t", 6000, None, "exact", "personnel", "personnel", 6000, "count", ""),
            ("about 20,000 containers", 20000, None, "approximately", "container", "weapons", 20000, "count", JCS),
            ("as many as 9 million artillery shells", 9000000, None, "at_most", "artillery shell", "weapons", 9000000, "count", JCS),
            ("at least 120 Koksan 170mm self-propelled guns", 120, None, "at_least", "self-propelled gun", "weapons", 120, "count", IISS),
            ("some 120 M1991 240mm multiple-rocket launchers", 120, None, "approximately", "multiple-rocket launcher", "weapons", 120, "count", IISS),
            ("148 KN-23 and KN-24 ballistic missiles", 148, None, "exact", "ballistic missile", "weapons", 148, "count", HUR),
            ("50–100 metres", 50, 100, "range", "metre", "territory", 0.05, "km", "Kyrylo Budanov"),
            ("some 14,000 North Korean soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", ""),
            ("about 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", ""),
        ],
        "attributions": [
            ("that North Korea would send 1,000 mine-clearance specialists and 5,000 military construction workers to Russia’s Kursk region",
             "announced", "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
            ("liberated", "declared", "Russia", "Russia", "government", "Russia", "direct"),
            ("that North Korea had shipped about 20,000 containers of munitions to Russia since August 2023", "estimated",
             "South Korea’s Joint Chiefs of Staff (JCS)", JCS, "organisation", "South Korea", "indirect"),
            ("these could hold as many as 9 million artillery shells", "believes",
             "The JCS", JCS, "organisation", "South Korea", "indirect"),
            ("that the KPA has also sent at least 120 Koksan 170mm self-propelled guns and some 120 M1991 240mm multiple-rocket launchers, many of which were photographed in Russia’s Kursk and Belgorod regions last winter",
             "assesses", "The IISS", IISS, "organisation", "independent", "indirect"),
            ("that Russia had launched 148 KN-23 and KN-24 ballistic missiles supplied by North Korea since December 2023", "said",
             "Ukraine’s HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("that the missiles’ accuracy has improved markedly since January, with most now landing within 50–100 metres of their targets",
             "has claimed", "HUR chief Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("the Koksan guns ‘outrange most of what we have’", "said",
             "A Ukrainian artillery officer", "Ukrainian artillery officer", "group", "Ukraine", "indirect"),
            ("that Russia had supplied air-defence equipment to protect Pyongyang and electronic-warfare systems", "said",
             "The NIS", NIS, "organisation", "South Korea", "indirect"),
            ("that Moscow may be sharing satellite and submarine technology", "have warned",
             "US officials", "U.S. officials", "group", "United States", "indirect"),
            ("Every artillery battalion that rotates out of Kursk takes that knowledge home,", "told the IISS",
             "a South Korean military official", SKO, "group", "South Korea", "direct"),
            ("That is what worries us.", "told the IISS",
             "a South Korean military official", SKO, "group", "South Korea", "direct"),
        ],
        "events": [
            ("on 17 June", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu announced in Pyongyang that North Korea would send 1,000 deminers and 5,000 military builders to Kursk"),
            ("‘liberated’ |in April|", "2025-04-01", "2025-04-30", "month", True,
             "Russia declared the Kursk region liberated"),
            ("Oct–Dec 2024", "2024-10-01", "2024-12-31", "month", False,
             "Initial KPA deployment to Russia, 11,000-12,000 personnel (IISS table)"),
            ("Jan–Mar 2025", "2025-01-01", "2025-03-31", "month", False,
             "KPA reinforcement of c. 3,000 incl. artillery and missile crews (IISS table)"),
            ("Jun 2025", "2025-06-01", "2025-06-30", "month", False,
             "Engineering support of 6,000 deminers and builders announced (IISS table)"),
            ("estimated |in February| that", "2025-02-01", "2025-02-28", "month", True,
             "South Korea's JCS estimated North Korea had shipped about 20,000 containers of munitions to Russia"),
            ("since August 2023", "2023-08-01", "2025-06-20", "open", True,
             "North Korea shipped about 20,000 containers of munitions to Russia"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True,
             "North Korean self-propelled guns and rocket launchers were photographed in Kursk and Belgorod"),
            ("last month", "2025-05-01", "2025-05-31", "month", True,
             "HUR said Russia had launched 148 North Korean KN-23/KN-24 ballistic missiles"),
            ("since December 2023", "2023-12-01", "2025-06-20", "open", True,
             "Russia launched 148 North Korean-supplied KN-23/KN-24 ballistic missiles"),
            ("since January", "2025-01-01", "2025-06-20", "open", True,
             "The accuracy of North Korean missiles improved markedly (Budanov)"),
            ("said |in April| that", "2025-04-01", "2025-04-30", "month", True,
             "NIS said Russia had supplied air-defence equipment and electronic-warfare systems to North Korea"),
            ("this month", "2025-06-01", "2025-06-30", "month", True,
             "A South Korean military official told the IISS in Seoul about the lessons North Korea is taking home"),
            ("in July", "2025-07-01", "2025-07-31", "month", True,
             "The first contingent of about 1,000 North Korean deminers is expected in Russia (forward-looking)"),
            ("this summer", "2025-06-01", "2025-08-31", "season", True,
             "Arrival of the North Korean deminers in Kursk (forward-looking)"),
        ],
    },
}
