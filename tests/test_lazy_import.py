"""Importing framing does no work; the profiling path (a worker's) needs neither pandas nor the actors package."""

import subprocess
import sys
from pathlib import Path

import pytest

import framing as fr

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "corpora" / "examples" / "01_caldera-wire_report.txt"


def _run(script: str) -> str:
    env = {"PYTHONPATH": str(ROOT), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@pytest.mark.timeout(120)
def test_import_framing_loads_no_heavy_library():
    out = _run(
        "import sys, framing\n"
        "print(sorted(m for m in ('pandas', 'numpy', 'sklearn', 'scipy', 'nltk', 'yaml') if m in sys.modules))"
    )
    assert out == "[]"


@pytest.mark.timeout(120)
def test_reading_and_hedging_need_no_pandas():
    out = _run(
        "import sys, framing as fr\n"
        f"h = fr.hedging(fr.read(open({str(WIRE)!r}, encoding='utf-8').read()))\n"
        "print(h.hedge_count > 0, 'pandas' in sys.modules)"
    )
    assert out == "True False"


@pytest.mark.timeout(120)
def test_a_worker_chunk_without_a_cast_loads_no_actors_nor_pandas_and_returns_plain_rows():
    out = _run(
        "import sys\n"
        "from framing.parallel import run_chunk\n"
        f"rows, notes, kept = run_chunk([open({str(WIRE)!r}, encoding='utf-8').read(), None], ['en', None], "
        "['a', 'b'], None)\n"
        "print(type(rows[0]).__name__, rows[0][0], rows[1][0], notes['invalid'], 'framing.actors' in sys.modules,"
        " 'pandas' in sys.modules)"
    )
    assert out == "tuple ok invalid [('b', 'None')] False False"


def test_public_names_resolve_to_the_functions_even_after_their_modules_are_imported():
    import framing.hedging
    import framing.profile
    import framing.quotes  # noqa: F401

    assert callable(fr.profile) and fr.profile.__name__ == "profile"
    assert fr.hedging.__name__ == "hedging" and fr.quotes.__name__ == "quotes"
    assert fr.corpus.__name__ == "framing.corpus"  # a subpackage exported as such stays a module
    assert set(fr.__all__) <= set(dir(fr))
    for name in fr.__all__:
        assert getattr(fr, name) is not None, name


def test_an_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'profiles'"):
        fr.profiles  # noqa: B018
    assert not hasattr(fr, "nonexistent")
