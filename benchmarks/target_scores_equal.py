"""The score-only target sentiment equals the full one: max |difference| per corpus, and the time of each.

    python benchmarks/target_scores_equal.py [--polnear /work/polnear] [--save scores.json] [--against scores.json]

For every actor mention that :func:`framing.actors` finds (the case article with the case cast, the
teaching texts with their cast, and, with ``--polnear``, PolNeAR dev with a cast suggested per
article), it compares the score of :func:`framing.target.scores_toward` (what the actor table uses:
batched per document, no evidence) with the ``score`` of :func:`framing.target.sentiment_toward` (one
mention at a time, with its evidence), and prints the largest absolute difference; and the same after
:func:`framing.sentiment` ran on the document (the target sentiment then reads the sentence compounds it
left instead of scoring those sentences again). ``--save`` writes
the scores, ``--against`` compares them with scores saved earlier (e.g. by another version of the code).
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

from _common import ROOT

import framing as fr
from framing.actors import actors, as_cast
from framing.target import scores_toward, sentiment_toward


def corpora(polnear: Path | None) -> dict:
    case = (ROOT / "corpora" / "case" / "article.txt").read_text(encoding="utf-8")
    out = {
        "case article, case cast": ([case], as_cast(ROOT / "corpora" / "case" / "cast.yml")),
        "teaching texts, teaching cast": (
            [t for t in fr.load_corpus(ROOT / "corpora" / "examples", clean=False)["text"] if isinstance(t, str)],
            as_cast(ROOT / "corpora" / "examples" / "cast.yml"),
        ),
    }
    if polnear is not None:
        files = sorted((polnear / "data" / "dev" / "text").glob("*.txt"))
        out["PolNeAR dev, suggested casts"] = ([f.read_text(encoding="utf-8") for f in files], None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=None)
    parser.add_argument("--save", type=Path, default=None)
    parser.add_argument("--against", type=Path, default=None)
    args = parser.parse_args()
    saved = json.loads(args.against.read_text()) if args.against else None
    everything: dict = {}
    warm = fr.read("The mayor praised Osk's plan.")
    scores_toward(warm, [(22, 25)]), sentiment_toward(warm, 22, 25)  # load the model and VADER once
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, (texts, cast) in corpora(args.polnear).items():
            docs = [fr.read(t) for t in texts]
            spans = [[(m.start, m.end) for m in actors(d, cast, sentiment=False).mentions] for d in docs]
            start = time.process_time()
            batched = [scores_toward(d, s) for d, s in zip(docs, spans)]
            t_batched = time.process_time() - start
            start = time.process_time()
            single = [[sentiment_toward(d, a, b).score for a, b in s] for d, s in zip(docs, spans)]
            t_single = time.process_time() - start
            n = sum(len(s) for s in spans)
            shared_docs = [fr.read(t) for t in texts]  # sentiment() first: it leaves its sentence compounds
            for d in shared_docs:
                fr.sentiment(d)
            shared = [scores_toward(d, s) for d, s in zip(shared_docs, spans)]
            d_shared = max((abs(x - y) for b, s in zip(batched, shared) for x, y in zip(b, s)), default=0.0)
            diff = max((abs(x - y) for b, s in zip(batched, single) for x, y in zip(b, s)), default=0.0)
            print(f"{name}: {len(docs)} texts, {n} mentions; max |scores_toward - sentiment_toward.score| = "
                  f"{diff:.2e}; time {t_batched:.3f} s batched, {t_single:.3f} s one by one; with the "
                  f"sentence compounds of sentiment(): max |difference| {d_shared:.2e}")
            if saved is not None:
                old = saved[name]
                same_spans = old["spans"] == [[list(x) for x in s] for s in spans]
                d_old = max((abs(x - y) for b, o in zip(batched, old["batched"]) for x, y in zip(b, o)), default=0.0)
                d_single = max((abs(x - y) for b, o in zip(single, old["single"]) for x, y in zip(b, o)), default=0.0)
                print(f"  against {args.against.name}: same mentions {same_spans}; max |difference| batched "
                      f"{d_old:.2e}, one by one {d_single:.2e}")
            everything[name] = {"spans": spans, "batched": batched, "single": single}
    if args.save:
        args.save.write_text(json.dumps(everything))


if __name__ == "__main__":
    main()
