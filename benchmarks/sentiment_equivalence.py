"""Check that a change to ``framing.sentiment`` leaves its output unchanged, and time it.

    python benchmarks/sentiment_equivalence.py --polnear PATH --save /tmp/before.pkl   # before the change
    python benchmarks/sentiment_equivalence.py --polnear PATH --against /tmp/before.pkl  # after it

Runs ``sentiment()`` on every article of PolNeAR train and dev (the test split is never read), on
the teaching texts (``corpora/examples/*.txt, *.md``) and, when ``<shared>/validation`` is there, on each
sentence of NewsMTSC train (``--shared``; its devtest splits are never read), and keeps per text
``summary_values()``, the ``.sentences`` table and ``.loaded_frame()``. ``--against`` compares them with a
saved run, floats by exact equality (NaN equal to NaN), prints the texts that differ and exits non-zero if any do.

It also prints, on PolNeAR train, the CPU time of ``sentiment()`` alone (documents read and quotes found beforehand;
best of ``--repeats`` runs) as MB/s, and of vaderSentiment's own ``polarity_scores`` over the same
sentences ("VADER alone"), and their ratio. Keep the baseline outside the repository.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts(polnear: Path, shared: Path | None = None):
    for split in ("train", "dev"):  # never "test"
        for path in sorted((Path(polnear) / "data" / split / "text").glob("*.txt")):
            yield f"polnear/{split}/{path.stem}", path.read_text(encoding="utf-8")
    examples = ROOT / "corpora" / "examples"
    for path in sorted([*examples.glob("*.txt"), *examples.glob("*.md")]):
        if path.name != "README.md":
            yield f"examples/{path.name}", path.read_text(encoding="utf-8")
    train = shared / "validation" / "newsmtsc" / "train.jsonl" if shared else None
    if train is not None and train.exists():
        from _common import read_jsonl

        for i, row in enumerate(read_jsonl(train)):
            yield f"newsmtsc/train/{i}", row["sentence_normalized"]


def _same(a, b) -> bool:
    """Exact equality, NaN equal to NaN, recursing into dicts, lists and tuples."""
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _frame_same(a, b) -> bool:
    return list(a.columns) == list(b.columns) and a.dtypes.equals(b.dtypes) and a.index.equals(b.index) and a.equals(b)


def prepared(polnear: Path, shared: Path | None = None):
    import framing as fr
    from framing.quotes import quotes

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, text in texts(polnear, shared):
            doc = fr.read(text)
            out.append((name, doc, quotes(doc)))
    return out


def outputs(items) -> dict:
    import framing as fr

    results = {}
    for name, doc, q in items:
        s = fr.sentiment(doc, quotes=q)
        results[name] = {"summary": s.summary_values(), "sentences": s.sentences, "loaded": s.loaded_frame()}
    return results


def timing(items, repeats: int) -> tuple[float, float, float]:
    import framing as fr
    from framing.lang.vader import analyzer

    megabytes = sum(len(doc.text.encode("utf-8")) for _, doc, _ in items) / 1e6
    sentences = [doc.text[s:e] for _, doc, _ in items for s, e in doc.sentences]
    vader = analyzer()
    t_sent, t_vader = [], []
    for _ in range(repeats):
        t0 = time.process_time()
        for _, doc, q in items:
            fr.sentiment(doc, quotes=q)
        t_sent.append(time.process_time() - t0)
        t0 = time.process_time()
        for s in sentences:
            vader.polarity_scores(s)
        t_vader.append(time.process_time() - t0)
    return megabytes, min(t_sent), min(t_vader)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", required=True, type=Path)
    ap.add_argument("--shared", type=Path, default=None, help="the shared folder (adds NewsMTSC train)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-time", action="store_true", help="only check the output")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = ap.parse_args(argv)
    items = prepared(args.polnear, args.shared)
    results = outputs(items)
    print(f"{len(results)} texts ({sum(n.startswith('polnear/') for n in results)} PolNeAR train+dev, "
          f"{sum(n.startswith('newsmtsc/') for n in results)} NewsMTSC train sentences)")
    if not args.no_time:
        mb, t_sent, t_vader = timing([i for i in items if i[0].startswith("polnear/train/")], args.repeats)
        print(f"on PolNeAR train: sentiment()  {mb / t_sent:6.2f} MB/s CPU ({t_sent:.2f} s for {mb:.2f} MB, "
              f"best of {args.repeats})")
        print(f"VADER alone  {mb / t_vader:6.2f} MB/s CPU ({t_vader:.2f} s)")
        print(f"sentiment / VADER = {t_sent / t_vader:.2f}x")
    if args.save:
        with args.save.open("wb") as f:
            pickle.dump(results, f)
        return 0
    with args.against.open("rb") as f:
        before = pickle.load(f)
    differ = []
    for name in sorted(set(before) | set(results)):
        a, b = before.get(name), results.get(name)
        if a is None or b is None:
            differ.append((name, "missing"))
            continue
        for part in ("summary", "sentences", "loaded"):
            ok = _same(a[part], b[part]) if part == "summary" else _frame_same(a[part], b[part])
            if not ok:
                differ.append((name, part))
    for name, part in differ[:20]:
        print("differs:", name, part)
    print(f"{len({n for n, _ in differ})} of {len(results)} texts differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
