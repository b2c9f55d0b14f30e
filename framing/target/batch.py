"""Score-only target sentiment for many mentions of one document, in one pass.

:func:`scores_toward` gives, for each ``(start, end)`` span, the ``score`` that
:func:`framing.target.sentiment_toward` gives (P(positive) - P(negative) of the shipped model), without
the evidence. What a word contributes does not depend on the mention, only on where the word stands
relative to it, so:

* each word of the document's target sentences is looked up once: its folded form, stem, model rows
  (one row per single-word feature family, one per word-pair family), VADER valence, whether it
  negates, whether a clause boundary precedes it;
* every (mention, word of its sentence) pair is one row of arrays (side, distance, same clause, masked
  target word, negated valence), and the single-word, word-pair and valence features of every mention
  of the document are summed by one gather and one product over those rows;
* the target's place features (position, possessive, speaker, passive subject...) come from the same
  function as in ``sentiment_toward``, and the sentence's VADER compound is computed once per sentence.

:func:`framing.actors` uses it for the actor table. ``benchmarks/target_scores_equal.py`` and
``tests/test_target.py`` check it against ``sentiment_toward`` (equal up to float rounding, < 1e-12).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from framing.document import as_document
from framing.lang import vader

from .features import _CLAUSE_WORDS, MAX_CONTEXT, _compound_uncached, _norm, _vader_tables, place_features
from .model import _load_model

__all__ = ["scores_toward"]

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
    """(stem id, VADER valence, negates, opens a clause) of a folded word, cached per process."""
    info = _WORD_INFO.get(word)
    if info is None:
        _, valence, negate = _vader_tables()
        norm = _norm(word)
        info = (_tables()["stems"].get(norm, 0), valence.get(word, 0.0) or valence.get(norm, 0.0),
                word in negate or word.endswith("n't"), word in _CLAUSE_WORDS)
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
            stem, valence, negates, clause_word = zip(*[known(w) or _word_info(w) for w in words])
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
    """The scores of some targets of one document (see :func:`scores_toward`)."""
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
    doc = as_document(doc)
    spans = [(int(a), int(b)) for a, b in spans]
    text = doc.text
    for start, end in spans:
        if not 0 <= start < end <= len(text) or not text[start:end].strip():
            raise ValueError(f"scores_toward(): no target text at [{start}, {end})")
    out: list = []
    for block in range(0, len(spans), _BLOCK):  # bounded memory on a very long document
        out.extend(_block_scores(doc, spans[block:block + _BLOCK]))
    return out


#: targets scored together (their (target, word) rows are held in memory at once)
_BLOCK = 1024
