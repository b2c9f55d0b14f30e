"""Span-based frozen records shared by every measure.

Every record carries ``text``, ``start`` and ``end`` such that
``document.text[record.start:record.end] == record.text``: the evidence behind
a number can always be found again in the article.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

__all__ = ["Span", "Cue", "Quote", "Mention", "records_frame", "frame", "ConciseRepr"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document: ``text == doc.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cue(Span):
    """A lexicon match used as evidence (a hedge, a booster, a loaded word...).

    ``term`` is the lexicon entry that matched (lower-cased, as in the TSV);
    ``sentence`` is the index of the sentence the cue lies in.
    """

    kind: str
    category: str
    sentence: int
    term: str = ""


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """Quoted or reported speech; ``text`` is the quoted content.

    ``speaker`` is whom the text credits (resolved), ``speaker_text`` the phrase as written
    (``speaker_start``/``speaker_end``); ``via`` the source relaying the words, if any
    (``via_start``/``via_end``); ``continues`` the start of the quote whose attribution a
    continuation quote carries on.
    """

    speaker: str | None
    speaker_text: str | None
    cue: str | None
    kind: str  # 'direct', 'partial' or 'indirect'
    anonymous: bool
    sentence: int
    source_type: str = "unattributed"
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_category: str | None = None
    #: the source that relays the speaker's words ("AFP quoted X as saying": via "AFP"), as written
    via: str | None = None
    via_start: int | None = None
    via_end: int | None = None
    #: for a quote that continues an earlier attribution (no cue of its own): that quote's start
    continues: int | None = None


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A mention of an actor of the cast."""

    actor: str
    label: str | None
    role: str | None  # 'agent', 'patient' or None
    verb: str | None
    in_quote: bool
    sentence: int
    label_category: str | None = None
    negated: bool = False  # the verb that gives the role is negated ("have not confirmed")


def records_frame(records, record_type):
    """Records as a tidy DataFrame (one row per record, one column per field).

    An empty tuple still gives the right columns, so downstream code can rely on them.
    """
    columns = [f.name for f in fields(record_type)]
    return frame([asdict(r) for r in records], columns)


def frame(rows: list, columns: list):
    """A DataFrame of ``rows`` (dicts) with ``columns``, whatever characters the text holds.

    pandas 3 stores text as UTF-8 (pyarrow) and refuses lone surrogates (U+D800-U+DFFF),
    which scraped text can carry; text columns then fall back to the object dtype so the
    evidence is kept as it is in the document rather than lost or crashing.
    """
    import pandas as pd

    try:
        return pd.DataFrame(rows, columns=columns)
    except UnicodeEncodeError:
        data = {}
        for c in columns:
            values = [row.get(c) for row in rows]
            text = any(isinstance(v, str) for v in values)
            data[c] = pd.Series(values, dtype=object if text else None)
        return pd.DataFrame(data, columns=columns)


class ConciseRepr:
    """A short ``repr`` for result dataclasses: records as counts, scalars rounded, tables left out.

    Results hold hundreds of records; the default dataclass ``repr`` would print them all
    in a notebook. Use with ``@dataclass(repr=False)``.
    """

    def __repr__(self) -> str:
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                parts.append(f"{f.name}={len(value)}")
            elif isinstance(value, float):
                parts.append(f"{f.name}={value:.3g}")
            elif isinstance(value, (bool, int)) or (isinstance(value, str) and value):
                parts.append(f"{f.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def columns_frame(columns: dict):
    """A DataFrame of ``columns`` (name -> array or list), whatever characters the text holds.

    Like :func:`frame`: text columns fall back to the object dtype when they hold lone surrogates,
    which pandas 3's UTF-8 strings refuse.
    """
    import pandas as pd

    try:
        return pd.DataFrame(columns)
    except UnicodeEncodeError:
        data = {
            name: pd.Series(values, dtype=object)
            if isinstance(values, list) and any(isinstance(v, str) for v in values)
            else values
            for name, values in columns.items()
        }
        return pd.DataFrame(data)


class Summarised:
    """A result whose scalars :meth:`summary_values` gives as a dict; :meth:`summary` gives them as a Series."""

    def summary(self):
        """Every scalar measure as a flat Series (what ``profile`` collects), names prefixed by the measure."""
        import pandas as pd

        return pd.Series(self.summary_values(), dtype=float)


def prefixed(prefix: str, values: dict) -> dict:
    """``{'<prefix>.<name>': float}``: None becomes NaN (what ``summary_values`` returns)."""
    return {f"{prefix}.{k}": float("nan") if v is None else float(v) for k, v in values.items()}
