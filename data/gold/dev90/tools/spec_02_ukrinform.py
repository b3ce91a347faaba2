"""dev90_02: Ukrinform, published 2025-02-11 (Tuesday) = anchor.  Row layouts as in spec_01_yonhap.py."""
HUR = "Defence Intelligence of Ukraine"
KOV = "Oleksandr Kovtun"
SYR = "Oleksandr Syrskyi"
SBU = "Security Service of Ukraine"
D = "dev90_02_ukrinform_hur_withdrawal"

DOCS = {D: {
    "figures": [
        ("about 4,000 servicemen", 4000, None, "approximately", "serviceman", "casualties", 4000, "count", KOV),
        ("at least 1,000", 1000, None, "at_least", "serviceman", "casualties", 1000, "count", KOV),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", KOV),
        ("roughly 83,000 hryvnias", 83000, None, "approximately", "hryvnia", "money", 83000, "UAH", KOV),
        ("about 500 square kilometres", 500, None, "approximately", "square kilometre", "territory", 500, "km2", SYR),
        ("some 60,000 troops", 60000, None, "approximately", "troop", "personnel", 60000, "count", SYR),
        ("more than 100 requests", 100, None, "more_than", "request", "other", 100, "count", HUR),
        ("Two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("the |two men| over", 2, None, "exact", "man", "casualties", 2, "count", "Volodymyr Zelensky"),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
    ],
    "attributions": [
        ("North Korean units pulled back from Kursk front after heavy losses", "reports",
         "HUR", HUR, "organisation", "Ukraine", "indirect"),
        ("Units of the Korean People's Army have not been seen on the front line in Russia's Kursk region for about two "
         "weeks, as they were withdrawn to the rear after suffering heavy losses", "stated",
         "Oleksandr Kovtun", KOV, "person", "Ukraine", "indirect"),
        ("After the losses they suffered in January, the North Korean units were pulled back for regrouping and "
         "retraining. We estimate their total casualties at about 4,000 servicemen, of whom at least 1,000 were killed,",
         "said", "Kovtun", KOV, "person", "Ukraine", "direct"),
        ("that the troops remain on Russian territory and could return to the front", "stressing",
         "He", KOV, "person", "Ukraine", "indirect"),
        ("Moscow pays Pyongyang about $2,000 per soldier per month – roughly 83,000 hryvnias at the current exchange rate",
         "According to", "the intelligence officer", KOV, "person", "Ukraine", "according_to"),
        ("For the Kim regime (the Kim family regime – Ed.), this is currency it cannot earn any other way,", "he |added|",
         "he", KOV, "person", "Ukraine", "direct"),
        ("that Ukrainian forces still control about 500 square kilometres in the Kursk region", "said",
         "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi", SYR, "person", "Ukraine", "indirect"),
        ("Russia has concentrated a grouping of some 60,000 troops there, including the North Korean contingent",
         "according to", "him", SYR, "person", "Ukraine", "according_to"),
        ("that its troops had recaptured the village of Sverdlikovo", "claimed",
         "Russia's Defence Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ("Ukraine's General Staff has not confirmed this", "has not confirmed",
         "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        ('The HUR\'s «Хочу жити» ("I Want to Live") project, which helps enemy soldiers surrender, has received more than '
         "100 requests from North Korean servicemen since it launched a Korean-language chatbot on 20.01.2025 "
         "[20 January 2025 – Ed.]", "press service |said|",
         "the agency's press service", HUR, "organisation", "Ukraine", "indirect"),
        ('Leaflets with a QR code and the message «항복하면 산다» ("Surrender and live") have been dropped over Korean '
         "positions by drone", "the service |added|",
         "the service", HUR, "organisation", "Ukraine", "indirect"),
        ("One of them, identified as Ri Kwang-chol (Lee Kwang-cheol in South Korean romanisation), told interrogators "
         "that he wanted to stay in Ukraine", "(SBU) |said|",
         "the Security Service of Ukraine (SBU)", SBU, "organisation", "Ukraine", "indirect"),
        ("that he wanted to stay in Ukraine", "told interrogators",
         "One of them, identified as Ri Kwang-chol", "Ri Kwang-chol", "person", "North Korea", "indirect"),
        ("He is 26 years old and had served in the army since 2016", "the SBU |said|",
         "the SBU", SBU, "organisation", "Ukraine", "indirect"),
        ("to hand the two men over to Kim Jong Un in exchange for Ukrainians held in Russian captivity", "offered",
         "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ],
    "events": [
        ("on Monday", "2025-02-10", "2025-02-10", "day", True,
         "HUR spokesman Kovtun said on the telethon that North Korean units had been withdrawn from the Kursk front"),
        ("in January", "2025-01-01", "2025-01-31", "month", True,
         "North Korean units suffered the losses after which they were pulled back (Kovtun)"),
        ("on Saturday", "2025-02-08", "2025-02-08", "day", True,
         "Syrskyi said Ukrainian forces still control about 500 sq km in the Kursk region"),
        ("on Sunday", "2025-02-09", "2025-02-09", "day", True,
         "Russia's Defence Ministry claimed the recapture of Sverdlikovo"),
        ("on 20.01.2025", "2025-01-20", "2025-01-20", "day", False,
         "HUR's 'I Want to Live' project launched a Korean-language chatbot"),
        ("last month", "2025-01-01", "2025-01-31", "month", True,
         "Two North Korean soldiers were captured in the Kursk region"),
        ("since 2016", "2016-01-01", "2025-02-11", "open", True,
         "The captured soldier Ri Kwang-chol had served in the North Korean army (SBU)"),
        ("on 9 January", "2025-01-09", "2025-01-09", "day", True,
         "Ukrainian special forces captured the two North Korean soldiers"),
        ("on 12 January", "2025-01-12", "2025-01-12", "day", True,
         "The President's Office published video of the interrogation of the two North Korean soldiers"),
    ],
}}
