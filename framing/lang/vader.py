"""The package's one VADER analyser (Hutto & Gilbert 2014), built on first use, and a faster driver.

The ``vaderSentiment`` package ships its lexicon, so nothing is downloaded. Every measure that needs
VADER (sentence sentiment, target sentiment) calls :func:`polarity_scores` (or :func:`analyzer`) and
shares one instance per process.

:func:`polarity_scores` returns exactly what ``SentimentIntensityAnalyzer().polarity_scores(text)``
returns, faster. It changes no rule: it is VADER's driver (the body of ``polarity_scores``) and its rule
methods (``sentiment_valence`` with its negation, "no", capitals, booster, idiom and "least" checks,
``score_valence``) written again over the words lower-cased once, the same operations in the same order
(``_but_check`` too, visiting only the non-zero valences), with shortcuts that cannot change a score:

* a text with none of VADER's emoji skips the character-by-character emoji translation (it would
  copy the text unchanged);
* only the words that have a lexicon entry are scored; every other word gets the valence 0 VADER gives
  it without looking at its neighbours;
* VADER lower-cases the whole sentence for each check (which makes a long sentence quadratic); here each
  check reads the lower-cased words it needs, at most three before the word and two after it (``str.lower``
  is idempotent, so lower-casing a lower-cased word again changes nothing);
* the special-idiom check is skipped when none of those words belongs to an idiom or a multi-word
  booster ("kiss of death", "kind of"), since every idiom matches whole words;
* the pos and neg sums of ``score_valence`` add only the non-zero valences (a zero adds to neither);
* the compound alone (:func:`_compound`, what :func:`framing.sentiment` needs) sums the lexicon words'
  valences only (every other word's is 0, which adds nothing), and gives a lexicon word none of whose
  neighbours is a word VADER's rules read (boosters, negations, "no", "never", "so", "this", "least",
  "kind", "without", idiom words, "n't") its lexicon value moved by the capitals rule alone, which is what
  ``sentiment_valence`` computes for it.

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

import math
import string
import weakref
from functools import lru_cache
from itertools import compress

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


# VADER's word lower-cased, by whitespace token: news repeats its words, so most tokens are looked up
# rather than stripped and lower-cased again. Emptied when it grows past _TOKEN_CACHE_SIZE.
_TOKEN_CACHE: dict = {}
_TOKEN_CACHE_SIZE = 200_000


def lowered(text: str) -> tuple[list, list]:
    """(``text.split()``, :func:`tokens` of ``text`` lower-cased): the whitespace tokens and VADER's words.

    VADER reads its words lower-cased, and their case only through ``str.isupper``, which a whitespace
    token and its word (the token without its leading and trailing ASCII punctuation, which has no
    case) answer alike; so the tokens stand for the words wherever VADER asks for ``isupper``.
    """
    split = text.split()
    cache = _TOKEN_CACHE
    try:
        return split, list(map(cache.__getitem__, split))
    except KeyError:
        if len(cache) > _TOKEN_CACHE_SIZE:
            cache.clear()
        for token in split:
            if token not in cache:
                word = token.strip(_PUNCTUATION)
                cache[token] = (word if len(word) > 2 else token).lower()
        return split, list(map(cache.__getitem__, split))


def tokens_lowered(text: str) -> tuple[list, list]:
    """(:func:`tokens` of ``text``, each of them lower-cased)."""
    return tokens(text), lowered(text)[1]


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
    return _scores(text, *lowered(text))


def _scores(text: str, words: list, lowers: list) -> dict:
    """:func:`polarity_scores` of a text without emoji, given its :func:`tokens` (or its whitespace tokens:
    only their ``isupper`` is read, see :func:`lowered`) and VADER's words lower-cased."""
    compound, pos, neu, neg = _score_tuple(text, words, lowers, hits(lowers))
    return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}


def hits(lowers: list) -> list:
    """Indices of the words (lower-cased) that are in VADER's lexicon."""
    return list(compress(range(len(lowers)), map(analyzer().lexicon.__contains__, lowers)))


