"""Speed of framing.actors: MB of text per second per core, with the case cast.

    python benchmarks/actors_speed.py

The Document is built once (as ``profile`` does) and quotes are found once and passed in, so the
figure is the actor measure's own cost: mention finding, roles, the table and the score-only
target sentiment of every mention. The case article with its cast: mentions and roles alone, with the
table (a DataFrame) without and with sentiment, and ``summary_values()`` (the table's rows without a
DataFrame, what ``profile`` reads), and the same once :func:`framing.sentiment` ran on the document (as in
``profile``: the target sentiment then reads the VADER compounds of the sentences that ``sentiment`` left
instead of scoring them again, so this is the actor measure's cost on top of ``sentiment``); then the case
article repeated to 1 MB (time must grow linearly).
No cache outlives a call except per-word and per-cast lookups (the sentences' VADER scores are recomputed
on every call, except in the line after ``sentiment()``, where they are that call's result), so repeating
one article does not flatter the figure. One process,
one core; times are CPU time of this process (``time.process_time``), so other work on the machine
does not slow the figure down.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import framing as fr  # noqa: E402
from framing.actors import as_cast  # noqa: E402


def mb_per_second(doc, cast, quotes, *, sentiment=True, table=True, summary=False, seconds=3.0) -> float:
    fr.actors(doc, cast, quotes=quotes, sentiment=sentiment).table  # noqa: B018 - warm lexicons, model, VADER
    n, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        result = fr.actors(doc, cast, quotes=quotes, sentiment=sentiment)
        if summary:
            result.summary_values()  # what a profile reads: the table's rows, no DataFrame
        elif table:
            result.table  # noqa: B018 - the table (and the sentiment in it) is built on first access
        n += 1
    elapsed = time.process_time() - start
    return n * len(doc.text.encode("utf-8")) / elapsed / 1e6


def main() -> None:
    text = (ROOT / "corpora" / "case" / "article.txt").read_text(encoding="utf-8")
    cast = as_cast(ROOT / "corpora" / "case" / "cast.yml")
    doc = fr.read(text)
    quotes = fr.quotes(doc)
    print(f"case article ({len(text.encode('utf-8')) / 1e3:.1f} kB), case cast, quotes given:")
    print(f"  mentions and roles (table not built)   {mb_per_second(doc, cast, quotes, table=False):.2f} MB/s")
    print(f"  with the table, no sentiment           {mb_per_second(doc, cast, quotes, sentiment=False):.2f} MB/s")
    print(f"  with the table and sentiment (default) {mb_per_second(doc, cast, quotes):.2f} MB/s")
    print(f"  summary_values() with sentiment        {mb_per_second(doc, cast, quotes, summary=True):.2f} MB/s"
          "  (the table's rows, no DataFrame)")
    shared = fr.read(text)  # profile() runs sentiment() first: the target sentiment reads its sentence compounds
    shared_quotes = fr.quotes(shared)
    fr.sentiment(shared, quotes=shared_quotes)
    after = mb_per_second(shared, cast, shared_quotes, summary=True)
    print(f"  summary_values() after sentiment()     {after:.2f} MB/s  (what a profile pays: compounds shared)")
    big_text = "\n\n".join([text] * (1_000_000 // len(text) + 1))
    big = fr.read(big_text)
    big_quotes = fr.quotes(big)
    start = time.process_time()
    fr.actors(big, cast, quotes=big_quotes).table  # noqa: B018
    elapsed = time.process_time() - start
    size = len(big_text.encode("utf-8")) / 1e6
    print(f"1 MB (the case article repeated), table and sentiment: {elapsed:.2f} s = {size / elapsed:.2f} MB/s")


if __name__ == "__main__":
    main()
