"""dev73_05_aljazeera_inpictures_engineers -- Al Jazeera 'In Pictures' page.

The manifest leaves `published` EMPTY. The page prints its own date line, `Published On 20 Jun 2025`,
and that date (2025-06-20, a Friday) is the anchor used for every relative expression below.
Row layouts as in spec_01_apimages.py.
"""
NIS = "National Intelligence Service (South Korea)"
SHOIGU = "Sergei Shoigu"
KHIN = "Alexander Khinshtein"

ANCHOR = {"dev73_05_aljazeera_inpictures_engineers": ("Published On 20 Jun 2025", "2025-06-20")}

DOCS = {
    "dev73_05_aljazeera_inpictures_engineers": {
        "figures": [
            ("send |6,000 military engineers| to Russia’s Kursk\n", 6000, None, "exact", "military engineer", "personnel", 6000, "count", ""),
            ("will send |6,000 military engineers| to Russia’s Kursk region", 6000, None, "exact", "military engineer", "personnel", 6000, "count", SHOIGU),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SHOIGU),
            ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHOIGU),
            ("more than 1,500 homes", 1500, None, "more_than", "home", "other", 1500, "count", "Russian officials"),
            ("100 billion roubles", 100000000000, None, "exact", "rouble", "money", 100000000000, "RUB", KHIN),
            ("$1.27bn", 1270000000, None, "exact", "", "money", 1270000000, "USD", KHIN),
            ("estimated 15,000", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("Tens of thousands of North Korean labourers", 10000, None, "vague", "labourer", "other", 10000, "count", ""),
        ],
        "attributions": [
            ("Pyongyang will dispatch sappers and builders to clear mines and rebuild the battle-scarred border region",
             "says", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("North Korea will send 6,000 military engineers to Russia’s Kursk region to clear landmines and rebuild infrastructure destroyed in the fighting",
             "said", "a top Russian security official", SHOIGU, "person", "Russia", "indirect"),
            ("Sergei Shoigu, secretary of Russia’s Security Council, made the announcement on Tuesday after talks with Kim Jong Un in Pyongyang",
             "made the announcement", "Sergei Shoigu", SHOIGU, "person", "Russia", "indirect"),
            ("Kim Jong Un has decided to send 1,000 deminers to clear the mines and 5,000 military builders to restore the infrastructure destroyed by the invaders,",
             "told", "Shoigu", SHOIGU, "person", "Russia", "direct"),
            ("that North Korea would “unconditionally support” Russia’s position on the Ukraine conflict",
             "told", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("Kim told Shoigu that North Korea would “unconditionally support” Russia’s position on the Ukraine conflict",
             "according to", "the state-run Korean Central News Agency (KCNA)", "Korean Central News Agency", "media", "North Korea", "according_to"),
            ("Pyongyang and Moscow only acknowledged their role in April", "acknowledged", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("Pyongyang and Moscow only acknowledged their role in April", "acknowledged", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("the region retaken", "declared", "Russia", "Russia", "government", "Russia", "indirect"),
            ("more than 1,500 homes in the region were damaged during the seven months that Ukrainian troops held parts of Kursk",
             "say", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
            ("Acting Governor Alexander Khinshtein has put the cost of rebuilding at 100 billion roubles ($1.27bn)",
             "has put", "Acting Governor Alexander Khinshtein", KHIN, "person", "Russia", "indirect"),
            ("Ukraine’s foreign ministry condemned the move", "condemned", "Ukraine’s foreign ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
            ("the engineers would free up Russian troops “for new attacks on Sumy and Kharkiv”",
             "saying", "Ukraine’s foreign ministry", "Ukrainian Foreign Ministry", "organisation", "Ukraine", "indirect"),
            ("that North Korea could send more combat troops in July or August, on top of the estimated 15,000 it has already deployed",
             "said", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("the engineers could also be a way for Pyongyang to earn hard currency", "say", "Analysts", "analysts", "group", "independent", "indirect"),
            ("Russia will pay for this labour, whether in cash, oil or technology,", "said", "Park Ji-hoon", "Park Ji-hoon", "person", "independent", "direct"),
            ("It is the same business model as the troops, just with shovels instead of rifles.",
             "technology,” |said| Park", "Park Ji-hoon", "Park Ji-hoon", "person", "independent", "direct"),
        ],
        "events": [
            ("in Pyongyang |on June 17| [", "2025-06-17", "2025-06-17", "day", True, "Kim Jong Un shakes hands with Sergei Shoigu in Pyongyang"),
            ("on Tuesday", "2025-06-17", "2025-06-17", "day", True, "Shoigu announced North Korea would send 6,000 military engineers to Kursk after talks with Kim"),
            ("this month", "2025-06-01", "2025-06-30", "month", True, "Shoigu's second visit to North Korea"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True, "North Korean soldiers first deployed to Kursk"),
            ("in April", "2025-04-01", "2025-04-30", "month", True, "Pyongyang and Moscow acknowledged North Korea's role after Russia declared Kursk retaken"),
            ("on June 19, 2025", "2025-06-19", "2025-06-19", "day", False, "KCNA released a picture of Kim and Ju Ae at a ceremony marking a year of the defence treaty"),
            ("on May 28, 2025", "2025-05-28", "2025-05-28", "day", False, "Residents clear rubble from a damaged apartment block in Sudzha (photo)"),
            ("on Thursday", "2025-06-19", "2025-06-19", "day", True, "NIS said North Korea could send more combat troops"),
            ("in July or August", "2025-07-01", "2025-08-31", "month", True, "North Korea could send more combat troops to Russia (forward-looking)"),
            ("in 2019", "2019-01-01", "2019-12-31", "year", False, "North Korean workers at a construction site in Vladivostok (file photo)"),
            ("since December 2019", "2019-12-01", "2025-06-20", "open", True, "UN ban on North Korean workers abroad in force"),
        ],
    },
}
