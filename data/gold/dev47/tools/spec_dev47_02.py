# dev47_02: Voice of America. The manifest has NO published date for this page; the anchor is the
# page's own date line "January 22, 2025 9:41 PM" (Wednesday 2025-01-22). See README.md.
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
MOFA = "South Korean Foreign Ministry"
CENTER = "Center for North Korean Labor Studies"

DOCS = {
    "dev47_02_voa_seoul_accept_pows": {
        "figures": [
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", MOFA),
            # "the two men" (anaphoric, as "the two countries" in the seeds) is not a figure
            ("more than 40,000 signatures", 40000, None, "more_than", "signature", "other", 40000, "count", "Kang Eun-ji"),
            ("roughly $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", CENTER),
            ("at most $200", 200, None, "at_most", "dollar", "money", 200, "USD", CENTER),
            ("about 290,000 won", 290000, None, "approximately", "won", "money", 290000, "KRW", CENTER),
        ],
        "attributions": [
            ("it will accept North Korean POWs who ask to come south", "says",
             "South Korea", "South Korea", "government", "South Korea", "indirect"),
            ("that it would accept two North Korean soldiers captured by Ukraine if they asked to be sent to the South",
             "said", "South Korea's Foreign Ministry", MOFA, "organisation", "South Korea", "indirect"),
            ("that North Koreans are regarded as citizens of the Republic of Korea under its constitution", "stressing",
             "South Korea's Foreign Ministry", MOFA, "organisation", "South Korea", "indirect"),
            ('Seoul would "fully cooperate" with Kyiv and that the principle of non-refoulement, which bars sending people back to a place where they face persecution, applied to prisoners of war as well',
             "said", "The ministry", MOFA, "organisation", "South Korea", "indirect"),
            ("that Kyiv was ready to hand them to North Korean leader Kim Jong Un in exchange for Ukrainians held in Russia",
             "said", "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ('that "there may be other options" for prisoners who did not want to go home', "added",
             "Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
            ("NIS officials said |one of the prisoners wanted to go to South Korea|", "NIS officials |said| one",
             "NIS officials", NIS, "group", "South Korea", "indirect"),
            ("In a briefing to the National Assembly's intelligence committee last week, NIS officials said one of the prisoners wanted to go to South Korea",
             "according to", "lawmakers who attended", "South Korean lawmakers", "group", "South Korea", "according_to"),
            ('that any transfer would depend on "the free will of the individuals" and on talks with Ukraine', "cautioned",
             "the agency", NIS, "organisation", "South Korea", "indirect"),
            ("If they are sent back, they will be shot, and their parents will be sent to a camp,", "said",
             "Kang Eun-ji", "Kang Eun-ji", "person", "independent", "direct"),
            ("They will be made an example of for the whole army.", '," |said| Kang Eun-ji',
             "Kang Eun-ji", "Kang Eun-ji", "person", "independent", "direct"),
            ("her group had collected more than 40,000 signatures on a petition urging Seoul and Kyiv to act quickly",
             "Kang |said| her group", "Kang", "Kang Eun-ji", "person", "independent", "indirect"),
            ("Seoul had sent a diplomat to Kyiv this week to discuss the matter", "said",
             "A South Korean government official", "South Korean government official", "group", "South Korea", "indirect"),
            ("that its delegates seek access to all prisoners of war in line with the Geneva Conventions", "saying",
             "The International Committee of the Red Cross", "International Committee of the Red Cross",
             "organisation", "independent", "indirect"),
            ("that Russia pays Pyongyang roughly $2,000 a month per soldier, of which the soldier himself receives at most $200, or about 290,000 won",
             "estimated", "the Seoul-based Center for North Korean Labor Studies", CENTER, "organisation", "independent", "indirect"),
            ("The money goes to the state, and the soldier gets a medal if he comes back,", "said",
             "the center's director, Dr. Yoo Jin-ho", "Yoo Jin-ho", "person", "independent", "direct"),
            ("a smear campaign", "called", "North Korea's official Korean Central News Agency",
             "Korean Central News Agency", "media", "North Korea", "direct"),
        ],
        "events": [
            ("on Sunday", "2025-01-19", "2025-01-19", "day", True,
             "South Korea's Foreign Ministry said it would accept the two captured North Korean soldiers if they asked"),
            ("on Jan. 12", "2025-01-12", "2025-01-12", "day", True,
             "Zelenskyy released footage of the two North Korean prisoners being questioned"),
            ("Zelenskyy said |earlier this month| that", "2025-01-01", "2025-01-21", "month", True,
             "Zelenskyy said Kyiv was ready to hand the prisoners to Kim Jong Un in exchange for Ukrainians held in Russia"),
            ("last week", "2025-01-13", "2025-01-19", "week", True,
             "NIS officials briefed the intelligence committee that one of the prisoners wanted to go to South Korea"),
            ("in 2011", "2011-01-01", "2011-12-31", "year", False, "Kang Eun-ji fled North Korea"),
            ("this week", "2025-01-20", "2025-01-26", "week", True, "Seoul sent a diplomat to Kyiv to discuss the prisoners"),
            ("published |earlier this month| by", "2025-01-01", "2025-01-21", "month", True,
             "The Center for North Korean Labor Studies published its study on soldiers' pay"),
            ("on Friday", "2025-01-17", "2025-01-17", "day", True,
             "KCNA called reports about North Korean troops in Russia a smear campaign"),
        ],
    },
}
