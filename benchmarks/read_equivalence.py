"""Check that ``framing.read`` gives the same Document as before a speed change, and NLTK's Punkt's sentences.

    python benchmarks/read_equivalence.py [--polnear PATH] --save before.json     # on the old code
    python benchmarks/read_equivalence.py [--polnear PATH] --against before.json  # on the new code

Texts: every file of the teaching corpus (``corpora/examples/``, front matter included), the 300
articles the speed benchmark builds from them, PolNeAR's train and dev texts (``--polnear``; the
test split is never opened), and a few awkward strings (control characters, curly quotes, 'İ',
a 300,000-character paragraph, HTML, German).

Printed:

* ``Document mismatches``: texts whose folded text, paragraph, sentence and word spans, sentence of
  each word, or warnings differ from those saved by ``--save`` (a digest per text is saved).
* ``Punkt mismatches``: paragraphs where the tokenizer ``read`` uses
  (:func:`framing.lang.nltk_light.punkt_tokenizer`, stdlib ``re``) splits differently from NLTK's
  own ``PunktSentenceTokenizer`` with the same parameters (``nltk.redos`` patterns).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import warnings
from pathlib import Path

from _common import ROOT, save_or_compare
from speed_benchmark import teaching_corpus

import framing as fr

EXAMPLES = ROOT / "corpora" / "examples"

AWKWARD = [
    "",
    "   \n\t\n",
    "Officials said on Friday that the talks \u201ccould resume soon,\u201d according to two diplomats.",
    "The U.S. envoy met Gen. Arno at 3 p.m. He left. \u201cWhy now?\u201d he asked. "
    "\u201cA victory!\u201d Arno told them.",
    "Control\x00characters\x07 and zero\u200bwidth\ufeff spaces. Then a tab\there.",
    "\u0130stanbul talks. \u0130STANBUL (AP) \u2014 The delegations met.\r\nSecond line.\rThird.",
    "<p>Markup &amp; text.</p> <div>More.</div>",
    "Der Kanzler hat am Montag erkl\u00e4rt, dass die Gespr\u00e4che weitergehen. Die Opposition widersprach.",
    "may " * 5000,
    ("A long paragraph without a line break. " * 8000).strip(),
    "1. First item 2. second item\n- a bullet\n\u2022 another\nJ.R.R. Tolkien wrote. F.B.I. agents came.",
    "He said: \u2018it\u2019s over\u2019. (Really.) Then -- nothing... \u00abFin.\u00bb Done!!! Why?? Yes.",
]


def texts(polnear: Path | None) -> dict[str, str]:
    out = {f"examples/{p.name}": p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.*"))
           if p.suffix in (".txt", ".md")}
    out.update((f"teaching/{k}", t) for k, t in teaching_corpus(300)["text"].items())
    out.update((f"awkward/{i}", t) for i, t in enumerate(AWKWARD))
    if polnear is not None:
        for split in ("train", "dev"):
            files = sorted((polnear / "data" / split / "text").glob("*.txt"))
            if not files:
                sys.exit(f"no PolNeAR {split} texts under {polnear}/data/{split}/text")
            out.update((f"polnear/{split}/{f.stem}", f.read_text(encoding="utf-8")) for f in files)
    return out


def digest(text: str) -> str:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = fr.read(text)
    parts = [
        doc.folded,
        list(doc.paragraphs),
        list(doc.sentences),
        doc.sentence_starts.tolist(),
        doc.sentence_paragraph.tolist(),
        doc.word_starts.tolist(),
        doc.word_ends.tolist(),
        doc.word_sentence.tolist(),
        [str(doc.sentence_starts.dtype), str(doc.word_starts.dtype), str(doc.word_sentence.dtype)],
        sorted({w.category.__name__ for w in caught}),
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=True).encode("ascii")).hexdigest()


def punkt_mismatches(corpus: dict[str, str]) -> tuple[int, int]:
    from framing.document import ABBREVIATIONS, SENTENCE_STARTERS, _fold
    from framing.lang.nltk_light import punkt_tokenizer, submodule

    punkt = submodule("nltk.tokenize.punkt")
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    stock = punkt.PunktSentenceTokenizer(params)
    fast = punkt_tokenizer(ABBREVIATIONS, SENTENCE_STARTERS)
    n = bad = 0
    for text in corpus.values():
        for paragraph in _fold(text).splitlines():
            if paragraph.strip() and len(paragraph) < 100_000:  # read() cuts longer ones
                n += 1
                bad += list(stock.span_tokenize(paragraph)) != list(fast.span_tokenize(paragraph))
    return bad, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR checkout (train and dev texts)")
    parser.add_argument("--save", type=Path, help="write the digests of every text's Document here")
    parser.add_argument("--against", type=Path, help="compare with digests written by --save")
    args = parser.parse_args()
    corpus = texts(args.polnear)
    digests = {name: digest(text) for name, text in corpus.items()}
    print(f"{len(corpus):,} texts, {sum(len(t) for t in corpus.values()) / 1e6:.1f} M characters")
    save_or_compare(digests, save=args.save, against=args.against, what="Document")
    try:
        bad, n = punkt_mismatches(corpus)
    except ImportError as error:  # older code without punkt_tokenizer
        print(f"Punkt check skipped: {error}")
    else:
        print(f"Punkt mismatches = {bad} of {n:,} paragraphs (stdlib re against NLTK's redos patterns)")


if __name__ == "__main__":
    main()
