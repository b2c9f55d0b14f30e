"""Actor framing: who acts, who is acted upon, what they are called, who speaks, how they are portrayed.

``actors(doc, cast)`` finds the mentions of the actors of a *cast* in a document,
gives each mention a semantic role (agent, patient or none) with the verb that
assigns it, records the evaluative label used to name the actor and whether the
mention lies in quoted speech, and sums it all up in one row per actor.

The cast
--------
A :class:`Cast` is built by :func:`as_cast` from a path to a YAML file, a dict
or an existing Cast. The YAML format (``version: 1``)::

    version: 1
    actors:
      Iran:                                   # the actor's name (also matched)
        aliases: [Islamic Republic]           # other names, matched as written
        titles: []                            # titles: "Supreme Leader" alone or before a name
        demonyms: [Iranian]                   # "Iranian officials", "the Iranian government" -> Iran
        institutions: [Supreme National Security Council]   # parts of the actor
        metonyms: [Tehran]                    # counts only when it acts or is acted upon
        labels:                               # evaluative names, kept with a category
          - {label: Islamic regime, category: delegitimising}

Every key but the actor's name is optional. A plain dict ``{actor: [aliases]}``
works too, as does ``{actor: {aliases: [...], labels: [...]}}`` or the full
mapping with ``version`` and ``actors``. A label may also be written
``"label: category"`` or ``[label, category]``. Label categories are
``delegitimising``, ``legitimising``, ``neutral_descriptor``, ``glorifying`` and
``dehumanising`` (:data:`LABEL_CATEGORIES`). An optional top-level
``institution_heads:`` list replaces the nouns that turn a demonym into the
actor (:data:`INSTITUTION_HEADS`: officials, authorities, government, forces,
military, ministry, spokesman...).

Matching rules: names, aliases, titles, institutions and metonyms must start with
a capital letter in the text (all-capital aliases such as ``US`` must match
exactly, so the pronoun "us" is never the United States); labels match in any
case, and their plural (last word + s) matches too. A demonym counts only before
an institutional head noun ("Iranian officials", "Israeli intelligence forces")
or before an action noun of the verb lexicon ("an Israeli attack" -> Israel,
agent of *attack*); "Iranian nuclear scientists" are Iranians, not Iran acting,
and are not a mention. A plural demonym listed in the cast ("Valdorians") counts
on its own. A metonym ("Tehran", "Washington") counts only when it gets a role
and is not the object of a place preposition: "Tehran vowed revenge" is Iran,
"Haniyeh was killed in Tehran" is a place. Adjacent matches of one actor merge
into one mention: "Hamas leader Ismail Haniyeh", "Supreme Leader Ayatollah Ali
Khamenei", "Iran's Supreme National Security Council"; the label (if any) is
kept on the merged mention. An alias used by two actors is an error; a title
shared by several actors ("President", "ambassador") counts only before a
name, where it joins that name's mention.

With ``cast=None`` a *provisional* cast is suggested from the document itself
(:func:`suggest`, names seen at least twice, each its own actor) and the result
records ``cast_source='suggested'``: good for a first look, never for a
published table (aliases are not grouped: "Khamenei" and "Ali Khamenei" are two
actors). Pass a cast for any real analysis.

Roles without a parser
----------------------
No parser model can be installed offline, so roles come from rules over the
document's word tokens and the ``role_verbs`` lexicon (verbs of violence,
coercion, speech, cognition, accusation, support, diplomacy, decision, effort
and *undergo*, with their forms and nominalisations). In order of precedence:

1. **Genitive and demonym before an action noun**: "Israel's strike",
   "an Israeli attack" -> agent; "Haniyeh's killing", "Haniyeh's death" ->
   patient (the lexicon marks nouns whose possessor undergoes the event).
2. **Noun + preposition**: "the assassination of Haniyeh", "the death of X" ->
   patient; "the support of X", "the order of X" -> agent; "a strike on Israel",
   "sanctions against Iran" -> patient; "attacks by its allies" -> agent;
   "support for Israel" -> patient.
3. **Object**: a mention right after an active verb (skipping particles,
   determiners, numbers and up to two adjectives) -> patient ("accused Israel",
   "killed several Iranian military commanders", "ordered Iran to strike");
   after a violence or coercion verb with *at/on/against/upon* -> patient
   ("strike directly at Israel"); after a passive verb, "by X" -> agent;
   "according to X" -> agent of *according to*; a speech verb after a comma
   or closing quote followed by a mention ("..., said Khamenei") -> agent.
   Verbs that take a clause rather than a person (*say, announce, claim,
   believe, confirm, deny...*) give no patient: in "said Estmark does not
   comment" Estmark is the subject of *comment*.
4. **Subject**: a mention followed by a verb group (auxiliaries, negation and
   adverbs skipped) -> agent, or patient if the group is passive ("was killed",
   "has been condemned") or the verb is an *undergo* verb ("died", "will face").
   The subject may be coordinated ("Iran and Hamas accused Israel": both
   agents), followed by an apposition or a non-restrictive relative clause
   between commas ("Hamas, the organization Haniyeh led, vowed";
   "Israel, which is at war with Hamas, has neither acknowledged..."), or by a
   relative pronoun ("Haniyeh, who was killed" -> patient). "is expected to
   hold", "is set to meet": the subject is the agent of the second verb. A
   subject may be separated from its verb by an opening quotation mark
   ("said Estmark \u201cdoes not comment"). A mention that
   follows a preposition is never a subject. After a speech verb, a mention
   that is the subject of its own clause stays a subject ("Iran announced that
   Haniyeh had been killed": Haniyeh is patient of *kill*, not of *announce*).
5. Otherwise the role is None (modifiers such as "Hamas" in "Hamas leader
   Ismail Haniyeh", places, mentions in lists).

A mention gets one role: the one from the first rule that applies. The verb
is recorded as its lemma ("killed", "killing", "assassination" -> *kill*,
*assassinate*); a verb the lexicon does not know (after an auxiliary, or an
-ed form right after the subject) gets a guessed base form (regular -ed
endings stripped: "exchanged" -> *exchange*); irregular ones stay as written.

Limits: no pronoun or definite-description coreference ("the country", "it",
"the group" are not mentions unless the cast lists them as labels); the object
of a verb is assigned only when the mention comes right after it (a long noun
phrase in between breaks the link); infinitive and participle clauses do not
inherit their subject ("Iran launched missiles, pressuring Israel": Iran is not
the agent of *pressure*, Israel is its patient); indirect objects and
ditransitives are treated as objects; reduced relatives and ellipsis are
missed; words the lexicon reads both as a verb and a noun ("strike",
"attacks") are disambiguated from the preceding word only; irregular verbs
missing from the lexicon ("flew") leave their subject without a role. Run
``benchmarks/roles_benchmark.py`` for measured accuracy: on a held-out set of
hand-coded sentences (``benchmarks/gold/roles_heldout.jsonl``, never used to
change the rules) about nine mentions in ten get the coder's role; most
errors are missed agents of possessive nominalisations ("Marren's visit")
and of verbs the lexicon lacks.

Voice and sentiment
-------------------
``in_quote`` is True for a mention inside quotation marks (direct or partial
quotes from :func:`framing.quotes`; if that module cannot be imported, any
text between a pair of quotation marks); the labels table splits label use by
voice (narrator or quote). Times quoted and quoted words per actor come from
the quotes' speakers, matched to actors through the cast. Mean sentiment
toward an actor averages :func:`framing.target.sentiment_toward` over its
mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from framing.document import Document, as_document, rate
from framing.lexicons import as_lexicon
from framing.records import ConciseRepr, Mention, records_frame

__all__ = [
    "Actor",
    "Actors",
    "Cast",
    "INSTITUTION_HEADS",
    "LABEL_CATEGORIES",
    "actors",
    "as_cast",
    "suggest",
]

#: The categories an evaluative label may have.
LABEL_CATEGORIES = ("delegitimising", "legitimising", "neutral_descriptor", "glorifying", "dehumanising")

#: Nouns that turn a demonym into the actor: "Iranian officials" -> Iran.
INSTITUTION_HEADS = (
    "officials official authorities authority government governments leadership leaders regime "
    "forces military army troops soldiers navy air force armed forces security forces intelligence "
    "agents agencies agency ministry ministries diplomats diplomacy negotiators spokesman spokeswoman "
    "spokesperson commanders commander generals police state media state television cabinet "
    "parliament delegation embassy mission envoy administration side warplanes jets drones missiles"
).split()
# multi-word heads are kept whole
_MULTI_HEADS = ("air force", "armed forces", "security forces", "state media", "state television")

_KINDS = ("name", "title", "institution", "metonym", "demonym", "label")
_NAME_KINDS = frozenset({"name", "title", "institution", "metonym", "demonym"})

# ---------------------------------------------------------------------------------------------
# word classes used by the role rules (folded words)
_AUX = frozenset(
    "is are was were be been being am has have had having will would shall should can could may might "
    "must do does did 's 've 'd 'll wo ca".split()
)
_BE = frozenset("is are was were be been being am get gets got gotten getting".split())
_ADV = frozenset(
    "not never n't also reportedly allegedly already still yet just now then again once directly "
    "publicly officially formally immediately apparently previously recently ever neither nor either "
    "both later soon swiftly quickly repeatedly reportedly widely openly jointly finally first "
    "subsequently initially further strongly firmly sharply even really".split()
)
_MODALS = frozenset("will would shall should can could may might must do does did wo ca".split())
# verbs whose complement is a clause, not a person: "said Estmark does not comment" (Estmark is no patient)
_NO_OBJECT = frozenset(
    "say announce claim state add insist declare report believe think fear hope know suggest write "
    "confirm acknowledge deny respond react".split()
)
# "is expected to hold", "is set to meet": the subject is the agent of the verb after "to"
_RAISING = frozenset("expected set due supposed scheduled slated poised likely going able about".split())
_FUNCTION = frozenset(
    "whether if how why what when where who whom whose which that because although though while as than "
    "so not no nor but and or yet also even only just there here it they he she we you i".split()
)
_TO_AFTER = frozenset("yet going set due about able has have had ought used".split())
_DET = frozenset(
    "the a an this that these those its his her their our my your any some each every no another "
    "several both all many few such other two three four five six seven eight nine ten dozens hundreds "
    "thousands most".split()
)
_PREP_BLOCK = frozenset(
    "of on in at to from into by with for against upon onto near toward towards about over under among "
    "amongst between through via without within across including like unlike than despite inside "
    "outside around behind beyond beside besides alongside amid".split()
)
_PLACE_PREP = _PREP_BLOCK - {"by"}
_REL = frozenset("who which that whom".split())
_PARTICLES = frozenset("down up out off back away".split())
_PAREN_START = _REL | _DET | _PREP_BLOCK | frozenset(
    "whose including according itself himself herself themselves as however meanwhile too though "
    "already once long like unlike also".split()
)
_CONJ = frozenset({"and", "or", "nor"})
_SPEECH_LIKE = frozenset({"speech", "cognition", "accusation", "decision"})
_VERB_FORMS = frozenset({"base", "s", "past", "pp", "ing"})
# noun form -> (role of the possessor / demonym, role of "of X")
_NOUN_FORMS = {
    "noun": ("agent", "patient"),
    "noun_undergo": ("patient", "patient"),
    "noun_act": ("agent", "agent"),
}
_PATIENT_PREPS = frozenset({"at", "on", "against", "upon"})
_TARGETED = frozenset({"violence", "coercion", "accusation"})
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday".split()
)
_STOP_CAPS = frozenset(
    "the a an in on at but and or as after before while when if however meanwhile this that these those "
    "it its he she they we i you his her their there some many most no one two three several both all "
    "throughout international according among during since until for from with by of to despite "
    "although though because yet so then later earlier last next new mr mrs ms dr".split()
) | _MONTHS_DAYS


# ---------------------------------------------------------------------------------------------
# the cast
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
        if "actors" in data and isinstance(data["actors"], dict):
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
            labels = tuple(_parse_label(item, name) for item in (spec.get("labels") or ()))
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
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
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
    def pattern(self) -> re.Pattern:
        keys = sorted(self.terms, key=len, reverse=True)
        if not keys:
            return re.compile(r"(?!x)x")
        body = "|".join(r"[^\S\n\r]+".join(re.escape(p) for p in k.split()) for k in keys)
        # an optional "the" lets "the Front commander" match the label "Front commander" even when
        # "the Front" is an alias (the regex takes the leftmost match); the span starts after it
        return re.compile(r"(?<![\w])(?:the\s+(?=\S))?(?P<term>" + body + r")(?![\w])")

    @cached_property
    def _heads_pattern(self) -> re.Pattern:
        heads = sorted({h.lower() for h in self.institution_heads} | set(_MULTI_HEADS), key=len, reverse=True)
        alt = "|".join(r"[^\S\n\r]+".join(re.escape(p) for p in h.split()) for h in heads)
        return re.compile(r"(?:\s+(?:" + alt + r")(?![\w]))+")

    def actor_of(self, text) -> str | None:
        """The actor a free string (e.g. a quote's speaker) refers to, or None."""
        if not isinstance(text, str) or not text.strip():
            return None
        doc = as_document(text) if len(text) < 400 else None
        if doc is None:
            return None
        found = _detect(doc, self)
        return found[0].actor if found else None


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
        return Cast.from_yaml(path)
    if isinstance(cast, dict):
        return Cast.from_dict(cast)
    if isinstance(cast, pd.DataFrame):
        return Cast.from_frame(cast)
    raise TypeError(f"a cast must be a Cast, a path, a dict or a DataFrame, not {type(cast).__name__}")


# ---------------------------------------------------------------------------------------------
# suggest
_CAP_SEQ = re.compile(
    r"(?<![\w'\-])(?:([Tt]he)\s+)?"
    r"((?:[A-Z][\w'\-\.]*[\w]|[A-Z])(?:\s+(?:(?:of|al|bin|de|la|el|for)\s+)?(?:[A-Z][\w'\-\.]*[\w]|[A-Z]))*)"
)
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese)")
_DEMONYM_NP = re.compile(
    r"(?<![\w'\-])([A-Z][a-z]+(?:ian|ean|ese|ish|i))\s+(?!(?:has|was|is|does|this|its|as|us|his)\b)([a-z]{3,}s)(?![\w])"
)


