"""Import an NLTK submodule without importing all of NLTK.

``import nltk`` runs ``nltk/__init__.py``, which loads most of NLTK and, through it, scipy: about
0.7 s of CPU (several seconds on a cold disk), paid again by every fresh worker process. The pieces
``framing`` uses (Punkt with parameters set in code; the Snowball stemmer) need only a few plain
modules. :func:`submodule` imports such a piece with a stand-in ``nltk`` package object, so Python
finds the submodules without running the package's ``__init__``; the stand-in and the submodules
it pulled in are then removed from ``sys.modules``, so a later ``import nltk`` (by the user, or by
another library) runs the real package as usual. When NLTK is already imported, the ordinary import
is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

__all__ = ["submodule"]

_LOCK = threading.Lock()


def submodule(name: str) -> types.ModuleType:
    """``importlib.import_module(name)`` for an ``nltk.*`` module, without ``nltk/__init__``.

    Parameters
    ----------
    name : str
        A dotted module name under ``nltk`` (``'nltk.tokenize.punkt'``).

    Raises
    ------
    ImportError
        If NLTK is not installed or has no such module.
    """
    if not name.startswith("nltk."):
        raise ValueError(f"not an nltk submodule: {name!r}")
    with _LOCK:
        if "nltk" in sys.modules:
            return importlib.import_module(name)
        spec = importlib.util.find_spec("nltk")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("framing needs nltk (pip install nltk)")
        shell = types.ModuleType("nltk")
        shell.__path__ = list(spec.submodule_search_locations)
        before = set(sys.modules)
        sys.modules["nltk"] = shell
        try:
            return importlib.import_module(name)
        finally:
            for loaded in set(sys.modules) - before:
                if loaded == "nltk" or loaded.startswith("nltk."):
                    del sys.modules[loaded]
