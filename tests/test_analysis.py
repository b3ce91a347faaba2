"""The reports' analysis (kursk_research.analysis), with exact values on small hand-built tables."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kursk_research import analysis
from kursk_research.analysis import DateWindow, ParameterError
from kursk_research.extract import Tables

T = pd.Timestamp
NAT = pd.NaT

TEXT_A = 'Blinken said on Friday that 8,000 troops arrived last week. "In August about 500 square miles were seized," he said.'
TEXT_B = "Over 10,000 soldiers came since 2023, according to US officials. A source said in spring thousands of troops came."


def _span(text: str, phrase: str, after: str = "") -> tuple[int, int]:
    """The span of the first occurrence of ``phrase`` in ``text`` (after the first occurrence of ``after``)."""
    start = text.index(phrase, text.index(after) if after else 0)
    return start, start + len(phrase)


def _columns(text: str, *phrases: str | tuple[str, str]) -> tuple[list[int], list[int]]:
    """The starts and the ends of the phrases (a phrase may be (phrase, after))."""
    spans = [_span(text, *((phrase,) if isinstance(phrase, str) else phrase)) for phrase in phrases]
    return [start for start, _ in spans], [end for _, end in spans]


def tiny_tables(folder: Path | None = None) -> Tables:
    """Two documents, four figures, five attributions, five events; the texts are written to ``folder`` if given."""
    texts = {"a": TEXT_A, "b": TEXT_B}
    paths = {doc_id: str(folder / f"{doc_id}.txt") if folder else f"{doc_id}.txt" for doc_id in texts}
    if folder:
        for doc_id, text in texts.items():
            Path(paths[doc_id]).write_text(text, encoding="utf-8")
    documents = pd.DataFrame({
        "doc_id": ["a", "b"], "path": [paths["a"], paths["b"]], "title": ["", "Soldiers"],
        "published": [T("2024-11-05"), T("2024-11-13")], "anchor": [T("2024-11-05"), T("2024-11-13")],
        "anchor_source": ["manifest", "manifest"], "outlet": ["", "Wire"], "url": ["", ""],
        "n_chars": [len(TEXT_A), len(TEXT_B)], "n_words": [len(TEXT_A.split()), len(TEXT_B.split())],
        "n_figures": [2, 2], "n_attributions": [3, 2], "n_events": [3, 2],
        "sha256": [hashlib.sha256(text.encode()).hexdigest() for text in texts.values()],
    })
    cut_a, cut_b = TEXT_A.index(". ") + 1, TEXT_B.index(". ") + 1
    sentences = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b"], "sentence_id": [0, 1, 0, 1],
        "start": [0, cut_a + 1, 0, cut_b + 1], "end": [cut_a, len(TEXT_A), cut_b, len(TEXT_B)],
        "text": [TEXT_A[:cut_a], TEXT_A[cut_a + 1:], TEXT_B[:cut_b], TEXT_B[cut_b + 1:]],
        "kind": ["body"] * 4, "paragraph": [0, 0, 0, 0],
    })
    figure_texts = ["8,000 troops", "about 500 square miles", "Over 10,000 soldiers", "thousands of troops"]
    figure_starts, figure_ends = (_columns(TEXT_A, *figure_texts[:2])[i] + _columns(TEXT_B, *figure_texts[2:])[i] for i in (0, 1))
    figures = pd.DataFrame({
        "figure_id": ["a:F001", "a:F002", "b:F001", "b:F002"], "doc_id": ["a", "a", "b", "b"], "sentence_id": [0, 1, 0, 1],
        "start": figure_starts, "end": figure_ends, "text": figure_texts,
        "value": [8000.0, 500.0, 10000.0, 1000.0], "value_high": [np.nan] * 4,
        "qualifier": ["exact", "approximately", "more_than", "vague"],
        "unit": ["troop", "square mile", "soldier", "troop"], "category": ["personnel", "territory", "personnel", "personnel"],
        "value_norm": [8000.0, 1294.994, 10000.0, 1000.0], "unit_norm": ["count", "km2", "count", "count"],
        "speaker": ["Antony Blinken", "Antony Blinken", "U.S. officials", ""],
        "attribution_id": ["a:A001", "a:A002", "b:A001", ""],
        "as_of": [T("2024-11-01"), T("2024-08-16"), T("2024-11-13"), T("2024-11-13")],
    })
    contents = ["8,000 troops arrived last week.", "In August about 500 square miles were seized,",
                "In August about 500 square miles were seized,", "Over 10,000 soldiers came since 2023",
                "in spring thousands of troops came."]
    content_a, content_b = _columns(TEXT_A, *contents[:3]), _columns(TEXT_B, *contents[3:])
    cue_a, cue_b = _columns(TEXT_A, "said", ("said", "he said"), ("said", "he said")), _columns(TEXT_B, "according to", "said")
    speaker_a, speaker_b = _columns(TEXT_A, "Blinken", ("he", "he said"), ("he", "he said")), _columns(TEXT_B, "US officials",
                                                                                                    "A source")
    attributions = pd.DataFrame({
        "attribution_id": ["a:A001", "a:A002", "a:A003", "b:A001", "b:A002"], "doc_id": ["a", "a", "a", "b", "b"],
        "sentence_id": [0, 1, 1, 0, 1], "start": content_a[0] + content_b[0], "end": content_a[1] + content_b[1],
        "text": contents, "cue": ["said", "said", "said", "according to", "said"],
        "cue_start": cue_a[0] + cue_b[0], "cue_end": cue_a[1] + cue_b[1],
        "speaker": ["Blinken", "he", "he", "US officials", "A source"],
        "speaker_start": speaker_a[0] + speaker_b[0], "speaker_end": speaker_a[1] + speaker_b[1],
        "speaker_canonical": ["Antony Blinken", "Antony Blinken", "Antony Blinken", "U.S. officials", "source"],
        "speaker_type": ["person", "person", "person", "group", "group"],
        "affiliation": ["United States", "United States", "United States", "United States", "independent"],
        "kind": ["indirect", "direct", "direct", "according_to", "indirect"],
    })
    expressions = ["on Friday", "last week", "In August", "since 2023", "in spring"]
    date_a, date_b = _columns(TEXT_A, *expressions[:3]), _columns(TEXT_B, *expressions[3:])
    events = pd.DataFrame({
        "event_id": ["a:E001", "a:E002", "a:E003", "b:E001", "b:E002"], "doc_id": ["a", "a", "a", "b", "b"],
        "sentence_id": [0, 0, 1, 0, 1], "start": date_a[0] + date_b[0], "end": date_a[1] + date_b[1], "text": expressions,
        "date_start": [T("2024-11-01"), T("2024-10-28"), T("2024-08-01"), T("2023-01-01"), NAT],
        "date_end": [T("2024-11-01"), T("2024-11-03"), T("2024-08-31"), T("2024-11-13"), NAT],
        "granularity": ["day", "week", "month", "open", "season"], "relative": [True, True, True, True, False],
        "event": ["Blinken said that 8,000 troops arrived", "8,000 troops arrived",
                  "About 500 square miles were seized", "Over 10,000 soldiers came", "A source said troops came"],
        "attribution_ids": ["a:A001", "", "a:A002", "", ""],
        "figure_ids": ["a:F001", "a:F001", "a:F002", "b:F001", ""],
    })
    problems = pd.DataFrame({"path": [], "line": [], "severity": [], "message": []})
    return Tables(documents, sentences, figures, attributions, events, problems)


@pytest.fixture
def tables() -> Tables:
    return tiny_tables()


@pytest.fixture
def settings() -> analysis.ReportSettings:
    return analysis.ReportSettings("figures", Path("out/figures"), DateWindow())


# --- Parameters -----------------------------------------------------------------------------------

def test_check_date_reads_iso_dates_and_dates():
    assert analysis.check_date("date_from", None) is None
    assert analysis.check_date("date_from", "2024-11-05") == T("2024-11-05")
    assert analysis.check_date("date_to", date(2024, 11, 5)) == T("2024-11-05")


@pytest.mark.parametrize("value", ["2024-13-01", "5 November 2024", 20241105, "2024-11-05T10:00", ""])
def test_check_date_names_the_parameter_of_a_bad_value(value):
    with pytest.raises(ParameterError, match="parameter 'date_to'") as error:
        analysis.check_date("date_to", value)
    assert error.value.name == "date_to"


def test_check_window_refuses_a_start_after_the_end():
    assert analysis.check_window("2024-10-01", None) == DateWindow(T("2024-10-01"), None)
    with pytest.raises(ParameterError, match="'date_from': 2024-12-01 is after date_to 2024-10-01"):
        analysis.check_window("2024-12-01", "2024-10-01")


def test_check_choice_suggests_close_matches():
    assert analysis.check_choice("category", None, ["personnel"]) is None
    assert analysis.check_choice("category", "weapons", ["personnel", "weapons"]) == "weapons"
    with pytest.raises(ParameterError, match="parameter 'category': 'weapon' .* did you mean weapons"):
        analysis.check_choice("category", "weapon", ["personnel", "weapons"])
    with pytest.raises(ParameterError, match="expected one of: personnel, weapons"):
        analysis.check_choice("category", "zzz", ["weapons", "personnel"])


def test_check_corpus_dir(tmp_path):
    with pytest.raises(ParameterError, match="'corpus_dir': .* is not a folder"):
        analysis.check_corpus_dir(tmp_path / "missing")
    with pytest.raises(ParameterError, match="holds no .txt article"):
        analysis.check_corpus_dir(tmp_path)
    with pytest.raises(ParameterError, match="expected a folder path, got 3"):
        analysis.check_corpus_dir(3)
    (tmp_path / "x.txt").write_text("text")
    assert analysis.check_corpus_dir(str(tmp_path)) == tmp_path


def test_check_parameters_against_the_corpus(tables):
    settings = analysis.check_parameters("attributions", tables, "out", date_from="2024-11-01", speaker="Antony Blinken",
                                         affiliation="United States")
    assert settings == analysis.ReportSettings("attributions", Path("out/attributions"), DateWindow(T("2024-11-01"), None),
                                               speaker="Antony Blinken", affiliation="United States")
    with pytest.raises(ParameterError, match="parameter 'speaker': 'Blinken'"):
        analysis.check_parameters("attributions", tables, "out", speaker="Blinken")
    with pytest.raises(ParameterError, match="parameter 'category'"):
        analysis.check_parameters("figures", tables, "out", category="troops")
    with pytest.raises(ParameterError, match="parameter 'doc_id': 'c'"):
        analysis.check_parameters("overview", tables, "out", doc_id="c")
    with pytest.raises(ParameterError, match="parameter 'out_dir'"):
        analysis.check_parameters("figures", tables, None)
    with pytest.raises(ValueError, match="unknown report 'ledger'"):
        analysis.check_parameters("ledger", tables, "out")


def test_open_report_extracts_and_creates_the_output_folder(build_corpus, tmp_path):
    corpus = build_corpus({"doc": ("Zelensky said on Monday that 11,000 North Korean troops are in Kursk.", "2024-11-05")})
    tables, settings = analysis.open_report("figures", corpus, tmp_path / "out", category="personnel")
    assert list(tables.documents["doc_id"]) == ["doc"]
    assert settings.category == "personnel" and (tmp_path / "out" / "figures").is_dir()
    with pytest.raises(ParameterError, match="parameter 'date_from'"):
        analysis.open_report("figures", corpus, tmp_path / "out", date_from="yesterday")


def test_date_window():
    dates = pd.Series([T("2024-10-01"), T("2024-11-01"), NAT])
    assert DateWindow().contains(dates).tolist() == [True, True, True]
    assert DateWindow(T("2024-10-15"), None).contains(dates).tolist() == [False, True, False]
    starts, ends = pd.Series([T("2024-10-01"), T("2024-11-01")]), pd.Series([T("2024-10-31"), T("2024-11-01")])
    assert DateWindow(T("2024-10-31"), T("2024-10-31")).overlaps(starts, ends).tolist() == [True, False]
    assert str(DateWindow()) == "all dates"
    assert str(DateWindow(None, T("2024-12-01"))) == "the earliest date to 2024-12-01"


# --- Helpers --------------------------------------------------------------------------------------

def test_short_label_cuts_at_a_word():
    assert analysis.short_label("Blinken  said\nthat", 60) == "Blinken said that"
    assert analysis.short_label("The Pentagon announced that Ukraine would", 25) == "The Pentagon announced…"
    assert analysis.short_label("Supercalifragilistic", 10) == "Supercali…"


@pytest.mark.parametrize("start, end, expected", [
    ("2024-11-04", "2024-11-04", "2024-11-04"),
    ("2024-10-01", "2024-10-31", "2024-10"),
    ("2024-02-01", "2024-02-29", "2024-02"),
    ("2023-01-01", "2023-12-31", "2023"),
    ("2024-10-28", "2024-11-03", "2024-10-28 to 2024-11-03"),
])
def test_format_span(start, end, expected):
    assert analysis.format_span(T(start), T(end)) == expected


def test_format_span_of_an_unresolved_date():
    assert analysis.format_span(NAT, NAT) == "unresolved"


def test_document_labels(tables):
    assert analysis.document_labels(tables.documents).to_dict() == {"a": "a (2024-11-05)", "b": "b (2024-11-13)"}


def test_claim_dates_prefer_the_narrowest_event_and_skip_open_spans(tables):
    dates = analysis.claim_dates(tables.figures, "figure_id", tables).set_index("figure_id")
    assert dates["claim_date"].tolist() == [T("2024-11-01"), T("2024-08-16"), T("2024-11-13"), T("2024-11-13")]
    assert dates["claimed"].tolist() == ["2024-11-01", "2024-08", "2024-11-13", "2024-11-13"]
    assert dates["dated_by"].tolist() == ["on Friday", "In August", "publication date", "publication date"]
    assert dates.loc["a:F002", "claim_date_start"] == T("2024-08-01")
    assert dates.loc["a:F002", "claim_date_end"] == T("2024-08-31")


# --- Figures --------------------------------------------------------------------------------------

def test_figure_claims(tables):
    claims = analysis.figure_claims(tables)
    assert claims["figure_id"].tolist() == ["a:F002", "a:F001", "b:F001", "b:F002"]
    assert claims["claimant"].tolist() == ["Antony Blinken", "Antony Blinken", "U.S. officials", analysis.ARTICLE_VOICE]
    assert claims["affiliation"].tolist() == ["United States", "United States", "United States", analysis.UNATTRIBUTED]
    assert claims.loc[1, "sentence"] == "Blinken said on Friday that 8,000 troops arrived last week."


def test_select_figures_by_window_and_category(tables, settings):
    claims = analysis.figure_claims(tables)
    assert len(analysis.select_figures(claims, settings)) == 4
    chosen = analysis.ReportSettings("figures", Path("out"), DateWindow(T("2024-09-01"), T("2024-11-10")), category="personnel")
    assert analysis.select_figures(claims, chosen)["figure_id"].tolist() == ["a:F001"]


def test_claims_ledger_columns(tables):
    ledger = analysis.claims_ledger(analysis.figure_claims(tables))
    assert list(ledger.columns) == ["figure_id", "claimed", "dated_by", "claimant", "affiliation", "figure", "value",
                                    "value_high", "qualifier", "unit", "category", "value_norm", "unit_norm", "sentence"]
    assert ledger["figure"].tolist() == ["about 500 square miles", "8,000 troops", "Over 10,000 soldiers", "thousands of troops"]


def test_troop_and_category_claims(tables):
    claims = analysis.figure_claims(tables)
    assert analysis.troop_claims(claims)["figure_id"].tolist() == ["a:F001", "b:F001", "b:F002"]
    assert analysis.category_claims(claims, "territory")["figure_id"].tolist() == ["a:F002"]


def test_territory_table_marks_conversions(tables):
    territory = analysis.territory_table(analysis.figure_claims(tables))
    assert territory.to_dict("records") == [{
        "figure_id": "a:F002", "claimed": "2024-08", "claimant": "Antony Blinken", "figure": "about 500 square miles",
        "value": 500.0, "unit": "square mile", "value_norm": 1294.994, "unit_norm": "km2", "converted": True}]


def test_figure_kind_groups_troops_and_soldiers(tables):
    assert analysis.figure_kind(tables.figures).tolist() == [
        "personnel: troop", "territory: km2", "personnel: troop", "personnel: troop"]


def test_value_spread_and_divergent_values_leave_vague_figures_out(tables):
    claims = analysis.figure_claims(tables)
    spread = analysis.value_spread(claims)
    assert spread.to_dict("records") == [{"kind": "personnel: troop", "n_claims": 2, "n_claimants": 2, "n_documents": 2,
                                          "n_values": 2, "low": 8000.0, "high": 10000.0, "unit_norm": "count"}]
    divergent = analysis.divergent_values(claims)
    assert divergent[["figure_id", "value_norm", "claimant"]].values.tolist() == [
        ["a:F001", 8000.0, "Antony Blinken"], ["b:F001", 10000.0, "U.S. officials"]]


def test_figure_overview(tables):
    overview = analysis.figure_overview(analysis.figure_claims(tables))
    assert overview.to_dict("records") == [
        {"category": "personnel", "figures": 3, "credited to a source": 2, "claimants": 3, "documents": 2},
        {"category": "territory", "figures": 1, "credited to a source": 1, "claimants": 1, "documents": 1},
    ]


# --- The ledger's tables --------------------------------------------------------------------------

def _quantities() -> pd.DataFrame:
    return pd.DataFrame({
        "quantity_id": ["q1", "q2", "q3"], "subject": ["troops", "territory", "missiles"],
        "measure": ["deployed", "held", "supplied"], "location": ["Russia", "Kursk region", "Russia"],
        "category": ["personnel", "territory", "weapons"], "unit_norm": ["count", "km2", "count"],
        "n_claims": [2, 3, 1], "n_sources": [2, 2, 1], "n_documents": [2, 1, 1], "low": [8000.0, 800.0, 1000.0],
        "high": [10000.0, 1400.0, np.nan], "latest_value": [10000.0, 800.0, 1000.0],
        "latest_qualifier": ["more_than", "exact", "more_than"],
        "latest_date": [T("2024-11-13"), T("2024-12-16"), T("2024-11-05")], "latest_speaker": ["U.S. officials", "x", "y"],
        "latest_figure_id": ["b:F001", "c:F1", "d:F1"], "status": ["consistent", "divergent", "single source"],
    })


def test_quantities_table_lists_disagreements_first():
    table = analysis.quantities_table(_quantities())
    assert table["quantity_id"].tolist() == ["q2", "q1", "q3"]
    assert list(table.columns)[:3] == ["subject", "measure", "location"] and table.columns[-1] == "quantity_id"


def test_quantity_claims_keep_quantities_with_several_claims(tables):
    claims = analysis.figure_claims(tables).assign(quantity_id=["q2", "q1", "q1", "q3"])
    several = analysis.quantity_claims(claims, _quantities())
    assert several["figure_id"].tolist() == ["a:F002", "a:F001", "b:F001"]
    assert several["claim_date"].tolist() == [T("2024-08-16"), T("2024-11-01"), T("2024-11-13")]  # the ledger's as_of


def test_quantity_claims_leave_out_an_earlier_value_without_its_date(tables):
    claims = analysis.figure_claims(tables).assign(quantity_id=["q2", "q1", "q1", "q3"])
    claims.loc[claims["figure_id"] == "a:F001", "as_of"] = pd.NaT
    assert analysis.quantity_claims(claims, _quantities())["figure_id"].tolist() == ["a:F002", "b:F001"]


def test_divergent_claims_side_by_side():
    pairs = pd.DataFrame([{
        "quantity_id": "q2", "figure_id_a": "c:F1", "figure_id_b": "c:F2", "value_a": 800.0, "value_b": 1400.0,
        "qualifier_a": "exact", "qualifier_b": "exact", "speaker_a": "x", "speaker_b": "y",
        "date_a": T("2024-12-16"), "date_b": T("2024-12-16"), "doc_id_a": "c", "doc_id_b": "c",
        "sentence_a": "800 km2 held.", "sentence_b": "1,400 km2 before.",
    }])
    side_by_side = analysis.divergent_claims(pairs)
    assert list(side_by_side.columns) == ["quantity_id", "speaker_a", "value_a", "qualifier_a", "date_a", "sentence_a",
                                          "speaker_b", "value_b", "qualifier_b", "date_b", "sentence_b"]
    assert side_by_side.loc[0, "sentence_b"] == "1,400 km2 before."


# --- Attributions ---------------------------------------------------------------------------------

def test_source_class(tables):
    assert analysis.source_class(tables.attributions).tolist() == ["named", "named", "named", "group", "anonymous"]


def test_attribution_claims_carry_figures_and_dates(tables):
    claims = analysis.attribution_claims(tables).set_index("attribution_id")
    assert claims["figures"].to_dict() == {"a:A001": "8,000 troops", "a:A002": "about 500 square miles", "a:A003": "",
                                           "b:A001": "Over 10,000 soldiers", "b:A002": ""}
    assert claims["claimed"].to_dict() == {"a:A001": "2024-11-01", "a:A002": "2024-08", "a:A003": "2024-11-05",
                                           "b:A001": "2024-11-13", "b:A002": "2024-11-13"}


def test_select_attributions(tables):
    claims = analysis.attribution_claims(tables)
    settings = analysis.ReportSettings("attributions", Path("out"), DateWindow(T("2024-11-01"), None),
                                       affiliation="United States")
    assert analysis.select_attributions(claims, settings)["attribution_id"].tolist() == ["a:A001", "a:A003", "b:A001"]


def test_citation_counts(tables):
    counts = analysis.citation_counts(analysis.attribution_claims(tables))
    assert counts.to_dict("records") == [
        {"speaker": "Antony Blinken", "affiliation": "United States", "speaker_type": "person", "direct": 2, "indirect": 1,
         "according_to": 0, "total": 3, "documents": 1},
        {"speaker": "U.S. officials", "affiliation": "United States", "speaker_type": "group", "direct": 0, "indirect": 0,
         "according_to": 1, "total": 1, "documents": 1},
        {"speaker": "source", "affiliation": "independent", "speaker_type": "group", "direct": 0, "indirect": 1,
         "according_to": 0, "total": 1, "documents": 1},
    ]


def test_speaker_document_matrix(tables):
    matrix = analysis.speaker_document_matrix(analysis.attribution_claims(tables))
    assert matrix.index.tolist() == ["Antony Blinken", "U.S. officials", "source"]
    assert matrix.to_numpy().tolist() == [[3, 0], [0, 1], [0, 1]]


def test_source_mix(tables):
    mix = analysis.source_mix(analysis.attribution_claims(tables))
    assert mix.to_dict("records") == [
        {"doc_id": "a", "named": 3, "group": 0, "anonymous": 0, "total": 3, "share_named": 1.0, "share_group": 0.0,
         "share_anonymous": 0.0},
        {"doc_id": "b", "named": 0, "group": 1, "anonymous": 1, "total": 2, "share_named": 0.0, "share_group": 0.5,
         "share_anonymous": 0.5},
    ]


def test_speaker_claims_and_quotes(tables):
    claims = analysis.attribution_claims(tables)
    statements = analysis.speaker_claims(claims)
    assert statements[["speaker", "claimed", "figures"]].values.tolist() == [
        ["Antony Blinken", "2024-08", "about 500 square miles"], ["Antony Blinken", "2024-11-01", "8,000 troops"],
        ["Antony Blinken", "2024-11-05", ""], ["U.S. officials", "2024-11-13", "Over 10,000 soldiers"],
        ["source", "2024-11-13", ""]]
    assert analysis.quotes(claims)["attribution_id"].tolist() == ["a:A002", "a:A003"]


def test_attribution_overview(tables):
    overview = analysis.attribution_overview(analysis.attribution_claims(tables))
    assert dict(overview.values.tolist()) == {
        "attributions": 5, "speakers": 3, "documents": 2, "kind: direct": 2, "kind: indirect": 2, "kind: according_to": 1,
        "source: named": 3, "source: group": 1, "source: anonymous": 1, "statements crediting a figure": 3}


# --- Chronology -----------------------------------------------------------------------------------

def test_timeline_sorts_by_date_and_measures_the_lag(tables):
    frame = analysis.timeline(tables)
    assert frame["event_id"].tolist() == ["b:E001", "a:E003", "a:E002", "a:E001", "b:E002"]
    assert frame["when"].tolist() == ["2023-01-01 to 2024-11-13", "2024-08", "2024-10-28 to 2024-11-03", "2024-11-01",
                                      "unresolved"]
    assert frame["lag_days"].tolist() == [pd.NA, 66, 2, 4, pd.NA]


def test_timeline_lag_of_a_span_running_past_publication_and_of_a_forward_date(tables):
    events = tables.events.copy()
    events.loc[0, ["date_start", "date_end", "granularity"]] = [T("2024-11-01"), T("2024-11-30"), "month"]
    events.loc[1, ["date_start", "date_end"]] = [T("2024-11-20"), T("2024-11-20")]
    frame = analysis.timeline(Tables(tables.documents, tables.sentences, tables.figures, tables.attributions, events,
                                     tables.problems)).set_index("event_id")
    assert frame.loc["a:E001", "lag_days"] == 0
    assert frame.loc["a:E002", "lag_days"] == -15


def test_select_events_by_window_and_affiliation(tables):
    frame = analysis.timeline(tables)
    window = analysis.ReportSettings("chronology", Path("out"), DateWindow(T("2024-11-02"), None))
    assert analysis.select_events(frame, tables, window)["event_id"].tolist() == ["b:E001", "a:E002"]
    affiliation = analysis.ReportSettings("chronology", Path("out"), DateWindow(), affiliation="United States")
    assert analysis.select_events(frame, tables, affiliation)["event_id"].tolist() == ["b:E001", "a:E003", "a:E002", "a:E001"]


def test_dated_affiliations(tables):
    frame = analysis.timeline(tables)
    assert analysis.dated_affiliations(frame, tables).tolist() == [
        frozenset({"United States"}), frozenset({"United States"}), frozenset({"United States"}),
        frozenset({"United States"}), frozenset()]


def test_chronology_table_and_reporting_lag(tables):
    frame = analysis.timeline(tables)
    assert list(analysis.chronology_table(frame).columns) == [
        "when", "granularity", "expression", "event", "doc_id", "published", "lag_days", "event_id"]
    lag = analysis.reporting_lag(frame)
    assert lag.to_dict("records") == [{"doc_id": "a", "published": T("2024-11-05"), "n_events": 3, "min_lag_days": 2,
                                       "median_lag_days": 4.0, "max_lag_days": 66}]


def test_unresolved_expressions(tables):
    unresolved = analysis.unresolved_expressions(tables)
    assert unresolved.to_dict("records") == [{"doc_id": "b", "event_id": "b:E002", "expression": "in spring",
                                              "granularity": "season", "sentence": "A source said in spring thousands of troops came."}]


def test_event_overview(tables):
    overview = analysis.event_overview(analysis.timeline(tables))
    assert overview.to_dict("records") == [
        {"granularity": "day", "events": 1, "relative": 1, "documents": 1},
        {"granularity": "week", "events": 1, "relative": 1, "documents": 1},
        {"granularity": "month", "events": 1, "relative": 1, "documents": 1},
        {"granularity": "season", "events": 1, "relative": 0, "documents": 1},
        {"granularity": "open", "events": 1, "relative": 1, "documents": 1},
    ]


# --- Overview -------------------------------------------------------------------------------------

def test_corpus_summary(tables):
    assert dict(analysis.corpus_summary(tables).values.tolist()) == {
        "documents": "2", "first publication": "2024-11-05", "last publication": "2024-11-13", "words": "39",
        "sentences": "4", "figures": "4", "attributions": "5", "speakers": "3", "events": "5", "input problems": "0"}


def test_documents_table_and_featured_document(tables, settings):
    documents = analysis.documents_table(tables, DateWindow(T("2024-11-10"), None))
    assert documents[["doc_id", "published", "figures"]].values.tolist() == [["b", "2024-11-13", 2]]
    assert analysis.featured_document(tables, settings) == "a"
    assert analysis.featured_document(tables, analysis.ReportSettings("overview", Path("o"), DateWindow(), doc_id="b")) == "b"
    empty = analysis.ReportSettings("overview", Path("o"), DateWindow(T("2025-01-01"), None))
    with pytest.raises(ParameterError, match="parameter 'date_from': no document is published"):
        analysis.featured_document(tables, empty)
