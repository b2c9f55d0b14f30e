"""Resolving a speaker phrase: from the phrase as written to whom the text credits, with the document's
resolution state (:class:`framing.quotes.speakers.Speakers`), which it reads and updates."""

from __future__ import annotations

import re

from framing.lang import english as en
from framing.quotes.sources import descriptor_name, head, remembered, strip_titles, union
from framing.quotes.speakers import Speakers, personal

__all__ = ["resolve"]

_HONORIFIC_START = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s")
_OF_PLACE = re.compile(r"(.+?[a-z])\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4}$")
# "NBC's Dante Chinni", "CNN's Jake Tapper": a person named after the outlet or body they work for.
_POSSESSOR_PERSON = re.compile(
    r"(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}['\u2019]s\s+((?:[A-Z][a-z][\w\-]*\s+){1,2}[A-Z][a-z][\w\-']*)$"
)
_POSSESSED_DOCUMENT = re.compile(r"(?:the\s+)?([A-Z][\w\-. ]*?)['\u2019]s\s+(\w+)$")


def _resolve_pronoun(kind: str, phrase: str, start: int, speakers: Speakers) -> str:
    if kind in "mf":
        found = speakers.nearest(start, ("named_person",), pronoun=kind)
        if found is None:
            found = speakers.nearest_maybe(start, kind)
        if found is None:
            found = speakers.nearest(start, ("anonymous", "media"), pronoun=kind)
            if found:
                speakers.gender.setdefault(found, kind)
            return found or phrase
        speakers.gender.setdefault(found, kind)
        speakers.persons.add(found)
        return found
    if kind == "o":
        found = speakers.nearest(start, ("named_organisation", "media", "document"))
        document = speakers.nearest_document(start, speakers.last_position(found) if found else -1)
        if document:
            return document  # "The email, released Monday, was sent by ... '...,' it reads"
        body = speakers.nearest_body(start, speakers.last_position(found) if found else -1)
        if body:  # "Donald Trump's campaign is defending his tweets. It's denouncing ..."
            speakers.organisations.add(body)
            return body
        if found and speakers.type_of(found) in ("document", "anonymous"):
            return found  # "The memo noted ... it added": the document, no organisation
        if found is None:
            # A single word typed as a person by default, never called he or she: an organisation.
            candidate = speakers.nearest(start, ("named_person",))
            if candidate and " " not in candidate and candidate not in speakers.gender:
                found = candidate
                speakers.persons.discard(found)
        if found:
            speakers.organisations.add(found)
        return found or phrase
    if kind == "s":
        return phrase  # "I" outside quotes is the writer
    found = speakers.nearest(start, ("anonymous", "unnamed_group", "named_organisation", "media"))
    return found or phrase


def resolve(phrase: str, start: int, speakers: Speakers) -> tuple[str, str | None]:
    """Resolved speaker name and the pronoun class it came from (or None)."""
    # what the phrase alone says, found once per phrase (speaker phrases recur within and across texts); then
    # what the document knows at ``start``
    key = ("resolve", phrase)
    known = remembered(speakers.src, key, _phrase_resolution, phrase, speakers.src)
    how, value = known[:2]
    if how == "name":
        token, gender = known[2:]
        name = value
        if token is not None:  # a surname met before in a full name
            name = speakers.full_name(token, start) or name
        if gender:  # "Mr. Clarke said": a man
            speakers.gender.setdefault(name, gender)
        return name, None
    if how == "pronoun":
        return _resolve_pronoun(value, phrase, start, speakers), value
    if how == "label":  # a transcript label: "WALLACE"
        return speakers.full_name(value, start) or value, None
    if how == "owner":
        return value, None
    if how == "definite":
        found = speakers.nearest(start, ("named_organisation", "unnamed_group", "media"))
        if found and speakers.type_of(found) == "unnamed_group" and head(found) != value:
            found = speakers.nearest(start, ("named_organisation", "media"))  # "the group" -> "a local aid group" only
        if found and value in en.QUOTE_DOCUMENT_HEADS and speakers.spoke_before(phrase, start):
            return phrase, None  # "the report says ... the report says": the same document, not a body named between
        return (found or phrase), "o" if found else None
    found = speakers.nearest(start, ("anonymous",))  # how == "anaphor": "the official"
    return (found or phrase), None


def _phrase_resolution(phrase: str, src: dict) -> tuple:
    """What :func:`resolve` finds from the phrase alone: ``("pronoun", kind)``; ``("label", name)`` a transcript
    label; ``("definite", head)`` "the group", "the report"; ``("owner", name)`` a document's owner or a person
    named after an outlet; ``("anaphor", None)`` "the official"; ``("name", name, token, gender)`` the name, the
    single capitalised word to expand from a full name met before (or None) and the gender of an honorific."""
    low = phrase.lower().strip()
    if low in en.PRONOUN_CLASS:
        return "pronoun", en.PRONOUN_CLASS[low]
    if phrase.isupper() and len(phrase) > 2 and " " not in phrase:
        return "label", phrase.title()
    words = low.split()
    definite = union(en.QUOTE_DEFINITE_ORG, en.QUOTE_DOCUMENT_HEADS)
    if len(words) == 2 and words[0] in ("the", "this") and words[1] in definite:
        return "definite", words[1]
    if "'" in phrase or "\u2019" in phrase:  # both patterns hold a possessive 's
        m = _POSSESSED_DOCUMENT.match(phrase.strip())
        if m and m.group(2).lower() in en.QUOTE_DOCUMENT_HEADS:
            return "owner", m.group(1)
        m = _POSSESSOR_PERSON.match(phrase.strip())
        if m and personal(m.group(1), src):
            return "owner", m.group(1)
    if len(words) == 2 and words[0] == "the" and words[1] in en.QUOTE_ANONYMOUS_ANAPHORS:
        return "anaphor", None
    place = _OF_PLACE.match(phrase.strip())
    if place and len(place.group(1).split()) >= 2:  # "Rep. Elijah Cummings of Maryland"
        named = strip_titles(place.group(1), src)
        if named != place.group(1) and named[:1].isupper():  # "Mr. Burman of the Tax Policy Center"
            phrase = named
    name = descriptor_name(strip_titles(phrase.strip(), src))
    tokens = name.split()
    token = tokens[0] if len(tokens) == 1 and tokens[0][:1].isupper() else None
    honorific = _HONORIFIC_START.match(phrase.strip())
    gender = ("m" if honorific.group(1).lower() == "mr" else "f") if honorific else None
    return "name", name, token, gender
