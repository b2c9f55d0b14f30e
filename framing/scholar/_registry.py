"""Adapter to the profile's variable registry (provisional until the profile layer lands).

PROVISIONAL: the names come from the measures' ``.summary()`` keys on a short sample text;
definitions are filled from the profile registry once it exists.
"""

from __future__ import annotations

_SAMPLE = "Officials said the strike could come soon. \"We will answer,\" the minister said."


def profile_variables(*, cast=None) -> list[dict]:
    import framing as fr

    doc = fr.read(_SAMPLE)
    names = list(fr.hedging(doc).summary().index) + list(fr.quotes(doc).summary().index)
    names += list(fr.sentiment(doc).summary().index)
    if cast is not None:
        names += list(fr.actors(doc, cast=cast).summary().index)
    return [
        {"name": n, "level": "article", "definition": "", "unit": "", "range": "", "scale": "ratio",
         "values": None, "measure": n.split(".")[0], "version": "", "reference": ""}
        for n in names
    ]
