# dev18_03_interpreter_kursk_pullback -- The Interpreter (Lowy Institute), published 2025-02-19 (Wednesday).
# Row formats: see spec_01_rt.py.
NIS = "National Intelligence Service (South Korea)"
KDFI = "Korea Defence Finance Institute"
LEE = "Lee Jae-hoon"
AUS = "senior Australian defence official"
DOCS = {
    "dev18_03_interpreter_kursk_pullback": {
        "figures": [
            ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("some 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
            ("nearly 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "Volodymyr Zelensky"),
            ("more than a thousand", 1000, None, "more_than", "soldier", "casualties", 1000, "count",
             "Defence Intelligence (United Kingdom)"),
            ("30 to 40 per cent", 30, 40, "range", "per cent", "casualties", 30, "count", ""),
            ("around 11,000", 11000, None, "approximately", "", "personnel", 11000, "count", "South Korea"),
            ("6,000 kilometres", 6000, None, "exact", "kilometre", "territory", 6000, "km", LEE),
            ("as much as US$20 billion", 20e9, None, "at_most", "dollar", "money", 20e9, "USD", KDFI),
            ("about 29 trillion won", 29e12, None, "approximately", "won", "money", 29e12, "KRW", KDFI),
            ("some 1.2 million soldiers", 1.2e6, None, "approximately", "soldier", "personnel", 1.2e6, "count", ""),
        ],
        "attributions": [
            ("that they had not encountered them on the front line since mid-January", "said",
             "Ukraine’s special operations forces", "Special Operations Forces of Ukraine", "organisation", "Ukraine",
             "indirect"),
            ("that the troops appear to have been pulled back after suffering heavy losses", "told lawmakers",
             "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("that about 300 North Korean soldiers had been killed and some 2,700 wounded", "estimated",
             "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("Ukrainian President Volodymyr Zelenskyy has put the total at nearly 4,000 killed or wounded", "put",
             "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("that “more than a thousand” were killed in a single week in December, near the village of Plekhovo",
             "said", "Britain’s Defence Intelligence", "Defence Intelligence (United Kingdom)", "organisation",
             "United Kingdom", "indirect"),
            ("numbered around 11,000 when it arrived in Russia last autumn", "says", "Seoul", "South Korea",
             "government", "South Korea", "indirect"),
            ("The Koreans were thrown into open-field assaults in columns, the way they had drilled for a war on the "
             "peninsula, and Ukrainian drone operators simply picked them off,", "said", "Dr Lee Jae-hoon", LEE,
             "person", "independent", "direct"),
            ("the withdrawal is a pause for retraining rather than an exit", "argues", "Lee", LEE, "person",
             "independent", "indirect"),
            ("Pyongyang did not send its best light infantry 6,000 kilometres to bring them home after ten weeks.",
             "argues", "Lee", LEE, "person", "independent", "direct"),
            ("that the Korean units that remain have adapted, spreading out, camouflaging themselves from thermal "
             "cameras and even fielding their own drones", "warned", "the Ukrainian military", "Ukrainian military",
             "organisation", "Ukraine", "indirect"),
            ("that Pyongyang may have earned as much as US$20 billion, or about 29 trillion won, from arms sales and "
             "troop deployments since 2023", "reckons", "the Seoul-based Korea Defence Finance Institute", KDFI,
             "organisation", "independent", "indirect"),
            ("Canberra’s concern was less the numbers than the “feedback loop”", "said",
             "A senior Australian defence official", AUS, "group", "Australia", "indirect"),
            ("What the Korean People’s Army learns in Kursk this winter, it will take back to the peninsula.", "said",
             "A senior Australian defence official", AUS, "group", "Australia", "direct"),
        ],
        "events": [
            ("earlier this month", "2025-02-01", "2025-02-18", "month", True,
             "Ukraine's special operations forces said they had not met North Korean troops on the front since mid-January"),
            ("since mid-January", "2025-01-11", "2025-02-19", "open", True,
             "North Korean troops not encountered on the Kursk front line"),
            ("in January", "2025-01-01", "2025-01-31", "month", True,
             "The NIS estimated about 300 North Korean soldiers killed and some 2,700 wounded"),
            ("in December", "2024-12-01", "2024-12-31", "month", True,
             "More than a thousand North Korean soldiers killed in a single week near Plekhovo (UK Defence Intelligence)"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "The North Korean force of around 11,000 arrived in Russia"),
            ("last week", "2025-02-10", "2025-02-16", "week", True,
             "Reports emerged that a fresh rotation of North Korean troops may be training in Russia's Far East"),
            ("since 2023", "2023-01-01", "2025-02-19", "open", True,
             "Pyongyang may have earned up to US$20 billion from arms sales and troop deployments"),
            ("this winter", "2024-12-01", "2025-02-28", "season", True,
             "The Korean People's Army learns in Kursk (lessons it will take back to the peninsula)"),
            ("on 27 July 1953", "1953-07-27", "1953-07-27", "day", False, "The Korean War armistice was signed"),
            ("in spring", "2025-03-01", "2025-05-31", "season", True,
             "Whether North Korean troops return to Kursk (looking forward)"),
        ],
    },
}
