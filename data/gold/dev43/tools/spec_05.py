# dev43_05: NATO press conference transcript, Secretary General Mark Rutte.
# Anchor (manifest published): 2025-06-04, a Wednesday.
# Transcript convention: each paragraph of a Rutte turn is one direct statement, cue = the turn label;
# moderator lines and questions are not statements; sources reported inside them are.
LABEL = "NATO Secretary General Mark Rutte:"
MR = ("NATO Secretary General Mark Rutte", "Mark Rutte", "person", "NATO", "direct")
NIS = "National Intelligence Service (South Korea)"

DOCS = {
    "dev43_05_nato_rutte_press_conference": {
        "figures": [
            ("well over 14,000 soldiers", 14000, None, "more_than", "soldier", "personnel", 14000, "count", "Mark Rutte"),
            ("around 6,000", 6000, None, "approximately", "soldier", "casualties", 6000, "count", "Mark Rutte"),
            ("more than €20 billion", 20000000000, None, "more_than", "", "money", 20000000000, "EUR", "Mark Rutte"),
            ("about 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
            ("some 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", NIS),
            ("up to 6,000 North Korean engineers", 6000, None, "at_most", "engineer", "personnel", 6000, "count", "Mark Rutte"),
            ("2 or 3 kilometres", 2, 3, "range", "kilometre", "territory", 2, "km", "Mark Rutte"),
            ("roughly 1,300 square kilometres", 1300, None, "approximately", "square kilometre", "territory", 1300, "km2", "Mark Rutte"),
        ],
        "attributions": [
            ("Good afternoon. Tomorrow, NATO Defence Ministers will meet here in Brussels to prepare for our Summit in The Hague later this month, where I expect Allies to agree on a new defence investment target of 5% of GDP. That is a big number, but the threat is real, and it is not only Russia.",
             f"|{LABEL}| Good afternoon") + MR,
            ("Russia is not fighting this war alone. North Korea has sent well over 14,000 soldiers to Russia since last autumn, and Pyongyang's troops fought in the battles that pushed Ukrainian forces out of most of Kursk this spring. When they first took heavy losses in mid-January, many thought Pyongyang would pull them back. It did the opposite. We assess that around 6,000 of them have been killed or wounded. In return, Moscow is giving North Korea air defence systems, help with its missile and space programmes, and hard currency.",
             f"|{LABEL}| Good afternoon") + MR,
            ("Allies are stepping up. Since January, Allies have committed more than €20 billion in security assistance to Ukraine, and several Allies have announced new packages today. But we need to keep the pressure on Pyongyang as well as on Moscow.",
             f"|{LABEL}| Good afternoon") + MR,
            ("several Allies have announced new packages today",
             "announced", "several Allies", "NATO Allies", "group", "NATO", "indirect"),
            ("that about 15,000 North Korean troops had been sent in total and some 4,700 of them were casualties",
             "told lawmakers", "the South Korean intelligence service", NIS, "organisation", "South Korea", "indirect"),
            ("Our numbers are roughly in the same range. I will not go into intelligence, but what I can say is that North Korean soldiers are now also training Russian units in drone warfare, and we have seen reports that up to 6,000 North Korean engineers and deminers will be sent to Kursk. President Putin himself has said that the North Koreans fought \"heroically\" in Kursk. So this is not a one-off. This is an alliance.",
             f"|{LABEL}| Our numbers") + MR,
            ("that the North Koreans fought \"heroically\" in Kursk",
             "has |said| that the North", "President Putin", "Vladimir Putin", "person", "Russia", "indirect"),
            ("North Korea has also supplied Russia with 240 mm multiple rocket launchers and Koksan self-propelled guns",
             "says", "Ukraine's military intelligence", "Defence Intelligence of Ukraine", "organisation", "Ukraine", "indirect"),
            ("Sanctions are for the EU and for national capitals, not for NATO. But I said this when I met our Indo-Pacific partners on 3 April, and I will say it again: what happens in the Euro-Atlantic and what happens in the Indo-Pacific cannot be separated. Weapons made in Pyongyang are killing Ukrainians in Kharkiv and Sumy.",
             f"|{LABEL}| Sanctions") + MR,
            ("that Kursk had been fully liberated, with North Korean help",
             "claimed", "Russia's General Staff", "Russian General Staff", "organisation", "Russia", "indirect"),
            ("As far as we know, Ukraine still holds a few pockets along the border, in places 2 or 3 kilometres deep. But yes, Russia has regained most of the roughly 1,300 square kilometres it lost last August, and it needed North Korean troops to do it. Think about what that says about the state of the Russian army.",
             f"|{LABEL}| As far") + MR,
        ],
        "events": [
            ("Tomorrow", "2025-06-05", "2025-06-05", "day", True,
             "NATO Defence Ministers meet in Brussels to prepare the Hague Summit"),
            ("later this month", "2025-06-05", "2025-06-30", "month", True,
             "NATO Summit in The Hague, expected to agree a 5% of GDP defence investment target"),
            ("since last autumn", "2024-09-01", "2025-06-04", "open", True,
             "North Korea sent well over 14,000 soldiers to Russia"),
            ("this spring", "2025-03-01", "2025-05-31", "season", True,
             "North Korean troops fought in the battles that pushed Ukrainian forces out of most of Kursk"),
            ("in mid-January", "2025-01-01", "2025-01-31", "month", True,
             "North Korean troops first took heavy losses"),
            ("Since January", "2025-01-01", "2025-06-04", "open", True,
             "Allies committed more than EUR 20 billion in security assistance to Ukraine"),
            ("today", "2025-06-04", "2025-06-04", "day", True,
             "Several Allies announced new Ukraine assistance packages"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "South Korean intelligence told lawmakers about 15,000 North Korean troops sent, some 4,700 casualties"),
            ("on 3 April", "2025-04-03", "2025-04-03", "day", True,
             "Rutte met NATO's Indo-Pacific partners"),
            ("on 26 April", "2025-04-26", "2025-04-26", "day", True,
             "Russia's General Staff claimed Kursk had been fully liberated with North Korean help"),
            ("last August", "2024-08-01", "2024-08-31", "month", True,
             "Russia lost roughly 1,300 square kilometres of Kursk to Ukraine's incursion"),
        ],
    },
}
