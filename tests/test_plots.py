"""The reports' charts and tables (kursk_research.plots): labelled, readable, without overlaps, deterministic."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.text import Annotation
from test_analysis import tiny_tables

from kursk_research import analysis, plots

T = pd.Timestamp


@pytest.fixture(scope="module")
def tables():
    return tiny_tables()


@pytest.fixture(scope="module")
def claims(tables):
    return analysis.figure_claims(tables)


def _texts(figure) -> list[str]:
    return [text.get_text() for text in figure.findobj(matplotlib.text.Text) if text.get_text()]


def _labels(ax) -> list[Annotation]:
    return [child for child in ax.get_children() if isinstance(child, Annotation)]


def _no_overlaps(figure, annotations) -> bool:
    """Whether no two labels' texts overlap (leader lines left aside)."""
    renderer = plots._renderer(figure)
    boxes = []
    for annotation in annotations:
        annotation.update_positions(renderer)
        boxes.append(matplotlib.text.Text.get_window_extent(annotation, renderer))
    return not any(a.overlaps(b) for a, b in combinations(boxes, 2))


def _crowded_claims(n: int = 12) -> pd.DataFrame:
    """``n`` claims of about the same value within a few days: the hard case for labels."""
    days = pd.to_datetime(["2024-11-01"] * (n // 2) + ["2024-11-03"] * (n - n // 2))
    return pd.DataFrame({
        "claim_date": days, "claim_date_start": days, "claim_date_end": days,
        "value": [10000.0 + 100 * (i % 3) for i in range(n)], "value_high": [np.nan] * n,
        "value_norm": [10000.0 + 100 * (i % 3) for i in range(n)], "qualifier": ["exact"] * n, "unit": ["troop"] * n,
        "claimant": [f"Source number {i}" for i in range(n)], "affiliation": ["Ukraine", "Russia"] * (n // 2),
    })


# --- Tables ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (12000.0, "12,000"), (1294.994, "1,294.994"), (0.5, "0.5"), (np.nan, ""), (None, ""), (pd.NA, ""), (3, "3"),
    (12000, "12,000"), (True, "yes"), (T("2024-11-05"), "2024-11-05"), ("text", "text"),
])
def test_format_cell(value, expected):
    assert plots.format_cell(value) == expected


def test_table_renders_stable_html_and_plain_text(tmp_path):
    frame = pd.DataFrame({"speaker": ["Antony Blinken"], "value": [8000.0], "sentence": ["He said so."]})
    shown = plots.table(frame, "claims", "Claims", save_to=tmp_path)
    html = shown._repr_html_()
    assert html == plots.table(frame, "claims", "Claims")._repr_html_()
    assert 'id="T_claims"' in html and "<caption>Claims</caption>" in html and ">8,000<" in html
    assert "min-width: 18em" in html  # the sentence column has room
    assert repr(shown) == "Claims\n       speaker value    sentence\nAntony Blinken 8,000 He said so."
    assert (tmp_path / "claims.csv").read_text() == "speaker,value,sentence\nAntony Blinken,8000.0,He said so.\n"


def test_an_empty_table_says_so():
    shown = plots.table(pd.DataFrame({"a": []}), "empty", "Unresolved")
    assert "no rows" in shown._repr_html_() and repr(shown) == "Unresolved\n(no rows)"


# --- Rendering ------------------------------------------------------------------------------------

def test_png_bytes_are_deterministic_and_carry_no_software_tag(claims):
    first = plots.png_bytes(plots.claims_over_time(analysis.troop_claims(claims), "Troops", "Troops (count)"))
    second = plots.png_bytes(plots.claims_over_time(analysis.troop_claims(claims), "Troops", "Troops (count)"))
    assert first == second and first.startswith(b"\x89PNG") and b"Software" not in first


def test_show_writes_the_png_and_returns_an_image(tmp_path, claims):
    figure = plots.claims_over_time(analysis.troop_claims(claims), "Troops", "Troops (count)")
    image = plots.show(figure, tmp_path / "troops.png")
    assert image.data == (tmp_path / "troops.png").read_bytes() and image.width == 1100


def test_affiliation_colors_are_fixed_and_spare_colours_deterministic():
    colors = plots.affiliation_colors(["Ukraine", "Zeta", "Alpha"])
    assert colors == {"Ukraine": "#1f77b4", "Zeta": plots._SPARE_COLORS[1], "Alpha": plots._SPARE_COLORS[0]}


# --- Figures --------------------------------------------------------------------------------------

def test_claims_over_time_has_title_axes_legends_and_labels(claims):
    figure = plots.claims_over_time(analysis.troop_claims(claims), "Troop claims", "Troops (count)")
    ax = figure.axes[0]
    assert ax.get_title(loc="left") == "Troop claims"
    assert ax.get_ylabel() == "Troops (count)" and ax.get_yscale() == "linear"  # 1,000 to 10,000: one order
    assert ax.get_xlabel() == plots.CLAIM_DATE_LABEL
    assert {legend.get_title().get_text() for legend in figure.legends} == {"Claimant's affiliation", "Marker"}
    assert [a.get_text() for a in _labels(ax)] == ["Antony Blinken", "U.S. officials", "the article itself"]
    legend_texts = _texts(figure)
    assert "at least / more than (open, pointing up)" in legend_texts and "vague magnitude, e.g. thousands (floor)" in legend_texts


def test_claims_over_time_turns_logarithmic_over_two_orders_of_magnitude():
    claims = _crowded_claims(2).assign(value=[30.0, 2_000_000.0], value_norm=[30.0, 2_000_000.0])
    figure = plots.claims_over_time(claims, "Weapons", "Items (count)")
    assert figure.axes[0].get_yscale() == "log" and figure.axes[0].get_ylabel() == "Items (count) (log scale)"


def test_claims_over_time_labels_by_detail(claims):
    figure = plots.claims_over_time(analysis.category_claims(claims, "territory"), "Territory", "km²", label_detail="text")
    assert [a.get_text() for a in _labels(figure.axes[0])] == ["Antony Blinken (about 500 square miles)"]


def test_claims_over_time_without_claims_says_so(claims):
    figure = plots.claims_over_time(analysis.category_claims(claims, "money"), "Money", "USD")
    assert "No claims of this kind in this selection." in _texts(figure)


def test_crowded_labels_do_not_overlap():
    figure = plots.claims_over_time(_crowded_claims(), "Crowded", "Troops (count)")
    labels = _labels(figure.axes[0])
    assert len(labels) == 12 and _no_overlaps(figure, labels)


def test_quantities_over_time_draws_one_panel_per_quantity(claims):
    quantities = pd.DataFrame({
        "quantity_id": ["troops", "territory"], "subject": ["North Korean troops", "Ukrainian-held territory"],
        "measure": ["deployed", "held"], "location": ["Russia", "Kursk region"], "unit_norm": ["count", "km2"],
        "n_claims": [3, 1], "n_sources": [3, 1], "status": ["divergent", "single source"],
    })
    with_quantity = claims.assign(quantity_id=claims["category"].map({"personnel": "troops", "territory": "territory"}))
    figure = plots.quantities_over_time(analysis.quantity_claims(with_quantity, quantities), quantities)
    assert len(figure.axes) == 1
    assert figure.axes[0].get_title(loc="left") == "North Korean troops · deployed · Russia: divergent (3 claims, 3 sources)"
    assert figure.axes[0].get_ylabel().startswith("North Korean troops (count)")


# --- Attributions ---------------------------------------------------------------------------------

def test_attribution_charts_are_labelled(tables):
    claims = analysis.attribution_claims(tables)
    labels = analysis.document_labels(tables.documents)
    bars = plots.citations_by_speaker(analysis.citation_counts(claims))
    assert bars.axes[0].get_xlabel() == "Attributions (statements credited to the speaker)"
    assert [t.get_text() for t in bars.axes[0].get_yticklabels()] == ["Antony Blinken", "U.S. officials", "source"]
    assert {legend.get_title().get_text() for legend in bars.legends} == {"Affiliation", "How"}
    heatmap = plots.speaker_document_heatmap(analysis.speaker_document_matrix(claims), labels)
    assert [t.get_text() for t in heatmap.axes[0].get_xticklabels()] == ["a (2024-11-05)", "b (2024-11-13)"]
    assert heatmap.axes[1].get_ylabel() == "Attributions (count)"  # the colour bar
    mix = plots.source_mix_chart(analysis.source_mix(claims), labels)
    assert mix.axes[0].get_xlabel().startswith("Share of the document's attributions (%)")
    assert [t.get_text() for t in mix.legends[0].get_texts()] == ["named", "group", "anonymous"]


# --- Chronology -----------------------------------------------------------------------------------

def test_timeline_start_skips_a_few_early_outliers():
    starts = pd.Series(pd.to_datetime(["2022-02-01", "2023-01-01"] + ["2024-10-01"] * 10))
    assert plots.timeline_start(starts) == T("2024-10-01")
    assert plots.timeline_start(pd.Series(pd.to_datetime(["2024-06-01", "2024-10-01"]))) == T("2024-06-01")


def test_timeline_chart_gives_each_event_a_row_and_labels_that_do_not_overlap(tables):
    frame = analysis.timeline(tables)
    figure = plots.timeline_chart(frame, analysis.document_labels(tables.documents))
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "since 2023 · 2023-01-01 to 2024-11-13", "In August · 2024-08", "last week · 2024-10-28 to 2024-11-03",
        "on Friday · 2024-11-01"]
    assert ax.get_title(loc="left") == "Timeline of the reported events" and ax.get_xlabel()
    assert len(_labels(ax)) == 4 and _no_overlaps(figure, _labels(ax))
    assert "a (2024-11-05)" in _texts(figure) and "a day (point)" in _texts(figure)


def test_reporting_lag_chart(tables):
    frame = analysis.timeline(tables)
    figure = plots.reporting_lag_chart(frame, analysis.document_labels(tables.documents))
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a (2024-11-05)"]
    assert ax.get_xscale() == "symlog" and ax.get_xlabel().startswith("Reporting lag in days")


def test_charts_of_an_empty_selection_say_so(tables):
    labels = analysis.document_labels(tables.documents)
    empty = analysis.timeline(tables).iloc[0:0]
    assert "No dated events in this selection." in _texts(plots.timeline_chart(empty, labels))
    assert "No dated events in this selection." in _texts(plots.reporting_lag_chart(empty, labels))


def test_charts_are_written_to_files_with_fixed_style(tmp_path, claims):
    plots.use_report_style()
    assert matplotlib.rcParams["font.family"] == ["DejaVu Sans"] and matplotlib.rcParams["font.size"] == 10
    path = Path(tmp_path) / "chart.png"
    plots.show(plots.claims_over_time(analysis.troop_claims(claims), "Troops", "Troops (count)"), path)
    assert path.stat().st_size > 10_000
