"""Project paths, held in one place (the cookiecutter-data-science convention)."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parent

DATA_DIR = PROJ_ROOT / "data"
CORPUS_DIR = DATA_DIR / "corpus"
SEED_CORPUS_DIR = CORPUS_DIR / "seeds"
GOLD_DIR = DATA_DIR / "gold"
SEED_GOLD_DIR = GOLD_DIR / "seeds"
LEXICON_DIR = DATA_DIR / "lexicons"
GAZETTEER_DIR = DATA_DIR / "gazetteer"

NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"

#: Files larger than this are refused: no news article is this long.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
