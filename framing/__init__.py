"""framing: measures of hedging, sentiment, quotes and actor framing in news text, with evidence.

>>> import framing as fr
>>> doc = fr.read("Officials said the strike could come soon.")
>>> [c.text for c in fr.hedging(doc).cues]
['could']

Importing the package does no work: lexicons and models load on first use, and each public name
is imported from its module the first time it is used (``fr.read`` loads the text model, not
pandas; ``fr.profile_corpus`` or ``fr.load_corpus`` load pandas), so a worker process that
only profiles texts starts quickly.
"""

import importlib
import sys
import types

#: public name -> the module it comes from (imported on first use, see __getattr__)
_EXPORTS = {
    "Actors": "framing.actors",
    "Cast": "framing.actors",
    "actors": "framing.actors",
    "Cleaned": "framing.clean",
    "clean": "framing.clean",
    "compare": "framing.compare",
    "summarise": "framing.compare",
    "corpus": None,
    "display": None,
    "load_corpus": "framing.corpus",
    "Document": "framing.document",
    "FramingWarning": "framing.document",
    "LanguageWarning": "framing.document",
    "MarkupWarning": "framing.document",
    "read": "framing.document",
    "Hedging": "framing.hedging",
    "hedging": "framing.hedging",
    "profile": "framing.profile",
    "profile_corpus": "framing.profile",
    "Quotes": "framing.quotes",
    "quotes": "framing.quotes",
    "Reuse": "framing.reuse",
    "ReuseIndex": "framing.reuse",
    "profile_parts": "framing.reuse",
    "reuse": "framing.reuse",
    "reuse_clusters": "framing.reuse",
    "reuse_pairs": "framing.reuse",
    "agreement": "framing.scholar",
    "codebook": "framing.scholar",
    "coding_sheet": "framing.scholar",
    "concordance": "framing.scholar",
    "export": "framing.scholar",
    "Sentiment": "framing.sentiment",
    "sentiment": "framing.sentiment",
    "TargetSentiment": "framing.target",
    "scores_toward": "framing.target",
    "sentiment_toward": "framing.target",
    "distinctive_terms": "framing.terms",
}
#: functions named like the module they live in: importing the module must not replace them
_SHADOWED = frozenset(name for name, module in _EXPORTS.items() if module == f"framing.{name}")


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    module = _EXPORTS[name]
    value = importlib.import_module(f"framing.{name}") if module is None else getattr(
        importlib.import_module(module), name
    )
    globals()[name] = value
    return value


def __dir__():
    return sorted({*globals(), *_EXPORTS})


class _Package(types.ModuleType):
    """The package module: a submodule import does not overwrite the function of the same name.

    Python sets ``framing.<sub>`` to the submodule when one is first imported; for ``hedging``,
    ``quotes``, ``profile``... the public name is the function, as it was when every name was
    imported at start-up.
    """

    def __setattr__(self, name, value):
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Actors",
    "Cast",
    "Cleaned",
    "Document",
    "FramingWarning",
    "Hedging",
    "LanguageWarning",
    "MarkupWarning",
    "Quotes",
    "Reuse",
    "ReuseIndex",
    "Sentiment",
    "TargetSentiment",
    "actors",
    "agreement",
    "clean",
    "codebook",
    "coding_sheet",
    "compare",
    "concordance",
    "corpus",
    "display",
    "distinctive_terms",
    "export",
    "hedging",
    "load_corpus",
    "profile",
    "profile_corpus",
    "profile_parts",
    "quotes",
    "read",
    "reuse",
    "reuse_clusters",
    "reuse_pairs",
    "scores_toward",
    "sentiment",
    "sentiment_toward",
    "summarise",
]
__version__ = "0.1.0"
