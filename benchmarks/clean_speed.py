"""Speed and linearity of framing.clean and framing.lang.identify (CPU time, synthetic text).

Prints MB/s of ``clean`` on texts of 1, 2 and 4 MB of five shapes (news paragraphs one per line,
hard-wrapped news, glued sentences on one line, every line a byline, every line a caption), and
the ratio of the 4 MB time to four times the 1 MB time (about 1.0 when linear).

    python benchmarks/clean_speed.py
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

from framing.clean import clean
from framing.lang import identify

ROOT = Path(__file__).resolve().parents[1]


def shapes(paragraphs: list[str]) -> dict[str, str]:
    prose = "\n".join(paragraphs)
    return {
        "paragraph lines": prose,
        "hard-wrapped": "\n\n".join(textwrap.fill(p, 72) for p in paragraphs),
        "glued sentences": "It was reported by state media.He said no more. " * 20,
        "byline lines": "By Sabine Orlec and Joren Vast\n" * 40,
        "caption lines": "Photo: Mourners in Norvik on Saturday. KESTREL/Ana Silv\n" * 20,
    }


def timed(text: str) -> float:
    started = time.process_time()
    clean(text)
    return time.process_time() - started


def main() -> None:
    wire = (ROOT / "corpora" / "examples" / "01_caldera-wire_report.txt").read_text(encoding="utf-8")
    paragraphs = wire.splitlines()[1:]
    print("framing.clean, CPU time (one core), synthetic text built from the teaching corpus")
    print(f"{'shape':18s} {'MB/s at 1 MB':>13s} {'MB/s at 4 MB':>13s} {'4 MB / (4 x 1 MB)':>18s}")
    for name, unit in shapes(paragraphs).items():
        one = (unit + "\n") * (1_000_000 // (len(unit) + 1))
        four = one * 4
        t1, t4 = timed(one), timed(four)
        print(f"{name:18s} {len(one) / t1 / 1e6:13.2f} {len(four) / t4 / 1e6:13.2f} {t4 / (4 * t1):18.2f}")
    text = "\n".join(paragraphs)
    identify(text)  # load the model
    started = time.process_time()
    for _ in range(200):
        identify(text)
    per = (time.process_time() - started) / 200
    print(f"identify: {per * 1000:.2f} ms per {len(text):,}-character article ({len(text) / per / 1e6:.2f} MB/s)")


if __name__ == "__main__":
    main()
