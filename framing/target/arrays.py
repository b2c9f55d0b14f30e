"""The target sentiment of many targets of one document as numpy arrays (a document with many mentions).

:func:`framing.target.scores_toward` adds each target's features in plain Python floats when a document
has a few mentions (a news article: numpy's cost per call outweighs the work); with many targets at once
(a long document, a text dense with mentions) one gather and one product over every (target, word) row
is faster. Both add the same weights in the same order (family by family, words in order, as
``np.bincount`` adds them), so they give the same floats: ``tests/test_target.py`` checks it.

* each word of the document's target sentences is looked up once: its folded form, stem, model rows
  (one row per single-word feature family, one per word-pair family), VADER valence, whether it
  negates, whether a clause boundary precedes it;
* every (mention, word of its sentence) pair is one row of arrays (side, distance, same clause, masked
  target word, negated valence), and the single-word, word-pair and valence features of every mention
  of the document are summed by one gather and one product over those rows.
"""

from __future__ import annotations

import re

import numpy as np

from framing.lang import vader

from .batch import _FAMILIES, _PAIR_FAMILIES, _SUMS, _WORD_INFO, _place_weight, _tables, _target_ranges, _word_info
from .features import _compound_uncached, place_features

_BUCKET_EDGES = np.array([1, 3, 6, 10])  # distance 1 | 2-3 | 4-6 | 7-10 | 11+

_BOUNDARY_MARKS = re.compile(r"[,;:()\[\]\"\u2014\u2013]")  # the one-character alternatives of _BOUNDARY_CHARS
_DASH = re.compile(r"-(?=-?\s)")  # the dash of its other alternatives (\s-\s, \s--\s) when a space precedes it


def _boundary_ends(folded: str, start: int, end: int, floor: int | None = None) -> list:
    """Offsets inside every gap between two words of ``folded[start:end]`` where ``_BOUNDARY_CHARS`` matches
    (what the words after them need; two simple scans are faster than one scan of the alternation). A dash
    counts when a space precedes it after ``floor`` (default ``start``: a scan of one piece of a longer span
    passes the span's start)."""
    floor = start if floor is None else floor
    out = [m.end() for m in _BOUNDARY_MARKS.finditer(folded, start, end)]
    out.extend(m.end() for m in _DASH.finditer(folded, start, end)
               if m.start() > floor and folded[m.start() - 1].isspace())
    return out


class _Words:
    """The words of the document that some target's context covers, each looked up once."""

    def __init__(self, doc, lo: np.ndarray, hi: np.ndarray):
        index: list = []  # the covered words, in order, each once (the ranges merged)
        runs: list = []  # the maximal runs of consecutive covered words, [first, last + 1)
        last = 0
        for a, b in sorted(set(zip(lo.tolist(), hi.tolist()))):
            a = max(a, last)
            if b > a:
                index.extend(range(a, b))
                if runs and runs[-1][1] == a:
                    runs[-1][1] = b
                else:
                    runs.append([a, b])
                last = b
        folded = doc.folded
        ws, we = doc.word_starts, doc.word_ends
        self.index = index = np.array(index, dtype=np.int64)
        starts, ends = ws[index].tolist(), we[index].tolist()
        self.words = words = [folded[a:b] for a, b in zip(starts, ends)]
        n = len(words)
        tables = _tables()
        if n:
            known = _WORD_INFO.get
            stem, valence, negates, clause_word, _ = zip(*[known(w) or _word_info(w) for w in words])
        else:
            stem = valence = negates = clause_word = ()
        stem = np.array(stem, dtype=np.int64)
        self.word_id = stem
        self.valence = np.array(valence, dtype=float)
        self.negators_before = np.concatenate(([0], np.array(negates, dtype=np.int64).cumsum()))
        adjacent = np.zeros(n, dtype=bool)  # word j follows word j - 1 in the text
        adjacent[1:] = index[1:] == index[:-1] + 1
        # a clause boundary before word j: a clause word at j, or punctuation between j - 1 and j (a match
        # of the boundary pattern always lies between two words: words hold none of its characters)
        boundary = np.array(clause_word, dtype=bool) if n else np.zeros(0, dtype=bool)
        if n:
            # only the gaps inside a run matter (the first word of a run follows no covered word)
            floor = starts[0]
            ends = [e for a, b in runs for e in _boundary_ends(folded, int(ws[a]), int(we[b - 1]), floor)]
            if ends:  # (a word after several boundaries is set several times: no need to deduplicate)
                after = ws.searchsorted(np.array(ends), side="left")
                local = index.searchsorted(after)
                hit = local[(local < n)]
                hit = hit[index[hit] == after[local < n]]
                boundary[hit] = True
        self.clause = (boundary & adjacent).cumsum()  # equal ids: one clause (within a target's context)
        # the pair (j, j + 1) of adjacent words: its row of the pair families (0: the model lacks it)
        self.next_pair = np.zeros(n, dtype=np.intp)
        if n > 1:
            codes = tables["pair_codes"]
            code = stem[:-1] * tables["n_stems"] + stem[1:]
            pos = np.minimum(codes.searchsorted(code), max(len(codes) - 1, 0))
            found = adjacent[1:] & (stem[:-1] > 0) & (stem[1:] > 0) & (codes[pos] == code) if len(codes) else (
                np.zeros(n - 1, dtype=bool))
            self.next_pair[:-1] = np.where(found, pos + 1, 0)

    def local(self, positions: np.ndarray) -> np.ndarray:
        return self.index.searchsorted(positions)


