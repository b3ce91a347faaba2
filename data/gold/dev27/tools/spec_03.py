# dev27_03_suspilne_captured_soldiers  (manifest date empty; anchor = page date line 13 January 2025, a Monday)
VZ = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
POW = "captured North Korean soldier"
KIT = "Ukrainian paratrooper Kit"
DOCS = {"dev27_03_suspilne_captured_soldiers": {
"figures": [
 ("Two captured North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
 ("over |two North Korean soldiers| captured", 2, None, "exact", "soldier", "casualties", 2, "count", VZ),
 ("The |two men| were captured", 2, None, "exact", "man", "casualties", 2, "count", VZ),
 ("that |two North Korean soldiers| had been", 2, None, "exact", "soldier", "casualties", 2, "count", NIS),
 ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
 ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
 ("at least three bodies", 3, None, "at_least", "body", "casualties", 3, "count", KIT),
 ("two prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", "Olena Pavlenko"),
 ("more than 3,700 Ukrainians", 3700, None, "more_than", "ukrainian", "other", 3700, "count", ""),
],
"attributions": [
 ("|Two captured North Korean soldiers can be exchanged for Ukrainians| –", "Ukrainians |– Zelensky|\n", "Zelensky", VZ, "person", "Ukraine", "indirect"),
 ("Ukraine is ready to hand over two North Korean soldiers captured in the Kursk region to Kim Jong Un if he can organise their exchange for Ukrainians held in Russian captivity", "said", "President Volodymyr Zelensky", VZ, "person", "Ukraine", "indirect"),
 ("For those North Korean soldiers who do not wish to return, there may be other options,", "wrote", "the president", VZ, "person", "Ukraine", "direct"),
 ("In particular, those who express a desire to bring the truth about this war to Korea will be given such an opportunity.", "wrote", "the president", VZ, "person", "Ukraine", "direct"),
 ("The two men were captured on January 9 by Ukrainian special forces and paratroopers in the Kursk region", "announced", "Zelensky", VZ, "person", "Ukraine", "indirect"),
 ("one of the prisoners was born in 2005 and the other in 1999, and the younger man told interrogators he had been told he was going to a training exercise, not to war", "According to", "the Security Service of Ukraine (SBU)", "Security Service of Ukraine", "organisation", "Ukraine", "according_to"),
 ("told interrogators |he had been told he was going to a training exercise, not to war|", "told interrogators", "the younger man", POW, "group", "North Korea", "indirect"),
 ("he had served in the army since 2021", "said", "The 26-year-old", POW, "group", "North Korea", "indirect"),
 ("that his unit had received only a week of training alongside Russian forces", "told investigators", "The 26-year-old", POW, "group", "North Korea", "indirect"),
 ("the interrogations were being conducted with the help of Korean interpreters in cooperation with South Korea’s National Intelligence Service", "said", "The SBU", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
 ("that two North Korean soldiers had been captured alive", "confirmed", "Seoul’s spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("that about 300 North Korean soldiers had been killed and some 2,700 wounded since they entered combat in December", "told South Korean lawmakers", "the NIS", NIS, "organisation", "South Korea", "indirect"),
 ("that memos found on dead soldiers showed they had been ordered to take their own lives rather than be taken prisoner", "said", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
 ("Capturing them alive is extremely difficult – they blow themselves up with grenades,", "told Suspilne", "a Ukrainian paratrooper with the call sign “Kit”", KIT, "person", "Ukraine", "direct"),
 ("his unit had found “at least three bodies” of soldiers who appeared to have done so", "said", "He", KIT, "person", "Ukraine", "indirect"),
 ("that the Geneva Conventions give the two prisoners the right to request asylum", "argued", "Human rights lawyer Olena Pavlenko", "Olena Pavlenko", "person", "independent", "indirect"),
 ("International law does not oblige Ukraine to return a prisoner to a state where he faces execution,", "said", "she", "Olena Pavlenko", "person", "independent", "direct"),
 ("that it was ready to include the North Koreans in future exchanges", "said", "Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters for the Treatment of Prisoners of War", "organisation", "Ukraine", "indirect"),
],
"events": [
 ("said |on Sunday|.", "2025-01-12", "2025-01-12", "day", True, "Zelensky said Ukraine is ready to exchange two captured North Korean soldiers for Ukrainian POWs"),
 ("on January 9", "2025-01-09", "2025-01-09", "day", True, "Two North Korean soldiers were captured by Ukrainian special forces and paratroopers in Kursk"),
 ("on Saturday", "2025-01-11", "2025-01-11", "day", True, "Zelensky announced the capture of two North Korean soldiers"),
 ("in 2005", "2005-01-01", "2005-12-31", "year", False, "One of the captured North Korean soldiers was born"),
 ("in 1999", "1999-01-01", "1999-12-31", "year", False, "The other captured North Korean soldier was born"),
 ("since 2021", "2021-01-01", "2025-01-13", "open", True, "The 26-year-old prisoner has served in the North Korean army"),
 ("confirmed |on Sunday|", "2025-01-12", "2025-01-12", "day", True, "South Korea's NIS confirmed two North Korean soldiers had been captured alive"),
 ("on Monday", "2025-01-13", "2025-01-13", "day", True, "NIS told lawmakers about 300 North Korean soldiers killed and some 2,700 wounded"),
 ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean soldiers entered combat in Kursk"),
 ("last week", "2025-01-06", "2025-01-12", "week", True, "Ukraine's POW Coordination Headquarters said it was ready to include North Koreans in exchanges"),
 ("since 2022", "2022-01-01", "2025-01-13", "open", True, "Ukraine returned more than 3,700 Ukrainians from Russian captivity"),
],
}}
