# dev47_05: The Korea Herald, published Friday 2025-05-02 (anchor).
NIS = "National Intelligence Service (South Korea)"
BOTH = "North Korean prisoners of war"
CMC = "Central Military Commission of the Workers' Party of Korea"
KCNA = "Korean Central News Agency"
SRC = "sources in North Korea"

DOCS = {
    "dev47_05_koreaherald_nk_admission_pows": {
        "figures": [
            # "the two countries'" is anaphoric (seed 001 leaves "the two countries" out)
            ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
            ("some 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS),
            ("3,000 troops", 3000, None, "exact", "troop", "personnel", 3000, "count", NIS),
            ("about 5 million won", 5000000, None, "approximately", "won", "money", 5000000, "KRW", SRC),
            ("roughly $3,500", 3500, None, "approximately", "dollar", "money", 3500, "USD", ""),
        ],
        "attributions": [
            ("heroes", "hails", "Pyongyang", "North Korea", "government", "North Korea", "direct", 1),
            ("captives free to come south", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            # lawmakers and activists speak for different sides: one row each, same content and cue
            ("North Korea's first public admission that it sent troops to fight for Russia has renewed pressure on Seoul to secure the transfer of the North Korean soldiers held as prisoners of war in Ukraine",
             "said", "lawmakers", "South Korean lawmakers", "group", "South Korea", "indirect"),
            ("North Korea's first public admission that it sent troops to fight for Russia has renewed pressure on Seoul to secure the transfer of the North Korean soldiers held as prisoners of war in Ukraine",
             "said", "activists", "activists", "group", "independent", "indirect"),
            ('North Korean units had taken part in "liberating" Russia\'s Kursk region on the orders of leader Kim Jong Un',
             "said", "the ruling Workers' Party's Central Military Commission", CMC, "organisation", "North Korea", "indirect"),
            ('calling the soldiers "|heroes|" who', "calling", "the ruling Workers' Party's Central Military Commission",
             CMC, "organisation", "North Korea", "direct"),
            ("that Kursk had been fully retaken from Ukrainian forces with the help of North Korean units", "claimed",
             "Gen. Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
            ("that about 4,700 North Korean soldiers had been killed or wounded in the fighting, including some 600 deaths, and that Pyongyang had sent an additional 3,000 troops in January and February to make up for its losses",
             "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ('the agency as saying that the North Korean troops had "significantly improved" their use of drones since their first battles in December',
             "quoted", "Rep. Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ('that the North Korean troops had "significantly improved" their use of drones since their first battles in December',
             "saying", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("Both prisoners, a 20-year-old rifleman and a 26-year-old sniper from the 11th Corps, the so-called Storm Corps, have said they want to go to South Korea",
             "according to", "Rep. Yu Yong-won", "Yu Yong-won", "person", "South Korea", "according_to"),
            ("have said |they want to go to South Korea|", "have said", "Both prisoners", BOTH, "group", "North Korea", "indirect"),
            ("They were very clear,", "said", "Yu", "Yu Yong-won", "person", "South Korea", "direct"),
            ("They know what it may mean for their families, and they still want to come.", "Yu |said| in a radio",
             "Yu", "Yu Yong-won", "person", "South Korea", "direct"),
            ("sources in the North had told it that families of some soldiers killed in Kursk had been given new apartments and about 5 million won each",
             "said", "Open Gate Korea", "Open Gate Korea", "organisation", "independent", "indirect"),
            ("that families of some soldiers killed in Kursk had been given new apartments and about 5 million won each",
             "told", "sources in the North", SRC, "group", "independent", "indirect"),
            ('KCNA on Thursday dismissed as "fabrications" South Korean media reports that the prisoners had asked to defect',
             "dismissed", "KCNA", KCNA, "media", "North Korea", "indirect"),
            # nested inside KCNA's clause: the media's own claim (cf. "reports from South Korean military intelligence that ..." in seed 000)
            ("media reports |that the prisoners had asked to defect|", "reports", "South Korean media",
             "South Korean media", "media", "independent", "indirect"),
            ("psychological warfare farce", "calling", "KCNA", KCNA, "media", "North Korea", "direct"),
            ("Seoul's position has not changed", "told a regular briefing", "Foreign Ministry spokesperson Kim Hye-rim",
             "Kim Hye-rim", "person", "South Korea", "indirect"),
            ('that North Korean soldiers "are our citizens" and would be accepted if they so wished', "adding",
             "Foreign Ministry spokesperson Kim Hye-rim", "Kim Hye-rim", "person", "South Korea", "indirect"),
            ('that Ukraine would consider a transfer "if the prisoners request it and if it is legally possible."', "said",
             "Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
        ],
        "events": [
            ("activists said |Friday|.", "2025-05-02", "2025-05-02", "day", True,
             "Lawmakers and activists said North Korea's admission renewed pressure on Seoul over the POWs"),
            ("on Monday", "2025-04-28", "2025-04-28", "day", True,
             "KCNA carried the Central Military Commission statement confirming North Korean units fought in Kursk"),
            ("two days earlier", "2025-04-26", "2025-04-26", "day", True,
             "Gerasimov claimed Kursk had been fully retaken with the help of North Korean units"),
            ("on Wednesday", "2025-04-30", "2025-04-30", "day", True,
             "NIS told lawmakers about 4,700 North Korean soldiers had been killed or wounded, including some 600 deaths"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "Pyongyang sent an additional 3,000 troops to make up for its losses"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean troops fought their first battles"),
            ("in February", "2025-02-01", "2025-02-28", "month", True, "Yu Yong-won met the two prisoners in Kyiv"),
            ("interview |on Thursday|.", "2025-05-01", "2025-05-01", "day", True,
             "Yu Yong-won said in a radio interview the prisoners were very clear about wanting to come"),
            ("KCNA |on Thursday| dismissed", "2025-05-01", "2025-05-01", "day", True,
             "KCNA dismissed reports that the prisoners had asked to defect as fabrications"),
            ("briefing |on Friday|,", "2025-05-02", "2025-05-02", "day", True,
             "Foreign Ministry spokesperson Kim Hye-rim said Seoul's position had not changed"),
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "Andrii Sybiha said Ukraine would consider a transfer if the prisoners requested it"),
        ],
    },
}
