# dev26_02 ITV News, published 2024-12-24 (Tuesday)
Z = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
OFF = "Ukrainian special forces officer"
KIPS = "Korea Institute for Peninsula Strategy"
ISW = "Institute for the Study of War"
DOCS = {"dev26_02_itv_northkorean_casualties": {
"figures": [
 ("'|More than 3,000|' North", 3000, None, "more_than", "soldier", "casualties", 3000, "count", Z),
 ("about 100", 100, None, "approximately", "", "casualties", 100, "count", NIS),
 ("died and |1,000| have been", 1000, None, "exact", "", "casualties", 1000, "count", NIS),
 ("more than 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", Z),
 ("stands at |more than 3,000|.", 3000, None, "more_than", "soldier", "casualties", 3000, "count", Z),
 ("at least three North Korean soldiers", 3, None, "at_least", "soldier", "casualties", 3, "count", HUR),
 ("at least 100 North Korean soldiers", 100, None, "at_least", "soldier", "casualties", 100, "count", NIS),
 ("nearly 1,000", 1000, None, "approximately", "soldier", "casualties", 1000, "count", NIS),
 ("20 to 30 men", 20, 30, "range", "man", "personnel", 20, "count", OFF),
 ("between 40 and 50 square kilometres", 40, 50, "range", "square kilometre", "territory", 40, "km2", ISW),
 ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", KIPS),
 ("hundreds of millions of dollars", 1e8, None, "vague", "", "money", 1e8, "USD", "analysts"),
],
"attributions": [
 ("'More than 3,000' North Korean soldiers killed or wounded in Kursk", "claims", "Zelensky", Z, "person", "Ukraine", "indirect"),
 ("about 100 have died and 1,000 have been wounded", "says", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("that more than 3,000 North Korean soldiers have been killed or wounded in Russia's Kursk region", "claimed", "Volodymyr Zelensky", Z, "person", "Ukraine", "indirect"),
 ("According to preliminary data, the number of killed and wounded North Korean soldiers in the Kursk region already stands at more than 3,000.", "said", "the Ukrainian president", Z, "person", "Ukraine", "direct"),
 ('that Kyiv feared Pyongyang could send "additional" troops and military equipment to Russia', "added", "He", Z, "person", "Ukraine", "indirect"),
 ('that Russian commanders were using the North Koreans to plug gaps left by "heavy losses" among paratroopers, and that at least three North Korean soldiers had died after trying to avoid capture', "said", "Ukraine's military intelligence agency, HUR", HUR, "organisation", "Ukraine", "indirect"),
 ("that the agency had briefed MPs that at least 100 North Korean soldiers had been killed and nearly 1,000 wounded", "told reporters", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
 ("that at least 100 North Korean soldiers had been killed and nearly 1,000 wounded", "briefed MPs", "the agency", NIS, "organisation", "South Korea", "indirect"),
 ('that the North Koreans attacked "in waves of 20 to 30 men" across open fields', "told ITV News", "A Ukrainian special forces officer", OFF, "group", "Ukraine", "indirect"),
 ("They have no idea how to deal with drones. They run in a line, and our FPV operators see them from a kilometre away,", "said", "the officer", OFF, "group", "Ukraine", "direct"),
 ("Pyongyang is learning fast, though,", "warned", "Professor Han Ji-soo", "Han Ji-soo", "person", "independent", "direct"),
 ("Every soldier who comes home from Kursk brings back lessons from the world's most modern battlefield.", "warned", "Professor Han Ji-soo", "Han Ji-soo", "person", "independent", "direct"),
 ('that the UK would continue to "stand with Ukraine"', "said", "Defence Secretary John Healey", "John Healey", "person", "United Kingdom", "indirect"),
 ("a sign of Putin's desperation", "described", "Defence Secretary John Healey", "John Healey", "person", "United Kingdom", "direct"),
 ("Russian and North Korean forces have recaptured between 40 and 50 square kilometres of the Kursk salient since early December", "According to", "the Institute for the Study of War", ISW, "organisation", "independent", "according_to"),
 ("Pyongyang is thought to receive about $2,000 a month per soldier", "according to", "estimates by the Korea Institute for Peninsula Strategy", KIPS, "organisation", "independent", "according_to"),
 ("some analysts put the total value of Russian payments at hundreds of millions of dollars", "put", "some analysts", "analysts", "group", "independent", "indirect"),
 ("The Kremlin has neither confirmed nor denied the presence of North Korean troops", "neither confirmed nor denied", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
],
"events": [
 ("earlier this month", "2024-12-01", "2024-12-23", "month", True, "North Korean troops reached the front line in Kursk"),
 ("on Monday evening", "2024-12-23", "2024-12-23", "day", True, "Zelensky wrote on Telegram that more than 3,000 North Korean soldiers had been killed or wounded"),
 ("in October", "2024-10-01", "2024-10-31", "month", True, "North Korean troops began arriving in Russia"),
 ("on Saturday", "2024-12-21", "2024-12-21", "day", True, "HUR said Russia used North Koreans to plug gaps and at least three died avoiding capture"),
 ("last Thursday", "2024-12-19", "2024-12-19", "day", True, "Lee Seong-kweun said the NIS briefed MPs of at least 100 North Korean dead and nearly 1,000 wounded"),
 ("last month", "2024-11-01", "2024-11-30", "month", True, "John Healey said the UK would continue to stand with Ukraine"),
 ("since early December", "2024-12-01", "2024-12-24", "open", True, "Russian and North Korean forces recaptured 40-50 square kilometres of the Kursk salient (ISW)"),
],
}}
