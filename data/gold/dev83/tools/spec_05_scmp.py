"""dev83_05_scmp_deminers: South China Morning Post, published 2025-06-19 (Thursday).

Row formats: see spec_01_abc.py.
"""
D = "dev83_05_scmp_deminers"
SHOIGU = ("Sergei Shoigu", "person", "Russia")
CHENG = ("Cheng Xiaodong", "person", "independent")
RES = ("researcher at a state-affiliated Beijing think tank", "group", "China")
GAC = "General Administration of Customs (China)"

DOCS = {D: {
    "figures": [
        ("6,000 troops", 6000, None, "exact", "troop", "personnel", 6000, "count", "Russia"),
        ("1,000 military deminers", 1000, None, "exact", "military deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000, "count", "Sergei Shoigu"),
        ("thousands of casualties", 1000, None, "vague", "casualty", "casualties", 1000, "count", "South Korea"),
        ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", "National Intelligence Service (South Korea)"),
        ("15,000 North Korean troops", 15000, None, "exact", "troop", "personnel", 15000, "count", "National Intelligence Service (South Korea)"),
        ("US$15 billion to US$20 billion", 15000000000, 20000000000, "range", "", "money", 15000000000, "USD", "Cheng Xiaodong"),
        ("1.9 billion yuan", 1900000000, None, "exact", "yuan", "money", 1900000000, "CNY", GAC),
        ("US$265 million", 265000000, None, "exact", "", "money", 265000000, "USD", GAC),
    ],
    "attributions": [
        ("North Korea to send 6,000 troops to rebuild Kursk", "says", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("Pyongyang is using its war dividend to ease its reliance on Beijing, its biggest trading partner", "say",
         "Chinese observers", "Chinese observers", "group", "independent", "indirect"),
        ("North Korea will send 1,000 military deminers and 5,000 military construction workers to Russia’s Kursk region to clear mines and rebuild infrastructure destroyed in the fighting",
         "said", "Russian Security Council Secretary Sergei Shoigu", *SHOIGU, "indirect"),
        ("This is a gesture of brotherly help from the Korean people, and we will never forget it,", "told reporters", "Shoigu", *SHOIGU, "direct"),
        ("that Kim had told Shoigu the two countries had become “invincible allies” whose bond was “sealed in blood” in Kursk",
         "reported", "North Korea’s official Korean Central News Agency (KCNA)", "Korean Central News Agency", "media", "North Korea", "indirect"),
        ("the two countries had become “invincible allies” whose bond was “sealed in blood” in Kursk", "told", "Kim",
         "Kim Jong Un", "person", "North Korea", "indirect"),
        ("which Pyongyang has yet to confirm", "has yet to confirm", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("has already cost North Korea thousands of casualties", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("that some 4,700 of the 15,000 North Korean troops sent to Russia had been killed or wounded", "estimated",
         "South Korea’s spy agency", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
        ("cooperation between Moscow and Pyongyang was “a matter for the two sovereign states” and that Beijing’s position on the Ukraine crisis was “consistent and clear”",
         "said", "Chinese foreign ministry spokesman Guo Jiakun", "Guo Jiakun", "person", "China", "indirect"),
        ("it is not a party to the conflict and has never supplied lethal weapons to either side", "said", "China",
         "China", "government", "China", "indirect"),
        ("Beijing is uneasy about how much Pyongyang is gaining", "say", "Chinese analysts", "Chinese analysts", "group", "independent", "indirect"),
        ("Every barrel of oil and every rouble Pyongyang earns in Kursk is leverage it no longer has to ask Beijing for,", "said",
         "Cheng Xiaodong", *CHENG, "direct"),
        ("that Moscow had transferred the equivalent of US$15 billion to US$20 billion in cash, oil, food and military technology since the first troops arrived last autumn",
         "estimated", "Cheng", *CHENG, "indirect"),
        ("China’s exports to North Korea fell 7.5 per cent year on year to 1.9 billion yuan (US$265 million) in the first five months of 2025",
         "according to", "the General Administration of Customs", GAC, "organisation", "China", "according_to"),
        ("Chinese officials were “watching closely” for any transfer of Russian submarine or missile technology to Pyongyang", "said",
         "A researcher at a state-affiliated think tank in Beijing", *RES, "indirect"),
        ("Beijing does not want a nuclear neighbour that no longer needs it,", "said", "the researcher", *RES, "direct"),
    ],
    "events": [
        ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
         "Sergei Shoigu said North Korea would send 1,000 deminers and 5,000 military construction workers to Kursk"),
        ("this month", "2025-06-01", "2025-06-30", "month", True, "Shoigu's second trip to Pyongyang"),
        ("on June 4", "2025-06-04", "2025-06-04", "day", True, "Shoigu's previous visit to Pyongyang, delivering a message from Putin"),
        ("KCNA) reported |on Wednesday| that", "2025-06-18", "2025-06-18", "day", True,
         "KCNA reported Kim told Shoigu the two countries had become invincible allies"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "South Korea's spy agency estimated some 4,700 of 15,000 North Korean troops killed or wounded"),
        ("the deployment |on Wednesday|,", "2025-06-18", "2025-06-18", "day", True,
         "Chinese foreign ministry spokesman Guo Jiakun asked about the deployment"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "First North Korean troops arrived in Russia"),
        ("in the first five months of 2025", "2025-01-01", "2025-05-31", "month", False,
         "China's exports to North Korea fell 7.5 per cent to 1.9 billion yuan"),
    ],
}}
