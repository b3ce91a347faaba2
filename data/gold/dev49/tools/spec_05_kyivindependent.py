# Annotation spec for dev49_05 (The Kyiv Independent, op-ed by a Ukrainian officer, published 2025-02-26, a Wednesday).
# Row formats: see spec_01_wapo.py.
D = "dev49_05_kyivindependent_oped_fighting_north_koreans"
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
BEREZA = "a sergeant in my company, call sign Bereza"

DOCS = {D: {
    "figures": [
        # the author's own eyewitness count: own voice, no speaker; "perhaps" read as approximately
        ("perhaps 40", 40, None, "approximately", "soldier", "personnel", 40, "count", ""),
        ("more than 1,000 casualties", 1000, None, "more_than", "casualty", "casualties", 1000, "count", DIU),
        ("some 3,800 North Korean soldiers", 3800, None, "approximately", "soldier", "casualties", 3800, "count", "Volodymyr Zelensky"),
        ("some 120 Koksan self-propelled guns", 120, None, "approximately", "self-propelled gun", "weapons", 120, "count", DIU),
        ("120 M1991 multiple rocket launchers", 120, None, "exact", "multiple rocket launcher", "weapons", 120, "count", DIU),
        ("millions of shells", 1000000, None, "vague", "shell", "weapons", 1000000, "count", DIU),
        ("about 15,000 hryvnias", 15000, None, "approximately", "hryvnia", "money", 15000, "UAH", ""),
        ("$360", 360, None, "exact", "dollar", "money", 360, "USD", ""),
        ("Some 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ""),
        # "just" is not a qualifier of the guideline: span starts at the number
        ("just |40 miles| from", 40, None, "exact", "mile", "territory", 64.37376, "km", ""),
    ],
    "attributions": [
        ("that the North Korean contingent had suffered more than 1,000 casualties in one week of fighting", "reported",
         "Ukraine's military intelligence, the HUR", DIU, "organisation", "Ukraine", "indirect"),
        ("that some 3,800 North Korean soldiers had been killed or wounded", "said",
         "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("the North Korean units had been pulled back after heavy losses", "said",
         "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("They learn faster than the Russians,", "told me", BEREZA, "Bereza", "person", "Ukraine", "direct"),
        ("The Russians repeat the same mistakes. These guys don't.", "told me", BEREZA, "Bereza", "person", "Ukraine", "direct"),
        ("Pyongyang has shipped some 120 Koksan self-propelled guns and 120 M1991 multiple rocket launchers to Russia, along with millions of shells",
         "According to", "the HUR", DIU, "organisation", "Ukraine", "according_to"),
    ],
    "events": [
        ("on Dec. 14", "2024-12-14", "2024-12-14", "day", True, "The author first saw North Korean soldiers near Plekhovo"),
        ("reported |in January| that", "2025-01-01", "2025-01-31", "month", True, "HUR reported more than 1,000 North Korean casualties in one week"),
        ("in late December", "2024-12-21", "2024-12-31", "month", True, "Zelensky said some 3,800 North Korean soldiers had been killed or wounded"),
        ("In mid-January", "2025-01-11", "2025-01-20", "month", True, "North Korean units vanished from the author's sector"),
        ("in early February", "2025-02-01", "2025-02-10", "month", True, "North Korean units returned to the front"),
        ("last week", "2025-02-17", "2025-02-23", "week", True, "Sergeant Bereza told the author the North Koreans learn faster than the Russians"),
        ("on Monday", "2025-02-24", "2025-02-24", "day", True, "Peskov declined to comment on North Korean casualties (third anniversary of the full-scale invasion)"),
        ("since 2014", "2014-01-01", "2025-02-26", "open", True, "Ukrainians have been fighting Russia"),
    ],
}}
