"""The reports' charts and tables, in one fixed style, rendered deterministically.

Charts are :class:`matplotlib.figure.Figure` objects built without pyplot, so a notebook shows only
what :func:`show` returns: a PNG rendered with fixed settings and no varying metadata (the same data
give the same bytes). :func:`table` wraps a frame for display: HTML for the reader, plain text that
nbval compares.
"""
from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from IPython.display import Image
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
from matplotlib.transforms import Bbox

from .analysis import KIND_ORDER, SOURCE_CLASSES, UNATTRIBUTED
from .output import write_csv

#: The reports' matplotlib style: one font (shipped with matplotlib) and size, no varying metadata.
STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "svg.hashsalt": "kursk-research",
    "path.simplify": True,
}
DPI = 150

#: A colour per affiliation, fixed so that every chart of every report agrees.
AFFILIATION_COLORS: dict[str, str] = {
    "Ukraine": "#1f77b4",
    "Russia": "#d62728",
    "North Korea": "#8c564b",
    "South Korea": "#17becf",
    "United States": "#ff7f0e",
    "West": "#9467bd",
    "NATO": "#393b79",
    "EU": "#637939",
    "Lithuania": "#bcbd22",
    "independent": "#2ca02c",
    UNATTRIBUTED: "#7f7f7f",
}
_SPARE_COLORS = ("#e377c2", "#843c39", "#5254a3", "#8ca252", "#bd9e39", "#ad494a", "#a55194", "#6b6ecf")
#: Colours for documents, in the order they are given.
DOCUMENT_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
#: How each qualifier is drawn: marker, filled, legend text.
QUALIFIER_MARKERS: dict[str, tuple[str, bool, str]] = {
    "exact": ("o", True, "stated value (exact or approximate)"),
    "approximately": ("o", True, "stated value (exact or approximate)"),
    "range": ("o", True, "range: error bar to the upper end"),
    "at_least": ("^", False, "at least / more than (open, pointing up)"),
    "more_than": ("^", False, "at least / more than (open, pointing up)"),
    "at_most": ("v", False, "at most / less than (open, pointing down)"),
    "less_than": ("v", False, "at most / less than (open, pointing down)"),
    "vague": ("D", False, "vague magnitude, e.g. thousands (floor)"),
}
KIND_HATCHES = {"direct": "", "indirect": "////", "according_to": "...."}
KIND_LABELS = {"direct": "direct quote", "indirect": "indirect (reported speech)", "according_to": "according to …"}
SOURCE_CLASS_COLORS = {"named": "#4c72b0", "group": "#dd8452", "anonymous": "#c44e52"}


def use_report_style() -> None:
    """Apply the reports' style to matplotlib (globally: tick labels read it when they are drawn)."""
    matplotlib.rcParams.update(STYLE)


def affiliation_colors(affiliations: Sequence[str]) -> dict[str, str]:
    """A colour for each affiliation: the fixed ones, then spare colours in alphabetical order of the others."""
    others = sorted(set(affiliations) - set(AFFILIATION_COLORS))
    spare = {name: _SPARE_COLORS[i % len(_SPARE_COLORS)] for i, name in enumerate(others)}
    return {name: AFFILIATION_COLORS.get(name) or spare[name] for name in affiliations}


def document_colors(doc_ids: Sequence[str]) -> dict[str, str]:
    """A colour for each document, in the order given."""
    return {doc_id: DOCUMENT_COLORS[i % len(DOCUMENT_COLORS)] for i, doc_id in enumerate(doc_ids)}


def png_bytes(figure: Figure) -> bytes:
    """The figure as PNG bytes: fixed resolution, no software or date metadata."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches="tight", pad_inches=0.15,
                   facecolor="white")
    return buffer.getvalue()


def show(figure: Figure, path: Path | None = None) -> Image:
    """The figure as an image for the notebook, also written to ``path`` if given."""
    data = png_bytes(figure)
    if path is not None:
        Path(path).write_bytes(data)
    return Image(data=data, format="png", width=round(figure.get_figwidth() * 100))


# --- Tables ---------------------------------------------------------------------------------------

def format_cell(value: object) -> str:
    """A cell as a reader wants it: thousands separators, no needless decimals, ISO dates, blanks for missing."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, (int, np.integer)):
        return f"{value:,}"
    if isinstance(value, (float, np.floating)):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3f}".rstrip("0")
    return str(value)


