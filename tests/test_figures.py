"""figures.py (through extract()): which numbers are figures, and their span, value, qualifier, unit,
category and normalised value (ANNOTATION.md, Figures)."""
from __future__ import annotations

import math

import pytest
from helpers import row_at, spanned

from kursk_research.figures import extract_figures
from kursk_research.segment import split_sentences

PUBLISHED = "2024-11-20"


def check(row, value, value_high, qualifier, unit, category, value_norm, unit_norm):
    assert row["value"] == pytest.approx(value)
    if value_high is None:
        assert math.isnan(row["value_high"])
    else:
        assert row["value_high"] == pytest.approx(value_high)
    assert row["qualifier"] == qualifier
    assert row["unit"] == unit
    assert row["category"] == category
    assert row["value_norm"] == pytest.approx(value_norm, rel=1e-6)
    assert row["unit_norm"] == unit_norm


# (sentence, span, value, value_high, qualifier, unit, category, value_norm, unit_norm)
CASES = [
    # abbreviated nationalities, units written against the number, plural nouns of the lexicon
    ("About 100 N. Korean soldiers were killed in Kursk fighting.",
     "About 100 N. Korean soldiers", 100.0, None, "approximately", "soldier", "casualties", 100.0, "count"),
    ("Ukraine held about 1,300sq km of Russian land at its peak.",
     "about 1,300sq km", 1300.0, None, "approximately", "sq km", "territory", 1300.0, "km2"),
    ("Pyongyang sent between 1,000 and 3,000 reinforcements in January.",
     "between 1,000 and 3,000 reinforcements", 1000.0, 3000.0, "range", "reinforcement", "personnel", 1000.0, "count"),
    ("The contingent had shrunk from about 11,000 to roughly 8,000 effective fighters.",
     "about 11,000", 11000.0, None, "approximately", "fighter", "personnel", 11000.0, "count"),
    # number words and magnitudes
    ("Pyongyang has shipped two million artillery shells to Russia since the summer.",
     "two million artillery shells", 2e6, None, "exact", "artillery shell", "weapons", 2e6, "count"),
    ("Russia received 1.5 million rounds of ammunition from the North.",
     "1.5 million rounds of ammunition", 1.5e6, None, "exact", "round of ammunition", "weapons", 1.5e6, "count"),
    ("Three North Korean generals were seen near the front line.",
     "Three North Korean generals", 3, None, "exact", "general", "personnel", 3, "count"),
    ("Several hundred North Korean troops moved into Kursk overnight.",
     "Several hundred North Korean troops", 300, None, "vague", "troop", "personnel", 300, "count"),
    ("Dozens of drones struck North Korean positions near Sudzha.",
     "Dozens of drones", 24, None, "vague", "drone", "weapons", 24, "count"),
    ("Pyongyang has shipped thousands of tons of munitions by rail.",
     "thousands of tons", 1000, None, "vague", "ton", "weapons", 1000, "count"),
    ("Hundreds of North Korean soldiers were sent to the Zaporizhzhia front.",
     "Hundreds of North Korean soldiers", 100, None, "vague", "soldier", "personnel", 100, "count"),
    ("Tens of thousands of troops are massing near the border.",
     "Tens of thousands of troops", 10_000, None, "vague", "troop", "personnel", 10_000, "count"),
    ("A dozen North Korean officers toured the drone factory.",
     "A dozen North Korean officers", 12, None, "exact", "officer", "personnel", 12, "count"),
    ("North Korea has sent at least 11,000 containers of ammunition by sea.",
     "at least 11,000 containers", 11_000, None, "at_least", "container", "weapons", 11_000, "count"),
    ("Ukraine struck three air bases and two ammunition depots overnight.",
     "three air bases", 3, None, "exact", "air base", "units", 3, "count"),
    ("Ukraine struck three air bases and two ammunition depots overnight.",
     "two ammunition depots", 2, None, "exact", "ammunition depot", "units", 2, "count"),
    ("The troops trained at five training grounds in Primorsky Krai.",
     "five training grounds", 5, None, "exact", "training ground", "units", 5, "count"),
    # ranges
    ("Between 11,000 and 12,000 North Korean troops are now in the Kursk region.",
     "Between 11,000 and 12,000 North Korean troops", 11_000, 12_000, "range", "troop", "personnel", 11_000, "count"),
    ("Estimates put the contingent at 10,000 to 12,000 soldiers.",
     "10,000 to 12,000 soldiers", 10_000, 12_000, "range", "soldier", "personnel", 10_000, "count"),
    ("Pyongyang has deployed 10,000-12,000 men to the Kursk front.",
     "10,000-12,000 men", 10_000, 12_000, "range", "man", "personnel", 10_000, "count"),
    ("Pyongyang has deployed 10,000–12,000 troops to the Kursk front.",
     "10,000–12,000 troops", 10_000, 12_000, "range", "troop", "personnel", 10_000, "count"),
    # qualifiers, each kind
    ("Some 3,000 soldiers crossed into Kursk by train.",
     "Some 3,000 soldiers", 3000, None, "approximately", "soldier", "personnel", 3000, "count"),
    ("Roughly 40 tanks were seen on the road to Sudzha.",
     "Roughly 40 tanks", 40, None, "approximately", "tank", "weapons", 40, "count"),
    ("Nearly 2,000 North Korean troops are stationed near Kursk.",
     "Nearly 2,000 North Korean troops", 2000, None, "approximately", "troop", "personnel", 2000, "count"),
    ("An estimated 7,000 soldiers were moved closer to the front.",
     "An estimated 7,000 soldiers", 7000, None, "approximately", "soldier", "personnel", 7000, "count"),
    ("Close to 100 officers accompanied the troops.",
     "Close to 100 officers", 100, None, "approximately", "officer", "personnel", 100, "count"),
    ("The toll was near 3,800 dead and wounded.",
     "near 3,800", 3800, None, "approximately", "", "casualties", 3800, "count"),
    ("The contingent was closer to 12,000 troops by spring.",
     "closer to 12,000 troops", 12_000, None, "approximately", "troop", "personnel", 12_000, "count"),
    ("Around 600 drones were launched at Kyiv overnight.",
     "Around 600 drones", 600, None, "approximately", "drone", "weapons", 600, "count"),
    ("No fewer than 50 howitzers arrived in Bryansk.",
     "No fewer than 50 howitzers", 50, None, "at_least", "howitzer", "weapons", 50, "count"),
    ("More than 1,000 missiles have crossed the border.",
     "More than 1,000 missiles", 1000, None, "more_than", "missile", "weapons", 1000, "count"),
    ("Over 10,000 North Korean troops have moved to Kursk.",
     "Over 10,000 North Korean troops", 10_000, None, "more_than", "troop", "personnel", 10_000, "count"),
    ("Upwards of 300 artillery systems were sent by rail.",
     "Upwards of 300 artillery systems", 300, None, "more_than", "artillery system", "weapons", 300, "count"),
    ("Up to 15,000 troops could be sent next, the estimate ran.",
     "Up to 15,000 troops", 15_000, None, "at_most", "troop", "personnel", 15_000, "count"),
    ("As many as 100,000 soldiers may eventually be involved.",
     "As many as 100,000 soldiers", 100_000, None, "at_most", "soldier", "personnel", 100_000, "count"),
    ("No more than 40 military advisers were sent in the first wave.",
     "No more than 40 military advisers", 40, None, "at_most", "military adviser", "personnel", 40, "count"),
    ("Fewer than 100 North Korean troops took part in the assault.",
     "Fewer than 100 North Korean troops", 100, None, "less_than", "troop", "personnel", 100, "count"),
    ("Under 20 engineers stayed behind in Donetsk.",
     "Under 20 engineers", 20, None, "less_than", "engineer", "personnel", 20, "count"),
    # casualties
    ("Ukrainian drones killed 300 North Korean soldiers in a week of fighting.",
     "300 North Korean soldiers", 300, None, "exact", "soldier", "casualties", 300, "count"),
    ("At least 200 soldiers were killed or wounded near Plekhovo.",
     "At least 200 soldiers", 200, None, "at_least", "soldier", "casualties", 200, "count"),
    ("Ukraine has captured two North Korean soldiers in Kursk.",
     "two North Korean soldiers", 2, None, "exact", "soldier", "casualties", 2, "count"),
    ("An estimated 1,200 casualties were reported among the North Korean units.",
     "An estimated 1,200 casualties", 1200, None, "approximately", "casualty", "casualties", 1200, "count"),
    # territory and distances
    ("Ukrainian forces held about 500 square miles of the Kursk region.",
     "about 500 square miles", 500, None, "approximately", "square mile", "territory", 1294.994, "km2"),
    ("Ukrainian forces controlled 1,000 square kilometres of Russian land at the peak.",
     "1,000 square kilometres", 1000, None, "exact", "square kilometre", "territory", 1000, "km2"),
    ("The troops are stationed 50 kilometers from the border.",
     "50 kilometers", 50, None, "exact", "kilometer", "territory", 50, "km"),
    ("The base lies some 30 miles inside Russia.",
     "some 30 miles", 30, None, "approximately", "mile", "territory", 48.28, "km"),
    # money
    ("The White House has provided $2 billion in weapons to Ukraine this year.",
     "$2 billion", 2e9, None, "exact", "dollar", "money", 2e9, "USD"),
    ("Moscow transferred $150 million to Pyongyang's accounts.",
     "$150 million", 1.5e8, None, "exact", "dollar", "money", 1.5e8, "USD"),
    ("Brussels set aside €300m for Ukrainian drones.",
     "€300m", 3e8, None, "exact", "euro", "money", 3e8, "EUR"),
    ("Seoul's aid package was worth 500 million won.",
     "500 million won", 5e8, None, "exact", "won", "money", 5e8, "KRW"),
    ("The fund will hold 2.26 billion pounds for Kyiv this year.",
     "2.26 billion pounds", 2.26e9, None, "exact", "pound", "money", 2.26e9, "GBP"),
    ("The package is worth about 150 million British pounds.",
     "about 150 million British pounds", 1.5e8, None, "approximately", "british pound", "money", 1.5e8, "GBP"),
    ("Each drone carried up to 40 pounds of explosives.",
     "up to 40 pounds", 40, None, "at_most", "pound", "weapons", 40, "count"),
]


