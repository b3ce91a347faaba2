# dev24_03: The Jakarta Post, published Tuesday 2025-01-14. Row formats: see spec_01_yomiuri.py.
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelensky"
SBU = "Security Service of Ukraine"
CIDA = "Centre for Indo-Pacific Defence Analysis"
RIZAL = "Rizal Hakim Pratama"

DOCS = {
    "dev24_03_jakartapost_pows": {
        "figures": [
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL, 1),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ZEL, 2),
            ("about 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
            ("and |2,700| wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
            ("between 11,000 and 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", CIDA),
            ("an estimated 200 long-range artillery pieces", 200, None, "approximately", "artillery piece", "weapons",
             200, "count", CIDA),
            ("about 60 multiple rocket launchers", 60, None, "approximately", "multiple rocket launcher", "weapons", 60,
             "count", CIDA),
            ("about Rp 37 billion", 3.7e10, None, "approximately", "", "money", 3.7e10, "IDR", "Statistics Indonesia"),
            ("US$2.3 million", 2.3e6, None, "exact", "", "money", 2.3e6, "USD", "Statistics Indonesia"),
            ("more than 800,000 soldiers", 800000, None, "more_than", "soldier", "casualties", 800000, "count",
             "Ukraine"),
        ],
        "attributions": [
            ("captured North Korean soldiers offer rare window on Kim’s army", "says", "Ukraine", "Ukraine",
             "government", "Ukraine", "indirect"),
            ("the case tests ASEAN’s quiet diplomacy with Pyongyang", "say", "Indonesian analysts",
             "Indonesian analysts", "group", "independent", "indirect"),
            ("that his forces had captured two North Korean soldiers in Russia’s Kursk region", "said",
             "Ukrainian President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("One of the men, a 26-year-old rifleman, told interrogators he had been told he was going to Russia for "
             "“training” and did not know he would be fighting Ukrainians", "according to",
             "Ukraine’s SBU security service", SBU, "organisation", "Ukraine", "according_to"),
            ("he had been told he was going to Russia for “training” and did not know he would be fighting Ukrainians",
             "told interrogators", "One of the men, a 26-year-old rifleman", "captured North Korean soldier", "group",
             "North Korea", "indirect"),
            ("The second, who was born in 2005, had a jaw injury and was unable to speak", "said", "the SBU", SBU,
             "organisation", "Ukraine", "indirect"),
            ("Like all other prisoners of war, these two North Korean soldiers are receiving the necessary medical "
             "assistance,", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
            ("Ukraine is ready to hand over Kim Jong Un’s soldiers to him if he can organize their exchange for our "
             "warriors who are being held captive in Russia.", "wrote", "Zelensky", ZEL, "person", "Ukraine",
             "direct"),
            ("South Korea’s National Intelligence Service confirmed the capture on Sunday", "confirmed",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("it was “closely cooperating” with Ukrainian authorities", "said",
             "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("that about 300 North Korean soldiers had been killed and 2,700 wounded since the troops entered combat in "
             "December", "estimated", "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("that Indonesia “respects the sovereignty and territorial integrity of all countries”", "told reporters",
             "A Foreign Ministry spokesperson", "Indonesian Foreign Ministry", "group", "Indonesia", "indirect"),
            ("all parties to exercise restraint,", "urged", "A Foreign Ministry spokesperson",
             "Indonesian Foreign Ministry", "group", "Indonesia", "direct"),
            ("the prisoners could become a diplomatic headache for Jakarta, which maintains an embassy in Pyongyang and "
             "has long cast itself as an honest broker on the Korean Peninsula", "said", "Indonesian analysts",
             "Indonesian analysts", "group", "independent", "indirect"),
            ("The moment these men start talking, the story is no longer about a distant war in Europe. It becomes "
             "about whether ASEAN is willing to say anything at all about a member of the ASEAN Regional Forum sending "
             "its soldiers to die for Russia,", "said", "Rizal Hakim Pratama", RIZAL, "person", "independent",
             "direct"),
            ("Pyongyang has sent between 11,000 and 12,000 troops to Russia, along with an estimated 200 long-range "
             "artillery pieces and about 60 multiple rocket launchers, including 240mm M1991 systems", "According to",
             "CIDA’s tally", CIDA, "organisation", "independent", "according_to"),
            ("the North had lost “far more men than Moscow expected” in just over a month of fighting", "said",
             "Rizal", RIZAL, "person", "independent", "indirect"),
            ("several ASEAN capitals had been “privately briefed” by Seoul", "said", "A Western diplomat in Jakarta",
             "Western diplomat", "group", "West", "indirect"),
            ("Indonesia’s trade with North Korea was worth about Rp 37 billion (US$2.3 million) last year",
             "according to", "Statistics Indonesia (BPS)", "Statistics Indonesia", "organisation", "Indonesia",
             "according_to"),
            ("that Russia was preparing to send North Korean troops to other sectors of the front", "warned",
             "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine",
             "indirect"),
            ("that Moscow has lost more than 800,000 soldiers, killed and wounded, since February 2022", "estimates",
             "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ],
        "events": [
            ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
             "Zelensky said Ukrainian forces had captured two North Korean soldiers in Kursk"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "Pyongyang sent troops to fight for Moscow"),
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
             "The SBU released video of the questioning of a captured North Korean soldier", 1),
            ("in 2005", "2005-01-01", "2005-12-31", "year", False, "The second captured North Korean soldier was born"),
            ("on Sunday", "2025-01-12", "2025-01-12", "day", True, "South Korea's NIS confirmed the capture", 2),
            ("on Monday", "2025-01-13", "2025-01-13", "day", True,
             "NIS briefed lawmakers: about 300 North Korean soldiers killed and 2,700 wounded"),
            ("in December", "2024-12-01", "2024-12-31", "month", True, "North Korean troops entered combat"),
            ("on Jan. 9", "2025-01-09", "2025-01-09", "day", True,
             "An Indonesian Foreign Ministry spokesperson told reporters Indonesia respects sovereignty of all countries"),
            ("on Jan. 6", "2025-01-06", "2025-01-06", "day", True, "Indonesia's accession to BRICS took effect"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Indonesia's trade with North Korea was worth about Rp 37 billion"),
            ("since February 2022", "2022-02-01", "2025-01-14", "open", True,
             "Moscow lost more than 800,000 soldiers killed and wounded (Kyiv's estimate)"),
        ],
    },
}
