"""dev91_06: Meduza, 'What Russian media report', published Friday 5 September 2025."""
D = "dev91_06_meduza_russian_media_beijing"
KK = "Alexander Khinshtein"
SRC = "source in the Kursk regional administration"

figures = [
    ("at least 15,000 North Korean workers", 15000, None, "at_least", "worker", "personnel", 15000, "count", "Verstka"),
    ("about 120,000 rubles", 120000, None, "approximately", "ruble", "money", 120000, "RUB", "Verstka"),
    ("around $1,500", 1500, None, "approximately", "", "money", 1500, "USD", "Verstka"),
    ("two construction firms", 2, None, "exact", "construction firm", "other", 2, "count", ""),
    ("four trains", 4, None, "exact", "train", "other", 4, "count", "Vedomosti"),
    ("160 homes", 160, None, "exact", "home", "other", 160, "count", KK),
    ("about 1,100 North Korean soldiers", 1100, None, "approximately", "soldier", "casualties", 1100, "count", SRC),
]

attributions = [
    ("that Putin had thanked Kim for the “heroism” of North Korean soldiers who had “fought shoulder to shoulder with ours” in the Kursk region, and that Kim had called helping Russia “a duty between brothers.”",
     "Veresov |wrote| that", "Kommersant’s Kremlin correspondent Arkady Veresov", "Arkady Veresov", "person", "independent", "indirect"),
    ("Putin had thanked Kim for the “heroism” of North Korean soldiers who had “fought shoulder to shoulder with ours” in the Kursk region",
     "thanked", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
    ("a duty between brothers.", "called", "Kim", "Kim Jong Un", "person", "North Korea", "direct"),
    ("Putin also invited Kim to visit Moscow, and the two leaders agreed on a new road bridge across the Tumen River, due to open next year",
     "According to", "the government newspaper Rossiyskaya Gazeta", "Rossiyskaya Gazeta", "media", "Russia", "according_to"),
    ("Putin also invited Kim to visit Moscow", "invited", "Putin", "Vladimir Putin", "person", "Russia", "indirect"),
    ("that no date had been set for the visit", "told reporters",
     "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    ("The alliance with Pyongyang is no longer an embarrassment to be hidden,", "Malkov |wrote| on",
     "Izvestia columnist Georgy Malkov", "Georgy Malkov", "person", "independent", "direct"),
    ("It is a fact of life, like the weather.", "Malkov |wrote| on",
     "Izvestia columnist Georgy Malkov", "Georgy Malkov", "person", "independent", "direct"),
    ("that at least 15,000 North Korean workers had entered Russia since January, most of them on student visas, to work on building sites in Moscow, Kazan and the Kursk region",
     "Verstka |reported| on", "The independent outlet Verstka", "Verstka", "media", "independent", "indirect"),
    ("The workers are paid about 120,000 rubles (around $1,500) a month, most of which goes to the North Korean state",
     "Verstka |said|,", "Verstka", "Verstka", "media", "independent", "indirect"),
    ("that Russian Railways plans to launch a direct Moscow–Pyongyang passenger service in the spring, with four trains a week",
     "Vedomosti |reported| that", "The business daily Vedomosti", "Vedomosti", "media", "independent", "indirect"),
    ("that North Korean builders had already repaired 160 homes in the Sudzha district", "quoted",
     "Kursk Governor Alexander Khinshtein", KK, "person", "Russia", "indirect"),
    ("that a memorial to North Korean soldiers “who fell liberating the Kursk region” would be unveiled in Kursk in the autumn, with representatives of Kim Jong Un invited",
     "also |said| on", "Khinshtein", KK, "person", "Russia", "indirect"),
    ("that the remains of about 1,100 North Korean soldiers had been flown back to Pyongyang since April", "cited",
     "a source in the regional administration", SRC, "group", "Russia", "indirect"),
]

events = [
    ("on Wednesday", "2025-09-03", "2025-09-03", "day", True,
     "Putin and Kim met on the sidelines of the military parade in Beijing"),
    ("next year", "2026-01-01", "2026-12-31", "year", True,
     "New road bridge across the Tumen River due to open (Rossiyskaya Gazeta)"),
    ("on Monday", "2025-09-01", "2025-09-01", "day", True,
     "Izvestia columnist Georgy Malkov wrote that the alliance with Pyongyang is no longer an embarrassment"),
    ("on Tuesday", "2025-09-02", "2025-09-02", "day", True,
     "Verstka reported on North Korean workers entering Russia"),
    ("since January", "2025-01-01", "2025-09-05", "open", True,
     "At least 15,000 North Korean workers entered Russia (Verstka)"),
    ("in the spring", "2026-03-01", "2026-05-31", "season", True,
     "Russian Railways plans to launch a direct Moscow-Pyongyang passenger service (Vedomosti)"),
    ("on Thursday", "2025-09-04", "2025-09-04", "day", True,
     "Khinshtein said a memorial to North Korean soldiers would be unveiled in Kursk"),
    ("in the autumn", "2025-09-01", "2025-11-30", "season", True,
     "Memorial to North Korean soldiers to be unveiled in Kursk"),
    ("since April", "2025-04-01", "2025-09-05", "open", True,
     "Remains of about 1,100 North Korean soldiers flown back to Pyongyang (source in Kursk administration)"),
]

DOCS = {D: {"figures": figures, "attributions": attributions, "events": events}}