#: Columns of running text (also with a suffix: sentence_a), given room to be read.
WIDE_COLUMNS = ("sentence", "statement", "quote", "event")


class Table:
    """A frame shown as an HTML table with the full text of every cell (and as plain text, for nbval)."""

    def __init__(self, frame: pd.DataFrame, name: str, caption: str = "", index: bool = False) -> None:
        shown = frame.reset_index() if index else frame
        self.frame = shown.map(format_cell) if len(shown.columns) else shown
        self.name = name
        self.caption = caption

    def _repr_html_(self) -> str:
        if self.frame.empty:
            return f'<p class="kr-empty"><em>{self.caption + ": " if self.caption else ""}no rows.</em></p>'
        wide = [i for i, column in enumerate(self.frame.columns) if str(column).split("_")[0] in WIDE_COLUMNS]
        identifiers = [i for i, column in enumerate(self.frame.columns) if str(column).endswith("_id")]
        headed = self.frame.rename(columns=lambda column: str(column).replace("_", " "))  # headers may wrap
        styler = headed.style.hide(axis="index").set_uuid(self.name).set_table_styles([
            {"selector": "", "props": "border-collapse: collapse; font-size: 12px; margin-bottom: 1em;"},
            {"selector": "th", "props": "text-align: left; vertical-align: bottom; background: #f2f2f2; padding: 4px 6px;"},
            {"selector": "td", "props": "text-align: left; vertical-align: top; padding: 4px 6px; "
                                        "border-top: 1px solid #e5e5e5; white-space: normal;"},
            {"selector": "caption", "props": "caption-side: top; text-align: left; font-weight: bold; padding: 4px 0;"},
            *({"selector": f"td.col{i}", "props": "min-width: 18em; max-width: 40em;"} for i in wide),
            *({"selector": f"td.col{i}", "props": "min-width: 8em; overflow-wrap: anywhere;"} for i in identifiers),
        ])
        if self.caption:
            styler = styler.set_caption(self.caption)
        return styler.to_html()

    def __repr__(self) -> str:
        heading = f"{self.caption}\n" if self.caption else ""
        if self.frame.empty:
            return f"{heading}(no rows)"
        return heading + self.frame.to_string(index=False, max_colwidth=None)


def table(frame: pd.DataFrame, name: str, caption: str = "", index: bool = False, save_to: Path | None = None) -> Table:
    """``frame`` for display; ``name`` makes the HTML's ids stable (one name per table of a report) and, with
    ``save_to``, names the CSV file the frame is also written to in that folder."""
    if save_to is not None:
        write_csv(frame, Path(save_to) / f"{name}.csv", index=index)
    return Table(frame, name, caption, index)


# --- Label placement ------------------------------------------------------------------------------

_OFFSETS = [(7, 0), (-7, 0), (0, 12), (0, -12)] + [(dx, dy) for dy in (9, -9, 18, -18, 27, -27, 36, -36, 48, -48) for dx in (7, -7)] + \
    [(dx, dy) for dy in (18, -18, 27, -27, 36, -36) for dx in (30, -30)]
_ALIGN = {1: "left", 0: "center", -1: "right"}


def _renderer(figure: Figure):
    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
    return canvas.get_renderer()


def _overlap(box: Bbox, others: list[Bbox]) -> float:
    """A penalty for a label's box overlapping others: a large one per box overlapped, plus the area overlapped."""
    total = 0.0
    for other in others:
        width = min(box.x1, other.x1) - max(box.x0, other.x0)
        height = min(box.y1, other.y1) - max(box.y0, other.y0)
        if width > 0 and height > 0:
            total += 1e4 + width * height
    return total


