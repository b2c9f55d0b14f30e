"""One profile row for one text (PROVISIONAL: calls framing.profile once the profile layer lands)."""

from __future__ import annotations

import pandas as pd


def profile_row(text: str, *, cast=None) -> pd.Series:
    import framing as fr

    if hasattr(fr, "profile"):
        return fr.profile(text, cast=cast)
    doc = fr.read(text)
    q = fr.quotes(doc)
    parts = [fr.hedging(doc).summary(), q.summary(), fr.sentiment(doc, quotes=q).summary()]
    if cast is not None:
        parts.append(fr.actors(doc, cast=cast, quotes=q).summary())
    return pd.concat(parts)
