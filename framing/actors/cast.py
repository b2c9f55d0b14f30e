"""The cast: actors and the expressions that refer to them; loading and validation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from framing.lang.english import INSTITUTION_HEADS, MULTI_WORD_HEADS

__all__ = ["Actor", "Cast", "INSTITUTION_HEADS", "LABEL_CATEGORIES", "as_cast"]

#: The categories an evaluative label may have.
LABEL_CATEGORIES = ("delegitimising", "legitimising", "neutral_descriptor", "glorifying", "dehumanising")

@dataclass(frozen=True)
class Actor:
    """One actor of a cast: its name and the expressions that refer to it."""

    name: str
    aliases: tuple = ()
    titles: tuple = ()
    demonyms: tuple = ()
    institutions: tuple = ()
    metonyms: tuple = ()
    labels: tuple = ()  # tuple of (label, category)


def _one_word_names(actor: Actor) -> set:
    """The actor's one-word name and aliases, folded ("Haniyeh")."""
    return {" ".join(t.lower().split()) for t in [_strip_the(actor.name), *actor.aliases] if len(t.split()) == 1}


def _alias_ends(actor: Actor, one_word: set) -> set:
    """The last words of the actor's longer names that are also one-word names of it ("Haniyeh" of "Ismail
    Haniyeh"); ``one_word``: :func:`_one_word_names` of the actor."""
    names = [_strip_the(actor.name), *actor.aliases]
    return {t.lower().split()[-1] for t in names if len(t.split()) > 1} & one_word


def _as_tuple(value, what: str, actor: str) -> tuple:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (list, tuple)):
        for v in value:
            if not isinstance(v, str) or not v.strip():
                raise ValueError(f"cast: {what} of {actor!r} must be non-empty strings, got {v!r}")
        return tuple(v.strip() for v in value)
    raise ValueError(f"cast: {what} of {actor!r} must be a list of strings, got {type(value).__name__}")


def _parse_label(item, actor: str) -> tuple:
    if isinstance(item, dict):
        label, category = item.get("label"), item.get("category", "neutral_descriptor")
    elif isinstance(item, (list, tuple)) and len(item) == 2:
        label, category = item
    elif isinstance(item, str):
        label, _, category = item.rpartition(":") if ":" in item else (item, "", "neutral_descriptor")
    else:
        raise ValueError(f"cast: a label of {actor!r} must be {{label, category}}, got {item!r}")
    if not isinstance(label, str) or not label.strip():
        raise ValueError(f"cast: empty label for {actor!r}")
    category = str(category).strip()
    if category not in LABEL_CATEGORIES:
        raise ValueError(
            f"cast: label {label!r} of {actor!r} has category {category!r}; "
            f"use one of {', '.join(LABEL_CATEGORIES)}"
        )
    return (label.strip(), category)


def _strip_the(term: str) -> str:
    return term[4:] if term.lower().startswith("the ") else term


def _plural(term: str) -> str:
    if term.endswith("s"):
        return term
    if term.endswith("y") and len(term) > 2 and term[-2] not in "aeiou":
        return term[:-1] + "ies"
    if term.endswith(("sh", "ch", "x")):
        return term + "es"
    return term + "s"


