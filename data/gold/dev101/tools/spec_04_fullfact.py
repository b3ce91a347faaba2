# dev101_04: Full Fact, anchor 2025-05-15 (Thursday, manifest).
SMU = "social media users"
NIS = "National Intelligence Service (South Korea)"
MOD = "UK Ministry of Defence"
UKG = "UK government"

DOCS = {
    "dev101_04_fullfact_commons_answer": {
        "figures": [
            ("300 special forces soldiers", 300, None, "exact", "special forces soldier", "personnel", 300, "count", ""),
            ("300 British special forces soldiers", 300, None, "exact", "special forces soldier", "personnel", 300,
             "count", SMU),
            ("£45 million", 45e6, None, "exact", "", "money", 45e6, "GBP", SMU),
            ("more than 2,000 shares", 2000, None, "more_than", "share", "other", 2000, "count", ""),
            ("around 300 UK personnel", 300, None, "approximately", "personnel", "personnel", 300, "count",
             "Luke Pollard"),
            ("more than 48,000 Ukrainian recruits", 48000, None, "more_than", "recruit", "personnel", 48000, "count",
             UKG),
            ("about 14,000 soldiers", 14000, None, "approximately", "soldier", "personnel", 14000, "count", ""),
            ("around 4,200 North Korean soldiers", 4200, None, "approximately", "soldier", "casualties", 4200,
             "count", NIS),
            ("about 650 deaths", 650, None, "approximately", "death", "casualties", 650, "count", NIS),
        ],
        "attributions": [
            ("says |there are no British troops in Kursk|.", "says", "The Ministry of Defence", MOD,
             "organisation", "United Kingdom", "indirect"),
            ("that 300 British special forces soldiers are fighting North Korean troops in Kursk, at a cost to "
             "taxpayers of £45 million, and that the government confirmed this in Parliament last month",
             "claims", "A post shared on Facebook", SMU, "group", "independent", "indirect"),
            ("that “around 300 UK personnel” are currently deployed “in support of Operation Interflex”",
             "states", "It", "Luke Pollard", "person", "United Kingdom", "indirect"),
            ("Interflex has trained more than 48,000 Ukrainian recruits since it began in the summer of 2022",
             "according to", "government figures", UKG, "government", "United Kingdom", "according_to"),
            ("that the programme would continue next year, with training moving partly to Ukraine’s western "
             "neighbours",
             "government |said| in January", "The government", UKG, "government", "United Kingdom", "indirect"),
            ("There are no British troops in the Kursk region and there are no plans to send any. This claim is "
             "completely false.",
             "told Full Fact", "A Ministry of Defence spokesperson", MOD, "group", "United Kingdom", "direct"),
            ("the UK would “continue to stand with Ukraine”", "Healey |said| the UK",
             "Defence Secretary John Healey", "John Healey", "person", "United Kingdom", "indirect"),
            ("Pyongyang publicly acknowledged the deployment for the first time on 28 April",
             "publicly acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("its troops had helped Russia “liberate” Kursk", "media |said| its", "state media",
             "North Korean state media", "media", "North Korea", "indirect"),
            ("that around 4,200 North Korean soldiers had been killed or wounded, including about 650 deaths",
             "Service |said| earlier", "South Korea’s National Intelligence Service", NIS, "organisation",
             "South Korea", "indirect"),
            ("that its forces had retaken Sudzha, the largest town Ukraine had held in the region",
             "announced", "Russia’s General Staff", "General Staff of the Russian Armed Forces", "organisation",
             "Russia", "indirect"),
            ("that any of its units had been encircled there", "denied", "Kyiv", "Ukraine", "government",
             "Ukraine", "indirect"),
        ],
        "events": [
            ("last month", "2025-04-01", "2025-04-30", "month", True,
             "The government allegedly confirmed British troops in Kursk in Parliament (claim in the post)"),
            ("on 24 April", "2025-04-24", "2025-04-24", "day", True,
             "Defence minister Luke Pollard gave the written parliamentary answer"),
            ("since 2022", "2022-01-01", "2025-05-15", "open", True,
             "Operation Interflex has trained Ukrainian recruits on British soil"),
            ("in the summer of 2022", "2022-06-01", "2022-08-31", "season", False, "Operation Interflex began"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "UK government said Interflex would continue next year"),
            ("next year", "2026-01-01", "2026-12-31", "year", True,
             "Interflex to continue, training moving partly to Ukraine's neighbours"),
            ("on Tuesday", "2025-05-13", "2025-05-13", "day", True,
             "John Healey speech: UK would continue to stand with Ukraine"),
            ("since last autumn", "2024-09-01", "2025-05-15", "open", True,
             "North Korea sent about 14,000 soldiers to Russia"),
            ("on 28 April", "2025-04-28", "2025-04-28", "day", True,
             "Pyongyang publicly acknowledged the deployment for the first time"),
            ("earlier this month", "2025-05-01", "2025-05-14", "month", True,
             "NIS said around 4,200 North Korean soldiers had been killed or wounded"),
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "Russia's General Staff announced its forces had retaken Sudzha"),
        ],
    }
}
