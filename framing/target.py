"""Sentiment toward a target: how a sentence portrays the person or group mentioned at ``[start, end)``.

``sentiment_toward(doc, start, end)`` answers a narrower question than
:func:`framing.sentiment`: not "is this sentence negative?" but "is this
sentence negative *about this actor*?". In "Senator Varn praised Governor Osk's
plan, while protesters booed Mayor Ilvo" the sentence is mixed, the sentiment
toward Osk is positive and toward Ilvo negative.

Two methods, both offline and inspectable:

* ``method="model"`` (default): a linear model trained on the NewsMTSC training
  set (Hamborg & Donnay 2021; US news sentences with the sentiment toward a
  named person coded by humans): per label, a one-vs-rest logistic regression
  over features scaled by their naive-Bayes log-count ratio (NB-LR, Wang &
  Manning 2012), the three scores turned into probabilities by a softmax (a
  ranking more than a calibrated probability). It ships as plain data
  (``framing/models/target_sentiment.json``: feature weights per class, the
  feature settings and a provenance block; no pickles). Features describe the
  words of the sentence *by their relation to the target*: the words just
  before and after it (and how far away), the words of its clause, the whole
  sentence as a bag, the VADER valence of the words near it and in its clause
  (with negation flipping the sign), whether the target is inside a quotation,
  the speaker of one, the subject of a passive verb, the agent after "by", a
  possessive, or a pronoun. The target's own words are masked (never features),
  so a name does not carry the sentiment of its training examples.
  The training script is ``benchmarks/train_target_sentiment.py``; it builds the
  features with the same function (:func:`target_features`) from
  ``framing.read(sentence)``, so training and use tokenise alike.
* ``method="rules"``: target-aware VADER. The VADER valence of each word of the
  sentence (Hutto & Gilbert 2014; negation within three words flips it) is
  weighted by its closeness to the target and doubled inside the target's
  clause; the sum is squashed to [-1, 1] with VADER's normalisation and cut at
  the thresholds chosen on the training set.

Evidence: the result keeps the words that drove the decision as
:class:`WeightedCue` records (span, weight, the features that fired), so a
reader can see *why* a mention was read as negative.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from framing.document import as_document
from framing.lang import vader
from framing.lang.english import (
    IRREGULAR_PARTICIPLES,
    REPORTING_VERB_FORMS,
    TARGET_CLAUSE_WORDS,
    TARGET_PASSIVE_AUXILIARIES,
    TARGET_PRONOUNS,
)
from framing.records import ConciseRepr, Cue, Span, records_frame

__all__ = ["sentiment_toward", "TargetSentiment", "WeightedCue", "target_features", "model_info", "LABELS"]

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
    folded = doc.folded
    ws, we = doc.word_starts, doc.word_ends
    t0, t1, lo, hi, c0, c1 = _target_range(doc, start, end)
    _, valence, negate = _vader_tables()

    words = [folded[ws[i]:we[i]] for i in range(lo, hi)]
    # Clause id of every word: a boundary lies before word i when punctuation or a conjunction separates it.
    clause = [0] * len(words)
    cid = 0
    for k in range(1, len(words)):
        gap = folded[we[lo + k - 1]:ws[lo + k]]
        if _BOUNDARY_CHARS.search(gap) or words[k] in _CLAUSE_WORDS:
            cid += 1
        clause[k] = cid
    feats: list[tuple[str, float, int]] = [("bias:any", 1.0, -1)]
    has_target_words = t1 > t0
    tk0, tk1 = t0 - lo, t1 - lo  # target positions within the sentence's word list
    if has_target_words:
        target_clause = clause[tk0]
    else:
        target_clause = clause[min(tk0, len(words) - 1)] if words else 0

    # Valence of each word, sign flipped when a negation precedes it within three words.
    val = [0.0] * len(words)
    for k, w in enumerate(words):
        if tk0 <= k < tk1:
            continue
        v = valence.get(w, 0.0) or valence.get(_norm(w), 0.0)
        if v:
            if any(words[j] in negate or words[j].endswith("n't") for j in range(max(0, k - 3), k)):
                v = -0.74 * v
            val[k] = v / 4.0

    sums = {"near_pos": 0.0, "near_neg": 0.0, "clause_pos": 0.0, "clause_neg": 0.0,
            "left_pos": 0.0, "left_neg": 0.0, "right_pos": 0.0, "right_neg": 0.0,
            "sent_pos": 0.0, "sent_neg": 0.0}
    for k, w in enumerate(words):
        if tk0 <= k < tk1:
            continue  # mask the target's own words
        i = lo + k
        n = _norm(w)
        left = k < tk0
        d = (tk0 - k) if left else (k - tk1 + 1)
        side = "L" if left else "R"
        feats.append((f"s:{n}", 1.0, i))
        if d <= window:
            feats.append((f"{side}:{n}", 1.0, i))
            feats.append((f"{side}{_bucket(d)}:{n}", 1.0, i))
        if clause[k] == target_clause:
            feats.append((f"c:{n}", 1.0, i))
            feats.append((f"c{side}:{n}", 1.0, i))
        if d <= window and k + 1 < len(words) and not (tk0 <= k + 1 < tk1):
            feats.append((f"{side}bb:{n} {_norm(words[k + 1])}", 1.0, i))
        if d == 1:
            nxt = words[k - 1] if left and k >= 1 else (words[k + 1] if not left and k + 1 < len(words) else "")
            pair = f"{_norm(nxt)} {n}" if left else f"{n} {_norm(nxt)}"
            if nxt:
                feats.append((f"{side}b:{pair}", 1.0, i))
        v = val[k]
        if v:
            pole = "pos" if v > 0 else "neg"
            a = abs(v)
            feats.append((f"v:sent_{pole}", a, i))
            sums[f"sent_{pole}"] += a
            if d <= window:
                feats.append((f"v:near_{pole}", a, i))
                sums[f"near_{pole}"] += a
            if clause[k] == target_clause:
                feats.append((f"v:clause_{pole}", a, i))
                sums[f"clause_{pole}"] += a
            side_key = "left" if left else "right"
            feats.append((f"vd:{side}{_bucket(d)}_{pole}", a, i))
            feats.append((f"v:{side_key}_{pole}", a, i))
            sums[f"{side_key}_{pole}"] += a
            if clause[k] == target_clause and any(
                words[j] in negate or words[j].endswith("n't") for j in range(max(0, k - 3), k)
            ):
                feats.append(("v:negated_in_clause", 1.0, i))
    # Saturating totals (VADER-style normalisation) alongside the per-word values.
    for key, total in sums.items():
        if total:
            feats.append((f"vsum:{key}", total / math.sqrt(total * total + 1.0), -1))

    # The target's place in the sentence.
    before = tk0
    after = len(words) - tk1
    prev1 = words[tk0 - 1] if tk0 >= 1 else ""
    prev2 = words[tk0 - 2] if tk0 >= 2 else ""
    next1 = words[tk1] if tk1 < len(words) else ""
    next2 = words[tk1 + 1] if tk1 + 1 < len(words) else ""
    target_text = folded[start:end].strip()
    feats.append(("t:first" if before == 0 else "t:late" if after == 0 else "t:middle", 1.0, -1))
    feats.append((f"t:words_before_{_bucket(before)}", 1.0, -1))
    if target_text.endswith(_POSSESSIVE) or folded[end:end + 2] in _POSSESSIVE:
        feats.append(("t:possessive", 1.0, -1))
    if target_text in _PRONOUNS:
        feats.append(("t:pronoun", 1.0, -1))
    if before and folded[c0:start].count('"') % 2 == 1:
        feats.append(("t:in_quote", 1.0, -1))
    if '"' in folded[c0:c1]:
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
    """VADER compound of a sentence (cached: an actor table asks once per mention, often per sentence)."""
    analyzer = _vader_tables()[0]
    if len(text) > 5000:  # VADER is quadratic on very long 'sentences'; the start carries the target's context
        text = text[:5000]
    return float(analyzer.polarity_scores(text.translate(_FOR_VADER))["compound"])


# ----------------------------------------------------------------------------------------------
# The shipped model (plain JSON) and the rule method.


def _canonical(model: dict) -> bytes:
    return json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("utf-8")


def model_sha256(model: dict) -> str:
    """sha256 of the ``model`` block of the JSON file (canonical serialisation)."""
    return hashlib.sha256(_canonical(model)).hexdigest()


@lru_cache(maxsize=1)
def _load_model():
    raw = json.loads((resources.files("framing.models") / f"{MODEL_NAME}.json").read_text(encoding="utf-8"))
    model = raw["model"]
    classes = tuple(model["classes"])
    order = [classes.index(label) for label in LABELS]
    weights = {name: np.asarray(w, dtype=float)[order] for name, w in model["weights"].items()}
    intercept = np.asarray(model["intercept"], dtype=float)[order]
    return raw, weights, intercept, model["settings"]


def model_info() -> dict:
    """The shipped model's name, version, settings and provenance (training data, script, score, sha256)."""
    raw, _, _, settings = _load_model()
    return {"name": raw["name"], "version": raw["version"], "settings": dict(settings),
            "provenance": dict(raw["provenance"]), "n_features": len(raw["model"]["weights"])}


