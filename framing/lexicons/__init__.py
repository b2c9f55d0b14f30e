"""Versioned lexicons: TSV files with provenance, and the loader that turns them into matchers.

Each lexicon ``NAME`` ships as two files in this package:

* ``NAME.tsv``: tab-separated with a header ``term  category  weight  note``.
  Terms are lower-case; straight apostrophes stand for curly ones. Spaces match
  any run of whitespace. A trailing ``<num>`` token is a look-ahead: the term
  only matches before a number (``about <num>`` matches "about" in "about 40
  people", not in "talks about peace"); the number is not part of the cue.
* ``NAME.meta.json``: name, version, language, sources and citations, licence and
  the sha256 of the TSV (checked by the tests).

Lexicons are loaded lazily through :mod:`importlib.resources` and cached per
process; nothing is read at import and nothing is downloaded. Users may pass
their own lexicon as a path to a TSV, a ``pandas.DataFrame`` with the same
columns, or a dict ``{term: category}`` (or ``{term: (category, weight)}``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

__all__ = ["Lexicon", "Entry", "load", "as_lexicon", "available"]

COLUMNS = ("term", "category", "weight", "note")
_NUMBER = (
    r"(?=\s*(?:[$€£]?\d|a\s+(?:few|dozen|hundred|thousand|million)\b|one\b|two\b|three\b|four\b|"
    r"five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|fifteen\b|twenty\b|thirty\b|"
    r"forty\b|fifty\b|sixty\b|seventy\b|eighty\b|ninety\b|hundreds?\b|thousands?\b|dozens?\b|"
    r"half\b|a\s+third\b|a\s+quarter\b|\d))"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row."""

    term: str
    category: str
    weight: float = 1.0
    note: str = ""


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A named, versioned list of terms with categories, matched as one compiled pattern.

    Use :meth:`finditer` on a document's folded (lower-cased) text.
    """

    name: str
    version: str
    entries: tuple
    meta: dict = field(default_factory=dict, repr=False)

    @property
    def label(self) -> str:
        """``name@version``, recorded in every result the lexicon produced."""
        return f"{self.name}@{self.version}"

    @cached_property
    def by_term(self) -> dict:
        return {e.term: e for e in self.entries}

    @cached_property
    def pattern(self) -> re.Pattern:
        # One alternation, longest terms first, on lower-cased text: an IGNORECASE
        # alternation is ~20x slower on long texts.
        alternatives = []
        for entry in sorted(self.entries, key=lambda e: -len(e.term)):
            term, lookahead = entry.term, ""
            if term.endswith(" <num>"):
                term, lookahead = term[: -len(" <num>")], _NUMBER
            body = r"\s+".join(re.escape(part) for part in term.split())
            alternatives.append(body + lookahead)
        if not alternatives:
            return re.compile(r"(?!x)x")
        return re.compile(r"(?<![\w'\-])(?:" + "|".join(alternatives) + r")(?![\w]|-\w)")

    def finditer(self, folded: str):
        """Yield ``(start, end, Entry)`` for every match in lower-cased ``folded`` text."""
        by_term = self.by_term
        for m in self.pattern.finditer(folded):
            key = " ".join(m.group().split())
            entry = by_term.get(key)
            if entry is None:  # matched a '<num>' term
                entry = by_term[key + " <num>"]
            yield m.start(), m.end(), entry

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame([(e.term, e.category, e.weight, e.note) for e in self.entries], columns=COLUMNS)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Lexicon({self.label!r}, terms={len(self.entries)})"


def _parse_tsv(body: str, *, source: str) -> tuple:
    lines = body.splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ValueError(f"{source}: the header must be the tab-separated columns {COLUMNS}")
    entries = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4:
            raise ValueError(f"{source}, line {number}: expected 4 tab-separated cells, got {len(cells)}")
        term, category, weight, note = cells
        entries.append(Entry(" ".join(term.lower().split()), category.strip(), float(weight or 1.0), note))
    return _unique(entries, source=source)


def _unique(entries, *, source: str) -> tuple:
    seen = {}
    for e in entries:
        if not e.term:
            raise ValueError(f"{source}: empty term")
        if e.term in seen:
            raise ValueError(f"{source}: the term {e.term!r} appears twice")
        seen[e.term] = e
    return tuple(entries)


def available() -> list[str]:
    """Names of the lexicons shipped with ``framing``."""
    return sorted(p.name[:-4] for p in resources.files(__name__).iterdir() if p.name.endswith(".tsv"))


@cache
def load(name: str) -> Lexicon:
    """Load a shipped lexicon by name (cached per process).

    Raises
    ------
    ValueError
        If no lexicon of that name ships with the package.
    """
    folder = resources.files(__name__)
    tsv, meta = folder / f"{name}.tsv", folder / f"{name}.meta.json"
    if not tsv.is_file():
        raise ValueError(f"no lexicon named {name!r}; available: {', '.join(available())}")
    body = tsv.read_text(encoding="utf-8")
    info = json.loads(meta.read_text(encoding="utf-8"))
    return Lexicon(name, str(info["version"]), _parse_tsv(body, source=f"{name}.tsv"), info)


def sha256(name: str) -> str:
    """sha256 of a shipped lexicon's TSV, as its metadata file should record it."""
    return hashlib.sha256((resources.files(__name__) / f"{name}.tsv").read_bytes()).hexdigest()


def as_lexicon(lexicon, *, default: str) -> Lexicon:
    """Turn what a user passes as a lexicon into a :class:`Lexicon`.

    Parameters
    ----------
    lexicon : None, str, pathlib.Path, dict, pandas.DataFrame or Lexicon
        ``None`` -> the shipped lexicon ``default``; a str naming a shipped lexicon
        or a path to a TSV; a dict ``{term: category}`` or ``{term: (category, weight)}``;
        a DataFrame with columns ``term`` and ``category`` (``weight``, ``note`` optional).
    default : str
        Name of the shipped lexicon used when ``lexicon`` is None.
    """
    if lexicon is None:
        return load(default)
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, (str, Path)):
        if isinstance(lexicon, str) and lexicon in available():
            return load(lexicon)
        path = Path(lexicon)
        if not path.is_file():
            raise ValueError(f"lexicon {str(lexicon)!r} is neither a shipped lexicon nor a file")
        return Lexicon(path.stem, "user", _parse_tsv(path.read_text(encoding="utf-8"), source=str(path)))
    if isinstance(lexicon, dict):
        entries = []
        for term, value in lexicon.items():
            category, weight = (value, 1.0) if isinstance(value, str) else (value[0], float(value[1]))
            entries.append(Entry(" ".join(str(term).lower().split()), str(category), weight))
        return Lexicon("user", "user", _unique(entries, source="dict lexicon"))
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if pd is not None and isinstance(lexicon, pd.DataFrame):
        missing = {"term", "category"} - set(lexicon.columns)
        if missing:
            raise ValueError(f"a lexicon DataFrame needs the columns term and category; missing {sorted(missing)}")
        frame = lexicon.assign(
            weight=lexicon.get("weight", 1.0), note=lexicon.get("note", "")
        ).fillna({"weight": 1.0, "note": ""})
        entries = [
            Entry(" ".join(str(t).lower().split()), str(c), float(w), str(n))
            for t, c, w, n in frame[list(COLUMNS)].itertuples(index=False)
        ]
        return Lexicon("user", "user", _unique(entries, source="DataFrame lexicon"))
    raise TypeError(
        f"a lexicon must be None, a name, a path, a dict or a DataFrame, not {type(lexicon).__name__}"
    )
