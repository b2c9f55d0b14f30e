"""Tests of framing.corpus.load_corpus on every input format (constructed files in tmp_path)."""

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import framing as fr
from framing.corpus import CorpusError, CorpusWarning, cache_name, load_corpus

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "corpora" / "examples"
CORE = ["text", "title", "outlet", "published", "url", "language"]

STORY = (
    "Valdoria strikes Estmark\n"
    "NORVIK (Caldera Wire) - Valdoria fired missiles at military sites in Estmark early Friday, officials "
    "said, a day after the leader of the Ashfield Front was killed in the capital.\n"
    "Estmark has neither confirmed nor denied any role in the killing, a spokeswoman said."
)
GERMAN = "Der Kanzler hat am Montag in Norvik erklärt, dass die Gespräche über eine Waffenruhe weitergehen sollen."


def quiet(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(*args, **kwargs)


def test_the_teaching_corpus_loads_with_its_metadata():
    frame = quiet(EXAMPLES, progress=False)
    files = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".md") and p.stem != "README")
    assert len(frame) == len(files) >= 12
    assert frame.index.name == "doc_id" and frame.index.is_unique and frame.index.str.startswith("ex").all()
    assert list(frame.columns[:6]) == CORE
    assert frame["problem"].isna().all() and frame["title"].notna().all() and frame["outlet"].notna().all()
    assert pd.api.types.is_datetime64_any_dtype(frame["published"]) and frame["published"].notna().all()
    assert frame["synthetic"].astype(str).str.lower().eq("true").all()
    assert (frame["language"] == "de").sum() == 1 and (frame["language"] == "en").sum() == len(frame) - 1
    assert (frame["language"] == frame["language_declared"]).all()
    words = frame.loc[frame.language == "en", "text"].str.split().str.len()
    assert words.between(250, 750).all()
    scraped = frame[frame["cleaning"] >= 5]
    assert len(scraped) == 1  # the one scraped-looking text carries the furniture
    log = frame.attrs["cleaning_log"]
    kinds = set(log[log.doc_id == scraped.index[0]].kind)
    assert {"byline", "date", "dateline", "repeated_headline", "share", "teaser", "caption", "credit", "join",
            "glued"} <= kinds
    text = scraped["text"].iloc[0]
    assert "Read also" not in text and "Photo:" not in text and "Editing by" not in text and "By Sabine" not in text
    assert "He did not say whether anyone had been arrested. In Aubrenne" in text


