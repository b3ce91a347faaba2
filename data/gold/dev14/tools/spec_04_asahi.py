# dev14_04_asahi_japan_alarm
# The manifest leaves `published` empty for this page; the anchor is the page's own date line
# "December 20, 2024 at 18:05 JST" (a Friday), used for every relative expression below.
NIS = "National Intelligence Service (South Korea)"
DOCS = {
    "dev14_04_asahi_japan_alarm": {
        "figures": [
            ("at least 100 deaths", 100, None, "at_least", "death", "casualties", 100, "count", NIS),
            ("close to 1,000 injuries", 1000, None, "approximately", "injury", "casualties", 1000, "count", NIS),
            ("at least one general-grade officer", 1, None, "at_least", "general-grade officer", "casualties", 1, "count", "Lee Seong-kweun"),
            ("at least 30 soldiers", 30, None, "at_least", "soldier", "casualties", 30, "count", "Defence Intelligence of Ukraine"),
            ("more than 100 ballistic missiles", 100, None, "more_than", "ballistic missile", "weapons", 100, "count", "Ministry of Defense (Japan)"),
            ("some 20,000 containers", 20000, None, "approximately", "container", "weapons", 20000, "count", "Ministry of Defense (Japan)"),
            ("about 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("more than 6,000 kilometers", 6000, None, "more_than", "kilometer", "territory", 6000, "km", ""),
        ],
        "attributions": [
            ("Japan voices alarm as North Korean troops suffer losses in Kursk", "voices alarm", "Japan", "Japan", "government", "Japan", "indirect"),
            ("North Korean soldiers sent to fight for Russia have suffered at least 100 deaths and close to 1,000 injuries since they were thrown into combat in the Kursk region this month",
             "according to", "South Korea's spy agency", NIS, "organisation", "South Korea", "according_to"),
            ("The National Intelligence Service (NIS) gave the estimate in a closed-door briefing to lawmakers on Dec. 19", "gave the estimate",
             "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ('that the North Korean troops were struggling with "unfamiliar terrain" and Ukrainian drone attacks, and that at least one general-grade officer was among the casualties',
             "told reporters", "Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("that North Korean units had lost at least 30 soldiers killed and wounded in fighting near the village of Kurilovka", "said",
             "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
            ('that the government was "gravely concerned" about the deepening military cooperation between Moscow and Pyongyang', "said",
             "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
            ("We cannot rule out the possibility that Russia will transfer nuclear or missile technology to North Korea in return,", "said", "he", "Yoshimasa Hayashi", "person", "Japan", "direct"),
            ("Japan's Defense Ministry estimates that North Korea has shipped more than 100 ballistic missiles and some 20,000 containers of munitions to Russia since August 2023",
             "ministry official |said|, speaking", "a senior ministry official", "senior ministry official", "group", "Japan", "indirect"),
            ("that North Korea has shipped more than 100 ballistic missiles and some 20,000 containers of munitions to Russia since August 2023",
             "estimates", "Japan's Defense Ministry", "Ministry of Defense (Japan)", "organisation", "Japan", "indirect"),
            ("that the North Koreans are fighting alongside Russian paratroopers and marines, often in mixed units commanded by Russian officers", "reported", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("For Kim Jong Un, the casualties are a price worth paying,", "said", "Atsushi Morikawa", "Atsushi Morikawa", "person", "independent", "direct"),
            ("His soldiers are gaining experience of modern drone warfare that no Korean army has had in 70 years.", 'paying," |said| Atsushi', "Atsushi Morikawa", "Atsushi Morikawa", "person", "independent", "direct"),
            ('that such knowhow could eventually be turned against Japan and South Korea, and that Tokyo should not view the fighting in Kursk as "a European problem."',
             "warned", "Morikawa", "Atsushi Morikawa", "person", "independent", "indirect"),
            ("The Japanese government plans to impose additional sanctions on North Korean and Russian entities next month in coordination with other Group of Seven nations",
             "according to", "several government sources", "government sources", "group", "Japan", "according_to"),
            ("that it had sent any soldiers to Russia", "denied", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
        ],
        "events": [
            ("Kursk region |this month|", "2024-12-01", "2024-12-31", "month", True, "North Korean soldiers were thrown into combat in Kursk and suffered at least 100 deaths"),
            ("lawmakers |on Dec. 19|", "2024-12-19", "2024-12-19", "day", True, "The NIS briefed lawmakers on North Korean casualties in a closed-door session"),
            ("on Monday", "2024-12-16", "2024-12-16", "day", True, "Ukraine's military intelligence said North Korean units had lost at least 30 soldiers killed and wounded near Kurilovka"),
            ("on Friday", "2024-12-20", "2024-12-20", "day", True, "Yoshimasa Hayashi said the government was gravely concerned about Russia-North Korea military cooperation"),
            ("since August 2023", "2023-08-01", "2024-12-20", "open", True, "North Korea shipped over 100 ballistic missiles and some 20,000 containers of munitions to Russia"),
            ("in October", "2024-10-01", "2024-10-31", "month", True, "North Korea began moving troops to Russia's Far East"),
            ("in June", "2024-06-01", "2024-06-30", "month", True, "Kim Jong Un and Vladimir Putin signed the comprehensive strategic partnership treaty"),
            ("next month", "2025-01-01", "2025-01-31", "month", True, "Japan plans to impose additional sanctions on North Korean and Russian entities"),
        ],
    }
}
