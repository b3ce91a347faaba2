# dev24_05: VnExpress International, published Tuesday 2025-04-29. Row formats: see spec_01_yomiuri.py.
NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"
NGUYEN = "Nguyen Thanh Hai"

DOCS = {
    "dev24_05_vnexpress_kcna_confirms": {
        "figures": [
            ("more than 76,000 troops", 76000, None, "more_than", "troop", "casualties", 76000, "count",
             "Valery Gerasimov"),
            ("around 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300,
             "km2", "Institute for the Study of War"),
            ("about 4,700 North Korean soldiers", 4700, None, "approximately", "soldier", "casualties", 4700, "count",
             NIS),
            ("some 600", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
            ("around 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
            ("as much as US$20 billion", 2e10, None, "at_most", "", "money", 2e10, "USD",
             "Korea Institute for Defense Analyses"),
            ("about 3,000 soldiers", 3000, None, "approximately", "soldier", "personnel", 3000, "count", JCS),
            ("roughly 150 self-propelled guns", 150, None, "approximately", "self-propelled gun", "weapons", 150,
             "count", JCS),
            ("at least 120 multiple rocket launchers", 120, None, "at_least", "multiple rocket launcher", "weapons",
             120, "count", JCS),
        ],
        "attributions": [
            ("sending troops to help Russia retake Kursk", "confirms", "North Korea", "North Korea", "government",
             "North Korea", "indirect"),
            ("that it had deployed troops to fight alongside Russian forces in the Kursk region", "confirmed",
             "North Korea", "North Korea", "government", "North Korea", "indirect"),
            ("heroes of the fatherland.", "calling", "North Korea", "North Korea", "government", "North Korea",
             "direct"),
            ("leader Kim Jong Un had ordered the deployment under the mutual defense treaty signed with Moscow in June "
             "last year, and that the operation to “liberate” Kursk had been “successfully concluded.”", "said",
             "the Central Military Commission of the ruling Workers’ Party",
             "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
            ("They are all heroes and representatives of the honor of the motherland,", "quoted as saying", "Kim",
             "Kim Jong Un", "person", "North Korea", "direct"),
            ("that a monument to the fallen would “soon be erected in the capital.”", "adding", "Kim", "Kim Jong Un",
             "person", "North Korea", "indirect"),
            ("Russian President Vladimir Putin thanked Kim and the North Korean people on Monday", "said",
             "the Kremlin", "Kremlin", "government", "Russia", "indirect"),
            ("the Kursk region fully “liberated” from Ukrainian forces", "declared",
             "the chief of Russia’s General Staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia",
             "indirect"),
            ("that North Korean soldiers had “provided significant assistance” and that Ukraine had lost more than "
             "76,000 troops in the Kursk operation since August", "said", "Gerasimov", "Valery Gerasimov", "person",
             "Russia", "indirect"),
            ("Kyiv rejected Moscow’s claim", "rejected", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("its troops were still holding positions in parts of Kursk and the neighboring Belgorod region", "said",
             "Ukraine’s General Staff", GS, "organisation", "Ukraine", "indirect"),
            ("President Volodymyr Zelensky accused Russia of “information operations” designed to “cover up enormous "
             "losses.”", "accused", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine",
             "indirect"),
            ("At its height, the Ukrainian incursion held around 1,300 square kilometers of Russian territory",
             "according to", "the Institute for the Study of War", "Institute for the Study of War", "organisation",
             "independent", "according_to"),
            ("that about 4,700 North Korean soldiers had been killed or wounded, including some 600 dead, out of a force "
             "of around 15,000 sent to Russia since October 2024", "said",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that Pyongyang may have earned as much as US$20 billion from its military cooperation with Moscow",
             "estimated", "The Korea Institute for Defense Analyses (KIDA)", "Korea Institute for Defense Analyses",
             "organisation", "South Korea", "indirect"),
            ("Hanoi “consistently supports dialogue and peaceful measures to resolve disputes on the basis of "
             "international law.”", "said", "a Foreign Ministry spokesperson", "Vietnamese Foreign Ministry", "group",
             "Vietnam", "indirect"),
            ("that the announcement came just days before Vietnam marks the 50th anniversary of national reunification "
             "on Wednesday, an occasion to which both Russian and North Korean delegations have been invited", "noted",
             "Nguyen Thanh Hai", NGUYEN, "person", "independent", "indirect"),
            ("Pyongyang wanted the world to hear this from Kim himself, not from Gerasimov,", "said", "he", NGUYEN,
             "person", "independent", "direct"),
            ("Recognition is the real reward, more than the money.", "said", "he", NGUYEN, "person", "independent",
             "direct"),
            ("that, according to South Korea’s Joint Chiefs of Staff, North Korea had sent a second contingent of about "
             "3,000 soldiers in January and February, along with roughly 150 self-propelled guns and at least 120 "
             "multiple rocket launchers", "pointed out", "Nguyen", NGUYEN, "person", "independent", "indirect"),
            ("North Korea had sent a second contingent of about 3,000 soldiers in January and February, along with "
             "roughly 150 self-propelled guns and at least 120 multiple rocket launchers", "according to",
             "South Korea’s Joint Chiefs of Staff", JCS, "organisation", "South Korea", "according_to"),
        ],
        "events": [
            ("on Monday", "2025-04-28", "2025-04-28", "day", True,
             "North Korea confirmed for the first time it had deployed troops to fight in Kursk", 1),
            ("in June last year", "2024-06-01", "2024-06-30", "month", True,
             "North Korea and Russia signed the mutual defense treaty"),
            ("on Monday", "2025-04-28", "2025-04-28", "day", True,
             "Vladimir Putin thanked Kim Jong Un and the North Korean people", 2),
            ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
             "Valery Gerasimov said North Korean soldiers provided significant assistance in Kursk"),
            ("since August", "2024-08-01", "2025-04-29", "open", True,
             "Ukraine lost more than 76,000 troops in the Kursk operation (Gerasimov's claim)"),
            ("earlier this month", "2025-04-01", "2025-04-28", "month", True,
             "NIS said about 4,700 North Korean soldiers had been killed or wounded"),
            ("since October 2024", "2024-10-01", "2025-04-29", "open", True,
             "About 15,000 North Korean soldiers were sent to Russia"),
            ("last month", "2025-03-01", "2025-03-31", "month", True,
             "KIDA estimated North Korea may have earned up to US$20 billion from cooperation with Moscow"),
            ("on Thursday", "2025-04-24", "2025-04-24", "day", True,
             "Vietnam's Foreign Ministry spokesperson commented on the deployment at a press briefing"),
            ("on Wednesday", "2025-04-30", "2025-04-30", "day", True,
             "Vietnam marks the 50th anniversary of national reunification"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "North Korea sent a second contingent of about 3,000 soldiers"),
        ],
    },
}
