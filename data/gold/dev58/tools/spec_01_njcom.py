"""dev58_01_njcom_bergen: NJ.com (The Star-Ledger), published Wed 2024-10-30 (anchor).

Figure rows: (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
Attribution rows: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
Event rows: (span, date_start, date_end, granularity, relative, event[, occurrence])
A span 'left|span|right' is located by its unique context.
"""
D = "dev58_01_njcom_bergen"

PENTAGON = ("that about 10,000 North Korean soldiers had been sent to eastern Russia for training and that some "
            "were already moving toward the Kursk region, where Ukrainian forces have held a slice of Russian "
            "territory since August")

DOCS = {D: {
    "figures": [
        ("about 10,000 North Korean soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Pentagon"),
        ("more than 60,000 Korean Americans", 60000, None, "more_than", "korean american", "other", 60000, "count", ""),
        ("about 20 miles", 20, None, "approximately", "mile", "territory", 32.18688, "km", "Oksana Hrytsenko"),
        ("more than $48,000", 48000, None, "more_than", "", "money", 48000, "USD",
         "Holy Protection Ukrainian Orthodox Church parish council"),
        ("120 first-aid kits", 120, None, "exact", "first-aid kit", "other", 120, "count", ""),
        ("as many as 30,000 soldiers", 30000, None, "at_most", "soldier", "personnel", 30000, "count", "Mi-rae Son"),
        ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Mi-rae Son"),
    ],
    "attributions": [
        (PENTAGON, "said", "The Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        ("that North Korean units had been deployed to Kursk", "confirmed",
         "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
        ("a significant escalation.", "calling", "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "direct"),
        ("People here carry stories from both sides of the DMZ, and now young North Korean men are being shipped off to die for Putin,",
         "|said| the Rev.", "the Rev. Daniel Kwon", "Daniel Kwon", "person", "independent", "direct"),
        ("the deployment dominated conversation after services Sunday", "said",
         "the Rev. Daniel Kwon", "Daniel Kwon", "person", "independent", "indirect"),
        ("Our grandparents fled that regime. It is painful to watch.", "|said| the Rev.",
         "the Rev. Daniel Kwon", "Daniel Kwon", "person", "independent", "direct"),
        ("Rep. Josh Gottheimer, D-5th Dist., whose district includes Fort Lee, called on the Biden administration Tuesday "
         "to “stop tiptoeing” and let Ukraine strike North Korean staging areas with American long-range weapons",
         "called on", "Rep. Josh Gottheimer", "Josh Gottheimer", "person", "United States", "indirect"),
        ("Kim Jong Un is renting out his army to Vladimir Putin, and every one of those soldiers is now a combatant in Putin’s war,",
         "said", "Gottheimer", "Josh Gottheimer", "person", "United States", "direct"),
        ("the deployment was “a wake-up call” for families with relatives near the inter-Korean border",
         "told NJ Advance Media", "Rep. Andy Kim", "Andy Kim", "person", "United States", "indirect"),
        ("it showed how close Pyongyang and Moscow have grown since they signed a mutual defense treaty in June",
         "said", "Kim", "Andy Kim", "person", "United States", "indirect"),
        ("For two and a half years our people have been fighting the second-largest army in the world. "
         "Now they have to fight a third country’s soldiers, too,",
         "said", "Oksana Hrytsenko", "Oksana Hrytsenko", "person", "independent", "direct"),
        ("Her nephew, she said, flies reconnaissance drones near Sumy, about 20 miles from the Russian border",
         "said", "she", "Oksana Hrytsenko", "person", "independent", "indirect"),
        ("Parishioners at Holy Protection Ukrainian Orthodox Church in Clifton have raised more than $48,000 since "
         "February 2022 for tourniquets, generators and drones",
         "said", "the parish council", "Holy Protection Ukrainian Orthodox Church parish council", "organisation",
         "independent", "indirect"),
        ("that Pyongyang could rotate as many as 30,000 soldiers through Russia within a year", "estimated",
         "Mi-rae Son", "Mi-rae Son", "person", "independent", "indirect"),
        ("Kim gets combat experience and hard currency, roughly $2,000 a month per soldier,", "said",
         "Son", "Mi-rae Son", "person", "independent", "direct"),
        ("Putin gets bodies.", "said", "Son", "Mi-rae Son", "person", "independent", "direct"),
        ("he never expected to see North Korean infantry in Europe", "said",
         "Sam Yoo", "Sam Yoo", "person", "independent", "indirect"),
        ("I thought I had seen the last of them in 1953,", "said", "Yoo", "Sam Yoo", "person", "independent", "direct"),
    ],
    "events": [
        ("Palisades Park |on Tuesday|.", "2024-10-29", "2024-10-29", "day", True,
         "Photo caption: shoppers on Broad Avenue in Palisades Park"),
        ("this week", "2024-10-28", "2024-11-03", "week", True,
         "The war in Ukraine became a Korean story on Broad Avenue, Palisades Park"),
        ("Pentagon said |Monday| that", "2024-10-28", "2024-10-28", "day", True,
         "The Pentagon said about 10,000 North Korean soldiers were sent to eastern Russia, some moving toward Kursk"),
        ("since August", "2024-08-01", "2024-10-30", "open", True,
         "Ukrainian forces have held a slice of Russian territory in the Kursk region"),
        ("the same day", "2024-10-28", "2024-10-28", "day", True,
         "Mark Rutte confirmed North Korean units had been deployed to Kursk"),
        ("after services |Sunday|.", "2024-10-27", "2024-10-27", "day", True,
         "The deployment dominated conversation after church services (Hanbit Presbyterian, Fort Lee)"),
        ("administration |Tuesday| to", "2024-10-29", "2024-10-29", "day", True,
         "Josh Gottheimer called on the Biden administration to let Ukraine strike North Korean staging areas"),
        ("in June", "2024-06-01", "2024-06-30", "month", True,
         "Pyongyang and Moscow signed a mutual defense treaty"),
        ("since February 2022", "2022-02-01", "2024-10-30", "open", True,
         "Holy Protection parishioners in Clifton raised more than $48,000 for tourniquets, generators and drones"),
        ("next month", "2024-11-01", "2024-11-30", "month", True,
         "Holy Protection youth group will ship 120 first-aid kits to Kharkiv"),
        ("Ukraine |on Sunday|.", "2024-11-03", "2024-11-03", "day", True,
         "Holy Protection church will hold a prayer service for Ukraine"),
        ("in 1950", "1950-01-01", "1950-12-31", "year", False,
         "Sam Yoo fought along the Nakdong River as a South Korean conscript"),
        ("in 1953", "1953-01-01", "1953-12-31", "year", False,
         "Sam Yoo thought he had seen the last of North Korean troops (end of the Korean War)"),
    ],
}}