@pytest.mark.parametrize("sentence, phrase, value, value_high, qualifier, unit, category, value_norm, unit_norm", CASES,
                         ids=[case[1] for case in CASES])
def test_figure(extract_text, sentence, phrase, value, value_high, qualifier, unit, category, value_norm, unit_norm):
    tables = extract_text(sentence, PUBLISHED)
    row = row_at(tables.figures, sentence, phrase)
    assert row["text"] == phrase
    check(row, value, value_high, qualifier, unit, category, value_norm, unit_norm)
    assert row["speaker"] == "" and row["attribution_id"] == ""


def test_the_noun_far_away_leaves_the_number_phrase_alone(extract_text):
    text = "Roughly 7,000 of the 12,000 troops have been moved to Kursk."
    tables = extract_text(text, PUBLISHED)
    first = row_at(tables.figures, text, "Roughly 7,000")
    check(first, 7000, None, "approximately", "troop", "personnel", 7000, "count")
    second = row_at(tables.figures, text, "12,000 troops")
    check(second, 12_000, None, "exact", "troop", "personnel", 12_000, "count")
    assert len(tables.figures) == 2


def test_an_elided_noun_is_that_of_the_figure_before(extract_text):
    text = "Some 2,000 engineers arrived in Donetsk. Up to 6,000 more are expected by spring."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.figures, text, "Up to 6,000")
    check(row, 6000, None, "at_most", "engineer", "personnel", 6000, "count")