def test_folder_with_front_matter_cleans_and_keeps_the_raw_text(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Valdoria strikes Estmark\noutlet: Caldera Wire\npublished: 2031-08-01\nsynthetic: true\n"
        f"---\n{STORY}",
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(GERMAN, encoding="utf-8")
    frame = load_corpus(tmp_path, progress=False)
    assert list(frame.index) == ["a", "sub/b"]
    a = frame.loc["a"]
    assert a.title == "Valdoria strikes Estmark" and a.outlet == "Caldera Wire" and bool(a.synthetic)
    assert a.published == pd.Timestamp("2031-08-01") and a.language == "en"
    assert "NORVIK" not in a.text and a.raw_text.startswith("Valdoria strikes Estmark\nNORVIK") and a.cleaning == 1
    assert frame.loc["sub/b", "language"] == "de" and frame.loc["sub/b", "language_reliable"]


def test_clean_false_leaves_the_text_alone(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    frame = load_corpus(tmp_path, clean=False, language=False, progress=False)
    assert frame.loc["a", "text"] == STORY and "raw_text" not in frame.columns


def test_unreadable_and_empty_files_are_kept_and_reported(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Norvik".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="2 of 3 rows"):
        frame = load_corpus(tmp_path, progress=False)
    assert frame.loc["good", "problem"] is None
    assert frame.loc["latin1", "problem"].startswith("unreadable file: not UTF-8")
    assert frame.loc["empty", "problem"] == "empty text"
    assert frame.attrs["problems"] == {"unreadable file: not UTF-8 (byte 3)": 1, "empty text": 1}


@pytest.mark.parametrize(
    "front, message",
    [
        ("---\ntitle: [unclosed\n---\nText.", r"bad\.md, line \d+: malformed YAML"),
        ("---\ntitle: x\nText without a closing line.", r"bad\.md, line 1: front matter .* never closed"),
        ("---\n- a list\n---\nText.", r"bad\.md, line 2: front matter must be a mapping"),
    ],
)
def test_malformed_front_matter_names_file_and_line(tmp_path, front, message):
    (tmp_path / "bad.md").write_text(front, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path, progress=False)


def test_csv_with_other_column_names_and_a_nan_cell(tmp_path):
    path = tmp_path / "news.csv"
    pd.DataFrame({
        "id": ["s1", "s2"], "headline": ["Valdoria strikes", "Council meets"], "source": ["Caldera Wire", "Ledger"],
        "date": ["2031-08-01T09:00:00Z", "not a date"], "link": ["https://a.example/1", None],
        "body": [STORY, None], "section": ["world", "world"],
    }).to_csv(path, index=False)
    with pytest.warns(CorpusWarning, match="1 of 2 rows"):
        frame = load_corpus(path, progress=False)
    assert list(frame.index) == ["s1", "s2"] and list(frame.columns[:6]) == CORE
    assert frame.loc["s1", "outlet"] == "Caldera Wire" and frame.loc["s1", "url"] == "https://a.example/1"
    assert frame.loc["s1", "published"] == pd.Timestamp("2031-08-01 09:00") and pd.isna(frame.loc["s2", "published"])
    assert frame.loc["s2", "problem"] == "no text" and frame.loc["s1", "section"] == "world"


def test_malformed_csv_names_the_file_and_line(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('id,text\n1,"fine"\n2,"a","b","c"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"broken\.csv: malformed CSV.*line 3"):
        load_corpus(path)


def test_jsonl_and_its_malformed_line(tmp_path):
    good = tmp_path / "news.jsonl"
    lines = (json.dumps({"id": i, "text": STORY, "outlet": "Wire"}) for i in range(3))
    good.write_text("\n".join(lines), encoding="utf-8")
    frame = load_corpus(good, progress=False)
    assert list(frame.index) == ["0", "1", "2"] and frame["problem"].isna().all()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a"}\n{"text": "b"\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.jsonl, line 2: malformed JSON"):
        load_corpus(bad)


def test_parquet_and_a_damaged_parquet(tmp_path):
    path = tmp_path / "news.parquet"
    pd.DataFrame({"doc_id": ["x"], "text": [STORY], "title": ["T"]}).to_parquet(path)
    frame = load_corpus(path, progress=False)
    assert frame.loc["x", "title"] == "T" and frame.loc["x", "language"] == "en"
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really")
    with pytest.raises(CorpusError, match=r"bad\.parquet: not a readable Parquet file"):
        load_corpus(bad)


def test_media_cloud_story_list_keeps_rows_without_text(tmp_path):
    path = tmp_path / "mc.csv"
    pd.DataFrame({
        "stories_id": [101, 102], "publish_date": ["2031-08-01 10:00:00", "2031-08-02 11:30:00"],
        "title": ["Valdoria strikes", "Council meets"], "url": ["https://a.example/1", "https://b.example/2"],
        "language": ["en", "en"], "media_id": [1, 2], "media_name": ["Caldera Wire", "Ledger"],
    }).to_csv(path, index=False)
    with pytest.warns(CorpusWarning, match="Media Cloud"):
        frame = load_corpus(path, progress=False)
    assert list(frame.index) == ["101", "102"] and frame.loc["101", "outlet"] == "Caldera Wire"
    assert frame["problem"].str.contains("hydrate").all() and frame["text"].isna().all()
    assert list(frame["language"]) == ["en", "en"]  # declared, as there is no text to identify


def test_dataframe_keeps_its_index_as_doc_id():
    source = pd.DataFrame({"text": [STORY, float("nan"), 42]}, index=pd.Index(["a", "b", "c"], name="key"))
    with pytest.warns(CorpusWarning):
        frame = load_corpus(source, progress=False)
    assert list(frame.index) == ["a", "b", "c"] and frame.index.name == "doc_id"
    assert frame.loc["b", "problem"] == "no text" and frame.loc["c", "problem"] == "text is a int, not a str"
    assert source["text"].iloc[0] == STORY  # the caller's frame is not modified


def test_text_option_names_the_column():
    source = pd.DataFrame({"text": ["short"], "story": [STORY]})
    frame = load_corpus(source, text="story", progress=False)
    assert frame["text"].iloc[0].startswith("Valdoria strikes Estmark\nValdoria fired")
    assert frame["text_original"].iloc[0] == "short"


@pytest.mark.parametrize(
    "source, error, message",
    [
        (pd.DataFrame({"words": ["a"]}), CorpusError, "no text column 'text'"),
        (pd.DataFrame({"id": [1, 1], "text": ["a", "b"]}), CorpusError, "doc_id '1' is used by more than one row"),
        (42, TypeError, "path or a DataFrame"),
        ("no/such/place", CorpusError, "no such file or folder"),
    ],
)
def test_bad_sources_get_clear_errors(source, error, message):
    with pytest.raises(error, match=message):
        load_corpus(source)


def test_unknown_suffix_and_empty_folder(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(CorpusError, match="unknown format '.docx'"):
        load_corpus(tmp_path / "x.docx")
    with pytest.raises(CorpusError, match="no .txt or .md files"):
        load_corpus(tmp_path)


def test_outlet_boilerplate_is_removed_across_the_corpus():
    footer = "Sign up for the Ledger's morning briefing."
    texts = [f"Story {i}\nOfficials said the council met on day {i} of the crisis.\n{footer}" for i in range(4)]
    frame = load_corpus(pd.DataFrame({"text": texts, "outlet": ["Ledger"] * 4}), progress=False)
    assert not frame["text"].str.contains("morning briefing").any()
    assert (frame.attrs["cleaning_log"].kind == "boilerplate").sum() == 4


def test_hydration_cache_is_joined_to_its_manifest(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    manifest = pd.DataFrame({
        "id": ["w1", "w2", "w3"], "url": ["https://a.example/1", "https://b.example/2", "https://c.example/3"],
        "outlet": ["Caldera Wire", "Ledger", "Dispatch"], "published": ["2031-08-01", "2031-08-02", None],
        "headline": ["Valdoria strikes", None, None],
    })
    manifest.to_csv(tmp_path / "manifest.csv", index=False)
    record = {"url": "https://a.example/1", "title": "Fetched", "date": "2031-08-01", "text": STORY, "status": 200}
    (cache / cache_name("https://a.example/1")).write_text(json.dumps(record), encoding="utf-8")
    record2 = {**record, "url": "https://b.example/2", "title": "Council meets", "date": "2031-08-03"}
    (cache / cache_name("https://b.example/2")).write_text(json.dumps(record2), encoding="utf-8")
    pd.DataFrame({"url": manifest.url, "ok": [True, True, False], "status": [200, 200, 404],
                  "reason": ["fetched", "fetched", "http 404"]}).to_csv(cache / "log.csv", index=False)
    with pytest.warns(CorpusWarning, match="1 of 3 rows"):
        frame = load_corpus(cache, progress=False)
    assert list(frame.index) == ["w1", "w2", "w3"]
    assert frame.loc["w1", "title"] == "Valdoria strikes" and frame.loc["w2", "title"] == "Council meets"
    assert frame.loc["w2", "published"] == pd.Timestamp("2031-08-02")  # the manifest's date wins
    assert frame.loc["w3", "problem"] == "not fetched: http 404"
    assert frame.loc["w1", "outlet"] == "Caldera Wire" and "NORVIK" not in frame.loc["w1", "text"]


def test_loaded_texts_feed_the_measures():
    frame = quiet(EXAMPLES, progress=False)
    english = frame[frame.language == "en"]
    doc = fr.read(english["text"].iloc[0])
    assert doc.n_sentences > 5


def test_lone_surrogates_and_control_characters_survive_loading(tmp_path):
    path = tmp_path / "odd.jsonl"
    line = '{"id": "a", "text": "Officials said\\u0000 the strike \\ud800 could come soon."}\n'
    path.write_text(line, encoding="utf-8")
    frame = load_corpus(path, progress=False)
    assert frame.loc["a", "text"] == "Officials said the strike \ufffd could come soon."
    assert frame.loc["a", "raw_text"] == "Officials said\x00 the strike \ud800 could come soon."
    assert frame.loc["a", "cleaning"] == 2


def test_a_large_folder_shows_progress_and_loads_every_file(tmp_path, capsys):
    for i in range(60):
        (tmp_path / f"doc{i:02d}.txt").write_text(f"Story {i}\n{STORY}", encoding="utf-8")
    frame = load_corpus(tmp_path, language=False)
    assert len(frame) == 60 and frame["problem"].isna().all()
    assert "reading files" in capsys.readouterr().err


def test_a_missing_cache_says_how_to_fill_it(tmp_path):
    (tmp_path / "manifest.csv").write_text("url\nhttps://a.example/1\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="framing hydrate .*manifest.csv --cache"):
        load_corpus(tmp_path / "cache")


def test_the_coverage_manifest_reads_and_an_empty_cache_reports_every_row(tmp_path):
    manifest = ROOT / "corpora" / "coverage" / "manifest.csv"
    urls = fr.corpus.read_manifest(manifest)
    assert len(urls) >= 180 and urls["url"].is_unique and urls["url"].str.startswith("http").all()
    (tmp_path / "log.csv").write_text("url,ok,status,reason,path\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=f"{len(urls)} of {len(urls)} rows"):
        frame = load_corpus(tmp_path, manifest=manifest, progress=False)
    assert frame.index.is_unique and (frame["problem"] == "not fetched yet (run hydrate)").all()
    assert frame["language"].notna().all()  # the manifest's declared language, as there is no text
