"""Source typing: what kind of source a speaker phrase names.

The head words come from the ``sources`` lexicon (replaceable with
``quotes(sources=...)``): ``anonymous`` heads of unnamed-source phrases,
``group`` heads of unnamed collectives, ``document`` heads of documents and
data, ``media`` heads of outlets, ``organisation`` heads of institutions,
``title`` personal titles and roles, ``justification`` phrases that justify
anonymity.

**Source types** (after Sigal 1973 and Hallin, Manoff & Weddle 1993):

``named_person``
    A person the text names: a name of two or more capitalised words, a title
    plus a name, a surname met before, an office holder ("Valdora's leader"), or
    a pronoun that resolves to one of these.
``named_organisation``
    A named institution, company, state, party or armed group ("Hamas", "the
    Ministry of Defence", "Tesk Harbour Holdings", "police", "North Korea"), a
    definite institution named before ("the mission"), or several of them
    coordinated ("Kestria and the Harbour League").
``unnamed_group``
    A collective named by its kind only, speaking as a body: "environmental
    groups", "rights organisations", "protesters", "several governments".
``media``
    A news outlet, agency or journalist ("state media", "the Courier", "a
    correspondent").
``document``
    A text or data set credited as the source: "court records", "a report",
    "figures", "the indictment". A document is not an anonymous person.
``anonymous``
    People the text credits without naming them, usually officials or insiders:
    "officials", "a person familiar with the matter", "five of the Kestrian
    officials", "two members of the Guard", "a senior officer speaking on
    condition of anonymity", "one woman".
``unattributed``
    No speaker: scare quotes, quoted labels, a quote nobody is credited with.

A phrase whose head noun is written in lower case ("Environmental groups" at a
sentence start) is never typed as a name.

**Role-only sources.** An unnamed person identified only by a role is anonymous
("a senior officer", "a Harbour League aide"), except a spokesperson of a named
body, who speaks for it on the record (``named_organisation``: "a health ministry
spokesman"), and an identified office holder ("Valdora's leader", "Ebrecht's
campaign manager": ``named_person``). A definite description with a title or a
public role ("the candidate", "the fund manager"), kin of a named person ("his
wife") and a set already met ("both parents") refer to identified people
(``named_person``); "the official", "the source" stay anonymous. A public
speaking through a poll ("voters", "42%", "three-quarters of the voters") is an
``unnamed_group``; adjectives coordinated before one head ("Democratic and
independent analysts") type that head.
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.lang import english as en
from framing.lexicons import Lexicon
from framing.quotes.text import phrase_words

__all__ = ["SOURCE_TYPES", "source_words", "source_type", "head", "strip_titles", "descriptor_name"]

SOURCE_TYPES = (
    "named_person",
    "named_organisation",
    "unnamed_group",
    "media",
    "document",
    "anonymous",
    "unattributed",
)

_FIRST_PERSON = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted(en.QUOTE_FIRST_PERSON, key=len, reverse=True)) + r")(?![\w'])"
)
_POSSESSED_TITLE = re.compile(r"[A-Z]\w*['\u2019]s\s+(?:\w+\s+)?(\w+)$")
_COORDINATION = re.compile(r"\s(?:and|&)\s")
_COORDINATION_SPLIT = re.compile(r"\s+(?:and|&)\s+|,\s*")
_ITS_AFTER = re.compile(r"\W*(?:\w+\W+){0,6}?(?:its|it)\b")


@lru_cache(maxsize=16)
def source_words(lex) -> dict:
    """The word classes of a ``sources`` lexicon (cached per lexicon object)."""
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
        "group": frozenset(groups.get("group", ())),
        "document": frozenset(groups.get("document", ())),
        "title": frozenset(groups.get("title", ())),
        "title_words": frozenset(title_words),
        # matched over the whole text: only the justification phrases, not every source word
        "justification": Lexicon(
            lex.name, lex.version, tuple(e for e in lex.entries if e.category == "justification"), lex.meta
        ),
        # facts about speaker phrases alone, found with these classes (see source_type): kept with them
        "memo": {},
    }


@lru_cache(maxsize=16)
def _multiword(terms: frozenset) -> re.Pattern:
    """A pattern found in a text exactly when one of the terms of several words is a substring of it."""
    multi = sorted(t for t in terms if " " in t)
    return re.compile("|".join(map(re.escape, multi))) if multi else re.compile(r"(?!x)x")


@lru_cache(maxsize=64)
def union(*classes: frozenset) -> frozenset:
    """The union of word classes, made once per combination (the classes of ``source_words`` are cached)."""
    return frozenset().union(*classes)


def strip_titles(phrase: str, src: dict) -> str:
    """Trailing name of 'Foreign Minister Tomas Ebrecht' / 'union organiser Lena Vos'."""
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
        if last in src["title_words"] and not lowered & union(src["organisation"], src["media_words"]):
            return " ".join(reversed(name))
    return phrase


@lru_cache(maxsize=4096)
def descriptor_name(phrase: str) -> str:
    """'the human rights group Clearwater' -> 'Clearwater' (lower-case descriptor, then a name; cached)."""
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
            (t[:1].islower() or t.lower() in en.QUOTE_PREMODIFIERS) and t.lower() not in en.QUOTE_POSTMODIFIERS
            for t in prefix
        )
    ):
        if any(t.lower() not in en.QUOTE_PREMODIFIERS for t in prefix):
            return " ".join(tokens[len(tokens) - run :])
    return phrase


# Facts about a phrase alone, cached: speaker phrases recur within and across texts ("officials", "he").
@lru_cache(maxsize=8192)
def _words(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrase's words (:func:`~framing.quotes.text.phrase_words`) as written and lower-cased, found once for
    the facts below."""
    words = tuple(phrase_words(phrase))
    return words, tuple(map(str.lower, words))


