"""The result of :func:`framing.sentiment`: scalars, loaded cues, and the tables built on first use."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from framing.records import ConciseRepr, Cue, Summarised, columns_frame, prefixed, records_frame
from framing.sentiment.scoring import NEGATIVE, POSITIVE, row_values

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, repr=False)
class Sentiment(Summarised, ConciseRepr):
    """What :func:`sentiment` found in one document.

    Attributes
    ----------
    sentences : pandas.DataFrame
        One row per sentence: ``sentence, paragraph, start, end, compound, pos,
        neu, neg, quoted_share`` (share of the sentence's words inside quote
        marks), then ``text, words, quoted_words``, ``narrator`` and ``quoted`` (VADER compound of the
        sentence's words outside / inside quote marks, NaN where there are none)
        and ``loaded`` (loaded cues in the sentence).
    compound : float
        Mean compound score of the sentences that have words (-1 to +1); NaN if none.
    negative_share, positive_share, neutral_share : float
        Share of those sentences with compound <= -0.05, >= 0.05, or in between
        (VADER's thresholds).
    narrator, quoted : float
        Mean compound of the writer's own words (outside quote marks) and of the
        quoted words, over the sentences that have words of that part; NaN when
        the part has no words.
    narrator_sentences, quoted_sentences : int
        How many sentences each of the two means rests on.
    quoted_word_share : float
        Share of the words inside quote marks.
    loaded : tuple of Cue
        Loaded and emotive words (``kind='loaded'``, ``category`` one of the
        lexicon's categories), in text order.
    loaded_per_100_words : float
        Loaded cues per 100 words; ``loaded_narrator_per_100_words`` and
        ``loaded_quoted_per_100_words`` split them by voice (per 100 words of
        that voice).
    loaded_by_category : dict
        Count of loaded cues per category, every category of the lexicon present.
    loaded_in_quote : tuple of bool
        For each loaded cue, whether it lies inside quote marks.
    paragraphs : pandas.DataFrame
        One row per paragraph: ``paragraph, start, end, sentences, words,
        compound, narrator, quoted, quoted_share, negative_share,
        positive_share, loaded, loaded_per_100_words``.
    lexicon, analyzer : str
        ``name@version`` of the loaded lexicon and of the VADER package used
        (``+mask_names`` when names were masked).
    """

    n_words: int
    n_sentences: int
    compound: float
    negative_share: float
    positive_share: float
    neutral_share: float
    narrator: float
    quoted: float
    narrator_sentences: int
    quoted_sentences: int
    quoted_word_share: float
    loaded: tuple = field(repr=False)
    loaded_per_100_words: float = float("nan")
    loaded_narrator_per_100_words: float = float("nan")
    loaded_quoted_per_100_words: float = float("nan")
    loaded_by_category: dict = field(default_factory=dict)
    loaded_in_quote: tuple = field(default=(), repr=False)
    lexicon: str = ""
    analyzer: str = ""
    # What the tables are built from, on first use (a profile needs only the scalars).
    _tables: tuple = field(default=(), repr=False, compare=False)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence (see the class docstring); built on first use."""
        import pandas as pd  # on first use: a profile never builds this table

        return _sentence_table(*self._tables) if self._tables else pd.DataFrame()

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph (see the class docstring); built on first use."""
        import pandas as pd

        return _by_paragraph(*self._tables) if self._tables else pd.DataFrame()

    def to_frame(self) -> pd.DataFrame:
        """The sentence table (one row per sentence), as in :attr:`sentences`."""
        return self.sentences.copy()

    def loaded_frame(self) -> pd.DataFrame:
        """The loaded cues as a tidy DataFrame, one row per cue, with an ``in_quote`` column."""
        return records_frame(self.loaded, Cue).assign(in_quote=list(self.loaded_in_quote))


    def summary_values(self) -> dict:
        """:meth:`summary` as a plain dict (``profile`` reads this: no pandas object per article)."""
        values = {
            "words": self.n_words,
            "sentences": self.n_sentences,
            "compound": self.compound,
            "negative_share": self.negative_share,
            "positive_share": self.positive_share,
            "neutral_share": self.neutral_share,
            "narrator": self.narrator,
            "quoted": self.quoted,
            "narrator_minus_quoted": self.narrator - self.quoted,
            "narrator_sentences": self.narrator_sentences,
            "quoted_sentences": self.quoted_sentences,
            "quoted_word_share": self.quoted_word_share,
            "loaded": len(self.loaded),
            "loaded_per_100_words": self.loaded_per_100_words,
            "loaded_narrator_per_100_words": self.loaded_narrator_per_100_words,
            "loaded_quoted_per_100_words": self.loaded_quoted_per_100_words,
        }
        values.update({f"loaded_{category}": n for category, n in self.loaded_by_category.items()})
        return prefixed("sentiment", values)

    def evidence(self, *, sentences: bool = False) -> list[tuple[int, int, str, str]]:
        """Spans to highlight: each loaded cue as ``'loaded:<category>'``.

        With ``sentences=True``, every sentence is added as ``'sentence:negative'``,
        ``'sentence:neutral'`` or ``'sentence:positive'`` (VADER's thresholds), its
        compound score in the tooltip.
        """
        out = []
        if sentences:
            for row in self.sentences.itertuples(index=False):
                if row.words == 0:
                    continue
                tone = (
                    "negative" if row.compound <= NEGATIVE else "positive" if row.compound >= POSITIVE else "neutral"
                )
                tip = f"compound {row.compound:+.2f}"
                if row.quoted_share > 0:
                    tip += f"; {row.quoted_share:.0%} of its words quoted"
                out.append((int(row.start), int(row.end), f"sentence:{tone}", tip))
        for cue, in_quote in zip(self.loaded, self.loaded_in_quote):
            voice = "inside a quote (a source's words)" if in_quote else "the writer's own words"
            out.append((cue.start, cue.end, f"loaded:{cue.category}", f"'{cue.term}': {voice}"))
        return out


def _sentence_table(doc, arrays: dict) -> pd.DataFrame:
    """The sentence table of :attr:`Sentiment.sentences`, from the per-sentence arrays."""
    words, quoted_words = arrays["words"], arrays["quoted_words"]
    n_sent, text = doc.n_sentences, doc.text
    scores = np.array([row_values(row) for row in arrays["rows"]], dtype=float).reshape(n_sent, 4)
    return columns_frame(
        {
            "sentence": np.arange(n_sent, dtype=np.int64),
            "paragraph": doc.sentence_paragraph,
            "start": doc.sentence_starts,
            "end": np.fromiter((e for _, e in doc.sentences), dtype=np.int64, count=n_sent),
            "compound": scores[:, 0],
            "pos": scores[:, 1],
            "neu": scores[:, 2],
            "neg": scores[:, 3],
            "quoted_share": np.where(words > 0, quoted_words / np.maximum(words, 1), np.nan),
            "text": [text[s:e] for s, e in doc.sentences],
            "words": words,
            "quoted_words": quoted_words,
            "narrator": arrays["narrator"],
            "quoted": arrays["quoted"],
            "loaded": arrays["loaded"],
        }
    )


def _by_paragraph(doc, arrays: dict) -> pd.DataFrame:
    """Per-paragraph means and shares, by bincount over the sentence arrays (no groupby: fast)."""
    words, quoted_words, compound = arrays["words"], arrays["quoted_words"], arrays["compound"]
    narrator, quoted, loaded = arrays["narrator"], arrays["quoted"], arrays["loaded"]
    n = len(doc.paragraphs)
    para = doc.sentence_paragraph

    def total(values) -> np.ndarray:
        return np.bincount(para, weights=values, minlength=n) if para.size else np.zeros(n)

    def mean(values) -> np.ndarray:
        ok = ~np.isnan(values)
        count, summed = total(ok.astype(float)), total(np.where(ok, values, 0.0))
        return np.where(count > 0, summed / np.maximum(count, 1), np.nan)

    scored = words > 0
    n_words, n_scored = total(words.astype(float)), total(scored.astype(float))
    n_loaded = total(loaded.astype(float))
    negative = total((scored & (compound <= NEGATIVE)).astype(float))
    positive = total((scored & (compound >= POSITIVE)).astype(float))
    import pandas as pd

    return pd.DataFrame(
        {
            "paragraph": np.arange(n, dtype=np.int64),
            "start": np.fromiter((s for s, _ in doc.paragraphs), dtype=np.int64, count=n),
            "end": np.fromiter((e for _, e in doc.paragraphs), dtype=np.int64, count=n),
            "sentences": np.bincount(para, minlength=n).astype(np.int64),
            "words": n_words.astype(np.int64),
            "compound": mean(compound),
            "narrator": mean(narrator),
            "quoted": mean(quoted),
            "quoted_share": np.where(
                n_words > 0, total(quoted_words.astype(float)) / np.maximum(n_words, 1), np.nan
            ),
            "negative_share": np.where(n_scored > 0, negative / np.maximum(n_scored, 1), np.nan),
            "positive_share": np.where(n_scored > 0, positive / np.maximum(n_scored, 1), np.nan),
            "loaded": n_loaded.astype(np.int64),
            "loaded_per_100_words": np.where(n_words > 0, n_loaded / np.maximum(n_words, 1) * 100, np.nan),
        }
    )
