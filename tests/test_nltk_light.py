"""Punkt is loaded without nltk/__init__ (and so without scipy), and a later `import nltk` is whole."""

import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@lru_cache(maxsize=1)
def _stock_and_fast():
    from framing.document import ABBREVIATIONS, SENTENCE_STARTERS
    from framing.lang.nltk_light import punkt_tokenizer, submodule

    punkt = submodule("nltk.tokenize.punkt")
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return punkt.PunktSentenceTokenizer(params), punkt_tokenizer(ABBREVIATIONS, SENTENCE_STARTERS)


PARAGRAPHS = [
    "Mr. Halvask spoke at 10 a.m. on Friday. The Guards fired.",
    'The U.S. envoy met Gen. Arno. "Why now?" he asked. "A victory!" Arno told supporters.',
    "Very bad acting!!! I promise. (It was.) Then -- nothing... The end.",
    "Officials said the talks \u201ccould resume soon.\u201d Two diplomats agreed. J.R.R. Tolkien wrote.",
    "Prices rose 3.5 per cent. in May. No. 10 said so. The vote is on Jan. 5. It passed 52-48.",
    '(He left.) "She stayed." [Then the vote.] The end.  ',
    '"Go!" "Now?" \u2018Yes.\u2019 -- Done.',
]


def test_fast_punkt_splits_as_nltk_does():
    stock, fast = _stock_and_fast()
    for paragraph in PARAGRAPHS:
        expected = list(stock.span_tokenize(paragraph))
        assert len(expected) > 1
        assert list(fast.span_tokenize(paragraph)) == expected
    for paragraph in ("", "   ", ".", "One sentence without an end", "Ends here.   ", "  Two words. "):
        assert list(fast.span_tokenize(paragraph)) == list(stock.span_tokenize(paragraph))


_NEWS_ALPHABET = "abcdeFGHIjklMNOpqrsTuvwxyz  .,;:!?\"'()-\u201c\u201d\u2019\u2014\u00e9123\t"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_NEWS_ALPHABET, max_size=300))
def test_fast_punkt_agrees_with_nltk_on_any_news_like_text(paragraph):
    stock, fast = _stock_and_fast()
    assert list(fast.span_tokenize(paragraph)) == list(stock.span_tokenize(paragraph))



def test_reading_a_corpus_does_not_grow_punkt_state():
    import framing as fr
    from framing.document import _punkt

    fr.read("The F.B.I. agents left. Mr. Arno said so. J. Bach wrote. It was 3 p.m. Then they met.")
    assert len(_punkt()._params.ortho_context) == 0


def test_sentence_break_answers_are_cached_within_a_bound(monkeypatch):
    # contexts ("said. The") are decided once and remembered, but only up to a fixed number
    from framing.document import ABBREVIATIONS, SENTENCE_STARTERS
    from framing.lang import nltk_light

    monkeypatch.setattr(nltk_light, "_CONTEXT_CACHE", 8)
    small = nltk_light.punkt_tokenizer(ABBREVIATIONS, SENTENCE_STARTERS)
    stock, _ = _stock_and_fast()
    paragraph = " ".join(f"Envoy {i} left Gen. Arno{i}. The talks ended at {i} p.m. Then they met." for i in range(40))
    assert list(small.span_tokenize(paragraph)) == list(stock.span_tokenize(paragraph))
    assert list(small.span_tokenize(paragraph)) == list(stock.span_tokenize(paragraph))  # from the cache, too
    info = small._contains_sentbreak.cache_info()
    assert info.currsize == 8 and info.misses > 8
