# dev61_01_guardian_notebook -- The Guardian, The long read, Tue 11 Mar 2025 (anchor 2025-03-11)
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
KIM = "Kim Ha-neul"

DOCS = {"dev61_01_guardian_notebook": {
    "figures": [
        ("roughly 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", HUR),
        ("more than 200 North Korean dead", 200, None, "more_than", "dead", "casualties", 200, "count", "Ukrainian paratrooper officer"),
        ("some 600 North Koreans", 600, None, "approximately", "north korean", "casualties", 600, "count", NIS),
        ("3,400", 3400, None, "exact", "north korean", "casualties", 3400, "count", NIS),
        ("at least 14,000 men", 14000, None, "at_least", "man", "personnel", 14000, "count", KIM),
        ("some 3,000 replacements", 3000, None, "approximately", "replacement", "personnel", 3000, "count", KIM),
        ("more than 200 long-range artillery pieces", 200, None, "more_than", "artillery piece", "weapons", 200, "count", KIM),
        ("estimated 9m shells", 9000000, None, "approximately", "shell", "weapons", 9000000, "count", KIM),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", KIM),
    ],
    "attributions": [
        ("Mother, do not worry,", "begins", "it", "Ri", "person", "North Korea", "direct"),
        ("We are only going to study.", "begins", "it", "Ri", "person", "North Korea", "direct"),
        ("he was one of roughly 11,000 North Korean soldiers moved west in the autumn of 2024 to help Vladimir Putin’s army push Ukrainian troops out of the Kursk region, which Kyiv had stormed in August",
         "According to", "Ukraine’s military intelligence", HUR, "organisation", "Ukraine", "according_to"),
        ("Russian instructors “shout at us and then give us chocolate”", "wrote", "he", "Ri", "person", "North Korea", "indirect"),
        ("that his battalion reached the Kursk front in late November, folded into a Russian marine brigade, its men issued with papers identifying them as Buryats from Siberia",
         "records", "The notebook", "Ri", "person", "North Korea", "indirect"),
        ("the North Koreans attacked in lines across open fields, often without drone cover", "according to",
         "Ukrainian commanders who fought them", "Ukrainian commanders", "group", "Ukraine", "according_to"),
        ("Between 14 and 16 December, a Ukrainian paratrooper officer told me, his brigade counted more than 200 North Korean dead around Plekhovo and Vorozhba alone",
         "told me", "a Ukrainian paratrooper officer", "Ukrainian paratrooper officer", "group", "Ukraine", "indirect"),
        ("that some 600 North Koreans had been killed and 3,400 wounded", "estimated",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("the survivors had been pulled back from the front since mid-January", "said",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("that the losses were “far beyond what Pyongyang expected”", "told reporters", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
        ("What strikes me is how little he knew,", "said", "she", KIM, "person", "independent", "direct"),
        ("He doesn’t know what country he is in until the fourth week.", "said", "she", KIM, "person", "independent", "direct"),
        ("North Korea has now rotated at least 14,000 men through Russia, including some 3,000 replacements sent in January and February, along with more than 200 long-range artillery pieces and an estimated 9m shells",
         "By her count", "her", KIM, "person", "independent", "according_to"),
        ("Pyongyang is paid for every one of them – about $2,000 a month per soldier, most of which never reaches the men",
         "believes", "She", KIM, "person", "independent", "indirect"),
        ("that a single North Korean fought in Kursk", "has never confirmed", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ("he had “nothing to add” to earlier statements", "said", "Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ],
    "events": [
        ("in December", "2024-12-01", "2024-12-31", "month", True, "Ri's notebook recovered near Plekhovo in the Kursk region (photo caption)"),
        ("on 16 December", "2024-12-16", "2024-12-16", "day", True, "Ukrainian paratroopers took the notebook from a dead North Korean soldier outside Plekhovo"),
        ("in the autumn of 2024", "2024-09-01", "2024-11-30", "season", False, "About 11,000 North Korean soldiers moved west to help push Ukrainian troops out of Kursk"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "Kyiv stormed the Kursk region"),
        ("in early October", "2024-10-01", "2024-10-10", "month", True, "Ri's unit left Pyongyang by train for Russia"),
        ("in late November", "2024-11-21", "2024-11-30", "month", True, "Ri's battalion reached the Kursk front, folded into a Russian marine brigade"),
        ("Between 14 and 16 December", "2024-12-14", "2024-12-16", "day", True, "A Ukrainian paratrooper brigade counted more than 200 North Korean dead around Plekhovo and Vorozhba"),
        ("on 19 February", "2025-02-19", "2025-02-19", "day", True, "NIS closed briefing to lawmakers: some 600 North Koreans killed, 3,400 wounded"),
        ("since mid-January", "2025-01-11", "2025-03-11", "open", True, "North Korean survivors pulled back from the front"),
        ("in February", "2025-02-01", "2025-02-28", "month", True, "The author met Kim Ha-neul in a cafe near Yongsan station"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Some 3,000 North Korean replacements sent to Russia"),
        ("last week", "2025-03-03", "2025-03-09", "week", True, "Peskov, asked about Ri's notebook, said he had nothing to add"),
        ("on 15 December", "2024-12-15", "2024-12-15", "day", True, "Ri wrote the last entry in his notebook"),
    ],
}}
