"""The mechanics of profile_corpus: plain rows from workers, one table per chunk, chunk sizes."""

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.parallel import run_chunk, to_table, worker_chunk_sizes
from framing.variables import dtypes, profile_columns

TEXTS = [
    "Officials said on Friday that the talks could resume soon, according to two diplomats.",
    "",
    float("nan"),
    "Der Kanzler hat am Montag erklärt, dass die Gespräche mit den Nachbarn weitergehen sollen.",
]


def test_rows_become_a_table_with_the_callers_index_and_the_registry_dtypes():
    index = pd.Index(["x", "y", "z", "w"], name="doc_id")
    rows, notes, kept = run_chunk(TEXTS, ["en", None, None, None], index.tolist(), None)
    assert all(isinstance(r, tuple) and len(r) == len(profile_columns()) for r in rows) and kept is None
    table = to_table(rows, index, None)
    assert table.index.equals(index) and list(table.columns) == profile_columns()
    assert table.dtypes.astype(str).to_dict() == dtypes()
    assert table["status"].tolist() == ["ok", "empty", "invalid", "not_english"]
    assert notes["invalid"] == [("z", "NaN")] and notes["not_english"] == ["w"]
    assert table.loc["x", "text.words"] == 14 and math.isnan(table.loc["z", "text.words"])


def test_an_empty_chunk_is_an_empty_table_with_every_column():
    table = to_table([], pd.Index([], name="doc_id"), None)
    assert table.empty and list(table.columns) == profile_columns()


def test_worker_chunks_shrink_as_the_corpus_is_sent_and_stay_within_bounds():
    sizes = worker_chunk_sizes(300, 2, 200)
    assert sum(sizes) == 300
    assert sizes[0] == 38  # an eighth of the articles left (4 per worker)...
    assert sizes == sorted(sizes, reverse=True)  # ... then smaller and smaller chunks: no long idle tail
    assert all(size >= 10 for size in sizes[:-1]) and sizes[-2] == 10  # never below 10 (per-chunk costs)
    assert set(worker_chunk_sizes(100_000, 2, 200)[:400]) == {200}  # a large corpus: the caller's chunksize
    assert max(worker_chunk_sizes(200, 2, 5)) == 5  # never above the caller's
    assert worker_chunk_sizes(3, 4, 1) == [1, 1, 1]
    assert worker_chunk_sizes(0, 2, 200) == []


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 5000), st.integers(1, 8), st.integers(1, 500))
def test_worker_chunks_cover_the_corpus_once(n, n_jobs, chunksize):
    sizes = worker_chunk_sizes(n, n_jobs, chunksize)
    assert sum(sizes) == n and all(0 < size <= chunksize for size in sizes)
    assert len(sizes) <= n // min(chunksize, 10) + 1  # linear in the corpus, and no chunk of nothing


_TEXT_CELL = st.one_of(st.none(), st.just(float("nan")), st.sampled_from(["ok", "en", "hedges@1.2.0", ""]))
_NUMBER_CELL = st.one_of(
    st.none(), st.just(float("nan")), st.floats(allow_nan=False, width=32), st.integers(-5, 5), st.booleans()
)


@settings(max_examples=60, deadline=None)
@given(st.data(), st.integers(1, 6))
def test_chunk_tables_are_what_from_records_and_astype_give(data, n):
    # The table built from a packed chunk equals the straightforward construction, for any mix of
    # strings, None and NaN in the text columns and of numbers, None and NaN in the numeric ones.
    types = dtypes()
    rows = [
        tuple(data.draw(_TEXT_CELL if dtype == "object" else _NUMBER_CELL) for dtype in types.values())
        for _ in range(n)
    ]
    index = pd.Index([f"r{k}" for k in range(n)], name="doc_id")
    expected = pd.DataFrame.from_records(rows, columns=list(types), index=index, nrows=n).astype(types)
    pd.testing.assert_frame_equal(to_table(rows, index, None), expected)


SPAWN = """
import multiprocessing as mp, warnings
if __name__ == "__main__":
    mp.set_start_method("spawn", force=True)  # what macOS and Windows do: workers start afresh
    import pandas as pd
    import framing as fr
    warnings.simplefilter("ignore")
    texts = [open(p, encoding="utf-8").read() for p in sorted(__import__("glob").glob("corpora/examples/0*.txt"))[:4]]
    frame = pd.DataFrame({"text": texts + [None]}, index=pd.Index(list("abcde"), name="doc_id"))
    one = fr.profile_corpus(frame, cast="corpora/examples/cast.yml", progress=False)
    two = fr.profile_corpus(frame, cast="corpora/examples/cast.yml", progress=False, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)
    print(two["status"].tolist())
"""


@pytest.mark.timeout(300)
def test_workers_started_afresh_load_everything_in_their_initializer():
    root = Path(__file__).resolve().parents[1]
    env = {"PYTHONPATH": str(root), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", SPAWN], capture_output=True, text=True, env=env, cwd=root)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['ok', 'ok', 'ok', 'ok', 'invalid']"