def _texts_of(texts):
    if isinstance(texts, (str, Document)):
        texts = [texts]
    if isinstance(texts, pd.DataFrame):
        texts = texts["text"]
    for t in texts:
        if isinstance(t, Document):
            yield t.text
        elif isinstance(t, str):
            yield t


def suggest(texts, *, top: int = 30, min_count: int = 1) -> pd.DataFrame:
    """Candidate actors for a cast: frequent capitalised names and noun phrases, ranked.

    Parameters
    ----------
    texts : str, Document, iterable of them, or a corpus DataFrame (its ``text`` column)
    top : int
        Number of candidates returned.
    min_count : int
        Minimum number of occurrences.

    Returns
    -------
    pandas.DataFrame
        One row per candidate: ``term`` (as written, without a leading "the"),
        ``actor`` (a first guess: the term itself, for you to edit: give two
        rows the same actor to make one an alias), ``kind`` ('name' or
        'demonym' for phrases such as "Iranian officials"), ``count``,
        ``documents``, ``with_the`` (share of uses after "the": "the
        Revolutionary Guards") and an ``example`` context. Edit it and pass it
        to :func:`as_cast` (or ``Cast.from_frame``).

    Notes
    -----
    Capitalised word sequences (allowing inner *of*, *al*, *bin*, *and*) are
    counted; a single capitalised word that only ever opens a sentence, months,
    weekdays and function words are dropped. Demonyms ("Iranian") and demonym
    noun phrases ("Iranian officials") are listed with kind 'demonym'.
    Limitations: sentence-initial names are counted with their sentence
    opener when it is capitalised ("In Tehran" is not, since "In" is dropped),
    and nothing here knows whether a name is a person, a place or an
    organisation: that is the user's call.
    """
    counts: Counter = Counter()
    docs: Counter = Counter()
    the: Counter = Counter()
    inner: Counter = Counter()
    kinds: dict = {}
    examples: dict = {}
    for text in _texts_of(texts):
        seen = set()
        for m in _CAP_SEQ.finditer(text):
            phrase = m.group(2).rstrip(".'")
            words = phrase.split()
            while words and words[0].lower() in _STOP_CAPS:
                words = words[1:]
            while words and words[-1].lower() in ("of", "and", "for", "al", "bin", "de", "la", "el"):
                words = words[:-1]
            if not words:
                continue
            term = " ".join(words)
            if term.endswith("'s"):
                term = term[:-2]
            if len(term) < 2 or term.lower() in _STOP_CAPS:
                continue
            start = m.start(2) + phrase.find(words[0])
            counts[term] += 1
            seen.add(term)
            kinds.setdefault(term, "demonym" if _DEMONYM_WORD.fullmatch(term) else "name")
            if m.group(1):
                the[term] += 1
            before = text[max(0, start - 3):start]
            opens_sentence = start == 0 or text[start - 1] == "\n" or re.search(
                r"[.!?\"\u201c\u201d]\s*$|^\s*$", before
            )
            if not opens_sentence:
                inner[term] += 1
            examples.setdefault(term, text[max(0, start - 40):start + len(term) + 40].replace("\n", " "))
        for m in _DEMONYM_NP.finditer(text):
            term = m.group(0)
            counts[term] += 1
            seen.add(term)
            kinds.setdefault(term, "demonym")
            inner[term] += 1
            examples.setdefault(term, text[max(0, m.start() - 40):m.end() + 40].replace("\n", " "))
        docs.update(seen)
    rows = [
        (term, term, kinds[term], n, docs[term], the[term] / n, examples[term])
        for term, n in counts.items()
        if n >= min_count and (inner[term] > 0 or " " in term)
    ]
    frame = pd.DataFrame(rows, columns=["term", "actor", "kind", "count", "documents", "with_the", "example"])
    frame = frame.sort_values(["count", "documents", "term"], ascending=[False, False, True], kind="stable")
    return frame.head(top).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# mention detection
