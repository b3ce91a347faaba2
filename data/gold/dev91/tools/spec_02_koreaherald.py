"""dev91_02: The Korea Herald, press roundup. Manifest date EMPTY; anchor from the page's date line
`Published : Dec. 19, 2024 - 16:47` -> Thursday 19 December 2024."""
D = "dev91_02_koreaherald_press_roundup"
NIS = "National Intelligence Service (South Korea)"
OFF = "senior government official"

figures = [
    ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
    ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
    ("some 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
    ("between 3,000 and 5,000 more soldiers", 3000, 5000, "range", "soldier", "personnel", 3000, "count", OFF),
    ("230 billion won", 230e9, None, "exact", "won", "money", 230e9, "KRW", "Hankyoreh"),
    ("$159 million", 159e6, None, "exact", "", "money", 159e6, "USD", "Hankyoreh"),
    ("750 billion won", 750e9, None, "exact", "won", "money", 750e9, "KRW", "Dong-A Ilbo"),
    ("248-kilometer", 248, None, "exact", "kilometer", "territory", 248, "km", "Dong-A Ilbo"),
    ("204 lawmakers", 204, None, "exact", "lawmaker", "other", 204, "count", ""),
]

attributions = [
    ("the National Intelligence Service said at least 100 North Korean soldiers had been killed and nearly 1,000 wounded since they entered combat earlier this month",
     "According to", "lawmakers who attended the briefing", "lawmakers who attended the briefing", "group", "South Korea", "according_to"),
    ("at least 100 North Korean soldiers had been killed and nearly 1,000 wounded since they entered combat earlier this month",
     "Service |said| at least", "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("the casualties included \"a considerable number\" of special forces from the elite Storm Corps, and that some 11,000 troops remained deployed in the Kursk region",
     "also |said| the", "The agency", NIS, "organisation", "South Korea", "indirect"),
    ("a blood-for-technology trade", "called",
     "The conservative Chosun Ilbo", "Chosun Ilbo", "media", "independent", "direct"),
    ("that Moscow could repay Pyongyang with know-how for reentry vehicles and nuclear-powered submarines", "warned",
     "The conservative Chosun Ilbo", "Chosun Ilbo", "media", "independent", "indirect"),
    ("Every North Korean soldier who dies in Kursk is being paid for in Russian missile technology, and that bill will eventually be presented to us,",
     "paper |said|.", "the paper", "Chosun Ilbo", "media", "independent", "direct"),
    ("that Pyongyang was preparing to send between 3,000 and 5,000 more soldiers next month to replace the losses", "quoted",
     "a senior government official", OFF, "group", "South Korea", "indirect"),
    ("The newspaper urged the acting government to keep \"every option on the table,\" including supplying weapons to Kyiv", "urged",
     "The newspaper", "JoongAng Ilbo", "media", "independent", "indirect"),
    ("Seoul should resist pressure to arm Ukraine directly, it argued, because doing so \"would hand Pyongyang exactly the excuse it wants\" to deepen its military pact with Moscow",
     "argued", "it", "Hankyoreh", "media", "independent", "indirect"),
    ("that the government has already set aside 230 billion won ($159 million) in humanitarian aid for Ukraine this year", "noted",
     "It", "Hankyoreh", "media", "independent", "indirect"),
    ("that the Defense Ministry plans to spend 750 billion won on counter-drone systems along the 248-kilometer border over the next three years, a plan drawn up after officers studied drone footage from Kursk",
     "reported", "The Dong-A Ilbo", "Dong-A Ilbo", "media", "independent", "indirect"),
    ("The Kyunghyang Shinmun urged acting President Han Duck-soo not to veto the special counsel bills", "urged",
     "The Kyunghyang Shinmun", "Kyunghyang Shinmun", "media", "independent", "indirect"),
    ("that the won, which fell to a 15-year low against the dollar on Wednesday, could weaken further if the political vacuum drags on into spring",
     "Ilbo |warned| that the won", "the Dong-A Ilbo", "Dong-A Ilbo", "media", "independent", "indirect"),
    ("praising the \"invincible friendship\" between Pyongyang and Moscow", "praising",
     "The Rodong Sinmun", "Rodong Sinmun", "media", "North Korea", "indirect"),
]

events = [
    ("Seoul |on Wednesday|. (Yonhap)", "2024-12-18", "2024-12-18", "day", True,
     "Lawmakers left the NIS's closed-door briefing at the National Assembly (photo caption)"),
    ("dailies |Thursday|,", "2024-12-19", "2024-12-19", "day", True,
     "North Korea's Kursk losses dominated the opinion pages of Korea's major dailies"),
    ("doors |on Wednesday|.", "2024-12-18", "2024-12-18", "day", True,
     "The NIS briefed lawmakers behind closed doors on North Korean losses in Kursk"),
    ("earlier this month", "2024-12-01", "2024-12-18", "month", True,
     "North Korean troops entered combat in Kursk (NIS)"),
    ("next month", "2025-01-01", "2025-01-31", "month", True,
     "Pyongyang to send 3,000-5,000 more soldiers to replace losses (government official)"),
    ("this year", "2024-01-01", "2024-12-31", "year", True,
     "Seoul set aside 230 billion won in humanitarian aid for Ukraine"),
    ("on Saturday", "2024-12-14", "2024-12-14", "day", True,
     "204 lawmakers voted to impeach President Yoon Suk Yeol"),
    ("on Dec. 3", "2024-12-03", "2024-12-03", "day", True,
     "Yoon's short-lived martial law declaration"),
    ("on Dec. 27", "2024-12-27", "2024-12-27", "day", True,
     "Constitutional Court's first preparatory hearing on Yoon's impeachment"),
    ("dollar |on Wednesday|,", "2024-12-18", "2024-12-18", "day", True,
     "The won fell to a 15-year low against the dollar"),
    ("into spring", "2025-03-01", "2025-05-31", "season", True,
     "Political vacuum might drag on, weakening the won further (Dong-A Ilbo)"),
    ("article |on Wednesday| praising", "2024-12-18", "2024-12-18", "day", True,
     "Rodong Sinmun ran a front-page article praising the friendship with Moscow"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
