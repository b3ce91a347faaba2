"""dev83_01_abc_sanctions: ABC News (Australia), published 2024-11-07 (Thursday).

Row formats (see build_gold.py):
  figures:      (span, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker[, occurrence])
  attributions: (content span, cue, speaker, speaker_canonical, speaker_type, affiliation, kind[, occurrence])
  events:       (span, date_start, date_end, granularity, relative, event[, occurrence])
"""
D = "dev83_01_abc_sanctions"
WONG = ("Penny Wong", "person", "Australia")
MARLES = ("Richard Marles", "person", "Australia")
FERRIER = ("Hannah Ferrier", "person", "independent")

DOCS = {D: {
    "figures": [
        # In short
        ("six senior North Korean officers", 6, None, "exact", "officer", "personnel", 6, "count", "Penny Wong"),
        ("two trading companies", 2, None, "exact", "trading company", "other", 2, "count", "Penny Wong"),
        ("between 10,000 and 12,000 North Korean soldiers", 10000, 12000, "range", "soldier", "personnel", 10000, "count", "Richard Marles", 1),
        # body
        ("thousands of troops", 1000, None, "vague", "troop", "personnel", 1000, "count", "Australia"),
        ("Six senior officers", 6, None, "exact", "officer", "personnel", 6, "count", "Penny Wong"),
        ("two lieutenant generals", 2, None, "exact", "lieutenant general", "personnel", 2, "count", "Penny Wong"),
        ("two Pyongyang-based trading companies", 2, None, "exact", "trading company", "other", 2, "count", "Penny Wong"),
        ("up to $1.65 million", 1650000, None, "at_most", "", "money", 1650000, "AUD", ""),
        ("between 10,000 and 12,000 North Korean soldiers", 10000, 12000, "range", "soldier", "personnel", 10000, "count", "Richard Marles", 2),
        ("about $US2,000", 2000, None, "approximately", "", "money", 2000, "USD", "Richard Marles"),
        ("roughly 1,000 square kilometres", 1000, None, "approximately", "square kilometre", "territory", 1000, "km2", ""),
        ("around 8,000 North Korean troops", 8000, None, "approximately", "troop", "personnel", 8000, "count", "Antony Blinken"),
        ("millions of artillery shells", 1000000, None, "vague", "artillery shell", "weapons", 1000000, "count", "Hannah Ferrier"),
        ("dozens of ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", "Hannah Ferrier"),
        ("more than 1,000 Russian targets", 1000, None, "more_than", "target", "other", 1000, "count", ""),
    ],
    "attributions": [
        ("Australia to sanction North Korean generals over troops sent to fight for Russia", "says", "Wong", *WONG, "indirect"),
        ("Australia will sanction six senior North Korean officers and two trading companies over the deployment of troops to Russia",
         "says", "Foreign Minister Penny Wong", *WONG, "indirect"),
        ("between 10,000 and 12,000 North Korean soldiers are now in Russia, most of them close to the Kursk front",
         "says", "Defence Minister Richard Marles", *MARLES, "indirect"),
        ("it accuses of organising the deployment of thousands of troops to fight alongside Russian forces against Ukraine",
         "accuses", "it", "Australia", "government", "Australia", "indirect"),
        ("Foreign Minister Penny Wong announced the measures on Thursday", "announced", "Foreign Minister Penny Wong", *WONG, "indirect"),
        ("Pyongyang's decision to send soldiers to Russia's Kursk region was a \"dangerous escalation\" that threatened both Europe and the Indo-Pacific",
         "saying", "Foreign Minister Penny Wong", *WONG, "indirect"),
        ("Six senior officers of the Korean People's Army, including two lieutenant generals from its 11th Corps, will be targeted along with two Pyongyang-based trading companies",
         "said", "Senator Wong", *WONG, "indirect"),
        ("Australia condemns in the strongest terms the DPRK's deployment of troops to Russia,", "she |said| in a statement", "she", *WONG, "direct"),
        ("Every North Korean soldier sent to Kursk is helping Russia prolong an illegal and immoral war.", "she |said| in a statement", "she", *WONG, "direct"),
        ("that between 10,000 and 12,000 North Korean soldiers were now in Russia and that \"the great bulk of them\" had moved west to the Kursk region in recent weeks",
         "told", "Defence Minister Richard Marles", *MARLES, "indirect"),
        ("We've seen North Korean units on the ground in Kursk and we expect they will be thrown into combat soon,", "said", "Mr Marles", *MARLES, "direct"),
        ("Russia was believed to be paying Pyongyang about $US2,000 a month for each soldier", "said", "He", *MARLES, "indirect"),
        ("the Coalition supported the sanctions but they should have come \"weeks ago\"", "said",
         "Opposition foreign affairs spokesman Simon Birmingham", "Simon Birmingham", "person", "Australia", "indirect"),
        ("around 8,000 North Korean troops had already reached the border region", "said",
         "US Secretary of State Antony Blinken", "Antony Blinken", "person", "United States", "indirect"),
        ("the deployment showed how tightly the security of Europe and Asia was now bound together", "said", "Hannah Ferrier", *FERRIER, "indirect"),
        ("What happens in Kursk doesn't stay in Kursk,", "Dr Ferrier |said|.", "Dr Ferrier", *FERRIER, "direct"),
        ("If Pyongyang is paid in oil, in cash or in missile and satellite technology, that comes straight back to our region.",
         "Dr Ferrier |said|.", "Dr Ferrier", *FERRIER, "direct"),
        ("North Korea had also shipped millions of artillery shells and dozens of ballistic missiles to Russia since September last year, when Kim Jong Un met Vladimir Putin in Russia's far east",
         "estimated", "She", *FERRIER, "indirect"),
    ],
    "events": [
        ("later this month", "2024-11-08", "2024-11-30", "month", True,
         "Penny Wong expected to raise the North Korean deployment with counterparts at the G20 summit in Brazil"),
        ("on Thursday", "2024-11-07", "2024-11-07", "day", True,
         "Penny Wong announced sanctions on six North Korean officers and two trading companies"),
        ("in June", "2024-06-01", "2024-06-30", "month", True, "North Korea and Russia signed a mutual defence treaty"),
        ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukraine's surprise incursion into the Kursk region"),
        ("Last week", "2024-10-28", "2024-11-03", "week", True,
         "Antony Blinken said around 8,000 North Korean troops had reached the Kursk border region"),
        ("since September last year", "2023-09-01", "2024-11-07", "open", True,
         "North Korea shipping artillery shells and ballistic missiles to Russia since Kim Jong Un met Putin in Russia's far east"),
        ("in February 2022", "2022-02-01", "2022-02-28", "month", False, "Russia's full-scale invasion of Ukraine"),
        ("on November 18 and 19", "2024-11-18", "2024-11-19", "day", True, "G20 leaders' summit in Rio de Janeiro attended by Anthony Albanese"),
    ],
}}
