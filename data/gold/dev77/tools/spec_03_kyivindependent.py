"""dev77_03_kyivindependent_pow_trial: The Kyiv Independent, 2025-04-22 (Tuesday).  Row formats as in spec_01_reuters.py."""
UP = "Ukrainian prosecutors"
UA = "Ukraine"
RI = "Ri Kwang-chol"
MAR = "Serhii Marchenko"
BIL = "Iryna Bilous"
GS = "General Staff of the Armed Forces of Ukraine"

DOCS = {
    "dev77_03_kyivindependent_pow_trial": {
        "figures": [
            ("two other North Korean soldiers", 2, None, "exact", "soldier", "personnel", 2, "count", UP),
            ("27 exhibits", 27, None, "exact", "exhibit", "other", 27, "count", ""),
            ("five witnesses", 5, None, "exact", "witness", "other", 5, "count", ""),
            ("two Ukrainian soldiers", 2, None, "exact", "soldier", "personnel", 2, "count", ""),
            ("two North Korean POWs", 2, None, "exact", "pow", "casualties", 2, "count", UA),
            ("less than 80 square kilometers", 80, None, "less_than", "square kilometer", "territory", 80, "km2", GS),
            ("roughly 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2",
             GS),
        ],
        "attributions": [
            ("that on Jan. 9, during fighting near the village of Makhnovka, Ri and two other North Korean soldiers "
             "found the Ukrainian serviceman, who had been wounded by a mine, and that Ri shot him after he raised his "
             "hands", "allege", "Prosecutors", UP, "group", UA, "indirect"),
            ("Ri was captured four days later by Ukraine’s special forces, along with another North Korean soldier "
             "who is now listed as a witness in the case", "according to",
             "the Security Service of Ukraine (SBU)", "Security Service of Ukraine", "organisation", UA,
             "according_to"),
            ("he had been ordered by his platoon commander to “take no prisoners.”", "told the court",
             "Ri", RI, "person", "independent", "indirect"),
            ("I was told the South Koreans and Americans would torture us,", "said",
             "he", RI, "person", "independent", "direct"),
            ("I did what I was told.", "he |said|. “I did",
             "he", RI, "person", "independent", "direct"),
            ("that Ri should be treated as a prisoner of war under the Third Geneva Convention and that his account of "
             "the shooting had been obtained without a lawyer present", "argued",
             "His lawyer, Iryna Bilous", BIL, "person", "independent", "indirect"),
            ("My client is a 24-year-old who was sent to a foreign war and lied to about everything,",
             "told the Kyiv Independent", "Bilous", BIL, "person", "independent", "direct"),
            ("that POW status does not shield anyone from prosecution for war crimes", "countered",
             "Prosecutor Serhii Marchenko", MAR, "person", UA, "indirect"),
            ("This is not a trial of a nation or of an army,", "told the judges",
             "he", MAR, "person", UA, "direct"),
            ("It is a trial of what this defendant did to a man who had already surrendered.", "told the judges",
             "he", MAR, "person", UA, "direct"),
            ("shows the shooting", "says", "it", UP, "group", UA, "indirect"),
            ("it holds two North Korean POWs, both captured in January", "says",
             "Ukraine", "Ukraine", "government", UA, "indirect"),
            ("that both men had expressed a wish to go to Seoul", "said",
             "South Korea’s National Intelligence Service", "National Intelligence Service (South Korea)",
             "organisation", "South Korea", "indirect"),
            ("that its soldiers are fighting for Russia", "has never acknowledged",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that Kyiv’s forces still hold less than 80 square kilometers of the region, down from roughly 1,300 square "
             "kilometers at the height of the incursion in August", "said",
             "Ukraine’s General Staff", GS, "organisation", UA, "indirect"),
            ("it will keep trying war crimes cases in its own courts", "has said",
             "Kyiv", "Ukraine", "government", UA, "indirect"),
        ],
        "events": [
            ("on April 21, 2025", "2025-04-21", "2025-04-21", "day", False,
             "Captured North Korean soldier escorted into the Shevchenkivskyi District Court (photo caption)"),
            ("in Kyiv |on April 21|,", "2025-04-21", "2025-04-21", "day", True,
             "Trial of captured North Korean soldier Ri Kwang-chol opened in Kyiv"),
            ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True,
             "Ri allegedly shot a wounded, surrendering Ukrainian soldier near Makhnovka"),
            ("four days later", "2025-01-13", "2025-01-13", "day", True,
             "Ri captured by Ukrainian special forces"),
            ("until May 6", "2025-04-22", "2025-05-06", "open", True,
             "Hearing in Ri's trial adjourned; Ri kept in custody"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "Two North Korean POWs captured"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "NIS said both North Korean POWs wished to go to Seoul"),
            ("on April 18", "2025-04-18", "2025-04-18", "day", True,
             "General Staff said Kyiv's forces still held less than 80 sq km of Kursk Oblast"),
            ("in August", "2024-08-01", "2024-08-31", "month", True,
             "Height of Ukraine's Kursk incursion (about 1,300 sq km)"),
            ("Since Jan. 1", "2025-01-01", "2025-04-22", "open", True,
             "Ukraine a full state party to the International Criminal Court"),
        ],
    }
}
