"""dev96_05: RFE/RL podcast page with transcript, 2025-05-07 (Wed). Row formats as in spec_01."""
D = "dev96_05_rferl_podcast_admission"
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
GER = "Valery Gerasimov"
RUD = "Bohdan Rudenko"
AHN = "Ahn Ji-won"

DOCS = {D: {
    "figures": [
        ("about 4,700", 4700, None, "approximately", "soldier", "casualties", 4700, "count", NIS),
        ("around 600", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
        ("more than 200 long-range artillery systems", 200, None, "more_than", "long-range artillery system", "weapons", 200, "count", HUR),
        ("some 6 million rounds", 6000000, None, "approximately", "round", "weapons", 6000000, "count", HUR),
        ("roughly $18 billion", 18000000000, None, "approximately", "", "money", 18000000000, "USD", "Seoul think tank"),
    ],
    "attributions": [
        # headline: one clause credited to two governments
        ("Admit |North Korean Troops Fought In Kursk|. What Now?", "Admit", "Moscow And Pyongyang", "Russia", "government", "Russia", "indirect"),
        ("Admit |North Korean Troops Fought In Kursk|. What Now?", "Admit", "Moscow And Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        # show notes: two sources, one clause
        ("that North Korean soldiers fought in Russia's Kursk region", "confirmed", "Russia's top general", GER, "person", "Russia", "indirect"),
        ("that North Korean soldiers fought in Russia's Kursk region", "confirmed", "North Korea's state media",
         "North Korean state media", "media", "North Korea", "indirect"),
        # host
        ("a fabrication.", "called", "Pyongyang", "North Korea", "government", "North Korea", "direct"),
        ('that Kursk had been "liberated"', "told", "Russia's chief of the General Staff, Valery Gerasimov", GER, "person", "Russia", "indirect"),
        ("thanked North Korean soldiers for their part", "thanked", "Valery Gerasimov", GER, "person", "Russia", "indirect"),
        ("that its troops had fought there, on Kim Jong Un's orders", "confirmed", "North Korea's state news agency KCNA",
         "KCNA", "media", "North Korea", "indirect"),
        # guests and listener
        ("Because from their point of view the operation is over. Russia says Kursk is clear, so there is no operational secret left to protect, and both leaders get a propaganda win. Of course, on the ground it's not over. Our guys still hold a few square kilometers near Tetkino, and the General Staff in Kyiv denied on Monday that the region had been cleared.",
         "BOHDAN RUDENKO:", "BOHDAN RUDENKO", RUD, "person", "independent", "direct"),
        ("Kursk is clear", "says", "Russia", "Russia", "government", "Russia", "indirect"),
        ("that the region had been cleared", "denied", "the General Staff in Kyiv", "General Staff of the Armed Forces of Ukraine",
         "organisation", "Ukraine", "indirect"),
        ("The KCNA statement was very careful. It said the troops were sent under the mutual defense treaty that Kim and Putin signed last June, and it called them heroes. Then Kim promised to build a monument in Pyongyang to the ones who died. That's the part I find remarkable, because it's an admission of losses. Our intelligence service thinks about 4,700 were killed or wounded by March, and around 600 of those were killed.",
         "AHN JI-WON:", "AHN JI-WON", AHN, "person", "independent", "direct"),
        ("the troops were sent under the mutual defense treaty that Kim and Putin signed last June", "said",
         "It", "KCNA", "media", "North Korea", "indirect"),
        ("it called them heroes", "called", "it", "KCNA", "media", "North Korea", "indirect"),
        ("Kim promised to build a monument in Pyongyang to the ones who died", "promised", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("about 4,700 were killed or wounded by March, and around 600 of those were killed", "thinks",
         "Our intelligence service", NIS, "organisation", "South Korea", "indirect"),
        ("People here are afraid Kim will now send his soldiers into Ukraine itself. My neighbor's son is in the army, and he says North Korean guns already shell our side of the border every night.",
         "SERHIY (VOICE MESSAGE, TRANSLATED):", "SERHIY", "Serhiy", "person", "independent", "direct"),
        ("North Korean guns already shell our side of the border every night", "says", "he", "Serhiy's neighbor's son",
         "group", "Ukraine", "indirect"),
        ("It's possible, but I'd be careful. Defending Russian soil is one thing under that treaty; sending troops into Ukraine is a different political decision. What we do see is North Korean artillery everywhere. Our military intelligence estimates that about 40 percent of the shells Russia fires come from North Korea, and that Pyongyang has shipped more than 200 long-range artillery systems and some 6 million rounds since 2023.",
         "BOHDAN RUDENKO:", "BOHDAN RUDENKO", RUD, "person", "independent", "direct"),
        ("that about 40 percent of the shells Russia fires come from North Korea, and that Pyongyang has shipped more than 200 long-range artillery systems and some 6 million rounds since 2023",
         "estimates", "Our military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("I'd be surprised. Kim won't be there, Seoul's spy agency said last week. What Pyongyang really wants now is payment: oil, food, hard currency, maybe submarine technology. Russia has paid roughly $18 billion so far, according to one estimate by a Seoul think tank, though I think that's far too high.",
         "AHN JI-WON:", "AHN JI-WON", AHN, "person", "independent", "direct"),
        ("Kim won't be there", "said", "Seoul's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Russia has paid roughly $18 billion so far", "according to", "one estimate by a Seoul think tank", "Seoul think tank",
         "group", "independent", "according_to"),
    ],
    "events": [
        ("on April 26", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin on camera Kursk had been liberated and thanked North Korean soldiers"),
        ("on April 28", "2025-04-28", "2025-04-28", "day", True, "KCNA confirmed for the first time that North Korean troops fought in Kursk"),
        ("on Monday", "2025-05-05", "2025-05-05", "day", True, "Ukraine's General Staff denied that the Kursk region had been cleared"),
        ("last June", "2024-06-01", "2024-06-30", "month", True, "Kim and Putin signed the mutual defense treaty"),
        ("by March", "2025-03-01", "2025-03-31", "month", True, "About 4,700 North Korean soldiers killed or wounded, around 600 of them killed (NIS)"),
        ("since 2023", "2023-01-01", "2025-05-07", "open", True,
         "Pyongyang shipped more than 200 long-range artillery systems and some 6 million rounds to Russia"),
        ("on Friday", "2025-05-09", "2025-05-09", "day", True, "Victory Day parade on Red Square (upcoming)"),
        ("last week", "2025-04-28", "2025-05-04", "week", True, "Seoul's spy agency said Kim would not attend the Victory Day parade"),
    ],
}}
