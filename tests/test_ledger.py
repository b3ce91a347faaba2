"""The cross-source ledger: grouping figures by quantity, and each quantity's range and status."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from kursk_research import extract
from kursk_research.ledger import CHANGING, CONSISTENT, DIVERGENT, SINGLE_SOURCE, interval, ledger, quantity_id

KURSK = "north-korean-troops:deployed:kursk-region"
RUSSIA = "north-korean-troops:deployed:russia"
TERRITORY = "ukrainian-held-territory:held:kursk-region"

# Three invented articles from three weeks: the deployment to Kursk grows, the sources on the whole
# deployment agree, the held territory shrinks, and two sources disagree on casualties.
ARTICLES = {
    "wire_oct": (
        ("North Korean troops reach Kursk\n"
         "Ukraine's military intelligence said on Monday that about 3,000 North Korean soldiers had moved to the Kursk region. "
         "North Korea has sent approximately 12,000 troops to Russia, the agency said.\n"
         "Ukraine holds about 1,000 square kilometres of the Kursk region, its army said on Monday."),
        "2024-10-30",
    ),
    "wire_nov": (
        ("Pentagon says more North Korean troops in Kursk\n"
         "Some 8,000 North Korean troops have arrived in the Kursk region, Pentagon spokesperson Sabrina Singh said on Tuesday. "
         "Western officials estimate that North Korea has sent at least 11,000 soldiers to Russia.\n"
         "Ukrainian commanders said their forces had killed or wounded about 200 North Korean soldiers in the Kursk region."),
        "2024-11-13",
    ),
    "wire_dec": (
        ("Zelensky says North Korean troops now fighting in Kursk\n"
         "Ukrainian President Volodymyr Zelensky said on Sunday that 11,000 North Korean troops were fighting in the Kursk region. "
         "Ukraine still controls about 600 square kilometres of the Kursk region, a Ukrainian military source said.\n"
         "Ukraine's military intelligence said about 3,000 North Korean soldiers had been killed or wounded in the Kursk region, "
         "while South Korea's spy agency put the number at about 1,100."),
        "2024-12-16",
    ),
}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    from helpers import write_corpus

    folder = write_corpus(tmp_path_factory.mktemp("ledger") / "corpus", ARTICLES)
    return ledger(extract(folder))


def quantity(book, identifier: str) -> pd.Series:
    rows = book.quantities[book.quantities["quantity_id"] == identifier]
    assert len(rows) == 1, f"no quantity {identifier}: {list(book.quantities['quantity_id'])}"
    return rows.iloc[0]


def test_a_growing_deployment_is_changing(book):
    kursk = quantity(book, KURSK)
    assert kursk["status"] == CHANGING
    assert (kursk["n_claims"], kursk["n_sources"], kursk["n_documents"]) == (3, 3, 3)
    assert (kursk["low"], kursk["high"]) == (3000.0, 11000.0)
    assert kursk["latest_value"] == 11000.0
    assert kursk["latest_speaker"] == "Volodymyr Zelensky"
    assert kursk["latest_date"] == pd.Timestamp("2024-12-15")


def test_sources_agree_when_one_value_satisfies_every_qualifier(book):
    russia = quantity(book, RUSSIA)
    assert russia["status"] == CONSISTENT  # about 12,000 and at least 11,000
    assert (russia["n_claims"], russia["n_sources"]) == (2, 2)
    assert (russia["low"], russia["high"]) == (11000.0, 12000.0)


def test_the_part_in_kursk_is_never_merged_with_the_whole_in_russia(book):
    figures = book.figures.set_index(["doc_id", "text"])
    assert figures.loc[("wire_oct", "about 3,000 North Korean soldiers"), "quantity_id"] == KURSK
    assert figures.loc[("wire_oct", "approximately 12,000 troops"), "quantity_id"] == RUSSIA


def test_a_shrinking_territory_is_compared_in_square_kilometres(book):
    territory = quantity(book, TERRITORY)
    assert territory["status"] == CHANGING
    assert territory["unit_norm"] == "km2"
    assert (territory["low"], territory["high"], territory["latest_value"]) == (600.0, 1000.0, 600.0)


def test_claims_dated_by_their_statement(book):
    as_of = book.figures.set_index(["doc_id", "text"])["as_of"]
    assert as_of[("wire_oct", "about 3,000 North Korean soldiers")] == pd.Timestamp("2024-10-28")  # "said on Monday"
    assert as_of[("wire_nov", "Some 8,000 North Korean troops")] == pd.Timestamp("2024-11-12")  # "said on Tuesday"
    assert as_of[("wire_oct", "approximately 12,000 troops")] == pd.Timestamp("2024-10-30")  # no date: the publication


def test_an_earlier_value_without_its_date_is_not_dated(extract_text):
    tables = extract_text("Ukraine holds about 500 square kilometres of the Kursk region, down from a peak of 1,300, "
                          "a Ukrainian commander said.")
    as_of = tables.figures.set_index("text")["as_of"]
    assert as_of["about 500 square kilometres"] == pd.Timestamp("2024-11-05")
    assert pd.isna(as_of["1,300"])


def test_divergent_claims_are_named_in_pairs(book):
    casualties = quantity(book, "north-korean-casualties:killed-or-wounded:kursk-region")
    assert casualties["status"] == DIVERGENT  # about 3,000 against about 1,100 on the same day
    pairs = book.claim_pairs[book.claim_pairs["quantity_id"] == casualties["quantity_id"]]
    values = {frozenset((pair.value_a, pair.value_b)) for pair in pairs.itertuples()}
    assert frozenset((3000.0, 1100.0)) in values
    pair = pairs[pairs["value_a"].isin([3000.0, 1100.0]) & pairs["value_b"].isin([3000.0, 1100.0])].iloc[0]
    assert {pair["speaker_a"], pair["speaker_b"]} == {"Defence Intelligence of Ukraine", "National Intelligence Service (South Korea)"}
    assert "put the number at about 1,100" in pair["sentence_a"]


def test_one_source_makes_a_single_source_quantity(extract_text):
    tables = extract_text("The NIS said three North Korean generals were among them.")
    generals = tables.extra["quantities"].set_index("quantity_id").loc["north-korean-generals:deployed:russia"]
    assert generals["status"] == SINGLE_SOURCE
    assert generals["n_claims"] == 1


def test_qualifiers_bound_the_values_a_claim_allows():
    assert interval(3000, None, "at_least") == (3000, math.inf)
    assert interval(10000, None, "at_most") == (0.0, 10000)
    assert interval(10000, 12000.0, "range") == (10000, 12000.0)
    low, high = interval(12000, None, "approximately")
    assert (round(low), round(high)) == (10800, 13200)


def test_quantity_ids_are_readable_and_stable():
    assert quantity_id("North Korean troops", "deployed", "Kursk region") == KURSK
    assert quantity_id("Ukrainian-held territory", "held", "") == "ukrainian-held-territory:held:anywhere"


def test_the_seed_cases_of_the_issue(seed_tables):
    figures = seed_tables.figures
    quantities = seed_tables.extra["quantities"].set_index("quantity_id")

    def of(doc_prefix: str, text: str) -> str:
        rows = figures[figures["doc_id"].str.startswith(doc_prefix) & (figures["text"] == text)]
        assert len(rows) == 1, (doc_prefix, text)
        return rows.iloc[0]["quantity_id"]

    kursk = {of("000", "around 8,000"), of("003", "8,000 North Korean troops"), of("003", "as many as 10,000"),
             of("002", "over 10,000 North Korean troops"), of("003", "11,000 North Korean troops")}
    assert kursk == {KURSK}
    assert quantities.loc[KURSK, "status"] == CHANGING
    whole = {of("000", "approximately 12,000 troops"), of("001", "approximately 12,000 North Korean soldiers"),
             of("003", "estimated 12,000 deployed troops")}
    assert whole == {RUSSIA}
    casualties = {of("004", "at least 30 North Korean soldiers"), of("004", "at least 30 soldiers")}
    assert len(casualties) == 1
    assert quantities.loc[casualties.pop(), ["n_sources", "status"]].tolist() == [2, CONSISTENT]
    territory = {of("000", "about 500 square miles"), of("004", "1,400 square kilometers"), of("004", "800 square kilometers")}
    assert territory == {TERRITORY}
    assert quantities.loc[TERRITORY, "status"] == CHANGING
    assert quantities.loc[TERRITORY, "high"] == 1400.0


def test_claims_in_different_units_are_compared_in_the_normalised_unit(build_corpus):
    folder = build_corpus({
        "aug": ("Ukraine seized about 500 square miles of the Kursk region in August, its military said.", "2024-08-20"),
        "dec": ("Ukraine now holds 800 square kilometers of the Kursk region, the General Staff said.", "2024-12-20"),
    })
    territory = quantity(ledger(extract(folder)), TERRITORY)
    assert territory["unit_norm"] == "km2"
    assert (territory["low"], territory["high"]) == (800.0, pytest.approx(1294.994))  # 500 sq mi = 1,295 km2
    assert (territory["latest_value"], territory["status"]) == (800.0, CHANGING)
