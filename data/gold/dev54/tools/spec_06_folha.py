# dev54_06_folha_beijing -- Folha de S.Paulo (International, English), manifest date EMPTY.
# Anchor taken from the page's own date line "Sep.4.2025 5:00PM" -> 2025-09-04 (Thursday).
# Anchor week: Mon 2025-09-01 .. Sun 2025-09-07.  Folha writes "this Wednesday (3)": weekday + day of month.
#
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
# events:       (span, date_start, date_end, granularity, relative, event[, occurrence])

PUT = "Vladimir Putin"
KIM = "Kim Jong Un"
NIS = "National Intelligence Service (South Korea)"
ITA = "Brazilian Foreign Ministry"
REN = "Renata Vasconcelos"

DOCS = {
    "dev54_06_folha_beijing": {
        "figures": [
            ("some 10,000 Chinese troops", 10000, None, "approximately", "troop", "personnel", 10000, "count", ""),
            ("about 15,000 North Koreans", 15000, None, "approximately", "north korean", "personnel", 15000, "count", NIS),
            ("around 2,000", 2000, None, "approximately", "north korean", "casualties", 2000, "count", NIS),
            ("6,000 engineers", 6000, None, "exact", "engineer", "personnel", 6000, "count", NIS),
            ("at least US$ 3 billion", 3000000000, None, "at_least", "", "money", 3000000000, "USD", REN),
            ("about R$ 16.3 billion", 16300000000, None, "approximately", "", "money", 16300000000, "BRL", REN),
            ("more than 6,000 North Korean soldiers", 6000, None, "more_than", "soldier", "casualties", 6000, "count",
             "Ukraine"),
        ],
        "attributions": [
            # headline
            ('Russia will "never forget" North Korean soldiers killed in Kursk', "says", "Putin", PUT, "person",
             "Russia", "indirect"),
            ('that the North Korean soldiers had fought in Kursk "courageously and heroically" and that Russia would "never forget" their sacrifice',
             "said", "Putin", PUT, "person", "Russia", "indirect"),
            ('that helping Russia was "a fraternal duty"', "replied", "Kim", KIM, "person", "North Korea", "indirect"),
            ('that Pyongyang would do "everything in its power" for its ally', "promised", "Kim", KIM, "person",
             "North Korea", "indirect"),
            ("Pyongyang publicly admitted the deployment only in April", "admitted", "Pyongyang", "North Korea",
             "government", "North Korea", "indirect"),
            ("that it had retaken the region", "announced", "Moscow", "Russia", "government", "Russia", "indirect"),
            ("that about 15,000 North Koreans were sent to Russia, of whom around 2,000 died, and that a further 6,000 engineers and builders arrived this summer",
             "estimates", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
            ('that Brazil "defends dialogue and a negotiated solution" for the war in Ukraine', "ministry |said| that",
             "the ministry", ITA, "organisation", "Brazil", "indirect"),
            ("that President Luiz Inácio Lula da Silva had launched, together with China, a peace initiative in May 2024",
             "recalled", "the ministry", ITA, "organisation", "Brazil", "indirect"),
            ("The war gave Kim what sanctions had denied him for decades: hard currency, oil and technology,", "says",
             "Renata Vasconcelos", REN, "person", "independent", "direct"),
            ('that Russia has paid Pyongyang at least US$ 3 billion since October 2024—about R$ 16.3 billion at current exchange rates—, "more than North Korea earned from all its exports to China in the last five years."',
             "calculates", "She", REN, "person", "independent", "indirect"),
            # "For X, ..." = according to X (judgement call, see README)
            ("the parade in Beijing was a message to Washington", "|For| Vasconcelos", "Vasconcelos", REN, "person",
             "independent", "according_to"),
            ("Xi put Putin and Kim on the same stage. That image is worth more than any treaty,", "she |said|.", "she",
             REN, "person", "independent", "direct"),
            ("it killed or wounded more than 6,000 North Korean soldiers before the Russian recapture of the region at the end of April",
             "Kursk in August 2024, |says| it", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ],
        "events": [
            ("this Wednesday (3)", "2025-09-03", "2025-09-03", "day", True,
             "Kim Jong-un and Putin met in Beijing after the military parade"),
            ("on Tuesday (2)", "2025-09-02", "2025-09-02", "day", True,
             "Kim arrived in Beijing by armored train"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "Pyongyang publicly admitted the deployment to Kursk"),
            ("In August", "2025-08-01", "2025-08-31", "month", True,
             "Kim presided over a ceremony for the dead and ordered a memorial"),
            ("this summer", "2025-06-01", "2025-08-31", "season", True,
             "A further 6,000 North Korean engineers and builders arrived in Russia"),
            ("in May 2024", "2024-05-01", "2024-05-31", "month", False,
             "Lula launched a peace initiative together with China"),
            ("since October 2024", "2024-10-01", "2025-09-04", "open", True,
             "Russia has paid Pyongyang at least US$ 3 billion"),
            ("in August 2024", "2024-08-01", "2024-08-31", "month", False,
             "Ukraine launched the incursion into Kursk"),
            ("at the end of April", "2025-04-21", "2025-04-30", "month", True,
             "Russian recapture of the Kursk region"),
        ],
    },
}
