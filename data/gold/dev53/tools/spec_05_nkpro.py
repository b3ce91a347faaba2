"""dev53_05: NK Pro analysis of North Korean state media, 7 May 2025 (Wednesday).  Row formats as in spec_01."""
D = "dev53_05_nkpro_statemedia"
CMC = "Central Military Commission of the Workers' Party of Korea"
KIM = "Kim Jong Un"
RS = "Rodong Sinmun"
NIS = "National Intelligence Service (South Korea)"
GER = "Valery Gerasimov"
AHN = "Ahn Seo-yeon"
KIDA = "Korea Institute for Defense Analyses"

DOCS = {D: {
"figures": [
    ("at least 60 pieces", 60, None, "at_least", "piece", "other", 60, "count", ""),
    ("at least 60 articles", 60, None, "at_least", "article", "other", 60, "count", ""),
    ("about 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
    ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
    ("around 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS),
    ("at least three different training grounds", 3, None, "at_least", "training ground", "units", 3, "count", ""),
    ("as much as 28 trillion won", 28e12, None, "at_most", "won", "money", 28e12, "KRW", KIDA),
    ("$20 billion", 20e9, None, "exact", "", "money", 20e9, "USD", KIDA),
],
"attributions": [
    ("the ruling party’s Central Military Commission confirmed the deployment on April 28", "confirmed", "the ruling party’s Central Military Commission", CMC, "organisation", "North Korea", "indirect"),
    ("North Korean “subunits” had fought alongside Russian troops under Article 4 of the mutual defense treaty the two countries signed last June and had “annihilated the invaders.”",
     "said", "the commission", CMC, "organisation", "North Korea", "indirect"),
    ("a monument to the fallen would “soon” be built in Pyongyang", "said", "Kim Jong Un", KIM, "person", "North Korea", "indirect"),
    ("that the soldiers had “written a new page of blood-sealed friendship” with the Russian people", "quoted", "Kim", KIM, "person", "North Korea", "indirect"),
    ("the pride of the nation", "called", "A Rodong Sinmun editorial", RS, "media", "North Korea", "direct"),
    ("that any attack on Russia would be treated as an attack on the DPRK itself", "warned", "A Rodong Sinmun editorial", RS, "media", "North Korea", "indirect"),
    ("that about 15,000 North Korean troops had been sent in total and that some 4,700 had been killed or wounded, including around 600 deaths",
     "told lawmakers", "It", NIS, "organisation", "South Korea", "indirect"),
    ("who first publicly acknowledged the North Koreans’ role on April 26", "acknowledged", "Russia’s chief of general staff Valery Gerasimov", GER, "person", "Russia", "indirect"),
    ("praised their “high professionalism”", "praised", "Russia’s chief of general staff Valery Gerasimov", GER, "person", "Russia", "indirect"),
    ("showed North Korean soldiers training “day and night” before leaving for Russia", "said", "it", "Korean Central Television", "media", "North Korea", "indirect"),
    ("the coverage was aimed at a domestic audience that had heard rumors of deaths from returning workers and relatives", "told NK News", "Ahn Seo-yeon", AHN, "person", "independent", "indirect"),
    ("Pyongyang cannot hide the coffins forever, so it is turning them into a heroic story,", "said", "she", AHN, "person", "independent", "direct"),
    ("The regime may also be preparing the public for a second, larger deployment", "added", "she", AHN, "person", "independent", "indirect"),
    ("that Pyongyang may have earned as much as 28 trillion won ($20 billion) from its military cooperation with Moscow since 2023, including payments for artillery shells, missiles and troops",
     "estimated", "The Korea Institute for Defense Analyses", KIDA, "organisation", "South Korea", "indirect"),
],
"events": [
    ("since April 28", "2025-04-28", "2025-05-07", "open", True, "State media ran at least 60 pieces on the deployment"),
    ("deployment |on April 28|,", "2025-04-28", "2025-04-28", "day", True, "WPK Central Military Commission confirmed the deployment"),
    ("last June", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed the mutual defense treaty"),
    ("On April 30", "2025-04-30", "2025-04-30", "day", True, "KCNA quoted Kim's speech to party officials on the soldiers"),
    ("on May 1", "2025-05-01", "2025-05-01", "day", True, "Rodong Sinmun printed Kim's speech on its front page with a poem"),
    ("on Monday", "2025-05-05", "2025-05-05", "day", True, "Rodong Sinmun editorial called the soldiers 'the pride of the nation'"),
    ("lawmakers |on April 30| that", "2025-04-30", "2025-04-30", "day", True, "NIS told lawmakers about 15,000 troops sent and some 4,700 killed or wounded"),
    ("on April 26", "2025-04-26", "2025-04-26", "day", True, "Gerasimov first publicly acknowledged the North Koreans' role"),
    ("On Sunday", "2025-05-04", "2025-05-04", "day", True, "KCTV aired a documentary on North Korean soldiers' training before leaving for Russia"),
    ("last week", "2025-04-28", "2025-05-04", "week", True, "KIDA estimated Pyongyang's earnings from military cooperation with Russia"),
    ("since 2023", "2023-01-01", "2025-05-07", "open", True, "Pyongyang may have earned up to 28 trillion won from military cooperation with Moscow"),
],
}}
