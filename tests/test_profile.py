"""profile() and profile_corpus(): one flat row per article, stable columns from the registry."""

import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing as fr
from framing.profile import resolve_cast
from framing.variables import STATUSES, actor_key, dtypes, profile_columns, to_frame, variables

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "corpora" / "examples"
CAST = EXAMPLES / "cast.yml"
GERMAN = (
    "Der Kanzler hat am Montag in Berlin erklärt, dass die Gespräche mit den Nachbarländern in der "
    "kommenden Woche fortgesetzt werden sollen. Die Opposition kritisierte die Entscheidung scharf und "
    "forderte eine Debatte im Parlament."
)


@pytest.fixture(scope="module")
def wire() -> str:
    return (EXAMPLES / "01_caldera-wire_report.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def examples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


# -- the registry -----------------------------------------------------------------------------


def test_registry_names_are_unique_and_fully_described():
    found = variables(CAST)
    names = [v.name for v in found]
    assert len(names) == len(set(names))
    for v in found:
        assert v.definition.strip() and v.unit and v.range and v.measure, v.name
        assert v.dtype in ("float64", "object"), v.name
    book = to_frame(CAST)
    assert book.loc["hedging.per_100_words", "version"].startswith("hedges@")
    assert book.loc["sentiment.compound", "version"].startswith("vaderSentiment")


def test_every_summary_key_has_a_registry_entry_and_back(wire):
    # The measures' summary() keys and the registry must agree both ways, or profile and the
    # codebook drift apart: a new scalar in a measure needs a line in framing/variables.py.
    doc = fr.read(wire)
    found = fr.quotes(doc)
    results = [fr.hedging(doc), found, fr.sentiment(doc, quotes=found), fr.actors(doc, CAST, quotes=found)]
    keys = {k for r in results for k in r.summary().index if k.rpartition(".")[2] not in ("words", "sentences")}
    measured = {v.name for v in variables(CAST) if v.measure in ("hedging", "quotes", "sentiment", "actors")
                and not v.name.startswith("provenance.")}
    assert keys == measured


def test_profile_columns_are_the_registry_in_order(wire):
    assert list(fr.profile(wire).index) == profile_columns()
    with_cast = fr.profile(wire, cast=CAST)
    assert list(with_cast.index) == profile_columns(CAST)
    assert f"actors.{actor_key('Oren Halvask')}.patient_share" in with_cast.index


# -- one article ------------------------------------------------------------------------------


def test_profile_matches_the_measures_run_once(wire):
    row = fr.profile(wire, cast=CAST)
    doc = fr.read(wire)
    found = fr.quotes(doc)
    assert row["status"] == "ok" and row["language"] == "en"
    assert row["text.words"] == doc.n_words and row["text.sentences"] == doc.n_sentences
    assert row["hedging.per_100_words"] == pytest.approx(fr.hedging(doc).per_100_words)
    assert row["quotes.density"] == pytest.approx(found.density)
    assert row["quotes.anonymous_share"] == pytest.approx(found.anonymous_share)
    senti = fr.sentiment(doc, quotes=found)
    assert row["sentiment.narrator"] == pytest.approx(senti.narrator)
    table = fr.actors(doc, CAST, quotes=found).table
    assert row["actors.oren_halvask.mentions"] == table.loc["Oren Halvask", "mentions"] > 0
    # The wire report quotes anonymous officials and named people: the row shows both.
    assert 0 < row["quotes.anonymous_share"] < 1
    assert row["quotes.n_direct"] >= 2


def test_profile_records_provenance(wire):
    row = fr.profile(wire, cast=CAST)
    assert row["framing_version"] == fr.__version__
    assert row["provenance.hedges"].startswith("hedges@")
    assert row["provenance.cue_verbs"].startswith("cue_verbs@")
    assert row["provenance.loaded"].startswith("loaded@")
    assert row["provenance.role_verbs"].startswith("role_verbs@")
    assert row["provenance.cast"].startswith(str(CAST.resolve()))


def test_non_english_article_is_not_scored_as_english():
    row = fr.profile(GERMAN)
    assert row["status"] == "not_english" and row["language"] == "de"
    assert row["text.words"] > 20
    english_only = [v.name for v in variables() if v.english_only]
    assert all(math.isnan(row[name]) for name in english_only)
    # VADER would have read "die" as negative: no sentiment at all is reported instead.
    assert math.isnan(row["sentiment.compound"])


def test_language_given_by_the_corpus_wins(wire):
    row = fr.profile(wire, language="fr")
    assert row["status"] == "not_english" and row["language"] == "fr"
    assert math.isnan(row["language.confidence"])
    assert fr.profile(GERMAN, language="en")["status"] == "ok"  # the caller said so


def test_empty_text_gives_zero_counts_and_nan_rates():
    row = fr.profile("   \n ")
    assert row["status"] == "empty"
    assert row["text.words"] == 0 and row["hedging.hedges"] == 0 and row["quotes.n_quotes"] == 0
    assert math.isnan(row["hedging.per_100_words"]) and math.isnan(row["sentiment.compound"])


@pytest.mark.parametrize("bad", [None, float("nan"), b"bytes", 42])
def test_profile_rejects_what_is_not_text(bad):
    with pytest.raises(TypeError, match="profile_corpus"):
        fr.profile(bad)


def test_a_cast_file_is_parsed_once():
    assert resolve_cast(CAST) is resolve_cast(str(CAST))
    assert resolve_cast(None) is None


@pytest.mark.timeout(120)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("\"'“”‘’«».,;:!?\n -")),
        max_size=300,
    )
)
def test_profile_never_crashes_on_junk(junk):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = fr.profile(junk)
    assert list(row.index) == profile_columns()
    assert row["status"] in STATUSES
    for name in ("hedging.hedged_sentence_share", "quotes.density", "sentiment.negative_share"):
        assert math.isnan(row[name]) or 0 <= row[name] <= 1


