"""dev80_02_presidentgovua_address: Zelensky's evening address, president.gov.ua. Anchor 2025-01-22 (Wed)."""
D = "dev80_02_presidentgovua_address"
Z = "Volodymyr Zelensky"
HUR = "Defence Intelligence of Ukraine"
B = "Kyrylo Budanov"

DOCS = {D: {
    "figures": [
        ("more than 4,000 soldiers", 4000, None, "more_than", "soldier", "casualties", 4000, "count", HUR),
        ("roughly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", ""),
        ("two more North Korean servicemen", 2, None, "exact", "serviceman", "casualties", 2, "count", ""),
        ("five", 5, None, "exact", "prisoner", "casualties", 5, "count", ""),
        ("at least 3.7 million artillery shells", 3700000, None, "at_least", "artillery shell", "weapons", 3700000, "count", B),
        ("dozens of Koksan self-propelled guns", 24, None, "vague", "self-propelled gun", "weapons", 24, "count", B),
        ("€3 billion", 3e9, None, "exact", "", "money", 3e9, "EUR", "European Union"),
        ("18 more Bohdana howitzers", 18, None, "exact", "howitzer", "weapons", 18, "count", ""),
    ],
    "attributions": [
        ("Ukraine is ready to hand over North Korean soldiers to Kim Jong Un if he arranges an exchange for our people",
         "address by", "the President of Ukraine", Z, "person", "Ukraine", "indirect"),
        ("Commander-in-Chief Oleksandr Syrskyi reported on the situation along the entire line in Kursk region",
         "reported", "Commander-in-Chief Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
        ("Kyrylo Budanov reported on the North Korean units that Russia keeps throwing into assaults there",
         "reported", "Kyrylo Budanov", B, "person", "Ukraine", "indirect"),
        ("since the beginning of January the Russian army and the North Korean troops together have lost more than 4,000 soldiers killed and wounded in Kursk region alone",
         "According to", "our intelligence", HUR, "organisation", "Ukraine", "according_to"),
        ("Ukraine is ready to hand over Kim Jong Un’s soldiers to him if he can organize their exchange for our warriors who are held in Russia",
         "said", "I", Z, "person", "Ukraine", "indirect"),
        ("I don’t want to go back. I want to stay in Ukraine.", "told", "One of the prisoners", "captured North Korean soldier", "group", "North Korea", "direct"),
        ("that there are no North Koreans in Kursk region", "telling", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("that our videos are staged", "say", "Russian propagandists", "Russian propagandists", "group", "Russia", "indirect"),
        ("that Pyongyang has supplied Russia with at least 3.7 million artillery shells since the autumn of 2023, as well as dozens of Koksan self-propelled guns and 240-millimeter rocket launchers",
         "reported", "Budanov", B, "person", "Ukraine", "indirect"),
        ("the European Union has confirmed the next tranche of €3 billion from the proceeds of frozen Russian assets",
         "confirmed", "the European Union", "European Union", "organisation", "EU", "indirect"),
    ],
    "events": [
        ("Today", "2025-01-22", "2025-01-22", "day", True, "Zelensky held a Staff meeting on the Kursk operation"),
        ("since the beginning of January", "2025-01-01", "2025-01-22", "open", True,
         "Russian army and North Korean troops lost more than 4,000 soldiers killed and wounded in Kursk region"),
        ("Yesterday", "2025-01-21", "2025-01-21", "day", True, "95th Separate Air Assault Brigade captured two more North Korean servicemen near Makhnovka"),
        ("last week", "2025-01-13", "2025-01-19", "week", True,
         "Zelensky said Ukraine is ready to hand North Korean soldiers to Kim Jong Un in exchange for Ukrainians held in Russia"),
        ("since the autumn of 2023", "2023-09-01", "2025-01-22", "open", True,
         "North Korea supplied Russia with at least 3.7 million artillery shells, Koksan guns and rocket launchers"),
        ("On Monday", "2025-01-20", "2025-01-20", "day", True, "America got a new President (Donald Trump inaugurated)"),
    ],
}}
