"""dev94_06: Financial Times letters page with a reader Q&A, published Monday 2025-09-08 (anchor from the
manifest).  Row formats: see spec_01_times.py."""
D = "dev94_06_ft_letters_reader_qa"

NIS = "National Intelligence Service (South Korea)"
DIP = "western diplomat in Seoul"

FIGURES = [
    ("17 North Korean individuals", 17, None, "exact", "individual", "other", 17, "count", ""),
    ("€20bn", 2e10, None, "exact", "", "money", 2e10, "EUR", ""),
    ("as much as $14bn", 1.4e10, None, "at_most", "", "money", 1.4e10, "USD", "Financial Times"),
    ("designated |11| of them", 11, None, "exact", "company", "other", 11, "count", ""),
    ("about 11,000 North Korean troops", 11000, None, "approximately", "troop", "personnel", 11000, "count",
     "South Korean intelligence"),
    ("roughly 15,000", 15000, None, "approximately", "troop", "personnel", 15000, "count", "South Korean intelligence"),
    ("some 3,000", 3000, None, "approximately", "soldier", "casualties", 3000, "count", "South Korean Defense Ministry"),
    ("about 1,000 deminers", 1000, None, "approximately", "deminer", "personnel", 1000, "count", ""),
    ("thousands of military builders", 1000, None, "vague", "military builder", "personnel", 1000, "count", ""),
    ("6,000 workers", 6000, None, "exact", "worker", "personnel", 6000, "count", "Russian officials"),
    ("about 2,000", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
]

ATTRIBUTIONS = [
    ("that the North Korean leader stood beside Xi Jinping and Vladimir Putin in Beijing last Wednesday", "notes",
     "Your editorial", "Financial Times", "media", "independent", "indirect"),
    ("Pyongyang admitted in April what everyone already knew", "admitted",
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    ("that the two countries would open a direct air route between Moscow and Wonsan by December", "said",
     "Russia’s foreign ministry", "Russian Foreign Ministry", "organisation", "Russia", "indirect"),
    ("that Russian engineers were helping to upgrade the North’s Sohae satellite launch site", "told parliament",
     "South Korea’s National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("that Pyongyang may have earned as much as $14bn from the war", "reports",
     "Your Big Read", "Financial Times", "media", "independent", "indirect"),
    ("that about 11,000 North Korean troops remain in Russia, most of them in the Kursk region, down from roughly "
     "15,000 in the spring", "estimates",
     "South Korean intelligence", "South Korean intelligence", "organisation", "South Korea", "indirect"),
    ("some 3,000 of the wounded have been flown home since January", "says",
     "Seoul’s defence ministry", "South Korean Defense Ministry", "organisation", "South Korea", "indirect"),
    ("They are no longer assault troops; they are garrison troops and engineers,", "told me",
     "a western diplomat in Seoul", DIP, "group", "West", "direct"),
    ("another 6,000 workers will arrive by November", "say",
     "Russian officials", "Russian officials", "group", "Russia", "indirect"),
    ("that North Korea had lost “many” men", "told returning soldiers",
     "Kim Jong Un", "Kim Jong Un", "person", "North Korea", "indirect"),
    ("the National Intelligence Service puts the dead at about 2,000", "puts",
     "the National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("Not soon", "said",
     "the diplomat", DIP, "group", "West", "indirect"),
    ("As long as Moscow keeps paying, Kim keeps sending,", "added",
     "he", DIP, "group", "West", "direct"),
]

EVENTS = [
    ("September 5", "2025-09-05", "2025-09-05", "day", True,
     "The FT editorial \"Kim's long march to Tiananmen\" was published"),
    ("last Wednesday", "2025-09-03", "2025-09-03", "day", True,
     "Kim Jong Un stood beside Xi Jinping and Vladimir Putin in Beijing"),
    ("in April", "2025-04-01", "2025-04-30", "month", True,
     "Pyongyang admitted its troops had been deployed to Russia"),
    ("in August", "2025-08-01", "2025-08-31", "month", True,
     "Russia's foreign ministry said a direct Moscow-Wonsan air route would open", 1),
    ("by December", "2025-12-01", "2025-12-31", "month", True,
     "A direct air route between Moscow and Wonsan to open"),
    ("last week", "2025-09-01", "2025-09-07", "week", True,
     "The NIS told parliament Russian engineers were helping upgrade the Sohae satellite launch site"),
    ("this year", "2025-01-01", "2025-12-31", "year", True,
     "Europe found €20bn for Ukraine"),
    ("on October 10", "2025-10-10", "2025-10-10", "day", True,
     "Workers' Party 80th anniversary, before which North Korea may launch a reconnaissance satellite"),
    ("September 1", "2025-09-01", "2025-09-01", "day", True,
     "The FT Big Read on North Korea's arms trade was published"),
    ("in July", "2025-07-01", "2025-07-31", "month", True,
     "The US Treasury designated 11 shipping and trading companies handling North Korea's war earnings"),
    ("in the spring", "2025-03-01", "2025-05-31", "season", True,
     "North Korean troops in Russia numbered roughly 15,000"),
    ("since January", "2025-01-01", "2025-09-08", "open", True,
     "Some 3,000 wounded North Korean soldiers were flown home"),
    ("since the summer", "2025-06-01", "2025-09-08", "open", True,
     "Pyongyang sent about 1,000 deminers and thousands of military builders to Russia"),
    ("by November", "2025-11-01", "2025-11-30", "month", True,
     "Another 6,000 North Korean workers to arrive (Russian officials)"),
    ("in August", "2025-08-01", "2025-08-31", "month", True,
     "Kim Jong Un told returning soldiers North Korea had lost many men", 2),
]

DOCS = {D: {"figures": FIGURES, "attributions": ATTRIBUTIONS, "events": EVENTS}}
