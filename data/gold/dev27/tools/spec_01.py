# dev27_01_focus_hur_kursk_buildup  (anchor 2024-11-08, Friday)
DIU = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service (South Korea)"
DOCS = {"dev27_01_focus_hur_kursk_buildup": {
"figures": [
 ("7,000 North Korean soldiers", 7000, None, "exact", "soldier", "personnel", 7000, "count", DIU),
 ("Around 7,000 North Korean troops", 7000, None, "approximately", "troop", "personnel", 7000, "count", DIU),
 ("thousands of extra men", 1000, None, "vague", "man", "personnel", 1000, "count", "Andriy Yusov"),
 ("roughly 10,000 to 12,000 soldiers", 10000, 12000, "range", "soldier", "personnel", 10000, "count", NIS),
 ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Yaryna Dovhal"),
 ("11,000 soldiers", 11000, None, "exact", "soldier", "personnel", 11000, "count", "Yaryna Dovhal"),
 ("some $264 million", 264000000, None, "approximately", "", "money", 264000000, "USD", "Yaryna Dovhal"),
 ("around 600 square kilometres", 600, None, "approximately", "square kilometre", "territory", 600, "km2", ""),
 ("about 1,300", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", ""),
],
"attributions": [
 ("HUR: |7,000 North Korean soldiers already near Kursk front, more on the way|", "|HUR:| 7,000", "HUR", DIU, "organisation", "Ukraine", "indirect"),
 ("the bulk of the North Korean contingent has moved west from training camps in the Far East", "says", "Ukraine's Defence Intelligence", DIU, "organisation", "Ukraine", "indirect"),
 ("that Pyongyang may rotate fresh troops in by December", "warns", "Seoul", "South Korea", "government", "South Korea", "indirect"),
 ("Around 7,000 North Korean troops have already been moved to Russia's Kursk region and the areas bordering it", "said", "the Defence Intelligence of Ukraine (HUR)", DIU, "organisation", "Ukraine", "indirect"),
 ("the soldiers are being issued Russian uniforms, AK-12 rifles and documents identifying them as natives of Buryatia", "According to", "the agency's spokesperson Andriy Yusov", "Andriy Yusov", "person", "Ukraine", "according_to"),
 ("They are being hidden in plain sight,", "told Focus", "Yusov", "Andriy Yusov", "person", "Ukraine", "direct"),
 ("The Russians hope nobody will notice thousands of extra men in a region where the front is already saturated.", "told Focus", "Yusov", "Andriy Yusov", "person", "Ukraine", "direct"),
 ("South Korea's National Intelligence Service told lawmakers on Thursday that Pyongyang had sent roughly 10,000 to 12,000 soldiers in total and was preparing a second rotation by December", "according to", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "according_to"),
 ("that Pyongyang had sent roughly 10,000 to 12,000 soldiers in total and was preparing a second rotation by December", "told lawmakers", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("Pyongyang is not sending cannon fodder, it is sending students,", "said", "Yaryna Dovhal", "Yaryna Dovhal", "person", "independent", "direct"),
 ("Every month at the front is a paid lesson in drone warfare that the Korean People's Army could not buy anywhere else.", "said", "Yaryna Dovhal", "Yaryna Dovhal", "person", "independent", "direct"),
 ("that Moscow pays Pyongyang about $2,000 per soldier each month, which for 11,000 soldiers would amount to some $264 million a year", "estimated", "Dovhal", "Yaryna Dovhal", "person", "independent", "indirect"),
 ("The Kremlin has neither confirmed nor denied the presence of North Korean soldiers", "neither confirmed nor denied", "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
 ('that military cooperation with Pyongyang was "in line with international law."', "repeated", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
],
"events": [
 ("troops in |by December|.", "2024-12-01", "2024-12-31", "month", True, "North Korea may rotate fresh troops into Russia (Seoul's warning)"),
 ("on Friday, November 8", "2024-11-08", "2024-11-08", "day", True, "HUR said around 7,000 North Korean troops had been moved to the Kursk region"),
 ("on Thursday", "2024-11-07", "2024-11-07", "day", True, "South Korea's NIS briefed lawmakers on 10,000-12,000 North Korean soldiers sent to Russia"),
 ("rotation |by December|, according", "2024-12-01", "2024-12-31", "month", True, "North Korea preparing a second rotation of troops (per NIS)"),
 ("on Wednesday", "2024-11-06", "2024-11-06", "day", True, "Dmitry Peskov repeated that military cooperation with Pyongyang was in line with international law"),
 ("in June", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed the Comprehensive Strategic Partnership treaty"),
 ("on October 24, 2024", "2024-10-24", "2024-10-24", "day", False, "Russia's State Duma ratified the treaty with North Korea"),
 ("on August 6", "2024-08-06", "2024-08-06", "day", True, "Ukraine launched its Kursk incursion"),
 ("since August", "2024-08-01", "2024-11-08", "open", True, "Ukrainian units such as the 95th Air Assault Brigade holding the line in Kursk"),
],
}}
