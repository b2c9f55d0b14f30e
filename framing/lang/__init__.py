"""Language resources in one place.

Every word class, lexicon-free rule vocabulary and language model that a measure needs lives under
``framing.lang``; measure modules import from here and define no word lists of their own. Adding a
language means adding resources here (a package like :mod:`framing.lang.english`, one module per part), not editing the
measures.

- :mod:`framing.lang.english`: English word classes (function words, auxiliaries, determiners,
  prepositions, pronouns, calendar words, verbs of saying, ...), each a ``frozenset`` of lower-case
  forms with a comment saying what it is for.
- :mod:`framing.lang.identify`: ``identify(text) -> Language`` (ISO 639-1 code, confidence,
  reliable), offline with py3langid, whose model is loaded on first use.
- :mod:`framing.lang.vader`: the one VADER analyser of the package (Hutto & Gilbert 2014), built
  lazily from the lexicon that the ``vaderSentiment`` package ships.
- :mod:`framing.lang.nltk_light`: NLTK's Punkt sentence splitter without importing all of NLTK, its
  fixed patterns compiled with the standard library's ``re``.

Nothing here loads at import time beyond plain Python sets.
"""

from framing.lang.identify import Language, identify

__all__ = ["Language", "identify"]
