"""Check that a change to ``framing.quotes`` leaves its output unchanged, record for record.

    python benchmarks/quotes_same_output.py --polnear PATH --save before.jsonl   # before the change
    python benchmarks/quotes_same_output.py --polnear PATH --compare before.jsonl  # after it

Runs ``quotes()`` on every article of PolNeAR train and dev (the test split is never read), on the
passages of our own gold set (``benchmarks/gold/quotes.jsonl``) and on the texts of
``benchmarks/read_equivalence.py`` (the teaching corpus files, the 300 articles the speed benchmark
builds from them, and awkward strings), and writes one JSON line per text with every field of every
Quote record, the anonymity justifications and ``summary_values()``; ``--compare`` prints the texts
whose output differs and exits non-zero if any do. It also prints the time spent in ``quotes()``.
Used to check that speed work changes no result.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import warnings
from pathlib import Path

from _common import GOLD, read_jsonl
from read_equivalence import texts as own_texts

from framing.quotes import quotes


def texts(polnear: Path):
    for split in ("train", "dev"):  # never "test"
        for path in sorted((Path(polnear) / "data" / split / "text").glob("*.txt")):
            yield f"{split}/{path.stem}", path.read_text(encoding="utf-8")
    for item in read_jsonl(GOLD / "quotes.jsonl"):
        yield f"gold/{item['id']}", item["text"]
    yield from own_texts(None).items()


def run(polnear: Path) -> tuple[dict, float]:
    out, spent = {}, 0.0
    for name, text in texts(polnear):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = quotes(text)
        spent += time.perf_counter() - t0
        out[name] = {
            "records": [dataclasses.asdict(q) for q in result.quotes],
            "justifications": [list(dataclasses.astuple(j)) for j in result.justifications],
            "summary": {k: repr(v) for k, v in result.summary_values().items()},  # repr: NaN compares equal
        }
    return out, spent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", required=True, type=Path)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    records, spent = run(args.polnear)
    n = sum(len(v["records"]) for v in records.values())
    print(f"{len(records)} texts, {n} quote records, {spent:.2f} s in quotes()")
    if args.save:
        with args.save.open("w", encoding="utf-8") as f:
            for name, recs in records.items():
                f.write(json.dumps({"name": name, "records": recs}, ensure_ascii=True) + "\n")
        return 0
    before = {}
    with args.compare.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            before[row["name"]] = row["records"]
    differ = [name for name in sorted(set(before) | set(records)) if before.get(name) != records.get(name)]
    for name in differ[:20]:
        print("differs:", name)
    print(f"{len(differ)} of {len(records)} texts differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
