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
# user terms are folded like the text they match: curly apostrophes become straight ones
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
_NUMBER = (
    r"(?=\s*(?:[$€£]?\d|a\s+(?:few|dozen|hundred|thousand|million)\b|one\b|two\b|three\b|four\b|"
    r"five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|fifteen\b|twenty\b|thirty\b|"
    r"forty\b|fifty\b|sixty\b|seventy\b|eighty\b|ninety\b|hundreds?\b|thousands?\b|dozens?\b|"
    r"half\b|a\s+third\b|a\s+quarter\b|\d))"
)


_SPACE = r"\s+"
# where a term may start and end (see Lexicon.pattern)
_TERM_START = r"(?<![\w'\-])"
_TERM_END = r"(?![\w]|-\w)"


def _exclusive(a: str, b: str) -> bool:
    """True when two regex atoms of :func:`_prefix_tree` can never both match at one position."""
    if a == b or a in (_NUMBER, "") or b in (_NUMBER, ""):
        return False  # the same atom; a look-ahead or the end of a term matches with anything
    return True  # two different escaped characters, or a character (never a space) and ``\s+``


def _prefix_tree(branches: list, depth: int = 0) -> str:
    """An ordered alternation of atom sequences, written as a prefix tree that matches exactly as it does.

    Python's ``re`` tries the branches of ``a|b|c`` in order at every position; with hundreds of
    terms that is most of a lexicon's time. Sequences sharing their first atom are merged into one
    branch (``ab|ac`` -> ``a(?:b|c)``) when every branch they jump over starts with an atom that
    cannot match where theirs does, so the first term to match at a position is the same one.
    """
    if depth > 100:  # a very long user term: the rest as a plain ordered alternation (no deep recursion)
        return "(?:" + "|".join("".join(seq[depth:]) for seq in branches) + ")"
    groups: list = []  # [first atom, [rest, ...]] in order
    for seq in branches:
        head = seq[depth] if len(seq) > depth else ""
        target = None
        for group in reversed(groups):
            if group[0] == head:
                target = group
                break
            if not _exclusive(group[0], head):
                break
        if target is None or head == "":
            groups.append([head, [seq]])
        else:
            target[1].append(seq)
    parts = []
    for head, members in groups:
        if head == "":
            parts.append("")
        elif len(members) == 1:
            parts.append("".join(members[0][depth:]))
        else:
            parts.append(head + _prefix_tree(members, depth + 1))
    return parts[0] if len(parts) == 1 and parts[0] else "(?:" + "|".join(parts) + ")"


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
    def _term_pattern(self) -> str | None:
        """The terms as one regular expression without the look-behind for the start of a word (None: no terms).

        One alternation, longest terms first, on lower-cased text: an IGNORECASE alternation is ~20x slower
        on long texts. It is written as a prefix tree (:func:`_prefix_tree`): the same matches, without
        trying every term at every word.
        """
        branches = []
        for entry in sorted(self.entries, key=lambda e: -len(e.term)):
            term, lookahead = entry.term, ()
            if term.endswith(" <num>"):
                term, lookahead = term[: -len(" <num>")], (_NUMBER,)
            atoms = []
            for k, part in enumerate(term.split()):
                if k:
                    atoms.append(_SPACE)
                atoms.extend(re.escape(c) for c in part)
            branches.append((*atoms, *lookahead))
        return _prefix_tree(branches) + _TERM_END if branches else None

    @cached_property
    def pattern(self) -> re.Pattern:
        """The terms as one compiled regular expression: a term starts where no word character, apostrophe
        or hyphen comes before it, and ends where no word character (nor a hyphen and one) follows."""
        terms = self._term_pattern
        return re.compile(_TERM_START + terms if terms else r"(?!x)x")

    @cached_property
    def _scanner(self):
        """The terms' :class:`~framing.termscan.TermScanner` (None: no terms); see :meth:`finditer`."""
        from framing.termscan import TermScanner

        terms = self._term_pattern
        return TermScanner(terms, extra="'-") if terms else None

    def finditer(self, folded: str):
        """Yield ``(start, end, Entry)`` for every match in lower-cased ``folded`` text.

        The matches of :attr:`pattern`'s ``finditer``, found faster by :class:`framing.termscan.TermScanner`
        (``tests/test_lexicons.py`` checks both agree).
        """
        scanner = self._scanner
        if scanner is None:
            return
        by_term = self.by_term
        for start, end in scanner.spans(folded):
            key = " ".join(folded[start:end].split())
            entry = by_term.get(key)
            if entry is None:  # matched a '<num>' term
                entry = by_term[key + " <num>"]
            yield start, end, entry

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
        term = " ".join(term.translate(_APOSTROPHES).lower().split())
        entries.append(Entry(term, category.strip(), float(weight or 1.0), note))
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


