"""Sentiment: the tone of each sentence, of the writer's own words and of the quoted voices.

``sentiment(doc)`` scores every sentence with VADER (Hutto & Gilbert 2014),
through the reference implementation in the ``vaderSentiment`` package and the
lexicon it ships. Three things make it a framing measure rather than a plain
sentiment score:

* **Evidence by sentence and paragraph**: one row per sentence with its span, so
  a reader sees which sentences carry the tone and where in the article they are.
* **Voice split**: the text inside quote marks (the sources' voices, from
  :func:`framing.quotes`) and the text outside them (the writer's own words,
  the *narrator*) are scored apart. A report can sound angry because the
  people it quotes are angry, or because the writer is.
* **Names are neutral**: VADER would read "United Nations" or "Supreme Leader"
  as positive; the words of multi-word proper names are masked before scoring
  (the one news-specific adjustment; it raises the agreement with human raters,
  see :func:`sentiment`).
* **Loaded language** as evidence of its own: evaluative, intensifying and
  emotive words from the ``loaded`` lexicon (intensifier, moral_evaluation,
  emotion, dramatisation, delegitimising_label), returned as cues with spans and
  a rate per 100 words. They are kept apart from VADER's score: VADER measures
  the polarity of the words, the loaded cues show how charged the wording is
  (a "decisive move" and a "heinous act" are both loaded, one positive, one negative).

Context rules for the loaded lexicon (tested in ``tests/test_sentiment.py``):

* **regime** after a technical modifier (sanctions, tax, visa, inspection,
  trade, export, regulatory, treatment...) is a set of rules, not a
  delegitimising label for a government.
* A few words that are also names (Swift, Savage, Grim, Noble...) do not count
  when capitalised inside a sentence.
"""

from framing.sentiment.measure import LOADED_CATEGORIES, QUOTED_KINDS, sentiment
from framing.sentiment.result import Sentiment
from framing.sentiment.scoring import (  # noqa: F401 - private names kept importable here (framing.target, tests)
    NEGATIVE,
    POSITIVE,
    _analyzer,
    _mask_names,
    _no_valence,
    _vader,
    _vader_label,
    polarity,
)

__all__ = ["sentiment", "Sentiment", "polarity", "LOADED_CATEGORIES", "NEGATIVE", "POSITIVE", "QUOTED_KINDS"]
