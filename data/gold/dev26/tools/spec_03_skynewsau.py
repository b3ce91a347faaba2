# dev26_03 Sky News Australia, published 2025-01-13 (Monday)
Z = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
SBU = "Security Service of Ukraine"
DOCS = {"dev26_03_skynewsau_captured_soldiers": {
"figures": [
 ("captures |two North Korean soldiers| in Kursk", 2, None, "exact", "soldier", "casualties", 2, "count", Z),
 ("captured |two North Korean soldiers| in Russia's", 2, None, "exact", "soldier", "casualties", 2, "count", Z),
 ("The |two men|, one aged", 2, None, "exact", "man", "casualties", 2, "count", Z),
 ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", "Ukraine"),
 ("around 300 North Koreans", 300, None, "approximately", "north korean", "casualties", 300, "count", NIS),
 ("and |2,700| wounded", 2700, None, "exact", "north korean", "casualties", 2700, "count", NIS),
 ("more than $1.3 billion", 1.3e9, None, "more_than", "", "money", 1.3e9, "AUD", ""),
 ("49 M1A1 Abrams tanks", 49, None, "exact", "tank", "weapons", 49, "count", ""),
],
"attributions": [
 ("Ukraine captures two North Korean soldiers in Kursk", "says", "Zelensky", Z, "person", "Ukraine", "indirect"),
 ("it is ready to swap the pair for Ukrainians held in Russia", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region", "announced", "President Volodymyr Zelenskyy", Z, "person", "Ukraine", "indirect"),
 ("The two men, one aged 20 and the other 26, were wounded and are being held in Kyiv, where they are being questioned by the SBU security service", "said", "he", Z, "person", "Ukraine", "indirect"),
 ('One of the prisoners told interrogators, through a Korean interpreter, that he had been told he was going to a "training exercise" and only learned he was fighting Ukraine after arriving', "the SBU |said| in a statement", "the SBU", SBU, "organisation", "Ukraine", "indirect"),
 ('that he had been told he was going to a "training exercise" and only learned he was fighting Ukraine after arriving', "told interrogators", "One of the prisoners", "North Korean prisoner", "group", "North Korea", "indirect"),
 ("Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organise their exchange for our warriors who are being held captive in Russia,", "wrote", "Mr Zelenskyy", Z, "person", "Ukraine", "direct"),
 ("it had repelled several attacks", "said", "Ukraine's 95th Air Assault Brigade", "95th Air Assault Brigade", "organisation", "Ukraine", "indirect"),
 ("that about 11,000 North Korean troops were sent to Kursk in the autumn", "said", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("that around 300 North Koreans have been killed and 2,700 wounded since the deployment began", "estimates", "Seoul's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("It's a propaganda gift for Kyiv,", "said", "Sydney-based defence analyst Dr Callum Breen", "Callum Breen", "person", "independent", "direct"),
 ("But the real value is intelligence: these men can tell Ukraine how North Korean units are organised, how they communicate, and how many more are coming.", "Kyiv,\" |said| Sydney",  "Sydney-based defence analyst Dr Callum Breen", "Callum Breen", "person", "independent", "direct"),
 ("Russia was preparing to share space and satellite technology with Pyongyang in return", "said", "US Secretary of State Antony Blinken", "Antony Blinken", "person", "United States", "indirect"),
 ('Australia "strongly condemns" the deployment, and that Canberra would continue to work with its partners to "impose costs" on Pyongyang', "said", "Foreign Minister Penny Wong", "Penny Wong", "person", "Australia", "indirect"),
],
"events": [
 ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelensky announced Ukrainian forces had captured two North Korean soldiers in Kursk"),
 ("the next day", "2025-01-12", "2025-01-12", "day", True, "The SBU said in a statement a prisoner believed he was going to a training exercise"),
 ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "Zelensky wrote on X that Ukraine is ready to swap the North Korean prisoners"),
 ("in the autumn", "2024-09-01", "2024-11-30", "season", True, "About 11,000 North Korean troops were sent to Kursk (per Kyiv)"),
 ("earlier this month", "2025-01-01", "2025-01-12", "month", True, "Blinken, in Seoul, said Russia was preparing to share space and satellite technology with Pyongyang"),
 ("since 2022", "2022-01-01", "2025-01-13", "open", True, "Australia committed more than $1.3 billion in military assistance to Ukraine"),
 ("last October", "2024-10-01", "2024-10-31", "month", True, "Australia announced 49 M1A1 Abrams tanks for Ukraine"),
],
}}
