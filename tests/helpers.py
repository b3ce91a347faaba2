"""Helpers shared by the test modules (imported as ``helpers``; tests/ is on sys.path)."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd


def write_corpus(folder: Path, documents: dict, manifest: bool = True, extra_columns: dict | None = None) -> Path:
    """A corpus folder: one ``DOC_ID.txt`` per document and, unless told not to, a manifest.csv.

    ``documents`` maps doc_id to ``(text, published)``; text may be bytes; published None leaves the
    manifest cell empty. ``extra_columns`` maps a manifest column to its value for each doc_id.
    """
    extra_columns = extra_columns or {}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, (text, _) in documents.items():
        path = folder / f"{doc_id}.txt"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
    if manifest:
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["doc_id", "published", *extra_columns])
            for doc_id, (_, published) in documents.items():
                writer.writerow([doc_id, published or "", *(values.get(doc_id, "") for values in extra_columns.values())])
    return folder


def span(text: str, substring: str, occurrence: int = 0) -> tuple[int, int]:
    """(start, end) of the ``occurrence``-th appearance of ``substring`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(substring, start + 1)
    return start, start + len(substring)


def rows_at(frame: pd.DataFrame, text: str, substring: str, occurrence: int = 0) -> pd.DataFrame:
    """The rows of ``frame`` whose span is exactly that of ``substring`` in ``text``."""
    start, end = span(text, substring, occurrence)
    return frame[(frame["start"] == start) & (frame["end"] == end)]


def row_at(frame: pd.DataFrame, text: str, substring: str, occurrence: int = 0) -> pd.Series:
    """The one row of ``frame`` spanning ``substring``; fails with the spans that were found."""
    found = rows_at(frame, text, substring, occurrence)
    assert len(found) == 1, (
        f"want exactly one row spanning {substring!r}; got {len(found)}. "
        f"Spans found: {[text[s:e] for s, e in zip(frame['start'], frame['end'])]}"
    )
    return found.iloc[0]


def spanned(frame: pd.DataFrame, text: str) -> list[str]:
    """What each row of ``frame`` spans, in order."""
    return [text[start:end] for start, end in zip(frame["start"], frame["end"])]


def iso(value) -> str:
    """A date cell as YYYY-MM-DD, '' when empty."""
    if value is None or pd.isna(value):
        return ""
    return pd.Timestamp(value).date().isoformat()


def blank(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or value == ""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` by name, with its bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def fail_on_third_table(monkeypatch) -> list[str]:
    """Make ``output.write_table`` fail with a full disk on the third table; returns the tables it was asked for."""
    from kursk_research import output

    calls: list[str] = []
    original = output.write_table

    def write(frame, folder, name):
        calls.append(name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        original(frame, folder, name)

    monkeypatch.setattr(output, "write_table", write)
    return calls
