"""The result of :func:`framing.quotes.quotes`: records, measures and lazily built tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from framing.document import rate
from framing.lang import english as en
from framing.quotes.marks import cover
from framing.quotes.sources import SOURCE_TYPES
from framing.quotes.text import n_words as words_inside
from framing.records import ConciseRepr, Quote, Summarised, frame, prefixed, records_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Quotes", "KINDS", "measure"]

KINDS = ("direct", "partial", "indirect")

_QUALIFIER = re.compile(r"\s+(?:" + "|".join(sorted(en.QUOTE_QUALIFIERS)) + r")\b")
_TABLE_COLUMNS = ["speaker", "source_type", "quotes", "direct", "partial", "indirect", "quoted_words"]


@dataclass(frozen=True, repr=False)
class Quotes(Summarised, ConciseRepr):
    """What :func:`quotes` found in one document.

    Attributes
    ----------
    quotes : tuple of Quote
        Every quote and attribution in text order. ``text``/``start``/``end`` is
        the content (inside the marks for direct and partial quotes; the reported
        clause for indirect ones); ``speaker`` is resolved, ``speaker_text`` is as
        written (``speaker_start``/``speaker_end``), ``cue`` the cue verb as written
        (``cue_start``/``cue_end``, ``cue_category`` from the lexicon).
    justifications : tuple of Span
        Stated reasons for anonymity ("spoke on condition of anonymity because...").
    density : float
        Words inside direct and partial quotes / words (NaN with no words).
    per_100_words : float
        Quotes and attributions of every kind per 100 words.
    direct_per_100_words : float
        Direct quotes per 100 words.
    attributed_sentence_share : float
        Share of sentences carrying a quote, a cue verb or a speaker.
    speakers : int
        Number of distinct resolved speakers (case-insensitive), unattributed
        quotes excluded; the names are in ``speaker_names``.
    anonymous_share : float
        Anonymous attributions / attributions (quotes with a speaker); NaN if none.
    source_type_shares : dict
        Share of all quotes per source type (every type present, summing to 1).
    cue_category_shares : dict
        Share of the quotes that have a cue verb, per cue category.
    speaker_table : pandas.DataFrame
        One row per speaker: speaker, source_type, quotes, direct, partial,
        indirect, quoted_words (words in direct and partial quotes), kinds.
        Built on first access.
    by_kind : dict
        Number of quotes per kind ('direct', 'partial', 'indirect').
    n_words, n_sentences : int
        Size of the document the rates are computed on.
    lexicon : str
        ``name@version`` of the cue-verb lexicon.
    sources : str
        ``name@version`` of the sources lexicon (source-type head words).
    document : Document
        The document the quotes were found in (their spans index its text).

    Methods ``to_frame()`` (one row per quote), ``sourcing_table()`` (one row per
    source type), ``summary()`` (flat Series, index prefixed ``quotes.``) and
    ``evidence()`` (spans for :func:`framing.display.highlight`).
    """

    quotes: tuple
    justifications: tuple
    n_words: int
    n_sentences: int
    density: float
    per_100_words: float
    direct_per_100_words: float
    attributed_sentence_share: float
    speakers: int
    speaker_names: tuple
    anonymous_share: float
    source_type_shares: dict
    cue_category_shares: dict
    by_kind: dict
    lexicon: str = ""
    sources: str = ""
    document: object = field(default=None, repr=False, compare=False)

    def _words(self, q) -> int:
        return self.document.words_between(q.start, q.end) if self.document is not None else 0

    @cached_property
    def speaker_table(self) -> pd.DataFrame:
        """One row per speaker (see the class docstring)."""
        import pandas as pd  # on first use: a profile never builds this table

        key_of = speaker_keys(q.speaker for q in self.quotes if q.speaker)
        rows: dict[str, dict] = {}
        for q in self.quotes:
            key = key_of[q.speaker] if q.speaker else "(unattributed)"
            row = rows.setdefault(
                key,
                {
                    "speaker": q.speaker or "(unattributed)",
                    "source_type": q.source_type,
                    "quotes": 0,
                    "direct": 0,
                    "partial": 0,
                    "indirect": 0,
                    "quoted_words": 0,
                },
            )
            row["quotes"] += 1
            row[q.kind] += 1
            if q.kind != "indirect":
                row["quoted_words"] += self._words(q)
        table = frame(list(rows.values()), _TABLE_COLUMNS)
        table["kinds"] = (
            [", ".join(k for k in KINDS if r[k]) for r in table[["direct", "partial", "indirect"]].to_dict("records")]
            if len(table)
            else pd.Series(dtype=object)
        )
        return table.sort_values(["quotes", "quoted_words"], ascending=False, kind="stable").reset_index(drop=True)

    def to_frame(self) -> pd.DataFrame:
        """The quotes as a tidy DataFrame, one row per quote or attribution."""
        return records_frame(self.quotes, Quote)

    def sourcing_table(self) -> pd.DataFrame:
        """Quotes and quoted words per source type (every type listed, zero or not)."""
        import pandas as pd

        rows = []
        for source_type in SOURCE_TYPES:
            part = [q for q in self.quotes if q.source_type == source_type]
            rows.append(
                {
                    "source_type": source_type,
                    "quotes": len(part),
                    "direct": sum(q.kind == "direct" for q in part),
                    "partial": sum(q.kind == "partial" for q in part),
                    "indirect": sum(q.kind == "indirect" for q in part),
                    "quoted_words": sum(self._words(q) for q in part if q.kind != "indirect"),
                    "share": self.source_type_shares.get(source_type, float("nan")),
                }
            )
        return pd.DataFrame(rows)

    def evidence(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, label, tooltip)`` spans for :func:`framing.display.highlight`.

        Labels: ``quote:direct``, ``quote:partial``, ``quote:indirect``, ``speaker``,
        ``cue:<category>`` and ``anonymity_justification``.
        """
        out, seen = [], set()
        for q in self.quotes:
            who = q.speaker if q.speaker else "unattributed"
            tip = f"{who} ({q.source_type})" + (f", cue '{q.cue}'" if q.cue else "")
            if q.end > q.start:
                out.append((q.start, q.end, f"quote:{q.kind}", tip))
            if q.speaker_start is not None and (q.speaker_start, q.speaker_end, "s") not in seen:
                seen.add((q.speaker_start, q.speaker_end, "s"))
                resolved = "" if q.speaker == q.speaker_text else f" = {q.speaker}"
                out.append((q.speaker_start, q.speaker_end, "speaker", f"{q.speaker_text}{resolved} ({q.source_type})"))
            if q.cue_start is not None and (q.cue_start, q.cue_end, "c") not in seen:
                seen.add((q.cue_start, q.cue_end, "c"))
                out.append((q.cue_start, q.cue_end, f"cue:{q.cue_category}", f"cue verb '{q.cue}'"))
        for j in self.justifications:
            out.append((j.start, j.end, "anonymity_justification", "reason given for anonymity"))
        return out


    def summary_values(self) -> dict:
        """:meth:`summary` as a plain dict (``profile`` reads this: no pandas object per article)."""
        values = {
            "words": self.n_words,
            "sentences": self.n_sentences,
            "n_quotes": len(self.quotes),
            "n_direct": self.by_kind.get("direct", 0),
            "n_partial": self.by_kind.get("partial", 0),
            "n_indirect": self.by_kind.get("indirect", 0),
            "density": self.density,
            "per_100_words": self.per_100_words,
            "direct_per_100_words": self.direct_per_100_words,
            "attributed_sentence_share": self.attributed_sentence_share,
            "speakers": self.speakers,
            "anonymous_share": self.anonymous_share,
            "justifications": len(self.justifications),
        }
        values.update({f"share_{k}": v for k, v in self.source_type_shares.items()})
        values.update({f"cue_share_{k}": v for k, v in self.cue_category_shares.items()})
        return prefixed("quotes", values)


