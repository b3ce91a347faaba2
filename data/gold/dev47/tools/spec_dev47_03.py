# dev47_03: The Diplomat, published Wednesday 2025-02-26 (anchor). Curly quotes in the text.
ZEL = "Volodymyr Zelensky"
NIS = "National Intelligence Service (South Korea)"
MOFA = "South Korean Foreign Ministry"
OLD = "older North Korean prisoner of war"

DOCS = {
    "dev47_03_thediplomat_geneva_repatriation": {
        "figures": [
            # indefinite number word: counted although governments are no listed category (-> other)
            ("three governments", 3, None, "exact", "government", "other", 3, "count", ""),
            ("dozens of men", 24, None, "vague", "man", "casualties", 24, "count", OLD),
            ("roughly 22,000 Chinese and North Korean prisoners", 22000, None, "approximately", "prisoner", "casualties",
             22000, "count", ""),
            ("in the end, |88| chose neither", 88, None, "exact", "prisoner", "casualties", 88, "count", ""),
            # "the two soldiers" / "the two men" are anaphoric references, not counts (cf. "the two countries" in seed 001)
            ("more than 8,000 Ukrainians", 8000, None, "more_than", "ukrainian", "casualties", 8000, "count", "Ukraine"),
            ("roughly 11,000", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
        ],
        "attributions": [
            ("that he wanted to go to South Korea", "told", "a 26-year-old North Korean prisoner", OLD,
             "group", "North Korea", "indirect"),
            ("that he had realized he was fighting Ukraine only after arriving at the front", "January, |said| in the interview",
             "The man", OLD, "group", "North Korea", "indirect"),
            ("his unit had lost dozens of men to drone strikes in its first week of combat", "said",
             "He", OLD, "group", "North Korea", "indirect"),
            ("that a prisoner may not be transferred to a state where he faces a real risk of torture, execution or persecution",
             "argued", "the International Committee of the Red Cross", "International Committee of the Red Cross",
             "organisation", "independent", "indirect"),
            ("that it would accept the two soldiers if they asked, and that it had conveyed that position to Kyiv", "said",
             "The Foreign Ministry", MOFA, "organisation", "South Korea", "indirect"),
            ("he would return the men to Kim Jong Un only in exchange for Ukrainian prisoners held by Russia", "said",
             "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
            ("is holding more than 8,000 Ukrainians", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("that the soldiers’ own wishes would be respected", "hinted", "His aides", "Zelensky's aides",
             "group", "Ukraine", "indirect"),
            ("Nobody will be handed over to certain death,", "told The Diplomat", "he", "Oleksandr Hrytsenko",
             "person", "Ukraine", "direct"),
            ("The Geneva Conventions were not written to send people to their execution.", "told The Diplomat",
             "he", "Oleksandr Hrytsenko", "person", "Ukraine", "direct"),
            # a stance of non-admission is annotated like "has not been officially confirmed by Russia" (seed 001)
            ("Pyongyang, for its part, has never admitted that its troops are in Russia at all", "has never admitted",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("that the contingent had not been seen on the front lines for several weeks, possibly because of heavy losses",
             "told lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ("The conventions assume a war between states,", "said", "Prof. Ahn Jae-won", "Ahn Jae-won",
             "person", "independent", "direct"),
            ("Here you have a third state’s army fighting on someone else’s territory, under someone else’s flag, while its own government pretends it is not there.",
             "said", "Prof. Ahn Jae-won", "Ahn Jae-won", "person", "independent", "direct"),
            ("that Pyongyang can hardly claim the men back under a convention whose protections it has ignored", "argues",
             "Ahn", "Ahn Jae-won", "person", "independent", "indirect"),
        ],
        "events": [
            ("last week", "2025-02-17", "2025-02-23", "week", True,
             "A 26-year-old North Korean prisoner told a South Korean newspaper he wanted to go to South Korea"),
            ("Kursk region |in January|, said", "2025-01-01", "2025-01-31", "month", True,
             "The prisoner and a 20-year-old comrade were captured in Russia's Kursk region"),
            ("in 2020", "2020-01-01", "2020-12-31", "year", False,
             "The ICRC argued in an updated commentary that prisoners may not be transferred to face torture or persecution"),
            ("in 1953", "1953-01-01", "1953-12-31", "year", False,
             "The Korean War armistice was signed; about 22,000 Chinese and North Korean prisoners refused to go home"),
            ("Ministry said |in January| that", "2025-01-01", "2025-01-31", "month", True,
             "South Korea's Foreign Ministry said it would accept the two soldiers if they asked"),
            ("on Monday", "2025-02-24", "2025-02-24", "day", True, "Oleksandr Hrytsenko told The Diplomat nobody would be handed over to certain death"),
            ("in autumn 2024", "2024-09-01", "2024-11-30", "season", False, "North Korea sent roughly 11,000 troops to Kursk"),
            ("earlier this month", "2025-02-01", "2025-02-25", "month", True,
             "NIS told lawmakers the North Korean contingent had not been seen on the front lines for several weeks"),
        ],
    },
}
