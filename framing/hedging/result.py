"""The result of :func:`framing.hedging`: cues, scalar measures and per-paragraph table."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from framing.records import ConciseRepr, Cue, Summarised, prefixed, records_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Hedging", "UNCERTAINTY_CATEGORIES"]

#: Hedge categories that make a sentence *uncertain* (approximators only blur a quantity).
UNCERTAINTY_CATEGORIES = frozenset(
    {"epistemic_modal", "epistemic_verb", "epistemic_noun", "probability", "open_question", "evidential",
     "attributed_claim"}
)


@dataclass(frozen=True, repr=False)
class Hedging(Summarised, ConciseRepr):
    """What :func:`hedging` found in one document.

    Attributes
    ----------
    cues : tuple of Cue
        Every hedge and booster, in text order (``kind`` is 'hedge' or 'booster').
    per_100_words, booster_per_100_words, approximator_per_100_words : float
        Hedges (all categories), boosters and approximators per 100 words; NaN
        when the text has no words.
    hedged_sentence_share : float
        Share of sentences that are *uncertain*: carrying an epistemic modal,
        epistemic verb or noun, probability word, evidential, open question or
        attributed claim (accusation, allegation, charge); approximators and
        boosters alone do not count. NaN with no sentences.
    by_category : dict
        Count of cues per category, every category of the lexicon present.
    paragraphs : pandas.DataFrame
        One row per paragraph: words, hedges, boosters, rates, uncertain sentences
        (built lazily, on first access).
    lexicon : str
        ``name@version`` of the lexicon used.
    """

    cues: tuple
    n_words: int
    n_sentences: int
    hedge_count: int
    booster_count: int
    per_100_words: float
    booster_per_100_words: float
    approximator_per_100_words: float
    hedged_sentence_share: float
    uncertain_sentences: tuple
    by_category: dict
    lexicon: str = ""
    _document: object = field(default=None, repr=False, compare=False)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph (built on first use, so scalar-only callers do not pay for it)."""
        if self._document is None:
            raise ValueError("this Hedging result was built without its document: no paragraph table")
        hedges = [c for c in self.cues if c.kind == "hedge"]
        boosters = [c for c in self.cues if c.kind == "booster"]
        return _by_paragraph(self._document, hedges, boosters, self.uncertain_sentences)

    def to_frame(self) -> pd.DataFrame:
        """The cues as a tidy DataFrame, one row per cue."""
        return records_frame(self.cues, Cue)

    def evidence(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, label, tooltip)`` per cue, for :func:`framing.display.highlight`."""
        return [(c.start, c.end, f"{c.kind}:{c.category}", f"lexicon term '{c.term}'") for c in self.cues]


    def summary_values(self) -> dict:
        """:meth:`summary` as a plain dict (``profile`` reads this: no pandas object per article)."""
        values = {
            "words": self.n_words,
            "sentences": self.n_sentences,
            "hedges": self.hedge_count,
            "boosters": self.booster_count,
            "per_100_words": self.per_100_words,
            "booster_per_100_words": self.booster_per_100_words,
            "approximator_per_100_words": self.approximator_per_100_words,
            "hedged_sentence_share": self.hedged_sentence_share,
        }
        values.update({f"n_{category}": n for category, n in self.by_category.items()})
        return prefixed("hedging", values)



def _by_paragraph(doc, hedges, boosters, uncertain) -> pd.DataFrame:
    import pandas as pd  # tables only: profiling (summary_values) runs without pandas

    n = len(doc.paragraphs)
    para_of_sentence = doc.sentence_paragraph
    words = np.bincount(para_of_sentence[doc.word_sentence], minlength=n) if doc.n_words else np.zeros(n, int)
    sentences = np.bincount(para_of_sentence, minlength=n)

    def count(sentence_ids):
        ids = np.asarray(list(sentence_ids), dtype=np.int64)
        return np.bincount(para_of_sentence[ids], minlength=n) if ids.size else np.zeros(n, int)

    h, b, u = count(c.sentence for c in hedges), count(c.sentence for c in boosters), count(uncertain)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame = pd.DataFrame(
            {
                "paragraph": np.arange(n),
                "start": [s for s, _ in doc.paragraphs],
                "end": [e for _, e in doc.paragraphs],
                "words": words,
                "sentences": sentences,
                "hedges": h,
                "boosters": b,
                "hedges_per_100_words": np.where(words > 0, h / np.maximum(words, 1) * 100, np.nan),
                "boosters_per_100_words": np.where(words > 0, b / np.maximum(words, 1) * 100, np.nan),
                "hedged_sentence_share": np.where(sentences > 0, u / np.maximum(sentences, 1), np.nan),
            }
        )
    return frame
