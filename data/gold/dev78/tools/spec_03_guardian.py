"""dev78_03_guardian_yoon: The Guardian profile. Manifest date EMPTY; anchor 2025-03-15 (Saturday), taken
from the page's date line "Sat 15 Mar 2025 08.00 GMT".

Row formats as in spec_01_economist.py.
"""
NIS = "National Intelligence Service (South Korea)"
YOON = "Yoon Seo-hyun"
PCP = "Peninsula Casualty Project"
SSO = "Special Operations Forces (Ukraine)"

DOCS = {
    "dev78_03_guardian_yoon": {
        "figures": [
            ("between 4,200 and 4,600", 4200, 4600, "range", "north korean", "casualties", 4200, "count", PCP),
            ("roughly 1,300", 1300, None, "approximately", "north korean", "casualties", 1300, "count", PCP),
            ("about 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count",
             NIS),
            ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count",
             NIS),
            ("nearly 4,000 North Koreans", 4000, None, "approximately", "north korean", "casualties", 4000, "count",
             "Volodymyr Zelensky"),
            ("more than 1,500", 1500, None, "more_than", "north korean", "casualties", 1500, "count", SSO),
            ("about 40m won", 40000000, None, "approximately", "won", "money", 40000000, "KRW", ""),
            ("£21,000", 21000, None, "exact", "", "money", 21000, "GBP", ""),
        ],
        "attributions": [
            ("a North Korean soldier was filmed dying", "says", "she", YOON, "person", "independent", "indirect"),
            ("People think counting the dead is cold,", "says", "Yoon", YOON, "person", "independent", "direct"),
            ("It is the opposite. If nobody counts them, Pyongyang can pretend they never left.",
             "cold,” |says| Yoon", "Yoon", YOON, "person", "independent", "direct"),
            ("Its latest estimate, published on Tuesday, puts the number of North Koreans killed and wounded at between 4,200 and 4,600, of whom roughly 1,300 have died",
             "puts", "Its latest estimate", PCP, "organisation", "independent", "indirect"),
            ("that about 4,000 North Korean soldiers had been killed or wounded, and that Pyongyang had sent some 3,000 reinforcements in January and February",
             "told parliament", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea",
             "indirect"),
            ("nearly 4,000 North Koreans had been killed or wounded in a matter of weeks", "said",
             "President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("they alone have killed more than 1,500", "say", "Ukraine’s special operations forces", SSO,
             "organisation", "Ukraine", "indirect"),
            ("Pyongyang, for its part, has never acknowledged sending troops at all", "has never acknowledged",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("Her methods are careful, but video is not a census,", "said", "Park Min-gyu", "Park Min-gyu",
             "person", "independent", "direct"),
            ("the true toll may be lower", "believes", "who", "Park Min-gyu", "person", "independent", "indirect"),
            ("Ukrainian officials, by contrast, call her numbers conservative", "call", "Ukrainian officials",
             "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("North Korea’s state news agency, KCNA, accused unnamed “puppet” researchers in Seoul of inventing casualty figures “to insult the heroic army”",
             "accused", "North Korea’s state news agency, KCNA", "Korean Central News Agency", "media",
             "North Korea", "indirect"),
            ("If they want me to stop counting, they can publish their own list,", "said", "she", YOON, "person",
             "independent", "direct"),
        ],
        "events": [
            ("Since December", "2024-12-01", "2025-03-15", "open", True,
             "The Peninsula Casualty Project has logged footage of North Korean losses (since North Korean units first went into battle near Plekhovo)"),
            ("on Tuesday", "2025-03-11", "2025-03-11", "day", True,
             "The Peninsula Casualty Project published its latest estimate of North Korean losses"),
            ("in late February", "2025-02-21", "2025-02-28", "month", True,
             "NIS told parliament about 4,000 North Korean soldiers had been killed or wounded"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "Pyongyang sent some 3,000 reinforcements to Russia"),
            ("In January", "2025-01-01", "2025-01-31", "month", True,
             "Zelenskyy said nearly 4,000 North Koreans had been killed or wounded"),
            ("in 1950", "1950-01-01", "1950-12-31", "year", False,
             "Yoon's grandmother, a refugee, left her family behind in the North"),
            ("in 1999", "1999-01-01", "1999-12-31", "year", False, "Yoon Seo-hyun joined the South Korean army"),
            ("in 2017", "2017-01-01", "2017-12-31", "year", False, "Yoon left the army as a major"),
            ("in 2021", "2021-01-01", "2021-12-31", "year", False,
             "Yoon finished a doctorate on North Korean conscription at Korea University"),
            ("Last month", "2025-02-01", "2025-02-28", "month", True,
             "KCNA accused 'puppet' researchers in Seoul of inventing casualty figures"),
            ("next month", "2025-04-01", "2025-04-30", "month", True,
             "Yoon plans to publish the first part of a register of names of dead soldiers"),
        ],
    },
}
