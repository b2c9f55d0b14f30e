"""Features of a target mention: the words of its sentence by their relation to it (one function for
training and use), and the sentence-level helpers (VADER valences, clauses, the sentence's compound)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np

from framing.lang import vader
from framing.lang.english import (
    IRREGULAR_PARTICIPLES,
    REPORTING_VERB_FORMS,
    TARGET_CLAUSE_WORDS,
    TARGET_PASSIVE_AUXILIARIES,
    TARGET_PRONOUNS,
)

#: The labels, in the order of ``probabilities``.
LABELS = ("negative", "neutral", "positive")
MODEL_NAME = "target_sentiment"

# Clause boundaries: punctuation between two words, and conjunctions that open a new clause.
_BOUNDARY_CHARS = re.compile(r"[,;:()\[\]\"\u2014\u2013]|\s-\s|\s--\s")
_CLAUSE_WORDS = TARGET_CLAUSE_WORDS
_REPORTING = REPORTING_VERB_FORMS
_BE = TARGET_PASSIVE_AUXILIARIES
_PRONOUNS = TARGET_PRONOUNS
_IRREGULAR_PARTICIPLES = IRREGULAR_PARTICIPLES
#: Words kept on each side of the target in a very long sentence.
MAX_CONTEXT = 120
_DIGIT = re.compile(r"\d")
_POSSESSIVE = ("'s", "s'")


def _vader_tables():
    """The shared VADER analyser, its lexicon (word -> valence in [-4, 4]) and negation words."""
    return vader.analyzer(), vader.lexicon(), vader.negations()


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer  # rules in code: no NLTK data needed

    return SnowballStemmer("english")


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    """The form a word takes in feature names: folded, possessive 's dropped, numbers merged, stemmed."""
    if word.endswith(_POSSESSIVE) and len(word) > 2:
        word = word[:-2]
    if _DIGIT.search(word):
        return "<num>"
    return _stemmer().stem(word)


def _bucket(d: int) -> str:
    return "1" if d <= 1 else "2" if d <= 3 else "4" if d <= 6 else "7" if d <= 10 else "11"


def _target_range(doc, start: int, end: int):
    """(first word, last word + 1) of the target, sentence word range and sentence char range."""
    ws, we = doc.word_starts, doc.word_ends
    t0 = int(np.searchsorted(we, start, side="right"))  # first word ending after start
    t1 = int(np.searchsorted(ws, end, side="left"))  # first word starting at or after end
    if doc.n_sentences:
        sa, sb = doc.sentence_of(start), doc.sentence_of(max(end - 1, start))
        c0, c1 = doc.sentences[sa][0], doc.sentences[sb][1]
        c0, c1 = min(c0, start), max(c1, end)
        lo = int(np.searchsorted(doc.word_sentence, sa, side="left"))
        hi = int(np.searchsorted(doc.word_sentence, sb, side="right"))
    else:
        c0, c1, lo, hi = 0, len(doc.text), 0, doc.n_words
    t0, t1 = max(t0, lo), min(max(t1, t0), hi)
    t0 = min(t0, hi)
    t1 = max(t1, t0)
    # A run-on "sentence" (a text without punctuation) is cut to MAX_CONTEXT words on each side,
    # so a call costs the same on a 10 MB text (news sentences are far shorter than this).
    if t0 - lo > MAX_CONTEXT:
        lo = t0 - MAX_CONTEXT
        c0 = min(int(ws[lo]), start)
    if hi - t1 > MAX_CONTEXT:
        hi = t1 + MAX_CONTEXT
        c1 = max(int(we[hi - 1]), end)
    return t0, t1, lo, hi, c0, c1


