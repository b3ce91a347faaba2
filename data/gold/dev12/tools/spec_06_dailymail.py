# dev12_06_dailymail_kim_ceremony -- anchor 2025-08-25 (Monday), from the manifest.
# The three stand-first bullets under the headline count like any sentence.
# Not annotated (traps): navigation bars, "Published: 09:14 BST, 25 August 2025 | Updated: ...",
# "Share 152 shares", both photo captions ("on August 21", "in 2024", "(HUR)"), "41" (age), "aged between
# 18 and 25" (ages), "the past three months" (duration), "3.7 per cent" (a percentage of nothing counted
# in the story), "in eight years" (duration), "a day", the RELATED ARTICLES list ("says Ukraine", 15,000
# more), "Comments 87", the footer; "The claim could not be independently verified", the embassy "did not
# respond", the Foreign Office "declined to comment" (no statements).
# Nested: "'...,' Kim told the grieving families, according to KCNA."

KIM = ("Kim Jong Un", "person", "North Korea")
KCNA = ("Korean Central News Agency", "media", "North Korea")
NIS = ("National Intelligence Service (South Korea)", "organisation", "South Korea")
MAR = ("Helena Marsh", "person", "independent")
ZEL = ("Volodymyr Zelensky", "person", "Ukraine")
N = "National Intelligence Service (South Korea)"

DOCS = {"dev12_06_dailymail_kim_ceremony": {
    "figures": [
        ("around 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", "South Korea"),
        ("some 280 miles", 280, None, "approximately", "mile", "territory", 450.61632, "km", ""),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", N),
        ("around 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", N),
        ("as much as £14 billion", 14e9, None, "at_most", "", "money", 14e9, "GBP", "Helena Marsh"),
        ("about $19 billion", 19e9, None, "approximately", "", "money", 19e9, "USD", "Helena Marsh"),
        ("tens of thousands more troops", 10000, None, "vague", "troop", "personnel", 10000, "count", "Volodymyr Zelensky"),
        ("up to 5,000 shells", 5000, None, "at_most", "shell", "weapons", 5000, "count", "Ukrainian intelligence source"),
    ],
    "attributions": [
        ("heroes will never be forgotten", "vows", "he", *KIM, "direct"),
        ("around 2,000 North Korean soldiers have been killed in the war", "believes", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("Kim has been rewarded with oil, cash and military technology", "say", "experts", "experts", "group", "independent", "indirect"),
        ("The North Korean dictator, 41, pinned medals on returning troops and laid flowers before portraits of the fallen", "according to",
         "images released by state media", "North Korean state media", "media", "North Korea", "according_to"),
        ("the ceremony honoured an engineering unit that had spent the past three months clearing mines in Russia's Kursk region, where North Korean troops helped Moscow drive out Ukrainian forces earlier this year",
         "said", "State news agency KCNA", *KCNA, "indirect"),
        ("‘The eternal heroes who laid down their lives for justice will never be forgotten,’ Kim told the grieving families", "according to",
         "KCNA", *KCNA, "according_to"),
        ("The eternal heroes who laid down their lives for justice will never be forgotten,", "told the grieving families", "Kim", *KIM, "direct"),
        ("Their names will be carved in stone in the heart of Pyongyang.", "forgotten,’ Kim |told the grieving families|, according", "Kim", *KIM, "direct"),
        ("that about 2,000 North Korean soldiers have been killed since Pyongyang began sending troops to Russia last October", "told lawmakers",
         "South Korea's National Intelligence Service", *NIS, "indirect"),
        ("a total of around 15,000 troops have been deployed, including a fresh contingent of builders and deminers", "believes", "It", *NIS, "indirect"),
        ("Many of the dead were aged between 18 and 25", "according to", "Ukrainian officials who examined documents found on their bodies",
         "Ukrainian officials", "group", "Ukraine", "according_to"),
        ("Kim has turned his army into his most profitable export,", "said", "Dr Helena Marsh", *MAR, "direct"),
        ("He needs the Russians to keep paying, and the Russians need bodies.", "export,’ |said| Dr", "Dr Helena Marsh", *MAR, "direct"),
        ("that North Korea may have earned as much as £14 billion (about $19 billion) from the arrangement since 2023, mostly in oil, food and military technology rather than hard currency",
         "estimated", "She", *MAR, "indirect"),
        ("that North Korea's economy grew 3.7 per cent last year, its fastest pace in eight years, boosted by arms sales to Russia", "said",
         "The Bank of Korea", "Bank of Korea", "organisation", "South Korea", "indirect"),
        ("that Pyongyang could send tens of thousands more troops if the war drags on", "warned",
         "Ukrainian President Volodymyr Zelensky", *ZEL, "indirect"),
        ("North Korea is learning modern war on our land,", "said", "he", *ZEL, "direct"),
        ("that North Korean artillery crews were still operating near the border, at times firing up to 5,000 shells a day", "told MailOnline",
         "A Ukrainian intelligence source", "Ukrainian intelligence source", "group", "Ukraine", "indirect"),
    ],
    "events": [
        ("on Thursday", "2025-08-21", "2025-08-21", "day", True, "Kim Jong Un held a ceremony in Pyongyang for soldiers killed fighting for Russia"),
        ("on Friday", "2025-08-22", "2025-08-22", "day", True, "State media released images of the ceremony"),
        ("earlier this year", "2025-01-01", "2025-08-24", "year", True, "North Korean troops helped Moscow drive Ukrainian forces out of Kursk"),
        ("in August 2024", "2024-08-01", "2024-08-31", "month", False, "Ukraine's surprise incursion into the Kursk region"),
        ("earlier this month", "2025-08-01", "2025-08-24", "month", True, "NIS told lawmakers ~2,000 North Korean soldiers have been killed"),
        ("last October", "2024-10-01", "2024-10-31", "month", True, "Pyongyang began sending troops to Russia"),
        ("since 2023", "2023-01-01", "2025-08-25", "open", True, "North Korea may have earned up to £14 billion from the arrangement"),
        ("last month", "2025-07-01", "2025-07-31", "month", True, "Bank of Korea said North Korea's economy grew 3.7 per cent"),
        ("last year", "2024-01-01", "2024-12-31", "year", True, "North Korea's economy grew 3.7 per cent"),
        ("warned |on Sunday|", "2025-08-24", "2025-08-24", "day", True, "Zelensky warned Pyongyang could send tens of thousands more troops"),
    ],
}}
