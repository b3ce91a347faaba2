# Annotation spec for dev49_03 (Korea JoongAng Daily, editorial, published 2025-04-29, a Tuesday).
# Row formats: see spec_01_wapo.py.
D = "dev49_03_joongang_editorial_pyongyang_admission"
NIS = "National Intelligence Service (South Korea)"
CHA = "Cha Min-seo"
UAGS = "General Staff of the Armed Forces of Ukraine"
MOFA = "South Korean Foreign Ministry"

DOCS = {D: {
    "figures": [
        ("about 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
        ("roughly 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
        ("among them |about 600| dead", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
        ("some 28 trillion won", 28000000000000, None, "approximately", "won", "money", 28000000000000, "KRW", CHA),
        ("$19.5 billion", 19500000000, None, "exact", "dollar", "money", 19500000000, "USD", CHA),
        ("some 50 kilometers", 50, None, "approximately", "kilometer", "territory", 50, "km", ""),
    ],
    "attributions": [
        # an act of confirming with no clause: the whole clause is the content (cf. seed "the Kremlin did not deny these reports")
        ("North Korea has finally admitted what the rest of the world has known for half a year", "admitted",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("its units had been sent to Russia on the orders of leader Kim Jong-un and had helped \"liberate\" the Kursk region under the mutual defense treaty the two countries signed in June last year",
         "said", "the Central Military Commission of the Workers' Party",
         "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
        ("that the last Ukrainian units had been driven out of Kursk", "declared",
         "Gen. Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("as \"|propaganda|\" and", "dismissed", "Ukraine's General Staff", UAGS, "organisation", "Ukraine", "direct"),
        ("its troops were still holding positions inside the region", "said", "Ukraine's General Staff", UAGS, "organisation", "Ukraine", "indirect"),
        ("about 15,000 North Korean soldiers have been sent to Russia since October, including some 3,000 reinforcements dispatched in January and February",
         "By the count of", "our National Intelligence Service", NIS, "organisation", "South Korea", "according_to"),
        ("that roughly 4,700 of them had been killed or wounded, among them about 600 dead", "told lawmakers",
         "The spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Pyongyang is no longer hiding because it no longer needs to,", "said", "Cha Min-seo", CHA, "person", "independent", "direct"),
        ("It has combat experience, it has Russian gratitude, and soon it may have Russian technology.", "said",
         "Cha Min-seo", CHA, "person", "independent", "direct"),
        ("that the North has earned some 28 trillion won ($19.5 billion) from arms exports and troop dispatches since 2023", "estimates",
         "Cha", CHA, "person", "independent", "indirect"),
        ("a self-confession of a criminal act", "called", "Seoul's Foreign Ministry", MOFA, "organisation", "South Korea", "direct"),
        ("urged Pyongyang to withdraw its troops immediately", "urged", "Seoul's Foreign Ministry", MOFA, "organisation", "South Korea", "indirect"),
    ],
    "events": [
        ("News Agency |on Monday|, the Central", "2025-04-28", "2025-04-28", "day", True, "North Korea's Central Military Commission confirmed the troop dispatch to Russia (KCNA statement)"),
        ("in June last year", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed the mutual defense treaty"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov declared the last Ukrainian units driven out of Kursk"),
        ("since October", "2024-10-01", "2025-04-29", "open", True, "About 15,000 North Korean soldiers sent to Russia (NIS count)"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Some 3,000 North Korean reinforcements dispatched to Russia"),
        ("earlier this month", "2025-04-01", "2025-04-28", "month", True, "NIS told lawmakers about 4,700 North Koreans killed or wounded"),
        ("since 2023", "2023-01-01", "2025-04-29", "open", True, "North Korea earned some 28 trillion won from arms exports and troop dispatches (Cha's estimate)"),
        ("on Tuesday", "2025-04-29", "2025-04-29", "day", True, "Seoul's Foreign Ministry called the announcement a self-confession of a criminal act"),
        ("since last summer", "2024-06-01", "2025-04-29", "open", True, "JoongAng editorials have warned that Russia's gratitude would be paid for on the peninsula"),
        ("on June 3", "2025-06-03", "2025-06-03", "day", True, "South Korean presidential election (forward-looking)"),
    ],
}}
