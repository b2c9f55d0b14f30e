"""Quotes, speakers and sourcing: who speaks in a story, and how the story cites them.

``quotes(doc)`` finds what an article quotes (direct and partial quotes between
quotation marks) and reports (indirect speech introduced by a cue verb), whom
it credits, and what kind of source that is. The rules, each tested in
``tests/test_quotes.py``:

**Quotation marks.** Curly marks say which way they face; a straight ``"``
opens after a space, a paragraph start or an opening bracket and closes
otherwise. A quote left open at the end of a paragraph continues when the next
paragraph starts with an opening mark (a multi-paragraph quote: one quote);
otherwise it is capped at the paragraph end, so an unbalanced mark never
swallows the rest of the text. Single quotes (headlines, scare quotes) count
only outside double quotes, must open before a word and close after one, and
an apostrophe between letters (Iran's) or after a plural (the Guards') never
opens a quote; nested single quotes inside double quotes stay inside.

**Direct or partial.** A quote is *direct* when it starts a paragraph or a
sentence, follows a colon, follows a comma (the second half of a quote split by
its attribution, or ``said, "...``) or follows a cue verb with a capital
letter; otherwise it is a fragment inside the writer's sentence: *partial*
(this includes scare quotes and quoted labels).

**Attribution.** A direct quote takes the cue verb right after it (``"...,"
X said`` / ``said X``), else the cue before it in its sentence (``X said:
"..."``), else it continues the speaker of the previous attribution in the same
or the preceding paragraph. A partial quote takes the nearest cue of its
sentence (``what it described as "..."`` credits the subject of
*described*); without one it is unattributed (a scare quote).

**Indirect speech.** Every other cue verb with a subject opens a reported
clause running to the end of the sentence (``X said (that) ...``, ``X accused Y
of ...``, ``X called for ...``); a cue ending the sentence (``..., officials
said.``) and ``..., according to X`` report the clause before them; ``According
to X, ...`` the clause after. Naming verbs (called, described, labelled,
dismissed, denied...) only report a clause when followed by *that*; their
quoted labels are partial quotes. A cue after *not* / *declined to* is
dropped. Stacked attributions ("..., according to three officials, according
to the Times") give one record per source, with the same content span.

**Speakers.** The subject before the cue is read back to the nearest clause
boundary; an apposition between commas is skipped ("Hamas, the organization
Haniyeh led, vowed" -> Hamas) unless it is the name ("the group's spokesman,
Yusuf Arran, said" -> Yusuf Arran). Titles are dropped (Foreign Minister Tomas
Ebrecht -> Tomas Ebrecht); a surname resolves to the full name met earlier; he /
she resolve to the nearest person named before (skipping persons already
resolved from the other pronoun); it / they / "the group" to the nearest
organisation or unnamed group; "X's statement" to X.

**Source types.** ``media`` when the speaker phrase holds a media word (state
media, news agency, Times, Courier, correspondent...); ``anonymous`` when it
names nobody and its head is a person noun (officials, a person familiar with
the matter, diplomats briefed on..., three Iranian officials, two members of
the Revolutionary Guard) or any other unnamed individual ("one woman");
``named_organisation`` when its head is an institution word (ministry,
government, military, council, United Nations) or it is a single capitalised
word never seen as part of a person's name ("Hamas"); ``named_person`` for a
name of two or more capitalised words, a title plus a name, a single word seen
earlier as a person's surname, or a single word followed by a first-person
quote or a he/she that resolves to it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from framing.document import as_document, rate
from framing.lexicons import as_lexicon, load
from framing.records import ConciseRepr, Quote, Span, records_frame

__all__ = ["quotes", "Quotes", "SOURCE_TYPES", "KINDS"]

KINDS = ("direct", "partial", "indirect")
SOURCE_TYPES = ("named_person", "named_organisation", "media", "anonymous", "unattributed")

_CONTEXT = 400  # characters of context read around a quote or cue (keeps long texts linear)
_MAX_SUBJECT_WORDS = 12
_HISTORY = 60  # previous speakers searched when resolving a pronoun (keeps long texts linear)

# --- quotation marks -----------------------------------------------------------------
_DOUBLE = re.compile('["\u201c\u201d\u00ab\u00bb]')
_SINGLE = re.compile("['\u2018\u2019]")
_OPENERS = "\u201c\u00ab"
_CLOSERS = "\u201d\u00bb"
_BEFORE_OPEN = " \t\n\r([{\u2014\u2013-/\u00a0"

# --- words -----------------------------------------------------------------------------
_TOKEN = re.compile(r"[\w][\w'\u2019.\-]*")
_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)+")
_PRONOUNS = {"he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "s"}
_DEFINITE_ORG = frozenset(
    "group movement organisation organization militia paper newspaper agency ministry government "
    "army military council party office embassy broadcaster channel station alliance front".split()
)
_DOCUMENT_HEADS = frozenset(
    "statement memo report letter readout communique communiqué editorial post video".split()
)
_CUT_WORDS = frozenset(
    "after before when while because since as that which what but if where although though then so once "
    "until whether whom whose than also however meanwhile yet nor".split()
)
_PREPOSITIONS = frozenset(
    "in of for at from with on to by about among between near inside outside within close familiar briefed "
    "involved who working based speaking".split()
)
_DETERMINERS = frozenset(
    "the a an one two three four five six seven eight nine ten several some many other another both most "
    "senior junior former top unnamed anonymous".split()
)
_TRAILING_FILLER = re.compile(
    r"(?:\s+|,)(?:has|have|had|also|later|again|previously|earlier|then|first|reportedly|repeatedly|publicly|"
    r"privately|separately|himself|herself|itself|themselves|will|would|had\s+earlier|quickly|immediately|"
    r"only|however|afterwards|once|today|yesterday|tonight|now|(?:late\s+|early\s+)?on\s+\w+day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|on\s+\w+|last\s+\w+|this\s+\w+)\s*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"(?:\b(?:was|were|is|are|been|being|be)\s+)$", re.IGNORECASE)
_NEGATED = re.compile(
    r"(?:\bnot|n't|\bnever|\bneither|\bnor|\bdeclined\s+to|\brefused\s+to|\bwould\s+not|\bdid\s+not|\bcannot)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
_LEADING_ADVERBIAL = re.compile(
    r"\s*(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\s*(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:statement|interview|speech|address|letter|video|post|briefing|conference|message|call|broadcast)"
    r"(?:\s+(?:on|to|with|in|from)\s+(?:[\w\u2019'\-]+\s+){0,3}?[\w\u2019'\-]+(?=[\s,]))?"
    r"|\s*(?:by\s+(?:telephone|phone|email)|afterwards|later|also|again|separately|publicly|privately|"
    r"on\s+(?:social\s+media|television|the\s+radio|state\s+television)|at\s+a\s+(?:news\s+conference|"
    r"briefing|rally|press\s+conference)(?:\s+in\s+[A-Z]\w+)?|in\s+[A-Z]\w+|yesterday|today|tonight)\b"
    r"|\s*,",
    re.IGNORECASE,
)
_THAT = re.compile(r"\s*that\b", re.IGNORECASE)
_TOLD_OBJECT = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w\u2019'.\-]*\s*)+(?=[\s,]|$)|\s*(?:reporters|journalists|lawmakers|"
    r"listeners|viewers|parliament|me|him|her|them|us|the\s+(?:committee|nation|assembly|council|court|"
    r"crowd|press|media|parliament|cabinet|audience))\b",
)
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:,|(?<=[,.]\u201d)|(?<=[,.]\"))\s*according\s+to\s+[^,]*$", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:i|my|me|i'm|i've|i'd|i'll)(?![\w'])")
_SENT_END = re.compile(r"[.!?](?=[\s\u201d\"']|$)")

# Cue verbs that take a noun object (naming, denial, criticism): they report a
# clause only when followed by "that"; they still attribute partial quotes.
_NAMING = frozenset(
    "called calls describe described describes describing labelled labeled labeling labelling dismissed "
    "denied denies rejected condemned condemns denounced criticised criticized blamed blames blaming "
    "expressed expresses read reads quoted commented remarked recalled recalls confirmed confirms "
    "informed briefed charged answered responded replied replies protested".split()
)
_PARTICIPLE = re.compile(r"ing$")


def _is_participle(term: str) -> bool:
    return term.split()[0].endswith("ing") and term != "according to"


_QUOTED_AS = re.compile(r"\bquot(?:ed|ing)\s+(.{3,120}?)\s+as\s*$", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\band|\bbut)(?:\s+(?:also|then|later|again|has|had|have))*\s*$")
_STATE_POSSESSIVE = re.compile(
    r"\b([A-Z][a-z]+)['\u2019]s\s+(?:own\s+)?(?:president|prime\s+minister|foreign|defen[cs]e|interior|finance|"
    r"military|army|navy|air\s+force|government|parliament|ministry|embassy|forces|coast\s+guard|capital|"
    r"people|economy|border|central\s+bank|state|supreme|security|ambassador|auditors|negotiator|delegate)\b"
)
_ORG_APPOSITION = re.compile(
    r"\b([A-Z][\w\-]+),\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?(?:movement|group|organi[sz]ation|militia|party|"
    r"agency|company|alliance|faction|coalition|union|network|charity|front|body|bloc)\b"
)
_PLACE_LIKE = re.compile(
    r"\b(?:in|to|from|into|across|near|inside|outside|against|with|on|of|at)\s+([A-Z][a-z]+)\b"
)
_SUBJECT_MENTION = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+)\s+(?=[a-z]+(?:ed|s)\b)", re.MULTILINE)
_ORG_HEAD_FALLBACK = frozenset({"police", "authorities"})


@dataclass(frozen=True, repr=False)
class Quotes(ConciseRepr):
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
    by_kind : dict
        Number of quotes per kind ('direct', 'partial', 'indirect').
    n_words, n_sentences : int
        Size of the document the rates are computed on.
    lexicon : str
        ``name@version`` of the cue-verb lexicon.

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
    speaker_table: pd.DataFrame = field(repr=False)
    lexicon: str = ""

    def to_frame(self) -> pd.DataFrame:
        """The quotes as a tidy DataFrame, one row per quote or attribution."""
        return records_frame(self.quotes, Quote)

    def sourcing_table(self) -> pd.DataFrame:
        """Quotes and quoted words per source type (every type listed, zero or not)."""
        frame = self.to_frame()
        rows = []
        for source_type in SOURCE_TYPES:
            part = frame[frame["source_type"] == source_type]
            marked = part[part["kind"] != "indirect"]
            rows.append(
                {
                    "source_type": source_type,
                    "quotes": len(part),
                    "direct": int((part["kind"] == "direct").sum()),
                    "partial": int((part["kind"] == "partial").sum()),
                    "indirect": int((part["kind"] == "indirect").sum()),
                    "quoted_words": int(sum(len(_TOKEN.findall(t)) for t in marked["text"])),
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
                out.append(
                    (
                        q.speaker_start,
                        q.speaker_end,
                        "speaker",
                        f"{q.speaker_text}{resolved} ({q.source_type})",
                    )
                )
            if q.cue_start is not None and (q.cue_start, q.cue_end, "c") not in seen:
                seen.add((q.cue_start, q.cue_end, "c"))
                out.append((q.cue_start, q.cue_end, f"cue:{q.cue_category}", f"cue verb '{q.cue}'"))
        for j in self.justifications:
            out.append((j.start, j.end, "anonymity_justification", "reason given for anonymity"))
        return out

    def summary(self) -> pd.Series:
        """Every scalar measure as a flat Series, index prefixed ``quotes.``."""
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
        return pd.Series(values, dtype=float).rename(index=lambda k: f"quotes.{k}")


# ======================================================================================
# Quotation marks
# ======================================================================================


def _double_direction(text: str, pos: int, para_start: int) -> str:
    """'open', 'close' or 'either' for the double quotation mark at ``pos``."""
    ch = text[pos]
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before in _BEFORE_OPEN or before in "\u2018'":
        return "either" if after.isspace() else "open"
    return "close"


def _marked_spans(doc) -> list[tuple[int, int, int, int | None]]:
    """``(content_start, content_end, open_mark, close_mark or None)`` of every quote between marks."""
    text = doc.text
    paragraphs = doc.paragraphs
    marks = [m.start() for m in _DOUBLE.finditer(text)]
    spans: list[tuple[int, int, int, int | None]] = []
    k = 0
    open_at = None  # position of the opening mark of the current quote
    for pi, (ps, pe) in enumerate(paragraphs):
        while k < len(marks) and marks[k] < ps:
            k += 1
        skip_first = False
        if open_at is not None:
            # A quote left open: it continues only if this paragraph opens with a mark.
            if k < len(marks) and marks[k] == ps and _double_direction(text, ps, ps) != "close":
                skip_first = True
            else:
                prev_end = paragraphs[pi - 1][1]
                spans.append((open_at + 1, prev_end, open_at, None))
                open_at = None
        while k < len(marks) and marks[k] < pe:
            pos = marks[k]
            k += 1
            if skip_first:
                skip_first = False
                continue
            direction = _double_direction(text, pos, ps)
            if open_at is None:
                if direction != "close":
                    open_at = pos
            elif direction == "open" and text[pos] in _OPENERS:
                # A new explicit opening mark: the previous quote was never closed.
                end = pos
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                spans.append((open_at + 1, end, open_at, None))
                open_at = pos
            else:
                spans.append((open_at + 1, pos, open_at, pos))
                open_at = None
        if open_at is not None and pi == len(paragraphs) - 1:
            spans.append((open_at + 1, pe, open_at, None))
            open_at = None
    spans = [s for s in spans if s[1] > s[0] and text[s[0] : s[1]].strip()]
    spans.extend(_single_spans(doc, spans))
    spans.sort()
    return spans


def _single_spans(doc, doubles) -> list[tuple[int, int, int, int]]:
    """Single-quoted quotes outside double quotes, within one paragraph."""
    text = doc.text
    covered_starts = [s[2] for s in doubles]
    covered_ends = [(s[3] if s[3] is not None else s[1]) for s in doubles]
    out = []
    open_at = None
    para_ends = [e for _, e in doc.paragraphs]
    for m in _SINGLE.finditer(text):
        pos = m.start()
        i = bisect.bisect_right(covered_starts, pos) - 1
        if i >= 0 and pos <= covered_ends[i]:
            continue  # nested inside a double quote
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if open_at is not None:
            para = bisect.bisect_left(para_ends, open_at)
            if para < len(para_ends) and pos > para_ends[para] or pos - open_at > 300:
                open_at = None
        if before.isalnum() and after.isalnum():
            continue  # apostrophe: Iran's, don't
        can_open = (before in _BEFORE_OPEN or before in '"\u201c' or pos == 0) and after.isalnum()
        if can_open and text[pos] != "\u2019" and not re.match(r"\d0?s\b", text[pos + 1 : pos + 4]):
            if open_at is None:
                open_at = pos
            continue
        can_close = not before.isspace() and (not after.isalnum())
        if can_close and open_at is not None and text[pos] != "\u2018":
            if text[open_at + 1 : pos].strip():
                out.append((open_at + 1, pos, open_at, pos))
            open_at = None
    return out


# ======================================================================================
# Speakers
# ======================================================================================


@lru_cache(maxsize=1)
def _sources():
    lex = load("sources")
    groups: dict[str, set] = {}
    for e in lex.entries:
        groups.setdefault(e.category, set()).add(e.term)
    title_words = set()
    for t in groups.get("title", ()):
        title_words.update(t.split())
    return {
        "anonymous": frozenset(groups.get("anonymous", ())),
        "media": frozenset(groups.get("media", ())),
        "media_words": frozenset(w for t in groups.get("media", ()) for w in t.split() if " " not in t),
        "organisation": frozenset(groups.get("organisation", ())),
        "title": frozenset(groups.get("title", ())),
        "title_words": frozenset(title_words),
        "justification": lex,
    }


def _words(phrase: str) -> list[str]:
    return _TOKEN.findall(phrase)


def _strip_titles(phrase: str) -> str:
    """Trailing name of 'Foreign Minister Tomas Ebrecht' / 'union organiser Lena Vos'."""
    src = _sources()
    tokens = phrase.split()
    if len(tokens) < 2:
        return phrase
    name: list[str] = []
    for tok in reversed(tokens):
        bare = tok.strip(",")
        low = bare.lower()
        if bare[:1].isupper() and low not in src["title_words"] and not low.endswith(("'s", "\u2019s")):
            name.append(bare)
        else:
            break
    if name and len(name) < len(tokens):
        rest = tokens[: len(tokens) - len(name)]
        last = rest[-1].lower().strip(",")
        lowered = {n.lower() for n in name}
        if last in src["title_words"] and not lowered & (src["organisation"] | src["media_words"]):
            return " ".join(reversed(name))
    return phrase


def _descriptor_name(phrase: str) -> str:
    """'the human rights group Clearwater' -> 'Clearwater' (lower-case descriptor, then a name)."""
    tokens = phrase.split()
    run = 0
    for tok in reversed(tokens):
        if tok[:1].isupper() and not tok.endswith(("'s", "\u2019s")):
            run += 1
        else:
            break
    prefix = tokens[: len(tokens) - run]
    if (
        run
        and prefix
        and all(
            (t[:1].islower() or t.lower() in _DETERMINERS) and t.lower() not in _PREPOSITIONS for t in prefix
        )
    ):
        if any(t.lower() not in _DETERMINERS for t in prefix):
            return " ".join(tokens[len(tokens) - run :])
    return phrase


def _head(phrase: str) -> str:
    """Head noun of a speaker phrase: the last word before a post-modifier."""
    words = [w.lower() for w in _words(phrase)]
    head = ""
    for w in words:
        if w in _PREPOSITIONS and head:
            break
        head = w
    return head.rstrip(".").removesuffix("'s").removesuffix("\u2019s")


def _capitalised(phrase: str) -> list[str]:
    return [w for w in _words(phrase) if w[:1].isupper()]


class _Speakers:
    """Resolution state of one document: person names, gender, previous speakers."""

    def __init__(self, doc):
        text = doc.text
        src = _sources()
        self.full_by_last: dict[str, list[tuple[int, str]]] = {}
        self.person_positions: list[int] = []
        self.person_names: list[str] = []
        for m in _NAME_RUN.finditer(text):
            tokens = m.group().split()
            while tokens and (tokens[0].lower() in src["title_words"] or tokens[0].lower() in _STOP_CAPS):
                tokens = tokens[1:]
            if len(tokens) < 2 or len(tokens) > 4:
                continue
            following = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 30])
            if following and following.group(1) in (src["anonymous"] | src["organisation"]):
                continue  # "Three Kestrian officials": adjectives, not a name
            low = {t.lower() for t in tokens}
            if low & (src["media_words"] | src["organisation"]) or low & _STOP_CAPS:
                continue
            full = " ".join(tokens)
            self.full_by_last.setdefault(tokens[-1], []).append((m.start(), full))
            self.person_positions.append(m.start())
            self.person_names.append(full)
        # Single capitalised subjects ("Brisk was more cautious."), never place-like words.
        places = {m.group(1) for m in _PLACE_LIKE.finditer(text)}
        places.update(m.group(1) for m in _STATE_POSSESSIVE.finditer(text))
        self.places = places
        organisations = src["organisation"] | src["media_words"]
        for m in _SUBJECT_MENTION.finditer(text):
            token = m.group(1)
            if token in places or token.lower() in _STOP_CAPS or token.lower() in organisations:
                continue
            full = self.full_name(token, m.start())
            self.person_positions.append(m.start(1))
            self.person_names.append(full or token)
        order = sorted(range(len(self.person_positions)), key=self.person_positions.__getitem__)
        self.person_positions = [self.person_positions[i] for i in order]
        self.person_names = [self.person_names[i] for i in order]
        self.history: list[tuple[int, str, str]] = []  # (position, speaker, source_type)
        self.gender: dict[str, str] = {}
        self.persons: set[str] = set()
        self.organisations: set[str] = {m.group(1) for m in _ORG_APPOSITION.finditer(text)}

    def full_name(self, token: str, pos: int) -> str | None:
        entries = self.full_by_last.get(token)
        if not entries:
            return None
        i = bisect.bisect_left(entries, (pos, "")) - 1  # entries are in text order
        return entries[i][1] if i >= 0 else None

    def is_known_person(self, token: str) -> bool:
        return token in self.full_by_last or token in self.persons

    def add(self, pos: int, speaker: str, source_type: str) -> None:
        self.history.append((pos, speaker, source_type))
        if source_type == "named_person":
            self.persons.add(speaker)

    def nearest(self, pos: int, types: tuple, pronoun: str = "") -> str | None:
        """Nearest previous speaker of one of ``types`` (persons also from name mentions)."""
        best_pos, best = -1, None
        for hpos, name, stype in reversed(self.history[-_HISTORY:]):
            if hpos >= pos:
                continue
            fits = stype in types or (
                "named_person" in types
                and stype == "named_organisation"
                and " " not in name
                and name not in self.organisations
            )
            if fits and not (pronoun and self.gender.get(name, pronoun) != pronoun):
                best_pos, best = hpos, name
                break
        if "named_person" in types:
            i = bisect.bisect_left(self.person_positions, pos) - 1
            while i >= 0 and self.person_positions[i] > best_pos:
                name = self.person_names[i]
                if not (pronoun and self.gender.get(name, pronoun) != pronoun):
                    return name
                i -= 1
        return best


_STOP_CAPS = frozenset(
    "the a an in on at after but and as by for from of to with this that these those when while his her "
    "its their our it he she they we i if monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december said".split()
)


def _source_type(phrase: str, resolved: str, speakers: _Speakers, context: str = "") -> str:
    """Classify a speaker (see the module docstring).

    ``phrase`` is the speaker as written, ``resolved`` its resolution (titles and
    descriptors dropped, surname expanded, a document's owner); ``context`` the
    quote or the words after the cue (a first-person quote marks a person, an
    "its" right after the cue an organisation).
    """
    src = _sources()
    low = phrase.lower().replace("\u2019", "'")
    words = [w.lower().replace("\u2019", "'") for w in _words(phrase)]
    bare = [w.removesuffix("'s") for w in words]
    if any(term in low for term in src["media"] if " " in term) or set(bare) & src["media_words"]:
        return "media"
    target = resolved or phrase
    if re.search(r"\s(?:and|&)\s", target) and len(_words(target)) <= 8:
        parts = [p for p in re.split(r"\s+(?:and|&)\s+|,\s*", target) if p.strip()]
        types = {_source_type(p, p, speakers, "") for p in parts}
        return (
            "named_person"
            if types == {"named_person"}
            else ("anonymous" if types == {"anonymous"} else "named_organisation")
        )
    t_words = [w.lower().replace("\u2019", "'") for w in _words(target)]
    t_bare = [w.removesuffix("'s") for w in t_words]
    head = _head(target).replace("\u2019", "'")
    caps = [w for w in _capitalised(target) if w.lower() not in _STOP_CAPS]
    if target in speakers.persons:
        return "named_person"
    if head in src["organisation"] or head in _ORG_HEAD_FALLBACK:
        return "named_organisation"
    if any(t in low for t in ("spokesman for", "spokeswoman for", "spokesperson for")):
        return "named_organisation"
    if head in src["anonymous"] or "unnamed" in t_words or "anonymous" in t_words:
        # "three Iranian officials": capitals are nationalities or organisations, not names.
        possessed_title = re.search(r"[A-Z]\w*['\u2019]s\s+(?:\w+\s+)?(\w+)$", target)
        if possessed_title and possessed_title.group(1).lower() in src["title_words"]:
            return "named_person"  # "Valdora's leader": an identified office holder
        return "anonymous"
    possessed_title = re.search(r"[A-Z]\w*['\u2019]s\s+(?:\w+\s+)?(\w+)$", target)
    if possessed_title and possessed_title.group(1).lower() in src["title_words"]:
        return "named_person"
    if not caps:
        return "anonymous" if t_words else "unattributed"
    if set(t_bare) & src["organisation"]:
        return "named_organisation"
    if len(caps) >= 2:
        if any(c.endswith(("'s", "\u2019s")) for c in caps):
            return "named_organisation"
        return "named_person"
    token = caps[0].removesuffix("'s").removesuffix("\u2019s")
    if speakers.is_known_person(token):
        return "named_person"
    if token in speakers.organisations or token in speakers.places:
        return "named_organisation"
    if context and _FIRST_PERSON.search(context.lower()):
        return "named_person"
    if context and re.match(r"\W*(?:\w+\W+){0,6}?(?:its|it)\b", context.lower()):
        return "named_organisation"
    # A single capitalised word never met after a preposition (as places and groups are)
    # is, in wire copy, most often a person's surname.
    return "named_person"


def _resolve(phrase: str, start: int, speakers: _Speakers, text: str) -> tuple[str, str | None]:
    """Resolved speaker name and the pronoun class it came from (or None)."""
    low = phrase.lower().strip()
    if low in _PRONOUNS:
        kind = _PRONOUNS[low]
        if kind in "mf":
            found = speakers.nearest(start, ("named_person",), pronoun=kind)
            if found is None:
                found = speakers.nearest(start, ("anonymous", "media"), pronoun=kind)
                if found:
                    speakers.gender.setdefault(found, kind)
                return (found or phrase), kind
            if found:
                speakers.gender.setdefault(found, kind)
                speakers.persons.add(found)
            return (found or phrase), kind
        if kind == "o":
            found = speakers.nearest(start, ("named_organisation", "media"))
            if found is None:
                # A single word typed as a person by default, never called he or she: an organisation.
                candidate = speakers.nearest(start, ("named_person",))
                if candidate and " " not in candidate and candidate not in speakers.gender:
                    found = candidate
                    speakers.persons.discard(found)
            if found:
                speakers.organisations.add(found)
            return (found or phrase), kind
        found = speakers.nearest(start, ("anonymous", "named_organisation", "media"))
        return (found or phrase), kind
    words = low.split()
    if len(words) == 2 and words[0] in ("the", "this") and words[1] in _DEFINITE_ORG | _DOCUMENT_HEADS:
        found = speakers.nearest(start, ("named_organisation", "media"))
        return (found or phrase), "o" if found else None
    m = re.match(r"(?:the\s+)?([A-Z][\w\-. ]*?)['\u2019]s\s+(\w+)$", phrase.strip())
    if m and m.group(2).lower() in _DOCUMENT_HEADS:
        return m.group(1), None
    if (
        len(words) == 2
        and words[0] == "the"
        and words[1] in ("person", "official", "diplomat", "source", "officer")
    ):
        found = speakers.nearest(start, ("anonymous",))
        return (found or phrase), None
    name = _descriptor_name(_strip_titles(phrase.strip()))
    tokens = name.split()
    if len(tokens) == 1 and tokens[0][:1].isupper():
        full = speakers.full_name(tokens[0], start)
        if full:
            return full, None
    return name, None


# ======================================================================================
# Subjects and contents
# ======================================================================================


def _trim(text: str, start: int, end: int, chars: str = " \t\n,;:\u2014\u2013-") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _is_name(phrase: str) -> bool:
    words = _words(phrase)
    return 1 <= len(words) <= 5 and all(
        w[:1].isupper() or w.lower() in ("of", "al", "bin", "de", "van") for w in words
    )


def _appositive_like(segment: str) -> bool:
    words = segment.split()
    if not words:
        return True
    first = words[0].lower()
    return (
        first
        in (
            "the",
            "a",
            "an",
            "who",
            "which",
            "including",
            "first",
            "later",
            "previously",
            "originally",
            "among",
            "himself",
            "herself",
            "itself",
            "whose",
            "one",
            "his",
            "her",
            "its",
            "their",
            "citing",
            "speaking",
            "standing",
            "writing",
            "quoting",
        )
        or first in _PREPOSITIONS
        or first.endswith(("ing", "ed"))
        or first in ("however", "meanwhile", "too", "though", "also")
    )


def _cut_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``end``: cut at the last clause word; at most 12 words."""
    tokens = list(_TOKEN.finditer(text, start, end))
    if not tokens:
        return None
    first = 0
    for i, tok in enumerate(tokens):
        low = tok.group().lower()
        if low in _CUT_WORDS and i < len(tokens) - 1:
            first = i + 1
        elif low == "and" and i > 0 and tokens[i - 1].group()[:1].islower() and i < len(tokens) - 1:
            if tokens[i - 1].group().lower() not in _DETERMINERS:
                first = i + 1
    tokens = tokens[first:]
    if not tokens:
        return None
    if len(tokens) > _MAX_SUBJECT_WORDS:
        # Too long to be a subject: keep a trailing run of capitalised words, if any.
        run = []
        for tok in reversed(tokens):
            if tok.group()[:1].isupper():
                run.append(tok)
            else:
                break
        if not run:
            return None
        tokens = list(reversed(run))
    words = [t.group().lower() for t in tokens]
    if all(w in _CUT_WORDS or w in _PREPOSITIONS or w in ("and", "the", "a", "an") for w in words):
        return None
    # A lower-case verb-like last word ("were", "ordered") is no subject.
    last = words[-1]
    if last in ("was", "were", "is", "are", "be", "been", "not", "to") or (
        tokens[-1].group()[:1].islower() and last.endswith("ed") and len(tokens) == 1
    ):
        return None
    return tokens[0].start(), tokens[-1].end()


def _subject_before(text: str, floor: int, cue_start: int) -> tuple[int, int, int] | None:
    """``(start, end, segment_start)`` of the subject of a cue, read leftwards; None if none."""
    end = cue_start
    region = text[floor:end]
    if _PASSIVE.search(region):
        return None
    while True:
        m = _TRAILING_FILLER.search(text, floor, end)
        if not m or m.start() <= floor:
            break
        end = m.start()
    s, e = _trim(text, floor, end, " \t\n")
    if s >= e:
        return None
    # Comma segments, right to left.
    segments = []
    seg_end = e
    for i in range(e - 1, s - 1, -1):
        if text[i] == ",":
            segments.append((i + 1, seg_end))
            seg_end = i
    segments.append((s, seg_end))
    segments = [_trim(text, a, b, " \t\n") for a, b in segments]
    last_s, last_e = segments[0]
    if text[last_s:last_e].lower() in ("who", "which", "that"):
        last_e = last_s  # "X, who said ...": the antecedent is the subject
    if last_e > last_s and not (len(segments) > 1 and text[e - 1] == ","):
        np_ = _cut_np(text, last_s, last_e)
        return (*np_, last_s) if np_ else None
    # "X, apposition, said": skip appositive segments.
    rest = [(a, b) for a, b in segments[1:] if b > a]
    if not rest:
        return None
    candidates = []
    for a, b in rest[:3]:
        candidates.append((a, b, "appos" if _appositive_like(text[a:b]) else "np"))
        if candidates[-1][2] == "np":
            break
    if all(kind == "appos" for _, _, kind in candidates):
        a, b, _ = candidates[-1]
        candidates[-1] = (a, b, "np")
    name = next(((a, b) for a, b, kind in candidates if _is_name(text[a:b])), None)
    subject = next(((a, b) for a, b, kind in candidates if kind == "np"), None)
    if name is not None and (subject is None or not _is_name(text[subject[0] : subject[1]])):
        # "the group's spokesman, Yusuf Arran, said": the name is the apposition.
        if subject is None or len(_words(text[name[0] : name[1]])) >= 2 or name[0] > subject[0]:
            return name[0], name[1], name[0]
    if subject is None:
        return None
    np_ = _cut_np(text, *subject)
    return (*np_, subject[0]) if np_ else None


_INVERTED = re.compile(
    r"\s+((?:(?:the|a|an|one|two|three|four|five|several|some)\s+)?(?:[\w\u2019'.\-]+\s+){0,7}?[\w\u2019'.\-]+)"
    r"(?=\s*(?:[,.;:!?\u201c\u201d\"]|$|\s+(?:who|which|after|before|when|while|as|during|adding|speaking|"
    r"standing|holding|told|on|at|in\s+a|in\s+an|in\s+the)\b))"
)


def _subject_after(text: str, cue_end: int, limit: int) -> tuple[int, int] | None:
    """Inverted subject: 'said Jonas Faldt, the envoy' / 'said a senior official'."""
    m = _INVERTED.match(text, cue_end, limit)
    if not m:
        return None
    s, e = m.span(1)
    words = _words(text[s:e])
    if not words or words[0].lower() in (
        "that",
        "it",
        "he",
        "she",
        "they",
        "on",
        "in",
        "at",
        "to",
        "of",
        "by",
    ):
        if words and words[0].lower() in ("he", "she", "it", "they") and len(words) == 1:
            return s, e
        return None
    if (
        words[0][:1].islower()
        and words[0].lower() not in _DETERMINERS
        and _head(text[s:e]) not in _sources()["anonymous"]
    ):
        if not _strip_titles(text[s:e]) != text[s:e]:
            return None
    # "countered Kestria's delegate, Mark Tiller": a name in apposition wins.
    after = re.match(
        r",\s*([A-Z][\w\u2019'\-]+(?:\s+[A-Z][\w\u2019'\-]+){1,3})(?=\s*[,.;]|\s*$)", text[e:limit]
    )
    if after and not _is_name(text[s:e]):
        return e + after.start(1), e + after.end(1)
    return s, e


def _content_after(text: str, pos: int, sent_end: int, term: str) -> tuple[int, int] | None:
    """Reported clause after a cue: skip adverbials, an indirect object of told, and 'that'."""
    limit = min(sent_end, pos + 4 * _CONTEXT)
    for _ in range(6):
        m = _LEADING_ADVERBIAL.match(text, pos, limit)
        if not m or m.end() == pos:
            break
        pos = m.end()
    if term in ("told", "tells", "tell", "telling", "informed", "assured", "briefed"):
        that = re.search(r"\bthat\b", text[pos : min(limit, pos + 80)])
        if that and "," not in text[pos : pos + that.start()]:
            pos += that.end()
        else:
            m = _TOLD_OBJECT.match(text, pos, limit)
            if m:
                pos = m.end()
    m = _THAT.match(text, pos, limit)
    if m:
        pos = m.end()
    # Keep a closing mark that belongs to a quote inside the clause.
    s2, e2 = _trim(text, pos, limit, " \t\n,;:")
    if e2 > s2 and text[e2 - 1] in ".!?" and e2 >= 2 and text[e2 - 2] in '\u201d"':
        e2 -= 1
    if e2 > s2 and text[e2 - 1] in ".!?,;:":
        e2 -= 1
    s, e = s2, e2
    semicolon = text.find(";", s, e)
    if semicolon != -1:
        s, e = _trim(text, s, semicolon, " \t\n,")
    # Cut a trailing ", according to X" chain.
    while True:
        m = _TRAILING_ATTRIBUTION.search(text[s:e])
        if not m:
            break
        e = s + m.start()
    if e - s < 3 or not _TOKEN.search(text, s, e):
        return None
    return s, e


# ======================================================================================
# The measure
# ======================================================================================


def _cues(doc, lex, marked_starts, marked_ends, justification_spans):
    """Cue-verb matches outside quotes, with negated and passive uses dropped."""
    text, folded = doc.text, doc.folded
    out = []
    just_starts = [s for s, _ in justification_spans]
    for start, end, entry in lex.finditer(folded):
        i = bisect.bisect_right(marked_starts, start) - 1
        if i >= 0 and start < marked_ends[i]:
            continue  # inside a quote
        j = bisect.bisect_right(just_starts, start) - 1
        if j >= 0 and start < justification_spans[j][1]:
            continue
        if text[start].isupper() and entry.term != "according to":
            continue  # "Asked whether...", names
        if _NEGATED.search(folded, max(0, start - 30), start):
            continue
        if _is_participle(entry.term) and not re.search(r"(?:,|\bas)\s*$", folded[max(0, start - 6) : start]):
            continue  # "a travel warning", "is saying": not a participial attribution
        if re.match(
            r"\s+by\s+(?!telephone|phone|email|e-mail|text|video|satellite|radio)", folded[end : end + 30]
        ):
            continue  # passive: "first reported by the Tribune"
        out.append((start, end, entry))
    return out


def _justifications(doc) -> list[tuple[int, int]]:
    text, folded = doc.text, doc.folded
    spans = []
    for start, end, _entry in _sources()["justification"].finditer(folded):
        if _sources()["justification"].by_term[_entry.term].category != "justification":
            continue
        sent = doc.sentences[doc.sentence_of(start)] if doc.sentences else (0, len(text))
        stop = _SENT_END.search(text, end, sent[1])
        clause_end = stop.start() if stop else sent[1]
        comma = text.find(",", end, clause_end)
        if comma != -1:
            clause_end = comma
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], clause_end))
        else:
            spans.append((start, clause_end))
    return spans