def _crosses(segment: tuple[np.ndarray, np.ndarray], others: list[tuple[np.ndarray, np.ndarray]]) -> bool:
    """Whether a segment crosses any of the others (display coordinates)."""
    def side(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> float:
        return float(np.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])))
    p, q = segment
    return any(side(p, q, r) * side(p, q, t) < 0 and side(r, t, p) * side(r, t, q) < 0 for r, t in others)


def _cuts(segment: tuple[np.ndarray, np.ndarray], boxes: list[Bbox]) -> int:
    """How many of the boxes the segment passes through (sampled along its length)."""
    samples = [segment[0] + (segment[1] - segment[0]) * t for t in np.linspace(0.15, 0.85, 15)]
    return sum(any(box.contains(x, y) for x, y in samples) for box in boxes)


def place_labels(ax, points: Sequence[tuple[float, float]], labels: Sequence[str], obstacles: Sequence[Bbox] = (),
                 fontsize: float = 8) -> list:
    """Write each label next to its point (data coordinates) where it overlaps no other label, marker or obstacle.

    Candidate places are tried nearest first, right then left of the point; a label moved up or down gets a
    leader line, which must not cross another. The axes' limits must be final. Returns the texts, in the
    order of the labels.
    """
    figure = ax.figure
    renderer = _renderer(figure)
    area = ax.get_window_extent(renderer)
    anchors = ax.transData.transform(points) if len(points) else np.empty((0, 2))
    markers = [Bbox.from_bounds(x - 5, y - 5, 10, 10) for x, y in anchors]
    placed: list[Bbox] = list(obstacles)
    leaders: list[tuple[np.ndarray, np.ndarray]] = []
    pixels_per_point = figure.dpi / 72
    texts = []
    order = sorted(range(len(points)), key=lambda i: (points[i][0], -points[i][1], labels[i]))
    for i in order:
        best = None
        for dx, dy in _OFFSETS:
            text = ax.annotate(labels[i], points[i], xytext=(dx, dy), textcoords="offset points", fontsize=fontsize,
                               ha=_ALIGN[int(np.sign(dx))], va="center", color="#333333")
            box = text.get_window_extent(renderer).expanded(1.04, 1.15)
            leader = (anchors[i], anchors[i] + np.array([dx, dy]) * pixels_per_point)
            outside = box.x0 < area.x0 or box.x1 > area.x1 or box.y0 < area.y0 or box.y1 > area.y1
            others = placed + [m for j, m in enumerate(markers) if j != i]
            cost = _overlap(box, others) + (1e9 if outside else 0.0)
            if abs(dy) >= 18:
                cost += 5e3 * _crosses(leader, leaders) + 2e3 * _cuts(leader, others)
            text.remove()
            if best is None or cost < best[0]:
                best = (cost, dx, dy, box, leader)
            if cost == 0:
                break
        _, dx, dy, box, leader = best
        arrow = {"arrowstyle": "-", "color": "#999999", "lw": 0.6, "shrinkA": 0, "shrinkB": 4} if abs(dy) >= 18 else None
        text = ax.annotate(labels[i], points[i], xytext=(dx, dy), textcoords="offset points", fontsize=fontsize,
                           ha=_ALIGN[int(np.sign(dx))], va="center", color="#333333", arrowprops=arrow)
        if arrow is not None:
            leaders.append(leader)
        placed.append(box)
        texts.append((i, text))
    return [text for _, text in sorted(texts, key=lambda pair: pair[0])]


def _stacked_legends(figure: Figure, legends: Sequence[tuple[list, str]], left: float, top: float) -> None:
    """Legends one below the other, left-aligned, from (left, top) in figure coordinates."""
    renderer = _renderer(figure)
    for handles, title in legends:
        legend = figure.legend(handles=handles, title=title, loc="upper left", bbox_to_anchor=(left, top), frameon=False,
                               alignment="left")
        figure.add_artist(legend)
        box = legend.get_window_extent(renderer).transformed(figure.transFigure.inverted())
        top = box.y0 - 0.03


# --- Figures: claims over time --------------------------------------------------------------------

def _thousands(value: float, _position: object = None) -> str:
    return f"{value:,.0f}" if value >= 1 or value == 0 else f"{value:g}"


