"""Speed of ``framing.concordance`` on a corpus of 100,000 articles.

The corpus is the nine synthetic teaching texts (``corpora/examples``) repeated to 100,000
articles (about 300 MB of text), each with its own doc_id. Three queries are timed: a word, a
phrase, and a lexicon category (every delegitimising label of the ``loaded`` lexicon plus the
teaching cast's labels). Each query compiles one pattern and makes one pass over every text.

    python benchmarks/concordance_speed.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import time

import pandas as pd
from _common import ROOT

import framing as fr


def corpus(n: int) -> pd.Series:
    folder = ROOT / "corpora" / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return pd.Series([texts[i % len(texts)] for i in range(n)], index=[f"a{i:06d}" for i in range(n)],
                     dtype=object)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    texts = corpus(args.articles)
    megabytes = texts.str.len().sum() / 1e6
    print(f"{len(texts):,} articles, {megabytes:,.0f} million characters")
    cast = ROOT / "corpora" / "examples" / "cast.yml"
    for label, kwargs in [
        ("word 'regime'", {"query": "regime"}),
        ("phrase 'neither confirmed nor denied'", {"query": "neither confirmed nor denied"}),
        ("regex r'\\bterror \\w+'", {"query": r"\bterror \w+", "regex": True}),
        ("category 'delegitimising' (+ cast)", {"category": "delegitimising", "cast": cast}),
    ]:
        start = time.perf_counter()
        hits = fr.concordance(texts, **kwargs)
        seconds = time.perf_counter() - start
        print(f"{label:<42} {len(hits):>9,} hits  {seconds:6.1f} s  "
              f"({len(texts) / seconds:,.0f} articles/s)")


if __name__ == "__main__":
    main()
