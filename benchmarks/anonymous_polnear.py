"""Anonymous sources on PolNeAR: does ``framing.quotes`` type unnamed sources as ``anonymous``?

DRAFT (docstring completed below).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_polnear import _chars, load  # noqa: E402

from framing.quotes import quotes  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "anonymous_polnear.jsonl"
SEED = 10
SIZES = {"train": {"lower": 130, "other": 70}, "dev": {"lower": 100, "other": 50}}
_BARE_PRONOUN = re.compile(
    r"^(?:he|she|it|they|we|i|you|who|which|that|whom|him|her|them|us|me|his|its|their|this|these|those)$", re.I
)


def _source_text(a: dict, text: str) -> str:
    return " ".join(text[s:e] for s, e in a["source"]).strip()


def stratum(source: str) -> str | None:
    """None for a bare pronoun (not coded); 'lower' when no word after the first is capitalised and the
    Source is not one capitalised word; else 'other'."""
    words = re.findall(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*", source)
    if not words or (len(words) == 1 and _BARE_PRONOUN.match(words[0])):
        return None
    if any(w[:1].isupper() for w in words[1:]):
        return "other"
    # a single capitalised word ("Clinton", "Officials") is most often a surname: not oversampled
    return "other" if len(words) == 1 and words[0][:1].isupper() else "lower"


def _source_ids(polnear: Path, split: str, name: str) -> dict:
    """Source offsets -> (annotation file, T id) in the file ``load`` reads (the first in name order)."""
    ann = sorted((Path(polnear) / "data" / split / "attributions").glob(f"{name}_*.ann"))[0]
    ids = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, info, _ = line.split("\t", 2)
            label, offsets = info.split(" ", 1)
            if label == "Source":
                ids[tuple(tuple(map(int, p.split())) for p in offsets.split(";"))] = (ann.name, tid)
    return ids


def population(polnear: Path, split: str, articles=None):
    """Every gold attribution with a non-pronoun Source, by stratum."""
    articles = articles if articles is not None else load(polnear, split)
    rows = {"lower": [], "other": []}
    for art in articles:
        ids = None
        for a in art["attributions"]:
            if not a["source"]:
                continue
            st = stratum(_source_text(a, art["text"]))
            if st is None:
                continue
            ids = ids if ids is not None else _source_ids(polnear, split, art["name"])
            key = tuple(tuple(p) for p in a["source"])
            ann, tid = ids.get(key, (None, None))
            rows[st].append({"split": split, "article": art["name"], "ann": ann, "source_id": tid,
                             "source": [list(p) for p in a["source"]], "content": [list(p) for p in a["content"]],
                             "stratum": st})
    return articles, rows


def draw(polnear: Path) -> None:
    """Print the sample to code by hand (no toolkit run): id, Source and its left context."""
    for split, sizes in SIZES.items():
        articles, rows = population(polnear, split)
        texts = {a["name"]: a["text"] for a in articles}
        rng = random.Random(SEED)
        for st, n in sizes.items():
            print(f"# {split} {st}: population {len(rows[st])}, sample {n}")
            for r in rng.sample(rows[st], n):
                text = texts[r["article"]]
                s0, s1 = r["source"][0][0], r["source"][-1][1]
                left = text[max(0, s0 - 160) : s0].replace("\n", " ")
                right = text[s1 : s1 + 60].replace("\n", " ")
                print(json.dumps(r))
                print(f"   ...{left}[[{text[s0:s1]}]]{right}")


def toolkit_attribution(gold: dict, result, text: str):
    """The toolkit's record for a gold attribution: one whose speaker span overlaps the gold Source,
    else the quote covering most (at least half) of the gold Content; None when there is neither."""
    g0, g1 = gold["source"][0][0], gold["source"][-1][1]
    for q in result.quotes:
        if q.speaker_start is not None and q.speaker_start < g1 and q.speaker_end > g0:
            return q
    chars = _chars(gold["content"], text)
    best, best_cov = None, 0.0
    for q in result.quotes:
        if chars.size and not (q.end <= chars[0] or q.start > chars[-1]):
            cov = float(((chars >= q.start) & (chars < q.end)).mean())
            if cov > best_cov:
                best, best_cov = q, cov
    return best if best_cov >= 0.5 else None


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r, 2 * p * r / (p + r) if p + r else float("nan")


def evaluate(polnear: Path, split: str, gold: list[dict], *, errors: bool = False) -> dict:
    """Recall, precision, F1 of ``source_type == 'anonymous'`` on the coded Sources of one split."""
    articles, rows = population(polnear, split)
    sizes = {st: len(r) for st, r in rows.items()}
    texts = {a["name"]: a["text"] for a in articles}
    coded = [g for g in gold if g["split"] == split]
    n_coded = Counter(g["stratum"] for g in coded)
    results = {}
    table, cells = Counter(), Counter()
    for g in coded:
        text = texts[g["article"]]
        if g["article"] not in results:
            results[g["article"]] = quotes(text)
        q = toolkit_attribution(g, results[g["article"]], text)
        found = "no attribution" if q is None else q.source_type
        table[(found, g["label"])] += 1
        pred = found == "anonymous"
        gold_anon = g["label"] == "anonymous"
        cell = "tp" if pred and gold_anon else "fp" if pred else "fn" if gold_anon else "tn"
        w = sizes[g["stratum"]] / n_coded[g["stratum"]]  # inverse sampling rate of the stratum
        cells[cell] += 1
        cells["w_" + cell] += w
        if q is not None:  # typing alone: over the gold attributions the toolkit found
            cells["f_" + cell] += 1
            cells["fw_" + cell] += w
        if errors and cell in ("fp", "fn"):
            s0, s1 = g["source"][0][0], g["source"][-1][1]
            who = "-" if q is None else f"{q.speaker!r} [{q.speaker_text!r}]"
            print(f"  {cell} {found:18} {text[s0:s1][:70]!r} -> {who}")
    print(f"PolNeAR {split}: {len(coded)} coded Sources ({dict(n_coded)} of {sizes}), "
          f"{cells['tp'] + cells['fn']} anonymous; toolkit found an attribution for "
          f"{sum(cells['f_' + c] for c in ('tp', 'fp', 'fn', 'tn'))}")
    out = {}
    for key, label in (("f_", "found, sample"), ("fw_", "found, weighted"), ("", "all, sample"),
                       ("w_", "all, weighted")):
        p, r, f = _prf(cells[key + "tp"], cells[key + "fp"], cells[key + "fn"])
        out[label] = (r, p, f)
        counts = ", ".join(f"{c} {cells[key + c]:.0f}" for c in ("tp", "fp", "fn", "tn"))
        print(f"  {label:16} recall {r:.2f}  precision {p:.2f}  F1 {f:.2f}   ({counts})")
    types = sorted({t for t, _ in table})
    print(f"  {'toolkit source_type':20} {'anonymous':>10} {'not_anon':>9}")
    for t in types:
        print(f"  {t:20} {table[(t, 'anonymous')]:>10} {table[(t, 'not_anonymous')]:>9}")
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", required=True, type=Path, help="path of a PolNeAR checkout")
    ap.add_argument("--draw", action="store_true", help="print the sample to code (no toolkit run)")
    ap.add_argument("--split", default="both", choices=("train", "dev", "both"))
    ap.add_argument("--errors", action="store_true", help="print the false positives and negatives")
    args = ap.parse_args(argv)
    if args.draw:
        draw(args.polnear)
        return
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    for split in ("train", "dev") if args.split == "both" else (args.split,):
        evaluate(args.polnear, split, gold, errors=args.errors)


if __name__ == "__main__":
    sys.exit(main())