@pytest.mark.timeout(60)
def test_profile_of_pathological_text_finishes():
    junk = ("“" * 5000) + ("He said " * 2000) + "\x00\u200b" * 1000 + ("a" * 50_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = fr.profile(junk)
    assert row["status"] in ("ok", "not_english")


# -- a corpus ---------------------------------------------------------------------------------


def _corpus(examples):
    frame = pd.DataFrame(
        {"text": [*examples, None, np.nan, b"raw bytes", 7, "", GERMAN], "outlet": "x"},
        index=pd.Index([f"doc{i:02d}" for i in range(len(examples) + 6)], name="doc_id"),
    )
    return frame.iloc[::-1]  # a non-sorted index must be kept as it is


def test_profile_corpus_keeps_the_index_and_warns_once_about_bad_cells(examples):
    frame = _corpus(examples)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = fr.profile_corpus(frame, progress=False, chunksize=4)
    assert table.index.equals(frame.index)
    assert list(table.columns) == profile_columns()
    assert dict(table.dtypes.astype(str)) == dtypes()
    about_cells = [w for w in caught if "have no text" in str(w.message)]
    assert len(about_cells) == 1
    message = str(about_cells[0].message)
    assert "4 of 15 rows" in message and "'doc09'" in message and "bytes" in message
    assert sum("not in English" in str(w.message) for w in caught) == 1
    status = table["status"]
    assert (status[["doc09", "doc10", "doc11", "doc12"]] == "invalid").all()
    assert status["doc13"] == "empty" and status["doc14"] == "not_english"
    assert (status.iloc[6:] == "ok").all()
    assert table.loc[["doc09", "doc10", "doc11", "doc12"], "hedging.per_100_words"].isna().all()
    single = fr.profile(examples[0])
    assert table.loc["doc00", "quotes.density"] == pytest.approx(single["quotes.density"])


@pytest.mark.timeout(120)
def test_profile_corpus_in_two_processes_gives_the_same_table(examples):
    frame = _corpus(examples)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = fr.profile_corpus(frame, cast=CAST, progress=False, chunksize=3)
        two = fr.profile_corpus(frame, cast=str(CAST), progress=False, chunksize=3, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)
    assert one["actors.valdoria.mentions"].sum() > 10


def test_profile_corpus_uses_the_language_column(examples):
    frame = pd.DataFrame({"text": examples[:2], "language": ["en", "fr"]})
    table = fr.profile_corpus(frame, progress=False)
    assert table["status"].tolist() == ["ok", "not_english"]
    assert table["language"].tolist() == ["en", "fr"]


def test_profile_corpus_keeps_records_only_when_asked(examples):
    frame = pd.DataFrame({"text": examples[:2] + [None]}, index=[5, 3, 9])
    table, records = fr.profile_corpus(frame, progress=False, records=True)
    assert records.index.equals(table.index)
    assert set(records[5]) == {"hedging", "quotes", "sentiment"} and records[9] is None
    cues = records[5]["hedging"].cues
    assert all(examples[0][c.start : c.end] == c.text for c in cues)


def test_profile_corpus_errors_are_clear(examples):
    with pytest.raises(KeyError, match="body"):
        fr.profile_corpus(pd.DataFrame({"text": examples[:1]}), text="body")
    with pytest.raises(TypeError, match="DataFrame"):
        fr.profile_corpus(examples)
    with pytest.raises(ValueError, match="n_jobs"):
        fr.profile_corpus(pd.DataFrame({"text": examples[:1]}), n_jobs=0)
    empty = fr.profile_corpus(pd.DataFrame({"text": []}), progress=False)
    assert empty.empty and list(empty.columns) == profile_columns()


@pytest.mark.timeout(180)
def test_profile_corpus_on_a_dask_cluster(examples):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    frame = pd.DataFrame({"text": [*examples[:4], None]}, index=[f"a{i}" for i in range(5)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = fr.profile_corpus(frame, cast=CAST, progress=False)
        with distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster, distributed.Client(cluster):
            lazy = fr.profile_corpus(dd.from_pandas(frame, npartitions=2), cast=str(CAST))
            assert type(lazy).__module__.startswith("dask")
            assert list(lazy.columns) == profile_columns(CAST)
            result = lazy.compute()
    assert list(result.index) == list(frame.index)
    assert result["status"].tolist() == ["ok"] * 4 + ["invalid"]
    pd.testing.assert_frame_equal(result, local, check_index_type=False, check_dtype=False)