@lru_cache(maxsize=4096)
def _head_word(phrase: str) -> str:
    """The head word as written: the last word before a post-modifier, past a partitive."""
    words, lows = _words(phrase)
    # "five of the Kestrian officials": the head is that of "the Kestrian officials"
    if len(words) > 2 and lows[0] in en.QUOTE_PARTITIVES and lows[1] == "of":
        words, lows = words[2:], lows[2:]
    found = ""
    for w, low in zip(words, lows):
        if (low in en.QUOTE_POSTMODIFIERS or low in en.QUOTE_RELATIVES) and found:
            break  # "a local aid group that runs a clinic": the head is "group"
        found = w
    return found


def _up_to_head(phrase: str) -> list[str]:
    """The words of a phrase before its first post-modifier or relative pronoun."""
    words, lows = _words(phrase)
    for i, low in enumerate(lows):
        if i and (low in en.QUOTE_POSTMODIFIERS or low in en.QUOTE_RELATIVES):
            return list(words[:i])
    return list(words)


@lru_cache(maxsize=4096)
def head(phrase: str) -> str:
    """Head noun of a speaker phrase: the last word before a post-modifier, lower-cased, without a final full
    stop or 's (cached: a pure function)."""
    return _head_word(phrase).lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s")


def _capitalised(phrase: str) -> list[str]:
    return [w for w in _words(phrase)[0] if w[:1].isupper()]


