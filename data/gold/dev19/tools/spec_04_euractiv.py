"""dev19_04 Euractiv, published Wed 12 Mar 2025 (anchor 2025-03-12; last week = 3-9 Mar; 'on Friday' looks
forward to Fri 14 Mar)."""
DIU = "Defence Intelligence of Ukraine"
D = "dev19_04_euractiv_sanctions"
DOCS = {D: {
    "figures": [
        ("at least five North Korean generals", 5, None, "at_least", "general", "personnel", 5, "count", "EU"),
        ("about a dozen other officers", 12, None, "approximately", "officer", "personnel", 12, "count", "EU"),
        ("up to 3,000", 3000, None, "at_most", "troop", "personnel", 3000, "count", DIU),
        ("some 4,000", 4000, None, "approximately", "troop", "casualties", 4000, "count", DIU),
        ("three new North Korean brigades", 3, None, "exact", "brigade", "units", 3, "count", "Mykola Hrytsenko"),
        ("€18.1 billion", 18.1e9, None, "exact", "", "money", 18.1e9, "EUR", ""),
        ("some $50 billion", 50e9, None, "approximately", "", "money", 50e9, "USD", ""),
        ("Around €210 billion", 210e9, None, "approximately", "", "money", 210e9, "EUR", ""),
        ("perhaps 14,000 men", 14000, None, "approximately", "man", "personnel", 14000, "count", "Helena Marquardt"),
    ],
    "attributions": [
        ("Pyongyang is sending more troops", "says", "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
        ("The EU is preparing asset freezes and travel bans on at least five North Korean generals and about a dozen other officers linked to the deployment of troops to Russia's Kursk region", "according to", "a draft document seen by Euractiv", "EU", "organisation", "EU", "according_to"),
        ("EU ambassadors are expected to discuss the proposal on Friday", "told Euractiv", "two diplomats", "EU diplomats", "group", "EU", "indirect"),
        ("The aim is to adopt it before foreign ministers meet in mid-April", "said", "one of them", "EU diplomats", "group", "EU", "indirect"),
        ("that North Korea's role in the war \"has moved from supplying shells to supplying soldiers\"", "told reporters", "The EU's foreign policy chief Kaja Kallas", "Kaja Kallas", "person", "EU", "indirect"),
        ("Pyongyang is not a bystander. It is a co-belligerent, and it should be treated as one,", "said", "she", "Kaja Kallas", "person", "EU", "direct"),
        ("that, according to Kyiv's military intelligence, North Korea had sent \"up to 3,000\" more troops since January to replace some 4,000 killed or wounded", "Sybiha |told| MEPs", "Ukraine's Foreign Minister Andrii Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
        ("North Korea had sent \"up to 3,000\" more troops since January to replace some 4,000 killed or wounded", "according to", "Kyiv's military intelligence", DIU, "organisation", "Ukraine", "according_to"),
        ("They are learning fast, and they are learning on our soil,", "said", "Sybiha", "Andrii Sybiha", "person", "Ukraine", "direct"),
        ("that the North Korean units now operated in mixed assault groups with Russian paratroopers", "adding", "Sybiha", "Andrii Sybiha", "person", "Ukraine", "indirect"),
        ("We have seen three new North Korean brigades arrive since February,", "February,\" |said| Colonel", "Colonel Mykola Hrytsenko", "Mykola Hrytsenko", "person", "Ukraine", "direct"),
        ("Each of them is better prepared than the last.", "February,\" |said| Colonel", "Colonel Mykola Hrytsenko", "Mykola Hrytsenko", "person", "Ukraine", "direct"),
        ("Nobody expects the North Korean names to be the hard part,", "said", "a senior EU diplomat", "senior EU diplomat", "group", "EU", "direct"),
        ("Hungary and Slovakia, the diplomat added, had yet to lift their reservations on the Russian entities included in the package, though neither had objected to the North Korean listings", "added", "the diplomat", "senior EU diplomat", "group", "EU", "indirect"),
        ("North Korea is learning faster than Europe is adapting", "argued", "Helena Marquardt", "Helena Marquardt", "person", "independent", "indirect"),
        ("They have rotated perhaps 14,000 men through Kursk in five months. That is combat experience no European army of comparable size has,", "said", "she", "Helena Marquardt", "person", "independent", "direct"),
        ("that Moscow was believed to be repaying Pyongyang with air-defence systems and satellite know-how", "adding", "she", "Helena Marquardt", "person", "independent", "indirect"),
        ("illegitimate", "dismissed", "Moscow", "Russia", "government", "Russia", "direct"),
    ],
    "events": [
        ("on Friday", "2025-03-14", "2025-03-14", "day", True, "EU ambassadors expected to discuss the North Korea sanctions proposal"),
        ("in mid-April", "2025-04-11", "2025-04-20", "month", True, "EU foreign ministers meet; target for adopting the North Korean listings"),
        ("on Monday", "2025-03-10", "2025-03-10", "day", True, "Kallas told reporters North Korea had moved from supplying shells to supplying soldiers"),
        ("last week", "2025-03-03", "2025-03-09", "week", True, "Sybiha told MEPs North Korea had sent up to 3,000 more troops"),
        ("since January", "2025-01-01", "2025-03-12", "open", True, "North Korea sent up to 3,000 more troops to replace some 4,000 killed or wounded"),
        ("since February", "2025-02-01", "2025-03-12", "open", True, "Three new North Korean brigades arrived"),
        ("on 24 February", "2025-02-24", "2025-02-24", "day", True, "EU adopted its 16th sanctions package on the third anniversary of the invasion"),
        ("on Wednesday", "2025-03-12", "2025-03-12", "day", True, "Russian mission to the EU did not respond to a request for comment"),
        ("last year", "2024-01-01", "2024-12-31", "year", True, "Russia's economy grew by 4.1%"),
    ],
}}
