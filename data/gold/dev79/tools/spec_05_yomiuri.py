"""dev79_05_yomiuri_poll: The Japan News (The Yomiuri Shimbun), Yomiuri poll.
Manifest date EMPTY; anchor 2025-03-24 (Mon) from the page's date line '18:17 JST, March 24, 2025'."""
YS = "The Yomiuri Shimbun"
JCS = "Joint Chiefs of Staff (South Korea)"
R = "respondents"
NAK = "Gen Nakatani"

DOCS = {"dev79_05_yomiuri_poll": {
    "figures": [
        ("an estimated 3,000 additional troops", 3000, None, "approximately", "troop", "personnel", 3000, "count", JCS),
        ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", JCS),
        ("about 14,000", 14000, None, "approximately", "troop", "personnel", 14000, "count", JCS),
        ("about $12 billion", 12e9, None, "approximately", "", "money", 12e9, "USD", ""),
        ("about ¥471.9 billion", 471.9e9, None, "approximately", "", "money", 471.9e9, "JPY", ""),
        ("$3 billion", 3e9, None, "exact", "", "money", 3e9, "USD", ""),
    ],
    "attributions": [
        ("64% Say Japan Should Continue Supporting Ukraine; Concern over North Korea-Russia Ties Hits 78%",
         "|Yomiuri Poll:| 64%", "Yomiuri Poll", YS, "media", "independent", "indirect"),
        ("Japan Should Continue Supporting Ukraine", "Say", "64%", R, "group", "independent", "indirect"),
        ("Sixty-four percent of respondents said Japan should continue its support for Ukraine",
         "according to", "a nationwide opinion survey conducted by The Yomiuri Shimbun", YS, "media", "independent", "according_to"),
        ("Japan should continue its support for Ukraine", "said", "Sixty-four percent of respondents", R, "group", "independent", "indirect"),
        ("support should be scaled back", "said", "Twenty-seven percent", R, "group", "independent", "indirect"),
        ("they did not think so", "said", "61%", R, "group", "independent", "indirect"),
        ("they were concerned about growing military cooperation between North Korea and Russia", "said", "Seventy-eight percent", R, "group", "independent", "indirect"),
        ("that North Korea had sent an estimated 3,000 additional troops to Russia in January and February and that about 4,700 North Korean soldiers had been killed or wounded since last fall",
         "said", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
        ("The reinforcements brought the total number of North Korean troops sent to Russia to about 14,000",
         "according to", "the South Korean military", JCS, "organisation", "South Korea", "according_to"),
        ("Pyongyang has yet to officially acknowledge the deployment", "has yet to officially acknowledge", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ("North Korea may be gaining combat experience and Russian military technology in return for the troops",
         "said", "Defense Minister Gen Nakatani", NAK, "person", "Japan", "indirect"),
        ("We are seriously concerned that the experience gained in this war could strengthen North Korea's military capabilities,",
         "Nakatani |said|, adding", "Nakatani", NAK, "person", "Japan", "direct"),
        ("that Tokyo was coordinating closely with Washington and Seoul", "adding", "Nakatani", NAK, "person", "Japan", "indirect"),
        ("Japan was watching for any transfer of missile or nuclear technology to Pyongyang",
         "said", "A senior Foreign Ministry official", "Japanese Foreign Ministry official", "group", "Japan", "indirect"),
    ],
    "events": [
        ("on Friday", "2025-03-21", "2025-03-21", "day", True, "Ishiba answered questions at a House of Councillors Budget Committee meeting (photo caption)", 1),
        ("from Friday to Sunday", "2025-03-21", "2025-03-23", "day", True, "Yomiuri Shimbun nationwide opinion survey conducted"),
        ("on Tuesday", "2025-03-18", "2025-03-18", "day", True, "Trump and Putin held a phone call discussing a ceasefire in Ukraine"),
        ("in November", "2024-11-01", "2024-11-30", "month", True, "Previous Yomiuri survey on the issue: 70% concerned about North Korea-Russia ties"),
        ("this month", "2025-03-01", "2025-03-31", "month", True, "South Korea's JCS said North Korea sent about 3,000 more troops to Russia"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "North Korea sent an estimated 3,000 additional troops to Russia"),
        ("since last fall", "2024-09-01", "2025-03-24", "open", True, "About 4,700 North Korean soldiers killed or wounded"),
        ("on Friday", "2025-03-21", "2025-03-21", "day", True, "Nakatani said at a press conference North Korea may gain combat experience and Russian technology", 2),
        ("in December", "2024-12-01", "2024-12-31", "month", True, "Tokyo extended a loan of about ¥471.9 billion ($3 billion) to Ukraine"),
        ("in February", "2025-02-01", "2025-02-28", "month", True, "Previous Yomiuri survey (Cabinet approval 8 points higher)"),
        ("from March 21 to 23", "2025-03-21", "2025-03-23", "day", True, "Yomiuri survey conducted by telephone (survey method)"),
    ],
}}
