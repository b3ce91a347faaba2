"""dev83_04_jakartapost_confirmation: The Jakarta Post, published 2025-05-02 (Friday).

Row formats: see spec_01_abc.py.
"""
D = "dev83_04_jakartapost_confirmation"
INDO = ("Indonesia", "government", "Indonesia")
NK = ("North Korea", "government", "North Korea")
ROY = ("Rolliansyah Soemirat", "person", "Indonesia")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
N = "National Intelligence Service (South Korea)"
UKR = ("Ukraine", "government", "Ukraine")
AP = ("Andini Pramesti", "person", "independent")
RH = ("Rizal Hutapea", "person", "Indonesia")

DOCS = {D: {
    "figures": [
        ("around 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", N),
        ("roughly 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", N),
        ("about 600", 600, None, "approximately", "soldier", "casualties", 600, "count", N),
        ("US$4.3 billion", 4300000000, None, "exact", "", "money", 4300000000, "USD", "Statistics Indonesia"),
        ("some 200,000 Russian tourists", 200000, None, "approximately", "tourist", "other", 200000, "count", ""),
        ("an estimated Rp 12 trillion", 12000000000000, None, "approximately", "", "money", 12000000000000, "IDR", ""),
        ("US$730 million", 730000000, None, "exact", "", "money", 730000000, "USD", ""),
    ],
    "attributions": [
        ("Pyongyang confirms Kursk deployment", "confirms", "Pyongyang", *NK, "indirect"),
        ("Jakarta urges restraint", "urges", "Jakarta", *INDO, "indirect"),
        ("it is \"following the developments closely\" after North Korea admitted for the first time that its soldiers had fought in Russia's Kursk region",
         "says", "Indonesia's Foreign Ministry", "Ministry of Foreign Affairs (Indonesia)", "organisation", "Indonesia", "indirect"),
        ("that its soldiers had fought in Russia's Kursk region", "admitted", "North Korea", *NK, "indirect"),
        ("Indonesia has called on all parties to the war in Ukraine to \"exercise maximum restraint\"", "called on", "Indonesia", *INDO, "indirect"),
        ("that it had sent troops to help Russia drive Ukrainian forces out of the Kursk region", "confirmed", "Pyongyang", *NK, "indirect"),
        ("The Foreign Ministry is following the developments closely,", "told",
         "ministry spokesperson Rolliansyah \"Roy\" Soemirat", *ROY, "direct"),
        ("Our position has been consistent from the start: respect for sovereignty and territorial integrity, and a peaceful settlement in line with the UN Charter.",
         "told", "ministry spokesperson Rolliansyah \"Roy\" Soemirat", *ROY, "direct"),
        ("the troops had \"annihilated\" Ukrainian forces on the orders of leader Kim Jong Un", "said",
         "the Central Military Commission of the ruling Workers' Party of Korea",
         "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
        ("described them as \"|heroes|\".", "described",
         "the Central Military Commission of the ruling Workers' Party of Korea",
         "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "direct"),
        ("a monument to the fallen soldiers would soon be built in Pyongyang, and that their families would receive state support",
         "quoted as saying", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("that the Kursk region was fully \"liberated\"", "claimed", "Gen. Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("Kyiv rejected the claim", "rejected", "Kyiv", *UKR, "indirect"),
        ("its units were still fighting in parts of the region", "saying", "Kyiv", *UKR, "indirect"),
        ("that around 4,700 of the roughly 15,000 North Korean soldiers sent to Russia had been killed or wounded, about 600 of them fatally",
         "told", "South Korea's National Intelligence Service (NIS)", *NIS, "indirect"),
        ("the open admission marked a turning point", "said", "Andini Pramesti", *AP, "indirect"),
        ("For Southeast Asia, the worry is not Kursk itself but what Pyongyang gets in return,", "said", "she", *AP, "direct"),
        ("concerns that Russia could share missile, satellite or submarine technology with North Korea", "pointing to", "she", *AP, "indirect"),
        ("Trade between Indonesia and Russia reached US$4.3 billion last year", "according to", "Statistics Indonesia (BPS)",
         "Statistics Indonesia", "organisation", "Indonesia", "according_to"),
        ("Rizal Hutapea urged the government to use those ties to press Moscow for a ceasefire", "urged", "Rizal Hutapea", *RH, "indirect"),
        ("We are friends with Russia, and friends should be able to speak frankly,", "said", "the Gerindra Party lawmaker", *RH, "direct"),
    ],
    "events": [
        ("on April 28, 2025", "2025-04-28", "2025-04-28", "day", False,
         "Picture taken of North Korean soldiers at a ceremony in Pyongyang (photo caption)"),
        ("on April 29, 2025", "2025-04-29", "2025-04-29", "day", False, "KCNA released the picture (photo caption)"),
        ("Pyongyang confirmed |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
         "Pyongyang confirmed it had sent troops to help Russia retake the Kursk region"),
        ("told The Jakarta Post |on Wednesday|.", "2025-04-30", "2025-04-30", "day", True,
         "Foreign Ministry spokesperson Rolliansyah Soemirat told The Jakarta Post Indonesia was following developments closely"),
        ("early on Monday", "2025-04-28", "2025-04-28", "day", True,
         "KCNA carried the Central Military Commission statement that the troops had annihilated Ukrainian forces"),
        ("Two days earlier", "2025-04-26", "2025-04-26", "day", True, "Valery Gerasimov claimed the Kursk region was fully liberated"),
        ("told lawmakers |on Wednesday| that", "2025-04-30", "2025-04-30", "day", True,
         "NIS told lawmakers around 4,700 of 15,000 North Korean soldiers had been killed or wounded"),
        ("in January", "2025-01-01", "2025-01-31", "month", True, "Indonesia became a full member of BRICS"),
        ("last year", "2024-01-01", "2024-12-31", "year", True, "Trade between Indonesia and Russia reached US$4.3 billion"),
        ("in June", "2025-06-01", "2025-06-30", "month", True,
         "Prabowo Subianto scheduled to attend the St. Petersburg International Economic Forum"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "Prabowo Subianto took office"),
    ],
}}
