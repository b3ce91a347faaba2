"""dev64_06_carnegie_gains: Carnegie Endowment for International Peace (research paper landing
page), published 2025-09-09 (Tuesday).

Row formats as in spec_01_rand.py.  Footnote markers glued to sentence ends ("killed.1",
"half.2", "numbers.3") and the numbering of the Key Findings are not figures; the Notes list is
furniture.  Kim's order to the army (reported by state media) is an act of command, not a
statement: the only row is the state-media report that contains it.
"""
NIS = "National Intelligence Service (South Korea)"
CMC = "Central Military Commission of the Workers' Party of Korea"
KINU = "Korea Institute for National Unification"

DOCS = {
    "dev64_06_carnegie_gains": {
        "figures": [
            ("101 soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", ""),
            ("14,000 to 15,000 combat troops", 14000, 15000, "range", "troop", "personnel", 14000, "count", ""),
            ("some 6,000 engineers", 6000, None, "approximately", "engineer", "personnel", 6000, "count", ""),
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("roughly 26.8 trillion won", 26800000000000, None, "approximately", "won", "money", 26800000000000, "KRW", KINU),
            ("$19.3 billion", 19300000000, None, "exact", "", "money", 19300000000, "USD", KINU),
            ("no fewer than 5,000 more North Korean workers", 5000, None, "at_least", "worker", "personnel", 5000, "count", "Alexander Matsegora"),
            ("$300 million–$360 million", 300000000, 360000000, "range", "", "money", 300000000, "USD", ""),
            ("over 1 million barrels", 1000000, None, "more_than", "barrel", "other", 1000000, "count", ""),
            ("about 50,000 tons", 50000, None, "approximately", "ton", "other", 50000, "count", ""),
        ],
        "attributions": [
            ("that about 2,000 North Korean soldiers had been killed", "told lawmakers",
             "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that the war has earned Pyongyang roughly 26.8 trillion won ($19.3 billion), counting arms sales, soldiers’ pay, and in-kind aid",
             "estimated", "The Korea Institute for National Unification (KINU)", KINU, "organisation", "South Korea", "indirect"),
            ("that Russia was helping North Korea with air-defense systems, drones, and, possibly, submarine technology", "said",
             "Ukrainian intelligence chief Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("Moscow denies any transfers that would breach UN sanctions", "denies",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that Kim had ordered the army to “incorporate the experience of modern warfare” into its training", "reported",
             "North Korean state media", "North Korean state media", "media", "North Korea", "indirect"),
            ("that its soldiers were in Russia at all", "denied",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that North Korean units had helped “liberate” the Kursk region", "announced",
             "the ruling party’s Central Military Commission", CMC, "organisation", "North Korea", "indirect"),
            ("The heroes of the Kursk front have shown the world the true might of our army,", "said",
             "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
            ("that a memorial to the North Korean dead would be built in Kursk, and that no fewer than 5,000 more North Korean workers would arrive by December",
             "told TASS", "Russia’s ambassador to Pyongyang, Alexander Matsegora", "Alexander Matsegora", "person", "Russia", "indirect"),
            ("dialogue without preconditions", "has called for",
             "President Lee Jae-myung", "Lee Jae-myung", "person", "South Korea", "direct"),
        ],
        "events": [
            ("Last month", "2025-08-01", "2025-08-31", "month", True,
             "Kim Jong Un honoured North Korean soldiers killed in Kursk at a ceremony in Pyongyang"),
            ("on August 21", "2025-08-21", "2025-08-21", "day", True,
             "Ceremony in Pyongyang: Kim knelt before portraits of 101 soldiers killed in Kursk and made them Heroes of the DPRK"),
            ("since October 2024", "2024-10-01", "2025-09-09", "open", True,
             "North Korea sent 14,000-15,000 combat troops and some 6,000 engineers and builders to Russia (authors' estimate)"),
            ("on September 4", "2025-09-04", "2025-09-04", "day", True,
             "NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
            ("estimated |in July| that", "2025-07-01", "2025-07-31", "month", True,
             "KINU estimated the war had earned Pyongyang roughly 26.8 trillion won ($19.3 billion)"),
            ("last month", "2025-08-01", "2025-08-31", "month", True,
             "Budanov said in an interview that Russia was helping North Korea with air defence, drones and possibly submarines"),
            ("in August", "2025-08-01", "2025-08-31", "month", True,
             "North Korean state media reported Kim had ordered the army to incorporate the experience of modern warfare"),
            ("on April 28", "2025-04-28", "2025-04-28", "day", True,
             "The Central Military Commission announced North Korean units had helped liberate the Kursk region"),
            ("TASS |in July| that", "2025-07-01", "2025-07-31", "month", True,
             "Ambassador Matsegora told TASS a memorial would be built in Kursk and at least 5,000 more North Korean workers would come"),
            ("by December", "2025-12-01", "2025-12-31", "month", True,
             "At least 5,000 more North Korean workers to arrive in Russia (forward-looking)"),
            ("in June", "2025-06-01", "2025-06-30", "month", True,
             "Lee Jae-myung took office as South Korea's president"),
        ],
    },
}
