# dev52_01_rollcall_hasc: Roll Call, published Wednesday 2024-11-20 (anchor).
# Rows: figures (pat, value, high, qualifier, unit, category, value_norm, unit_norm, speaker[, occ])
#       attributions (pat, cue, speaker, canonical, type, affiliation, kind[, occ])
#       events (pat, date_start, date_end, granularity, relative, event[, occ])
US = "United States"
DIA = "Defense Intelligence Agency"
ROG = "Mike Rogers"
SMITH = "Adam Smith"
WAL = "Celeste Wallander"
BACON = "Don Bacon"

DOCS = {
    "dev52_01_rollcall_hasc": {
        "figures": [
            ("roughly 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count", DIA),
            ("15,000 soldiers", 15000, None, "exact", "soldier", "personnel", 15000, "count", ROG),
            ("more than 20,000 containers", 20000, None, "more_than", "container", "weapons", 20000, "count", WAL),
            ("dozens of KN-23 ballistic missiles", 24, None, "vague", "ballistic missile", "weapons", 24, "count", WAL),
            ("between $500 million and $700 million", 500e6, 700e6, "range", "", "money", 500e6, "USD", WAL),
            ("hundreds of casualties", 100, None, "vague", "casualty", "casualties", 100, "count", "committee aide"),
            ("about 190 miles", 190, None, "approximately", "mile", "territory", 305.77536, "km", ""),
            ("roughly 600 square kilometers", 600, None, "approximately", "square kilometer", "territory", 600, "km2", "Ukrainian officials"),
            ("about 1,300", 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "Ukrainian officials"),
            ("10,000 men", 10000, None, "exact", "man", "personnel", 10000, "count", BACON),
            ("50,000", 50000, None, "exact", "man", "personnel", 50000, "count", BACON),
        ],
        "attributions": [
            ("the administration is lowballing Pyongyang’s commitment", "say", "Republicans", "Republicans", "group", US, "indirect"),
            ("the numbers have held steady", "say", "Democrats", "Democrats", "group", US, "indirect"),
            ("Republicans accusing the Biden administration of lowballing the figure", "accusing", "Republicans", "Republicans", "group", US, "indirect"),
            ("that roughly 11,000 North Korean troops had been moved to the border region and that some had begun joining assaults alongside Russian marines",
             "told lawmakers", "Defense Intelligence Agency officials", DIA, "group", US, "indirect"),
            ("Defense Intelligence Agency officials told lawmakers behind closed doors that roughly 11,000 North Korean troops had been moved to the border region and that some had begun joining assaults alongside Russian marines",
             "according to", "lawmakers who attended", "lawmakers", "group", US, "according_to"),
            ("that the number was “almost certainly higher.”", "said", "Chairman Mike D. Rogers", ROG, "person", US, "indirect"),
            ("I think we’re looking at 15,000 soldiers by January, maybe more, and nobody downtown wants to say it out loud,",
             "told reporters", "the Alabama Republican", ROG, "person", US, "direct"),
            ("Rep. Adam Smith of Washington, the committee’s ranking Democrat, disputed that", "disputed", "Rep. Adam Smith", SMITH, "person", US, "indirect"),
            ("the intelligence community’s estimate had been “consistent and careful” since October", "said", "He", SMITH, "person", US, "indirect"),
            ("bidding up numbers for a press release.", "warned", "He", SMITH, "person", US, "direct"),
            ("that Pyongyang had shipped Moscow “more than 20,000 containers” of munitions and equipment, along with dozens of KN-23 ballistic missiles, since September 2023",
             "testified", "Celeste Wallander", WAL, "person", US, "indirect"),
            ("that the deployment would bring North Korea between $500 million and $700 million a year in hard currency, food and oil — and, more worrying to the Pentagon, Russian help with satellite and submarine technology",
             "estimated", "Wallander", WAL, "person", US, "indirect"),
            ("that losses among the North Korean units had been “significant” since they entered combat", "saying", "she", WAL, "person", US, "indirect"),
            ("the units had suffered “hundreds of casualties.”", "said", "A committee aide", "committee aide", "group", US, "indirect"),
            ("that the shift was a response to the North Korean deployment", "said", "U.S. officials", "U.S. officials", "group", US, "indirect"),
            ("their forces still hold roughly 600 square kilometers of the Kursk region they seized in August, down from about 1,300 at the peak",
             "say", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
            ("The North Koreans are not a sideshow,", "” |said| Rep. Don Bacon", "Rep. Don Bacon", BACON, "person", US, "direct"),
            ("If Kim Jong Un can rent out 10,000 men, he can rent out 50,000.", "” |said| Rep. Don Bacon", "Rep. Don Bacon", BACON, "person", US, "direct"),
            ("he expected the administration to send Congress a formal assessment by Jan. 20", "said", "Senate Armed Services Chairman Jack Reed",
             "Jack Reed", "person", US, "indirect"),
            ("that any new Ukraine aid would face a tough road in the 119th Congress", "said", "several Republicans on the panel", "Republicans", "group", US, "indirect"),
        ],
        "events": [
            ("in September", "2024-09-01", "2024-09-30", "month", True, "Rogers talks with reporters in the Capitol (file-photo caption)"),
            ("on Tuesday", "2024-11-19", "2024-11-19", "day", True, "House Armed Services members emerged from a classified briefing divided over North Korean troop numbers"),
            ("by January", "2025-01-01", "2025-01-31", "month", True, "Rogers expects about 15,000 North Korean soldiers in Kursk (forecast)"),
            ("since October", "2024-10-01", "2024-11-20", "open", True, "Intelligence community's estimate consistent and careful (per Adam Smith)"),
            ("Wednesday morning", "2024-11-20", "2024-11-20", "day", True, "Open HASC hearing at which Celeste Wallander testified"),
            ("since September 2023", "2023-09-01", "2024-11-20", "open", True, "North Korea shipped Moscow more than 20,000 containers and dozens of KN-23 missiles"),
            ("over the weekend", "2024-11-16", "2024-11-17", "day", True, "Biden decided to let Ukraine fire ATACMS into Russia"),
            ("in August", "2024-08-01", "2024-08-31", "month", True, "Ukraine seized part of Russia's Kursk region"),
            ("last week", "2024-11-11", "2024-11-17", "week", True, "Senate Armed Services Committee received a similar classified briefing"),
            ("by Jan. 20", "2025-01-20", "2025-01-20", "day", True, "Reed expects the administration's formal assessment to Congress by then"),
            ("until Dec. 20", "2024-11-20", "2024-12-20", "open", True, "Deadline for Congress to pass a stopgap spending bill"),
            ("said |Tuesday| that", "2024-11-19", "2024-11-19", "day", True, "Several HASC Republicans said new Ukraine aid faces a tough road"),
        ],
    },
}
