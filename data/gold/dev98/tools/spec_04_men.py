# dev98_04: Manchester Evening News, court report: Stockport businessman jailed after his firm's chips
# were found in a North Korean KN-23 missile fired at Ukraine.
# Anchor: manifest published 2025-06-19 (Thursday).
# Row formats as in spec_01_koreadaily.py.

RA = "Rachel Ainsworth"
IB = "Iryna Bondar"

DOCS = {
    "dev98_04_men_sanctions_court": {
        "figures": [
            ("more than £640,000", 640000, None, "more_than", "", "money", 640000, "GBP", "", 1),
            ("23 consignments", 23, None, "exact", "consignment", "other", 23, "count", RA),
            ("more than £640,000", 640000, None, "more_than", "", "money", 640000, "GBP", RA, 2),
            ("14 chips", 14, None, "exact", "chip", "other", 14, "count", RA),
            ("£18,000", 18000, None, "exact", "", "money", 18000, "GBP", ""),
            ("upwards of 15,000 troops", 15000, None, "more_than", "troop", "personnel", 15000, "count",
             "John Healey"),
            ("dozens of Ukrainian families", 24, None, "vague", "family", "other", 24, "count", ""),
        ],
        "attributions": [
            ("David Holroyd, 56, of Bramhall, admitted breaching Russia sanctions between 2022 and 2024 when he "
             "appeared at Manchester Crown Court in April", "admitted", "David Holroyd", "David Holroyd", "person",
             "independent", "indirect"),
            ("that Holroyd's firm, Pennine Microsystems Ltd, sent 23 consignments worth more than £640,000 to a "
             "trading company in Bishkek between March 2022 and August 2024", "told the court", "Rachel Ainsworth",
             RA, "person", "United Kingdom", "indirect"),
            ("Investigators from Conflict Armament Research, a UK-based group that traces weapons, found 14 chips "
             "carrying Pennine's batch markings in the wreckage of a North Korean KN-23 missile that struck Kharkiv "
             "in January 2024", "said", "she", RA, "person", "United Kingdom", "indirect"),
            ("Holroyd had ignored written warnings from his own bank about the Bishkek customer", "said",
             "Miss Ainsworth", RA, "person", "United Kingdom", "indirect"),
            ("He was told, twice, in writing,", "said", "she", RA, "person", "United Kingdom", "direct"),
            ('his client had "never imagined" the parts could end up in a weapon and was "ashamed beyond words"',
             "said", "Simon Croft", "Simon Croft", "person", "independent", "indirect"),
            ("You chose not to ask questions because the answers would have cost you money. Those parts were fired "
             "at a city full of civilians.", "told him", "Judge Helen Marsh", "Helen Marsh", "person",
             "United Kingdom", "direct"),
            ('the sentence should serve as "a warning to every exporter in the North West"', "said",
             "An HMRC spokesperson", "HM Revenue and Customs", "group", "United Kingdom", "indirect"),
            ('that Pyongyang had sent upwards of 15,000 troops to fight for Russia and was supplying "around half" '
             "of the artillery shells Moscow fires", "told MPs", "Defence Secretary John Healey", "John Healey",
             "person", "United Kingdom", "indirect"),
            ("her parents' block of flats in Kharkiv was damaged in a missile strike last year", "said",
             "Iryna Bondar", IB, "person", "independent", "indirect"),
            ("People in Stockport have been so kind to us. It is hard to hear that something from here helped to "
             "build those missiles,", "said", "she", IB, "person", "independent", "direct"),
            ("I hope he thinks about it every day.", 'those missiles," she |said|.', "she", IB, "person",
             "independent", "direct"),
            ("a quiet man who kept himself to himself", "described",
             "One neighbour on Holroyd's street in Bramhall", "neighbour of David Holroyd", "group",
             "independent", "direct"),
        ],
        "events": [
            ("between 2022 and 2024", "2022-01-01", "2024-12-31", "year", False,
             "David Holroyd breached Russia sanctions (admitted)"),
            ("in April", "2025-04-01", "2025-04-30", "month", True,
             "Holroyd admitted breaching Russia sanctions at Manchester Crown Court"),
            ("between March 2022 and August 2024", "2022-03-01", "2024-08-31", "month", False,
             "Pennine Microsystems sent 23 consignments worth more than £640,000 to a trading company in Bishkek"),
            ("in January 2024", "2024-01-01", "2024-01-31", "month", False,
             "A North Korean KN-23 missile containing Pennine chips struck Kharkiv"),
            ("earlier this month", "2025-06-01", "2025-06-18", "month", True,
             "John Healey told MPs Pyongyang had sent upwards of 15,000 troops to fight for Russia"),
            ("since 2022", "2022-01-01", "2025-06-19", "open", True,
             "Dozens of Ukrainian families settled in Stockport"),
            ("last year", "2024-01-01", "2024-12-31", "year", True,
             "Iryna Bondar's parents' block of flats in Kharkiv was damaged in a missile strike"),
        ],
    }
}
