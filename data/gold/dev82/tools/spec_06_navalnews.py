"""dev82_06_navalnews_rajin: Naval News. Manifest date EMPTY; anchor 2025-09-16 (Tue) from the page's
date line 'Published on 16/09/2025' (Naval News prints DD/MM/YYYY)."""
D = "dev82_06_navalnews_rajin"
JL = "Jae-hoon Lim"
JCS = "Joint Chiefs of Staff (South Korea)"
NIS = "National Intelligence Service (South Korea)"

FIGURES = [
    ("at least four Russian-flagged cargo ships", 4, None, "at_least", "cargo ship", "other", 4, "count", ""),
    ("Two more ships", 2, None, "exact", "ship", "other", 2, "count", ""),
    ("roughly 280 containers", 280, None, "approximately", "container", "weapons", 280, "count", ""),
    ("roughly 100 nautical miles", 100, None, "approximately", "nautical mile", "territory", 185.2, "km", ""),
    ("more than 8,000 kilometres", 8000, None, "more_than", "kilometre", "territory", 8000, "km", ""),
    ("more than 12 million artillery shells", 1.2e7, None, "more_than", "artillery shell", "weapons", 1.2e7, "count", JCS),
    ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
    ("6,000 military engineers", 6000, None, "exact", "military engineer", "personnel", 6000, "count", NIS),
    ("74 vertical launch cells", 74, None, "exact", "vertical launch cell", "weapons", 74, "count", JL),
]

ATTRIBUTIONS = [
    ("a pattern analysts have linked to earlier ammunition shipments", "have linked", "analysts", "analysts", "group",
     "independent", "indirect"),
    ("Every time the Angara shows up at Rajin, something heavy goes out,", "said", "Jae-hoon Lim", JL, "person",
     "independent", "direct"),
    ("The pattern this month looks a lot like the autumn of 2023.", "” |said| Jae-hoon", "Jae-hoon Lim", JL, "person",
     "independent", "direct"),
    ("Russia’s General Staff declared the region fully retaken on 26 April", "declared", "Russia’s General Staff",
     "Russian General Staff", "organisation", "Russia", "indirect"),
    ("that its soldiers had fought there", "acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("that North Korea had shipped more than 12 million artillery shells to Russia since August 2023", "estimated",
     "South Korea’s Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
    ("that North Korean ammunition now made up about 40 percent of the shells Russia fires", "said",
     "Ukraine’s military intelligence chief, Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
    ("that about 2,000 North Korean soldiers had been killed in the Kursk campaign, and that a further 6,000 military engineers and builders were being sent to the region to clear mines and rebuild",
     "told lawmakers", "Seoul’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("that Kim Jong Un had ordered a third ship of the class to be completed by October 2026", "reported",
     "State news agency KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
    ("that each Choe Hyon-class hull carries 74 vertical launch cells", "noted", "Lim", JL, "person", "independent", "indirect"),
    ("Russian engineers were probably helping to integrate the ships’ air defence radar", "said", "Lim", JL, "person",
     "independent", "indirect"),
    ("South Korean officials have made similar claims", "made similar claims", "South Korean officials",
     "South Korean officials", "group", "South Korea", "indirect"),
    ("which Moscow has rejected", "has rejected", "Moscow", "Russia", "government", "Russia", "indirect"),
]

EVENTS = [
    ("on 9 September 2025", "2025-09-09", "2025-09-09", "day", False,
     "Satellite image of Rajin port showing the cargo ship Angara moored next to container stacks"),
    ("since March", "2025-03-01", "2025-09-16", "open", True, "Busiest stretch of Russian cargo-ship traffic at Rajin"),
    ("on 29 August", "2025-08-29", "2025-08-29", "day", True, "Sanctioned cargo ship Angara arrived at Rajin"),
    ("on 1 September", "2025-09-01", "2025-09-01", "day", True, "Angara sailed from Rajin sitting visibly lower in the water"),
    ("berth |on 9 September|.", "2025-09-09", "2025-09-09", "day", True,
     "Maia-1 and Lira alongside the Rajin container berth"),
    ("pattern |this month| looks", "2025-09-01", "2025-09-30", "month", True,
     "Russian cargo-ship pattern at Rajin (compared with autumn 2023)"),
    ("the autumn of 2023", "2023-09-01", "2023-11-30", "season", False, "Rajin munitions shuttle first exposed"),
    ("this spring", "2025-03-01", "2025-05-31", "season", True, "Russian forces pushed Ukrainian troops out of Kursk Oblast"),
    ("on 26 April", "2025-04-26", "2025-04-26", "day", True, "Russia's General Staff declared the Kursk region fully retaken"),
    ("two days later", "2025-04-28", "2025-04-28", "day", True, "Pyongyang acknowledged its soldiers had fought in Kursk"),
    ("last month", "2025-08-01", "2025-08-31", "month", True,
     "JCS estimated North Korea had shipped more than 12 million artillery shells to Russia"),
    ("since August 2023", "2023-08-01", "2025-09-16", "open", True, "North Korea shipping artillery shells to Russia"),
    ("in July", "2025-07-01", "2025-07-31", "month", True,
     "Budanov said North Korean ammunition made up about 40 percent of the shells Russia fires"),
    ("earlier this month", "2025-09-01", "2025-09-15", "month", True,
     "NIS told lawmakers about 2,000 North Korean soldiers were killed in Kursk and 6,000 engineers and builders were being sent"),
    ("on 21 May", "2025-05-21", "2025-05-21", "day", True, "Destroyer Kang Kon capsized during a botched launch at Chongjin"),
    ("in June", "2025-06-01", "2025-06-30", "month", True, "Kang Kon refloated and relaunched"),
    ("on 5 September", "2025-09-05", "2025-09-05", "day", True,
     "KCNA reported Kim Jong Un ordered a third Choe Hyon-class ship"),
    ("by October 2026", "2026-10-01", "2026-10-31", "month", False, "Deadline for completing the third Choe Hyon-class destroyer"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
