"""dev82_03_breakingdefense_kn23: Breaking Defense. Anchor 2025-04-09 (Wed, manifest)."""
D = "dev82_03_breakingdefense_kn23"
KB = "Kyrylo Budanov"
IC = "Ivan Castellanos"
CA = "Cheryl Amundsen"
AF = "Ukrainian Air Force"

FIGURES = [
    ("within |40 to 50 meters| of their aim points", 40, 50, "range", "meter", "territory", 0.04, "km", KB),
    ("650 PAC-3 MSE interceptors", 650, None, "exact", "interceptor", "weapons", 650, "count", "Lockheed Martin"),
    ("within |40 to 50 meters| of their targets", 40, 50, "range", "meter", "territory", 0.04, "km", KB),
    ("up to 3 kilometers", 3, None, "at_most", "kilometer", "territory", 3, "km", KB),
    ("about 150 KN-23 and KN-24 missiles", 150, None, "approximately", "missile", "weapons", 150, "count", KB),
    ("30 North Korean-made missiles", 30, None, "exact", "missile", "weapons", 30, "count", AF),
    ("shot down |9|.", 9, None, "exact", "missile", "weapons", 9, "count", AF),
    ("seven or eight batteries", 7, 8, "range", "battery", "units", 7, "count", "Western estimates"),
    ("10 more systems", 10, None, "exact", "system", "weapons", 10, "count", "Volodymyr Zelensky"),
    ("500 PAC-3 MSE interceptors", 500, None, "exact", "interceptor", "weapons", 500, "count", CA),
    ("to build |650| this year, company", 650, None, "exact", "interceptor", "weapons", 650, "count", CA),
    ("about 2,000", 2000, None, "approximately", "interceptor", "weapons", 2000, "count", ""),
    ("roughly $4 million", 4e6, None, "approximately", "", "money", 4e6, "USD", "U.S. Army"),
    ("$1 million to $2 million", 1e6, 2e6, "range", "", "money", 1e6, "USD", "analysts"),
    ("trading a |$4 million| interceptor", 4e6, None, "exact", "", "money", 4e6, "USD", IC),
    ("10 to 15 KN-23s", 10, 15, "range", "kn-23", "weapons", 10, "count", IC),
]

ATTRIBUTIONS = [
    ("North Korea's sharper KN-23s are draining Ukraine's Patriot stocks", "says", "Kyiv's spy chief", KB, "person", "Ukraine", "indirect"),
    ("the missiles now land within 40 to 50 meters of their aim points", "said", "Lt. Gen. Kyrylo Budanov", KB, "person", "Ukraine", "indirect"),
    ("it is on track to build 650 PAC-3 MSE interceptors this year", "says", "Lockheed Martin", "Lockheed Martin",
     "organisation", "independent", "indirect"),
    ("North Korea's KN-23 ballistic missiles have become far more accurate since Russia first fired them at Ukraine in January 2024",
     "said", "Ukraine's military intelligence chief", KB, "person", "Ukraine", "indirect"),
    ("that the missiles now typically land within 40 to 50 meters of their targets, compared with up to 3 kilometers for the first batches",
     "told reporters", "Lt. Gen. Kyrylo Budanov", KB, "person", "Ukraine", "indirect"),
    ("The North Koreans are learning on our cities,", "” Budanov |said|. “", "Budanov", KB, "person", "Ukraine", "direct"),
    ("Every launch gives them data, and they are using it.", "” Budanov |said|. “", "Budanov", KB, "person", "Ukraine", "direct"),
    ("Russia has received about 150 KN-23 and KN-24 missiles from Pyongyang since December 2023 and has fired most of them",
     "According to", "Budanov", KB, "person", "Ukraine", "according_to"),
    ("that of 30 North Korean-made missiles launched in March, its crews shot down 9", "said", "Ukraine's air force", AF,
     "organisation", "Ukraine", "indirect"),
    ("Ukraine operates seven or eight batteries", "according to", "Western estimates", "Western estimates", "group", "West", "according_to"),
    ("that Kyiv was ready to pay for 10 more systems if Washington would sell them", "said", "President Volodymyr Zelenskyy",
     "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("Lockheed Martin delivered 500 PAC-3 MSE interceptors in 2024 and is on track to build 650 this year", "said",
     "company spokesperson Cheryl Amundsen", CA, "person", "independent", "indirect"),
    ("Each MSE costs the Army roughly $4 million", "according to", "Army budget documents", "U.S. Army", "organisation",
     "United States", "according_to"),
    ("that a KN-23 costs Pyongyang $1 million to $2 million to build", "estimate", "Analysts", "analysts", "group", "independent", "indirect"),
    ("It's a cost-exchange problem and a capacity problem at the same time,", "said", "Ivan Castellanos", IC, "person", "independent", "direct"),
    ("You are trading a $4 million interceptor for a missile that costs a fraction of that, and the other side can build more of them.",
     "” |said| Ivan", "Ivan Castellanos", IC, "person", "independent", "direct"),
    ("that North Korea's main missile plant near Hamhung could turn out 10 to 15 KN-23s a month if Russia keeps supplying components",
     "estimated", "Castellanos", IC, "person", "independent", "indirect"),
    ("that Moscow might also be helping Pyongyang with guidance technology", "warned", "South Korea's National Intelligence Service",
     "National Intelligence Service (South Korea)", "organisation", "South Korea", "indirect"),
    ("a claim the Kremlin has denied", "has denied", "the Kremlin", "Kremlin", "government", "Russia", "indirect"),
    ("that no additional Patriot batteries would be sent to Ukraine this summer because U.S. stocks were already stretched",
     "told Breaking Defense", "Pentagon officials", "Pentagon officials", "group", "United States", "indirect"),
]

EVENTS = [
    ("interceptors |this year|.", "2025-01-01", "2025-12-31", "year", True,
     "Lockheed Martin on track to build 650 PAC-3 MSE interceptors"),
    ("in January 2024", "2024-01-01", "2024-01-31", "month", False, "Russia first fired North Korean KN-23 missiles at Ukraine"),
    ("said |this week|,", "2025-04-07", "2025-04-13", "week", True, "Budanov said North Korean KN-23s had become far more accurate"),
    ("on Monday", "2025-04-07", "2025-04-07", "day", True,
     "Budanov told reporters in Kyiv KN-23s now land within 40 to 50 meters of their targets"),
    ("since December 2023", "2023-12-01", "2025-04-09", "open", True,
     "Russia receiving about 150 KN-23 and KN-24 missiles from Pyongyang"),
    ("in March", "2025-03-01", "2025-03-31", "month", True, "30 North Korean-made missiles launched at Ukraine, 9 shot down"),
    ("last week", "2025-03-31", "2025-04-06", "week", True, "Zelenskyy said Kyiv was ready to pay for 10 more Patriot systems"),
    ("in 2024", "2024-01-01", "2024-12-31", "year", False, "Lockheed Martin delivered 500 PAC-3 MSE interceptors"),
    ("build 650 |this year|", "2025-01-01", "2025-12-31", "year", True, "Lockheed Martin on track to build 650 PAC-3 MSE interceptors"),
    ("by 2027", "2027-01-01", "2027-12-31", "year", False,
     "Second Camden line to push PAC-3 MSE capacity to about 2,000 a year"),
    ("in February", "2025-02-01", "2025-02-28", "month", True,
     "NIS warned lawmakers Moscow might be helping Pyongyang with guidance technology"),
    ("this summer", "2025-06-01", "2025-08-31", "season", True, "No additional Patriot batteries to be sent to Ukraine"),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
