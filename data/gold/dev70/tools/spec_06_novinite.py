"""dev70_06_novinite_beijing: Novinite, manifest date EMPTY; anchor 2025-09-04 (Thursday) taken from the
page's own date line "World | September 4, 2025, Thursday // 10:37".

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
"""
PUT = "Vladimir Putin"
KIM = "Kim Jong Un"
NIS = "National Intelligence Service (South Korea)"
ZAP = "Atanas Zapryanov"
MEI = "Ministry of Economy and Industry (Bulgaria)"
TSA = "Boyan Tsankov"
SAR = "State Agency for Refugees (Bulgaria)"

DOCS = {
    "dev70_06_novinite_beijing": {
        "figures": [
            ("26 foreign leaders", 26, None, "exact", "leader", "other", 26, "count", ""),
            ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("roughly 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
            ("some 12 million artillery shells", 12000000, None, "approximately", "artillery shell", "weapons", 12000000, "count", NIS),
            ("more than 250 ballistic missiles", 250, None, "more_than", "ballistic missile", "weapons", 250, "count", NIS),
            ("BGN 5.2 billion", 5200000000, None, "exact", "", "money", 5200000000, "BGN", ZAP),
            ("about BGN 3.8 billion", 3800000000, None, "approximately", "", "money", 3800000000, "BGN", MEI),
            ("more than 10,000 people", 10000, None, "more_than", "person", "other", 10000, "count", ""),
            ("between $5 billion and $6 billion", 5000000000, 6000000000, "range", "", "money", 5000000000, "USD", TSA),
            ("Some 80,000 Ukrainians", 80000, None, "approximately", "ukrainian", "other", 80000, "count", SAR),
            ("over 170,000", 170000, None, "more_than", "ukrainian", "other", 170000, "count", SAR),
        ],
        "attributions": [
            ("Heroism", "Thanks", "Putin", PUT, "person", "Russia", "direct"),
            ("heroism and self-sacrifice", "thanked", "Russian President Vladimir Putin", PUT, "person", "Russia", "direct"),
            ("Your soldiers fought like our own,", "told", "Putin", PUT, "person", "Russia", "direct"),
            ("We will never forget the families of those who fell.", "told", "Putin", PUT, "person", "Russia", "direct"),
            ("that helping Russia was \"a fraternal duty\" and that Pyongyang would \"continue to do everything it can\"",
             "replied", "Kim", KIM, "person", "North Korea", "indirect"),
            ("Kim replied that helping Russia was \"a fraternal duty\" and that Pyongyang would \"continue to do everything it can\"",
             "reported", "Russian state news agency TASS", "TASS", "media", "Russia", "indirect"),
            ("that around 2,000 North Korean soldiers had been killed in Kursk, out of roughly 15,000 sent since October 2024",
             "told lawmakers", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang has also supplied some 12 million artillery shells and more than 250 ballistic missiles over the same period",
             "According to", "the agency", NIS, "organisation", "South Korea", "according_to"),
            ("the images from Beijing were \"a warning to everyone who still thinks this is only Ukraine's war\"", "said",
             "Defense Minister Atanas Zapryanov", ZAP, "person", "Bulgaria", "indirect"),
            ("that Bulgarian arms factories had \"never worked at such capacity\" and that exports had reached BGN 5.2 billion last year",
             "said", "he", ZAP, "person", "Bulgaria", "indirect"),
            ("Bulgarian arms exports were worth about BGN 3.8 billion in 2023", "according to",
             "data from the Ministry of Economy and Industry", MEI, "organisation", "Bulgaria", "according_to"),
            ("Sofia has to decide whether it is a supplier or a bystander,", "said",
             "Dr. Boyan Tsankov", TSA, "person", "independent", "direct"),
            ("North Korean gunners had \"learned more in one year in Kursk than in 70 years of parades\"", "said",
             "He", TSA, "person", "independent", "indirect"),
            ("that Pyongyang had earned between $5 billion and $6 billion from the war so far", "estimated",
             "He", TSA, "person", "independent", "indirect"),
            ("Some 80,000 Ukrainians remain in Bulgaria under temporary protection, down from a peak of over 170,000 in the summer of 2022",
             "said", "the State Agency for Refugees", SAR, "organisation", "Bulgaria", "indirect"),
        ],
        "events": [
            ("Kim Jong Un |on Wednesday| for", "2025-09-03", "2025-09-03", "day", True,
             "Putin thanked Kim for North Korean soldiers' heroism in Kursk after the Beijing parade"),
            ("in late August", "2025-08-21", "2025-08-31", "month", True,
             "Kim publicly honoured North Korea's fallen at a ceremony in Pyongyang for troops returning from Russia"),
            ("on Tuesday", "2025-09-02", "2025-09-02", "day", True,
             "South Korea's spy agency told lawmakers around 2,000 North Korean soldiers killed in Kursk"),
            ("since October 2024", "2024-10-01", "2025-09-04", "open", True,
             "Roughly 15,000 North Korean soldiers sent to Russia"),
            ("on Wednesday evening", "2025-09-03", "2025-09-03", "day", True,
             "Zapryanov told bTV Bulgarian arms factories never worked at such capacity"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Bulgarian arms exports reached BGN 5.2 billion (Zapryanov)"),
            ("in 2023", "2023-01-01", "2023-12-31", "year", False,
             "Bulgarian arms exports worth about BGN 3.8 billion"),
            ("on January 1, 2026", "2026-01-01", "2026-01-01", "day", False,
             "Bulgaria due to adopt the euro"),
            ("in the summer of 2022", "2022-06-01", "2022-08-31", "season", False,
             "Peak of over 170,000 Ukrainians under temporary protection in Bulgaria"),
            ("in August", "2025-08-01", "2025-08-31", "month", True,
             "State Agency for Refugees said some 80,000 Ukrainians remain in Bulgaria"),
        ],
    },
}
