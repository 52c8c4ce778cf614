"""Media-analysis notebook kit: news page dumps -> tidy pandas frames -> figures and reports.

Start with ``corpus = analysis.load("data/")`` and look at ``corpus.documents``,
``corpus.blocks`` and ``corpus.problems``.
"""
from .corpus import Corpus, load
from .offline import from_environment as _offline_from_environment
from .readers import Settings

_offline_from_environment()

__all__ = ["Corpus", "Settings", "load"]
__version__ = "0.1.0"
