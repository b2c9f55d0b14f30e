"""The scholar's loop: codebook, coding sheets, agreement, export, concordance."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd
import pyreadstat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.scholar.agreement import UncodedWarning, _binary_scores, alpha_interval
from framing.scholar.coding import NOT_APPLICABLE, read_sheet
from framing.scholar.export import short_names

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "corpora" / "examples"
CODING = EXAMPLES / "coding"
CAST = EXAMPLES / "cast.yml"
SENTENCE_VARS = ["sentence.uncertain", "sentence.has_quote", "sentence.anonymous_source", "sentence.loaded",
                 "sentence.tone"]


@pytest.fixture(scope="module")
def examples() -> pd.DataFrame:
    return fr.load_corpus(EXAMPLES, clean=False, progress=False)


@pytest.fixture(scope="module")
def coded_a() -> pd.DataFrame:
    return read_sheet(CODING / "coded_a.csv")


# ---------------------------------------------------------------- codebook


@pytest.mark.timeout(120)
def test_every_profile_column_has_a_codebook_entry(examples):
    text = examples.at["ex04_partisan", "text"]
    book = fr.codebook()
    assert set(fr.profile(text).index) <= set(book["name"])
    with_cast = fr.codebook(cast=CAST)
    columns = fr.profile(text, cast=CAST).index
    assert any(c.startswith("actors.") and c.count(".") == 2 for c in columns)
    assert set(columns) <= set(with_cast["name"])
    missing = set(columns) - set(book["name"])
    assert missing and all(c.startswith(("actors.", "provenance.")) for c in missing)


def test_codebook_entries_are_complete():
    book = fr.codebook()
    assert list(book.columns) == ["name", "level", "definition", "unit", "range", "scale", "values", "measure",
                                  "version", "reference"]
    assert book["name"].is_unique
    assert (book["definition"].str.len() > 10).all()
    assert book["unit"].astype(bool).all() and book["range"].astype(bool).all()
    assert set(book["scale"]) <= {"nominal", "ordinal", "interval", "ratio"}
    sentences = book[book["level"] == "sentence"].set_index("name")
    assert set(SENTENCE_VARS) <= set(sentences.index)
    assert sentences.at["sentence.uncertain", "version"].startswith("hedges@")
    assert sentences.at["sentence.tone", "values"] == {-1: "negative", 0: "neutral", 1: "positive"}
    # lexicon-backed article variables carry the lexicon version
    assert book.set_index("name").at["hedging.per_100_words", "version"].startswith("hedges@")


def test_codebook_as_markdown_html_and_files(tmp_path):
    md = fr.codebook(format="markdown")
    assert "| `hedging.per_100_words` |" in md and "### Sentence-level variables" in md
    assert "<table" in fr.codebook(format="html")
    for ext in (".md", ".html", ".csv", ".xlsx"):
        path = fr.scholar.write_codebook(tmp_path / f"codebook{ext}")
        assert path.stat().st_size > 1000
    assert "sentence.tone" in pd.read_csv(tmp_path / "codebook.csv")["name"].tolist()
    with pytest.raises(ValueError, match="format"):
        fr.codebook(format="latex")
    with pytest.raises(ValueError, match=".md, .html"):
        fr.scholar.write_codebook(tmp_path / "codebook.txt")


# ---------------------------------------------------------------- coding sheet


def test_coding_sheet_is_reproducible_blind_and_matches_the_corpus(examples, tmp_path):
    kwargs = {"n": {"article": 4, "sentence": 20}, "variables": ["quotes.n_direct", *SENTENCE_VARS]}
    a = fr.coding_sheet(examples, seed=7, **kwargs)
    b = fr.coding_sheet(examples, seed=7, path=tmp_path / "s.csv", **kwargs)
    c = fr.coding_sheet(examples, seed=8, **kwargs)
    pd.testing.assert_frame_equal(a, b)
    assert not a["unit_id"].equals(c["unit_id"])
    assert (a["level"] == "article").sum() == 4 and (a["level"] == "sentence").sum() == 20
    # blind: every code cell is empty or not applicable
    for var in kwargs["variables"]:
        assert set(a[var]) <= {"", NOT_APPLICABLE}
    sents = a[a["level"] == "sentence"]
    assert set(sents["doc_id"]) <= set(a.loc[a["level"] == "article", "doc_id"])  # drawn from the sampled articles
    for _, row in sents.iterrows():
        assert examples.at[row["doc_id"], "text"][row["start"]:row["end"]] == row["text"]
        assert row["unit_id"] == f"{row['doc_id']}:{row['start']}-{row['end']}"
        assert row["quotes.n_direct"] == NOT_APPLICABLE and row["sentence.tone"] == ""
    back = read_sheet(tmp_path / "s.csv")
    assert back["unit_id"].tolist() == a["unit_id"].tolist()


def test_coding_sheet_stratifies_in_proportion(examples, tmp_path):
    sheet = fr.coding_sheet(examples, n=6, variables=["quotes.speakers"], stratify="outlet_type", seed=1,
                            path=tmp_path / "s.xlsx")
    sizes = examples["outlet_type"].value_counts()
    drawn = sheet["outlet_type"].value_counts()
    assert drawn.sum() == 6
    for stratum, k in drawn.items():  # largest remainder: floor or ceil of the proportional share
        share = sizes[stratum] / sizes.sum() * 6
        assert np.floor(share) <= k <= np.ceil(share)
    assert read_sheet(tmp_path / "s.xlsx")["unit_id"].tolist() == sheet["unit_id"].tolist()


def test_coding_sheet_errors(examples):
    with pytest.raises(ValueError, match="unknown variable"):
        fr.coding_sheet(examples, n=3, variables=["sentence.uncertian"])
    with pytest.raises(ValueError, match="cast="):
        fr.coding_sheet(examples, n=3, variables=["actors.estmark.mentions"])
    with pytest.raises(ValueError, match=f"only {len(examples)}"):
        fr.coding_sheet(examples, n=len(examples) + 1, variables=["quotes.speakers"])
    with pytest.raises(ValueError, match="positive integer"):
        fr.coding_sheet(examples, n=0, variables=["quotes.speakers"])
    with pytest.raises(ValueError, match="stratify"):
        fr.coding_sheet(examples, n=3, variables=["quotes.speakers"], stratify="nope")
    with pytest.raises(ValueError, match="empty"):
        fr.coding_sheet(examples.iloc[:0], n=3, variables=["quotes.speakers"])
    with pytest.raises(ValueError, match=".csv or .xlsx"):
        fr.coding_sheet(examples, n=3, variables=["quotes.speakers"], path="sheet.txt")
    with pytest.raises(TypeError, match="text"):
        fr.coding_sheet(examples.assign(text=[None] + examples["text"].tolist()[1:]), n=3,
                        variables=["quotes.speakers"])


# ---------------------------------------------------------------- agreement


@pytest.mark.timeout(120)
def test_agreement_on_the_shipped_sheet(examples, coded_a):
    result = fr.agreement(coded_a, corpus=examples, coders=["a"], n_boot=200)
    table = result.table.set_index("variable")
    coded = [c for c in coded_a.columns if c in set(fr.codebook()["name"])]
    assert set(table.index) == set(coded)
    assert (table["comparison"] == "a vs toolkit").all()
    assert table["alpha"].between(-1, 1).all()
    assert (table["alpha_low"] <= table["alpha"] + 1e-9).all() and (table["alpha"] <= table["alpha_high"] + 1e-9).all()
    assert table.loc[SENTENCE_VARS[:4], "f1"].notna().all() and np.isnan(table.at["sentence.tone", "f1"])
    assert table.at["sentence.uncertain", "units"] == 50 and table.at["quotes.speakers", "units"] == 9
    assert len(result.uncoded) == 0
    # the point estimate is the krippendorff package's alpha on the same codes
    codes = result.codes[result.codes["variable"] == "sentence.has_quote"].pivot(index="coder", columns="unit_id",
                                                                                  values="value")
    direct = krippendorff.alpha(reliability_data=codes.to_numpy(), level_of_measurement="nominal")
    assert table.at["sentence.has_quote", "alpha"] == pytest.approx(direct)
    confusion = result.confusion[("sentence.has_quote", "a")]
    assert confusion.to_numpy().sum() == 50
    assert "alpha" in repr(result) and "<table" in result._repr_html_()


@pytest.mark.timeout(120)
def test_agreement_reads_the_sheet_without_a_corpus_and_several_coders(coded_a, tmp_path):
    b = coded_a.copy()
    b.loc[b["level"] == "sentence", "sentence.tone"] = "0"  # coder b calls every sentence neutral
    b.to_csv(tmp_path / "coded_b.csv", index=False)
    result = fr.agreement([CODING / "coded_a.csv", tmp_path / "coded_b.csv"], level="sentence", n_boot=50)
    table = result.table
    assert result.coders == ("a", "b")
    assert set(table["variable"]) == set(SENTENCE_VARS)
    humans = table[table["comparison"] == "humans"].set_index("variable")
    assert humans.at["sentence.uncertain", "alpha"] == pytest.approx(1.0)
    assert humans.at["sentence.tone", "alpha"] < 0.5
    # the same two coders as columns var@coder of one sheet
    wide = coded_a.rename(columns={v: f"{v}@a" for v in SENTENCE_VARS})
    for v in SENTENCE_VARS:
        wide[f"{v}@b"] = b[v]
    again = fr.agreement(wide, level="sentence", n_boot=50).table
    pd.testing.assert_frame_equal(again.reset_index(drop=True), table.reset_index(drop=True))


@pytest.mark.timeout(120)
def test_agreement_reports_uncoded_cells(examples, coded_a):
    sheet = coded_a.copy()
    rows = sheet.index[sheet["level"] == "sentence"][:3]
    sheet.loc[rows, "sentence.loaded"] = ""
    with pytest.warns(UncodedWarning, match="3 cell"):
        result = fr.agreement(sheet, corpus=examples, variables=["sentence.loaded"], n_boot=0)
    assert result.uncoded["unit_id"].tolist() == sheet.loc[rows, "unit_id"].tolist()
    assert result.table.at[0, "units"] == 47
    assert np.isnan(result.table.at[0, "alpha_low"])  # n_boot=0: no interval


def test_agreement_errors(examples, coded_a):
    with pytest.raises(ValueError, match="not in the corpus"):
        fr.agreement(coded_a, corpus=examples.drop(index="ex09_court"), n_boot=0)
    changed = examples.copy()
    changed.loc["ex01_wire_report", "text"] = changed.loc["ex01_wire_report", "text"].replace("Supreme", "Chief")
    with pytest.raises(ValueError, match="corpus changed|outside"):
        fr.agreement(coded_a, corpus=changed, level="sentence", n_boot=0)
    with pytest.raises(ValueError, match="unknown variable"):
        fr.agreement(coded_a.rename(columns={"sentence.tone": "sentence.tonne"}), n_boot=0)
    bad = coded_a.copy()
    bad.loc[bad["level"] == "sentence", "sentence.uncertain"] = "2"
    with pytest.raises(ValueError, match="outside the codebook's range"):
        fr.agreement(bad, n_boot=0)
    bad = coded_a.copy()
    bad.loc[bad["level"] == "article", "quotes.speakers"] = "-1"
    with pytest.raises(ValueError, match="outside the codebook's range"):
        fr.agreement(bad, variables=["quotes.speakers"], n_boot=0)
    bad = coded_a.copy()
    bad.loc[bad["level"] == "sentence", "sentence.loaded"] = "yes"
    with pytest.raises(ValueError, match="not numbers"):
        fr.agreement(bad, n_boot=0)
    bad = coded_a.copy()
    bad.loc[bad["level"] == "article", "sentence.loaded"] = "1"
    with pytest.raises(ValueError, match="other units"):
        fr.agreement(bad, n_boot=0)
    with pytest.raises(ValueError, match="empty"):
        fr.agreement(coded_a.iloc[:0], n_boot=0)
    blank = read_sheet(CODING / "sheet_blank.csv")
    with pytest.raises(ValueError, match="not coded yet"):
        fr.agreement(blank, n_boot=0)
    bad = coded_a.copy()
    bad.loc[1, "unit_id"] = "ex01_wire_report:1-5"
    with pytest.raises(ValueError, match="do not match"):
        fr.agreement(bad, n_boot=0)
    with pytest.raises(FileNotFoundError):
        fr.agreement(CODING / "nope.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cleaned = fr.load_corpus(EXAMPLES)  # cleaned texts: datelines removed, offsets shift
    with pytest.raises(ValueError, match="clean=False"):
        fr.agreement(coded_a, corpus=cleaned, n_boot=0)
    with pytest.raises(ValueError, match="coder name"):
        fr.agreement([coded_a, coded_a], coders=["a", "a"])


def test_binary_scores_and_alpha_interval():
    human = np.array([1, 1, 1, 0, 0, 0, 1, 0])
    machine = np.array([1, 1, 0, 0, 1, 0, 1, 0])
    p, r, f = _binary_scores(human, machine)
    assert (p, r) == (0.75, 0.75) and f == pytest.approx(0.75)
    alpha, low, high = alpha_interval(np.vstack([human, human]).astype(float), n_boot=100)
    assert alpha == 1.0 and low == 1.0 and high == 1.0
    alpha, low, high = alpha_interval(np.vstack([human, machine]).astype(float), n_boot=200)
    assert low <= alpha <= high
    assert np.isnan(alpha_interval(np.ones((2, 5)), n_boot=10)[0])  # no variation: alpha undefined


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0.0, 1.0, np.nan]), st.sampled_from([0.0, 1.0, np.nan])),
                min_size=1, max_size=30))
def test_alpha_interval_never_crashes(pairs):
    data = np.array(pairs, dtype=float).T
    alpha, low, high = alpha_interval(data, n_boot=20)
    assert np.isnan(alpha) or -1.0 - 1e-9 <= alpha <= 1.0 + 1e-9
    assert np.isnan(low) or low <= high


# ---------------------------------------------------------------- export


@pytest.mark.timeout(120)
def test_export_sav_reads_back_with_labels(examples, coded_a, tmp_path):
    table = fr.profile_corpus(examples[["text"]].iloc[:2])
    mapping = fr.export(table, tmp_path / "profile.sav")
    data, meta = pyreadstat.read_sav(str(tmp_path / "profile.sav"))
    assert len(data) == 2 and mapping["hedging.per_100_words"] == "hedging_per_100_words"
    labels = meta.column_names_to_labels
    assert labels["hedging_per_100_words"].startswith("hedging.per_100_words (per 100 words): Hedge cues")
    assert data["doc_id"].tolist() == examples.index[:2].tolist()
    # coded variables get value labels
    sheet = coded_a[coded_a["level"] == "sentence"].copy()
    sheet[SENTENCE_VARS] = sheet[SENTENCE_VARS].apply(pd.to_numeric)
    fr.export(sheet, tmp_path / "coded.sav")
    _, meta = pyreadstat.read_sav(str(tmp_path / "coded.sav"))
    assert meta.variable_value_labels["sentence_tone"] == {-1.0: "negative", 0.0: "neutral", 1.0: "positive"}
    assert meta.column_names_to_labels["sentence_has_quote"].startswith("sentence.has_quote")


@pytest.mark.timeout(120)
def test_export_other_formats(examples, tmp_path):
    table = fr.profile_corpus(examples[["text"]].iloc[:2], cast=CAST)
    mapping = fr.export(table, tmp_path / "p.dta", codebook=fr.codebook(cast=CAST))
    assert all(len(v) <= 32 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", v) for v in mapping.values())
    assert len(set(mapping.values())) == len(mapping)
    data, meta = pyreadstat.read_dta(str(tmp_path / "p.dta"))
    assert list(data.columns) == list(mapping.values())
    assert all(len(label) <= 80 for label in meta.column_labels if label)
    assert fr.export(table, tmp_path / "p.csv")["hedging.hedges"] == "hedging.hedges"
    assert pd.read_csv(tmp_path / "p.csv").shape == (2, table.shape[1] + 1)
    fr.export(table, tmp_path / "p.parquet")
    assert pd.read_parquet(tmp_path / "p.parquet")["doc_id"].tolist() == examples.index[:2].tolist()
    fr.export(table, tmp_path / "p.xlsx")
    assert set(pd.ExcelFile(tmp_path / "p.xlsx").sheet_names) == {"data", "variables"}
    with pytest.raises(ValueError, match="writes"):
        fr.export(table, tmp_path / "p.json")
    with pytest.raises(TypeError, match="DataFrame"):
        fr.export([1, 2], tmp_path / "p.csv")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=20, unique=True),
       st.sampled_from([32, 64]))
def test_short_names_are_valid_unique_and_short(columns, limit):
    mapping = short_names(columns, limit=limit)
    names = list(mapping.values())
    assert len({n.lower() for n in names}) == len(names)
    assert all(len(n) <= limit and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", n) for n in names)


# ---------------------------------------------------------------- concordance

# Delegitimising labels in the teaching texts, listed by reading them (doc_id, phrase as written).
READ_BY_HAND = [
    ("ex03_state_media", "the Estmarkian regime"), ("ex03_state_media", "The so-called Council of Nations"),
    ("ex04_partisan", "terror chief"), ("ex04_partisan", "strongman"), ("ex04_partisan", "regime patrons"),
    ("ex04_partisan", "terror group"), ("ex04_partisan", "the Halvask regime"), ("ex04_partisan", "aggressor"),
    ("ex06_rewrite", "Ashfield Front boss"),
]


def test_concordance_finds_every_delegitimising_label(examples):
    hits = fr.concordance(examples, category="delegitimising", cast=CAST)
    for _, h in hits.iterrows():
        assert examples.at[h["doc_id"], "text"][h["start"]:h["end"]] == h["match"]
        assert len(h["left"].split()) <= 8 and len(h["right"].split()) <= 8
    covered = {(d, s) for d, a, b in zip(hits["doc_id"], hits["start"], hits["end"]) for s in range(a, b)}
    for doc_id, phrase in READ_BY_HAND:
        text = examples.at[doc_id, "text"]
        for m in re.finditer(re.escape(phrase), text):
            assert (doc_id, m.start() + len(phrase) - 1) in covered, (doc_id, phrase, m.start())
    # every occurrence of every term of the category (found by a plain scan) is a hit
    terms = set(hits["term"])
    loaded = fr.lexicons.load("loaded") if hasattr(fr, "lexicons") else None
    from framing.lexicons import load

    loaded = load("loaded")
    terms |= {e.term for e in loaded.entries if e.category == "delegitimising_label"}
    for doc_id, text in examples["text"].items():
        low = text.lower().replace("\u2019", "'")
        for term in terms:
            for m in re.finditer(r"(?<![\w'-])" + r"\s+".join(map(re.escape, term.split())) + r"(?![\w])", low):
                assert (doc_id, m.start()) in covered, (doc_id, term)
    hits_no_cast = fr.concordance(examples, category="delegitimising")
    assert set(hits_no_cast["source"]) == {loaded.label}
    assert "glorifying" not in set(fr.concordance(examples, category="delegitimising", cast=CAST)["category"])


def test_concordance_queries(examples):
    text = "The Guards\u2019 statement said nothing.\nOfficials   said the strike could come. MAY may"
    corpus = pd.Series([text, "nothing here"], index=["x", "y"])
    hits = fr.concordance(corpus, "Guards' statement")
    assert hits["match"].tolist() == ["Guards\u2019 statement"] and hits["doc_id"].tolist() == ["x"]
    assert fr.concordance(corpus, "officials said")["match"].tolist() == ["Officials   said"]
    assert len(fr.concordance(corpus, "may")) == 2 and len(fr.concordance(corpus, "may", case=True)) == 1
    assert len(fr.concordance(corpus, "stat")) == 0  # whole words only
    assert fr.concordance(corpus, r"str\w+", regex=True)["match"].tolist() == ["strike"]
    assert fr.concordance(corpus, ["strike", "nothing"])["match"].tolist() == ["nothing", "strike", "nothing"]
    hits = fr.concordance(corpus, "strike", window=2)
    assert hits.loc[0, ["left", "right"]].tolist() == ["said the", "could come."]
    assert fr.concordance(["no hit"], "strike").shape == (0, 9)
    doubt = fr.concordance(["He claimed the strike was limited."], category="doubt-casting")
    assert doubt["match"].tolist() == ["claimed"] and doubt["source"].iloc[0].startswith("cue_verbs@")
    html = fr.scholar.concordance_html(fr.concordance(["a <b>strike</b> here"], "strike")).html
    assert "&lt;b&gt;" in html and ">strike<" in html


def test_concordance_errors():
    corpus = ["some text"]
    with pytest.raises(ValueError, match="one of the two"):
        fr.concordance(corpus)
    with pytest.raises(ValueError, match="one of the two"):
        fr.concordance(corpus, "x", category="emotion")
    with pytest.raises(ValueError, match="empty query"):
        fr.concordance(corpus, "  ")
    with pytest.raises(ValueError, match="empty string"):
        fr.concordance(corpus, "a*", regex=True)
    with pytest.raises(ValueError, match="regular expression"):
        fr.concordance(corpus, "(", regex=True)
    with pytest.raises(ValueError, match="known categories"):
        fr.concordance(corpus, category="nonsense")
    with pytest.raises(ValueError, match="window"):
        fr.concordance(corpus, "x", window=-1)
    with pytest.raises(TypeError, match="str"):
        fr.concordance([None], "x")


@pytest.mark.timeout(60)
def test_concordance_on_long_and_odd_text():
    big = ("The regime said it may strike. " * 350_000)  # about 10 MB
    hits = fr.concordance([big], "strike", window=3)
    assert len(hits) == 350_000
    assert len(fr.concordance(["a" * 1_000_000], "strike")) == 0
    odd = "Ctrl\x00chars \ud800 and <p>regime</p> \u201cregime\u201d"
    hits = fr.concordance([odd], category="delegitimising")
    assert hits["match"].tolist() == ["regime", "regime"]


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["the", "regime", "may", "a b"]), st.integers(0, 5))
def test_concordance_spans_always_index_the_text(text, query, window):
    hits = fr.concordance([text], query, window=window)
    for _, h in hits.iterrows():
        assert text[h["start"]:h["end"]] == h["match"]
        assert len(h["left"].split()) <= window and len(h["right"].split()) <= window
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fr.concordance([text], category="emotion")


# ---------------------------------------------------------------- bad input through the loop


@pytest.mark.timeout(120)
def test_the_loop_on_odd_texts(tmp_path):
    texts = ["", "   ", "<p>The regime said it may strike.</p>",
             "Der Minister sagte, dass es regnen könnte. Es ist so.",
             "Ctrl\x00 chars here. Another sentence may follow.",
             "Wrapped\nlines may\nbreak."]
    corpus = pd.DataFrame({"text": pd.Series(texts, index=list("abcdef"), dtype=object)})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fr.FramingWarning)
        sheet = fr.coding_sheet(corpus, n={"article": 6, "sentence": 5}, variables=["hedging.hedges",
                                "sentence.uncertain"], seed=0, path=tmp_path / "odd.csv")
        coded = read_sheet(tmp_path / "odd.csv")
        coded.loc[coded["level"] == "article", "hedging.hedges"] = "1"
        coded.loc[coded["level"] == "sentence", "sentence.uncertain"] = "1"
        with pytest.warns(UncodedWarning, match="toolkit gives no hedging.hedges"):
            result = fr.agreement(coded, corpus=corpus, n_boot=10)
    assert (sheet["level"] == "sentence").sum() == 5
    # the German article gets no English hedge count: reported, not silently dropped
    assert ("toolkit", "hedging.hedges", "d") in set(map(tuple, result.uncoded.to_numpy()))
    assert result.table.set_index("variable").at["hedging.hedges", "units"] == 5
    with pytest.raises(ValueError, match="surrogates"):
        fr.coding_sheet(pd.DataFrame({"text": pd.Series(["a \ud800 b"], dtype=object)}), n=1,
                        variables=["hedging.hedges"])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), min_size=1,
                max_size=4), st.integers(0, 2**16))
def test_coding_sheet_units_always_index_the_corpus(texts, seed):
    corpus = pd.DataFrame({"text": pd.Series(texts, index=[f"d{i}" for i in range(len(texts))], dtype=object)})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        n_sentences = sum(len([s for s in fr.read(t).sentences if t[s[0]:s[1]].strip()]) for t in texts)
        if n_sentences == 0:
            with pytest.raises(ValueError, match="population"):
                fr.coding_sheet(corpus, n=1, variables=["sentence.loaded"], seed=seed)
            return
        sheet = fr.coding_sheet(corpus, n=min(3, n_sentences), variables=["sentence.loaded"], seed=seed)
    for _, row in sheet.iterrows():
        assert texts[int(row["doc_id"][1:])][row["start"]:row["end"]] == row["text"]


def test_export_odd_values(tmp_path):
    table = pd.DataFrame({"t": pd.Series(["a\x00b", "é “q”", None], dtype=object), "x": [1.5, np.nan, 2.0],
                          "flag": [True, False, None],
                          "when": pd.to_datetime(["2031-08-01", None, "2031-08-02"])})
    fr.export(table, tmp_path / "odd.sav")
    data, _ = pyreadstat.read_sav(str(tmp_path / "odd.sav"))
    assert data["t"].tolist() == ["ab", "é “q”", ""]  # a NUL would end the string; missing text is ""
    assert data["flag"].tolist()[:2] == [1.0, 0.0] and np.isnan(data["flag"].iloc[2])
    fr.export(table, tmp_path / "odd.dta")
    assert pyreadstat.read_dta(str(tmp_path / "odd.dta"))[0]["x"].iloc[0] == 1.5
    with pytest.warns(UserWarning, match="control characters"):
        fr.export(table, tmp_path / "odd.xlsx")
    assert pd.read_excel(tmp_path / "odd.xlsx")["t"].iloc[0] == "ab"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20)), max_size=8),
       st.lists(st.tuples(st.integers(0, 100), st.integers(1, 20)), min_size=1, max_size=8))
def test_overlaps_match_a_brute_force_check(spans, units):
    from framing.scholar.toolkit import _overlaps

    spans = [(a, a + k) for a, k in spans]
    units = [(a, a + k) for a, k in units]
    brute = [int(any(s < ue and e > us and e > s for s, e in spans)) for us, ue in units]
    assert _overlaps(spans, units).tolist() == brute
