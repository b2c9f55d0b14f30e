"""Check that ``framing.hedging`` gives the same results as before a speed change.

    python benchmarks/hedging_equivalence.py [--polnear PATH] --save before.json     # on the old code
    python benchmarks/hedging_equivalence.py [--polnear PATH] --against before.json  # on the new code

Texts: those of ``benchmarks/read_equivalence.py`` (the teaching corpus files, the 300 articles the
speed benchmark builds from them, awkward strings, and PolNeAR's train and dev texts with
``--polnear``; the test split is never opened). For each text a digest of every cue record
(text, span, kind, category, sentence, term), the uncertain sentences, the counts by category and
``summary_values()`` is saved; ``--against`` prints how many texts differ.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import time
import warnings
from pathlib import Path

from _common import save_or_compare
from read_equivalence import texts

import framing as fr


def digest(text: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = fr.hedging(text)
    parts = [
        [dataclasses.astuple(cue) for cue in result.cues],
        list(result.uncertain_sentences),
        result.by_category,
        {k: repr(v) for k, v in result.summary_values().items()},  # repr: NaN compares equal
        result.lexicon,
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=True).encode("ascii")).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout (train and dev texts)")
    parser.add_argument("--save", type=Path, help="write the digests of every text's hedging result here")
    parser.add_argument("--against", type=Path, help="compare with digests written by --save")
    args = parser.parse_args()
    corpus = texts(args.polnear)
    began = time.process_time()
    digests = {name: digest(text) for name, text in corpus.items()}
    print(f"{len(corpus):,} texts, {sum(len(t) for t in corpus.values()) / 1e6:.1f} M characters "
          f"({time.process_time() - began:.1f} s CPU)")
    save_or_compare(digests, save=args.save, against=args.against, what="Hedging")


if __name__ == "__main__":
    main()