@dataclass
class _M:
    """A mention under construction."""

    actor: str
    kind: str
    start: int
    end: int
    label: str | None = None
    category: str | None = None
    nominal: tuple | None = None  # (verb token index) for a demonym before an action noun
    role: str | None = None
    verb: str | None = None
    verb_span: tuple | None = None
    t0: int = -1
    t1: int = -1


def _name_case_ok(text: str, start: int, end: int, term: str) -> bool:
    surface = text[start:end]
    core = surface[4:] if surface[:4].lower() == "the " else surface
    if not core:
        return False
    original = term
    if original.isupper() and len(original.replace(".", "")) <= 5:
        return core == original or core.upper() == core and core.replace(".", "") == original.replace(".", "")
    return core[0].isupper()


def _detect(doc: Document, cast: Cast, verb_nouns=None) -> list:
    """Raw mentions (names, labels, demonym phrases), merged, in text order."""
    text, folded = doc.text, doc.folded
    terms = cast.terms
    originals = _original_terms(cast)
    heads = cast._heads_pattern
    found = []
    for m in cast.pattern.finditer(folded):
        key = " ".join(m.group("term").split())
        actor, kind, label, category = terms[key]
        start, end = m.span("term")
        if actor is None and kind != "title":
            continue
        if kind in _NAME_KINDS and not _name_case_ok(text, start, end, originals.get(key, key)):
            continue
        if kind == "demonym":
            h = heads.match(folded, end)
            if h:
                found.append(_M(actor, "demonym", start, h.end()))
                continue
            if verb_nouns is not None:
                for pattern in (_NEXT_NOUN, _NEXT_NOUN2):
                    nxt = pattern.match(folded, end, end + 50)
                    if nxt and " ".join(nxt.group(1).split()) in verb_nouns:
                        found.append(_M(actor, "demonym", start, end, nominal=(nxt.start(1),)))
                        break
            continue
        found.append(_M(actor, kind, start, end, label=label, category=category))
    return _merge(found, folded)


def _original_terms(cast: Cast) -> dict:
    out = {}
    for a in cast.actors:
        for t in (_strip_the(a.name), *a.aliases, *a.titles, *a.institutions, *a.metonyms, *a.demonyms):
            out[" ".join(t.lower().split())] = _strip_the(t)
    return out


_NEXT_NOUN = re.compile(r"\s+([a-z]+(?:\s+strikes?)?)(?![\w])")
_NEXT_NOUN2 = re.compile(r"\s+[a-z]+\s+([a-z]+(?:\s+strikes?)?)(?![\w])")
_JOIN = re.compile(r"\s+|'s\s+|'\s+")


def _merge(found: list, folded: str) -> list:
    """Merge adjacent matches of one actor: label/title + name, possessive + institution."""
    out: list = []
    for m in found:
        if out:
            prev = out[-1]
            gap = folded[prev.end:m.start]
            if (
                (prev.actor == m.actor or (prev.actor is None and m.actor is not None))
                and _JOIN.fullmatch(gap or " ")
                and gap != ""
                and m.kind in ("name", "title", "institution")
                and prev.kind in ("label", "title", "name", "institution")
                and not (gap.strip().startswith("'") and m.kind != "institution")
                and prev.nominal is None
            ):
                merged = _M(m.actor, "name", prev.start, m.end, label=prev.label or m.label,
                            category=prev.category or m.category)
                out[-1] = merged
                continue
        out.append(m)
    return [m for m in out if m.actor is not None]  # a shared title alone names nobody


# ---------------------------------------------------------------------------------------------
# roles
@dataclass
class _Sent:
    words: list  # folded word tokens of the sentence
    gaps: list  # folded text before each token (from the previous token's end)
    caps: list  # token starts with a capital letter
    t_start: int  # index of the first token in the document
    verbs: list  # per token: (class, forms frozenset, lemma) or None
    reading: list  # per token: 'verb', 'noun' or None
    owner: list  # per token: index into mentions or -1
    opening: list  # per token: an opening curly quote (\u201c) stands just before it


