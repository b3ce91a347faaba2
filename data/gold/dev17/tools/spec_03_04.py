# dev17 annotation spec, documents 03 (The Economic Times) and 04 (Hromadske).
# Spans are exact substrings; "left|span|right" gives context for a span that is not unique.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

HUR = "Defence Intelligence of Ukraine"
DOCS = {}

# ---------------------------------------------------------------- 03 The Economic Times, anchor 2025-06-18 (Wednesday)
SHO = "Sergei Shoigu"
PARK = "Park Ji-hoon"
MEN = "Anjali Menon"
DOCS["dev17_03_economictimes_shoigu_builders"] = {
    "figures": [
        ("send |6,000 military builders|, deminers", 6000, None, "exact", "military builder", "personnel", 6000,
         "count", SHO),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", SHO),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel",
         5000, "count", SHO),
        ("send |6,000 military builders| and deminers", 6000, None, "exact", "military builder", "personnel", 6000,
         "count", SHO),
        ("1,000 sappers", 1000, None, "exact", "sapper", "personnel", 1000, "count", SHO),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", SHO),
        ("11,000-12,000 combat troops", 11000, 12000, "range", "combat troop", "personnel", 11000, "count", ""),
        ("at least 2,000", 2000, None, "at_least", "combat troop", "casualties", 2000, "count",
         "South Korean intelligence"),
        ("$800 to $1,000", 800, 1000, "range", "dollar", "money", 800, "USD", PARK),
        ("5,000 builders", 5000, None, "exact", "builder", "personnel", 5000, "count", PARK),
        ("about $60 million", 60e6, None, "approximately", "dollar", "money", 60e6, "USD", PARK),
        ("about $34 million", 34e6, None, "approximately", "dollar", "money", 34e6, "USD",
         "Ministry of Unification (South Korea)"),
        ("more than Rs 8,000 crore", 80e9, None, "more_than", "rupee", "money", 80e9, "INR", MEN),
        ("about 10 kilometres", 10, None, "approximately", "kilometre", "territory", 10, "km",
         "Institute for the Study of War"),
    ],
    "attributions": [
        ("North Korea to send 6,000 military builders, deminers to Russia's Kursk", ": Shoigu", "Shoigu", SHO,
         "person", "Russia", "indirect"),
        ("North Korea would dispatch 1,000 deminers and 5,000 military construction workers to help rebuild Russia's "
         "Kursk region", "month, |said| North Korea", "Russian Security Council Secretary Sergei Shoigu", SHO, "person",
         "Russia", "indirect"),
        ("it retook from Ukrainian forces in April", "says", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("North Korea will send 6,000 military builders and deminers to Russia's Kursk region to help clear mines and "
         "restore infrastructure destroyed in fighting with Ukraine", "Security Council, |said| on Tuesday",
         "Sergei Shoigu", SHO, "person", "Russia", "indirect"),
        ("Kim Jong Un has decided to send 1,000 sappers for demining Russian territory, as well as 5,000 military "
         "builders,", "told Russian state media", "Shoigu", SHO, "person", "Russia", "direct"),
        ("brotherly help", "calling", "Shoigu", SHO, "person", "Russia", "direct"),
        ("The first groups are expected to arrive in July", "reported", "the state-run RIA Novosti news agency",
         "RIA Novosti", "media", "Russia", "indirect"),
        ("The first groups are expected to arrive in July", "citing", "a source in the Russian Defence Ministry",
         "Russian Defence Ministry source", "group", "Russia", "indirect"),
        ("The work is to be completed by December", "added", "the agency", "RIA Novosti", "media", "Russia",
         "indirect"),
        ("at least 2,000 of them were killed before the fighting wound down in the spring", "believes",
         "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
        ("that Russia pays $800 to $1,000 a month for each North Korean labourer, meaning the 5,000 builders alone "
         "could earn the Kim regime about $60 million a year", "estimates", "Seoul-based researcher Park Ji-hoon",
         PARK, "person", "independent", "indirect"),
        ("Trade between Russia and North Korea rose 8.3% last year to about $34 million", "according to",
         "South Korea's Ministry of Unification", "Ministry of Unification (South Korea)", "organisation",
         "South Korea", "according_to"),
        ("Every shell and every worker North Korea sends frees up Russian capacity for other things, including "
         "exports,", "exports,\" |said| Anjali", "Anjali Menon", MEN, "person", "independent", "direct"),
        ("India has bought more than Rs 8,000 crore worth of Russian spares since 2022, and New Delhi needs those "
         "supply lines to stay open.", "exports,\" |said| Anjali", "Anjali Menon", MEN, "person", "independent",
         "direct"),
        ("a further sign of Russia's dependence on the Kim regime", "called", "Ukraine's foreign ministry",
         "Ministry of Foreign Affairs of Ukraine", "organisation", "Ukraine", "direct"),
        ("that the North Korean sappers would likely free up Russian engineering units for the front in Ukraine's "
         "Sumy region, where Russian forces have advanced about 10 kilometres since early June", "assessed",
         "The Institute for the Study of War", "Institute for the Study of War", "organisation", "independent",
         "indirect"),
    ],
    "events": [
        ("this month", "2025-06-01", "2025-06-30", "month", True,
         "Shoigu's second visit to Pyongyang"),
        ("Ukrainian forces |in April|.", "2025-04-01", "2025-04-30", "month", True,
         "Moscow says it retook the Kursk region from Ukrainian forces"),
        ("said |on Tuesday| after", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu said after meeting Kim Jong Un that North Korea will send 6,000 builders and deminers to Kursk"),
        ("in July", "2025-07-01", "2025-07-31", "month", True,
         "First groups of North Korean deminers and builders expected to arrive (forward-looking)"),
        ("by December", "2025-12-01", "2025-12-31", "month", True,
         "Demining and reconstruction work to be completed (forward-looking)"),
        ("last autumn", "2024-09-01", "2024-11-30", "season", True,
         "Pyongyang sent 11,000-12,000 combat troops to Kursk"),
        ("in the spring", "2025-03-01", "2025-05-31", "season", True,
         "Fighting in Kursk wound down (at least 2,000 North Koreans killed before then)"),
        ("last month", "2025-05-01", "2025-05-31", "month", True,
         "EU adopted its 17th sanctions package against Russia"),
        ("last year", "2024-01-01", "2024-12-31", "year", True,
         "Russia-North Korea trade rose 8.3% to about $34 million"),
        ("since 2022", "2022-01-01", "2025-06-18", "open", True,
         "India bought more than Rs 8,000 crore of Russian spares"),
        ("note |on Tuesday| that", "2025-06-17", "2025-06-17", "day", True,
         "ISW assessed North Korean sappers would free up Russian engineering units"),
        ("since early June", "2025-06-01", "2025-06-18", "open", True,
         "Russian forces advanced about 10 kilometres in Ukraine's Sumy region"),
    ],
}

# ---------------------------------------------------------------- 04 Hromadske, no manifest date;
# anchor from the page's date line "24 December 2024, 11:47" = 2024-12-24 (Tuesday)
ZEL = "Volodymyr Zelensky"
BON = "Serhiy Bondarchuk"
GSS = "Ukrainian General Staff source"
KSF = "Kursk Shield charity fund"
SSO = "Special Operations Forces of Ukraine"
DOCS["dev17_04_hromadske_zelensky_losses"] = {
    "figures": [
        ("Over 3,000 North Korean soldiers", 3000, None, "more_than", "soldier", "casualties", 3000, "count", ZEL),
        ("more than 3,000", 3000, None, "more_than", "loss", "casualties", 3000, "count", ZEL),
        ("at least 200 North Korean soldiers", 200, None, "at_least", "soldier", "casualties", 200, "count", HUR),
        ("21 North Korean soldiers", 21, None, "exact", "soldier", "casualties", 21, "count", SSO),
        ("wounded |26| more", 26, None, "exact", "soldier", "casualties", 26, "count", SSO),
        ("dozens of North Korean soldiers", 24, None, "vague", "soldier", "casualties", 24, "count",
         "U.S. military official"),
        ("about 11,000 North Koreans", 11000, None, "approximately", "north korean", "personnel", 11000, "count",
         "Kyrylo Budanov"),
        ("with |3 generals| among", 3, None, "exact", "general", "personnel", 3, "count", "Kyrylo Budanov"),
        ("between 11,000 and 12,000 troops", 11000, 12000, "range", "troop", "personnel", 11000, "count", BON),
        ("5,000 to 8,000", 5000, 8000, "range", "troop", "personnel", 5000, "count", BON),
        ("around 800 square kilometres", 800, None, "approximately", "square kilometre", "territory", 800, "km2", GSS),
        ("about 1,300", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", GSS),
        ("more than 40 million hryvnias", 40e6, None, "more_than", "hryvnia", "money", 40e6, "UAH", KSF),
        ("about $960,000", 960000, None, "approximately", "dollar", "money", 960000, "USD", KSF),
    ],
    "attributions": [
        ("Over 3,000 North Korean soldiers killed and wounded in Kursk region", "— Zelensky", "Zelensky", ZEL,
         "person", "Ukraine", "indirect"),
        ("Losses among North Korean troops fighting for Russia in the Kursk region have already reached more than "
         "3,000 killed and wounded", "Zelensky |said| on Monday", "President Volodymyr Zelensky", ZEL, "person",
         "Ukraine", "indirect"),
        ("the figure was based on preliminary data from Commander-in-Chief Oleksandr Syrskyi, and that Pyongyang "
         "could send more troops and equipment to Russia", "He |said| the figure", "He", ZEL, "person", "Ukraine",
         "indirect"),
        ("There is a threat of an increase in the number of North Korean soldiers, as well as equipment and missiles "
         "from North Korea to Russia,", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
        ("We will have clear answers for that.", "wrote", "Zelensky", ZEL, "person", "Ukraine", "direct"),
        ("North Korean units are being used in assaults near the villages of Plekhovo, Vorozhba and Martynovka, where "
         "Russian commanders “do not value the lives” of the newcomers any more than those of their own soldiers",
         "According to", "Zelensky", ZEL, "person", "Ukraine", "according_to"),
        ("that at least 200 North Korean soldiers had been killed in a single day on 17 December, and that the Russian "
         "command was now mixing North Koreans into its own assault groups to cover gaps in communication",
         "reported", "The Defence Intelligence of Ukraine (HUR)", HUR, "organisation", "Ukraine", "indirect"),
        ("that operators of the 8th Special Operations Regiment had killed 21 North Korean soldiers and wounded 26 "
         "more in fighting on December 20 and 21", "Forces |said| on Saturday", "Ukraine's Special Operations Forces",
         SSO, "organisation", "Ukraine", "indirect"),
        ("that dozens of North Korean soldiers had been killed or wounded, many of them in drone strikes",
         "anonymity, |said| on 16", "A U.S. military official", "U.S. military official", "group", "United States",
         "indirect"),
        ("that about 11,000 North Koreans had been deployed to the Kursk region in November, with 3 generals among "
         "their commanders", "told The War Zone", "HUR chief Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine",
         "indirect"),
        ("North Koreans are learning quickly, especially how to deal with drones, and that makes them more dangerous "
         "by spring,", "spring,” |said| Serhiy", "Serhiy Bondarchuk", BON, "person", "independent", "direct"),
        ("that Pyongyang had sent between 11,000 and 12,000 troops in total and could rotate in “another 5,000 to "
         "8,000” in the coming weeks", "estimated", "He", BON, "person", "independent", "indirect"),
        ("Ukraine still holds around 800 square kilometres of the Kursk region, where its forces have been fighting "
         "since August, down from a peak of about 1,300", "according to", "a source in the General Staff", GSS,
         "group", "Ukraine", "according_to"),
        ("a matter of our bilateral relations.", "calling", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov",
         "person", "Russia", "direct"),
        ("Ukrainian volunteers have meanwhile raised more than 40 million hryvnias (about $960,000) for FPV drones and "
         "electronic warfare kits for units fighting in Kursk", "fund |said| earlier", "the Kursk Shield charity fund",
         KSF, "organisation", "independent", "indirect"),
    ],
    "events": [
        ("on Monday evening", "2024-12-23", "2024-12-23", "day", True,
         "Zelensky said North Korean losses in Kursk had passed 3,000 killed and wounded"),
        ("last week", "2024-12-16", "2024-12-22", "week", True,
         "HUR reported at least 200 North Korean soldiers killed in a single day"),
        ("on 17 December", "2024-12-17", "2024-12-17", "day", True,
         "At least 200 North Korean soldiers killed in a single day"),
        ("on Saturday", "2024-12-21", "2024-12-21", "day", True,
         "Ukraine's Special Operations Forces reported killing 21 and wounding 26 North Korean soldiers"),
        ("on December 20 and 21", "2024-12-20", "2024-12-21", "day", True,
         "Fighting in which SSO operators killed 21 and wounded 26 North Korean soldiers"),
        ("on 16 December", "2024-12-16", "2024-12-16", "day", True,
         "A U.S. military official said dozens of North Korean soldiers had been killed or wounded"),
        ("in November", "2024-11-01", "2024-11-30", "month", True,
         "About 11,000 North Koreans deployed to the Kursk region (Budanov)"),
        ("by spring", "2025-03-01", "2025-05-31", "season", True,
         "North Korean troops expected to be more dangerous (forward-looking, Bondarchuk)"),
        ("since August", "2024-08-01", "2024-12-24", "open", True,
         "Ukrainian forces fighting in the Kursk region"),
        ("earlier in the week", "2024-12-23", "2024-12-23", "week", True,
         "Kursk Shield fund said volunteers raised more than 40 million hryvnias for drones and EW kits"),
    ],
}
