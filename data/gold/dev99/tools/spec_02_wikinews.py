# dev99_02: Wikinews article. Manifest published date EMPTY; anchor = the page's own date line
# "Friday, January 17, 2025" -> 2025-01-17 (Fri). The date line itself is not an event.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
ZEL = "Volodymyr Zelensky"
INSS = "Institute for National Security Strategy"

DOCS = {
    "dev99_02_wikinews_kursk_reinforcements": {
        "figures": [
            ("casualties at |3,000|\n", 3000, None, "exact", "casualty", "casualties", 3000, "count", "South Korea"),
            ("Roughly 11,000 North Korean soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", ""),
            ("about 400 North Korean soldiers", 400, None, "approximately", "soldier", "casualties", 400, "count", NIS),
            ("some 2,600", 2600, None, "approximately", "soldier", "casualties", 2600, "count", NIS),
            ("captured |two North Korean soldiers| in Kursk", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL),
            ("between US$2,000 and US$2,500", 2000, 2500, "range", "", "money", 2000, "USD", INSS),
            ("over US$500 million", 500000000, None, "more_than", "", "money", 500000000, "USD", "Ukrainian officials"),
        ],
        "attributions": [
            # headline
            ("North Korea preparing reinforcements for Kursk", "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
            ("Seoul puts casualties at 3,000", "puts", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            # body
            ("that North Korea is preparing to send more troops and artillery to Russia's Kursk Oblast", "said",
             "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
            ('the new units were training at ranges in Russia\'s Far East and would reach the front "by spring at the latest"',
             "known as HUR, |said| the new", "The agency, known as HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("that the reinforcements included rocket artillery crews", "told", "Its chief, Kyrylo Budanov", "Kyrylo Budanov",
             "person", "Ukraine", "indirect"),
            ("They are learning from the mistakes of the first contingent,", "said", "Budanov", "Kyrylo Budanov", "person",
             "Ukraine", "direct"),
            ("That makes them more dangerous, not less.", "Budanov |said|.", "Budanov", "Kyrylo Budanov", "person",
             "Ukraine", "direct"),
            ("that about 400 North Korean soldiers had been killed and some 2,600 wounded since the troops entered combat",
             "(NIS) |told| a closed", "South Korea's National Intelligence Service (NIS)", NIS, "organisation",
             "South Korea", "indirect"),
            ('the soldiers had been "thrown at Ukrainian positions in waves" and lacked basic training against drones',
             "told reporters", "Lawmaker Yoo Jae-hoon", "Yoo Jae-hoon", "person", "South Korea", "indirect"),
            ("it had found evidence that North Korean soldiers had been ordered to kill themselves rather than be captured",
             "said", "The NIS", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang has not acknowledged sending troops", "has not acknowledged", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            ('that questions about North Korean troops should be addressed "to the defence ministry"', "said",
             "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
            ("that Ukrainian forces had captured two North Korean soldiers in Kursk", "announced",
             "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("One of them, aged 20, told interrogators he had believed he was being sent to Russia for training",
             "(SBU) |said|", "the Security Service of Ukraine (SBU)", "Security Service of Ukraine", "organisation",
             "Ukraine", "indirect"),
            ("he had believed he was being sent to Russia for training", "told interrogators", "One of them",
             "captured North Korean soldier", "group", "North Korea", "indirect"),
            ("Zelensky offered to hand the men to Pyongyang in exchange for Ukrainian prisoners of war held in Russia",
             "offered", "Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("that Russia pays Pyongyang between US$2,000 and US$2,500 a month per soldier", "estimated",
             "the Seoul-based Institute for National Security Strategy", INSS, "organisation", "South Korea", "indirect"),
            ("Ukrainian officials have put the total value of Russian payments and supplies to North Korea at over US$500 million",
             "put", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
        ],
        "events": [
            ("in April 2019", "2019-04-01", "2019-04-30", "month", False,
             "Kim Jong Un and Vladimir Putin met in Vladivostok (photo caption)"),
            ("on Wednesday", "2025-01-15", "2025-01-15", "day", True,
             "HUR said North Korea is preparing to send more troops and artillery to Kursk Oblast"),
            ("since November", "2024-11-01", "2025-01-17", "open", True,
             "Roughly 11,000 North Korean soldiers fighting alongside Russian forces in Kursk"),
            ("earlier this month", "2025-01-01", "2025-01-16", "month", True,
             "Ukraine launched a fresh assault near the village of Berdin"),
            ("by spring", "2025-03-01", "2025-05-31", "season", True,
             "New North Korean units expected at the front (HUR; forward)"),
            ("On Monday", "2025-01-13", "2025-01-13", "day", True,
             "NIS told the intelligence committee about 400 North Korean soldiers killed and 2,600 wounded"),
            ("last week", "2025-01-06", "2025-01-12", "week", True,
             "Peskov said questions about North Korean troops should go to the defence ministry"),
            ("on Saturday, January 11", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced Ukrainian forces had captured two North Korean soldiers in Kursk"),
            ("On Sunday", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky offered to hand the captured men to Pyongyang in a prisoner exchange"),
            ("In December", "2024-12-01", "2024-12-31", "month", True,
             "INSS estimated Russia pays Pyongyang US$2,000-2,500 a month per soldier"),
            ("next month", "2025-02-01", "2025-02-28", "month", True,
             "NIS scheduled to brief the committee again (forward)"),
        ],
    },
}
