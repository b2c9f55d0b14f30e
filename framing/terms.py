"""Distinctive words: log-odds ratios with an informative Dirichlet prior.

:func:`distinctive_terms` finds the words and bigrams that set one set of
texts (one article, or one group of a corpus) apart from another, with the
method of Monroe, Colaresi & Quinn (2008), counted by scikit-learn's
CountVectorizer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.document import Document

__all__ = ["distinctive_terms"]

# Words as the rest of the package counts them: letters and digits, with inner apostrophes and hyphens.
_TOKEN = r"(?u)\b\w[\w'\u2019-]*\w\b|\b\w\b"
_COLUMNS = ["term", "n_focal", "n_reference", "per_1000_focal", "per_1000_reference", "log_odds", "se", "z"]


def _texts(texts, name: str) -> list[str]:
    if isinstance(texts, (str, Document)):
        texts = [texts]
    if isinstance(texts, pd.DataFrame):
        if "text" not in texts.columns:
            raise TypeError(f"{name}: a DataFrame needs a 'text' column")
        texts = texts["text"]
    try:
        items = list(texts)
    except TypeError:
        raise TypeError(f"{name} must be a text or an iterable of texts, got {type(texts).__name__}") from None
    out = []
    for t in items:
        if isinstance(t, Document):
            t = t.text
        if t is None or (isinstance(t, float) and np.isnan(t)):
            continue  # a missing text contributes no words
        if not isinstance(t, str):
            raise TypeError(f"{name} must hold str, got {type(t).__name__}")
        out.append(t.replace("\u2019", "'"))
    return out


def distinctive_terms(focal_texts, reference_texts, *, ngram_range=(1, 2), min_count: int = 3,
                      prior: float = 100.0, stop_words=None, max_features: int | None = None) -> pd.DataFrame:
    """Words and bigrams that set the focal texts apart from the reference texts.

    Parameters
    ----------
    focal_texts, reference_texts : str, Document, iterable of them, or a corpus DataFrame
        The two sides. For one article against coverage pass the article and
        the other articles; for two groups of one corpus pass, for example,
        ``corpus.query("outlet_type == 'state_media'")`` and
        ``corpus.query("outlet_type == 'wire'")``. Missing texts (None, NaN)
        are skipped.
    ngram_range : tuple of int
        Passed to ``CountVectorizer``: (1, 2) counts words and bigrams.
    min_count : int
        Terms used fewer times in both sides together are dropped.
    prior : float
        Total weight (alpha_0) of the informative Dirichlet prior, spread over
        the terms in proportion to their frequency in both sides pooled. Larger
        values shrink rare terms' log-odds more toward zero.
    stop_words : optional
        Passed to ``CountVectorizer`` (e.g. ``'english'``). By default nothing is
        removed: function words can be distinctive too (Monroe et al. 2008).
    max_features : int, optional
        Keep only the most frequent terms (for very large corpora).

    Returns
    -------
    pandas.DataFrame
        One row per term, sorted by ``z`` (most distinctive of the focal texts
        first; the most distinctive of the reference texts are at the end):
        ``n_focal``, ``n_reference`` (counts), ``per_1000_focal``,
        ``per_1000_reference`` (rates per 1,000 counted terms, words and bigrams together),
        ``log_odds`` (the prior-smoothed log-odds ratio, focal against
        reference), ``se`` and ``z`` (``log_odds / se``; |z| > 1.96 is the
        conventional threshold). Empty (with these columns) when either side
        has no words or fewer than two terms are left.

    Raises
    ------
    TypeError
        If a side is not text.
    ValueError
        On a bad ``min_count`` or ``prior``.

    Notes
    -----
    With counts y_w (focal) and x_w (reference), totals n_f and n_r, and the
    prior alpha_w = prior * (y_w + x_w) / sum(y + x):
    delta_w = log((y_w + a_w) / (n_f + a_0 - y_w - a_w)) - log((x_w + a_w) / (n_r + a_0 - x_w - a_w)),
    var(delta_w) ~ 1 / (y_w + a_w) + 1 / (x_w + a_w).

    Limitations: one article is a small sample; its distinctive words say what
    it talks about and how it names things, and a single use gets a large
    rate. Names of the event's places and people dominate unless the reference
    covers the same event. Words only; no lemmas, so "strike" and "strikes"
    count apart.

    References
    ----------
    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words:
    lexical feature selection and evaluation for identifying the content of
    political conflict. *Political Analysis* 16(4), 372-403.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    if not isinstance(min_count, (int, np.integer)) or min_count < 1:
        raise ValueError(f"min_count must be a positive int, got {min_count!r}")
    if not np.isfinite(prior) or prior <= 0:
        raise ValueError(f"prior must be a positive number, got {prior!r}")
    focal, reference = _texts(focal_texts, "focal_texts"), _texts(reference_texts, "reference_texts")
    empty = pd.DataFrame(columns=_COLUMNS)
    if not focal or not reference:
        return empty
    vectorizer = CountVectorizer(ngram_range=tuple(ngram_range), token_pattern=_TOKEN, lowercase=True,
                                 stop_words=stop_words, max_features=max_features, dtype=np.int64)
    try:
        counts = vectorizer.fit_transform(focal + reference)
    except ValueError:  # empty vocabulary: no words on either side
        return empty
    y = np.asarray(counts[: len(focal)].sum(axis=0)).ravel().astype(float)
    x = np.asarray(counts[len(focal):].sum(axis=0)).ravel().astype(float)
    terms = vectorizer.get_feature_names_out()
    keep = (y + x) >= min_count
    if keep.sum() < 2 or y[keep].sum() == 0 or x[keep].sum() == 0:
        return empty  # log-odds need at least two terms, used on both sides
    terms, y, x = terms[keep], y[keep], x[keep]
    n_f, n_r = y.sum(), x.sum()
    alpha = prior * (y + x) / (y + x).sum()
    a0 = alpha.sum()
    delta = (np.log((y + alpha) / (n_f + a0 - y - alpha))
             - np.log((x + alpha) / (n_r + a0 - x - alpha)))
    se = np.sqrt(1.0 / (y + alpha) + 1.0 / (x + alpha))
    out = pd.DataFrame({
        "term": terms, "n_focal": y.astype(int), "n_reference": x.astype(int),
        "per_1000_focal": y / n_f * 1000, "per_1000_reference": x / n_r * 1000,
        "log_odds": delta, "se": se, "z": delta / se,
    })
    return out.sort_values(["z", "term"], ascending=[False, True], ignore_index=True)
