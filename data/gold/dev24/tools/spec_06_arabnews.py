# dev24_06: Arab News (AFP copy), published Friday 2025-08-22. Row formats: see spec_01_yomiuri.py.
NIS = "National Intelligence Service (South Korea)"
KIM = "Kim Jong Un"
KCNA = "Korean Central News Agency"
OFF = "senior South Korean intelligence official"
FAISAL = "Faisal Al-Mutairi"

DOCS = {
    "dev24_06_arabnews_kim_honors": {
        "figures": [
            ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count",
             "South Korea"),
            ("101 fallen soldiers", 101, None, "exact", "soldier", "casualties", 101, "count", KCNA),
            ("roughly 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count",
             NIS),
            ("some 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
            ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
            ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel",
             5000, "count", "Sergei Shoigu"),
            ("2.3 billion rubles", 2.3e9, None, "exact", "ruble", "money", 2.3e9, "RUB", "Alexander Khinshtein"),
            ("$28 million", 2.8e7, None, "exact", "", "money", 2.8e7, "USD", "Alexander Khinshtein"),
            ("three North Korean generals", 3, None, "exact", "general", "personnel", 3, "count", ""),
            ("an estimated €45 million", 4.5e7, None, "approximately", "", "money", 4.5e7, "EUR", ""),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("14 exchanges", 14, None, "exact", "exchange", "other", 14, "count", "Emirati officials"),
            ("more than 4,600 prisoners", 4600, None, "more_than", "prisoner", "casualties", 4600, "count",
             "Emirati officials"),
            ("roughly 15,000 soldiers", 15000, None, "approximately", "soldier", "personnel", 15000, "count", FAISAL),
            ("perhaps 12 million shells", 1.2e7, None, "approximately", "shell", "weapons", 1.2e7, "count", FAISAL),
        ],
        "attributions": [
            ("about 2,000 North Korean soldiers have died since the deployment began", "says", "Seoul", "South Korea",
             "government", "South Korea", "indirect"),
            ("North Korean leader Kim Jong Un has honored soldiers killed fighting for Russia in the Kursk region",
             "reported", "state media", "North Korean state media", "media", "North Korea", "indirect"),
            ("to keep supporting Moscow “without reservation.”", "pledged", "he", KIM, "person", "North Korea",
             "indirect"),
            ("The heroes who fought on the Kursk front have shown the whole world the true mettle of our army,",
             "Kim |said| in a speech", "Kim", KIM, "person", "North Korea", "direct"),
            ("Their sacrifice will be remembered for as long as the Republic exists.", "Kim |said| in a speech", "Kim",
             KIM, "person", "North Korea", "direct"),
            ("Kim had posthumously conferred the title of Hero of the DPRK on 101 fallen soldiers, and that their "
             "portraits would hang in a new memorial hall in the capital", "said",
             "The Korean Central News Agency (KCNA)", KCNA, "media", "North Korea", "indirect"),
            ("that roughly 2,000 North Korean soldiers had been killed since the deployment began in the autumn of "
             "2024, out of some 15,000 sent to Russia in total", "estimated",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("The North has been rotating troops through Kursk and using the front as a live-fire training ground,",
             "told reporters", "a senior South Korean intelligence official", OFF, "group", "South Korea", "direct"),
            ("What they learn there will end up on our border.", "told reporters",
             "a senior South Korean intelligence official", OFF, "group", "South Korea", "direct"),
            ("Pyongyang is also preparing to send 1,000 deminers and 5,000 military construction workers to help "
             "rebuild the Kursk region", "announced", "Russian Security Council Secretary Sergei Shoigu",
             "Sergei Shoigu", "person", "Russia", "indirect"),
            ("that the region had budgeted 2.3 billion rubles ($28 million) for the reconstruction work", "said",
             "Kursk Gov. Alexander Khinshtein", "Alexander Khinshtein", "person", "Russia", "indirect"),
            ("they want to defect to South Korea", "have said", "Both", "captured North Korean soldiers", "group",
             "North Korea", "indirect"),
            ("it would accept them", "has said", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("that it could include them in future prisoner exchanges with Russia", "signaled", "Kyiv", "Ukraine",
             "government", "Ukraine", "indirect"),
            ("that the UAE had mediated 14 exchanges since the start of the war, freeing more than 4,600 prisoners in "
             "total", "said", "Emirati officials", "Emirati officials", "group", "United Arab Emirates", "indirect"),
            ("that the war had turned North Korea from a sanctioned pariah into a “paid partner” of a permanent UN "
             "Security Council member", "argued", "Faisal Al-Mutairi", FAISAL, "person", "independent", "indirect"),
            ("Kim has sent roughly 15,000 soldiers and perhaps 12 million shells to Russia in exchange for oil, food "
             "and technology,", "said", "he", FAISAL, "person", "independent", "direct"),
            ("and he has been paid in full.", "said", "he", FAISAL, "person", "independent", "direct"),
        ],
        "events": [
            ("Friday", "2025-08-22", "2025-08-22", "day", True,
             "North Korean state media reported Kim Jong Un honored soldiers killed fighting for Russia"),
            ("on Wednesday", "2025-08-20", "2025-08-20", "day", True,
             "Ceremony in Pyongyang at which Kim honored soldiers killed in Kursk"),
            ("last week", "2025-08-11", "2025-08-17", "week", True,
             "NIS estimated roughly 2,000 North Korean soldiers had been killed"),
            ("in the autumn of 2024", "2024-09-01", "2024-11-30", "season", False,
             "North Korea's deployment to Russia began"),
            ("on June 17", "2025-06-17", "2025-06-17", "day", True,
             "Sergei Shoigu met Kim in Pyongyang and announced 1,000 deminers and 5,000 military builders"),
            ("in July", "2025-07-01", "2025-07-31", "month", True,
             "Alexander Khinshtein said the Kursk region had budgeted 2.3 billion rubles for reconstruction"),
            ("last month", "2025-07-01", "2025-07-31", "month", True,
             "The EU added three North Korean generals and a Russian firm to its sanctions list"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "Two North Korean soldiers were captured by Ukraine"),
            ("this week", "2025-08-18", "2025-08-24", "week", True,
             "Emirati officials said the UAE had mediated 14 prisoner exchanges"),
        ],
    },
}
