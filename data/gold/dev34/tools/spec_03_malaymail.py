# dev34_03 - Malay Mail (Reuters copy with a Kuala Lumpur angle), 13 January 2025 (Monday).
# Anchor 2025-01-13 (manifest).
# Furniture not annotated: section, time stamp, photo caption (dated January 12, 2025), dateline "SEOUL, Jan 13 —",
# "— Reuters", Related Articles, social prompt, footer.
DOC = "dev34_03_malaymail_nis_losses"
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
LEE = ("Lee Seong-kweun", "person", "South Korea")
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
CHONG = ("Chong Wei Ming", "person", "independent")
N = "National Intelligence Service (South Korea)"
DOCS = {DOC: {
    "figures": [
        ("about 300 North Korean troops", 300, None, "approximately", "troop", "casualties", 300, "count", N),
        ("killed, |2,700| wounded in Russia", 2700, None, "exact", "troop", "casualties", 2700, "count", N),
        ("Around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", N),
        ("killed and |2,700| wounded while", 2700, None, "exact", "soldier", "casualties", 2700, "count", N),
        ("two wounded North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
        ("about 25km", 25, None, "approximately", "km", "territory", 25, "km", "Security Service of Ukraine"),
        ("more than 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", "Volodymyr Zelensky"),
        ("about 4,000", 4000, None, "approximately", "soldier", "casualties", 4000, "count", "Defence Intelligence of Ukraine"),
    ],
    "attributions": [
        ("about 300 North Korean troops killed, 2,700 wounded in Russia’s war", "says", "Seoul spy agency", *NIS, "indirect"),
        # nested: the lawmaker reports what the spy agency said; figures take the inner speaker (NIS).
        # "a lawmaker who attended its closed-door briefing" is Lee Seong-kweun, named in the next sentence.
        ("Around 300 North Korean soldiers have been killed and 2,700 wounded while fighting for Russia against Ukraine, South Korea’s spy agency said today",
         "according to", "a lawmaker", *LEE, "according_to"),
        ("Around 300 North Korean soldiers have been killed and 2,700 wounded while fighting for Russia against Ukraine",
         "said", "South Korea’s spy agency", *NIS, "indirect"),
        ("that the National Intelligence Service (NIS) believed the heavy losses were caused by the troops’ “unfamiliarity” with drone warfare and by Russia using them in exposed assaults",
         "told reporters", "Lee Seong-kweun", *LEE, "indirect"),
        ("the heavy losses were caused by the troops’ “unfamiliarity” with drone warfare and by Russia using them in exposed assaults",
         "believed", "the National Intelligence Service (NIS)", *NIS, "indirect"),
        ("North Korean soldiers have been given no training to counter drones and are being used as expendable assault troops,",
         "said", "Lee", *LEE, "direct"),
        ("that memos found on dead soldiers suggested they had been pressed to kill themselves rather than be captured",
         "added", "He", *LEE, "indirect"),
        ("that his forces had captured two wounded North Korean soldiers in the Kursk region", "announced",
         "Ukrainian President Volodymyr Zelensky", *ZEL, "indirect"),
        ("The NIS confirmed the capture", "confirmed", "The NIS", *NIS, "indirect"),
        ("the pair had been seized on January 9", "saying", "The NIS", *NIS, "indirect"),
        ("The men were taken about 25km north of the Ukrainian border", "according to", "Ukraine’s SBU security service",
         "Security Service of Ukraine", "organisation", "Ukraine", "according_to"),
        # nested: the NIS reports what the prisoner told interrogators
        ("One of the prisoners, a 20-year-old rifleman, told interrogators he had believed he was being sent to Russia for training rather than to fight",
         "said", "the NIS", *NIS, "indirect"),
        ("he had believed he was being sent to Russia for training rather than to fight", "told interrogators",
         "One of the prisoners", "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("The other, aged 26, suffered a jaw injury and could not be questioned", "added", "it", *NIS, "indirect"),
        ("that Kyiv was ready to hand the prisoners over to Kim Jong Un if he could arrange their exchange for Ukrainians held captive in Russia",
         "said", "Zelensky", *ZEL, "indirect"),
        ("There should be no doubt left that the Russian army is dependent on military help from North Korea,", "wrote", "he", *ZEL, "direct"),
        ("that more than 3,000 North Korean soldiers had been killed or wounded", "said", "Zelensky", *ZEL, "indirect"),
        ("Ukraine’s military intelligence put the figure at about 4,000 earlier this month", "put",
         "Ukraine’s military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
        ("the capture had handed Kyiv a rare intelligence windfall", "said", "Dr Chong Wei Ming", *CHONG, "indirect"),
        ("For the first time, the world may hear from North Korean soldiers themselves how they were recruited, trained and shipped to Europe,",
         "told Malay Mail", "he", *CHONG, "direct"),
        ("that if the prisoners asked to go to South Korea, Seoul would be bound to accept them, as its constitution regards all Koreans as citizens",
         "said", "Chong", *CHONG, "indirect"),
    ],
    "events": [
        ("today", "2025-01-13", "2025-01-13", "day", True,
         "NIS briefing: about 300 North Korean soldiers killed and 2,700 wounded"),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "Zelensky announced the capture of two wounded North Korean soldiers in Kursk"),
        ("in the autumn", "2024-09-01", "2024-11-30", "season", True,
         "The North Korean contingent arrived"),
        ("on January 9", "2025-01-09", "2025-01-09", "day", True,
         "The two North Korean soldiers were captured"),
        ("on Sunday", "2025-01-12", "2025-01-12", "day", True,
         "Zelensky said Kyiv was ready to hand the prisoners to Kim Jong Un in exchange for Ukrainians held in Russia"),
        ("in late December", "2024-12-21", "2024-12-31", "month", True,
         "Zelensky said more than 3,000 North Korean soldiers had been killed or wounded"),
        ("earlier this month", "2025-01-01", "2025-01-12", "month", True,
         "Ukraine's military intelligence put the North Korean casualty figure at about 4,000"),
    ],
}}