def _date_axis(ax, start: pd.Timestamp, end: pd.Timestamp, pad_fraction: float = 0.05) -> None:
    """Date limits with some room on either side, and concise, readable date ticks."""
    span = max((end - start).days, 14)
    pad = pd.Timedelta(days=max(span * pad_fraction, 3))
    ax.set_xlim(mdates.date2num(start - pad), mdates.date2num(end + pad))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False,
                                                             formats=["%Y", "%b\n%Y", "%d %b", "%H:%M", "%H:%M", "%S.%f"],
                                                             zero_formats=["", "%b\n%Y", "%d %b\n%Y", "%H:%M", "%H:%M", "%S.%f"]))


def _empty(figure: Figure, ax, title: str, message: str) -> Figure:
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])
    return figure


CLAIM_DATE_LABEL = "Date the claim was made (the date its clause gives, else the publication date)"


def _draw_claims(ax, claims: pd.DataFrame, colors: Mapping[str, str], value_label: str,
                 label_detail: str | None) -> None:
    """Draw each claim's value at its date on ``ax`` (see :func:`claims_over_time`), with labels placed last."""
    values = claims["value_norm"].to_numpy(dtype=float)
    ratio = claims["value_norm"].where(claims["value"] == 0, claims["value_norm"] / claims["value"]).fillna(1.0)
    highs = (claims["value_high"] * ratio).to_numpy(dtype=float)
    starts, ends = claims["claim_date_start"], claims["claim_date_end"] + pd.Timedelta(days=1)
    first, last = starts.min(), ends.max()
    span_days = max((last - first).days, 14)
    x = mdates.date2num(claims["claim_date"])
    points = pd.DataFrame({"x": x, "y": values})
    rank = points.groupby(["x", "y"]).cumcount().to_numpy()
    count = points.groupby(["x", "y"])["x"].transform("size").to_numpy()
    x = x + (rank - (count - 1) / 2) * max(span_days * 0.012, 0.8)  # side by side where claims coincide
    color = claims["affiliation"].map(colors).to_numpy()
    for i, (start, end) in enumerate(zip(starts, ends)):
        if (end - start).days > 1:
            ax.plot([mdates.date2num(start), mdates.date2num(end)], [values[i], values[i]], color=color[i], alpha=0.35,
                    lw=4, solid_capstyle="butt", zorder=1)
    for i, qualifier in enumerate(claims["qualifier"]):
        marker, filled, _ = QUALIFIER_MARKERS[qualifier]
        if qualifier == "range" and not np.isnan(highs[i]):
            ax.errorbar(x[i], values[i], yerr=[[0], [highs[i] - values[i]]], color=color[i], capsize=4, lw=1.2, zorder=2)
        ax.scatter(x[i], values[i], marker=marker, s=60, zorder=3, linewidths=1.6,
                   facecolors=color[i] if filled else "white", edgecolors=color[i])
    top = np.nanmax(np.concatenate([values, highs[~np.isnan(highs)]]))
    log_scale = values.min() > 0 and top / values.min() > 100
    if log_scale:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_ylim(values.min() / 2.5, top * 2.5)
    else:
        ax.set_ylim(0, top * 1.18)
    ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
    _date_axis(ax, first, last)
    ax.set_ylabel(value_label + (" (log scale)" if log_scale else ""))
    labels = claims["claimant"].tolist() if label_detail is None else \
        [f"{claimant} ({detail or 'no unit'})" for claimant, detail in zip(claims["claimant"], claims[label_detail])]
    spans = [Bbox([ax.transData.transform((mdates.date2num(s), v)), ax.transData.transform((mdates.date2num(e), v))]).padded(3)
             for s, e, v in zip(starts, ends, values) if (e - s).days > 1]
    place_labels(ax, list(zip(x, values)), labels, obstacles=spans)


