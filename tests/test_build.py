"""``kursk-research build``: the reports regenerated from the seeds, and the old ones kept when a build fails."""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from kursk_research import build, cli, config
from kursk_research.ledger import ledger

REPORTS = list(build.REPORTS)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The reports of the seed corpus, built once for this module."""
    out = tmp_path_factory.mktemp("build") / "reports"
    build.build(config.SEED_CORPUS_DIR, out, log=lambda line: None)
    return out


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _broken_notebooks(tmp_path: Path, report: str) -> Path:
    """A copy of the notebooks in which ``report`` fails in its last cell."""
    folder = tmp_path / "notebooks"
    shutil.copytree(config.NOTEBOOKS_DIR, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    path = folder / f"{report}.ipynb"
    node = nbformat.read(path, as_version=4)
    node.cells.append(nbformat.v4.new_code_cell('raise RuntimeError("the chart could not be drawn")'))
    nbformat.write(node, path)
    return folder


def _notebooks_printing_their_directory(tmp_path: Path) -> Path:
    """A copy of the notebooks, each printing its kernel's working directory in a last cell."""
    folder = tmp_path / "notebooks"
    shutil.copytree(config.NOTEBOOKS_DIR, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for report in REPORTS:
        path = folder / f"{report}.ipynb"
        node = nbformat.read(path, as_version=4)
        node.cells.append(nbformat.v4.new_code_cell("import os\nprint(os.getcwd())"))
        nbformat.write(node, path)
    return folder


# --- A good build ---------------------------------------------------------------------------------

def test_notebooks_run_in_their_folder_and_the_caller_s_directory_is_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    notebooks = _notebooks_printing_their_directory(tmp_path)
    out = tmp_path / "reports"
    build.build(config.SEED_CORPUS_DIR, out, only=["overview", "chronology"], notebooks_dir=notebooks, log=lambda line: None)
    assert Path.cwd() == tmp_path  # parallel notebooks must not move the process
    for report in ("overview", "chronology"):
        printed = nbformat.read(out / f"{report}.ipynb", as_version=4).cells[-1].outputs[0]["text"].strip()
        assert printed == str(notebooks)


def test_build_writes_every_report_the_tables_and_an_index(built):
    for report in REPORTS:
        assert (built / f"{report}.html").is_file() and (built / f"{report}.ipynb").is_file()
    assert {path.name for path in (built / "tables").iterdir()} >= {
        "attributions.csv", "documents.csv", "events.csv", "figures.csv", "problems.csv", "sentences.csv"}
    assert built.stat().st_mode & 0o055  # readable by others, unlike a temporary folder


def test_the_index_links_every_report_and_summarises_the_corpus(built, seed_tables):
    index = (built / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(\w+)\.html"', index) == REPORTS
    assert "<tr><th>documents</th><td>5</td></tr>" in index
    assert f"<tr><th>figures</th><td>{len(seed_tables.figures)}</td></tr>" in index
    assert re.search(r"Built \d{4}-\d\d-\d\d \d\d:\d\d UTC", index)
    assert 'href="tables/figures.csv"' in index


def test_the_reports_embed_their_charts_and_hide_the_code(built):
    charts = {"overview": 0, "figures": 5, "attributions": 3, "chronology": 2}
    for report, count in charts.items():
        html = (built / f"{report}.html").read_text(encoding="utf-8")
        images = re.findall(r'<img [^>]*src="([^"]{0,30})', html)
        assert len(images) == count and all(src.startswith("data:image/png;base64,") for src in images)
        assert "open_report(" not in html and "hl-ipython3" not in html  # code hidden
        assert "Traceback" not in html


def test_the_figures_report_holds_the_ledgers(built, seed_tables):
    html = (built / "figures.html").read_text(encoding="utf-8")
    figures = pd.read_csv(built / "tables" / "figures.csv")
    assert len(figures) == len(seed_tables.figures) > 0
    for figure_id, text in zip(figures["figure_id"], figures["text"]):
        assert figure_id in html and text in html  # every figure is a row of the claims ledger
    claims_ledger = pd.read_csv(built / "figures" / "claims_ledger.csv")
    assert sorted(claims_ledger["figure_id"]) == sorted(figures["figure_id"])
    assert 'id="T_quantities"' in html and 'id="T_divergent_claims"' in html and 'id="T_claims_ledger"' in html
    assert all(quantity_id in html for quantity_id in ledger(seed_tables).quantities["quantity_id"])
    assert html.index('id="T_quantities"') < html.index('id="T_claims_ledger"')  # the ledger leads


def test_the_other_reports_hold_their_tables(built, seed_tables):
    attributions = (built / "attributions.html").read_text(encoding="utf-8")
    assert 'id="T_citation_counts"' in attributions and "Volodymyr Zelensky" in attributions
    assert len(pd.read_csv(built / "attributions" / "speaker_claims.csv")) == len(seed_tables.attributions)
    chronology = (built / "chronology.html").read_text(encoding="utf-8")
    assert 'id="T_events_by_date"' in chronology and "on December 14 and 15" in chronology
    assert len(pd.read_csv(built / "chronology" / "events_by_date.csv")) == seed_tables.events["date_start"].notna().sum()
    overview = (built / "overview.html").read_text(encoding="utf-8")
    assert 'class="kr-doc"' in overview  # the highlighted article
    assert 'href="figures.html"' in overview and 'href="figures.ipynb"' not in overview


def test_html_export_is_deterministic(built, tmp_path):
    build.export_html(built / "figures.ipynb", tmp_path / "figures.html")
    assert (tmp_path / "figures.html").read_bytes() == (built / "figures.html").read_bytes()


# --- Failures keep the previous reports -----------------------------------------------------------

def test_a_failing_notebook_fails_the_build_and_keeps_the_previous_reports(built, tmp_path):
    out = tmp_path / "reports"
    shutil.copytree(built, out)
    before = _fingerprint(out)
    with pytest.raises(build.BuildError) as error:
        build.build(config.SEED_CORPUS_DIR, out, only=["chronology"], notebooks_dir=_broken_notebooks(tmp_path, "chronology"),
                    log=lambda line: None)
    message = str(error.value)
    assert "chronology.ipynb failed in cell" in message and "RuntimeError: the chart could not be drawn" in message
    assert "the previous reports" in message and str(build.failed_folder(out)) in message
    assert _fingerprint(out) == before
    kept = nbformat.read(build.failed_folder(out) / "chronology.ipynb", as_version=4)
    assert kept.cells[-1].outputs[0]["ename"] == "RuntimeError"  # the executed notebook, kept for inspection
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".reports")] == [".reports.failed"]


