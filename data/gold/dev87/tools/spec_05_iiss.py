"""dev87_05: IISS Shangri-La Dialogue 2025 plenary transcript, 2025-05-31 (Sat).  Anchor = manifest date."""
D = "dev87_05_iiss_shangrila_plenary"
YH, KJH, AB = "Yuriy Hnatyuk", "Kim Jae-ho", "Agnė Balčiūnienė"
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"

DOCS = {D: {
    "figures": [
        ("about 14,000 soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", DIU),
        ("more than 6,000", 6000, None, "more_than", "soldier", "casualties", 6000, "count", DIU),
        ("dozens of KN-23 missiles", 24, None, "vague", "missile", "weapons", 24, "count", YH),
        ("some 3,000 additional troops", 3000, None, "approximately", "troop", "personnel", 3000, "count", NIS),
        ("$100 million", 100000000, None, "exact", "", "money", 100000000, "USD", KJH),
        ("less than 800 kilometres", 800, None, "less_than", "kilometre", "territory", 800, "km", AB),
        ("about €200 million", 200000000, None, "approximately", "", "money", 200000000, "EUR", AB),
    ],
    "attributions": [
        (("Thank you, Bastian. Our military", "look at the launchers."), "|Yuriy Hnatyuk|, Deputy Minister of Defence, Ukraine\nThank you", "Yuriy Hnatyuk", YH, "person", "Ukraine", "direct"),
        (("Our assessment is close", "at $100 million this year."), "|Kim Jae-ho|, Vice Minister of National Defense, Republic of Korea\nOur", "Kim Jae-ho", KJH, "person", "South Korea", "direct"),
        (("From Vilnius, Kursk looks very close.", "not the ceiling."), "|Agnė Balčiūnienė|, Vice-Minister of National Defence, Lithuania\nFrom", "Agnė Balčiūnienė", AB, "person", "Lithuania", "direct"),
        (("We have seen no evidence", "or go somewhere else."), "|Kim Jae-ho|\nWe have", "Kim Jae-ho", KJH, "person", "South Korea", "direct"),
        ("Moscow and Pyongyang both admitted it", "admitted", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Moscow and Pyongyang both admitted it", "admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("that North Korea has now sent about 14,000 soldiers in total, and that more than 6,000 of them have been killed or wounded since October", "estimates", "Our military intelligence", DIU, "organisation", "Ukraine", "indirect"),
        ("that some 3,000 additional troops had arrived in January and February, and that the North has rotated artillery and missile crews through the front", "briefed lawmakers", "Our National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that Russia is producing in three months what the whole Alliance produces in a year", "warned", "NATO’s Secretary General", "Mark Rutte", "person", "NATO", "indirect"),
        ("that the North Korean contingent had “fulfilled its mission” in Kursk", "said", "the Kremlin’s spokesman", "Dmitry Peskov", "person", "Russia", "indirect"),
    ],
    "events": [
        ("room |last year|, few", "2024-01-01", "2024-12-31", "year", True, "The previous Shangri-La Dialogue, when few predicted North Korean soldiers would fight on Russian soil"),
        ("Last month", "2025-04-01", "2025-04-30", "month", True, "Moscow and Pyongyang both admitted North Korean soldiers were fighting on Russian soil"),
        ("since October", "2024-10-01", "2025-05-31", "open", True, "More than 6,000 North Korean soldiers killed or wounded (HUR estimate)"),
        ("fired |last year|,", "2024-01-01", "2024-12-31", "year", True, "Pyongyang supplied about half of the artillery ammunition Russia fired"),
        ("in April", "2025-04-01", "2025-04-30", "month", True, "South Korea's NIS briefed lawmakers on some 3,000 additional North Korean troops"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Some 3,000 additional North Korean troops arrived in Russia"),
        ("million |this year|.", "2025-01-01", "2025-12-31", "year", True, "South Korea keeps its humanitarian aid to Ukraine at $100 million"),
        ("warned |last month| that", "2025-04-01", "2025-04-30", "month", True, "NATO's Secretary General warned Russia produces in three months what NATO produces in a year"),
        ("This year", "2025-01-01", "2025-12-31", "year", True, "Lithuania gives Ukraine about €200 million in military aid"),
        ("in June", "2025-06-01", "2025-06-30", "month", True, "NATO summit at The Hague where Lithuania will argue for five per cent (forward)"),
        ("on Monday", "2025-05-26", "2025-05-26", "day", True, "The Kremlin's spokesman said the North Korean contingent had fulfilled its mission in Kursk"),
    ],
}}
