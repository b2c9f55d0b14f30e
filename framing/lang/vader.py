"""The package's one VADER analyser (Hutto & Gilbert 2014), built on first use, and a faster driver.

The ``vaderSentiment`` package ships its lexicon, so nothing is downloaded. Every measure that needs
VADER (sentence sentiment, target sentiment) calls :func:`polarity_scores` (or :func:`analyzer`) and
shares one instance per process.

:func:`polarity_scores` returns exactly what ``SentimentIntensityAnalyzer().polarity_scores(text)``
returns, faster. It changes no rule: it is VADER's own driver loop (the body of ``polarity_scores``)
with three shortcuts that cannot change a score, and VADER's own rule methods do every scoring step:

* a text with none of VADER's emoji skips the character-by-character emoji translation (it would
  copy the text unchanged);
* a word that is not in the lexicon is not sent to ``sentiment_valence`` (which gives such a word
  the valence 0 without looking at its neighbours); a text with no lexicon word at all goes
  straight to ``score_valence`` with all-zero valences;
* ``sentiment_valence`` sees the word with the three words before it and the two after it, the
  only ones its negation, booster, "least" and idiom rules read (VADER lower-cases the whole
  sentence for each of these checks, which makes a long sentence quadratic), with the sentence's
  ALL-CAPS flag.

The driver is used only with the ``vaderSentiment`` release it mirrors (:data:`DRIVER_VERSION`); with
any other release :func:`polarity_scores` calls the analyser's own method. ``benchmarks/vader_fastpath.py``
compares the two on every sentence of PolNeAR (train and dev), the VADER NYT snippets and NewsMTSC train
(0 mismatches); ``tests/test_vader_fastpath.py`` on negation, "but", capitals, "!!!", idioms and emoticons.

References
----------
Hutto, C.J. & Gilbert, E. (2014). VADER: a parsimonious rule-based model for sentiment analysis of
social media text. *ICWSM-14*.
"""

from __future__ import annotations

import string
import weakref
from functools import lru_cache

#: the ``vaderSentiment`` release whose ``polarity_scores`` the fast driver mirrors
DRIVER_VERSION = "3.3.2"


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


def _version() -> str | None:
    try:
        from importlib.metadata import version

        return version("vaderSentiment")
    except Exception:  # pragma: no cover - metadata missing in an odd install
        return None


@lru_cache(maxsize=1)
def label() -> str:
    """``'vaderSentiment@<version>'``: recorded on results that used VADER."""
    v = _version()
    return f"vaderSentiment@{v}" if v else "vaderSentiment"


_BY_DOCUMENT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def document_memo(doc) -> dict:
    """A dict that lives as long as ``doc`` (a Document): VADER compounds of its sentences, by span.

    :func:`framing.sentiment` records there the compound of each sentence it scored as written (no name
    masked, not scored in chunks), and the target sentiment reads it instead of scoring the same
    sentence again. Only that document's own sentences are kept, and only while it lives.
    """
    try:
        return _BY_DOCUMENT.setdefault(doc, {})
    except TypeError:  # not weak-referenceable: nothing shared
        return {}


class _Window:
    """What ``sentiment_valence`` reads of a ``SentiText``: the words around one word, the caps flag."""

    __slots__ = ("words_and_emoticons", "is_cap_diff")


@lru_cache(maxsize=1)
def _driver():
    """(analyzer, booster words, emoji characters, ASCII holds no emoji, allcap_differential), or None
    for another release of ``vaderSentiment``."""
    if _version() != DRIVER_VERSION:
        return None
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, allcap_differential

    a = analyzer()
    # ``polarity_scores`` replaces characters one by one, so only one-character keys can ever match
    singles = frozenset(c for c in a.emojis if len(c) == 1)
    return a, BOOSTER_DICT, singles, not any(c.isascii() for c in singles), allcap_differential


def has_emoji(text: str) -> bool:
    """Whether ``text`` holds a character VADER translates into words (its emoji lexicon)."""
    driver = _driver()
    if driver is None:
        emojis = analyzer().emojis
        return any(c in emojis for c in text)
    singles, ascii_free = driver[2], driver[3]
    if ascii_free and text.isascii():
        return False
    return not singles.isdisjoint(text)


_PUNCTUATION = string.punctuation


def tokens(text: str) -> list:
    """VADER's words of ``text`` (``SentiText.words_and_emoticons``): whitespace tokens with leading and
    trailing ASCII punctuation stripped, unless two characters or fewer would remain (an emoticon)."""
    return [word if len(word := token.strip(_PUNCTUATION)) > 2 else token for token in text.split()]


# VADER's word and its lower case, by whitespace token: news repeats its words, so most tokens are
# looked up rather than stripped and lower-cased again. Emptied when it grows past _TOKEN_CACHE_SIZE.
_TOKEN_CACHE: dict = {}
_TOKEN_CACHE_SIZE = 200_000


def tokens_lowered(text: str) -> tuple[list, list]:
    """(:func:`tokens` of ``text``, each of them lower-cased)."""
    cache = _TOKEN_CACHE
    split = text.split()
    try:
        pairs = [cache[t] for t in split]
    except KeyError:
        if len(cache) > _TOKEN_CACHE_SIZE:
            cache.clear()
        pairs = []
        for token in split:
            pair = cache.get(token)
            if pair is None:
                word = token.strip(_PUNCTUATION)
                if len(word) <= 2:
                    word = token
                pair = cache[token] = (word, word.lower())
            pairs.append(pair)
    return [p[0] for p in pairs], [p[1] for p in pairs]


def polarity_scores(text: str) -> dict:
    """``SentimentIntensityAnalyzer().polarity_scores(text)``, exactly, faster (see the module docstring).

    Returns
    -------
    dict
        ``{'neg': ..., 'neu': ..., 'pos': ..., 'compound': ...}`` as VADER returns it.
    """
    driver = _driver()
    if driver is None or not isinstance(text, str) or has_emoji(text):
        return analyzer().polarity_scores(text)
    return _scores(text, *tokens_lowered(text))


def _scores(text: str, words: list, lowers: list) -> dict:
    """:func:`polarity_scores` of a text without emoji, given its :func:`tokens` and their lower case."""
    a, boosters, _, _, allcap_differential = _driver()
    text = text.strip()  # what the emoji loop leaves of a text without emoji (its tokens are the same)
    lex = a.lexicon
    if lex.keys().isdisjoint(lowers):
        return a.score_valence([0] * len(words), text)  # every word has valence 0 (and 'but' scales 0)
    window = _Window()
    window.is_cap_diff = allcap_differential(words)
    valence = a.sentiment_valence
    last = len(words) - 1
    sentiments: list = []
    for i, low in enumerate(lowers):
        if low in boosters or low not in lex or (i < last and low == "kind" and lowers[i + 1] == "of"):
            sentiments.append(0)
            continue
        lo = i - 3 if i > 3 else 0
        window.words_and_emoticons = words[lo:i + 3]
        valence(0, window, words[i], i - lo, sentiments)
    sentiments = a._but_check(words, sentiments)
    return a.score_valence(sentiments, text)
