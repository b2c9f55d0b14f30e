"""Check that ``profile_corpus`` gives the same tables as before a speed change (values, dtypes, index).

    python benchmarks/profile_equivalence.py [--polnear PATH] --save before.pkl     # on the old code
    python benchmarks/profile_equivalence.py [--polnear PATH] --against before.pkl  # on the new code

Tables compared (``pandas.testing.assert_frame_equal``, exact): 300 PolNeAR train articles (the test
split is never opened; ``--polnear``) with ``n_jobs=1`` and ``n_jobs=2``, and 80 of them with their
language identified; 60 teaching articles with the teaching cast (in one process, and in two with
the cast given as a path and ``chunksize=7``); a corpus of bad cells (German, NaN, None, bytes, an
empty text, HTML, a number) in one and two processes, and a chunk of bad cells only; chunks of one
article; and ``profile()`` of one article with the cast. The pickle holds only these tables.
"""

from __future__ import annotations

import argparse
import pickle
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from speed_benchmark import CAST, polnear_corpus, teaching_corpus

import framing as fr

BAD = {
    "a": "Der Kanzler hat am Montag erklärt, dass die Gespräche weitergehen.",
    "b": np.nan,
    "c": None,
    "d": b"bytes",
    "e": "",
    "f": "<p>x &amp; y</p> The talks could resume.",
    "g": 5,
}


def tables(polnear: Path | None) -> dict:
    bad = pd.DataFrame({"text": pd.Series(BAD, dtype=object)})
    teach = teaching_corpus(60)
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if polnear is not None:
            pol = polnear_corpus(polnear).iloc[:300]
            out["polnear, n_jobs=1"] = fr.profile_corpus(pol, progress=False)
            out["polnear, n_jobs=2"] = fr.profile_corpus(pol, progress=False, n_jobs=2)
            out["polnear, language identified"] = fr.profile_corpus(
                pol.drop(columns="language").iloc[:80], progress=False
            )
        out["teaching, cast"] = fr.profile_corpus(teach, cast=CAST, progress=False)
        out["teaching, cast path, n_jobs=2"] = fr.profile_corpus(
            teach, cast=str(CAST), progress=False, n_jobs=2, chunksize=7
        )
        out["bad cells"] = fr.profile_corpus(bad, progress=False)
        out["bad cells, n_jobs=2"] = fr.profile_corpus(bad, progress=False, n_jobs=2)
        out["bad cells only"] = fr.profile_corpus(bad.iloc[1:4], progress=False)
        out["bad cells, cast, chunks of 1"] = fr.profile_corpus(bad.iloc[1:5], cast=CAST, progress=False, chunksize=1)
        out["chunks of 1"] = fr.profile_corpus(teach.iloc[:5], progress=False, chunksize=1)
        out["profile(), cast"] = fr.profile(teach["text"].iloc[0], cast=CAST)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout (train texts)")
    parser.add_argument("--save", type=Path, help="write the tables here (pickle)")
    parser.add_argument("--against", type=Path, help="compare with tables written by --save")
    args = parser.parse_args()
    found = tables(args.polnear)
    if args.save:
        with open(args.save, "wb") as f:
            pickle.dump(found, f)
        print(f"{len(found)} tables written to {args.save}")
    if args.against:
        with open(args.against, "rb") as f:
            before = pickle.load(f)  # noqa: S301 - a file this script wrote
        differ = 0
        for name, table in found.items():
            if name not in before:
                print(f"  {name}: not in {args.against.name}")
                continue
            try:
                testing = pd.testing
                check = testing.assert_series_equal if isinstance(table, pd.Series) else testing.assert_frame_equal
                check(before[name], table)
            except AssertionError as error:
                differ += 1
                print(f"  {name}: DIFFERS {str(error)[:300]}")
            else:
                print(f"  {name}: identical {table.shape}")
        print(f"profile table mismatches = {differ} of {len(found)}")


if __name__ == "__main__":
    main()
