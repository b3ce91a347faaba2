"""dev85_06_bbc_beijing: BBC Global News Podcast episode page, Thu 4 Sep 2025 (anchor 2025-09-04)."""
NIS = "National Intelligence Service (South Korea)"

DOCS = {"dev85_06_bbc_beijing": {
    "figures": [
        ("More than 10,000 troops", 10000, None, "more_than", "troop", "personnel", 10000, "count", ""),
        ("hundreds of tanks", 100, None, "vague", "tank", "weapons", 100, "count", ""),
        ("about 2,000", 2000, None, "approximately", "troop", "casualties", 2000, "count", NIS),
        ("roughly 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", NIS),
        ("at least 15 people", 15, None, "at_least", "people", "casualties", 15, "count", ""),
        ("18 people", 18, None, "exact", "people", "casualties", 18, "count", "Portuguese officials"),
        ("five", 5, None, "exact", "people", "casualties", 5, "count", "Portuguese officials"),
        ("more than 2,200", 2200, None, "more_than", "", "casualties", 2200, "count", "Taliban"),
        ("hundreds of thousands of people", 100000, None, "vague", "people", "other", 100000, "count", "aid agencies"),
        ("$140m", 140e6, None, "exact", "", "money", 140e6, "USD", "aid agencies"),
        ("236 million views", 236e6, None, "exact", "view", "other", 236e6, "count", "Netflix"),
    ],
    "attributions": [
        ("Putin thanks Kim for troops who fought in Kursk", "thanks", "Putin", "Vladimir Putin", "person", "Russia",
         "indirect"),
        ("courage and heroism", "thanked", "Vladimir Putin", "Vladimir Putin", "person", "Russia", "direct"),
        ("that helping Russia was his country’s “fraternal duty”", "told", "Kim", "Kim Jong Un", "person",
         "North Korea", "indirect"),
        ("the world faced a choice between “peace or war”", "said", "Mr Xi", "Xi Jinping", "person", "China",
         "indirect"),
        ("Please give my warmest regards to Vladimir Putin, and Kim Jong Un, as you conspire against The United States "
         "of America.", "responded", "Donald Trump", "Donald Trump", "person", "United States", "direct"),
        ("that about 2,000 of the roughly 15,000 North Korean troops sent to Russia have been killed", "estimates",
         "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
        ("Kim was treated as an equal for the first time, and that the images from Wednesday were a message to "
         "Washington that sanctions have failed to isolate him", "says", "Our correspondent in Beijing, Mei Ling Hart",
         "Mei Ling Hart", "person", "independent", "indirect"),
        ("a parade of impunity", "called", "Ukraine’s foreign ministry", "Ukrainian Foreign Ministry", "organisation",
         "Ukraine", "direct"),
        ("that Pyongyang has earned more from the war than from a decade of missile sales", "argues", "who",
         "Ha-eun Park", "person", "independent", "indirect"),
        ("18 people were injured, five of them seriously", "said", "Portuguese officials", "Portuguese officials",
         "group", "Portugal", "indirect"),
        ("the death toll from Sunday’s earthquake in the eastern province of Kunar has risen to more than 2,200", "say",
         "the Taliban", "Taliban", "government", "Afghanistan", "indirect"),
        ("that hundreds of thousands of people are without shelter as temperatures begin to drop, and that a $140m "
         "United Nations appeal is barely funded", "warn", "Aid agencies", "aid agencies", "group", "independent",
         "indirect"),
        ("it has racked up 236 million views since its release in June", "says", "The streamer", "Netflix",
         "organisation", "independent", "indirect"),
    ],
    "events": [
        ("Beijing |on Wednesday|,", "2025-09-03", "2025-09-03", "day", True,
         "Putin and Kim held talks in Beijing after China's military parade"),
        ("from Wednesday", "2025-09-03", "2025-09-03", "day", True,
         "Images of Xi, Putin and Kim together at the Beijing parade"),
        ("on Wednesday evening", "2025-09-03", "2025-09-03", "day", True,
         "Lisbon funicular carriage derailed and crashed, killing at least 15 people"),
        ("Thursday", "2025-09-04", "2025-09-04", "day", True, "Day of national mourning in Portugal"),
        ("Sunday’s", "2025-08-31", "2025-08-31", "day", True, "Earthquake in Kunar province, eastern Afghanistan"),
        ("in June", "2025-06-01", "2025-06-30", "month", True, "Release of KPop Demon Hunters on Netflix"),
    ],
}}
