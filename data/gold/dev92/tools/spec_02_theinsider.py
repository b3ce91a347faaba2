# dev92_02 — The Insider, anchor 2025-02-19 (Wednesday), from the manifest.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

SEVER = "Sever"
GLAZKOV = "Andrei Glazkov"
TIMOFEEV = "Ruslan Timofeev"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev92_02_theinsider_intercepted_chat": {
        "figures": [
            ("more than 4,000 messages", 4000, None, "more_than", "message", "other", 4000, "count", ""),
            ("19 officers", 19, None, "exact", "officer", "personnel", 19, "count", ""),
            ("about 100 men", 100, None, "approximately", "man", "personnel", 100, "count", ""),
            ("140 Koreans", 140, None, "exact", "korean", "casualties", 140, "count", SEVER),
            ("Forty Koreans", 40, None, "exact", "korean", "casualties", 40, "count", SEVER),
            ("two more diesel cremators", 2, None, "exact", "diesel cremator", "other", 2, "count", TIMOFEEV),
            ("about 4,000 North Korean soldiers", 4000, None, "approximately", "soldier", "casualties", 4000, "count", HUR),
        ],
        "attributions": [
            ("that any of this took place", "deny", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
            ("that the chat existed", "confirmed", "A lieutenant colonel reached by phone",
             "lieutenant colonel in the chat", "group", "Russia", "indirect"),
            ("that an order could take up to 40 minutes to pass down the chain", "complained",
             "Russian commanders", "Russian commanders", "group", "Russia", "indirect"),
            ("that his sector had “lost contact with 140 Koreans” after an assault near Plekhovo", "reported",
             "a major using the call sign “Sever”", SEVER, "person", "Russia", "indirect"),
            ("Forty Koreans are cargo 200, the rest are 300s, and nobody can count them,", "wrote",
             "he", SEVER, "person", "Russia", "direct"),
            ("that wounded North Koreans be listed as “transferred to the allied command” rather than as casualties",
             "ordered", "the brigade’s chief of staff, Colonel Andrei Glazkov", GLAZKOV, "person", "Russia", "indirect"),
            ("The Korean comrades do their own accounting,", "reads", "the memo", GLAZKOV, "person", "Russia", "direct"),
            ("Our reports must contain only our people.", "reads", "the memo", GLAZKOV, "person", "Russia", "direct"),
            ("that “the Korean side insists that all bodies be burned on site”", "wrote",
             "Major Ruslan Timofeev", TIMOFEEV, "person", "Russia", "indirect"),
            ("insists |that all bodies be burned on site|”", "insists", "the Korean side", "North Korean side",
             "group", "North Korea", "indirect"),
            ("asked for two more diesel cremators from Kursk", "asked for", "Major Ruslan Timofeev", TIMOFEEV,
             "person", "Russia", "indirect"),
            ("Pyongyang has never acknowledged any deaths in Russia", "has never acknowledged", "Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ("Burning the bodies where they fall is how you make an army’s losses disappear,", "said",
             "Taras Hrytsenko", "Taras Hrytsenko", "person", "independent", "direct"),
            ("that about 4,000 North Korean soldiers had been killed or wounded in Kursk region since December", "said",
             "Ukraine’s military intelligence, HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("that the agency had intercepted “similar conversations” and was “not surprised by the cremations.”",
             "told The Insider", "HUR spokesman Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "indirect"),
            ("I don’t know any Koreans. Don’t call this number again.", "replied", "Glazkov", GLAZKOV,
             "person", "Russia", "direct"),
            ("that “all questions on this subject should be addressed to the Defense Ministry.”", "said",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ],
        "events": [
            ("on 3 January", "2025-01-03", "2025-01-03", "day", True, "A video was sent to the officers' chat (photo caption)"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "The chat 'Vostok-Kursk Coordination' was created"),
            ("on 9 February", "2025-02-09", "2025-02-09", "day", True, "The last messages were sent in the chat"),
            ("On 21 December", "2024-12-21", "2024-12-21", "day", True, "Major 'Sever' reported losing contact with 140 Koreans near Plekhovo"),
            ("on 4 January", "2025-01-04", "2025-01-04", "day", True, "Glazkov's memo ordered wounded North Koreans listed as transferred to the allied command"),
            ("On 15 January", "2025-01-15", "2025-01-15", "day", True, "Timofeev wrote about burning bodies on site and asked for two more cremators"),
            ("last week", "2025-02-10", "2025-02-16", "week", True, "HUR said about 4,000 North Korean soldiers had been killed or wounded in Kursk region"),
            ("since December", "2024-12-01", "2025-02-19", "open", True, "North Korean soldiers killed or wounded in Kursk region (HUR figure)"),
            ("on Monday", "2025-02-17", "2025-02-17", "day", True, "Yusov told The Insider HUR had intercepted similar conversations"),
            ("earlier this month", "2025-02-01", "2025-02-18", "month", True, "Peskov, asked about North Korean losses at a briefing, referred questions to the Defense Ministry"),
            ("next week", "2025-02-24", "2025-03-02", "week", True, "The second part of the investigation is to be published"),
        ],
    },
}