def test_an_elided_noun_is_that_of_the_people_just_named(extract_text):
    text = ("Neither side has said how many soldiers were deployed. The spy agency in Seoul estimates that about 9,000 "
            "were sent in the autumn, followed by roughly 2,500 more in the spring.")
    tables = extract_text(text, PUBLISHED)
    check(row_at(tables.figures, text, "about 9,000"), 9000, None, "approximately", "soldier", "personnel", 9000, "count")
    check(row_at(tables.figures, text, "roughly 2,500"), 2500, None, "approximately", "soldier", "personnel", 2500, "count")
    few = "Nobody has said how many soldiers were questioned. Two were seen on video."
    assert extract_text(few, PUBLISHED).figures.empty  # too few to be a count of the people named
    agency = "The spy agency said 9,000 were sent."
    assert extract_text(agency, PUBLISHED).figures.empty  # "spy" describes the agency: no people named


def test_a_body_of_people_counts_the_number_after_its_of(extract_text):
    text = ("Kim Jong Un will send more. He has an army of 1.2 million. Pyongyang sent a contingent of about 11,000, "
            "and it earns half a billion dollars a year from the war. The Group of Seven met in June.")
    tables = extract_text(text, PUBLISHED)
    check(row_at(tables.figures, text, "1.2 million"), 1.2e6, None, "exact", "", "personnel", 1.2e6, "count")
    check(row_at(tables.figures, text, "about 11,000"), 11000, None, "approximately", "", "personnel", 11000, "count")
    check(row_at(tables.figures, text, "half a billion dollars"), 5e8, None, "exact", "dollar", "money", 5e8, "USD")
    assert len(tables.figures) == 3  # "the Group of Seven" counts nobody


