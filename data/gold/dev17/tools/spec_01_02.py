# dev17 annotation spec, documents 01 (KBS World) and 02 (The Mainichi).
# Spans are exact substrings; "left|span|right" gives context for a span that is not unique.
# figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
# attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
# events:       (span, date_start, date_end, granularity, relative, event[, occ])

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
HUR = "Defence Intelligence of Ukraine"

DOCS = {}

# ---------------------------------------------------------------- 01 KBS World, anchor 2025-01-13 (Monday)
DOCS["dev17_01_kbs_nis_casualties"] = {
    "figures": [
        ("About 300 N. Korean Soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("Killed, |2,700| Wounded", 2700, None, "exact", "soldier", "casualties", 2700, "count", NIS),
        ("around 300 North Korean soldiers", 300, None, "approximately", "soldier", "casualties", 300, "count", NIS),
        ("about 2,700", 2700, None, "approximately", "soldier", "casualties", 2700, "count", NIS),
        ("more than 3,000", 3000, None, "more_than", "casualty", "casualties", 3000, "count", NIS),
        ("two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count", "Volodymyr Zelensky"),
        ("some 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", ""),
        ("four brigades", 4, None, "exact", "brigade", "units", 4, "count", NIS),
        ("roughly 3,000 soldiers", 3000, None, "approximately", "soldier", "personnel", 3000, "count", NIS),
        ("hundreds of casualties", 100, None, "vague", "casualty", "casualties", 100, "count", "White House"),
        ("between 1,000 and 1,500 casualties", 1000, 1500, "range", "casualty", "casualties", 1000, "count",
         "senior U.S. defense official"),
        ("8,000 to 9,000 men", 8000, 9000, "range", "man", "personnel", 8000, "count", HUR),
    ],
    "attributions": [
        ("About 300 N. Korean Soldiers Killed, 2,700 Wounded in Kursk", "NIS:", "NIS", NIS, "organisation",
         "South Korea", "indirect"),
        ("around 300 North Korean soldiers have been killed and about 2,700 wounded since Pyongyang's troops entered "
         "combat against Ukrainian forces in Russia's Kursk region", "says", "South Korea's spy agency", NIS,
         "organisation", "South Korea", "indirect"),
        ("the National Intelligence Service(NIS) presented the estimate at a closed-door meeting of the National "
         "Assembly's intelligence committee on Monday", "According to", "Rep. Lee Seong-kweun", "Lee Seong-kweun",
         "person", "South Korea", "according_to"),
        ("the National Intelligence Service(NIS) presented the estimate at a closed-door meeting of the National "
         "Assembly's intelligence committee on Monday", "presented", "the National Intelligence Service(NIS)", NIS,
         "organisation", "South Korea", "indirect"),
        ("The NIS attributes the heavy losses to the North Korean soldiers' lack of understanding of modern warfare, "
         "including drone attacks, and to what it called the \"irrational\" way Russian commanders are using them",
         "attributes", "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("the \"|irrational|\" way", "called", "it", NIS, "organisation", "South Korea", "direct"),
        ("The number of casualties is now more than 3,000, and the deployment area is expanding beyond Kursk,",
         "as saying", "an NIS official", NIS, "group", "South Korea", "direct"),
        ("that memos found on the bodies of North Korean soldiers showed they had been pressed by the North Korean "
         "authorities to kill themselves rather than be taken prisoner", "told lawmakers", "The agency", NIS,
         "organisation", "South Korea", "indirect"),
        ("In one case, a soldier about to be captured shouted \"General Kim Jong-un\" and tried to detonate a grenade "
         "before he was shot dead", "said", "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that Ukrainian troops had captured two North Korean soldiers alive in the Kursk region", "announced",
         "President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("The NIS confirmed the capture the following day", "confirmed", "The NIS", NIS, "organisation",
         "South Korea", "indirect"),
        ("one of the pair, a 20-year-old who joined the army in 2021, had told interrogators he thought he was being "
         "sent to Russia for training, not to fight", "saying", "The NIS", NIS, "organisation", "South Korea",
         "indirect"),
        ("he thought he was being sent to Russia for training, not to fight", "told interrogators", "one of the pair",
         "captured North Korean soldier", "group", "North Korea", "indirect"),
        ("that the force was drawn largely from the elite 11th Corps, known as the Storm Corps", "NIS |said| in October",
         "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("that it included four brigades of roughly 3,000 soldiers each", "estimated", "The NIS", NIS, "organisation",
         "South Korea", "indirect"),
        ("Pyongyang is paying in blood for Russian know-how it cannot get anywhere else,", "else,\" |said| Cha",
         "Cha Min-seo", "Cha Min-seo", "person", "independent", "direct"),
        ("The longer the fighting lasts, the more the North learns about drones.", "else,\" |said| Cha",
         "Cha Min-seo", "Cha Min-seo", "person", "independent", "direct"),
        ("that the North Koreans had suffered \"hundreds of casualties\" and were being thrown into costly infantry "
         "assaults", "White House |said| last week", "the White House", "White House", "government", "United States",
         "indirect"),
        ("that the North Korean contingent had likely suffered between 1,000 and 1,500 casualties", "told Yonhap",
         "A senior U.S. defense official", "senior U.S. defense official", "group", "United States", "indirect"),
        ("that the estimate was \"not high confidence.\"", "cautioned", "he", "senior U.S. defense official", "group",
         "United States", "indirect"),
        ("that the North Korean units had been pulled back for \"rest and replenishment\" after heavy losses near the "
         "villages of Plekhovo and Kurilovka in mid-December", "intelligence |said| separately",
         "Ukraine's military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("that the contingent still numbered 8,000 to 9,000 men", "and |estimated| that the contingent",
         "Ukraine's military intelligence", HUR, "organisation", "Ukraine", "indirect"),
        ("the South Korean military is closely watching for signs that the North may dispatch additional forces",
         "Chiefs of Staff |said|, adding", "an official at the Joint Chiefs of Staff", JCS, "group", "South Korea",
         "indirect"),
        ("that Pyongyang has kept shipping Koksan self-propelled guns and multiple rocket launchers to Russia since "
         "August", "adding", "an official at the Joint Chiefs of Staff", JCS, "group", "South Korea", "indirect"),
    ],
    "events": [
        ("intelligence committee |on Monday|", "2025-01-13", "2025-01-13", "day", True,
         "NIS presented its North Korean casualty estimate to the National Assembly intelligence committee"),
        ("on Saturday", "2025-01-11", "2025-01-11", "day", True,
         "Zelensky announced Ukrainian troops had captured two North Korean soldiers alive in Kursk"),
        ("in 2021", "2021-01-01", "2021-12-31", "year", False,
         "One of the captured North Korean soldiers (aged 20) joined the army"),
        ("the following day", "2025-01-12", "2025-01-12", "day", True,
         "NIS confirmed the capture of the two North Korean soldiers"),
        ("in October and November last year", "2024-10-01", "2024-11-30", "month", True,
         "North Korea is believed to have sent some 11,000 troops to Russia"),
        ("NIS said |in October| that", "2024-10-01", "2024-10-31", "month", True,
         "NIS said the force came largely from the 11th (Storm) Corps, four brigades of about 3,000 each"),
        ("last week", "2025-01-06", "2025-01-12", "week", True,
         "White House said North Koreans had suffered hundreds of casualties in costly infantry assaults"),
        ("earlier this month", "2025-01-01", "2025-01-12", "month", True,
         "A senior U.S. defense official told Yonhap of 1,000-1,500 North Korean casualties"),
        ("in mid-December", "2024-12-11", "2024-12-20", "month", True,
         "Heavy North Korean losses near Plekhovo and Kurilovka, after which units were pulled back"),
        ("since August", "2024-08-01", "2025-01-13", "open", True,
         "North Korea has kept shipping Koksan self-propelled guns and rocket launchers to Russia"),
    ],
}

# ---------------------------------------------------------------- 02 The Mainichi, anchor 2025-04-29 (Tuesday)
KOV = "Andriy Kovalyk"
KAW = "Tomoko Kawabata"
DOCS["dev17_02_mainichi_pyongyang_admits"] = {
    "figures": [
        ("roughly 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", JCS),
        ("about 4,700", 4700, None, "approximately", "troop", "casualties", 4700, "count", JCS),
        ("some 600 deaths", 600, None, "approximately", "death", "casualties", 600, "count", JCS),
        ("well under 100 square kilometers", 100, None, "less_than", "square kilometer", "territory", 100, "km2", KOV),
        ("about 1,300 square kilometers", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2",
         KOV),
        ("between 50 billion and 70 billion yen", 50e9, 70e9, "range", "yen", "money", 50e9, "JPY", KAW),
    ],
    "attributions": [
        ("sending troops to Russia for 1st time", "admits", "North Korea", "North Korea", "government", "North Korea",
         "indirect"),
        ("they helped 'liberate' Kursk", "says", "North Korea", "North Korea", "government", "North Korea",
         "indirect"),
        ("that it had sent combat troops to Russia", "confirmed", "North Korea", "North Korea", "government",
         "North Korea", "indirect"),
        ("the soldiers had fought under the mutual defense treaty the two countries signed in June 2024 and helped "
         "drive Ukrainian forces out of the western Kursk region", "saying", "state media", "North Korean state media",
         "media", "North Korea", "indirect"),
        ("that the units had \"annihilated and wiped out the Ukrainian neo-Nazi occupiers\" on the orders of leader "
         "Kim Jong Un", "said", "The Central Military Commission of the ruling Workers' Party of Korea",
         "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
        ("the troops had \"performed the highest feats\" and that a monument to the fallen would soon be erected in "
         "Pyongyang", "was quoted as saying", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
        ("Those who fought for justice are all heroes and representatives of the honor of the motherland,",
         "he |said|.", "he", "Kim Jong Un", "person", "North Korea", "direct"),
        ("that the Kursk region had been fully retaken", "told", "Valery Gerasimov", "Valery Gerasimov", "person",
         "Russia", "indirect"),
        ("the \"high professionalism\" of the North Korean servicemen", "praised", "Valery Gerasimov",
         "Valery Gerasimov", "person", "Russia", "indirect"),
        ("Moscow had for months neither confirmed nor denied their presence", "neither confirmed nor denied",
         "Moscow", "Russia", "government", "Russia", "indirect"),
        ("that of the roughly 15,000 North Korean troops sent to Russia since last autumn, about 4,700 had been "
         "killed or wounded, including some 600 deaths", "estimated", "South Korea's Joint Chiefs of Staff", JCS,
         "organisation", "South Korea", "indirect"),
        ("Ukraine's General Staff dismissed Moscow's claim as propaganda", "dismissed", "Ukraine's General Staff",
         "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
        ("its troops were still holding positions in parts of the Kursk region and in the neighboring Belgorod region",
         "saying", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "organisation",
         "Ukraine", "indirect"),
        ("The front line is not where Moscow wants it to be,", "told the Mainichi", "spokesman Col. Andriy Kovalyk",
         KOV, "person", "Ukraine", "direct"),
        ("that Ukrainian forces still controlled \"well under 100 square kilometers\" of Kursk, down from about 1,300 "
         "square kilometers at the height of the incursion last August", "adding", "spokesman Col. Andriy Kovalyk",
         KOV, "person", "Ukraine", "indirect"),
        ("that Japan was \"seriously concerned\" that Russia could transfer sensitive military technology to Pyongyang "
         "in return", "told a news conference", "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi",
         "person", "Japan", "indirect"),
        ("The deepening of military cooperation between North Korea and Russia is a grave concern for the security of "
         "Japan and the region,", "Hayashi |said|", "Hayashi", "Yoshimasa Hayashi", "person", "Japan", "direct"),
        ("that Tokyo would coordinate closely with the United States and South Korea", "adding", "Hayashi",
         "Yoshimasa Hayashi", "person", "Japan", "indirect"),
        ("that Russian assistance could speed up work on the Hwasong-19 intercontinental ballistic missile, which the "
         "North first tested in October", "fear", "Japanese defense officials", "Japanese defense officials", "group",
         "Japan", "indirect"),
        ("the admission showed Pyongyang now sees \"more to gain than to hide.\"", "Studies, |said| the admission",
         "Tomoko Kawabata", KAW, "person", "independent", "indirect"),
        ("that Moscow had paid the North \"somewhere between 50 billion and 70 billion yen\" for the deployment, in "
         "cash, oil and food", "She |estimated|", "She", KAW, "person", "independent", "indirect"),
        ("that some of that money could flow into missile development", "warned", "She", KAW, "person",
         "independent", "indirect"),
        ("For Kim, the war has been a very profitable training ground,", "Kawabata |said|", "Kawabata", KAW, "person",
         "independent", "direct"),
    ],
    "events": [
        ("North Korea |on Monday| confirmed", "2025-04-28", "2025-04-28", "day", True,
         "North Korea confirmed for the first time it had sent combat troops to Russia"),
        ("in June 2024", "2024-06-01", "2024-06-30", "month", False,
         "North Korea and Russia signed their mutual defense treaty"),
        ("on Saturday", "2025-04-26", "2025-04-26", "day", True,
         "Gerasimov told Putin the Kursk region had been fully retaken, praising North Korean servicemen"),
        ("estimated |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
         "South Korea's JCS estimated about 4,700 North Korean casualties, including some 600 deaths"),
        ("since last autumn", "2024-09-01", "2025-04-29", "open", True,
         "Roughly 15,000 North Korean troops sent to Russia"),
        ("last August", "2024-08-01", "2024-08-31", "month", True,
         "Height of Ukraine's Kursk incursion (about 1,300 square kilometers held)"),
        ("on Tuesday", "2025-04-29", "2025-04-29", "day", True,
         "Hayashi told a news conference Japan was seriously concerned about Russian technology transfers"),
        ("in October", "2024-10-01", "2024-10-31", "month", True,
         "North Korea first tested the Hwasong-19 intercontinental ballistic missile"),
    ],
}
