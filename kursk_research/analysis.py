"""The reports' analysis: the report parameters, and the tables the notebooks show.

Every function takes the extracted tables (or frames derived from them) and returns a new frame
with named columns, so that the notebooks only call, show and narrate. A claim (a figure or an
attribution) is dated by the event its clause carries (the narrowest one, if several; open spans
such as ``since 2023`` do not date a claim) or else by its document's publication date.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pandas as pd

from . import schema
from .extract import Tables, extract
from .ledger import CHANGING, CONSISTENT, DIVERGENT, SINGLE_SOURCE, Ledger, ledger

#: The claimant and affiliation of a figure the article states in its own voice.
ARTICLE_VOICE = "the article itself"
UNATTRIBUTED = "unattributed"
#: The units that count troops, in the charts of troop numbers.
TROOP_UNITS = ("troop", "soldier")
#: Units that count the same thing, for comparing values across sources.
UNIT_FAMILIES = {"soldier": "troop"}
#: How a statement was credited, in the order the reports show them.
KIND_ORDER = ("direct", "indirect", "according_to")
#: The classes of a source: named, a group (officials, analysts), anonymous (one unnamed person).
SOURCE_CLASSES = ("named", "group", "anonymous")
REPORTS = ("overview", "figures", "attributions", "chronology")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INDEFINITE = re.compile(r"^(an?)\s", re.IGNORECASE)


# --- Parameters -----------------------------------------------------------------------------------

class ParameterError(ValueError):
    """A report parameter with a bad value; the message names the parameter."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"parameter {name!r}: {problem}")
        self.name = name


@dataclass(frozen=True)
class DateWindow:
    """An inclusive window of dates; a missing bound is open."""

    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None

    def contains(self, dates: pd.Series) -> pd.Series:
        """Whether each date lies in the window (an unknown date only when the window is open)."""
        inside = pd.Series(True, index=dates.index)
        if self.start is not None:
            inside &= dates >= self.start
        if self.end is not None:
            inside &= dates <= self.end
        return inside.fillna(False).astype(bool)

    def overlaps(self, starts: pd.Series, ends: pd.Series) -> pd.Series:
        """Whether each span [start, end] shares a day with the window."""
        inside = pd.Series(True, index=starts.index)
        if self.start is not None:
            inside &= ends >= self.start
        if self.end is not None:
            inside &= starts <= self.end
        return inside.fillna(False).astype(bool)

    def __str__(self) -> str:
        if self.start is None and self.end is None:
            return "all dates"
        start = f"{self.start:%Y-%m-%d}" if self.start is not None else "the earliest date"
        end = f"{self.end:%Y-%m-%d}" if self.end is not None else "the latest date"
        return f"{start} to {end}"


@dataclass(frozen=True)
class ReportSettings:
    """A report's checked parameters."""

    report: str
    out_dir: Path
    window: DateWindow
    category: str | None = None
    speaker: str | None = None
    affiliation: str | None = None
    doc_id: str | None = None


def check_date(name: str, value: object) -> pd.Timestamp | None:
    """A ``YYYY-MM-DD`` parameter (or a date) as a timestamp; None stays None."""
    if value is None:
        return None
    if isinstance(value, date):
        return pd.Timestamp(value).normalize()
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ParameterError(name, f"expected a date as YYYY-MM-DD or None, got {value!r}")
    try:
        return pd.Timestamp(value)
    except ValueError:
        raise ParameterError(name, f"{value!r} is not a calendar date") from None


def check_window(date_from: object, date_to: object) -> DateWindow:
    """The window the ``date_from`` and ``date_to`` parameters give."""
    window = DateWindow(check_date("date_from", date_from), check_date("date_to", date_to))
    if window.start is not None and window.end is not None and window.start > window.end:
        raise ParameterError("date_from", f"{window.start:%Y-%m-%d} is after date_to {window.end:%Y-%m-%d}")
    return window


