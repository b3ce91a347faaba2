"""The cross-source ledger: which figures measure the same quantity, and whether the sources agree.

Every figure has a key (subject, measure, location), read from its words by
:mod:`kursk_research.quantities`; figures with the same key measure one quantity. For each
quantity the ledger gives its claims' range, sources, documents, latest claim and a status, every
value in the quantity's normalised unit (``unit_norm``: km2 for areas, a currency code for money):

- ``single source``: one source (the article's own voice counts as its outlet);
- ``consistent``: some value agrees with every claim, qualifiers taken into account
  (``at least 3,000`` is a floor, ``as many as 10,000`` a ceiling, ``about`` allows 10%);
- ``changing``: they disagree, but the values move with time in one direction, as a deployment
  grows or a held territory shrinks;
- ``divergent``: they disagree otherwise; ``claim_pairs`` names the pairs that disagree.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

import numpy as np
import pandas as pd

from . import schema
from .lexicon import load_toml

SINGLE_SOURCE, CONSISTENT, DIVERGENT, CHANGING = "single source", "consistent", "divergent", "changing"
_CHANGE_CORRELATION = 0.5  # how closely values must follow dates for a disagreement to be a change
_EARLIER = re.compile(
    r"(?:\b(?:down|up|decrease|increase|drop|rise|fall|decline|reduction)\s+from|\bearlier\s+(?:claims?|estimates?|figures?|reports?)"
    r"|\bprevious(?:ly)?(?:\s+(?:claims?|estimates?|figures?))?|\bcompared\s+(?:with|to))"
    r"(?:\s+(?:a|an|the|its|their))?(?:\s+(?:peak|high|low|estimate|total))?(?:\s+of)?\s*$",
    re.IGNORECASE,
)


@dataclass
class Ledger:
    """The figures with their quantity, the quantities, and the claims that disagree."""

    figures: pd.DataFrame
    quantities: pd.DataFrame
    claim_pairs: pd.DataFrame


@lru_cache(maxsize=1)
def _tolerance() -> dict[str, float]:
    return dict(load_toml("ledger")["tolerance"])


@lru_cache(maxsize=4096)
def quantity_id(subject: str, measure: str, location: str) -> str:
    """A readable, stable id: "north-korean-troops:deployed:kursk-region"."""
    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "anywhere"

    return f"{slug(subject)}:{slug(measure)}:{slug(location)}"


def interval(value: float, value_high: float | None, qualifier: str) -> tuple[float, float]:
    """The values a claim allows: its number widened or bounded by its qualifier."""
    tolerance = _tolerance()
    if qualifier == "range" and value_high is not None and not math.isnan(value_high):
        return value, value_high
    if qualifier in ("at_least", "more_than", "vague"):
        return value, math.inf
    if qualifier in ("at_most", "less_than"):
        return 0.0, value
    share = tolerance["approximately"] if qualifier == "approximately" else tolerance["exact"]
    return value * (1 - share), value * (1 + share)


def _point(value: float, value_high: float, qualifier: str) -> float:
    """One number standing for a claim, to follow its quantity over time."""
    if qualifier == "range" and not math.isnan(value_high):
        return (value + value_high) / 2
    return value


def _earlier(figures: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """Whether a figure is an earlier value set against the current one ("down from a peak of
    1,300", "a decrease from earlier claims of 1,400")."""
    located = figures[["doc_id", "sentence_id", "start"]].merge(
        sentences[["doc_id", "sentence_id", "start", "text"]], on=["doc_id", "sentence_id"], how="left", suffixes=("", "_sentence"))
    flags = [
        bool(_EARLIER.search(text[max(0, offset - 50):offset]))
        for text, offset in zip(located["text"].fillna(""), located["start"] - located["start_sentence"].fillna(0).astype(int))
    ]
    return pd.Series(flags, index=figures.index, dtype=bool)


def as_of(figures: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """The date each claim speaks for: the middle of the nearest event that dates it (its
    clause's or its statement's), not after publication; else the publication date. An earlier
    value written without its date ("down from a peak of 1,300") has none."""
    anchors = documents.set_index("doc_id")["anchor"].to_dict()
    dated: dict[str, list[tuple[int, int, pd.Timestamp]]] = {}
    linked = events[(events["figure_ids"] != "") & events["date_end"].notna()]
    starts, ends = linked["date_start"], linked["date_end"]
    middles = (starts + (ends - starts) / 2).fillna(ends).where(linked["granularity"] != "open", ends)
    for figure_ids, start, end, middle in zip(*(linked[c].tolist() for c in ("figure_ids", "start", "end")), middles.tolist()):
        for figure_id in figure_ids.split(";"):
            dated.setdefault(figure_id, []).append((start, end, middle))
    result = []
    columns = (figures[c].tolist() for c in ("figure_id", "doc_id", "start", "end"))
    for figure_id, doc_id, start, end, before in zip(*columns, _earlier(figures, sentences).tolist()):
        anchor = anchors.get(doc_id, pd.NaT)
        candidates = dated.get(figure_id, [])
        if before and not candidates:
            result.append(pd.NaT)
        elif candidates:
            nearest = min(candidates, key=lambda c: (min(abs(c[0] - end), abs(start - c[1])), c[0]))
            date = nearest[2]
            result.append(min(date, anchor) if not pd.isna(anchor) else date)
        else:
            result.append(anchor)
    return pd.Series(pd.to_datetime(result), index=figures.index, dtype="datetime64[ns]")


def _sources(claims: pd.DataFrame, outlets: pd.Series) -> pd.Series:
    """Who makes each claim: its speaker, or the article's outlet (its doc_id if it has none)."""
    voice = claims["doc_id"].map(outlets).fillna("")
    voice = voice.where(voice != "", claims["doc_id"])
    return claims["speaker"].where(claims["speaker"] != "", voice)


def _changing(claims: pd.DataFrame) -> bool:
    """Whether disagreeing claims follow time: the claims of each date agree, and the values move
    with the dates in one direction."""
    timed = claims.dropna(subset=["as_of"])
    by_date = timed.groupby("as_of")
    if by_date.ngroups >= 2 and (by_date["low"].max() <= by_date["high"].min()).all():
        points = by_date["point"].median()
        correlation = pd.Series(points.index).rank().corr(pd.Series(points.to_numpy()).rank())
        return not pd.isna(correlation) and abs(correlation) >= _CHANGE_CORRELATION
    return False


def _latest_key(row: dict) -> tuple:
    """Claims in time order, undated first, then by document and figure."""
    return (0,) if pd.isna(row["as_of"]) else (1, row["as_of"]), row["doc_id"], row["figure_id"]


def _summary(quantity: str, rows: list[dict], claims: Callable[[], pd.DataFrame]) -> dict:
    """One quantity's row: its range, sources, latest claim and status (single source, consistent,
    changing or divergent). ``rows`` are its claims; ``claims()`` gives them as a frame."""
    lows = [r["value"] for r in rows if r["qualifier"] not in ("at_most", "less_than")]
    highs = [r["value_high"] if r["qualifier"] == "range" else r["value"] for r in rows
             if r["qualifier"] not in ("at_least", "more_than", "vague")]
    highs = [high for high in highs if not math.isnan(high)]
    latest = max(rows, key=_latest_key)
    first = rows[0]
    n_sources = len({r["source"] for r in rows})
    if n_sources < 2:
        status = SINGLE_SOURCE
    elif max(r["low"] for r in rows) <= min(r["high"] for r in rows):
        status = CONSISTENT
    else:
        status = CHANGING if _changing(claims()) else DIVERGENT
    return {
        "quantity_id": quantity, "subject": first["subject"], "measure": first["measure"], "location": first["location"],
        "category": first["category"], "unit_norm": first["unit_norm"],
        "n_claims": len(rows), "n_sources": n_sources, "n_documents": len({r["doc_id"] for r in rows}),
        "low": min(lows) if lows else math.nan, "high": max(highs) if highs else math.nan,
        "latest_value": latest["value"], "latest_qualifier": latest["qualifier"], "latest_date": latest["as_of"],
        "latest_speaker": latest["source"], "latest_figure_id": latest["figure_id"],
        "status": status,
    }


def _pairs(quantity: str, claims: pd.DataFrame, sentences: dict[tuple[str, int], str]) -> list[dict]:
    """The pairs of claims of a quantity whose values cannot both be true.

    Claims that say the same (value, qualifier, source) are one claim here, shown by its first
    figure, so that a story repeated across a corpus does not multiply its pairs.
    """
    distinct = claims.drop_duplicates(["value", "value_high", "qualifier", "source"])
    low, high = distinct["low"].to_numpy(), distinct["high"].to_numpy()
    apart = np.triu(np.maximum.outer(low, low) > np.minimum.outer(high, high), k=1)
    listed = list(distinct.itertuples())
    rows = []
    for i, j in zip(*np.nonzero(apart)):
        a, b = listed[i], listed[j]
        rows.append({
            "quantity_id": quantity,
            "figure_id_a": a.figure_id, "figure_id_b": b.figure_id,
            "value_a": a.value, "value_b": b.value, "qualifier_a": a.qualifier, "qualifier_b": b.qualifier,
            "speaker_a": a.source, "speaker_b": b.source, "date_a": a.as_of, "date_b": b.as_of,
            "doc_id_a": a.doc_id, "doc_id_b": b.doc_id,
            "sentence_a": sentences.get((a.doc_id, a.sentence_id), ""), "sentence_b": sentences.get((b.doc_id, b.sentence_id), ""),
        })
    return rows


def link(figures: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The figures with the quantity each measures (``quantity_id``) and the date it speaks for
    (``as_of``), in the schema's columns. Works document by document, so it runs on any part of a corpus."""
    figures = figures.copy()
    figures["quantity_id"] = [quantity_id(*key) for key in zip(figures["subject"], figures["measure"], figures["location"])]
    figures["as_of"] = as_of(figures, events, documents, sentences)
    return figures[schema.columns("figures")]


def summarise(figures: pd.DataFrame, documents: pd.DataFrame, sentences: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(quantities, claim_pairs) of linked figures (see :func:`link`), validated."""
    # Claims are compared in their normalised unit: "500 square miles" is 1,295 km2 beside "800 square kilometers".
    scale = (figures["value_norm"] / figures["value"]).where(figures["value"] != 0, 1.0)
    claims = figures.assign(value=figures["value_norm"], value_high=figures["value_high"] * scale)
    stated = list(zip(claims["value"].tolist(), claims["value_high"].tolist(), claims["qualifier"].tolist()))
    bounds = [interval(*claim) for claim in stated]
    claims = claims.assign(
        source=_sources(figures, documents.set_index("doc_id")["outlet"]),
        low=[low for low, _ in bounds], high=[high for _, high in bounds],
        point=[_point(*claim) for claim in stated],
    ).reset_index(drop=True)
    names = ("value", "value_high", "qualifier", "source", "low", "high", "as_of", "doc_id", "figure_id",
             "subject", "measure", "location", "category", "unit_norm")
    records = [dict(zip(names, values)) for values in zip(*(claims[name].tolist() for name in names))]
    sentence_texts = dict(zip(zip(sentences["doc_id"].tolist(), sentences["sentence_id"].tolist()), sentences["text"].tolist()))
    summaries, pairs = [], []
    for quantity, positions in sorted(claims.groupby("quantity_id").indices.items()):
        summary = _summary(quantity, [records[i] for i in positions], partial(claims.take, positions))
        summaries.append(summary)
        if summary["status"] == DIVERGENT:
            pairs += _pairs(quantity, claims.iloc[positions], sentence_texts)
    return (schema.validate("quantities", schema.frame("quantities", summaries)),
            schema.validate("claim_pairs", schema.frame("claim_pairs", pairs)))


def ledger(tables) -> Ledger:
    """The ledger of a corpus's tables (a :class:`~kursk_research.extract.Tables`)."""
    figures = schema.validate("figures", link(tables.figures, tables.events, tables.documents, tables.sentences))
    quantities, claim_pairs = summarise(figures, tables.documents, tables.sentences)
    return Ledger(figures=figures, quantities=quantities, claim_pairs=claim_pairs)
