"""Validity of framing.sentiment_toward() on NewsMTSC devtest_mt (held out; never used for training or tuning).

    python benchmarks/target_sentiment_newsmtsc.py

NewsMTSC (Hamborg & Donnay 2021, MIT licence): sentences of US political news, each with the
sentiment toward one or more named people coded by humans (2 = negative, 4 = neutral,
6 = positive). devtest_mt holds only sentences with two or more targets, so the same sentence
can be negative toward one person and positive toward another: a whole-sentence score cannot
tell them apart. Read at run time from ../shared/validation/newsmtsc (or $FRAMING_SHARED).

Printed: macro-F1 (the dataset's headline measure), per-class precision/recall/F1, accuracy and
the confusion matrix for
  * baseline: whole-sentence VADER compound given to every target, thresholds +-0.05;
  * sentiment_toward(method="rules"): target-aware VADER;
  * sentiment_toward(method="model"): the shipped model (the default).
For reference (from the paper): the best published transformer reaches macro-F1 0.83 on devtest_mt.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import read_jsonl, shared_dir  # noqa: E402
from framing import read  # noqa: E402
from framing.target import LABELS, _compound, model_info, sentiment_toward  # noqa: E402

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def report(name: str, gold: list[str], pred: list[str]) -> float:
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    p, r, f, n = precision_recall_fscore_support(gold, pred, labels=list(LABELS), zero_division=0)
    macro = float(f.mean())
    print(f"\n{name}")
    print(f"  macro-F1 {macro:.4f}   accuracy {accuracy_score(gold, pred):.4f}   n={len(gold)}")
    for label, pi, ri, fi, ni in zip(LABELS, p, r, f, n):
        print(f"  {label:<9} precision {pi:.4f}  recall {ri:.4f}  F1 {fi:.4f}  (gold n={ni})")
    cm = confusion_matrix(gold, pred, labels=list(LABELS))
    print("  confusion (rows gold, columns predicted: " + ", ".join(LABELS) + ")")
    for label, row in zip(LABELS, cm):
        print(f"    {label:<9} " + " ".join(f"{x:5d}" for x in row))
    return macro


def main() -> None:
    path = shared_dir() / "validation" / "newsmtsc" / "devtest_mt.jsonl"
    rows = read_jsonl(path)
    info = model_info()
    print(f"NewsMTSC devtest_mt: {len(rows)} sentences, {sum(len(r['targets']) for r in rows)} targets")
    print(f"model {info['name']}@{info['version']} ({info['n_features']} features, window "
          f"{info['settings']['window']}; CV macro-F1 on train {info['provenance']['cv_macro_f1']})")

    gold, baseline, rules, model = [], [], [], []
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for row in rows:
            sentence = row["sentence_normalized"]
            doc = read(sentence)
            compound = _compound(sentence)
            for t in row["targets"]:
                start, end = int(t["from"]), int(t["to"])
                gold.append(POLARITY[float(t["polarity"])])
                baseline.append("positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral")
                rules.append(sentiment_toward(doc, start, end, method="rules").label)
                model.append(sentiment_toward(doc, start, end).label)
    elapsed = time.perf_counter() - started
    print(f"gold labels: {dict(Counter(gold))}")

    report("baseline: whole-sentence VADER compound, +-0.05", gold, baseline)
    report("sentiment_toward(method='rules'): target-aware VADER", gold, rules)
    report("sentiment_toward(method='model'): shipped target-aware linear model (NB-LR)", gold, model)
    print("\n(best published transformer on devtest_mt, Hamborg & Donnay 2021: macro-F1 0.83)")
    print(f"time: {elapsed:.1f} s for {len(gold)} targets x 2 methods + baseline")


if __name__ == "__main__":
    main()
