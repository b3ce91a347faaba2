# dev36_02_sbs_pow_defection -- SBS News (English), anchor 2025-02-20 (Thursday)
NIS = "National Intelligence Service (South Korea)"
MOFA = "Ministry of Foreign Affairs (South Korea)"
D = "dev36_02_sbs_pow_defection"

DOCS = {D: {
    "figures": [
        # in the speaker phrase of the anchor's sentence, not in the content: article's own voice
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
        ("about 1,200 men", 1200, None, "approximately", "man", "personnel", 1200, "count", "Ri"),
        ("11,000 to 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", NIS),
        ("about 3,000", 3000, None, "approximately", "troop", "casualties", 3000, "count", NIS),
        ("up to 16 million won", 16000000, None, "at_most", "won", "money", 16000000, "KRW",
         "Unification Ministry official"),
    ],
    "attributions": [
        ("he wants to go to South Korea", "says", "North Korean POW in Ukraine", "Ri", "person", "North Korea",
         "indirect"),
        ("We will accept him", "… |Seoul:| “We", "Seoul", "South Korea", "government", "South Korea", "direct"),
        ("he wants to come to South Korea rather than return home", "says",
         "One of the two North Korean soldiers captured by Ukraine last month", "Ri", "person", "North Korea",
         "indirect"),
        ("it would accept him if he formally asks", "said", "The government", "South Korea", "government",
         "South Korea", "indirect"),
        ("I want to go to South Korea,", "Korea,” Ri |said| in the interview", "Ri", "Ri", "person", "North Korea",
         "direct"),
        ("My parents will think I died here anyway, so there is nothing to go back to.",
         "Korea,” Ri |said| in the interview", "Ri", "Ri", "person", "North Korea", "direct"),
        ("officers had told his unit they were going to Russia for training", "comrade, |said| officers",
         "Ri", "Ri", "person", "North Korea", "indirect"),
        ("they were going to Russia for training", "told", "officers", "North Korean officers", "group",
         "North Korea", "indirect"),
        ("that his unit of about 1,200 men had lost many soldiers within days of reaching the front, mostly to drones",
         "added", "He", "Ri", "person", "North Korea", "indirect"),
        ("that North Korean soldiers are citizens of the Republic of Korea under the Constitution",
         "Affairs |said| on Wednesday", "The Ministry of Foreign Affairs", MOFA, "organisation", "South Korea",
         "indirect"),
        ("that Seoul would “make every effort” to bring them to the South if they wish", "adding",
         "The Ministry of Foreign Affairs", MOFA, "organisation", "South Korea", "indirect"),
        ("Our position is clear: if they want to come, we will accept them,", "told",
         "ministry spokesman Lee Jae-woong", "Lee Jae-woong", "person", "South Korea", "direct"),
        ("it is open to such a transfer", "signaled", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("that the prisoners were being held in accordance with the Geneva Conventions and were receiving medical "
         "treatment", "HUR, |said| in a statement", "Kyiv’s military intelligence agency, HUR",
         "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("to hand the prisoners over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held in "
         "Russia", "offered", "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine",
         "indirect"),
        ("that North Korea had sent 11,000 to 12,000 troops to Russia in total and that about 3,000 of them had been "
         "killed or wounded", "told lawmakers", "The National Intelligence Service", NIS, "organisation",
         "South Korea", "indirect"),
        ("that bringing the soldiers to Seoul will not be simple", "warn", "Experts", "experts", "group",
         "independent", "indirect"),
        ("Russia will treat it as a propaganda victory for Kyiv and Seoul, and may pressure Ukraine to hand them back "
         "to Moscow,", "Moscow,” |said| Nam", "Nam Ki-hoon", "Nam Ki-hoon", "person", "independent", "direct"),
        ("that Ukraine holds no more than a handful of North Korean prisoners, since most soldiers are killed or take "
         "their own lives before they can be captured", "estimated", "He", "Nam Ki-hoon", "person", "independent",
         "indirect"),
        ("soldiers who reach the South would go through the same resettlement program as other defectors, including "
         "a basic settlement grant of up to 16 million won per person", "anonymity, |said| soldiers",
         "A Unification Ministry official", "Unification Ministry official", "group", "South Korea", "indirect"),
    ],
    "events": [
        ("last month", "2025-01-01", "2025-01-31", "month", True,
         "Ukraine captured two North Korean soldiers", 1),
        ("earlier this week", "2025-02-17", "2025-02-19", "week", True,
         "Ri spoke to a South Korean newspaper at a detention facility in Kyiv"),
        ("on Wednesday", "2025-02-19", "2025-02-19", "day", True,
         "Ri's interview saying he wants to go to South Korea was published", 1),
        ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True,
         "Ri was captured along with a 20-year-old comrade"),
        ("on Wednesday", "2025-02-19", "2025-02-19", "day", True,
         "Foreign ministry said North Korean soldiers are ROK citizens and Seoul would make every effort to bring them",
         2),
        ("last month", "2025-01-01", "2025-01-31", "month", True,
         "Zelensky offered to hand the prisoners to Kim Jong Un in exchange for Ukrainians held in Russia", 2),
        ("in mid-January", "2025-01-11", "2025-01-20", "month", True,
         "NIS told lawmakers North Korea had sent 11,000-12,000 troops, about 3,000 killed or wounded"),
    ],
}}
