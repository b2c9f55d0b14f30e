"""The result records of :func:`framing.target.sentiment_toward`."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from framing.records import ConciseRepr, Cue, Span, records_frame


@dataclass(frozen=True, slots=True)
class WeightedCue(Cue):
    """A word used as evidence for the sentiment toward a target, with its weight.

    ``kind`` is ``'target_sentiment'``; ``category`` is the label the word pushes
    toward: the chosen label when ``weight > 0``, otherwise the other label it
    raises most (so category and sign always agree); ``weight`` is its
    contribution to the chosen label's log-odds against the other labels (model)
    or its signed, distance-weighted VADER valence (rules); ``features`` are the
    features the word fired (``'L2:praised'``: within 2-3 words left of the target...).
    """

    weight: float = 0.0
    features: tuple = ()


@dataclass(frozen=True, repr=False)
class TargetSentiment(ConciseRepr):
    """Sentiment toward one target mention (see :func:`sentiment_toward`).

    Attributes
    ----------
    target : Span
        The target mention (``text == doc.text[start:end]``).
    label : str
        'negative', 'neutral' or 'positive'.
    score : float
        In [-1, 1]: P(positive) - P(negative) for the model; the squashed
        weighted valence for the rules.
    probabilities : dict
        Probability of each label (NaN for the rule method, which has none).
    cues : tuple of WeightedCue
        The words that drove the decision, strongest first (at most ``top``).
    sentence : int
        Index of the sentence holding the target.
    method : str
        'model' or 'rules'.
    model : str
        ``name@version`` of the shipped model (or ``'vader-rules'`` plus the VADER version).
    window : int
        Words left and right of the target that counted as its near context.
    context : Span
        The sentence (or sentences) the target was read in.
    features : tuple of (name, value, weight)
        Every feature that fired (see :meth:`explain`), strongest first.
    """

    target: Span
    label: str
    score: float
    probabilities: dict
    cues: tuple
    sentence: int
    method: str
    model: str
    window: int
    context: Span = field(repr=False, default=None)
    features: tuple = field(repr=False, default=())

    def explain(self):
        """Every feature that fired, with its value and its weight for the chosen label (a DataFrame).

        Includes the features of the target and the sentence (position, speaker, VADER totals) that
        have no single word to point at, so the label can be reconstructed in full from the
        intercept and this table.
        """
        import pandas as pd

        return pd.DataFrame(list(self.features), columns=["feature", "value", "weight"])

    def to_frame(self):
        """The evidence words as a tidy DataFrame, one row per cue."""
        return records_frame(self.cues, WeightedCue)

    def evidence(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, label, tooltip)`` spans for :func:`framing.display.highlight`."""
        t = self.target
        p = ", ".join(f"{k} {v:.2f}" for k, v in self.probabilities.items() if not math.isnan(v))
        spans = [(t.start, t.end, f"target:{self.label}",
                  f"sentiment toward '{t.text}': {self.label} (score {self.score:+.2f}{'; ' + p if p else ''})")]
        for c in self.cues:
            spans.append((c.start, c.end, f"toward:{c.category}",
                          f"weight {c.weight:+.2f} for '{self.label}' toward '{t.text}' ({', '.join(c.features)})"))
        return spans

    def summary(self):
        import pandas as pd

        values = {"score": self.score, **{f"p_{k}": v for k, v in self.probabilities.items()}}
        return pd.Series(values, dtype=float).rename(index=lambda k: f"sentiment_toward.{k}")

