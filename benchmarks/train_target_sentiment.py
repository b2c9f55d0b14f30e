"""Train the target-sentiment model shipped as framing/models/target_sentiment.json.

    python benchmarks/train_target_sentiment.py            # select by CV, fit, write the JSON
    python benchmarks/train_target_sentiment.py --no-write # only print the cross-validation

Data: NewsMTSC train.jsonl (Hamborg & Donnay 2021, MIT licence), read at run time from
../shared/validation/newsmtsc (or $FRAMING_SHARED/validation/newsmtsc); nothing of it is
copied into the repository except the learned weights.

Every choice (estimator, window, regularisation C, class weighting, feature min count, the
decision bias of the classes) and the rule method's parameters are selected by 5-fold
cross-validation on train.jsonl, grouped by sentence (targets of one sentence never straddle
folds) and stratified by label, with a fixed seed.

Two estimators are compared: a multinomial L2 logistic regression on the raw features, and
"NB-LR" (Wang & Manning 2012): for each label a one-vs-rest L2 logistic regression on features
scaled by their naive-Bayes log-count ratio |log(p_label / p_rest)| (add-one smoothed, word
features only; the dense VADER/position features keep scale 1), the three decision scores turned
into probabilities by a softmax. Both are linear in the raw features, so either ships as one
weight per feature and label. A decision bias per label (added to the negative and positive
scores) is chosen on the out-of-fold predictions; its effect is estimated without optimism by
choosing it on four folds' predictions and scoring the fifth.
devtest_mt.jsonl is NOT read here: benchmarks/target_sentiment_newsmtsc.py uses it once.

Features are built by framing.target.target_features() from framing.read(sentence), the same
function sentiment_toward() uses, so training and inference tokenise alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import ROOT, read_jsonl, shared_dir  # noqa: E402
from framing import read  # noqa: E402
from framing.target import LABELS, MODEL_NAME, _compound, model_sha256, rule_score, target_features  # noqa: E402

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
SEED = 0
N_SPLITS = 5
WINDOWS = (3, 5, 8)
# Multinomial: an earlier, wider run (C 0.03, 0.05, 0.1, 0.3; min_count 1, 3, 5; class_weight
# 'balanced') was never better in CV than C=0.02, min_count 2, no class weights.
CS = (0.02,)
CLASS_WEIGHTS = (None,)
NB_CS = (0.05, 0.1, 0.2)  # NB-LR: C 0.4 and smoothing 0.5 were worse in an earlier run
NB_ALPHA = 1.0
MIN_COUNTS = (2,)
BIAS_GRID = tuple((round(n / 10, 1) + 0.0, round(p / 10, 1) + 0.0) for n in range(-4, 5) for p in range(-2, 7))
RULE_WINDOW = 6  # the rule method uses the window only through its features' clause marks
VERSION = "1.1.0"
# Tried in CV and dropped (no gain beyond +-0.003 macro-F1): whole-sentence VADER pos/neg/neu
# proportions, VADER compound of 3- and 8-word windows and of the target's clause, role-verb
# classes (framing/lexicons/role_verbs.tsv) linking the target as subject/object/passive subject,
# a distance-decayed sentence bag, training on NewsMTSC further_mentions as extra examples (worse),
# doubling the adjacent-word features, class_weight='balanced', L2 C 0.01-0.08.


def data_path() -> Path:
    return shared_dir() / "validation" / "newsmtsc" / "train.jsonl"


def load_examples(path: Path):
    """(document, start, end, label, sentence_id) for every target of every sentence."""
    examples = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for sid, row in enumerate(read_jsonl(path)):
            doc = read(row["sentence_normalized"])
            for t in row["targets"]:
                examples.append((doc, int(t["from"]), int(t["to"]), POLARITY[float(t["polarity"])], sid))
    return examples


def featurise(examples, window: int) -> list[dict]:
    rows = []
    for doc, start, end, _, _ in examples:
        d: dict[str, float] = {}
        for name, value, _ in target_features(doc, start, end, window=window):
            d[name] = d.get(name, 0.0) + value
        rows.append(d)
    return rows


def folds(y, groups):
    from sklearn.model_selection import StratifiedGroupKFold

    cv = StratifiedGroupKFold(n_splits=N_SPLITS, shuffle=True, random_state=SEED)
    return list(cv.split(np.zeros(len(y)), y, groups))


def vectorise(train_rows, min_count: int):
    counts = Counter(name for row in train_rows for name in row)
    vocab = sorted(name for name, n in counts.items() if n >= min_count)
    return {name: j for j, name in enumerate(vocab)}


def to_matrix(rows, vocab):
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for row in rows:
        for name, value in row.items():
            j = vocab.get(name)
            if j is not None:
                indices.append(j)
                data.append(value)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def fit(rows, y, vocab, C, class_weight):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, class_weight=class_weight, solver="newton-cg", max_iter=1000, random_state=SEED)
    clf.fit(to_matrix(rows, vocab), y)
    return clf


def _is_dense(name: str) -> bool:
    """Features that are not word identities (VADER valences, target position/role, bias)."""
    return name.split(":", 1)[0] in ("bias", "v", "vd", "vsum", "t", "vader")


def fit_nb(rows, y, vocab, C, alpha=NB_ALPHA):
    """NB-LR: per label, a one-vs-rest L2 logistic regression on NB-ratio-scaled features.

    Returns (classes, coef, intercept) with coef already multiplied by the scaling, so that the
    score of a label is ``intercept + sum(value * coef)`` over the raw feature values.
    """
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    X = to_matrix(rows, vocab).tocsr()
    binary = X.copy()
    binary.data = (binary.data > 0).astype(float)
    names = sorted(vocab, key=vocab.get)
    dense = np.array([_is_dense(n) for n in names])
    classes = list(LABELS)
    coef = np.zeros((len(classes), len(names)))
    intercept = np.zeros(len(classes))
    for c, label in enumerate(classes):
        yes = y == label
        p = alpha + np.asarray(binary[yes].sum(axis=0)).ravel()
        q = alpha + np.asarray(binary[~yes].sum(axis=0)).ravel()
        r = np.where(dense, 1.0, np.abs(np.log((p / p.sum()) / (q / q.sum()))))
        clf = LogisticRegression(C=C, solver="newton-cg", max_iter=1000, random_state=SEED)
        clf.fit(X @ diags(r), yes)
        coef[c] = clf.coef_[0] * r
        intercept[c] = clf.intercept_[0]
    return classes, coef, intercept


def scores_of(X, coef, intercept) -> np.ndarray:
    s = X @ coef.T + intercept
    s = np.exp(s - s.max(axis=1, keepdims=True))
    return s / s.sum(axis=1, keepdims=True)


def with_bias(P, bias) -> np.ndarray:
    """Labels from probabilities after adding ``bias = (negative, positive)`` to the log scores."""
    shift = np.array([bias[0], 0.0, bias[1]])
    return np.array(LABELS)[np.argmax(np.log(P) + shift, axis=1)]


def cv_nb(rows, y, splits, C, min_count, multi):
    """NB-LR out-of-fold: (macro-F1, multi-target macro-F1, nested-bias macro-F1, bias chosen on all, P)."""
    P = np.zeros((len(y), len(LABELS)))
    fold = np.zeros(len(y), dtype=int)
    for k, (train_idx, test_idx) in enumerate(splits):
        train_rows = [rows[i] for i in train_idx]
        vocab = vectorise(train_rows, min_count)
        _, coef, intercept = fit_nb(train_rows, y[train_idx], vocab, C)
        P[test_idx] = scores_of(to_matrix([rows[i] for i in test_idx], vocab), coef, intercept)
        fold[test_idx] = k
    plain = with_bias(P, (0.0, 0.0))
    nested = np.empty(len(y), dtype=object)
    for k in range(len(splits)):
        b = max(BIAS_GRID, key=lambda b: macro_f1(y[fold != k], with_bias(P[fold != k], b)))
        nested[fold == k] = with_bias(P[fold == k], b)
    bias = max(BIAS_GRID, key=lambda b: macro_f1(y, with_bias(P, b)))
    return macro_f1(y, plain), macro_f1(y[multi], plain[multi]), macro_f1(y, nested.astype(str)), bias, P


def macro_f1(y_true, y_pred) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y_true, y_pred, labels=list(LABELS), average="macro"))


def cv_model(rows, y, splits, C, class_weight, min_count, multi) -> tuple[float, float]:
    """CV macro-F1 over all targets and over targets of sentences with two or more targets."""
    predictions = np.empty(len(y), dtype=object)
    for train_idx, test_idx in splits:
        train_rows = [rows[i] for i in train_idx]
        vocab = vectorise(train_rows, min_count)
        clf = fit(train_rows, y[train_idx], vocab, C, class_weight)
        predictions[test_idx] = clf.predict(to_matrix([rows[i] for i in test_idx], vocab))
    predictions = predictions.astype(str)
    return macro_f1(y, predictions), macro_f1(y[multi], predictions[multi])


# --- the rule method: target-aware VADER, parameters chosen on the training folds -------------


def rule_totals(examples, decay: float, boost: float) -> np.ndarray:
    return np.array([rule_score(doc, start, end, decay=decay, boost=boost, window=RULE_WINDOW)[0]
                     for doc, start, end, _, _ in examples])


def label_scores(scores, threshold) -> np.ndarray:
    return np.where(scores >= threshold, "positive", np.where(scores <= -threshold, "negative", "neutral"))


def cv_rules(examples, y, splits):
    grid = list(itertools.product((1.0, 3.0, 100.0), (1.0, 2.0, 3.0, 5.0)))
    scores = {(decay, boost): rule_totals(examples, decay, boost) for decay, boost in grid}
    thresholds = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
    predictions = np.empty(len(y), dtype=object)
    chosen = []
    for train_idx, test_idx in splits:
        best = max(
            ((macro_f1(y[train_idx], label_scores(s[train_idx], t)), key, t) for key, s in scores.items()
             for t in thresholds),
            key=lambda x: x[0],
        )
        chosen.append(best[1:])
        predictions[test_idx] = label_scores(scores[best[1]][test_idx], best[2])
    overall = max(
        ((macro_f1(y, label_scores(s, t)), key, t) for key, s in scores.items() for t in thresholds),
        key=lambda x: x[0],
    )
    return macro_f1(y, predictions.astype(str)), chosen, overall, predictions.astype(str)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print the cross-validation only")
    args = parser.parse_args(argv)

    import sklearn

    path = data_path()
    examples = load_examples(path)
    y = np.array([e[3] for e in examples])
    groups = np.array([e[4] for e in examples])
    splits = folds(y, groups)
    print(f"NewsMTSC train: {len(examples)} targets in {groups.max() + 1} sentences; labels {dict(Counter(y))}")
    print(f"{N_SPLITS}-fold cross-validation grouped by sentence, stratified, random_state={SEED}\n")

    baseline = np.array([_compound(doc.text) for doc, *_ in examples])
    print(f"whole-sentence VADER (+-0.05)   CV-free macro-F1 {macro_f1(y, label_scores(baseline, 0.05)):.4f}")
    multi = np.bincount(groups)[groups] >= 2
    print(f"   on the {int(multi.sum())} targets of multi-target sentences: "
          f"{macro_f1(y[multi], label_scores(baseline, 0.05)[multi]):.4f}")
    rules_f1, chosen, overall, rule_pred = cv_rules(examples, y, splits)
    print(f"target-aware VADER rules        CV macro-F1 {rules_f1:.4f}  (per-fold choices {chosen})")
    print(f"   on multi-target sentences: CV macro-F1 {macro_f1(y[multi], rule_pred[multi]):.4f}")
    print(f"   rules fitted on all of train: (decay, boost)={overall[1]} threshold={overall[2]} "
          f"macro-F1 {overall[0]:.4f}")

    results = []  # (CV macro-F1 with no bias, estimator, window, C, class_weight, min_count, multi, nested, bias)
    feature_cache = {w: featurise(examples, w) for w in WINDOWS}
    for window, C, cw, mc in itertools.product(WINDOWS, CS, CLASS_WEIGHTS, MIN_COUNTS):
        f1, f1_multi = cv_model(feature_cache[window], y, splits, C, cw, mc, multi)
        results.append((f1, "multinomial", window, C, cw, mc, f1_multi, f1, (0.0, 0.0)))
        print(f"multinomial window={window} C={C} class_weight={cw} min_count={mc}: CV macro-F1 {f1:.4f} "
              f"(multi-target sentences {f1_multi:.4f})", flush=True)
    for window, C, mc in itertools.product(WINDOWS, NB_CS, MIN_COUNTS):
        f1, f1_multi, nested, bias, _ = cv_nb(feature_cache[window], y, splits, C, mc, multi)
        results.append((f1, "nb-lr", window, C, None, mc, f1_multi, nested, bias))
        print(f"nb-lr window={window} C={C} min_count={mc}: CV macro-F1 {f1:.4f} (multi-target sentences "
              f"{f1_multi:.4f}); with a decision bias chosen on the other folds {nested:.4f}", flush=True)
    best = max(results, key=lambda r: r[0])
    f1_plain, estimator, window, C, cw, mc, f1_multi, f1, bias = best
    print(f"\nbest model: {estimator} window={window} C={C} class_weight={cw} min_count={mc}  CV macro-F1 "
          f"{f1_plain:.4f} (multi-target sentences {f1_multi:.4f})")
    print(f"   decision bias (negative, positive) chosen on all out-of-fold predictions: {bias}; CV macro-F1 with "
          f"the bias chosen on four folds and scored on the fifth: {f1:.4f}")
    print(f"best rules: CV macro-F1 {rules_f1:.4f}")
    winner = "model" if f1 >= rules_f1 else "rules"
    print(f"shipped default method: {winner}")
    if args.no_write:
        return

    rows = feature_cache[window]
    vocab = vectorise(rows, mc)
    names = sorted(vocab, key=vocab.get)
    if estimator == "nb-lr":
        classes, coef, intercept = fit_nb(rows, y, vocab, C)
        intercept = intercept + np.array([bias[0], 0.0, bias[1]])  # classes are LABELS: negative, neutral, positive
        description = ("one-vs-rest L2 logistic regressions on naive-Bayes log-count-ratio scaled word features "
                       "(NB-LR, Wang & Manning 2012; dense features unscaled), scaling folded into the weights; "
                       "probabilities = softmax of the three decision scores (a ranking, not calibrated); the "
                       "decision bias is added to the intercepts")
    else:
        clf = fit(rows, y, vocab, C, cw)
        classes, coef, intercept = [str(c) for c in clf.classes_], clf.coef_, clf.intercept_
        description = "sklearn.linear_model.LogisticRegression (multinomial, L2)"
    weights = {
        name: [float(f"{c:.4g}") for c in coef[:, j]]
        for j, name in enumerate(names)
        if np.abs(coef[:, j]).max() >= 1e-4
    }
    model = {
        "classes": list(classes),
        "intercept": [float(f"{c:.6g}") for c in intercept],
        "weights": weights,
        "settings": {
            "window": window,
            "min_count": mc,
            "C": C,
            "class_weight": cw,
            "solver": "newton-cg",
            "estimator": estimator,
            "estimator_description": description,
            "nb_smoothing": NB_ALPHA if estimator == "nb-lr" else None,
            "decision_bias": {"negative": bias[0], "neutral": 0.0, "positive": bias[1]},
            "features": "framing.target.target_features (masked target; sentence bag s:, side L:/R: within window, "
            "distance buckets L1/L2/L4/L7/L11:, adjacent bigram Lb:, window bigrams Lbb:, clause c:/cL:/cR:, VADER "
            "valence v:/vd:/vsum: near/clause/left/right/sentence with negation, target position and role t:, "
            "whole-sentence VADER compound vader:)",
        },
        "rules": {"decay": overall[1][0], "boost": overall[1][1], "threshold": overall[2], "window": RULE_WINDOW},
    }
    raw = {
        "name": MODEL_NAME,
        "version": VERSION,
        "description": "Sentiment toward a target mention in a news sentence: multinomial logistic regression "
        "over target-relative word features; apply with framing.sentiment_toward().",
        "labels": list(LABELS),
        "provenance": {
            "training_data": "NewsMTSC train.jsonl (8,739 target mentions in 7,758 sentences of US political news)",
            "citation": "Hamborg, F. & Donnay, K. (2021). NewsMTSC: a dataset for (multi-)target-dependent "
            "sentiment classification in political news articles. Proceedings of EACL 2021.",
            "data_licence": "MIT (NewsMTSC dataset)",
            "training_script": "benchmarks/train_target_sentiment.py",
            "date": dt.date.today().isoformat(),
            "sklearn_version": sklearn.__version__,
            "numpy_version": np.__version__,
            "random_state": SEED,
            "cv": f"{N_SPLITS}-fold StratifiedGroupKFold by sentence on train.jsonl",
            "cv_macro_f1": round(f1, 4),
            "cv_macro_f1_note": "out-of-fold macro-F1 of the shipped settings, the decision bias chosen on the "
            "other four folds' predictions",
            "cv_macro_f1_without_bias": round(f1_plain, 4),
            "cv_macro_f1_multi_target_sentences": round(f1_multi, 4),
            "cv_macro_f1_rules": round(rules_f1, 4),
            "selection_grid": {"estimator": ["multinomial", "nb-lr"], "window": list(WINDOWS),
                               "C_multinomial": list(CS), "C_nb_lr": list(NB_CS),
                               "class_weight": [str(c) for c in CLASS_WEIGHTS], "min_count": list(MIN_COUNTS),
                               "decision_bias": "negative -0.4..0.4, positive -0.2..0.6, step 0.1"},
            "vader_lexicon": "vaderSentiment package lexicon (Hutto & Gilbert 2014)",
            "sha256": model_sha256(model),
        },
        "model": model,
    }
    out = ROOT / "framing" / "models" / f"{MODEL_NAME}.json"
    out.write_text(json.dumps(raw, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(weights)} features, {out.stat().st_size / 1e6:.2f} MB, "
          f"sha256 {raw['provenance']['sha256'][:16]}...")


if __name__ == "__main__":
    main()
