# dev20_04 -- Rodong Sinmun (English edition). The manifest has NO published date for this page;
# relative dates resolve against the page's own date line "Juche114(2025).8.31." = 2025-08-31 (Sunday),
# which the KCNA dateline "Pyongyang, August 31 (KCNA)" repeats.
# Row formats: see spec_01_sputnik.py.
# Not annotated (furniture): nav, language bar, date line, KCNA dateline, Other Articles ("77th Founding
# Anniversary"), copyright, visitor counter ("1,084,392").
# Not annotated (traps): "528th Engineer Regiment", "Article 4", "second contingent", "about 120 days"
# (duration with a qualifier), "Order of National Flag First Class", "Kim Jong Un looked round ..." (no
# statement), "The Central Military Commission ... decided" (a decision, not a statement).

KIM = ("Kim Jong Un", "person", "North Korea")

DOCS = {
    "dev20_04_rodong_engineer_regiment": {
        "figures": [
            ("some 490 hectares", 490, None, "approximately", "hectare", "territory", 4.9, "km2", "Ri Chol Ho"),
            ("more than 36,000 mines", 36000, None, "more_than", "mine", "weapons", 36000, "count", "Ri Chol Ho"),
            ("nine soldiers", 9, None, "exact", "soldier", "casualties", 9, "count", "Kim Jong Un"),
            ("dozens", 24, None, "vague", "soldier", "casualties", 24, "count", "Kim Jong Un"),
            ("nine fallen soldiers", 9, None, "exact", "soldier", "casualties", 9, "count", ""),
            ("47 servicemen", 47, None, "exact", "serviceman", "personnel", 47, "count", ""),
        ],
        "attributions": [
            ('that his unit had cleared mines from some 490 hectares of land and removed more than 36,000 mines and unexploded shells in about 120 days of operation, "under the worst conditions where enemy drones flew overhead day and night."',
             "reported", "Colonel Ri Chol Ho", "Ri Chol Ho", "person", "North Korea", "indirect"),
            ("that the engineers had displayed to the full the indomitable spirit of the Korean People's Army and performed feats that would shine forever in the history of the DPRK-Russia friendship",
             "He |said| that the engineers", "He", *KIM, "indirect"),
            ("You have written with your blood and sweat a brilliant chapter of the militant friendship between our two countries,",
             "he |said|. ", "he", *KIM, "direct"),
            ("The whole country is proud of you, and the motherland will never forget your exploits.", "he |said|. ", "he", *KIM, "direct"),
            ("that nine soldiers of the regiment had laid down their lives while clearing minefields and that dozens more had been wounded",
             "noted", "He", *KIM, "indirect"),
            ("that the Party and the state would take full responsibility for the lives of the bereaved families, and the children of the fallen soldiers would be brought up at the Mangyongdae Revolutionary School",
             "stressed", "He", *KIM, "indirect"),
            ("that a museum dedicated to the combat feats of the overseas operation units would be built in Pyongyang by October next year, and that the names of all the fallen soldiers would be engraved on its memorial wall",
             "also |said| that", "Kim Jong Un", *KIM, "indirect"),
            ('that the people of Kursk would never forget the Korean soldiers who "risked their lives to return peace to the Russian land."',
             "meeting, |said| that", "Russian Ambassador to the DPRK Alexander Matsegora", "Alexander Matsegora", "person", "Russia", "indirect"),
            ("the Ministry of Defence of the Russian Federation expressed gratitude to the DPRK for dispatching the engineer regiment",
             "expressed gratitude", "the Ministry of Defence of the Russian Federation", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
            ("that the Korean sappers had made it possible for residents to return to the border villages of Kursk Region",
             "noting", "the Ministry of Defence of the Russian Federation", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ],
        "events": [
            ("on Friday", "2025-08-29", "2025-08-29", "day", True,
             "The 528th Engineer Regiment returned home from its mission in Kursk"),
            ("in June", "2025-06-01", "2025-06-30", "month", True, "The engineer regiment was dispatched to the Kursk Region"),
            ("this year", "2025-01-01", "2025-12-31", "year", True, "Second KPA contingent dispatched to the Kursk Region"),
            ("on Tuesday", "2025-08-26", "2025-08-26", "day", True,
             "WPK Central Military Commission decided to award Hero titles to the nine fallen and orders to 47 servicemen"),
            ("by October next year", "2026-10-01", "2026-10-31", "month", True,
             "A museum of the overseas units' combat feats is to be built in Pyongyang"),
            ("Last week", "2025-08-18", "2025-08-24", "week", True,
             "Russian Defence Ministry expressed gratitude to the DPRK for the engineer regiment"),
            ("In April", "2025-04-01", "2025-04-30", "month", True,
             "KPA units that took part in liberating Kursk were welcomed home in Pyongyang"),
        ],
    },
}
