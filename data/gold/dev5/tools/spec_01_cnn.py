# dev5_01_cnn_kursk_casualties -- CNN, published 2024-12-17 (Tuesday)
# Row formats (read by build_gold.py):
#   figures:      (pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
#   attributions: (pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
#   events:       (pattern, date_start, date_end, granularity, relative, event[, occurrence])
# A pattern "left|span|right" is located by its unique context; a plain pattern must be unique.
# Not annotated (page furniture): section line, byline, read time, "Updated ..." stamp, photo caption and
# credit, dateline, contributor line, "Related" links, newsletter prompt, copyright footer.

D = "dev5_01_cnn_kursk_casualties"
USOFF = "senior U.S. military official"
NIS = "National Intelligence Service (South Korea)"

DOCS = {D: {
    "figures": [
        ("troops suffer |hundreds of casualties| in first weeks", 100, None, "vague", "casualty", "casualties", 100, "count", "United States"),
        ("Hundreds of North Korean soldiers", 100, None, "vague", "soldier", "casualties", 100, "count", USOFF),
        ("seeing |hundreds of casualties|, killed", 100, None, "vague", "casualty", "casualties", 100, "count", USOFF),
        ("more than 200 men", 200, None, "more_than", "man", "casualties", 200, "count", "Defence Intelligence of Ukraine"),
        ("About 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "U.S. intelligence"),
        ("13,000 containers", 13000, None, "exact", "container", "weapons", 13000, "count", NIS),
        ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Daniel Okafor-Reyes"),
        ("tens of thousands more soldiers", 10000, None, "vague", "soldier", "personnel", 10000, "count", "Volodymyr Zelensky"),
    ],
    "attributions": [
        ("North Korean troops suffer hundreds of casualties in first weeks of Kursk fighting", "says",
         "US", "United States", "government", "United States", "indirect"),
        ("Hundreds of North Korean soldiers fighting for Russia in the Kursk region have been killed or wounded since they were thrown into combat earlier this month",
         "told CNN", "a senior US military official", USOFF, "group", "United States", "indirect"),
        ("We are seeing hundreds of casualties, killed and wounded, across a pretty short window,", "the official |said|, speaking",
         "the official", USOFF, "group", "United States", "direct"),
        ("That tells you something about how they are being used.", "the official |said|, speaking",
         "the official", USOFF, "group", "United States", "direct"),
        ("North Korean infantry had been used in “mass assaults” on Ukrainian positions since December 9, often advancing on foot across open fields without armored support",
         "The official |said| North Korean", "The official", USOFF, "group", "United States", "indirect"),
        ("feeding men into a grinder.", "likened",
         "one Western diplomat in Seoul", "Western diplomat", "group", "West", "direct"),
        ("that North Korean units had lost more than 200 men in two days of fighting near the village of Plekhovo", "said",
         "Ukraine’s military intelligence agency", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("the Pentagon was “not in a position to confirm” specific numbers but had “no reason to doubt” that North Korean forces were taking losses",
         "he |said| the Pentagon", "he", "Pat Ryder", "person", "United States", "indirect"),
        ("About 11,000 North Korean troops are in the Kursk region", "according to",
         "US intelligence estimates", "U.S. intelligence", "organisation", "United States", "according_to"),
        ("that Pyongyang had also shipped 13,000 containers of artillery shells, rockets and other munitions to Russia since August 2023 and was preparing to send more",
         "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("both capitals see the arrangement as worth the cost", "say",
         "Analysts", "analysts", "group", "independent", "indirect"),
        ("Pyongyang is paying in blood for technology it can’t get anywhere else,", "said",
         "Daniel Okafor-Reyes", "Daniel Okafor-Reyes", "person", "independent", "direct"),
        ("Moscow is reportedly handing over roughly $2,000 a month per soldier, but the real currency is missile and satellite know-how.",
         "else,” |said| Daniel", "Daniel Okafor-Reyes", "Daniel Okafor-Reyes", "person", "independent", "direct"),
        ("Russia was throwing North Koreans into “mass assaults”", "said",
         "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("that Pyongyang could send tens of thousands more soldiers if the world did not respond", "warned",
         "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("that questions about military cooperation with Pyongyang should be addressed to the Defense Ministry", "telling reporters",
         "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ],
    "events": [
        ("into combat |earlier this month|, a senior", "2024-12-01", "2024-12-16", "month", True,
         "North Korean soldiers were thrown into combat in Kursk"),
        ("told CNN |on Tuesday|, the first", "2024-12-17", "2024-12-17", "day", True,
         "A senior US military official told CNN hundreds of North Korean soldiers had been killed or wounded"),
        ("since December 9", "2024-12-09", "2024-12-17", "open", True,
         "North Korean infantry used in mass assaults on Ukrainian positions"),
        ("said |Sunday| that North Korean", "2024-12-15", "2024-12-15", "day", True,
         "HUR said North Korean units had lost more than 200 men near Plekhovo"),
        ("at a briefing |Monday|, he said", "2024-12-16", "2024-12-16", "day", True,
         "Pat Ryder said the Pentagon could not confirm figures but had no reason to doubt North Korean losses"),
        ("last month", "2024-11-01", "2024-11-30", "month", True,
         "South Korea's NIS told lawmakers Pyongyang had shipped 13,000 containers of munitions to Russia"),
        ("since August 2023", "2023-08-01", "2024-12-17", "open", True,
         "North Korea shipped 13,000 containers of artillery shells, rockets and munitions to Russia"),
        ("in June", "2024-06-01", "2024-06-30", "month", True,
         "North Korea and Russia signed a mutual defense treaty"),
        ("entered into force |earlier this month| after", "2024-12-01", "2024-12-16", "month", True,
         "The North Korea-Russia mutual defense treaty entered into force"),
        ("video address |Monday|, Ukrainian", "2024-12-16", "2024-12-16", "day", True,
         "Zelensky said Russia was throwing North Koreans into mass assaults"),
        ("declined to comment |on Tuesday| when", "2024-12-17", "2024-12-17", "day", True,
         "Kremlin spokesman Peskov declined to comment on North Korean casualty figures"),
        ("since 1953", "1953-01-01", "2024-12-17", "open", True,
         "North Korea's military has not fought a war"),
    ],
}}