def test_money_of_cargo_a_total_written_with_now_and_tankers(extract_text):
    text = ("The vessels had moved an estimated £7.5bn of cargo. Some 3,000 soldiers had moved to Kursk, out of a total "
            "of 10,000 to 11,000 now in Russia. London will sanction 20 oil tankers and Pyongyang sent 1,500 replacements.")
    tables = extract_text(text, PUBLISHED)
    check(row_at(tables.figures, text, "an estimated £7.5bn"), 7.5e9, None, "approximately", "pound sterling", "money", 7.5e9, "GBP")
    check(row_at(tables.figures, text, "10,000 to 11,000"), 10_000, 11_000, "range", "soldier", "personnel", 10_000, "count")
    assert row_at(tables.figures, text, "20 oil tankers")["category"] == "other"
    assert row_at(tables.figures, text, "1,500 replacements")["category"] == "personnel"


def test_a_percentage_that_changes_the_figure_just_stated_takes_its_category(extract_text):
    text = ("Seoul now counts 2,000 dead, up from an estimate of 1,500 in June, an increase of roughly 33 percent. "
            "Kyiv holds less than 200 square kilometers, a drop of about 85% from its peak. "
            "The economy grew 3.1 per cent, up from 2 percent.")
    tables = extract_text(text, PUBLISHED)
    check(row_at(tables.figures, text, "roughly 33 percent"), 33, None, "approximately", "percent", "casualties", 33, "count")
    check(row_at(tables.figures, text, "about 85%"), 85, None, "approximately", "percent", "territory", 85, "count")
    assert "3.1 per cent" not in spanned(tables.figures, text) and "2 percent" not in spanned(tables.figures, text)


def test_people_after_money_are_not_money(extract_text):
    text = ("Pyongyang makes half a billion pounds a year renting out its boys. "
            "Forty thousand of them are dead already, he added.")
    tables = extract_text(text, PUBLISHED)
    check(row_at(tables.figures, text, "half a billion pounds"), 5e8, None, "exact", "pound", "money", 5e8, "GBP")
    check(row_at(tables.figures, text, "Forty thousand"), 40_000, None, "exact", "boy", "casualties", 40_000, "count")


def test_a_figure_stated_twice_is_two_rows(extract_text):
    text = "North Korea sent 11,000 troops. Analysts doubt that 11,000 troops can change the war."
    tables = extract_text(text, PUBLISHED)
    assert spanned(tables.figures, text) == ["11,000 troops", "11,000 troops"]
    assert tables.figures["start"].nunique() == 2


def test_several_figures_of_one_sentence(extract_text):
    text = "North Korea sent approximately 12,000 troops, including 500 officers and three generals."
    tables = extract_text(text, PUBLISHED)
    assert spanned(tables.figures, text) == ["approximately 12,000 troops", "500 officers", "three generals"]
    assert list(tables.figures["value"]) == [12_000, 500, 3]


