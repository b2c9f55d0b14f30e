"""The fast VADER paths give exactly VADER's scores: mismatches on real sentences (must be 0), and the time saved.

    python benchmarks/vader_fastpath.py --polnear /work/polnear [--shared ../shared]

Three shortcuts are checked against plain ``SentimentIntensityAnalyzer().polarity_scores`` (a fresh
analyser of the installed ``vaderSentiment``, nothing of framing in the way):

1. ``framing.lang.vader.polarity_scores`` (VADER's driver without its quadratic checks, see that module)
   on every text: each sentence as ``framing.read`` splits it, the same sentence as
   ``framing.sentiment`` hands it to VADER (quotes straightened, names masked), and each whole
   snippet or sentence of the data sets;
2. the valence pre-check of ``framing.sentiment`` (a text with no VADER lexicon word and no emoji is
   scored (0, 0, 1, 0) without VADER, and its names are not masked first; names are not masked where
   masking cannot change the score) on the same texts, against VADER's score of the masked text;
3. the whole measure: ``framing.sentiment(doc)`` per document with every shortcut on, against the same
   measure with VADER's own ``polarity_scores`` and no shortcut; every sentence's compound, pos, neu
   and neg, and its narrator and quoted scores, must be equal (not close: equal).

Texts: every sentence of PolNeAR train and dev (``--polnear``; the test split is never opened), the VADER
NYT editorial snippets and NewsMTSC train (``<shared>/validation``). Data are read at run time, never copied.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from _common import read_jsonl, shared_dir

import framing as fr
from framing.lang import vader
from framing.sentiment import scoring


def polnear_texts(path: Path) -> list[str]:
    files = [f for split in ("train", "dev") for f in sorted((path / "data" / split / "text").glob("*.txt"))]
    if not files:
        sys.exit(f"no PolNeAR train/dev texts under {path}/data")
    return [f.read_text(encoding="utf-8") for f in files]


def nyt_snippets(shared: Path) -> list[str]:
    path = shared / "validation" / "vader_nyt" / "nytEditorialSnippets_GroundTruth.txt"
    with open(path, encoding="utf-8", errors="replace") as handle:
        return [cells[2] for cells in (line.rstrip("\r\n").split("\t") for line in handle) if len(cells) >= 3]


def newsmtsc_sentences(shared: Path) -> list[str]:
    return [row["sentence_normalized"] for row in read_jsonl(shared / "validation" / "newsmtsc" / "train.jsonl")]


def plain_measure():
    """A context in which framing.sentiment uses VADER's own polarity_scores and no shortcut."""
    from contextlib import contextmanager

    @contextmanager
    def patched():
        plain = vader.analyzer().polarity_scores
        saved = scoring._scores, scoring._no_valence, scoring._mask_adds_no_valence, vader._driver
        scoring._scores, scoring._no_valence = plain, (lambda text: False)
        scoring._mask_adds_no_valence = lambda: False
        vader._driver = lambda: None  # no fast driver anywhere
        try:
            yield
        finally:
            scoring._scores, scoring._no_valence, scoring._mask_adds_no_valence, vader._driver = saved

    return patched()


def sentence_arrays(doc, quotes) -> np.ndarray:
    table = fr.sentiment(doc, quotes=quotes).sentences
    return table[["compound", "pos", "neu", "neg", "narrator", "quoted"]].to_numpy(dtype=float)


def measure_time(docs, found) -> float:
    """CPU seconds of ``sentiment(doc).summary_values()`` over the documents (what a profile pays)."""
    start = time.process_time()
    for d, q in zip(docs, found):
        fr.sentiment(d, quotes=q).summary_values()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, required=True, help="a checkout of PolNeAR")
    parser.add_argument("--shared", type=Path, default=shared_dir(), help="the shared folder (validation/)")
    args = parser.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    plain = SentimentIntensityAnalyzer().polarity_scores
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        polnear_docs = [fr.read(t) for t in polnear_texts(args.polnear)]
        nyt, mtsc = nyt_snippets(args.shared), newsmtsc_sentences(args.shared)
        snippet_docs = [fr.read(t) for t in nyt + mtsc]
    sources = {
        "PolNeAR train+dev": polnear_docs,
        "VADER NYT + NewsMTSC train": snippet_docs,
    }
    print(f"vaderSentiment {vader.label()}; fast driver {'on' if vader._driver() else 'OFF (other release)'}")
    total = 0
    for name, docs in sources.items():
        sentences = [d.text[s:e] for d in docs for s, e in d.sentences]
        prepared = [scoring._mask_names(scoring._for_vader(s)) for s in sentences]
        texts = sentences + prepared + ([d.text for d in docs] if docs is snippet_docs else [])
        driver = sum(plain(t) != vader.polarity_scores(t) for t in texts)
        check = 0
        for s in sentences:
            s = scoring._for_vader(s)
            if len(s) >= 20 * scoring._CHUNK_TOKENS and len(s.split()) > scoring._CHUNK_TOKENS:
                continue  # chunked: compared in 3. through the whole measure
            expected = plain(scoring._mask_names(s))
            got = scoring._vader_prepared(s, scoring._mask_names)
            check += got != (expected["compound"], expected["pos"], expected["neu"], expected["neg"])
        start = time.process_time()
        for t in sentences:
            plain(t)
        t_plain = time.process_time() - start
        start = time.process_time()
        for t in sentences:
            vader.polarity_scores(t)
        t_fast = time.process_time() - start
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = [fr.quotes(d) for d in docs]
            fast_arrays = [sentence_arrays(d, q) for d, q in zip(docs, found)]
            t_measure_fast = measure_time(docs, found)
            with plain_measure():
                plain_arrays = [sentence_arrays(d, q) for d, q in zip(docs, found)]
                t_measure_plain = measure_time(docs, found)
        measure = sum(
            int((~((a == b) | (np.isnan(a) & np.isnan(b)))).any(axis=1).sum())
            for a, b in zip(fast_arrays, plain_arrays)
        )
        print(f"\n{name}: {len(docs):,} documents, {len(sentences):,} sentences")
        print(f"  1. fast driver vs polarity_scores: {driver} mismatches of {len(texts):,} texts "
              f"(sentences raw and as sentiment() prepares them{', whole snippets' if docs is snippet_docs else ''})")
        print(f"  2. valence pre-check (+ masking skipped) vs polarity_scores: {check} mismatches of "
              f"{len(sentences):,} sentences")
        print(f"  3. sentiment(): {measure} sentences differ (compound/pos/neu/neg/narrator/quoted) of "
              f"{sum(len(a) for a in fast_arrays):,}")
        print(f"  time: polarity_scores {t_plain:.2f} s, fast driver {t_fast:.2f} s ({t_plain / t_fast:.2f}x); "
              f"sentiment().summary_values() plain {t_measure_plain:.2f} s, with the shortcuts {t_measure_fast:.2f} s "
              f"({t_measure_plain / t_measure_fast:.2f}x)")
        total += driver + check + measure
    print(f"\nmismatches in all: {total} (must be 0)")


if __name__ == "__main__":
    main()
