"""VADER scores of a piece of text, as :func:`framing.sentiment` scores a sentence.

Curly quotes and dashes are normalised so VADER's whitespace tokens find its lexicon; the words of
multi-word proper names are masked (:func:`polarity`); a text with no VADER lexicon word and no
emoji is not sent to VADER (its scores are known exactly); names are not masked in a text where
masking cannot change VADER's score (:func:`_masking_keeps_score`); a very long text is scored in chunks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import not_

import numpy as np

from framing.lang import english, vader

#: VADER's thresholds on the compound score (Hutto & Gilbert 2014; the package's README).
NEGATIVE = -0.05
POSITIVE = 0.05
# VADER splits on whitespace and strips ASCII punctuation only: straighten curly quotes and
# apostrophes (so "don’t" is negated and “Brutal” is found) and turn dashes into spaces.
_FOR_VADER = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " ", "\u2013": " ", "\u00a0": " "}
)
_FOR_VADER_PAIRS = tuple((chr(k), v) for k, v in _FOR_VADER.items())


def _for_vader(text: str) -> str:
    """``text.translate(_FOR_VADER)``, by one ``str.replace`` per character it changes (much faster on a whole
    article; no replacement writes a character another one replaces, so their order does not matter)."""
    for char, replacement in _FOR_VADER_PAIRS:
        text = text.replace(char, replacement)
    return text


# VADER's negation and idiom checks are quadratic in the length of a sentence: score a very
# long "sentence" (a text without punctuation) in chunks of this many whitespace tokens.
_CHUNK_TOKENS = 100

# The package's one VADER analyser and its label (``_vader_label`` is kept for framing.target).
_analyzer = vader.analyzer
_vader_label = vader.label
_scores = vader.polarity_scores


def _no_valence(text: str) -> bool:
    """True when VADER would give ``text`` no valence at all, so its scores are known without running it.

    VADER's valence comes only from its lexicon (words as its tokeniser cuts them: whitespace
    tokens with punctuation stripped unless two characters or fewer remain) and from emoji it
    translates into words; negators, boosters and 'but' only scale a lexicon word's valence.
    With neither, ``polarity_scores`` returns compound 0, pos 0, neg 0 and neu 1 (0 for no token).
    """
    words = vader.tokens(text)
    if not _analyzer().lexicon.keys().isdisjoint([w.lower() for w in words]):
        return False
    return not vader.has_emoji(text)


def _vader(text: str, *, checked: bool = False) -> tuple[float, float, float, float]:
    """(compound, pos, neu, neg) of a piece of text; long pieces are scored in chunks.

    Scored by :func:`framing.lang.vader.polarity_scores` (VADER's scores exactly, without its
    quadratic checks); a piece without any VADER lexicon word or emoji (most attributions, "he said
    on Tuesday") is not scored: its scores are exactly (0, 0, 1, 0), see :func:`_no_valence`
    (``checked``: the caller knows ``text`` has valence).
    """
    if not checked and _no_valence(text):
        return 0.0, 0.0, (1.0 if text.split() else 0.0), 0.0
    if len(text) < 20 * _CHUNK_TOKENS:
        s = _scores(text)
        return s["compound"], s["pos"], s["neu"], s["neg"]
    tokens = text.split()
    if len(tokens) <= _CHUNK_TOKENS:
        s = _scores(text)
        return s["compound"], s["pos"], s["neu"], s["neg"]
    scores, weights = [], []
    for i in range(0, len(tokens), _CHUNK_TOKENS):
        chunk = tokens[i : i + _CHUNK_TOKENS]
        s = _scores(" ".join(chunk))
        scores.append((s["compound"], s["pos"], s["neu"], s["neg"]))
        weights.append(len(chunk))
    c, p, n, g = np.average(np.asarray(scores), axis=0, weights=weights)
    return float(c), float(p), float(n), float(g)


def _vader_prepared(text: str, prepare) -> tuple[float, float, float, float]:
    """``_vader(prepare(text))``, with the valence check on ``text`` first, and ``text`` tokenised once.

    Masking is skipped when ``text`` has no valence: it cannot give a text valence. It replaces
    whole words (never whitespace, so the whitespace tokens stay as many) by ``Nm``, which then stands
    between two characters that are not letters; no entry of VADER's lexicon holds "nm" so placed
    (checked on the lexicon once, :func:`_mask_adds_no_valence`), so a token that had no lexicon
    word has none after masking. When masking changes nothing, VADER scores the tokens already cut.
    """
    return _vader_prepared_as_written(text, prepare)[0]


def _later_values(text: str) -> tuple:
    """The pos, neu and neg VADER gives a text without emoji, computed when first asked for (a profile reads
    only the compound): ``vader._score_tuple(text, *vader.lowered(text), hits)[1:]``, what the scores
    would have held (the fast driver's, see :func:`_driver_row`)."""
    split, lowers = vader.lowered(text)
    return vader._score_tuple(text, split, lowers, vader.hits(lowers))[1:]


def row_values(row: tuple) -> tuple:
    """(compound, pos, neu, neg) of a row of :func:`_vader_prepared_as_written` (``later`` or not): a row
    of two is (compound, the text scored), its pos, neu and neg computed now (:func:`_later_values`)."""
    return (row[0], *_later_values(row[1])) if len(row) == 2 else row


def _vader_prepared_as_written(text: str, prepare, emoji_free: bool = False, later: bool = False) -> tuple:
    """(:func:`_vader_prepared`, whether that is VADER's score of ``text`` itself, not masked nor chunked).

    ``emoji_free``: the caller knows ``text`` holds no emoji (it is cut from a text without any:
    :func:`framing.lang.vader.has_emoji` reads characters one by one, see :func:`emoji_free`). ``later``:
    where the fast driver scores the text, the scores are (compound, the text scored) rather than the four
    (:func:`row_values` gives the four either way).
    """
    split, lowers = vader.lowered(text)
    emoji = False if emoji_free else vader.has_emoji(text)
    hits = vader.lexicon_hits(lowers)
    if not emoji and not hits and (prepare is str or _mask_adds_no_valence()):
        return (0.0, 0.0, (1.0 if split else 0.0), 0.0), True  # text itself has no valence either
    if not emoji and vader._driver() is not None and (prepare is str or prepare is _mask_names):
        # VADER's release, mirrored by framing.lang.vader (the prepare functions framing.sentiment passes)
        return _fast_row(text, split, lowers, hits, prepare is _mask_names, later)
    return _vader(prepare(text), checked=True), False


def _driver_row(text: str, split: list, lowers: list, hits: list, later: bool) -> tuple:
    """``vader._score_tuple(text, split, lowers, hits)``, or with ``later`` (its compound, ``text``);
    ``split, lowers`` are :func:`framing.lang.vader.lowered` of ``text``, ``hits`` their lexicon words."""
    if not later:
        return vader._score_tuple(text, split, lowers, hits)
    return vader._compound(text, split, lowers, hits), text


def _part_compound(text: str, prepare, emoji_free: bool) -> float:
    """``_vader_prepared(text, prepare)[0]``: the compound alone (pos, neu and neg are neither computed
    nor rounded where the fast driver scores ``text``); ``emoji_free`` as in :func:`_vader_prepared_as_written`."""
    if not emoji_free or vader._driver() is None:
        return _vader_prepared_as_written(text, prepare, emoji_free)[0][0]
    split, lowers = vader.lowered(text)
    hits = vader.lexicon_hits(lowers)
    if not hits and (prepare is str or _mask_adds_no_valence()):
        return 0.0
    if prepare is not str and prepare is not _mask_names:
        return _vader_prepared_as_written(text, prepare, emoji_free)[0][0]
    return _fast_compound(text, split, lowers, hits, prepare is _mask_names)


def sentence_scorers(prepare, emoji_free: bool) -> tuple:
    """(row, compound): the functions :func:`framing.sentiment` scores a sentence and a part of one with.

    ``row(text)`` is ``_vader_prepared_as_written(text, prepare, emoji_free, later=True)`` and
    ``compound(text)`` is ``_part_compound(text, prepare, emoji_free)``. Where the fast driver scores every
    text (no emoji, VADER's release mirrored, names masked or not, the name token adding no valence) they
    are the same steps without the checks this settles once: the text's words looked up (:func:`vader.lowered`),
    a text without a lexicon word answered at once, any other scored by :func:`_fast_row` or
    :func:`_fast_compound`.
    """
    if not ((prepare is str or prepare is _mask_names) and emoji_free and vader._driver() is not None and (
            prepare is str or _mask_adds_no_valence())):
        return (lambda text: _vader_prepared_as_written(text, prepare, emoji_free, True)), (
            lambda text: _part_compound(text, prepare, emoji_free))
    mask = prepare is _mask_names
    lexicon = vader.lexicon()
    no_hit, in_lexicon = lexicon.keys().isdisjoint, lexicon.__contains__
    word_of = vader._TOKEN_CACHE.__getitem__  # the cache is emptied, never replaced

    def words(text: str) -> tuple:  # vader.lowered(text), its words looked up in the cache first
        split = text.split()
        try:
            return split, list(map(word_of, split))
        except KeyError:
            return vader.lowered(text)

    def row(text: str) -> tuple:
        split, lowers = words(text)
        if no_hit(lowers):
            return (_NO_VALENCE if split else _NO_TOKEN), True  # text itself has no valence either
        return _fast_row(text, split, lowers, list(compress(range(len(lowers)), map(in_lexicon, lowers))), mask)

    def compound(text: str) -> float:
        split, lowers = words(text)
        if no_hit(lowers):
            return 0.0
        return _fast_compound(text, split, lowers, list(compress(range(len(lowers)), map(in_lexicon, lowers))), mask)

    return row, compound


_NO_VALENCE = (0.0, 0.0, 1.0, 0.0)  # the scores of a text with tokens and no valence (one without: all 0)
_NO_TOKEN = (0.0, 0.0, 0.0, 0.0)


def _fast_row(text: str, split: list, lowers: list, hits: list, mask: bool, later: bool = True) -> tuple:
    """:func:`_vader_prepared_as_written` of a text without emoji (``split, lowers``: :func:`vader.lowered` of it,
    ``hits``: :func:`vader.hits` of ``lowers``) where the fast driver scores it; ``mask``: names are masked (not
    where there is nothing to mask, nor where VADER scores the masked text as it scores the text)."""
    if mask and _may_have_names(text) and not _masking_keeps_score(split, lowers):
        prepared = _mask_name_runs(text)
        if prepared is not text:
            # masking removes characters and adds "Nm": the masked text has no emoji either
            if len(prepared) >= 20 * _CHUNK_TOKENS:
                return _vader(prepared, checked=True), False
            split, lowers = vader.lowered(prepared)
            return _driver_row(prepared, split, lowers, vader.hits(lowers), later), False
    if len(text) < 20 * _CHUNK_TOKENS or len(split) <= _CHUNK_TOKENS:
        return _driver_row(text, split, lowers, hits, later), True
    return _vader(text, checked=True), False


def _fast_compound(text: str, split: list, lowers: list, hits: list, mask: bool) -> float:
    """:func:`_part_compound` of a text as in :func:`_fast_row`."""
    if mask and _may_have_names(text) and not _masking_keeps_score(split, lowers):
        prepared = _mask_name_runs(text)
        if prepared is not text:
            if len(prepared) >= 20 * _CHUNK_TOKENS:
                return _vader(prepared, checked=True)[0]
            split, lowers = vader.lowered(prepared)
            return vader._compound(prepared, split, lowers, vader.hits(lowers))
    if len(text) < 20 * _CHUNK_TOKENS or len(split) <= _CHUNK_TOKENS:
        return vader._compound(text, split, lowers, hits)
    return _vader(text, checked=True)[0]


def emoji_free(text: str) -> bool:
    """True when neither ``text`` nor any text made of its pieces joined by spaces holds an emoji.

    :func:`framing.lang.vader.has_emoji` (and VADER's own translation) looks at each character alone, so a
    text made of ``text``'s characters and spaces holds one only if ``text`` does or a space is one.
    """
    return not vader.has_emoji(text) and not vader.has_emoji(" ")


@lru_cache(maxsize=1)
def _mask_adds_no_valence() -> bool:
    """True when no VADER lexicon entry can be a token of masked text that holds the name token: the
    token is never preceded by a letter nor followed by a word character, ', -, or '.' and a word character."""
    placed = re.compile(r"(?<![^\W\d_])" + re.escape(_NAME_TOKEN.lower()) + r"(?![\w'\-\u2019]|\.\w)")
    return not any(placed.search(key.lower()) for key in _analyzer().lexicon)


@lru_cache(maxsize=1)
def _rule_words() -> frozenset | None:
    """Every lower-cased word VADER's rules compare a word with (its lexicon, boosters, negations, the words
    of its idioms, and "no", "or", "nor", "kind", "of", "never", "so", "this", "without", "doubt", "least",
    "at", "very", "but"), or None when the name token could make one of them, or for another release."""
    if vader._driver() is None:
        return None
    from vaderSentiment import vaderSentiment as v

    words = set(_analyzer().lexicon) | set(v.BOOSTER_DICT) | set(v.NEGATE) | set(english.VADER_RULE_WORDS)
    words |= {w for key in [*v.SPECIAL_CASES, *v.BOOSTER_DICT] for w in key.split()}
    placed = re.compile(r"(?<![^\W\d_])" + re.escape(_NAME_TOKEN.lower()) + r"(?![\w'\-\u2019]|\.\w)")
    if any(placed.search(w.lower()) for w in words):
        return None
    return frozenset(words)


def _masking_keeps_score(split: list, lowers: list) -> bool:
    """True when masking names cannot change VADER's score of the text (its whitespace tokens ``split``
    and VADER's words of them lower-cased, ``lowers``); False when it may.

    VADER reads a word only by comparing it, lower-cased, with its rule words (:func:`_rule_words`), by
    looking for "n't" in it, and by ``isupper``; and the text only for its '!' and '?' (which masking
    keeps), and its number of tokens (which masking keeps). Masking changes only the tokens that hold a
    word it may mask (a Title-case word other than the text's first word and not a word it keeps); it
    replaces each such word by "Nm", which is neither a rule word nor part of one where it stands
    (:func:`_rule_words` checks), creates no "n't" and makes the token not ``isupper``. So when no such
    token is a rule word, holds "n't" or is ``isupper``, every rule answers alike on both texts. A token
    that is ``isupper`` but no rule word and holds no "n't" is read only for the count of ``isupper`` words
    behind ``allcap_differential``, which VADER reads only for a lexicon word or booster that is ``isupper``
    (:func:`_capitals_read`): without one, such tokens do not count. A text of
    more than :data:`_CHUNK_TOKENS` tokens (scored in chunks by length) is not checked.
    """
    rule = _rule_words()
    if rule is None or len(split) > _CHUNK_TOKENS or vader._driver() is None:
        return False
    may_change = _MAY_CHANGE.__getitem__
    try:  # the common case in one pass: no token whose reading masking may change
        if not any(map(may_change, split)):
            return True
    except KeyError:  # a token not seen yet
        _learn_tokens(split, lowers, rule)
        if not any(map(may_change, split)):
            return True
    return _keeps_by_token(split, lowers, rule)


def _learn_tokens(split: list, lowers: list, rule: frozenset) -> None:
    """Keep in _MAY_CHANGE, for each token of ``split`` not there, the first value of its verdict (False for a
    token without capital, ``islower``, which has no word to mask)."""
    if len(_MAY_CHANGE) > _TOKEN_VERDICTS:
        _MAY_CHANGE.clear()
        _VERDICTS.clear()
    for token, low in zip(split, lowers):
        if token not in _MAY_CHANGE:
            if token.islower():
                _MAY_CHANGE[token] = False
            else:
                verdict = _VERDICTS.get(token)
                if verdict is None:
                    verdict = _VERDICTS[token] = _token_verdict(token, low, rule)
                _MAY_CHANGE[token] = verdict[0]


def _keeps_by_token(split: list, lowers: list, rule: frozenset) -> bool:
    """:func:`_masking_keeps_score` token by token (the verdicts of new tokens found and kept)."""
    first = None  # the token that holds the text's first word (never masked)
    caps = None  # whether VADER reads allcap_differential for this text (found when first needed)
    verdicts = _VERDICTS
    if len(verdicts) > _TOKEN_VERDICTS:
        verdicts.clear()
    for i in compress(range(len(split)), map(not_, map(str.islower, split))):  # a token without capital
        token = split[i]  # has no word to mask
        verdict = verdicts.get(token)
        if verdict is None:
            verdict = verdicts[token] = _token_verdict(token, lowers[i], rule)
        if not verdict[0]:
            continue  # a token VADER reads as any other word, or without a word masking may replace
        if not verdict[2]:  # read by VADER only for its isupper, which counts only towards allcap_differential
            if caps is None:
                caps = _capitals_read(split, lowers, rule)
            if not caps:
                continue
        if first is None:
            first = next(j for j, t in enumerate(split) if _TOKEN.search(t))  # at most i
        if i != first or verdict[1]:
            return False
    return True


# _token_verdict by whitespace token (news repeats its tokens); emptied past _TOKEN_VERDICTS entries
_VERDICTS: dict = {}
_MAY_CHANGE: dict = {}  # by token: the first value of its verdict, False without capital (see _learn_tokens)
_TOKEN_VERDICTS = 200_000


def _token_verdict(token: str, low: str, rule: frozenset) -> tuple[bool, bool, bool]:
    """(whether masking may change how VADER reads ``token``, the same if its first word is kept, whether
    that is for more than its ``isupper``): False for a token that is not a rule word, not ``isupper`` and
    holds no "n't" (VADER reads it as any other word), else whether it holds a word masking may replace (a
    Title-case word not in ``_KEEP``). ``low`` is VADER's word of ``token`` lower-cased, a function of the
    token (:func:`vader.lowered`)."""
    by_rule = low in rule or "n't" in token.lower()
    if not (by_rule or token.isupper()):
        return False, False, False
    maskable = [w[0].isupper() and (len(w) == 1 or not w[1].isupper()) and w.lower() not in _KEEP
                for w in _TOKEN.findall(token)]
    return any(maskable), any(maskable[1:]), by_rule


def _capitals_read(split: list, lowers: list, rule: frozenset) -> bool:
    """Whether VADER may read ``allcap_differential`` of the text: it does only for a lexicon word or a
    booster that is ``isupper`` (both rule words); a token that is no rule word counts towards it alone."""
    return any(map(str.isupper, compress(split, map(rule.__contains__, lowers))))


# Names: a run of two or more Title-case words ("United Nations", "Supreme National Security
# Council", "Museum of Fine Arts"). VADER rates united, supreme, security, fine, justice, liberty...
# as positive; inside a name they carry no sentiment, so they are replaced by a neutral token.
# A word: a letter, then word characters, ', -, right single quote, and '.' before a word character ("U.S"),
# as runs of its characters rather than one alternation per character (the same matches, faster).
_TOKEN = re.compile(r"[^\W\d_][\w'\-\u2019]*(?:\.\w[\w'\-\u2019]*)*")
_CONNECTORS = english.NAME_CONNECTORS
# Words never masked: they drive VADER's rules (negation, 'but', boosters) or are function words.
_KEEP = english.NAME_MASK_KEEP
_NAME_TOKEN = "Nm"


# A quick test before tokenising: in an ASCII text, a multi-word name needs a capitalised word
# followed by whitespace, at most one more word and whitespace, and a capital.
_CAPITAL_WORD = re.compile(r"[A-Z][\w'\-.]*")
_THEN_CAPITAL = re.compile(r"\s+(?:\S+\s+)?[A-Z]")
# The two in one search: a capital inside a capitalised word extends to the same end as the word, and
# the word's characters are not whitespace, so this finds a match exactly when some capitalised word
# is followed by _THEN_CAPITAL.
_CAPITAL_THEN_CAPITAL = re.compile(_CAPITAL_WORD.pattern + _THEN_CAPITAL.pattern)


def _may_have_names(text: str) -> bool:
    """False when ``text`` cannot hold a name :func:`_mask_names` masks (a necessary condition, linear)."""
    if not text.isascii():
        return True
    return _CAPITAL_THEN_CAPITAL.search(text) is not None


def _mask_names(text: str) -> str:
    """Replace each word of a multi-word proper name by a neutral token (linear in the text)."""
    return _mask_name_runs(text) if _may_have_names(text) else text


_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")


# Whether a word is Title case (its first character upper case, its second, if any, not), by word: news
# repeats its words. Emptied when it grows past _TITLE_SIZE.
_TITLE: dict = {}
_TITLE_SIZE = 200_000


def _titles(words: list) -> list:
    """Whether each word is Title case (first character ``isupper``, the second, if any, not), kept in _TITLE."""
    if len(_TITLE) > _TITLE_SIZE:
        _TITLE.clear()
    for w in words:
        if w not in _TITLE:
            _TITLE[w] = w[0].isupper() and (len(w) == 1 or not w[1].isupper())
    return list(map(_TITLE.__getitem__, words))


def _mask_name_runs(text: str) -> str:
    # parts: gap, word, gap, word, ..., gap (word i is parts[2i + 1]; the text between words r and i is
    # parts[2r + 2 : 2i + 1] joined)
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    n = len(words)
    if n < 2:
        return text
    try:
        title = list(map(_TITLE.__getitem__, words))
    except KeyError:
        title = _titles(words)
    if n >= 4 and sum(title) >= 0.8 * n:
        return text  # a Title Case headline: its capitals are style, not names
    # Two consecutive Title-case words are in one run when only whitespace, or one connector word with
    # whitespace on both sides, stands between them (any other word or mark between them ends the run).
    connectors = _CONNECTORS
    masked: list = []
    run: list = []
    for i in compress(range(n), title):
        if run:
            r = run[-1]
            if r + 1 == i and parts[2 * i].isspace():
                run.append(i)
                continue
            gap = "".join(parts[2 * r + 2 : 2 * i + 1])
            connector = gap.split()
            if not (len(connector) == 1 and connector[0] in connectors and gap[0].isspace() and gap[-1].isspace()):
                if len(run) >= 2:
                    masked.extend(run)
                run = []
        run.append(i)
    if len(run) >= 2:
        masked.extend(run)
    changed = False
    for i in masked:
        if i != 0 and words[i].lower() not in _KEEP:
            parts[2 * i + 1] = _NAME_TOKEN
            changed = True
    return "".join(parts) if changed else text


def polarity(text: str, *, mask_names: bool = True) -> dict:
    """VADER scores of one piece of text, exactly as :func:`sentiment` scores a sentence.

    Curly quotes and apostrophes are straightened and dashes spaced before VADER
    reads the text; with ``mask_names`` (default) the words of multi-word proper
    names ("United Nations", "Supreme Leader") are replaced by a neutral token; a
    text of more than 100 whitespace tokens is scored in chunks and the chunk
    scores averaged, weighted by tokens.

    Returns
    -------
    dict
        ``{'compound': ..., 'pos': ..., 'neu': ..., 'neg': ...}``.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"polarity() needs a str, got {type(text).__name__}")
    text = text.translate(_FOR_VADER)
    compound, pos, neu, neg = _vader(_mask_names(text) if mask_names else text)
    return {"compound": compound, "pos": pos, "neu": neu, "neg": neg}
