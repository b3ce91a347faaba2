"""Checking the extraction by eye: one document with its claims highlighted in colour, in the spirit of displaCy.

Figures, dates, speakers and cues are marked with a background colour and a small label; the content of each
statement is underlined in the colour of its source's affiliation. Hovering over any part shows what the
extraction says of it: the speaker, the resolved date, the normalised value.
"""
from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pandas as pd
from IPython.display import HTML

from .analysis import format_span
from .extract import Tables
from .plots import affiliation_colors

#: Background colours of the marked layers, and their order of precedence where they overlap.
MARK_COLORS = {"figure": "#ffd966", "date": "#a8dfa8", "speaker": "#c9daf8", "cue": "#e8d5f5"}
STATEMENT = "statement"


@dataclass(frozen=True)
class Span:
    """A stretch of the text and what the extraction says of it."""

    start: int
    end: int
    layer: str  # a key of MARK_COLORS, or STATEMENT
    badge: str  # the label written after a mark ("" for none)
    title: str  # the text shown on hover
    affiliation: str = ""  # a statement's source's affiliation
    color: str = ""  # and the colour that underlines it


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3f}".rstrip("0")


def document_spans(tables: Tables, doc_id: str) -> list[Span]:
    """Every figure, date, speaker mention, cue and statement of one document, as spans of its text."""
    figures = tables.figures[tables.figures["doc_id"] == doc_id]
    attributions = tables.attributions[tables.attributions["doc_id"] == doc_id]
    events = tables.events[tables.events["doc_id"] == doc_id]
    colors = affiliation_colors(sorted(tables.attributions["affiliation"].unique()))
    spans: list[Span] = []
    for a in attributions.itertuples():
        source = f"{a.speaker_canonical} ({a.speaker_type}, {a.affiliation})"
        spans.append(Span(a.start, a.end, STATEMENT, "", f"statement {a.attribution_id} by {source}, {a.kind}",
                          a.affiliation, colors[a.affiliation]))
        spans.append(Span(a.speaker_start, a.speaker_end, "speaker", f"SPEAKER · {a.affiliation}", f"speaker: {source}"))
        spans.append(Span(a.cue_start, a.cue_end, "cue", "", f"cue {a.cue!r} ({a.kind}) of {a.attribution_id}"))
    for f in figures.itertuples():
        value = _number(f.value) + (f"–{_number(f.value_high)}" if pd.notna(f.value_high) else "")
        norm = f"{_number(f.value_norm)} {f.unit_norm}"
        credited = f"credited to {f.speaker}" if f.speaker else "in the article's own voice"
        spans.append(Span(f.start, f.end, "figure", f"FIGURE · {f.category}",
                          f"figure {f.figure_id}: {value} {f.unit or '(no unit)'} ({f.qualifier}) = {norm}, "
                          f"{f.category}; {credited}"))
    for e in events.itertuples():
        when = format_span(e.date_start, e.date_end)
        spans.append(Span(e.start, e.end, "date", f"DATE · {when}",
                          f"date {e.event_id}: {e.text!r} = {when} ({e.granularity}{', relative' if e.relative else ''})"))
    unique = {(span.start, span.end, span.layer): span for span in spans}
    return sorted(unique.values(), key=lambda span: (span.start, -span.end, span.layer))


def render(text: str, spans: list[Span]) -> str:
    """The text as HTML with the spans marked: the text is cut at every span boundary and each piece styled."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: list[str] = []
    for left, right in pairwise(cuts):
        covering = [s for s in spans if s.start <= left and right <= s.end]
        marks = [s for s in covering if s.layer in MARK_COLORS]
        statements = sorted((s for s in covering if s.layer == STATEMENT), key=lambda s: s.end - s.start)
        styles = []
        if marks:
            top = min(marks, key=lambda s: list(MARK_COLORS).index(s.layer))
            styles.append(f"background:{MARK_COLORS[top.layer]}")
        if statements:
            styles.append(f"border-bottom:2px solid {statements[0].color}")
        piece = html.escape(text[left:right])
        if covering:
            title = html.escape("\n".join(s.title for s in covering), quote=True)
            piece = f'<span class="kr-piece" style="{";".join(styles)}" title="{title}">{piece}</span>'
        pieces.append(piece)
        for span in marks:
            if span.end == right and span.badge:
                pieces.append(f'<span class="kr-badge">{html.escape(span.badge)}</span>')
    return "".join(pieces)


def legend(spans: list[Span]) -> str:
    """The key to the colours: one swatch per marked layer, one underline per affiliation present."""
    items = [f'<span class="kr-piece" style="background:{color}">{layer}</span>' for layer, color in MARK_COLORS.items()]
    statement_colors = {span.affiliation: span.color for span in spans if span.layer == STATEMENT}
    items += [f'<span style="border-bottom:2px solid {color}">statement ({html.escape(name)})</span>'
              for name, color in sorted(statement_colors.items())]
    return " ".join(items)


STYLE = """<style>
.kr-doc {font-family: Georgia, serif; font-size: 15px; line-height: 2.1; white-space: pre-wrap; max-width: 60em;}
.kr-piece {padding: 2px 0; border-radius: 2px;}
.kr-badge {font-family: sans-serif; font-size: 10px; font-weight: bold; color: #444; background: #f2f2f2;
  border: 1px solid #ccc; border-radius: 3px; padding: 0 3px; margin: 0 3px; vertical-align: middle; white-space: nowrap;}
.kr-legend {font-family: sans-serif; font-size: 12px; margin-bottom: 0.6em; line-height: 2;}
.kr-legend .kr-piece {padding: 2px 5px;}
</style>"""


def read_text(tables: Tables, doc_id: str) -> str:
    """A document's text, checked against the hash the extraction recorded."""
    row = tables.documents.set_index("doc_id").loc[doc_id]
    data = Path(row["path"]).read_bytes()
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise ValueError(f"{row['path']} changed since the tables were extracted")
    return data.decode("utf-8")


def document_html(tables: Tables, doc_id: str) -> str:
    """One document, highlighted, with a key to the colours, as a complete HTML fragment."""
    if doc_id not in set(tables.documents["doc_id"]):
        raise KeyError(f"no document {doc_id!r} in the tables")
    spans = document_spans(tables, doc_id)
    return (f'{STYLE}<div class="kr-legend"><b>Key</b> (hover over the text for details): {legend(spans)}</div>'
            f'<div class="kr-doc">{render(read_text(tables, doc_id), spans)}</div>')


def show_document(tables: Tables, doc_id: str) -> HTML:
    """One document with its figures, attributions and dates highlighted, for a notebook."""
    return HTML(document_html(tables, doc_id))
