"""framing: measures of hedging, sentiment, quotes and actor framing in news text, with evidence.

>>> import framing as fr
>>> doc = fr.read("Officials said the strike could come soon.")
>>> [c.text for c in fr.hedging(doc).cues]
['could']

Importing the package does no work: lexicons and models load on first use.
"""

from framing import corpus, display
from framing.actors import Actors, Cast, actors
from framing.clean import Cleaned, clean
from framing.compare import compare, summarise
from framing.corpus import load_corpus
from framing.document import Document, FramingWarning, LanguageWarning, MarkupWarning, read
from framing.hedging import Hedging, hedging
from framing.profile import profile, profile_corpus
from framing.quotes import Quotes, quotes
from framing.reuse import Reuse, ReuseIndex, profile_parts, reuse, reuse_clusters, reuse_pairs
from framing.scholar import agreement, codebook, coding_sheet, concordance, export
from framing.sentiment import Sentiment, sentiment
from framing.target import TargetSentiment, scores_toward, sentiment_toward
from framing.terms import distinctive_terms

__all__ = [
    "Actors",
    "Cast",
    "Cleaned",
    "Document",
    "FramingWarning",
    "Hedging",
    "LanguageWarning",
    "MarkupWarning",
    "Quotes",
    "Reuse",
    "ReuseIndex",
    "Sentiment",
    "TargetSentiment",
    "actors",
    "agreement",
    "clean",
    "codebook",
    "coding_sheet",
    "compare",
    "concordance",
    "corpus",
    "display",
    "distinctive_terms",
    "export",
    "hedging",
    "load_corpus",
    "profile",
    "profile_corpus",
    "profile_parts",
    "quotes",
    "read",
    "reuse",
    "reuse_clusters",
    "reuse_pairs",
    "scores_toward",
    "sentiment",
    "sentiment_toward",
    "summarise",
]
__version__ = "0.1.0"
