# dev34_05 - Viet Nam News (VNA / TASS copy with a Ha Noi angle), 18 June 2025 (Wednesday).
# Anchor 2025-06-18 (manifest).
# Furniture not annotated: section, time stamp, photo caption (dated June 17) and credit, dateline "MOSCOW —",
# "— VNS", share buttons, Other Stories (incl. "75 years", "in July"), Tags.
DOC = "dev34_05_vietnamnews_shoigu_builders"
SH = ("Sergei Shoigu", "person", "Russia")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
N = "National Intelligence Service (South Korea)"
HANG = ("Phạm Thu Hằng", "person", "Vietnam")
KHUE = ("Nguyễn Minh Khuê", "person", "independent")
CUS = "General Department of Vietnam Customs"
DOCS = {DOC: {
    "figures": [
        ("6,000 more troops", 6000, None, "exact", "troop", "personnel", 6000, "count", "Sergei Shoigu"),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
        ("some 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", N),
        # a share of the contingent that is counted in the story: kept as a casualty figure (see README)
        ("nearly 40 per cent", 40, None, "approximately", "per cent", "casualties", 40, "count", N),
        ("about 11,000", 11000, None, "approximately", "soldier", "personnel", 11000, "count", N),
        ("about 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", N),
        ("dozens of KN-23 missiles", 24, None, "vague", "missile", "weapons", 24, "count", ""),
        ("millions of artillery shells", 1e6, None, "vague", "artillery shell", "weapons", 1e6, "count", ""),
        ("US$4.57 billion", 4.57e9, None, "exact", "", "money", 4.57e9, "USD", CUS),
        ("about VND116 trillion", 1.16e14, None, "approximately", "", "money", 1.16e14, "VND", CUS),
    ],
    "attributions": [
        ("North Korea to send 6,000 more troops to rebuild Kursk", "says", "Shoigu", *SH, "indirect"),
        # nested: the VNA correspondent reports Shoigu's statement; figures take Shoigu
        ("North Korea will send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region, Russian Security Council Secretary Sergei Shoigu said after talks with leader Kim Jong Un in Pyongyang on Tuesday",
         "according to", "the Vietnam News Agency (VNA) correspondent in Moscow", "Vietnam News Agency", "media", "Vietnam", "according_to"),
        ("North Korea will send 1,000 deminers and 5,000 military construction workers to Russia's Kursk region", "said",
         "Russian Security Council Secretary Sergei Shoigu", *SH, "indirect"),
        ('that Kim had decided to dispatch the personnel "to help clear mines and restore infrastructure destroyed by the Ukrainian occupiers"',
         "quoted", "Shoigu", *SH, "indirect"),
        ("The deminers would be deployed first, with the first group expected to arrive in July", "said", "he", *SH, "indirect"),
        ("the implementation of the treaty", "described", "the Kremlin", "Kremlin", "government", "Russia", "direct"),
        ("that some 4,700 North Korean soldiers had been killed or wounded, nearly 40 per cent of a contingent of about 11,000, with about 600 deaths",
         "estimated", "South Korea's National Intelligence Service (NIS)", *NIS, "indirect"),
        ('that the deployment of North Korean builders showed Moscow was "running out of its own people"', "said",
         "Ukraine's foreign ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
        ("that combat troops could follow the engineers", "warned", "Kyiv's military intelligence",
         "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ('Việt Nam\'s position on the conflict was "consistent and clear"', "said", "Foreign Ministry Spokesperson Phạm Thu Hằng", *HANG, "indirect"),
        ("Việt Nam calls on the parties concerned to exercise restraint, resume dialogue and settle disputes by peaceful means on the basis of international law and the UN Charter,",
         "said", "Hằng", *HANG, "direct"),
        ("Việt Nam's two-way trade with Russia reached US$4.57 billion last year, or about VND116 trillion", "according to",
         "the General Department of Customs", CUS, "organisation", "Vietnam", "according_to"),
        ("the engineering units signalled a shift from combat to a longer-term presence", "said", "Nguyễn Minh Khuê", *KHUE, "indirect"),
        ("Sending sappers and builders means Pyongyang expects to stay in Kursk for years, not months,", "told Việt Nam News", "Khuê", *KHUE, "direct"),
        ("It also gives North Korea's army experience with Russian equipment that no exercise at home could provide.", "told Việt Nam News", "Khuê", *KHUE, "direct"),
        ("Seoul had briefed ASEAN envoys on the new deployment earlier this week", "said", "A South Korean diplomat in Hà Nội",
         "South Korean diplomat", "group", "South Korea", "indirect"),
    ],
    "events": [
        ("Pyongyang |on Tuesday|,", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu held talks with Kim Jong Un in Pyongyang and announced North Korea would send deminers and builders to Kursk"),
        ("arrive |in July|,", "2025-07-01", "2025-07-31", "month", True,
         "First group of North Korean deminers expected to arrive (forward-looking)"),
        ("this month", "2025-06-01", "2025-06-30", "month", True,
         "Shoigu's second trip to Pyongyang"),
        ("since March", "2025-03-01", "2025-06-18", "open", True,
         "Shoigu made three trips to Pyongyang"),
        ("on June 4", "2025-06-04", "2025-06-04", "day", True,
         "Shoigu held talks with Kim Jong Un on implementing the treaty"),
        ("in late April", "2025-04-21", "2025-04-30", "month", True,
         "NIS estimated some 4,700 North Korean soldiers killed or wounded"),
        ("since 2023", "2023-01-01", "2025-06-18", "open", True,
         "North Korea shipped KN-23 missiles and artillery shells to Russia"),
        ("Tykhyi said |on Tuesday| that", "2025-06-17", "2025-06-17", "day", True,
         "Tykhyi said the deployment of North Korean builders showed Moscow was running out of people"),
        ("last Thursday", "2025-06-12", "2025-06-12", "day", True,
         "Vietnam's Foreign Ministry spokesperson was asked about North Korean troops in Russia at a press briefing"),
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "Vietnam's two-way trade with Russia reached US$4.57 billion"),
        ("earlier this week", "2025-06-16", "2025-06-17", "week", True,
         "Seoul briefed ASEAN envoys on the new North Korean deployment"),
    ],
}}
