"""Speed of the measures: articles per second on the case article, and time on a 10 MB text.

The corpus layer must profile thousands of articles per minute on a laptop, so each measure
is timed on one shared Document (built once), as ``profile`` will run them. The 10 MB text
(the case article repeated) checks that time grows linearly with length.

    python benchmarks/speed_benchmark.py
"""

from __future__ import annotations

import importlib
import time

from _common import ROOT

import framing as fr

MEASURES = [("hedging", "hedging"), ("quotes", "quotes"), ("sentiment", "sentiment"), ("actors", "actors")]


def available_measures():
    found = []
    for module, name in MEASURES:
        try:
            found.append((name, getattr(importlib.import_module(f"framing.{module}"), name)))
        except (ImportError, AttributeError):
            print(f"({name}: not available yet)")
    return found


def per_second(fn, *, seconds: float = 3.0) -> float:
    fn()  # warm caches (lexicons, Punkt, VADER) once, as a long run would
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn()
        n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    text = (ROOT / "corpora" / "case" / "article.txt").read_text(encoding="utf-8")
    cast = ROOT / "corpora" / "case" / "cast.yml"
    measures = available_measures()
    print(f"case article: {len(text):,} characters")
    print(f"read()                {per_second(lambda: fr.read(text)):8.1f} articles/s")
    doc = fr.read(text)
    total = 1 / per_second(lambda: fr.read(text))
    for name, fn in measures:
        call = (lambda f=fn: f(doc, cast=cast)) if name == "actors" else (lambda f=fn: f(doc))
        rate = per_second(call)
        total += 1 / rate
        print(f"{name + '()':22s}{rate:8.1f} articles/s")
    print(f"read + all measures   {1 / total:8.1f} articles/s  = {60 / total:,.0f} articles/min on one core")

    for megabytes in (1, 10):
        big = "\n".join([text] * (megabytes * 1_000_000 // len(text)))
        start = time.perf_counter()
        big_doc = fr.read(big)
        timings = [f"read {time.perf_counter() - start:.1f} s"]
        for name, fn in measures:
            start = time.perf_counter()
            fn(big_doc, cast=cast) if name == "actors" else fn(big_doc)
            timings.append(f"{name} {time.perf_counter() - start:.1f} s")
        print(f"{megabytes:>2} MB text: " + ", ".join(timings))


if __name__ == "__main__":
    main()
