"""Regenerating the reports: ``kursk-research build``.

The corpus is extracted, its tables written as CSV, each report notebook run by papermill with the
parameters given (in parallel, one kernel per notebook), exported to HTML by nbconvert with the code
hidden and the charts embedded, and an ``index.html`` written that links them. All of it goes into a
temporary folder that replaces the output folder only when every notebook succeeded: a failed build
leaves the last good reports in place.
"""
from __future__ import annotations

import html
import os
import shutil
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import nbformat
import papermill
import zmq
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from traitlets import default

from . import analysis, config
from .extract import Tables, extract, worker_context
from .output import replaced_atomically, write_csv

#: The reports, in the order the index lists them, with what each shows.
REPORTS: dict[str, str] = {
    "overview": "The corpus and its documents, and one article with its figures, attributions and dates highlighted.",
    "figures": "Every figure claimed, by whom and when; troop numbers, casualties, weapons and territory over time; "
               "where sources give different values.",
    "attributions": "Who is cited, how often and how; sources per document; each speaker's statements and the quotes.",
    "chronology": "The events on a timeline and sorted by date; how long after the events each document reports them; "
                  "the expressions left unresolved.",
}
#: Parameters the build sets itself, from ``--corpus`` and ``--out``.
FIXED_PARAMETERS = ("corpus_dir", "out_dir")
#: The kernel the notebooks run in: the current environment's own (ipykernel's ``python3``).
KERNEL_NAME = "python3"
TABLES_FOLDER = "tables"
_KERNEL_STARTS = 3  # tries for a notebook whose kernel dies while starting (no cell has run yet)
_KERNEL_START_FAILURES = ("Kernel died before replying to kernel_info", "Address already in use", "Kernel didn't respond")


class KernelManager(AsyncKernelManager):
    """Starts the report kernels with their local channels encrypted (CurveZMQ) where pyzmq supports
    it, which also keeps ipykernel's "running over TCP without encryption" warning out of the logs."""

    @default("transport_encryption")
    def _encrypt_when_possible(self) -> str:
        return "auto" if zmq.has("curve") else "disabled"


class BuildError(RuntimeError):
    """The build failed; the previous reports are untouched."""


@dataclass(frozen=True)
class NotebookRun:
    """How one report notebook ran: its time and, if it failed, where and why."""

    report: str
    seconds: float
    error: str = ""


def resolve_value(text: str) -> object:
    """A ``-p`` value as papermill's command line reads it: True, False, None, an int, a float, else the string."""
    constants = {"True": True, "False": False, "None": None}
    if text in constants:
        return constants[text]
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def notebook_parameters(path: Path) -> list[str]:
    """The names a notebook's ``parameters`` cell declares."""
    return list(papermill.inspect_notebook(str(path)))


def split_parameters(given: Mapping[str, object], notebooks: Mapping[str, Path]) -> dict[str, dict[str, object]]:
    """For each report, the given parameters it declares; a name no report declares is an error."""
    for name in given:
        if name in FIXED_PARAMETERS:
            raise BuildError(f"parameter {name!r} is set by the build: use --corpus and --out")
    declared = {report: notebook_parameters(path) for report, path in notebooks.items()}
    known = sorted({name for names in declared.values() for name in names} - set(FIXED_PARAMETERS))
    unknown = [name for name in given if name not in known]
    if unknown:
        raise BuildError(f"unknown parameter {unknown[0]!r}; the reports take: {', '.join(known)}")
    return {report: {name: value for name, value in given.items() if name in names} for report, names in declared.items()}


def check_values(tables: Tables, per_report: Mapping[str, Mapping[str, object]], out_dir: Path) -> None:
    """Check every report's parameters against the corpus before any kernel starts (the notebooks check them too)."""
    for report, parameters in per_report.items():
        try:
            analysis.check_parameters(report, tables, out_dir, **parameters)
        except analysis.ParameterError as error:
            raise BuildError(f"{report}: {error}") from None


def export_html(notebook: Path, target: Path) -> None:
    """The executed notebook as one self-contained HTML page: code hidden, images embedded, links to .html."""
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    node = nbformat.read(notebook, as_version=4)
    for cell in node.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill draws a random one
    body, _ = exporter.from_notebook_node(node, resources={"metadata": {"name": f"kursk-research: {notebook.stem}"}})
    for report in REPORTS:
        body = body.replace(f'href="{report}.ipynb', f'href="{report}.html')
    target.write_text(body, encoding="utf-8")


def _kernel_did_not_start(error: Exception) -> bool:
    """Whether a notebook failed before any cell ran because its kernel did not start: another
    kernel took the port it was given ("Address already in use"), so it died before replying."""
    text = f"{type(error).__name__}: {error}"
    return not isinstance(error, papermill.PapermillExecutionError) and any(sign in text for sign in _KERNEL_START_FAILURES)


