# dev27_06_zn_shoigu_builders  (anchor 2025-07-18, Friday)
DIU = "Defence Intelligence of Ukraine"
VS = "Vadym Skibitskyi"
KPFF = "Korea Peninsula Futures Forum"
MODSRC = "Russian Defense Ministry source"
BG = "State Border Guard Service of Ukraine"
DOCS = {"dev27_06_zn_shoigu_builders": {
"figures": [
 ("6,000 more men", 6000, None, "exact", "man", "personnel", 6000, "count", ""),
 ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
 ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
 ("roughly 6,000 men", 6000, None, "approximately", "man", "personnel", 6000, "count", VS),
 ("some 30,000 more North Koreans", 30000, None, "approximately", "north korean", "personnel", 30000, "count", VS),
 ("more than 4,000 North Koreans", 4000, None, "more_than", "north korean", "casualties", 4000, "count", "Western officials"),
 ("250 billion won", 250000000000, None, "exact", "won", "money", 250000000000, "KRW", KPFF),
 ("about $180 million", 180000000, None, "approximately", "", "money", 180000000, "USD", KPFF),
 ("4.2 billion rubles", 4200000000, None, "exact", "ruble", "money", 4200000000, "RUB", ""),
 ("over €1 billion", 1000000000, None, "more_than", "", "money", 1000000000, "EUR", "European Union"),
 ("dozens of kilometres", 24, None, "vague", "kilometre", "territory", 24, "km", MODSRC),
 ("some 12 kilometres", 12, None, "approximately", "kilometre", "territory", 12, "km", BG),
 ("three North Korean artillery battalions", 3, None, "exact", "artillery battalion", "units", 3, "count", BG),
],
"attributions": [
 ("the new contingent will only clear mines and rebuild", "insists", "Russia", "Russia", "government", "Russia", "indirect"),
 ("it may be a reserve for new offensives", "warns", "Kyiv's intelligence", DIU, "organisation", "Ukraine", "indirect"),
 ('that North Korea would send 1,000 deminers and 5,000 military builders to the Kursk region "to restore infrastructure destroyed by the Ukrainian invaders."', "announced", "he", "Sergei Shoigu", "person", "Russia", "indirect"),
 ('that Kim Jong Un had told Shoigu Pyongyang would "unconditionally support" Moscow\'s position on "all issues related to the Ukrainian crisis."', "reported", "KCNA", "Korean Central News Agency", "media", "North Korea", "indirect"),
 ('Pyongyang would "unconditionally support" Moscow\'s position on "all issues related to the Ukrainian crisis."', "told", "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
 ('that of the roughly 6,000 men, "at least a third" would be combat engineers capable of fighting as infantry, and that some 30,000 more North Koreans could follow by autumn', "told ZN.UA", "Vadym Skibitskyi", VS, "person", "Ukraine", "indirect"),
 ("Deminers who carry rifles are still soldiers,", "said", "Skibitskyi", VS, "person", "Ukraine", "direct"),
 ("The Russians need bayonets, not bulldozers.", "said", "Skibitskyi", VS, "person", "Ukraine", "direct"),
 ("that more than 4,000 North Koreans have been killed or wounded since the first units reached the front last autumn", "estimate", "Western officials", "Western officials", "group", "West", "indirect"),
 ("the construction contract alone could be worth 250 billion won (about $180 million) a year to Pyongyang", "According to", "the Seoul-based Korea Peninsula Futures Forum", KPFF, "organisation", "independent", "according_to"),
 ("that North Korea has received goods worth over €1 billion from Russia since 2023, mostly oil, food and hard currency", "estimates", "Brussels", "European Union", "government", "EU", "indirect"),
 ("that the bloc's 18th sanctions package would include North Korean entities involved in the deployment", "said", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect"),
 ("A source in Russia's Defence Ministry, quoted by the Kommersant daily, dismissed Ukrainian claims as fantasies", "dismissed", "A source in Russia's Defence Ministry", MODSRC, "group", "Russia", "indirect"),
 ("the builders would work dozens of kilometres from the front line", "saying", "A source in Russia's Defence Ministry", MODSRC, "group", "Russia", "indirect"),
 ("Russian units have pushed some 12 kilometres into Ukraine's Sumy region since the spring, and three North Korean artillery battalions equipped with Koksan guns and M1991 rocket launchers are now firing across the border", "according to", "Ukraine's State Border Guard Service", BG, "organisation", "Ukraine", "according_to"),
 ("Pyongyang has turned Kursk into a permanent garrison,", '," |said| Hanna', "Hanna Shevchuk", "Hanna Shevchuk", "person", "independent", "direct"),
 ("It is no longer an expeditionary force. It is a colony of the Korean People's Army on Russian soil.", '," |said| Hanna', "Hanna Shevchuk", "Hanna Shevchuk", "person", "independent", "direct"),
 ("it would raise the matter at the UN Security Council next week", "said", "The Ukrainian Foreign Ministry", "Ministry of Foreign Affairs of Ukraine", "organisation", "Ukraine", "indirect"),
],
"events": [
 ("on June 17", "2025-06-17", "2025-06-17", "day", True, "Shoigu landed in Pyongyang and announced North Korea would send 1,000 deminers and 5,000 military builders"),
 ("The following day", "2025-06-18", "2025-06-18", "day", True, "KCNA reported Kim Jong Un pledged unconditional support for Moscow"),
 ("by autumn", "2025-09-01", "2025-11-30", "season", True, "Some 30,000 more North Koreans could follow (Skibitskyi's warning)"),
 ("last autumn", "2024-09-01", "2024-11-30", "season", True, "The first North Korean units reached the front"),
 ("in June", "2025-06-01", "2025-06-30", "month", True, "Russia's central bank cut its key rate to 20%"),
 ("this year", "2025-01-01", "2025-12-31", "year", True, "The Kursk regional budget set aside 4.2 billion rubles for reconstruction"),
 ("since 2023", "2023-01-01", "2025-07-18", "open", True, "North Korea received goods worth over EUR 1 billion from Russia"),
 ("on Tuesday", "2025-07-15", "2025-07-15", "day", True, "Kaja Kallas said the EU's 18th sanctions package would include North Korean entities"),
 ("since the spring", "2025-03-01", "2025-07-18", "open", True, "Russian units pushed some 12 km into Ukraine's Sumy region"),
 ("next week", "2025-07-21", "2025-07-27", "week", True, "Ukraine's Foreign Ministry will raise the matter at the UN Security Council"),
],
}}
