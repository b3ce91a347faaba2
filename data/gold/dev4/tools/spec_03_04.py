# Annotation spec for dev4 docs 03-04 (same conventions as spec_01_02.py).
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
ZEL = "Volodymyr Zelensky"
POW = "captured North Korean soldier"

DOCS = {}

# ---------------------------------------------------------------- 03 Radio Free Asia, 2025-01-13 (Mon)
DOCS["dev4_03_rfa_captured_soldiers_kursk"] = dict(
figures=[
 ("Two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
 ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
 ("Two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
 ("more than 3,000 North Korean troops", 3000, None, "more_than", "troop", "casualties", 3000, "count", ZEL),
 ("about 300", 300, None, "approximately", "troop", "casualties", 300, "count", "South Korean lawmakers"),
 ("and |2,700| had been wounded", 2700, None, "exact", "troop", "casualties", 2700, "count", "South Korean lawmakers"),
 ("hundreds of millions of dollars", 100000000, None, "vague", "dollar", "money", 100000000, "USD", ""),
],
attributions=[
 ("Two North Korean soldiers captured in Kursk", "says", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
 ("Seoul’s spy agency confirms the capture", "confirms", "Seoul’s spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("he thought he was being sent for training", "told interrogators", "one of the men", POW, "group", "North Korea", "indirect"),
 ("Ukrainian forces have captured two North Korean soldiers alive in Russia’s Kursk region", "said", "President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
 ("Our soldiers captured North Korean military personnel in the Kursk region. Two soldiers, although wounded, survived and were taken to Kyiv, where they are now communicating with the SBU,", "wrote on X", "Zelenskyy", ZEL, "person", "Ukraine", "direct"),
 ("It was not an easy task,", "added", "he", ZEL, "person", "Ukraine", "direct"),
 ("Russian forces and other North Korean military personnel usually execute their wounded to erase any evidence of North Korea’s involvement in the war against Ukraine.", "added", "he", ZEL, "person", "Ukraine", "direct"),
 ("that it had worked with Ukraine’s intelligence agency on the capture", "confirmed", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("One of the soldiers, born in 2005, had joined the army in 2021 as a sniper, while the other, 26, had served since 2016", "said", "the agency", NIS, "organisation", "South Korea", "indirect"),
 ("One of the men told Ukrainian interrogators that he had not known he would be fighting against Ukraine and had believed he was being sent to Russia for training", "said", "the NIS", NIS, "organisation", "South Korea", "indirect"),
 ("that he had not known he would be fighting against Ukraine and had believed he was being sent to Russia for training", "told Ukrainian interrogators", "One of the men", POW, "group", "North Korea", "indirect"),
 ("He also said his unit had lost “a lot of people” in fighting", "according to", "the agency", NIS, "organisation", "South Korea", "according_to"),
 ("his unit had lost “a lot of people” in fighting", "said", "He", POW, "group", "North Korea", "indirect"),
 ("that more than 3,000 North Korean troops had been killed or wounded in Kursk", "said", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
 ("that about 300 had died and 2,700 had been wounded", "said", "South Korean lawmakers briefed by the NIS", "South Korean lawmakers", "group", "South Korea", "indirect"),
 ("that the government would consider any request by the men to come to South Korea “in line with relevant laws and humanitarian principles.”", "told a regular briefing", "Foreign Ministry spokesperson Lee Jae-woong", "Lee Jae-woong", "person", "South Korea", "indirect"),
 ("the soldiers’ families were likely to face punishment", "said", "Kim Kwang-il", "Kim Kwang-il", "person", "independent", "indirect"),
 ("In North Korea, being captured is treated as betrayal. Their parents will be sent to a political prison camp if the state learns they are alive,", "told RFA Korean", "he", "Kim Kwang-il", "person", "independent", "direct"),
 ("he would like to stay in Ukraine if allowed", "said", "one of the captured soldiers", POW, "group", "North Korea", "indirect"),
 ("he wanted to go home", "said", "The other", POW, "group", "North Korea", "indirect"),
],
events=[
 ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelenskyy said Ukrainian forces had captured two North Korean soldiers in Kursk"),
 ("late last year", "2024-01-01", "2024-12-31", "year", True, "Pyongyang sent soldiers to fight for Moscow"),
 ("the following day", "2025-01-12", "2025-01-12", "day", True, "NIS confirmed it had worked with Ukrainian intelligence on the capture"),
 ("in 2005", "2005-01-01", "2005-12-31", "year", False, "One of the captured soldiers was born"),
 ("in 2021", "2021-01-01", "2021-12-31", "year", False, "One of the captured soldiers joined the army as a sniper"),
 ("since 2016", "2016-01-01", "2025-01-13", "open", True, "The other captured soldier has served in the army"),
 ("on Jan. 4", "2025-01-04", "2025-01-04", "day", True, "Zelenskyy said more than 3,000 North Korean troops had been killed or wounded"),
 ("earlier this month", "2025-01-01", "2025-01-12", "month", True, "Lawmakers briefed by the NIS said about 300 North Koreans had died and 2,700 been wounded"),
 ("on Monday", "2025-01-13", "2025-01-13", "day", True, "Lee Jae-woong said Seoul would consider requests by the captured men to come to South Korea"),
 ("in 2019", "2019-01-01", "2019-12-31", "year", False, "Defector Kim Kwang-il fled North Korea"),
 ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "The SBU released a video of one captured soldier saying he would like to stay in Ukraine"),
],
)

# ---------------------------------------------------------------- 04 Euronews, 2025-02-10 (Mon)
SQMI = 2.589988
DOCS["dev4_04_euronews_nk_troops_return_kursk"] = dict(
figures=[
 ("around 4,000 casualties", 4000, None, "approximately", "casualty", "casualties", 4000, "count", HUR),
 ("roughly 1,000 soldiers", 1000, None, "approximately", "soldier", "casualties", 1000, "count", HUR),
 ("about 11,000", 11000, None, "approximately", "fighter", "personnel", 11000, "count", NIS),
 ("roughly 8,000 effective fighters", 8000, None, "approximately", "fighter", "personnel", 8000, "count", NIS),
 ("up to 5 kilometres", 5, None, "at_most", "kilometre", "territory", 5, "km", "Russian military bloggers"),
 ("12 tanks", 12, None, "exact", "tank", "weapons", 12, "count", "Russian Defense Ministry"),
 ("more than 20 armoured vehicles", 20, None, "more_than", "armoured vehicle", "weapons", 20, "count", "Russian Defense Ministry"),
 ("some 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", "Ukraine"),
 ("about 500 square miles", 500, None, "approximately", "square mile", "territory", round(500 * SQMI, 6), "km2", "Ukraine"),
 ("roughly 450 sq km", 450, None, "approximately", "sq km", "territory", 450, "km2", "Institute for the Study of War"),
 ("around $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Maritime and Continental Security Forum"),
 ("more than 270 billion won", 270000000000, None, "more_than", "won", "money", 270000000000, "KRW", ""),
 ("€180 million", 180000000, None, "exact", "", "money", 180000000, "EUR", ""),
],
attributions=[
 ("North Korean troops back on Kursk front after weeks-long pause", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("North Korean soldiers have resumed assaults in Russia’s Kursk region after being withdrawn from the front line for around three weeks", "said", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
 ("that North Korean units had reappeared near the village of Sverdlikovo on 7 February, “fewer in number but better prepared”", "told Euronews", "Captain Serhii Dovbysh", "Serhii Dovbysh", "person", "Ukraine", "indirect"),
 ("They have learned to spread out and to deal with our drones. They no longer walk across open fields in columns,", "said", "he", "Serhii Dovbysh", "person", "Ukraine", "direct"),
 ("But they still do not retreat. Ever.", "said", "he", "Serhii Dovbysh", "person", "Ukraine", "direct"),
 ("North Korea’s contingent in Kursk has suffered around 4,000 casualties since entering combat in early December 2024, including roughly 1,000 soldiers killed", "According to", "Ukraine’s Defence Intelligence (HUR)", HUR, "organisation", "Ukraine", "according_to"),
 ("Pyongyang pulled its forces back in mid-January to regroup", "said", "HUR spokesperson Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "indirect"),
 ("the North Korean force had since been reinforced with fresh troops", "said", "He", "Andriy Yusov", "person", "Ukraine", "indirect"),
 ("that the contingent had shrunk from about 11,000 to roughly 8,000 effective fighters", "estimated", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("Ukrainian units had advanced up to 5 kilometres in places", "said", "Russian military bloggers", "Russian military bloggers", "group", "Russia", "indirect"),
 ("its forces had repelled the attack, destroying 12 tanks and more than 20 armoured vehicles", "said", "Russia’s Defence Ministry", "Russian Defense Ministry", "organisation", "Russia", "indirect"),
 ("Ukraine claimed control of some 1,300 square kilometres (about 500 square miles)", "claimed", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
 ("that the figure had fallen to roughly 450 sq km", "assessed", "analysts at the Washington-based Institute for the Study of War", "Institute for the Study of War", "organisation", "independent", "indirect"),
 ("that Pyongyang was “paying for Putin’s war with the lives of its young men”", "posted on X", "Ukraine’s Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
 ("called for new sanctions on North Korea", "called for", "Ukraine’s Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
 ("South Korea will “respond sternly” to any transfer of sensitive Russian military technology to the North", "has said", "acting President Choi Sang-mok’s office", "South Korean presidential office", "organisation", "South Korea", "indirect"),
 ("Moscow is paying for the troops with help on satellites, submarines and air defence", "fear", "South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
 ("The money is the least of it. What worries us is what Pyongyang gets in return: know-how,", "told Euronews", "a senior South Korean defence official", "senior South Korean defence official", "group", "South Korea", "direct"),
 ("North Korea is thought to receive around $2,000 per soldier per month from Moscow", "according to", "the Busan-based Maritime and Continental Security Forum", "Maritime and Continental Security Forum", "organisation", "independent", "according_to"),
],
events=[
 ("on Sunday", "2025-02-09", "2025-02-09", "day", True, "SSO spokesperson Dovbysh told Euronews North Korean units had reappeared"),
 ("on 7 February", "2025-02-07", "2025-02-07", "day", True, "North Korean units reappeared near Sverdlikovo"),
 ("in early December 2024", "2024-12-01", "2024-12-31", "month", False, "North Korean contingent entered combat in Kursk"),
 ("in mid-January", "2025-01-01", "2025-01-31", "month", True, "Pyongyang pulled its forces back from the front to regroup"),
 ("Service estimated |last month|", "2025-01-01", "2025-01-31", "month", True, "NIS estimated the contingent had shrunk from about 11,000 to roughly 8,000 fighters"),
 ("on Thursday", "2025-02-06", "2025-02-06", "day", True, "Ukrainian forces launched a surprise attack south-east of Sudzha"),
 ("on Friday", "2025-02-07", "2025-02-07", "day", True, "Russia's Defence Ministry said it repelled the attack, destroying 12 tanks"),
 ("last August", "2024-08-01", "2024-08-31", "month", True, "Ukraine's incursion into the Kursk region"),
 ("late last month", "2025-01-01", "2025-01-31", "month", True, "ISW assessed Ukrainian-held territory had fallen to roughly 450 sq km"),
 ("on Saturday", "2025-02-08", "2025-02-08", "day", True, "Sybiha posted on X and called for new sanctions on North Korea"),
],
)
