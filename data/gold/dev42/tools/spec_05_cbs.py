"""dev42_05_cbs_face_the_nation: CBS News "Face the Nation" transcript, published Sunday 2024-11-03."""
from turns import turn

D = "dev42_05_cbs_face_the_nation"
DW = "Douglas Whitcomb"
L = "RET. LT. GEN. DOUGLAS WHITCOMB"

t1 = turn(D, L, "Fight, Margaret")
t2 = turn(D, L, "It's been a formal alliance")
t3 = turn(D, L, "Cash, food")
t4 = turn(D, L, "I would.")
t5 = turn(D, L, "Kim has been waiting")


def whitcomb(t):
    return (t[0], t[1], L, DW, "person", "independent", "direct")


DOCS = {D: {
    "figures": [
        ("about 8,000 North Korean soldiers", 8000, None, "approximately", "soldier", "personnel", 8000, "count",
         "Antony Blinken"),
        ("roughly 10,000", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pentagon"),
        ("some 6,000 miles", 6000, None, "approximately", "mile", "territory", 9656.064, "km", DW),
        ("something like 1,200 men", 1200, None, "approximately", "man", "casualties", 1200, "count", "United Kingdom"),
        ("more than 1,000 ballistic missiles", 1000, None, "more_than", "ballistic missile", "weapons", 1000, "count", DW),
        ("something like eight million artillery shells", 8000000, None, "approximately", "artillery shell", "weapons",
         8000000, "count", "South Korea"),
        ("about 200,000 rubles", 200000, None, "approximately", "ruble", "money", 200000, "RUB", DW),
        ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", DW),
        ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", DW),
        ("about 230 square miles", 230, None, "approximately", "square mile", "territory", 595.69724, "km2", ""),
    ],
    "attributions": [
        ("that about 8,000 North Korean soldiers are now in Russia's Kursk region, near the Ukrainian border", "said",
         "Secretary of State Blinken", "Antony Blinken", "person", "United States", "indirect"),
        ("the total in Russia at roughly 10,000", "put", "The Pentagon", "Pentagon", "organisation", "United States",
         "indirect"),
        whitcomb(t1),
        ("The Russians have been losing something like 1,200 men a day, killed and wounded", "according to", "the British",
         "United Kingdom", "government", "United Kingdom", "according_to"),
        ('Pyongyang would "always stand firmly by our Russian comrades until the day of victory."', "said", "She",
         "Choe Son Hui", "person", "North Korea", "indirect"),
        whitcomb(t2),
        ("he has shipped something like eight million artillery shells since last year", "says", "Seoul", "South Korea",
         "government", "South Korea", "indirect"),
        whitcomb(t3),
        ("he wants to strike the North Korean camps before they reach the front", "says", "President Zelenskyy",
         "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        whitcomb(t4),
        ("there are no new restrictions if the North Koreans enter the fight", "said", "The Pentagon", "Pentagon",
         "organisation", "United States", "indirect"),
        whitcomb(t5),
    ],
    "events": [
        ('on "Face the Nation," |Nov. 3, 2024|\n', "2024-11-03", "2024-11-03", "day", False,
         "Interview with Douglas Whitcomb aired on Face the Nation"),
        ("on Sunday, Nov. 3, 2024", "2024-11-03", "2024-11-03", "day", False,
         "Interview with Douglas Whitcomb aired on Face the Nation"),
        ("said |Thursday| that", "2024-10-31", "2024-10-31", "day", True,
         "Blinken said about 8,000 North Korean soldiers were in Russia's Kursk region"),
        ("on Monday", "2024-10-28", "2024-10-28", "day", True,
         "The Pentagon put the number of North Korean troops in Russia at roughly 10,000"),
        ("on Friday", "2024-11-01", "2024-11-01", "day", True,
         "North Korean Foreign Minister Choe Son Hui was in Moscow"),
        ("since June", "2024-06-01", "2024-11-03", "open", True,
         "Formal alliance since Putin and Kim signed the mutual defense treaty in Pyongyang"),
        ("since last year", "2023-01-01", "2024-11-03", "open", True,
         "North Korea shipped something like eight million artillery shells to Russia"),
        ("on Tuesday", "2024-11-05", "2024-11-05", "day", True, "Americans go to the polls (U.S. election)"),
        ("since 2019", "2019-01-01", "2024-11-03", "open", True, "Kim has been waiting for this election"),
        ("on Thursday", "2024-10-31", "2024-10-31", "day", True, "Kim fired a Hwasong-19 missile"),
    ],
}}
