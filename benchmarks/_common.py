"""Shared helpers of the benchmark scripts (not part of the package)."""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).resolve().parent / "gold"


def shared_dir() -> Path:
    """../shared beside the repository, or $FRAMING_SHARED."""
    return Path(os.environ.get("FRAMING_SHARED", ROOT.parent / "shared"))


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if p + r else float("nan")
    return p, r, f


def save_or_compare(digests: dict[str, str], *, save: Path | None, against: Path | None, what: str) -> int:
    """Write per-text digests to ``save`` and/or compare them with those in ``against`` (before/after checks).

    Prints ``<what> mismatches = N of M texts`` and the first differing names; returns N.
    """
    if save:
        save.write_text(json.dumps(digests, indent=0), encoding="utf-8")
        print(f"digests written to {save}")
    if not against:
        return 0
    before = json.loads(against.read_text(encoding="utf-8"))
    missing = sorted(set(digests) - set(before))
    differ = sorted(k for k in digests if k in before and before[k] != digests[k])
    print(f"{what} mismatches = {len(differ)} of {len(digests) - len(missing):,} texts"
          + (f" ({len(missing)} texts not in {against.name})" if missing else ""))
    for name in differ[:10]:
        print(f"  differs: {name}")
    return len(differ)
