"""Score-only target sentiment for many mentions, batched per sentence.

:func:`scores_toward` gives, for each ``(start, end)`` span, exactly the ``score`` that
:func:`framing.target.sentiment_toward` gives (P(positive) - P(negative) of the shipped model), without
the evidence: the words of a sentence, their stems, clauses, VADER valences, the sentence's
compound and each word's feature weights are computed once per sentence, and each mention only
adds up the weights its position selects. :func:`framing.actors` uses it for the actor table.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from framing.document import as_document

from .features import (
    _BOUNDARY_CHARS,
    _CLAUSE_WORDS,
    _norm,
    _target_range,
    _vader_tables,
    place_features,
)
from .model import _load_model

__all__ = ["scores_toward"]

_BUCKETS = ("1", "2", "4", "7", "11")


def _bucket_index(d: int) -> int:
    return 0 if d <= 1 else 1 if d <= 3 else 2 if d <= 6 else 3 if d <= 10 else 4


class _Sentence:
    """What every mention of one sentence shares: words, stems, clauses, valences, weight rows."""

    def __init__(self, doc, lo: int, hi: int, weights: dict, zero):
        folded, ws, we = doc.folded, doc.word_starts, doc.word_ends
        _, valence, negate = _vader_tables()
        self.words = words = [folded[ws[i]:we[i]] for i in range(lo, hi)]
        self.norms = norms = [_norm(w) for w in words]
        n = len(words)
        clause = [0] * n
        cid = 0
        for k in range(1, n):
            if _BOUNDARY_CHARS.search(folded[we[lo + k - 1]:ws[lo + k]]) or words[k] in _CLAUSE_WORDS:
                cid += 1
            clause[k] = cid
        self.clause = np.array(clause, dtype=int)
        self.negated = [any(words[j] in negate or words[j].endswith("n't") for j in range(max(0, k - 3), k))
                        for k in range(n)]
        val = np.zeros(n)
        for k, w in enumerate(words):
            v = valence.get(w, 0.0) or valence.get(_norm(w), 0.0)
            if v:
                val[k] = (-0.74 * v if self.negated[k] else v) / 4.0
        self.val = val

        word_rows = np.stack([_word_rows(x) for x in norms]) if n else np.zeros((0, _N_FAMILIES, 3))
        self.s = word_rows[:, 0]
        self.side = {"L": word_rows[:, 1], "R": word_rows[:, 2]}
        self.bucket = {"L": word_rows[:, 3:8].transpose(1, 0, 2), "R": word_rows[:, 8:13].transpose(1, 0, 2)}
        self.c = word_rows[:, 13]
        self.c_side = {"L": word_rows[:, 14], "R": word_rows[:, 15]}
        nxt = norms[1:] + [""]
        prv = [""] + norms[:-1]
        self.bb = {side: np.array([_pair_row(f"{side}bb:", a, b) if b else zero for a, b in zip(norms, nxt)])
                   .reshape(n, 3) for side in "LR"}
        self.pair_left = np.array([_pair_row("Lb:", a, b) if k >= 1 and words[k - 1] else zero
                                   for k, (a, b) in enumerate(zip(prv, norms))]).reshape(n, 3)
        self.pair_right = np.array([_pair_row("Rb:", a, b) if k + 1 < n and words[k + 1] else zero
                                    for k, (a, b) in enumerate(zip(norms, nxt))]).reshape(n, 3)


_FAMILIES = ("s:", "L:", "R:", *(f"L{b}:" for b in _BUCKETS), *(f"R{b}:" for b in _BUCKETS), "c:", "cL:", "cR:")
_N_FAMILIES = len(_FAMILIES)


@lru_cache(maxsize=100_000)
def _word_rows(norm: str) -> np.ndarray:
    """The model's weights of every single-word feature of a (normalised) word: one row per family."""
    weights = _load_model()[1]
    zero = np.zeros(3)
    return np.stack([weights.get(f"{family}{norm}", zero) for family in _FAMILIES])


@lru_cache(maxsize=200_000)
def _pair_row(family: str, a: str, b: str) -> np.ndarray:
    return _load_model()[1].get(f"{family}{a} {b}", np.zeros(3))