def rule_score(doc, start: int, end: int, *, decay: float, boost: float, window: int = 6):
    """Target-aware VADER: (score in [-1, 1], {word index: signed weight}, {word index: features}).

    Each VADER word of the sentence (negation within three words flips and damps it, as in
    VADER) adds its valence / 4, divided by ``1 + (distance - 1) / decay`` and multiplied by
    ``boost`` inside the target's clause; the total is squashed with ``x / sqrt(x**2 + 1)``.
    """
    feats = target_features(doc, start, end, window=window)
    t0, t1 = _target_range(doc, start, end)[:2]
    in_clause = {i for name, _, i in feats if name.startswith("c:")}
    contributions: dict[int, float] = {}
    names: dict[int, list[str]] = {}
    for name, value, i in feats:
        if not name.startswith("v:sent_"):
            continue
        d = (t0 - i) if i < t0 else (i - t1 + 1)
        weight = (1.0 if name.endswith("pos") else -1.0) * value / (1.0 + max(d - 1, 0) / decay)
        if i in in_clause:
            weight *= boost
        contributions[i] = contributions.get(i, 0.0) + weight
        names.setdefault(i, []).append(f"valence {'+' if weight > 0 else '-'}{value * 4:.1f}, distance {d}")
    total = sum(contributions.values())
    return total / math.sqrt(total * total + 1.0), contributions, names


