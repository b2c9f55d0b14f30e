"""The package's one VADER analyser (Hutto & Gilbert 2014), built on first use.

The ``vaderSentiment`` package ships its lexicon, so nothing is downloaded. Every measure that needs
VADER (sentence sentiment, target sentiment) calls :func:`analyzer` and shares one instance per process.

References
----------
Hutto, C.J. & Gilbert, E. (2014). VADER: a parsimonious rule-based model for sentiment analysis of
social media text. *ICWSM-14*.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def analyzer():
    """The shared ``SentimentIntensityAnalyzer`` (its constructor reads the lexicon file once)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word valences in [-4, 4], as shipped by ``vaderSentiment``."""
    return analyzer().lexicon


@lru_cache(maxsize=1)
def negations() -> frozenset[str]:
    """VADER's negation words, plus the contracted and short forms news text uses."""
    from vaderSentiment.vaderSentiment import NEGATE

    return frozenset(NEGATE) | frozenset("not no never nor without n't".split())


@lru_cache(maxsize=1)
def label() -> str:
    """``'vaderSentiment@<version>'``: recorded on results that used VADER."""
    try:
        from importlib.metadata import version

        return f"vaderSentiment@{version('vaderSentiment')}"
    except Exception:  # pragma: no cover - metadata missing in an odd install
        return "vaderSentiment"
