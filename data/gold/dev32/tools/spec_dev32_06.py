# dev32_06 — MercoPress, published 2025-09-05 (Friday). Anchor week: Mon 1 - Sun 7 September 2025.
# Row formats as in spec_dev32_01.py.
NIS = "National Intelligence Service (South Korea)"
KIM = "Kim Jong Un"
PUT = "Vladimir Putin"
HUR = "Defence Intelligence of Ukraine"
ME = "Martín Echeverría"

DOCS = {"dev32_06_mercopress_kursk_fallen": {
    "figures": [
        ("2,000 North Koreans", 2000, None, "exact", "north korean", "casualties", 2000, "count", "South Korea"),
        ("around 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", "South Korean intelligence"),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("roughly 13,000 to 15,000", 13000, 15000, "range", "soldier", "personnel", 13000, "count", NIS),
        ("up to 6,000 troops", 6000, None, "at_most", "troop", "personnel", 6000, "count", NIS),
        ("around 120 Koksan M1989 self-propelled guns", 120, None, "approximately", "self-propelled gun", "weapons", 120, "count", HUR),
        ("200 long-range rocket launchers", 200, None, "exact", "rocket launcher", "weapons", 200, "count", HUR),
        ("as much as 50 percent", 50, None, "at_most", "percent", "weapons", 50, "count", HUR),
        ("about US$500 million", 500000000, None, "approximately", "", "money", 500000000, "USD", NIS),
        ("some €210 billion", 210000000000, None, "approximately", "", "money", 210000000000, "EUR", ""),
    ],
    "attributions": [
        ("2,000 North Koreans died fighting for Russia", "says", "Seoul", "South Korea", "government", "South Korea", "indirect"),
        ("around 2,000 of them have died since Pyongyang's troops entered combat last year", "says", "South Korean intelligence",
         "South Korean intelligence", "organisation", "South Korea", "indirect"),
        ("At a ceremony in Pyongyang on August 21, Kim wept as he placed medals on portraits of fallen soldiers and embraced their relatives",
         "according to", "images broadcast by state television KCTV", "Korean Central Television", "media", "North Korea", "according_to"),
        ("The heroes who gave their lives in a foreign land will live forever in the hearts of our people,", "said", "Kim", KIM,
         "person", "North Korea", "direct"),
        ("that a memorial museum and cemetery for the soldiers would be built in Pyongyang", "announced", "Kim", KIM, "person",
         "North Korea", "indirect"),
        ('North Korean troops had "fully carried out" their mission alongside Russian forces', "said", "Kim", KIM, "person",
         "North Korea", "indirect"),
        ("that about 2,000 North Korean soldiers had been killed since October 2024, out of roughly 13,000 to 15,000 sent to Russia",
         "told a parliamentary committee", "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("the agency also believed Pyongyang was preparing a third rotation of up to 6,000 troops", "said", "Lawmaker Park Sun-won",
         "Park Sun-won", "person", "South Korea", "indirect"),
        ("Pyongyang was preparing a third rotation of up to 6,000 troops", "believed", "the agency", NIS, "organisation",
         "South Korea", "indirect"),
        ('North Korean soldiers had fought "courageously and heroically" and that Russia would "never forget the sacrifices" made by their families',
         "said", "Putin", PUT, "person", "Russia", "indirect"),
        ("Our relations have acquired a special, trusting, allied character,", "added", "the Russian leader", PUT, "person", "Russia", "direct"),
        ("glorifying the murder of Ukrainians", "accused", "Ukraine's foreign ministry", "Ministry of Foreign Affairs of Ukraine",
         "organisation", "Ukraine", "direct"),
        ("that North Korea had also supplied Russia with around 120 Koksan M1989 self-propelled guns and 200 long-range rocket launchers, "
         "and that North Korean shells now account for as much as 50 percent of the ammunition fired by Russian artillery", "said",
         "Ukrainian military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("What Kim sold to Putin was not only men and shells but a testing ground,", "said", "Martín Echeverría", ME, "person",
         "independent", "direct"),
        ("Every drone his soldiers learned to fight in Kursk is a lesson that will be applied on the Korean peninsula,", "said", "he", ME,
         "person", "independent", "direct"),
        ("that Seoul's intelligence service estimates that Pyongyang earns about US$500 million a year from the deal", "added",
         "Echeverría", ME, "person", "independent", "indirect"),
        ("that Pyongyang earns about US$500 million a year from the deal", "estimates", "Seoul's intelligence service", NIS,
         "organisation", "South Korea", "indirect"),
        ("that the bloc was preparing its 19th package of sanctions, which would target North Korean entities involved in the deployment",
         "told reporters", "The European Union's foreign policy chief, Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect"),
        ("a Kim visit to Moscow could come as soon as next month", "say", "South Korean diplomats", "South Korean diplomats", "group",
         "South Korea", "indirect"),
    ],
    "events": [
        ("combat |last year|.", "2024-01-01", "2024-12-31", "year", True, "North Korean troops entered combat (for Russia)"),
        ("on August 21", "2025-08-21", "2025-08-21", "day", True, "Kim Jong Un held a ceremony in Pyongyang honouring soldiers killed fighting for Russia"),
        ("the following day", "2025-08-22", "2025-08-22", "day", True, "KCTV broadcast images of the ceremony"),
        ("on Thursday", "2025-09-04", "2025-09-04", "day", True, "NIS told a parliamentary committee about 2,000 North Korean soldiers had been killed"),
        ("since October 2024", "2024-10-01", "2025-09-05", "open", True, "About 2,000 North Korean soldiers killed in Russia's war"),
        ("on Wednesday", "2025-09-03", "2025-09-03", "day", True, "Kim stood alongside Xi Jinping and Vladimir Putin at a military parade in Beijing"),
        ("last month", "2025-08-01", "2025-08-31", "month", True, "Ukrainian military intelligence said North Korea had supplied guns, rocket launchers and shells"),
        ("in June last year", "2024-06-01", "2024-06-30", "month", True, "Russia and North Korea signed their mutual defence treaty in Pyongyang"),
        ("in early December", "2024-12-01", "2024-12-10", "month", True, "The Russia-North Korea mutual defence treaty entered into force"),
        ("next month", "2025-10-01", "2025-10-31", "month", True, "A possible Kim Jong Un visit to Moscow"),
    ],
}}
