"""dev91_04: BBC News 'The Papers' (newspaper headlines), published Tuesday 29 April 2025."""
D = "dev91_04_bbc_papers_pyongyang_admits"
WI = "Western intelligence"
SKO = "South Korean officials"

figures = [
    ("as many as 15,000 North Korean soldiers", 15000, None, "at_most", "soldier", "personnel", 15000, "count", WI),
    ("up to 4,700", 4700, None, "at_most", "soldier", "casualties", 4700, "count", WI),
    ("£450m", 450e6, None, "exact", "", "money", 450e6, "GBP", "Daily Telegraph"),
    ("an estimated 50 million people", 50e6, None, "approximately", "person", "other", 50e6, "count", ""),
    ("up to $20bn", 20e9, None, "at_most", "", "money", 20e9, "USD", SKO),
    ("two North Korean prisoners", 2, None, "exact", "prisoner", "casualties", 2, "count", "Volodymyr Zelensky"),
    ("more than 1,600 council seats", 1600, None, "more_than", "council seat", "other", 1600, "count", ""),
]

attributions = [
    ("troops in Russia", "admits", "Kim", "Kim Jong Un", "person", "North Korea", "indirect"),
    ("that its soldiers have been fighting for Russia", "admission",
     "North Korea", "North Korea", "government", "North Korea", "indirect"),
    ("that troops had been sent to the Kursk region \"under the orders\" of Kim Jong Un and had helped to \"liberate\" it from Ukrainian forces",
     "confirmed", "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("Pyongyang confirmed on Monday that troops had been sent to the Kursk region \"under the orders\" of Kim Jong Un and had helped to \"liberate\" it from Ukrainian forces",
     "forces, the paper |reports|. The Times", "the paper", "Times", "media", "independent", "indirect"),
    ("the statement is the first official acknowledgement since the troops began arriving in Russia in October 2024", "Times |says| the statement",
     "The Times", "Times", "media", "independent", "indirect"),
    ("as many as 15,000 North Korean soldiers have served in Russia since October, and up to 4,700 of them have been killed or wounded",
     "According to", "Western intelligence estimates", WI, "group", "West", "according_to"),
    ("that Kim's men \"learned in six months what our soldiers learn in six years\"", "tells the paper",
     "Gen Sir Alistair Rowe, a former head of the Army", "Alistair Rowe", "person", "independent", "indirect"),
    ("Britain will give Ukraine a further £450m for drones", "also |says| Britain",
     "The paper", "Daily Telegraph", "media", "independent", "indirect"),
    ("it was still unclear what had caused the outage", "Sánchez |said| it",
     "Spanish Prime Minister Pedro Sánchez", "Pedro Sánchez", "person", "Spain", "indirect"),
    ("Spanish Prime Minister Pedro Sánchez said it was still unclear what had caused the outage", "paper |reports|, but",
     "the paper", "Guardian", "media", "independent", "indirect"),
    ("grid operator Red Eléctrica has ruled out a cyber-attack", "has ruled out",
     "grid operator Red Eléctrica", "Red Eléctrica", "organisation", "Spain", "indirect"),
    ("Vladimir Putin has thanked Kim for the \"heroism\" of his soldiers", "Mail |says| Vladimir",
     "The Daily Mail", "Daily Mail", "media", "independent", "indirect"),
    ("Vladimir Putin has thanked Kim for the \"heroism\" of his soldiers", "thanked",
     "Vladimir Putin", "Vladimir Putin", "person", "Russia", "indirect"),
    ("that the Kremlin is planning a monument to them in Kursk", "soldiers and |reports| that",
     "The Daily Mail", "Daily Mail", "media", "independent", "indirect"),
    ("that South Korean officials put the value of Russian payments to Pyongyang at \"up to $20bn\" since last autumn, much of it in oil, food and military technology",
     "Times |reports| that South", "The Financial Times", "Financial Times", "media", "independent", "indirect"),
    ("South Korean officials put the value of Russian payments to Pyongyang at \"up to $20bn\" since last autumn, much of it in oil, food and military technology",
     "officials |put| the", "South Korean officials", SKO, "group", "South Korea", "indirect"),
    ("that North Korean units are still training near the border \"for the next offensive\" and that Kyiv is ready to hand over the two North Korean prisoners it holds in exchange for Ukrainians held in Russia",
     "tells the Daily Express", "Ukraine's President Volodymyr Zelensky", "Volodymyr Zelensky", "person", "Ukraine", "indirect"),
    ("We will not take a single vote for granted,", "Starmer |tells the paper|.",
     "Sir Keir Starmer", "Keir Starmer", "person", "United Kingdom", "direct"),
    ("He knew exactly where to go,", "owner |says|",
     "his owner", "dog's owner", "group", "independent", "direct"),
]

events = [
    ("confirmed |on Monday| that", "2025-04-28", "2025-04-28", "day", True,
     "Pyongyang confirmed its troops had been sent to Kursk and helped to 'liberate' it"),
    ("in October 2024", "2024-10-01", "2024-10-31", "month", False,
     "North Korean troops began arriving in Russia (The Times)"),
    ("since October", "2024-10-01", "2025-04-29", "open", True,
     "As many as 15,000 North Korean soldiers served in Russia (Western intelligence)"),
    ("standstill |on Monday|,", "2025-04-28", "2025-04-28", "day", True,
     "A blackout brought Spain and Portugal to a standstill"),
    ("since last autumn", "2024-09-01", "2025-04-29", "open", True,
     "Russian payments to Pyongyang worth up to $20bn (South Korean officials)"),
    ("on Thursday", "2025-05-01", "2025-05-01", "day", True,
     "Local elections in England"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