def _pair_rows(words: _Words, t0, t1, lo, hi, window: int) -> tuple:
    """One row per (target, word of its context): the target's index, the word's local index, and the masks
    (target word, left, right, distance, near, same clause, next word usable)."""
    lens = hi - lo
    total = int(lens.sum())
    tgt = np.arange(len(lo)).repeat(lens)
    offsets = lens.cumsum() - lens
    k = lo[tgt] + (np.arange(total) - offsets[tgt])
    local = words.local(k)
    a, b = t0[tgt], t1[tgt]
    target = (k >= a) & (k < b)
    left, right = k < a, k >= b
    d = np.where(left, a - k, k - b + 1)
    anchor = np.where(b > a, a, np.minimum(a, hi[tgt] - 1))  # the target's clause: its first word's
    same = (words.clause[local] == words.clause[words.local(anchor)]) & ~target
    nxt = k + 1
    has_next = nxt < hi[tgt]  # the next word is in the target's context
    next_ok = has_next & ~((nxt >= a) & (nxt < b))  # ... and not the target's
    return tgt, k, local, target, left, right, d, d <= window, same, has_next, next_ok


#: the word-row column of each fired family of :func:`_word_logits` (s, L, R, c, cL, cR, L + bucket, R + bucket)
_FAMILY_COLUMN = np.array([0, 1, 2, 13, 14, 15, 3, 8])
_FAMILY_BUCKET = np.array([0, 0, 0, 0, 0, 0, 1, 1])


