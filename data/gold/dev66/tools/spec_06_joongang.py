"""dev66_06_joongang_nis: Korea JoongAng Daily, Morning Briefing.  The manifest leaves `published`
EMPTY; the anchor is taken from the page's own date line "Published: 09 Sep. 2025, 07:00"
(Tue 2025-09-09).  The date line itself is furniture, not an event.

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
NIS = "National Intelligence Service (South Korea)"
MND = "Ministry of National Defense (South Korea)"

DOCS = {
    "dev66_06_joongang_nis": {
        "figures": [
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("Around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("around 15,000", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("6,000 workers", 6000, None, "exact", "worker", "personnel", 6000, "count", NIS),
            ("further |5,000|", 5000, None, "exact", "worker", "personnel", 5000, "count", NIS),
            ("66.3 trillion won", 66.3e12, None, "exact", "won", "money", 66.3e12, "KRW", "", 1),
            ("66.3 trillion won", 66.3e12, None, "exact", "won", "money", 66.3e12, "KRW", "", 2),
            ("$47.7 billion", 47.7e9, None, "exact", "", "money", 47.7e9, "USD", ""),
            ("1.1 trillion won", 1.1e12, None, "exact", "won", "money", 1.1e12, "KRW", "Ahn Gyu-back"),
            ("500,000 drone operators", 500000, None, "exact", "drone operator", "personnel", 500000, "count", "Ahn Gyu-back"),
            ("101 soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", "Rodong Sinmun"),
            ("fewer than 10 North Korean prisoners of war", 10, None, "less_than", "prisoner of war", "casualties", 10, "count", "Kyrylo Budanov"),
            ("more than 12 million artillery shells", 12e6, None, "more_than", "artillery shell", "weapons", 12e6, "count", "Kyrylo Budanov"),
        ],
        "attributions": [
            ("about 2,000 North Korean soldiers killed in Russia's war", "says", "NIS", NIS, "organisation", "South Korea", "indirect"),
            ("Around 2,000 North Korean soldiers have been killed since Pyongyang began sending troops to Russia last October",
             "told lawmakers", "the National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("The spy agency put the total number of North Korean troops dispatched at around 15,000, including replacements rotated in since January",
             "put", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("the North has sent another 6,000 workers, mostly military engineers, since June and is preparing to dispatch a further 5,000",
             "said", "The agency", NIS, "organisation", "South Korea", "indirect"),
            ("The agency also said the North has sent another 6,000 workers, mostly military engineers, since June and is preparing to dispatch a further 5,000",
             "according to", "Rep. Park Sun-won of the Democratic Party", "Park Sun-won", "person", "South Korea", "according_to"),
            ('Pyongyang views the deployment as "a source of hard currency and combat experience that it cannot get anywhere else."',
             "quoted", "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("There are also signs that the North is building a dedicated cemetery for the dead,", "said", "Park", "Park Sun-won", "person", "South Korea", "direct"),
            ("unbreakable", "call", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
            ("unbreakable", "call", "Putin", "Vladimir Putin", "person", "Russia", "direct"),
            ('North Korean leader Kim Jong-un told Russian President Vladimir Putin during talks in Beijing last Wednesday that helping Russia was a "fraternal duty."',
             "According to", "the Korean Central News Agency (KCNA)", "Korean Central News Agency", "media", "North Korea", "according_to"),
            ('that helping Russia was a "fraternal duty."', "told", "North Korean leader Kim Jong-un", "Kim Jong Un", "person", "North Korea", "indirect"),
            ('Putin thanked the North\'s soldiers for their "courage and heroism" in the Kursk region', "said", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ('North Korean troops returning from Russia bring drone and artillery experience that "changes the threat picture on the peninsula."',
             "saying", "The Ministry of National Defense", MND, "organisation", "South Korea", "indirect"),
            ("The budget includes 1.1 trillion won for drones and counter-drone systems", "told reporters", "Defense Minister Ahn Gyu-back", "Ahn Gyu-back", "person", "South Korea", "indirect"),
            ("that the military aims to train 500,000 drone operators by 2026", "adding", "Defense Minister Ahn Gyu-back", "Ahn Gyu-back", "person", "South Korea", "indirect"),
            ("Kim Jong-un attended a ceremony in Pyongyang last month to welcome home the remains of 101 soldiers killed in Kursk", "reported", "the Rodong Sinmun", "Rodong Sinmun", "media", "North Korea", "indirect"),
            ('He pledged to build a memorial museum for the "heroes" by next spring', "said", "the party newspaper", "Rodong Sinmun", "media", "North Korea", "indirect"),
            ('He pledged to build a memorial museum for the "heroes" by next spring', "pledged", "He", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that its soldiers were being used as cannon fodder", "denied", "North Korea's Foreign Ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "indirect"),
            ("a smear campaign by the puppets.", "calling", "North Korea's Foreign Ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "direct"),
            ("North Korean shells keep coming", "says", "Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("North Korea has shipped Russia more than 12 million artillery shells since 2023", "said", "Ukraine's military intelligence chief, Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ('that Pyongyang was now producing them "faster than Russia can."', "adding", "Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("Ukraine holds fewer than 10 North Korean prisoners of war", "said", "he", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
        ],
        "events": [
            ("last October", "2024-10-01", "2024-10-31", "month", True, "Pyongyang began sending troops to Russia"),
            ("on Monday", "2025-09-08", "2025-09-08", "day", True, "NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
            ("April", "2025-04-01", "2025-04-30", "month", True, "NIS's earlier (April) casualty estimate"),
            ("since January", "2025-01-01", "2025-09-09", "open", True, "Replacement North Korean troops rotated into Russia"),
            ("since June", "2025-06-01", "2025-09-09", "open", True, "North Korea sent another 6,000 workers, mostly military engineers, to Russia"),
            ("last Wednesday", "2025-09-03", "2025-09-03", "day", True, "Kim Jong-un and Putin held talks in Beijing"),
            ("abroad |since 2023|", "2023-01-01", "2025-09-09", "open", True, "Kim's Beijing visit, his first trip abroad since 2023"),
            ("on Thursday", "2025-09-04", "2025-09-04", "day", True, "Ministry of National Defense proposed a 66.3 trillion won budget"),
            ("next year", "2026-01-01", "2026-12-31", "year", True, "Fiscal year of the proposed defense budget"),
            ("by 2026", "2026-01-01", "2026-12-31", "year", False, "Military aims to have trained 500,000 drone operators"),
            ("last month", "2025-08-01", "2025-08-31", "month", True, "Kim attended ceremony welcoming home the remains of 101 soldiers killed in Kursk"),
            ("by next spring", "2026-03-01", "2026-05-31", "season", True, "Planned completion of the memorial museum for the fallen"),
            ("on Sunday", "2025-09-07", "2025-09-07", "day", True, "North Korean Foreign Ministry denied its soldiers were used as cannon fodder"),
            ("shells |since 2023|", "2023-01-01", "2025-09-09", "open", True, "North Korea shipped Russia more than 12 million artillery shells"),
            ("published |Monday|", "2025-09-08", "2025-09-08", "day", True, "Budanov interview published"),
        ],
    },
}
