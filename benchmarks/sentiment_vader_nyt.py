"""Validity of ``framing.sentiment`` against human ratings of NYT editorial snippets.

Data: the ground truth published with VADER (Hutto & Gilbert 2014): 5,190 snippets
of New York Times editorials, each rated by 20 people on a scale from -4 to +4;
the file holds ``id<TAB>mean rating<TAB>snippet``. It is read at run time from
``$FRAMING_SHARED/validation/vader_nyt/`` (default: ``../shared`` next to the
repository) and never copied into the repository.

Printed:

* Pearson r (with a 95% confidence interval, Fisher z) and Spearman rho between
  the mean human rating and
  (a) VADER's compound on the whole snippet, as in Hutto & Gilbert (the reference);
  (b) our sentence scorer, ``framing.sentiment.polarity``, on each snippet as one
      unit, without and with the one news-specific adjustment (the words of
      multi-word proper names masked, ``mask_names``, the default);
  (c) ``framing.sentiment(snippet).compound``, the document score every notebook
      uses: the mean compound of the snippet's sentences as ``framing.read``
      splits them (most snippets are one sentence; a few are split in two, some
      of them at abbreviations such as initialisms), without and with the adjustment;
  and paired bootstrap intervals of the differences in r.
* Three-class macro-F1. Human classes: mean rating < -0.5 negative, > +0.5
  positive, else neutral (half a scale point from the midpoint, fixed before
  looking at the results). Predicted classes, both fixed a priori: VADER's own
  thresholds (compound <= -0.05 negative, >= +0.05 positive) and the human
  thresholds mapped linearly onto the compound scale (+-0.5 / 4 = +-0.125).

Run: ``python benchmarks/sentiment_vader_nyt.py``
"""

from __future__ import annotations

import math
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr, spearmanr
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import shared_dir  # noqa: E402

from framing.document import read  # noqa: E402
from framing.sentiment import NEGATIVE, POSITIVE, _analyzer, polarity, sentiment  # noqa: E402

DATA = shared_dir() / "validation" / "vader_nyt" / "nytEditorialSnippets_GroundTruth.txt"
HUMAN_THRESHOLD = 0.5  # on the -4..+4 rating scale


def load(path: Path):
    ids, ratings, texts = [], [], []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            cells = line.rstrip("\r\n").split("\t")
            if len(cells) < 3:
                continue
            ids.append(cells[0])
            ratings.append(float(cells[1]))
            texts.append("\t".join(cells[2:]))
    return ids, np.asarray(ratings), texts


def classes(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return np.where(values < lo, -1, np.where(values > hi, 1, 0))


def classes_inclusive(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    # VADER's rule: negative at <= -0.05, positive at >= 0.05.
    return np.where(values <= lo, -1, np.where(values >= hi, 1, 0))


def pearson_ci(r: float, n: int) -> tuple[float, float]:
    z, se = math.atanh(r), 1 / math.sqrt(n - 3)
    return math.tanh(z - 1.96 * se), math.tanh(z + 1.96 * se)


def report(name: str, scores: np.ndarray, ratings: np.ndarray) -> None:
    r = pearsonr(scores, ratings).statistic
    lo, hi = pearson_ci(r, len(ratings))
    rho = spearmanr(scores, ratings).statistic
    truth = classes(ratings, -HUMAN_THRESHOLD, HUMAN_THRESHOLD)
    f1_vader = f1_score(truth, classes_inclusive(scores, NEGATIVE, POSITIVE), average="macro")
    mapped = HUMAN_THRESHOLD / 4
    f1_mapped = f1_score(truth, classes_inclusive(scores, -mapped, mapped), average="macro")
    print(
        f"{name:<52} r = {r:.4f} [95% CI {lo:.4f}, {hi:.4f}]  rho = {rho:.4f}  "
        f"macro-F1 (+-0.05) = {f1_vader:.4f}  macro-F1 (+-0.125) = {f1_mapped:.4f}"
    )


def main() -> int:
    if not DATA.is_file():
        print(f"validation data not found: {DATA} (set FRAMING_SHARED)")
        return 1
    ids, ratings, texts = load(DATA)
    truth = classes(ratings, -HUMAN_THRESHOLD, HUMAN_THRESHOLD)
    names = (("negative", -1), ("neutral", 0), ("positive", 1))
    counts = {name: int((truth == k).sum()) for name, k in names}
    print(f"{len(ids)} snippets from {DATA.name}; human classes (rating < -0.5 / > +0.5): {counts}")

    analyzer = _analyzer()
    t0 = time.perf_counter()
    whole = np.asarray([analyzer.polarity_scores(t)["compound"] for t in texts])
    plain = np.asarray([polarity(t, mask_names=False)["compound"] for t in texts])
    masked = np.asarray([polarity(t)["compound"] for t in texts])
    t1 = time.perf_counter()
    ours, ours_plain, n_sentences = [], [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a few snippets trip the language or markup warnings
        for t in texts:
            doc = read(t)
            # quotes=() : the document compound does not depend on the voice split.
            result = sentiment(doc, quotes=())
            ours.append(result.compound)
            ours_plain.append(sentiment(doc, quotes=(), mask_names=False).compound)
            n_sentences.append(result.n_sentences)
    t2 = time.perf_counter()
    ours, ours_plain, n_sentences = np.asarray(ours), np.asarray(ours_plain), np.asarray(n_sentences)
    missing = int(np.isnan(ours).sum())
    if missing:
        print(f"{missing} snippets without words score NaN under framing and are scored 0 here")
        ours, ours_plain = np.nan_to_num(ours), np.nan_to_num(ours_plain)
    print(f"snippets split into 2+ sentences by framing.read: {int((n_sentences > 1).sum())}")
    print(f"snippets whose score changes when names are masked: {int((plain != masked).sum())}")
    report("(a)  VADER compound, whole snippet (reference)", whole, ratings)
    report("(b)  polarity(mask_names=False), whole snippet", plain, ratings)
    report("(b') polarity() [names masked], whole snippet", masked, ratings)
    report("(c)  sentiment(mask_names=False).compound", ours_plain, ratings)
    report("(c') sentiment().compound [default]", ours, ratings)
    one = n_sentences == 1
    print(f"on the {int(one.sum())} snippets read as one sentence:")
    report("     (a)  VADER compound, whole snippet", whole[one], ratings[one])
    report("     (c') sentiment().compound [default]", ours[one], ratings[one])

    rng = np.random.default_rng(20140601)
    samples = [rng.integers(0, len(ratings), len(ratings)) for _ in range(2000)]
    for name, scores in (("(b') - (a)", masked), ("(c) - (a)", ours_plain), ("(c') - (a)", ours)):
        diffs = [
            np.corrcoef(scores[idx], ratings[idx])[0, 1] - np.corrcoef(whole[idx], ratings[idx])[0, 1]
            for idx in samples
        ]
        lo, hi = np.percentile(diffs, [2.5, 97.5])
        gain = np.corrcoef(scores, ratings)[0, 1] - np.corrcoef(whole, ratings)[0, 1]
        print(f"r{name} = {gain:+.4f} (paired bootstrap 95% interval {lo:+.4f}, {hi:+.4f}; 2000 resamples)")
    print(f"time: VADER and polarity() {t1 - t0:.1f} s, read() + sentiment() x2 {t2 - t1:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
