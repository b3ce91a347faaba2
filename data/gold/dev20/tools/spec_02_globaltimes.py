# dev20_02 -- Global Times, published 2025-01-14 (Tuesday).
# Row formats: see spec_01_sputnik.py.
# Not annotated (furniture): nav, "Published: Jan 14, 2025 10:21 PM", "Photo: VCG", Related articles
# ("Zelensky claims 3,000 DPRK soldiers ...", "US pledges $500m ..."), X handle, newsletter, footer, ICP number.
# Not annotated (traps): "aged 20 and 26" (ages), "one of them", "for three months", "in a matter of weeks",
# "nearly 30 years" (durations), "The Russian side has not commented" (non-statement),
# "reports that Ukraine has captured ..." (no source named), "Washington has kept pouring weapons" (no statement).

GUO = ("Guo Jiakun", "person", "China")
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
ZHANG = ("Zhang Hongwei", "person", "independent")
XU = ("Xu Ming", "person", "independent")

DOCS = {
    "dev20_02_globaltimes_captured_soldiers": {
        "figures": [
            ("two soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Guo Jiakun"),
            ("two men", 2, None, "exact", "man", "casualties", 2, "count", "Volodymyr Zelensky"),
            ("two captives", 2, None, "exact", "captive", "casualties", 2, "count", "National Intelligence Service (South Korea)"),
            ("a few thousand", 1000, None, "vague", "troop", "personnel", 1000, "count", "Zhang Hongwei"),
            ("more than 12,000", 12000, None, "more_than", "troop", "personnel", 12000, "count", "Zhang Hongwei"),
            ("about 11,000 DPRK soldiers", 11000, None, "approximately", "soldier", "personnel", 11000, "count", "Pentagon"),
            ("$500 million", 500000000, None, "exact", "", "money", 500000000, "USD", "Lloyd Austin"),
            ("more than $65 billion", 65000000000, None, "more_than", "", "money", 65000000000, "USD", "U.S. State Department"),
        ],
        "attributions": [
            # headline: "..., FM says; experts warn against hype"
            ("China not aware of situation of captured DPRK soldiers", "says", "FM", "Chinese Foreign Ministry", "organisation", "China", "indirect"),
            ("experts warn against hype", "warn", "experts", "experts", "group", "independent", "indirect"),
            # reported speech before its tag, speaker after the verb-less name, then a participial second statement
            ("China is not aware of the situation regarding reports that Ukraine has captured two soldiers from the Democratic People's Republic of Korea (DPRK) in Russia's Kursk region",
             "Jiakun |said| on Monday", "Chinese Foreign Ministry spokesperson Guo Jiakun", *GUO, "indirect"),
            ('that China\'s position on the Ukraine crisis is "consistent and clear."', "reiterating",
             "Chinese Foreign Ministry spokesperson Guo Jiakun", *GUO, "indirect"),
            ("China hopes all parties will work toward de-escalation and push for a political settlement of the crisis,",
             "Guo |told| a routine", "Guo", *GUO, "direct"),
            ("that Ukrainian forces had taken the two men prisoner", "announced", "Ukrainian leader Volodymyr Zelensky", *ZEL, "indirect"),
            ("that Kiev could hand the soldiers over to Pyongyang if the DPRK arranged their exchange for Ukrainians held in Russian captivity",
             "suggested", "Zelensky", *ZEL, "indirect"),
            ("it had confirmed the capture", "(NIS) |said| on Sunday", "South Korea's National Intelligence Service (NIS)", *NIS, "indirect"),
            ("that the two captives were aged 20 and 26 and that one of them had sustained a jaw injury", "adding",
             "South Korea's National Intelligence Service (NIS)", *NIS, "indirect"),
            ('The so-called "DPRK troops" topic has been used since October to smear the normal relations between China, Russia and the DPRK',
             "Sciences, |told| the Global Times", "Zhang Hongwei", *ZHANG, "indirect"),
            ("Nobody outside the battlefield can independently verify these claims. What we have seen for three months is a flood of numbers that keep changing,",
             "Zhang |said|, noting", "Zhang", *ZHANG, "direct"),
            ("that Western estimates of the DPRK contingent had climbed from a few thousand to more than 12,000 in a matter of weeks",
             "noting", "Zhang", *ZHANG, "indirect"),
            ("about 11,000 DPRK soldiers were sent to Russia last year", "According to", "the Pentagon",
             "Pentagon", "organisation", "United States", "according_to"),
            # two sides named together: one row each
            ("a claim Pyongyang and Moscow have never confirmed", "have never confirmed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("a claim Pyongyang and Moscow have never confirmed", "have never confirmed", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("US Defense Secretary Lloyd Austin announced another $500 million in military aid for Ukraine on Thursday at the Ramstein air base in Germany",
             "announced", "US Defense Secretary Lloyd Austin", "Lloyd Austin", "person", "United States", "indirect"),
            ("Washington has committed more than $65 billion in military assistance to Kiev since February 2022", "according to",
             "the US State Department", "U.S. State Department", "organisation", "United States", "according_to"),
            ("The capture story is being amplified to put pressure on Beijing ahead of the new US administration taking office on January 20",
             "January 20, |said| Xu Ming", "Xu Ming", *XU, "indirect"),
            ('the real question is why the conflict keeps expanding while "the US keeps adding fuel to the fire."',
             "30 years, |said| the real", "Xu", *XU, "indirect"),
            # nested: Guo said [China has always maintained [that ...]]
            ("China has always maintained that dialogue and negotiation are the only viable way out of the Ukraine crisis",
             "Guo |said| on Monday.", "Guo", *GUO, "indirect"),
            ("that dialogue and negotiation are the only viable way out of the Ukraine crisis", "maintained", "China",
             "China", "government", "China", "indirect"),
        ],
        "events": [
            ("Jiakun said |on Monday|, reiterating", "2025-01-13", "2025-01-13", "day", True,
             "Guo Jiakun said China was not aware of reports that Ukraine captured two DPRK soldiers"),
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky announced Ukrainian forces had taken two North Korean soldiers prisoner"),
            ("the following day", "2025-01-12", "2025-01-12", "day", True,
             "Zelensky released a video of the captured soldiers' interrogation"),
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "South Korea's NIS said it had confirmed the capture"),
            ("since October", "2024-10-01", "2025-01-14", "open", True,
             "The 'DPRK troops' topic has been used to smear China-Russia-DPRK relations (per Zhang Hongwei)"),
            ("on Tuesday", "2025-01-14", "2025-01-14", "day", True, "Zhang Hongwei spoke to the Global Times"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "About 11,000 DPRK soldiers were sent to Russia (Pentagon figures)"),
            ("on Thursday", "2025-01-09", "2025-01-09", "day", True,
             "Lloyd Austin announced another $500 million in military aid for Ukraine at Ramstein"),
            ("since February 2022", "2022-02-01", "2025-01-14", "open", True,
             "Washington committed more than $65 billion in military assistance to Kiev"),
            ("on January 20", "2025-01-20", "2025-01-20", "day", True, "The new US administration takes office"),
            ("Guo said |on Monday|.", "2025-01-13", "2025-01-13", "day", True,
             "Guo Jiakun said China has always maintained dialogue is the only way out of the Ukraine crisis"),
        ],
    },
}
