"""Progress bars for long runs (tqdm): a widget in a notebook when ipywidgets is installed, text otherwise.

``tqdm.auto`` warns in every notebook that lacks ipywidgets ("IProgress not found"); this falls back to
tqdm's text bar there instead, so reports carry no warning.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _tqdm_class():
    try:
        import ipywidgets  # noqa: F401
        from tqdm.auto import tqdm
    except ImportError:
        from tqdm import tqdm
    return tqdm


def bar(*args, **kwargs):
    """A tqdm progress bar: ``bar(iterable, desc=..., unit=...)`` or ``bar(total=n, ...)``."""
    return _tqdm_class()(*args, **kwargs)
