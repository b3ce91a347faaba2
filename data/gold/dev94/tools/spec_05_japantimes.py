"""dev94_05: The Japan Times guest essay by an economist.  The manifest's `published` is EMPTY; the anchor is
the page's own date line under the byline, "Jun 18, 2025" (Wednesday 2025-06-18).  The editor's update note
("updated on Jun 18") is page furniture.  Row formats: see spec_01_times.py."""
D = "dev94_05_japantimes_essay_war_dividend"

NIS = "National Intelligence Service (South Korea)"
JMOD = "Japanese Defense Ministry"

FIGURES = [
    ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
    ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
    ("about 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
    ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", ""),
    ("some $360 million", 3.6e8, None, "approximately", "", "money", 3.6e8, "USD", ""),
    ("about ¥52 billion", 5.2e10, None, "approximately", "", "money", 5.2e10, "JPY", ""),
    ("more than 12 million artillery shells", 1.2e7, None, "more_than", "artillery shell", "weapons", 1.2e7, "count", JMOD),
    ("dozens of KN-23 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", JMOD),
    ("$400", 400, None, "exact", "", "money", 400, "USD", ""),
    ("nearly $5 billion", 5e9, None, "approximately", "", "money", 5e9, "USD", ""),
    ("more than 1 million barrels", 1e6, None, "more_than", "barrel", "other", 1e6, "count", "Open Source Centre"),
    ("500,000 barrels", 500000, None, "exact", "barrel", "other", 500000, "count", ""),
    ("$1.5 billion to $2 billion", 1.5e9, 2e9, "range", "", "money", 1.5e9, "USD", ""),
]

ATTRIBUTIONS = [
    ("that North Korea would send 1,000 deminers and 5,000 military builders to the Kursk region, and that the first "
     "of them would arrive next month", "said",
     "Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
    ("a brotherly gesture.", "called",
     "He", "Sergei Shoigu", "person", "Russia", "direct"),
    ("South Korea’s National Intelligence Service has put the number sent since last autumn at about 15,000, "
     "including replacements", "has put",
     "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("Pyongyang keeps most of it", "insist",
     "defectors", "defectors", "group", "independent", "indirect"),
    ("that the North has shipped more than 12 million artillery shells to Russia since 2023, along with dozens of "
     "KN-23 ballistic missiles", "estimated",
     "Japan’s Defense Ministry", JMOD, "organisation", "Japan", "indirect"),
    ("Russia has delivered more than 1 million barrels of petroleum products to the North since March 2024",
     "According to",
     "the Open Source Centre, a London-based research group", "Open Source Centre", "organisation", "independent",
     "according_to"),
    ("that the North’s economy grew 3.3 percent in 2023, its fastest pace in eight years", "said",
     "The Bank of Korea", "Bank of Korea", "organisation", "South Korea", "indirect"),
    ("that Tokyo was “gravely concerned” that Russia may be paying Pyongyang in missile and satellite technology",
     "told reporters",
     "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
    ("They are getting combat data that no exercise can buy, and they are getting it at Russia’s expense.", "warned",
     "A senior Japanese defense official", "senior Japanese defense official", "group", "Japan", "direct"),
]

EVENTS = [
    ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
     "Sergei Shoigu met Kim Jong Un in Pyongyang (photo caption)"),
    ("On Tuesday", "2025-06-17", "2025-06-17", "day", True,
     "Shoigu said in Pyongyang North Korea would send 1,000 deminers and 5,000 military builders to Kursk"),
    ("next month", "2025-07-01", "2025-07-31", "month", True,
     "The first North Korean deminers and builders to arrive in the Kursk region"),
    ("since last autumn", "2024-09-01", "2025-06-18", "open", True,
     "North Korea sent about 15,000 soldiers to Russia, including replacements (NIS)"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "South Korean lawmakers were told Moscow pays about $2,000 a month per soldier", 1),
    ("earlier this month", "2025-06-01", "2025-06-17", "month", True,
     "Japan's Defense Ministry estimated North Korea had shipped more than 12 million shells to Russia"),
    ("since 2023", "2023-01-01", "2025-06-18", "open", True,
     "North Korea shipped more than 12 million artillery shells and dozens of KN-23 missiles to Russia"),
    ("since March 2024", "2024-03-01", "2025-06-18", "open", True,
     "Russia delivered more than 1 million barrels of petroleum products to North Korea"),
    ("last year", "2024-01-01", "2024-12-31", "year", True,
     "The Bank of Korea reported North Korea's economic growth for 2023", 2),
    ("in 2023", "2023-01-01", "2023-12-31", "year", False,
     "North Korea's economy grew 3.3 percent"),
    ("on Monday", "2025-06-16", "2025-06-16", "day", True,
     "Yoshimasa Hayashi told reporters Tokyo was gravely concerned about Russian technology transfers"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