def _claim_legends(figure: Figure, claims: pd.DataFrame, colors: Mapping[str, str], top: float) -> None:
    """The keys to the colours (affiliations) and markers (qualifiers, date spans) of claims charts."""
    present = [name for name in sorted(colors) if name in set(claims["affiliation"])]
    affiliation_handles = [Line2D([], [], marker="o", ls="", color=colors[name], markersize=8, label=name) for name in present]
    markers: dict[str, Line2D] = {}
    for qualifier in claims["qualifier"]:
        marker, filled, text = QUALIFIER_MARKERS[qualifier]
        markers.setdefault(text, Line2D([], [], marker=marker, ls="", markersize=8, color="#555555",
                                        markerfacecolor="#555555" if filled else "white", label=text))
    if ((claims["claim_date_end"] - claims["claim_date_start"]).dt.days > 0).any():
        markers["span"] = Line2D([], [], color="#555555", alpha=0.35, lw=4, label="date known to the week or month")
    _stacked_legends(figure, [(affiliation_handles, "Claimant's affiliation"), (list(markers.values()), "Marker")], 0.735, top)


def claims_over_time(claims: pd.DataFrame, title: str, value_label: str, label_detail: str | None = None) -> Figure:
    """Each claim's value (y) at the date it was made (x), coloured by the claimant's affiliation, labelled by claimant
    (and by the column ``label_detail`` names, e.g. ``unit`` or the figure's ``text``, in brackets).

    Open triangles mark lower (``at least``) and upper (``at most``) bounds, error bars a range's upper end,
    a faint horizontal bar the span of a date known only to the week or month. The value axis turns
    logarithmic when the values span more than two orders of magnitude.
    """
    use_report_style()
    figure = Figure(figsize=(11, 5.6))
    ax = figure.add_axes((0.08, 0.12, 0.64, 0.78))
    claims = claims.dropna(subset=["claim_date"])
    if claims.empty:
        return _empty(figure, ax, title, "No claims of this kind in this selection.")
    colors = affiliation_colors(sorted(claims["affiliation"].unique()))
    _draw_claims(ax, claims, colors, value_label, label_detail)
    ax.set_title(title, loc="left")
    ax.set_xlabel(CLAIM_DATE_LABEL)
    _claim_legends(figure, claims, colors, 0.91)
    return figure


def quantities_over_time(claims: pd.DataFrame, quantities: pd.DataFrame,
                         title: str = "Each quantity's claims over time, by source") -> Figure:
    """One panel per quantity of the ledger (in the order of ``quantities``), its claims drawn as in
    :func:`claims_over_time`; ``claims`` carry a ``quantity_id`` and ``quantities`` the ledger's columns."""
    use_report_style()
    shown = quantities[quantities["quantity_id"].isin(claims.dropna(subset=["claim_date"])["quantity_id"])]
    panel, gap, top, bottom = 3.4, 1.15, 0.7, 0.7
    height = max(3.0, top + bottom + len(shown) * (panel + gap) - gap)
    figure = Figure(figsize=(11, height))
    if shown.empty:
        return _empty(figure, figure.add_axes((0.08, 0.15, 0.64, 0.7)), title, "No quantity with more than one claim.")
    colors = affiliation_colors(sorted(claims["affiliation"].unique()))
    figure.suptitle(title, x=0.08, y=1 - 0.25 / height, ha="left", fontsize=12, fontweight="bold")
    for i, quantity in enumerate(shown.itertuples()):
        lower = height - top - (i + 1) * panel - i * gap
        ax = figure.add_axes((0.08, lower / height, 0.64, panel / height))
        unit = "km²" if quantity.unit_norm == "km2" else quantity.unit_norm
        own = claims[claims["quantity_id"] == quantity.quantity_id]
        _draw_claims(ax, own, colors, f"{quantity.subject} ({unit})", None)
        ax.set_title(f"{quantity.subject} · {quantity.measure} · {quantity.location}: {quantity.status} "
                     f"({quantity.n_claims} claims, {quantity.n_sources} sources)", loc="left", fontsize=10)
        ax.set_xlabel(CLAIM_DATE_LABEL, fontsize=9)
    _claim_legends(figure, claims[claims["quantity_id"].isin(shown["quantity_id"])], colors, 1 - top / height)
    return figure


# --- Attributions ---------------------------------------------------------------------------------

