"""Score-only target sentiment for many mentions, batched per sentence.

:func:`scores_toward` gives, for each ``(start, end)`` span, exactly the ``score`` that
:func:`framing.target.sentiment_toward` gives (P(positive) - P(negative) of the shipped model), without
the evidence: the words of a sentence, their stems, clauses, VADER valences, the sentence's
compound and each word's feature weights are computed once per sentence, and each mention only
adds up the weights its position selects. :func:`framing.actors` uses it for the actor table.
"""

from __future__ import annotations

import math
import threading
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
_BUCKET_EDGES = np.array([1, 3, 6, 10])  # distance 1 | 2-3 | 4-6 | 7-10 | 11+


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
        is_negator = [w in negate or w.endswith("n't") for w in words]
        self.negated = [True in is_negator[max(0, k - 3):k] for k in range(n)]
        val = np.zeros(n)
        for k, w in enumerate(words):
            v = valence.get(w, 0.0) or valence.get(_norm(w), 0.0)
            if v:
                val[k] = (-0.74 * v if self.negated[k] else v) / 4.0
        self.val = val
        self.valenced = np.flatnonzero(val).tolist()
        self.val_list = val.tolist()

        words_store, pairs_store = _stores()
        words_store.start_sentence()
        pairs_store.start_sentence()
        word_id = words_store.id
        word_rows = words_store.rows([word_id(x) for x in norms]) if n else np.zeros((0, _N_FAMILIES, 3))
        nxt = norms[1:] + [""]
        prv = [""] + norms[:-1]
        pair = pairs_store.id
        extra = [0] * (4 * n)  # the zero row unless the pair exists
        for k, (a, b, c) in enumerate(zip(prv, norms, nxt)):
            if c:
                extra[4 * k] = pair(("Lbb:", b, c))
                extra[4 * k + 1] = pair(("Rbb:", b, c))
            if k >= 1 and words[k - 1]:
                extra[4 * k + 2] = pair(("Lb:", a, b))
            if k + 1 < n and words[k + 1]:
                extra[4 * k + 3] = pair(("Rb:", b, c))
        # one (word, family, class) block: 16 single-word families, then Lbb, Rbb, Lb, Rb
        self.rows = np.concatenate([word_rows, pairs_store.rows(extra).reshape(n, 4, 3)], axis=1)


_FAMILIES = ("s:", "L:", "R:", *(f"L{b}:" for b in _BUCKETS), *(f"R{b}:" for b in _BUCKETS), "c:", "cL:", "cR:")
_N_FAMILIES = len(_FAMILIES)


class _RowStore:
    """The model's weight rows by key, kept in one growing array so a sentence's rows are one index.

    Row 0 is zeros (a key the model lacks may point there). ``make(key)`` gives a key's rows. The store
    is emptied at the start of a sentence once it holds ``limit`` keys, so memory stays bounded.
    """

    def __init__(self, make, shape: tuple, limit: int):
        self.make, self.shape, self.limit = make, shape, limit
        self.ids: dict = {}
        self.array = np.zeros((1024, *shape))
        self.n = 1

    def start_sentence(self) -> None:
        if self.n > self.limit:
            self.ids.clear()
            self.array = np.zeros((1024, *self.shape))
            self.n = 1

    def id(self, key) -> int:
        i = self.ids.get(key)
        if i is None:
            if self.n == len(self.array):
                self.array = np.concatenate([self.array, np.zeros_like(self.array)])
            self.array[self.n] = self.make(key)
            i = self.ids[key] = self.n
            self.n += 1
        return i

    def rows(self, ids: list) -> np.ndarray:
        return self.array[np.array(ids, dtype=np.intp)]


def _pair_key_row(key: tuple) -> np.ndarray:
    family, a, b = key
    return _pair_row(family, a, b)


_LOCAL = threading.local()


def _stores() -> tuple:
    """This thread's (word rows, pair rows) stores (one per thread: a store is not shared)."""
    stores = getattr(_LOCAL, "stores", None)
    if stores is None:
        stores = (_RowStore(_word_rows, (_N_FAMILIES, 3), 50_000), _RowStore(_pair_key_row, (3,), 200_000))
        _LOCAL.stores = stores
    return stores


def _word_rows(norm: str) -> np.ndarray:
    """The model's weights of every single-word feature of a (normalised) word: one row per family."""
    weights = _load_model()[1]
    zero = np.zeros(3)
    return np.stack([weights.get(f"{family}{norm}", zero) for family in _FAMILIES])


def _pair_row(family: str, a: str, b: str) -> np.ndarray:
    return _load_model()[1].get(f"{family}{a} {b}", np.zeros(3))


