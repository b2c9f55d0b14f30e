"""Notebooks on another article (papermill), the report command, and notebook set-up."""

import json
from pathlib import Path

import pytest

from framing.report import repository_root, resolve, setup

ROOT = Path(__file__).resolve().parents[1]
TEACHING = "corpora/examples/02_kestrel-times_breaking.txt"


def outputs(path) -> str:
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    chunks = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            chunks.append("".join(data.get("text/markdown", data.get("text/plain", out.get("text", "")))))
    return "\n".join(chunks)


def test_paths_resolve_from_the_repository_root(tmp_path, monkeypatch):
    assert repository_root() == ROOT
    monkeypatch.chdir(ROOT / "notebooks")
    assert resolve("corpora/case/article.txt") == ROOT / "corpora/case/article.txt"
    mine = tmp_path / "my.txt"
    mine.write_text("A text of my own.\nIn two paragraphs.", encoding="utf-8")
    assert resolve(str(mine)) == mine
    with pytest.raises(FileNotFoundError, match="no_such.txt"):
        resolve("no_such.txt")


def test_setup_on_a_teaching_text_leaves_it_out_and_finds_its_cast():
    ctx = setup(TEACHING)
    assert ctx.exclude == ["ex02_breaking"] and ctx.synthetic is True
    assert "cast.yml" in ctx.cast_source and "teaching texts" in ctx.corpus_kind
    origin, how = ctx.paragraph_origin()
    assert len(origin) == len(ctx.document.paragraphs) and "text reuse" in how
    assert "synthetic" in ctx.describe()


def test_setup_without_a_cast_suggests_one(tmp_path):
    article = tmp_path / "my.txt"
    article.write_text("Mayor Ilse Maren of Dunhollow said the river rose overnight.\n"
                       "Ilse Maren asked Tessaly for boats; Tessaly sent four.", encoding="utf-8")
    ctx = setup(str(article), cast_path="auto")
    assert ctx.cast_source.startswith("suggested")
    # the corpus (the teaching texts) is about another event: the article's own actors still lead the cast
    actors = list(dict.fromkeys(ctx.cast.to_frame()["actor"]))
    assert "Ilse Maren" in actors[:3] and "Tessaly" in actors[:3]
    assert ctx.metadata == {}  # no metadata file is needed
    origin, how = ctx.paragraph_origin()
    assert origin == ["unique", "unique"]


@pytest.mark.timeout(600)
def test_notebook_runs_on_another_article_with_papermill(tmp_path):
    papermill = pytest.importorskip("papermill")
    out = tmp_path / "01.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks/01_case_article.ipynb"), str(out), cwd=str(ROOT / "notebooks"),
                               kernel_name="python3", progress_bar=False,
                               parameters={"article_path": TEACHING, "corpus_path": "corpora/examples/manifest.csv",
                                           "cast_path": None})
    text = outputs(out)
    assert "02_kestrel-times_breaking.txt" in text and "synthetic" in text
    assert "origin of each paragraph from: text reuse" in text
    assert "Khamenei" not in text and "Sarajevo" not in text


@pytest.mark.timeout(600)
def test_framing_report_command_on_a_folder_corpus(tmp_path):
    pytest.importorskip("papermill")
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(ROOT / "corpora/examples/07_kestrel-times_opinion.txt"),
                                      "--against", str(ROOT / "corpora/examples"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    body = out.read_text(encoding="utf-8")
    assert "07_kestrel-times_opinion.txt" in body and "1 of them left out as the article itself" in body
    assert (tmp_path / "r.ipynb").exists()  # the executed notebook, next to the report
    assert "data:image/png;base64" in body and 'alt="Box and point plots' in body  # self-contained, described
    assert "No description has been provided" not in body  # every figure has alt text
    assert "ctx = setup(" not in body  # code cells left out


def test_setup_on_a_hydration_cache_leaves_out_the_article_stored_without_its_headline(tmp_path):
    import pandas as pd

    from framing.corpus.hydrate import cache_name
    from framing.report import _cache_has_texts

    cache = tmp_path / "cache"
    cache.mkdir()
    rows, log = [], []
    for name in ("01_caldera-wire_report", "02_kestrel-times_breaking", "04_ridgeline-daily_partisan"):
        url = f"https://example.org/{name}"
        title, body = (ROOT / "corpora/examples" / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
        (cache / cache_name(url)).write_text(json.dumps({"url": url, "title": title, "text": body}), encoding="utf-8")
        rows.append({"url": url, "outlet": name.split("_")[1], "outlet_type": "x"})
        log.append({"url": url, "ok": True, "status": 200, "reason": "fetched"})
    pd.DataFrame(rows).to_csv(tmp_path / "manifest.csv", index=False)
    pd.DataFrame(log).to_csv(cache / "log.csv", index=False)
    assert _cache_has_texts(cache) and not _cache_has_texts(tmp_path / "nothing")
    ctx = setup(TEACHING, corpus_path=str(cache))
    assert len(ctx.corpus) == 3 and len(ctx.exclude) == 1
    assert "breaking" in ctx.corpus.loc[ctx.exclude[0], "url"]