def citations_by_speaker(counts: pd.DataFrame, title: str = "Who is cited, and how") -> Figure:
    """Horizontal bars of attributions per speaker (most cited on top), coloured by affiliation, hatched by kind."""
    use_report_style()
    height = max(3.0, 0.27 * len(counts) + 1.6)
    figure = Figure(figsize=(11, height))
    ax = figure.add_axes((0.30, 0.9 / height, 0.46, 1 - 1.6 / height))
    if counts.empty:
        return _empty(figure, ax, title, "No attributions in this selection.")
    colors = affiliation_colors(sorted(counts["affiliation"].unique()))
    labels = [f"{speaker} ({affiliation})" if (counts["speaker"] == speaker).sum() > 1 else speaker
              for speaker, affiliation in zip(counts["speaker"], counts["affiliation"])]
    y = np.arange(len(counts))[::-1]
    left = np.zeros(len(counts))
    for kind in KIND_ORDER:
        widths = counts[kind].to_numpy(dtype=float)
        ax.barh(y, widths, left=left, color=counts["affiliation"].map(colors), hatch=KIND_HATCHES[kind],
                edgecolor="white", linewidth=0.6, height=0.72)
        left += widths
    for position, total in zip(y, counts["total"]):
        ax.text(total + 0.1, position, str(total), va="center", fontsize=8, color="#333333")
    ax.set_yticks(y, labels)
    ax.set_ylim(-0.7, len(counts) - 0.3)
    ax.set_xlim(0, counts["total"].max() * 1.08 + 0.5)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.grid(axis="y", visible=False)
    ax.set_title(title, loc="left")
    ax.set_xlabel("Attributions (statements credited to the speaker)")
    kinds = [Patch(facecolor="#bbbbbb", edgecolor="white", hatch=KIND_HATCHES[kind], label=KIND_LABELS[kind]) for kind in KIND_ORDER]
    affiliations = [Patch(color=colors[name], label=name) for name in sorted(colors)]
    _stacked_legends(figure, [(affiliations, "Affiliation"), (kinds, "How")], 0.78, 1 - 0.6 / height)
    return figure


def speaker_document_heatmap(matrix: pd.DataFrame, document_labels: Mapping[str, str],
                             title: str = "Who is cited in which document") -> Figure:
    """A speaker-by-document matrix of attribution counts, with each count written in its cell."""
    use_report_style()
    rows, columns = matrix.shape
    height = max(3.0, 0.26 * rows + 3.2)
    width = min(max(7.0, 3.2 + 1.1 * columns), 16.0)
    figure = Figure(figsize=(width, height))
    ax = figure.add_axes((2.9 / width, 2.4 / height, 1 - 4.0 / width, 1 - 3.0 / height))
    if matrix.empty:
        return _empty(figure, ax, title, "No attributions in this selection.")
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(np.where(values > 0, values, np.nan), aspect="auto", cmap="Blues", vmin=0, vmax=max(values.max(), 1))
    for (row, column), count in np.ndenumerate(values):
        if count:
            ax.text(column, row, f"{count:.0f}", ha="center", va="center", fontsize=8,
                    color="white" if count > values.max() * 0.6 else "#222222")
    ax.set_xticks(range(columns), [document_labels.get(doc_id, doc_id) for doc_id in matrix.columns],
                  rotation=35, ha="right", rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(rows), matrix.index)
    ax.grid(False)
    ax.tick_params(length=0)
    ax.set_xticks(np.arange(-0.5, columns), minor=True)
    ax.set_yticks(np.arange(-0.5, rows), minor=True)
    ax.grid(which="minor", color="#eeeeee", linewidth=0.8)
    ax.set_title(title, loc="left")
    ax.set_xlabel("Document (publication date)")
    ax.set_ylabel("Speaker")
    colorbar = figure.colorbar(image, ax=ax, fraction=0.05, pad=0.02)
    colorbar.set_label("Attributions (count)")
    colorbar.ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    return figure