_LEXICON: list = []  # [VADER's lexicon], once read


def lexicon_hits(lowers: list) -> list:
    """:func:`hits`, answered [] at once when no word is in the lexicon (a set test, no list built)."""
    lex = (_LEXICON or _LEXICON.append(analyzer().lexicon) or _LEXICON)[0]
    if lex.keys().isdisjoint(lowers):
        return []
    return list(compress(range(len(lowers)), map(lex.__contains__, lowers)))


def _score_tuple(text: str, words: list, lowers: list, hits: list) -> tuple:
    """(compound, pos, neu, neg) of :func:`_scores`, given :func:`hits` of ``lowers``."""
    return _score_valence(_sentiments(words, lowers, hits), text)


def _compound(text: str, words: list, lowers: list, hits: list) -> float:
    """The compound of :func:`_score_tuple` alone (pos, neu and neg are not computed nor rounded)."""
    if not hits:
        return 0.0  # every valence 0 (or no word): VADER's compound is 0.0
    if _rule_free(text, lowers):
        return _compound_valence(_plain_valences(words, lowers, hits), text)
    return _compound_valence(_hit_valences(text, words, lowers, hits), text)


_RULE_FREE: list = []  # [_rule_free_words(), the same without "but"], once built


def _rule_free_sets() -> list:
    if not _RULE_FREE:
        words = _rule_free_words()
        _RULE_FREE[:] = [words, words - {"but"}]
    return _RULE_FREE


def _rule_free_words() -> frozenset:
    """Every lower-cased word other than a lexicon entry that VADER's rules compare a word with: its boosters
    (which are also never scored), negations, "no", "never", "without", "so", "this", "least", "kind", "but",
    and one word of each idiom and multi-word booster (:func:`_valence`, :func:`_sentiments`)."""
    c = _C or _constants()
    words = frozenset(c["boosters"]) | c["negate"] | frozenset(c["idiom_words"])
    return words | frozenset(("no", "never", "without", "so", "this", "least", "kind", "but"))


def _rule_free(text: str, lowers: list) -> bool:
    """True when none of VADER's words of ``text`` (``lowers``, lower-cased) is one its rules read beside the
    lexicon (:func:`_rule_free_words`) or holds "n't" (which needs an apostrophe in ``text``). Then each
    lexicon word's valence is its lexicon value, moved by VADER's capitals rule alone (:func:`_plain_valences`)."""
    return (_RULE_FREE or _rule_free_sets())[0].isdisjoint(lowers) and not _holds_nt(text, lowers)


def _holds_nt(text: str, lowers: list) -> bool:
    """Some word of ``text`` (``lowers``: VADER's words lower-cased) holds "n't", which VADER's negation rule reads."""
    return "'" in text and "n't" in " ".join(lowers)


def _plain_valences(words: list, lowers: list, hits: list) -> list:
    """The valences of the lexicon words ``hits`` of a text that is :func:`_rule_free`, in order: what
    :func:`_sentiments` gives them (every other word gets 0, and no "but" moves them). :func:`_valence` of
    such a word starts from its lexicon value, adds the capitals increment when the word is ``isupper`` and
    the text's capitals differ, and then adds 0.0 three times (no booster before it), which leaves a
    non-zero value unchanged; no rule multiplies it (no negation, "no", "never", "so", "this", "least" near
    it) and no idiom replaces it."""
    lex = analyzer().lexicon
    valences = list(map(lex.__getitem__, map(lowers.__getitem__, hits)))
    if any(map(str.isupper, map(words.__getitem__, hits))):
        n = len(words)
        if 0 < n - sum(map(str.isupper, words)) < n:  # allcap_differential(words)
            c_incr = (_C or _constants())["c_incr"]
            for k, i in enumerate(hits):
                if words[i].isupper():
                    valence = valences[k]
                    valences[k] = valence + c_incr if valence > 0 else valence - c_incr
    return valences


