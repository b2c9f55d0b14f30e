"""The speed-ups of framing.quotes keep its results: each faster form equals the plain form it replaced.

The whole-text patterns of ``framing.quotes`` start with their first character (``re`` scans for it in C)
and test what lies before it afterwards; the anonymity-justification scan is skipped when the text holds
not all the words of any lexicon term; subject_before searches its end-anchored patterns from the last
words they can span. These tests compare each with the plain form on random text, so a later edit cannot
silently change what the quotes measure finds.
"""

import importlib
import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.lang import english as en
from framing.lexicons import as_lexicon

speakers = importlib.import_module("framing.quotes.speakers")
marks = importlib.import_module("framing.quotes.marks")
attribution = importlib.import_module("framing.quotes.attribution")
cues = importlib.import_module("framing.quotes.cues")
sources = importlib.import_module("framing.quotes.sources")
resolution = importlib.import_module("framing.quotes.resolution")
credit = importlib.import_module("framing.quotes.credit")
text_module = importlib.import_module("framing.quotes.text")

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
def test_justifications_are_found_only_where_every_word_of_a_term_is(words, space):
    text = space.join(words)
    lex = sources.source_words(as_lexicon(None, default="sources"))["justification"]
    folded = fr.read(text).folded if text.strip() else text
    if any(True for _ in lex.finditer(folded)):
        assert cues._may_match(lex, folded)


def test_necessary_words_cover_every_term_of_a_user_lexicon():
    lex = as_lexicon({"spoke on background": "justification", "per a source": "justification"},
                     default="sources", extend=False)
    words = cues._necessary_words(lex)
    assert set(words) == {("background", "spoke", "on"), ("source", "per", "a")}
    text = "The aide, who spoke   on\nbackground, said the talks would resume."
    assert fr.quotes(text, sources=lex).justifications  # found: the skip keeps a user's phrase
    # every word of some term must be in the text: 'background' alone, or 'per' without 'source', is no match
    assert not cues._may_match(lex, "the talks went on in the background, per the minister")
    assert cues._may_match(lex, "according to a source, per the minister")


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
                  "one", "nobody", "none", "group", "official", "or", "to", "say", "he", "side", "yet", "ı", "ſ",
                  "neıther", "ne\u0130ther", "refuſed", "NOT", "Never", "no\u00a0one", "knot", "gone", "news"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEGATION_WORDS), max_size=8), st.sampled_from([" ", "  ", "\n"]))
def test_negation_is_searched_as_the_plain_pattern(words, space):
    # the hint (not, nor, no + space, n't, never, neither, ...) is in every match of the negation pattern: keep it
    # so when adding to it
    text = space.join(words) + " "
    text = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # folded, as find_cues searches it
    for start in range(len(text) + 1):
        got = cues._NEGATED.search(text, max(0, start - 30), start)
        want = cues._NEGATED.pattern.search(text, max(0, start - 30), start)
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