def source_mix_chart(mix: pd.DataFrame, document_labels: Mapping[str, str],
                     title: str = "Named, group and anonymous sources per document") -> Figure:
    """Stacked bars of each document's attributions by source class, as shares, with the counts written in."""
    use_report_style()
    height = max(2.6, 0.45 * len(mix) + 1.7)
    figure = Figure(figsize=(11, height))
    ax = figure.add_axes((0.24, 1.0 / height, 0.56, 1 - 1.6 / height))
    if mix.empty:
        return _empty(figure, ax, title, "No attributions in this selection.")
    y = np.arange(len(mix))[::-1]
    left = np.zeros(len(mix))
    for name in SOURCE_CLASSES:
        shares = mix[f"share_{name}"].to_numpy(dtype=float) * 100
        ax.barh(y, shares, left=left, color=SOURCE_CLASS_COLORS[name], height=0.6, label=name, edgecolor="white")
        for position, start, share, count in zip(y, left, shares, mix[name]):
            if share >= 6:
                ax.text(start + share / 2, position, str(count), ha="center", va="center", fontsize=8, color="white")
        left += shares
    ax.set_yticks(y, [document_labels.get(doc_id, doc_id) for doc_id in mix["doc_id"]])
    ax.set_xlim(0, 100)
    ax.grid(axis="y", visible=False)
    ax.set_title(title, loc="left")
    ax.set_xlabel("Share of the document's attributions (%); the numbers are counts")
    figure.legend(title="Source", loc="upper left", bbox_to_anchor=(0.81, 1 - 0.6 / height), frameon=False)
    return figure


# --- Chronology -----------------------------------------------------------------------------------

def timeline_start(starts: pd.Series, max_gap_days: int = 180, max_share: float = 0.2) -> pd.Timestamp:
    """Where a timeline's date axis begins: after the few early events (at most ``max_share`` of them) that a gap of
    more than ``max_gap_days`` separates from the rest, so that they do not squeeze the others into a corner."""
    ordered = starts.dropna().sort_values().reset_index(drop=True)
    begin = ordered.iloc[0]
    for i in range(1, min(len(ordered), int(len(ordered) * max_share) + 1)):
        if (ordered.iloc[i] - ordered.iloc[i - 1]).days > max_gap_days:
            begin = ordered.iloc[i]
    return begin


