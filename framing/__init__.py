"""framing: measures of hedging, sentiment, quotes and actor framing in news text, with evidence.

>>> import framing as fr
>>> doc = fr.read("Officials said the strike could come soon.")
>>> [c.text for c in fr.hedging(doc).cues]
['could']

Importing the package does no work: lexicons load on first use.
"""

from framing import display
from framing.document import Document, FramingWarning, LanguageWarning, MarkupWarning, read
from framing.hedging import Hedging, hedging

__all__ = [
    "Document",
    "display",
    "FramingWarning",
    "Hedging",
    "LanguageWarning",
    "MarkupWarning",
    "hedging",
    "read",
]
__version__ = "0.1.0"
