# dev67_06_kna_defensecommittee: National Assembly of the Republic of Korea, National Defense Committee minutes
# (unofficial English translation), Tuesday September 16, 2025 (anchor 2025-09-16)
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])
# Turn content runs from the first word after "○ <label>: " to the end of the turn (the Minister's first turn has
# two paragraphs and is one row); the cue is the label as printed.

D = "dev67_06_kna_defensecommittee"
KR = "South Korea"
AHN, YU, KIM, HWANG = "Ahn Gyu-back", "Yu Yong-weon", "Kim Byung-joo", "Hwang Dong-su"
MIN = "Minister of National Defense Ahn Gyu-back"
DIR = "Director of Intelligence, Joint Chiefs of Staff, Lt. Gen. Hwang Dong-su"
KIDA = "Korea Institute for Defense Analyses"
HAN = "Han Ji-woo"

FIGURES = [
    ("around 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", AHN),
    ("about 6,000 engineering troops", 6000, None, "approximately", "engineering troop", "personnel", 6000, "count", AHN),
    ("approximately 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", AHN),
    ("at least 2,700 North Korean soldiers", 2700, None, "at_least", "soldier", "casualties", 2700, "count",
     "National Intelligence Service (South Korea)"),
    ("some 29 trillion won", 29e12, None, "approximately", "won", "money", 29e12, "KRW", KIDA),
    ("about US$21 billion", 21e9, None, "approximately", "", "money", 21e9, "USD", KIDA),
    ("dozens of attack drones", 24, None, "vague", "attack drone", "weapons", 24, "count", HWANG),
    ("at least two Pantsir air defense systems", 2, None, "at_least", "air defense system", "weapons", 2, "count",
     "Defence Intelligence of Ukraine"),
    ("1,000 North Korean deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Russian state media"),
    ("around 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", AHN),
]

ATTRIBUTIONS = [
    # speech turns; the Chairperson's procedural lines and "(Some members: ...)" are not rows
    (("Good morning. I am Minister", "in the coming months."), "○ |Minister of National Defense Ahn Gyu-back|: Good morning",
     MIN, AHN, "person", KR, "direct"),
    (("Minister, the National Intelligence Service told", "Which is correct?"), "○ |Member Yu Yong-weon|: Minister,",
     "Member Yu Yong-weon", YU, "person", KR, "direct"),
    (("The difference comes from methodology.", "point in the same direction."),
     "○ |Minister of National Defense Ahn Gyu-back|: The difference", MIN, AHN, "person", KR, "direct"),
    (("Then let me ask about the money.", "Does the ministry agree?"), "○ |Member Yu Yong-weon|: Then",
     "Member Yu Yong-weon", YU, "person", KR, "direct"),
    (("We regard that as a reasonable estimate.", "oil, food and military technology."),
     "○ |Minister of National Defense Ahn Gyu-back|: We regard", MIN, AHN, "person", KR, "direct"),
    (("I would like to ask the Director of Intelligence", "received in return?"), "○ |Member Kim Byung-joo|: I would",
     "Member Kim Byung-joo", KIM, "person", KR, "direct"),
    (("North Korea has clearly absorbed lessons", "We have not confirmed that independently."),
     "○ |" + DIR + "|: North Korea", DIR, HWANG, "person", KR, "direct"),
    ("So the North's military is stronger now than before.", "○ |Member Kim Byung-joo|: So",
     "Member Kim Byung-joo", KIM, "person", KR, "direct"),
    ("In certain areas, yes.", "○ |" + DIR + "|: In certain", DIR, HWANG, "person", KR, "direct"),
    (("Minister, Russian state media reported", "Has the ministry confirmed this?"), "○ |Member Han Ji-woo|: Minister",
     "Member Han Ji-woo", HAN, "person", KR, "direct"),
    (("We are aware of the report.", "where they are deployed."), "○ |Minister of National Defense Ahn Gyu-back|: We are",
     MIN, AHN, "person", KR, "direct"),
    # statements reported inside the turns
    ("that at least 2,700 North Korean soldiers had been killed", "told", "the National Intelligence Service",
     "National Intelligence Service (South Korea)", "organisation", KR, "indirect"),
    ("that Pyongyang has earned some 29 trillion won, or about US$21 billion, from its cooperation with Russia since 2023",
     "estimated", "The Korea Institute for Defense Analyses", KIDA, "organisation", KR, "indirect"),
    ("that Russia has handed over at least two Pantsir air defense systems to protect Pyongyang", "claims",
     "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
    ("that another 1,000 North Korean deminers had arrived in Kursk", "reported", "Russian state media",
     "Russian state media", "media", "Russia", "indirect"),
]

EVENTS = [
    ("since October last year", "2024-10-01", "2025-09-16", "open", True,
     "North Korea sent around 15,000 troops to Russia"),
    ("from late June", "2025-06-21", "2025-06-30", "month", True,
     "About 6,000 North Korean engineering troops dispatched to clear mines and rebuild Kursk"),
    ("Last month", "2025-08-01", "2025-08-31", "month", True,
     "North Korea held a ceremony in Pyongyang to honor soldiers returned from Kursk"),
    ("on the 3rd of this month", "2025-09-03", "2025-09-03", "day", True,
     "Kim Jong Un attended the military parade in Beijing with Xi Jinping and Vladimir Putin"),
    ("earlier this month", "2025-09-01", "2025-09-15", "month", True,
     "NIS told the Intelligence Committee at least 2,700 North Korean soldiers had been killed"),
    ("in July", "2025-07-01", "2025-07-31", "month", True,
     "KIDA estimated Pyongyang earned some 29 trillion won from cooperation with Russia"),
    ("since 2023", "2023-01-01", "2025-09-16", "open", True, "Pyongyang's earnings from cooperation with Russia"),
    ("Since July", "2025-07-01", "2025-09-16", "open", True, "North Korea tested dozens of attack drones at Panghyon"),
    ("on the 9th", "2025-09-09", "2025-09-09", "day", True,
     "Russian state media reported another 1,000 North Korean deminers had arrived in Kursk"),
    ("in mid-August", "2025-08-11", "2025-08-20", "month", True, "Around 1,000 North Korean deminers crossed into Russia"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
