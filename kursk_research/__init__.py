"""kursk-research: claims (figures, attributions, events) from news articles on North Korea's troops in Russia.

    import kursk_research as kr
    tables = kr.extract(kr.load_corpus("data/corpus/seeds"))   # documents, sentences, figures, ...
    book = kr.ledger(tables)                                     # quantities and the claims that disagree
"""
from .corpus import Corpus, Document, Problem, load_corpus
from .extract import Tables, extract
from .ledger import Ledger, ledger

__all__ = ["Corpus", "Document", "Ledger", "Problem", "Tables", "extract", "ledger", "load_corpus"]
__version__ = "0.1.0"