def _places(text):
    """speakers._place_names, given the words of the text as read (none in blank text)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # short texts: read() warns they may not be English
        doc = fr.read(text) if text.strip() else None
    if doc is None:
        return set()
    return speakers._place_names(text, doc.word_starts, doc.word_ends, speakers.text_codes(text))


PLACE_WORDS = ["in", "into", "to", "inside", "throughout", "the", "across", "at", "on", "of", "Ashton", "North",
               "Kestria", "'s", "\u2019s", "x", "_", "9", "\u00e9", "\u00c9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACE_WORDS), max_size=12), st.sampled_from([" ", "  ", "\n", ""]))
def test_place_scans_match_as_the_plain_patterns(words, space):
    text = space.join(words)
    like = re.compile(r"\b(?:in|to|from|into|across|near|inside|outside|against|with|on|of|at)\s+([A-Z][a-z]+)\b"
                      r"(?!['\u2019]s)")
    run = re.compile(r"\b(?:in|into|across|inside|outside|near|throughout)\s+(?:the\s+)?"
                     r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\b(?!['\u2019]s)")
    assert _spans(speakers._PLACE_LIKE, text) == _spans(like, text)
    assert _spans(speakers._PLACE_RUN, text) == _spans(run, text)
    assert _places(text) == {m.group(1) for m in like.finditer(text)} | {
        m.group(1) for m in run.finditer(text)
    }


TAIL_WORDS = ["late", "early", "on", "monday", "morning", "last", "this", "week", "quietly", "also", "was", "be",
              "been", "said", ",", "also,", "ſ", "K", ".", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TAIL_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", "\u00a0", ""]),
       st.integers(0, 200), st.integers(0, 200))
def test_end_anchored_patterns_found_from_the_last_words(words, space, a, b):
    text = space.join(words)
    floor, end = sorted((min(a, len(text)), min(b, len(text))))
    for pattern, k in ((attribution._TRAILING_FILLER, attribution._FILLER_WORDS), (attribution._PASSIVE, 1)):
        plain = pattern.search(text, floor, end)
        fast = pattern.search(text, attribution._tail_start(text, floor, end, k), end)
        assert (plain and plain.span()) == (fast and fast.span())


NAME_WORDS = ["Kestria", "'s", "\u2019s", "own", "army", "Army", "Foreign", "Ministry", "minister", "the", "a", "an",
              "militant", "group", "company", ",", "-", "Foo-Bar", "x", "_", "9", "\u00c9", "\u00e9", "Hamas"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", ""]))
def test_possessor_and_apposition_names_found_from_what_follows_them(words, space):
    text = space.join(words)
    assert speakers._state_possessors(text) == [m.group(1) for m in speakers._STATE_POSSESSIVE.finditer(text)]
    assert speakers._org_appositions(text) == [m.group(1) for m in speakers._ORG_APPOSITION.finditer(text)]


SPEAKER_WORDS = ["the", "a", "three", "of", "and", "officials", "Smith", "Ana", "Ruiz", "group", "spokesman", "for",
                 "ministry", "Kestria", "Kestria's", "North", "report", "voters", "42%", "local", "aid", "his", "wife",
                 "Democratic", "independent", "analysts", "Reuters", "police", "unnamed", "Valdora's", "leader", "I"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SPEAKER_WORDS), min_size=1, max_size=5), min_size=1, max_size=6),
       st.lists(st.sampled_from(["person", "organisation", "none"]), min_size=6, max_size=6))
def test_source_type_memo_keeps_what_the_document_learns(phrases, learnt):
    # source_type remembers what a phrase alone says (once per phrase, across texts); what the document
    # learns between two speakers (a person, an organisation) still changes the type, as without the memo
    doc = fr.read("Ana Ruiz met officials in North Kestria. Smith said the talks would resume.")
    src = sources.source_words(as_lexicon(None, default="sources"))
    remembered = speakers.Speakers(doc, src)
    for phrase, what in zip((" ".join(p) for p in phrases), learnt):
        resolved = phrase.split()[-1]
        for speaker in (phrase, resolved):
            if what == "person":
                remembered.persons.add(speaker)
            elif what == "organisation":
                remembered.organisations.add(speaker)
        got = sources.source_type(phrase, resolved, remembered, "we said")
        src["memo"].clear()
        assert got == sources.source_type(phrase, resolved, remembered, "we said")
        assert got == sources.source_type(phrase, resolved, remembered, "we said")  # from the memo


RESOLVE_WORDS = ["Mr.", "Ms.", "Clarke", "Ana", "Ruiz", "Ruiz's", "the", "group", "report", "official", "he", "she",
                 "it", "WALLACE", "of", "Maryland", "Rep.", "minister", "NBC's", "Dante", "Chinni", "Kestria's",
                 "statement", "aid", "a", "local"]
RESOLVE_TEXT = ("Ana Ruiz, the minister, met Dante Chinni and Mark Clarke in Pelk. A local aid group said it would "
                "help. Ruiz said the talks would resume. Clarke added that he agreed.")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(RESOLVE_WORDS), min_size=1, max_size=4), min_size=1, max_size=8))
def test_resolve_memo_keeps_what_the_document_learns(phrases):
    # resolve remembers what a phrase alone says; the full names, persons and genders met so far still decide,
    # as without the memo: two resolutions of the same speakers, one with the memo and one with it emptied
    doc = fr.read(RESOLVE_TEXT)
    src = sources.source_words(as_lexicon(None, default="sources"))
    remembered, plain = speakers.Speakers(doc, src), speakers.Speakers(doc, src)
    for k, phrase in enumerate(" ".join(p) for p in phrases):
        start = (k * 37) % len(RESOLVE_TEXT)
        got = resolution.resolve(phrase, start, remembered)
        src["memo"].clear()
        assert got == resolution.resolve(phrase, start, plain)
        for state in (remembered, plain):
            state.add(start, got[0], "named_person" if got[1] is None else "named_organisation")
    assert (remembered.gender, remembered.persons, remembered.organisations) == (
        plain.gender, plain.persons, plain.organisations
    )


DOCUMENT_WORDS = ["The", "the", "This", "that", "Ruiz's", "Ruiz\u2019s", "staff", "email", "letter", "report", "memo",
                  "new", "was", "sent", "said", ".", ",", "\n", "x", "It"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DOCUMENT_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n"]))
def test_every_document_subject_is_a_document_phrase(words, space):
    # type_of looks for a name among the document subjects only when it is a whole document phrase
    text = space.join(words)
    for m in speakers._DOCUMENT_SUBJECT.finditer(text):
        assert speakers._DOCUMENT_PHRASE.fullmatch(m.group(1))


def _alone_plain(doc):
    text = doc.text
    spans = list(zip(doc.word_starts.tolist(), doc.word_ends.tolist()))
    alone = set()
    for i, (s, e) in enumerate(spans):
        if not text[s].isupper():
            continue
        if i and text[spans[i - 1][0]].isupper() and not text[spans[i - 1][1] : s].strip():
            continue  # right after a capitalised word
        alone.add(text[s:e])
    return alone


@pytest.mark.filterwarnings("ignore")  # short texts: read() warns they may not be English
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ana", "Ruiz", "said", "\u00c9mile", "x", "_", "-", "9", "North", "\u00e9t\u00e9"]),
                max_size=14),
       st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0", ", ", "_", "-", ". ", "\t"]), min_size=14, max_size=14))
def test_alone_capitalised_words_as_read_word_by_word(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    if text.strip():
        doc = fr.read(text)
        assert speakers._alone_capitalised(doc) == _alone_plain(doc)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" -\u2014\u2013\n\t\u00a0x,", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_dash_before_a_cue_is_found_as_the_plain_pattern(text, a, b):
    base, end = sorted((min(a, len(text)), min(b, len(text))))
    m = credit._DASH_CLOSE.search(text, base, end)
    assert credit.dash_before(text, base, end) == ((m.group().strip(), m.start()) if m else None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab'z \n\t\u00a0A-.\u00e9", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_word_before_a_cue_is_read_as_the_plain_pattern(text, a, b):
    floor, end = sorted((min(a, len(text)), min(b, len(text))))
    m = cues._WORD_BEFORE.search(text, floor, end)
    assert cues._word_before(text, floor, end) == (m.group(1) if m else None)


HEAD_WORDS = ["five", "of", "the", "Kestrian", "officials", "who", "that", "familiar", "with", "Ruiz's", "Ruiz\u2019S",
              "Corp.", "group", "GROUP", "\u0130stanbul", "a", "local", "aid", "spokesman", "for", "-", "42%", "x"]


def _head_plain(phrase):  # head() as written before it was read from _head_word
    words = [w.lower() for w in text_module.phrase_words(phrase)]
    if len(words) > 2 and words[0] in en.QUOTE_PARTITIVES and words[1] == "of":
        words = words[2:]
    found = ""
    for w in words:
        if (w in en.QUOTE_POSTMODIFIERS or w in en.QUOTE_RELATIVES) and found:
            break
        found = w
    return found.rstrip(".").removesuffix("'s").removesuffix("\u2019s")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HEAD_WORDS), max_size=8), st.sampled_from([" ", "  ", ", "]))
def test_phrase_facts_read_from_one_split_of_the_words(words, space):
    phrase = space.join(words)
    written = text_module.phrase_words(phrase)
    assert sources.head(phrase) == _head_plain(phrase)
    assert sources._folded_words(phrase)[0] == tuple(w.lower().replace("\u2019", "'") for w in written)
    assert sources._capitalised(phrase) == [w for w in written if w[:1].isupper()]


def _span_words_plain(doc, start, end):
    text, out = doc.text, []
    for s, e in zip(doc.word_starts.tolist(), doc.word_ends.tolist()):
        if s >= start and e <= end:
            out.append((s, e + 1) if e < end and text[e] == "." and "." in text[s:e] else (s, e))
    return out


@pytest.mark.filterwarnings("ignore")  # short texts: read() warns they may not be English
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["U.S.", "Rep.", "D.", "said", "a.m.", "x", ".", "..", "Ana", "9.5"]), min_size=1,
                max_size=10),
       st.integers(0, 60), st.integers(0, 60))
def test_span_words_keep_an_abbreviation_full_stop_as_read_word_by_word(words, a, b):
    text = " ".join(words)
    doc = fr.read(text)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert text_module.span_words(doc, start, end) == _span_words_plain(doc, start, end)


PLACE_PIECES = ["in", "in the", "into", "to", "the", "The", "throughout the", "near", "with", "of", "on",
                "Ashton", "North", "North Kestria", "Kestria", "A", "Ab", "'s", "x", "_", "-", ".", "\u00e9", "\u00c9",
                "it", "hthe"]
PLACE_GAPS = [" "] * 8 + ["", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", " \n "]


@pytest.mark.timeout(120)
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=14),
       st.lists(st.sampled_from(PLACE_GAPS), min_size=14, max_size=14))
def test_place_names_tried_only_where_a_match_may_start(words, gaps):
    """_place_names tries the one-scan pattern only after the prepositions before capitals (found with numpy):
    the same names as the two plain patterns over the whole text."""
    text = "".join(w + g for w, g in zip(words, gaps))
    like = re.compile(r"\b(?:in|to|from|into|across|near|inside|outside|against|with|on|of|at)\s+([A-Z][a-z]+)\b"
                      r"(?!['\u2019]s)")
    run = re.compile(r"\b(?:in|into|across|inside|outside|near|throughout)\s+(?:the\s+)?"
                     r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\b(?!['\u2019]s)")
    plain = {m.group(1) for m in like.finditer(text)} | {m.group(1) for m in run.finditer(text)}
    assert _places(text) == plain


CLAUSE_PIECES = ["Brisk", "Ham", "A", "Ab", "was", "made", "largely", "agreed", ",", ".", "!", "?", ", a doctor,", "x",
                 "_", "-", "\u00c9", "'", "\u201c"]
CLAUSE_GAPS = [" "] * 6 + ["", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "\r\n"]


@pytest.mark.timeout(120)
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=14), st.lists(st.sampled_from(CLAUSE_GAPS), min_size=14,
                                                                       max_size=14))
def test_subject_mentions_tried_only_at_clause_capitals(words, gaps):
    """The single-subject pattern tried only at the capitals opening a clause (found with numpy on the words)
    finds the same matches as scanning the whole text."""
    text = "".join(w + g for w, g in zip(words, gaps))
    if not text.strip():
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # short texts: read() warns they may not be English
        doc = fr.read(text)
    capitals = speakers.clause_capitals(doc.word_starts, speakers.text_codes(text)).tolist()
    fast = [(m.span(), m.group(1)) for m in speakers.matches_at(speakers._SUBJECT_MENTION, text, capitals)]
    assert fast == [(m.span(), m.group(1)) for m in speakers._SUBJECT_MENTION.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="(DRIdri)-\u2013 .\n0123456789\u0663\u00b2AMZamz", max_size=12))
def test_affiliation_tags_read_as_the_plain_patterns(segment):
    """is_affiliation's early no (a segment neither pattern can match) answers as the two patterns do."""
    stripped = segment.strip()
    plain = stripped != "I" and bool(
        attribution._AFFILIATION.match(stripped) or attribution._AGE_OR_STATE.match(stripped)
    )
    assert attribution.is_affiliation(segment) == plain


@pytest.mark.parametrize("segment", ["(D-Md.)", "R-Ky.", "(D)", "59", "Md.", "Calif.", "I", "officials", "Ana Ruiz"])
def test_affiliation_tags_of_real_subjects(segment):
    assert attribution.is_affiliation(segment) == (segment not in ("I", "officials", "Ana Ruiz"))
