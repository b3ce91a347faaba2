# dev32_03 — Premium Times (agency copy), published 2025-02-12 (Wednesday). Anchor week: Mon 10 - Sun 16 February 2025.
# The page's top bar shows the reader's date (Thursday, February 13, 2025): furniture, not the anchor.
# Row formats as in spec_dev32_01.py.
NIS = "National Intelligence Service (South Korea)"
KA = "Kehinde Adeyemi"
USO = "U.S. defense official"

DOCS = {"dev32_03_premiumtimes_kursk_pullback": {
    "figures": [
        ("at least 300 soldiers", 300, None, "at_least", "soldier", "casualties", 300, "count", NIS),
        ("2,700", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("between 11,000 and 12,000 soldiers", 11000, 12000, "range", "soldier", "personnel", 11000, "count", "South Korean intelligence"),
        ("between 1,000 and 1,500 soldiers", 1000, 1500, "range", "soldier", "personnel", 1000, "count", KA),
        ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", ""),
        ("roughly ₦3 million", 3000000, None, "approximately", "", "money", 3000000, "NGN", ""),
        ("about 500 square kilometres", 500, None, "approximately", "square kilometre", "territory", 500, "km2", "Ukrainian commanders"),
        ("some 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", "Ukrainian commanders"),
    ],
    "attributions": [
        ("North Korean troops pulled from front after heavy losses", "says", "S’Korea", "South Korea", "government", "South Korea", "indirect"),
        ("North Korean troops deployed to Russia’s Kursk region have not been seen in combat for about three weeks", "said",
         "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("that they may have been pulled back after suffering heavy losses", "adding",
         "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("that the soldiers were last observed on the front line in mid-January, and that their withdrawal could be linked to the deaths "
         "of at least 300 soldiers and injuries to 2,700 more", "told reporters", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("that North Korean units had been withdrawn from the front in the Kursk area", "said", "Ukraine’s Special Operations Forces",
         "Special Operations Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        ("They have not been seen for about two weeks, probably because of the losses,", "said",
         "the forces’ spokesperson, Captain Mykola Dovzhenko", "Mykola Dovzhenko", "person", "Ukraine", "direct"),
        ("“They have not been seen for about two weeks, probably because of the losses,” the forces’ spokesperson, Captain Mykola Dovzhenko, said at the time",
         "according to", "Ukrainian media", "Ukrainian media", "media", "independent", "according_to"),
        ("Pyongyang sent between 11,000 and 12,000 soldiers to Russia last autumn", "according to", "South Korean intelligence",
         "South Korean intelligence", "organisation", "South Korea", "according_to"),
        ("the North’s first large-scale involvement in a foreign war in decades", "describe", "analysts", "analysts", "group", "independent", "indirect"),
        ("They were attacking in dense waves across open snowfields, the way their grandfathers fought in Korea,", "said",
         "Dr Kehinde Adeyemi", KA, "person", "independent", "direct"),
        ("Drones made that very expensive.", "Korea,” |said| Dr Kehinde", "Dr Kehinde Adeyemi", KA, "person", "independent", "direct"),
        ("Pyongyang was likely to send replacements", "said", "He", KA, "person", "independent", "indirect"),
        ("that Russia had already trained a second group of between 1,000 and 1,500 soldiers at ranges in the Far East", "noting",
         "He", KA, "person", "independent", "indirect"),
        ("that Washington had no evidence that the North Koreans had left Russia", "said", "A U.S. defence official", USO,
         "group", "United States", "indirect"),
        ("Pulled back is not the same as gone home,", "said", "the official", USO, "group", "United States", "direct"),
        ("it still holds about 500 square kilometres, down from a peak of some 1,300 square kilometres in August", "According to",
         "Ukrainian commanders", "Ukrainian commanders", "group", "Ukraine", "according_to"),
        ("Russian President Vladimir Putin has never publicly acknowledged the presence of North Korean troops",
         "has never publicly acknowledged", "Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        ("Moscow did not comment on “such publications”", "said", "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov",
         "person", "Russia", "indirect"),
        ("North Korea, for its part, has denied sending troops", "has denied", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("groundless rumours", "calling", "its foreign ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "direct"),
        ("For African countries, the lesson is that the war is no longer a European affair,", "said", "Mr Adeyemi", KA,
         "person", "independent", "direct"),
        ("Asia is fighting in it, and Africa is paying for it through food and fuel prices.", "Adeyemi |said|. “Asia", "Mr Adeyemi", KA,
         "person", "independent", "direct"),
    ],
    "events": [
        ("on Tuesday", "2025-02-11", "2025-02-11", "day", True, "NIS said North Korean troops had not been seen in combat for about three weeks"),
        ("in mid-January", "2025-01-11", "2025-01-20", "month", True, "North Korean soldiers were last observed on the Kursk front line"),
        ("on Feb. 7", "2025-02-07", "2025-02-07", "day", True, "Ukraine's Special Operations Forces said North Korean units had been withdrawn from the front"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True, "Pyongyang sent between 11,000 and 12,000 soldiers to Russia"),
        ("on Monday", "2025-02-10", "2025-02-10", "day", True, "A U.S. defence official said Washington had no evidence the North Koreans had left Russia"),
        ("last summer", "2024-06-01", "2024-08-31", "season", True, "Ukraine seized a chunk of Kursk in a surprise incursion"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "The Ukrainian-held area in Kursk peaked at some 1,300 square kilometres"),
        ("on Wednesday", "2025-02-12", "2025-02-12", "day", True, "Dmitry Peskov said Moscow did not comment on the NIS report"),
        ("in October", "2024-10-01", "2024-10-31", "month", True, "North Korea's foreign ministry called the reports of troop deployment 'groundless rumours'"),
    ],
}}