def _logits(doc, sent: _Sentence, t0, t1, lo, c0, c1, start, end, window, weights, zero, intercept):
    n = len(sent.words)
    tk0, tk1 = t0 - lo, t1 - lo
    k = np.arange(n)
    target = (k >= tk0) & (k < tk1)
    left, right = k < tk0, k >= tk1
    d = np.where(left, tk0 - k, k - tk1 + 1)
    near = d <= window
    target_clause = sent.clause[tk0] if t1 > t0 else (sent.clause[min(tk0, n - 1)] if n else 0)
    same = (sent.clause == target_clause) & ~target
    out = intercept + weights.get("bias:any", zero)
    out = out + sent.s[~target].sum(axis=0)
    buckets = np.array([_bucket_index(x) for x in d.tolist()], dtype=int) if n else np.zeros(0, dtype=int)
    next_ok = np.zeros(n, dtype=bool)
    if n > 1:
        next_ok[:-1] = ~target[1:]
    for side, mask in (("L", left), ("R", right)):
        near_side = mask & near
        out = out + sent.side[side][near_side].sum(axis=0)
        out = out + sent.bucket[side][buckets[near_side], k[near_side]].sum(axis=0)
        out = out + sent.c_side[side][mask & same].sum(axis=0)
        out = out + sent.bb[side][near_side & next_ok].sum(axis=0)
    out = out + sent.c[same].sum(axis=0)
    out = out + sent.pair_left[left & (d == 1)].sum(axis=0) + sent.pair_right[right & (d == 1)].sum(axis=0)
    sums = dict.fromkeys(("near_pos", "near_neg", "clause_pos", "clause_neg", "left_pos", "left_neg",
                          "right_pos", "right_neg", "sent_pos", "sent_neg"), 0.0)
    for i in np.flatnonzero(sent.val).tolist():
        if target[i]:
            continue
        v = float(sent.val[i])
        pole = "pos" if v > 0 else "neg"
        a = abs(v)
        is_left = bool(left[i])
        side = "L" if is_left else "R"
        di = int(d[i])
        names = [f"v:sent_{pole}", f"vd:{side}{_BUCKETS[_bucket_index(di)]}_{pole}",
                 f"v:{'left' if is_left else 'right'}_{pole}"]
        sums[f"sent_{pole}"] += a
        sums[f"{'left' if is_left else 'right'}_{pole}"] += a
        if di <= window:
            names.append(f"v:near_{pole}")
            sums[f"near_{pole}"] += a
        if same[i]:
            names.append(f"v:clause_{pole}")
            sums[f"clause_{pole}"] += a
            if sent.negated[i]:
                out = out + weights.get("v:negated_in_clause", zero)
        for name in names:
            out = out + a * weights.get(name, zero)
    for key, total in sums.items():
        if total:
            out = out + (total / math.sqrt(total * total + 1.0)) * weights.get(f"vsum:{key}", zero)
    for name, value, _ in place_features(doc, sent.words, tk0, tk1, start, end, c0, c1):
        out = out + value * weights.get(name, zero)
    return out


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
        features), without its evidence. Use ``sentiment_toward`` to see why.

    Limitations
    -----------
    Those of :func:`framing.target.sentiment_toward`; only the default window and method.
    """
    doc = as_document(doc)
    _, weights, intercept, settings = _load_model()
    window = int(settings["window"])
    zero = np.zeros(3)
    cache: dict = {}
    out = []
    for start, end in spans:
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(doc.text) or not doc.text[start:end].strip():
            raise ValueError(f"scores_toward(): no target text at [{start}, {end})")
        t0, t1, lo, hi, c0, c1 = _target_range(doc, start, end)
        sent = cache.get((lo, hi))
        if sent is None:
            sent = cache[(lo, hi)] = _Sentence(doc, lo, hi, weights, zero)
        logits = _logits(doc, sent, t0, t1, lo, c0, c1, start, end, window, weights, zero, intercept)
        z = np.exp(logits - logits.max())
        p = z / z.sum()
        out.append(float(p[2] - p[0]))
    return out
