# dev18_05_dpa_builders_deminers -- Deutsche Presse-Agentur (dpa), published 2025-06-18 (Wednesday).
# Row formats: see spec_01_rt.py.
SHO = "Sergei Shoigu"
JCS = "Joint Chiefs of Staff (South Korea)"
ISW = "Institute for the Study of War"
CHOI = "Choi Hyun-woo"
DOCS = {
    "dev18_05_dpa_builders_deminers": {
        "figures": [
            ("6,000 troops", 6000, None, "exact", "troop", "personnel", 6000, "count", ""),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SHO),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO),
            ("almost 1,200 homes", 1200, None, "approximately", "home", "other", 1200, "count", "Russia"),
            ("about 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2",
             "Ukraine"),
            ("500 square miles", 500, None, "exact", "square mile", "territory", 1294.994, "km2", "Ukraine"),
            ("some 12 million artillery shells", 12e6, None, "approximately", "artillery shell", "weapons", 12e6, "count",
             JCS),
            ("around 250 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count",
             JCS),
            ("Roughly 8,000 Russian troops", 8000, None, "approximately", "troop", "personnel", 8000, "count", ISW),
            ("around €9 billion", 9e9, None, "approximately", "euro", "money", 9e9, "EUR", ""),
        ],
        "attributions": [
            ("North Korea will send 1,000 deminers and 5,000 military builders to Russia's Kursk region to help restore "
             "infrastructure destroyed in the fighting with Ukraine", "said",
             "Russian Security Council secretary Sergei Shoigu", SHO, "person", "Russia", "indirect"),
            ("North Korean leader Kim Jong Un had agreed to the deployment \"in the spirit of the brotherly alliance,\"",
             "told", "Shoigu", SHO, "person", "Russia", "indirect"),
            ("the builders will restore roads, bridges and power lines in the border area, including the town of Sudzha, "
             "where Russia says almost 1,200 homes were damaged or destroyed during the Ukrainian occupation",
             "According to", "Shoigu", SHO, "person", "Russia", "according_to"),
            ("almost 1,200 homes were damaged or destroyed during the Ukrainian occupation", "says", "Russia", "Russia",
             "government", "Russia", "indirect"),
            ("to control about 1,300 square kilometres (500 square miles) of Russian territory", "claimed", "Kyiv",
             "Ukraine", "government", "Ukraine", "indirect"),
            ("Moscow declared the region fully recaptured in late April", "declared", "Moscow", "Russia", "government",
             "Russia", "indirect"),
            ("a claim Kyiv disputes", "disputes", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that it had sent combat troops to help Russia", "confirmed", "Pyongyang", "North Korea", "government",
             "North Korea", "indirect"),
            ("fake news.", "dismissed", "both countries", "Russia", "government", "Russia", "direct"),
            ("fake news.", "dismissed", "both countries", "North Korea", "government", "North Korea", "direct"),
            ("North Korea has also shipped some 12 million artillery shells and around 250 ballistic missiles to Russia "
             "since August 2023", "According to", "South Korea's Joint Chiefs of Staff (JCS)", JCS, "organisation",
             "South Korea", "according_to"),
            ("that the new deployment showed the North was \"turning its soldiers into an export commodity.\"", "said",
             "South Korea's Unification Ministry", "Ministry of Unification (South Korea)", "organisation",
             "South Korea", "indirect"),
            ("Engineers and deminers are the politically cheap version of a second deployment,", "said", "Choi Hyun-woo",
             CHOI, "person", "independent", "direct"),
            ("Pyongyang gets paid, its soldiers get out of the country, and nobody has to talk about casualties,",
             "said", "Choi", CHOI, "person", "independent", "direct"),
            ("that the clearing of mines in Kursk could take \"five to seven years.\"", "adding", "Choi", CHOI, "person",
             "independent", "indirect"),
            ("that the North Korean engineers would likely free up Russian combat engineers for offensive operations in "
             "Ukraine's Sumy and Kharkiv regions", "assessed", "The Institute for the Study of War", ISW,
             "organisation", "independent", "indirect"),
            ("Roughly 8,000 Russian troops are currently massed north of Sumy", "estimated", "the ISW", ISW,
             "organisation", "independent", "indirect"),
            ("the deployment would \"further deepen an alliance that prolongs Russia's war.\"", "said", "Katrin Ebert",
             "Katrin Ebert", "person", "Germany", "indirect"),
            ("Zelensky will meet NATO leaders at the alliance's summit in The Hague next week, where Kyiv will once "
             "again ask for more air defence systems", "said", "his office", "Office of the President of Ukraine",
             "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("Pyongyang |on Tuesday|.", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu held talks with Kim Jong Un in Pyongyang on the deployment of builders and deminers"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False,
             "Ukraine launched its cross-border offensive in the Kursk region"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Moscow declared the Kursk region fully recaptured"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "Pyongyang first confirmed it had sent combat troops to help Russia"),
            ("since August 2023", "2023-08-01", "2025-06-18", "open", True,
             "North Korea shipped some 12 million artillery shells and around 250 ballistic missiles to Russia (JCS)"),
            ("Wednesday", "2025-06-18", "2025-06-18", "day", True,
             "South Korea's Unification Ministry said the North was turning its soldiers into an export commodity"),
            ("on Tuesday night", "2025-06-17", "2025-06-17", "day", True,
             "ISW assessed North Korean engineers would free Russian combat engineers for offensives"),
            ("for 2025", "2025-01-01", "2025-12-31", "year", False, "Germany provides around €9 billion in military aid"),
            ("next week", "2025-06-23", "2025-06-29", "week", True,
             "Zelensky will meet NATO leaders at the summit in The Hague"),
        ],
    },
}
