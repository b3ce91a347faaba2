"""The tables' columns, dtypes and allowed values, declared once (pandera), and validated before any
table leaves the package. ``COLUMNS`` gives each table's column order."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

QUALIFIERS = ("exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague")
CATEGORIES = ("personnel", "casualties", "weapons", "territory", "units", "money", "other")
SPEAKER_TYPES = ("person", "organisation", "government", "group", "media")
KINDS = ("direct", "indirect", "according_to")
GRANULARITIES = ("day", "week", "month", "season", "year", "open")
ANCHOR_SOURCES = ("manifest", "inferred", "none")
SENTENCE_KINDS = ("body", "headline", "furniture")
SEVERITIES = ("error", "warning")
STATUSES = ("single source", "consistent", "divergent", "changing")


class _Span(pa.DataFrameModel):
    doc_id: Series[str]
    sentence_id: Series[int] = pa.Field(ge=0)
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(ge=0)
    text: Series[str]

    @pa.dataframe_check
    def span_is_ordered(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["end"] >= frame["start"]


class Documents(pa.DataFrameModel):
    """One row per article; further manifest columns follow these, as strings."""

    doc_id: Series[str] = pa.Field(unique=True)
    path: Series[str]
    title: Series[str]
    published: Series[pa.DateTime] = pa.Field(nullable=True)
    anchor: Series[pa.DateTime] = pa.Field(nullable=True)
    anchor_source: Series[str] = pa.Field(isin=ANCHOR_SOURCES)
    outlet: Series[str]
    url: Series[str]
    n_chars: Series[int] = pa.Field(ge=0)
    n_words: Series[int] = pa.Field(ge=0)
    n_figures: Series[int] = pa.Field(ge=0)
    n_attributions: Series[int] = pa.Field(ge=0)
    n_events: Series[int] = pa.Field(ge=0)
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    class Config:
        coerce = True
        ordered = True


class Sentences(_Span):
    """One row per sentence, headline or line of page furniture."""

    kind: Series[str] = pa.Field(isin=SENTENCE_KINDS)
    paragraph: Series[int] = pa.Field(ge=0)

    class Config:
        coerce = True
        strict = True


class Figures(_Span):
    """One row per figure (ANNOTATION.md, Figures)."""

    figure_id: Series[str] = pa.Field(unique=True)
    value: Series[float]
    value_high: Series[float] = pa.Field(nullable=True)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    unit: Series[str]
    category: Series[str] = pa.Field(isin=CATEGORIES)
    value_norm: Series[float]
    unit_norm: Series[str]
    speaker: Series[str]
    attribution_id: Series[str]
    quantity_id: Series[str]
    subject: Series[str]
    measure: Series[str]
    location: Series[str]
    as_of: Series[pa.DateTime] = pa.Field(nullable=True)

    class Config:
        coerce = True
        strict = True


class Attributions(_Span):
    """One row per statement credited to a source (ANNOTATION.md, Attributions)."""

    attribution_id: Series[str] = pa.Field(unique=True)
    cue: Series[str]
    cue_start: Series[int] = pa.Field(ge=0)
    cue_end: Series[int] = pa.Field(ge=0)
    speaker: Series[str]
    speaker_start: Series[int] = pa.Field(ge=0)
    speaker_end: Series[int] = pa.Field(ge=0)
    speaker_canonical: Series[str]
    speaker_type: Series[str] = pa.Field(isin=SPEAKER_TYPES)
    affiliation: Series[str]
    kind: Series[str] = pa.Field(isin=KINDS)

    class Config:
        coerce = True
        strict = True


class Events(_Span):
    """One row per temporal expression, with its dates and the claims of its clause."""

    event_id: Series[str] = pa.Field(unique=True)
    date_start: Series[pa.DateTime] = pa.Field(nullable=True)
    date_end: Series[pa.DateTime] = pa.Field(nullable=True)
    granularity: Series[str] = pa.Field(isin=GRANULARITIES)
    relative: Series[bool]
    event: Series[str]
    attribution_ids: Series[str]
    figure_ids: Series[str]

    @pa.dataframe_check
    def dates_are_ordered(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["date_start"].isna() | frame["date_end"].isna() | (frame["date_end"] >= frame["date_start"])

    class Config:
        coerce = True
        strict = True


class Quantities(pa.DataFrameModel):
    """One row per quantity of the ledger (figures that measure the same thing)."""

    quantity_id: Series[str] = pa.Field(unique=True)
    subject: Series[str]
    measure: Series[str]
    location: Series[str]
    category: Series[str] = pa.Field(isin=CATEGORIES)
    unit_norm: Series[str]
    n_claims: Series[int] = pa.Field(ge=1)
    n_sources: Series[int] = pa.Field(ge=1)
    n_documents: Series[int] = pa.Field(ge=1)
    low: Series[float] = pa.Field(nullable=True)
    high: Series[float] = pa.Field(nullable=True)
    latest_value: Series[float]
    latest_qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    latest_date: Series[pa.DateTime] = pa.Field(nullable=True)
    latest_speaker: Series[str]
    latest_figure_id: Series[str]
    status: Series[str] = pa.Field(isin=STATUSES)

    class Config:
        coerce = True
        strict = True
        ordered = True


class ClaimPairs(pa.DataFrameModel):
    """Two claims of one divergent quantity that cannot both be true."""

    quantity_id: Series[str]
    figure_id_a: Series[str]
    figure_id_b: Series[str]
    value_a: Series[float]
    value_b: Series[float]
    qualifier_a: Series[str] = pa.Field(isin=QUALIFIERS)
    qualifier_b: Series[str] = pa.Field(isin=QUALIFIERS)
    speaker_a: Series[str]
    speaker_b: Series[str]
    date_a: Series[pa.DateTime] = pa.Field(nullable=True)
    date_b: Series[pa.DateTime] = pa.Field(nullable=True)
    doc_id_a: Series[str]
    doc_id_b: Series[str]
    sentence_a: Series[str]
    sentence_b: Series[str]

    class Config:
        coerce = True
        strict = True
        ordered = True


class Problems(pa.DataFrameModel):
    """What was wrong with the input."""

    path: Series[str]
    line: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    severity: Series[str] = pa.Field(isin=SEVERITIES)
    message: Series[str]

    class Config:
        coerce = True
        strict = True
        ordered = True


SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "sentences": Sentences,
    "figures": Figures,
    "attributions": Attributions,
    "events": Events,
    "quantities": Quantities,
    "claim_pairs": ClaimPairs,
    "problems": Problems,
}


_PANDAS_DTYPES = {"string[pyarrow]": "str"}  # pandas's own string dtype, as validation gives it

#: Each claim table's id column, which leads its columns.
ID_COLUMNS = {"figures": "figure_id", "attributions": "attribution_id", "events": "event_id"}


def columns(table: str) -> list[str]:
    """A table's declared columns, in order: its id first, then the span, then the rest."""
    names = list(SCHEMAS[table].to_schema().columns)
    identifier = ID_COLUMNS.get(table)
    return [identifier, *(name for name in names if name != identifier)] if identifier else names


def frame(table: str, rows: list[dict], names: list[str] | None = None) -> pd.DataFrame:
    """A table built from row dicts, each declared column in its declared dtype, so that
    validating it converts nothing; ``names`` picks and orders the columns (all by default)."""
    declared = SCHEMAS[table].to_schema().columns
    data = {}
    for name in names or columns(table):
        dtype = str(declared[name].dtype) if name in declared else None
        data[name] = pd.Series([row[name] for row in rows], dtype=_PANDAS_DTYPES.get(dtype, dtype))
    return pd.DataFrame(data)


def validate(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` checked against (and coerced to) its table's schema; raises on any violation."""
    return SCHEMAS[table].validate(frame, lazy=True)