def check_choice(name: str, value: object, allowed: Iterable[str]) -> str | None:
    """``value`` if it is one of ``allowed`` (None means no choice); else an error listing them."""
    if value is None:
        return None
    choices = sorted(set(allowed))
    if value not in choices:
        close = difflib.get_close_matches(str(value), choices, n=3)
        hint = f"did you mean {', '.join(close)}?" if close else f"expected one of: {', '.join(choices) or '(none)'}"
        raise ParameterError(name, f"{value!r} is not in this corpus or not allowed; {hint}")
    return value


def check_corpus_dir(value: object) -> Path:
    """The ``corpus_dir`` parameter as an existing folder of ``.txt`` articles."""
    if not isinstance(value, (str, Path)) or not str(value):
        raise ParameterError("corpus_dir", f"expected a folder path, got {value!r}")
    folder = Path(value)
    if not folder.is_dir():
        raise ParameterError("corpus_dir", f"{str(value)!r} is not a folder")
    if not any(folder.glob("*.txt")):
        raise ParameterError("corpus_dir", f"{str(value)!r} holds no .txt article")
    return folder


def check_parameters(report: str, tables: Tables, out_dir: object, date_from: object = None, date_to: object = None,
                     category: object = None, speaker: object = None, affiliation: object = None,
                     doc_id: object = None) -> ReportSettings:
    """A report's parameters checked against the corpus: raises :class:`ParameterError` naming a bad one."""
    if report not in REPORTS:
        raise ValueError(f"unknown report {report!r}; expected one of {', '.join(REPORTS)}")
    if not isinstance(out_dir, (str, Path)) or not str(out_dir):
        raise ParameterError("out_dir", f"expected a folder path, got {out_dir!r}")
    speakers = set(tables.attributions["speaker_canonical"])
    affiliations = set(tables.attributions["affiliation"]) | {UNATTRIBUTED}
    return ReportSettings(
        report=report,
        out_dir=Path(out_dir) / report,
        window=check_window(date_from, date_to),
        category=check_choice("category", category, schema.CATEGORIES),
        speaker=check_choice("speaker", speaker, speakers),
        affiliation=check_choice("affiliation", affiliation, affiliations),
        doc_id=check_choice("doc_id", doc_id, tables.documents["doc_id"]),
    )


def open_report(report: str, corpus_dir: object, out_dir: object, **parameters: object) -> tuple[Tables, ReportSettings]:
    """The tables of ``corpus_dir`` and the report's checked parameters; creates the report's output folder."""
    tables = extract(check_corpus_dir(corpus_dir))
    settings = check_parameters(report, tables, out_dir, **parameters)
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    return tables, settings


# --- Shared helpers -------------------------------------------------------------------------------

def short_label(text: str, width: int = 60) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters, with an ellipsis."""
    line = " ".join(str(text).split())
    if len(line) <= width:
        return line
    cut = line[: width - 1].rsplit(" ", 1)[0] if " " in line[: width - 1] else line[: width - 1]
    return cut.rstrip(",;:") + "…"


def document_labels(documents: pd.DataFrame) -> pd.Series:
    """Each document's label for charts and tables (doc_id and publication date), indexed by doc_id."""
    dates = documents["anchor"].dt.strftime("%Y-%m-%d").fillna("undated")
    return pd.Series((documents["doc_id"] + " (" + dates + ")").to_numpy(), index=documents["doc_id"].to_numpy())


