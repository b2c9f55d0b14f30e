"""The registry of profile variables: one place that names, defines and types every column.

:func:`framing.profile` builds its row from this registry and the scholar's ``codebook()`` is
built from it too, so a profile column and its codebook entry cannot drift apart (a test checks
that the measures' ``summary()`` keys and this registry agree).

>>> from framing.variables import profile_columns
>>> profile_columns()[:3]
['status', 'language', 'language.confidence']

Each :class:`Variable` has a name, a one-line definition, a unit, a range, the measure that
produces it, the lexicon or model behind it (``source``, whose version :func:`versions` gives),
its dtype in a profile table and a reference. Variables that come in families (one per lexicon
category, one set per actor of a cast) are expanded from the shipped lexicons and the cast, so
the registry follows a new lexicon category without an edit here.

Nothing is loaded at import: the families read the shipped lexicons on first use (cached).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

__all__ = [
    "Variable",
    "STATUSES",
    "variables",
    "profile_columns",
    "dtypes",
    "empty_profile",
    "versions",
    "version_of",
    "SOURCES",
    "to_frame",
    "actor_key",
]

#: Values of the ``status`` column.
STATUSES = ("ok", "empty", "not_english", "invalid", "error")

_HYLAND = "Hyland, K. (2005). Metadiscourse. Continuum."
_VADER = "Hutto, C. J. & Gilbert, E. (2014). VADER. ICWSM 2014."
_QUOTES = "Bell, A. (1991). The Language of News Media. Blackwell; Sundar, S. S. (1998). Journalism & Mass Comm. Q."
_LOADED = "Recasens, M. et al. (2013). Linguistic models for analyzing and detecting biased language. ACL 2013."
_ACTORS = "Entman, R. M. (1993). Framing. J. of Communication 43(4); van Leeuwen, T. (2008). Discourse and Practice."
_LANGID = "Lui, M. & Baldwin, T. (2012). langid.py: an off-the-shelf language identification tool. ACL 2012."


@dataclass(frozen=True)
class Variable:
    """One column of a profile table.

    Attributes
    ----------
    name : str
        Column name, ``<measure>.<quantity>`` (``hedging.per_100_words``).
    definition : str
        What the number is, in one or two sentences.
    unit : str
        ``count``, ``per 100 words``, ``share``, ``score``, ``code`` or ``label``.
    range : str
        The values it can take (``[0, 1]``, ``>= 0``, ``[-1, 1]``, or the codes).
    measure : str
        The function that produces it (``hedging``, ``quotes``, ``sentiment``, ``actors``,
        ``read``, ``identify``, ``profile``).
    source : str
        The lexicon or model behind it (a key of :func:`versions`), or ``''``.
    dtype : str
        Its pandas dtype in a profile table (``float64``, ``object``, ``boolean``).
    reference : str
        Where the construct comes from.
    english_only : bool
        NaN for articles not in English (the measure's resources are English).
    """

    name: str
    definition: str
    unit: str
    range: str
    measure: str
    source: str = ""
    dtype: str = "float64"
    reference: str = ""
    english_only: bool = True


def _v(name, definition, unit, range_, measure, source="", reference="", **kw) -> Variable:
    return Variable(name, definition, unit, range_, measure, source, reference=reference, **kw)


_COUNT, _RATE, _SHARE, _SCORE = "count", "per 100 words", "share", "score"
_POS, _UNIT, _SIGNED = ">= 0", "[0, 1]", "[-1, 1]"

_HEAD = (
    _v("status", "'ok' (profiled), 'empty' (no words), 'not_english' (English-only measures left NaN) or "
       "'invalid' (the cell held no text: NaN, None, bytes, a number) or 'error' (a measure failed: a bug).",
       "code", " | ".join(STATUSES),
       "profile", dtype="object", english_only=False),
    _v("language", "ISO 639-1 code of the article's language (from the corpus's language column when given, "
       "else identified offline); NaN when there is no text.", "code", "ISO 639-1", "identify", "langid",
       _LANGID, dtype="object", english_only=False),
    _v("language.confidence", "Confidence of the language identification (NaN when the code came from the "
       "corpus).", _SHARE, _UNIT, "identify", "langid", _LANGID, english_only=False),
    _v("text.characters", "Length of the text in characters.", _COUNT, _POS, "read", english_only=False),
    _v("text.words", "Word tokens (letter or digit runs, inner apostrophes, hyphens and periods kept).",
       _COUNT, _POS, "read", english_only=False),
    _v("text.sentences", "Sentences (Punkt with abbreviations set in code; never across a line break).",
       _COUNT, _POS, "read", reference="Kiss, T. & Strunk, J. (2006). Computational Linguistics 32(4).",
       english_only=False),
    _v("text.paragraphs", "Paragraphs (non-empty lines).", _COUNT, _POS, "read", english_only=False),
)

_HEDGING = (
    _v("hedging.hedges", "Hedge cues (all categories) after the context rules.", _COUNT, _POS, "hedging",
       "hedges", _HYLAND),
    _v("hedging.boosters", "Booster cues (markers of certainty).", _COUNT, _POS, "hedging", "hedges", _HYLAND),
    _v("hedging.per_100_words", "Hedge cues per 100 words.", _RATE, _POS, "hedging", "hedges", _HYLAND),
    _v("hedging.booster_per_100_words", "Booster cues per 100 words.", _RATE, _POS, "hedging", "hedges",
       _HYLAND),
    _v("hedging.approximator_per_100_words", "Approximators ('about', 'some', 'roughly') per 100 words.",
       _RATE, _POS, "hedging", "hedges", _HYLAND),
    _v("hedging.hedged_sentence_share", "Share of sentences that are uncertain (an epistemic modal or verb, "
       "probability word, evidential or open question; approximators and boosters alone do not count).",
       _SHARE, _UNIT, "hedging", "hedges", _HYLAND),
)

_QUOTES_VARS = (
    _v("quotes.n_quotes", "Quotes and attributions of every kind (direct, partial, indirect).", _COUNT, _POS,
       "quotes", "cue_verbs", _QUOTES),
    _v("quotes.n_direct", "Direct quotes (a full quoted sentence or more).", _COUNT, _POS, "quotes",
       "cue_verbs", _QUOTES),
    _v("quotes.n_partial", "Partial quotes (a quoted fragment inside the writer's sentence, scare quotes "
       "included).", _COUNT, _POS, "quotes", "cue_verbs", _QUOTES),
    _v("quotes.n_indirect", "Indirect quotes (reported speech without quote marks).", _COUNT, _POS, "quotes",
       "cue_verbs", _QUOTES),
    _v("quotes.density", "Words inside direct and partial quotes / words.", _SHARE, _UNIT, "quotes",
       "cue_verbs", _QUOTES),
    _v("quotes.per_100_words", "Quotes and attributions of every kind per 100 words.", _RATE, _POS, "quotes",
       "cue_verbs", _QUOTES),
    _v("quotes.direct_per_100_words", "Direct quotes per 100 words.", _RATE, _POS, "quotes", "cue_verbs",
       _QUOTES),
    _v("quotes.attributed_sentence_share", "Share of sentences carrying a quote, a cue verb or a speaker.",
       _SHARE, _UNIT, "quotes", "cue_verbs", _QUOTES),
    _v("quotes.speakers", "Distinct resolved speakers (case-insensitive; unattributed quotes excluded).",
       _COUNT, _POS, "quotes", "sources", _QUOTES),
    _v("quotes.anonymous_share", "Anonymous attributions / attributions (quotes with a speaker); NaN if none.",
       _SHARE, _UNIT, "quotes", "sources", _QUOTES),
    _v("quotes.justifications", "Stated reasons for anonymity ('spoke on condition of anonymity because...').",
       _COUNT, _POS, "quotes", "sources", _QUOTES),
)

_SENTIMENT = (
    _v("sentiment.compound", "Mean VADER compound score of the sentences that have words (names masked).",
       _SCORE, _SIGNED, "sentiment", "vader", _VADER),
    _v("sentiment.negative_share", "Share of sentences with compound <= -0.05.", _SHARE, _UNIT, "sentiment",
       "vader", _VADER),
    _v("sentiment.positive_share", "Share of sentences with compound >= 0.05.", _SHARE, _UNIT, "sentiment",
       "vader", _VADER),
    _v("sentiment.neutral_share", "Share of sentences with compound between -0.05 and 0.05.", _SHARE, _UNIT,
       "sentiment", "vader", _VADER),
    _v("sentiment.narrator", "Mean compound of the writer's own words (outside quote marks), over the "
       "sentences that have such words.", _SCORE, _SIGNED, "sentiment", "vader", _VADER),
    _v("sentiment.quoted", "Mean compound of the quoted words (inside quote marks), over the sentences that "
       "have such words; NaN with no quotes.", _SCORE, _SIGNED, "sentiment", "vader", _VADER),
    _v("sentiment.narrator_minus_quoted", "sentiment.narrator - sentiment.quoted: above 0 when the writer "
       "sounds warmer than the voices quoted.", _SCORE, "[-2, 2]", "sentiment", "vader", _VADER),
    _v("sentiment.narrator_sentences", "Sentences the narrator mean rests on.", _COUNT, _POS, "sentiment",
       "vader", _VADER),
    _v("sentiment.quoted_sentences", "Sentences the quoted mean rests on.", _COUNT, _POS, "sentiment", "vader",
       _VADER),
    _v("sentiment.quoted_word_share", "Share of words inside quote marks.", _SHARE, _UNIT, "sentiment",
       "cue_verbs", _VADER),
    _v("sentiment.loaded", "Loaded and emotive words (all categories).", _COUNT, _POS, "sentiment", "loaded",
       _LOADED),
    _v("sentiment.loaded_per_100_words", "Loaded words per 100 words.", _RATE, _POS, "sentiment", "loaded",
       _LOADED),
    _v("sentiment.loaded_narrator_per_100_words", "Loaded words in the writer's own words, per 100 of them.",
       _RATE, _POS, "sentiment", "loaded", _LOADED),
    _v("sentiment.loaded_quoted_per_100_words", "Loaded words inside quote marks, per 100 quoted words.",
       _RATE, _POS, "sentiment", "loaded", _LOADED),
)

_ACTORS_VARS = (
    _v("actors.mentions", "Mentions of the cast's actors.", _COUNT, _POS, "actors", "role_verbs", _ACTORS),
    _v("actors.actors_mentioned", "Actors of the cast mentioned at least once.", _COUNT, _POS, "actors",
       "role_verbs", _ACTORS),
    _v("actors.mentions_per_100_words", "Mentions of the cast's actors per 100 words.", _RATE, _POS, "actors",
       "role_verbs", _ACTORS),
    _v("actors.agent_share", "Share of mentions in the agent role (doer of an action).", _SHARE, _UNIT,
       "actors", "role_verbs", _ACTORS),
    _v("actors.patient_share", "Share of mentions in the patient role (undergoer of an action).", _SHARE, _UNIT,
       "actors", "role_verbs", _ACTORS),
    _v("actors.labelled_share", "Share of mentions that use an evaluative label of the cast.", _SHARE, _UNIT,
       "actors", "cast", _ACTORS),
    _v("actors.quoted_mention_share", "Share of mentions inside quote marks (a source's words).", _SHARE,
       _UNIT, "actors", "cue_verbs", _ACTORS),
)

_ACTOR_COLUMNS = (
    ("mentions", "Mentions of {actor}.", _COUNT, _POS, "role_verbs"),
    ("share", "Mentions of {actor} / mentions of all the cast's actors.", _SHARE, _UNIT, "role_verbs"),
    ("agent_share", "Share of {actor}'s mentions in the agent role.", _SHARE, _UNIT, "role_verbs"),
    ("patient_share", "Share of {actor}'s mentions in the patient role.", _SHARE, _UNIT, "role_verbs"),
    ("times_quoted", "Quotes of any kind credited to {actor}.", _COUNT, _POS, "cue_verbs"),
    ("quoted_words", "Words of the quotes credited to {actor}.", _COUNT, _POS, "cue_verbs"),
    ("sentiment", "Mean target sentiment toward {actor} over its scored mentions.", _SCORE, _SIGNED,
     "target_sentiment"),
)

_TAIL = (
    _v("framing_version", "Version of the framing package that computed the row.", "label", "x.y.z",
       "profile", dtype="object", english_only=False),
    _v("provenance.hedges", "name@version of the hedges lexicon.", "label", "name@version", "hedging",
       "hedges", dtype="object", english_only=False),
    _v("provenance.cue_verbs", "name@version of the cue-verb lexicon.", "label", "name@version", "quotes",
       "cue_verbs", dtype="object", english_only=False),
    _v("provenance.sources", "name@version of the source-noun lexicon.", "label", "name@version", "quotes",
       "sources", dtype="object", english_only=False),
    _v("provenance.loaded", "name@version of the loaded-language lexicon.", "label", "name@version",
       "sentiment", "loaded", dtype="object", english_only=False),
    _v("provenance.vader", "Package and version of VADER.", "label", "name@version", "sentiment", "vader",
       dtype="object", english_only=False),
    _v("provenance.langid", "Package and version of the language identifier.", "label", "name@version",
       "identify", "langid", dtype="object", english_only=False),
)

_ACTOR_TAIL = (
    _v("provenance.role_verbs", "name@version of the role-verb lexicon.", "label", "name@version", "actors",
       "role_verbs", dtype="object", english_only=False),
    _v("provenance.target_sentiment", "name@version of the target-sentiment model.", "label", "name@version",
       "actors", "target_sentiment", dtype="object", english_only=False),
    _v("provenance.cast", "Where the cast came from (its path, 'dict' or 'frame') and its sha256 (12 hex).",
       "label", "source#sha", "actors", "cast", dtype="object", english_only=False),
)


def actor_key(name: str) -> str:
    """The column key of an actor: lower case, runs of other characters as one ``_``."""
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


@lru_cache(maxsize=1)
def _families() -> tuple:
    """Per-category variables, expanded from the shipped lexicons and the measures' constants."""
    from framing.lexicons import load
    from framing.quotes import SOURCE_TYPES
    from framing.sentiment import LOADED_CATEGORIES

    def categories(name):
        return list(dict.fromkeys(e.category for e in load(name).entries))

    hedges = [c.rpartition(":") for c in categories("hedges")]
    hedge = [
        _v(f"hedging.n_{cat}", f"Cues of the {kind or 'hedge'} category '{cat}'.", _COUNT, _POS, "hedging",
           "hedges", _HYLAND)
        for kind, _, cat in hedges
    ]
    quotes_ = [
        _v(f"quotes.share_{t}", f"Share of all quotes whose source is of type '{t}'.", _SHARE, _UNIT, "quotes",
           "sources", _QUOTES)
        for t in SOURCE_TYPES
    ] + [
        _v(f"quotes.cue_share_{c}", f"Share of the quotes with a cue verb whose cue is '{c}'.", _SHARE, _UNIT,
           "quotes", "cue_verbs", _QUOTES)
        for c in categories("cue_verbs")
    ]
    loaded = list(LOADED_CATEGORIES) + [c for c in categories("loaded") if c not in LOADED_CATEGORIES]
    sentiment_ = [
        _v(f"sentiment.loaded_{c}", f"Loaded words of the category '{c}'.", _COUNT, _POS, "sentiment", "loaded",
           _LOADED)
        for c in loaded
    ]
    return tuple(hedge), tuple(quotes_), tuple(sentiment_)


@lru_cache(maxsize=1)
def _actor_families() -> tuple:
    """Per-label-category actor variables (only a profile with a cast has them: no actors import without one)."""
    from framing.actors import LABEL_CATEGORIES

    return tuple(
        _v(f"actors.labels_{c}", f"Mentions using an evaluative label of the category '{c}'.", _COUNT, _POS,
           "actors", "cast", _ACTORS)
        for c in LABEL_CATEGORIES
    )


def _actor_names(cast) -> list[str]:
    from framing.actors import as_cast

    return [a.name for a in as_cast(cast).actors]


def variables(cast=None) -> tuple[Variable, ...]:
    """Every variable of a profile, in column order.

    Parameters
    ----------
    cast : Cast, path, dict or None
        With a cast, the ``actors.*`` variables are added, with one set of
        ``actors.<actor>.<quantity>`` per actor (``<actor>`` is :func:`actor_key`
        of the actor's name).
    """
    hedge, quotes_, sentiment_ = _families()
    out = [*_HEAD, *_HEDGING, *hedge, *_QUOTES_VARS, *quotes_, *_SENTIMENT, *sentiment_]
    if cast is not None:
        out += [*_ACTORS_VARS, *_actor_families()]
        for name in _actor_names(cast):
            key = actor_key(name)
            out += [
                _v(f"actors.{key}.{col}", text.format(actor=name), unit, range_, "actors", source, _ACTORS)
                for col, text, unit, range_, source in _ACTOR_COLUMNS
            ]
    out += [*_TAIL]
    if cast is not None:
        out += [*_ACTOR_TAIL]
    return tuple(out)


def profile_columns(cast=None) -> list[str]:
    """The column names of a profile (``framing.profile(...).index``), in order."""
    return [v.name for v in variables(cast)]


def dtypes(cast=None) -> dict[str, str]:
    """Column name -> pandas dtype of a profile table."""
    return {v.name: v.dtype for v in variables(cast)}


def empty_profile(cast=None, index=None):
    """An empty profile table with the right columns and dtypes (dask's ``meta``)."""
    import pandas as pd

    frame = pd.DataFrame({v.name: pd.Series(dtype=v.dtype) for v in variables(cast)})
    if index is not None:
        frame.index = index[:0]
    return frame


#: Every source a profile may record, in the order :func:`versions` lists them.
SOURCES = ("hedges", "cue_verbs", "sources", "loaded", "role_verbs", "vader", "langid", "target_sentiment")


@lru_cache(maxsize=16)
def version_of(source: str) -> str:
    """``name@version`` of one lexicon or model (loaded once per process, only when asked)."""
    from importlib.metadata import PackageNotFoundError, version

    if source == "vader":
        from framing.lang import vader

        return vader.label()
    if source == "langid":
        try:
            return f"py3langid@{version('py3langid')}"
        except PackageNotFoundError:  # pragma: no cover - a dependency of the package
            return "py3langid"
    if source == "target_sentiment":
        try:
            from framing.target import model_info

            info = model_info()
            return f"{info['name']}@{info['version']}"
        except Exception:  # noqa: BLE001 - the model file is optional; actors then report no sentiment
            return ""
    from framing.lexicons import load

    return load(source).label


def versions() -> dict[str, str]:
    """``source -> name@version`` of every lexicon and model a profile may use."""
    return {source: version_of(source) for source in SOURCES}


def to_frame(cast=None):
    """The registry as a DataFrame: one row per variable, with the version of its source."""
    import pandas as pd

    found = versions()
    rows = [{**asdict(v), "version": found.get(v.source, "")} for v in variables(cast)]
    return pd.DataFrame(rows).set_index("name")
