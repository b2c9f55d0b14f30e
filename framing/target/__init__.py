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

import numpy as np

from framing.document import as_document
from framing.lang.english import NOT_SENTIMENT_CUES
from framing.records import Span

from .batch import scores_toward
from .features import LABELS, MODEL_NAME, _compound, _target_range, target_features
from .model import _load_model, _model, _rules, model_info, model_sha256, rule_score
from .result import TargetSentiment, WeightedCue

__all__ = ["sentiment_toward", "scores_toward", "TargetSentiment", "WeightedCue", "target_features", "model_info",
           "model_sha256", "rule_score", "LABELS", "MODEL_NAME", "_compound"]


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
    # evidence a reader accepts: no names (the target's rivals are not reasons), no function words
    shown = (i for i, c in contributions.items()
             if c != 0.0 and not text[int(doc.word_starts[i])].isupper()
             and doc.folded[int(doc.word_starts[i]):int(doc.word_ends[i])] not in NOT_SENTIMENT_CUES)
    strongest = sorted(shown, key=lambda i: -abs(contributions[i]))[: max(int(top), 0)]
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

