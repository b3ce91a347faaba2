"""dev56_06_abc730_dividend: ABC (Australia) 7.30 transcript page.

The manifest leaves `published` empty; the anchor is the page's own date line
"Posted Tue 9 Sep 2025 at 8:12pm" -> 2025-09-09 (a Tuesday).  In ABC copy a bare "$" is the
Australian dollar; US dollars are written "$US".
Row formats: see spec_01_cnn.py.
"""
NIS = "National Intelligence Service (South Korea)"
AMB = "Vasyl Myroshnychenko"

DOCS = {
"dev56_06_abc730_dividend": {
"figures": [
    ("thousands of young North Koreans", 1000, None, "vague", "North Korean", "personnel", 1000, "count", ""),
    ("about 2,000 North Korean soldiers", 2000, None, "approximately", "soldier", "casualties", 2000, "count", NIS),
    ("about 15,000 North Korean troops", 15000, None, "approximately", "troop", "personnel", 15000, "count", "South Korea"),
    ("6,000 more military workers", 6000, None, "exact", "military worker", "personnel", 6000, "count", ""),
    ("Thousands of their soldiers", 1000, None, "vague", "soldier", "personnel", 1000, "count", AMB),
    ("between $US15 billion and $US20 billion", 15e9, 20e9, "range", "", "money", 15e9, "USD", "Harbourside Security Centre"),
    ("11 North Korean entities", 11, None, "exact", "entity", "other", 11, "count", "Penny Wong"),
    ("two army generals", 2, None, "exact", "army general", "personnel", 2, "count", "Penny Wong"),
    ("more than $1.5 billion", 1.5e9, None, "more_than", "", "money", 1.5e9, "AUD", "Australia"),
],
"attributions": [
    ("Pyongyang is collecting its reward", "say",
     "analysts", "analysts", "group", "independent", "indirect"),
    ("Our heroes defended the honour of the motherland in a foreign land. The state will take care of their families forever.",
     "|KIM JONG UN, NORTH KOREAN LEADER (Translation)|: Our",
     "KIM JONG UN", "Kim Jong Un", "person", "North Korea", "direct"),
    ("that about 2,000 North Korean soldiers have been killed since they were first sent to Russia last October", "told lawmakers",
     "South Korea's National Intelligence Service", NIS, "organisation", "South Korea", "indirect"),
    ("about 15,000 North Korean troops were deployed in all", "believes",
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    ("the North Koreans learned fast", "says",
     "Ukraine's ambassador to Australia, Vasyl Myroshnychenko", AMB, "person", "Ukraine", "indirect"),
    ("They came as cannon fodder and they went home as drone operators. Thousands of their soldiers now know how to fight a modern war, and that knowledge goes straight back to Pyongyang.",
     "|VASYL MYROSHNYCHENKO, UKRAINIAN AMBASSADOR|: They",
     "VASYL MYROSHNYCHENKO", AMB, "person", "Ukraine", "direct"),
    ("We assess that Russia has helped North Korea with air defence, with satellite technology and possibly with submarine know-how. Every one of those things changes the threat picture in our region, including for Australia.",
     "|DR RACHEL TENG, HARBOURSIDE SECURITY CENTRE|: We",
     "DR RACHEL TENG", "Rachel Teng", "person", "independent", "direct"),
    ("Moscow has paid or promised North Korea between $US15 billion and $US20 billion since 2022, counting munitions, troops and labour", "estimates",
     "Dr Teng's centre", "Harbourside Security Centre", "organisation", "independent", "indirect"),
    ("that Australia had imposed financial sanctions and travel bans on 11 North Korean entities and two army generals linked to the deployment", "announced",
     "Foreign Minister Penny Wong", "Penny Wong", "person", "Australia", "indirect"),
    ("its military assistance to Ukraine now totals more than $1.5 billion", "Government |says| its",
     "The Government", "Australia", "government", "Australia", "indirect"),
    ("What we are seeing is a partnership between two authoritarian states that is making the world less safe, and that includes our part of the world.",
     "|RICHARD MARLES, DEFENCE MINISTER|: What",
     "RICHARD MARLES", "Richard Marles", "person", "Australia", "direct"),
],
"events": [
    ("Last Wednesday", "2025-09-03", "2025-09-03", "day", True,
     "Kim Jong Un stood on a reviewing stand in Beijing between Xi Jinping and Vladimir Putin"),
    ("last month", "2025-08-01", "2025-08-31", "month", True,
     "Images from Pyongyang of Kim Jong Un honouring soldiers killed in Kursk"),
    ("last week", "2025-09-01", "2025-09-07", "week", True,
     "South Korea's NIS told lawmakers about 2,000 North Korean soldiers had been killed"),
    ("last October", "2024-10-01", "2024-10-31", "month", True,
     "North Korean soldiers were first sent to Russia"),
    ("In June", "2025-06-01", "2025-06-30", "month", True,
     "Pyongyang agreed to send 6,000 more military workers"),
    ("since 2022", "2022-01-01", "2025-09-09", "open", True,
     "Moscow paid or promised North Korea $US15-20 billion (Harbourside Security Centre estimate)"),
    ("in July", "2025-07-01", "2025-07-31", "month", True,
     "Penny Wong announced sanctions on 11 North Korean entities and two army generals"),
    ("this month", "2025-09-01", "2025-09-30", "month", True,
     "Penny Wong is due to raise the issue at the UN General Assembly in New York"),
],
},
}
