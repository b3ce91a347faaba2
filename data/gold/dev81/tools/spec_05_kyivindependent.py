"""dev81_05_kyivindependent_analyst: The Kyiv Independent Q&A with a military analyst (published Wed 2025-07-09).

The interviewee's answers are transcribed speech credited by the speaker label ("Kovalenko:"):
each answer is one `direct` attribution whose cue is the label (see README, judgement call 2).
"""
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
SK = "Serhii Kovalenko"
D = "dev81_05_kyivindependent_analyst"

A1 = ("Yes, but differently. After Kursk Oblast was retaken in April, their assault units were rotated out. By our "
      "estimates, 2,000 to 3,000 North Koreans remain in the border areas of Kursk and Belgorod oblasts, mostly as "
      "artillery crews, drone operators and guards. HUR chief Kyrylo Budanov said in June that they had “learned fast” "
      "and were now teaching Russian units what they had learned.")
A2 = ("More important than the soldiers ever were. By HUR’s count, North Korea has delivered around 6 million artillery "
      "shells since the autumn of 2023, mostly 122 mm and 152 mm, plus about 250 KN-23 and KN-24 ballistic missiles. "
      "The quality has improved, too: the share of duds has fallen from about 20% to single digits, our gunners say. "
      "That is why Russian artillery has not run dry this year.")
A3 = ("I think it is unlikely this year, but not impossible. South Korea’s National Intelligence Service warned "
      "lawmakers in late June that Pyongyang could send as many as 30,000 more soldiers, and Kim has every reason to "
      "agree: Russia pays for each of them, and his army gets combat experience no other army in Asia has. But if they "
      "started dying in Zaporizhzhia rather than on “Russian soil,” that would be much harder for him to explain at home.")
A4 = ("Hit the supply chain and spend smart. North Korean shells travel more than 9,000 kilometers by rail from the "
      "border at Tumangang to the front, and every depot on the way is a target. And drones are cheap: a Ukrainian FPV "
      "drone costs about 15,000 hryvnias, around $360, which is less than the price of a single 152 mm shell.")

DOCS = {D: {
    "figures": [
        ("1,000 deminers", 1000, None, "exact", "deminer", "personnel", 1000, "count", "Sergei Shoigu"),
        ("5,000 military builders", 5000, None, "exact", "military builder", "personnel", 5000, "count", "Sergei Shoigu"),
        ("roughly 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", HUR),
        ("2,000 to 3,000 North Koreans", 2000, 3000, "range", "north korean", "personnel", 2000, "count", SK),
        ("around 6 million artillery shells", 6000000, None, "approximately", "artillery shell", "weapons", 6000000, "count", HUR),
        ("about 250 KN-23 and KN-24 ballistic missiles", 250, None, "approximately", "ballistic missile", "weapons", 250, "count", HUR),
        ("as many as 30,000 more soldiers", 30000, None, "at_most", "soldier", "personnel", 30000, "count", NIS),
        ("more than 9,000 kilometers", 9000, None, "more_than", "kilometer", "territory", 9000, "km", SK),
        ("about 15,000 hryvnias", 15000, None, "approximately", "hryvnia", "money", 15000, "UAH", SK),
        ("around $360", 360, None, "approximately", "", "money", 360, "USD", SK),
    ],
    "attributions": [
        ("North Korea is becoming Russia’s arsenal rather than its infantry",
         "says", "military analyst", SK, "person", "independent", "indirect"),
        ("that North Korea would send 1,000 deminers and 5,000 military builders to help rebuild Russia’s Kursk Oblast",
         "announced", "Russian Security Council Secretary Sergei Shoigu", "Sergei Shoigu", "person", "Russia", "indirect"),
        ("most of the roughly 11,000 North Korean troops who fought in Kursk last winter have since been pulled back from the front line",
         "says", "Ukraine’s military intelligence agency (HUR)", HUR, "organisation", "Ukraine", "indirect"),
        (A1, "|Serhii Kovalenko|: Yes, but", "Serhii Kovalenko", SK, "person", "independent", "direct"),
        ("that they had “learned fast” and were now teaching Russian units what they had learned",
         "said", "HUR chief Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
        (A2, "|Kovalenko|: More important", "Kovalenko", SK, "person", "independent", "direct"),
        ("North Korea has delivered around 6 million artillery shells since the autumn of 2023, mostly 122 mm and 152 mm, plus about 250 KN-23 and KN-24 ballistic missiles",
         "By HUR’s count", "HUR", HUR, "organisation", "Ukraine", "according_to"),
        ("the share of duds has fallen from about 20% to single digits",
         "say", "our gunners", "Ukrainian gunners", "group", "Ukraine", "indirect"),
        (A3, "|Kovalenko|: I think", "Kovalenko", SK, "person", "independent", "direct"),
        ("that Pyongyang could send as many as 30,000 more soldiers",
         "warned lawmakers", "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        (A4, "|Kovalenko|: Hit the", "Kovalenko", SK, "person", "independent", "direct"),
    ],
    "events": [
        ("on June 17, 2025", "2025-06-17", "2025-06-17", "day", False,
         "Kim Jong Un met Russian Security Council Secretary Sergei Shoigu in Pyongyang (photo caption)"),
        ("announced |on June 17|, after", "2025-06-17", "2025-06-17", "day", True,
         "Shoigu announced North Korea would send 1,000 deminers and 5,000 military builders to Kursk Oblast"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
         "Russia and North Korea signed their mutual defense treaty"),
        ("last winter", "2024-12-01", "2025-02-28", "season", True,
         "About 11,000 North Korean troops fought in Kursk"),
        ("in April", "2025-04-01", "2025-04-30", "month", True,
         "Kursk Oblast retaken; North Korean assault units rotated out"),
        ("Budanov said |in June| that", "2025-06-01", "2025-06-30", "month", True,
         "Budanov said North Korean troops had learned fast and were teaching Russian units"),
        ("since the autumn of 2023", "2023-09-01", "2025-07-09", "open", True,
         "North Korea delivered around 6 million artillery shells and about 250 ballistic missiles to Russia (HUR)"),
        ("run dry |this year|.", "2025-01-01", "2025-12-31", "year", True,
         "Russian artillery has not run dry thanks to North Korean shells"),
        ("unlikely |this year|,", "2025-01-01", "2025-12-31", "year", True,
         "North Korean troops sent to fight inside Ukraine (judged unlikely)"),
        ("in late June", "2025-06-21", "2025-06-30", "month", True,
         "NIS warned lawmakers Pyongyang could send as many as 30,000 more soldiers"),
    ],
}}
