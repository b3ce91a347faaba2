"""numbers.py: every number phrase with its span and value; ranges joined; magnitudes applied."""
from __future__ import annotations

import pytest
from helpers import span

from kursk_research.numbers import DIGITS, FIXED, VAGUE, WORDS, find_numbers


def only(text: str):
    numbers = find_numbers(text)
    assert len(numbers) == 1, [(text[n.start:n.end], n.value) for n in numbers]
    return numbers[0]


@pytest.mark.parametrize("text, phrase, value, kind", [
    ("North Korea sent 12,000 troops.", "12,000", 12_000, DIGITS),
    ("Pyongyang shipped two million artillery shells.", "two million", 2_000_000, WORDS),
    ("Russia fired 1.5 million rounds in a month.", "1.5 million", 1_500_000, DIGITS),
    ("Three generals were seen in Kursk.", "Three", 3, WORDS),
    ("Twenty-five engineers arrived in Donetsk.", "Twenty-five", 25, WORDS),
    ("One hundred and fifty officers were trained.", "One hundred and fifty", 150, WORDS),
    ("some 10k troops", "10k", 10_000, DIGITS),
    ("A dozen generals visited the front.", "A dozen", 12, FIXED),
    ("Half a million shells crossed the border.", "Half a million", 500_000, FIXED),
    ("Dozens of drones struck Kursk.", "Dozens", 24, VAGUE),
    ("Hundreds of soldiers were wounded.", "Hundreds", 100, VAGUE),
    ("Several hundred North Korean troops arrived.", "Several hundred", 300, VAGUE),
    ("Thousands of tons of munitions were shipped.", "Thousands", 1_000, VAGUE),
    ("Tens of thousands of troops massed near the border.", "Tens of thousands", 10_000, VAGUE),
    ("Millions of munitions went by rail.", "Millions", 1_000_000, VAGUE),
    ("A few thousand volunteers signed up.", "A few thousand", 2_000, VAGUE),
])
def test_values(text, phrase, value, kind):
    number = only(text)
    assert (number.start, number.end) == span(text, phrase)
    assert number.value == value
    assert number.value_high is None and not number.is_range
    assert number.kind == kind


@pytest.mark.parametrize("text, phrase, currency, value", [
    ("Washington approved $2 billion in military aid.", "$2 billion", "dollar", 2e9),
    ("Moscow paid Pyongyang $2bn for the shells.", "$2bn", "dollar", 2e9),
    ("Seoul froze US$150 million of assets.", "US$150 million", "dollar", 1.5e8),
    ("The EU set aside €300m for drones.", "€300m", "euro", 3e8),
    ("A fund of USD 50 million was created.", "USD 50 million", "dollar", 5e7),
    ("Britain gave £1.5 billion to Kyiv.", "£1.5 billion", "pound sterling", 1.5e9),
    ("Israel approved a further NIS 4 million in aid.", "NIS 4 million", "shekel", 4e6),
    ("Ankara pledged TL 500 million.", "TL 500 million", "lira", 5e8),
])
def test_money(text, phrase, currency, value):
    number = only(text)
    assert (number.start, number.end) == span(text, phrase)
    assert number.currency == currency
    assert number.value == value


@pytest.mark.parametrize("text, phrase, low, high, opener", [
    ("Between 11,000 and 12,000 North Korean soldiers are in Kursk.", "Between 11,000 and 12,000", 11_000, 12_000, True),
    ("Officials put the figure at 10,000 to 12,000 troops.", "10,000 to 12,000", 10_000, 12_000, False),
    ("An estimated 10,000-12,000 soldiers were deployed.", "10,000-12,000", 10_000, 12_000, False),
    ("Some 10,000–12,000 soldiers were deployed.", "10,000–12,000", 10_000, 12_000, False),
    ("from 3,000 to 5,000 troops", "from 3,000 to 5,000", 3_000, 5_000, True),
    ("between 10 and 12 thousand soldiers", "between 10 and 12 thousand", 10_000, 12_000, True),
    ("between two and three thousand men", "between two and three thousand", 2_000, 3_000, True),
    ("Ten or twelve thousand men went.", "Ten or twelve thousand", 10_000, 12_000, False),
    ("two hundred to three thousand men", "two hundred to three thousand", 200, 3_000, False),
])
def test_ranges(text, phrase, low, high, opener):
    number = only(text)
    start, end = span(text, phrase)
    assert number.end == end
    assert number.value == low and number.value_high == high and number.is_range
    if opener:
        assert number.range_start == start  # "between"/"from" opens the range
        assert text[number.start:number.end] == phrase.split(" ", 1)[1]
    else:
        assert number.range_start is None and number.start == start


def test_and_without_between_makes_no_range():
    text = "North Korea sent 500 officers and three generals."
    numbers = find_numbers(text)
    assert [(text[n.start:n.end], n.value, n.value_high) for n in numbers] == [("500", 500, None), ("three", 3, None)]


def test_a_falling_pair_is_no_range():
    text = "The estimate fell from 12,000 to 10,000."
    assert [n.value_high for n in find_numbers(text)] == [None, None]


@pytest.mark.parametrize("text", [
    "Russia fired KN-23 missiles at Kharkiv.",
    "Ukraine flew its F-16s over Sumy.",
    "The Su-34 jets struck the village.",
    "A 500m stretch of road was mined.",  # metres, not millions, without a currency
    "Kim hundred troops",  # a bare magnitude is no number
])
def test_no_number(text):
    assert find_numbers(text) == []


def test_a_currency_code_before_a_year_is_an_acronym():
    text = "The NIS 2024 report counted 300 dead."
    assert [(text[n.start:n.end], n.currency) for n in find_numbers(text)] == [("2024", ""), ("300", "")]


def test_window_offsets_are_document_offsets():
    text = "Intro text. Seoul says 1,500 troops left. Then 3,000 more."
    start = text.index("Seoul")
    end = text.index(" Then")
    numbers = find_numbers(text, start, end)
    assert [(text[n.start:n.end], n.value) for n in numbers] == [("1,500", 1500)]


def test_spans_give_back_the_phrases():
    text = "Up to 15,000 troops, $2bn, dozens of drones, two million shells and between 5 and 7 brigades."
    for number in find_numbers(text):
        assert text[number.start:number.end] == text[number.start:number.end].strip()
        assert 0 <= number.start < number.end <= len(text)
