"""dev90_01: Yonhap News Agency, published 2024-12-19 (Thursday) = anchor.

figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is searched with its context; a cue likewise.
"""
NIS = "National Intelligence Service (South Korea)"
D = "dev90_01_yonhap_nis_casualties"

DOCS = {D: {
    "figures": [
        ("at least 200 casualties", 200, None, "at_least", "casualty", "casualties", 200, "count", NIS, 1),
        ("at least 200 casualties", 200, None, "at_least", "casualty", "casualties", 200, "count", NIS, 2),
        ("some 30 soldiers", 30, None, "approximately", "soldier", "casualties", 30, "count", NIS),
        ("roughly 11,000 troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", NIS),
        ("about 3,000", 3000, None, "approximately", "troop", "personnel", 3000, "count", NIS),
        ("about 1.5 trillion won", 1.5e12, None, "approximately", "won", "money", 1.5e12, "KRW", NIS),
        ("US$1.03 billion", 1.03e9, None, "exact", "", "money", 1.03e9, "USD", NIS),
        ("more than 100 artillery systems", 100, None, "more_than", "artillery system", "weapons", 100, "count", NIS),
        ("some 20,000 containers", 20000, None, "approximately", "container", "weapons", 20000, "count", NIS),
        ("3,000 to 5,000 troops", 3000, 5000, "range", "troop", "personnel", 3000, "count", NIS),
        ("two North Korean generals", 2, None, "exact", "general", "personnel", 2, "count", NIS),
    ],
    "attributions": [
        ("N. Korean troops suffered at least 200 casualties in Kursk", "says",
         "NIS", NIS, "organisation", "South Korea", "indirect"),
        ("North Korean soldiers fighting for Russia have suffered at least 200 casualties, including some 30 soldiers "
         "killed in action, since they were thrown into combat in the Kursk region earlier this month", "agency |said| Thursday",
         "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
        ('The National Intelligence Service (NIS), known in Korean as "Gukjeongwon" (국정원), gave the assessment at a '
         "closed-door session of the National Assembly's intelligence committee", "according to",
         "Rep. Shin Jae-ho of the ruling People Power Party", "Shin Jae-ho", "person", "South Korea", "according_to"),
        ('The National Intelligence Service (NIS), known in Korean as "Gukjeongwon" (국정원), gave the assessment at a '
         "closed-door session of the National Assembly's intelligence committee", "gave the assessment",
         "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
        ("Of the roughly 11,000 troops the North has sent to Russia, about 3,000 are now deployed in front-line positions",
         "told lawmakers", "the agency", NIS, "organisation", "South Korea", "indirect"),
        ('the NIS used the word "pabyeong" (파병), or troop dispatch, throughout the briefing rather than "chamjeon" (참전), '
         "which would suggest formal entry into the war", "Shin |said| the NIS",
         "Shin", "Shin Jae-ho", "person", "South Korea", "indirect"),
        ("They appear to be used as expendable assault troops (소모성 돌격대) with little understanding of drone warfare,",
         "quoted", "an NIS official", "NIS official", "group", "South Korea", "direct"),
        ("the North Korean contingent has been folded into Russian marine and airborne units, and language problems have "
         "slowed coordination", "According to", "the agency", NIS, "organisation", "South Korea", "according_to"),
        ("Pyongyang is also believed to be preparing a second rotation of troops", "it |said|.",
         "it", NIS, "organisation", "South Korea", "indirect"),
        ("that the North has earned about 1.5 trillion won (US$1.03 billion) from the deployment and from shipping more "
         "than 100 artillery systems and some 20,000 containers of munitions to Russia since August last year", "estimated",
         "The NIS", NIS, "organisation", "South Korea", "indirect"),
        ("North Korea has yet to acknowledge sending troops", "has yet to acknowledge",
         "North Korea", "North Korea", "government", "North Korea", "indirect"),
        ('a foreign ministry statement that denounced "the puppet clique in Seoul" and Washington for what it called '
         '"a fabricated smear campaign."', "denounced",
         "a foreign ministry statement", "North Korean Foreign Ministry", "organisation", "North Korea", "indirect"),
        ("a fabricated smear campaign.", "called",
         "it", "North Korean Foreign Ministry", "organisation", "North Korea", "direct"),
        ("the NIS believes the North could send another 3,000 to 5,000 troops as early as January", "secretary, |said| the NIS",
         "Rep. Yoon Ji-hye of the main opposition Democratic Party, the committee's secretary", "Yoon Ji-hye", "person",
         "South Korea", "indirect"),
        ("the North could send another 3,000 to 5,000 troops as early as January", "believes",
         "the NIS", NIS, "organisation", "South Korea", "indirect"),
        ("We asked whether any of the dead have been sent home, and the agency could not confirm that,", "told reporters",
         "Yoon", "Yoon Ji-hye", "person", "South Korea", "direct"),
        ("the agency could not confirm that", "could not confirm",
         "the agency", NIS, "organisation", "South Korea", "indirect"),
        ("What is clear is that young soldiers are dying in a war that is not theirs.", "told reporters",
         "Yoon", "Yoon Ji-hye", "person", "South Korea", "direct"),
        ("that, according to the agency, two North Korean generals were among the officers stationed near the front",
         "added", "Yoon", "Yoon Ji-hye", "person", "South Korea", "indirect"),
        ("two North Korean generals were among the officers stationed near the front", "according to",
         "the agency", NIS, "organisation", "South Korea", "according_to", ),
    ],
    "events": [
        ("earlier this month", "2024-12-01", "2024-12-18", "month", True,
         "North Korean soldiers were thrown into combat in the Kursk region (NIS)"),
        ("Thursday", "2024-12-19", "2024-12-19", "day", True,
         "NIS told lawmakers North Korean troops had suffered at least 200 casualties in Kursk"),
        ("since August last year", "2023-08-01", "2024-12-19", "open", True,
         "North Korea shipped artillery systems and containers of munitions to Russia (NIS estimate of earnings)"),
        ("On Wednesday", "2024-12-18", "2024-12-18", "day", True,
         "KCNA carried a North Korean foreign ministry statement denouncing a 'fabricated smear campaign'"),
        ("as early as January", "2025-01-01", "2025-01-31", "month", True,
         "North Korea could send another 3,000 to 5,000 troops (NIS, via Rep. Yoon)"),
        ("in June", "2024-06-01", "2024-06-30", "month", True,
         "Pyongyang and Moscow signed the comprehensive strategic partnership treaty"),
        ("on Dec. 4", "2024-12-04", "2024-12-04", "day", True,
         "The North Korea-Russia treaty took effect"),
        ("on Nov. 15", "2024-11-15", "2024-11-15", "day", True,
         "KCNA released a photo of Kim Jong-un watching a test of suicide drones"),
    ],
}}
