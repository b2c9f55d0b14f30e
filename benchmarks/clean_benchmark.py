"""What framing.clean does to real news, and how well it undoes damage done on purpose.

Data: PolNeAR *train* articles (real US news, 2015-16; ``--polnear PATH``), one paragraph per line.
Nothing in ``clean`` was tuned on these texts except three false alarms they revealed and that were
fixed (a sentence ending in "CNN/ORC poll in February." taken for a photo credit; "AFL-CIO" and a
transcript's "SIEGEL--" taken for datelines), so part 1 is in-sample for those two rules. Reading
the 117 datelines, 7 credits and 13 share lines removed after the fixes: every dateline and credit
is one; the share lines are lone "FACEBOOK." / "TWITTER." lines and one "Twitter and ... ?".

1. As they are: the changes ``clean`` makes, by kind (furniture found in real exports: datelines,
   credits, share lines; anything else is a candidate false alarm; ``--show`` prints examples).
2. Hard-wrapped: each article's paragraphs wrapped with textwrap at 60, 72 and 80 characters (breaking
   at spaces only), with a blank line between paragraphs and without one; the share of paragraphs
   and of sentences (split by ``framing.read``) that ``clean`` restores exactly, blanks collapsed
   (compared with ``clean`` of the unwrapped article). Without blank lines a full line that ends a
   sentence is ambiguous: two paragraphs may be merged, but their sentences stay whole.
3. Glued: the space after one sentence end in ten removed at random (sentence ends found by
   ``framing.read``); the share of those restored and the spaces inserted elsewhere.

    python benchmarks/clean_benchmark.py --polnear /work/polnear [--show]
"""

from __future__ import annotations

import argparse
import random
import textwrap
import warnings
from collections import Counter
from pathlib import Path

import framing as fr
from framing.clean import clean


def paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def as_they_are(texts, show: bool) -> None:
    kinds, examples = Counter(), {}
    for name, text in texts:
        for change in clean(text).changes:
            kinds[change.kind] += 1
            examples.setdefault(change.kind, []).append((name, change.removed[:100] or repr(change.replacement)))
    print(f"1. {len(texts)} articles as they are: {sum(kinds.values())} changes")
    for kind, n in kinds.most_common():
        print(f"   {kind:18s} {n:5d}")
        if show:
            for name, removed in examples[kind][:3]:
                print(f"      {name[:40]}: {removed!r}")


def sentences(text: str) -> list[str]:
    doc = fr.read(text)
    return [" ".join(text[s:e].split()) for s, e in doc.sentences]


def wrapped(texts) -> None:
    print("2. hard-wrapped text: paragraphs and sentences restored exactly")
    for width in (60, 72, 80):
        for blank in (True, False):
            restored = total = sentences_restored = sentences_total = baseline = 0
            for _, text in texts:
                reference = clean(text).text
                paras = paragraphs(text)
                wrapped_paras = (textwrap.fill(p, width, break_on_hyphens=False) for p in paras)
                damaged = ("\n\n" if blank else "\n").join(wrapped_paras)
                result = clean(damaged).text
                got = set(paragraphs(result))
                total += len(paragraphs(reference))
                restored += sum(p in got for p in paragraphs(reference))
                got_sentences = set(sentences(result))
                expected = sentences(reference)
                sentences_total += len(expected)
                sentences_restored += sum(s in got_sentences for s in expected)
                unrepaired = set(sentences(damaged))
                baseline += sum(s in unrepaired for s in expected)
            label = "blank line between paragraphs" if blank else "no blank line"
            print(f"   width {width}, {label:30s}: paragraphs {restored / total:.1%} of {total}, "
                  f"sentences {sentences_restored / sentences_total:.1%} of {sentences_total} "
                  f"(without clean: {baseline / sentences_total:.1%})")


def glued(texts, seed: int = 0) -> None:
    rng = random.Random(seed)
    removed = restored = extra = 0
    for _, text in texts:
        doc = fr.read(text)
        cuts = []
        for (_, e1), (s2, _) in zip(doc.sentences, doc.sentences[1:]):
            gap = text[e1:s2]
            if gap == " " and text[e1 - 1] in ".?!" and text[s2].isupper() and rng.random() < 0.1:
                cuts.append(e1)
        if not cuts:
            continue
        damaged = "".join(text[a:b] for a, b in zip([0, *[c + 1 for c in cuts]], [*cuts, len(text)]))
        before = {c.start for c in clean(text).changes if c.kind == "glued"}
        shift = {cut - i for i, cut in enumerate(cuts)}  # positions of the cuts in the damaged text
        found = {c.start for c in clean(damaged).changes if c.kind == "glued"}
        removed += len(cuts)
        restored += len(found & shift)
        extra += max(len(found - shift) - len(before), 0)
    print(f"3. glued sentences: {restored} of {removed} removed spaces restored ({restored / removed:.1%}); "
          f"{extra} spaces inserted elsewhere")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR checkout (train split used)")
    parser.add_argument("--show", action="store_true", help="print examples of each kind of change")
    args = parser.parse_args()
    files = sorted((args.polnear / "data" / "train" / "text").glob("*.txt"))
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    warnings.simplefilter("ignore")
    as_they_are(texts, args.show)
    wrapped(texts)
    glued(texts)


if __name__ == "__main__":
    main()