def _verb_table(lex) -> dict:
    table = {}
    for e in lex.entries:
        parts = e.category.split(":")
        cls = parts[0]
        forms = frozenset(parts[1].split("+")) if len(parts) > 1 else frozenset({"base"})
        lemma = parts[2] if len(parts) > 2 and parts[2] else e.term
        table[e.term] = (cls, forms, lemma)
    return table


def _reading(s: _Sent, i: int, mentions: list) -> str | None:
    entry = s.verbs[i]
    if entry is None or s.owner[i] >= 0:
        return None
    _, forms, _ = entry
    has_verb = bool(forms & _VERB_FORMS)
    has_noun = any(f in _NOUN_FORMS for f in forms)
    if s.caps[i] and i > 0 and "." not in s.gaps[i] and '"' not in s.gaps[i]:
        # capitalised inside a sentence: part of a name ("Revolutionary Guard")
        return None
    prev = s.words[i - 1] if i > 0 else ""
    punct_before = i == 0 or bool(re.search(r"[,;:\"()]", s.gaps[i]))
    prev_is_det = not punct_before and (prev in _DET or prev.endswith("'s") or s.gaps[i].startswith("'"))
    prev_owner = s.owner[i - 1] if i > 0 and not punct_before else -1
    prev_demonym = prev_owner >= 0 and mentions[prev_owner].nominal is not None
    prev_possessive = prev_owner >= 0 and (prev.endswith("'s") or s.gaps[i].startswith("'"))
    if has_noun and not has_verb:
        return "noun"
    if has_verb and not has_noun:
        return None if prev_is_det else "verb"
    # both readings
    if prev_is_det or prev_demonym or prev_possessive:
        return "noun"
    if prev == "to" and not punct_before and (i < 2 or s.words[i - 2] != "according"):
        return "verb"
    if not punct_before and (prev in _PREP_BLOCK or (i > 0 and s.reading[i - 1] == "verb")):
        return "noun"
    if not punct_before:
        # adjectives back to a determiner: "a direct military strike"
        j = i - 1
        while j >= 0 and i - j <= 3 and s.verbs[j] is None and s.owner[j] < 0 and s.words[j] not in _AUX \
                and s.words[j] not in _PREP_BLOCK and s.words[j] not in _REL and not s.caps[j] \
                and not re.search(r"[,;:\"]", s.gaps[j + 1] if j + 1 < len(s.gaps) else ""):
            if s.words[j] in _DET:
                return "noun"
            j -= 1
    nxt = s.words[i + 1] if i + 1 < len(s.words) else ""
    if prev in _AUX or prev == "to" or prev in _REL or prev in _ADV or prev_owner >= 0:
        return "verb"
    if "ing" in forms:
        if nxt == "of":
            return "noun"
        return "verb" if (i + 1 < len(s.words) and (s.owner[i + 1] >= 0 or nxt in _DET)) else "noun"
    if forms & {"s", "past"} and punct_before:
        return "verb"
    return "noun" if nxt in ("of", "on", "against", "by") or "base" in forms else "verb"


def _skip_det(s: _Sent, i: int, limit: int = 3) -> int:
    n = 0
    while i < len(s.words) and n < limit and s.owner[i] < 0 and (s.words[i] in _DET or s.words[i].isdigit()):
        i += 1
        n += 1
    return i


def _head(s: _Sent, mentions: list, k: int) -> int:
    """Mention index of the head of the noun phrase that mention k starts ("Hamas leader X" -> X)."""
    seen = 0
    while seen < 4:
        m = mentions[k]
        j = m.t1 + 1
        if j >= len(s.words) or re.search(r"[,;:\"()]", s.gaps[j]):
            return k
        possessive = s.words[m.t1].endswith("'s") or s.gaps[j].startswith("'")
        n = 0
        while j < len(s.words) and n < 2 and s.owner[j] < 0 and not s.caps[j] and s.words[j] not in _AUX \
                and s.words[j] not in _PREP_BLOCK and s.words[j] not in _CONJ and s.reading[j] is None \
                and s.words[j] not in _REL and not re.search(r"[,;:\"()]", s.gaps[j]):
            j += 1
            n += 1
        if j < len(s.words) and s.owner[j] >= 0 and s.owner[j] != k and (n > 0 or possessive) \
                and not re.search(r"[,;:\"()]", s.gaps[j]):
            k = s.owner[j]
            seen += 1
            continue
        return k
    return k


def _possessive(s: _Sent, m) -> bool:
    return s.words[m.t1].endswith("'s") or (m.t1 + 1 < len(s.words) and s.gaps[m.t1 + 1].startswith("'"))


def _mention_start(s: _Sent, mentions: list, i: int) -> int:
    """Mention (head) index starting at token i after determiners, or -1.

    A possessive before a common noun is not the head: in "the bombing of Ostria's
    airfields" the airfields are bombed, not Ostria.
    """
    i = _skip_det(s, i)
    if i < len(s.words) and s.owner[i] >= 0 and mentions[s.owner[i]].t0 == i:
        k = _head(s, mentions, s.owner[i])
        m = mentions[k]
        if _possessive(s, m) and m.t1 + 1 < len(s.words) and s.owner[m.t1 + 1] < 0 \
                and not re.search(r"[,;:\"()]", s.gaps[m.t1 + 1]):
            return -1
        return k
    return -1


def _coordinated(s: _Sent, mentions: list, k: int) -> list:
    """Mentions joined to mention k by 'and', 'or' or list commas ending in 'and'."""
    out = [k]
    j = mentions[k].t1 + 1
    pending = []
    while j < len(s.words):
        gap = s.gaps[j]
        if s.words[j] in _CONJ and "," not in gap.replace(",", "", 0) and '"' not in gap:
            nk = _mention_start(s, mentions, j + 1)
            if nk < 0 or mentions[nk].actor == mentions[k].actor:
                break
            out.extend(pending)
            out.append(nk)
            pending = []
            j = mentions[nk].t1 + 1
            continue
        if gap.strip() == ",":
            nk = _mention_start(s, mentions, j)
            if nk < 0 or mentions[nk].actor == mentions[k].actor:
                break
            pending.append(nk)
            j = mentions[nk].t1 + 1
            continue
        break
    return out


def _verb_group(s: _Sent, i: int, *, from_subject: bool):
    """From token i, skip auxiliaries/adverbs to a verb. Returns (verb token, passive, aux seen) or None."""
    aux = []
    j = i
    while j < len(s.words):
        w = s.words[j]
        if j > i and re.search(r"[,;:\"()]", s.gaps[j]):
            return None
        if s.owner[j] >= 0:
            return None
        if s.reading[j] == "verb":
            cls, forms, lemma = s.verbs[j]
            if "ing" in forms and not (forms & {"base", "s", "past", "pp"}) and not aux and from_subject:
                return None
            passive = bool(forms & {"past", "pp"}) and any(a in _BE for a in aux[-3:]) and w not in _BE
            if passive and w in _RAISING and j + 2 < len(s.words) and s.words[j + 1] == "to" \
                    and not re.search(r"[,;:\"()]", s.gaps[j + 1]):
                inner = _verb_group(s, j + 2, from_subject=from_subject)
                if inner is not None:
                    return inner[0], inner[1], aux + ["to"]
            return j, passive, aux
        if w in _AUX or w in _BE:
            aux.append(w)
        elif w in _ADV or (w.endswith("ly") and len(w) > 4 and s.verbs[j] is None):
            pass
        elif w == "to" and aux and (s.words[j - 1] in _TO_AFTER):
            pass
        elif aux and s.verbs[j] is None and w.isalpha() and not s.caps[j] and w not in _DET \
                and w not in _PREP_BLOCK and w not in _REL and w not in _CONJ \
                and (w.endswith(("ed", "en")) or aux[-1] in _MODALS):
            # an unknown verb after an auxiliary ("has tried", "was seen")
            passive = w.endswith(("ed", "en")) and any(a in _BE for a in aux[-3:])
            return j, passive, aux
        elif not aux and from_subject and s.verbs[j] is None and w.endswith("ed") and len(w) > 4 \
                and not s.caps[j] and s.reading[j] is None:
            return j, False, aux
        else:
            return None
        j += 1
    return None


