# dev29_05_ht_nis_death_toll (Hindustan Times, anchor 2025-09-04, a Thursday)
# Row formats: see spec_01_indiatoday.py
NIS = "National Intelligence Service (South Korea)"
DIU = "Defence Intelligence of Ukraine"
KUL = "Aditya Kulkarni"

DOCS = {
    "dev29_05_ht_nis_death_toll": {
        "figures": [
            ("about 2,000 soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
            ("About 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count",
             NIS),
            ("6,000 engineers", 6000, None, "exact", "engineer", "personnel", 6000, "count", NIS),
            ("roughly 13,000 combat soldiers", 13000, None, "approximately", "combat soldier", "personnel", 13000,
             "count", NIS),
            ("around 4,000 North Korean troops", 4000, None, "approximately", "troop", "casualties", 4000, "count",
             DIU),
            ("more than 5,000 North Korean soldiers", 5000, None, "more_than", "soldier", "casualties", 5000, "count",
             "Volodymyr Zelensky"),
            ("2,000 men", 2000, None, "exact", "man", "casualties", 2000, "count", KUL),
            ("out of |13,000|", 13000, None, "exact", "man", "personnel", 13000, "count", KUL),
            ("the |13,000| figure", 13000, None, "exact", "soldier", "personnel", 13000, "count", KUL),
            ("at least $20 billion", 20000000000, None, "at_least", "dollar", "money", 20000000000, "USD", ""),
        ],
        "attributions": [
            ("North Korea lost about 2,000 soldiers in Russia’s war", "tells lawmakers", "Seoul’s spy agency", NIS,
             "organisation", "South Korea", "indirect"),
            ("About 2,000 North Korean soldiers have been killed fighting for Russia against Ukraine", "told lawmakers",
             "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
            ("that the NIS believes Pyongyang has sent an additional 6,000 engineers and construction troops since "
             "June, on top of roughly 13,000 combat soldiers dispatched since last October", "told reporters",
             "Lawmaker Lee Seong-kweun", "Lee Seong-kweun", "person", "South Korea", "indirect"),
            ("Pyongyang has sent an additional 6,000 engineers and construction troops since June, on top of roughly "
             "13,000 combat soldiers dispatched since last October", "believes", "the NIS", NIS, "organisation",
             "South Korea", "indirect"),
            ("North Korea appears to be institutionalising its troop dispatches, turning a one-off deployment into a "
             "regular rotation,", "said", "the NIS", NIS, "organisation", "South Korea", "direct"),
            ("Kim was trying to turn the losses into a propaganda asset", "said", "It", NIS, "organisation",
             "South Korea", "indirect"),
            ("In late August, Kim wept over coffins draped in North Korean flags at a ceremony in Pyongyang for "
             "soldiers killed in Kursk", "according to", "state broadcaster KCTV", "Korean Central Television",
             "media", "North Korea", "according_to"),
            ("that the “heroes” who fell abroad would be honoured with a museum and a memorial street in the capital",
             "said", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
            ("that around 4,000 North Korean troops had been killed or wounded in Kursk", "estimated",
             "Kyiv’s military intelligence", DIU, "organisation", "Ukraine", "indirect"),
            ("that “more than 5,000 North Korean soldiers” were killed or wounded", "said",
             "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
            ("Losing 2,000 men out of 13,000 in about five months of fighting in a single region is brutal by any "
             "standard,", "said", "Colonel (retd) Aditya Kulkarni", KUL, "person", "independent", "direct"),
            ("North Korean units, he said, had adapted quickly after suffering heavy losses in December and January, "
             "using drones and smaller assault groups", "said", "he", KUL, "person", "independent", "indirect"),
            ("that the 13,000 figure includes soldiers who never reached the front", "cautioned", "Kulkarni", KUL,
             "person", "independent", "indirect"),
            ("The real loss rate among the assault units could be far higher,", "said", "he", KUL, "person",
             "independent", "direct"),
            ("Seoul and Washington have accused Moscow of paying for them with oil, air-defence systems and cash",
             "accused", "Seoul", "South Korea", "government", "South Korea", "indirect"),
            ("Seoul and Washington have accused Moscow of paying for them with oil, air-defence systems and cash",
             "accused", "Washington", "United States", "government", "United States", "indirect"),
            ("Moscow and Pyongyang have defended their cooperation as legitimate under the UN Charter", "defended",
             "Moscow", "Russia", "government", "Russia", "indirect"),
            ("Moscow and Pyongyang have defended their cooperation as legitimate under the UN Charter", "defended",
             "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
            ("Your soldiers fought courageously and heroically. We will never forget the sacrifices your armed forces "
             "and the families of your servicemen have made.", "told", "Putin", "Vladimir Putin", "person", "Russia",
             "direct"),
            ("Seoul had also detected preparations for a possible third rotation", "said",
             "A senior South Korean official", "South Korean official", "group", "South Korea", "indirect"),
        ],
        "events": [
            ("Beijing |on Wednesday| for", "2025-09-03", "2025-09-03", "day", True,
             "Kim Jong Un was in Beijing for a military parade"),
            ("on Thursday", "2025-09-04", "2025-09-04", "day", True,
             "NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
            ("since June", "2025-06-01", "2025-09-04", "open", True,
             "North Korea sent an additional 6,000 engineers and construction troops to Russia"),
            ("since last October", "2024-10-01", "2025-09-04", "open", True,
             "Roughly 13,000 North Korean combat soldiers dispatched to Russia"),
            ("In late August", "2025-08-21", "2025-08-31", "month", True,
             "Kim wept over coffins of soldiers killed in Kursk at a ceremony in Pyongyang"),
            ("last month", "2025-08-01", "2025-08-31", "month", True,
             "Kim said in a speech the fallen would be honoured with a museum and memorial street"),
            ("in the spring", "2025-03-01", "2025-05-31", "season", True,
             "Kyiv's military intelligence estimated around 4,000 North Korean troops killed or wounded"),
            ("in December and January", "2024-12-01", "2025-01-31", "month", True,
             "North Korean units suffered heavy losses"),
            ("in October 2024", "2024-10-01", "2024-10-31", "month", False,
             "First North Korean troops arrived in Russia"),
            ("since 2023", "2023-01-01", "2025-09-04", "open", True,
             "North Korea earned at least $20 billion from military cooperation with Russia"),
            ("On Wednesday", "2025-09-03", "2025-09-03", "day", True,
             "Kim stood with Xi Jinping and Putin at the Beijing parade and met Putin"),
            ("in 2011", "2011-01-01", "2011-12-31", "year", False, "Kim Jong Un took power"),
        ],
    },
}
