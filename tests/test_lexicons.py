import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import lexicons


@pytest.mark.parametrize("name", lexicons.available())
def test_shipped_lexicon_schema_provenance_and_checksum(name):
    folder = resources.files("framing.lexicons")
    body = (folder / f"{name}.tsv").read_text(encoding="utf-8")
    header, *rows = body.splitlines()
    assert header.split("\t") == ["term", "category", "weight", "note"]
    terms = [r.split("\t")[0] for r in rows if r.strip()]
    assert len(terms) == len(set(terms)), "duplicate terms"
    assert all(t == t.lower().strip() and t for t in terms)
    assert all(len(r.split("\t")) == 4 and r.split("\t")[1] for r in rows if r.strip())
    meta = json.loads((folder / f"{name}.meta.json").read_text(encoding="utf-8"))
    for key in ("name", "version", "language", "sources", "licence", "sha256"):
        assert meta.get(key), f"{name}.meta.json lacks {key}"
    assert meta["name"] == name
    assert meta["sha256"] == lexicons.sha256(name), "TSV changed: update version and sha256"
    lex = lexicons.load(name)
    assert len(lex) == len(terms) and lex.label == f"{name}@{meta['version']}"


def test_load_is_cached_and_unknown_names_are_clear():
    assert lexicons.load("hedges") is lexicons.load("hedges")
    with pytest.raises(ValueError, match="no lexicon named"):
        lexicons.load("nope")


def test_malformed_user_lexicons_are_refused(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("word\tcat\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        lexicons.as_lexicon(bad, default="hedges")
    dup = tmp_path / "dup.tsv"
    dup.write_text("term\tcategory\tweight\tnote\nmay\thedge:x\t1\t\nMay\thedge:y\t1\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="appears twice"):
        lexicons.as_lexicon(dup, default="hedges")
    with pytest.raises(ValueError, match="neither a shipped lexicon nor a file"):
        lexicons.as_lexicon("no/such/file.tsv", default="hedges")


def test_number_lookahead_terms():
    lex = lexicons.as_lexicon({"about <num>": "approximator"}, default="hedges")
    folded = "talks about peace. about 40 people, about a dozen, about two-thirds"
    assert [folded[s:e] for s, e, _ in lex.finditer(folded)] == ["about", "about", "about"]


def _plain_alternation(lex):
    """The lexicon's pattern as one ordered alternation, longest terms first (what the prefix tree must equal)."""
    import re

    alternatives = []
    for entry in sorted(lex.entries, key=lambda e: -len(e.term)):
        term, lookahead = entry.term, ""
        if term.endswith(" <num>"):
            term, lookahead = term[: -len(" <num>")], lexicons._NUMBER
        alternatives.append(r"\s+".join(re.escape(part) for part in term.split()) + lookahead)
    return re.compile(r"(?<![\w'\-])(?:" + "|".join(alternatives) + r")(?![\w]|-\w)")


@pytest.mark.parametrize("name", lexicons.available())
def test_prefix_tree_pattern_matches_like_the_plain_alternation(name):
    lex = lexicons.load(name)
    terms = [e.term.replace(" <num>", "") for e in lex.entries]
    glue = ["", "s", "-x", "-", ".", "'", " 40", "  ", "\n", "ed", "'s", " about"]
    text = " ".join(t + glue[k % len(glue)] for k, t in enumerate(terms))
    plain = _plain_alternation(lex)
    assert [m.span() for m in lex.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(lex.pattern.pattern) < len(plain.pattern)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="ab.-' ", min_size=1, max_size=6).filter(str.strip), min_size=1, max_size=12,
             unique_by=lambda t: " ".join(t.split())),
    st.text(alphabet="ab.-' 4\n", max_size=80),
    st.booleans(),
)
def test_prefix_tree_equals_plain_alternation_on_random_lexicons(terms, text, number):
    entries = {" ".join(t.split()) + (" <num>" if number and k % 3 == 0 else ""): "x" for k, t in enumerate(terms)}
    lex = lexicons.as_lexicon(entries, default="hedges", extend=False)
    assert [m.span() for m in lex.pattern.finditer(text)] == [m.span() for m in _plain_alternation(lex).finditer(text)]


def test_a_very_long_user_term_compiles():
    term = "a" * 3000
    lex = lexicons.as_lexicon({term: "x", "a": "y"}, default="hedges", extend=False)
    assert [(s, e, x.category) for s, e, x in lex.finditer(term + " a")] == [(0, 3000, "x"), (3001, 3002, "y")]


def _pattern_spans(lex, text):
    return [m.span() for m in lex.pattern.finditer(text)]


def _scan_spans(lex, text):
    return [(s, e) for s, e, _ in lex.finditer(text)]


@pytest.mark.parametrize("name", lexicons.available())
def test_finditer_finds_what_the_pattern_finds(name):
    # finditer searches after a separator character instead of testing the look-behind everywhere
    lex = lexicons.load(name)
    terms = [e.term.replace(" <num>", "") for e in lex.entries]
    glue = ["", "s", "-x", "-", ".", "'", " 40", "  ", "\n", "ed", "'s", " about", "é", "_", "(", "\u00a0", "ß"]
    text = " ".join(glue[k % len(glue)] + t + glue[(k * 7) % len(glue)] for k, t in enumerate(terms))
    assert _scan_spans(lex, text) == _pattern_spans(lex, text)
    assert len(_scan_spans(lex, text)) > len(terms) // 5


def test_finditer_at_the_start_after_non_ascii_letters_and_in_overlaps():
    lex = lexicons.as_lexicon({"may": "x", "may be": "y", "be": "z", "so-called": "w"}, default="hedges", extend=False)
    text = "may be; émay, ßmay é may _may 1may 'may -may (may)\u00a0may-be so-called be"
    assert _scan_spans(lex, text) == _pattern_spans(lex, text)
    assert [text[s:e] for s, e in _scan_spans(lex, text)] == ["may be", "may", "may", "so-called", "be"]
    empty = lexicons.as_lexicon({}, default="hedges", extend=False)
    assert list(empty.finditer(text)) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="ab.-' é", min_size=1, max_size=6).filter(str.strip), min_size=1, max_size=12,
             unique_by=lambda t: " ".join(t.split())),
    st.text(alphabet="ab.-' 4\n_éÉ1(\u00a0\u0661", max_size=80),
    st.booleans(),
)
def test_finditer_equals_pattern_finditer_on_random_lexicons(terms, text, number):
    entries = {" ".join(t.split()) + (" <num>" if number and k % 3 == 0 else ""): "x" for k, t in enumerate(terms)}
    lex = lexicons.as_lexicon(entries, default="hedges", extend=False)
    assert _scan_spans(lex, text) == _pattern_spans(lex, text)