def target_features(doc, start: int, end: int, *, window: int = 6):
    """Features of the target mention at ``[start, end)``: a list of ``(name, value, word_index)``.

    ``word_index`` is the index (into ``doc.word_starts``) of the word that produced
    the feature, or -1 for features of the target or the whole sentence. This is the
    one function used both to train the shipped model and to apply it.
    """
    t0, t1, lo, hi, c0, c1 = _target_range(doc, start, end)
    words, clause = _context_words(doc, lo, hi)
    tk0, tk1 = t0 - lo, t1 - lo  # target positions within the sentence's word list
    if t1 > t0:
        target_clause = clause[tk0]
    else:
        target_clause = clause[min(tk0, len(words) - 1)] if words else 0
    negated = _negated(words)
    val = _valences(words, tk0, tk1, negated)
    feats: list[tuple[str, float, int]] = [("bias:any", 1.0, -1)]
    sums = dict.fromkeys(_SUM_KEYS, 0.0)
    for k in range(len(words)):
        if tk0 <= k < tk1:
            continue  # mask the target's own words
        same_clause = clause[k] == target_clause
        feats.extend(_word_features(words, k, lo + k, tk0, tk1, same_clause, window))
        if val[k]:
            feats.extend(_valence_features(val[k], lo + k, k < tk0, _distance(k, tk0, tk1), same_clause,
                                           negated[k], window, sums))
    # Saturating totals (VADER-style normalisation) alongside the per-word values.
    for key, total in sums.items():
        if total:
            feats.append((f"vsum:{key}", total / math.sqrt(total * total + 1.0), -1))
    feats.extend(place_features(doc, words, tk0, tk1, start, end, c0, c1))
    return feats


#: the valence totals of :func:`target_features`, in their order
_SUM_KEYS = ("near_pos", "near_neg", "clause_pos", "clause_neg", "left_pos", "left_neg", "right_pos", "right_neg",
             "sent_pos", "sent_neg")


def _context_words(doc, lo: int, hi: int) -> tuple[list, list]:
    """The folded words ``lo..hi - 1`` and the clause id of each: a boundary lies before word k when
    punctuation or a clause-opening conjunction separates it from word k - 1."""
    folded, ws, we = doc.folded, doc.word_starts, doc.word_ends
    words = [folded[ws[i]:we[i]] for i in range(lo, hi)]
    clause = [0] * len(words)
    cid = 0
    for k in range(1, len(words)):
        gap = folded[we[lo + k - 1]:ws[lo + k]]
        if _BOUNDARY_CHARS.search(gap) or words[k] in _CLAUSE_WORDS:
            cid += 1
        clause[k] = cid
    return words, clause


def _negated(words: list) -> list:
    """Whether a negation word stands within the three words before each word."""
    negate = _vader_tables()[2]
    return [any(words[j] in negate or words[j].endswith("n't") for j in range(max(0, k - 3), k))
            for k in range(len(words))]


def _valences(words: list, tk0: int, tk1: int, negated: list) -> list:
    """VADER valence / 4 of each word (0 for the target's words), sign flipped (x 0.74) after a negation."""
    valence = _vader_tables()[1]
    val = [0.0] * len(words)
    for k, w in enumerate(words):
        if tk0 <= k < tk1:
            continue
        v = valence.get(w, 0.0) or valence.get(_norm(w), 0.0)
        if v:
            if negated[k]:
                v = -0.74 * v
            val[k] = v / 4.0
    return val


def _distance(k: int, tk0: int, tk1: int) -> int:
    return (tk0 - k) if k < tk0 else (k - tk1 + 1)


def _word_features(words: list, k: int, i: int, tk0: int, tk1: int, same_clause: bool, window: int) -> list:
    """The features of context word ``k`` (document word ``i``): the sentence bag, its side and distance
    bucket within the window, its clause, the window bigram and the adjacent bigram."""
    n = _norm(words[k])
    left = k < tk0
    d = _distance(k, tk0, tk1)
    side = "L" if left else "R"
    feats = [(f"s:{n}", 1.0, i)]
    if d <= window:
        feats.append((f"{side}:{n}", 1.0, i))
        feats.append((f"{side}{_bucket(d)}:{n}", 1.0, i))
    if same_clause:
        feats.append((f"c:{n}", 1.0, i))
        feats.append((f"c{side}:{n}", 1.0, i))
    if d <= window and k + 1 < len(words) and not (tk0 <= k + 1 < tk1):
        feats.append((f"{side}bb:{n} {_norm(words[k + 1])}", 1.0, i))
    if d == 1:
        nxt = words[k - 1] if left and k >= 1 else (words[k + 1] if not left and k + 1 < len(words) else "")
        pair = f"{_norm(nxt)} {n}" if left else f"{n} {_norm(nxt)}"
        if nxt:
            feats.append((f"{side}b:{pair}", 1.0, i))
    return feats


