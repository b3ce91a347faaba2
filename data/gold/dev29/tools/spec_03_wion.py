# dev29_03_wion_pyongyang_confirms (WION, anchor 2025-04-28, a Monday)
# Row formats: see spec_01_indiatoday.py
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
GEN_STAFF_UA = "General Staff of the Armed Forces of Ukraine"
VARGA = "Elena Varga"
VZ = "Volodymyr Zelensky"

DOCS = {
    "dev29_03_wion_pyongyang_confirms": {
        "figures": [
            ("about 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000,
             "count", NIS),
            ("3,000 or so", 3000, None, "approximately", "soldier", "personnel", 3000, "count", NIS),
            ("around 4,700", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
            ("some 600 soldiers", 600, None, "approximately", "soldier", "casualties", 600, "count", NIS),
            ("between 150 and 200 North Korean artillery pieces", 150, 200, "range", "artillery piece", "weapons",
             150, "count", VARGA),
            ("dozens of multiple rocket launchers", 24, None, "vague", "multiple rocket launcher", "weapons", 24,
             "count", VARGA),
        ],
        "attributions": [
            ("that its troops were deployed on Kim Jong Un’s orders", "said", "North Korea’s state media",
             "North Korean state media", "media", "North Korea", "indirect"),
            ("Russia’s top general had acknowledged their role on Saturday", "acknowledged", "Russia’s top general",
             "Valery Gerasimov", "person", "Russia", "indirect"),
            ("that it had sent troops to fight for Russia", "confirmed", "North Korea", "North Korea", "government",
             "North Korea", "indirect"),
            ("its soldiers had helped “liberate” the Kursk region from Ukrainian forces in what it called a “sacred” "
             "mission under its mutual defence treaty with Moscow", "saying", "North Korea", "North Korea",
             "government", "North Korea", "indirect"),
            ("sacred", "called", "it", "North Korea", "government", "North Korea", "direct"),
            ("Kim Jong Un had ordered the deployment and that the units had “annihilated” the Ukrainian “invaders”",
             "said", "the Central Military Commission of the ruling Workers’ Party",
             "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
            ("that a monument to the fallen would soon be erected in Pyongyang", "was quoted as saying", "Kim",
             "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that Russian forces had fully recaptured Kursk", "told",
             "General Valery Gerasimov, chief of the Russian General Staff", "Valery Gerasimov", "person", "Russia",
             "indirect"),
            ("North Korean soldiers had provided “significant assistance” in the operation", "said", "Gerasimov",
             "Valery Gerasimov", "person", "Russia", "indirect"),
            ("Kyiv rejected the claim", "rejected", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("its troops were still holding positions in parts of Kursk and neighbouring Belgorod", "said",
             "Ukraine’s General Staff", GEN_STAFF_UA, "organisation", "Ukraine", "indirect"),
            ("propaganda", "calling", "Ukraine’s General Staff", GEN_STAFF_UA, "organisation", "Ukraine", "direct"),
            ("that about 11,000 North Korean soldiers had been sent to Russia last year, with another 3,000 or so "
             "dispatched in January and February", "said", "South Korea’s National Intelligence Service", NIS,
             "organisation", "South Korea", "indirect"),
            ("The spy agency put North Korean casualties at around 4,700, including some 600 soldiers killed, in a "
             "report to lawmakers earlier this month", "put", "The spy agency", NIS, "organisation", "South Korea",
             "indirect"),
            ("North Korea’s elite 11th Army Corps, also known as the Storm Corps, supplied most of the troops", "said",
             "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("that the North Koreans had been pulled back from the front for several weeks after heavy losses, before "
             "returning with new tactics", "said", "Kyiv’s military intelligence", DIU, "organisation", "Ukraine",
             "indirect"),
            ("Pyongyang waited until the fighting in Kursk was over so it could present the mission as a victory, not "
             "a sacrifice,", "said", "Elena Varga", VARGA, "person", "independent", "direct"),
            ("Expect Kim to use this to justify the next deployment.", "sacrifice,” |said| Elena", "Elena Varga",
             VARGA, "person", "independent", "direct"),
            ("that Russia has also received between 150 and 200 North Korean artillery pieces since the autumn, along "
             "with dozens of multiple rocket launchers", "estimated", "She", VARGA, "person", "independent",
             "indirect"),
            ("that the truth about the North Korean troops was “finally out in the open”", "said",
             "Ukrainian President Volodymyr Zelenskyy", VZ, "person", "Ukraine", "indirect"),
            ("They hid it for half a year,", "said", "he", VZ, "person", "Ukraine", "direct"),
            ("Now the world can see that this is not just Russia’s war.", "year,” he |said|. “Now", "he", VZ,
             "person", "Ukraine", "direct"),
            ("Washington remained “deeply concerned” about the deepening military cooperation between the two "
             "countries", "said", "A State Department spokesperson", "U.S. State Department", "group",
             "United States", "indirect"),
        ],
        "events": [
            ("said |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
             "North Korea's state media said its troops were deployed to Russia on Kim Jong Un's orders"),
            ("role |on Saturday|.", "2025-04-26", "2025-04-26", "day", True,
             "Russia's top general acknowledged the North Korean troops' role in Kursk"),
            ("North Korea |on Monday| confirmed", "2025-04-28", "2025-04-28", "day", True,
             "North Korea confirmed for the first time it had sent troops to fight for Russia"),
            ("Staff said |on Saturday| its", "2025-04-26", "2025-04-26", "day", True,
             "Ukraine's General Staff said its troops still held positions in Kursk and Belgorod"),
            ("in February", "2025-02-01", "2025-02-28", "month", True,
             "NIS gave its estimate of North Korean troops sent to Russia"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "About 11,000 North Korean soldiers were sent to Russia"),
            ("in January and February", "2025-01-01", "2025-02-28", "month", True,
             "Another 3,000 or so North Korean soldiers were dispatched to Russia"),
            ("earlier this month", "2025-04-01", "2025-04-27", "month", True,
             "NIS reported about 4,700 North Korean casualties, incl. some 600 killed, to lawmakers"),
            ("in March", "2025-03-01", "2025-03-31", "month", True,
             "Kyiv's military intelligence said North Koreans had been pulled back from the front"),
            ("since the autumn", "2024-09-01", "2025-04-28", "open", True,
             "Russia received 150-200 North Korean artillery pieces and dozens of rocket launchers (Varga estimate)"),
            ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
             "Kim and Putin signed their defence pact"),
        ],
    },
}