NOT_FIGURES = [
    "Russia invaded Ukraine in 2022 and annexed Crimea in 2014.",
    "North Korean troops arrived in Kursk on 13 November.",
    "The first North Korean units crossed on Nov. 4, officials said later.",
    "Fighting has raged for two weeks around Sudzha.",
    "The troops will return home within three months.",
    "A 19-year-old North Korean soldier was captured alive.",
    "It was the first time Pyongyang had sent troops abroad.",
    "The war, now in its third year, shows no sign of ending.",
    "Russia fired KN-23 missiles at Kharkiv overnight.",
    "A Russian jet dropped 2,000-pound bombs on the village.",
    "Ukraine has started flying its F-16s over the Kursk region.",
    "One of the captured soldiers spoke to journalists.",
    "The two countries signed a mutual defence pact in June.",
    "Kim met Putin at 10:30 on the second day of the visit.",
    "Article 5 of the NATO treaty was not invoked.",
    "North Korea's 11th Corps was deployed to the area.",
    "Pyongyang sent a group of engineers and several officers.",
    "For more information call 1-800-555-0199.",
    "The deployment is shown in Table 1 and Figure 2 (see Fig. 3).",
    "Casualties rose sharply in December.[4][5]",
]
PREFETCH = [(case[0], PUBLISHED) for case in CASES] + [(sentence, PUBLISHED) for sentence in NOT_FIGURES]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_a_figure(extract_text, sentence):
    tables = extract_text(sentence, PUBLISHED)
    assert spanned(tables.figures, sentence) == []


def test_a_percentage_of_something_in_the_story_is_a_figure(extract_text):
    text = "About 40 percent of the North Korean soldiers in Kursk were wounded."
    tables = extract_text(text, PUBLISHED)
    assert len(tables.figures) == 1
    row = tables.figures.iloc[0]
    assert text[row["start"]:row["end"]].startswith("About 40 percent")
    assert row["value"] == 40 and row["qualifier"] == "approximately"


def test_people_counted_by_a_nationality_noun(extract_text):
    text = "Some 100 North Koreans were killed in the assault on Plekhovo."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.figures, text, "Some 100 North Koreans")
    assert row["value"] == 100 and row["qualifier"] == "approximately" and row["category"] == "casualties"


def test_a_hyphenated_distance_is_a_figure(extract_text):
    text = "North Korean troops could be spread along the 1,000-km front line."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.figures, text, "1,000-km")
    check(row, 1000, None, "exact", "km", "territory", 1000, "km")


def test_dozens_multiply(extract_text):
    text = "Roughly two dozen drones struck the North Korean positions."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.figures, text, "Roughly two dozen drones")
    check(row, 24, None, "approximately", "drone", "weapons", 24, "count")


def test_a_qualified_range_spans_from_its_qualifier(extract_text):
    text = "Some 11,000 to 12,000 North Korean troops are now in the Kursk region."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.figures, text, "Some 11,000 to 12,000 North Korean troops")
    check(row, 11_000, 12_000, "range", "troop", "personnel", 11_000, "count")


def test_qualified_fixed_quantities(extract_text):
    text = "More than a dozen generals arrived. Nearly half a million shells were sent."
    tables = extract_text(text, PUBLISHED)
    check(row_at(tables.figures, text, "More than a dozen generals"), 12, None, "more_than", "general", "personnel", 12, "count")
    check(row_at(tables.figures, text, "Nearly half a million shells"), 5e5, None, "approximately", "shell", "weapons", 5e5, "count")


def test_a_percentage_of_nothing_is_no_figure(extract_text):
    text = "Support for the war fell by 12 percent in the poll."
    assert spanned(extract_text(text, PUBLISHED).figures, text) == []


def test_furniture_holds_no_figures(extract_text):
    text = ("Kyiv counts North Korean losses in Kursk\n"
            "Read also: North Korea sends 10,000 more troops to Russia\n"
            "Ukraine says about 300 North Korean soldiers have been killed.")
    tables = extract_text(text, PUBLISHED)
    assert spanned(tables.figures, text) == ["about 300 North Korean soldiers"]


def test_a_figure_inside_a_statement_carries_its_speaker(extract_text):
    text = "South Korea's spy agency said that about 1,500 North Korean special forces had been sent to Russia."
    tables = extract_text(text, PUBLISHED)
    row = row_at(tables.figures, text, "about 1,500 North Korean special forces")
    check(row, 1500, None, "approximately", "special forces", "personnel", 1500, "count")
    assert row["speaker"] == "National Intelligence Service (South Korea)"
    attribution = tables.attributions.set_index("attribution_id").loc[row["attribution_id"]]
    assert attribution["speaker_canonical"] == row["speaker"]


