"""What each figure measures (subject, measure, location), on sentences written for these tests."""
from __future__ import annotations

import pytest


def keys(tables) -> dict[str, tuple[str, str, str]]:
    figures = tables.figures
    return {row.text: (row.subject, row.measure, row.location) for row in figures.itertuples()}


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("North Korea has sent about 11,000 soldiers to Russia, officials said.",
         "about 11,000 soldiers", ("North Korean troops", "deployed", "Russia")),
        ("Some 8,000 North Korean troops have moved to Russia's Kursk Oblast, the Pentagon said.",
         "Some 8,000 North Korean troops", ("North Korean troops", "deployed", "Kursk region")),
        ("About 3,000 North Korean soldiers are undergoing training in Russia's Far East, Seoul said.",
         "About 3,000 North Korean soldiers", ("North Korean troops", "in training", "Russia's Far East")),
        ("Kyiv said its forces had killed or wounded 200 North Korean soldiers near Sudzha.",
         "200 North Korean soldiers", ("North Korean casualties", "killed or wounded", "Kursk region")),
        ("Ukrainian troops captured two North Korean soldiers in the Kursk region.",
         "two North Korean soldiers", ("North Korean casualties", "captured", "Kursk region")),
        ("Pyongyang has shipped more than 5 million artillery shells to Russia.",
         "more than 5 million artillery shells", ("North Korean artillery shells", "supplied", "Russia")),
        ("Ukraine now controls about 450 square kilometres of the Kursk region.",
         "about 450 square kilometres", ("Ukrainian-held territory", "held", "Kursk region")),
        # The nationality is the one the figure's own noun has, not the place's.
        ("Russia was firing North Korean weapons, including more than 100 missiles, at Ukrainian cities.",
         "more than 100 missiles", ("North Korean missiles", "supplied", "Russia")),
        # The units come from North Korea; their soldiers are North Korean, wherever they train.
        ("Russia is training three units from North Korea, each of about 3,000 soldiers.",
         "about 3,000 soldiers", ("North Korean troops", "in training", "Russia")),
    ],
)
def test_key_of_a_figure(extract_text, sentence, figure, expected):
    assert keys(extract_text(sentence))[figure] == expected


def test_a_part_and_its_whole_measure_different_places(extract_text):
    tables = extract_text("Some 7,000 of the 12,000 North Korean troops believed to be in Russia have reached the Kursk region, "
                          "the official said.")
    found = keys(tables)
    assert found["Some 7,000"] == ("North Korean troops", "deployed", "Kursk region")
    assert found["12,000 North Korean troops"] == ("North Korean troops", "deployed", "Russia")


def test_the_whole_of_a_part_keeps_the_deployment(extract_text):
    tables = extract_text("Most of the estimated 11,000 deployed troops are now stationed in Kursk, analysts said.")
    assert keys(tables)["estimated 11,000 deployed troops"] == ("troops", "deployed", "")


def test_a_figure_whose_sentence_names_no_one_takes_the_nationality_before_it(extract_text):
    text = ("North Korea had sent 10,000 soldiers to Russia by November, the agency said. "
            "As many as 4,000 have since reached the front, it added.")
    assert keys(extract_text(text))["As many as 4,000"] == ("North Korean troops", "deployed", "front line")


def test_a_figure_whose_clause_names_no_state_takes_the_side_of_its_first_person(extract_text):
    text = ("Emirati officials said the UAE had mediated 14 exchanges. "
            "Kim Jong Un reportedly offered Putin 30,000 more troops, the analyst wrote.")
    assert keys(extract_text(text))["30,000 more troops"] == ("North Korean troops", "deployed", "Russia")


def test_territory_held_by_the_actor_not_the_owner(extract_text):
    tables = extract_text("Ukraine launched an incursion in August, seizing about 1,000 square kilometres of Russian territory.")
    assert keys(tables)["about 1,000 square kilometres"] == ("Ukrainian-held territory", "held", "Russia")