def _sentiments(words: list, lowers: list, hits: list) -> list:
    """The valences VADER gives the words (its ``sentiments`` list, after ``_but_check``)."""
    n = len(lowers)
    sentiments = [0] * n  # what VADER appends for a word without a lexicon entry (or a booster, "kind" of "kind of")
    if hits:
        a, boosters = _driver()[:2]
        lex = a.lexicon
        n_upper = sum(map(str.isupper, words))
        cap_diff = 0 < n - n_upper < n  # allcap_differential(words)
        last = n - 1
        for i in hits:
            low = lowers[i]
            if low in boosters or (low == "kind" and i < last and lowers[i + 1] == "of"):
                continue
            sentiments[i] = _valence(i, words, lowers, lex, cap_diff)
        if "but" in lowers:
            sentiments = _but_check(lowers, sentiments)
    return sentiments


def _hit_valences(text: str, words: list, lowers: list, hits: list) -> list:
    """The valences :func:`_sentiments` gives the lexicon words ``hits``, in order (every other word gets 0,
    which adds nothing to their sum), after the "but" check (:func:`_hits_but_check`).

    A lexicon word none of whose neighbours :func:`_valence` reads (the three words before it, the two
    after it) is a word VADER's rules read beside the lexicon (:func:`_rule_free_words`) gets its lexicon
    value moved by the capitals rule alone, as in :func:`_plain_valences`; when some word of the text holds
    "n't", every lexicon word is scored by :func:`_valence`.
    """
    a, boosters = _driver()[:2]
    lex = a.lexicon
    rule = (_RULE_FREE or _rule_free_sets())[1]  # "but" moves valences after they are found
    n = len(lowers)
    n_upper = sum(map(str.isupper, words))
    cap_diff = 0 < n - n_upper < n  # allcap_differential(words)
    nt = _holds_nt(text, lowers)
    c_incr = (_C or _constants())["c_incr"]
    last = n - 1
    valences = []
    for i in hits:
        low = lowers[i]
        if low in boosters or (low == "kind" and i < last and lowers[i + 1] == "of"):
            valences.append(0)
        elif nt or not rule.isdisjoint(lowers[i - 3 if i > 3 else 0 : i + 3]):
            valences.append(_valence(i, words, lowers, lex, cap_diff))
        elif cap_diff and words[i].isupper():
            valence = lex[low]
            valences.append(valence + c_incr if valence > 0 else valence - c_incr)
        else:
            valences.append(lex[low])
    if "but" in lowers:
        _hits_but_check(lowers, hits, valences)
    return valences


def _hits_but_check(lowers: list, hits: list, valences: list) -> None:
    """:func:`_but_check` on the valences of the lexicon words ``hits`` alone, in place: it visits and moves
    only non-zero values, and the first value equal to a non-zero one is a lexicon word's."""
    bi = lowers.index("but")
    for k in list(compress(range(len(valences)), valences)):
        valence = valences[k]
        j = valences.index(valence)
        si = hits[j]
        if si < bi:
            valences[j] = valence * 0.5
        elif si > bi:
            valences[j] = valence * 1.5


def _but_check(lowers: list, sentiments: list) -> list:
    """``SentimentIntensityAnalyzer._but_check`` (on the lower-cased words), in place, visiting only the
    non-zero valences.

    VADER visits every position k, finds ``si = sentiments.index(sentiments[k])`` (the first equal value)
    and replaces that value by itself times 0.5 before the first "but" and 1.5 after it (pop and insert at
    ``si``: an assignment). A zero value finds a zero, which stays a zero (0 * 0.5 == 0; VADER's becomes
    the float 0.0, which every later step reads as the int 0: sums and ``filter(None, ...)``); a non-zero
    one finds a non-zero one, which stays non-zero. So the non-zero positions never change, and visiting
    only them, in order, does the same replacements (``tests/test_sentiment_speed.py``).
    """
    bi = lowers.index("but")
    for k in list(compress(range(len(sentiments)), sentiments)):
        sentiment = sentiments[k]
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments[si] = sentiment * 0.5
        elif si > bi:
            sentiments[si] = sentiment * 1.5
    return sentiments


