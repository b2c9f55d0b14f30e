"""Score-only target sentiment for many mentions of one document, in one pass.

:func:`scores_toward` gives, for each ``(start, end)`` span, the ``score`` that
:func:`framing.target.sentiment_toward` gives (P(positive) - P(negative) of the shipped model), without
the evidence. What a word contributes does not depend on the mention, only on where the word stands
relative to it, so:

* each word of the document's target sentences is looked up once (:class:`_Context`, shared by the
  targets of one sentence): its folded form, stem, model rows (one weight triple per single-word feature
  family, one per word-pair family), VADER valence, whether it negates, its clause;
* each target then adds the weights of the words around it in plain Python floats (a news article has
  a few mentions in sentences of some thirty words: numpy's cost per call outweighs the work), family by
  family and word by word, the order in which the per-family gathers and ``np.bincount`` of
  :mod:`framing.target.arrays` add them, so the sums are the same to the last bit; a block of many
  targets (``ARRAYS_FROM``) goes to those arrays instead, faster there;
* the target's place features (position, possessive, speaker, passive subject...) come from the same
  function as in ``sentiment_toward``, and the sentence's VADER compound is computed once per sentence.

:func:`framing.actors` uses it for the actor table. ``benchmarks/target_scores_equal.py`` and
``tests/test_target.py`` check it against ``sentiment_toward`` (equal up to float rounding, < 1e-12).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from functools import lru_cache

import numpy as np

from framing.document import as_document
from framing.lang import vader

from .features import (
    _BOUNDARY_CHARS,
    _CLAUSE_WORDS,
    MAX_CONTEXT,
    _compound_uncached,
    _norm,
    _target_range,
    _vader_tables,
    place_features,
)
from .model import _load_model

__all__ = ["scores_toward", "scores_reading", "ARRAYS_FROM"]

_BUCKETS = ("1", "2", "4", "7", "11")
#: single-word feature families, in the column order of the word rows
_FAMILIES = ("s:", "L:", "R:", *(f"L{b}:" for b in _BUCKETS), *(f"R{b}:" for b in _BUCKETS), "c:", "cL:", "cR:")
#: word-pair feature families, in the column order of the pair rows
_PAIR_FAMILIES = ("Lbb:", "Rbb:", "Lb:", "Rb:")
#: the saturated valence totals, in the order of ``target_features``
_SUMS = ("near_pos", "near_neg", "clause_pos", "clause_neg", "left_pos", "left_neg", "right_pos", "right_neg",
         "sent_pos", "sent_neg")


@lru_cache(maxsize=1)
def _tables() -> dict:
    """The shipped model as arrays: a row block per stem (single-word families), per word pair (pair
    families, found by the pair's code ``first stem id * n + second stem id``), and the weights of the
    valence features by pole, side and distance bucket."""
    _, weights, intercept, settings = _load_model()
    single = {f: j for j, f in enumerate(_FAMILIES)}
    pairs = {f: j for j, f in enumerate(_PAIR_FAMILIES)}
    stems: dict = {}  # every stem the model names, alone or in a pair; 0 for the others

    def stem_id(stem: str) -> int:
        return stems.setdefault(stem, len(stems) + 1)

    word_rows: dict = {}
    pair_rows: dict = {}
    for name, w in weights.items():
        family, _, rest = name.partition(":")
        family += ":"
        if family in single:
            word_rows.setdefault(stem_id(rest), np.zeros((len(_FAMILIES), 3)))[single[family]] = w
        elif family in pairs:
            first, _, second = rest.partition(" ")
            key = (stem_id(first), stem_id(second))
            pair_rows.setdefault(key, np.zeros((len(_PAIR_FAMILIES), 3)))[pairs[family]] = w
    n = len(stems) + 1
    words = np.zeros((n, len(_FAMILIES), 3))
    for i, rows in word_rows.items():
        words[i] = rows
    codes = np.array(sorted(a * n + b for a, b in pair_rows), dtype=np.int64)
    pair_array = np.zeros((len(codes) + 1, len(_PAIR_FAMILIES), 3))  # row 0: no such pair
    for j, code in enumerate(codes.tolist()):
        pair_array[j + 1] = pair_rows[divmod(code, n)]
    zero = np.zeros(3)

    def w(name: str) -> np.ndarray:
        return weights.get(name, zero)

    poles = ("pos", "neg")
    return {
        "stems": stems, "n_stems": n, "words": words, "pair_codes": codes, "pairs": pair_array,
        "base": intercept + w("bias:any"), "window": int(settings["window"]),
        "sent": np.stack([w(f"v:sent_{p}") for p in poles]),
        "near": np.stack([w(f"v:near_{p}") for p in poles]),
        "clause": np.stack([w(f"v:clause_{p}") for p in poles]),
        "side": np.stack([[w(f"v:{s}_{p}") for p in poles] for s in ("left", "right")]),
        "distance": np.stack([[[w(f"vd:{s}{b}_{p}") for p in poles] for b in _BUCKETS] for s in "LR"]),
        "negated": w("v:negated_in_clause"),
        "sums": np.stack([w(f"vsum:{key}") for key in _SUMS]),
    }


@lru_cache(maxsize=4096)
def _place_weight(name: str) -> tuple:
    """The model's weight vector of one place feature as a tuple (0, 0, 0 when the model lacks it)."""
    w = _load_model()[1].get(name)
    return (0.0, 0.0, 0.0) if w is None else tuple(float(x) for x in w)


_WORD_INFO: dict = {}


def _word_info(word: str) -> tuple:
    """(stem id, VADER valence, negates, opens a clause, the stem's single-word weights or None) of a folded
    word, cached per process."""
    info = _WORD_INFO.get(word)
    if info is None:
        _, valence, negate = _vader_tables()
        norm = _norm(word)
        stem = _tables()["stems"].get(norm, 0)
        info = (stem, valence.get(word, 0.0) or valence.get(norm, 0.0), word in negate or word.endswith("n't"),
                word in _CLAUSE_WORDS, _py_tables()["words"][stem])
        if len(_WORD_INFO) > 200_000:
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


def _target_ranges(doc, starts: np.ndarray, ends: np.ndarray) -> tuple:
    """:func:`framing.target.features._target_range` for many spans at once (arrays t0, t1, lo, hi, c0, c1)."""
    ws, we = doc.word_starts, doc.word_ends
    t0 = we.searchsorted(starts, side="right")
    t1 = ws.searchsorted(ends, side="left")
    if doc.n_sentences:
        sentence_starts = doc.sentence_starts
        sa = np.maximum(sentence_starts.searchsorted(starts, side="right") - 1, 0)
        sb = np.maximum(sentence_starts.searchsorted(np.maximum(ends - 1, starts), side="right") - 1, 0)
        sentences = doc.sentences  # (the ends of the targets' last sentences only)
        sentence_ends = np.fromiter((sentences[i][1] for i in sb.tolist()), dtype=np.int64, count=len(sb))
        c0 = np.minimum(sentence_starts[sa], starts)
        c1 = np.maximum(sentence_ends, ends)
        lo = doc.word_sentence.searchsorted(sa, side="left")
        hi = doc.word_sentence.searchsorted(sb, side="right")
    else:
        c0, c1 = np.zeros_like(starts), np.full_like(starts, len(doc.text))
        lo, hi = np.zeros_like(starts), np.full_like(starts, doc.n_words)
    t0, t1 = np.maximum(t0, lo), np.minimum(np.maximum(t1, t0), hi)
    t0 = np.minimum(t0, hi)
    t1 = np.maximum(t1, t0)
    cut = t0 - lo > MAX_CONTEXT  # a run-on "sentence": MAX_CONTEXT words on each side
    if cut.any():
        lo = np.where(cut, t0 - MAX_CONTEXT, lo)
        c0 = np.where(cut, np.minimum(ws[np.minimum(lo, len(ws) - 1)], starts), c0)
    cut = hi - t1 > MAX_CONTEXT
    if cut.any():
        hi = np.where(cut, t1 + MAX_CONTEXT, hi)
        c1 = np.where(cut, np.maximum(we[np.maximum(hi - 1, 0)], ends), c1)
    return t0, t1, lo, hi, c0, c1


class _Context:
    """The words ``lo..hi - 1`` of a target's context (its sentence), each looked up once: the stem id, the
    model rows of the stem, VADER valence, whether it negates, and where clauses start. Targets of one
    sentence share it."""

    __slots__ = ("words", "stems", "rows", "valence", "negates", "bounds")

    def __init__(self, doc, lo: int, hi: int, py: dict, read: tuple | None = None):
        folded = doc.folded
        if read is None:
            starts = doc.word_starts[lo:hi].tolist()
            ends = doc.word_ends[lo:hi].tolist()
            words = [folded[a:b] for a, b in zip(starts, ends)]
            gaps = [" "] + [folded[a:b] for a, b in zip(ends, starts[1:])]  # (the first is never read)
        else:  # the words and gaps the actors' roles cut from the same sentence
            words, gaps = read
        self.words = words
        known = _WORD_INFO.get
        info = [known(w) or _word_info(w) for w in words]
        stems, valence, negates, opens, rows = zip(*info) if info else ((), (), (), (), ())
        self.stems, self.negates, self.rows = stems, negates, rows  # rows: None where the stem has no weight
        self.valence = [(k, v) for k, v in enumerate(valence) if v]  # (word, valence) of the VADER words
        # a clause starts at word k: a clause word, or punctuation in the gap after word k - 1
        search = _BOUNDARY_CHARS.search
        self.bounds = [k for k in range(1, len(words)) if opens[k] or ((g := gaps[k]) != " " and search(g))]

    def clause(self, k: int) -> tuple:
        """``(first, last + 1)``: the words of the clause of word k (words in it share its clause)."""
        bounds = self.bounds
        i = bisect_right(bounds, k)
        return (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else len(self.words))

    def pair(self, k: int, py: dict) -> int:
        """The row of the word pair (k, k + 1) in the model's pair rows (0: the model lacks it)."""
        x, y = self.stems[k], self.stems[k + 1]
        return py["pair_row"].get(x * py["n_stems"] + y, 0) if x and y else 0


def _bucket_of(d: int) -> int:
    """The distance bucket of ``_BUCKET_EDGES`` (1 | 2-3 | 4-6 | 7-10 | 11+) as a column offset."""
    return 0 if d <= 1 else 1 if d <= 3 else 2 if d <= 6 else 3 if d <= 10 else 4


def _word_sums(ctx: _Context, a: int, b: int, window: int, py: dict) -> tuple:
    """The single-word and the word-pair feature logits of the target at words ``a..b - 1`` of its context
    (two triples). Each sum adds its terms in the order of the per-family gathers this replaced (family by
    family, words in order), so the floats are the same to the last bit."""
    rows, n = ctx.rows, len(ctx.rows)
    first, last = ctx.clause(a if b > a else min(a, n - 1))  # the target's clause: its first word's
    outside = [k for k in (*range(a), *range(b, n)) if rows[k] is not None]  # words with single-word weights
    same = [k for k in outside if first <= k < last]
    near_left = [k for k in range(max(a - window, 0), a) if rows[k] is not None]
    near_right = [k for k in range(b, min(b + window, n)) if rows[k] is not None]
    cells = [w for k in outside if (w := rows[k][0]) is not None]
    for column, ks in ((1, near_left), (2, near_right), (13, same), (14, [k for k in same if k < a]),
                       (15, [k for k in same if k >= b])):
        cells += [w for k in ks if (w := rows[k][column]) is not None]
    cells += [w for k in near_left if (w := rows[k][3 + _bucket_of(a - k)]) is not None]
    cells += [w for k in near_right if (w := rows[k][8 + _bucket_of(k - b + 1)]) is not None]
    s0 = s1 = s2 = 0.0
    for w0, w1, w2 in cells:
        s0 += w0
        s1 += w1
        s2 += w2
    pair = ctx.pair
    found = [(pair(k, py), 0) for k in range(max(a - window, 0), a) if k + 1 < n and not a <= k + 1 < b]
    found += [(pair(k, py), 1) for k in range(b, min(b + window, n - 1))]
    if a >= 2:  # the pair before the word right before the target
        found.append((pair(a - 2, py), 2))
    if b + 1 < n:  # the pair the word right after the target opens
        found.append((pair(b, py), 3))
    pairs = py["pairs"]
    p0 = p1 = p2 = 0.0
    for row, family in found:
        if row:
            w0, w1, w2 = pairs[row][family]
            p0 += w0
            p1 += w1
            p2 += w2
    return (s0, s1, s2), (p0, p1, p2)


def _valence_sums(ctx: _Context, a: int, b: int, window: int, py: dict) -> tuple:
    """The VADER-valence logits of the target (a triple, summed word by word in order) and its ten
    saturated totals (in the order of ``_SUMS``, each squashed as ``target_features`` squashes it)."""
    valence, negates, n = ctx.valence, ctx.negates, len(ctx.words)
    first, last = ctx.clause(a if b > a else min(a, n - 1))
    sent, distance, side_w, near_w, clause_w, negated_w = (
        py["sent"], py["distance"], py["side"], py["near"], py["clause"], py["negated"])
    o0 = o1 = o2 = 0.0
    sums = [0.0] * 10
    for k, raw in valence:
        if a <= k < b:
            continue  # (the target's own words)
        left = k < a
        d = a - k if left else k - b + 1
        negated = any(negates[max(k - 3, 0):k])
        v = (-0.74 * raw if negated else raw) / 4.0
        m = abs(v)
        pole = 1 if v < 0 else 0
        side = 0 if left else 1
        near = d <= window
        same = first <= k < last
        fn, fs, fg = float(near), float(same), float(same and negated)
        s, dw, sw, nw, cw = sent[pole], distance[side][_bucket_of(d)][pole], side_w[side][pole], near_w[pole], \
            clause_w[pole]
        o0 += m * ((((s[0] + dw[0]) + sw[0]) + fn * nw[0]) + fs * cw[0]) + fg * negated_w[0]
        o1 += m * ((((s[1] + dw[1]) + sw[1]) + fn * nw[1]) + fs * cw[1]) + fg * negated_w[1]
        o2 += m * ((((s[2] + dw[2]) + sw[2]) + fn * nw[2]) + fs * cw[2]) + fg * negated_w[2]
        if near:
            sums[pole] += m
        if same:
            sums[2 + pole] += m
        sums[6 + pole if side else 4 + pole] += m
        sums[8 + pole] += m
    return (o0, o1, o2), [x / math.sqrt(x * x + 1.0) for x in sums]


@lru_cache(maxsize=1)
def _py_tables() -> dict:
    """:func:`_tables` as Python floats for the per-target sums: a stem's 16 family weights (None where the
    model has none), a pair row's 4, the pair rows by code, and the valence weights as nested lists."""
    t = _tables()

    def triple(w):
        return tuple(float(x) for x in w) if w.any() else None

    words = [None] + [[triple(w) for w in rows] if rows.any() else None for rows in t["words"][1:]]
    return {
        "words": words, "n_stems": t["n_stems"],
        "pairs": [[tuple(float(x) for x in w) for w in rows] for rows in t["pairs"]],
        "pair_row": {code: j + 1 for j, code in enumerate(t["pair_codes"].tolist())},
        "sent": t["sent"].tolist(), "near": t["near"].tolist(), "clause": t["clause"].tolist(),
        "side": t["side"].tolist(), "distance": t["distance"].tolist(), "negated": t["negated"].tolist(),
    }


def scores_toward(doc, spans) -> list:
    """The sentiment score toward each ``(start, end)`` span, in [-1, 1] (the model's P(pos) - P(neg)).

    Parameters
    ----------
    doc : Document or str
    spans : iterable of (start, end)
        Character offsets of the targets, e.g. the mentions of :func:`framing.actors`.

    Returns
    -------
    list of float
        The score :func:`framing.target.sentiment_toward` gives each span (same model, same
        features; equal up to float rounding), without its evidence. Use ``sentiment_toward`` to see why.

    Raises
    ------
    ValueError
        If a span is empty, reversed, outside the text or holds only whitespace.

    Limitations
    -----------
    Those of :func:`framing.target.sentiment_toward`; only the default window and method.
    """
    return scores_reading(doc, spans)


def scores_reading(doc, spans, sentences: dict | None = None) -> list:
    """:func:`scores_toward` reading sentences already cut: ``sentences`` holds the folded words and gaps of
    sentences by token range ``(first, last + 1)`` (what :func:`framing.actors`' roles read), so they are not cut
    again. The same scores. Used by the actor measure; not re-exported by :mod:`framing.target`."""
    doc = as_document(doc)
    spans = [(int(a), int(b)) for a, b in spans]
    text = doc.text
    for start, end in spans:
        if not 0 <= start < end <= len(text) or not text[start:end].strip():
            raise ValueError(f"scores_toward(): no target text at [{start}, {end})")
    out: list = []
    for block in range(0, len(spans), _BLOCK):  # bounded memory on a very long document
        some = spans[block:block + _BLOCK]
        if len(some) >= ARRAYS_FROM:  # many targets: one pass of numpy over all their (target, word) rows
            from .arrays import _block_scores as array_scores

            out.extend(array_scores(doc, some))
        else:
            out.extend(_block_scores(doc, some, sentences or {}))
    return out


#: targets scored together (their (target, word) rows are held in memory at once)
_BLOCK = 1024
#: From this many targets in a block, :func:`scores_reading` scores them with the numpy arrays of
#: :mod:`framing.target.arrays` (the same floats); fewer are added in plain Python floats.
ARRAYS_FROM = 6


def _block_scores(doc, spans: list, sentences: dict) -> list:
    """The scores of some targets of one document (see :func:`scores_toward`)."""
    tables, py = _tables(), _py_tables()
    window = tables["window"]
    text = doc.text
    # each target's words and sentence as sentiment_toward finds them (a few targets: no arrays)
    t0, t1, lo, hi, c0, c1 = zip(*[_target_range(doc, start, end) for start, end in spans]) if spans else [()] * 6
    n = len(spans)
    contexts: dict = {}
    compounds = dict(vader.document_memo(doc))  # the sentence's VADER compound, once per sentence (or none:
    # framing.sentiment left it, when it scored the sentence as written)
    weight = _place_weight
    words_part, pairs_part, valence_part, totals, place = [], [], [], [], []
    for (start, end), a, b, t, u, x, y in zip(spans, lo, hi, t0, t1, c0, c1):
        ctx = contexts.get((a, b))
        if ctx is None:
            ctx = contexts[(a, b)] = _Context(doc, a, b, py, sentences.get((a, b)))
        single, pair = _word_sums(ctx, t - a, u - a, window, py)
        words_part.append(single)
        pairs_part.append(pair)
        per_word, squashed = _valence_sums(ctx, t - a, u - a, window, py)
        valence_part.append(per_word)
        totals.append(squashed)
        compound = compounds.get((x, y))
        if compound is None:
            compound = compounds[(x, y)] = _compound_uncached(text[x:y])
        s0 = s1 = s2 = 0.0  # summed in feature order, as np.bincount sums them
        for name, value, _ in place_features(doc, ctx.words, t - a, u - a, start, end, x, y, compound=compound):
            w0, w1, w2 = weight(name)
            s0 += w0 * value
            s1 += w1 * value
            s2 += w2 * value
        place.append((s0, s1, s2))
    # the logits as the arrays summed them: base + (single-word + pair) + (valence + squashed totals @ weights),
    # then the place features (element by element in Python floats: the same additions, in the same order)
    matrix = (np.array(totals) @ tables["sums"]).tolist()  # (the totals' product stays numpy's)
    b0, b1, b2 = tables["base"].tolist()
    rows = [(((b0 + (s0 + p0)) + (o0 + m0)) + q0, ((b1 + (s1 + p1)) + (o1 + m1)) + q1,
             ((b2 + (s2 + p2)) + (o2 + m2)) + q2)
            for (s0, s1, s2), (p0, p1, p2), (o0, o1, o2), (m0, m1, m2), (q0, q1, q2)
            in zip(words_part, pairs_part, valence_part, matrix, place)]
    logits = np.array(rows).reshape(n, 3)
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return ((z[:, 2] - z[:, 0]) / z.sum(axis=1)).tolist()
