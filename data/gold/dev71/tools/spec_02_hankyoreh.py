"""dev71_02_hankyoreh_monitoring: The Hankyoreh English edition. Manifest date EMPTY; anchor 2024-10-30
(Wednesday) from the page's date line "Posted on : Oct.30,2024 16:52 KST"."""
NIS = "National Intelligence Service (South Korea)"
SK, ORG = "South Korea", "organisation"
OFFICE = "Office of the President (South Korea)"

DOCS = {"dev71_02_hankyoreh_monitoring": {
    "figures": [
        ("10 to 15 intelligence and psychological-operations officers", 10, 15, "range", "officer", "personnel", 10,
         "count", "local media"),
        ("roughly 3,000 North Korean troops", 3000, None, "approximately", "troop", "personnel", 3000, "count", NIS),
        ("a total of |10,000| by December", 10000, None, "exact", "troop", "personnel", 10000, "count", NIS),
        ("more than 13,000 containers", 13000, None, "more_than", "container", "weapons", 13000, "count", NIS),
        ("roughly 600 square kilometers", 600, None, "approximately", "square kilometer", "territory", 600, "km2", ""),
        ("about 10,000 North Korean soldiers", 10000, None, "approximately", "soldier", "personnel", 10000, "count",
         "Sabrina Singh"),
        ("about US$400 million", 400e6, None, "approximately", "", "money", 400e6, "USD", ""),
    ],
    "attributions": [
        ("dispatch of military personnel without parliamentary consent would violate Constitution", "says",
         "Democratic Party", "Democratic Party of Korea", ORG, SK, "indirect"),
        ('that dispatching such a team would be "a natural step," given that the North\'s battlefield experience '
         'threatens the South', "told", "Defense Minister Kim Yong-hyun", "Kim Yong-hyun", "person", SK, "indirect"),
        ("If we do not analyze how they fight, we will be paying for it later,", "said", "Kim", "Kim Yong-hyun",
         "person", SK, "direct"),
        ("that the team could include 10 to 15 intelligence and psychological-operations officers", "reported",
         "Local media", "local media", "media", "independent", "indirect"),
        ("that no decision had been made on the size of the team or when it would go", "conceded", "Kim",
         "Kim Yong-hyun", "person", SK, "indirect"),
        ("that roughly 3,000 North Korean troops had been moved from training grounds in the Russian Far East toward "
         "the west, and that the North was expected to send a total of 10,000 by December", "reported",
         "the National Intelligence Service (NIS)", NIS, ORG, SK, "indirect"),
        ("they will be sent into combat in the Kursk region within weeks", "believes", "The agency", NIS, ORG, SK,
         "indirect"),
        ("the North had shipped more than 13,000 containers of artillery shells, missiles and anti-tank rockets to "
         "Russia since August last year", "said", "It", NIS, ORG, SK, "indirect"),
        ('that about 10,000 North Korean soldiers had been sent to eastern Russia for training, and that some had '
         'already moved "closer to Ukraine."', "said", "Pentagon spokeswoman Sabrina Singh", "Sabrina Singh",
         "person", "United States", "indirect"),
        ("that the first North Korean units could enter combat zones as early as Sunday", "warning",
         "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
        ("Pyongyang has not confirmed the deployment", "has not confirmed", "Pyongyang", "North Korea", "government",
         "North Korea", "indirect"),
        ('that if such a dispatch were taking place, it would be "in line with the norms of international law."',
         "said", "Vice Foreign Minister Kim Jong Gyu", "Kim Jong Gyu", "person", "North Korea", "indirect"),
        ("Calling it a monitoring team does not change the fact that uniformed officers would be in a war zone,",
         "said", "Rep. Kim Byung-joo", "Kim Byung-joo", "person", SK, "direct"),
        ("that the team would not count as a troop deployment because its members would not take part in combat",
         "told reporters", "A senior official at the presidential office", OFFICE, "group", SK, "indirect"),
        ("that Seoul could review supplying weapons to Ukraine in stages, depending on the level of military "
         "cooperation between Pyongyang and Moscow", "said", "The office", OFFICE, "government", SK, "indirect"),
        ("The government is acting as if it were a party to this war,", "said", "Moon Jae-hoon", "Moon Jae-hoon",
         "person", "independent", "direct"),
        ("What Seoul needs is a channel to Moscow, not officers in Kyiv.", 'war," |said| Moon Jae-hoon',
         "Moon Jae-hoon", "Moon Jae-hoon", "person", "independent", "direct"),
        ("that shipping 155 mm shells to Ukraine, even through a third country, would push Russia to expand "
         "technology transfers to the North", "warned", "He", "Moon Jae-hoon", "person", "independent", "indirect"),
    ],
    "events": [
        ("on Oct. 29", "2024-10-29", "2024-10-29", "day", True,
         "Defense Minister Kim Yong-hyun answered questions at the National Defense Committee (photo caption)"),
        ("on Tuesday", "2024-10-29", "2024-10-29", "day", True,
         "Kim Yong-hyun told the Defense Committee that sending a monitoring team would be a natural step"),
        ("by December", "2024-12-01", "2024-12-31", "month", True,
         "North Korea expected to have sent a total of 10,000 troops to Russia (NIS)"),
        ("since August last year", "2023-08-01", "2024-10-30", "open", True,
         "North Korea shipped more than 13,000 containers of munitions to Russia (NIS)"),
        ("in August", "2024-08-01", "2024-08-31", "month", True,
         "Ukraine launched its surprise incursion into Russian territory"),
        ("Singh said |Monday| that", "2024-10-28", "2024-10-28", "day", True,
         "Sabrina Singh said about 10,000 North Korean soldiers had been sent to eastern Russia for training"),
        ("as early as Sunday", "2024-11-03", "2024-11-03", "day", True,
         "First North Korean units could enter combat zones (Zelensky's warning)"),
        ("last Friday", "2024-10-25", "2024-10-25", "day", True,
         "Vice Foreign Minister Kim Jong Gyu's statement carried by KCNA"),
        ("on Monday", "2024-10-28", "2024-10-28", "day", True,
         "Senior presidential official told reporters the team would not count as a troop deployment"),
        ("last week", "2024-10-21", "2024-10-27", "week", True,
         "Presidential office said Seoul could review supplying weapons to Ukraine in stages"),
        ("since 2022", "2022-01-01", "2024-10-30", "open", True,
         "South Korea has provided about $400 million in non-lethal aid to Ukraine"),
    ],
}}
