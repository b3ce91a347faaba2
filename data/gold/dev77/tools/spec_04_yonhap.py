"""dev77_04_yonhap_export_sentence: Yonhap News Agency, 2025-06-19 (Thursday).  Row formats as in spec_01_reuters.py."""
SK = "South Korea"
CRT = "Seoul Central District Court"
DEF = "former North Korean trade official"
KIM = "Kim (Busan trader)"
LAW = "lawyer for Kim (Busan trader)"
NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
MOFA = "South Korean foreign ministry official"

DOCS = {
    "dev77_04_yonhap_export_sentence": {
        "figures": [
            ("4.2 billion won", 4200000000, None, "exact", "won", "money", 4200000000, "KRW", ""),
            ("US$3.07 million", 3070000, None, "exact", "", "money", 3070000, "USD", ""),
            ("300 million won", 300000000, None, "exact", "won", "money", 300000000, "KRW", ""),
            ("US$219,000", 219000, None, "exact", "", "money", 219000, "USD", ""),
            ("1.1 billion won", 1100000000, None, "exact", "won", "money", 1100000000, "KRW", ""),
            ("23 shipments", 23, None, "exact", "shipment", "other", 23, "count", CRT),
            ("Two employees", 2, None, "exact", "employee", "other", 2, "count", ""),
            ("500 million won", 500000000, None, "exact", "won", "money", 500000000, "KRW", ""),
            ("at least eight lathes", 8, None, "at_least", "lathe", "other", 8, "count", CRT),
            ("at least 40 North Korean engineers", 40, None, "at_least", "engineer", "personnel", 40, "count", DEF),
            ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
            ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count",
             JCS),
            ("56 individuals", 56, None, "exact", "individual", "other", 56, "count", MOFA),
            ("72 entities", 72, None, "exact", "entity", "other", 72, "count", MOFA),
        ],
        "attributions": [
            ("ended up in North Korean munitions factories", "say",
             "prosecutors", "South Korean prosecutors", "group", SK, "indirect"),
            ("that he had knowingly disguised the end users of 23 shipments made from October 2023 to May 2024",
             "finding", "The Seoul Central District Court", CRT, "organisation", SK, "indirect"),
            ("Kim's company shipped the goods to buyers in Kyrgyzstan and Kazakhstan, but most of them were trucked "
             "on to a Russian defense contractor in Chelyabinsk, and at least eight lathes were later moved by rail to "
             "North Korea via the Tumen River crossing", "According to",
             "the ruling", CRT, "organisation", SK, "according_to"),
            ("The defendant knew, or could easily have known, that these goods would feed a war,", "said",
             "the court", CRT, "organisation", SK, "direct"),
            ("Profit cannot excuse that.", 'the court |said|. "Profit',
             "the court", CRT, "organisation", SK, "direct"),
            ("the North's Munitions Industry Department had ordered state trading firms in 2022 to acquire "
             '"any machine that can turn a shell casing."', "said",
             "a former North Korean trade official who defected to the South in 2023", DEF, "group", "independent",
             "indirect"),
            ("that at least 40 North Korean engineers had been sent to Russian plants to learn to operate the equipment",
             "added", "The defector", DEF, "group", "independent", "indirect"),
            ("Kim, who was indicted in December, denied the charges throughout the trial", "denied",
             "Kim", KIM, "person", "independent", "indirect"),
            ("he would appeal", "told reporters", "his lawyer", LAW, "group", "independent", "indirect"),
            ("that his client had relied on end-user certificates issued by the Kyrgyz buyer", "arguing",
             "his lawyer", LAW, "group", "independent", "indirect"),
            ("North Korea has sent about 15,000 troops to Russia, including some 3,000 reinforcements dispatched in "
             "January and February", "according to",
             "South Korea's spy agency", NIS, "organisation", SK, "according_to"),
            ("that about 4,700 North Korean soldiers had been killed or wounded in the Kursk region", "estimated",
             "The Joint Chiefs of Staff (JCS)", JCS, "organisation", SK, "indirect"),
            ("it has driven out Ukrainian forces", "says", "Russia", "Russia", "government", "Russia", "indirect"),
            ("Seoul has blacklisted 56 individuals and 72 entities over military cooperation between Moscow and "
             "Pyongyang since last year", "said",
             "a foreign ministry official", MOFA, "group", SK, "indirect"),
        ],
        "events": [
            ("on Thursday", "2025-06-19", "2025-06-19", "day", True,
             "Seoul court sentenced Busan trader Kim to four years for exports to Russia"),
            ("from October 2023 to May 2024", "2023-10-01", "2024-05-31", "month", False,
             "23 shipments with disguised end users made"),
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "North Korean defector testified behind closed doors"),
            ("in 2023", "2023-01-01", "2023-12-31", "year", False,
             "Former North Korean trade official defected to the South"),
            ("in 2022", "2022-01-01", "2022-12-31", "year", False,
             "Munitions Industry Department ordered state trading firms to acquire machine tools", 1),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "Kim indicted"),
            ("in 2022", "2022-01-01", "2022-12-31", "year", False,
             "Seoul tightened export controls on Russia", 2),
            ("Last month", "2025-05-01", "2025-05-31", "month", True,
             "Same court sentenced the owner of an Incheon shipping agency"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "North Korea dispatched some 3,000 reinforcements to Russia"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "JCS estimated about 4,700 North Korean soldiers killed or wounded"),
            ("since last year", "2024-01-01", "2025-06-19", "open", True,
             "Seoul blacklisted 56 individuals and 72 entities over Moscow-Pyongyang military cooperation"),
        ],
    }
}
