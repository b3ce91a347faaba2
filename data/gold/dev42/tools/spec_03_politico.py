"""dev42_03_politico_kursk_lessons: POLITICO Europe Q&A, published Tuesday 2025-09-09."""
from turns import turn

D = "dev42_03_politico_kursk_lessons"
NIS = "National Intelligence Service (South Korea)"
KV = "Karin Vahter"
HANBIT = "Hanbit Defense Research Center"

t1 = turn(D, "Vahter", "Because the job was done")
t2 = turn(D, "Vahter", "A great deal")
t3 = turn(D, "Vahter", "Combat troops")
t4 = turn(D, "Vahter", "Everything Europe")
t5 = turn(D, "Vahter", "Partly.")
t6 = turn(D, "Vahter", "If Moscow asks")


def vahter(t):
    return (t[0], t[1], "Vahter", KV, "person", "independent", "direct")


DOCS = {D: {
    "figures": [
        ("thousands of men", 1000, None, "vague", "man", "casualties", 1000, "count", ""),
        ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
        ("about 15,000 troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", ""),
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military construction workers", 5000, None, "exact", "military construction worker", "personnel", 5000,
         "count", "Sergei Shoigu"),
        ("close to 40 percent", 40, None, "approximately", "percent", "casualties", 40, "count", "South Korea"),
        ("asked for |6,000|, and", 6000, None, "exact", "engineer", "personnel", 6000, "count", "Russia"),
        ("1,000 or so", 1000, None, "approximately", "engineer", "personnel", 1000, "count", "South Korea"),
        ("more than 1,000 square kilometers", 1000, None, "more_than", "square kilometer", "territory", 1000, "km2", KV),
        ("28 trillion won", 28e12, None, "exact", "won", "money", 28e12, "KRW", HANBIT),
        ("about $20 billion", 20e9, None, "approximately", "", "money", 20e9, "USD", HANBIT),
        ("10,000 to 12,000 soldiers", 10000, 12000, "range", "soldier", "personnel", 10000, "count", KV),
    ],
    "attributions": [
        ("North Korea’s army came home from Kursk with a drone-war playbook", "Ex-EU envoy", "Ex-EU envoy", KV,
         "person", "independent", "indirect"),
        ("Pyongyang’s troops have left the front line, but the lessons they carry home should worry Europe as much as Asia",
         "tells POLITICO", "Karin Vahter", KV, "person", "independent", "indirect"),
        ("that about 2,000 North Korean soldiers had been killed since the deployment began in the autumn of 2024",
         "estimated", "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
        ("Moscow has since asked for more", "asked for", "Moscow", "Russia", "government", "Russia", "indirect"),
        ("that North Korea would dispatch 1,000 deminers and 5,000 military construction workers to rebuild the region",
         "announced", "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("They arrived as a Cold War army and left as a 21st-century one,", "said", "Baek Ji-won", "Baek Ji-won",
         "person", "independent", "direct"),
        ("Every army in Europe should be studying what happened to them.", "said", "Baek Ji-won", "Baek Ji-won",
         "person", "independent", "direct"),
        ("that it had any troops in Russia", "denied", "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ("Pyongyang finally confirmed the deployment", "confirmed", "Pyongyang", "North Korea", "government",
         "North Korea", "indirect"),
        vahter(t1),
        ("that the Kursk region had been liberated", "declared", "Valery Gerasimov", "Valery Gerasimov", "person",
         "Russia", "indirect"),
        ("heroism", "praised", "Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "direct"),
        ("that its soldiers had fought in Kursk on Kim’s orders", "confirmed", "Pyongyang", "North Korea", "government",
         "North Korea", "indirect"),
        vahter(t2),
        ("that close to 40 percent of the first contingent was killed or wounded", "suggest", "Seoul’s figures",
         "South Korea", "government", "South Korea", "indirect"),
        vahter(t3),
        ("Russia has asked for 6,000", "asked for", "Russia", "Russia", "government", "Russia", "indirect"),
        ("the first 1,000 or so crossed in early September", "believes", "Seoul", "South Korea", "government",
         "South Korea", "indirect"),
        ("Pyongyang’s total earnings from the war at 28 trillion won, about $20 billion, since 2023", "puts",
         "The Hanbit Defense Research Center", HANBIT, "organisation", "independent", "indirect"),
        vahter(t4),
        ("that the “experience of modern war” would be taught in every division", "said", "North Korean state media",
         "North Korean state media", "media", "North Korea", "indirect"),
        vahter(t5),
        ("that the first ships had left Chongjin", "told us", "South Korean intelligence", "South Korean intelligence",
         "organisation", "South Korea", "indirect"),
        vahter(t6),
        ("that North Korea would stand with Russia whenever it was needed", "said", "Kim", "Kim Jong Un", "person",
         "North Korea", "indirect"),
    ],
    "events": [
        ("on Aug. 22", "2025-08-22", "2025-08-22", "day", True,
         "Kim Jong Un greeted soldiers returning from Russia's Kursk region in Pyongyang"),
        ("this summer", "2025-06-01", "2025-08-31", "season", True, "North Korean soldiers marched out of Russia's Kursk region"),
        ("last week", "2025-09-01", "2025-09-07", "week", True,
         "South Korea's spy agency estimated about 2,000 North Korean soldiers had been killed"),
        ("in the autumn of 2024", "2024-09-01", "2024-11-30", "season", False, "North Korea's deployment to Russia began"),
        ("Shoigu announced |in June| that", "2025-06-01", "2025-06-30", "month", True,
         "Shoigu announced North Korea would send 1,000 deminers and 5,000 military construction workers"),
        ("on Monday", "2025-09-08", "2025-09-08", "day", True, "POLITICO interviewed Karin Vahter"),
        ("later this month", "2025-09-10", "2025-09-30", "month", True, "Meeting of EU foreign ministers"),
        ("In April", "2025-04-01", "2025-04-30", "month", True, "Pyongyang confirmed its deployment to Russia"),
        ("On April 26", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov declared the Kursk region liberated and praised the Korean units"),
        ("On April 28", "2025-04-28", "2025-04-28", "day", True,
         "Pyongyang confirmed its soldiers had fought in Kursk on Kim's orders"),
        ("in early September", "2025-09-01", "2025-09-10", "month", True,
         "The first 1,000 or so North Korean engineers crossed into Russia"),
        ("since 2023", "2023-01-01", "2025-09-09", "open", True,
         "Pyongyang's earnings from the war (28 trillion won, about $20 billion)"),
        ("last month", "2025-08-01", "2025-08-31", "month", True,
         "North Korean state media said modern-war experience would be taught in every division"),
        ("agreed |in June| to spend", "2025-06-01", "2025-06-30", "month", True,
         "NATO allies agreed to spend 3.5 percent of GDP on core defense"),
        ("in August", "2025-08-01", "2025-08-31", "month", True,
         "Kim said at a ceremony North Korea would stand with Russia"),
    ],
}}
