"""The speed-ups of framing.quotes keep its results: each faster form equals the plain form it replaced.

The whole-text patterns of ``framing.quotes`` start with their first character (``re`` scans for it in C)
and test what lies before it afterwards; the anonymity-justification scan is skipped when the lexicon's
pattern without its boundary tests finds nothing. These tests compare each with the plain form on random
text, so a later edit cannot silently change what the quotes measure finds.
"""

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.lexicons import as_lexicon

speakers = importlib.import_module("framing.quotes.speakers")
marks = importlib.import_module("framing.quotes.marks")
attribution = importlib.import_module("framing.quotes.attribution")
sources = importlib.import_module("framing.quotes.sources")

# Letters, marks and spaces where the patterns differ if they differ at all.
ALPHABET = "MacODeLaVinTth s,.!?'\u2019\n\t\u00a0-_9AZ\u00c9\u201c\u201d\"`"
TEXT = st.text(alphabet=ALPHABET, max_size=80)


def _spans(pattern, text):
    return [(m.span(), m.regs[1:]) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_start_after_the_first_character_is_a_word_boundary_before_it(text):
    fast = re.compile(r"([A-Z]" + speakers._WORD_START + r"[a-z]+)'?s?")
    plain = re.compile(r"\b([A-Z][a-z]+)'?s?")
    assert _spans(fast, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_clause_start_after_the_first_character_is_a_clause_start_before_it(text):
    fast = re.compile(r"([A-Z]" + speakers._CLAUSE_START + r"[a-z]*)", re.MULTILINE)
    plain = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([A-Z][a-z]*)", re.MULTILINE)
    assert _spans(fast, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_name_runs_match_as_the_plain_name_pattern(text):
    plain = re.compile(
        r"(?=[A-Z])" + speakers._NAME_WORD + r"(?:\s+(?:[A-Z]\.\s+)?" + speakers._NAME_WORD + r")+"
    )
    assert _spans(speakers._NAME_RUN, text) == _spans(plain, text)
    assert _spans(speakers._NAME_RUN, text.replace("a", "ac")) == _spans(plain, text.replace("a", "ac"))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_double_marks_match_as_the_character_class(text):
    plain = re.compile("''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
    assert _spans(marks._DOUBLE, text + "''``\u00ab\u00bb\u201e") == _spans(plain, text + "''``\u00ab\u00bb\u201e")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["spoke", "on", "condition", "of", "anonymity", "asked", "not", "to", "be",
                                 "named", "the", "-", "'", ",", "x"]), max_size=20),
       st.sampled_from([" ", "  ", "\n"]))
def test_justifications_are_found_whenever_the_unbounded_pattern_is(words, space):
    text = space.join(words)
    lex = sources.source_words(as_lexicon(None, default="sources"))["justification"]
    hint = attribution._unbounded(lex)
    assert hint is not None
    folded = fr.read(text).folded if text.strip() else text
    if any(True for _ in lex.finditer(folded)):
        assert hint.search(folded)


def test_justification_skip_keeps_the_spans_of_a_real_sentence():
    text = ("A senior official, who spoke on condition of anonymity because he was not authorized to "
            "discuss the talks, said the ceasefire would hold.")
    result = fr.quotes(text)
    assert [text[j.start : j.end] for j in result.justifications] == [
        "on condition of anonymity because he was not authorized to discuss the talks"
    ]


@pytest.mark.parametrize("text", ["", "No justification here, the minister said."])
def test_no_justification_phrase_no_scan_result(text):
    assert fr.quotes(text).justifications == ()


NEGATION_WORDS = ["not", "n't", "never", "neither", "nor", "declined", "refused", "would", "did", "cannot", "no",
                  "one", "nobody", "none", "group", "official", "or", "to", "say", "he", "side", "yet", "ı", "ſ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEGATION_WORDS), max_size=8), st.sampled_from([" ", "  ", "\n"]))
def test_negation_is_searched_as_the_plain_pattern(words, space):
    # the hint (n[oe'], decl, ref) is in every match of the negation pattern: keep it so when adding to it
    text = space.join(words) + " "
    for start in range(len(text) + 1):
        got = attribution._NEGATED.search(text, max(0, start - 30), start)
        want = attribution._NEGATED.pattern.search(text, max(0, start - 30), start)
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Gen. Mrab\n\t\u00a0\u2003x\u00e9,", max_size=40), st.integers(min_value=0, max_value=40))
def test_title_before_a_name_is_read_as_the_plain_pattern(text, pos):
    pos = min(pos, len(text))
    titles = frozenset({"gen.", "mr", "ab", "x", "."})
    m = re.search(r"([A-Za-z.]+)\s+$", text[max(0, pos - 25) : pos])
    assert speakers._titled_before(text, pos, titles) == (bool(m) and m.group(1).lower() in titles)


def test_title_before_a_name_in_a_sentence():
    text = "The report was signed by Gen. Norman Ham and by Pelk resident Norman Ham."
    titles = frozenset({"gen.", "resident"})
    assert speakers._titled_before(text, text.index("Norman"), titles)
    assert not speakers._titled_before(text, text.index("Pelk"), titles)
    assert speakers._titled_before(text, text.rindex("Norman"), titles)