def format_span(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """A date span in words a reader scans: a day, a calendar month, a year, or from-to."""
    if pd.isna(start):
        return "unresolved"
    if start == end:
        return f"{start:%Y-%m-%d}"
    if start.day == 1 and end == start + pd.offsets.MonthEnd(0):
        return f"{start:%Y-%m}"
    if start.month == 1 and start.day == 1 and end == start + pd.offsets.YearEnd(0):
        return f"{start:%Y}"
    return f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"


def _sentences(tables: Tables) -> pd.DataFrame:
    return tables.sentences[["doc_id", "sentence_id", "text"]].rename(columns={"text": "sentence"})


def claim_dates(claims: pd.DataFrame, id_column: str, tables: Tables) -> pd.DataFrame:
    """When each claim was made: the narrowest resolved event its clause carries, else the publication date.

    Returns one row per claim id with ``claim_date`` (the span's middle day, for charts),
    ``claim_date_start``, ``claim_date_end``, ``claimed`` (the span in words) and ``dated_by``
    (the temporal expression, or ``publication date``).
    """
    events = tables.events
    usable = events[(events["granularity"] != "open") & events["date_start"].notna()]
    dating = usable.assign(claim_id=usable[id_column.replace("_id", "_ids")].str.split(";")).explode("claim_id")
    dating = dating[dating["claim_id"] != ""]
    dating = (dating.assign(span=dating["date_end"] - dating["date_start"])
              .sort_values(["claim_id", "span", "event_id"]).drop_duplicates("claim_id")
              .set_index("claim_id"))
    anchors = tables.documents.set_index("doc_id")["anchor"]
    ids = claims[id_column]
    dated = ids.isin(dating.index)
    start = ids.map(dating["date_start"]).where(dated, claims["doc_id"].map(anchors))
    end = ids.map(dating["date_end"]).where(dated, claims["doc_id"].map(anchors))
    result = pd.DataFrame({
        id_column: ids,
        "claim_date_start": pd.to_datetime(start),
        "claim_date_end": pd.to_datetime(end),
        "dated_by": ids.map(dating["text"]).where(dated, "publication date"),
    })
    result["claim_date"] = (result["claim_date_start"] + (result["claim_date_end"] - result["claim_date_start"]) / 2).dt.floor("D")
    result["claimed"] = [format_span(s, e) for s, e in zip(result["claim_date_start"], result["claim_date_end"])]
    return result.reset_index(drop=True)


def _dated_in_context(claims: pd.DataFrame, id_column: str, tables: Tables) -> pd.DataFrame:
    """``claims`` with their claim dates (see :func:`claim_dates`) and the sentence each stands in."""
    claims = claims.merge(claim_dates(claims, id_column, tables), on=id_column, how="left")
    return claims.merge(_sentences(tables), on=["doc_id", "sentence_id"], how="left")


# --- Figures --------------------------------------------------------------------------------------

def figure_claims(tables: Tables) -> pd.DataFrame:
    """Every figure with its claimant, affiliation, the date the claim was made and its sentence."""
    figures = tables.figures
    affiliations = tables.attributions.set_index("attribution_id")["affiliation"]
    attributed = figures["attribution_id"] != ""
    claims = figures.assign(
        claimant=figures["speaker"].where(attributed, ARTICLE_VOICE),
        affiliation=figures["attribution_id"].map(affiliations).where(attributed, UNATTRIBUTED),
    )
    return _dated_in_context(claims, "figure_id", tables).sort_values(["claim_date", "doc_id", "start"], kind="stable").reset_index(drop=True)


def select_figures(claims: pd.DataFrame, settings: ReportSettings) -> pd.DataFrame:
    """The figure claims in the report's date window and category."""
    keep = settings.window.contains(claims["claim_date"])
    if settings.category is not None:
        keep &= claims["category"] == settings.category
    return claims[keep].reset_index(drop=True)


#: The order the ledger's statuses are listed in: disagreements first.
STATUS_ORDER = (DIVERGENT, CHANGING, CONSISTENT, SINGLE_SOURCE)


def selection_ledger(tables: Tables, claims: pd.DataFrame) -> Ledger:
    """The cross-source ledger (:func:`kursk_research.ledger.ledger`) of the selected figure claims only."""
    return ledger(replace(tables, figures=tables.figures[tables.figures["figure_id"].isin(claims["figure_id"])]))


def quantities_table(quantities: pd.DataFrame) -> pd.DataFrame:
    """The ledger's quantities, disagreements first, then by number of claims: range, sources, latest claim, status."""
    rank = quantities["status"].map({status: i for i, status in enumerate(STATUS_ORDER)})
    ordered = quantities.assign(rank=rank).sort_values(["rank", "n_claims", "quantity_id"], ascending=[True, False, True],
                                                       kind="stable")
    return ordered[["subject", "measure", "location", "category", "unit_norm", "n_claims", "n_sources", "n_documents",
                    "low", "high", "latest_value", "latest_qualifier", "latest_date", "latest_speaker", "status",
                    "quantity_id"]].reset_index(drop=True)


def quantity_claims(claims: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """The figure claims of the quantities with more than one claim, placed at the date each speaks
    for (the ledger's ``as_of``), for their charts over time. An earlier value given without its
    date ("down from a peak of 1,300") has no place on a time axis and is left to the tables."""
    several = claims[claims["quantity_id"].isin(quantities.loc[quantities["n_claims"] > 1, "quantity_id"])]
    return several.assign(claim_date=several["as_of"]).dropna(subset=["claim_date"]).reset_index(drop=True)


def divergent_claims(claim_pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs of claims that disagree, side by side: who, what value, when, and the two sentences (the pairs'
    figure ids are in the ledger's own ``claim_pairs`` table)."""
    return claim_pairs[["quantity_id", "speaker_a", "value_a", "qualifier_a", "date_a", "sentence_a",
                        "speaker_b", "value_b", "qualifier_b", "date_b", "sentence_b"]].reset_index(drop=True)


LEDGER_COLUMNS = ["figure_id", "claimed", "dated_by", "claimant", "affiliation", "text", "value", "value_high",
                  "qualifier", "unit", "category", "value_norm", "unit_norm", "sentence"]


def claims_ledger(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims ledger: one row per figure (its id begins with its document's), in the order the claims were made."""
    return claims[LEDGER_COLUMNS].rename(columns={"text": "figure"})


def troop_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The personnel figures that count troops or soldiers (not officers, generals or operatives)."""
    return claims[(claims["category"] == "personnel") & claims["unit"].isin(TROOP_UNITS)].reset_index(drop=True)


def category_claims(claims: pd.DataFrame, category: str) -> pd.DataFrame:
    """The figure claims of one category."""
    return claims[claims["category"] == category].reset_index(drop=True)


def territory_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The territory figures as stated and in km² or km, with whether a conversion was needed."""
    territory = category_claims(claims, "territory")
    converted = ~territory["unit"].isin(("square kilometer", "kilometer", "km2", "km", ""))
    return pd.DataFrame({
        "figure_id": territory["figure_id"],
        "claimed": territory["claimed"],
        "claimant": territory["claimant"],
        "figure": territory["text"],
        "value": territory["value"],
        "unit": territory["unit"],
        "value_norm": territory["value_norm"],
        "unit_norm": territory["unit_norm"],
        "converted": converted,
    })


def figure_kind(claims: pd.DataFrame) -> pd.Series:
    """What a figure counts, for comparing sources: category, normalised unit and the counted noun's family."""
    noun = claims["unit"].map(lambda unit: UNIT_FAMILIES.get(unit, unit)).replace("", "(no unit)")
    return claims["category"] + ": " + noun.where(claims["unit_norm"] == "count", claims["unit_norm"])


def value_spread(claims: pd.DataFrame) -> pd.DataFrame:
    """For each kind of figure stated with different values: how many claims, by how many sources, and the range.

    Vague magnitudes (``thousands of``) are left out: their value is a floor, not a number a source gave.
    """
    stated = claims[claims["qualifier"] != "vague"].assign(kind=figure_kind)
    highs = stated["value_high"].fillna(stated["value_norm"]).where(stated["unit_norm"] == "count", stated["value_norm"])
    stated = stated.assign(high=highs)
    grouped = stated.groupby("kind", sort=True)
    spread = pd.DataFrame({
        "n_claims": grouped.size(),
        "n_claimants": grouped["claimant"].nunique(),
        "n_documents": grouped["doc_id"].nunique(),
        "n_values": grouped["value_norm"].nunique(),
        "low": grouped["value_norm"].min(),
        "high": grouped["high"].max(),
        "unit_norm": grouped["unit_norm"].first(),
    }).reset_index()
    return spread[spread["n_values"] > 1].reset_index(drop=True)


def divergent_values(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims behind :func:`value_spread`: where sources give different values for the same kind of figure."""
    stated = claims[claims["qualifier"] != "vague"].assign(kind=figure_kind)
    divergent = stated[stated["kind"].isin(value_spread(claims)["kind"])]
    divergent = divergent.sort_values(["kind", "value_norm", "claim_date", "figure_id"], kind="stable")
    return divergent[["kind", "value_norm", "text", "claimant", "affiliation", "claimed", "doc_id", "figure_id", "sentence"]] \
        .rename(columns={"text": "figure"}).reset_index(drop=True)


# --- Attributions ---------------------------------------------------------------------------------

def source_class(attributions: pd.DataFrame) -> pd.Series:
    """``anonymous`` for one unnamed person (the text says "a …": a Ukrainian military source), ``group`` for the
    other group sources (officials, analysts), ``named`` for everyone else."""
    group = attributions["speaker_type"] == "group"
    anonymous = group & attributions["speaker"].str.match(_INDEFINITE)
    return pd.Series("named", index=attributions.index).mask(group, "group").mask(anonymous, "anonymous")


def attribution_claims(tables: Tables) -> pd.DataFrame:
    """Every attribution with its source class, the figures it credits, its date and its sentence."""
    attributions = tables.attributions
    figures = tables.figures[tables.figures["attribution_id"] != ""]
    credited = figures.groupby("attribution_id", sort=False)["text"].agg("; ".join)
    claims = attributions.assign(
        source_class=source_class(attributions),
        figures=attributions["attribution_id"].map(credited).fillna(""),
    )
    return _dated_in_context(claims, "attribution_id", tables).sort_values(["doc_id", "start", "attribution_id"], kind="stable").reset_index(drop=True)


def select_attributions(claims: pd.DataFrame, settings: ReportSettings) -> pd.DataFrame:
    """The attributions in the report's date window, of its speaker and affiliation."""
    keep = settings.window.contains(claims["claim_date"])
    if settings.speaker is not None:
        keep &= claims["speaker_canonical"] == settings.speaker
    if settings.affiliation is not None:
        keep &= claims["affiliation"] == settings.affiliation
    return claims[keep].reset_index(drop=True)


def citation_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """Who is cited, how often and how: one row per speaker and affiliation, most cited first.

    ``speaker_type`` is the type the speaker is given most often (the first in alphabetical order on a tie).
    """
    keys = ["speaker_canonical", "affiliation"]
    counts = pd.crosstab([claims[key] for key in keys], claims["kind"]).reindex(columns=list(KIND_ORDER), fill_value=0)
    counts["total"] = counts.sum(axis=1)
    grouped = claims.groupby(keys)
    counts["documents"] = grouped["doc_id"].nunique()
    counts["speaker_type"] = grouped["speaker_type"].agg(lambda types: types.value_counts().sort_index().idxmax())
    counts = counts.reset_index().rename(columns={"speaker_canonical": "speaker"})
    counts.columns.name = None
    counts = counts[["speaker", "affiliation", "speaker_type", *KIND_ORDER, "total", "documents"]]
    return counts.sort_values(["total", "speaker", "affiliation"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def speaker_document_matrix(claims: pd.DataFrame) -> pd.DataFrame:
    """Attributions per speaker (rows, most cited first) and document (columns)."""
    matrix = pd.crosstab(claims["speaker_canonical"], claims["doc_id"])
    order = claims["speaker_canonical"].value_counts().rename_axis("speaker").reset_index()
    order = order.sort_values(["count", "speaker"], ascending=[False, True], kind="stable")["speaker"]
    matrix = matrix.reindex(index=order.to_list())
    matrix.index.name, matrix.columns.name = "speaker", "doc_id"
    return matrix


def source_mix(claims: pd.DataFrame) -> pd.DataFrame:
    """Per document: attributions to named, group and anonymous sources, as counts and shares."""
    counts = pd.crosstab(claims["doc_id"], claims["source_class"]).reindex(columns=list(SOURCE_CLASSES), fill_value=0)
    mix = counts.assign(total=counts.sum(axis=1))
    for name in SOURCE_CLASSES:
        mix[f"share_{name}"] = (mix[name] / mix["total"]).round(3)
    mix = mix.reset_index()
    mix.columns.name = None
    return mix


def speaker_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Each speaker's statements with the figures they credit, speaker by speaker, in date order."""
    ordered = claims.sort_values(["speaker_canonical", "claim_date", "attribution_id"], kind="stable")
    return ordered[["speaker_canonical", "affiliation", "claimed", "doc_id", "kind", "cue", "figures", "text", "attribution_id"]] \
        .rename(columns={"speaker_canonical": "speaker", "text": "statement"}).reset_index(drop=True)


def quotes(claims: pd.DataFrame) -> pd.DataFrame:
    """The direct quotes, by speaker and date."""
    direct = claims[claims["kind"] == "direct"].sort_values(["speaker_canonical", "claim_date", "attribution_id"], kind="stable")
    return direct[["speaker_canonical", "affiliation", "claimed", "doc_id", "text", "attribution_id"]] \
        .rename(columns={"speaker_canonical": "speaker", "text": "quote"}).reset_index(drop=True)


# --- Chronology -----------------------------------------------------------------------------------

def timeline(tables: Tables, label_width: int = 60) -> pd.DataFrame:
    """The events sorted by date, each with its document's publication date, a short label and the reporting lag.

    ``lag_days`` is the publication date minus the event's date: its last day, or the publication date when
    the span runs past it (``this month``); negative when the text looks forward to a later date. It is left
    empty for open spans (``since 2023``), which end at the publication date by construction, and for
    unresolved expressions.
    """
    events = tables.events
    published = events["doc_id"].map(tables.documents.set_index("doc_id")["anchor"])
    event_day = events["date_end"].where(events["date_end"] <= published, published).where(events["date_start"] <= published,
                                                                                          events["date_start"])
    lag = (published - event_day).dt.days.where(events["granularity"] != "open")
    frame = events.assign(
        published=published,
        label=events["event"].map(lambda text: short_label(text, label_width)),
        when=[format_span(s, e) for s, e in zip(events["date_start"], events["date_end"])],
        lag_days=lag.astype("Int64"),
    )
    return frame.sort_values(["date_start", "date_end", "event_id"], kind="stable", na_position="last").reset_index(drop=True)


def select_events(frame: pd.DataFrame, tables: Tables, settings: ReportSettings) -> pd.DataFrame:
    """The resolved events overlapping the report's window; with an affiliation, only those dating its claims."""
    keep = frame["date_start"].notna() & settings.window.overlaps(frame["date_start"], frame["date_end"])
    if settings.affiliation is not None:
        keep &= dated_affiliations(frame, tables).map(lambda names: settings.affiliation in names)
    return frame[keep].reset_index(drop=True)


def dated_affiliations(events: pd.DataFrame, tables: Tables) -> pd.Series:
    """For each event, the affiliations of the claims it dates (a figure in the article's voice counts as unattributed)."""
    by_attribution = tables.attributions.set_index("attribution_id")["affiliation"].to_dict()
    figures = tables.figures.set_index("figure_id")["attribution_id"].to_dict()

    def affiliations(row: pd.Series) -> frozenset[str]:
        names = {by_attribution[a] for a in row["attribution_ids"].split(";") if a}
        for figure_id in filter(None, row["figure_ids"].split(";")):
            owner = figures[figure_id]
            names.add(by_attribution[owner] if owner else UNATTRIBUTED)
        return frozenset(names)

    return events.apply(affiliations, axis=1) if len(events) else pd.Series([], dtype=object)


def chronology_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The events sorted by date, as the report lists them."""
    return frame[["when", "granularity", "text", "event", "doc_id", "published", "lag_days", "event_id"]] \
        .rename(columns={"text": "expression"}).reset_index(drop=True)


def reporting_lag(frame: pd.DataFrame) -> pd.DataFrame:
    """Per document: its publication date and how long after the events it reports it appeared (in days)."""
    dated = frame[frame["lag_days"].notna()]
    grouped = dated.groupby("doc_id", sort=True)["lag_days"]
    lag = pd.DataFrame({
        "published": dated.groupby("doc_id", sort=True)["published"].first(),
        "n_events": grouped.size(),
        "min_lag_days": grouped.min(),
        "median_lag_days": grouped.median().astype(float),
        "max_lag_days": grouped.max(),
    })
    return lag.reset_index()


def unresolved_expressions(tables: Tables) -> pd.DataFrame:
    """The temporal expressions no date could be resolved for, with their sentences."""
    events = tables.events[tables.events["date_start"].isna()]
    merged = events.merge(_sentences(tables), on=["doc_id", "sentence_id"], how="left")
    return merged[["doc_id", "event_id", "text", "granularity", "sentence"]].rename(columns={"text": "expression"})


# --- Overview -------------------------------------------------------------------------------------

def corpus_summary(tables: Tables) -> pd.DataFrame:
    """The corpus in a few numbers: documents, date range, words and the claims extracted."""
    documents = tables.documents
    published = documents["anchor"].dropna()
    rows = [
        ("documents", len(documents)),
        ("first publication", f"{published.min():%Y-%m-%d}" if len(published) else "none"),
        ("last publication", f"{published.max():%Y-%m-%d}" if len(published) else "none"),
        ("words", int(documents["n_words"].sum())),
        ("sentences", len(tables.sentences)),
        ("figures", len(tables.figures)),
        ("attributions", len(tables.attributions)),
        ("speakers", tables.attributions["speaker_canonical"].nunique()),
        ("events", len(tables.events)),
        ("input problems", len(tables.problems)),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"]).astype({"value": str})


def documents_table(tables: Tables, window: DateWindow = DateWindow()) -> pd.DataFrame:
    """One row per document published in the window: its date, title and how many claims each table holds."""
    documents = tables.documents[window.contains(tables.documents["anchor"])]
    return pd.DataFrame({
        "doc_id": documents["doc_id"],
        "published": documents["anchor"].dt.strftime("%Y-%m-%d").fillna("undated"),
        "date from": documents["anchor_source"],
        "title": documents["title"],
        "outlet": documents["outlet"],
        "words": documents["n_words"],
        "figures": documents["n_figures"],
        "attributions": documents["n_attributions"],
        "events": documents["n_events"],
    }).sort_values(["published", "doc_id"], kind="stable").reset_index(drop=True)


def featured_document(tables: Tables, settings: ReportSettings) -> str:
    """The document the overview highlights: the one asked for, else the earliest in the window with most claims."""
    if settings.doc_id is not None:
        return settings.doc_id
    documents = documents_table(tables, settings.window)
    if documents.empty:
        raise ParameterError("date_from", f"no document is published in the window {settings.window}")
    claims = documents["figures"] + documents["attributions"] + documents["events"]
    return documents.loc[claims.idxmax(), "doc_id"]


def figure_overview(claims: pd.DataFrame) -> pd.DataFrame:
    """Per category: how many figures, how many credited to a source, by how many claimants, in how many documents."""
    grouped = claims.assign(attributed=claims["attribution_id"] != "").groupby("category")
    overview = pd.DataFrame({
        "figures": grouped.size(),
        "credited to a source": grouped["attributed"].sum(),
        "claimants": grouped["claimant"].nunique(),
        "documents": grouped["doc_id"].nunique(),
    })
    order = [category for category in schema.CATEGORIES if category in overview.index]
    return overview.reindex(order).rename_axis("category").reset_index().astype({"credited to a source": int})


def attribution_overview(claims: pd.DataFrame) -> pd.DataFrame:
    """The attributions in a few numbers: how many, by how many speakers, of which kinds and source classes."""
    rows = [("attributions", len(claims)), ("speakers", claims["speaker_canonical"].nunique()),
            ("documents", claims["doc_id"].nunique())]
    rows += [(f"kind: {kind}", int((claims["kind"] == kind).sum())) for kind in KIND_ORDER]
    rows += [(f"source: {name}", int((claims["source_class"] == name).sum())) for name in SOURCE_CLASSES]
    rows.append(("statements crediting a figure", int((claims["figures"] != "").sum())))
    return pd.DataFrame(rows, columns=["measure", "count"])


def event_overview(frame: pd.DataFrame) -> pd.DataFrame:
    """The events per granularity: how many, how many needed the publication date to resolve, in how many documents."""
    grouped = frame.groupby("granularity")
    overview = pd.DataFrame({
        "events": grouped.size(),
        "relative": grouped["relative"].sum(),
        "documents": grouped["doc_id"].nunique(),
    })
    order = [granularity for granularity in schema.GRANULARITIES if granularity in overview.index]
    return overview.reindex(order).rename_axis("granularity").reset_index().astype({"relative": int})
