"""Helper for the dev42 specs: build exact-substring patterns for transcript / Q&A turns.

A turn is the text after "LABEL: " up to the next blank line.  turn() returns the pattern for
build_gold.locate ("left|span|right", unique in the text) and the cue pattern that points at the
label itself, so no offsets are ever typed by hand.  Not a spec file (build_gold only loads spec_*.py).
"""
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent.parent / "corpus" / "dev42"


def _text(doc_id):
    return (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")


def turn(doc_id, label, first, skip=""):
    """Pattern for the turn of speaker `label` that begins with `first`.

    `skip` is a leading transcription mark left out of the content, e.g. "(Through interpreter) ".
    Returns (content_pattern, cue_pattern)."""
    text = _text(doc_id)
    key = f"\n{label}: {skip}{first}"
    assert text.count(key) == 1, (doc_id, key, text.count(key))
    s = text.index(key) + len(f"\n{label}: {skip}")
    e = text.find("\n\n", s)
    e = len(text) if e == -1 else e
    content = text[s:e].rstrip()
    assert "|" not in content
    return f"\n{label}: {skip}|{content}|", f"\n|{label}|: {skip}{first}"