def _word_logits(words: _Words, rows: tuple, tables: dict, n_targets: int, lo) -> np.ndarray:
    """The single-word and word-pair feature logits of every target, (T, 3): the active (row, family)
    cells gathered from the model's rows at once and summed per target (memory linear in the active cells)."""
    tgt, k, local, target, left, right, d, near, same, has_next, next_ok = rows
    n_families = len(_FAMILIES)
    word = words.word_id[local] * n_families  # the first of the word's family rows in the flat array
    buckets = _BUCKET_EDGES.searchsorted(d, side="left")
    near_left, near_right = left & near, right & near
    n = len(tgt)
    # the (family, row) cells where a family fires, family-major (the order of a gather per family): the
    # families of _FAMILIES_FIRED, then the side's distance bucket (columns 3 + bucket, 8 + bucket)
    fires = _stacked((~target, near_left, near_right, same, left & same, right & same, near_left, near_right))
    cell = (fires & (word > 0)).ravel().nonzero()[0]
    row, family = (cell % n, cell // n) if n else (cell, cell)
    index = word[row] + _FAMILY_COLUMN[family] + _FAMILY_BUCKET[family] * buckets[row]
    owner = tgt[row]
    contrib = tables["words"].reshape(-1, 3)[index]
    # the word-pair families: (word, next word) for Lbb / Rbb / Rb, (previous word, word) for Lb
    n_pairs = len(_PAIR_FAMILIES)
    pair_flat = tables["pairs"].reshape(-1, 3)
    following = np.where(has_next, words.next_pair[local], 0) * n_pairs
    previous_ok = left & (d == 1) & (k - 1 >= lo[tgt])
    previous = np.where(previous_ok, words.next_pair[np.maximum(local - 1, 0)], 0) * n_pairs
    source = _stacked((following, following, previous, following))
    fires = _stacked((near_left & next_ok, near_right & next_ok, previous_ok, right & (d == 1)))
    cell = (fires & (source > 0)).ravel().nonzero()[0]
    pair_index = source.ravel()[cell] + (cell // n if n else cell)
    pair_owner = tgt[cell % n] if n else cell
    return _sum_rows(owner, contrib, n_targets) + _sum_rows(pair_owner, pair_flat[pair_index], n_targets)


def _stacked(arrays: tuple) -> np.ndarray:
    """``np.stack(arrays)`` of 1-d arrays of one length and dtype, (len(arrays), n): one concatenation
    (np.stack's checks and reshaping cost more than the work on a document's few hundred rows)."""
    return np.concatenate(arrays).reshape(len(arrays), -1)


def _sum_rows(owner: np.ndarray, values: np.ndarray, n_targets: int) -> np.ndarray:
    """The rows of ``values`` (R, 3) summed per owner, (T, 3): each cell sums its values in row order, as
    ``np.bincount(owner, weights=values[:, c])`` does column by column, in one bincount."""
    keys = (owner[:, None] * 3 + _COLUMNS3).ravel()
    return np.bincount(keys, weights=values.ravel(), minlength=3 * n_targets).reshape(n_targets, 3)


_COLUMNS3 = np.arange(3)


def _valence_logits(words: _Words, rows: tuple, tables: dict, n_targets: int, lo) -> np.ndarray:
    """The VADER-valence features of every target (per word, and the saturated totals), (T, 3)."""
    tgt, k, local, target, left, right, d, near, same, _, _ = rows
    raw = words.valence[local]
    keep = (raw != 0) & ~target
    tgt, k, local, left, d, near, same, raw = (x[keep] for x in (tgt, k, local, left, d, near, same, raw))
    first = words.local(np.maximum(lo[tgt], k - 3))
    negated = words.negators_before[local] - words.negators_before[first] > 0
    val = np.where(negated, -0.74 * raw, raw) / 4.0
    a = np.abs(val)
    pole = (val < 0).astype(np.intp)  # 0 pos, 1 neg
    side = (~left).astype(np.intp)  # 0 left, 1 right
    bucket = _BUCKET_EDGES.searchsorted(d, side="left")
    per_word = (tables["sent"][pole] + tables["distance"][side, bucket, pole] + tables["side"][side, pole]
                + near[:, None] * tables["near"][pole] + same[:, None] * tables["clause"][pole])
    contrib = a[:, None] * per_word + (same & negated)[:, None] * tables["negated"]
    out = _sum_rows(tgt, contrib, n_targets)
    # the totals of target_features: near, clause, left, right, sentence, each per pole; one bincount over
    # (total, row) cells, total-major, so each cell sums its rows in row order (as a bincount per total)
    n = len(tgt)
    masks = _stacked((near, same, left, ~left, np.ones_like(left)))
    cell = masks.ravel().nonzero()[0]
    row = cell % n if n else cell
    keys = tgt[row] * len(_SUMS) + (cell // max(n, 1)) * 2 + pole[row]
    sums = np.bincount(keys, weights=a[row], minlength=n_targets * len(_SUMS)).reshape(n_targets, len(_SUMS))
    return out + (sums / np.sqrt(sums * sums + 1.0)) @ tables["sums"]



def _block_scores(doc, spans: list) -> list:
    """The scores of some targets of one document (see :func:`framing.target.scores_toward`), as arrays."""
    tables = _tables()
    text = doc.text
    starts = np.array([s for s, _ in spans], dtype=np.int64)
    ends = np.array([e for _, e in spans], dtype=np.int64)
    t0, t1, lo, hi, c0, c1 = _target_ranges(doc, starts, ends)
    n = len(spans)
    words = _Words(doc, lo, hi)
    rows = _pair_rows(words, t0, t1, lo, hi, tables["window"])
    logits = tables["base"] + _word_logits(words, rows, tables, n, lo) + _valence_logits(words, rows, tables, n, lo)
    compounds = dict(vader.document_memo(doc))  # the sentence's VADER compound, once per sentence (or none:
    # framing.sentiment left it, when it scored the sentence as written)
    first = words.local(lo).tolist()
    weight = _place_weight
    place = np.zeros((n, 3))
    for i, (start, end, a, b, t, u, x, y) in enumerate(zip(starts.tolist(), ends.tolist(), lo.tolist(), hi.tolist(),
                                                            t0.tolist(), t1.tolist(), c0.tolist(), c1.tolist())):
        compound = compounds.get((x, y))
        if compound is None:
            compound = compounds[(x, y)] = _compound_uncached(text[x:y])
        sentence = words.words[first[i]:first[i] + (b - a)]
        s0 = s1 = s2 = 0.0  # summed in feature order, as np.bincount sums them
        for name, value, _ in place_features(doc, sentence, t - a, u - a, start, end, x, y, compound=compound):
            w0, w1, w2 = weight(name)
            s0 += w0 * value
            s1 += w1 * value
            s2 += w2 * value
        place[i] = (s0, s1, s2)
    logits += place
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return ((z[:, 2] - z[:, 0]) / z.sum(axis=1)).tolist()
