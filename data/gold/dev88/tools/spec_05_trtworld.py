# dev88_05: TRT World article with video block, published Friday 22 August 2025.
# Row layouts as in spec_01_skynews.py.

KCNA = "Korean Central News Agency"
NK_MEDIA = "North Korean state media"
JCS = "Joint Chiefs of Staff (South Korea)"
UA_MFA = "Ukrainian Foreign Ministry"
FIDAN = "Hakan Fidan"

DOCS = {
    "dev88_05_trtworld_kim_ceremony": {
        "figures": [
            ("about 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", "South Korea"),
            ("more than 100 servicemen", 100, None, "more_than", "serviceman", "personnel", 100, "count", KCNA),
            ("more than 1,000 square kilometres", 1000, None, "more_than", "square kilometre", "territory", 1000, "km2", KCNA),
            ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", ""),
            ("roughly 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", JCS),
            ("out of |about 15,000| deployed", 15000, None, "approximately", "soldier", "personnel", 15000, "count", JCS),
            ("billions of dollars", 1000000000, None, "vague", "dollar", "money", 1000000000, "USD", "analysts"),
        ],
        "attributions": [
            # sub-headline
            ("North Korean leader decorated soldiers who fought against Ukrainian forces", "says", "state media", NK_MEDIA,
             "media", "North Korea", "indirect"),
            ("about 2,000 of the North's troops have died in the war", "estimates", "Seoul", "South Korea", "government",
             "South Korea", "indirect"),
            # body
            ("North Korean leader Kim Jong Un has held a ceremony in Pyongyang to welcome home troops who fought alongside "
             "Russian forces in the Kursk region", "reported", "state media", NK_MEDIA, "media", "North Korea", "indirect"),
            ("Kim awarded state decorations to more than 100 servicemen and paid tribute to those killed in action, whose "
             "portraits were displayed in the hall", "said", "The official Korean Central News Agency (KCNA)", KCNA, "media",
             "North Korea", "indirect"),
            ("that they had \"defended the honour of the motherland on foreign soil,\"", "told", "Kim", "Kim Jong Un", "person",
             "North Korea", "indirect"),
            ("Kim told the returning troops that they had \"defended the honour of the motherland on foreign soil,\"",
             "according to", "KCNA", KCNA, "media", "North Korea", "according_to"),
            ("the unit had helped recapture more than 1,000 square kilometres of Russian land", "said", "which", KCNA, "media",
             "North Korea", "indirect"),
            ("that roughly 2,000 North Korean soldiers had been killed in Kursk since October, out of about 15,000 deployed in "
             "total", "said", "South Korea's Joint Chiefs of Staff", JCS, "organisation", "South Korea", "indirect"),
            ("The North has learned to fight a modern war at a very high price, and it is now bringing that knowledge home,",
             "told reporters", "a South Korean military official", "South Korean military official", "group", "South Korea",
             "direct"),
            ("In return, Russia has supplied Pyongyang with oil, air defence systems and cash worth billions of dollars", "say",
             "analysts", "analysts", "group", "independent", "indirect"),
            ("that more North Korean specialists would arrive \"in the autumn\" to help rebuild Kursk", "told",
             "Russia's ambassador to North Korea, Alexander Matsegora", "Alexander Matsegora", "person", "Russia", "indirect"),
            # sub-heading
            ("Kyiv condemns 'celebration'", "condemns", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("a celebration of mercenaries who came to kill Ukrainians", "called", "Ukraine's foreign ministry", UA_MFA,
             "organisation", "Ukraine", "direct"),
            ("urged Seoul to consider supplying weapons directly to Kyiv", "urged", "Ukraine's foreign ministry", UA_MFA,
             "organisation", "Ukraine", "indirect"),
            ("Seoul has so far ruled out sending lethal arms to Ukraine", "ruled out", "Seoul", "South Korea", "government",
             "South Korea", "indirect"),
            ("that the option remained under review", "said", "officials", "South Korean officials", "group", "South Korea",
             "indirect"),
            ("that Ankara was ready to host \"a fourth round, at the level of leaders,\"", "said",
             "Turkish Foreign Minister Hakan Fidan", FIDAN, "person", "Türkiye", "indirect"),
            ("that any lasting settlement would need to address \"all foreign forces on the battlefield\"", "adding",
             "Turkish Foreign Minister Hakan Fidan", FIDAN, "person", "Türkiye", "indirect"),
        ],
        "events": [
            ("on Friday", "2025-08-22", "2025-08-22", "day", True,
             "North Korean state media reported Kim's welcome ceremony for troops back from Kursk"),
            ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
             "North Korea and Russia signed a mutual defence treaty"),
            ("that autumn", "2024-09-01", "2024-11-30", "season", False,
             "North Korean troops first reported in Kursk (autumn of 2024, from the preceding 'June 2024')"),
            ("since October last year", "2024-10-01", "2025-08-22", "open", True,
             "About 15,000 North Korean troops sent to Russia (TRT World infographic)"),
            ("last winter", "2024-12-01", "2025-02-28", "season", True,
             "Heaviest North Korean losses, around Sudzha"),
            ("last week", "2025-08-11", "2025-08-17", "week", True,
             "South Korea's JCS said roughly 2,000 North Korean soldiers had been killed in Kursk"),
            ("in Kursk |since October|, out of", "2024-10-01", "2025-08-22", "open", True,
             "Roughly 2,000 North Korean soldiers killed in Kursk (JCS)"),
            ("on Wednesday", "2025-08-20", "2025-08-20", "day", True,
             "Matsegora told TASS more North Korean specialists would arrive"),
            ("in the autumn", "2025-09-01", "2025-11-30", "season", True,
             "More North Korean specialists to arrive to help rebuild Kursk (Matsegora, looking ahead)"),
            ("in the spring", "2025-03-01", "2025-05-31", "season", True,
             "South Korean officials said supplying arms to Ukraine remained under review"),
            ("in May, June and July", "2025-05-01", "2025-07-31", "month", True,
             "Direct Russia-Ukraine talks hosted by Türkiye in Istanbul"),
            ("on Thursday", "2025-08-21", "2025-08-21", "day", True,
             "Hakan Fidan said Ankara was ready to host a fourth round at leaders' level"),
        ],
    },
}