_E_STEMS = (
    "at", "iz", "is", "uc", "ang", "eng", "ar", "iv", "ov", "ud", "ur", "ir", "os", "us", "rg", "rad", "ot"
)


def _guess_lemma(word: str) -> str:
    """Base form of a verb the lexicon does not know (regular -ed forms only; others as written)."""
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if not word.endswith("ed") or len(word) < 5:
        return word
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # planned -> plan
    if stem.endswith(_E_STEMS) and not stem.endswith("oot"):
        return stem + "e"  # violated -> violate, exchanged -> exchange
    return stem


def _lemma(s: _Sent, j: int) -> tuple:
    entry = s.verbs[j]
    if entry is None:
        return ("other", _guess_lemma(s.words[j]))
    return (entry[0], entry[2])


def _assign(m: _M, role: str, s: _Sent, j: int, doc: Document, *, verb: str | None = None) -> None:
    if m.role is not None:
        return
    m.role = role
    if verb is not None:
        m.verb = verb
    else:
        m.verb = _lemma(s, j)[1]
    t = s.t_start + j
    m.verb_span = (int(doc.word_starts[t]), int(doc.word_ends[t]))


def _opens_quote(s: _Sent, j: int) -> bool:
    """The quote mark before token j opens a quote (curly \u201c in the original text)."""
    return s.opening[j]


def _subject_verb(s: _Sent, mentions: list, k: int):
    """The verb group mention k is the subject of: (verb token, passive) or None."""
    m = mentions[k]
    if m.nominal is not None:
        return None
    i = m.t0
    # never a subject after a preposition ("the attack on Israel killed...")
    p = i - 1
    while p >= 0 and s.words[p] in _DET and not re.search(r"[,;:\"()]", s.gaps[p + 1]):
        p -= 1
    if p >= 0 and s.words[p] in _PREP_BLOCK and not re.search(r"[,;:\"()]", s.gaps[p + 1]):
        return None
    if p >= 0 and s.words[p] in _CONJ and p > 0 and s.owner[p - 1] >= 0:
        return None  # a later conjunct: the first one carries the group
    if s.words[m.t1].endswith("'s") or (m.t1 + 1 < len(s.words) and s.gaps[m.t1 + 1].startswith("'")):
        return None
    group = _coordinated(s, mentions, k)
    j = mentions[group[-1]].t1 + 1
    if j >= len(s.words):
        return None
    # "and its allies" (a conjunct that is not an actor)
    if s.words[j] in _CONJ and "," not in s.gaps[j]:
        n = j + 1
        while n < len(s.words) and n - j <= 3 and s.owner[n] < 0 and s.reading[n] is None \
                and s.words[n] not in _AUX and not re.search(r"[,;:\"()]", s.gaps[n]):
            n += 1
        if n - j > 1:
            j = n
    gap = s.gaps[j]
    if '"' in gap and not _opens_quote(s, j):
        return None
    if "," in gap:
        w = s.words[j]
        if w in _REL and w != "that":
            vg = _verb_group(s, j + 1, from_subject=True)
            if vg:
                return vg[0], vg[1]
        if w in _PAREN_START or s.owner[j] >= 0:
            close = j + 1
            while close < len(s.words) and close - j <= 25:
                g = s.gaps[close]
                if re.search(r"[;:()\"]", g) or "." in g:
                    return None
                if "," in g:
                    break
                close += 1
            else:
                return None
            if close < len(s.words):
                vg = _verb_group(s, close, from_subject=True)
                if vg:
                    return vg[0], vg[1]
        return None
    if s.words[j] in _REL and s.words[j] != "that":
        j += 1
    vg = _verb_group(s, j, from_subject=True)
    if vg:
        return vg[0], vg[1]
    return None


def _roles(doc: Document, mentions: list, verbs: dict) -> None:
    """Assign roles to the mentions in place (rules in the module docstring)."""
    if not mentions or not doc.n_words:
        return
    folded, text = doc.folded, doc.text
    ws, we = doc.word_starts, doc.word_ends
    # token ranges of mentions
    starts = np.array([m.start for m in mentions], dtype=np.int64)
    ends = np.array([m.end for m in mentions], dtype=np.int64)
    t0 = np.maximum(np.searchsorted(ws, starts, side="right") - 1, 0)
    t1 = np.maximum(np.searchsorted(ws, ends, side="left") - 1, t0)
    for m, a, b in zip(mentions, t0.tolist(), t1.tolist()):
        m.t0, m.t1 = a, b
    sent_of_word = doc.word_sentence
    by_sentence: dict = {}
    for idx, m in enumerate(mentions):
        by_sentence.setdefault(int(sent_of_word[m.t0]), []).append(idx)
    sent_first = np.searchsorted(sent_of_word, np.arange(doc.n_sentences), side="left")
    sent_last = np.searchsorted(sent_of_word, np.arange(doc.n_sentences), side="right")
    for si, idxs in by_sentence.items():
        a, b = int(sent_first[si]), int(sent_last[si])
        if b <= a:
            continue
        words = [folded[ws[t]:we[t]] for t in range(a, b)]
        gaps = [folded[(we[t - 1] if t > a else doc.sentences[si][0]):ws[t]] for t in range(a, b)]
        caps = [text[ws[t]].isupper() for t in range(a, b)]
        vs = []
        for w in words:
            e = verbs.get(w)
            if e is None and w.endswith("'s"):
                e = None
            vs.append(e)
        opening = [text[ws[t] - 1] == "\u201c" if ws[t] > 0 else False for t in range(a, b)]
        s = _Sent(words, gaps, caps, a, vs, [None] * (b - a), [-1] * (b - a), opening)
        local = [mentions[k] for k in idxs]
        for li, m in enumerate(local):
            m.t0 -= a
            m.t1 = min(m.t1 - a, b - a - 1)  # a mention never reaches past its sentence's last word
            for t in range(m.t0, m.t1 + 1):
                s.owner[t] = li
        for m in local:  # demonym + action noun: the noun token must not be taken by the mention
            if m.nominal is not None:
                vt = int(np.searchsorted(ws[a:b], m.nominal[0], side="left"))
                m.nominal = (vt,)
        for t in range(len(words)):
            s.reading[t] = _reading(s, t, local)
        _roles_in_sentence(doc, s, local, verbs)
        for m in local:
            m.t0 += a
            m.t1 += a


