"""cli.py: ``kursk-research extract CORPUS --out OUT``: a summary, the problems, exit 1 on any error,
and an OUT folder that is replaced all or nothing."""
from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest
from helpers import fail_on_third_table, snapshot, write_corpus

from kursk_research.cli import main

GOOD = "Ukraine's military intelligence said on Monday that 11,000 North Korean troops were in Kursk.\n"
OTHER = "“They are cannon fodder,” Zelensky said. Seoul says 1,100 North Korean soldiers were killed or wounded.\n"
SUMMARY = re.compile(r"^(\d+) documents: (\d+) figures, (\d+) attributions, (\d+) events -> (.+)$", re.MULTILINE)


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus", {"good": (GOOD, "2024-11-05"), "other": (OTHER, "2024-12-20")})


def test_extract_prints_a_summary_and_writes_the_tables(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    summary = SUMMARY.search(captured.out)
    assert summary, captured.out
    figures = pd.read_csv(out / "figures.csv")
    attributions = pd.read_csv(out / "attributions.csv")
    events = pd.read_csv(out / "events.csv")
    assert tuple(int(n) for n in summary.groups()[:4]) == (2, len(figures), len(attributions), len(events))
    assert summary.group(5) == str(out)
    assert len(figures) >= 2 and len(attributions) >= 2
    assert captured.err == ""
    for name in ("documents", "sentences", "figures", "attributions", "events", "problems"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()


def test_warnings_alone_exit_0(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", {"good": (GOOD, None), "empty": ("", None)}, manifest=False)
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert f"warning: {corpus / 'manifest.csv'}: " in err
    assert f"warning: {corpus / 'empty.txt'}: " in err
    assert "error" not in err


def test_manifest_errors_are_printed_with_their_line_and_exit_1(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", {"good": (GOOD, "2024-11-05"), "other": (OTHER, None)}, manifest=False)
    (corpus / "manifest.csv").write_text("doc_id,published\ngood,2024-11-05\nother,2024-12-20\nghost,2024-11-05\n"
                                         "good,2024-11-07\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    manifest = corpus / "manifest.csv"
    assert f"error: {manifest}:4: " in captured.err and "ghost" in captured.err
    assert f"error: {manifest}:5: " in captured.err and "duplicate" in captured.err
    assert "2 error(s)" in captured.err
    assert SUMMARY.search(captured.out).group(1) == "2"
    assert sorted(pd.read_csv(out / "documents.csv")["doc_id"]) == ["good", "other"]


def test_errors_are_printed_with_file_and_line_and_exit_1(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", {"good": (GOOD, "2024-11-05"), "other": (OTHER, None),
                                                "broken": (b"\xff\xfe\x00b\x00a\x00d", "2024-11-05")}, manifest=False)
    (corpus / "manifest.csv").write_text("doc_id,published\ngood,2024-11-05\nother,20.12.2024\nbroken,2024-11-05\n"
                                         "ghost,2024-11-05\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    manifest = corpus / "manifest.csv"
    assert f"error: {manifest}:3: " in captured.err  # the unparseable date, with its line
    assert f"error: {manifest}:5: " in captured.err  # the row without a file
    assert f"error: {corpus / 'broken.txt'}: " in captured.err
    assert "3 error(s)" in captured.err
    summary = SUMMARY.search(captured.out)
    assert summary and summary.group(1) == "2"  # the others were processed
    documents = pd.read_csv(out / "documents.csv")
    assert sorted(documents["doc_id"]) == ["good", "other"]
    problems = pd.read_csv(out / "problems.csv")
    assert len(problems[problems["severity"] == "error"]) == 3


def test_a_missing_corpus_folder_exits_non_zero(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "error:" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_out_is_required():
    with pytest.raises(SystemExit) as raised:
        main(["extract", "somewhere"])
    assert raised.value.code == 2


def test_jobs_2_writes_the_same_files(corpus, tmp_path, capsys):
    assert main(["extract", str(corpus), "--out", str(tmp_path / "one")]) == 0
    assert main(["extract", str(corpus), "--out", str(tmp_path / "two"), "--jobs", "2"]) == 0
    one, two = snapshot(tmp_path / "one"), snapshot(tmp_path / "two")
    assert {k: v for k, v in one.items() if k.endswith(".csv")} == {k: v for k, v in two.items() if k.endswith(".csv")}


def test_a_write_failing_part_way_keeps_the_previous_out_folder(corpus, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    before = snapshot(out)
    (corpus / "new.txt").write_text("Kyiv says 500 North Korean soldiers were captured.\n", encoding="utf-8")
    calls = fail_on_third_table(monkeypatch)
    assert main(["extract", str(corpus), "--out", str(out)]) == 1
    assert len(calls) == 3
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]  # no staging folder left behind


def test_a_write_failure_is_reported_and_exits_1(corpus, tmp_path, monkeypatch, capsys):
    fail_on_third_table(monkeypatch)
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out")]) == 1
    assert "No space left on device" in capsys.readouterr().err


def test_the_module_entry_point(corpus, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "kursk_research", "extract", str(corpus), "--out", str(out)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert SUMMARY.search(result.stdout)
    assert (out / "attributions.parquet").exists()


def _bad_input(kind, folder):
    """Write a corpus with one good document and one kind of bad input; return (expected exit code, expected
    stderr fragment)."""
    documents = {"good": (GOOD, "2024-11-05")}
    manifest_rows = ["good,2024-11-05"]
    manifest = True
    if kind == "empty file":
        documents["empty"] = ("", "2024-11-05")
        manifest_rows.append("empty,2024-11-05")
        expected = (0, f"warning: {folder / 'empty.txt'}: ")
    elif kind == "invalid UTF-8":
        documents["latin1"] = ("Kyiv’s army".encode("cp1252"), None)
        manifest_rows.append("latin1,2024-11-05")
        expected = (1, f"error: {folder / 'latin1.txt'}: ")
    elif kind == "binary file":
        documents["blob"] = (b"\x00\x01\x02\x03" * 64, None)
        manifest_rows.append("blob,2024-11-05")
        expected = (1, f"error: {folder / 'blob.txt'}: ")
    elif kind == "file over 5 MB":
        documents["huge"] = ("", None)
        manifest_rows.append("huge,2024-11-05")
        expected = (1, f"error: {folder / 'huge.txt'}: ")
    elif kind == "no manifest":
        manifest = False
        expected = (0, f"warning: {folder / 'manifest.csv'}: ")
    elif kind == "manifest row for a missing file":
        manifest_rows.append("ghost,2024-11-05")
        expected = (1, f"error: {folder / 'manifest.csv'}:3: ")
    elif kind == "duplicate doc_id":
        manifest_rows.append("good,2024-11-09")
        expected = (1, f"error: {folder / 'manifest.csv'}:3: ")
    elif kind == "unparseable date":
        documents["other"] = (OTHER, None)
        manifest_rows.append("other,the 5th of November")
        expected = (1, f"error: {folder / 'manifest.csv'}:3: ")
    elif kind == "non-txt files":
        expected = (0, "")
    write_corpus(folder, documents, manifest=False)
    if kind == "file over 5 MB":
        with open(folder / "huge.txt", "wb") as handle:
            handle.truncate(5 * 1024 * 1024 + 10)
    if kind == "non-txt files":
        (folder / "README.md").write_text("# notes\n")
        (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
        (folder / "articles.zip").write_bytes(b"PK\x03\x04")
    if manifest:
        (folder / "manifest.csv").write_text("doc_id,published\n" + "\n".join(manifest_rows) + "\n", encoding="utf-8")
    return expected


@pytest.mark.parametrize("kind", [
    "empty file",
    "invalid UTF-8",
    "binary file",
    "file over 5 MB",
    "no manifest",
    "manifest row for a missing file",
    "duplicate doc_id",
    "unparseable date",
    "non-txt files",
])
def test_bad_input_is_reported_and_the_others_are_processed(kind, tmp_path, capsys):
    folder = tmp_path / "corpus"
    code, fragment = _bad_input(kind, folder)
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out)]) == code
    captured = capsys.readouterr()
    assert fragment in captured.err
    if code:
        assert "error(s): the other documents were processed" in captured.err
    else:
        assert "error" not in captured.err
    documents = pd.read_csv(out / "documents.csv")
    assert "good" in set(documents["doc_id"])
    assert "good" in set(pd.read_csv(out / "figures.csv")["doc_id"])
