"""Uncertain-sentence validity of the hedging measure on real US political news (NewsMTSC train).

Gold: ``benchmarks/gold/uncertainty_newsmtsc.jsonl`` holds, per sentence, only the NewsMTSC
``primary_gid``, the split (``dev`` or ``heldout``), the label ``uncertain`` and the cue words the
annotator saw; the sentences themselves are read from ``../shared/validation/newsmtsc/train.jsonl``
(Hamborg & Donnay 2021, MIT licence), never copied into the repository.

Selection (reproducible, see :func:`select`): every 26th sentence of train.jsonl (299 sentences, the
base rate of real news), plus every 16th of the remaining sentences that contain a candidate cue word
(a broad list of modal, epistemic, predictive, accusatory and doubt words, wider than the lexicon),
so that positives are not rare. Duplicated sentences are kept once. A sentence goes to the held-out
part when the sha1 of its id is 0 mod 4 (about a quarter); the rest is the dev part.

Labels follow the CoNLL-2010 guidelines for news (Farkas et al. 2010): a sentence is *uncertain*
when a speculation cue presents a proposition as possible, probable, believed, predicted, alleged
or unknown, by the writer or by a source; conditionals (the consequence of an if-clause), plain
reports of speech, intentions, the future of plans and deontic modals do not count. Every sentence
was labelled reading the sentence only, before the measure was run on it.

The context rules were tuned on the dev part only; the held-out part was never used to change a
rule (its errors are never printed; its aggregate figure was printed after each round of rule
changes). Caveat: one annotator labelled the set, and the same person then wrote the rules, so the
figures measure agreement with one reading of the CoNLL-2010 guidelines, not with a panel.
Prints precision/recall/F1 of *uncertain* on both parts, next to the own-gold figures.

Before issue 12 (hedges lexicon 1.2.0): dev F1 0.667 (P 0.699, R 0.637), held-out F1 0.767
(P 0.846, R 0.702).

    python benchmarks/hedges_newsmtsc.py [--errors]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys

from _common import GOLD, prf, read_jsonl, shared_dir

GOLD_FILE = GOLD / "uncertainty_newsmtsc.jsonl"
STEP = 26
ENRICH_STEP = 16
CANDIDATE = re.compile(
    r"\b(?:would|may|might|could|should|can|must|expect\w*|predict\w*|anticipat\w*|accus\w*|alleg\w*|"
    r"charg\w*|likel\w*|possib\w*|believ\w*|think|thought|feels?|felt|consider\w*|suggest\w*|indicat\w*|"
    r"appear\w*|seem\w*|concern\w*|worr\w*|doubt\w*|whether|estimat\w*|suspect\w*|perhaps|probabl\w*|"
    r"unclear|looks? like|claim\w*)\b",
    re.IGNORECASE,
)


def train_rows() -> list[dict]:
    path = shared_dir() / "validation" / "newsmtsc" / "train.jsonl"
    if not path.exists():
        sys.exit(f"NewsMTSC train split not found at {path} (set FRAMING_SHARED)")
    return read_jsonl(path)


def split_of(gid: str) -> str:
    return "heldout" if int(hashlib.sha1(gid.encode("utf-8")).hexdigest(), 16) % 4 == 0 else "dev"


def select(rows: list[dict]) -> list[dict]:
    """The annotated sample: every STEP-th sentence, plus every ENRICH_STEP-th candidate-cue sentence."""
    seen, chosen = set(), []
    for i, row in enumerate(rows):
        text = row["sentence_normalized"]
        if i % STEP == 0 and text not in seen:
            seen.add(text)
            chosen.append({"id": row["primary_gid"], "text": text, "how": "systematic"})
    candidates = [
        r for r in rows if r["sentence_normalized"] not in seen and CANDIDATE.search(r["sentence_normalized"])
    ]
    for row in candidates[::ENRICH_STEP]:
        if row["sentence_normalized"] not in seen:
            seen.add(row["sentence_normalized"])
            chosen.append({"id": row["primary_gid"], "text": row["sentence_normalized"], "how": "enriched"})
    for item in chosen:
        item["split"] = split_of(item["id"])
    return chosen


def main(show_errors: bool = False) -> dict:
    import framing as fr

    texts = {r["primary_gid"]: r["sentence_normalized"] for r in train_rows()}
    gold = read_jsonl(GOLD_FILE)
    figures = {}
    for part in ("dev", "heldout"):
        items = [g for g in gold if g["split"] == part]
        tp = fp = fn = 0
        errors = []
        for item in items:
            text = texts[item["id"]]
            result = fr.hedging(text)
            predicted = bool(result.uncertain_sentences)
            tp += predicted and item["uncertain"]
            fp += predicted and not item["uncertain"]
            fn += item["uncertain"] and not predicted
            if predicted != item["uncertain"]:
                errors.append((item, [f"{c.text}/{c.category}" for c in result.cues], text))
        p, r, f = prf(tp, fp, fn)
        note = "tuned on" if part == "dev" else "held out: never tuned on"
        n_pos = sum(i["uncertain"] for i in items)
        print(f"NewsMTSC {part:8} {len(items):4} sentences, {n_pos:3} uncertain   "
              f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  ({note})")
        figures[part] = {"precision": p, "recall": r, "f1": f, "n": len(items), "uncertain": n_pos}
        if show_errors and part == "dev":
            for item, cues, text in errors:
                print(f"  gold={item['uncertain']} gold_cues={item.get('cues')} found={cues}: {text}")
    return figures


def sample(path: str) -> None:
    """Write the selected sentences (for annotation, outside the repository), without any measure output."""
    with open(path, "w", encoding="utf-8") as f:
        for n, item in enumerate(select(train_rows())):
            f.write(json.dumps({"n": n, **item}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if "--sample" in sys.argv:
        sample(sys.argv[sys.argv.index("--sample") + 1])
    else:
        import hedges_benchmark

        print("own gold (benchmarks/gold/hedges.jsonl, tuned on):")
        hedges_benchmark.main()
        hedges_benchmark.heldout()
        print()
        main(show_errors="--errors" in sys.argv)
