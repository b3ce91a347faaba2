# Annotation spec for dev4 docs 05-06 (same conventions as spec_01_02.py).
NIS = "National Intelligence Service (South Korea)"
GSU = "General Staff of the Armed Forces of Ukraine"
CMC = "Central Military Commission of the Workers' Party of Korea"
SKMS = "South Korean military sources"
SQMI = 2.589988

DOCS = {}

# ---------------------------------------------------------------- 05 Politico Europe, 2025-03-14 (Fri)
DOCS["dev4_05_politico_sudzha_eu_sanctions"] = dict(
figures=[
 ("up to 30 percent", 30, None, "at_most", "percent", "casualties", 30, "count", "Dmytro Stetsiuk"),
 ("less than 100 square miles", 100, None, "less_than", "square mile", "territory", round(100 * SQMI, 6), "km2", "Kartta Watch"),
 ("roughly 500 square miles", 500, None, "approximately", "square mile", "territory", round(500 * SQMI, 6), "km2", "Kartta Watch"),
 ("an estimated 9 million artillery shells", 9000000, None, "approximately", "artillery shell", "weapons", 9000000, "count", "Estonian Defence Forces Intelligence Centre"),
 ("at least $500 million", 500000000, None, "at_least", "", "money", 500000000, "USD", "Mirela Dragan"),
],
attributions=[
 ("the bloc has been slow to respond", "say", "Brussels diplomats", "EU diplomats", "group", "EU", "indirect"),
 ("Russia’s recapture of the town of Sudzha this week was achieved with help from North Korean assault units", "say", "Ukrainian and Western officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
 ("Russia’s recapture of the town of Sudzha this week was achieved with help from North Korean assault units", "say", "Ukrainian and Western officials", "Western officials", "group", "West", "indirect"),
 ("that its forces had “liberated” Sudzha", "announced", "The Russian Defense Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
 ("He ordered commanders to “completely free” the Kursk region “in the shortest possible time.”", "ordered", "He", "Vladimir Putin", "person", "Russia", "indirect"),
 ("that its troops had withdrawn “to more favorable positions” in parts of the Kursk salient", "acknowledged", "Ukraine’s General Staff", GSU, "organisation", "Ukraine", "indirect"),
 ("that they had been encircled", "denied", "Ukraine’s General Staff", GSU, "organisation", "Ukraine", "indirect"),
 ("that North Korean units, now operating in smaller groups alongside Russian paratroopers, had been among the first to enter the town’s outskirts", "told POLITICO", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
 ("The Koreans go first, the Russians come behind them,", "said", "Lieutenant Colonel Dmytro Stetsiuk", "Dmytro Stetsiuk", "person", "Ukraine", "direct"),
 ("They lose up to 30 percent of a company in a single assault, but they keep coming.", "said", "Lieutenant Colonel Dmytro Stetsiuk", "Dmytro Stetsiuk", "person", "Ukraine", "direct"),
 ("that Russian commanders are using the North Koreans as “cannon fodder.”", "has alleged", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("Moscow has rejected the accusation", "has rejected", "Moscow", "Russia", "government", "Russia", "indirect"),
 ("that North Korean soldiers are fighting on Russian soil", "has still not officially acknowledged", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
 ("he had “nothing to add” to previous statements", "said", "spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
 ("Kyiv now holds less than 100 square miles of the roughly 500 square miles it seized last summer", "according to", "the Helsinki-based open-source mapping collective Kartta Watch", "Kartta Watch", "organisation", "independent", "according_to"),
 ("that North Korea’s involvement was “a direct threat to European security” and that the bloc was preparing to list North Korean officers involved in the war", "told reporters", "EU foreign policy chief Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect"),
 ("Hungary and Slovakia were blocking a proposal to add North Korean Defense Minister No Kwang Chol and several senior generals to the bloc’s sanctions list", "said", "EU diplomats", "EU diplomats", "group", "EU", "indirect"),
 ("We sanctioned Iranian drone makers within weeks. With North Korea, which has sent soldiers to fight in Europe, we are still discussing it after five months,", "said", "one of the diplomats", "EU diplomat", "group", "EU", "direct"),
 ("Pyongyang has supplied Russia with an estimated 9 million artillery shells since 2023", "according to", "Estonian military intelligence", "Estonian Defence Forces Intelligence Centre", "organisation", "Estonia", "according_to"),
 ("Europe keeps treating this as an Asian problem. It stopped being one the day the first North Korean battalion crossed into Kursk,", "said", "Mirela Dragan", "Mirela Dragan", "person", "independent", "direct"),
 ("that Pyongyang had earned at least $500 million from troops and arms sales last year", "estimated", "She", "Mirela Dragan", "person", "independent", "indirect"),
],
events=[
 ("this week", "2025-03-10", "2025-03-16", "week", True, "Russia recaptured Sudzha with help from North Korean assault units"),
 ("on Thursday", "2025-03-13", "2025-03-13", "day", True, "Russian Defense Ministry announced Sudzha had been liberated"),
 ("August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine's incursion into the Kursk region, in which it seized Sudzha"),
 ("A day earlier", "2025-03-12", "2025-03-12", "day", True, "Putin visited a Kursk command post in fatigues and ordered the region freed"),
 ("on Wednesday", "2025-03-12", "2025-03-12", "day", True, "Ukraine's General Staff acknowledged a withdrawal in parts of the Kursk salient"),
 ("in early March", "2025-03-01", "2025-03-31", "month", True, "The 151st Separate Rifle Battalion withdrew from Sudzha"),
 ("on Tuesday", "2025-03-11", "2025-03-11", "day", True, "Peskov said he had nothing to add on North Korean soldiers"),
 ("last summer", "2024-06-01", "2024-08-31", "season", True, "Ukraine seized roughly 500 square miles of Russian territory"),
 ("on Monday", "2025-03-10", "2025-03-10", "day", True, "Kallas called North Korea's involvement a direct threat to European security"),
 ("next month", "2025-04-01", "2025-04-30", "month", True, "EU foreign ministers to meet and take up North Korea sanctions again"),
 ("since 2023", "2023-01-01", "2025-03-14", "open", True, "Pyongyang supplied Russia with an estimated 9 million artillery shells"),
 ("sales |last year|", "2024-01-01", "2024-12-31", "year", True, "Pyongyang earned at least $500 million from troops and arms sales"),
],
)

# ---------------------------------------------------------------- 06 The Korea Herald, 2025-04-28 (Mon)
DOCS["dev4_06_koreaherald_pyongyang_confirms_deployment"] = dict(
figures=[
 ("about 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
 ("some 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
 ("around 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS),
 ("several hundred engineers", 100, None, "vague", "engineer", "personnel", 100, "count", NIS),
 ("between 1,000 and 3,000 troops", 1000, 3000, "range", "troop", "personnel", 1000, "count", SKMS),
 ("10,000-12,000", 10000, 12000, "range", "troop", "personnel", 10000, "count", SKMS),
 ("more than two million artillery shells", 2000000, None, "more_than", "artillery shell", "weapons", 2000000, "count", ""),
 ("dozens of KN-23 and KN-24 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", ""),
],
attributions=[
 ("N. Korea confirms troop dispatch to Russia for first time", "confirms", "N. Korea", "North Korea", "government", "North Korea", "indirect"),
 ("Kim ordered it", "says", "N. Korea", "North Korea", "government", "North Korea", "indirect"),
 ("that it had deployed combat troops to Russia", "acknowledged", "North Korea", "North Korea", "government", "North Korea", "indirect"),
 ("its soldiers had helped \"liberate\" the Kursk region from Ukrainian forces on the orders of leader Kim Jong Un", "saying", "North Korea", "North Korea", "government", "North Korea", "indirect"),
 ("the troops had been sent under the mutual defense treaty signed with Moscow in June last year", "said", "the ruling Workers' Party's Central Military Commission", CMC, "organisation", "North Korea", "indirect"),
 ("The heroic sub-units of our armed forces have performed their noble duty to annihilate and wipe out the Ukrainian neo-Nazi occupiers,", "said", "it", CMC, "organisation", "North Korea", "direct"),
 ("that the soldiers were \"heroes\" whose sacrifice would be commemorated with a monument in Pyongyang", "was quoted as saying", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
 ("Those who fought for justice are all heroes and representatives of the honor of the motherland,", "said", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
 ("that the Kursk region had been fully cleared of Ukrainian troops", "told", "Russia's chief of the general staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
 ("North Korean soldiers had shown \"high professionalism, fortitude, courage and heroism\" in the fighting", "said", "Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
 ("Ukraine disputes the claim", "disputes", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
 ("its units were still holding positions in the Kursk and Belgorod border areas", "said", "Ukraine's General Staff", GSU, "organisation", "Ukraine", "indirect"),
 ("President Volodymyr Zelensky dismissed Moscow's announcement as \"propaganda\" on Sunday", "dismissed", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
 ("that North Korea had sent about 15,000 soldiers to Russia, of whom some 4,700 had been killed or wounded, including around 600 deaths", "briefed lawmakers", "The National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("Pyongyang was preparing to send several hundred engineers to Kursk to help rebuild roads and bridges", "said", "It", NIS, "organisation", "South Korea", "indirect"),
 ("that a third contingent of between 1,000 and 3,000 troops may have arrived in Russia since February", "citing", "South Korean military sources", SKMS, "group", "South Korea", "indirect"),
 ("The first rotation, which arrived in October and November, numbered 10,000-12,000", "said", "the sources", SKMS, "group", "South Korea", "indirect"),
 ("that North Korean troops in Russia had been trained to operate drones and that Pyongyang was trying to mass-produce them at home", "told lawmakers", "The Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)", "organisation", "South Korea", "indirect"),
 ("In March, Kim Jong Un oversaw tests of new suicide drones", "according to", "state media", "North Korean state media", "media", "North Korea", "according_to"),
 ("Pyongyang's decision to go public was aimed at both a domestic and a foreign audience", "said", "Analysts in Seoul", "analysts", "group", "independent", "indirect"),
 ("By announcing it now, after the fighting in Kursk is over, Pyongyang can present the deployment as a victory and claim its share of the spoils from Moscow,", "said", "Ahn Seo-yeon", "Ahn Seo-yeon", "person", "independent", "direct"),
 ("I would expect so. Russia's war is not over, and Pyongyang has found a business model.", "said", "she", "Ahn Seo-yeon", "person", "independent", "direct"),
 ("South Korea's Foreign Ministry condemned the statement on Monday", "condemned", "South Korea's Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
 ("a clear violation", "calling", "South Korea's Foreign Ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "direct"),
 ("it would work with its partners to ensure Pyongyang gains nothing from its \"illegal\" military cooperation with Moscow", "said", "The ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
],
events=[
 ("Korea |on Monday| acknowledged", "2025-04-28", "2025-04-28", "day", True, "North Korea acknowledged for the first time it had deployed combat troops to Russia"),
 ("in June last year", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed the mutual defense treaty"),
 ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin the Kursk region had been fully cleared of Ukrainian troops"),
 ("said |Monday| its units", "2025-04-28", "2025-04-28", "day", True, "Ukraine's General Staff said its units still held positions in Kursk and Belgorod border areas"),
 ("\"propaganda\" |on Sunday|", "2025-04-27", "2025-04-27", "day", True, "Zelensky dismissed Moscow's announcement as propaganda"),
 ("last week", "2025-04-21", "2025-04-27", "week", True, "NIS briefed lawmakers that about 15,000 North Korean soldiers had been sent, 4,700 killed or wounded"),
 ("reported |on Sunday|", "2025-04-27", "2025-04-27", "day", True, "Yonhap reported a third North Korean contingent may have arrived in Russia"),
 ("since February", "2025-02-01", "2025-04-28", "open", True, "A third contingent of 1,000-3,000 North Korean troops may have arrived in Russia"),
 ("in October and November", "2024-10-01", "2024-11-30", "month", True, "The first rotation of 10,000-12,000 North Korean troops arrived in Russia"),
 ("since 2023", "2023-01-01", "2025-04-28", "open", True, "North Korea shipped more than two million artillery shells to Russia"),
 ("earlier this month", "2025-04-01", "2025-04-27", "month", True, "The JCS told lawmakers North Korean troops had been trained to operate drones"),
 ("In March", "2025-03-01", "2025-03-31", "month", True, "Kim Jong Un oversaw tests of new suicide drones"),
 ("statement |on Monday|", "2025-04-28", "2025-04-28", "day", True, "South Korea's Foreign Ministry condemned the North Korean statement"),
 ("percent |on Monday|", "2025-04-28", "2025-04-28", "day", True, "Shares of South Korean defense firms rose as much as 4 percent"),
],
)
