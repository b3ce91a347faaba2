# dev26_01 Channel 4 News, published 2024-11-19 (Tuesday)
# figures: (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events: (span, date_start, date_end, granularity, relative, event[, occ])
BUD = "Kyrylo Budanov"
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
DOCS = {"dev26_01_channel4_kursk_budanov": {
"figures": [
 ("around 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", BUD),
 ("more than 10,000", 10000, None, "more_than", "troop", "personnel", 10000, "count", "United States"),
 ("up to 300km", 300, None, "at_most", "km", "territory", 300, "km", ""),
 ("Dozens", 24, None, "vague", "", "casualties", 24, "count", "Mira Lindqvist"),
 ("roughly 600 square kilometres", 600, None, "approximately", "square kilometre", "territory", 600, "km2", GS),
 ("about 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", GS),
 ("£3bn", 3e9, None, "exact", "", "money", 3e9, "GBP", "David Lammy"),
],
"attributions": [
 ("North Korean troops ‘already fighting in Kursk’", "tells", "Ukraine’s spy chief", BUD, "person", "Ukraine", "indirect"),
 ("North Korean soldiers are now fighting alongside Russian units in the Kursk region, more than three months after Kyiv’s forces pushed across the border", "says", "Ukraine’s military intelligence chief", BUD, "person", "Ukraine", "indirect"),
 ("“around 11,000” North Korean troops were in the region and that some had already joined assaults near the village of Plekhovo", "said", "Lieutenant General Kyrylo Budanov", BUD, "person", "Ukraine", "indirect"),
 ("They are not yet at the front in large numbers,", "said", "he", BUD, "person", "Ukraine", "direct"),
 ("But that will change, and quickly.", "said", "he", BUD, "person", "Ukraine", "direct"),
 ("that Washington believed more than 10,000 had moved west, but that only “small numbers” had seen combat so far", "said", "A senior US defence official", "senior US defence official", "group", "United States", "indirect"),
 ("more than 10,000 had moved west", "believed", "Washington", "United States", "government", "United States", "indirect"),
 ("American media first reported the decision on Sunday", "reported", "American media", "American media", "media", "independent", "indirect"),
 ("Ukrainian officials confirmed it the following day", "confirmed", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
 ("the move would “add fuel to the fire”", "told reporters", "The Kremlin spokesman, Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
 ("that Russia would regard any such strikes as a “new phase” of the war", "warned", "Foreign Minister Sergei Lavrov", "Sergei Lavrov", "person", "Russia", "indirect"),
 ("that North Korean soldiers had been assigned to Russian marine and airborne units", "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("Pyongyang has shipped Koksan 170mm self-propelled guns and 240mm rocket launchers", "believes", "The agency", NIS, "organisation", "South Korea", "indirect"),
 ("This is the first time in its 76-year history that North Korea has sent ground troops to a European war,", "said", "Dr Mira Lindqvist", "Mira Lindqvist", "person", "independent", "direct"),
 ("Ukrainian commanders had told her that the North Koreans were “disciplined, fit and completely unfamiliar with drones”", "said", "Lindqvist", "Mira Lindqvist", "person", "independent", "indirect"),
 ("that the North Koreans were “disciplined, fit and completely unfamiliar with drones”", "told her", "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "indirect"),
 ("that casualties could be high", "added", "She", "Mira Lindqvist", "person", "independent", "indirect"),
 ("Dozens of them will die for every village,", "said", "she", "Mira Lindqvist", "person", "independent", "direct"),
 ("and Pyongyang will call it training.", "said", "she", "Mira Lindqvist", "person", "independent", "direct"),
 ("its troops still hold roughly 600 square kilometres of the Kursk region, down from a peak of about 1,300 square kilometres in August", "says", "Ukraine’s General Staff", GS, "organisation", "Ukraine", "indirect"),
 ("that Britain would keep up its £3bn-a-year military aid to Kyiv “for as long as it takes”", "announced", "Foreign Secretary David Lammy", "David Lammy", "person", "United Kingdom", "indirect"),
],
"events": [
 ("in Kyiv |on Monday|, Lieutenant", "2024-11-18", "2024-11-18", "day", True, "Budanov told Channel 4 News about 11,000 North Korean troops were in Kursk and some had joined assaults"),
 ("on Friday", "2024-11-15", "2024-11-15", "day", True, "A senior US defence official said more than 10,000 North Korean troops had moved west, few in combat"),
 ("on Sunday", "2024-11-17", "2024-11-17", "day", True, "American media first reported the US decision to let Ukraine fire ATACMS into Russia"),
 ("the following day", "2024-11-18", "2024-11-18", "day", True, "Ukrainian officials confirmed the ATACMS decision"),
 ("last week", "2024-11-11", "2024-11-17", "week", True, "South Korea's NIS told lawmakers North Korean soldiers were assigned to Russian marine and airborne units"),
 ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukrainian-held area in Kursk peaked at about 1,300 square kilometres"),
 ("on Tuesday", "2024-11-19", "2024-11-19", "day", True, "David Lammy announced Britain would keep up its £3bn-a-year military aid to Kyiv"),
],
}}