def test_a_hyphenated_strength_counts_people(extract_text):
    text = "A 2,000-strong North Korean contingent reached Kursk."
    tables = extract_text(text, PUBLISHED)
    assert len(tables.figures) == 1
    row = tables.figures.iloc[0]
    assert text[row["start"]:row["end"]].startswith("2,000")
    assert row["value"] == 2000 and row["category"] == "personnel"


def test_extract_figures_directly_excludes_the_given_date_spans():
    text = "Some 500 troops arrived on 13 November, and 300 more followed."
    sentences = split_sentences(text)
    date = (text.index("on 13 November"), text.index("on 13 November") + len("on 13 November"))
    figures = extract_figures(text, sentences, [date])
    assert [text[f.start:f.end] for f in figures] == ["Some 500 troops", "300"]
    assert [(f.number_start, f.number_end) for f in figures] == [
        (text.index("500"), text.index("500") + 3), (text.index("300"), text.index("300") + 3)]
    assert figures[1].unit == "troop"


def test_ages_ranks_and_new_counted_nouns(extract_text):
    text = ("The agency said 300 soldiers were captured. One of the prisoners, 26, had joined the army, while the other, "
            "who is 20, had enlisted in 2023. Kim, 41, promised 6,000 builders and a thousand sappers, "
            "led by a three-star general. The two men, one 20 and the other 26, were held in Kyiv.")
    tables = extract_text(text, "2025-01-13")
    assert sorted(tables.figures["text"]) == ["300 soldiers", "6,000 builders", "a thousand sappers", "two men"], \
        spanned(tables.figures, text)
    assert row_at(tables.figures, text, "a thousand sappers")["category"] == "personnel"


def test_an_age_after_who_is_thought_to_be_and_kids_counted(extract_text):
    text = ("Pyongyang has sent dozens of missiles. Kim, who is thought to be 41, has not traveled since then. "
            "Lee, who turned 58 last year, disagreed. The general said Moscow had sent thousands of kids to the front.")
    tables = extract_text(text, "2025-01-13")
    assert sorted(tables.figures["text"]) == ["dozens of missiles", "thousands of kids"], spanned(tables.figures, text)
    kids = row_at(tables.figures, text, "thousands of kids")
    assert (kids["value"], kids["unit"], kids["category"]) == (1000, "kid", "personnel")


def test_an_age_after_a_person_and_is(extract_text):
    text = "Kyiv holds 2,000 prisoners. Seoul's spy agency says one captive is 20 and the other 26; one prisoner was only 19."
    assert spanned(extract_text(text, "2025-01-13").figures, text) == ["2,000 prisoners"]


def test_money_of_southeast_asia_africa_and_latin_america(extract_text):
    text = ("Recruits were offered up to Sh350,000 a month, close to RM9,000 in Malaysia. Trade reached about VND116 trillion, "
            "or roughly Rp325 trillion. Buenos Aires paid roughly 1.9 million pesos, Brasilia 5 billion reais and Abuja "
            "300 million naira.")
    tables = extract_text(text, "2025-06-18")
    found = {row.text: (row.value, row.unit_norm) for row in tables.figures.itertuples()}
    assert found == {
        "up to Sh350,000": (350_000, "KES"), "close to RM9,000": (9_000, "MYR"),
        "about VND116 trillion": (116e12, "VND"), "roughly Rp325 trillion": (325e12, "IDR"),
        "roughly 1.9 million pesos": (1_900_000, "peso"),  # a peso of no named country keeps its own unit
        "5 billion reais": (5e9, "BRL"), "300 million naira": (3e8, "NGN"),
    }, spanned(tables.figures, text)