def _roles_in_sentence(doc: Document, s: _Sent, ms: list, verbs: dict) -> None:
    n = len(s.words)
    # 1. genitive and demonym before an action noun
    for m in ms:
        j = None
        if m.nominal is not None:
            j = m.nominal[0]
        elif s.words[m.t1].endswith("'s") or (m.t1 + 1 < n and s.gaps[m.t1 + 1].startswith("'")):
            k = m.t1 + 1
            steps = 0
            while k < n and steps < 2 and s.reading[k] != "noun" and s.owner[k] < 0 and s.verbs[k] is None \
                    and not re.search(r"[,;:\"()]", s.gaps[k]) and s.words[k] not in _PREP_BLOCK:
                k += 1
                steps += 1
            if k < n and s.reading[k] == "noun" and not re.search(r"[,;:\"()]", s.gaps[k]):
                j = k
        if j is not None and j < n and s.verbs[j] is not None:
            forms = s.verbs[j][1]
            nf = next((f for f in forms if f in _NOUN_FORMS), None)
            if nf:
                _assign(m, _NOUN_FORMS[nf][0], s, j, doc)
        # "Iran-backed": a mention glued to a participle
    # 2. noun + preposition
    for j in range(n):
        if s.reading[j] != "noun" or s.verbs[j] is None:
            continue
        cls, forms, _ = s.verbs[j]
        nf = next((f for f in forms if f in _NOUN_FORMS), None)
        if nf is None or j + 1 >= n or re.search(r"[,;:\"()]", s.gaps[j + 1]):
            continue
        prep = s.words[j + 1]
        if prep == "of":
            role = _NOUN_FORMS[nf][1]
        elif prep == "by":
            role = "agent"
        elif prep in _PATIENT_PREPS and cls in _TARGETED | {"support", "speech"}:
            role = "patient"
        elif prep == "for" and cls == "support":
            role = "patient"
        else:
            continue
        k = _mention_start(s, ms, j + 2)
        if k >= 0:
            group = _coordinated(s, ms, k)
            for c in group:
                _assign(ms[c], role, s, j, doc)
            # "the killing of X by Y": Y is the agent
            b = ms[group[-1]].t1 + 1
            if prep == "of" and b < n and s.words[b] == "by" and not re.search(r"[,;:\"()]", s.gaps[b]):
                kb = _mention_start(s, ms, b + 1)
                if kb >= 0:
                    for c in _coordinated(s, ms, kb):
                        _assign(ms[c], "agent", s, j, doc)
    # 3/4. verbs: subjects and objects
    subject_of = {}
    for k, m in enumerate(ms):
        if m.role is None:
            sv = _subject_verb(s, ms, k)
            if sv is not None:
                subject_of[k] = sv
    for j in range(n):
        if s.reading[j] != "verb":
            continue
        cls = s.verbs[j][0]
        passive = _passive(s, j)
        # "according to X"
        i = j + 1
        while i < n and (s.words[i] in _PARTICLES or s.words[i] in _ADV) \
                and not re.search(r"[,;:\"]", s.gaps[i]):
            i += 1
        if i >= n or re.search(r"[;:\"()]", s.gaps[i]) or ("," in s.gaps[i]):
            continue
        if passive:
            b = i
            while b < n and b - i < 6 and s.words[b] != "by" and s.owner[b] < 0 \
                    and not re.search(r"[,;:\"()]", s.gaps[b]):
                b += 1
            if b < n and s.words[b] == "by" and not re.search(r"[,;:\"()]", s.gaps[b]):
                k = _mention_start(s, ms, b + 1)
                if k >= 0:
                    for c in _coordinated(s, ms, k):
                        _assign(ms[c], "agent", s, j, doc)
            continue
        inverted = cls == "speech" and bool(re.search(r"[,\"]", s.gaps[j]))
        if cls == "undergo" or (not inverted and s.verbs[j] is not None and s.verbs[j][2] in _NO_OBJECT):
            continue
        k = _object_at(s, ms, i, cls)
        if k is None:
            continue
        k, role = k
        for c in _coordinated(s, ms, k):
            if c in subject_of and (cls in _SPEECH_LIKE or s.words[j] == "that"):
                continue
            _assign(ms[c], "agent" if inverted and role == "patient" else role, s, j, doc)
    # "according to X"
    for j in range(n - 1):
        if s.words[j] == "according" and s.words[j + 1] == "to":
            k = _mention_start(s, ms, j + 2)
            if k >= 0:
                for c in _coordinated(s, ms, k):
                    _assign(ms[c], "agent", s, j, doc, verb="according to")
    for k, (j, passive) in subject_of.items():
        cls = s.verbs[j][0] if s.verbs[j] is not None else "other"
        role = "patient" if passive or cls == "undergo" else "agent"
        for c in _coordinated(s, ms, k):
            _assign(ms[c], role, s, j, doc)
    # "Iran-backed": the mention acts on what follows
    for m in ms:
        if m.role is None and m.t1 == m.t0:
            _, _, rest = s.words[m.t0].partition("-")
            if rest:
                from_lex = verbs.get(rest)
                if from_lex is not None and from_lex[1] & {"past", "pp"}:
                    m.role = "agent"
                    m.verb = from_lex[2]


def _passive(s: _Sent, j: int) -> bool:
    cls, forms, _ = s.verbs[j] if s.verbs[j] is not None else ("other", frozenset(), "")
    if not forms & {"past", "pp"}:
        return False
    k = j - 1
    seen = 0
    while k >= 0 and seen < 4:
        w = s.words[k]
        if re.search(r"[,;:\"()]", s.gaps[k + 1]):
            return False
        if w in _BE:
            return True
        if w in _ADV or (w.endswith("ly") and s.verbs[k] is None) or w in ("nor", "and", "or") or w in _AUX:
            k -= 1
            seen += 1
            continue
        if s.reading[k] == "verb" and w in ("and", "or"):
            k -= 1
            continue
        return False
    return False


def _object_at(s: _Sent, ms: list, i: int, cls: str):
    """The mention a verb takes as object starting at token i: (mention index, role) or None."""
    n = len(s.words)
    w = s.words[i]
    if w in _PATIENT_PREPS and cls in _TARGETED:
        k = _mention_start(s, ms, i + 1)
        return (k, "patient") if k >= 0 else None
    j = i
    steps = 0
    while j < n and steps < 4 and s.owner[j] < 0:
        if j > i and re.search(r"[,;:\"()]", s.gaps[j]):
            return None
        wj = s.words[j]
        if wj in ("that", "this", "these", "those"):
            return None  # a complement clause ("told reporters that X..."), not an object
        if wj in _DET or wj.isdigit():
            pass
        elif steps < 3 and wj.isalpha() and not s.caps[j] and s.verbs[j] is None and wj not in _PREP_BLOCK \
                and wj not in _AUX and wj not in _FUNCTION and wj != "to":
            pass  # an adjective ("senior", "several")
        else:
            return None
        j += 1
        steps += 1
    if j < n and s.owner[j] >= 0 and ms[s.owner[j]].t0 == j:
        return _head(s, ms, s.owner[j]), "patient"
    return None


# ---------------------------------------------------------------------------------------------
# quotes and sentiment
_QUOTE_PAIR = re.compile(r'"[^"\n]{1,3000}"')


def _quote_spans(doc: Document, quotes):
    """(spans in quotation marks, Quote records or None) from framing.quotes, or a quote-mark scan."""
    result = quotes
    if quotes is None:
        try:
            from framing.quotes import quotes as find_quotes
        except ImportError:
            find_quotes = None
        result = find_quotes(doc) if find_quotes is not None else None
    if result is False:
        result = None
    records = tuple(getattr(result, "quotes", result) or ()) if result is not None else None
    if records is not None:
        spans = sorted((q.start, q.end) for q in records if q.kind in ("direct", "partial"))
    else:
        spans = [m.span() for m in _QUOTE_PAIR.finditer(doc.folded)]
    return spans, records