def speaker_keys(speakers) -> dict[str, str]:
    """Speaker -> the key that counts it once.

    "three Iranian officials familiar with the order" and, later, "three Iranian officials"
    are one source: a speaker that is another plus a qualifier (familiar with, briefed on,
    close to, who ...) shares its key. Names are compared lower-cased.
    """
    keys: dict[str, str] = {}
    for speaker in sorted(set(speakers), key=len):  # short forms first
        low = speaker.lower()
        cut = _QUALIFIER.search(low)
        keys[speaker] = low[: cut.start()] if cut and low[: cut.start()] in keys.values() else low
    return keys


def _carrying_sentences(doc, records) -> set:
    sentence_of = doc.sentence_of
    carrying = set()
    for q in records:
        carrying.add(q.sentence)
        if q.cue_start is not None:
            carrying.add(sentence_of(q.cue_start))
        if q.speaker_start is not None:
            carrying.add(sentence_of(q.speaker_start))
        if q.kind != "indirect" and q.end > q.start and doc.n_sentences:
            carrying.update(range(q.sentence, sentence_of(q.end - 1) + 1))
    return carrying


@lru_cache(maxsize=16)
def _categories(lex) -> tuple:
    """The lexicon's categories in order of first use (once per lexicon, not per document)."""
    return tuple(dict.fromkeys(e.category for e in lex.entries))


def measure(doc, records: tuple, justifications: tuple, lex, sources_lex) -> Quotes:
    """The Quotes result: rates and shares over the document's words and sentences."""
    n_words = doc.n_words
    # one pass over the records for every count
    marked_starts, marked_ends, speakers = [], [], []
    kinds = dict.fromkeys(KINDS, 0)
    types: dict[str, int] = {}
    cue_categories: dict[str, int] = {}
    n_attributed = n_anonymous = n_with_cue = 0
    for q in records:
        kind, source_type = q.kind, q.source_type
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind != "indirect":
            marked_starts.append(q.start)
            marked_ends.append(q.end)
        types[source_type] = types.get(source_type, 0) + 1
        if q.speaker:
            speakers.append(q.speaker)
            n_attributed += 1
            n_anonymous += source_type == "anonymous"
        if q.cue_category:
            n_with_cue += 1
            cue_categories[q.cue_category] = cue_categories.get(q.cue_category, 0) + 1
    cs, ce = cover(marked_starts, marked_ends)
    quoted_words = sum(words_inside(doc, s, e) for s, e in zip(cs, ce))
    by_kind = {k: kinds[k] for k in KINDS}
    key_of = speaker_keys(speakers)
    names: dict[str, str] = {}
    for speaker in speakers:
        names.setdefault(key_of[speaker], speaker)
    n = len(records)
    return Quotes(
        quotes=records,
        justifications=justifications,
        n_words=n_words,
        n_sentences=doc.n_sentences,
        density=rate(quoted_words, n_words),
        per_100_words=rate(n, n_words, per=100),
        direct_per_100_words=rate(by_kind["direct"], n_words, per=100),
        attributed_sentence_share=rate(len(_carrying_sentences(doc, records)), doc.n_sentences),
        speakers=len(names),
        speaker_names=tuple(names.values()),
        anonymous_share=rate(n_anonymous, n_attributed),
        source_type_shares={t: rate(types.get(t, 0), n) for t in SOURCE_TYPES},
        cue_category_shares={c: rate(cue_categories.get(c, 0), n_with_cue) for c in _categories(lex)},
        by_kind=by_kind,
        lexicon=lex.label,
        sources=sources_lex.label,
        document=doc,
    )