def test_calibres_are_no_counts_and_hyphenated_billions_are_money(extract_text):
    text = ("North Korea supplied 170 mm self-propelled guns, 240mm rocket launchers, 152-mm shells and 100 drones. "
            "Ottawa has committed more than $19.5-billion in aid.")
    tables = extract_text(text, "2025-06-18")
    assert sorted(tables.figures["text"]) == ["100 drones", "more than $19.5-billion"], spanned(tables.figures, text)
    money = row_at(tables.figures, text, "more than $19.5-billion")
    assert (money["value"], money["qualifier"], money["category"]) == (19_500_000_000, "more_than", "money")


def test_veterans_sanctioned_officials_assaults_rupees_and_a_bare_one(extract_text):
    text = ("Pyongyang paraded some 30 Kursk veterans. Ottawa sanctioned six North Korean officials and two entities. "
            "Ukraine repelled 14 Russian assaults. India spent more than Rs 8,000 crore on drones. "
            "After one assault, at least one officer was captured.")
    tables = extract_text(text, "2025-06-18")
    assert sorted(tables.figures["text"]) == sorted([
        "some 30 Kursk veterans", "six North Korean officials", "two entities", "14 Russian assaults",
        "more than Rs 8,000 crore", "at least one officer"]), spanned(tables.figures, text)
    rupees = row_at(tables.figures, text, "more than Rs 8,000 crore")
    assert (rupees["value"], rupees["unit"], rupees["unit_norm"]) == (80_000_000_000, "rupee", "INR")
    assert row_at(tables.figures, text, "two entities")["category"] == "other"
    assert row_at(tables.figures, text, "some 30 Kursk veterans")["category"] == "personnel"


@pytest.mark.parametrize("written, value, unit, code", [
    ("13.5 billion kronor", 13_500_000_000, "krona", "SEK"),
    ("around 320 million zlotys", 320_000_000, "zloty", "PLN"),
    ("some 1.6 trillion forints", 1_600_000_000_000, "forint", "HUF"),
    ("CZK 2 billion", 2_000_000_000, "koruna", "CZK"),
    ("2 billion Norwegian kroner", 2_000_000_000, "norwegian krone", "NOK"),
    ("300 million baht", 300_000_000, "baht", "THB"),
    ("5 billion riyals", 5_000_000_000, "riyal", "SAR"),
])
def test_the_currencies_of_europe_and_asia(extract_text, written, value, unit, code):
    text = f"The government pledged {written} for Ukraine."
    row = row_at(extract_text(text, "2025-03-01").figures, text, written)
    assert (row["value"], row["unit"], row["category"], row["value_norm"], row["unit_norm"]) == (value, unit, "money", value, code)


def test_millions_written_with_m_fractions_and_the_people_just_named(extract_text):
    text = ("That could amount to some 8m artillery shells. Troops advanced 500m from the border. "
            "Seoul gave aid worth roughly $100m, about three-quarters of its budget. The two had agreed. "
            "Russia repelled three Ukrainian counterattacks. About 2,000 soldiers have been killed, out of some 15,000 sent to Russia.")
    tables = extract_text(text, "2024-11-07")
    assert sorted(tables.figures["text"]) == ["About 2,000 soldiers", "roughly $100m", "some 15,000", "some 8m artillery shells",
                                             "three Ukrainian counterattacks"], spanned(tables.figures, text)
    assert row_at(tables.figures, text, "some 8m artillery shells")["value"] == 8_000_000
    assert row_at(tables.figures, text, "some 15,000")["unit"] == "soldier"


def test_currency_codes_written_against_their_numbers_and_combat_groups(extract_text):
    text = ("Recruits are offered up to Rbs2mn, about Rbs210,000 a month; the budget is Rbs13tn. "
            "The contingent was split into five or six combat groups. The A10 and the KN23 were shown.")
    tables = extract_text(text, "2024-12-05")
    rows = {r.text: (r.value, r.qualifier, r.unit_norm) for r in tables.figures.itertuples()}
    assert rows == {"up to Rbs2mn": (2_000_000, "at_most", "RUB"), "about Rbs210,000": (210_000, "approximately", "RUB"),
                    "Rbs13tn": (13e12, "exact", "RUB"), "five or six combat groups": (5, "range", "count")}, spanned(tables.figures, text)
    assert set(tables.figures["unit_norm"]) == {"RUB", "count"}


