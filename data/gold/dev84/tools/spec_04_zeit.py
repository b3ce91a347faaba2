"""dev84_04_zeit_price: ZEIT ONLINE analysis in English translation, published 2025-05-14 (Wednesday).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
JCS = "Joint Chiefs of Staff (South Korea)"
AA = "Federal Foreign Office (Germany)"
REU = "Johanna Reuter"
KIEL = "Kiel Institute for the World Economy"
NIS = "National Intelligence Service (South Korea)"
GER = "Valery Gerasimov"

DOCS = {
    "dev84_04_zeit_price": {
        "figures": [
            ("some 15,000 North Korean soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", JCS),
            ("around 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", JCS),
            ("between 600 and 1,000", 600, 1000, "range", "", "casualties", 600, "count", "Western intelligence"),
            ("roughly €17 billion", 1.7e10, None, "approximately", "", "money", 1.7e10, "EUR", AA),
            ("more than a million barrels", 1e6, None, "more_than", "barrel", "other", 1e6, "count", AA),
            ("at least two Pantsir air defense systems", 2, None, "at_least", "pantsir air defense system", "weapons", 2, "count", AA),
            ("around 250 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count", REU),
            ("€72 billion", 7.2e10, None, "exact", "", "money", 7.2e10, "EUR", KIEL),
            ("€64 billion", 6.4e10, None, "exact", "", "money", 6.4e10, "EUR", KIEL),
            ("up to 3,000 troops", 3000, None, "at_most", "troop", "personnel", 3000, "count", NIS),
        ],
        "attributions": [
            ("that its soldiers fought for Russia", "has admitted", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that units of the Korean People's Army had taken part in the \"liberation\" of the Kursk region on Kim Jong Un's orders",
             "confirmed", "the Central Military Commission of North Korea's ruling Workers' Party",
             "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
            ("Russia's Chief of the General Staff, Valery Gerasimov, had declared the region fully retaken", "had declared",
             "Russia's Chief of the General Staff, Valery Gerasimov", GER, "person", "Russia", "indirect"),
            ("the North Korean soldiers for their \"heroism.\"", "praised", "Russia's Chief of the General Staff, Valery Gerasimov", GER,
             "person", "Russia", "indirect"),
            ("Kyiv disputes that account", "disputes", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("its troops are still fighting in parts of Kursk and in the neighboring Belgorod region", "insists", "the Ukrainian General Staff",
             "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
            ("some 15,000 North Korean soldiers have been sent to Russia since last October, of whom around 4,700 were killed or wounded",
             "According to", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "according_to"),
            ("the number of dead alone at between 600 and 1,000", "put", "Western intelligence services", "Western intelligence", "group",
             "West", "indirect"),
            ("the value of Russian deliveries to North Korea since the summer of 2024 at roughly €17 billion", "puts",
             "An internal assessment by the Foreign Office", AA, "organisation", "Germany", "indirect"),
            ("an order of magnitude that changes the North Korean economy,", "put it", "one diplomat", "German diplomat", "group", "Germany",
             "direct"),
            ("the deliveries include more than a million barrels of oil, at least two Pantsir air defense systems and components for drones and satellites",
             "According to", "the paper", AA, "organisation", "Germany", "according_to"),
            ("For Pyongyang, Kursk was a live-fire range and a trade fair at the same time,", "says", "Johanna Reuter", REU, "person",
             "independent", "direct"),
            ("Every KN-23 that hit a Ukrainian city was an advertisement.", "says", "Johanna Reuter", REU, "person", "independent", "direct"),
            ("that North Korea has delivered around 250 ballistic missiles to Russia – a stockpile it can now replenish with Russian money",
             "estimates", "She", REU, "person", "independent", "indirect"),
            ("that Europe has now overtaken the United States, with €72 billion in military aid allocated since January 2022 against €64 billion from Washington",
             "calculates", "The Kiel Institute for the World Economy", KIEL, "organisation", "independent", "indirect"),
            ("that the alliance between Moscow and Pyongyang \"threatens security in Europe and in the Indo-Pacific alike.\"", "warned",
             "Foreign Minister Johann Wadephul", "Johann Wadephul", "person", "Germany", "indirect"),
            ("EU foreign policy chief Kaja Kallas has called for North Korean entities to be included in the bloc's 17th sanctions package",
             "has called for", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect"),
            ("that a further rotation of up to 3,000 troops is being prepared", "believes", "Seoul's National Intelligence Service", NIS,
             "organisation", "South Korea", "indirect"),
            ("The Kursk chapter is closed,", "says", "Reuter", REU, "person", "independent", "direct"),
            ("The North Korean chapter of this war is not.", "says", "Reuter", REU, "person", "independent", "direct"),
        ],
        "events": [
            ("On April 28", "2025-04-28", "2025-04-28", "day", True,
             "North Korea's Central Military Commission confirmed its troops took part in the 'liberation' of Kursk"),
            ("Two days earlier", "2025-04-26", "2025-04-26", "day", True,
             "Valery Gerasimov declared the Kursk region fully retaken and praised the North Korean soldiers"),
            ("since last October", "2024-10-01", "2025-05-14", "open", True, "Some 15,000 North Korean soldiers sent to Russia"),
            ("in October and November last year", "2024-10-01", "2024-11-30", "month", True,
             "Most of the North Korean soldiers arrived in Russia"),
            ("in January", "2025-01-01", "2025-01-31", "month", True, "A second North Korean contingent followed"),
            ("since the summer of 2024", "2024-06-01", "2025-05-14", "open", True,
             "Russian deliveries to North Korea worth roughly EUR 17 billion (Foreign Office assessment)"),
            ("since January 2022", "2022-01-01", "2025-05-14", "open", True,
             "Europe allocated EUR 72 billion in military aid to Ukraine (Kiel Institute)"),
            ("at the weekend", "2025-05-10", "2025-05-11", "day", True,
             "Johann Wadephul warned the Moscow-Pyongyang alliance threatens security in Europe and the Indo-Pacific"),
            ("on May 20", "2025-05-20", "2025-05-20", "day", True,
             "EU foreign ministers expected to adopt the 17th sanctions package"),
        ],
    },
}
