# dev20_03 -- Xinhua, published 2025-02-27 (Thursday).
# Row formats: see spec_01_sputnik.py.
# Not annotated (furniture): nav, "Source/Editor" lines, timestamp "2025-02-27 17:05:30", the wire dateline
# "SEOUL, Feb. 27 (Xinhua) --", "[Editor: huaxia]", Related News ("about 3,000 DPRK soldiers ..."), footer, phone.
# Not annotated (traps): "after a pause of about a month" (duration), "240-mm" (calibre, a name),
# "in the coming months" (vague), "a claim the Russian side did not address" (non-statement),
# "The redeployment suggests" (inanimate subject inside the quote of Park), "at one point" (vague).

NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
PARK = ("Park Ji-yeon", "person", "independent")

DOCS = {
    "dev20_03_xinhua_nis_redeploy": {
        "figures": [
            ("around 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", "National Intelligence Service (South Korea)"),
            ("about 300", 300, None, "approximately", "troop", "casualties", 300, "count", "National Intelligence Service (South Korea)"),
            ("2,700", 2700, None, "exact", "troop", "casualties", 2700, "count", "National Intelligence Service (South Korea)"),
            ("about 2,000 to 3,000 soldiers", 2000, 3000, "range", "soldier", "personnel", 2000, "count",
             "Center for Northeast Asian Military Affairs"),
            ("about 1,300 square km", 1300, None, "approximately", "square km", "territory", 1300, "km2", "Ukraine"),
            ("more than 200 long-range artillery pieces", 200, None, "more_than", "artillery piece", "weapons", 200, "count", "Yonhap News Agency"),
            ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", "Yonhap News Agency"),
        ],
        "attributions": [
            ("DPRK redeploys troops to Russia's Kursk", "says", "S. Korea's spy agency", *NIS, "indirect"),
            ("The Democratic People's Republic of Korea (DPRK) has apparently redeployed its troops to the front line in Russia's Kursk region after a pause of about a month",
             "agency |said| Thursday", "South Korea's spy agency", *NIS, "indirect"),
            # nested: according to Lee [NIS told lawmakers [that ...]]
            ("that additional DPRK soldiers had been sent to Russia in January and February, though the exact size of the reinforcements had yet to be confirmed",
             "told lawmakers", "The National Intelligence Service (NIS)", *NIS, "indirect"),
            ("The National Intelligence Service (NIS) told lawmakers in a closed-door briefing that additional DPRK soldiers had been sent to Russia in January and February, though the exact size of the reinforcements had yet to be confirmed",
             "according to", "Rep. Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "according_to"),
            ("The DPRK troops, estimated at around 11,000, had been pulled back from the front line since mid-January after suffering heavy casualties",
             "NIS |said|, adding", "the NIS", *NIS, "indirect"),
            ("that about 300 had been killed and another 2,700 wounded in the fighting", "adding", "the NIS", *NIS, "indirect"),
            ("that the DPRK could send more troops as well as self-propelled guns and 240-mm multiple rocket launchers to support Russia in the coming months",
             "noted", "It", *NIS, "indirect"),
            ("The redeployment suggests that the DPRK units have adapted to drone warfare after costly early engagements",
             "engagements, |said| Park", "Park Ji-yeon", *PARK, "indirect"),
            ("At first, they moved in the open and were easy targets. Now they disperse, they dig in and they shoot at drones,",
             "Park |said|.", "Park", *PARK, "direct"),
            ("the DPRK soldiers had been fighting in brigade-sized groups of about 2,000 to 3,000 soldiers attached to Russian marine and airborne units",
             "Affairs |said| the DPRK", "the Seoul-based Center for Northeast Asian Military Affairs",
             "Center for Northeast Asian Military Affairs", "organisation", "independent", "indirect"),
            ("that DPRK troops had returned to combat in the Kursk region", "Zelensky |said| on Feb. 7",
             "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ('that the issue of DPRK troops fell within the framework of "bilateral relations" between Moscow and Pyongyang',
             "Peskov |said| in November", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("groundless rumors", "described", "A spokesman for the DPRK Foreign Ministry", "North Korean Foreign Ministry",
             "group", "North Korea", "direct"),
            ("claiming control of about 1,300 square km of Russian territory", "claiming", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
            ("it has since retaken most of the area", "Russia |says| it has", "Russia", "Russia", "government", "Russia", "indirect"),
            ("the DPRK has also supplied Russia with more than 200 long-range artillery pieces and millions of artillery shells since 2023",
             "According to", "Yonhap News Agency", "Yonhap News Agency", "media", "independent", "according_to"),
            ("that it could consider supplying weapons to Ukraine in response to the military cooperation between Pyongyang and Moscow",
             "warned", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ],
        "events": [
            ("agency said |Thursday|.", "2025-02-27", "2025-02-27", "day", True,
             "South Korea's spy agency said the DPRK had redeployed troops to the Kursk front line"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Additional DPRK soldiers were sent to Russia"),
            ("since mid-January", "2025-01-11", "2025-02-27", "open", True,
             "DPRK troops were pulled back from the front line after heavy casualties"),
            ("earlier this month", "2025-02-01", "2025-02-26", "month", True,
             "Center for Northeast Asian Military Affairs released its report on DPRK battle groups"),
            ("in June last year", "2024-06-01", "2024-06-30", "month", True,
             "DPRK and Russia signed the Treaty on Comprehensive Strategic Partnership during Putin's visit to Pyongyang"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "The DPRK-Russia treaty took effect"),
            ("on Feb. 7", "2025-02-07", "2025-02-07", "day", True, "Zelensky said DPRK troops had returned to combat in Kursk"),
            ("in November last year", "2024-11-01", "2024-11-30", "month", True,
             "Peskov said the DPRK troops issue fell within bilateral relations"),
            ("Ministry |in November| described", "2024-11-01", "2024-11-30", "month", True,
             "DPRK Foreign Ministry spokesman called troop deployment reports groundless rumors"),
            ("on Aug. 6 last year", "2024-08-06", "2024-08-06", "day", True, "Ukraine launched its cross-border incursion into Kursk"),
            ("since 2023", "2023-01-01", "2025-02-27", "open", True,
             "DPRK supplied Russia with long-range artillery pieces and millions of shells (per Yonhap)"),
        ],
    },
}
