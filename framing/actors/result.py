"""The result of :func:`framing.actors`: mentions, the actor table, the labels table."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import pandas as pd

from framing.document import rate
from framing.records import ConciseRepr, Mention, Summarised, records_frame

from .cast import LABEL_CATEGORIES
from .table import _labels_table, _slug

#: the columns of the actor table that :meth:`Actors.summary_values` gives per actor
_SUMMARY_COLUMNS = ("mentions", "share", "agent_share", "patient_share", "times_quoted", "quoted_words", "sentiment")


#: the summary values of an actor the text neither mentions nor quotes (its row: zero counts and shares, no
#: sentiment; see :func:`framing.actors.table._absent_row`)
_UNSEEN = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, float("nan"))


@lru_cache(maxsize=4096)
def _row_keys(actor: str) -> tuple:
    """The summary keys of an actor's columns, ``actors.<slug>.<column>`` (computed once per actor name)."""
    key = _slug(actor)
    return tuple(f"actors.{key}.{column}" for column in _SUMMARY_COLUMNS)


@dataclass(frozen=True, repr=False)
class Actors(Summarised, ConciseRepr):
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
        (words of all its quotes), negated and top_negated (negated actions,
        kept out of agent/patient), sentiment (mean score toward the actor),
        sentiment_mentions (its n) and sentiment_low / sentiment_high (a 95%
        t interval; NaN below two mentions). Built on first access.
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
    build: object = field(repr=False, compare=False, default=None)  # () -> the actor table, run on first access
    verb_spans: tuple = field(default=(), repr=False)
    n_words: int = 0
    cast_source: str = ""
    lexicon: str = ""
    quotes_source: str = ""
    sentiment_available: bool = True
    build_rows: object = field(repr=False, compare=False, default=None)  # () -> the table's rows as dicts

    @cached_property
    def table(self) -> pd.DataFrame:
        """One row per actor (built on first access, with the sentiment toward each actor)."""
        return self.build() if self.build is not None else pd.DataFrame()

    @cached_property
    def labels(self) -> pd.DataFrame:
        """actor, label, category, voice, count (built on first access, from the mentions alone)."""
        return _labels_table(self.mentions)

    def to_frame(self) -> pd.DataFrame:
        """The mentions as a tidy DataFrame, one row per mention."""
        frame = records_frame(self.mentions, Mention)
        frame["verb_start"] = [v[0] if v else None for v in self.verb_spans] if self.verb_spans else None
        frame["verb_end"] = [v[1] if v else None for v in self.verb_spans] if self.verb_spans else None
        return frame

    def _actor_rows(self) -> list:
        """The actor table's rows as dicts (without building the DataFrame when the measure can)."""
        if self.build_rows is not None:
            return self.build_rows()
        return [{"actor": actor, **row} for actor, row in self.table.to_dict("index").items()]


    def summary_values(self) -> dict:
        """:meth:`summary` as a plain dict (``profile`` reads this: no pandas object per article)."""
        ms = self.mentions
        rows = self._actor_rows()
        n = len(ms)
        labelled = sum(m.label is not None for m in ms)
        values = {
            "mentions": n,
            "actors_mentioned": sum(row["mentions"] > 0 for row in rows),
            "mentions_per_100_words": rate(n, self.n_words, per=100),
            "agent_share": rate(sum(m.role == "agent" for m in ms), n),
            "patient_share": rate(sum(m.role == "patient" for m in ms), n),
            "labelled_share": rate(labelled, n),
            "quoted_mention_share": rate(sum(m.in_quote for m in ms), n),
        }
        for category in LABEL_CATEGORIES:
            values[f"labels_{category}"] = sum(m.label_category == category for m in ms)
        out = {f"actors.{k}": float("nan") if v is None else float(v) for k, v in values.items()}
        for row in rows:
            if row["mentions"] == 0 and row["times_quoted"] == 0:  # an actor the text never names nor quotes
                out.update(zip(_row_keys(row["actor"]), _UNSEEN))
                continue
            out.update(zip(_row_keys(row["actor"]),
                           [float("nan") if (v := row[column]) is None else float(v) for column in _SUMMARY_COLUMNS]))
        return out

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

