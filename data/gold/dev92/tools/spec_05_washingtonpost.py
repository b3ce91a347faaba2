# dev92_05 — The Washington Post, anchor 2025-08-11 (Monday), from the manifest.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

MOD = "Russian Defense Ministry"
NIS = "National Intelligence Service (South Korea)"
DEF = "North Korean defectors"
FIN = "Russian finance officer of the 11th Army Corps"
WHIT = "Daniel Whitcomb"

DOCS = {
    "dev92_05_washingtonpost_death_benefits": {
        "figures": [
            ("at least $110 million", 110000000, None, "at_least", "", "money", 110000000, "USD", ""),
            ("9.1 billion rubles", 9100000000, None, "exact", "ruble", "money", 9100000000, "RUB", MOD),
            ("about $114 million", 114000000, None, "approximately", "", "money", 114000000, "USD", MOD),
            ("1,032 North Korean soldiers", 1032, None, "exact", "soldier", "casualties", 1032, "count", ""),
            ("8.8 million rubles", 8800000, None, "exact", "ruble", "money", 8800000, "RUB", ""),
            ("100 kilograms", 100, None, "exact", "kilogram", "other", 100, "count", DEF),
            ("214 payment orders", 214, None, "exact", "payment order", "other", 214, "count", ""),
            ("two finance officers", 2, None, "exact", "finance officer", "personnel", 2, "count", ""),
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("roughly 3,000 replacements", 3000, None, "approximately", "replacement", "personnel", 3000, "count", NIS),
            ("300 artillery shells", 300, None, "exact", "artillery shell", "weapons", 300, "count", WHIT),
        ],
        "attributions": [
            ("the families got rice and a TV set", "say", "Defectors", DEF, "group", "independent", "indirect"),
            ("Between January and June, Russia's Defense Ministry transferred 9.1 billion rubles, or about $114 million, to an account held by North Korea's embassy in Moscow",
             "according to", "payment orders and an internal ministry spreadsheet", MOD, "organisation", "Russia", "according_to"),
            ("that families of soldiers killed in Russia had received a certificate, a television set and 100 kilograms of rice, but no cash",
             "told The Post", "North Korean defectors with relatives in the military", DEF, "group", "independent", "indirect"),
            ("The Koreans give us no death certificates, only a list from their commander,", "wrote", "one of them", FIN,
             "group", "Russia", "direct"),
            ("Without a certificate, the treasury won't release a kopeck.", "wrote", "one of them", FIN,
             "group", "Russia", "direct"),
            ('that the embassy had offered to "sort it out" for a fee', "replied", "The other", FIN,
             "group", "Russia", "indirect"),
            ('offered to "sort it out" for a fee', "offered", "the embassy", "North Korean embassy in Moscow",
             "organisation", "North Korea", "indirect"),
            ("Moscow and Pyongyang acknowledged the deployment only this spring", "acknowledged", "Moscow", "Russia",
             "government", "Russia", "indirect"),
            ("Moscow and Pyongyang acknowledged the deployment only this spring", "acknowledged", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            ('that the country\'s troops had helped "liberate" Kursk region', "said", "North Korean state media",
             "North Korean state media", "media", "North Korea", "indirect"),
            ('it "fulfills all obligations to allied servicemen and their families in full."', "said",
             "Russia's Defense Ministry", MOD, "organisation", "Russia", "indirect"),
            ("that about 2,000 North Korean soldiers had been killed since October and that Pyongyang had sent roughly 3,000 replacements this year",
             "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ('the United States was "aware of reports" of payments to North Korea and that "any such transfers would violate U.N. Security Council resolutions."',
             "said", "A State Department spokesperson", "U.S. State Department", "group", "United States", "indirect"),
            ("This is the first hard evidence that the Kremlin is, in effect, paying Kim per body,", "said",
             "Daniel Whitcomb", WHIT, "person", "independent", "direct"),
            ("If these numbers are right, Pyongyang earns more from a dead soldier than from 300 artillery shells.", "said",
             "Daniel Whitcomb", WHIT, "person", "independent", "direct"),
            ("they would question the NIS director about the payments next month", "said", "Lawmakers in Seoul",
             "lawmakers in Seoul", "group", "South Korea", "indirect"),
        ],
        "events": [
            ("Between January and June", "2025-01-01", "2025-06-30", "month", True, "Russia's Defense Ministry transferred 9.1 billion rubles to North Korea's embassy in Moscow"),
            ("from December through May", "2024-12-01", "2025-05-31", "month", True, "1,032 North Korean soldiers killed in Kursk region (listed in the spreadsheet)"),
            ("in March", "2025-03-01", "2025-03-31", "month", True, "Messages between two finance officers of the 11th Army Corps about death certificates"),
            ("this spring", "2025-03-01", "2025-05-31", "season", True, "Moscow and Pyongyang acknowledged the deployment"),
            ("in April", "2025-04-01", "2025-04-30", "month", True, "North Korean state media said its troops had helped liberate Kursk region"),
            ("on July 3", "2025-07-03", "2025-07-03", "day", True, "Russia's Defense Ministry statement on obligations to allied servicemen"),
            ("on Thursday", "2025-08-07", "2025-08-07", "day", True, "NIS closed briefing to lawmakers on North Korean deaths and replacements"),
            ("since October", "2024-10-01", "2025-08-11", "open", True, "About 2,000 North Korean soldiers killed (NIS)"),
            ("this year", "2025-01-01", "2025-12-31", "year", True, "Pyongyang sent roughly 3,000 replacements (NIS)"),
            ("last week", "2025-08-04", "2025-08-10", "week", True, "The Post asked Russia's Embassy in Washington about the payments"),
            ("next month", "2025-09-01", "2025-09-30", "month", True, "Lawmakers in Seoul to question the NIS director about the payments"),
        ],
    },
}
