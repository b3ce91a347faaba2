"""dev56_01_cnn_pentagon: CNN Newsroom transcript, aired Wed 30 Oct 2024 (anchor 2024-10-30).

Row formats (see build_gold.py):
  figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
  attributions: (content, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
  events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
A span "left|span|right" is located as the unique occurrence of left+span+right.
Soundbites and guest answers are direct statements cued by their speaker label (the label text
before the colon); anchor and correspondent narration is the outlet's own voice.
"""
NIS = "National Intelligence Service (South Korea)"

DOCS = {
"dev56_01_cnn_pentagon": {
"figures": [
    ("About 10,000 North Korean Troops", 10000, None, "approximately", "troop", "personnel", 10000, "count", "Pentagon"),
    ("Three Generals", 3, None, "exact", "general", "personnel", 3, "count", "South Korea"),
    ("some 20 miles", 20, None, "approximately", "mile", "territory", 32.18688, "km", ""),
    ("3,000 troops", 3000, None, "exact", "troop", "personnel", 3000, "count", "White House"),
    ("around 10,000 soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count", "Sabrina Singh"),
    ("three generals", 3, None, "exact", "general", "personnel", 3, "count", NIS),
    ("some 500 officers", 500, None, "approximately", "officer", "personnel", 500, "count", NIS),
    ("as many as 12,000 men", 12000, None, "at_most", "man", "personnel", 12000, "count", NIS),
    ("two brigades", 2, None, "exact", "brigade", "units", 2, "count", "Volodymyr Zelensky"),
    ("up to 6,000 people", 6000, None, "at_most", "person", "personnel", 6000, "count", "Volodymyr Zelensky"),
    ("well over 1,000 men", 1000, None, "more_than", "man", "casualties", 1000, "count", "Daniel Okafor"),
    ("Ten thousand North Koreans", 10000, None, "exact", "North Korean", "personnel", 10000, "count", "Daniel Okafor"),
    ("roughly $2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Daniel Okafor"),
    ("hundreds of casualties", 100, None, "vague", "casualty", "casualties", 100, "count", "Daniel Okafor"),
],
"attributions": [
    # headline source tags
    ("About 10,000 North Korean Troops In Russia, Some Moving Toward Ukraine", "Pentagon |Says| About",
     "Pentagon", "Pentagon", "organisation", "United States", "indirect"),
    ("Three Generals Among Those Deployed", "Seoul |Says| Three",
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ("Zelenskyy Urges Allies To Act", "Urges",
     "Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("the Kremlin is looking for help to push them out", "according to",
     "U.S. officials", "U.S. officials", "group", "United States", "according_to"),
    # package
    ("the White House put the figure at 3,000 troops", "put",
     "the White House", "White House", "government", "United States", "indirect"),
    ("the number had more than tripled", "the Pentagon |said| the number",
     "the Pentagon", "Pentagon", "organisation", "United States", "indirect"),
    ("We believe that North Korea has sent around 10,000 soldiers in total to train in eastern Russia, and a portion of those soldiers have moved closer towards Ukraine.",
     "|SABRINA SINGH, PENTAGON DEPUTY PRESS SECRETARY|: We",
     "SABRINA SINGH", "Sabrina Singh", "person", "United States", "direct"),
    ("that the contingent includes three generals and some 500 officers, and that Pyongyang could have as many as 12,000 men in Russia by December",
     "telling lawmakers",
     "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("his unit is already hearing Korean on Russian radio channels", "Fox, |says| his unit",
     "a drone operator who asked to be identified only by his call sign, Fox", "Fox", "person", "Ukraine", "indirect"),
    ("We heard them for the first time on Sunday. They are not on the front line yet. When they come, we will be waiting.",
     "|FOX, UKRAINIAN DRONE OPERATOR (through translator)|: We",
     "FOX", "Fox", "person", "Ukraine", "direct"),
    ("President Volodymyr Zelenskyy accused Ukraine's partners of watching instead of acting", "accused",
     "President Volodymyr Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("Russia is preparing two brigades of North Koreans, each up to 6,000 people. This is no secret anymore. The question is what our partners will do before they go into battle.",
     "|VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT (through translator)|: Russia",
     "VOLODYMYR ZELENSKYY", "Volodymyr Zelensky", "person", "Ukraine", "direct"),
    ("The Kremlin has not denied the deployment", "has not denied",
     "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
    ('that what Moscow does with its treaty ally is, quote, "our sovereign business."', "told reporters",
     "Spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    # studio guest
    ("Manpower, first of all. By our count Russia is losing well over 1,000 men a day, killed or wounded, across the whole front. Ten thousand North Koreans covers about ten days of that. And Pyongyang gets paid, we think roughly $2,000 per soldier per month, plus oil and possibly space and missile technology.",
     "|DANIEL OKAFOR, SENIOR FELLOW, HALDEN CENTER FOR SECURITY POLICY|: Manpower",
     "DANIEL OKAFOR", "Daniel Okafor", "person", "independent", "direct"),
    ("Never seen a drone war, exactly. If Russia throws them across open fields in Kursk the way it has used its own infantry, you will see hundreds of casualties in the first weeks.",
     "|OKAFOR|: Never",
     "OKAFOR", "Daniel Okafor", "person", "independent", "direct"),
],
"events": [
    ("since August", "2024-08-01", "2024-10-30", "open", True,
     "Ukrainian troops have held a slice of Russia's Kursk region"),
    ("Last week", "2024-10-21", "2024-10-27", "week", True,
     "The White House put the number of North Korean troops in Russia at 3,000"),
    ("On Monday", "2024-10-28", "2024-10-28", "day", True,
     "The Pentagon said the number of North Korean troops had more than tripled (Sabrina Singh: around 10,000)"),
    ("on Tuesday", "2024-10-29", "2024-10-29", "day", True,
     "South Korea's NIS told lawmakers the contingent includes three generals and some 500 officers"),
    ("by December", "2024-12-01", "2024-12-31", "month", True,
     "Pyongyang could have as many as 12,000 men in Russia (NIS forecast)"),
    ("on Sunday", "2024-10-27", "2024-10-27", "day", True,
     "Ukrainian drone operator 'Fox' and his unit first heard Korean on Russian radio channels"),
    ("reporters |Tuesday| that", "2024-10-29", "2024-10-29", "day", True,
     "Dmitry Peskov told reporters what Moscow does with its treaty ally is 'our sovereign business'"),
],
},
}
