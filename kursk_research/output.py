"""Writing tables to disk: every table as CSV and Parquet, all or nothing.

The files are written into a temporary folder beside the destination and moved into place at the
end, so that a failed run never leaves a half-written set of tables behind.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


@contextmanager
def replaced_atomically(destination: Path) -> Iterator[Path]:
    """A temporary folder to fill; on success it replaces ``destination``, on failure it is removed."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = None
    if destination.exists():
        previous = destination.with_name(f".{destination.name}.previous")
        shutil.rmtree(previous, ignore_errors=True)
        destination.rename(previous)
    staging.rename(destination)
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)


def write_csv(frame: pd.DataFrame, path: Path, index: bool = False) -> None:
    """``frame`` as CSV, dates as ``YYYY-MM-DD``: the one CSV form of every table the package writes."""
    frame.to_csv(path, index=index, date_format="%Y-%m-%d")


def write_table(frame: pd.DataFrame, folder: Path, name: str) -> None:
    """``frame`` as ``folder/NAME.csv`` and ``folder/NAME.parquet``."""
    write_csv(frame, folder / f"{name}.csv")
    frame.to_parquet(folder / f"{name}.parquet", index=False)


def write_tables(tables: list[tuple[str, pd.DataFrame]], destination: Path) -> None:
    """Every (name, frame) as CSV and Parquet in ``destination``, replacing what was there."""
    with replaced_atomically(destination) as staging:
        for name, frame in tables:
            write_table(frame, staging, name)
