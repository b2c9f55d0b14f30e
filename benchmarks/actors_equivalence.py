"""Check that framing.actors gives exactly the same results as a saved baseline (for speed work).

    python benchmarks/actors_equivalence.py --save BASELINE.json [--polnear /work/polnear]
    python benchmarks/actors_equivalence.py --check BASELINE.json [--polnear /work/polnear]

Dumps, for the case article with its cast, every teaching text of ``corpora/examples`` with their
cast, the same texts with a suggested cast, and every PolNeAR dev text with a suggested cast (when
``--polnear`` is given), and every PolNeAR train text with the case cast after :func:`framing.sentiment`
ran on it (as ``profile`` runs it: the target sentiment then reads the sentence compounds ``sentiment``
left): every mention (all fields), the span of the verb that gave its role, the
actor table's rows (with sentiment) and ``summary_values()``. ``--check`` prints the number of
differing items (0 required after a change meant to be a pure speed-up) and the first few.
The baseline holds text spans of third-party articles: keep it outside the repository (e.g. /tmp).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import warnings  # noqa: E402

import framing as fr  # noqa: E402
from framing.actors import as_cast  # noqa: E402


def _texts(polnear: str | None):
    """(key, text, cast, whether sentiment() runs first) for every text of the check."""
    case_cast = as_cast(ROOT / "corpora" / "case" / "cast.yml")
    yield "case", (ROOT / "corpora" / "case" / "article.txt").read_text(encoding="utf-8"), case_cast, False
    examples = as_cast(ROOT / "corpora" / "examples" / "cast.yml")
    for path in sorted((ROOT / "corpora" / "examples").glob("[0-9]*")):
        text = path.read_text(encoding="utf-8")
        yield f"examples/{path.name}", text, examples, False
        yield f"examples/{path.name}:suggested", text, None, False
    if polnear:
        for path in sorted(Path(polnear, "data", "dev", "text").glob("*.txt")):
            yield f"polnear/{path.name}:suggested", path.read_text(encoding="utf-8"), None, False
        for path in sorted(Path(polnear, "data", "train", "text").glob("*.txt")):
            yield f"polnear-train/{path.name}:case", path.read_text(encoding="utf-8"), case_cast, True


def dump(polnear: str | None) -> dict:
    out = {}
    for key, text, cast, shared in _texts(polnear):
        doc = fr.read(text)
        found = fr.quotes(doc)
        if shared:
            fr.sentiment(doc, quotes=found)
        result = fr.actors(doc, cast, quotes=found)
        out[key] = {
            "mentions": [repr(m) if not hasattr(m, "__dataclass_fields__") else
                         repr(tuple(getattr(m, f) for f in m.__dataclass_fields__)) for m in result.mentions],
            "verb_spans": repr(result.verb_spans),
            "rows": repr(result._actor_rows()),
            "summary": repr(result.summary_values()),
            "labels": repr(result.labels.to_dict("records")),
        }
    return out


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    polnear = argv[argv.index("--polnear") + 1] if "--polnear" in argv else None
    warnings.simplefilter("ignore")  # the German teaching text warns, as it should
    current = dump(polnear)
    if "--save" in argv:
        Path(argv[argv.index("--save") + 1]).write_text(json.dumps(current), encoding="utf-8")
        print(f"saved {len(current)} documents, {sum(len(v['mentions']) for v in current.values())} mentions")
        return
    base = json.loads(Path(argv[argv.index("--check") + 1]).read_text(encoding="utf-8"))
    diffs = []
    for key in sorted(set(base) | set(current)):
        b, c = base.get(key), current.get(key)
        if b is None or c is None:
            diffs.append((key, "missing", b is None, c is None))
            continue
        for part in b:
            if b[part] != c[part]:
                diffs.append((key, part, str(b[part])[:300], str(c[part])[:300]))
    n_mentions = sum(len(v["mentions"]) for v in current.values())
    print(f"{len(current)} documents, {n_mentions} mentions: {len(diffs)} differences")
    for d in diffs[:10]:
        print(" ", d)
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
