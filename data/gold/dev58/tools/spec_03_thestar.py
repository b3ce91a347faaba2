"""dev58_03_thestar_rally: Toronto Star. The manifest date is EMPTY; the anchor Mon 2025-02-24 is taken
from the page's own date line `Mon., Feb. 24, 2025` (printed under the byline). The date line itself is
furniture, not an event row.

Row formats as in spec_01_njcom.py. Money written `$` in this Canadian paper is Canadian dollars (CAD).
"""
D = "dev58_03_thestar_rally"
NIS = "National Intelligence Service (South Korea)"
UCC = "Ukrainian Canadian Congress"

DOCS = {D: {
    "figures": [
        ("about 2,000 demonstrators", 2000, None, "approximately", "demonstrator", "other", 2000, "count", "rally organizers"),
        ("about 40 members", 40, None, "approximately", "member", "other", 40, "count", ""),
        ("11,000 soldiers", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Esther Jung"),
        ("about 4,000 soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "Armed Forces of Ukraine"),
        ("roughly 400 square kilometres", 400, None, "approximately", "square kilometre", "territory", 400, "km2", ""),
        ("about 1,300", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", ""),
        ("roughly 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", NIS),
        ("76 more Russian and North Korean targets", 76, None, "exact", "target", "other", 76, "count", "Mélanie Joly"),
        ("two North Korean generals", 2, None, "exact", "general", "personnel", 2, "count", "Mélanie Joly"),
        ("$200 million", 200000000, None, "exact", "", "money", 200000000, "CAD", "Mélanie Joly"),
        ("roughly $26 million", 26000000, None, "approximately", "", "money", 26000000, "CAD", UCC),
        ("$18,500", 18500, None, "exact", "", "money", 18500, "CAD", "Peter Oh"),
    ],
    "attributions": [
        ("that about 2,000 demonstrators crowded into Nathan Phillips Square on Sunday, waving blue-and-yellow flags in the cold",
         "estimated", "Organizers", "rally organizers", "group", "independent", "indirect"),
        ("When Kim Jong Un sends 11,000 soldiers to kill Ukrainians, we cannot stay silent,", "said",
         "Esther Jung", "Esther Jung", "person", "independent", "direct"),
        ("Her parents fled Pyongyang in 1950", "said", "she", "Esther Jung", "person", "independent", "indirect"),
        ("North Korean units have lost about 4,000 soldiers killed or wounded since they were thrown into the fighting in "
         "December, and that Pyongyang pulled survivors back from the front for several weeks in January before returning "
         "them this month", "says", "Ukraine’s military", "Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        ("that roughly 300 North Korean soldiers had been killed and 2,700 wounded, and that one of two soldiers captured by "
         "Ukrainian forces wanted to go to South Korea", "told lawmakers",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that Canada would impose sanctions on 76 more Russian and North Korean targets, including two North Korean "
         "generals, and commit another $200 million to Ukraine’s air defence", "announced",
         "Foreign Affairs Minister Mélanie Joly", "Mélanie Joly", "person", "Canada", "indirect"),
        ("that Ottawa should go further and hand Kyiv the roughly $26 million in Russian assets it froze in 2023", "said",
         "The Ukrainian Canadian Congress", UCC, "organisation", "independent", "indirect"),
        ("Sanctions are words. Money is air defence,", "said", "the group", UCC, "organisation", "independent", "direct"),
        ("North Korea’s soldiers are in Kursk because the world let Putin keep Crimea,", "said",
         "Liberal MP Yvan Baker", "Yvan Baker", "person", "Canada", "direct"),
        ("he would press Ottawa to get Canadian-built armoured vehicles to Ukraine “before the spring offensive.”", "said",
         "Baker", "Yvan Baker", "person", "Canada", "indirect"),
        ("that the casualty numbers from both Kyiv and Seoul are estimates", "cautioned",
         "Jiyoon Han", "Jiyoon Han", "person", "independent", "indirect"),
        ("even at the low end, North Korea has lost more men in ten weeks than in any conflict since 1953.", "said",
         "she", "Jiyoon Han", "person", "independent", "direct"),
        ("At Hanmaum Korean United Church on Yonge Street, the congregation has raised $18,500 for Ukrainian newcomers "
         "since last spring", "according to", "the Rev. Peter Oh", "Peter Oh", "person", "independent", "according_to"),
        ("she will ask council next month to light the Toronto sign in blue and yellow for Ukraine’s Independence Day on "
         "Aug. 24", "said", "Ward 18 Coun. Grace Ahn", "Grace Ahn", "person", "Canada", "indirect"),
    ],
    "events": [
        ("Square |on Sunday|. Nadia", "2025-02-23", "2025-02-23", "day", True,
         "Photo caption: Toronto's Korean community members join a rally for Ukraine at Nathan Phillips Square"),
        ("Square |on Sunday|, waving", "2025-02-23", "2025-02-23", "day", True,
         "About 2,000 demonstrators rallied for Ukraine at Nathan Phillips Square"),
        ("in 1950", "1950-01-01", "1950-12-31", "year", False, "Esther Jung's parents fled Pyongyang"),
        ("|Monday| marks", "2025-02-24", "2025-02-24", "day", True,
         "Third anniversary of Russia's full-scale invasion of Ukraine"),
        ("in December", "2024-12-01", "2024-12-31", "month", True,
         "North Korean units were thrown into the fighting in Kursk"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "Pyongyang pulled surviving North Korean troops back from the front for several weeks"),
        ("this month", "2025-02-01", "2025-02-28", "month", True,
         "North Korean troops returned to the front"),
        ("last summer", "2024-06-01", "2024-08-31", "season", True,
         "Height of Ukraine's incursion into the Kursk region (about 1,300 square kilometres held)"),
        ("last month", "2025-01-01", "2025-01-31", "month", True,
         "NIS told lawmakers about 300 North Korean soldiers killed and 2,700 wounded"),
        ("announced |Monday| that", "2025-02-24", "2025-02-24", "day", True,
         "Mélanie Joly announced sanctions on 76 more targets and another $200 million for Ukraine's air defence"),
        ("in 2023", "2023-01-01", "2023-12-31", "year", False,
         "Canada froze about $26 million in Russian assets"),
        ("since 1953", "1953-01-01", "2025-02-24", "open", True,
         "North Korea's heaviest losses in any conflict (since the Korean War)"),
        ("since last spring", "2024-03-01", "2025-02-24", "open", True,
         "Hanmaum Korean United Church raised $18,500 for Ukrainian newcomers"),
        ("next month", "2025-03-01", "2025-03-31", "month", True,
         "Grace Ahn will ask city council to light the Toronto sign for Ukraine"),
        ("on Aug. 24", "2025-08-24", "2025-08-24", "day", True,
         "Ukraine's Independence Day, for which the Toronto sign would be lit in blue and yellow"),
    ],
}}
