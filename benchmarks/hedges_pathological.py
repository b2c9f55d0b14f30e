"""Time of hedging() and display.highlight() on pathological input, in seconds per 100 KB.

Every context rule of the hedging measure looks at a bounded window or at each sentence once, so
the time is linear in the text whatever the text. The inputs are repeats that used to make the
rules quadratic ("may " * 20000 took 16 s, "would " * 20000 26 s, a 400 KB sentence without
punctuation 24 s) and a few more of the same kind. The document is read once before timing
(reading is framing.read's cost, measured by speed_benchmark.py).

    python benchmarks/hedges_pathological.py
"""

from __future__ import annotations

import time
import warnings

import framing as fr

WORDS = "the minister said that officials would meet and talks may resume while analysts expect a deal if".split()


def inputs() -> dict[str, str]:
    return {
        '"may " * 20000': "may " * 20000,
        '"would " * 20000': "would " * 20000,
        '"wouldn\'t " * 15000': "wouldn't " * 15000,
        '"is expected to arrive " * 5000': "is expected to arrive " * 5000,
        "400 KB sentence, no punctuation": " ".join(WORDS[i * 7 % len(WORDS)] for i in range(68000)),
        "1 MB sentence, no punctuation": " ".join(WORDS[i * 7 % len(WORDS)] for i in range(170000)),
        '"under the agreement each side may keep " * 3000': "under the agreement each side may keep " * 3000,
        '"It may rain," he said. * 10000': '"It may rain," he said. ' * 10000,
    }


def main() -> None:
    fr.display.highlight("Warm-up: the lexicon may compile.", fr.hedging("Warm-up: the lexicon may compile."))
    print(f"{'input':50} {'KB':>6} {'hedging s':>10} {'s/100KB':>8} {'highlight s':>12} {'s/100KB':>8}")
    for name, text in inputs().items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = fr.read(text)
        t0 = time.perf_counter()
        result = fr.hedging(doc)
        t1 = time.perf_counter()
        fr.display.highlight(doc, result)
        t2 = time.perf_counter()
        kb = len(text) / 1000
        h, d = t1 - t0, t2 - t1
        print(f"{name:50} {kb:6.0f} {h:10.3f} {h / kb * 100:8.3f} {d:12.3f} {d / kb * 100:8.3f}")


class _Evidence:
    def __init__(self, spans):
        self.spans = spans

    def evidence(self):
        return self.spans


def nested() -> None:
    """display.highlight with thousands of spans nested inside one another (drawn at most six deep)."""
    text = "The talks may resume. " * 5000
    n = len(text)
    for k in (1000, 5000, 10000):
        spans = _Evidence([(i, n - i, f"layer:{i % 3}", "") for i in range(k)])
        t0 = time.perf_counter()
        html = str(fr.display.highlight(text, spans, paragraphs=False))
        t = time.perf_counter() - t0
        print(f"highlight, {k:5} nested spans over {n / 1000:.0f} KB: {t:.3f} s, {len(html) / 1e6:.1f} MB of HTML")


if __name__ == "__main__":
    main()
    nested()