def run_notebook(report: str, source: Path, folder: Path, parameters: Mapping[str, object], kernel_name: str) -> NotebookRun:
    """Execute one report notebook into ``folder`` and export it to HTML (in a worker process of its own)."""
    started = time.perf_counter()
    executed = folder / f"{report}.ipynb"
    try:
        for attempt in range(1, _KERNEL_STARTS + 1):
            try:
                # The kernel starts in the notebook's folder (nbclient's resources path; papermill's `cwd` would move the process).
                papermill.execute_notebook(str(source), str(executed), parameters=dict(parameters), kernel_name=kernel_name,
                                           resources={"metadata": {"path": str(source.parent)}}, progress_bar=False,
                                           log_output=False, kernel_manager_class=KernelManager)
                break
            except Exception as error:
                if attempt == _KERNEL_STARTS or not _kernel_did_not_start(error):
                    raise
    except papermill.PapermillExecutionError as error:
        first_line = next((line for line in error.source.splitlines() if line.strip()), "")
        return NotebookRun(report, time.perf_counter() - started,
                           f"cell {error.cell_index} (execution count {error.exec_count}, `{first_line}`): "
                           f"{error.ename}: {error.evalue}")
    except Exception as error:  # noqa: BLE001 - a kernel that does not start must name its notebook, too
        return NotebookRun(report, time.perf_counter() - started, f"{type(error).__name__}: {error}")
    export_html(executed, folder / f"{report}.html")
    return NotebookRun(report, time.perf_counter() - started)


