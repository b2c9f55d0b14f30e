"""Check that a change to ``framing.quotes`` leaves its output unchanged, record for record.

    python benchmarks/quotes_same_output.py --polnear PATH --save before.jsonl   # before the change
    python benchmarks/quotes_same_output.py --polnear PATH --compare before.jsonl  # after it

Runs ``quotes()`` on every article of PolNeAR train and dev (the test split is never read) and
writes one JSON line per article with every field of every Quote record; ``--compare`` prints the
articles whose records differ and exits non-zero if any do. It also prints the time spent in
``quotes()``. Used to check that speed work changes no result.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from framing.quotes import quotes


def texts(polnear: Path):
    for split in ("train", "dev"):  # never "test"
        for path in sorted((Path(polnear) / "data" / split / "text").glob("*.txt")):
            yield f"{split}/{path.stem}", path.read_text(encoding="utf-8")


def run(polnear: Path) -> tuple[dict, float]:
    out, spent = {}, 0.0
    for name, text in texts(polnear):
        t0 = time.perf_counter()
        result = quotes(text)
        spent += time.perf_counter() - t0
        out[name] = [dataclasses.asdict(q) for q in result.quotes]
    return out, spent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", required=True, type=Path)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    records, spent = run(args.polnear)
    n = sum(len(v) for v in records.values())
    print(f"{len(records)} articles, {n} quote records, {spent:.2f} s in quotes()")
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
    print(f"{len(differ)} of {len(records)} articles differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
