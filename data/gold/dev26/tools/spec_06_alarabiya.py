# dev26_06 Al Arabiya English, published 2025-09-03 (Wednesday)
NIS = "National Intelligence Service (South Korea)"
KCNA = "Korean Central News Agency"
UMI = "Ukrainian military intelligence official"
DOCS = {"dev26_06_alarabiya_kursk_memorial": {
"figures": [
 ("About 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
 ("roughly 28 trillion won", 2.8e13, None, "approximately", "", "money", 2.8e13, "KRW", NIS),
 ("$20 billion", 2e10, None, "exact", "", "money", 2e10, "USD", NIS),
 ("6,000 engineers", 6000, None, "exact", "engineer", "personnel", 6000, "count", NIS),
 ("between 2,000 and 3,000 North Korean artillerymen", 2000, 3000, "range", "artilleryman", "personnel", 2000, "count", UMI),
],
"attributions": [
 ("North Korea to build museum for soldiers killed in Kursk", "says", "KCNA", KCNA, "media", "North Korea", "indirect"),
 ("North Korean leader Kim Jong Un has ordered the construction of a museum and memorial in Pyongyang for soldiers killed fighting for Russia", "reported", "state media KCNA", KCNA, "media", "North Korea", "indirect"),
 ("The heroes who fell on the foreign battlefield will live forever in the hearts of our people,", "said", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
 ("“The heroes who fell on the foreign battlefield will live forever in the hearts of our people,” Kim said", "according to", "KCNA", KCNA, "media", "North Korea", "according_to"),
 ("About 2,000 North Korean soldiers have been killed since the deployment began last October", "told lawmakers", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
 ("About 2,000 North Korean soldiers have been killed since the deployment began last October, South Korea’s National Intelligence Service (NIS) told lawmakers on Thursday", "according to", "Park Sun-won", "Park Sun-won", "person", "South Korea", "according_to"),
 ("that Pyongyang had earned roughly 28 trillion won ($20 billion) from its military cooperation with Moscow, and that a further 6,000 engineers and builders were being sent to Kursk", "estimated", "The agency", NIS, "organisation", "South Korea", "indirect"),
 ("that its troops withdrew from most of the Kursk region in March", "acknowledged", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("that North Korean troops had fought in Kursk", "confirmed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
 ("that North Korean troops had fought in Kursk", "confirmed", "Moscow", "Russia", "government", "Russia", "indirect"),
 ("that the museum was “a monument to a crime”", "said", "Ukraine’s foreign ministry spokesman Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
 ("that North Korea was “a direct participant in Russia’s aggression”", "adding", "Heorhii Tykhyi", "Heorhii Tykhyi", "person", "Ukraine", "indirect"),
 ("that Russia would “never forget” the sacrifice of North Korean soldiers", "told", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
 ("Putin told Kim during talks in Beijing that Russia would “never forget” the sacrifice of North Korean soldiers", "according to", "a Kremlin readout", "Kremlin", "government", "Russia", "according_to"),
 ("For Pyongyang, the dead of Kursk are now a political asset,", "said", "Dr. Faisal Al-Harbi", "Faisal Al-Harbi", "person", "independent", "direct"),
 ("The museum tells every North Korean family that this was a war worth fighting.", "asset,” |said| Dr.", "Dr. Faisal Al-Harbi", "Faisal Al-Harbi", "person", "independent", "direct"),
 ("that between 2,000 and 3,000 North Korean artillerymen and drone operators remained on Russian soil", "said", "A Ukrainian military intelligence official", UMI, "group", "Ukraine", "indirect"),
],
"events": [
 ("on Sunday", "2025-08-31", "2025-08-31", "day", True, "KCNA reported Kim Jong Un ordered a museum and memorial for soldiers killed fighting for Russia"),
 ("last October", "2024-10-01", "2024-10-31", "month", True, "North Korea's deployment to Russia began"),
 ("on Thursday", "2025-08-28", "2025-08-28", "day", True, "NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
 ("in March", "2025-03-01", "2025-03-31", "month", True, "Ukrainian troops withdrew from most of the Kursk region"),
 ("since last year", "2024-01-01", "2025-09-03", "open", True, "North Korea has sent troops to Russia"),
 ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "North Korea and Russia signed a mutual defence treaty"),
 ("In April", "2025-04-01", "2025-04-30", "month", True, "Pyongyang and Moscow confirmed for the first time North Korean troops fought in Kursk"),
 ("in late August", "2025-08-21", "2025-08-31", "month", True, "Kim hugged returning soldiers at a ceremony in Pyongyang"),
 ("on Tuesday", "2025-09-02", "2025-09-02", "day", True, "Heorhii Tykhyi called the museum a monument to a crime"),
 ("on Wednesday", "2025-09-03", "2025-09-03", "day", True, "Kim attended the Beijing military parade alongside Xi Jinping and Vladimir Putin"),
],
}}
