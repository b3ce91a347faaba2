# dev36_04_news1_builders_deminers -- News1 Korea (English), anchor 2025-06-18 (Wednesday)
NIS = "National Intelligence Service (South Korea)"
SHOIGU = "Sergei Shoigu"
D = "dev36_04_news1_builders_deminers"

DOCS = {D: {
    "figures": [
        ("6,000 workers", 6000, None, "exact", "worker", "personnel", 6000, "count", SHOIGU, 1),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHOIGU, 1),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel",
         5000, "count", SHOIGU),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHOIGU, 2),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHOIGU),
        ("about 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
        ("600 deaths", 600, None, "exact", "death", "casualties", 600, "count", NIS),
        ("tens of thousands of mines", 10000, None, "vague", "mine", "weapons", 10000, "count", "Russian officials"),
        ("some 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2",
         "Russian officials"),
        ("about $1,500", 1500, None, "approximately", "dollar", "money", 1500, "USD", "Kim Jin-woo"),
        ("roughly $90 million", 90000000, None, "approximately", "dollar", "money", 90000000, "USD", "Kim Jin-woo"),
    ],
    "attributions": [
        ("North Korea to send 6,000 workers to rebuild Kursk", "|Shoigu:| North Korea", "Shoigu", SHOIGU, "person",
         "Russia", "indirect"),
        ("unconditional support", "vows", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
        ("North Korea will send 1,000 sappers to clear mines in Russia's Kursk region and 5,000 military construction "
         "workers to rebuild infrastructure destroyed in the fighting", "said",
         "Russian Security Council Secretary Sergei Shoigu", SHOIGU, "person", "Russia", "indirect"),
        ("Shoigu made the announcement after meeting North Korean leader Kim Jong Un in Pyongyang, his second trip to "
         "the North this month", "reported", "Russian state news agency TASS", "TASS", "media", "Russia",
         "indirect"),
        ("Kim Jong Un has decided to send 1,000 sappers for demining and 5,000 military builders to restore the "
         "destroyed infrastructure,", "quoted as saying", "Shoigu", SHOIGU, "person", "Russia", "direct"),
        ("brotherly help", "described", "He", SHOIGU, "person", "Russia", "direct"),
        ("that the workers would travel to Russia in the coming weeks", "adding", "He", SHOIGU, "person", "Russia",
         "indirect"),
        ("that about 15,000 North Korean troops had been sent to Russia since October last year and that some 4,700 "
         "of them had been killed or wounded, including 600 deaths", "said",
         "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("retreating Ukrainian forces left tens of thousands of mines across some 1,300 square kilometers of the "
         "region", "say", "Russian officials", "Russian officials", "group", "Russia", "indirect"),
        ("Demining is slow and deadly work. North Korea will pay for this deal in blood, even if it is paid in rubles,",
         'rubles," |said| Baek', "Baek Seung-ho", "Baek Seung-ho", "person", "independent", "direct"),
        ("that Pyongyang could earn about $1,500 per worker each month, or roughly $90 million a year, from the "
         "arrangement", "estimated", "Kim Jin-woo", "Kim Jin-woo", "person", "independent", "indirect"),
        ("It is effectively a labor export dressed up as solidarity,", 'solidarity," he |said|', "he", "Kim Jin-woo",
         "person", "independent", "direct"),
        ("deep regret", "expressed", "Seoul's Ministry of Unification", "Ministry of Unification (South Korea)",
         "organisation", "South Korea", "direct"),
        ("that sending workers to Russia would violate U.N. Security Council Resolution 2397", "told",
         "A ministry official", "Unification Ministry official", "group", "South Korea", "indirect"),
        ("that the deal showed how badly Moscow needs foreign manpower", "wrote",
         "Ukrainian Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
        ("He also urged partners to tighten sanctions on both regimes", "urged", "He", "Andrii Sybiha", "person",
         "Ukraine", "indirect"),
    ],
    "events": [
        ("on the 17th", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu said North Korea will send 1,000 sappers and 5,000 military construction workers to Kursk"),
        ("North |this month|, Russian state", "2025-06-01", "2025-06-30", "month", True,
         "Shoigu made his second trip of the month to North Korea and met Kim Jong Un"),
        ("on June 4", "2025-06-04", "2025-06-04", "day", True,
         "Shoigu visited Pyongyang and met Kim to discuss implementing their defense pact"),
        ("this spring", "2025-03-01", "2025-05-31", "season", True,
         "Russian forces helped by North Korean troops retook most of the Kursk region"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "NIS said about 15,000 North Korean troops were sent and some 4,700 killed or wounded"),
        ("since October last year", "2024-10-01", "2025-06-18", "open", True,
         "About 15,000 North Korean troops sent to Russia (NIS)"),
        ("on Wednesday", "2025-06-18", "2025-06-18", "day", True,
         "Unification Ministry expressed deep regret over the worker dispatch"),
        ("in December 2017", "2017-12-01", "2017-12-31", "month", False,
         "UN Security Council Resolution 2397 adopted"),
        ("in June last year", "2024-06-01", "2024-06-30", "month", True,
         "Kim and Putin signed the Comprehensive Strategic Partnership Treaty in Pyongyang"),
    ],
}}
