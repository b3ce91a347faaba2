# dev18_02_kommersant_treaty_in_force -- Kommersant. The manifest has NO published date (an undated page);
# the page prints "05.12.2024, 00:14", so relative dates resolve against Thursday 2024-12-05.
# Row formats: see spec_01_rt.py.
NIS = "National Intelligence Service (South Korea)"
INTERLOC = "Kommersant’s interlocutors in the defense industry"
CLAUSE = "that the North Korean servicemen now in Kursk Region are the first practical application of that clause"
DOCS = {
    "dev18_02_kommersant_treaty_in_force": {
        "figures": [
            ("some 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
            ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", NIS),
            ("up to 12,000 North Koreans", 12000, None, "at_most", "north korean", "personnel", 12000, "count",
             "Kyrylo Budanov"),
            ("no less than $5.5 billion", 5.5e9, None, "at_least", "dollar", "money", 5.5e9, "USD", INTERLOC),
            ("about $2,000", 2000, None, "approximately", "dollar", "money", 2000, "USD", "South Korean officials"),
            ("3 million rubles", 3e6, None, "exact", "ruble", "money", 3e6, "RUB", ""),
            ("around $29,000", 29000, None, "approximately", "dollar", "money", 29000, "USD", ""),
        ],
        "attributions": [
            (CLAUSE, "insist", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            (CLAUSE, "insist", "Washington", "United States", "government", "United States", "indirect"),
            (CLAUSE, "insist", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
            ("the Kremlin has neither confirmed nor denied it", "neither confirmed nor denied", "the Kremlin", "Kremlin",
             "government", "Russia", "indirect"),
            ("The treaty is not directed against third countries. It is purely defensive in nature,", "said",
             "Mr. Rudenko", "Andrei Rudenko", "person", "Russia", "direct"),
            ("that Moscow and Pyongyang “have nothing to hide.”", "adding", "Mr. Rudenko", "Andrei Rudenko", "person",
             "Russia", "indirect"),
            ("that the question of the North Korean contingent “was not raised at all” during the ceremony",
             "told Kommersant", "A source in the Russian Foreign Ministry", "source in the Russian Foreign Ministry",
             "group", "Russia", "indirect"),
            ("Numbers from Seoul should be divided by at least three.", "said", "the source",
             "source in the Russian Foreign Ministry", "group", "Russia", "direct"),
            ("that some 11,000 North Korean troops had been deployed to Kursk Region and that “a considerable number” "
             "had already been killed or wounded", "said", "South Korea’s National Intelligence Service (NIS)", NIS,
             "organisation", "South Korea", "indirect"),
            ("the NIS also believes Pyongyang has shipped more than 20,000 containers of munitions to Russia since "
             "August 2023", "According to", "lawmaker Park Sun-won", "Park Sun-won", "person", "South Korea",
             "according_to"),
            ("Pyongyang has shipped more than 20,000 containers of munitions to Russia since August 2023", "believes",
             "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("that North Korean units had suffered “their first significant losses,”", "wrote",
             "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("that up to 12,000 North Koreans were being prepared for an offensive “in the coming weeks.”", "claimed",
             "Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
            ("Kommersant’s interlocutors in the defense industry estimate the value of North Korean artillery "
             "deliveries alone at no less than $5.5 billion", "estimate", INTERLOC, INTERLOC, "group", "Russia",
             "indirect"),
            ("that Russia pays each North Korean soldier about $2,000 a month", "suggested", "South Korean officials",
             "South Korean officials", "group", "South Korea", "indirect"),
            ("For Pyongyang this is a unique chance to get combat experience with modern drones, something the Korean "
             "People’s Army has not had since 1953,", "says", "Gleb Ostapenko", "Gleb Ostapenko", "person",
             "independent", "direct"),
            ("The second thing is money: even by conservative estimates, the war has already brought Pyongyang several "
             "billion dollars. The third is technology, and that is the part Seoul fears most.", "says",
             "Gleb Ostapenko", "Gleb Ostapenko", "person", "independent", "direct"),
        ],
        "events": [
            ("on Wednesday", "2024-12-04", "2024-12-04", "day", True,
             "The Russia-North Korea comprehensive strategic partnership treaty came into force"),
            ("on June 19", "2024-06-19", "2024-06-19", "day", True, "Putin and Kim Jong-un signed the treaty in Pyongyang"),
            ("last week", "2024-11-25", "2024-12-01", "week", True,
             "The NIS told parliament's intelligence committee some 11,000 North Korean troops were deployed to Kursk"),
            ("since August 2023", "2023-08-01", "2024-12-05", "open", True,
             "Pyongyang shipped more than 20,000 containers of munitions to Russia (NIS via Park Sun-won)"),
            ("on Monday", "2024-12-02", "2024-12-02", "day", True,
             "Zelensky wrote on Telegram that North Korean units had suffered their first significant losses"),
            ("dollar |since August|)", "2024-08-01", "2024-12-05", "open", True, "The ruble lost almost 15% against the dollar"),
            ("since 1953", "1953-01-01", "2024-12-05", "open", True,
             "The Korean People's Army has had no combat experience"),
        ],
    },
}
