# dev16_06 — The Dong-A Ilbo.  The manifest's `published` field is EMPTY on purpose; the page's own
# date line "Posted September. 04, 2025 07:52" gives the anchor 2025-09-04 (Thursday).
# Anchor week: Mon 2025-09-01 .. Sun 2025-09-07.
# Furniture NOT annotated: the Posted/Updated date lines, reporter line, Headline News and Most
# Viewed lists (numbers, "says" tags, "within 2025", "by 2030"), copyright.
# Non-statements NOT annotated: "The Ministry of Unification declined to comment";
# "North Korea is estimated to have earned ..." (agentless passive: its money figures have no speaker).
# Traps NOT figures: "11th Corps", "Geran-2", "80th anniversary", "World War II", "the families".
D = "dev16_06_donga_nis_casualties"
NIS = "National Intelligence Service (South Korea)"
CHOI = "Choi Hyun-woo"
YOON = "Yoon Tae-sik"
DOCS = {D: {
    "figures": [
        ("about 2,000 N. Korean troops", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
        ("About 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("about 600", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
        ("6,000 personnel", 6000, None, "exact", "personnel", "personnel", 6000, "count", NIS),
        ("about 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", NIS),
        ("more than 12 million artillery shells", 1.2e7, None, "more_than", "artillery shell", "weapons", 1.2e7, "count", NIS),
        ("more than 20 trillion won", 2e13, None, "more_than", "won", "money", 2e13, "KRW", ""),
        ("about 14.4 billion U.S. dollars", 1.44e10, None, "approximately", "dollar", "money", 1.44e10, "USD", ""),
        ("around 3,000 wounded soldiers", 3000, None, "approximately", "soldier", "casualties", 3000, "count", NIS),
        ("at least three new drone training centers", 3, None, "at_least", "drone training center", "units", 3, "count", NIS),
        ("Two thousand", 2000, None, "exact", "soldier", "casualties", 2000, "count", YOON),
        ("roughly 15,000", 15000, None, "approximately", "troop", "personnel", 15000, "count", YOON),
        ("10,000 to 12,000 troops", 10000, 12000, "range", "troop", "personnel", 10000, "count", YOON),
        ("hundreds of millions of dollars", 1e8, None, "vague", "dollar", "money", 1e8, "USD", YOON),
    ],
    "attributions": [
        ("about 2,000 N. Korean troops killed fighting for Russia", "says", "NIS", NIS, "organisation", "South Korea", "indirect"),
        ("About 2,000 North Korean soldiers have been killed fighting for Russia since Pyongyang began sending troops there in October last year", "told lawmakers", "the National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("the agency had estimated the death toll at about 600", "estimated", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("the NIS believes the North is preparing to dispatch an additional 6,000 personnel, including about 1,000 deminers and military construction workers, to Russia’s Kursk region", "According to", "Rep. Choi Hyun-woo of the ruling Democratic Party", CHOI, "person", "South Korea", "according_to"),
        ("the North is preparing to dispatch an additional 6,000 personnel, including about 1,000 deminers and military construction workers, to Russia’s Kursk region", "believes", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Some of them appear to have already arrived,", "told reporters", "Choi", CHOI, "person", "South Korea", "direct"),
        ("that North Korea has sent Russia more than 12 million artillery shells since August 2023 and has begun mass-producing Geran-2 attack drones with Russian help", "said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("the bulk of the troops came from the Korean People’s Army’s 11th Corps, known as the Storm Corps, and that the North had rotated out around 3,000 wounded soldiers by ship and aircraft since January", "said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Some of the returnees have been put to work training frontline units in drone warfare", "said", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("that the North had set up at least three new drone training centers near the inter-Korean border", "adding", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("Putin told Kim that Russia would “never forget” the sacrifices of North Korean soldiers", "according to", "the Kremlin", "Kremlin", "government", "Russia", "according_to"),
        ("that Russia would “never forget” the sacrifices of North Korean soldiers", "told", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        ("Kim replied that helping Russia was “a fraternal duty,”", "reported", "North Korea’s state media", "North Korean state media", "media", "North Korea", "indirect"),
        ("that helping Russia was “a fraternal duty,”", "replied", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("Seoul was “closely watching” whether Pyongyang would receive Russian help with nuclear-powered submarines or reconnaissance satellites in return", "said", "A senior government official", "senior government official", "group", "South Korea", "indirect"),
        ("Two thousand dead out of roughly 15,000 sent is a casualty rate that no army hides for long,", "said", "Professor Yoon Tae-sik", YOON, "person", "independent", "direct"),
        ("that the North would keep 10,000 to 12,000 troops in Russia next year", "estimated", "He", YOON, "person", "independent", "indirect"),
        ("Pyongyang was likely seeking new air-defense systems, worth hundreds of millions of dollars, as payment", "said", "He", YOON, "person", "independent", "indirect"),
    ],
    "events": [
        ("in October last year", "2024-10-01", "2024-10-31", "month", True, "Pyongyang began sending troops to Russia"),
        ("lawmakers |on Wednesday|.", "2025-09-03", "2025-09-03", "day", True, "NIS told lawmakers about 2,000 North Korean soldiers had been killed fighting for Russia"),
        ("In April", "2025-04-01", "2025-04-30", "month", True, "NIS estimated the North Korean death toll at about 600"),
        ("since August 2023", "2023-08-01", "2025-09-04", "open", True, "North Korea sent Russia more than 12 million artillery shells"),
        ("since January", "2025-01-01", "2025-09-04", "open", True, "North Korea rotated out around 3,000 wounded soldiers by ship and aircraft"),
        ("Beijing |on Wednesday| marking", "2025-09-03", "2025-09-03", "day", True, "Kim attended China's military parade in Beijing and held talks with Putin"),
        ("on Thursday", "2025-09-04", "2025-09-04", "day", True, "North Korean state media reported Kim called helping Russia a fraternal duty"),
        ("Last month", "2025-08-01", "2025-08-31", "month", True, "Kim held a ceremony in Pyongyang awarding state honors to soldiers who fought in Kursk"),
        ("next year", "2026-01-01", "2026-12-31", "year", True, "North Korea expected to keep 10,000 to 12,000 troops in Russia"),
    ],
}}