@dataclass(frozen=True, eq=False)
class Cast:
    """Actors and the expressions that refer to them (see the module docstring for the format).

    Build one with :func:`as_cast` (path, dict, DataFrame from :func:`suggest`)
    or ``Cast.from_yaml(path)``. ``cast['Iran']`` gives an :class:`Actor`.
    """

    actors: tuple
    source: str = "dict"
    institution_heads: tuple = tuple(INSTITUTION_HEADS)

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data, *, source: str = "dict") -> Cast:
        """A cast from ``{actor: [aliases]}``, ``{actor: {...}}`` or ``{version: 1, actors: {...}}``."""
        if not isinstance(data, dict):
            raise TypeError(f"a cast dict must be a mapping, not {type(data).__name__}")
        heads = tuple(INSTITUTION_HEADS)
        if "actors" in data and not isinstance(data["actors"], dict):
            raise ValueError(
                f"cast: 'actors' must map each actor's name to its terms (actors: {{Iran: [Tehran]}}), "
                f"got a {type(data['actors']).__name__}"
            )
        if "actors" in data:
            version = data.get("version", 1)
            if str(version) != "1":
                raise ValueError(f"cast: unsupported version {version!r} (this framing reads version 1)")
            if data.get("institution_heads"):
                heads = _as_tuple(data["institution_heads"], "institution_heads", "the cast")
            data = data["actors"]
        out = []
        for name, spec in data.items():
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"cast: actor names must be non-empty strings, got {name!r}")
            name = name.strip()
            if spec is None or isinstance(spec, (str, list, tuple)):
                out.append(Actor(name, aliases=_as_tuple(spec, "aliases", name)))
                continue
            if not isinstance(spec, dict):
                raise ValueError(f"cast: actor {name!r} must map to a list of aliases or a dict")
            unknown = set(spec) - {"aliases", "titles", "demonyms", "institutions", "metonyms", "labels"}
            if unknown:
                raise ValueError(f"cast: actor {name!r} has unknown keys {sorted(unknown)}")
            raw_labels = spec.get("labels") or ()
            if isinstance(raw_labels, (str, dict)):
                raw_labels = [raw_labels]  # one label, not a sequence of letters
            if not isinstance(raw_labels, (list, tuple)):
                raise ValueError(f"cast: labels of {name!r} must be a list, got {type(raw_labels).__name__}")
            labels = tuple(_parse_label(item, name) for item in raw_labels)
            out.append(
                Actor(
                    name,
                    aliases=_as_tuple(spec.get("aliases"), "aliases", name),
                    titles=_as_tuple(spec.get("titles"), "titles", name),
                    demonyms=_as_tuple(spec.get("demonyms"), "demonyms", name),
                    institutions=_as_tuple(spec.get("institutions"), "institutions", name),
                    metonyms=_as_tuple(spec.get("metonyms"), "metonyms", name),
                    labels=labels,
                )
            )
        cast = cls(tuple(out), source=source, institution_heads=heads)
        cast.terms  # noqa: B018 - validate (ambiguous aliases) at construction
        return cast

    @classmethod
    def from_yaml(cls, path) -> Cast:
        """Read a cast file (YAML, format in the module docstring)."""
        import yaml

        path = Path(path)
        try:
            with path.open(encoding="utf-8") as handle:
                data = yaml.safe_load(handle)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            where = f"{path}, line {mark.line + 1}" if mark is not None else str(path)
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise ValueError(f"{where}: not a valid YAML cast file ({problem})") from None
        except UnicodeDecodeError as error:
            raise ValueError(f"{path}: a cast file must be UTF-8 text ({error.reason})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a cast file must hold a mapping of actors")
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Cast:
        """A cast from a table with columns ``actor`` and ``term`` (what :func:`suggest` returns).

        Rows with an empty ``actor`` are dropped; an optional ``kind`` column
        (``name``, ``title``, ``demonym``, ``institution``, ``metonym`` or a label
        category) says how a term refers to the actor.
        """
        missing = {"actor", "term"} - set(frame.columns)
        if missing:
            raise ValueError(f"a cast table needs the columns actor and term; missing {sorted(missing)}")
        spec: dict = {}
        kinds = frame["kind"] if "kind" in frame.columns else pd.Series("name", index=frame.index)
        for actor, term, kind in zip(frame["actor"], frame["term"], kinds):
            if not isinstance(actor, str) or not actor.strip() or not isinstance(term, str):
                continue
            entry = spec.setdefault(actor.strip(), {})
            kind = kind if isinstance(kind, str) else "name"
            if kind in LABEL_CATEGORIES:
                entry.setdefault("labels", []).append({"label": term, "category": kind})
            else:
                key = {"name": "aliases", "title": "titles", "demonym": "demonyms",
                       "institution": "institutions", "metonym": "metonyms"}.get(kind, "aliases")
                entry.setdefault(key, []).append(term)
        return cls.from_dict(spec, source="frame")

    # -- access ---------------------------------------------------------------------------
    @property
    def names(self) -> tuple:
        return tuple(a.name for a in self.actors)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):
        return iter(self.actors)

    def __contains__(self, name) -> bool:
        return name in self.names

    def __getitem__(self, name) -> Actor:
        for a in self.actors:
            if a.name == name:
                return a
        raise KeyError(name)

    def __repr__(self) -> str:
        return f"Cast({len(self.actors)} actors: {', '.join(self.names[:6])}{'...' if len(self) > 6 else ''})"

    def to_frame(self) -> pd.DataFrame:
        """One row per expression: actor, term, kind (name, title, ... or 'label'), category."""
        rows = []
        for a in self.actors:
            rows.append((a.name, a.name, "name", None))
            for kind, terms in (("name", a.aliases), ("title", a.titles), ("demonym", a.demonyms),
                                ("institution", a.institutions), ("metonym", a.metonyms)):
                rows.extend((a.name, t, kind, None) for t in terms if not (kind == "name" and t == a.name))
            rows.extend((a.name, label, "label", category) for label, category in a.labels)
        return pd.DataFrame(rows, columns=["actor", "term", "kind", "category"])

    def to_dict(self) -> dict:
        """The cast in the YAML format (``yaml.safe_dump(cast.to_dict())`` writes a cast file)."""
        actors_ = {}
        for a in self.actors:
            spec = {}
            for key in ("aliases", "titles", "demonyms", "institutions", "metonyms"):
                if getattr(a, key):
                    spec[key] = list(getattr(a, key))
            if a.labels:
                spec["labels"] = [{"label": lab, "category": cat} for lab, cat in a.labels]
            actors_[a.name] = spec
        return {"version": 1, "actors": actors_}

    # -- matching -------------------------------------------------------------------------
    @cached_property
    def terms(self) -> dict:
        """Folded surface form -> (actor, kind, label, category); explicit forms before plurals."""
        table: dict = {}
        generated: dict = {}

        def add(term, actor, kind, label=None, category=None, *, plural_of=None):
            key = " ".join(term.lower().replace("\u2019", "'").split())
            if not key:
                return
            value = (actor, kind, label, category)
            target = generated if plural_of else table
            old = table.get(key) or (generated.get(key) if plural_of else None)
            if old is not None and old[0] != actor and kind == "title" and old[1] == "title":
                table[key] = (None, "title", None, None)  # a title of several actors: only before a name
                return
            if old is not None and old[0] != actor and not plural_of:
                raise ValueError(
                    f"cast: {term!r} refers to both {old[0]!r} and {actor!r}; give it to one actor"
                )
            if key not in table:
                target.setdefault(key, value)

        for a in self.actors:
            add(_strip_the(a.name), a.name, "name")
            for t in a.aliases:
                add(t, a.name, "name")
            for t in a.titles:
                add(t, a.name, "title")
            for t in a.institutions:
                add(t, a.name, "institution")
            for t in a.metonyms:
                add(t, a.name, "metonym")
            for t in a.demonyms:
                # a plural demonym ("Valdorians", "Palestinians") names the actor on its own
                add(t, a.name, "name" if t.endswith("s") else "demonym")
            for label, category in a.labels:
                add(label, a.name, "label", label, category)
        for a in self.actors:
            for label, category in a.labels:
                add(_plural(label), a.name, "label", label, category, plural_of=label)
        for key, value in generated.items():
            table.setdefault(key, value)
        return table

    @cached_property
    def name_ends(self) -> frozenset:
        """Folded one-word names that, right after another capitalised word, end someone else's name.

        A place's one-word alias or metonym (an actor with demonyms or metonyms; not a plural such as
        "Palestinians", nor an abbreviation such as "U.S.", which stands in titles: "Democratic U.S. Rep."):
        "Central America", "Good Morning America", "George Washington". A person's one-word
        alias that ends a longer alias of the same actor: with "Ismail Haniyeh" listed, "Hazem Haniyeh" is
        someone else. See :func:`framing.actors.mentions._merge`.
        """
        ends = set()
        for a in self.actors:
            one_word = _one_word_names(a)
            if a.demonyms or a.metonyms:
                ends |= {t for t in one_word | {m.lower() for m in a.metonyms if len(m.split()) == 1}
                         if not t.endswith("s") and "." not in t}  # not "Palestinians", not "U.S."
            ends |= _alias_ends(a, one_word)
        return frozenset(t.replace("\u2019", "'") for t in ends)

    @cached_property
    def person_surnames(self) -> frozenset:
        """The folded one-word aliases of persons (actors with no demonym and no metonym) that end a longer alias of
        the same actor: with "Ismail Haniyeh" listed, "Haniyeh". After a capitalised word that is no English word
        of :data:`framing.lang.english.OPENERS_NOT_FIRST_NAMES` and its kin, such a name is someone else's even
        where a sentence starts ("Hazem Haniyeh was killed"). See :func:`framing.actors.mentions._merge`."""
        ends = set()
        for a in self.actors:
            if not (a.demonyms or a.metonyms):
                ends |= _alias_ends(a, _one_word_names(a))
        return frozenset(t.replace("\u2019", "'") for t in ends)

    @cached_property
    def pattern(self) -> re.Pattern:
        keys = list(self.terms)
        if not keys:
            return re.compile(r"(?!x)x")
        body = _trie_regex(keys)
        # an optional "the" lets "the Front commander" match the label "Front commander" even when
        # "the Front" is an alias (the regex takes the leftmost match); the span starts after it
        return re.compile(r"(?<![\w])(?:the\s+(?=\S))?(?P<term>" + body + r")(?![\w])")

    @cached_property
    def _scan_pattern(self):
        """:attr:`pattern` without its optional "the", as a :class:`~framing.termscan.TermScanner`, or None.

        The optional "the" of :attr:`pattern` changes no term found unless a key's first word is "the" (then
        None: :meth:`find_terms` uses :attr:`pattern`).
        """
        from framing.termscan import TermScanner

        keys = list(self.terms)
        if not keys or any(k.split()[0] == "the" for k in keys):
            return None
        return TermScanner(_trie_regex(keys) + r"(?![\w])")

    def find_terms(self, folded: str):
        """(start, end, term as written in ``folded``) of every match of :attr:`pattern`'s term group, in order.

        The same matches as ``pattern.finditer(folded)``, found faster (:attr:`_scan_pattern`).
        """
        scan = self._scan_pattern
        if scan is None:
            for m in self.pattern.finditer(folded):
                yield m.start("term"), m.end("term"), m.group("term")
            return
        for start, end in scan.spans(folded):
            yield start, end, folded[start:end]

    @cached_property
    def name_pattern(self) -> re.Pattern:
        """Names and institutions only: finds the affiliation inside a label ("Hamas" in "Hamas leader")."""
        keys = [k for k, v in self.terms.items() if v[0] is not None and v[1] in ("name", "institution")]
        if not keys:
            return re.compile(r"(?!x)x")
        body = _trie_regex(keys)
        return re.compile(r"(?<![\w])(?P<term>" + body + r")(?![\w])")

    @cached_property
    def _heads_pattern(self) -> re.Pattern:
        heads = sorted({h.lower() for h in self.institution_heads} | set(MULTI_WORD_HEADS), key=len, reverse=True)
        alt = "|".join(r"[^\S\n\r]+".join(re.escape(p) for p in h.split()) for h in heads)
        return re.compile(r"(?:\s+(?:" + alt + r")(?![\w]))+")

    @cached_property
    def original_terms(self) -> dict:
        """Folded name, alias, title, institution, metonym or demonym -> the term as the cast writes it."""
        out = {}
        for a in self.actors:
            for t in (_strip_the(a.name), *a.aliases, *a.titles, *a.institutions, *a.metonyms, *a.demonyms):
                out[" ".join(t.lower().split())] = _strip_the(t)
        return out

    @cached_property
    def _speaker_cache(self) -> dict:
        return {}

    def actor_of(self, text) -> str | None:
        """The actor a free string (e.g. a quote's speaker) refers to, or None.

        The string is matched with the cast's terms directly (no :func:`framing.read`), and the
        answer is cached on the cast.
        """
        if not isinstance(text, str) or not text.strip() or len(text) >= 400:
            return None
        cache = self._speaker_cache
        if text not in cache:
            from .mentions import detect_in, fold

            found = detect_in(text, fold(text), self)
            if len(cache) > 10_000:
                cache.clear()
            cache[text] = found[0].actor if found else None
        return cache[text]