def _word_logits(sent: _Sentence, tk0: np.ndarray, tk1: np.ndarray, window: int) -> tuple:
    """The single-word and word-pair feature logits of every target of one sentence at once: (T, 3).

    Also returns the per-target masks the valence features need (target, left, distance, same clause).
    """
    n = len(sent.words)
    k = np.arange(n)[None, :]
    target = (k >= tk0[:, None]) & (k < tk1[:, None])
    left, right = k < tk0[:, None], k >= tk1[:, None]
    d = np.where(left, tk0[:, None] - k, k - tk1[:, None] + 1)
    near = d <= window
    has_words = tk1 > tk0
    anchor = np.where(has_words, tk0, np.minimum(tk0, n - 1)) if n else np.zeros_like(tk0)
    target_clause = sent.clause[anchor] if n else np.zeros(len(tk0), dtype=int)
    same = (sent.clause[None, :] == target_clause[:, None]) & ~target
    buckets = np.searchsorted(_BUCKET_EDGES, d, side="left")
    next_ok = np.zeros_like(target)
    next_ok[:, :-1] = ~target[:, 1:]
    near_left, near_right = left & near, right & near
    sel = np.zeros((len(tk0), n, _N_FAMILIES + 4))
    sel[:, :, 0] = ~target
    sel[:, :, 1] = near_left
    sel[:, :, 2] = near_right
    ti, ki = np.nonzero(near_left)
    sel[ti, ki, 3 + buckets[ti, ki]] = 1.0
    ti, ki = np.nonzero(near_right)
    sel[ti, ki, 8 + buckets[ti, ki]] = 1.0
    sel[:, :, 13] = same
    sel[:, :, 14] = left & same
    sel[:, :, 15] = right & same
    sel[:, :, 16] = near_left & next_ok
    sel[:, :, 17] = near_right & next_ok
    sel[:, :, 18] = left & (d == 1)
    sel[:, :, 19] = right & (d == 1)
    return np.einsum("tnf,nfc->tc", sel, sent.rows), target, left, d, same


@lru_cache(maxsize=4096)
def _weight(name: str) -> tuple:
    """The model's weight vector of one feature as a tuple (0, 0, 0 when the model lacks it)."""
    w = _load_model()[1].get(name)
    return (0.0, 0.0, 0.0) if w is None else tuple(float(x) for x in w)


def _valence_logits(sent: _Sentence, target, left, d, same, window: int) -> list:
    """The VADER-valence features of one target (rows of the masks of :func:`_word_logits`)."""
    x0 = x1 = x2 = 0.0
    sums = dict.fromkeys(("near_pos", "near_neg", "clause_pos", "clause_neg", "left_pos", "left_neg",
                          "right_pos", "right_neg", "sent_pos", "sent_neg"), 0.0)
    for i in sent.valenced:
        if target[i]:
            continue
        v = sent.val_list[i]
        pole = "pos" if v > 0 else "neg"
        a = abs(v)
        lr = "left" if left[i] else "right"
        di = int(d[i])
        names = [f"v:sent_{pole}", f"vd:{lr[0].upper()}{_BUCKETS[_bucket_index(di)]}_{pole}", f"v:{lr}_{pole}"]
        sums[f"sent_{pole}"] += a
        sums[f"{lr}_{pole}"] += a
        if di <= window:
            names.append(f"v:near_{pole}")
            sums[f"near_{pole}"] += a
        if same[i]:
            names.append(f"v:clause_{pole}")
            sums[f"clause_{pole}"] += a
            if sent.negated[i]:
                w = _weight("v:negated_in_clause")
                x0, x1, x2 = x0 + w[0], x1 + w[1], x2 + w[2]
        for name in names:
            w = _weight(name)
            x0, x1, x2 = x0 + a * w[0], x1 + a * w[1], x2 + a * w[2]
    for key, total in sums.items():
        if total:
            f = total / math.sqrt(total * total + 1.0)
            w = _weight(f"vsum:{key}")
            x0, x1, x2 = x0 + f * w[0], x1 + f * w[1], x2 + f * w[2]
    return [x0, x1, x2]


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
    groups: dict = {}
    spans = [(int(a), int(b)) for a, b in spans]
    for index, (start, end) in enumerate(spans):
        if not 0 <= start < end <= len(doc.text) or not doc.text[start:end].strip():
            raise ValueError(f"scores_toward(): no target text at [{start}, {end})")
        t0, t1, lo, hi, c0, c1 = _target_range(doc, start, end)
        groups.setdefault((lo, hi), []).append((index, start, end, t0, t1, c0, c1))
    out = [0.0] * len(spans)
    base = intercept + weights.get("bias:any", zero)
    for (lo, hi), members in groups.items():
        sent = _Sentence(doc, lo, hi, weights, zero)
        tk0 = np.array([m[3] - lo for m in members], dtype=int)
        tk1 = np.array([m[4] - lo for m in members], dtype=int)
        word_part, target, left, d, same = _word_logits(sent, tk0, tk1, window)
        for row, (index, start, end, _, _, c0, c1) in enumerate(members):
            x = _valence_logits(sent, target[row], left[row], d[row], same[row], window)
            for name, value, _ in place_features(doc, sent.words, int(tk0[row]), int(tk1[row]), start, end, c0, c1):
                w = _weight(name)
                x = [x[0] + value * w[0], x[1] + value * w[1], x[2] + value * w[2]]
            logits = [float(v) for v in base + word_part[row]]
            logits = [logits[j] + x[j] for j in range(3)]
            top = max(logits)
            z = [math.exp(v - top) for v in logits]
            out[index] = (z[2] - z[0]) / sum(z)
    return out
