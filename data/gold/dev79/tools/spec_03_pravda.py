"""dev79_03_pravda_kiis: Ukrainska Pravda, KIIS poll. Anchor 2025-04-29 (Tue)."""
KIIS = "Kyiv International Institute of Sociology"
HR = "Anton Hrushetskyi"
DIU = "Defence Intelligence of Ukraine"
GER = "Valery Gerasimov"
GS = "General Staff of the Armed Forces of Ukraine"
R = "respondents"
ZE = "Volodymyr Zelensky"

DOCS = {"dev79_03_pravda_kiis": {
    "figures": [
        ("more than 76,000 troops", 76000, None, "more_than", "troop", "casualties", 76000, "count", GER),
        ("about 14,000 troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", DIU),
        ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", DIU),
        ("some 170 Koksan self-propelled guns", 170, None, "approximately", "self-propelled gun", "weapons", 170, "count", "South Korean officials"),
        ("240 multiple rocket launchers", 240, None, "exact", "multiple rocket launcher", "weapons", 240, "count", "South Korean officials"),
        ("UAH 2.2 trillion", 2.2e12, None, "exact", "", "money", 2.2e12, "UAH", ""),
        ("€50 billion", 5e10, None, "exact", "", "money", 5e10, "EUR", ""),
    ],
    "attributions": [
        ("68% of Ukrainians reject peace plan recognising occupied territories as Russian", "|KIIS:| 68%", "KIIS", KIIS, "organisation", "independent", "indirect"),
        ("More than two-thirds of Ukrainians would reject a peace plan under which Kyiv recognises Russian control over the occupied territories",
         "has found", "a new survey by the Kyiv International Institute of Sociology (KIIS)", KIIS, "organisation", "independent", "indirect"),
        ("such a plan was unacceptable", "said", "68% of respondents", R, "group", "independent", "indirect"),
        ("they were prepared to accept it if it brought a quick end to the fighting", "said", "21%", R, "group", "independent", "indirect"),
        ("Opinion on freezing the war along the current front line without legal recognition of the occupation has shifted",
         "noted", "the sociologists", KIIS, "organisation", "independent", "indirect"),
        ("this option is acceptable", "say", "Some 47%", R, "group", "independent", "indirect"),
        ("Ukrainians are tired, and we see it in the numbers, but they draw a very clear line. Freezing the front is one thing; signing away Crimea, Donetsk or Zaporizhzhia Oblast is something else entirely.",
         "Quote from", "Anton Hrushetskyi, Executive Director of KIIS", HR, "person", "independent", "direct"),
        ("that it showed Russia was running short of soldiers of its own", "said", "A large majority of respondents, 81%", R, "group", "independent", "indirect"),
        ("that the figures were gathered before Pyongyang's announcement this week and before Moscow said Kursk Oblast had been fully recaptured",
         "stressed", "Hrushetskyi", HR, "person", "independent", "indirect"),
        ("Kursk Oblast had been fully recaptured", "said", "Moscow", "Russia", "government", "Russia", "indirect"),
        ('that Russian forces had "completely liberated" Kursk Oblast with the help of North Korean soldiers',
         "claimed", "Russian Chief of the General Staff Valerii Gerasimov", GER, "person", "Russia", "indirect"),
        ("Ukraine had lost more than 76,000 troops in Kursk since August 2024", "claimed", "He", GER, "person", "Russia", "indirect"),
        ("Ukraine's General Staff denied the claim", "denied", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("that Ukrainian units continue to hold positions in Kursk and Belgorod oblasts", "saying", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("that it had sent troops to fight for Russia", "confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("Kim Jong Un had ordered the deployment under the mutual defence treaty signed in June 2024", "saying", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("that North Korea sent about 14,000 troops to Kursk, of whom some 4,700 have been killed or wounded",
         "has estimated", "Ukraine's Defence Intelligence", DIU, "organisation", "Ukraine", "indirect"),
        ("Pyongyang has also sent Moscow some 170 Koksan self-propelled guns and 240 multiple rocket launchers",
         "said", "South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
        ("Pyongyang's admission proved that Russia could not wage the war on its own", "said", "President Volodymyr Zelensky", ZE, "person", "Ukraine", "indirect"),
        ("Now the whole world can see that Russia needed foreign soldiers to push us out of Kursk.", "Quote", "Zelensky", ZE, "person", "Ukraine", "direct"),
    ],
    "events": [
        ("in February", "2025-02-01", "2025-02-28", "month", True, "Earlier KIIS survey: 39% found freezing the front acceptable"),
        ("this week", "2025-04-28", "2025-05-04", "week", True, "Pyongyang's announcement confirming its troops in Russia"),
        ("from 4 to 9 April", "2025-04-04", "2025-04-09", "day", True, "KIIS survey of 1,011 respondents conducted"),
        ("On Saturday, 26 April", "2025-04-26", "2025-04-26", "day", True, "Gerasimov claimed Kursk Oblast completely liberated with North Korean help"),
        ("since August 2024", "2024-08-01", "2025-04-29", "open", True, "Ukraine lost more than 76,000 troops in Kursk (Gerasimov's claim)"),
        ("On Monday", "2025-04-28", "2025-04-28", "day", True, "North Korea officially confirmed sending troops to fight for Russia"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "Mutual defence treaty between North Korea and Russia signed"),
        ("in March", "2025-03-01", "2025-03-31", "month", True, "South Korean officials said Pyongyang sent Moscow Koksan guns and rocket launchers"),
        ("this year", "2025-01-01", "2025-12-31", "year", True, "Ukraine's defence spending planned at UAH 2.2 trillion"),
        ("until 2027", "2025-04-29", "2027-12-31", "open", True, "The EU's €50 billion Ukraine Facility runs"),
    ],
}}