def timeline_chart(frame: pd.DataFrame, document_labels: Mapping[str, str], title: str = "Timeline of the reported events") -> Figure:
    """One row per event, earliest on top: days as points, longer spans as bars, each with its short description.

    Colour gives the document. One row per event keeps labels apart; a label goes right of its mark, else left of
    it, else over the bar on a white ground. A few events long before the rest (:func:`timeline_start`) are drawn
    as a left-pointing triangle at the axis' left edge; their rows still give their dates.
    """
    use_report_style()
    events = frame.dropna(subset=["date_start"]).reset_index(drop=True)
    doc_ids = sorted(events["doc_id"].unique())
    legend_rows = (len(doc_ids) + 2 + 2) // 3
    bottom, top = 1.0 + 0.24 * legend_rows + 0.5, 0.5
    height = max(3.2, 0.3 * len(events) + bottom + top)
    figure = Figure(figsize=(13, height))
    ax = figure.add_axes((0.22, bottom / height, 0.76, 1 - (bottom + top) / height))
    if events.empty:
        return _empty(figure, ax, title, "No dated events in this selection.")
    colors = document_colors(doc_ids)
    starts = events["date_start"]
    ends = events["date_end"] + pd.Timedelta(days=1)
    _date_axis(ax, timeline_start(starts), ends.max(), pad_fraction=0.02)
    left_limit = ax.get_xlim()[0]
    ax.set_ylim(len(events) - 0.4, -0.6)
    renderer = _renderer(figure)
    area = ax.get_window_extent(renderer)
    for row, event in events.iterrows():
        color = colors[event["doc_id"]]
        start, end = mdates.date2num(starts[row]), mdates.date2num(ends[row])
        if end <= left_limit:
            ax.plot([left_limit], [row], marker="<", color=color, markersize=8, zorder=3, clip_on=False)
            left_edge = right_edge = left_limit
        elif event["granularity"] == "day":
            left_edge = right_edge = (start + end) / 2
            ax.plot([left_edge], [row], marker="o", color=color, markersize=7, zorder=3)
        else:
            ax.barh(row, end - start, left=start, height=0.55, color=color, alpha=0.85, zorder=2)
            if start < left_limit:
                ax.plot([left_limit], [row], marker="<", color=color, markersize=8, zorder=3, clip_on=False)
            left_edge, right_edge = max(start, left_limit), end
        x_left = ax.transData.transform((left_edge, row))[0]
        x_right = ax.transData.transform((right_edge, row))[0]
        text = ax.annotate(event["label"], (right_edge, row), xytext=(7, 0), textcoords="offset points", va="center",
                           fontsize=8, color="#222222")
        width = text.get_window_extent(renderer).width
        if x_right + 9 + width > area.x1:
            text.remove()
            if x_left - 9 - width >= area.x0:
                ax.annotate(event["label"], (left_edge, row), xytext=(-7, 0), textcoords="offset points", va="center",
                            ha="right", fontsize=8, color="#222222")
            else:
                ax.annotate(event["label"], (left_edge, row), xytext=(6, 0), textcoords="offset points", va="center",
                            fontsize=8, color="#222222",
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
    ax.set_yticks(range(len(events)), [f"{text} · {when}" for text, when in zip(events["text"], events["when"])], fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.set_title(title, loc="left")
    ax.set_xlabel("Date the text gives, resolved against the publication date (◀ at the left edge: earlier, see the row's date)")
    ax.set_ylabel("Temporal expression · resolved date")
    handles = [Line2D([], [], marker="s", ls="", markersize=9, color=colors[doc_id], label=document_labels.get(doc_id, doc_id))
               for doc_id in doc_ids]
    handles.append(Line2D([], [], marker="o", ls="", markersize=7, color="#777777", label="a day (point)"))
    handles.append(Patch(color="#777777", label="a week, month or longer (bar)"))
    figure.legend(handles=handles, loc="upper left", ncols=3, frameon=False, bbox_to_anchor=(0.22, (bottom - 0.85) / height),
                  title="Document (publication date) and mark", alignment="left")
    return figure


def reporting_lag_chart(frame: pd.DataFrame, document_labels: Mapping[str, str],
                        title: str = "How long after the events each document reports them") -> Figure:
    """Each event's reporting lag (publication date minus event date), one row per document, the median marked."""
    use_report_style()
    dated = frame[frame["lag_days"].notna()]
    doc_ids = sorted(dated["doc_id"].unique())
    height = max(2.8, 0.5 * len(doc_ids) + 1.8)
    figure = Figure(figsize=(11, height))
    ax = figure.add_axes((0.24, 1.0 / height, 0.72, 1 - 1.6 / height))
    if dated.empty:
        return _empty(figure, ax, title, "No dated events in this selection.")
    colors = document_colors(doc_ids)
    for row, doc_id in enumerate(doc_ids):
        lags = dated.loc[dated["doc_id"] == doc_id, "lag_days"].astype(float).sort_values().to_numpy()
        offsets = (np.arange(len(lags)) % 3 - 1) * 0.12
        ax.scatter(lags, row + offsets, color=colors[doc_id], s=28, alpha=0.85, zorder=3)
        ax.plot([np.median(lags)] * 2, [row - 0.32, row + 0.32], color="#222222", lw=2, zorder=4)
    ax.set_xscale("symlog", linthresh=7, linscale=0.8)
    ticks = [t for t in (-30, -7, 0, 1, 7, 30, 90, 180, 365, 730, 1095) if t <= dated["lag_days"].max() * 1.5 + 7
             and t >= min(dated["lag_days"].min(), 0) * 1.5 - 1]
    ax.set_xticks(ticks, [str(t) for t in ticks])
    ax.set_xlim(min(dated["lag_days"].min(), 0) - 1, dated["lag_days"].max() * 1.3 + 3)
    ax.set_yticks(range(len(doc_ids)), [document_labels.get(doc_id, doc_id) for doc_id in doc_ids])
    ax.set_ylim(len(doc_ids) - 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    ax.set_title(title, loc="left")
    ax.set_xlabel("Reporting lag in days (publication date minus event date; symmetric log scale); bar = median")
    return figure