def _valence_features(v: float, i: int, left: bool, d: int, same_clause: bool, negated: bool, window: int,
                      sums: dict) -> list:
    """The valence features of a context word with valence ``v`` (adds its magnitude to ``sums``)."""
    pole = "pos" if v > 0 else "neg"
    a = abs(v)
    side = "L" if left else "R"
    feats = [(f"v:sent_{pole}", a, i)]
    sums[f"sent_{pole}"] += a
    if d <= window:
        feats.append((f"v:near_{pole}", a, i))
        sums[f"near_{pole}"] += a
    if same_clause:
        feats.append((f"v:clause_{pole}", a, i))
        sums[f"clause_{pole}"] += a
    side_key = "left" if left else "right"
    feats.append((f"vd:{side}{_bucket(d)}_{pole}", a, i))
    feats.append((f"v:{side_key}_{pole}", a, i))
    sums[f"{side_key}_{pole}"] += a
    if same_clause and negated:
        feats.append(("v:negated_in_clause", 1.0, i))
    return feats


_WORDS_BEFORE = {b: f"t:words_before_{b}" for b in ("1", "2", "4", "7", "11")}


def place_features(doc, words: list, tk0: int, tk1: int, start: int, end: int, c0: int, c1: int, *,
                   compound: float | None = None) -> list:
    """The target's place in its sentence: position, possessive, pronoun, quote, speaker, passive subject,
    and the sentence's VADER compound (features of the target, word index -1; ``compound``: the compound of
    ``doc.text[c0:c1]`` when the caller has it)."""
    folded = doc.folded
    n = len(words)
    before = tk0
    prev1 = words[tk0 - 1] if tk0 >= 1 else ""
    prev2 = words[tk0 - 2] if tk0 >= 2 else ""
    next1 = words[tk1] if tk1 < n else ""
    next2 = words[tk1 + 1] if tk1 + 1 < n else ""
    target_text = folded[start:end].strip()
    feats = [("t:first" if before == 0 else "t:late" if n == tk1 else "t:middle", 1.0, -1),
             (_WORDS_BEFORE[_bucket(before)], 1.0, -1)]
    if target_text.endswith(_POSSESSIVE) or folded[end:end + 2] in _POSSESSIVE:
        feats.append(("t:possessive", 1.0, -1))
    if target_text in _PRONOUNS:
        feats.append(("t:pronoun", 1.0, -1))
    if before and folded.count('"', c0, start) % 2 == 1:
        feats.append(("t:in_quote", 1.0, -1))
    if folded.find('"', c0, c1) >= 0:
        feats.append(("t:sentence_has_quote", 1.0, -1))
    if next1 in _REPORTING or (next1 in ("has", "had", "also", "then", "later") and next2 in _REPORTING) or (
        prev2 == "according" and prev1 == "to"
    ):
        feats.append(("t:speaker", 1.0, -1))
    if prev1 in _REPORTING:
        feats.append(("t:after_reporting_verb", 1.0, -1))
    if prev1 == "by":
        feats.append(("t:after_by", 1.0, -1))
    if next1 in _BE:
        part = next2 if next2 not in ("being", "been", "not") else (words[tk1 + 2] if tk1 + 2 < len(words) else "")
        if part.endswith("ed") or part in _IRREGULAR_PARTICIPLES:
            feats.append(("t:passive_subject", 1.0, -1))
    if compound is None:
        compound = _compound(doc.text[c0:c1])
    if compound > 0:
        feats.append(("vader:compound_pos", compound, -1))
    elif compound < 0:
        feats.append(("vader:compound_neg", -compound, -1))
    return feats


_FOR_VADER = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " ", "\u2013": " ", "\u00a0": " "}
)


@lru_cache(maxsize=4096)
def _compound(text: str) -> float:
    """VADER compound of a sentence (cached: one sentence is often asked about several targets)."""
    return _compound_uncached(text)


def _compound_uncached(text: str) -> float:
    """VADER compound of a sentence as the features use it (quotes straightened, dashes spaced)."""
    if len(text) > 5000:  # VADER is quadratic on very long 'sentences'; the start carries the target's context
        text = text[:5000]
    if not text.isascii():  # (the characters _FOR_VADER replaces are not ASCII)
        text = text.translate(_FOR_VADER)
    return float(vader.polarity_scores(text)["compound"])