def _in_spans(spans, starts_sorted, pos_start: int, pos_end: int) -> bool:
    i = bisect_right(starts_sorted, pos_start) - 1
    # a few spans may nest or overlap; look back a little
    for k in range(i, max(i - 3, -1), -1):
        s, e = spans[k]
        if s <= pos_start and pos_end <= e + 1:
            return True
    return False


def _sentiment_scores(doc: Document, mentions) -> tuple:
    """(score per mention, available): the sentiment toward each mention, from framing.target."""
    from framing.target import sentiment_toward

    return [float(sentiment_toward(doc, m.start, m.end).score) for m in mentions], True


# ---------------------------------------------------------------------------------------------
# result
@dataclass(frozen=True, repr=False)
class Actors(ConciseRepr):
    """What :func:`actors` found in one document.

    Attributes
    ----------
    mentions : tuple of Mention
        Every mention in text order: ``actor``, ``text``/``start``/``end``,
        ``label`` and ``label_category`` (evaluative label, if the mention uses
        one), ``role`` ('agent', 'patient' or None) and ``verb`` (lemma),
        ``in_quote`` and ``sentence``.
    table : pandas.DataFrame
        One row per actor of the cast (indexed by actor, cast order):
        mentions, share (of all mentions), first_sentence, first_position
        ('headline', 'lede', 'body' or None), labels (text summary) and
        n_labelled, agent / patient counts and shares (of the actor's
        mentions), top_agent_verbs, top_patient_verbs (lemma and count),
        times_quoted (quotes of any kind credited to the actor),
        times_quoted_direct (direct and partial quotes only), quoted_words
        (words of all its quotes), sentiment (mean score toward the actor) and
        sentiment_mentions (mentions with a score).
    labels : pandas.DataFrame
        actor, label, category, voice ('narrator' or 'quote'), count.
    verb_spans : tuple
        ``(start, end)`` of the verb that gave each mention its role (None if no role).
    cast_source : str
        Where the cast came from (a path, 'dict', 'frame' or 'suggested').
    lexicon : str
        ``name@version`` of the verb lexicon.
    quotes_source : str
        'framing.quotes', 'given', or 'quote marks' (fallback when framing.quotes is missing).
    sentiment_available : bool
        False when ``sentiment=False`` or :func:`framing.target.sentiment_toward` cannot be
        used (not importable, or its model file missing): the sentiment column is then NaN.
    """

    mentions: tuple
    table: pd.DataFrame = field(repr=False)
    labels: pd.DataFrame = field(repr=False)
    verb_spans: tuple = field(default=(), repr=False)
    n_words: int = 0
    cast_source: str = ""
    lexicon: str = ""
    quotes_source: str = ""
    sentiment_available: bool = True

    def to_frame(self) -> pd.DataFrame:
        """The mentions as a tidy DataFrame, one row per mention."""
        frame = records_frame(self.mentions, Mention)
        frame["verb_start"] = [v[0] if v else None for v in self.verb_spans] if self.verb_spans else None
        frame["verb_end"] = [v[1] if v else None for v in self.verb_spans] if self.verb_spans else None
        return frame

    def summary(self) -> pd.Series:
        """Every scalar as a flat Series: overall figures and per-actor figures, prefixed 'actors.'."""
        ms = self.mentions
        n = len(ms)
        labelled = sum(m.label is not None for m in ms)
        values = {
            "mentions": n,
            "actors_mentioned": int((self.table["mentions"] > 0).sum()) if len(self.table) else 0,
            "mentions_per_100_words": rate(n, self.n_words, per=100),
            "agent_share": rate(sum(m.role == "agent" for m in ms), n),
            "patient_share": rate(sum(m.role == "patient" for m in ms), n),
            "labelled_share": rate(labelled, n),
            "quoted_mention_share": rate(sum(m.in_quote for m in ms), n),
        }
        for category in LABEL_CATEGORIES:
            values[f"labels_{category}"] = sum(m.label_category == category for m in ms)
        for actor, row in self.table.iterrows():
            key = _slug(actor)
            for column in ("mentions", "share", "agent_share", "patient_share", "times_quoted",
                           "quoted_words", "sentiment"):
                values[f"{key}.{column}"] = row[column]
        return pd.Series(values, dtype=float).rename(index=lambda k: f"actors.{k}")

    def evidence(self) -> list:
        """(start, end, label, tooltip) for every mention and every evaluative label."""
        out = []
        for m in self.mentions:
            role = m.role or "other"
            voice = "in a quote" if m.in_quote else "narrator"
            how = f"{role} of '{m.verb}'" if m.role else "no role"
            out.append((m.start, m.end, f"actor:{role}", f"{m.actor}: {how} ({voice})"))
            if m.label is not None:
                out.append(
                    (m.start, m.end, f"label:{m.label_category}",
                     f"label '{m.label}' for {m.actor} ({m.label_category}, {voice})")
                )
        return out


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


def _position(doc: Document, sentence: int) -> str:
    """'headline' (a first line without final punctuation), 'lede' (first paragraph of text) or 'body'."""
    if not doc.paragraphs:
        return "body"
    para = int(doc.sentence_paragraph[sentence])
    first = doc.text[doc.paragraphs[0][0]:doc.paragraphs[0][1]].rstrip()
    has_headline = (
        len(doc.paragraphs) > 1 and not re.search(r"[.!?\"'\u201d\u2019]$", first) and len(first) < 200
    )
    if has_headline:
        return "headline" if para == 0 else ("lede" if para == 1 else "body")
    return "lede" if para == 0 else "body"


def _top(counter: Counter, n: int = 3) -> str:
    return ", ".join(f"{v} ({c})" for v, c in counter.most_common(n))


