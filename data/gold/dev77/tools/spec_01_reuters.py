"""dev77_01_reuters_laundering: Reuters legal news, 2024-12-11 (Wednesday).

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
      attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
      events (pattern, date_start, date_end, granularity, relative, event[, occ])
A pattern "left|span|right" takes span from the unique occurrence of left+span+right.
"""
P = "U.S. prosecutors"
US = "United States"

DOCS = {
    "dev77_01_reuters_laundering": {
        "figures": [
            ("$14.6 million", 14600000, None, "exact", "", "money", 14600000, "USD", "", 1),
            ("Two co-defendants", 2, None, "exact", "co-defendant", "other", 2, "count", ""),
            ("roughly $14.6 million", 14600000, None, "approximately", "", "money", 14600000, "USD", P),
            ("at least 17 shell companies", 17, None, "at_least", "shell company", "other", 17, "count", P),
            ("some 38 shipments", 38, None, "approximately", "shipment", "other", 38, "count", P),
            ("more than 1,000 containers", 1000, None, "more_than", "container", "weapons", 1000, "count", P),
            ("millions of dollars", 1000000, None, "vague", "dollar", "money", 1000000, "USD", "Mara Feld"),
            ("about $3.2 million", 3200000, None, "approximately", "", "money", 3200000, "USD", ""),
            ("up to $1 million", 1000000, None, "at_most", "", "money", 1000000, "USD", ""),
            ("two Cypriot banks", 2, None, "exact", "bank", "other", 2, "count", ""),
            ("HK$18 million", 18000000, None, "exact", "", "money", 18000000, "HKD", ""),
            ("millions of artillery rounds", 1000000, None, "vague", "artillery round", "weapons", 1000000, "count",
             "Joint Chiefs of Staff (South Korea)"),
            ("about 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("hundreds", 100, None, "vague", "troop", "casualties", 100, "count", "Ukrainian officials"),
            ("three Russian companies", 3, None, "exact", "company", "other", 3, "count", ""),
            ("at least two other payment channels", 2, None, "at_least", "payment channel", "other", 2, "count",
             "U.S. law enforcement official"),
        ],
        "attributions": [
            ("Prosecutors say |money paid for shells shipped from Rajin to Russia|", "say",
             "Prosecutors", P, "group", US, "indirect"),
            ("A Cypriot-Russian businessman has been charged in Brooklyn federal court with laundering roughly "
             "$14.6 million in Russian payments for North Korean artillery shells", "said",
             "U.S. prosecutors", P, "group", US, "indirect"),
            ("the first U.S. criminal case to follow the money behind Pyongyang's arms trade with Moscow", "called",
             "they", P, "group", US, "indirect"),
            ("Volkonsky used at least 17 shell companies in Hong Kong, the United Arab Emirates and Kyrgyzstan to "
             "move the money between March 2023 and August 2024", "According to",
             "the indictment", P, "group", US, "according_to"),
            ("The payments covered some 38 shipments that carried more than 1,000 containers of munitions from the "
             "North Korean port of Rajin to Russia's Far East", "said",
             "the indictment", P, "group", US, "indirect"),
            ("The defendant wasn't a bystander. He was its cashier,", "told the judge",
             "Assistant U.S. Attorney Mara Feld", "Mara Feld", "person", US, "direct"),
            ('that Volkonsky should stay in custody because he had access to "millions of dollars parked offshore."',
             "arguing", "Assistant U.S. Attorney Mara Feld", "Mara Feld", "person", US, "indirect"),
            ('his client had "never knowingly dealt with anyone in North Korea" and would fight the charges', "said",
             "Volkonsky's lawyer, Thomas Reuben", "Thomas Reuben", "person", "independent", "indirect"),
            ("that the government's case rested on \"a handful of wire transfers and a great deal of speculation.\"",
             "told reporters", "He", "Thomas Reuben", "person", "independent", "indirect"),
            ("that he posed a serious risk of flight", "finding",
             "Dennison", "Lara Dennison", "person", US, "indirect"),
            ("a senior finance officer in North Korea's Munitions Industry Department", "described",
             "prosecutors", P, "group", US, "indirect"),
            ("North Korea has shipped Russia millions of artillery rounds since 2023", "according to",
             "South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation",
             "South Korea", "according_to"),
            ("hundreds of them have been killed or wounded", "say",
             "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("they had helped the Munitions Industry Department collect payments", "saying",
             "the Treasury Department", "U.S. Treasury Department", "organisation", US, "indirect"),
            ("Every shell Pyongyang sells to Moscow gets paid for somewhere, and too often the money touches the "
             "U.S. financial system,", "said",
             "Brooklyn U.S. Attorney Breon Peace", "Breon Peace", "person", US, "direct"),
            ("We intend to follow it.", "Peace |said| in a statement",
             "Brooklyn U.S. Attorney Breon Peace", "Breon Peace", "person", US, "direct"),
            ("investigators were examining at least two other payment channels that ran through banks in Central Asia",
             "said", "A U.S. law enforcement official", "U.S. law enforcement official", "group", US, "indirect"),
            ("North Korea has denied selling weapons to Russia", "denied",
             "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ("absurd.", "called",
             "its foreign ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "direct"),
        ],
        "events": [
            ("said |on Wednesday|, in what", "2024-12-11", "2024-12-11", "day", True,
             "U.S. prosecutors announced the laundering charges against Andrei Volkonsky"),
            ("in October", "2024-10-01", "2024-10-31", "month", True,
             "Volkonsky arrested in Cyprus at Washington's request"),
            ("last week", "2024-12-02", "2024-12-08", "week", True,
             "Volkonsky flown to New York"),
            ("on Tuesday", "2024-12-10", "2024-12-10", "day", True,
             "Volkonsky pleaded not guilty before Magistrate Judge Lara Dennison"),
            ("unsealed |on Wednesday|", "2024-12-11", "2024-12-11", "day", True,
             "Indictment against Volkonsky unsealed"),
            ("between March 2023 and August 2024", "2023-03-01", "2024-08-31", "month", False,
             "Volkonsky allegedly moved the money through at least 17 shell companies"),
            ("since 2023", "2023-01-01", "2024-12-11", "open", True,
             "North Korea shipped Russia millions of artillery rounds"),
            ("this autumn", "2024-09-01", "2024-11-30", "season", True,
             "Pyongyang sent about 11,000 troops to Russia's Kursk region"),
            ("Last month", "2024-11-01", "2024-11-30", "month", True,
             "Treasury sanctioned three Russian companies and a Hong Kong freight forwarder"),
            ("last year", "2023-01-01", "2023-12-31", "year", True,
             "North Korea's foreign ministry called reports of arms sales to Russia absurd"),
            ("for Jan. 15", "2025-01-15", "2025-01-15", "day", True,
             "Status conference in the Volkonsky case"),
        ],
    }
}
