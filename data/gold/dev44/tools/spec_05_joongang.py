# dev44_05 - Korea JoongAng Daily morning briefing. The manifest has NO published date for this page;
# its text prints the date line "Wednesday, June 18, 2025", which is used as the anchor (2025-06-18).
# The "Today's top stories" list at the top is a list of links to the items below (furniture): only the
# item headline (second occurrence of the same words) is annotated.
# Column order as in spec_01_reuters.py.
NIS = "National Intelligence Service (South Korea)"
KIDA = "Korea Institute for Defense Analyses"

DOCS = {
    "dev44_05_joongang_briefing_shoigu": {
        "figures": [
            ("6,000 more troops", 6000, None, "exact", "troop", "personnel", 6000, "count", "Sergei Shoigu", 2),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
            ("20 to 30 M-1991 multiple rocket launchers", 20, 30, "range", "multiple rocket launcher", "weapons", 20, "count",
             "Joint Chiefs of Staff (South Korea)"),
            ("some 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("roughly 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
            ("between 15 trillion and 20 trillion won", 1.5e13, 2e13, "range", "won", "money", 1.5e13, "KRW", KIDA),
            ("$10.9 billion-$14.5 billion", 1.09e10, 1.45e10, "range", "dollar", "money", 1.09e10, "USD", KIDA),
            ("512 billion won", 5.12e11, None, "exact", "won", "money", 5.12e11, "KRW", ""),
        ],
        "attributions": [
            ("North Korea to send 6,000 more troops to Russia's Kursk", "says", "Shoigu", "Sergei Shoigu", "person", "Russia", "indirect", 2),
            ("North Korea will send 1,000 deminers and 5,000 military builders to Russia's Kursk region to rebuild infrastructure wrecked during Ukraine's incursion",
             "said", "Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
            ("This is a brotherly gesture of assistance from the Korean people,", "told", "Shoigu", "Sergei Shoigu", "person", "Russia", "direct"),
            ("that the work would begin “in the coming months.”", "adding", "Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
            ("that the North had shipped Russia an additional 20 to 30 M-1991 multiple rocket launchers in recent weeks", "said",
             "Seoul's Joint Chiefs of Staff (JCS)", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea", "indirect"),
            ("some 2,000 North Korean soldiers had been killed in the fighting as of late April, out of roughly 15,000 sent since last October",
             "According to", "the National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "according_to"),
            ("Engineers and builders are not combat troops on paper, but they free up Russian units for the front,", "said",
             "Yoon Seo-yeon", "Yoon Seo-yeon", "person", "independent", "direct"),
            ("the deployment would likely be paid for in kind — food, fuel and possibly technology for nuclear submarines", "said",
             "Yoon", "Yoon Seo-yeon", "person", "independent", "indirect"),
            ("that the North had earned between 15 trillion and 20 trillion won ($10.9 billion-$14.5 billion) from arms and troop exports to Russia",
             "estimated", "A report released last month by the state-run Korea Institute for Defense Analyses (KIDA)", KIDA,
             "organisation", "South Korea", "indirect"),
            ("that Seoul and Tokyo had agreed to “build a future-oriented relationship” and to hold shuttle summits regularly", "told reporters",
             "Lee", "Lee Jae-myung", "person", "South Korea", "indirect"),
            ("a rescheduled meeting with Trump could take place next month", "said", "The presidential office",
             "South Korean presidential office", "organisation", "South Korea", "indirect"),
        ],
        "events": [
            ("Kim Jong-un in Pyongyang |on Tuesday|.", "2025-06-17", "2025-06-17", "day", True,
             "Shoigu's talks with Kim Jong-un in Pyongyang; announcement of deminers and builders for Kursk"),
            ("on June 3", "2025-06-03", "2025-06-03", "day", True, "Shoigu first flew to Pyongyang on Putin's instructions"),
            ("the following day", "2025-06-04", "2025-06-04", "day", True, "Shoigu met Kim Jong-un (first visit)"),
            ("this month", "2025-06-01", "2025-06-30", "month", True, "Shoigu's trips to Pyongyang"),
            ("as of late April", "2025-04-21", "2025-04-30", "month", True, "Some 2,000 North Korean soldiers killed in the fighting (NIS count)"),
            ("since last October", "2024-10-01", "2025-06-18", "open", True, "Roughly 15,000 North Korean soldiers sent to Russia"),
            ("last month", "2025-05-01", "2025-05-31", "month", True, "KIDA released its report on North Korea's earnings from Russia"),
            ("on June 4", "2025-06-04", "2025-06-04", "day", True, "Lee Jae-myung took office"),
            ("Shigeru Ishiba |on Tuesday|,", "2025-06-17", "2025-06-17", "day", True, "Lee Jae-myung's summit with Shigeru Ishiba at the G7"),
            ("on Monday", "2025-06-16", "2025-06-16", "day", True, "Trump left the G7 summit early; planned Lee-Trump meeting fell through"),
            ("next month", "2025-07-01", "2025-07-31", "month", True, "Possible rescheduled Lee-Trump meeting"),
            ("2,950.30 |on Tuesday|,", "2025-06-17", "2025-06-17", "day", True, "KOSPI closed at 2,950.30"),
            ("since January 2022", "2022-01-01", "2025-06-18", "open", True, "KOSPI at its highest level since"),
        ],
    },
}