def test_companies_people_vehicles_and_kit_counted_by_plain_nouns(extract_text):
    text = ("London sanctioned four Russian firms, 12 shipping companies and more than 300 individuals. "
            "A satellite image showed 22 flatcars, three locomotives, 40 military trucks and two buses at the depot. "
            "Customs seized about 2,500 handheld radios and 600 thermal sights. "
            "Police said some 5,000 demonstrators and 90 interpreters took part.")
    tables = extract_text(text, "2025-03-10")
    assert sorted(tables.figures["text"]) == sorted([
        "four Russian firms", "12 shipping companies", "more than 300 individuals", "22 flatcars",
        "three locomotives", "40 military trucks", "two buses", "about 2,500 handheld radios", "600 thermal sights",
        "some 5,000 demonstrators", "90 interpreters"]), spanned(tables.figures, text)
    assert row_at(tables.figures, text, "12 shipping companies")[["unit", "category"]].tolist() == ["company", "other"]
    assert row_at(tables.figures, text, "600 thermal sights")[["unit", "category"]].tolist() == ["thermal sight", "weapons"]
    assert row_at(tables.figures, text, "90 interpreters")[["unit", "category"]].tolist() == ["interpreter", "personnel"]


def test_visitors_students_and_places_they_go_counted_by_plain_nouns(extract_text):
    text = ("Nearly 20,000 guests and 19 Russian tourists came; the restaurant has eight waitresses. "
            "About 1,000 North Korean students enrolled at 11 universities, and activists launched 20 balloons.")
    tables = extract_text(text, "2025-03-10")
    assert sorted(tables.figures["text"]) == sorted([
        "Nearly 20,000 guests", "19 Russian tourists", "eight waitresses", "About 1,000 North Korean students",
        "11 universities", "20 balloons"]), spanned(tables.figures, text)
    assert set(tables.figures["category"]) == {"other"}


def test_a_court_cases_witnesses_exhibits_defendants_and_wallets_counted_by_plain_nouns(extract_text):
    text = ("Two co-defendants pleaded guilty. Prosecutors called 14 witnesses and submitted 27 exhibits. "
            "Ukraine has registered more than 150,000 suspected war crimes. Funds moved through 46 wallets and two Cypriot banks.")
    tables = extract_text(text, "2025-03-10")
    assert sorted(tables.figures["text"]) == sorted([
        "Two co-defendants", "14 witnesses", "27 exhibits", "more than 150,000 suspected war crimes", "46 wallets",
        "two Cypriot banks"]), spanned(tables.figures, text)
    assert set(tables.figures["category"]) == {"other"}
    assert tables.attributions.empty  # "called 14 witnesses" is an act, not a statement


def test_weapons_counted_by_their_designation_in_the_plural_and_interceptors_in_batteries(extract_text):
    text = ("Pyongyang may have sent 10 to 15 KN-23s and 200 M1991s. Kyiv wants two dozen F-16s and 650 PAC-3 MSE interceptors "
            "for seven or eight batteries. In the 1990s, the G7 met.")
    figures = extract_text(text, "2025-03-10").figures
    assert list(zip(figures["text"], figures["unit"], figures["category"])) == [
        ("10 to 15 KN-23s", "kn-23", "weapons"), ("200 M1991s", "m1991", "weapons"), ("two dozen F-16s", "f-16", "weapons"),
        ("650 PAC-3 MSE interceptors", "interceptor", "weapons"), ("seven or eight batteries", "battery", "units")], spanned(figures, text)
    assert list(figures["value_high"].fillna(0)) == [15, 0, 0, 0, 8]


def test_lawmakers_seats_firefighters_fans_and_tickets_in_other_news_counted_by_plain_nouns(extract_text):
    text = ("Only 207 lawmakers backed him. The Liberals lead in 343 seats. More than 14,000 firefighters fought fires that "
            "destroyed more than 12,000 structures. The match drew 62,415 fans, and about 1.5 million tickets were sold.")
    figures = extract_text(text, "2025-03-10").figures
    assert list(figures["text"]) == ["207 lawmakers", "343 seats", "More than 14,000 firefighters", "more than 12,000 structures",
                                     "62,415 fans", "about 1.5 million tickets"], spanned(figures, text)
    assert set(figures["category"]) == {"other"}
