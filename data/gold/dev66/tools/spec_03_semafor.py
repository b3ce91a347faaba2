"""dev66_03_semafor_captives: Semafor Flagship, published Tue 2025-01-14 (anchor 2025-01-14).

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
events:       (span, date_start, date_end, granularity, relative, event[, occ])
"""
NIS = "National Intelligence Service (South Korea)"
SBU = "Security Service of Ukraine"
EUO = "European officials"

DOCS = {
    "dev66_03_semafor_captives": {
        "figures": [
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Ukraine"),
            ("About 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("about 11,000 soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", NIS),
            ("roughly 120 self-propelled howitzers", 120, None, "approximately", "self-propelled howitzer", "weapons", 120, "count", NIS),
            ("dozens of multiple rocket launchers", 24, None, "vague", "multiple rocket launcher", "weapons", 24, "count", NIS),
            ("about 3,800 soldiers", 3800, None, "approximately", "soldier", "casualties", 3800, "count", "Armed Forces of Ukraine"),
            ("€3 billion", 3e9, None, "exact", "", "money", 3e9, "EUR", "Ministry of Finance (Ukraine)"),
            ("49 Ukrainian drones", 49, None, "exact", "drone", "weapons", 49, "count", "Russian Defense Ministry"),
        ],
        "attributions": [
            ("it had captured two North Korean soldiers in Russia's Kursk region", "said", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
            ("Kyiv was ready to hand them over to Kim Jong Un if Pyongyang could arrange an exchange for Ukrainians held in Russia",
             "said", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("One of the men told interrogators he had believed he was being sent on a training exercise, not to war",
             "according to", "Ukraine's SBU security service", SBU, "organisation", "Ukraine", "according_to"),
            ("he had believed he was being sent on a training exercise, not to war", "told interrogators", "One of the men", "captured North Korean soldier", "group", "North Korea", "indirect"),
            ("the soldiers were taken by paratroopers and special forces on Jan. 9", "said", "Ukraine's SBU security service", SBU, "organisation", "Ukraine", "indirect"),
            ("it has never publicly acknowledged sending troops", "has never publicly acknowledged", "it", "North Korea", "government", "North Korea", "indirect"),
            ("lawmakers there have urged the government to seek the men's transfer if they ask to go south", "urged", "lawmakers there", "South Korean lawmakers", "group", "South Korea", "indirect"),
            ("About 300 North Korean soldiers have been killed and 2,700 wounded in Kursk", "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("Memos found on dead soldiers showed they had been told to kill themselves rather than be taken prisoner", "said", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("that a soldier facing capture had tried to set off a grenade", "adding", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("the NIS believes Pyongyang is preparing to send more troops", "said", "Lawmaker Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("Pyongyang is preparing to send more troops", "believes", "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("Its estimate of the total force, about 11,000 soldiers, has not changed since November", "estimate", "Its", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang had shipped roughly 120 self-propelled howitzers and dozens of multiple rocket launchers to Russia since the fall", "said", "The agency", NIS, "organisation", "South Korea", "indirect"),
            ("the North Koreans are learning fast", "say", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
            ("In December they walked into our drones in columns. Now they scatter, they hide, they wait,", "told Semafor", "a drone unit commander near Sudzha", "Ukrainian drone unit commander", "group", "Ukraine", "direct"),
            ("Ukraine's military puts Pyongyang's losses higher, at about 3,800 soldiers", "puts", "Ukraine's military", "Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
            ("Chinese officials have privately told European diplomats that they are uneasy about North Korea's role in the war",
             "said", "European officials familiar with the conversations", EUO, "group", "EU", "indirect"),
            ("that they are uneasy about North Korea's role in the war", "told", "Chinese officials", "Chinese officials", "group", "China", "indirect"),
            ("Beijing does not like surprises on its border,", "one of them |said|.", "one of them", EUO, "group", "EU", "direct"),
            ('it had "no information" about the captured soldiers', "said", "China's foreign ministry", "Chinese Foreign Ministry", "organisation", "China", "indirect"),
            ("Japan and South Korea agreed to share intelligence on North Korean troop movements in Russia", "said", "Takeshi Iwaya", "Takeshi Iwaya", "person", "Japan", "indirect"),
            ("Japan and South Korea agreed to share intelligence on North Korean troop movements in Russia", "said", "Cho Tae-yul", "Cho Tae-yul", "person", "South Korea", "indirect"),
            ("The EU is preparing a 16th sanctions package aimed at Russia's \"shadow fleet\" and at North Korean entities supplying Moscow", "said", "diplomats", "EU diplomats", "group", "EU", "indirect"),
            ("Ukraine received €3 billion this month from a G7 loan backed by frozen Russian assets", "finance ministry |said|.", "its finance ministry", "Ministry of Finance (Ukraine)", "organisation", "Ukraine", "indirect"),
            ("its air defenses downed 49 Ukrainian drones over Kursk and neighboring regions on Sunday", "said", "Russia's defense ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
        ],
        "events": [
            ("last fall", "2024-09-01", "2024-11-30", "season", True, "North Korean troops joined the fighting in Kursk"),
            ("pair |on Sunday| and", "2025-01-12", "2025-01-12", "day", True, "Zelensky posted video of the two captured North Korean soldiers"),
            ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True, "Two North Korean soldiers captured by Ukrainian paratroopers and special forces"),
            ("lawmakers |on Monday|, in", "2025-01-13", "2025-01-13", "day", True, "NIS told lawmakers about 300 North Korean soldiers killed and 2,700 wounded"),
            ("since November", "2024-11-01", "2025-01-14", "open", True, "NIS estimate of about 11,000 North Korean soldiers in Russia unchanged"),
            ("since the fall", "2024-09-01", "2025-01-14", "open", True, "North Korea shipped about 120 self-propelled howitzers and dozens of MRLs to Russia"),
            ("In December", "2024-12-01", "2024-12-31", "month", True, "North Korean troops walked into Ukrainian drones in columns"),
            ("said |Monday| it had", "2025-01-13", "2025-01-13", "day", True, "Chinese foreign ministry said it had no information about the captured soldiers"),
            ("Seoul |on Monday|", "2025-01-13", "2025-01-13", "day", True, "Iwaya and Cho agreed in Seoul to share intelligence on North Korean troops in Russia"),
            ("this month", "2025-01-01", "2025-01-31", "month", True, "Ukraine received €3 billion from the G7 loan backed by frozen Russian assets"),
            ("regions |on Sunday|", "2025-01-12", "2025-01-12", "day", True, "Russian air defenses downed 49 Ukrainian drones over Kursk and neighbouring regions"),
        ],
    },
}
