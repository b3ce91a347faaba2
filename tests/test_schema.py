"""schema.py: the tables' columns and allowed values (ANNOTATION.md), and validation that refuses bad rows."""
from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from kursk_research import schema


def test_allowed_values_are_those_of_the_guidelines():
    assert set(schema.QUALIFIERS) == {"exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"}
    assert set(schema.CATEGORIES) == {"personnel", "casualties", "weapons", "territory", "units", "money", "other"}
    assert set(schema.SPEAKER_TYPES) == {"person", "organisation", "government", "group", "media"}
    assert set(schema.KINDS) == {"direct", "indirect", "according_to"}
    assert set(schema.GRANULARITIES) == {"day", "week", "month", "season", "year", "open"}
    assert set(schema.SEVERITIES) == {"error", "warning"}


@pytest.mark.parametrize("table, identifier", [("figures", "figure_id"), ("attributions", "attribution_id"), ("events", "event_id")])
def test_claim_tables_lead_with_their_id_then_the_span(table, identifier):
    columns = schema.columns(table)
    assert columns[:6] == [identifier, "doc_id", "sentence_id", "start", "end", "text"]
    assert len(columns) == len(set(columns))


@pytest.mark.parametrize("table, required", [
    ("figures", {"value", "value_high", "qualifier", "unit", "category", "value_norm", "unit_norm", "speaker", "attribution_id"}),
    ("attributions", {"cue", "cue_start", "cue_end", "speaker", "speaker_canonical", "speaker_type", "affiliation", "kind"}),
    ("events", {"date_start", "date_end", "granularity", "relative", "event", "attribution_ids", "figure_ids"}),
    ("documents", {"doc_id", "published", "anchor", "anchor_source", "sha256"}),
    ("problems", {"path", "line", "severity", "message"}),
])
def test_every_guideline_column_is_declared(table, required):
    assert required <= set(schema.columns(table))


def _figure(**changes) -> pd.DataFrame:
    row = {column: "" for column in schema.columns("figures")}
    row.update(figure_id="d:F001", doc_id="d", sentence_id=0, start=10, end=25, text="12,000 troops", value=12000.0,
               value_high=None, qualifier="exact", unit="troop", category="personnel", value_norm=12000.0, unit_norm="count")
    row.update(changes)
    return pd.DataFrame([row], columns=schema.columns("figures"))


def test_a_good_figure_validates():
    frame = schema.validate("figures", _figure())
    assert frame.loc[0, "value"] == 12000.0


@pytest.mark.parametrize("changes", [
    {"qualifier": "about"},
    {"category": "troops"},
    {"start": -1},
    {"start": 30, "end": 25},
    {"sentence_id": -2},
])
def test_a_bad_figure_is_refused(changes):
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("figures", _figure(**changes))


def test_duplicate_figure_ids_are_refused():
    frame = pd.concat([_figure(), _figure(start=40, end=50)], ignore_index=True)
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("figures", frame)


def _event(**changes) -> pd.DataFrame:
    row = {column: "" for column in schema.columns("events")}
    row.update(event_id="d:E001", doc_id="d", sentence_id=0, start=0, end=9, text="on Monday",
               date_start=pd.Timestamp("2024-11-04"), date_end=pd.Timestamp("2024-11-04"), granularity="day",
               relative=True, event="Troops arrived")
    row.update(changes)
    return pd.DataFrame([row], columns=schema.columns("events"))


def test_events_validate_and_may_lack_dates():
    schema.validate("events", _event())
    schema.validate("events", _event(date_start=pd.NaT, date_end=pd.NaT))


@pytest.mark.parametrize("changes", [
    {"date_start": pd.Timestamp("2024-11-05"), "date_end": pd.Timestamp("2024-11-04")},
    {"granularity": "fortnight"},
])
def test_a_bad_event_is_refused(changes):
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("events", _event(**changes))


def _attribution(**changes) -> pd.DataFrame:
    row = {column: "" for column in schema.columns("attributions")}
    row.update(attribution_id="d:A001", doc_id="d", sentence_id=0, start=20, end=40, text="that troops arrived",
               cue="said", cue_start=10, cue_end=14, speaker="Seoul", speaker_start=0, speaker_end=5,
               speaker_canonical="South Korea", speaker_type="government", affiliation="South Korea", kind="indirect")
    row.update(changes)
    return pd.DataFrame([row], columns=schema.columns("attributions"))


@pytest.mark.parametrize("changes, ok", [
    ({}, True),
    ({"kind": "quote"}, False),
    ({"speaker_type": "state"}, False),
    ({"cue_start": -3}, False),
])
def test_attributions(changes, ok):
    if ok:
        schema.validate("attributions", _attribution(**changes))
    else:
        with pytest.raises(pandera.errors.SchemaErrors):
            schema.validate("attributions", _attribution(**changes))


def test_strict_tables_refuse_unknown_columns():
    frame = _attribution()
    frame["mood"] = "angry"
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("attributions", frame)


def test_problems_may_have_no_line():
    frame = pd.DataFrame([{"path": "m.csv", "line": 3, "severity": "error", "message": "x"},
                          {"path": "a.txt", "line": None, "severity": "warning", "message": "y"}],
                         columns=schema.columns("problems"))
    checked = schema.validate("problems", frame)
    assert checked["line"].isna().tolist() == [False, True]
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("problems", frame.assign(severity="fatal"))


def test_the_extracted_tables_of_the_seeds_follow_the_schema(seed_tables):
    for name, frame in seed_tables.items():
        if name in schema.SCHEMAS:
            schema.validate(name, frame)


def test_a_frame_built_from_rows_has_the_dtypes_validation_gives():
    rows = [{"doc_id": "d", "sentence_id": 0, "start": 0, "end": 5, "text": "Hello", "kind": "body", "paragraph": 0}]
    frame = schema.frame("sentences", rows)
    assert list(frame.columns) == schema.columns("sentences")
    assert frame.dtypes.to_dict() == schema.validate("sentences", frame).dtypes.to_dict()
    assert frame.dtypes.to_dict() == schema.validate("sentences", pd.DataFrame(rows)).dtypes.to_dict()
    assert schema.frame("sentences", []).dtypes.to_dict() == frame.dtypes.to_dict()
