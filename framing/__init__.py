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
from framing.corpus import load_corpus
from framing.document import Document, FramingWarning, LanguageWarning, MarkupWarning, read
from framing.hedging import Hedging, hedging
from framing.quotes import Quotes, quotes
from framing.sentiment import Sentiment, sentiment
from framing.target import TargetSentiment, scores_toward, sentiment_toward

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
    "Sentiment",
    "TargetSentiment",
    "actors",
    "clean",
    "corpus",
    "display",
    "hedging",
    "load_corpus",
    "quotes",
    "read",
    "scores_toward",
    "sentiment",
    "sentiment_toward",
]
__version__ = "0.1.0"
