# dev12_04_euromaidan_pyongyang_admits -- anchor 2025-04-28 (Monday), from the manifest.
# Headline source tag "Syrskyi: ..." counts as an attribution; its cue is the tag with its colon.
# Not annotated (traps): "for the first time" (x2), "28/04/2025", the caption ("2024"), "Article 4",
# the "Read also" links (ISW:/Media:/Zelensky: tags, 12,000 troops, 6,000 soldiers, "two captured"),
# "$5 a month" in the donation prompt, "a month", "© 2025"; the Foreign Ministry "had not commented"
# (no statement).

SYR = ("Oleksandr Syrskyi", "person", "Ukraine")
CMC = ("Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea")
KIM = ("Kim Jong Un", "person", "North Korea")
GER = ("Valery Gerasimov", "person", "Russia")
GS = ("General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine")
HNA = ("Taras Hnatiuk", "person", "independent")
NK = ("North Korea", "government", "North Korea")

DOCS = {"dev12_04_euromaidan_pyongyang_admits": {
    "figures": [
        ("more than 6,000 soldiers", 6000, None, "more_than", "soldier", "casualties", 6000, "count", "Oleksandr Syrskyi"),
        ("10-15 soldiers", 10, 15, "range", "soldier", "personnel", 10, "count", "Oleksandr Syrskyi"),
        ("11,000 to 12,000 soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", ""),
        ("about 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", ""),
        ("$20-30 million", 2e7, 3e7, "range", "", "money", 2e7, "USD", "Dnipro Security Forum"),
    ],
    "attributions": [
        ("Ukrainian units still fighting in Kursk Oblast despite Gerasimov’s claims", "Syrskyi:", "Syrskyi", *SYR, "indirect"),
        ("that it had sent troops to fight against Ukraine in Russia’s Kursk Oblast", "confirmed", "North Korea", *NK, "indirect"),
        ("that the region had been fully retaken", "claimed", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("that its troops are fighting in Russia’s war against Ukraine", "confirmed", "North Korea", *NK, "indirect"),
        ("that units of the Korean People’s Army had taken part in operations to “liberate” Kursk Oblast on the orders of Kim Jong Un", "said",
         "The Central Military Commission of the Workers’ Party of Korea", *CMC, "indirect"),
        ("called the soldiers “|heroes|”", "called", "Kim Jong Un", *KIM, "direct"),
        ("that a monument to them would soon be erected in Pyongyang", "promised", "Kim Jong Un", *KIM, "indirect"),
        ("that the deployment was “fully in line” with the mutual defence treaty Pyongyang and Moscow signed in June 2024", "claimed",
         "The commission", *CMC, "indirect"),
        ("that Kursk Oblast had been “completely liberated”", "reported", "Russia’s Chief of the General Staff Valery Gerasimov", *GER, "indirect"),
        ("praised the “heroism” of the North Korean servicemen", "praised", "Russia’s Chief of the General Staff Valery Gerasimov", *GER, "indirect"),
        ("that Moscow was “grateful to our Korean friends”", "said", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("Kyiv rejected the Russian claims", "rejected", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("Ukraine’s General Staff dismissed Gerasimov’s statement as “propaganda”", "dismissed", "Ukraine’s General Staff", *GS, "indirect"),
        ("that fighting continued near the villages of Tyotkino and Gornal", "saying", "Ukraine’s General Staff", *GS, "indirect"),
        ("The operation in Kursk Oblast continues. Our units are holding their positions and inflicting losses on the enemy,", "said",
         "Commander-in-Chief Oleksandr Syrskyi", *SYR, "direct"),
        ("North Korean units have lost more than 6,000 soldiers killed and wounded in Kursk Oblast since they arrived at the front in November 2024",
         "According to", "Syrskyi", *SYR, "according_to"),
        ("the Korean contingent was now being used mostly in small groups of 10-15 soldiers, supported by Russian drones", "said", "He", *SYR, "indirect"),
        ("Pyongyang has since sent reinforcements to replace its losses", "according to", "South Korean and Ukrainian intelligence",
         "South Korean intelligence", "group", "South Korea", "according_to"),
        ("Pyongyang has since sent reinforcements to replace its losses", "according to", "South Korean and Ukrainian intelligence",
         "Ukrainian intelligence", "group", "Ukraine", "according_to"),
        ("Pyongyang’s admission changes nothing on the battlefield,", "said", "Taras Hnatiuk", *HNA, "direct"),
        ("What it changes is the politics: Kim now wants public credit, and probably a bigger bill for Moscow.",
         "battlefield,” |said| Taras", "Taras Hnatiuk", *HNA, "direct"),
        ("that Russia is paying North Korea $20-30 million a month for the contingent, in addition to oil deliveries and military technology",
         "estimate", "Analysts at the forum", "Dnipro Security Forum", "group", "independent", "indirect"),
        ("he expected Pyongyang to announce a new dispatch of troops and workers next month", "said", "Hnatiuk", *HNA, "indirect"),
    ],
    "events": [
        ("on 28 April", "2025-04-28", "2025-04-28", "day", True, "North Korea confirmed for the first time it had sent troops to fight Ukraine in Kursk"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Moscow claimed Kursk Oblast had been fully retaken"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "Pyongyang and Moscow signed the mutual defence treaty"),
        ("On 26 April", "2025-04-26", "2025-04-26", "day", True, "Gerasimov reported to Putin that Kursk Oblast had been 'completely liberated'"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True, "Peskov said Moscow was grateful to its Korean friends"),
        ("on Sunday", "2025-04-27", "2025-04-27", "day", True, "Syrskyi said the operation in Kursk Oblast continues"),
        ("in November 2024", "2024-11-01", "2024-11-30", "month", False, "North Korean units arrived at the front in Kursk Oblast"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korea sent 11,000 to 12,000 soldiers to Russia"),
        ("on 6 August 2024", "2024-08-06", "2024-08-06", "day", False, "Ukraine's Kursk operation began"),
        ("next month", "2025-05-01", "2025-05-31", "month", True, "Hnatiuk expects Pyongyang to announce a new dispatch of troops and workers"),
    ],
}}
