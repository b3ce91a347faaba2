"""dev19_01 The Irish Times, published Fri 8 Nov 2024 (anchor 2024-11-08; week Mon 4 - Sun 10 Nov)."""
NIS = "National Intelligence Service (South Korea)"
D = "dev19_01_irishtimes_first_clashes"
DOCS = {D: {
    "figures": [
        # pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]
        ("up to 11,000 North Korean soldiers", 11000, None, "at_most", "soldier", "personnel", 11000, "count", "Rustem Umerov"),
        ("20 to 30", 20, 30, "range", "soldier", "personnel", 20, "count", "Oleh Dvornyk"),
        ("as many as 11,000 North Korean troops", 11000, None, "at_most", "troop", "personnel", 11000, "count", "Rustem Umerov"),
        ("about 1,300sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", "Ukraine"),
        ("about 8,000", 8000, None, "approximately", "soldier", "personnel", 8000, "count", "Antony Blinken"),
        ("between 10,000 and 12,000 troops", 10000, 12000, "range", "troop", "personnel", 10000, "count", "Pentagon"),
        ("more than a million men", 1000000, None, "more_than", "man", "personnel", 1000000, "count", "Aoife Brennan"),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", NIS),
        ("€1,860", 1860, None, "exact", "", "money", 1860, "EUR", NIS),
        ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", NIS),
        ("almost 500 square miles", 500, None, "approximately", "square mile", "territory", 1294.994, "km2", "Institute for the Study of War"),
    ],
    "attributions": [
        # content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ]
        ("its forces have clashed with North Korean troops for first time", "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("up to 11,000 North Korean soldiers are now in Russia’s Kursk region", "says", "Defence minister", "Rustem Umerov", "person", "Ukraine", "indirect"),
        ("Dublin calls for tougher sanctions", "calls for", "Dublin", "Ireland", "government", "Ireland", "indirect"),
        ("Ukrainian forces have exchanged fire with North Korean soldiers in Russia’s Kursk region", "said", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("The first small-scale engagements took place on Monday", "told", "defence minister Rustem Umerov", "Rustem Umerov", "person", "Ukraine", "indirect"),
        ("that the North Korean units had not yet been committed to the fighting in large numbers", "adding", "defence minister Rustem Umerov", "Rustem Umerov", "person", "Ukraine", "indirect"),
        ("They come in groups of 20 to 30, on foot, across open fields,", "” |said| Lt Col", "Lt Col Oleh Dvornyk", "Oleh Dvornyk", "person", "Ukraine", "direct"),
        ("Our drones see them long before they see us.", "” |said| Lt Col", "Lt Col Oleh Dvornyk", "Oleh Dvornyk", "person", "Ukraine", "direct"),
        ("as many as 11,000 North Korean troops had been moved to the Kursk region", "said", "Mr Umerov", "Rustem Umerov", "person", "Ukraine", "indirect"),
        ("control of about 1,300sq km of the region", "claimed", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("about 8,000 of the North Korean soldiers in Russia had reached the border area", "said", "US secretary of state Antony Blinken", "Antony Blinken", "person", "United States", "indirect"),
        ("the overall contingent at between 10,000 and 12,000 troops", "estimated", "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
        ("that North Korean soldiers are on Russian soil", "neither confirmed nor denied", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ("that Russia’s co-operation with Pyongyang was “not directed against third countries”", "told reporters", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ("a grave and dangerous escalation", "described", "Tánaiste and Minister for Foreign Affairs Micheál Martin", "Micheál Martin", "person", "Ireland", "direct"),
        ("Ireland would back further EU sanctions against North Korean officials", "said", "Tánaiste and Minister for Foreign Affairs Micheál Martin", "Micheál Martin", "person", "Ireland", "indirect"),
        ("Nobody in Dublin or Brussels should imagine this is a distant, regional matter,", "said", "he", "Micheál Martin", "person", "Ireland", "direct"),
        ("that the Government had raised the matter with the Russian ambassador", "added", "Mr Martin", "Micheál Martin", "person", "Ireland", "indirect"),
        ("You have an army of more than a million men that has not fought a war since 1953, and now it is getting a drone-warfare education paid for by Moscow,", "said", "Dr Aoife Brennan", "Aoife Brennan", "person", "independent", "direct"),
        ("the North Korean soldiers, many of them thought to be aged between 18 and 25, were likely to be rotated home after several months, taking that experience with them", "said", "She", "Aoife Brennan", "person", "independent", "indirect"),
        ("Moscow is paying about $2,000 (€1,860) a month for each North Korean soldier", "According to", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "according_to"),
        ("Pyongyang has also shipped more than 13,000 containers of artillery shells and rockets to Russia since August 2023", "said", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("Russian forces, meanwhile, captured almost 500 square miles of Ukrainian territory in October", "according to", "the US-based Institute for the Study of War", "Institute for the Study of War", "organisation", "independent", "according_to"),
    ],
    "events": [
        # pattern, date_start, date_end, granularity, relative, event[, occ]
        ("this week", "2024-11-04", "2024-11-10", "week", True, "Kyiv said Ukrainian forces had exchanged fire with North Korean soldiers in Kursk"),
        ("on Monday", "2024-11-04", "2024-11-04", "day", True, "First small-scale engagements between Ukrainian and North Korean troops"),
        ("on Tuesday", "2024-11-05", "2024-11-05", "day", True, "Rustem Umerov told KBS about the first clashes with North Korean units"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukraine launched its surprise cross-border incursion into Kursk"),
        ("last week", "2024-10-28", "2024-11-03", "week", True, "Blinken said about 8,000 North Korean soldiers had reached the border area"),
        ("On Thursday", "2024-11-07", "2024-11-07", "day", True, "Peskov told reporters Russia's co-operation with Pyongyang was not directed against third countries"),
        ("on November 18th", "2024-11-18", "2024-11-18", "day", True, "Micheál Martin due to meet EU counterparts in Brussels"),
        ("since 1953", "1953-01-01", "2024-11-08", "open", True, "North Korea's army has not fought a war"),
        ("since August 2023", "2023-08-01", "2024-11-08", "open", True, "North Korea shipped more than 13,000 containers of shells and rockets to Russia"),
        ("last month", "2024-10-01", "2024-10-31", "month", True, "NIS said North Korea had shipped more than 13,000 containers of munitions"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "Russian forces captured almost 500 square miles of Ukrainian territory"),
    ],
}}
