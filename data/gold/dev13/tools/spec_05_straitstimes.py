# dev13_05: The Straits Times, published 2025-09-04 (Thursday).
D = "dev13_05_straitstimes_nis_toll"
NIS = "National Intelligence Service (South Korea)"
KANG = "Kang Tae-hyun"
KIM = "Kim Jong Un"
SM = "North Korean state media"

DOCS = {D: {
    "figures": [
        ("About 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("Around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("around 600 soldiers", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
        ("some 6,000 additional troops", 6000, None, "approximately", "troop", "personnel", 6000, "count", NIS),
        ("about US$2,000", 2000, None, "approximately", "", "money", 2000, "USD", KANG),
        ("about 4,700", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
        ("101 coffins", 101, None, "exact", "coffin", "casualties", 101, "count", SM),
        ("thousands", 1000, None, "vague", "family", "other", 1000, "count", "Arjun Mehta-Lim"),
    ],
    "attributions": [
        ("About 2,000 North Korean soldiers killed in Russia's war", "says", "Seoul's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Around 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", "told lawmakers",
         "South Korea's intelligence agency", NIS, "organisation", "South Korea", "indirect"),
        ("around 600 soldiers had died", "said", "it", NIS, "organisation", "South Korea", "indirect"),
        ("that the NIS believed the North was preparing to send some 6,000 additional troops, mostly military engineers, to Kursk",
         "told reporters", "Mr Kang Tae-hyun", KANG, "person", "South Korea", "indirect"),
        ("the North was preparing to send some 6,000 additional troops, mostly military engineers, to Kursk", "believed", "the NIS", NIS,
         "organisation", "South Korea", "indirect"),
        ("The North has been rotating units in and out of Kursk since the spring,", "said", "Mr Kang", KANG, "person", "South Korea", "direct"),
        ("What is new is that it is now telling its own people about it.", "said", "Mr Kang", KANG, "person", "South Korea", "direct"),
        ("Russia was believed to pay each North Korean soldier about US$2,000 a month, most of which goes straight to the state", "said", "He",
         KANG, "person", "South Korea", "indirect"),
        ("the agency put total casualties at about 4,700", "put", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ('that Mr Kim had visited the site of a new museum dedicated to "the heroic feats of overseas military operations" in Pyongyang\'s Hwasong district',
         "reported", "State news agency KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
        ('In a speech last month, the 41-year-old leader said the soldiers had defended "the honour of the Korean people", and he personally draped national flags over 101 coffins',
         "according to", "state media", SM, "media", "North Korea", "according_to"),
        ('the soldiers had defended "the honour of the Korean people"', "said", "the 41-year-old leader", KIM, "person", "North Korea", "indirect"),
        ("it had sent anyone", "denied", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("Pyongyang needs the dead to mean something,", "said", "Associate Professor Noriko Hattori", "Noriko Hattori", "person", "independent", "direct"),
        ("A war you cannot name is a war you cannot use.", 'something," |said| Associate Professor', "Associate Professor Noriko Hattori", "Noriko Hattori", "person", "independent", "direct"),
        ("the public honours were partly aimed at the soldiers' families, who may number in the thousands, and at the next wave of recruits",
         "said", "Dr Arjun Mehta-Lim", "Arjun Mehta-Lim", "person", "independent", "indirect"),
        ("North Korea's trade with Russia rose by about 40 per cent in 2024", "according to", "South Korea's Ministry of Unification",
         "Ministry of Unification (South Korea)", "organisation", "South Korea", "according_to"),
    ],
    "events": [
        ("on Sept 3", "2025-09-03", "2025-09-03", "day", True,
         "South Korea's NIS told lawmakers around 2,000 North Korean soldiers had been killed"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "The NIS said around 600 North Korean soldiers had died"),
        ("since the spring", "2025-03-01", "2025-09-04", "open", True,
         "North Korea has been rotating units in and out of Kursk"),
        ("In April", "2025-04-01", "2025-04-30", "month", True,
         "The NIS put total North Korean casualties at about 4,700"),
        ("on Aug 31", "2025-08-31", "2025-08-31", "day", True,
         "KCNA reported Kim Jong Un visited the site of a new museum for the overseas military operations"),
        ("last month", "2025-08-01", "2025-08-31", "month", True,
         "Kim Jong Un's speech honouring the soldiers; he draped flags over 101 coffins"),
        ("in October 2024", "2024-10-01", "2024-10-31", "month", False,
         "The first North Korean troops left for Russia"),
        ("in 2024", "2024-01-01", "2024-12-31", "year", False,
         "North Korea's trade with Russia rose by about 40 per cent"),
    ],
}}
