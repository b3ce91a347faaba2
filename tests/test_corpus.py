"""corpus.py: reading a corpus folder and its manifest; bad input is reported, never fatal to the others."""
from __future__ import annotations

import hashlib
import os
from datetime import date

import pytest

from kursk_research import extract, load_corpus
from kursk_research.corpus import Problem

GOOD = "Ukraine's military intelligence said on Monday that 11,000 North Korean troops were in Kursk.\n"
OTHER = "Seoul says about 1,100 North Korean soldiers have been killed or wounded.\n"


def problems_of(corpus, severity=None):
    return [p for p in corpus.problems if severity is None or p.severity == severity]


def write_manifest(folder, lines: list[str]) -> None:
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def assert_others_processed(folder, expected_ids):
    tables = extract(folder)
    assert sorted(tables.documents["doc_id"]) == sorted(expected_ids)
    assert "good" in set(tables.figures["doc_id"])
    return tables


def test_a_good_corpus(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05"), "other": (OTHER, "2024-12-20")})
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good", "other"]
    assert corpus.problems == [] and corpus.errors == []
    good = corpus.documents[0]
    assert good.text == GOOD
    assert good.published == date(2024, 11, 5)
    assert good.sha256 == hashlib.sha256(GOOD.encode("utf-8")).hexdigest()
    assert good.path == folder / "good.txt"
    assert corpus.manifest_columns == ["doc_id", "published"]


def test_text_is_read_exactly_as_the_guidelines_read_it(build_corpus):
    text = "\ufeffLine one.\r\nLine two — “quoted”.\r\n\r\n  Trailing spaces.  \n"
    folder = build_corpus({"crlf": (text.encode("utf-8"), "2024-11-05")})
    document = load_corpus(folder).documents[0]
    with open(folder / "crlf.txt", encoding="utf-8") as handle:
        expected = handle.read()
    assert document.text == expected


def test_text_is_read_without_stripping_or_normalising(build_corpus):
    text = "\ufeff  Line one.\n\n\tLine two — “quoted”.\n  Trailing spaces.  \n\n"
    folder = build_corpus({"raw": (text, "2024-11-05")})
    assert load_corpus(folder).documents[0].text == text


def test_manifest_extra_columns_are_kept(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "\ufeffdoc_id,published,outlet,url,language\ngood,2024-11-05T09:30:00Z,Reuters,https://example.com/a,en\n",
        encoding="utf-8")
    corpus = load_corpus(folder)
    document = corpus.documents[0]
    assert document.published == date(2024, 11, 5)
    assert document.metadata == {"outlet": "Reuters", "url": "https://example.com/a", "language": "en"}
    tables = extract(corpus)
    row = tables.documents.iloc[0]
    assert (row["outlet"], row["url"], row["language"]) == ("Reuters", "https://example.com/a", "en")
    assert tables.problems.empty


def test_empty_file_is_a_document_with_no_claims_and_a_warning(build_corpus):
    folder = build_corpus({"empty": ("", "2024-11-05"), "good": (GOOD, "2024-11-05")})
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["empty", "good"]
    warnings = problems_of(corpus, "warning")
    assert len(warnings) == 1 and warnings[0].path == str(folder / "empty.txt")
    assert "empty" in warnings[0].message
    assert corpus.errors == []
    tables = assert_others_processed(folder, ["empty", "good"])
    empty = tables.documents.set_index("doc_id").loc["empty"]
    assert (empty["n_chars"], empty["n_figures"], empty["n_attributions"], empty["n_events"]) == (0, 0, 0, 0)


def test_a_blank_file_is_empty_too(build_corpus):
    folder = build_corpus({"blank": ("  \n\n\t\n", "2024-11-05"), "good": (GOOD, "2024-11-05")})
    corpus = load_corpus(folder)
    assert [p.path for p in problems_of(corpus, "warning")] == [str(folder / "blank.txt")]
    assert_others_processed(folder, ["blank", "good"])


def test_invalid_utf8_is_an_error_and_skipped(build_corpus):
    folder = build_corpus({"latin1": ("Kyiv’s army said 1,000 troops.".encode("cp1252"), "2024-11-05"),
                           "good": (GOOD, "2024-11-05")})
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    errors = corpus.errors
    assert len(errors) == 1 and errors[0].path == str(folder / "latin1.txt")
    assert "UTF-8" in errors[0].message
    tables = assert_others_processed(folder, ["good"])
    assert str(folder / "latin1.txt") in set(tables.problems["path"])


def test_a_binary_file_is_an_error_and_skipped(build_corpus):
    folder = build_corpus({"image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "2024-11-05"),
                           "good": (GOOD, "2024-11-05")})
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    assert [(p.path, p.severity) for p in corpus.problems] == [(str(folder / "image.txt"), "error")]
    assert "binary" in corpus.errors[0].message
    assert_others_processed(folder, ["good"])


def test_a_file_over_5_mb_is_an_error_and_skipped(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05"), "huge": ("", "2024-11-05")})
    with open(folder / "huge.txt", "wb") as handle:  # sparse: no 5 MB actually written
        handle.truncate(5 * 1024 * 1024 + 1)
    assert os.path.getsize(folder / "huge.txt") > 5 * 1024 * 1024
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    assert [(p.path, p.severity) for p in corpus.problems] == [(str(folder / "huge.txt"), "error")]
    assert "5 MB" in corpus.errors[0].message
    assert_others_processed(folder, ["good"])


def test_a_file_of_exactly_5_mb_is_read(build_corpus):
    body = ("North Korean troops moved. " * 200_000)
    body = body[: 5 * 1024 * 1024]
    folder = build_corpus({"big": (body, "2024-11-05")})
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["big"] and corpus.errors == []


def test_no_manifest_is_a_warning_and_anchors_are_inferred(build_corpus):
    dated = "On Monday, 4 November 2024, Kyiv said that 11,000 North Korean troops were in Kursk. Fighting began last week.\n"
    folder = build_corpus({"good": (GOOD, None), "dated": (dated, None)}, manifest=False)
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["dated", "good"]
    assert [(p.path, p.line, p.severity) for p in corpus.problems] == [(str(folder / "manifest.csv"), None, "warning")]
    assert "manifest" in corpus.problems[0].message
    assert corpus.manifest_columns == []
    tables = extract(corpus)
    documents = tables.documents.set_index("doc_id")
    assert documents.loc["dated", "anchor_source"] == "inferred"
    assert str(documents.loc["dated", "anchor"].date()) == "2024-11-04"
    assert documents.loc["good", "anchor_source"] == "none"
    assert "good" in set(tables.figures["doc_id"])


def test_a_manifest_row_for_a_missing_file_is_an_error_with_its_line(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05")}, manifest=False)
    write_manifest(folder, ["doc_id,published", "good,2024-11-05", "ghost,2024-11-06"])
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    assert [(p.path, p.line, p.severity) for p in corpus.problems] == [(str(folder / "manifest.csv"), 3, "error")]
    assert "ghost" in corpus.problems[0].message
    assert_others_processed(folder, ["good"])


def test_a_duplicate_doc_id_is_an_error_with_its_line(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05"), "other": (OTHER, "2024-12-20")}, manifest=False)
    write_manifest(folder, ["doc_id,published", "good,2024-11-05", "other,2024-12-20", "good,2024-11-30"])
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good", "other"]
    assert [(p.path, p.line, p.severity) for p in corpus.problems] == [(str(folder / "manifest.csv"), 4, "error")]
    assert "duplicate" in corpus.problems[0].message and "good" in corpus.problems[0].message
    assert corpus.documents[0].published == date(2024, 11, 5)  # the first row stands
    assert_others_processed(folder, ["good", "other"])


@pytest.mark.parametrize("bad", ["13/11/2024", "yesterday", "2024-13-45", "Nov 13, 2024"])
def test_an_unparseable_date_is_an_error_with_its_line(build_corpus, bad):
    dated = "Seoul said on 13 November 2024 that troops were fighting. Talks resumed last week.\n"
    folder = build_corpus({"good": (GOOD, "2024-11-05"), "dated": (dated, None)}, manifest=False)
    write_manifest(folder, ["doc_id,published", "good,2024-11-05", f'dated,"{bad}"'])
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["dated", "good"]
    assert [(p.path, p.line, p.severity) for p in corpus.problems] == [(str(folder / "manifest.csv"), 3, "error")]
    assert bad in corpus.problems[0].message
    assert corpus.documents[0].published is None
    tables = assert_others_processed(folder, ["dated", "good"])
    documents = tables.documents.set_index("doc_id")
    assert documents.loc["dated", "anchor_source"] == "inferred"  # its anchor is inferred from the text


def test_a_file_without_a_manifest_row_is_a_warning(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05")})
    (folder / "stray.txt").write_text(OTHER, encoding="utf-8")
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good", "stray"]
    assert [(p.path, p.severity) for p in corpus.problems] == [(str(folder / "manifest.csv"), "warning")]
    assert "stray.txt" in corpus.problems[0].message


def test_a_manifest_without_its_columns_is_an_error_on_line_1(build_corpus):
    folder = build_corpus({"good": (GOOD, None)}, manifest=False)
    write_manifest(folder, ["id,date", "good,2024-11-05"])
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    errors = corpus.errors
    assert [(p.path, p.line) for p in errors] == [(str(folder / "manifest.csv"), 1)]
    assert "doc_id" in errors[0].message and "published" in errors[0].message


def test_non_txt_files_are_ignored(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05")})
    (folder / "README").write_text("This corpus holds one article.\n")
    (folder / "README.md").write_text("# Corpus\n")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00\x00")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04\x00\x00")
    (folder / "._good.txt").write_bytes(b"\x00\x05\x16\x07")  # macOS resource fork: hidden
    (folder / "sub.txt").mkdir()  # a folder named like an article
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    assert corpus.problems == []


def test_all_bad_inputs_at_once(build_corpus):
    folder = build_corpus({"good": (GOOD, "2024-11-05"), "other": (OTHER, "2024-12-20"), "empty": ("", "2024-11-05"),
                           "latin1": ("Caf\xe9".encode("latin-1"), "2024-11-05"), "bin": (b"\x00\x01", "2024-11-05")},
                          manifest=False)
    write_manifest(folder, ["doc_id,published", "good,2024-11-05", "other,20/12/2024", "empty,2024-11-05",
                            "latin1,2024-11-05", "bin,2024-11-05", "ghost,2024-11-05", "good,2024-11-06"])
    corpus = load_corpus(folder)
    assert [d.doc_id for d in corpus.documents] == ["empty", "good", "other"]
    manifest = str(folder / "manifest.csv")
    errors = sorted((p.path, p.line) for p in corpus.errors)
    assert errors == sorted([(manifest, 3), (manifest, 7), (manifest, 8),
                             (str(folder / "latin1.txt"), None), (str(folder / "bin.txt"), None)])
    tables = extract(corpus)
    assert sorted(tables.documents["doc_id"]) == ["empty", "good", "other"]
    assert {"good", "other"} <= set(tables.figures["doc_id"])
    assert len(tables.problems) == len(corpus.problems)


def test_a_missing_folder_raises():
    with pytest.raises(FileNotFoundError):
        load_corpus("/nonexistent/corpus/folder")


def test_problem_str_names_the_file_and_line():
    assert str(Problem("corpus/manifest.csv", 3, "error", "duplicate doc_id")) == "error: corpus/manifest.csv:3: duplicate doc_id"
    assert str(Problem("corpus/a.txt", None, "warning", "empty file")) == "warning: corpus/a.txt: empty file"


def test_documents_come_in_doc_id_order(build_corpus):
    folder = build_corpus({"b": (OTHER, "2024-12-20"), "a": (GOOD, "2024-11-05"), "c": (GOOD, "2024-11-05")})
    assert [d.doc_id for d in load_corpus(folder).documents] == ["a", "b", "c"]


def test_manifest_line_numbers_are_physical_lines(build_corpus):
    folder = build_corpus({"good": (GOOD, None)}, manifest=False)
    (folder / "manifest.csv").write_bytes(b'doc_id,published\r\n\r\ngood,2024-11-05\r\n"ghost",2024-11-05\r\ngood,2024-11-06\r\n')
    corpus = load_corpus(folder)
    assert sorted((p.line, p.severity) for p in corpus.problems) == [(4, "error"), (5, "error")]
    assert corpus.documents[0].published == date(2024, 11, 5)