def quotes(doc, *, lexicon=None, extend: bool = True) -> Quotes:
    """Find quotes and reported speech, their speakers and source types, and measure sourcing.

    Parameters
    ----------
    doc : Document or str
        The text (a str is read with :func:`framing.read`).
    lexicon : None, str, path, dict or DataFrame, optional
        The cue-verb lexicon; defaults to the shipped ``cue_verbs`` (categories
        neutral, assertive, directive, warning, doubt_casting, concessive,
        accusatory, tentative, emotive).

    Returns
    -------
    Quotes

    Notes
    -----
    Rules over the document's sentences and words, no parser model (see this
    module's docstring for each rule). ``Quote.kind`` is 'direct' (a quoted
    sentence or more), 'partial' (a quoted fragment in the writer's sentence,
    scare quotes included) or 'indirect' (reported speech). A direct quote with
    no attribution of its own continues the speaker of the previous attribution
    in the same or the preceding paragraph (its ``cue`` and ``speaker_text`` are
    then None). Source types follow the sourcing literature (Sigal 1973; Hallin
    et al. 1993): named person, named organisation, media, anonymous,
    unattributed.

    Limitations
    -----------
    Subjects are read leftwards to the nearest clause word or comma, so long or
    unusual subjects ("the banner hung from the balcony") and subjects after a
    relative clause without commas are cut or missed. Cataphora (a headline
    speaker named only later), gender of names, and quotes attributed only in
    a following sentence ("... ." She said that in March.) are not resolved. A
    person known only by one capitalised word who never says "I" and is never
    referred to as he/she is typed as an organisation. Unbalanced straight
    quotes are guessed from spacing. English only.

    References
    ----------
    Bell, A. (1991). *The Language of News Media*. Blackwell.
    Sigal, L. V. (1973). *Reporters and Officials*. D.C. Heath.
    Pareti, S. (2016). PARC 3.0: A corpus of attribution relations. LREC 2016.
    Asr, F. T. et al. (2021). The Gender Gap Tracker. PLOS ONE 16(2): e0245533.
    """
    doc = as_document(doc)
    lex = as_lexicon(lexicon, default="cue_verbs", extend=extend)
    text = doc.text
    n_text = len(text)
    sentences = doc.sentences
    def sentence_span(pos: int) -> tuple[int, int]:
        return sentences[doc.sentence_of(pos)] if sentences else (0, n_text)

    sentence_index = doc.sentence_of

    para_starts = [s for s, _ in doc.paragraphs]

    def paragraph_index(pos: int) -> int:
        return max(bisect.bisect_right(para_starts, pos) - 1, 0)

    marked = _marked_spans(doc)
    m_starts = [m[2] for m in marked]
    m_ends = [(m[3] + 1 if m[3] is not None else m[1]) for m in marked]
    # Cues are looked up against the whole stretch of each quote (marks included).
    cover_starts, cover_ends = _cover(m_starts, m_ends)
    just = _justifications(doc)
    cues = _cues(doc, lex, cover_starts, cover_ends, just)
    cue_starts = [c[0] for c in cues]
    speakers = _Speakers(doc)
    consumed: set[int] = set()  # cue starts used by direct quotes
    subject_cache: dict[int, tuple | None] = {}

    def cue_subject(ci: int, sent: tuple[int, int]) -> tuple[int, int] | None:
        """Subject span of cue ``ci`` (inherited by -ing participles)."""
        if ci in subject_cache:
            return subject_cache[ci]
        start, end, entry = cues[ci]
        floor = max(sent[0], start - _CONTEXT)
        mi = bisect.bisect_left(m_ends, start) - 1
        if mi >= 0 and m_ends[mi] > floor and m_ends[mi] <= start:
            floor = m_ends[mi]
        for stop in (";", ":", "\u2014"):
            k = text.rfind(stop, floor, start)
            if k != -1:
                floor = k + 1
        result = None
        if entry.term == "according to":
            m = re.match(
                r"\s+([^,;\u201c\u201d\"]+?)\s*(?:[,;\u201c\u201d\"]|[.!?]?\s*$)",
                text[end : min(sent[1], end + _CONTEXT)],
            )
            if m and len(_words(m.group(1))) <= _MAX_SUBJECT_WORDS:
                result = (end + m.start(1), end + m.end(1))
        elif _is_participle(entry.term):
            quoted = _QUOTED_AS.search(text, max(floor, start - 200), start)
            if quoted:
                result = quoted.span(1)
            else:
                prev = ci - 1
                if prev >= 0 and cues[prev][0] >= sent[0]:
                    result = cue_subject(prev, sent)
                if result is None:
                    result = _sentence_subject(text, floor, start)
        elif ci > 0 and cues[ci - 1][0] >= sent[0] and _COORDINATED.search(text, cues[ci - 1][1], start):
            result = cue_subject(ci - 1, sent)
        else:
            found = _subject_before(text, floor, start)
            if found:
                result = found[:2]
            elif text[floor:start].rstrip().endswith(",") or text[floor:start].strip() == "":
                result = _subject_after(text, end, min(sent[1], end + _CONTEXT))
        subject_cache[ci] = result
        return result

    records: list[dict] = []

    def attribution(ci: int, span: tuple[int, int], quote_text: str = "") -> dict:
        start, end, entry = cues[ci]
        s, e = span
        while (
            e > s + 1
            and text[e - 1] in ".,"
            and not (e - s >= 3 and text[e - 3] in " ." and text[e - 2].isupper())
        ):
            e -= 1
        phrase = text[s:e]
        resolved, pron = _resolve(phrase, s, speakers, text)
        if pron and resolved == phrase:
            stype = "unattributed" if pron in "mf" else "anonymous"
            if pron in "mf":
                stype = "named_person"
        elif pron:
            stype = _type_of(resolved)
        else:
            stype = _source_type(phrase, resolved, speakers, quote_text or text[end : end + 60])
        return {
            "speaker": resolved,
            "speaker_text": phrase,
            "speaker_start": s,
            "speaker_end": e,
            "cue": text[start:end],
            "cue_start": start,
            "cue_end": end,
            "cue_category": entry.category,
            "source_type": stype,
        }

    def _type_of(name: str) -> str:
        for _pos, spk, stype in reversed(speakers.history[-_HISTORY:]):
            if spk == name:
                return stype
        return (
            "named_person"
            if name in speakers.persons or name in speakers.person_names
            else "named_organisation"
        )

    def cues_between(a: int, b: int) -> range:
        return range(bisect.bisect_left(cue_starts, a), bisect.bisect_left(cue_starts, b))

    # ---- events in text order: quotes between marks and cue verbs ----
    events = [(m[0], "mark", i) for i, m in enumerate(marked)] + [
        (c[0], "cue", i) for i, c in enumerate(cues)
    ]
    events.sort()
    last_attr = None  # (paragraph, attribution dict) of the previous attribution

    for _pos, what, idx in events:
        if what == "mark":
            cs, ce, os_, oe = marked[idx]
            content_end = ce
            sent = sentence_span(os_)
            left_floor = max(sent[0], os_ - _CONTEXT)
            if idx > 0 and m_ends[idx - 1] > left_floor and m_ends[idx - 1] <= os_:
                left_floor = m_ends[idx - 1]
            left = text[left_floor:os_]
            stripped = left.rstrip()
            prev_char = stripped[-1:] if stripped else ""
            para_start = paragraph_index(os_)
            at_start = not text[doc.paragraphs[para_start][0] : os_].strip() if doc.paragraphs else True
            first_alpha = next((ch for ch in text[cs:ce] if ch.isalnum()), "")
            left_cues = cues_between(left_floor, os_)
            after_cue = bool(left_cues) and not text[cues[left_cues[-1]][1] : os_].strip(" \t,:")
            split_quote = prev_char == "," and bool(left_cues) and left_floor != max(sent[0], os_ - _CONTEXT)
            if (
                at_start
                or not stripped
                or prev_char in ".!?:"
                or (prev_char == "," and (first_alpha.isupper() or split_quote or bool(left_cues)))
                or (after_cue and first_alpha.isupper())
                or (prev_char in '\u201d"' and first_alpha.isupper())
                or (prev_char in "\u2014\u2013" and first_alpha.isupper())
            ):
                kind = "direct"
            else:
                kind = "partial"
            quote_text = text[cs:content_end]
            attr = None
            if kind == "direct":
                # Right: '"...," X said' / '"...," said X'.
                close = oe + 1 if oe is not None else content_end
                r_sent = sentence_span(max(close - 1, 0))
                limit = min(r_sent[1], close + _CONTEXT)
                if idx + 1 < len(marked) and marked[idx + 1][2] < limit:
                    limit = marked[idx + 1][2]
                for ci in cues_between(close, limit):
                    start = cues[ci][0]
                    between = text[close:start]
                    if _SENT_END.search(between) or len(_words(between)) > _MAX_SUBJECT_WORDS:
                        break
                    if cues[ci][2].term == "according to":
                        continue
                    if not between.strip(" \t,\u2014"):
                        span = _subject_after(text, cues[ci][1], limit)
                    else:
                        sub = _subject_before(text, close, start)
                        span = sub[:2] if sub else None
                    if span:
                        attr = attribution(ci, span, quote_text)
                        consumed.add(start)
                        break
                if attr is None and left_cues:
                    ci = left_cues[-1]
                    gap = text[cues[ci][1] : os_]
                    if len(_words(gap)) <= 10 and not _SENT_END.search(gap):
                        span = cue_subject(ci, sent)
                        if span:
                            attr = attribution(ci, span, quote_text)
                            consumed.add(cues[ci][0])
                if attr is None and last_attr is not None and last_attr[0] >= para_start - 1:
                    prev = last_attr[1]
                    attr = {k: None for k in prev} | {
                        "speaker": prev["speaker"],
                        "source_type": prev["source_type"],
                    }
            else:
                # Partial: the nearest cue of the sentence, before the quote first.
                before = cues_between(sent[0], os_)
                after = cues_between(content_end, sent[1])
                ci = before[-1] if before else (after[0] if after else None)
                if ci is not None:
                    span = cue_subject(ci, sent)
                    if span:
                        attr = attribution(ci, span, quote_text)
            if attr is None:
                attr = {
                    "speaker": None,
                    "speaker_text": None,
                    "speaker_start": None,
                    "speaker_end": None,
                    "cue": None,
                    "cue_start": None,
                    "cue_end": None,
                    "cue_category": None,
                    "source_type": "unattributed",
                }
            s, e = cs, content_end
            if e > s:
                records.append({"start": s, "end": e, "kind": kind, **attr})
                if attr["speaker"]:
                    if attr["speaker_start"] is not None:
                        speakers.add(attr["speaker_start"], attr["speaker"], attr["source_type"])
                    last_attr = (paragraph_index(s), attr)
            continue

        # ---- a cue verb: indirect speech ----
        start, end, entry = cues[idx]
        if start in consumed:
            continue
        sent = sentence_span(start)
        term = entry.term
        rest = text[end : min(sent[1], end + 3)].lstrip()
        after_cue = text[end : sent[1]].lstrip(" ,")
        if rest[:1] == ":" or (after_cue[:1] in '\u201c"' and after_cue[1:2].isupper()):
            continue  # introduces a direct quote
        subject = cue_subject(idx, sent)
        if subject is None:
            continue
        nxt = bisect.bisect_right(m_starts, end)
        if nxt < len(marked) and m_starts[nxt] < sent[1]:
            gap = text[end : m_starts[nxt]]
            if len(_words(gap)) <= 10 and not _SENT_END.search(gap) and gap.rstrip()[-1:] in (":", ","):
                continue  # 'X told the nation: "..."': the cue of a direct quote
        if (
            term in _NAMING
            and not _THAT.match(text, end)
            and not re.match(r"\s+(?:on\s+\w+\s+|in\s+a\s+\w+\s+)?that\b", text[end : end + 40])
        ):
            attr = attribution(idx, subject)
            speakers.add(attr["speaker_start"], attr["speaker"], attr["source_type"])
            continue
        if _is_participle(term) and any(
            r["kind"] == "indirect"
            and r["cue_start"] is not None
            and sent[0] <= r["cue_start"] < start
            and r["end"] >= start
            for r in records[-12:]
        ):
            continue  # '..., calling on ...' belongs to the main cue's clause
        content = None
        subject_first = subject[1] <= start
        if term == "according to":
            if text[sent[0] : start].strip():
                # "..., according to X": the clause before.
                s, e = _trim(text, sent[0], start)
                while True:
                    m = _TRAILING_ATTRIBUTION.search(text[s:e])
                    if not m:
                        break
                    e = s + m.start()
                    s, e = _trim(text, s, e)
                content = (s, e) if e > s else None
            else:
                comma = text.find(",", subject[1], sent[1])
                if comma != -1:
                    content = _content_after(text, comma + 1, sent[1], term)
        else:
            after_subject = subject[1] if not subject_first else end
            tail = text[after_subject : sent[1]]
            m_end = re.match(
                r"(?:\s*(?:on|late\s+on|early\s+on|in\s+a\s+statement|in\s+an?\s+\w+)(?:\s+[\w\u2019']+){0,3})?"
                r"\s*(?:[.!?]|,\s*(?:speaking|adding|citing|according|who|as|while|after)\b|$)",
                tail,
            )
            if subject_first:
                tail2 = text[end : sent[1]]
                m_end = re.match(
                    r"(?:\s*(?:(?:late\s+|early\s+)?on\s+\w+|in\s+a\s+statement|in\s+an?\s+\w+|afterwards|later)"
                    r"(?:\s+(?:morning|evening|night|afternoon))?)*"
                    r"\s*(?:[.!?]|,\s*(?:speaking|adding|citing|according|who|as|while|after)\b|$)",
                    tail2,
                )
            if m_end:
                # Trailing attribution: the clause before the subject.
                seg_start = subject[0]
                comma = text.rfind(",", sent[0], seg_start)
                if comma != -1:
                    s, e = _trim(text, sent[0], comma)
                    # skip an apposition segment: "..., three officials, including ..., said"
                    content = (s, e) if e > s else None
                    if content and not _is_trailing_head(text, comma, start):
                        content = None
            else:
                pos = end
                if term.startswith("put "):
                    pos = start + 3
                content = _content_after(text, pos, sent[1], term)
        if content is None:
            continue
        s, e = content
        # Never end inside a quotation: extend to the closing mark of a quote cut by the trim.
        attr = attribution(idx, subject)
        records.append({"start": s, "end": e, "kind": "indirect", **attr})
        speakers.add(attr["speaker_start"], attr["speaker"], attr["source_type"])
        last_attr = (paragraph_index(start), attr)

    records.sort(key=lambda r: (r["start"], r["end"]))
    _cut_before_trailing(records)
    records = _drop_nested(records)
    for r in records:  # a single word later resolved from he/she (or it) is a person (or not)
        if r["speaker"] in speakers.persons and r["source_type"] == "named_organisation":
            r["source_type"] = "named_person"
        elif r["speaker"] in speakers.organisations and r["source_type"] == "named_person":
            r["source_type"] = "named_organisation"
    out = tuple(
        Quote(
            text=text[r["start"] : r["end"]],
            start=int(r["start"]),
            end=int(r["end"]),
            speaker=r["speaker"],
            speaker_text=r["speaker_text"],
            cue=r["cue"],
            kind=r["kind"],
            anonymous=r["source_type"] == "anonymous",
            sentence=sentence_index(r["start"]),
            source_type=r["source_type"],
            speaker_start=r["speaker_start"],
            speaker_end=r["speaker_end"],
            cue_start=r["cue_start"],
            cue_end=r["cue_end"],
            cue_category=r["cue_category"],
        )
        for r in records
    )
    justifications = tuple(Span(text[s:e], s, e) for s, e in just)
    return _measure(doc, out, justifications, lex)


