"""Reading a corpus: a folder of UTF-8 ``.txt`` articles and its ``manifest.csv``.

A document's ``doc_id`` is its file name without ``.txt``. The manifest gives at least
``doc_id,published`` and optionally ``outlet,url`` and other columns, which are kept as they are.
Bad input never stops the reading of the other documents: each problem is recorded with the file
(and the manifest line) it concerns, as an error (the document is skipped or loses its date) or a
warning.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import config

MANIFEST = "manifest.csv"
ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong with the input: which file, which line of it (if any), and what."""

    path: str
    line: int | None
    severity: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{self.severity}: {where}: {self.message}"


@dataclass
class Document:
    """One article and what the manifest says of it."""

    doc_id: str
    path: Path
    text: str
    sha256: str
    published: date | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class Corpus:
    """The readable documents of a corpus folder, in doc_id order, and the problems met."""

    path: Path
    documents: list[Document]
    problems: list[Problem]
    manifest_columns: list[str]

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == ERROR]


def _read_article(path: Path, problems: list[Problem]) -> tuple[str, str] | None:
    """(text, sha256) of an article file, or None (with an error recorded) when it cannot be used."""
    size = path.stat().st_size
    if size > config.MAX_DOCUMENT_BYTES:
        limit = config.MAX_DOCUMENT_BYTES // (1024 * 1024)
        problems.append(Problem(str(path), None, ERROR, f"skipped: {size:,} bytes is larger than the {limit} MB limit"))
        return None
    data = path.read_bytes()
    if b"\x00" in data:
        problems.append(Problem(str(path), None, ERROR, "skipped: binary file (it holds NUL bytes)"))
        return None
    try:
        # As open(path, encoding="utf-8").read() reads it (ANNOTATION.md): universal newlines.
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as error:
        problems.append(Problem(str(path), None, ERROR, f"skipped: not valid UTF-8 (byte {error.start}: {error.reason})"))
        return None
    if not text.strip():
        problems.append(Problem(str(path), None, WARNING, "empty file: a document with no claims"))
    return text, hashlib.sha256(data).hexdigest()


def _read_manifest(path: Path, problems: list[Problem]) -> tuple[dict[str, tuple[int, dict[str, str]]], list[str]]:
    """The manifest's rows by doc_id, with their line numbers, and its columns."""
    rows: dict[str, tuple[int, dict[str, str]]] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = list(reader.fieldnames or [])
            missing = [name for name in ("doc_id", "published") if name not in columns]
            if missing:
                problems.append(Problem(str(path), 1, ERROR, f"the header lacks the column(s) {', '.join(missing)}"))
                return {}, columns
            for row in reader:
                line = reader.line_num
                doc_id = (row.get("doc_id") or "").strip()
                if not doc_id:
                    problems.append(Problem(str(path), line, ERROR, "row without a doc_id"))
                elif doc_id in rows:
                    problems.append(Problem(str(path), line, ERROR, f"duplicate doc_id {doc_id!r} (first on line {rows[doc_id][0]})"))
                else:
                    rows[doc_id] = (line, {key: (value or "").strip() for key, value in row.items() if key is not None})
    except (UnicodeDecodeError, csv.Error) as error:
        problems.append(Problem(str(path), None, ERROR, f"unreadable manifest: {error}"))
        return {}, []
    return rows, columns


def _published(value: str, path: Path, line: int, problems: list[Problem]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        problems.append(Problem(str(path), line, ERROR, f"published date {value!r} does not parse (want YYYY-MM-DD); its anchor is inferred"))
        return None


def load_corpus(path: str | Path = config.SEED_CORPUS_DIR) -> Corpus:
    """Read every ``.txt`` article of ``path`` with what its manifest says of it."""
    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such corpus folder")
    problems: list[Problem] = []
    manifest_path = folder / MANIFEST
    if manifest_path.exists():
        manifest, columns = _read_manifest(manifest_path, problems)
    else:
        manifest, columns = {}, []
        problems.append(Problem(str(manifest_path), None, WARNING, "no manifest: every document's anchor date is inferred from its text"))
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file() and not p.name.startswith("."))
    documents = []
    for file in files:
        read = _read_article(file, problems)
        if read is None:
            continue
        doc_id = file.stem
        line, row = manifest.get(doc_id, (None, {}))
        if manifest_path.exists() and line is None and manifest:
            problems.append(Problem(str(manifest_path), None, WARNING, f"{file.name} has no manifest row: its anchor date is inferred"))
        published = _published(row.get("published", ""), manifest_path, line, problems) if line else None
        metadata = {key: value for key, value in row.items() if key not in ("doc_id", "published")}
        documents.append(Document(doc_id, file, read[0], read[1], published, metadata))
    present = {file.stem for file in files}
    for doc_id, (line, _) in manifest.items():
        if doc_id not in present:
            problems.append(Problem(str(manifest_path), line, ERROR, f"no file {doc_id}.txt for doc_id {doc_id!r}"))
    return Corpus(folder, documents, problems, columns)