def _term(value, *, source: str) -> str:
    """A user term in the folded form lexicons match against (lower case, straight apostrophes)."""
    if value is None or (isinstance(value, float) and value != value):
        raise ValueError(f"{source}: a term is missing (None or NaN)")
    if not isinstance(value, str):
        raise TypeError(f"{source}: a term must be a str, not {type(value).__name__} ({value!r})")
    term = " ".join(value.translate(_APOSTROPHES).lower().split())
    if not term:
        raise ValueError(f"{source}: empty term")
    return term


def _category(value, *, term: str, source: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        raise ValueError(f"{source}: the category of {term!r} is missing (None or NaN)")
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{source}: the category of {term!r} must be a non-empty str, not {value!r}")
    return value.strip()


def _weight(value, *, term: str, source: str) -> float:
    try:
        weight = float(1.0 if value is None else value)
    except (TypeError, ValueError):
        raise ValueError(f"{source}: the weight of {term!r} must be a number, not {value!r}") from None
    if weight != weight:
        return 1.0
    return weight



def _from_dict(lexicon: dict) -> tuple:
    source = "dict lexicon"
    entries = []
    for key, value in lexicon.items():
        term = _term(key, source=source)
        if isinstance(value, str) or value is None or (isinstance(value, float) and value != value):
            category, weight = value, 1.0
        elif isinstance(value, (tuple, list)) and len(value) == 2:
            category, weight = value
        else:
            raise ValueError(
                f"{source}: the value for {term!r} must be a category str or a (category, weight) pair, not {value!r}"
            )
        entries.append(
            Entry(term, _category(category, term=term, source=source), _weight(weight, term=term, source=source))
        )
    return _unique(entries, source=source)


def _from_frame(lexicon) -> tuple:
    source = "DataFrame lexicon"
    missing = {"term", "category"} - set(lexicon.columns)
    if missing:
        raise ValueError(f"a lexicon DataFrame needs the columns term and category; missing {sorted(missing)}")
    entries = []
    for row in lexicon.itertuples(index=False):
        term = _term(row.term, source=source)
        note = getattr(row, "note", "")
        entries.append(
            Entry(
                term,
                _category(row.category, term=term, source=source),
                _weight(getattr(row, "weight", 1.0), term=term, source=source),
                "" if note is None or (isinstance(note, float) and note != note) else str(note),
            )
        )
    return _unique(entries, source=source)


def _user_entries(lexicon) -> tuple[str, str, tuple]:
    """(name, version, entries) of a user lexicon given as a path, dict or DataFrame."""
    if isinstance(lexicon, (str, Path)):
        path = Path(lexicon)
        if not path.is_file():
            raise ValueError(f"lexicon {str(lexicon)!r} is neither a shipped lexicon nor a file")
        return path.stem, "user", _parse_tsv(path.read_text(encoding="utf-8"), source=str(path))
    if isinstance(lexicon, dict):
        return "user", "user", _from_dict(lexicon)
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if pd is not None and isinstance(lexicon, pd.DataFrame):
        return "user", "user", _from_frame(lexicon)
    raise TypeError(
        f"a lexicon must be None, a name, a path, a dict, a DataFrame or a Lexicon, not {type(lexicon).__name__}"
    )


def as_lexicon(lexicon, *, default: str, extend: bool = True) -> Lexicon:
    """Turn what a user passes as a lexicon into a :class:`Lexicon`.

    Every measure takes its lexicon through the same two options, ``lexicon=`` and ``extend=``.

    Parameters
    ----------
    lexicon : None, str, pathlib.Path, dict, pandas.DataFrame or Lexicon
        ``None`` -> the shipped lexicon ``default``; a str naming a shipped lexicon
        or a path to a TSV; a dict ``{term: category}`` or ``{term: (category, weight)}``;
        a DataFrame with columns ``term`` and ``category`` (``weight``, ``note`` optional).
    default : str
        Name of the shipped lexicon used when ``lexicon`` is None.
    extend : bool, default True
        A user lexicon (path, dict or DataFrame) *extends* the shipped ``default``: its terms are
        added, and a term already shipped takes the user's category and weight. The result is
        labelled ``'<default>@<version>+user'``. With ``extend=False`` the user lexicon *replaces*
        the default. A shipped lexicon named by str and a :class:`Lexicon` object are used as given.

    Raises
    ------
    TypeError
        If ``lexicon`` is of another type, or a term is not a str.
    ValueError
        If a term or category is missing (None, NaN, empty), a dict value is neither a category nor a
        ``(category, weight)`` pair, a term appears twice, or a path is not a file.
    """
    if lexicon is None:
        return load(default)
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, str) and lexicon in available():
        return load(lexicon)
    name, version, entries = _user_entries(lexicon)
    if not extend:
        return Lexicon(name, version, entries)
    base = load(default)
    users = {e.term for e in entries}
    merged = tuple(e for e in base.entries if e.term not in users) + tuple(entries)
    return Lexicon(base.name, f"{base.version}+user", merged, base.meta)
