"""dev90_06: Radio Free Asia (translated from its Korean service), published 2025-09-03 (Wednesday) = anchor.
Row layouts as in spec_01_yonhap.py."""
RES = "North Korean residents"
HYE = "resident of Hyesan"
NHA = "resident of North Hamgyong province"
NIS = "National Intelligence Service (South Korea)"
KIM = "Kim Jong Un"
CHO = "Cho Min-seo"
BRO = "broker in Dandong"
D = "dev90_06_rfa_bereaved_families"

DOCS = {D: {
    "figures": [
        ("hundreds of soldiers", 100, None, "vague", "soldier", "personnel", 100, "count", RES),
        ("Twelve boys", 12, None, "exact", "boy", "casualties", 12, "count", HYE),
        ("500,000 North Korean won", 500000, None, "exact", "won", "money", 500000, "KPW", NHA),
        ("about US$20", 20, None, "approximately", "", "money", 20, "USD", NHA),
        ("about 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("some 15,000", 15000, None, "approximately", "soldier", "personnel", 15000, "count", NIS),
        ("up to 2,000 yuan", 2000, None, "at_most", "yuan", "money", 2000, "CNY", BRO),
        ("US$280", 280, None, "exact", "", "money", 280, "USD", BRO),
    ],
    "attributions": [
        ("Families of soldiers killed in Russia get ‘hero’ certificates and rice", "say",
         "residents", RES, "group", "North Korea", "indirect"),
        ("Families in North Korea whose sons were killed fighting for Russia in the Kursk region have received state "
         "“hero” certificates, extra rice rations and, in some cases, a new television set", "told RFA Korean",
         "residents", RES, "group", "North Korea", "indirect"),
        ("The handouts began after leader Kim Jong Un held a ceremony in Pyongyang on Aug. 21 (8월 21일) to honor "
         "hundreds of soldiers returning from Russia", "the residents |said|",
         "the residents", RES, "group", "North Korea", "indirect"),
        ("The bereaved family (유족, yujok) next door received a certificate that says ‘Hero of the Republic’ and a sack "
         "of rice. The mother cried and said ‘Wonsu-nim’ (원수님, the Marshal) had written her son’s name himself. Twelve "
         "boys from our district did not come back,", "Yanggang — |told RFA Korean|",
         "a resident of Hyesan in Ryanggang province — also spelled Yanggang", HYE, "group", "North Korea", "direct"),
        ("‘Wonsu-nim’ (원수님, the Marshal) had written her son’s name himself", "cried and |said|",
         "The mother", "mother of a killed soldier", "group", "North Korea", "indirect"),
        ("the first death notices reached Hyesan last winter, but families were told to keep them secret", "According to",
         "the resident", HYE, "group", "North Korea", "according_to"),
        ("families in her area had also received 500,000 North Korean won, or about US$20 at market rates, and that "
         "local officials had told them not to hold funerals", "province, |said|",
         "A second resident, in North Hamgyong province", NHA, "group", "North Korea", "indirect"),
        ("not to hold funerals", "officials had |told| them",
         "local officials", "local officials", "group", "North Korea", "indirect"),
        ("Since January, the party committee has held ‘loyalty’ lectures every week praising the fighters (전사들, "
         "jeonsadeul) of the overseas operation,", "she |said|",
         "she", NHA, "group", "North Korea", "direct"),
        ("Nobody dares to ask how many did not come back.", "she |said|",
         "she", NHA, "group", "North Korea", "direct"),
        ("that about 2,000 had been killed, out of some 15,000 sent to Russia since the autumn of 2024", "told lawmakers",
         "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("At the ceremony, Kim called the dead “heroes who shone the honor of the country,”", "according to",
         "the state-run Korean Central News Agency", "KCNA", "media", "North Korea", "according_to"),
        ("heroes who shone the honor of the country,", "called",
         "Kim", KIM, "person", "North Korea", "direct"),
        ("that a memorial museum would be built in Pyongyang by next year", "promised",
         "Kim", KIM, "person", "North Korea", "indirect"),
        ("that some families had paid up to 2,000 yuan (US$280) in bribes to find out whether their sons were still alive",
         "traders, |told RFA| that", "A broker in the Chinese border city of Dandong, who deals with North Korean traders",
         BRO, "group", "China", "indirect"),
        ("Pyongyang wants to turn the deaths into a story of loyalty, but it cannot hide them forever,", "forever,” |said| Cho",
         "Cho Min-seo", CHO, "person", "independent", "direct"),
        ("that the regime had never before staged such ceremonies for soldiers killed abroad", "noted",
         "Cho, whose name is also romanized Jo Min-seo", CHO, "person", "independent", "indirect"),
    ],
    "events": [
        ("on Aug. 21", "2025-08-21", "2025-08-21", "day", True,
         "Kim Jong Un held a ceremony in Pyongyang honoring soldiers returning from Russia"),
        ("on Monday", "2025-09-01", "2025-09-01", "day", True,
         "A Hyesan resident told RFA Korean about hero certificates given to bereaved families"),
        ("last winter", "2024-12-01", "2025-02-28", "season", True,
         "The first death notices reached Hyesan"),
        ("Since January", "2025-01-01", "2025-09-03", "open", True,
         "The party committee held weekly 'loyalty' lectures praising the fighters (North Hamgyong resident)"),
        ("last month", "2025-08-01", "2025-08-31", "month", True,
         "NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
        ("since the autumn of 2024", "2024-09-01", "2025-09-03", "open", True,
         "Some 15,000 North Korean soldiers were sent to Russia (NIS)"),
        ("by next year", "2026-01-01", "2026-12-31", "year", True,
         "A memorial museum is to be built in Pyongyang (Kim's promise)"),
        ("on Wednesday", "2025-09-03", "2025-09-03", "day", True,
         "Kim was in Beijing for the military parade marking the end of World War II"),
    ],
}}
