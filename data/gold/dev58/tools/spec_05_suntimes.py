"""dev58_05_suntimes_ukrainianvillage: Chicago Sun-Times, published Thu 2025-06-19 (anchor).

Row formats as in spec_01_njcom.py.
"""
D = "dev58_05_suntimes_ukrainianvillage"
VL = "Dmitri Volkov-Lee"

DOCS = {D: {
    "figures": [
        ("6,000 more workers", 6000, None, "exact", "worker", "personnel", 6000, "count", "Russia"),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000,
         "count", "Sergei Shoigu"),
        ("roughly $175 billion", 175000000000, None, "approximately", "", "money", 175000000000, "USD", "Mike Quigley"),
        ("at least 20,000 North Koreans", 20000, None, "at_least", "north korean", "personnel", 20000, "count", VL),
        ("roughly 11,000 combat troops", 11000, None, "approximately", "combat troop", "personnel", 11000, "count", VL),
        ("about 3,000 replacements", 3000, None, "approximately", "replacement", "personnel", 3000, "count", VL),
        ("more than 40 tons", 40, None, "more_than", "ton", "other", 40, "count", "Marta Kowal"),
    ],
    "attributions": [
        ("North Korea will send 6,000 more workers to Kursk", "says", "Russia", "Russia", "government", "Russia", "indirect"),
        ("they will free up more Russian soldiers for the front", "say", "Ukrainians in Chicago", "Ukrainians in Chicago",
         "group", "independent", "indirect"),
        ("North Korea would send 1,000 sappers to clear mines in the Kursk region and another 5,000 military construction "
         "workers to rebuild towns damaged during Ukraine’s incursion last August", "said",
         "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("Every North Korean digging trenches in Kursk frees up a Russian soldier for Pokrovsk,", "said",
         "Hnatiuk", "Roman Hnatiuk", "person", "independent", "direct"),
        ("proof that Moscow “cannot fight this war without Pyongyang.”", "called",
         "Ukraine’s Foreign Ministry spokesman, Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
        ("This is Kim Jong Un putting a price tag on his own people,", "said",
         "U.S. Rep. Mike Quigley", "Mike Quigley", "person", "United States", "direct"),
        ("Congress had approved roughly $175 billion for Ukraine since 2022 and that the next tranche should “not be "
         "hostage to anyone’s mood in the White House.”", "said", "Quigley", "Mike Quigley", "person", "United States",
         "indirect"),
        ("Northwestern University political scientist Dmitri Volkov-Lee cautioned against reading the workers as a sign "
         "that the fighting in Kursk is over", "cautioned",
         "Northwestern University political scientist Dmitri Volkov-Lee", VL, "person", "independent", "indirect"),
        ("Pyongyang has now committed at least 20,000 North Koreans to Russia’s war effort, counting the roughly 11,000 "
         "combat troops that arrived last fall and about 3,000 replacements sent in January and February",
         "According to", "Volkov-Lee", VL, "person", "independent", "according_to"),
        ("We pray for the Ukrainians, and we pray for those North Korean boys too, because nobody asked them,", "said",
         "Soon-ja Park", "Soon-ja Park", "person", "independent", "direct"),
        ("his congregation would join a prayer service for Ukraine at St. Nicholas Ukrainian Catholic Cathedral on "
         "Sunday, the first joint service between the two communities that anyone at either church can remember", "said",
         "The Rev. Joseph Han", "Joseph Han", "person", "independent", "indirect"),
        ("that North Korean engineers would also learn from the Russians", "warned",
         "Taras Kuzyk", "Taras Kuzyk", "person", "independent", "indirect"),
        ("They’re not just building houses. They’re studying drones, mines, everything,", "said",
         "he", "Taras Kuzyk", "person", "independent", "direct"),
        ("she would introduce a City Council resolution next month condemning North Korea’s role in the war, and that "
         "the museum had shipped more than 40 tons of medical supplies to Ukraine since the invasion", "said",
         "Ald. Marta Kowal", "Marta Kowal", "person", "United States", "indirect"),
    ],
    "events": [
        ("Chicago |on Wednesday|.", "2025-06-18", "2025-06-18", "day", True,
         "Photo caption: volunteers pack medical supplies at the Ukrainian National Museum"),
        ("tourniquets |Wednesday| when", "2025-06-18", "2025-06-18", "day", True,
         "News of North Korea's workers for Kursk reached volunteers at the Ukrainian National Museum"),
        ("on Tuesday", "2025-06-17", "2025-06-17", "day", True,
         "Sergei Shoigu met Kim Jong Un in Pyongyang"),
        ("last August", "2024-08-01", "2024-08-31", "month", True,
         "Ukraine's incursion into the Kursk region"),
        ("since 2022", "2022-01-01", "2025-06-19", "open", True,
         "Congress approved roughly $175 billion for Ukraine"),
        ("last fall", "2024-09-01", "2024-11-30", "season", True,
         "Roughly 11,000 North Korean combat troops arrived in Russia"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True,
         "About 3,000 North Korean replacements were sent"),
        ("since 1998", "1998-01-01", "2025-06-19", "open", True,
         "Soon-ja Park has volunteered at the Korean American Senior Center"),
        ("on Sunday", "2025-06-22", "2025-06-22", "day", True,
         "Joint Korean-Ukrainian prayer service at St. Nicholas Ukrainian Catholic Cathedral"),
        ("next month", "2025-07-01", "2025-07-31", "month", True,
         "Marta Kowal will introduce a City Council resolution condemning North Korea's role in the war"),
    ],
}}