def write_tables(tables: Tables, folder: Path) -> list[str]:
    """Each table as CSV in ``folder``; their file names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for name, frame in tables.items():
        write_csv(frame, folder / f"{name}.csv")
        names.append(f"{name}.csv")
    return names


INDEX_STYLE = """
body {font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 60em; margin: 2em auto;
  padding: 0 1em; color: #222; line-height: 1.5;}
h1 {font-size: 1.6em; margin-bottom: 0.2em;} .built {color: #555; margin-top: 0;}
table {border-collapse: collapse; margin: 0.5em 0 1.5em;} td, th {text-align: left; padding: 3px 12px 3px 0;
  border-bottom: 1px solid #e5e5e5;}
li {margin-bottom: 0.6em;} a {color: #1f5fa8;}
"""


def index_html(tables: Tables, reports: Sequence[str], table_files: Sequence[str], corpus_dir: Path, built_at: datetime) -> str:
    """The index page: the reports with what each shows, the corpus in numbers, the tables, and when it was built."""
    summary = "".join(f"<tr><th>{html.escape(measure)}</th><td>{html.escape(value)}</td></tr>"
                      for measure, value in analysis.corpus_summary(tables).itertuples(index=False))
    links = "".join(f'<li><a href="{report}.html"><b>{report.capitalize()}</b></a>: {html.escape(REPORTS[report])}</li>'
                    for report in reports)
    files = ", ".join(f'<a href="{TABLES_FOLDER}/{name}">{html.escape(name)}</a>' for name in table_files)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>kursk-research reports</title>\n'
            f"<style>{INDEX_STYLE}</style>\n</head>\n<body>\n<h1>kursk-research reports</h1>\n"
            f'<p class="built">Built {built_at:%Y-%m-%d %H:%M} UTC from the corpus <code>{html.escape(corpus_dir.name)}</code>'
            f" ({html.escape(str(corpus_dir))}).</p>\n<h2>Reports</h2>\n<ul>{links}</ul>\n"
            f"<h2>The corpus</h2>\n<table>{summary}</table>\n"
            f"<h2>Tables</h2>\n<p>The extracted tables as CSV: {files}.</p>\n</body>\n</html>\n")


def _keep_previous(previous: Path, staging: Path, rebuilt: Sequence[str]) -> None:
    """Copy the reports not rebuilt (with ``--only``) from the previous build into the new one."""
    if not previous.is_dir():
        return
    for report in REPORTS:
        if report in rebuilt:
            continue
        for path in (previous / f"{report}.html", previous / f"{report}.ipynb", previous / report):
            if path.is_dir():
                shutil.copytree(path, staging / path.name)
            elif path.exists():
                shutil.copy2(path, staging / path.name)


def build(corpus_dir: Path = config.SEED_CORPUS_DIR, out_dir: Path = config.REPORTS_DIR,
          parameters: Mapping[str, object] | None = None, only: Sequence[str] | None = None,
          notebooks_dir: Path = config.NOTEBOOKS_DIR, jobs: int | None = None, kernel_name: str = KERNEL_NAME,
          log: Callable[[str], None] = print) -> list[NotebookRun]:
    """Regenerate the reports of ``corpus_dir`` into ``out_dir``; raises :class:`BuildError` and keeps the old
    reports if anything fails. ``only`` rebuilds some reports and keeps the others from the previous build."""
    started = time.perf_counter()
    corpus_dir, out_dir = Path(corpus_dir).resolve(), Path(out_dir).resolve()
    selected = list(only) if only else list(REPORTS)
    unknown = [report for report in selected if report not in REPORTS]
    if unknown:
        raise BuildError(f"unknown report {unknown[0]!r}; the reports are: {', '.join(REPORTS)}")
    notebooks = {report: Path(notebooks_dir) / f"{report}.ipynb" for report in selected}
    missing = [str(path) for path in notebooks.values() if not path.is_file()]
    if missing:
        raise BuildError(f"missing notebook {missing[0]}")
    try:
        analysis.check_corpus_dir(corpus_dir)
    except analysis.ParameterError as error:
        raise BuildError(f"--corpus: {error}") from None
    per_report = split_parameters(dict(parameters or {}), notebooks)

    log(f"extracting the tables of {corpus_dir}")
    tables = extract(corpus_dir)
    check_values(tables, per_report, out_dir)
    workers = max(1, min(jobs or len(selected), len(selected)))
    with replaced_atomically(out_dir) as staging:
        staging.chmod(0o777 & ~_umask())  # a temporary folder is private; the reports are not
        _keep_previous(out_dir, staging, selected)
        table_files = write_tables(tables, staging / TABLES_FOLDER)
        log(f"running {len(selected)} notebook(s) ({', '.join(selected)}) with {workers} worker(s)")
        runs = _run_all(notebooks, per_report, staging, corpus_dir, kernel_name, workers, log)
        failed = [run for run in runs if run.error]
        if failed:
            kept = _keep_failed(staging, out_dir, [run.report for run in failed])
            details = "\n".join(f"  {run.report}.ipynb failed in {run.error}" for run in failed)
            raise BuildError(f"{len(failed)} notebook(s) failed; the previous reports in {out_dir} are unchanged\n{details}\n"
                             f"  the executed notebooks with the error are in {kept}")
        present = [report for report in REPORTS if (staging / f"{report}.html").exists()]
        (staging / "index.html").write_text(index_html(tables, present, table_files, corpus_dir, datetime.now(UTC)),
                                            encoding="utf-8")
    shutil.rmtree(failed_folder(out_dir), ignore_errors=True)
    log(f"wrote {len(present)} report(s) and index.html to {out_dir} in {time.perf_counter() - started:.1f} s")
    return runs


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _run_all(notebooks: Mapping[str, Path], per_report: Mapping[str, Mapping[str, object]], staging: Path, corpus_dir: Path,
             kernel_name: str, workers: int, log: Callable[[str], None]) -> list[NotebookRun]:
    """Run every notebook, ``workers`` at a time, logging each as it finishes."""
    def arguments(report: str) -> tuple:
        parameters = {**per_report[report], "corpus_dir": str(corpus_dir), "out_dir": str(staging)}
        return report, notebooks[report], staging, parameters, kernel_name

    runs: list[NotebookRun] = []
    # Processes, not threads: papermill changes the process's working directory around its reads and
    # writes (a handler shared by all threads), so notebooks run in threads can leave it anywhere.
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context()) as pool:
        futures = [pool.submit(run_notebook, *arguments(report)) for report in notebooks]
        for future in as_completed(futures):
            runs.append(future.result())
            _log_run(runs[-1], log)
    order = list(notebooks)
    return sorted(runs, key=lambda run: order.index(run.report))


def _log_run(run: NotebookRun, log: Callable[[str], None]) -> None:
    log(f"  {run.report}: {'FAILED' if run.error else 'ok'} ({run.seconds:.1f} s)")


def failed_folder(out_dir: Path) -> Path:
    """Where a failed build keeps its executed notebooks, beside the output folder (a success removes it)."""
    return out_dir.with_name(f".{out_dir.name}.failed")


def _keep_failed(staging: Path, out_dir: Path, reports: Sequence[str]) -> Path:
    """Copy the failed executed notebooks out of the staging folder (which is removed) for inspection."""
    kept = failed_folder(out_dir)
    shutil.rmtree(kept, ignore_errors=True)
    kept.mkdir(parents=True)
    for report in reports:
        executed = staging / f"{report}.ipynb"
        if executed.exists():
            shutil.copy2(executed, kept / executed.name)
    return kept


def refresh_notebooks(notebooks_dir: Path = config.NOTEBOOKS_DIR, kernel_name: str = KERNEL_NAME,
                      log: Callable[[str], None] = print) -> None:
    """Execute the notebooks in place with their default parameters (on the seeds), for committing and nbval.

    Runs with nbclient rather than papermill so that no timing metadata lands in the committed files:
    a rerun on the same corpus changes nothing.
    """
    for report in REPORTS:
        path = Path(notebooks_dir) / f"{report}.ipynb"
        node = nbformat.read(path, as_version=4)
        started = time.perf_counter()
        NotebookClient(node, kernel_name=kernel_name, timeout=600, record_timing=False, kernel_manager_class=KernelManager,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        for cell in node.cells:
            cell.metadata.pop("execution", None)
        node.metadata.pop("papermill", None)
        nbformat.write(node, path)
        log(f"  {report}: executed in place ({time.perf_counter() - started:.1f} s)")