def test_a_bad_parameter_value_names_it_and_runs_nothing(built, tmp_path):
    out = tmp_path / "reports"
    shutil.copytree(built, out)
    before = _fingerprint(out)
    with pytest.raises(build.BuildError, match="overview: parameter 'date_from': expected a date"):
        build.build(config.SEED_CORPUS_DIR, out, parameters={"date_from": "last week"}, log=lambda line: None)
    with pytest.raises(build.BuildError, match="parameter 'category': 'troops'"):
        build.build(config.SEED_CORPUS_DIR, out, parameters={"category": "troops"}, log=lambda line: None)
    assert _fingerprint(out) == before


def test_only_rebuilds_some_reports_and_keeps_the_others(built, tmp_path):
    out = tmp_path / "reports"
    shutil.copytree(built, out)
    figures_before = (out / "figures.html").read_bytes()
    runs = build.build(config.SEED_CORPUS_DIR, out, only=["overview"], parameters={"doc_id": "001_34b165680035f44a"},
                       log=lambda line: None)
    assert [run.report for run in runs] == ["overview"] and not runs[0].error
    assert (out / "figures.html").read_bytes() == figures_before
    assert "Document 001_34b165680035f44a" in (out / "overview.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(\w+)\.html"', (out / "index.html").read_text(encoding="utf-8")) == REPORTS


# --- Parameters -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("True", True), ("False", False), ("None", None), ("3", 3), ("2.5", 2.5),
                                         ("2024-10-01", "2024-10-01"), ("Volodymyr Zelensky", "Volodymyr Zelensky")])
def test_resolve_value_reads_like_papermill(text, value):
    assert build.resolve_value(text) == value and type(build.resolve_value(text)) is type(value)


def test_split_parameters_sends_each_to_the_reports_that_take_it():
    notebooks = {report: config.NOTEBOOKS_DIR / f"{report}.ipynb" for report in REPORTS}
    split = build.split_parameters({"date_from": "2024-10-01", "category": "personnel"}, notebooks)
    assert split == {"overview": {"date_from": "2024-10-01"}, "figures": {"date_from": "2024-10-01", "category": "personnel"},
                     "attributions": {"date_from": "2024-10-01"}, "chronology": {"date_from": "2024-10-01"}}
    with pytest.raises(build.BuildError, match="unknown parameter 'colour'; the reports take: affiliation, category"):
        build.split_parameters({"colour": "red"}, notebooks)
    with pytest.raises(build.BuildError, match="'out_dir' is set by the build: use --corpus and --out"):
        build.split_parameters({"out_dir": "x"}, notebooks)


def test_every_notebook_declares_the_common_parameters():
    for report in REPORTS:
        names = build.notebook_parameters(config.NOTEBOOKS_DIR / f"{report}.ipynb")
        assert names[:4] == ["corpus_dir", "out_dir", "date_from", "date_to"] and len(names) >= 5


def test_cli_build_reports_errors_and_exits_non_zero(tmp_path, capsys):
    assert cli.main(["build", "--out", str(tmp_path / "out"), "-p", "colour", "red"]) == 1
    assert "build failed: unknown parameter 'colour'" in capsys.readouterr().err
    assert cli.main(["build", "--out", str(tmp_path / "out"), "--only", "figures,maps"]) == 1
    assert "unknown report 'maps'" in capsys.readouterr().err
    assert cli.main(["build", "--corpus", str(tmp_path / "nothing"), "--out", str(tmp_path / "out")]) == 1
    assert "--corpus: parameter 'corpus_dir'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_notebook_whose_kernel_dies_while_starting_is_run_again(monkeypatch, tmp_path):
    calls = []

    def execute(source, executed, **options):
        calls.append(source)
        if len(calls) == 1:  # another kernel took the port this one was given
            raise RuntimeError("Kernel died before replying to kernel_info")
        shutil.copy(source, executed)

    monkeypatch.setattr(build.papermill, "execute_notebook", execute)
    monkeypatch.setattr(build, "export_html", lambda executed, target: target.write_text("<html></html>"))
    source = config.NOTEBOOKS_DIR / "overview.ipynb"
    run = build.run_notebook("overview", source, tmp_path, {}, build.KERNEL_NAME)
    assert run.error == "" and len(calls) == 2
    assert (tmp_path / "overview.ipynb").exists()


def test_a_notebook_that_fails_in_a_cell_is_not_run_again(monkeypatch, tmp_path):
    calls = []

    def execute(source, executed, **options):
        calls.append(source)
        raise RuntimeError("something else went wrong")

    monkeypatch.setattr(build.papermill, "execute_notebook", execute)
    run = build.run_notebook("overview", config.NOTEBOOKS_DIR / "overview.ipynb", tmp_path, {}, build.KERNEL_NAME)
    assert run.error == "RuntimeError: something else went wrong" and len(calls) == 1
