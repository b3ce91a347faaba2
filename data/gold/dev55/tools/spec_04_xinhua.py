# dev55_04_xinhua_deminers -- Xinhua brief, published Tuesday 2025-06-17 (anchor 2025-06-17)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
SHO = "Sergei Shoigu"
KRG = "Kursk regional government"
KHI = "Alexander Khinshtein"
KIM = "Kim Jong Un"

DOCS = {
    "dev55_04_xinhua_deminers": {
        "figures": [
            ("6,000 workers", 6000, None, "exact", "worker", "personnel", 6000, "count", "Russia"),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SHO),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO, 1),
            ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHO),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO, 2),
            ("more than 1,200 residential buildings", 1200, None, "more_than", "residential building", "other", 1200, "count", KRG),
            ("about 28,000 hectares", 28000, None, "approximately", "hectare", "territory", 280, "km2", KRG),
            ("some 40 billion rubles", 40e9, None, "approximately", "ruble", "money", 40e9, "RUB", KHI),
            ("about 510 million U.S. dollars", 510e6, None, "approximately", "u.s. dollar", "money", 510e6, "USD", KHI),
            ("around 600 Russian army sappers", 600, None, "approximately", "sapper", "personnel", 600, "count", KHI),
        ],
        "attributions": [
            ("DPRK to send 6,000 workers to help rebuild Kursk region",
             "says", "Russia", "Russia", "government", "Russia", "indirect"),
            ("The Democratic People's Republic of Korea (DPRK) will send 1,000 deminers and 5,000 military builders to Russia's Kursk region to help restore infrastructure damaged in the fighting there",
             "said", "Russian Security Council Secretary Sergei Shoigu", SHO, "person", "Russia", "indirect"),
            # an act of stating with no clause of its own (seed: "... revealed this to Forces News on Monday")
            ("Shoigu made the remarks to Russian reporters after his talks with Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK",
             "made the remarks", "Shoigu", SHO, "person", "Russia", "indirect"),
            ("Kim Jong Un has decided to send 1,000 sappers to carry out demining of Russian territory, as well as 5,000 military builders to restore the destroyed infrastructure,",
             "quoted", "Shoigu", SHO, "person", "Russia", "direct"),
            ("the two sides had also agreed to build a memorial complex in Pyongyang to DPRK servicemen who took part in the fighting, and that a museum would be opened in the Kursk region",
             "said", "The Russian official", SHO, "person", "Russia", "indirect"),
            ("more than 1,200 residential buildings were damaged and about 28,000 hectares of farmland remain mined in border districts that Ukrainian forces entered last August",
             "According to", "the Kursk regional government", KRG, "organisation", "Russia", "according_to"),
            ("Acting Governor Alexander Khinshtein has put the cost of reconstruction at some 40 billion rubles (about 510 million U.S. dollars)",
             "has put", "Acting Governor Alexander Khinshtein", KHI, "person", "Russia", "indirect"),
            ("that around 600 Russian army sappers were already working in the border districts and that clearing all the mines could take years",
             "told Russian media", "He", KHI, "person", "Russia", "indirect"),
            ("that the Kursk region had been fully liberated",
             "announced", "The Russian Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("that DPRK troops had taken part in the fighting",
             "confirmed", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that DPRK troops had taken part in the fighting",
             "confirmed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("The DPRK's participation was carried out under the Treaty on Comprehensive Strategic Partnership, which was signed in Pyongyang on June 19, 2024",
             "said", "Russian and DPRK officials", "Russian officials", "group", "Russia", "indirect"),
            ("The DPRK's participation was carried out under the Treaty on Comprehensive Strategic Partnership, which was signed in Pyongyang on June 19, 2024",
             "said", "Russian and DPRK officials", "North Korean officials", "group", "North Korea", "indirect"),
            ("that the DPRK would \"unconditionally support\" Russia's stance and measures on the Ukrainian issue",
             "told", "Kim", KIM, "person", "North Korea", "indirect"),
            ("Kim told Shoigu that the DPRK would \"unconditionally support\" Russia's stance and measures on the Ukrainian issue",
             "according to", "the Korean Central News Agency (KCNA)", "Korean Central News Agency", "media", "North Korea", "according_to"),
        ],
        "events": [
            ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu said in Pyongyang the DPRK will send 1,000 deminers and 5,000 military builders to Kursk"),
            ("this month", "2025-06-01", "2025-06-30", "month", True,
             "Shoigu's second visit to Pyongyang", 1),
            ("since March", "2025-03-01", "2025-06-17", "open", True,
             "Shoigu's third visit to Pyongyang since March"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Ukrainian forces entered Kursk border districts"),
            ("media |in May| that", "2025-05-01", "2025-05-31", "month", True,
             "Khinshtein told Russian media some 600 Russian army sappers were working in the border districts"),
            ("on April 26", "2025-04-26", "2025-04-26", "day", True,
             "Russian Defense Ministry announced the Kursk region fully liberated"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Moscow and Pyongyang confirmed DPRK troops took part in the fighting"),
            ("on June 19, 2024", "2024-06-19", "2024-06-19", "day", False,
             "Treaty on Comprehensive Strategic Partnership signed in Pyongyang"),
            ("on June 4", "2025-06-04", "2025-06-04", "day", True,
             "Kim told Shoigu during his previous visit the DPRK would unconditionally support Russia"),
            ("this month", "2025-06-01", "2025-06-30", "month", True,
             "Russia and Ukraine held direct talks in Istanbul and agreed to exchange prisoners of war", 2),
        ],
    },
}
