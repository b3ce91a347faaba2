# dev46_01_france24_nato_kursk -- France 24 video page, published Tuesday 29 October 2024 (anchor).
# Furniture not annotated: nav, "Issued on/Modified" stamps, "Play video 02:47", "Watch:" line,
# "Read more" links, newsletter prompts.
D = "dev46_01_france24_nato_kursk"

figures = [
    # pattern, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ]
    ("roughly 10,000 North Korean soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Sabrina Singh"),
    ("around 3,000 North Korean soldiers", 3000, None, "approximately", "soldier", "personnel", 3000, "count", "National Intelligence Service (South Korea)"),
    ("as many as 10,000", 10000, None, "at_most", "soldier", "personnel", 10000, "count", "National Intelligence Service (South Korea)"),
    ("around 600 square kilometres", 600, None, "approximately", "square kilometre", "territory", 600, "km2", "Ukrainian commanders"),
    ("10,000 men", 10000, None, "exact", "man", "personnel", 10000, "count", "Mathilde Vasseur"),
    ("$2,000", 2000, None, "exact", "", "money", 2000, "USD", "Mathilde Vasseur"),
    ("about $240 million", 240000000, None, "approximately", "", "money", 240000000, "USD", "Mathilde Vasseur"),
]

attributions = [
    # pattern, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ]
    ("NATO confirms |North Korean troops deployed to Russia's Kursk region|\n", "confirms",
     "NATO", "NATO", "organisation", "NATO", "indirect"),
    ("that North Korean units had been sent to the Kursk region", "said",
     "NATO chief Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
    ('calling it a "|significant escalation|"', "calling",
     "NATO chief Mark Rutte", "Mark Rutte", "person", "NATO", "direct"),
    ('Paris said |it was "extremely concerned"|', "Paris |said| it",
     "Paris", "France", "government", "France", "indirect"),
    ('that North Korean troops had been sent to Russia and that "North Korean military units have been deployed to the Kursk region"', "said",
     "NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
    ("a significant escalation", "called",
     "the 57-year-old former Dutch prime minister", "Mark Rutte", "person", "NATO", "direct"),
    ('that roughly 10,000 North Korean soldiers had been sent to eastern Russia to train, and that "a portion of those soldiers have already moved closer to Ukraine"', "said",
     "Pentagon spokeswoman Sabrina Singh", "Sabrina Singh", "person", "United States", "indirect"),
    ('that France was "extremely concerned" by the presence of North Korean troops on European soil', "said",
     "The Élysée", "Élysée", "government", "France", "indirect"),
    ("The involvement of a third country in a war of aggression on our continent cannot go unanswered,", "said",
     "the French presidency", "Élysée", "government", "France", "direct"),
    ("that around 3,000 North Korean soldiers had already arrived in Russia", "told lawmakers",
     "South Korea's National Intelligence Service", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
    ("that as many as 10,000 would be sent by December", "estimated",
     "South Korea's National Intelligence Service", "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
    ("South Korean officials he had spoken to feared that Pyongyang would receive Russian space and missile technology in return", "said",
     "FRANCE 24's Hugo Lemaire", "Hugo Lemaire", "person", "independent", "indirect"),
    ("that Pyongyang would receive Russian space and missile technology in return", "feared",
     "South Korean officials he had spoken to", "South Korean officials", "group", "South Korea", "indirect"),
    ("it could consider sending weapons directly to Ukraine", "said",
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ("The Kremlin has neither confirmed nor denied the deployment", "neither confirmed nor denied",
     "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
    ('that cooperation with Pyongyang was "a sovereign matter"', "told journalists",
     "spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ("that the first North Korean units would be used in combat zones on 27-28 October", "said",
     "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("Ukraine's cross-border incursion into Kursk, launched on 6 August, still holds around 600 square kilometres of Russian territory", "according to",
     "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "according_to"),
    ("Pyongyang is not sending 10,000 men for symbolic reasons,", "said",
     "Mathilde Vasseur", "Mathilde Vasseur", "person", "independent", "direct"),
    ("It is buying experience of modern drone warfare, and it is being paid for it.", 'reasons," |said| Mathilde',
     "Mathilde Vasseur", "Mathilde Vasseur", "person", "independent", "direct"),
    ("that Russia could pay Pyongyang $2,000 per soldier per month, or about $240 million a year for a contingent of that size", "estimated",
     "She", "Mathilde Vasseur", "person", "independent", "indirect"),
    ("have been fired at Kharkiv and Kyiv since the start of the year", "say",
     "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
]

events = [
    # pattern, date_start, date_end, granularity, relative, event[, occ]
    ("said |on Monday| that North Korean units", "2024-10-28", "2024-10-28", "day", True,
     "Mark Rutte said North Korean units had been sent to the Kursk region"),
    ("lawmakers |last week| that", "2024-10-21", "2024-10-27", "week", True,
     "South Korea's NIS told lawmakers about 3,000 North Korean soldiers had arrived in Russia"),
    ("by December", "2024-12-01", "2024-12-31", "month", True,
     "NIS expected as many as 10,000 North Korean soldiers to be sent to Russia by then"),
    ("about it |on Monday|,", "2024-10-28", "2024-10-28", "day", True,
     "Dmitry Peskov called cooperation with Pyongyang a sovereign matter"),
    ("on Saturday", "2024-10-26", "2024-10-26", "day", True,
     "Zelensky said the first North Korean units would be used in combat zones on 27-28 October"),
    ("on 27-28 October", "2024-10-27", "2024-10-28", "day", True,
     "First North Korean units expected to be used in combat zones (per Zelensky)"),
    ("on 6 August", "2024-08-06", "2024-08-06", "day", True,
     "Ukraine launched its cross-border incursion into Kursk"),
    ("in June", "2024-06-01", "2024-06-30", "month", True,
     "North Korea and Russia signed a mutual defence treaty"),
    ("ratified |last week|.", "2024-10-21", "2024-10-27", "week", True,
     "Russia's lower house of parliament ratified the North Korea-Russia defence treaty"),
    ("since the start of the year", "2024-01-01", "2024-10-29", "open", True,
     "North Korean KN-23 missiles fired at Kharkiv and Kyiv (per Ukrainian officials)"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
