# dev32_04 — The East African (AFP copy). The manifest has NO published date; the page's own date line
# "Saturday June 21 2025" is the anchor (2025-06-21, a Saturday). Anchor week: Mon 16 - Sun 22 June 2025.
# Row formats as in spec_dev32_01.py.
NIS = "National Intelligence Service (South Korea)"
SH = "Sergei Shoigu"
MO = "Moses Otieno"
KEN = "Ministry of Foreign and Diaspora Affairs (Kenya)"
TY = "Heorhii Tykhyi"

DOCS = {"dev32_04_theeastafrican_kursk_builders": {
    "figures": [
        ("6,000 builders", 6000, None, "exact", "builder", "personnel", 6000, "count", ""),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH, 1),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SH, 1),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SH),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", SH),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SH, 2),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SH, 2),
        ("roughly 14,000 soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", NIS),
        ("about 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("about 500km", 500, None, "approximately", "km", "territory", 500, "km", ""),
        ("at least 200 Kenyans", 200, None, "at_least", "kenyan", "personnel", 200, "count", KEN),
        ("up to Sh350,000", 350000, None, "at_most", "", "money", 350000, "KES", KEN),
        ("about $2,700", 2700, None, "approximately", "", "money", 2700, "USD", KEN),
        ("between $800 and $1,200", 800, 1200, "range", "", "money", 800, "USD", MO),
    ],
    "attributions": [
        ("North Korea will send 1,000 sappers and 5,000 military builders to Russia's Kursk region", "says",
         "Moscow's security chief Sergei Shoigu", SH, "person", "Russia", "indirect"),
        ("that it had sent combat troops to help Russia retake the region", "admitted", "Pyongyang", "North Korea", "government",
         "North Korea", "indirect"),
        ("North Korea will send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region to help rebuild "
         "infrastructure destroyed during the Ukrainian incursion", "said", "Russian Security Council Secretary Sergei Shoigu", SH,
         "person", "Russia", "indirect"),
        ("Kim Jong Un has taken the decision to send 1,000 sappers to clear mines and 5,000 military builders to restore the infrastructure,",
         "told Russian state television", "Shoigu", SH, "person", "Russia", "direct"),
        ("The first of the deminers are expected to arrive in Kursk next month", "according to", "Russian state media",
         "Russian state media", "media", "Russia", "according_to"),
        ('Kim and Shoigu had discussed "strategic cooperation"', "said", "Pyongyang's official Korean Central News Agency (KCNA)",
         "Korean Central News Agency", "media", "North Korea", "indirect"),
        ("North Korea has sent roughly 14,000 soldiers to Russia since last October", "says", "South Korea's spy agency", NIS,
         "organisation", "South Korea", "indirect"),
        ("about 2,000 of them have been killed", "believes", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("that at least 200 Kenyans were believed to have been recruited to fight for Russia, some lured by offers of jobs paying up to "
         "Sh350,000 a month, about $2,700", "said", "the Ministry of Foreign and Diaspora Affairs", KEN, "organisation", "Kenya", "indirect"),
        ("the government was working to bring them home", "told reporters", "Principal Secretary Esther Wambui", "Esther Wambui",
         "person", "Kenya", "indirect"),
        ("Pyongyang is exporting labour the same way it exports shells,", "said", "Moses Otieno", MO, "person", "independent", "direct"),
        ("For Kim, a construction brigade in Kursk is simply a more profitable version of the logging camps his country has run in "
         "Siberia since the 1960s.", 'shells," |said| Moses', "Moses Otieno", MO, "person", "independent", "direct"),
        ("that each worker could earn the regime between $800 and $1,200 a month", "estimated", "He", MO, "person", "independent", "indirect"),
        ("Moscow was likely to ask for more labourers as it rebuilds towns such as Sudzha", "said", "He", MO, "person", "independent", "indirect"),
        ("a direct participant in Russia's aggression", "described", "Ukraine's foreign ministry spokesman Heorhii Tykhyi", TY,
         "person", "Ukraine", "direct"),
        ("called for new sanctions against Pyongyang", "called for", "Ukraine's foreign ministry spokesman Heorhii Tykhyi", TY,
         "person", "Ukraine", "indirect"),
        ("the labour deal could breach UN Security Council resolutions that ban member states from employing North Korean workers",
         "believe", "Western officials", "Western officials", "group", "West", "indirect"),
        ('it no longer considers itself bound by sanctions it regards as "illegitimate"', "says", "Russia", "Russia", "government",
         "Russia", "indirect"),
        ("Without the panel, we are counting blind,", "said", "an EU diplomat", "EU diplomat", "group", "EU", "direct"),
    ],
    "events": [
        ("in April", "2025-04-01", "2025-04-30", "month", True, "Pyongyang admitted it had sent combat troops to help Russia retake Kursk"),
        ("on Tuesday", "2025-06-17", "2025-06-17", "day", True, "Shoigu held talks with Kim Jong Un in Pyongyang and announced the worker deployment"),
        ("on June 4", "2025-06-04", "2025-06-04", "day", True, "Shoigu's previous visit to Pyongyang"),
        ("next month", "2025-07-01", "2025-07-31", "month", True, "The first North Korean deminers are expected to arrive in Kursk"),
        ("since last October", "2024-10-01", "2025-06-21", "open", True, "North Korea has sent roughly 14,000 soldiers to Russia"),
        ("this spring", "2025-03-01", "2025-05-31", "season", True, "Ukrainian forces were pushed out of the Kursk region"),
        ("earlier this month", "2025-06-01", "2025-06-20", "month", True, "Kenya's foreign ministry said at least 200 Kenyans had been recruited to fight for Russia"),
        ("since the 1960s", "1960-01-01", "2025-06-21", "open", True, "North Korea has run logging camps in Siberia"),
        ("last week", "2025-06-09", "2025-06-15", "week", True, "Heorhii Tykhyi called North Korea a direct participant in Russia's aggression and called for sanctions"),
        ("in 2017", "2017-01-01", "2017-12-31", "year", False, "UN Security Council banned member states from employing North Korean workers"),
        ("last year", "2024-01-01", "2024-12-31", "year", True, "The UN panel of experts on North Korea sanctions was disbanded after Moscow's veto"),
    ],
}}