def _rules(doc, start, end, window):
    params = _load_model()[0]["model"]["rules"]
    score, contributions, names = rule_score(doc, start, end, decay=params["decay"], boost=params["boost"],
                                             window=window)
    t = params["threshold"]
    label = "positive" if score >= t else "negative" if score <= -t else "neutral"
    return label, float(score), {lab: float("nan") for lab in LABELS}, contributions, names


def _model(doc, start, end, window):
    _, weights, intercept, settings = _load_model()
    if window is None:
        window = int(settings["window"])
    feats = [(name, value, i, weights[name]) for name, value, i in target_features(doc, start, end, window=window)
             if name in weights]
    n = len(LABELS)
    contrib = np.array([value * w for _, value, _, w in feats]).reshape(len(feats), n)  # one row per feature
    logits = intercept + contrib.sum(axis=0)
    z = np.exp(logits - logits.max())
    p = z / z.sum()
    k = int(np.argmax(p))
    label = LABELS[k]
    probs = {lab: float(x) for lab, x in zip(LABELS, p)}
    score = probs["positive"] - probs["negative"]
    # A feature's (and a word's) weight: how much it raised the chosen label's log-odds against the mean of the others.
    others = [j for j in range(n) if j != k]
    toward = (contrib[:, k] - contrib[:, others].mean(axis=1)).tolist()
    names: dict[int, list[str]] = {}
    merged: dict[str, list] = {}  # a feature fired twice (e.g. by two words) is one row: values summed
    for (name, value, i, _), t in zip(feats, toward):
        if i >= 0:
            names.setdefault(i, []).append(name)
        row = merged.setdefault(name, [0.0, 0.0])
        row[0] += float(value)
        row[1] += t
    index = np.array([i for _, _, i, _ in feats], dtype=int)
    of_word = index >= 0
    word_ids, inverse = np.unique(index[of_word], return_inverse=True)
    per_word = np.zeros((len(word_ids), n))
    np.add.at(per_word, inverse, contrib[of_word])
    contributions = dict(zip(word_ids.tolist(), (per_word[:, k] - per_word[:, others].mean(axis=1)).tolist()))
    leaning = dict(zip(word_ids.tolist(), (LABELS[j] for j in np.argmax(per_word, axis=1).tolist())))
    table = sorted(((name, v, w) for name, (v, w) in merged.items()), key=lambda r: -abs(r[2]))
    return label, float(score), probs, contributions, names, leaning, tuple(table)