# VADER's constants and word lists (vaderSentiment 3.3.2), read once from the module
_C = {}


def _constants() -> dict:
    if not _C:
        from vaderSentiment import vaderSentiment as v

        _C.update(
            negate=frozenset(v.NEGATE), boosters=v.BOOSTER_DICT, special=v.SPECIAL_CASES,
            n_scalar=v.N_SCALAR, c_incr=v.C_INCR, normalize=v.normalize,
            # one word (the longest) of each special idiom and multi-word booster: an idiom matches whole
            # words, so a window without any of these words matches none
            idiom_words=frozenset(
                max(k.split(), key=len) for k in [*v.SPECIAL_CASES, *v.BOOSTER_DICT] if " " in k
            ),
        )
    return _C


_V: list = []  # (n_scalar, c_incr, boosters, negate, idiom_words) of _constants, for _valence


def _valence_constants() -> list:
    c = _constants()
    _V[:] = [c["n_scalar"], c["c_incr"], c["boosters"], c["negate"], c["idiom_words"]]
    return _V


def _valence(i: int, words: list, lowers: list, lex: dict, cap_diff: bool) -> float:
    """``SentimentIntensityAnalyzer.sentiment_valence`` of lexicon word ``i`` (not a booster): the same
    operations in the same order (its loop over the three words before, with ``scalar_inc_dec`` and
    ``_negation_check``, unrolled), on the lower-cased words VADER lower-cases again at each step."""
    n_scalar, c_incr, boosters, negate, idiom_words = _V or _valence_constants()
    low = lowers[i]
    valence = lex[low]
    if low == "no" and i != len(lowers) - 1 and lowers[i + 1] in lex:
        valence = 0.0
    if (
        (i > 0 and lowers[i - 1] == "no")
        or (i > 1 and lowers[i - 2] == "no")
        or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ["or", "nor"])
    ):
        valence = lex[low] * n_scalar
    if words[i].isupper() and cap_diff:
        if valence > 0:
            valence += c_incr
        else:
            valence -= c_incr
    if i > 0 and (w1 := lowers[i - 1]) not in lex:  # start_i 0
        s = 0.0
        if w1 in boosters:
            s = _scalar(boosters[w1], words[i - 1], valence, cap_diff, c_incr)
        valence = valence + s
        if w1 in negate or "n't" in w1:
            valence = valence * n_scalar
    if i > 1 and (w2 := lowers[i - 2]) not in lex:  # start_i 1
        s = 0.0
        if w2 in boosters:
            s = _scalar(boosters[w2], words[i - 2], valence, cap_diff, c_incr)
        if s != 0:
            s = s * 0.95
        valence = valence + s
        w1 = lowers[i - 1]
        if w2 == "never" and (w1 == "so" or w1 == "this"):
            valence = valence * 1.25
        elif w2 == "without" and w1 == "doubt":
            pass
        elif w2 in negate or "n't" in w2:
            valence = valence * n_scalar
    if i > 2 and (w3 := lowers[i - 3]) not in lex:  # start_i 2
        s = 0.0
        if w3 in boosters:
            s = _scalar(boosters[w3], words[i - 3], valence, cap_diff, c_incr)
        if s != 0:
            s = s * 0.9
        valence = valence + s
        w2, w1 = lowers[i - 2], lowers[i - 1]
        if (w3 == "never" and (w2 == "so" or w2 == "this")) or (w1 == "so" or w1 == "this"):
            valence = valence * 1.25
        elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
            pass
        elif w3 in negate or "n't" in w3:
            valence = valence * n_scalar
        if not idiom_words.isdisjoint(lowers[i - 3 : i + 3]):
            valence = _special_idioms_check(valence, lowers, i, _C)
    # _least_check
    if i > 1 and lowers[i - 1] not in lex and lowers[i - 1] == "least":
        if lowers[i - 2] != "at" and lowers[i - 2] != "very":
            valence = valence * n_scalar
    elif i > 0 and lowers[i - 1] not in lex and lowers[i - 1] == "least":
        valence = valence * n_scalar
    return valence


