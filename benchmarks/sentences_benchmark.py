"""Sentence-boundary precision, recall and F1 of framing.read() on tricky news passages.

Gold: benchmarks/gold/sentences.jsonl, passages written for this project (fictional actors)
with abbreviations (U.S., Gen., Lt. Col., a.m., Jan.), quotes ending in ." ?" ,", datelines,
headlines and bylines. A boundary is the end offset of a sentence (the last one of a passage
is excluded: it is always right). Punkt without our parameters is printed as a baseline.

    python benchmarks/sentences_benchmark.py [--errors]
"""

from __future__ import annotations

import sys

from _common import GOLD, prf, read_jsonl

import framing as fr


def gold_boundaries(item) -> set[int]:
    text, pos, ends = item["text"], 0, []
    for sentence in item["sentences"]:
        at = text.index(sentence, pos)
        pos = at + len(sentence)
        ends.append(pos)
    return set(ends[:-1])


def main(show_errors: bool = False) -> dict:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    plain_punkt = PunktSentenceTokenizer()
    gold = read_jsonl(GOLD / "sentences.jsonl")
    scores = {"framing.read": [0, 0, 0], "Punkt, no parameters": [0, 0, 0]}
    errors = []
    for item in gold:
        text, wanted = item["text"], gold_boundaries(item)
        last = len(text.rstrip())
        doc = fr.read(text)
        found = {
            "framing.read": {e for _, e in doc.sentences if e < last},
            "Punkt, no parameters": {e for _, e in plain_punkt.span_tokenize(text) if e < last},
        }
        for name, got in found.items():
            counts = scores[name]
            counts[0] += len(got & wanted)
            counts[1] += len(got - wanted)
            counts[2] += len(wanted - got)
        if found["framing.read"] != wanted:
            errors.append((item["id"], [doc.sentence_text(i) for i in range(doc.n_sentences)]))

    n_sentences = sum(len(i["sentences"]) for i in gold)
    print(f"sentence gold set: {len(gold)} passages, {n_sentences} sentences")
    result = {}
    for name, (tp, fp, fn) in scores.items():
        p, r, f = prf(tp, fp, fn)
        result[name] = f
        print(f"{name:22s} boundary precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    if show_errors:
        for eid, got in errors:
            print(f"  {eid}: {got}")
    return result


if __name__ == "__main__":
    main(show_errors="--errors" in sys.argv)
