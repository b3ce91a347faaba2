"""dev53_04: Mediazona on the recapture of Sudzha, 14 March 2025 (Friday).  Row formats as in spec_01."""
D = "dev53_04_mediazona_sudzha"
MOD = "Russian Defense Ministry"
GER = "Valery Gerasimov"
DM = "Dva Mayora"
RES = "Sudzha resident"
GS = "General Staff of the Armed Forces of Ukraine"
B80 = "80th Air Assault Brigade"
KH = "Alexander Khinshtein"
NIS = "National Intelligence Service (South Korea)"

DOCS = {D: {
"figures": [
    ("more than 1,100 square kilometres", 1100, None, "more_than", "square kilometre", "territory", 1100, "km2", GER),
    ("more than 67,000 servicemen", 67000, None, "more_than", "serviceman", "casualties", 67000, "count", GER),
    ("around 1,500", 1500, None, "approximately", "north korean", "personnel", 1500, "count", DM),
    ("at least 20 bodies", 20, None, "at_least", "body", "casualties", 20, "count", B80),
    ("more than 2,000 residents", 2000, None, "more_than", "resident", "casualties", 2000, "count", KH),
    ("150,000 roubles", 150000, None, "exact", "rouble", "money", 150000, "RUB", KH),
    ("91,059 Russian soldiers", 91059, None, "exact", "soldier", "casualties", 91059, "count", ""),
    ("At least 1,420", 1420, None, "at_least", "soldier", "casualties", 1420, "count", ""),
    ("about 4,000 North Koreans", 4000, None, "approximately", "north korean", "casualties", 4000, "count", NIS),
],
"attributions": [
    ("that Sudzha, the largest town Ukrainian forces had held in the Kursk region since August last year, had been “liberated”",
     "announced", "Russia’s Defence Ministry", MOD, "organisation", "Russia", "indirect"),
    ("that Russian troops had retaken more than 1,100 square kilometres, or 86% of the territory Ukraine once held, and that Ukraine had lost more than 67,000 servicemen there",
     "reported", "Chief of the General Staff Valery Gerasimov", GER, "person", "Russia", "indirect"),
    ("Ukrainian soldiers captured in the region should be treated as “terrorists”", "said", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
    ("that North Korean assault groups had been “the first to enter” the industrial zone on Sudzha’s northern edge, and that “without our Korean brothers it would have taken another month”",
     "wrote", "The channel Dva Mayora (Two Majors)", DM, "media", "Russia", "indirect"),
    ("the number of North Koreans involved at “around 1,500”", "put", "The channel", DM, "media", "Russia", "indirect"),
    ("that North Korean units had “helped” in the Sverdlikovo and Malaya Loknya sectors", "saying", "Rybar", "Rybar", "media", "Russia", "indirect"),
    ("she had stayed in the town throughout the occupation", "said", "who", RES, "group", "Russia", "indirect"),
    ("that she had seen Korean-speaking soldiers for the first time on Tuesday morning", "wrote", "a woman", RES, "group", "Russia", "indirect"),
    ("They gave us bread and did not say a word,", "wrote", "she", RES, "group", "Russia", "direct"),
    ("that his troops were manoeuvring “to more advantageous lines” and that there was “no threat of encirclement”",
     "wrote", "Ukraine’s commander-in-chief Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
    ("The Ukrainian General Staff on Thursday did not confirm the loss of Sudzha", "did not confirm", "The Ukrainian General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("that fighting continued “in the area of the settlement”", "saying", "The Ukrainian General Staff", GS, "organisation", "Ukraine", "indirect"),
    ("showed the aftermath of a North Korean attack on a treeline near Kazachya Loknya, with at least 20 bodies in dark winter uniforms visible",
     "said", "it", B80, "organisation", "Ukraine", "indirect"),
    ("that over the previous week the Koreans had been losing “up to a company a day”", "claimed", "The unit", B80, "organisation", "Ukraine", "indirect"),
    ("that more than 2,000 residents of the Sudzha district were still unaccounted for and that the town had been left “practically without a single intact building”",
     "said", "Kursk Governor Alexander Khinshtein", KH, "person", "Russia", "indirect"),
    ("that every family returning to the district would receive 150,000 roubles", "promised", "He", KH, "person", "Russia", "indirect"),
    ("that about 4,000 North Koreans had been killed or wounded", "estimated", "South Korea’s intelligence service", NIS, "organisation", "South Korea", "indirect"),
],
"events": [
    ("12 March 2025", "2025-03-12", "2025-03-12", "day", False, "Putin and Gerasimov at a command post in the Kursk region (photo caption)"),
    ("On Thursday evening", "2025-03-13", "2025-03-13", "day", True, "Russian Defence Ministry announced Sudzha had been 'liberated'"),
    ("since August last year", "2024-08-01", "2025-03-14", "open", True, "Ukrainian forces held Sudzha"),
    ("A day earlier", "2025-03-12", "2025-03-12", "day", True, "Gerasimov reported to Putin at a Kursk command post that over 1,100 km2 were retaken"),
    ("wrote |on Wednesday| that", "2025-03-12", "2025-03-12", "day", True, "Dva Mayora wrote North Korean assault groups were first into Sudzha's industrial zone"),
    ("on Tuesday morning", "2025-03-11", "2025-03-11", "day", True, "A Sudzha resident first saw Korean-speaking soldiers in the town"),
    ("on Wednesday night", "2025-03-12", "2025-03-12", "day", True, "Syrskyi wrote his troops were manoeuvring to more advantageous lines"),
    ("Staff |on Thursday| did", "2025-03-13", "2025-03-13", "day", True, "Ukrainian General Staff did not confirm the loss of Sudzha"),
    ("in December", "2024-12-01", "2024-12-31", "month", True, "Khinshtein replaced Alexei Smirnov as Kursk governor"),
    ("address |on Thursday| that", "2025-03-13", "2025-03-13", "day", True, "Khinshtein's video address: over 2,000 Sudzha district residents unaccounted for"),
    ("since August 6, 2024", "2024-08-06", "2025-03-14", "open", True, "At least 1,420 Russian soldiers died in the Kursk region since Ukraine crossed the border"),
    ("in February", "2025-02-01", "2025-02-28", "month", True, "South Korean intelligence estimated about 4,000 North Koreans killed or wounded"),
],
}}