def _scalar(scalar: float, word: str, valence: float, cap_diff: bool, c_incr: float) -> float:
    """vaderSentiment's ``scalar_inc_dec`` of a booster ``word`` whose value is ``scalar``."""
    if valence < 0:
        scalar *= -1
    if word.isupper() and cap_diff:
        if valence > 0:
            scalar += c_incr
        else:
            scalar -= c_incr
    return scalar


def _special_idioms_check(valence: float, lw: list, i: int, c: dict) -> float:
    """``SentimentIntensityAnalyzer._special_idioms_check`` on the lower-cased words (``i`` > 2)."""
    special, boosters = c["special"], c["boosters"]
    onezero = f"{lw[i - 1]} {lw[i]}"
    twoonezero = f"{lw[i - 2]} {lw[i - 1]} {lw[i]}"
    twoone = f"{lw[i - 2]} {lw[i - 1]}"
    threetwoone = f"{lw[i - 3]} {lw[i - 2]} {lw[i - 1]}"
    threetwo = f"{lw[i - 3]} {lw[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lw) - 1 > i:
        zeroone = f"{lw[i]} {lw[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lw) - 1 > i + 1:
        zeroonetwo = f"{lw[i]} {lw[i + 1]} {lw[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in boosters:
            valence = valence + boosters[n_gram]
    return valence


def _punct_emph_amplifier(text: str) -> float:
    """VADER's ``_punctuation_emphasis`` ('!' and '?'), the same arithmetic."""
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        if qm_count <= 3:
            qm_amplifier = qm_count * 0.18
        else:
            qm_amplifier = 0.96
    return ep_amplifier + qm_amplifier


def _compound_valence(sentiments: list, text: str) -> float:
    """The compound of :func:`_score_valence` alone, the same operations (``tests/test_sentiment_speed.py``):
    VADER's ``normalize`` (``x / sqrt(x * x + 15)``, clipped to [-1, 1]) written out."""
    if not sentiments:
        return 0.0
    sum_s = float(sum(sentiments))
    if "!" not in text and "?" not in text:
        pass  # the amplifier is 0.0: adding or subtracting it changes nothing
    elif sum_s > 0:
        sum_s += _punct_emph_amplifier(text)
    elif sum_s < 0:
        sum_s -= _punct_emph_amplifier(text)
    norm_score = sum_s / math.sqrt((sum_s * sum_s) + 15)
    if norm_score < -1.0:
        return -1.0
    if norm_score > 1.0:
        return 1.0
    return round(norm_score, 4)


def _score_valence(sentiments: list, text: str) -> tuple:
    """``SentimentIntensityAnalyzer.score_valence`` as (compound, pos, neu, neg): the same arithmetic,
    summing only the non-zero valences for the pos and neg sums (a zero adds nothing to either; it counts
    as neutral)."""
    if sentiments:
        sum_s = float(sum(sentiments))
        punct_emph_amplifier = _punct_emph_amplifier(text)
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = (_C or _constants())["normalize"](sum_s)
        pos_sum = 0.0
        neg_sum = 0.0
        nonzero = list(filter(None, sentiments))  # the valences != 0
        for sentiment_score in nonzero:
            if sentiment_score > 0:
                pos_sum += float(sentiment_score) + 1
            if sentiment_score < 0:
                neg_sum += float(sentiment_score) - 1
        neu_count = len(sentiments) - len(nonzero)
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        pos = math.fabs(pos_sum / total)
        neg = math.fabs(neg_sum / total)
        neu = math.fabs(neu_count / total)
    else:
        compound = 0.0
        pos = 0.0
        neg = 0.0
        neu = 0.0
    return round(compound, 4), round(pos, 3), round(neu, 3), round(neg, 3)
