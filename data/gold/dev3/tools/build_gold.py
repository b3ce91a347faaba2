#!/usr/bin/env python3
"""Build the dev3 gold tables from exact-substring specifications.

Every span is located with str.find on the document text as read with
open(path, encoding="utf-8").read(); a span given with a context string is
searched inside that context, which must itself occur exactly once.
Nothing is counted by hand.
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
CORPUS = GOLD.parent.parent / "corpus" / "dev3"

A = "dev3_01_ap_nis_combat_kursk"
B = "dev3_02_yonhap_nis_casualties"
C = "dev3_03_kyivindependent_sso_withdrawal"
D = "dev3_04_guardian_pyongyang_confirms"
E = "dev3_05_aljazeera_troops_return"
F = "dev3_06_bbc_pows_captured"

TEXT = {d: (CORPUS / f"{d}.txt").read_text(encoding="utf-8") for d in (A, B, C, D, E, F)}
# read_text does not translate newlines differently from open().read() for these LF files
for d in TEXT:
    assert TEXT[d] == open(CORPUS / f"{d}.txt", encoding="utf-8").read()


def loc(doc, s, ctx=None):
    text = TEXT[doc]
    if ctx is None:
        assert text.count(s) == 1, (doc, s, text.count(s))
        i = text.find(s)
    else:
        assert text.count(ctx) == 1, (doc, ctx, text.count(ctx))
        assert ctx.count(s) == 1, (doc, s, ctx)
        i = text.find(ctx) + ctx.find(s)
    return i, i + len(s)


NIS = "National Intelligence Service (South Korea)"
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"
MOD_RU = "Russian Defense Ministry"
ZEL = "Volodymyr Zelensky"
KIM = "Kim Jong Un"
SBU = "Security Service of Ukraine"
ISW = "Institute for the Study of War"
KM2 = 2.589988
KM_PER_MILE = 1.609344

# ---------------------------------------------------------------- figures
# (doc, text, ctx, value, value_high, qualifier, unit, category, value_norm, unit_norm, speaker)
FIG = [
    # AP
    (A, "more than 10,000 troops", None, 10000, None, "more_than", "troop", "personnel", None, "count", ""),
    (A, "at least 2,000 North Korean soldiers", None, 2000, None, "at_least", "soldier", "personnel", None, "count", NIS),
    (A, "several hundred more officers", None, 300, None, "vague", "officer", "personnel", None, "count", "Cho Min-hyuk"),
    (A, "about 1,500 special forces soldiers", None, 1500, None, "approximately", "soldier", "personnel", None, "count", NIS),
    (A, "11,000 North Korean soldiers", None, 11000, None, "exact", "soldier", "personnel", None, "count", ZEL),
    (A, "10,000", "put the number at 10,000 last", 10000, None, "exact", "soldier", "personnel", None, "count", "United States"),
    (A, "more than 13,000 containers", None, 13000, None, "more_than", "container", "weapons", None, "count", "South Korean military"),
    (A, "as many as 8 million shells", None, 8000000, None, "at_most", "shell", "weapons", None, "count", "South Korean military"),
    (A, "between $20 million and $30 million", None, 20000000, 30000000, "range", "dollar", "money", 20000000, "USD", "Institute for Korean Peninsula Studies"),
    (A, "about $2,000", None, 2000, None, "approximately", "dollar", "money", 2000, "USD", NIS),
    # Yonhap
    (B, "About 100 N. Korean soldiers", None, 100, None, "approximately", "soldier", "casualties", None, "count", NIS),
    (B, "1,000", "killed, 1,000 wounded", 1000, None, "exact", "soldier", "casualties", None, "count", NIS),
    (B, "At least 100 North Korean soldiers", None, 100, None, "at_least", "soldier", "casualties", None, "count", NIS),
    (B, "nearly 1,000", None, 1000, None, "approximately", "soldier", "casualties", None, "count", NIS),
    (B, "at least one general-level officer", None, 1, None, "at_least", "general-level officer", "casualties", None, "count", NIS),
    (B, "about 11,000", "numbering about 11,000", 11000, None, "approximately", "troop", "personnel", None, "count", NIS),
    (B, "several thousand more soldiers", None, 3000, None, "vague", "soldier", "personnel", None, "count", "South Korean government sources"),
    (B, "about 30 North Koreans", None, 30, None, "approximately", "north korean", "casualties", None, "count", HUR),
    (B, "dozens of North Korean soldiers", None, 24, None, "vague", "soldier", "personnel", None, "count", ""),
    (B, "some 11,000 troops", None, 11000, None, "approximately", "troop", "personnel", None, "count", "South Korea"),
    (B, "more than 100 KN-23 ballistic missiles", None, 100, None, "more_than", "ballistic missile", "weapons", None, "count", "South Korea"),
    (B, "roughly 20,000 containers", None, 20000, None, "approximately", "container", "weapons", None, "count", "South Korea"),
    # Kyiv Independent
    (C, "up to 4,000 personnel", None, 4000, None, "at_most", "personnel", "casualties", None, "count", "Taras Voloshyn"),
    (C, "11,000 to 12,000 soldiers", None, 11000, 12000, "range", "soldier", "personnel", None, "count", "Taras Voloshyn"),
    (C, "more than 4,500 North Korean soldiers", None, 4500, None, "more_than", "soldier", "casualties", None, "count", "Kyrylo Budanov"),
    (C, "two North Korean soldiers", None, 2, None, "exact", "soldier", "casualties", None, "count", ""),
    (C, "tens of thousands more troops", None, 10000, None, "vague", "troop", "personnel", None, "count", ZEL),
    (C, "around 450 square kilometers", None, 450, None, "approximately", "square kilometer", "territory", 450, "km2", ISW),
    (C, "roughly 1,300 square kilometers", None, 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ISW),
    # Guardian
    (D, "about 4,700 North Koreans", None, 4700, None, "approximately", "north korean", "casualties", None, "count", "South Korea"),
    (D, "about 4,700 North Korean soldiers", None, 4700, None, "approximately", "soldier", "casualties", None, "count", NIS),
    (D, "some 600 soldiers", None, 600, None, "approximately", "soldier", "casualties", None, "count", NIS),
    (D, "roughly 15,000 troops", None, 15000, None, "approximately", "troop", "personnel", None, "count", NIS),
    (D, "hundreds of North Korean soldiers", None, 100, None, "vague", "soldier", "casualties", None, "count", "Ukrainian officials"),
    (D, "roughly 1,300 sq km", None, 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", ""),
    (D, "500 sq miles", None, 500, None, "exact", "square mile", "territory", 500 * KM2, "km2", ""),
    (D, "about 30km", None, 30, None, "approximately", "kilometer", "territory", 30, "km", ""),
    (D, "19 miles", None, 19, None, "exact", "mile", "territory", 19 * KM_PER_MILE, "km", ""),
    (D, "at least 1.2tn won", None, 1.2e12, None, "at_least", "won", "money", 1.2e12, "KRW", "Choi Ha-eun"),
    (D, "£650m", None, 650000000, None, "exact", "pound", "money", 650000000, "GBP", "Choi Ha-eun"),
    # Al Jazeera
    (E, "between 1,000 and 3,000 more soldiers", None, 1000, 3000, "range", "soldier", "personnel", None, "count", NIS),
    (E, "between 1,000 and 3,000 reinforcements", None, 1000, 3000, "range", "reinforcement", "personnel", None, "count", NIS),
    (E, "roughly 11,000 troops", None, 11000, None, "approximately", "troop", "personnel", None, "count", NIS),
    (E, "more than 67,000 soldiers", None, 67000, None, "more_than", "soldier", "casualties", None, "count", MOD_RU),
    (E, "five to seven men", None, 5, 7, "range", "man", "personnel", None, "count", "Ukrainian soldiers"),
    (E, "at least $500m", None, 500000000, None, "at_least", "dollar", "money", 500000000, "USD", "Center for Strategic Korea Studies"),
    (E, "about 1,300sq km", None, 1300, None, "approximately", "square kilometer", "territory", 1300, "km2", "DeepState"),
    (E, "500 square miles", None, 500, None, "exact", "square mile", "territory", 500 * KM2, "km2", "DeepState"),
    (E, "less than 400sq km", None, 400, None, "less_than", "square kilometer", "territory", 400, "km2", "DeepState"),
    (E, "155 square miles", None, 155, None, "exact", "square mile", "territory", 155 * KM2, "km2", "DeepState"),
    # BBC
    (F, "two North Korean soldiers", "captured two North Korean soldiers in Kursk", 2, None, "exact", "soldier", "casualties", None, "count", "Ukraine"),
    (F, "two North Korean soldiers", "captured two North Korean soldiers in Russia's", 2, None, "exact", "soldier", "casualties", None, "count", ZEL),
    (F, "two North Korean soldiers", "these two North Korean soldiers", 2, None, "exact", "soldier", "casualties", None, "count", ZEL),
    (F, "about 11,000 soldiers", None, 11000, None, "approximately", "soldier", "personnel", None, "count", ""),
    (F, "more than 3,000 North Koreans", None, 3000, None, "more_than", "north korean", "casualties", None, "count", ZEL),
    (F, "about 300 soldiers", None, 300, None, "approximately", "soldier", "casualties", None, "count", NIS),
    (F, "some 2,700", None, 2700, None, "approximately", "soldier", "casualties", None, "count", NIS),
    (F, "dozens of armoured vehicles", None, 24, None, "vague", "armoured vehicle", "weapons", None, "count", MOD_RU),
]

# ----------------------------------------------------------- attributions
# (doc, content, content_ctx, cue, cue_ctx, speaker, canonical, type, affiliation, kind)
ATT = [
    # AP
    (A, "North Korean troops have started fighting alongside Russians in Kursk", None, "says", "spy agency says",
     "Seoul's spy agency", NIS, "organisation", "South Korea", "indirect"),
    (A, "North Korean soldiers sent to Russia have begun taking part in combat against Ukrainian forces in the Kursk border region", None,
     "said", "spy agency said Wednesday", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
    (A, "North Korean troops have been observed taking part in actual combat,", None, "said", "Service said in a text",
     "the National Intelligence Service", NIS, "organisation", "South Korea", "direct"),
    (A, "the soldiers were being used mainly for artillery and drone-spotting missions and had so far been kept out of frontline assaults", None,
     "said", "It said the soldiers", "It", NIS, "organisation", "South Korea", "indirect"),
    (A, "that at least 2,000 North Korean soldiers had been attached to Russian marine and airborne units", None,
     "told lawmakers", None, "The agency", NIS, "organisation", "South Korea", "indirect"),
    (A, "The agency told lawmakers in a closed-door briefing that at least 2,000 North Korean soldiers had been attached to Russian marine and airborne units", None,
     "said", "units, said Rep.", "Rep. Cho Min-hyuk", "Cho Min-hyuk", "person", "South Korea", "indirect"),
    (A, "the NIS was also tracking the possible dispatch of several hundred more officers", None,
     "said", "He said the NIS", "He", "Cho Min-hyuk", "person", "South Korea", "indirect"),
    (A, "North Korea began shipping troops between Oct. 8 and 13, starting with about 1,500 special forces soldiers carried aboard Russian navy ships from ports near Chongjin and Hamhung", None,
     "said", "The NIS said North", "The NIS", NIS, "organisation", "South Korea", "indirect"),
    (A, "that 11,000 North Korean soldiers were now in the Kursk region", None, "said", "Zelenskyy said in",
     "Ukrainian President Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
    (A, "Washington put the number at 10,000 last week", None, "put the number at", None,
     "Washington", "United States", "government", "United States", "indirect"),
    (A, 'that North Korean troops joining the fight would be "legitimate military targets."', None, "warned", None,
     "Secretary of State Antony Blinken", "Antony Blinken", "person", "United States", "indirect"),
    (A, "Moscow and Pyongyang have not publicly acknowledged the deployment", None, "have not publicly acknowledged", None,
     "Moscow", "Russia", "government", "Russia", "indirect"),
    (A, "Moscow and Pyongyang have not publicly acknowledged the deployment", None, "have not publicly acknowledged", None,
     "Pyongyang", "North Korea", "government", "North Korea", "indirect"),
    (A, "The question is whether these soldiers fight as formed units under their own officers or get fed piecemeal into Russian assaults,", None,
     "said", "said Yoo Jae-won", "Yoo Jae-won", "Yoo Jae-won", "person", "independent", "direct"),
    (A, "Either way, Kim Jong Un is buying combat experience his army has not had since 1953.", None,
     "said", "said Yoo Jae-won", "Yoo Jae-won", "Yoo Jae-won", "person", "independent", "direct"),
    (A, "that North Korea has shipped more than 13,000 containers of artillery shells, missiles and other munitions to Russia since August 2023 — possibly as many as 8 million shells in all", None,
     "estimates", None, "South Korea's military", "South Korean military", "organisation", "South Korea", "indirect"),
    (A, "the troop deployment alone could bring the North between $20 million and $30 million a month", None,
     "estimated", None, "Researchers at the Institute for Korean Peninsula Studies", "Institute for Korean Peninsula Studies",
     "organisation", "independent", "indirect"),
    (A, "Each soldier is paid about $2,000 a month", None, "according to", None,
     "the NIS", NIS, "organisation", "South Korea", "according_to"),
    (A, "that North Korean units had been sent to Kursk", None, "confirmed", None,
     "NATO Secretary-General Mark Rutte", "Mark Rutte", "person", "NATO", "indirect"),
    (A, 'the deployment marked "a significant escalation" and a "dangerous expansion" of the war', None,
     "said", "chief said earlier", "The alliance's chief", "Mark Rutte", "person", "NATO", "indirect"),
    (A, "that Seoul could no longer rule out supplying weapons directly to Kyiv, depending on the level of North Korean involvement", None,
     "said", "20%, said last week", "South Korean President Yoon Suk Yeol", "Yoon Suk Yeol", "person", "South Korea", "indirect"),
    # Yonhap
    (B, "About 100 N. Korean soldiers killed, 1,000 wounded in Kursk fighting", None, ": NIS", "fighting: NIS",
     "NIS", NIS, "organisation", "South Korea", "indirect"),
    (B, "At least 100 North Korean soldiers sent to fight for Russia have been killed and nearly 1,000 others wounded in battles against Ukrainian forces in Russia's Kursk region", None,
     "said", "agency said Thursday", "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
    (B, "The National Intelligence Service (NIS) disclosed the figures in a closed-door briefing to the parliamentary intelligence committee", None,
     "told reporters", None, "Rep. Yeo Sung-hoon", "Yeo Sung-hoon", "person", "South Korea", "indirect"),
    (B, "The National Intelligence Service (NIS) disclosed the figures in a closed-door briefing to the parliamentary intelligence committee", None,
     "disclosed", None, "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
    (B, "The large number of casualties appears to stem from the North Korean soldiers' unfamiliarity with the open terrain and their lack of experience in dealing with drone attacks,", None,
     "said", "Yeo said.", "Yeo", "Yeo Sung-hoon", "person", "South Korea", "direct"),
    (B, "at least one general-level officer was believed to be among the casualties", None, "said", "NIS also said",
     "The NIS", NIS, "organisation", "South Korea", "indirect"),
    (B, "The NIS also said at least one general-level officer was believed to be among the casualties", None, "added", None,
     "he", "Yeo Sung-hoon", "person", "South Korea", "indirect"),
    (B, "The troops, numbering about 11,000, were moved to front-line positions in Kursk in late October and have been taking part in large-scale assaults since Dec. 8", None,
     "was quoted as saying", None, "the NIS", NIS, "organisation", "South Korea", "indirect"),
    (B, "North Korea appears to be preparing to send additional troops, as well as more 240mm multiple rocket launchers and 170mm self-propelled guns, to Russia", None,
     "said", "(JCS) said", "the Joint Chiefs of Staff (JCS)", JCS, "organisation", "South Korea", "indirect"),
    (B, "North Korea is also believed to be producing suicide drones with an eye to mass production, and to be seeking to export them to Russia,", None,
     "said", "Lee Sung-jun said", "JCS spokesperson Col. Lee Sung-jun", "Lee Sung-jun", "person", "South Korea", "direct"),
    (B, "that Pyongyang could send several thousand more soldiers in the coming months", None, "citing", None,
     "unnamed South Korean government sources", "South Korean government sources", "group", "South Korea", "indirect"),
    (B, "that about 30 North Koreans had been killed or wounded in clashes near the villages of Plekhovo and Vorozhba on Dec. 14 and 15", None,
     "claimed", None, "Ukraine's military intelligence agency", HUR, "organisation", "Ukraine", "indirect"),
    (B, "another fabrication", None, "dismissed", None,
     "Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova", "person", "Russia", "direct"),
    (B, "Russia has not officially confirmed the presence of North Korean troops on its soil", None, "has not officially confirmed", None,
     "Russia", "Russia", "government", "Russia", "indirect"),
    (B, 'the casualty rate was "strikingly high" for troops that had been in action for barely two weeks', None,
     "said", "Seoul, said the casualty", "Han Dong-wook", "Han Dong-wook", "person", "independent", "indirect"),
    (B, "that North Korea has sent some 11,000 troops to Russia, along with more than 100 KN-23 ballistic missiles and roughly 20,000 containers of munitions since August last year", None,
     "estimates", None, "Seoul", "South Korea", "government", "South Korea", "indirect"),
    (B, "Russia appears to be providing the North with air defense equipment, electronic warfare technology and possibly satellite know-how", None,
     "said", "the NIS said, Russia", "the NIS", NIS, "organisation", "South Korea", "indirect"),
    # Kyiv Independent
    (C, "North Korean troops pulled back from Kursk front after heavy losses", None, "SSO:", None,
     "SSO", "Special Operations Forces of Ukraine", "organisation", "Ukraine", "indirect"),
    (C, "North Korean troops fighting for Russia in Kursk Oblast have been largely withdrawn from the front line after suffering heavy casualties", None,
     "said", "(SSO) said", "Ukraine’s Special Operations Forces (SSO)", "Special Operations Forces of Ukraine", "organisation", "Ukraine", "indirect"),
    (C, "For the past three weeks, we have not observed North Korean units in our sector,", None,
     "told the Kyiv Independent", "Voloshyn told the Kyiv Independent", "SSO spokesperson Maj. Taras Voloshyn", "Taras Voloshyn", "person", "Ukraine", "direct"),
    (C, "We assume they are regrouping and receiving replacements.", None,
     "told the Kyiv Independent", "Voloshyn told the Kyiv Independent", "SSO spokesperson Maj. Taras Voloshyn", "Taras Voloshyn", "person", "Ukraine", "direct"),
    (C, "the North Korean contingent has lost up to 4,000 personnel killed or wounded since entering battle in early December 2024 — out of the 11,000 to 12,000 soldiers Pyongyang sent", None,
     "According to", None, "Voloshyn", "Taras Voloshyn", "person", "Ukraine", "according_to"),
    (C, "that more than 4,500 North Korean soldiers had been killed, wounded or captured", None, "said", "(HUR), said in",
     "Kyrylo Budanov", "Kyrylo Budanov", "person", "Ukraine", "indirect"),
    (C, "that it had not detected North Korean troops in combat since mid-January, when they were likely pulled back after heavy casualties", None,
     "said", "(NIS) said last week", "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
    (C, "the troops had been “rotated off” the line to regroup", None, "said", "Times said",
     "U.S. and South Korean officials", "U.S. officials", "group", "United States", "indirect"),
    (C, "the troops had been “rotated off” the line to regroup", None, "said", "Times said",
     "U.S. and South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
    (C, "that Russia was preparing to bring the North Koreans back, and that Kyiv had information about plans to send tens of thousands more troops", None,
     "warned", None, "President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
    (C, "that Russian commanders would likely reintroduce North Korean forces once they had been reconstituted and retrained to work with drones", None,
     "assessed", None, "The Institute for the Study of War (ISW)", ISW, "organisation", "independent", "indirect"),
    (C, "Ukrainian forces still hold around 450 square kilometers of Kursk Oblast, down from a peak of roughly 1,300 square kilometers in late August", None,
     "according to", None, "the ISW", ISW, "organisation", "independent", "according_to"),
    (C, "Moscow has never acknowledged the deployment", None, "has never acknowledged", None,
     "Moscow", "Russia", "government", "Russia", "indirect"),
    (C, "that Russian units were issuing North Korean soldiers fake documents identifying them as natives of Buryatia and Tuva", None,
     "told the Kyiv Independent", "source told the Kyiv Independent", "a Ukrainian military intelligence source",
     "Ukrainian military intelligence source", "group", "Ukraine", "indirect"),
    (C, "Russian shelling had eased slightly over the past two weeks", None, "said", "Bondarenko, said",
     "Yurii Bondarenko", "Yurii Bondarenko", "person", "Ukraine", "indirect"),
    (C, "It is quieter, but nobody here believes it will last,", None, "said", "he said. “They",
     "he", "Yurii Bondarenko", "person", "Ukraine", "direct"),
    (C, "They will come back, maybe with the Koreans.", None, "said", "he said. “They",
     "he", "Yurii Bondarenko", "person", "Ukraine", "direct"),
    # Guardian
    (D, "it sent troops to fight for Russia in Kursk", None, "confirms", None,
     "North Korea", "North Korea", "government", "North Korea", "indirect"),
    (D, "heroes", "‘heroes’", "praises", None, "Kim Jong-un", KIM, "person", "North Korea", "direct"),
    (D, "about 4,700 North Koreans have been killed or wounded", None, "says", "Seoul says",
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    (D, "that it sent troops to fight for Russia", "confirmed for the first time that it sent troops to fight for Russia,", "has confirmed", None,
     "North Korea", "North Korea", "government", "North Korea", "indirect"),
    (D, "its soldiers helped Moscow “liberate” the Kursk region from Ukrainian forces", None, "saying", "Russia, saying its",
     "North Korea", "North Korea", "government", "North Korea", "indirect"),
    (D, "that Kursk had been “fully liberated”", None, "declared", None,
     "Russia’s chief of general staff, Valery Gerasimov", "Valery Gerasimov", "person", "Russia", "indirect"),
    (D, "that the troops had been sent on Kim’s orders under the mutual defence treaty he signed with Vladimir Putin in June 2024", None,
     "said", "Commission said in the statement", "The party’s Central Military Commission",
     "Central Military Commission of the Workers' Party of Korea", "organisation", "North Korea", "indirect"),
    (D, "They are heroes who have fulfilled their sacred internationalist duty with blood,", None, "was quoted as saying", None,
     "Kim", KIM, "person", "North Korea", "direct"),
    (D, "that a monument to the soldiers would “soon” be built in Pyongyang", None, "added", "leader added",
     "The North Korean leader", KIM, "person", "North Korea", "indirect"),
    (D, "that about 4,700 North Korean soldiers had been killed or wounded since the deployment began last autumn, including some 600 soldiers killed", None,
     "told lawmakers", None, "South Korea’s National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
    (D, "Pyongyang has sent roughly 15,000 troops in total", None, "estimated", "it estimated",
     "it", NIS, "organisation", "South Korea", "indirect"),
    (D, "hundreds of North Korean soldiers were killed by drones as they advanced across open fields in December, often in tight formations that made them easy targets", None,
     "said", "Ukrainian officials said", "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
    (D, "Kyiv has rejected Russian claims that the Kursk operation is over", None, "has rejected", None,
     "Kyiv", "Ukraine", "government", "Ukraine", "indirect"),
    (D, "that its troops were still holding positions in parts of the Kursk and neighbouring Belgorod regions", None,
     "said", "general staff said", "Ukraine’s general staff", "General Staff of the Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
    (D, "the confirmation showed what Kyiv had known since November", None, "said", "Zelenskyy said the",
     "Volodymyr Zelenskyy", ZEL, "person", "Ukraine", "indirect"),
    (D, "Now the whole world can see that this is not just Russia’s war,", None, "said", "president said in his evening",
     "the Ukrainian president", ZEL, "person", "Ukraine", "direct"),
    (D, "that North Korean artillery crews were also operating in the Belgorod region", None, "adding", None,
     "the Ukrainian president", ZEL, "person", "Ukraine", "indirect"),
    (D, "Pyongyang has decided that the propaganda value of the deployment now outweighs the cost of admitting it,", None,
     "said", "said Choi Ha-eun", "Choi Ha-eun", "Choi Ha-eun", "person", "independent", "direct"),
    (D, "Expect medals, monuments and a great many films.", None,
     "said", "said Choi Ha-eun", "Choi Ha-eun", "Choi Ha-eun", "person", "independent", "direct"),
    (D, "that the North had also gained hard cash", None, "noted", None,
     "Choi", "Choi Ha-eun", "person", "independent", "indirect"),
    (D, "that Russia had paid Pyongyang the equivalent of at least 1.2tn won (£650m) for the troops and munitions since 2023", None,
     "estimated", "She estimated", "She", "Choi Ha-eun", "person", "independent", "indirect"),
    (D, "that North Korea’s economy grew 3.1% in 2023, its fastest pace in seven years, helped by arms exports to Russia", None,
     "estimated", "Korea estimated", "The Bank of Korea", "Bank of Korea", "organisation", "South Korea", "indirect"),
    (D, "that Moscow was “grateful to our Korean friends” and that the two countries’ cooperation was “not directed against anyone”", None,
     "told reporters", None, "The Kremlin spokesperson, Dmitry Peskov", "Dmitry Peskov", "person", "Russia", "indirect"),
    # Al Jazeera
    (E, "North Korean troops back on Kursk front as Russia presses offensive", None, "says", "Seoul says",
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    (E, "Pyongyang has sent between 1,000 and 3,000 more soldiers to make up for heavy losses", None, "says", "agency says",
     "South Korea’s spy agency", NIS, "organisation", "South Korea", "indirect"),
    (E, "North Korean soldiers have returned to the front lines in Russia’s Kursk region after a weeks-long pause", None,
     "has said", None, "South Korea’s military", "South Korean military", "organisation", "South Korea", "indirect"),
    (E, "that it had detected “signs of redeployment” since late February, and that the North had dispatched additional personnel to make up for its losses", None,
     "said", "Seoul said on Thursday", "The Joint Chiefs of Staff (JCS) in Seoul", JCS, "organisation", "South Korea", "indirect"),
    (E, "It appears that a considerable number of troops have been newly deployed,", None, "told reporters", None,
     "a JCS official", "JCS official", "group", "South Korea", "direct"),
    (E, "that Pyongyang had sent between 1,000 and 3,000 reinforcements in January and February, on top of the roughly 11,000 troops it deployed last autumn", None,
     "estimated", "(NIS) estimated", "The National Intelligence Service (NIS)", NIS, "organisation", "South Korea", "indirect"),
    (E, "that the situation around Sudzha, the largest town held by Ukrainian forces in Kursk, was “difficult”", None,
     "acknowledged", None, "Ukraine’s top commander, Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
    (E, "that his troops were being encircled", None, "denied", "but denied",
     "Ukraine’s top commander, Oleksandr Syrskyi", "Oleksandr Syrskyi", "person", "Ukraine", "indirect"),
    (E, "There is no threat of encirclement,", None, "wrote", None,
     "he", "Oleksandr Syrskyi", "person", "Ukraine", "direct"),
    (E, "Our units are manoeuvring to more favourable positions where necessary.", None, "wrote", None,
     "he", "Oleksandr Syrskyi", "person", "Ukraine", "direct"),
    (E, "its forces had recaptured the villages of Viktorovka, Nikolaevka and Staraya Sorochina this week", None, "claimed", None,
     "Russia’s Ministry of Defence", MOD_RU, "organisation", "Russia", "indirect"),
    (E, "Ukraine had lost more than 67,000 soldiers killed and wounded in the Kursk region since August 2024", None, "said", "and said Ukraine",
     "Russia’s Ministry of Defence", MOD_RU, "organisation", "Russia", "indirect"),
    (E, "Ukrainian soldiers she spoke to had reported that North Korean units now advanced in small groups of five to seven men under drone cover, far more cautiously than during the winter", None,
     "said", "Kyiv, said Ukrainian", "Al Jazeera’s Natalia Hrytsenko", "Natalia Hrytsenko", "person", "independent", "indirect"),
    (E, "that North Korean units now advanced in small groups of five to seven men under drone cover, far more cautiously than during the winter", None,
     "had reported", None, "Ukrainian soldiers she spoke to", "Ukrainian soldiers", "group", "Ukraine", "indirect"),
    (E, "that Pyongyang would “unconditionally support” Russia’s “just cause”", None, "told military officers", None,
     "North Korean leader Kim Jong Un", KIM, "person", "North Korea", "indirect"),
    (E, "North Korean leader Kim Jong Un told military officers last month that Pyongyang would “unconditionally support” Russia’s “just cause”", None,
     "according to", "according to the official", "the official Korean Central News Agency (KCNA)", "Korean Central News Agency", "media", "North Korea", "according_to"),
    (E, "that North Korean soldiers are fighting in Kursk", None, "has repeatedly denied", None,
     "The Kremlin", "Kremlin", "government", "Russia", "indirect"),
    (E, "that the reports were a “smear campaign” by Washington", None, "alleged", None,
     "Pyongyang’s foreign ministry", "North Korean Foreign Ministry", "organisation", "North Korea", "indirect"),
    (E, "Russia is paying for the deployment in cash and military technology", None, "believes", None,
     "Seoul", "South Korea", "government", "South Korea", "indirect"),
    (E, "that Moscow was paying Pyongyang at least $500m a year for the troops", None, "estimated", "estimated in a report",
     "The Center for Strategic Korea Studies", "Center for Strategic Korea Studies", "organisation", "independent", "indirect"),
    (E, "Ukraine’s foothold in Kursk has shrunk from about 1,300sq km (500 square miles) at its peak last August to less than 400sq km (155 square miles)", None,
     "according to", "according to DeepState", "DeepState", "DeepState", "organisation", "independent", "according_to"),
    # BBC
    (F, "it has captured two North Korean soldiers in Kursk", None, "says", "Ukraine says it",
     "Ukraine", "Ukraine", "government", "Ukraine", "indirect"),
    (F, "his forces have captured two North Korean soldiers in Russia's Kursk region", None, "says", "Zelensky says his",
     "Ukraine's President Volodymyr Zelensky", ZEL, "person", "Ukraine", "indirect"),
    (F, "Both men were wounded and are now being questioned by Ukraine's security service, the SBU", None, "wrote", None,
     "Zelensky", ZEL, "person", "Ukraine", "indirect"),
    (F, "Like all other prisoners of war, these two North Korean soldiers are receiving the necessary medical assistance,", None,
     "said", '," he said. He added', "he", ZEL, "person", "Ukraine", "direct"),
    (F, 'that journalists would be given access to them "so that the world knows the truth about what is happening"', None,
     "added", "He added that", "He", ZEL, "person", "Ukraine", "indirect"),
    (F, "one of the men was carrying a Russian military ID card issued in the name of a man from the Russian republic of Tuva", None,
     "said", "The SBU said", "The SBU", SBU, "organisation", "Ukraine", "indirect"),
    (F, "is used to hide the North Koreans' presence", None, "say", "officials say is",
     "Ukrainian officials", "Ukrainian officials", "group", "Ukraine", "indirect"),
    (F, "that he had been told he was going to a training exercise, not to war", None, "told interrogators", None,
     "The younger soldier", "captured North Korean soldier", "group", "North Korea", "indirect"),
    (F, "The younger soldier, who was born in 2005, told interrogators through a Korean interpreter that he had been told he was going to a training exercise, not to war", None,
     "according to", None, "the SBU", SBU, "organisation", "Ukraine", "according_to"),
    (F, "he had not known he would be fighting Ukraine", None, "said", "He said he had not",
     "He", "captured North Korean soldier", "group", "North Korea", "indirect"),
    (F, "they were sent to Kursk", None, "say", "officials say they",
     "Western and South Korean officials", "Western officials", "group", "West", "indirect"),
    (F, "they were sent to Kursk", None, "say", "officials say they",
     "Western and South Korean officials", "South Korean officials", "group", "South Korea", "indirect"),
    (F, "that more than 3,000 North Koreans had been killed or wounded", None, "said", "Zelensky said last month",
     "Zelensky", ZEL, "person", "Ukraine", "indirect"),
    (F, "that about 300 soldiers have died and some 2,700 have been wounded", None, "estimates", None,
     "South Korea's spy agency", NIS, "organisation", "South Korea", "indirect"),
    (F, 'North Korean units were being thrown into so-called "meat assaults" alongside Russian paratroopers, suffering heavy losses to drones and artillery', None,
     "said", "military said North", "Ukraine's military", "Armed Forces of Ukraine", "organisation", "Ukraine", "indirect"),
    (F, "its forces had repelled a new Ukrainian counter-attack near the village of Berdin, destroying dozens of armoured vehicles", None,
     "said", "ministry said earlier", "Russia's defence ministry", MOD_RU, "organisation", "Russia", "indirect"),
    (F, "that North Korean troops are fighting in Russia", None, "has never acknowledged", None,
     "Pyongyang's state media", "North Korean state media", "media", "North Korea", "indirect"),
    (F, "a lie", '"a lie"', "has called", None, "Moscow", "Russia", "government", "Russia", "direct"),
    (F, "Questioning the men could give Ukraine and its allies a rare insight into how the North Korean military operates", None,
     "said", "operates, said Dr", "Dr Ahn Soo-jin", "Ahn Soo-jin", "person", "independent", "indirect"),
    (F, "These are young men who have never seen a smartphone, let alone a drone,", None, "told the BBC", None,
     "she", "Ahn Soo-jin", "person", "independent", "direct"),
    (F, "What they say will be pored over in Seoul, Washington and Kyiv.", None, "told the BBC", None,
     "she", "Ahn Soo-jin", "person", "independent", "direct"),
]

# ----------------------------------------------------------------- events
# (doc, text, ctx, date_start, date_end, granularity, relative, event)
EVT = [
    # AP, anchor Wednesday 2024-11-13
    (A, "Wednesday", "said Wednesday,", "2024-11-13", "2024-11-13", "day", True,
     "South Korea's NIS said North Korean soldiers had begun taking part in combat in Kursk"),
    (A, "Tuesday", "address Tuesday that", "2024-11-12", "2024-11-12", "day", True,
     "Zelenskyy said in his nightly address that 11,000 North Korean soldiers were in the Kursk region"),
    (A, "between Oct. 8 and 13", None, "2024-10-08", "2024-10-13", "day", True,
     "North Korea began shipping troops to Russia, starting with about 1,500 special forces soldiers (NIS)"),
    (A, "last week", "10,000 last week", "2024-11-04", "2024-11-10", "week", True,
     "Washington put the number of North Korean soldiers in Kursk at 10,000"),
    (A, "on Tuesday", None, "2024-11-12", "2024-11-12", "day", True,
     "Kremlin spokesman Peskov referred questions on the deployment to the Defense Ministry"),
    (A, "since 1953", None, "1953-01-01", "2024-11-13", "open", True,
     "North Korea's army has had no combat experience (Yoo Jae-won)"),
    (A, "since August 2023", None, "2023-08-01", "2024-11-13", "open", True,
     "North Korea shipped more than 13,000 containers of munitions to Russia (South Korean military estimate)"),
    (A, "late last month", None, "2024-10-21", "2024-10-31", "month", True,
     "NATO's Mark Rutte confirmed North Korean units had been sent to Kursk"),
    (A, "earlier this month", None, "2024-11-01", "2024-11-12", "month", True,
     "Rutte said the deployment marked a significant escalation"),
    (A, "last week", "said last week that Seoul", "2024-11-04", "2024-11-10", "week", True,
     "Yoon Suk Yeol said Seoul could no longer rule out supplying weapons directly to Kyiv"),
    (A, "next month", None, "2024-12-01", "2024-12-31", "month", True,
     "South Korean and U.S. defense officials expected to discuss the issue in Washington"),
    # Yonhap, anchor Thursday 2024-12-19
    (B, "Thursday", "said Thursday.", "2024-12-19", "2024-12-19", "day", True,
     "NIS said at least 100 North Korean soldiers killed and nearly 1,000 wounded in Kursk"),
    (B, "in late October", None, "2024-10-21", "2024-10-31", "month", True,
     "North Korean troops moved to front-line positions in Kursk"),
    (B, "since Dec. 8", None, "2024-12-08", "2024-12-19", "open", True,
     "North Korean troops taking part in large-scale assaults"),
    (B, "last week", None, "2024-12-09", "2024-12-15", "week", True,
     "Kyodo reported, citing South Korean government sources, that Pyongyang could send several thousand more soldiers"),
    (B, "Monday", "claimed Monday", "2024-12-16", "2024-12-16", "day", True,
     "HUR claimed about 30 North Koreans killed or wounded near Plekhovo and Vorozhba"),
    (B, "on Dec. 14 and 15", None, "2024-12-14", "2024-12-15", "day", True,
     "Clashes near Plekhovo and Vorozhba in which about 30 North Koreans were killed or wounded"),
    (B, "on Wednesday", None, "2024-12-18", "2024-12-18", "day", True,
     "Maria Zakharova dismissed the Ukrainian casualty claims as another fabrication"),
    (B, "earlier this week", None, "2024-12-16", "2024-12-18", "week", True,
     "Ukrainian drone footage of North Korean soldiers advancing across snow-covered fields released"),
    (B, "since August last year", None, "2023-08-01", "2024-12-19", "open", True,
     "North Korea sent troops, KN-23 missiles and munitions containers to Russia (Seoul's estimate)"),
    # Kyiv Independent, anchor Monday 2025-02-10
    (C, "on Feb. 9", None, "2025-02-09", "2025-02-09", "day", True,
     "SSO said North Korean troops had been largely withdrawn from the Kursk front line"),
    (C, "in early December 2024", None, "2024-12-01", "2024-12-10", "month", False,
     "North Korean contingent entered battle in Kursk"),
    (C, "on Saturday", None, "2025-02-08", "2025-02-08", "day", True,
     "Budanov interview published: more than 4,500 North Korean soldiers killed, wounded or captured"),
    (C, "last week", None, "2025-02-03", "2025-02-09", "week", True,
     "NIS said it had not detected North Korean troops in combat since mid-January"),
    (C, "since mid-January", None, "2025-01-11", "2025-02-10", "open", True,
     "No North Korean troops detected in combat; likely pulled back after heavy casualties"),
    (C, "in January", None, "2025-01-01", "2025-01-31", "month", True,
     "Ukraine captured two North Korean soldiers"),
    (C, "on Feb. 4", None, "2025-02-04", "2025-02-04", "day", True,
     "Zelensky warned Russia was preparing to bring the North Koreans back"),
    (C, "on Feb. 8", None, "2025-02-08", "2025-02-08", "day", True,
     "ISW assessed Russia would likely reintroduce North Korean forces"),
    (C, "in late August", None, "2024-08-21", "2024-08-31", "month", True,
     "Ukrainian-held territory in Kursk Oblast peaked at roughly 1,300 square kilometers"),
    # Guardian, anchor Monday 2025-04-28
    (D, "on Monday", "KCNA on Monday", "2025-04-28", "2025-04-28", "day", True,
     "KCNA carried North Korea's announcement confirming the troop deployment"),
    (D, "on Saturday", None, "2025-04-26", "2025-04-26", "day", True,
     "Gerasimov declared Kursk fully liberated"),
    (D, "in June 2024", None, "2024-06-01", "2024-06-30", "month", False,
     "Kim Jong Un and Vladimir Putin signed the mutual defence treaty"),
    (D, "on Wednesday", None, "2025-04-23", "2025-04-23", "day", True,
     "NIS told lawmakers about 4,700 North Korean soldiers had been killed or wounded"),
    (D, "last autumn", None, "2024-09-01", "2024-11-30", "season", True,
     "North Korean deployment to Russia began"),
    (D, "in December", None, "2024-12-01", "2024-12-31", "month", True,
     "Hundreds of North Korean soldiers killed by drones while advancing across open fields"),
    (D, "on Sunday", None, "2025-04-27", "2025-04-27", "day", True,
     "Ukraine's general staff said its troops still held positions in Kursk and Belgorod regions"),
    (D, "since November", None, "2024-11-01", "2025-04-28", "open", True,
     "Kyiv had known of the North Korean deployment"),
    (D, "in August last year", None, "2024-08-01", "2024-08-31", "month", True,
     "Ukraine's Kursk incursion at its height held roughly 1,300 sq km"),
    (D, "since 2023", None, "2023-01-01", "2025-04-28", "open", True,
     "Russia paid Pyongyang at least 1.2tn won for troops and munitions (Choi Ha-eun's estimate)"),
    (D, "last year", "estimated last year", "2024-01-01", "2024-12-31", "year", True,
     "Bank of Korea estimated North Korea's economic growth"),
    (D, "in 2023", "grew 3.1% in 2023", "2023-01-01", "2023-12-31", "year", False,
     "North Korea's economy grew 3.1%"),
    (D, "on Monday", "reporters on Monday", "2025-04-28", "2025-04-28", "day", True,
     "Peskov said Moscow was grateful to its Korean friends"),
    # Al Jazeera, anchor Friday 2025-03-07
    (E, "on Thursday", None, "2025-03-06", "2025-03-06", "day", True,
     "JCS said it had detected signs of North Korean redeployment"),
    (E, "since late February", None, "2025-02-21", "2025-03-07", "open", True,
     "Signs of North Korean redeployment to the Kursk front"),
    (E, "last week", None, "2025-02-24", "2025-03-02", "week", True,
     "NIS estimated Pyongyang had sent 1,000-3,000 reinforcements"),
    (E, "in January and February", None, "2025-01-01", "2025-02-28", "month", True,
     "Pyongyang sent between 1,000 and 3,000 reinforcements"),
    (E, "last autumn", None, "2024-09-01", "2024-11-30", "season", True,
     "North Korea deployed roughly 11,000 troops to Russia"),
    (E, "on Wednesday", None, "2025-03-05", "2025-03-05", "day", True,
     "Syrskyi acknowledged the situation around Sudzha was difficult but denied encirclement"),
    (E, "this week", None, "2025-03-03", "2025-03-09", "week", True,
     "Russia claimed recapture of Viktorovka, Nikolaevka and Staraya Sorochina"),
    (E, "since August 2024", None, "2024-08-01", "2025-03-07", "open", True,
     "Ukraine lost more than 67,000 soldiers in the Kursk region (Russian claim)"),
    (E, "during the winter", None, "2024-12-01", "2025-02-28", "season", True,
     "North Korean units advanced less cautiously than now"),
    (E, "last month", None, "2025-02-01", "2025-02-28", "month", True,
     "Kim Jong Un told military officers Pyongyang would unconditionally support Russia"),
    (E, "in November", None, "2024-11-01", "2024-11-30", "month", True,
     "North Korean foreign ministry alleged the reports were a US smear campaign"),
    (E, "last August", None, "2024-08-01", "2024-08-31", "month", True,
     "Ukraine's foothold in Kursk at its peak (about 1,300 sq km)"),
    (E, "in December", None, "2024-12-01", "2024-12-31", "month", True,
     "Yoon Suk Yeol impeached over his declaration of martial law"),
    # BBC, no manifest date; anchor Sunday 2025-01-12 from the page's own date line
    (F, "on Saturday", None, "2025-01-11", "2025-01-11", "day", True,
     "Zelensky wrote on X that two captured North Korean soldiers were being questioned by the SBU"),
    (F, "in 2005", None, "2005-01-01", "2005-12-31", "year", False,
     "The younger captured North Korean soldier was born"),
    (F, "in August", None, "2024-08-01", "2024-08-31", "month", True,
     "Ukraine launched its surprise incursion into Kursk"),
    (F, "last month", None, "2024-12-01", "2024-12-31", "month", True,
     "Zelensky said more than 3,000 North Koreans had been killed or wounded"),
    (F, "earlier this week", None, "2025-01-06", "2025-01-11", "week", True,
     "Russia's defence ministry said it repelled a Ukrainian counter-attack near Berdin"),
    (F, "on 5 January", None, "2025-01-05", "2025-01-05", "day", True,
     "Ukraine launched its new push in Kursk"),
]


def num(x):
    return "" if x is None else repr(float(x))


def main():
    order = [A, B, C, D, E, F]
    rows = []
    for (doc, s, ctx, v, vh, q, unit, cat, vn, un, spk) in FIG:
        st, en = loc(doc, s, ctx)
        rows.append([doc, st, en, s, num(v), num(vh), q, unit, cat, num(v if vn is None else round(vn, 6)), un, spk])
    rows.sort(key=lambda r: (order.index(r[0]), r[1]))
    with open(GOLD / "figures.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["doc_id", "start", "end", "text", "value", "value_high", "qualifier", "unit", "category",
                    "value_norm", "unit_norm", "speaker"])
        w.writerows(rows)

    rows = []
    for (doc, content, cctx, cue, cuectx, spk, canon, typ, aff, kind) in ATT:
        st, en = loc(doc, content, cctx)
        cs, ce = loc(doc, cue, cuectx)
        rows.append([doc, st, en, content, cue, cs, ce, spk, canon, typ, aff, kind])
    rows.sort(key=lambda r: (order.index(r[0]), r[1], r[5]))
    with open(GOLD / "attributions.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["doc_id", "start", "end", "text", "cue", "cue_start", "cue_end", "speaker", "speaker_canonical",
                    "speaker_type", "affiliation", "kind"])
        w.writerows(rows)

    rows = []
    for (doc, s, ctx, ds, de, gran, rel, ev) in EVT:
        st, en = loc(doc, s, ctx)
        rows.append([doc, st, en, s, ds, de, gran, "true" if rel else "false", ev])
    rows.sort(key=lambda r: (order.index(r[0]), r[1]))
    with open(GOLD / "events.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["doc_id", "start", "end", "text", "date_start", "date_end", "granularity", "relative", "event"])
        w.writerows(rows)
    print(len(FIG), "figures,", len(ATT), "attributions,", len(EVT), "events")


if __name__ == "__main__":
    main()
