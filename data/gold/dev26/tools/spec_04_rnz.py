# dev26_04 RNZ. The manifest's published field is EMPTY on purpose; the page header prints
# "5:42 pm on 29 April 2025", which is used as the anchor (Tuesday 2025-04-29).
NIS = "National Intelligence Service (South Korea)"
KCNA = "Korean Central News Agency"
GS = "General Staff of the Armed Forces of Ukraine"
HUR = "Defence Intelligence of Ukraine"
DOCS = {"dev26_04_rnz_pyongyang_confirms": {
"figures": [
 ("about 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
 ("around 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
 ("3,000 soldiers", 3000, None, "exact", "soldier", "personnel", 3000, "count", "South Korea"),
 ("more than NZ$130 million", 1.3e8, None, "more_than", "", "money", 1.3e8, "NZD", ""),
 ("up to 100 NZDF personnel", 100, None, "at_most", "personnel", "personnel", 100, "count", ""),
 ("US$20 million to $30 million", 2e7, 3e7, "range", "", "money", 2e7, "USD", "Leilani Fraser"),
],
"attributions": [
 ("it sent troops to fight for Russia", "confirms", "North Korea", "North Korea", "government", "North Korea", "indirect"),
 ("that it deployed troops to help Russia retake territory seized by Ukraine in the Kursk region", "confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
 ("the soldiers were there", "said", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("the soldiers were there", "said", "Seoul", "South Korea", "government", "South Korea", "indirect"),
 ("the soldiers were there", "said", "Washington", "United States", "government", "United States", "indirect"),
 ("that units had been sent on the orders of leader Kim Jong Un under a mutual defence treaty signed with Moscow in June 2024, and that they had “annihilated and wiped out” Ukrainian forces", "reported", "Pyongyang's official Korean Central News Agency (KCNA)", KCNA, "media", "North Korea", "indirect"),
 ("They are heroes who represent the honour of the motherland,", "quoted as saying", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
 ("that a monument to the “fallen” would soon be built in Pyongyang", "adding", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
 ("that the Kursk region had been fully “liberated”, with North Korean soldiers fighting alongside Russian units", "said", "Russia's top general, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
 ("Ukraine's General Staff denied the claim the same day", "denied", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
 ("its troops were still holding positions in the region", "saying", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
 ("that about 15,000 North Korean troops have been sent to Russia in total, of whom around 4,700 have been killed or wounded", "estimates", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
 ("a further 3,000 soldiers were sent in January and February as replacements", "believes", "Seoul", "South Korea", "government", "South Korea", "indirect"),
 ("that North Korean units had been pulled back from the front for several weeks after suffering heavy losses, before returning in February", "said", "Ukraine's military intelligence", HUR, "organisation", "Ukraine", "indirect"),
 ("Ukraine has also accused Pyongyang of supplying KN-23 ballistic missiles used in strikes on Kyiv", "accused", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
 ("the confirmation showed “just how far” the two regimes were prepared to go", "said", "New Zealand Foreign Minister Winston Peters", "Winston Peters", "person", "New Zealand", "indirect"),
 ("This is a deeply destabilising partnership, and it does not stay in Europe,", "told RNZ's Morning Report", "he", "Winston Peters", "person", "New Zealand", "direct"),
 ("Pyongyang now wants the world to see its army as combat-tested,", "said", "Dr Leilani Fraser", "Leilani Fraser", "person", "independent", "direct"),
 ("she expected the deployment to be used in North Korean propaganda “for a generation”", "said", "She", "Leilani Fraser", "person", "independent", "indirect"),
 ("that Moscow had paid Pyongyang the equivalent of US$20 million to $30 million a month", "estimated", "She", "Leilani Fraser", "person", "independent", "indirect"),
],
"events": [
 ("on Monday", "2025-04-28", "2025-04-28", "day", True, "KCNA reported North Korean units had been sent to Kursk on Kim Jong Un's orders"),
 ("in June 2024", "2024-06-01", "2024-06-30", "month", False, "North Korea and Russia signed a mutual defence treaty"),
 ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Valery Gerasimov said the Kursk region had been fully liberated with North Korean help"),
 ("the same day", "2025-04-26", "2025-04-26", "day", True, "Ukraine's General Staff denied Gerasimov's claim"),
 ("in January and February", "2025-01-01", "2025-02-28", "month", True, "A further 3,000 North Korean soldiers were sent as replacements (per Seoul)"),
 ("in mid-January", "2025-01-11", "2025-01-20", "month", True, "Ukraine's military intelligence said North Korean units had been pulled back from the front"),
 ("in February", "2025-02-01", "2025-02-28", "month", True, "North Korean units returned to the front"),
 ("since 2022", "2022-01-01", "2025-04-29", "open", True, "New Zealand provided more than NZ$130 million in support to Ukraine"),
 ("last year", "2024-01-01", "2024-12-31", "year", True, "New Zealand sent up to 100 NZDF personnel to train Ukrainian recruits in Britain"),
],
}}
