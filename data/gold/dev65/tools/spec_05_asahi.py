# dev65_05_asahi_lessons -- The Asahi Shimbun (Asia & Japan Watch), published 2025-05-09 (Friday); anchor 2025-05-09.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content span, cue, speaker as written, canonical, type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

MOD = "Ministry of Defense (Japan)"
SKMIL = "South Korean military"
TOKUDA = "Masaki Tokuda"

CONDEMN = ("Japan, the United States and South Korea have condemned the deployment as a violation of "
           "U.N. Security Council resolutions")
KIMPROMISE = 'Kim, for his part, has promised a memorial and a museum in Pyongyang to honor the "heroes" who died in Kursk'

DOCS = {
    "dev65_05_asahi_lessons": {
        "figures": [
            ("about 14,000 troops", 14000, None, "approximately", "troop", "personnel", 14000, "count", MOD),
            ("around 3,000", 3000, None, "approximately", "troop", "personnel", 3000, "count", MOD),
            ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", SKMIL),
            ("some 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", SKMIL),
            ("Thousands of troops", 1000, None, "vague", "troop", "personnel", 1000, "count", TOKUDA),
            ("some 1,000 kilometers", 1000, None, "approximately", "kilometer", "territory", 1000, "km", TOKUDA),
            ("8.7 trillion yen", 8700000000000, None, "exact", "yen", "money", 8700000000000, "JPY", ""),
            ("$60 billion", 60000000000, None, "exact", "", "money", 60000000000, "USD", ""),
            ("about 200 billion yen", 200000000000, None, "approximately", "yen", "money", 200000000000, "JPY", ""),
        ],
        "attributions": [
            ("N. Korea gaining combat edge from war in Russia", "sees",
             "Defense Ministry", MOD, "organisation", "Japan", "indirect"),
            ("North Korea's military has sharply improved its drone and artillery tactics by fighting alongside Russian troops",
             "according to", "an internal analysis by Japan's Defense Ministry", MOD, "organisation", "Japan", "according_to"),
            ("North Korean units that arrived in the Kursk region last autumn initially suffered heavy losses from Ukrainian drones but adapted quickly, moving in small teams and using their own drone spotters",
             "says", "The analysis", MOD, "organisation", "Japan", "indirect"),
            ("that Pyongyang has sent about 14,000 troops in total, including a second contingent of around 3,000 that arrived in January and February",
             "estimates", "It", MOD, "organisation", "Japan", "indirect"),
            ('the ministry was "paying close attention" to how the war experience might change North Korea\'s military',
             "Nakatani |said| the", "Defense Minister Gen Nakatani", "Gen Nakatani", "person", "Japan", "indirect"),
            ("The possibility that North Korea's capabilities will be enhanced through its cooperation with Russia cannot be ruled out,",
             "he |said|.", "he", "Gen Nakatani", "person", "Japan", "direct"),
            ("that it had sent troops to Russia", "acknowledged",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ('the units had "annihilated" Ukrainian forces and helped "liberate" Kursk on the orders of Kim Jong Un',
             "Korea |said| the units", "the Central Military Commission of the ruling Workers' Party of Korea",
             "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
            ('Russia would "never forget" the sacrifice of its soldiers', "saying",
             "Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("that about 4,700 North Korean soldiers had been killed or wounded, including some 600 deaths",
             "military |said| last month", "South Korea's military", SKMIL, "organisation", "South Korea", "indirect"),
            ("the greater worry for Japan was what happens when the soldiers go home", "general, |said| the",
             "Masaki Tokuda", TOKUDA, "person", "independent", "indirect"),
            ("Thousands of troops with real experience of drone warfare will return to a peninsula some 1,000 kilometers from Tokyo,",
             "Tokuda |said|.", "Tokuda", TOKUDA, "person", "independent", "direct"),
            ("No army in this region, including ours, has that.",
             "Tokuda |said|.", "Tokuda", TOKUDA, "person", "independent", "direct"),
            ("the analysis would be reflected in the annual defense white paper, due out in July",
             "official |said| the", "A senior ministry official", "senior Japanese Defense Ministry official", "group", "Japan", "indirect"),
            (KIMPROMISE, "promised", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            (KIMPROMISE, "reported", "state media", "North Korean state media", "media", "North Korea", "indirect"),
            (CONDEMN, "condemned", "Japan", "Japan", "government", "Japan", "indirect"),
            (CONDEMN, "condemned", "the United States", "United States", "government", "United States", "indirect"),
            (CONDEMN, "condemned", "South Korea", "South Korea", "government", "South Korea", "indirect"),
        ],
        "events": [
            ("on May 3", "2025-05-03", "2025-05-03", "day", True,
             "KCNA photo of Kim Jong Un visiting a memorial under construction released (photo caption)"),
            ("in late April", "2025-04-21", "2025-04-30", "month", True,
             "Japan's Defense Ministry compiled its internal analysis"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "North Korean units arrived in the Kursk region"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "A second North Korean contingent of around 3,000 arrived"),
            ("on May 2", "2025-05-02", "2025-05-02", "day", True,
             "Defense Minister Nakatani said the ministry was paying close attention (news conference)"),
            ("on April 28", "2025-04-28", "2025-04-28", "day", True,
             "Pyongyang acknowledged for the first time sending troops to Russia"),
            ("last month", "2025-04-01", "2025-04-30", "month", True,
             "South Korea's military said about 4,700 North Korean soldiers killed or wounded"),
            ("for fiscal 2025", "2025-04-01", "2026-03-31", "year", False,
             "Japan's record 8.7 trillion yen defense budget"),
            ("began |in April|,", "2025-04-01", "2025-04-30", "month", True,
             "Japan's fiscal 2025 began"),
            ("in July", "2025-07-01", "2025-07-31", "month", True,
             "Annual defense white paper due out, to reflect the analysis"),
        ],
    },
}
