"""The displaCy-like view of one document (kursk_research.highlight)."""
from __future__ import annotations

import pytest
from IPython.display import HTML
from test_analysis import TEXT_A, tiny_tables

from kursk_research import highlight
from kursk_research.highlight import Span


@pytest.fixture
def tables(tmp_path):
    return tiny_tables(tmp_path)


def test_render_cuts_the_text_at_every_boundary():
    spans = [Span(0, 9, "statement", "", "statement by X (person, Ukraine)", "Ukraine", "#1f77b4"),
             Span(4, 9, "figure", "FIGURE · personnel", "figure: 12 troops")]
    assert highlight.render("Say 12 <b> end", spans) == (
        '<span class="kr-piece" style="border-bottom:2px solid #1f77b4" title="statement by X (person, Ukraine)">Say </span>'
        '<span class="kr-piece" style="background:#ffd966;border-bottom:2px solid #1f77b4" '
        'title="statement by X (person, Ukraine)\nfigure: 12 troops">12 &lt;b</span>'
        '<span class="kr-badge">FIGURE · personnel</span>'
        "&gt; end")


def test_render_gives_figures_precedence_over_dates_where_they_overlap():
    spans = [Span(0, 4, "date", "DATE · 2024-11-04", "date"), Span(2, 4, "figure", "FIGURE · units", "figure")]
    html = highlight.render("abcd", spans)
    assert 'style="background:#a8dfa8" title="date">ab<' in html
    assert 'style="background:#ffd966" title="date\nfigure">cd<' in html
    assert html.endswith('<span class="kr-badge">DATE · 2024-11-04</span><span class="kr-badge">FIGURE · units</span>')


def test_document_spans(tables):
    spans = highlight.document_spans(tables, "a")
    marks = [(TEXT_A[s.start:s.end], s.layer, s.badge) for s in spans if s.layer != "statement"]
    assert marks == [
        ("Blinken", "speaker", "SPEAKER · United States"),
        ("said", "cue", ""),
        ("on Friday", "date", "DATE · 2024-11-01"),
        ("8,000 troops", "figure", "FIGURE · personnel"),
        ("last week", "date", "DATE · 2024-10-28 to 2024-11-03"),
        ("In August", "date", "DATE · 2024-08"),
        ("about 500 square miles", "figure", "FIGURE · territory"),
        ("he", "speaker", "SPEAKER · United States"),
        ("said", "cue", ""),
    ]
    figure = next(s for s in spans if s.layer == "figure" and s.start == TEXT_A.index("about"))
    assert figure.title == ("figure a:F002: 500 square mile (approximately) = 1,294.994 km2, territory; "
                            "credited to Antony Blinken")
    statements = [s for s in spans if s.layer == "statement"]
    assert len(statements) == 2  # the two statements with one content are one span
    assert statements[0].title == "statement a:A001 by Antony Blinken (person, United States), indirect"


def test_document_html_has_a_key_and_the_whole_text(tables):
    html = highlight.document_html(tables, "b")
    assert '<div class="kr-legend"><b>Key</b>' in html
    assert "statement (United States)" in html and "statement (independent)" in html
    assert "SPEAKER · independent" in html and 'title="speaker: source (group, independent)"' in html
    assert html.count("kr-badge\">DATE") == 2  # since 2023 and in spring (unresolved)
    assert "DATE · unresolved" in html


def test_show_document_returns_html(tables):
    assert isinstance(highlight.show_document(tables, "a"), HTML)


def test_unknown_document_and_changed_text_are_refused(tables, tmp_path):
    with pytest.raises(KeyError, match="no document 'c'"):
        highlight.document_html(tables, "c")
    (tmp_path / "a.txt").write_text(TEXT_A + " Edited.", encoding="utf-8")
    with pytest.raises(ValueError, match="changed since the tables were extracted"):
        highlight.document_html(tables, "a")
