# dev31_04: BBC News live page, Mon 28 Apr 2025 (anchor 2025-04-28).
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
KCNA = "Korean Central News Agency"
GS = "General Staff of the Armed Forces of Ukraine"
KIM = "Kim Jong Un"
EW = "Eleanor Whitcombe"

DOCS = {"dev31_04_bbc_pyongyang_confirms": {
    "figures": [
        ("about 4,700 casualties", 4700, None, "approximately", "casualty", "casualties", 4700, "count", NIS),
        ("roughly 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS, 1),
        ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("some 3,000 reinforcements", 3000, None, "approximately", "reinforcement", "personnel", 3000, "count", NIS),
        ("that |about 4,700| of them", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
        ("roughly 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", NIS, 2),
        ("between 14,000 and 16,000 troops", 14000, 16000, "range", "troop", "personnel", 14000, "count", HUR),
        ("up to 200 long-range artillery pieces", 200, None, "at_most", "artillery piece", "weapons", 200, "count", HUR),
        ("an estimated $20bn", 20000000000, None, "approximately", "dollar", "money", 20000000000, "USD", "Seoul Centre for Unification Economics"),
        ("about 1,300 sq km", 1300, None, "approximately", "sq km", "territory", 1300, "km2", ""),
    ],
    "attributions": [
        ("it sent troops to fight for Russia in Kursk", "confirms", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        # summary
        ("North Korea has confirmed for the first time that it sent troops to help Russia recapture the Kursk region", "reports", "state news agency KCNA", KCNA, "media", "North Korea", "indirect"),
        ("that it sent troops to help Russia recapture the Kursk region", "has confirmed", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ('the fallen soldiers are "heroes" and that a monument will be built in Pyongyang', "says", "Kim Jong Un", KIM, "person", "North Korea", "indirect"),
        ("that Kursk had been fully retaken", "claimed", "Russia's top general", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("Ukraine denies this", "denies", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ("North Korea has suffered about 4,700 casualties, including roughly 600 deaths", "estimates", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        # 14:52
        ("Kremlin thanks Pyongyang for 'heroic' help", "thanks", "Kremlin", "Kremlin", "government", "Russia", "indirect"),
        ('Kremlin spokesman Dmitry Peskov has thanked North Korea for what he called its "heroic" help', "thanked", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ('its "|heroic|" help', "called", "he", "Dmitry Peskov", "person", "Russia", "direct"),
        ("We highly appreciate this brotherly support,", "told reporters", "Peskov", "Dmitry Peskov", "person", "Russia", "direct"),
        ("that the deployment was in line with the treaty the two countries signed in June last year", "adding", "Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
        ('Russia "will never forget" the sacrifice of the North Korean soldiers', "said", "President Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
        # 13:30
        ("about 15,000 troops have been sent in total, including some 3,000 reinforcements who arrived in January and February", "says", "South Korea's National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("that about 4,700 of them have been killed or wounded, including roughly 600 deaths", "believes", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("Ukraine's military intelligence has put the total at between 14,000 and 16,000 troops", "has put", "Ukraine's military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("Pyongyang supplied Russia with up to 200 long-range artillery pieces and a large number of KN-23 missiles", "said", "It", HUR, "organisation", "Ukraine", "indirect"),
        ("North Korea has received oil, air-defence systems and cash worth an estimated $20bn", "according to", "a study by the Seoul Centre for Unification Economics", "Seoul Centre for Unification Economics", "organisation", "independent", "according_to"),
        # 12:05
        ("Ukraine disputes Moscow's claim", "disputes", "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
        ('that the Kursk region had been "completely liberated"', "told", "Gen Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
        ('North Korean units had "provided significant assistance" in the final push', "said", "He", "Valery Gerasimov", "person", "Russia", "indirect"),
        ("Ukraine's General Staff rejected the claim", "rejected", "Ukraine's General Staff", GS, "organisation", "Ukraine", "indirect"),
        ("The situation is difficult, but our units continue to carry out their tasks,", "said", "it", GS, "organisation", "Ukraine", "direct"),
        ("Claims of the full loss of our positions are not true.", "said", "it", GS, "organisation", "Ukraine", "direct"),
        # 11:10
        ('Kim had personally ordered the deployment under the mutual defence treaty, and that the troops had "annihilated the Ukrainian neo-Nazi occupiers"', "said", "The statement carried by KCNA", KCNA, "media", "North Korea", "indirect"),
        ("Those who fought for justice are all heroes and representatives of the honour of the motherland,", "was quoted as saying", "Kim", KIM, "person", "North Korea", "direct"),
        ('A monument to the fallen will be erected in the capital "soon"', "added", "the statement", KCNA, "media", "North Korea", "indirect"),
        ("fake news", "dismissed", "Pyongyang", "North Korea", "government", "North Korea", "direct"),
        ("fake news", "dismissed", "Moscow", "Russia", "government", "Russia", "direct"),
        ('the announcement was "a calculated move"', "said", "Dr Eleanor Whitcombe", EW, "person", "independent", "indirect"),
        ("Pyongyang wants its army to be seen as battle-tested,", "told the BBC", "she", EW, "person", "independent", "direct"),
        ("It is the first time since the Korean War, which ended in 1953, that North Korean soldiers have fought a foreign army on this scale.", "told the BBC", "she", EW, "person", "independent", "direct"),
    ],
    "events": [
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True, "Russia's top general Valery Gerasimov claimed Kursk had been fully retaken"),
        ("in June last year", "2024-06-01", "2024-06-30", "month", True, "Russia and North Korea signed their treaty"),
        ("in January and February", "2025-01-01", "2025-02-28", "month", True, "Some 3,000 North Korean reinforcements arrived (per the NIS)"),
        ("On Saturday", "2025-04-26", "2025-04-26", "day", True, "Gerasimov told Putin the Kursk region had been completely liberated"),
        ("The following day", "2025-04-27", "2025-04-27", "day", True, "Ukraine's General Staff rejected Russia's claim that Kursk had been retaken"),
        ("last summer", "2024-06-01", "2024-08-31", "season", True, "Ukraine's incursion into Kursk reached its height (about 1,300 sq km)"),
        ("on Monday", "2025-04-28", "2025-04-28", "day", True, "KCNA carried the North Korean statement confirming the deployment"),
        ("in October 2024", "2024-10-01", "2024-10-31", "month", False, "North Korea first sent troops to Russia"),
        ("in 1953", "1953-01-01", "1953-12-31", "year", False, "The Korean War ended"),
        ("in late October", "2024-10-21", "2024-10-31", "month", True, "The first North Korean units reached the Kursk front"),
    ],
}}
