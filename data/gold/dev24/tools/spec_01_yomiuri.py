# dev24_01: The Yomiuri Shimbun (The Japan News), published Thursday 2024-11-07.
# Row formats (see build_gold.py):
#   figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
#   attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occ])
#   events:       (span, date_start, date_end, granularity, relative, event[, occ])
# A span "left|span|right" is located by its context; a plain span must be unique (or take occ).
NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"

DOCS = {
    "dev24_01_yomiuri_kursk_briefing": {
        "figures": [
            ("More than 10,000 North Korean soldiers", 10000, None, "more_than", "soldier", "personnel", 10000, "count",
             "South Korean lawmakers"),
            ("2,500 to 3,000 soldiers", 2500, 3000, "range", "soldier", "personnel", 2500, "count", NIS),
            ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", NIS),
            ("roughly 8 million rounds", 8000000, None, "approximately", "round", "weapons", 8000000, "count",
             "defense experts"),
            ("about ¥1.8 trillion", 1.8e12, None, "approximately", "", "money", 1.8e12, "JPY",
             "Japanese Foreign Ministry"),
            ("roughly $12 billion", 1.2e10, None, "approximately", "", "money", 1.2e10, "USD",
             "Japanese Foreign Ministry"),
            ("about $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Kenji Moriyama"),
            ("roughly $240 million", 2.4e8, None, "approximately", "", "money", 2.4e8, "USD", "Kenji Moriyama"),
            ("10,000 troops", 10000, None, "exact", "troop", "personnel", 10000, "count", "Kenji Moriyama"),
            ("11,000 to 12,000", 11000, 12000, "range", "troop", "personnel", 11000, "count", HUR),
        ],
        "attributions": [
            ("N. Korean Troops Reach Kursk Front", "Says", "Seoul", "South Korea", "government", "South Korea",
             "indirect"),
            ("Grave Concern", "Voices", "Tokyo", "Japan", "government", "Japan", "direct"),
            ("More than 10,000 North Korean soldiers have been moved to Russia's western Kursk region, and some of "
             "them may already have come under Ukrainian fire", "said",
             "South Korean lawmakers briefed by the country's spy agency", "South Korean lawmakers", "group",
             "South Korea", "indirect"),
            ("the National Intelligence Service told a closed-door session that the troops had been carried from "
             "training sites in the Russian Far East by military aircraft and trains over the past two weeks",
             "According to", "Rep. Park Sun-won", "Park Sun-won", "person", "South Korea", "according_to"),
            ("that the troops had been carried from training sites in the Russian Far East by military aircraft and "
             "trains over the past two weeks", "told", "the National Intelligence Service", NIS, "organisation",
             "South Korea", "indirect"),
            ("We assess that a portion of the deployed forces has already been committed to combat alongside Russian "
             "airborne and marine units,", "quoted", "the NIS", NIS, "organisation", "South Korea", "direct"),
            ("The agency believes the contingent includes 2,500 to 3,000 soldiers from the elite Storm Corps, also "
             "known as the 11th Corps", "said", "he", "Park Sun-won", "person", "South Korea", "indirect"),
            ("the contingent includes 2,500 to 3,000 soldiers from the elite Storm Corps, also known as the 11th Corps",
             "believes", "The agency", NIS, "organisation", "South Korea", "indirect"),
            ("Pyongyang had shipped more than 13,000 containers of artillery shells, missiles and other munitions to "
             "Russia since August 2023", "said", "The spy agency", NIS, "organisation", "South Korea", "indirect"),
            ("that such a volume could hold roughly 8 million rounds of 152mm and 122mm ammunition", "estimate",
             "Defense experts", "defense experts", "group", "independent", "indirect"),
            ('that the government was "gravely concerned" about the deployment, which he said "could directly affect '
             'the security environment surrounding Japan."', "told a press conference",
             "Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
            ("could directly affect the security environment surrounding Japan.", "said", "he", "Yoshimasa Hayashi",
             "person", "Japan", "direct"),
            ('that Japan would "coordinate closely with the United States, South Korea and other G7 partners."',
             "saying", "Hayashi", "Yoshimasa Hayashi", "person", "Japan", "indirect"),
            ("Japan has committed about ¥1.8 trillion, or roughly $12 billion, in aid to Ukraine since the Russian "
             "invasion began in February 2022", "according to", "the Foreign Ministry", "Japanese Foreign Ministry",
             "organisation", "Japan", "according_to"),
            ("Pyongyang is gaining combat experience that its army has not had in seven decades, and it will bring "
             "those lessons home to the Korean Peninsula,", "said", "Kenji Moriyama", "Kenji Moriyama", "person",
             "independent", "direct"),
            ("that Moscow was paying the North about $2,000 a month per soldier — or roughly $240 million a year for "
             "10,000 troops", "estimated", "Moriyama", "Kenji Moriyama", "person", "independent", "indirect"),
            ('that the figures "are extrapolations, not facts."', "acknowledged", "he", "Kenji Moriyama", "person",
             "independent", "indirect"),
            ('that the first "small engagements" with North Korean units had already taken place', "told",
             "Ukrainian Defense Minister Rustem Umerov", "Rustem Umerov", "person", "Ukraine", "indirect"),
            ('that Washington had "not yet seen" North Korean troops in active combat but expected it "in the coming '
             'days."', "said", "Deputy press secretary Sabrina Singh", "Sabrina Singh", "person", "United States",
             "indirect"),
            ("Moscow and Pyongyang have not confirmed the deployment", "have not confirmed", "Moscow and Pyongyang",
             "Russia", "government", "Russia", "indirect"),
            ("Moscow and Pyongyang have not confirmed the deployment", "have not confirmed", "Moscow and Pyongyang",
             "North Korea", "government", "North Korea", "indirect"),
            ('military cooperation between the two countries was "legitimate" and fully in line with international law',
             "said", "North Korean Foreign Minister Choe Son Hui", "Choe Son Hui", "person", "North Korea",
             "indirect"),
            ("that Russia planned to field North Korean troops in Kursk by Nov. 1", "said",
             "Ukraine's military intelligence agency, known as HUR", HUR, "organisation", "Ukraine", "indirect"),
            ("it has since estimated the total number sent to Russia at 11,000 to 12,000", "estimated", "it", HUR,
             "organisation", "Ukraine", "indirect"),
        ],
        "events": [
            ("Thursday", "2024-11-07", "2024-11-07", "day", True,
             "South Korean lawmakers briefed by the NIS said more than 10,000 North Korean soldiers had moved to Kursk",
             1),
            ("since August 2023", "2023-08-01", "2024-11-07", "open", True,
             "North Korea shipped more than 13,000 containers of munitions to Russia (NIS)"),
            ("on Wednesday", "2024-11-06", "2024-11-06", "day", True,
             "Yoshimasa Hayashi told a press conference Japan was gravely concerned about the deployment"),
            ("in February 2022", "2022-02-01", "2022-02-28", "month", False, "Russia's invasion of Ukraine began"),
            ("earlier this week", "2024-11-04", "2024-11-06", "week", True,
             "Rustem Umerov told KBS the first small engagements with North Korean units had taken place"),
            ("Monday", "2024-11-04", "2024-11-04", "day", True,
             "Sabrina Singh said Washington had not yet seen North Korean troops in active combat"),
            ("on Thursday", "2024-11-07", "2024-11-07", "day", True,
             "Dmitry Peskov declined to comment on the NIS figures"),
            ("last week", "2024-10-28", "2024-11-03", "week", True,
             "Choe Son Hui held talks with Sergei Lavrov in Moscow"),
            ("last month", "2024-10-01", "2024-10-31", "month", True,
             "HUR said Russia planned to field North Korean troops in Kursk by 1 November"),
            ("by Nov. 1", "2024-11-01", "2024-11-01", "day", True,
             "Date by which Russia planned to field North Korean troops in Kursk (per HUR)"),
        ],
    },
}
