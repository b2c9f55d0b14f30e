"""How fast is text reuse? Index build, one article against N articles, and near-duplicate clusters.

    python benchmarks/reuse_speed.py [--n 10000] [--clusters-n 10000] [--seed 0]

The corpus is generated here (no data needed): articles of about 600 words in
25 sentences drawn from a Zipf-distributed vocabulary of 30,000 pseudo-words,
organised in 400 outlets with a boilerplate footer each; 5% of the articles
copy paragraphs from another article. The focal article copies paragraphs from
three corpus articles and adds its own. Timings are wall clock on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import framing as fr  # noqa: E402


def make_corpus(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    syllables = ["ka", "lo", "ri", "ve", "sa", "tor", "men", "dal", "ni", "qua", "bre", "sol", "un", "es", "ar"]
    vocab = np.array(["".join(rng.choice(syllables, size=rng.integers(1, 4))) + str(i % 7 or "")
                      for i in range(30_000)])
    p = 1.0 / np.arange(1, vocab.size + 1) ** 1.05
    cdf = np.cumsum(p / p.sum())

    def paragraph():
        sentences = []
        for _ in range(rng.integers(2, 4)):
            words = vocab[np.minimum(np.searchsorted(cdf, rng.random(rng.integers(12, 30))), vocab.size - 1)]
            sentences.append(" ".join(words).capitalize() + ".")
        return " ".join(sentences)

    texts, outlets = [], []
    for i in range(n):
        outlet = f"outlet{i % 400}"
        paras = [paragraph() for _ in range(rng.integers(7, 11))]
        if i > 10 and rng.random() < 0.05:  # a rewrite of an earlier article
            source = texts[rng.integers(0, i)].split("\n")
            paras[: len(source) // 2] = source[: len(source) // 2]
        paras.append(f"Read more from {outlet} every morning in your inbox and follow us online.")
        texts.append("\n".join(paras))
        outlets.append(outlet)
    return pd.DataFrame({"text": texts, "outlet": outlets,
                         "published": pd.date_range("2030-01-01", periods=n, freq="min")},
                        index=pd.Index([f"doc{i:06d}" for i in range(n)], name="doc_id"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the indexed corpus")
    parser.add_argument("--clusters-n", type=int, default=10_000, help="articles for reuse_clusters")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    warnings.simplefilter("ignore", fr.LanguageWarning)  # pseudo-words are not English, by design

    t = time.perf_counter()
    corpus = make_corpus(max(args.n, args.clusters_n), args.seed)
    words = corpus["text"].str.split().str.len().mean()
    print(f"generated {len(corpus):,} articles (mean {words:.0f} words) in {time.perf_counter() - t:.1f} s")

    indexed = corpus.iloc[: args.n]
    t = time.perf_counter()
    index = fr.ReuseIndex(indexed)
    build = time.perf_counter() - t
    print(f"ReuseIndex over {len(index):,} articles: {build:.1f} s ({index.hashes.size:,} shingle postings)")

    rng = np.random.default_rng(args.seed + 1)
    # warm-up: lexicons, the sentence splitter and the language identifier load on first use
    fr.reuse(indexed["text"].iloc[0], index=index)
    times, shares = [], []
    for _ in range(20):
        picks = rng.choice(len(indexed), size=3, replace=False)
        parts = [indexed["text"].iloc[i].split("\n")[:3] for i in picks]
        focal = "Focal headline\n" + "\n".join(sum(parts, [])) + "\nA paragraph of our own words, " \
            "written for this benchmark and found in no other article of the corpus at all."
        t = time.perf_counter()
        r = fr.reuse(focal, index=index)
        times.append(time.perf_counter() - t)
        shares.append(r.reused_share)
    print(f"reuse(): one article against {len(index):,} articles: median {np.median(times):.2f} s, "
          f"max {max(times):.2f} s over {len(times)} articles (mean reused share {np.mean(shares):.0%}; "
          f"the index is built once)")

    clustered = corpus.iloc[: args.clusters_n]
    t = time.perf_counter()
    clusters = fr.reuse_clusters(clustered, threshold=0.3)
    took = time.perf_counter() - t
    groups = (clusters.drop_duplicates("cluster")["cluster_size"] > 1).sum()
    print(f"reuse_clusters() over {len(clustered):,} articles: {took:.1f} s "
          f"({took / len(clustered) * 1e3:.2f} ms per article; {groups} groups of near duplicates)")


if __name__ == "__main__":
    main()
