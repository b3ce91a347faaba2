"""dev96_06: Voice of America, English text of a VOA Korean radio report, 2025-09-02 (Tue). Row formats as in spec_01."""
D = "dev96_06_voa_kim_ceremony"
NIS = "National Intelligence Service (South Korea)"
PARK = "Park Jae-hoon"
STATE = "U.S. State Department"

DOCS = {D: {
    "figures": [
        ("deaths at |about 2,000|", 2000, None, "approximately", "death", "casualties", 2000, "count", "South Korea"),
        ("72 soldiers", 72, None, "exact", "soldier", "casualties", 72, "count", "KCNA"),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("roughly 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ("about 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", PARK),
        ("some 5,000 military construction workers", 5000, None, "approximately", "military construction worker", "personnel", 5000, "count", PARK),
        ("roughly 5,000 more workers", 5000, None, "approximately", "worker", "personnel", 5000, "count", NIS),
        ("at least two new rail shipments", 2, None, "at_least", "rail shipment", "weapons", 2, "count", "South Korean government official"),
        ("about 1 trillion won", 1000000000000, None, "approximately", "won", "money", 1000000000000, "KRW", "Daniel Whitford"),
        ("around $720 million", 720000000, None, "approximately", "", "money", 720000000, "USD", "Daniel Whitford"),
    ],
    "attributions": [
        ("Seoul puts North Korean deaths at about 2,000", "puts", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("Kim to put returning veterans on display at a military parade next month", "expect",
         "Analysts", "analysts", "group", "independent", "indirect"),
        ('Kim presided over the ceremony in Pyongyang on August 21 and awarded posthumous "Hero of the DPRK" titles to 72 soldiers',
         "said", "North Korea's official Korean Central News Agency", "KCNA", "media", "North Korea", "indirect"),
        ('that their sons had "defended the honor of our state on a foreign battlefield."', "quoted",
         "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("that the agency now believes about 2,000 North Korean soldiers have been killed since October last year, out of roughly 15,000 sent to Russia in total",
         "told reporters", "Rep. Park Jae-hoon of the National Assembly's intelligence committee", PARK, "person", "South Korea", "indirect"),
        ("about 2,000 North Korean soldiers have been killed since October last year, out of roughly 15,000 sent to Russia in total",
         "believes", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("North Korea has also sent about 1,000 deminers and some 5,000 military construction workers to Kursk since June. The NIS expects roughly 5,000 more workers to go this autumn.",
         "PARK JAE-HOON (VOICE OF INTERPRETER):", "PARK JAE-HOON", PARK, "person", "South Korea", "direct"),
        ("roughly 5,000 more workers to go this autumn", "expects", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that Seoul was tracking at least two new rail shipments of North Korean shells to Russia", "told VOA",
         "A South Korean government official", "South Korean government official", "group", "South Korea", "indirect"),
        ('that the United States "condemns in the strongest terms" the deepening military cooperation between Moscow and Pyongyang',
         "told VOA", "a State Department spokesperson", STATE, "group", "United States", "indirect"),
        ('Pyongyang, the spokesperson said, was "paying for Moscow\'s war with the lives of its young men."', "said",
         "the spokesperson", STATE, "group", "United States", "indirect"),
        ("the ceremony was aimed as much at North Koreans at home as at Moscow", "said",
         "Daniel Whitford, a senior fellow at the Pacific Security Institute in Washington", "Daniel Whitford", "person", "independent", "indirect"),
        ("For a year, Pyongyang pretended these men didn't exist. Now Kim needs the families to believe the deaths meant something, because he intends to keep sending people. And Moscow keeps paying, in cash, in oil and, we think, in air-defense and missile know-how. I'd put the cash alone at about 1 trillion won, or around $720 million.",
         "DANIEL WHITFORD:", "DANIEL WHITFORD", "Daniel Whitford", "person", "independent", "direct"),
        ('that Russia would "never forget" the sacrifice of North Korean soldiers', "said",
         "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ],
    "events": [
        ("on August 22, 2025", "2025-08-22", "2025-08-22", "day", False,
         "KCNA released an image of Kim Jong Un at the ceremony for soldiers killed fighting for Russia (photo)"),
        ("next month", "2025-10-01", "2025-10-31", "month", True, "Military parade at which analysts expect Kim to display returning veterans"),
        ("on August 21", "2025-08-21", "2025-08-21", "day", True,
         "Kim presided over the Pyongyang ceremony and awarded posthumous Hero titles to 72 soldiers"),
        ("since October last year", "2024-10-01", "2025-09-02", "open", True, "About 2,000 North Korean soldiers killed (NIS estimate)"),
        ("since June", "2025-06-01", "2025-09-02", "open", True, "North Korea sent about 1,000 deminers and some 5,000 military construction workers to Kursk"),
        ("this autumn", "2025-09-01", "2025-11-30", "season", True, "Roughly 5,000 more North Korean workers expected to go to Russia"),
        ("on Monday", "2025-09-01", "2025-09-01", "day", True, "Peskov said Russia would never forget the sacrifice of North Korean soldiers"),
    ],
}}