def actors(doc, cast=None, *, quotes=None, lexicon=None, extend: bool = True, sentiment: bool = True) -> Actors:
    """Find the actors of a cast in a document: mentions, roles, labels, voice and sentiment.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`).
    cast : Cast, path, dict or DataFrame, optional
        Who to look for (see the module docstring for the YAML format). None
        builds a provisional cast from the document's own frequent names
        (:func:`suggest`, names seen at least twice); the result then records
        ``cast_source='suggested'``. Pass a real cast for analysis.
    quotes : Quotes, sequence of Quote, False or None
        The quotes found in the document (from :func:`framing.quotes`). None
        computes them; False skips voice (times_quoted is 0, ``in_quote`` comes
        from quotation marks only).
    lexicon : None, name, path, dict or DataFrame
        The verb lexicon (default ``role_verbs``; category ``class:forms:lemma``).
    sentiment : bool
        Compute the mean sentiment toward each actor (one
        :func:`framing.target.sentiment_toward` call per mention).

    Returns
    -------
    Actors

    Notes
    -----
    Roles follow the agent/patient distinction of transitivity analysis
    (Halliday 1994; Dowty 1991): who is presented as doing and who as done to.
    Framing research reads agency as part of the causal interpretation a frame
    promotes (Entman 1993); naming choices ("militant group", "resistance
    movement", "terror chief", "martyr") are the labels of the cast; who is
    quoted is voice (Bell 1991). The rules are listed in the module docstring.

    Limitations
    -----------
    Rules, not a parser: no coreference (pronouns, "the country"), objects only
    right after their verb, infinitive and participle clauses do not inherit
    their subject, one role per mention. A cast finds only what it lists.
    Sentiment toward an actor is only as good as
    :func:`framing.target.sentiment_toward`. English only.

    References
    ----------
    Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. J. of Communication 43(4).
    Halliday, M. A. K. (1994). An Introduction to Functional Grammar (2nd ed.). Edward Arnold.
    Dowty, D. (1991). Thematic proto-roles and argument selection. Language 67(3).
    Bell, A. (1991). The Language of News Media. Blackwell.
    van Leeuwen, T. (1996). The representation of social actors. In Texts and Practices. Routledge.
    """
    doc = as_document(doc)
    if cast is None:
        frame = suggest([doc], top=50, min_count=2)
        frame = frame[frame["kind"] == "name"]
        cast_obj = Cast.from_dict({t: [t] for t in frame["term"]}, source="suggested")
    else:
        cast_obj = as_cast(cast)
    lex = as_lexicon(lexicon, default="role_verbs", extend=extend)
    verbs = _verb_table(lex)
    nouns = {t: e for t, e in verbs.items() if any(f in _NOUN_FORMS for f in e[1])}

    raw = _detect(doc, cast_obj, nouns) if doc.n_words else []
    _roles(doc, raw, verbs)
    # metonyms count only when they act or are acted upon, and not after a place preposition
    kept = []
    for m in raw:
        if m.kind == "metonym":
            before = re.findall(r"[\w']+", doc.folded[max(0, m.start - 20):m.start])
            if m.role is None or (before and before[-1] in _PLACE_PREP):
                continue
        kept.append(m)

    quote_spans, quote_records = _quote_spans(doc, quotes)
    if quotes is False:
        quotes_source = "quote marks"
    elif quotes is not None:
        quotes_source = "given"
    else:
        quotes_source = "framing.quotes" if quote_records is not None else "quote marks"
    q_starts = [s for s, _ in quote_spans]
    text = doc.text
    records = []
    verb_spans = []
    # one searchsorted for all mentions
    sentence_ids = np.maximum(
        np.searchsorted(doc.sentence_starts, np.fromiter((m.start for m in kept), dtype=np.int64, count=len(kept)),
                        side="right") - 1, 0).tolist()
    for m, si in zip(kept, sentence_ids):
        records.append(
            Mention(
                text[m.start:m.end], int(m.start), int(m.end), m.actor, m.label, m.role, m.verb,
                _in_spans(quote_spans, q_starts, m.start, m.end) if quote_spans else False, int(si),
                m.category,
            )
        )
        verb_spans.append(m.verb_span)
    records = tuple(records)
    if sentiment:
        scores, sentiment_ok = _sentiment_scores(doc, records)
    else:
        scores, sentiment_ok = [float("nan")] * len(records), False

    table = _table(doc, cast_obj, records, scores, quote_records)
    return Actors(
        mentions=records,
        table=table,
        labels=_labels_table(records),
        verb_spans=tuple(verb_spans),
        n_words=doc.n_words,
        cast_source=cast_obj.source,
        lexicon=lex.label,
        quotes_source=quotes_source,
        sentiment_available=sentiment_ok,
    )


def _speaker_actors(cast: Cast, q, mention_index) -> set:
    """Actors a quote is credited to: mentions inside the speaker span, else the speaker's name."""
    found = set()
    start, end = getattr(q, "speaker_start", None), getattr(q, "speaker_end", None)
    if start is not None and end is not None:
        i = bisect_right(mention_index[0], end - 1) - 1
        while i >= 0 and i > -50:
            if mention_index[1][i] > start and mention_index[0][i] < end:
                found.add(mention_index[2][i])
            if mention_index[1][i] <= start and mention_index[0][i] < start - 200:
                break
            i -= 1
    if not found:
        for name in (getattr(q, "speaker", None), getattr(q, "speaker_text", None)):
            actor = cast.actor_of(name) if name else None
            if actor is not None:
                found.add(actor)
                break
    return found


def _table(doc: Document, cast: Cast, records, scores, quote_records) -> pd.DataFrame:
    names = list(cast.names)
    for m in records:
        if m.actor not in names:
            names.append(m.actor)
    total = len(records)
    by_actor: dict = {a: [] for a in names}
    for m, sc in zip(records, scores):
        by_actor[m.actor].append((m, sc))
    quoted, quoted_direct, quoted_words = Counter(), Counter(), Counter()
    if quote_records:
        mention_index = ([m.start for m in records], [m.end for m in records], [m.actor for m in records])
        for q in quote_records:
            for actor in _speaker_actors(cast, q, mention_index):
                if actor in by_actor:
                    quoted[actor] += 1
                    quoted_direct[actor] += q.kind in ("direct", "partial")
                    quoted_words[actor] += doc.words_between(q.start, q.end)
    rows = []
    for a in names:
        items = by_actor[a]
        n = len(items)
        labels = Counter((m.label, m.label_category) for m, _ in items if m.label)
        agent_verbs = Counter(m.verb for m, _ in items if m.role == "agent" and m.verb)
        patient_verbs = Counter(m.verb for m, _ in items if m.role == "patient" and m.verb)
        n_agent = sum(m.role == "agent" for m, _ in items)
        n_patient = sum(m.role == "patient" for m, _ in items)
        valid = [sc for _, sc in items if sc == sc]
        first = min((m.sentence for m, _ in items), default=None)
        rows.append(
            {
                "actor": a,
                "mentions": n,
                "share": rate(n, total),
                "first_sentence": first if first is not None else np.nan,
                "first_position": _position(doc, first) if first is not None else None,
                "labels": "; ".join(f"{lab} ({cat}): {c}" for (lab, cat), c in labels.most_common()),
                "n_labelled": sum(labels.values()),
                "agent": n_agent,
                "patient": n_patient,
                "agent_share": rate(n_agent, n),
                "patient_share": rate(n_patient, n),
                "top_agent_verbs": _top(agent_verbs),
                "top_patient_verbs": _top(patient_verbs),
                "times_quoted": quoted[a],
                "times_quoted_direct": quoted_direct[a],
                "quoted_words": quoted_words[a],
                "sentiment": float(np.mean(valid)) if valid else np.nan,
                "sentiment_mentions": len(valid),
            }
        )
    columns = ["actor", "mentions", "share", "first_sentence", "first_position", "labels", "n_labelled",
               "agent", "patient", "agent_share", "patient_share", "top_agent_verbs", "top_patient_verbs",
               "times_quoted", "times_quoted_direct", "quoted_words", "sentiment", "sentiment_mentions"]
    return pd.DataFrame(rows, columns=columns).set_index("actor")


def _labels_table(records) -> pd.DataFrame:
    counts = Counter(
        (m.actor, m.label, m.label_category, "quote" if m.in_quote else "narrator")
        for m in records
        if m.label
    )
    rows = [(*k, c) for k, c in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))]
    return pd.DataFrame(rows, columns=["actor", "label", "category", "voice", "count"])


# ``framing/__init__.py`` re-exports the function ``actors`` under the name of this module, so
# ``framing.actors`` may be the function: let ``framing.actors.suggest(...)``, ``framing.actors.Cast``
# and ``framing.actors.as_cast(...)`` work either way.
actors.suggest = suggest
actors.Cast = Cast
actors.as_cast = as_cast
actors.Actors = Actors