_VERBISH = re.compile(r"(?:has|have|had|is|was|are|were|will|would|did|does)$|[a-z]+(?:ed|es)$")


def _sentence_subject(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The words before the first verb-like word of a clause (the subject of a main clause)."""
    tokens = list(_TOKEN.finditer(text, start, limit))
    for i, tok in enumerate(tokens):
        word = tok.group()
        if i and word[:1].islower() and _VERBISH.match(word) and word not in _DETERMINERS:
            span = _cut_np(text, tokens[0].start(), tokens[i - 1].end())
            return span
    return None


def _cut_before_trailing(records: list[dict]) -> None:
    """'..., after Iran announced that X, three officials said.': the clause of *announced*
    ends where the trailing attribution's subject begins."""
    trailing = sorted(
        (r["speaker_start"], r["end"])
        for r in records
        if r["kind"] == "indirect"
        and r["cue_start"] is not None
        and r["end"] <= r["cue_start"]
        and r["speaker_start"] is not None
    )
    if not trailing:
        return
    starts = [s for s, _ in trailing]
    for r in records:
        if r["kind"] != "indirect" or r["cue_start"] is None or r["start"] < r["cue_start"]:
            continue
        i = bisect.bisect_left(starts, r["start"])
        if i < len(trailing) and trailing[i][0] < r["end"] and trailing[i][1] > r["start"]:
            r["end"] = trailing[i][1]


def _drop_nested(records: list[dict]) -> list[dict]:
    """Drop indirect records whose speaker lies inside another indirect record's content."""
    # Only clauses reported after their cue ("He added that Kestria had asked ...") hold
    # nested speech; a clause before a trailing attribution keeps its own attributions.
    spans = sorted(
        (r["start"], r["end"])
        for r in records
        if r["kind"] == "indirect" and r["cue_start"] is not None and r["start"] >= r["cue_start"]
    )
    if not spans:
        return records
    starts = [s for s, _ in spans]
    best_end = []
    running = -1
    for _, e in spans:
        running = max(running, e)
        best_end.append(running)
    out = []
    for r in records:
        s = r["speaker_start"]
        if r["kind"] == "indirect" and s is not None:
            i = bisect.bisect_right(starts, s) - 1
            if i >= 0 and best_end[i] > s and not (spans[i][0] == r["start"] and spans[i][1] == r["end"]):
                # inside some earlier-starting reported clause (not its own)
                inside = any(
                    a <= s < b and (a, b) != (r["start"], r["end"]) for a, b in spans[max(0, i - 3) : i + 1]
                )
                if inside:
                    continue
        out.append(r)
    return out


def _is_trailing_head(text: str, comma: int, cue_start: int) -> bool:
    """True when the stretch between ``comma`` and the cue is a subject (with appositions), not a clause."""
    return len(_words(text[comma:cue_start])) <= 2 * _MAX_SUBJECT_WORDS


def _cover(starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Merge overlapping (start, end) intervals (inputs sorted by start)."""
    cs: list[int] = []
    ce: list[int] = []
    for s, e in sorted(zip(starts, ends)):
        if cs and s <= ce[-1]:
            ce[-1] = max(ce[-1], e)
        else:
            cs.append(s)
            ce.append(e)
    return cs, ce


_QUALIFIER = re.compile(
    r"\s+(?:familiar|briefed|close|with|who|involved|speaking|not|knowledgeable|aware|informed)\b"
)


def _speaker_keys(speakers) -> dict[str, str]:
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


def _measure(doc, records: tuple, justifications: tuple, lex) -> Quotes:
    n_words = doc.n_words
    marked = [(q.start, q.end) for q in records if q.kind != "indirect"]
    cs, ce = _cover([s for s, _ in marked], [e for _, e in marked])
    quoted_words = sum(doc.words_between(s, e) for s, e in zip(cs, ce))
    by_kind = {k: sum(q.kind == k for q in records) for k in KINDS}

    sentence_of = doc.sentence_of
    carrying = set()
    for q in records:
        carrying.add(q.sentence)
        if q.cue_start is not None:
            carrying.add(sentence_of(q.cue_start))
        if q.speaker_start is not None:
            carrying.add(sentence_of(q.speaker_start))
        if q.kind != "indirect" and q.end > q.start and doc.n_sentences:
            last = sentence_of(q.end - 1)
            carrying.update(range(q.sentence, last + 1))

    key_of = _speaker_keys(q.speaker for q in records if q.speaker)
    names: dict[str, str] = {}
    for q in records:
        if q.speaker:
            names.setdefault(key_of[q.speaker], q.speaker)
    attributed = [q for q in records if q.speaker]
    n = len(records)
    source_type_shares = {t: rate(sum(q.source_type == t for q in records), n) for t in SOURCE_TYPES}
    categories = dict.fromkeys(e.category for e in lex.entries)
    with_cue = [q for q in records if q.cue_category]
    cue_category_shares = {
        c: rate(sum(q.cue_category == c for q in with_cue), len(with_cue)) for c in categories
    }

    rows = {}
    for q in records:
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
            row["quoted_words"] += doc.words_between(q.start, q.end)
    table = pd.DataFrame(
        list(rows.values()),
        columns=["speaker", "source_type", "quotes", "direct", "partial", "indirect", "quoted_words"],
    )
    table["kinds"] = (
        [
            ", ".join(k for k in KINDS if r[k])
            for r in table[["direct", "partial", "indirect"]].to_dict("records")
        ]
        if len(table)
        else pd.Series(dtype=object)
    )
    table = table.sort_values(["quotes", "quoted_words"], ascending=False, kind="stable").reset_index(
        drop=True
    )

    return Quotes(
        quotes=records,
        justifications=justifications,
        n_words=n_words,
        n_sentences=doc.n_sentences,
        density=rate(quoted_words, n_words),
        per_100_words=rate(n, n_words, per=100),
        direct_per_100_words=rate(by_kind["direct"], n_words, per=100),
        attributed_sentence_share=rate(len(carrying), doc.n_sentences),
        speakers=len(names),
        speaker_names=tuple(names.values()),
        anonymous_share=rate(sum(q.source_type == "anonymous" for q in attributed), len(attributed)),
        source_type_shares=source_type_shares,
        cue_category_shares=cue_category_shares,
        by_kind=by_kind,
        speaker_table=table,
        lexicon=lex.label,
    )
