# dev60_03_nknews_prisoners -- NK News, North Korea News Podcast, published Thu 2025-02-13 (anchor).
# Transcript labels in the auto-transcription format "Name (hh:mm:ss):" on their own line.
# Host (Colin Reyes) = outlet's voice; guests Oksana Hrytsenko (reporter) and Kang Min-chul (defector) are sources.

OKS = "Oksana Hrytsenko"
KANG = "Kang Min-chul"
POW = "captured North Korean soldier"
NIS = "National Intelligence Service (South Korea)"

DOCS = {
    "dev60_03_nknews_prisoners": {
        "figures": [
            ("two captured soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", ""),
            ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Ukraine"),
            ("an estimated 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
            ("some 40 men", 40, None, "approximately", "man", "casualties", 40, "count", POW),
            ("40,000 to 50,000 soldiers", 40000, 50000, "range", "soldier", "personnel", 40000, "count", KANG),
            ("roughly 400 North Korean soldiers", 400, None, "approximately", "soldier", "casualties", 400, "count", NIS),
            ("more than 3,000", 3000, None, "more_than", "soldier", "casualties", 3000, "count", NIS),
            ("about $2,500", 2500, None, "approximately", "", "money", 2500, "USD", "South Korean intelligence"),
        ],
        "attributions": [
            ("its forces captured two North Korean soldiers in Kursk on January 11, the first prisoners taken from Kim Jong Un’s army since the deployment began last autumn",
             "says", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
            ("He is 21, a rifleman, and honestly surprised to be alive. He said his unit was told they were going to Russia for training, not to fight. He said about a third of his company, some 40 men, died in the first three days. And he asked me, very quietly, whether he could go to South Korea.",
             "|Oksana Hrytsenko| (00:00:31):", OKS, OKS, "person", "independent", "direct"),
            ("his unit was told they were going to Russia for training, not to fight", "said", "He", POW, "group", "North Korea", "indirect"),
            ("about a third of his company, some 40 men, died in the first three days", "said", "He", POW, "group", "North Korea", "indirect"),
            ("He was wounded in the jaw, so he wrote most of his answers down. The SBU says both men came from the Storm Corps, the 11th Corps, and that they carried Russian military IDs from Tuva, which is, you know, a cover story.",
             "|Oksana Hrytsenko| (00:01:00):", OKS, OKS, "person", "independent", "direct"),
            ("both men came from the Storm Corps, the 11th Corps, and that they carried Russian military IDs from Tuva", "says",
             "The SBU", "Security Service of Ukraine", "organisation", "Ukraine", "indirect"),
            ("Completely. The Storm Corps is the best light infantry Kim has, something like 40,000 to 50,000 soldiers in peacetime. But they had never seen a drone.",
             "|Kang Min-chul| (00:01:28):", KANG, KANG, "person", "independent", "direct"),
            ("that roughly 400 North Korean soldiers had been killed and more than 3,000 wounded", "told lawmakers",
             "the NIS", NIS, "organisation", "South Korea", "indirect"),
            ("And I would say that is low. The regime will not report these deaths to families. In my village, when a soldier died, the parents got a letter a year later, if at all.",
             "|Kang Min-chul| (00:02:01):", KANG, KANG, "person", "independent", "direct"),
            ("Zelensky said on Tuesday that Ukraine was ready to hand them over to Kim in exchange for Ukrainians held in Russia, and then, almost in the same breath, that anyone who wants to go to Seoul should be able to. Seoul’s foreign ministry has said it would accept them if they ask. The prisoner I met told me he had never been paid, not one ruble, even though South Korean intelligence believes Moscow pays the regime about $2,500 per soldier every month.",
             "|Oksana Hrytsenko| (00:02:18):", OKS, OKS, "person", "independent", "direct"),
            ("that Ukraine was ready to hand them over to Kim in exchange for Ukrainians held in Russia, and then, almost in the same breath, that anyone who wants to go to Seoul should be able to",
             "said", "Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("it would accept them if they ask", "said", "Seoul’s foreign ministry", "South Korean Foreign Ministry", "organisation", "South Korea", "indirect"),
            ("he had never been paid, not one ruble", "told me", "The prisoner I met", POW, "group", "North Korea", "indirect"),
            ("Moscow pays the regime about $2,500 per soldier every month", "believes",
             "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
            ("If they go back, they are dead men. Everyone in the KPA knows this.",
             "|Kang Min-chul| (00:02:49):", KANG, KANG, "person", "independent", "direct"),
        ],
        "events": [
            ("on Jan. 19", "2025-01-19", "2025-01-19", "day", True,
             "Ukraine's SBU released a video of a captured North Korean soldier"),
            ("on January 11", "2025-01-11", "2025-01-11", "day", True,
             "Ukrainian forces captured two North Korean soldiers in Kursk"),
            ("last autumn", "2024-09-01", "2024-11-30", "season", True,
             "North Korea's deployment to Russia began"),
            ("last week", "2025-02-03", "2025-02-09", "week", True,
             "Oksana Hrytsenko interviewed one of the captured soldiers"),
            ("in 2016", "2016-01-01", "2016-12-31", "year", False,
             "Kang Min-chul defected from North Korea"),
            ("Since November", "2024-11-01", "2025-02-13", "open", True,
             "About 11,000 North Korean troops have been fighting in and around Kursk"),
            ("and |last month| we heard", "2025-01-01", "2025-01-31", "month", True,
             "First testimony heard from North Korean soldiers (prisoners)"),
            ("lawmakers |last month| that", "2025-01-01", "2025-01-31", "month", True,
             "The NIS told lawmakers roughly 400 North Korean soldiers had been killed and more than 3,000 wounded"),
            ("on Tuesday", "2025-02-11", "2025-02-11", "day", True,
             "Zelensky said Ukraine was ready to hand the prisoners to Kim in exchange for Ukrainians held in Russia"),
        ],
    },
}
