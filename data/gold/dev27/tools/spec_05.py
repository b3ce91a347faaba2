# dev27_05_babel_pyongyang_admits  (anchor 2025-04-28, Monday)
CMC = "Central Military Commission of the Workers' Party of Korea"
GS = "General Staff of the Armed Forces of Ukraine"
NIS = "National Intelligence Service (South Korea)"
DOCS = {"dev27_05_babel_pyongyang_admits": {
"figures": [
 ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
 ("roughly 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
 ("14,000–15,000 troops", 14000, 15000, "range", "troop", "personnel", 14000, "count", ""),
 ("5,000 to 6,000 soldiers", 5000, 6000, "range", "soldier", "personnel", 5000, "count", "Dmytro Lysenko"),
 ("as much as $20 billion", 20000000000, None, "at_most", "", "money", 20000000000, "USD", "Dmytro Lysenko"),
 ("around 1,376 square kilometres", 1376, None, "approximately", "square kilometre", "territory", 1376, "km2", ""),
],
"attributions": [
 ("it sent troops to fight in Kursk region", "admits", "North Korea", "North Korea", "government", "North Korea", "indirect"),
 ("the operation is not over", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
 ("that its soldiers fought in Russia's Kursk region", "confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
 ("that the troops had been sent on the orders of Kim Jong Un under the 2024 mutual defence treaty", "said", "The Central Military Commission of the Workers' Party of Korea", CMC, "organisation", "North Korea", "indirect"),
 ('the commission described the Kursk operation as "a brilliant victory of the invincible Korea-Russia alliance."', "According to", "KCNA", "Korean Central News Agency", "media", "North Korea", "according_to"),
 ("a brilliant victory of the invincible Korea-Russia alliance.", "described", "the commission", CMC, "organisation", "North Korea", "direct"),
 ('that the Kursk region had been "completely liberated."', "told", "Russia's Chief of the General Staff Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
 ('that North Korean soldiers had "demonstrated high professionalism, fortitude, courage and heroism in battle."', "said", "Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
 ('the Korean friends had acted "guided by a sense of solidarity, justice and genuine comradeship."', "saying", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
 ("We will never forget the feat of the Korean fighters,", "added", "Putin", "Vladimir Putin", "person", "Russia", "direct"),
 ("that the Kursk operation was over", "denied", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
 ("that Ukrainian units were still holding positions in the Kursk and Belgorod regions", "saying", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
 ('that Pyongyang\'s admission "only confirms what we have been saying since October 2024."', "wrote", "Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
 ("that about 4,700 North Korean soldiers had been killed or wounded, and that Pyongyang had sent roughly 3,000 reinforcements in January and February", "said", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
 ("Pyongyang needed the victory narrative before the next rotation, and Moscow needed to explain why it could not retake Kursk alone for eight months,", "was told by", "Dmytro Lysenko", "Dmytro Lysenko", "person", "independent", "direct"),
 ("that Pyongyang would send another 5,000 to 6,000 soldiers, this time openly, by August", "predicted", "Lysenko", "Dmytro Lysenko", "person", "independent", "indirect"),
 ("that North Korea has earned as much as $20 billion from arms and troops since 2023", "estimated", "He", "Dmytro Lysenko", "person", "independent", "indirect"),
 ("more than its entire official trade with China over the same period", "said", "he", "Dmytro Lysenko", "person", "independent", "indirect"),
 ("confession of a criminal act.", "condemned", "the Foreign Ministry", "Ministry of Foreign Affairs (South Korea)", "organisation", "South Korea", "direct"),
],
"events": [
 ("on Monday, April 28", "2025-04-28", "2025-04-28", "day", True, "North Korea's Central Military Commission confirmed troops were sent to Kursk on Kim Jong Un's orders"),
 ("On Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin the Kursk region had been completely liberated"),
 ("On Monday", "2025-04-28", "2025-04-28", "day", True, "The Kremlin published Putin's statement thanking Kim Jong Un"),
 ("since October 2024", "2024-10-01", "2025-04-28", "open", True, "Ukraine has been saying North Korean troops were in Russia"),
 ("in February", "2025-02-01", "2025-02-28", "month", True, "NIS said about 4,700 North Korean soldiers had been killed or wounded"),
 ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Pyongyang sent roughly 3,000 reinforcements"),
 ("by August", "2025-08-01", "2025-08-31", "month", True, "Pyongyang may send another 5,000 to 6,000 soldiers openly (Lysenko's prediction)"),
 ("since 2023", "2023-01-01", "2025-04-28", "open", True, "North Korea earned as much as $20 billion from arms and troops"),
 ("on 6 August 2024", "2024-08-06", "2024-08-06", "day", False, "Ukraine launched its Kursk incursion"),
 ("by mid-March", "2025-03-11", "2025-03-20", "month", True, "Most Ukrainian troops had withdrawn from Sudzha"),
],
}}
