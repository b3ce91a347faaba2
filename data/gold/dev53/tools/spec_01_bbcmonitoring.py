"""dev53_01: BBC Monitoring insight on Russian milbloggers, 28 November 2024 (Thursday).

Rows: figures (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]);
attributions (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ]);
events (pattern, date_start, date_end, granularity, relative, event[, occ]).
A pattern "left|span|right" is located by its unique context.
"""
D = "dev53_01_bbcmonitoring_milbloggers"
RYB = "Rybar"
SV = "Severny Veter"
SM = "Alexei Smirnov"
KOV = "Andriy Kovalenko"
B95 = "95th Air Assault Brigade"
ARK = "Denis Arkhipov"

DOCS = {D: {
"figures": [
    ("at least two assaults", 2, None, "at_least", "assault", "other", 2, "count", "Ukrainian officials"),
    ("more than 1.3 million subscribers", 1300000, None, "more_than", "subscriber", "other", 1300000, "count", ""),
    ("about 500 bayonets", 500, None, "approximately", "bayonet", "personnel", 500, "count", SV),
    ("14 villages", 14, None, "exact", "village", "other", 14, "count", SM),
    ("three civilians", 3, None, "exact", "civilian", "casualties", 3, "count", SM),
    ("about 2,300 families", 2300, None, "approximately", "family", "other", 2300, "count", SM),
    ("65,000-rouble", 65000, None, "exact", "rouble", "money", 65000, "RUB", SM),
    ("at least two Russian assaults", 2, None, "at_least", "assault", "other", 2, "count", KOV),
    ("about 40", 40, None, "approximately", "soldier", "casualties", 40, "count", B95),
    ("two armoured vehicles", 2, None, "exact", "armoured vehicle", "weapons", 2, "count", B95),
    ("some 150 pro-war channels", 150, None, "approximately", "channel", "other", 150, "count", ""),
],
"attributions": [
    ('North Korean troops now "on second line" in Kursk', "say", "Pro-war bloggers", "pro-war bloggers", "group", "Russia", "indirect"),
    ('"Korean comrades" are digging in near Plekhovo', "says", "Influential Rybar channel", RYB, "media", "Russia", "indirect"),
    ("North Koreans took part in at least two assaults this week", "claim", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
    ('dismissed it as a Ukrainian "fake"', "dismissed", "most of them", "pro-war bloggers", "group", "Russia", "indirect"),
    ('that North Korean units were holding positions "on the second line" near the village of Plekhovo, south of Sudzha, and were "learning to dig and to hide from drones"',
     "wrote", "The channel", RYB, "media", "Russia", "indirect"),
    ("Nobody is throwing them into assaults yet,", "said", "the post", RYB, "media", "Russia", "direct"),
    ("Whoever claims otherwise is doing the enemy's work for him.", "said", "the post", RYB, "media", "Russia", "direct"),
    ('that a North Korean battalion of "about 500 bayonets" had been "practically wiped out" by Ukrainian cluster munitions on the night of 24-25 November near Kremyanoye',
     "claimed", "It", SV, "media", "Russia", "indirect"),
    ("Ukrainian drones had struck 14 villages in the Glushkovo and Rylsk districts over the previous 24 hours, wounding three civilians",
     "said", "he", SM, "person", "Russia", "indirect"),
    ("that about 2,300 families from the border area were still waiting for the 65,000-rouble rent compensation promised in August",
     "added", "He", SM, "person", "Russia", "indirect"),
    ("that the backlog would be cleared by 20 December", "pledged", "He", SM, "person", "Russia", "indirect"),
    ("that North Korean infantry had taken part in at least two Russian assaults near Kremyanoye and Nizhny Klin earlier in the week",
     "wrote", "Andriy Kovalenko", KOV, "person", "Ukraine", "indirect"),
    ("They are being used as cannon fodder, exactly as we warned,", "wrote", "he", KOV, "person", "Ukraine", "direct"),
    ("showed North Korean soldiers crossing an open field in single file near Malaya Loknya", "said", "it", B95, "organisation", "Ukraine", "indirect"),
    ("that its drone operators had killed or wounded about 40 of them and destroyed two armoured vehicles", "claimed", "The brigade", B95, "organisation", "Ukraine", "indirect"),
    ('that Russia\'s cooperation with Pyongyang "is not directed against third countries"', "repeated", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ("that the change of tone looked co-ordinated", "told BBC Monitoring", "Denis Arkhipov", ARK, "person", "independent", "indirect"),
    ("Channels of this size rarely turn in the same direction on the same day by accident,", "said", "he", ARK, "person", "independent", "direct"),
    ('that a "green light" had probably come from the presidential administration earlier this month', "adding", "he", ARK, "person", "independent", "indirect"),
],
"events": [
    ("this week", "2024-11-25", "2024-12-01", "week", True, "North Koreans took part in at least two Russian assaults (Ukrainian officials' claim)"),
    ("on 26 November", "2024-11-26", "2024-11-26", "day", True, "Rybar published its post on 'our Korean comrades' holding the second line near Plekhovo"),
    ("on the night of 24-25 November", "2024-11-24", "2024-11-25", "day", True, "North Korean battalion 'practically wiped out' by Ukrainian cluster munitions near Kremyanoye (Severny Veter claim)"),
    ("By Wednesday evening", "2024-11-27", "2024-11-27", "day", True, "Severny Veter's post had been deleted"),
    ("on Tuesday evening", "2024-11-26", "2024-11-26", "day", True, "Smirnov's video address: drones struck 14 villages, three civilians wounded"),
    ("in August", "2024-08-01", "2024-08-31", "month", True, "65,000-rouble rent compensation promised to border families"),
    ("by 20 December", "2024-12-20", "2024-12-20", "day", True, "Deadline Smirnov pledged for clearing the compensation backlog"),
    ("Telegram |on Wednesday| that", "2024-11-27", "2024-11-27", "day", True, "Kovalenko wrote that North Korean infantry took part in at least two Russian assaults"),
    ("earlier in the week", "2024-11-25", "2024-11-27", "week", True, "North Korean infantry took part in Russian assaults near Kremyanoye and Nizhny Klin"),
    ("on Monday", "2024-11-25", "2024-11-25", "day", True, "95th Air Assault Brigade posted drone footage of North Korean soldiers near Malaya Loknya"),
    ("posts |on Wednesday|,", "2024-11-27", "2024-11-27", "day", True, "Peskov, asked about the posts, repeated that cooperation with Pyongyang is not directed against third countries"),
    ("earlier this month", "2024-11-01", "2024-11-27", "month", True, "A 'green light' probably came from the presidential administration (Arkhipov)"),
],
}}