# ----------------------------------------------------------------------------------------------
# Public API


@dataclass(frozen=True, slots=True)
class WeightedCue(Cue):
    """A word used as evidence for the sentiment toward a target, with its weight.

    ``kind`` is ``'target_sentiment'``; ``category`` is the label the word pushes
    toward (``'negative'``, ``'neutral'`` or ``'positive'``); ``weight`` is its
    contribution to the chosen label's log-odds against the other labels (model)
    or its signed, distance-weighted VADER valence (rules); ``features`` are the
    features the word fired (``'L2:praised'``: within 2-3 words left of the target...).
    """

    weight: float = 0.0
    features: tuple = ()


@dataclass(frozen=True, repr=False)
class TargetSentiment(ConciseRepr):
    """Sentiment toward one target mention (see :func:`sentiment_toward`).

    Attributes
    ----------
    target : Span
        The target mention (``text == doc.text[start:end]``).
    label : str
        'negative', 'neutral' or 'positive'.
    score : float
        In [-1, 1]: P(positive) - P(negative) for the model; the squashed
        weighted valence for the rules.
    probabilities : dict
        Probability of each label (NaN for the rule method, which has none).
    cues : tuple of WeightedCue
        The words that drove the decision, strongest first (at most ``top``).
    sentence : int
        Index of the sentence holding the target.
    method : str
        'model' or 'rules'.
    model : str
        ``name@version`` of the shipped model (or ``'vader-rules'`` plus the VADER version).
    window : int
        Words left and right of the target that counted as its near context.
    context : Span
        The sentence (or sentences) the target was read in.
    features : tuple of (name, value, weight)
        Every feature that fired (see :meth:`explain`), strongest first.
    """

    target: Span
    label: str
    score: float
    probabilities: dict
    cues: tuple
    sentence: int
    method: str
    model: str
    window: int
    context: Span = field(repr=False, default=None)
    features: tuple = field(repr=False, default=())

    def explain(self):
        """Every feature that fired, with its value and its weight for the chosen label (a DataFrame).

        Includes the features of the target and the sentence (position, speaker, VADER totals) that
        have no single word to point at, so the label can be reconstructed in full from the
        intercept and this table.
        """
        import pandas as pd

        return pd.DataFrame(list(self.features), columns=["feature", "value", "weight"])

    def to_frame(self):
        """The evidence words as a tidy DataFrame, one row per cue."""
        return records_frame(self.cues, WeightedCue)

    def evidence(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, label, tooltip)`` spans for :func:`framing.display.highlight`."""
        t = self.target
        p = ", ".join(f"{k} {v:.2f}" for k, v in self.probabilities.items() if not math.isnan(v))
        spans = [(t.start, t.end, f"target:{self.label}",
                  f"sentiment toward '{t.text}': {self.label} (score {self.score:+.2f}{'; ' + p if p else ''})")]
        for c in self.cues:
            spans.append((c.start, c.end, f"toward:{c.category}",
                          f"weight {c.weight:+.2f} for '{self.label}' toward '{t.text}' ({', '.join(c.features)})"))
        return spans

    def summary(self):
        import pandas as pd

        values = {"score": self.score, **{f"p_{k}": v for k, v in self.probabilities.items()}}
        return pd.Series(values, dtype=float).rename(index=lambda k: f"sentiment_toward.{k}")


def _check_span(doc, start, end) -> None:
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise TypeError(f"sentiment_toward(): {name} must be an int character offset, got {value!r}")
    n = len(doc.text)
    if not 0 <= start < end <= n:
        raise ValueError(
            f"sentiment_toward(): need 0 <= start < end <= len(text) = {n}, got start={start}, end={end}"
        )
    if not doc.text[start:end].strip():
        raise ValueError(f"sentiment_toward(): the target span [{start}, {end}) holds no text")


def sentiment_toward(doc, start: int, end: int, *, window: int | None = None, method: str = "model",
                     top: int = 8) -> TargetSentiment:
    """Sentiment expressed toward the target mention at ``doc.text[start:end]``.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`). Only the sentence
        holding the target is used (the sentences it spans, if it crosses one).
    start, end : int
        Character offsets of the target mention (``end`` exclusive), e.g. from a
        :class:`~framing.records.Mention`.
    window : int, optional
        Words left and right of the target counted as its near context. Defaults
        to the window the shipped model was trained with (stored in the model);
        another value changes the features the model sees and its validity was
        not measured for it: use it only to check how sensitive a reading is.
    method : {'model', 'rules'}, default 'model'
        The trained target-aware model, or target-aware VADER rules.
    top : int, default 8
        How many evidence words to keep (the strongest by absolute weight).

    Returns
    -------
    TargetSentiment

    Raises
    ------
    TypeError
        If ``start`` or ``end`` is not an int (or ``doc`` is not a str or Document).
    ValueError
        If the span is empty, reversed, outside the text, or holds only whitespace;
        or ``method`` is unknown.

    Notes
    -----
    Validity (``python benchmarks/target_sentiment_newsmtsc.py``; NewsMTSC devtest_mt, 1,476
    targets in sentences with two or more people, held out from training and model selection):
    macro-F1 0.666 (accuracy 0.697; F1 negative 0.696, neutral 0.743, positive 0.560).
    Target-aware VADER rules: 0.518. Whole-sentence VADER given to every target: 0.492. The best
    published transformer reaches 0.83. Cross-validated macro-F1 on the training set: 0.682
    (see :func:`model_info`). Positive sentiment is the weakest class: 45% of the positive
    targets are read as neutral or negative.

    Limitations
    -----------
    A bag-of-features model: it does not parse, so long sentences with several
    actors in different clauses, sarcasm, and sentiment carried by facts rather
    than words ("Osk's budget left 3,000 teachers unpaid") are often missed. It
    was trained on US political news (2010s); other domains and other kinds of
    target (states, groups) are out of its training distribution. It reads one
    sentence: what earlier sentences said about the actor is ignored. English only.

    References
    ----------
    Hamborg, F. & Donnay, K. (2021). NewsMTSC: a dataset for (multi-)target-dependent
    sentiment classification in political news articles. EACL 2021.
    Hutto, C. J. & Gilbert, E. (2014). VADER: a parsimonious rule-based model for
    sentiment analysis of social media text. ICWSM 2014.
    Jiang, L. et al. (2011). Target-dependent Twitter sentiment classification. ACL 2011.
    Wang, S. & Manning, C. D. (2012). Baselines and bigrams: simple, good sentiment and topic
    classification. ACL 2012.
    """
    doc = as_document(doc)
    _check_span(doc, start, end)
    start, end = int(start), int(end)
    if window is not None and (isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 0):
        raise ValueError(f"sentiment_toward(): window must be a non-negative int, got {window!r}")
    if method == "model":
        raw = _load_model()[0]
        win = int(window) if window is not None else int(raw["model"]["settings"]["window"])
        label, score, probs, contributions, names, leaning, table = _model(doc, start, end, win)
        model = f"{raw['name']}@{raw['version']}"
    elif method == "rules":
        win = int(window) if window is not None else int(_load_model()[0]["model"]["rules"]["window"])
        label, score, probs, contributions, names = _rules(doc, start, end, win)
        table = tuple(sorted(((f"word {i}: {'; '.join(names[i])}", 1.0, c) for i, c in contributions.items()),
                             key=lambda r: -abs(r[2])))
        leaning = {i: ("positive" if c > 0 else "negative") for i, c in contributions.items()}
        from framing.sentiment import _vader_label

        model = f"vader-rules ({_vader_label()})"
    else:
        raise ValueError(f"sentiment_toward(): method must be 'model' or 'rules', got {method!r}")

    text = doc.text
    si = doc.sentence_of(start) if doc.n_sentences else 0
    strongest = sorted((i for i, c in contributions.items() if c != 0.0),
                       key=lambda i: -abs(contributions[i]))[: max(int(top), 0)]
    cues = []
    for i in sorted(strongest):
        s, e = int(doc.word_starts[i]), int(doc.word_ends[i])
        cues.append(WeightedCue(text[s:e], s, e, "target_sentiment", leaning[i], int(doc.word_sentence[i]),
                                doc.folded[s:e], weight=float(contributions[i]), features=tuple(names.get(i, ()))))
    cues.sort(key=lambda c: -abs(c.weight))
    _, _, _, _, c0, c1 = _target_range(doc, start, end)
    return TargetSentiment(
        target=Span(text[start:end], start, end),
        label=label,
        score=score,
        probabilities=probs,
        cues=tuple(cues),
        sentence=si,
        method=method,
        model=model,
        window=win,
        context=Span(text[c0:c1], c0, c1),
        features=table,
    )