@lru_cache(maxsize=4096)
def _folded_words(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrase's words lower-cased with straight apostrophes, and the same without a final 's."""
    words = tuple(w.replace("\u2019", "'") for w in _words(phrase)[1])
    return words, tuple(w.removesuffix("'s") for w in words)


@lru_cache(maxsize=4096)
def _name_capitals(phrase: str) -> tuple[str, ...]:
    """The phrase's capitalised words that may be part of a name (not "The", "President" ...)."""
    return tuple(w for w in _capitalised(phrase) if w.lower() not in en.QUOTE_STOP_CAPS)


def _coordinated_type(target: str, speakers) -> str:
    parts = [p for p in _COORDINATION_SPLIT.split(target) if p.strip()]
    types = {source_type(p, p, speakers, "") for p in parts}
    if types == {"named_person"}:
        return "named_person"
    return "anonymous" if types == {"anonymous"} else "named_organisation"


_MEMO_SIZE = 50_000  # entries of a sources lexicon's memo before it is emptied (memory stays flat on a corpus)


def remembered(src: dict, key: tuple, find, *args):
    """``find(*args)``, remembered under ``key`` in the memo of facts about phrases kept with the word classes
    ``src`` (emptied when full, so memory stays flat on a corpus)."""
    found = src["memo"]
    known = found.get(key)
    if known is None:
        if len(found) > _MEMO_SIZE:
            found.clear()
        known = found[key] = find(*args)
    return known


def source_type(phrase: str, resolved: str, speakers, context: str = "") -> str:
    """Classify a speaker (see the module docstring).

    ``phrase`` is the speaker as written, ``resolved`` its resolution (titles and
    descriptors dropped, surname expanded, a document's owner); ``speakers`` the
    document's resolution state (known persons, organisations, places and the
    sources word classes); ``context`` the quote or the words after the cue (a
    first-person quote marks a person, an "its" right after the cue an organisation).
    """
    target = resolved or phrase
    # what the phrase alone says, found once per phrase and target (speaker phrases recur within and
    # across texts); then what the document knows (persons, places) and the context
    key = ("type", phrase, target)
    known = remembered(speakers.src, key, _phrase_type, phrase, target, speakers.src)
    how, value = known
    if how == "type":
        return value
    if how == "again":
        return source_type(value, value, speakers, context)
    if how == "coordinated":
        return _coordinated_type(value, speakers)
    if target in speakers.persons:
        return "named_person"
    if target in speakers.places:
        return "named_organisation"  # "North Korea said": a state
    if how == "unless_known":
        return value
    return _single_word_type(value, speakers, context)  # how == "single"


def _phrase_type(phrase: str, target: str, src: dict) -> tuple[str, str]:
    """What :func:`source_type` finds from the phrase and its resolution alone, as ``(how, value)``: ``("type",
    t)`` the type ``t``; ``("again", p)`` the type of ``p``; ``("coordinated", target)`` the type of the
    coordinated phrase; ``("unless_known", t)`` the type ``t`` unless the target is a known person or place;
    ``("single", token)`` the same, then the type of the single name ``token`` in its document and context."""
    if head(phrase).replace("\u2019", "'") in src["document"] and not _POSSESSED_TITLE.search(phrase):
        return "type", "document"  # "documents seen by the Courier": the document, not the outlet
    low = phrase.lower().replace("\u2019", "'")
    bare = _folded_words(phrase)[1]
    if _multiword(src["media"]).search(low) or set(bare) & src["media_words"]:
        return "type", "media"
    share = _share(target)
    if share is not None:  # "three-quarters of the voters" is typed as "the voters"; "42%" alone is a poll share
        return ("again", share) if share else ("type", "unnamed_group")
    premodified = _premodifier_coordination(target)
    if premodified:  # "Democratic and independent analysts": the analysts
        return "again", premodified
    if _COORDINATION.search(target) and len(_words(target)[0]) <= 8:
        return "coordinated", target
    found = _named_type(low, target, src)
    return ("single", found[1]) if isinstance(found, tuple) else ("unless_known", found)


def _named_type(low: str, target: str, src: dict) -> str | tuple[str, str]:
    """The type of ``target`` when it is no known person or place, or ``("single", token)`` for a single name
    (``low``: the phrase as written, lower-cased with straight apostrophes)."""
    t_words, t_bare = _folded_words(target)
    the_head = head(target).replace("\u2019", "'")
    caps = _name_capitals(target)
    if t_words and t_words[0] in ("a", "an") and the_head in union(src["organisation"], src["group"]) and not any(
        w[:1].isupper() and w.lower() not in en.QUOTE_STOP_CAPS for w in _up_to_head(target)
    ):
        return "unnamed_group"  # "a local aid group", "an opposition party": a body the text does not name
    if the_head in src["organisation"] or the_head in en.QUOTE_ORG_FALLBACK:
        return "named_organisation"
    if "spokes" in low and any(t in low for t in ("spokesman for", "spokeswoman for", "spokesperson for")):
        return "named_organisation"
    if the_head in ("spokesman", "spokeswoman", "spokesperson") and set(t_bare) & src["organisation"]:
        return "named_organisation"  # "a health ministry spokesman" speaks for the ministry
    possessed_title = _POSSESSED_TITLE.search(target)
    office_holder = bool(possessed_title) and possessed_title.group(1).lower() in src["title_words"]
    if the_head in src["document"] and not office_holder:
        return "document"
    if the_head in src["group"]:
        return "unnamed_group"
    if the_head in src["anonymous"] or "unnamed" in t_words or "anonymous" in t_words:
        # "three Iranian officials": capitals are nationalities or organisations, not names;
        # "Valdora's leader" is an identified office holder.
        return "named_person" if office_holder else "anonymous"
    if office_holder:
        return "named_person"
    head_word = _head_word(target)
    if not caps or (head_word[:1].islower() and head_word.lower() not in src["title_words"]):
        # no name, or a common noun as head ("the harbour master"): anonymous only when the head names
        # people ("neither side", "the talks", "a clinic" credit nobody: never an invented source)
        person = head_word.lower().endswith(en.QUOTE_PERSON_SUFFIXES) or the_head in src["anonymous"]
        if not (t_words and (person or not _not_a_noun_phrase(t_words))):
            return "unattributed"
        return _identified(t_words, the_head, src) or "anonymous"
    if set(t_bare) & src["organisation"]:
        return "named_organisation"
    if len(caps) >= 2:
        if any(c.endswith(("'s", "\u2019s")) for c in caps) or caps[0].lower() in en.QUOTE_PLACE_FIRST_WORDS:
            return "named_organisation"  # "Kestria's army"; "North Korea", "New Jersey": a state or place
        return "named_person"
    return "single", caps[0].removesuffix("'s").removesuffix("\u2019s")


def _identified(words: tuple[str, ...], the_head: str, src: dict) -> str | None:
    """The type of an unnamed phrase that refers back to someone already identified, else None.

    "the candidate", "this manager" (a definite singular whose head is a title or a public role), "both
    parents", "each" (a set already met) and "his wife" (kin of a named person) refer to people the text
    identifies: ``named_person``. A head that is an anonymous-source word keeps the phrase anonymous ("the
    official", "both sources"), and so does a definite person noun of no public role ("the cashier").
    """
    if the_head in en.QUOTE_KIN_NOUNS and (words[0] in en.POSSESSIVE_DETERMINERS or words[0].endswith("'s")):
        return "named_person"  # "his wife", "Ortiz's brother": identified through a named person
    if the_head in src["anonymous"]:
        return None
    if words[0] in en.QUOTE_IDENTIFIED_SETS:
        return "named_person"
    if words[0] in en.QUOTE_DEFINITE_SINGULAR and len(words) > 1 and not the_head.endswith("s"):
        # "the candidate", "the fund manager": a public role or title; "the cashier" may be a first mention
        return "named_person" if the_head in src["title_words"] or the_head in en.QUOTE_ROLE_NOUNS else None
    return None


_SHARE_NUMBER = re.compile(r"^(?:about |nearly |almost |some |more than |less than |over |under |just )?[\d.,]+%?$")


def _share(phrase: str) -> str | None:
    """For a share of a population: the population ("three-quarters of the voters" -> "the voters"), or ""
    when the phrase is the share alone ("42%", "57 percent", "a majority"); None for any other phrase."""
    words, low = _words(phrase)
    if not low:
        return None
    if "of" in low:
        i = low.index("of")
        share = low[:i]
        rest = " ".join(words[i + 1 :])
    else:
        share, rest = low, ""
    if not share or len(share) > 4:
        return None
    last = share[-1]
    number = " ".join(share)
    # a share number ends with a digit (\d is str.isdecimal), a full stop, a comma or "%"
    if last in en.QUOTE_SHARE_WORDS or (
        (number[-1] in "%.," or number[-1].isdecimal()) and _SHARE_NUMBER.match(number)
    ) or last.endswith("%"):
        return rest
    return None


def _premodifier_coordination(phrase: str) -> str | None:
    """'Democratic and independent analysts' -> 'independent analysts': adjectives coordinated before one
    head (each conjunct before the last is one adjective-like word, the last has no determiner)."""
    if "," not in phrase and "&" not in phrase and "and" not in phrase:
        return None  # no conjunction or comma to split at (most phrases)
    parts = [p.strip() for p in _COORDINATION_SPLIT.split(phrase) if p.strip()]
    if len(parts) < 2:
        return None
    last = parts[-1].split()
    if len(last) < 2 or last[0].lower() in en.DETERMINERS or not last[-1][:1].islower():
        return None
    for p in parts[:-1]:
        if " " in p or not (p[:1].islower() or p.lower().endswith(en.QUOTE_ADJECTIVE_ENDINGS)):
            return None
    return parts[-1]


def _not_a_noun_phrase(words: list[str]) -> bool:
    """A subject read wrongly: a clause with a verb ("ceasefire talks collapsed in May", "has called"),
    or a determiner or modifier alone ("a", "local")."""
    if any(w in en.AUXILIARIES for w in words) or any(w.endswith("ed") for w in words[1:]):
        return True
    last = words[-1]
    return last in en.DETERMINERS or last in en.QUOTE_PREMODIFIERS or last in en.QUOTE_CLAUSE_WORDS


def _single_word_type(token: str, speakers, context: str) -> str:
    if speakers.is_known_person(token):
        return "named_person"
    if token in speakers.organisations or token in speakers.places:
        return "named_organisation"
    if context and _FIRST_PERSON.search(context.lower()):
        return "named_person"
    if context and _ITS_AFTER.match(context.lower()):
        return "named_organisation"
    # A single capitalised word never met after a preposition (as places and groups are)
    # is, in wire copy, most often a person's surname.
    return "named_person"
