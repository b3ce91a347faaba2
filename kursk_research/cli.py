"""kursk-research: extract the figures, attributions and events of a corpus of articles, and build the reports."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from . import config
from .corpus import load_corpus
from .extract import extract
from .output import write_tables


def _extract(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.corpus)
    tables = extract(corpus, jobs=args.jobs)
    try:
        write_tables(tables.items(), args.out)
    except OSError as error:
        print(f"error: could not write the tables to {args.out} (the previous ones are kept): {error}", file=sys.stderr)
        return 1
    print(f"{len(tables.documents)} documents: {len(tables.figures)} figures, {len(tables.attributions)} attributions, "
          f"{len(tables.events)} events -> {args.out}")
    return _report(tables.problems)


def _build(args: argparse.Namespace) -> int:
    from . import build  # imported here: papermill and nbconvert would slow `extract` down

    if args.refresh_notebooks:
        build.refresh_notebooks()
        return 0
    only = [name.strip() for name in args.only.split(",") if name.strip()] if args.only else None
    parameters = {name: build.resolve_value(value) for name, value in args.parameters}
    try:
        build.build(args.corpus, args.out, parameters=parameters, only=only, jobs=args.jobs)
    except build.BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    return 0


def _report(problems: pd.DataFrame) -> int:
    """Print the input's problems; 1 if any was an error."""
    for row in problems.itertuples():
        where = row.path if pd.isna(row.line) else f"{row.path}:{row.line}"
        print(f"{row.severity}: {where}: {row.message}", file=sys.stderr)
    errors = int((problems["severity"] == "error").sum())
    if errors:
        print(f"{errors} error(s): the other documents were processed", file=sys.stderr)
    return 1 if errors else 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kursk-research", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="extract the tables of a corpus into CSV and Parquet files")
    run.add_argument("corpus", type=Path, nargs="?", default=config.SEED_CORPUS_DIR, help="corpus folder (default: the seeds)")
    run.add_argument("--out", type=Path, required=True, help="folder for the tables (replaced as a whole)")
    run.add_argument("--jobs", type=int, default=1, help="processes that extract documents, this one included (default 1)")
    run.set_defaults(handler=_extract)
    reports = commands.add_parser("build", help="regenerate the HTML reports (papermill + nbconvert), replacing the old "
                                                "ones only if every report succeeds")
    reports.add_argument("--corpus", type=Path, default=config.SEED_CORPUS_DIR, help="corpus folder (default: the seeds)")
    reports.add_argument("--out", type=Path, default=config.REPORTS_DIR, help="folder for the reports (default: reports/)")
    reports.add_argument("-p", "--parameter", dest="parameters", nargs=2, action="append", default=[],
                         metavar=("NAME", "VALUE"), help="a report parameter, e.g. -p date_from 2024-10-01 (repeatable)")
    reports.add_argument("--only", help="comma-separated reports to rebuild, e.g. figures,chronology (the others are kept)")
    reports.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: all)")
    reports.add_argument("--refresh-notebooks", action="store_true",
                         help="instead, execute notebooks/ in place with their defaults, for committing them")
    reports.set_defaults(handler=_build)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
