"""kursk-research: claims (figures, attributions, events) from news articles on North Korea's troops in Russia."""
from .corpus import Corpus, Document, Problem, load_corpus
from .extract import Tables, extract

__all__ = ["Corpus", "Document", "Problem", "Tables", "extract", "load_corpus"]
__version__ = "0.1.0"
