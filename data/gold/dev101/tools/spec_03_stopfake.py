# dev101_03: StopFake, manifest published date EMPTY; anchor 2025-03-24 (Monday) from the page's
# own date line "March 24, 2025".
FEV = "fake Euronews video"
ZEL = "Volodymyr Zelensky"

DOCS = {
    "dev101_03_stopfake_prisoner_sale": {
        "figures": [
            ("$1 Million", 1e6, None, "exact", "", "money", 1e6, "USD", ""),
            ("$1 million", 1e6, None, "exact", "", "money", 1e6, "USD", FEV),
            ("$6 million", 6e6, None, "exact", "", "money", 6e6, "USD", FEV),
            ("six prisoners", 6, None, "exact", "prisoner", "casualties", 6, "count", FEV),
            ("another 30", 30, None, "exact", "prisoner", "casualties", 30, "count", FEV),
            ("two North Korean prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", ""),
            ("two wounded soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "South Korean Foreign Ministry"),
            ("at least 14 fakes", 14, None, "at_least", "fake", "other", 14, "count", ""),
            ("more than 2 million subscribers", 2e6, None, "more_than", "subscriber", "other", 2e6, "count", ""),
        ],
        "attributions": [
            ("that Kyiv has agreed to hand over captured North Korean soldiers to South Korea for $1 million per "
             "prisoner",
             "claims", "a video styled as a Euronews report", FEV, "media", "Russia", "indirect"),
            ("Ukraine has already received $6 million for the first six prisoners and plans to “sell” another 30 by "
             "the summer",
             "According to", "the video", FEV, "media", "Russia", "according_to"),
            ("the deal was “personally approved” by President Volodymyr Zelensky and that the money is being paid "
             "through a bank in Warsaw",
             "says", "An off-screen narrator", FEV, "media", "Russia", "indirect"),
            ("This video was not produced by Euronews. It is a fabrication that misuses our brand,",
             "spokesperson |told StopFake| on", "a Euronews spokesperson", "Euronews", "group", "independent",
             "direct"),
            ("that Ukrainian special forces had captured two wounded soldiers in the Kursk region",
             "announced", "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("Kyiv was ready to hand them over to Kim Jong Un if Pyongyang could arrange their exchange for "
             "Ukrainians held in Russia",
             "said", "he", ZEL, "person", "Ukraine", "indirect"),
            ("that both men remained in Ukrainian custody and that “no money has been discussed with anyone.”",
             "War, |told StopFake| that", "Yurii Tkachenko", "Yurii Tkachenko", "person", "Ukraine", "indirect"),
            ("that it would accept the two soldiers if they asked to come to the South, since North Koreans are "
             "considered South Korean citizens under its constitution",
             "said", "South Korea’s Foreign Ministry", "South Korean Foreign Ministry", "organisation",
             "South Korea", "indirect"),
            ("that he wanted to go to Seoul", "told", "one of the prisoners", "captured North Korean soldier",
             "group", "North Korea", "indirect"),
            ("Russia has not officially recognised that North Korean troops are fighting in Kursk",
             "has not officially recognised", "Russia", "Russia", "government", "Russia", "indirect"),
            ("a provocation by the Kyiv regime.", "called", "Russian Foreign Ministry spokeswoman Maria Zakharova",
             "Maria Zakharova", "person", "Russia", "direct"),
            ("Their aim, Ukrainian analysts say, is to portray Kyiv as cynical and to discourage North Korean "
             "soldiers from surrendering",
             "say", "Ukrainian analysts", "Ukrainian analysts", "group", "independent", "indirect"),
        ],
        "events": [
            ("by the summer", "2025-06-01", "2025-08-31", "season", True,
             "Ukraine allegedly plans to 'sell' another 30 prisoners (claim in the fake video)"),
            ("on Friday", "2025-03-21", "2025-03-21", "day", True,
             "Euronews spokesperson told StopFake the video is a fabrication"),
            ("on January 11", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced the capture of two North Korean soldiers in Kursk"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "South Korea's Foreign Ministry said it would accept the two soldiers"),
            ("In February", "2025-02-01", "2025-02-28", "month", True,
             "One of the prisoners told a visiting South Korean lawmaker he wanted to go to Seoul"),
            ("last week", "2025-03-17", "2025-03-23", "week", True,
             "Zakharova called reports about the captured soldiers a provocation"),
            ("Since January", "2025-01-01", "2025-03-24", "open", True,
             "StopFake recorded at least 14 fakes about North Korean soldiers"),
        ],
    }
}
