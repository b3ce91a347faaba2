# dev36_05_newsis_death_toll -- Newsis (English). The manifest has NO published date for this page;
# relative dates are resolved against the page's own date line "Registered 2025.09.04" (Thursday).
NIS = "National Intelligence Service (South Korea)"
KIDE = "Korea Institute for Defense Economics"
D = "dev36_05_newsis_death_toll"

DOCS = {D: {
    "figures": [
        ("about 2,000", 2000, None, "approximately", "", "casualties", 2000, "count", NIS),
        ("roughly 2,000 soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("about 13,000 troops", 13000, None, "approximately", "troop", "personnel", 13000, "count", NIS),
        ("up to 6,000 more personnel", 6000, None, "at_most", "personnel", "personnel", 6000, "count", "Park Sun-won"),
        ("between 5,000 and 6,000", 5000, 6000, "range", "casualty", "casualties", 5000, "count", NIS),
        ("about 28 trillion won", 28e12, None, "approximately", "won", "money", 28e12, "KRW", KIDE),
        ("some $20 billion", 20e9, None, "approximately", "dollar", "money", 20e9, "USD", KIDE),
    ],
    "attributions": [
        ("North Korean death toll in Russia at about 2,000", "says", "NIS", NIS, "organisation", "South Korea",
         "indirect"),
        ("North Korea has lost roughly 2,000 soldiers killed in action since it began sending troops to Russia last "
         "year", "said", "the National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("that North Korea had sent about 13,000 troops to Russia in total", "agency |said| that North Korea",
         "the spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("In a closed-door briefing to the National Assembly's Intelligence Committee, the spy agency said that North "
         "Korea had sent about 13,000 troops to Russia in total", "according to", "Rep. Park Sun-won",
         "Park Sun-won", "person", "South Korea", "according_to"),
        ("The North appears to be preparing to rotate its forces and send up to 6,000 more personnel, including "
         "engineers and deminers,", "told reporters", "Park", "Park Sun-won", "person", "South Korea", "direct"),
        ("that the agency had detected signs that a third batch was being assembled near Wonsan", "added", "He",
         "Park Sun-won", "person", "South Korea", "indirect"),
        ("the NIS estimated that total North Korean casualties, including the wounded, stood at between 5,000 and "
         "6,000", "secretary, |said| the NIS", "Rep. Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea",
         "indirect"),
        ("that total North Korean casualties, including the wounded, stood at between 5,000 and 6,000", "estimated",
         "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("the regime has begun using the deaths for propaganda", "also |said| the regime", "The NIS", NIS,
         "organisation", "South Korea", "indirect"),
        ("Our heroes fought for the honor of the country, and the motherland will remember every one of them,",
         "Kim |said| in a speech", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
        ("that Pyongyang is using the losses to tighten internal unity", "assessed", "The agency", NIS,
         "organisation", "South Korea", "indirect"),
        ("that construction of a memorial museum for the fallen soldiers had begun in Pyongyang's Hwasong district in "
         "early August", "noting", "The agency", NIS, "organisation", "South Korea", "indirect"),
        ('that Russia would "never forget" the sacrifices made by North Korean soldiers', "told", "Putin",
         "Vladimir Putin", "person", "Russia", "indirect"),
        ('Putin told Kim that Russia would "never forget" the sacrifices made by North Korean soldiers',
         "according to", "a Kremlin readout", "Kremlin", "government", "Russia", "according_to"),
        ("If there is anything I can do for the Russian people, I will regard it as a fraternal duty,", "replied",
         "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
        ("that North Korea has earned about 28 trillion won, or some $20 billion, from its military cooperation with "
         "Russia since 2023, including payments for troops and munitions", "estimated",
         "The Korea Institute for Defense Economics", KIDE, "organisation", "independent", "indirect"),
        ("The numbers show that North Korea has turned its army into an export product,", 'product," |said| Jung',
         "Jung Hae-won", "Jung Hae-won", "person", "independent", "direct"),
        ("Every casualty is being converted into Russian cash and technology.", 'product," |said| Jung',
         "Jung Hae-won", "Jung Hae-won", "person", "independent", "direct"),
        ("Seoul was watching whether North Korea would receive Russian help with nuclear-powered submarine technology "
         "in return", "anonymity, |said| Seoul", "A senior government official", "senior government official",
         "group", "South Korea", "indirect"),
    ],
    "events": [
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "North Korea began sending troops to Russia"),
        ("on the 4th", "2025-09-04", "2025-09-04", "day", True,
         "NIS said about 2,000 North Korean soldiers had been killed in action in Russia"),
        ("On Aug. 21", "2025-08-21", "2025-08-21", "day", True,
         "Kim Jong Un held a ceremony in Pyongyang welcoming home an engineering unit that cleared mines in Kursk"),
        ("in early August", "2025-08-01", "2025-08-10", "month", True,
         "Construction of a memorial museum for fallen soldiers began in Pyongyang's Hwasong district"),
        ("on Wednesday", "2025-09-03", "2025-09-03", "day", True,
         "Kim met Putin in Beijing on the sidelines of a military parade"),
        ("last month", "2025-08-01", "2025-08-31", "month", True,
         "KIDE report estimated North Korea earned about 28 trillion won from military cooperation with Russia"),
        ("since 2023", "2023-01-01", "2025-09-04", "open", True,
         "North Korea earned about 28 trillion won (some $20 billion) from military cooperation with Russia"),
    ],
}}