_GAP = r"[^\S\n\r]+"  # the blanks between two words of a term (never a line break)


def _trie_regex(keys) -> str:
    """One regex matching any of ``keys`` (words joined by blanks), written as a trie of their characters.

    It matches what the alternation of the keys sorted longest first matches: at each position the
    longest key that lets the rest of the pattern match (a longer branch is tried before a key ends, and
    the branches of a node start with different characters, so at most one can match). A trie tests each
    character once, where the alternation tries every key at every position.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        words = key.split()
        for n, word in enumerate(words):
            for char in word:
                node = node.setdefault(char, {})
            if n + 1 < len(words):
                node = node.setdefault(_GAP, {})
        node[""] = {}  # a key ends here

    def emit(node: dict) -> str:
        branches = [(unit if unit == _GAP else re.escape(unit)) + emit(child)
                    for unit, child in node.items() if unit != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@lru_cache(maxsize=32)
def _cast_from_file(path: str, mtime_ns: int, size: int) -> Cast:
    """A cast file parsed once per version of the file (a Cast is immutable, so it can be shared)."""
    return Cast.from_yaml(path)


def as_cast(cast) -> Cast:
    """Turn what a user passes as a cast into a :class:`Cast`.

    Parameters
    ----------
    cast : Cast, str, pathlib.Path, dict or pandas.DataFrame
        A Cast; a path to a YAML cast file; a dict (``{actor: [aliases]}`` or the
        YAML structure); a DataFrame with columns ``actor`` and ``term``.
    """
    if isinstance(cast, Cast):
        return cast
    if isinstance(cast, (str, Path)):
        path = Path(cast)
        if not path.is_file():
            raise ValueError(
                f"cast {str(cast)!r} is not a file; pass a path to a YAML cast, a dict or a Cast"
            )
        stat = path.stat()
        return _cast_from_file(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if isinstance(cast, dict):
        return Cast.from_dict(cast)
    if isinstance(cast, pd.DataFrame):
        return Cast.from_frame(cast)
    raise TypeError(f"a cast must be a Cast, a path, a dict or a DataFrame, not {type(cast).__name__}")

