"""Punkt is loaded without nltk/__init__ (and so without scipy), and a later `import nltk` is whole."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import sys
import framing
doc = framing.read("Mr. Halvask spoke at 10 a.m. on Friday. The Guards fired.")
assert doc.n_sentences == 2, doc.sentences
assert "scipy" not in sys.modules and "nltk" not in sys.modules, sorted(m for m in sys.modules if "nltk" in m)[:5]
import nltk
from nltk.tokenize import punkt
assert hasattr(nltk, "word_tokenize") and hasattr(punkt, "PunktSentenceTokenizer")
print("ok")
"""


@pytest.mark.timeout(120)
def test_reading_does_not_import_all_of_nltk():
    env = {"PYTHONPATH": str(ROOT), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def test_submodule_refuses_other_packages():
    from framing.lang.nltk_light import submodule

    with pytest.raises(ValueError, match="nltk"):
        submodule("os.path")
